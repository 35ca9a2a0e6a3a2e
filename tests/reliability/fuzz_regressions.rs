//! Replays through the fuzz targets' own code (fuzz/harness.rs) every input kept in
//! tests/fixtures/fuzz/TARGET/: the inputs a fuzzer crashed on (named `crash-*`, once fixed)
//! and a few hand-made hard ones. A fuzz crash becomes a regression test by copying its
//! artifact there.

use std::panic::{catch_unwind, AssertUnwindSafe};

#[path = "../../fuzz/harness.rs"]
mod harness;

type Target = fn(&[u8]) -> bool;

const TARGETS: &[(&str, Target)] = &[
    ("load_file", harness::load_file),
    ("pipeline", harness::pipeline),
    ("update", harness::update),
];

#[test]
fn every_kept_fuzz_input_passes_its_target() {
    let mut failures = Vec::new();
    let mut replayed = 0;
    for (name, target) in TARGETS {
        let mut deep = 0;
        let dir = crate::common::fixture(&format!("fuzz/{name}"));
        let mut inputs: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_none_or(|e| e != "md"))
            .collect();
        inputs.sort();
        assert!(!inputs.is_empty(), "{} holds inputs", dir.display());
        for input in inputs {
            let bytes = std::fs::read(&input).unwrap();
            replayed += 1;
            match catch_unwind(AssertUnwindSafe(|| target(&bytes))) {
                Ok(true) => deep += 1,
                Ok(false) => {}
                Err(panic) => {
                    let why = panic
                        .downcast_ref::<String>()
                        .cloned()
                        .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                        .unwrap_or_default();
                    failures.push(format!("{name} on {}: {why}", input.display()));
                }
            }
        }
        assert!(
            deep > 0,
            "no input of {name} gets through to its last stage"
        );
        println!("{name}: {deep} inputs got through to the last stage");
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    println!("{replayed} fuzz inputs replayed");
}

/// The update target on 120 pseudo-random inputs on every `cargo test`: most drive
/// its generator of valid findings files, so updates run on many layouts.
#[test]
fn the_update_target_on_pseudo_random_inputs() {
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut deep = 0;
    for _ in 0..120 {
        let mut input = Vec::new();
        for _ in 0..64 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            input.push((x >> 32) as u8);
        }
        input[3] &= 0x7F; // the generator, not raw bytes
        if harness::update(&input) {
            deep += 1;
        }
    }
    assert!(deep > 100, "only {deep} of 120 inputs reached an update");
}
