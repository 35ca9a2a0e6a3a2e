//! `rectify update` on arbitrary valid data: the input's first bytes choose the update
//! (measure, status, note, owner), the rest is a findings file written beside a valid
//! rectify.toml in a temp folder. When that folder loads without errors, the update runs
//! in-process; it must be accepted, the folder must still load without errors, every other
//! file must be byte-identical, and the updated measure must carry what was asked.
//! The body is in ../harness.rs, shared with the regression test.

#![no_main]

#[path = "../harness.rs"]
mod harness;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    harness::update(data);
});
