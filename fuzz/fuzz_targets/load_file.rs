//! Load + validate one file's bytes: the bytes are a findings file beside a valid
//! rectify.toml, or (first byte odd) rectify.toml beside valid findings files. Whatever the
//! bytes, loading and rendering the diagnostics must not panic, and a load without errors
//! must have a report.

#![no_main]

use libfuzzer_sys::fuzz_target;

const REPORT: &[u8] = include_bytes!("../../tests/fixtures/bad/base/rectify.toml");
const FINDING_1: &[u8] = include_bytes!("../../tests/fixtures/bad/base/findings/01.toml");
const FINDING_2: &[u8] = include_bytes!("../../tests/fixtures/bad/base/findings/02.toml");

fuzz_target!(|data: &[u8]| {
    let Some((&selector, bytes)) = data.split_first() else {
        return;
    };
    let today = rectify::date::Date::from_ymd_opt(2021, 3, 1).unwrap();
    let loaded = if selector & 1 == 0 {
        rectify::load::load_in_memory(REPORT, &[("01.toml", FINDING_1), ("03.toml", bytes)], today)
    } else {
        rectify::load::load_in_memory(bytes, &[("01.toml", FINDING_1), ("02.toml", FINDING_2)], today)
    };
    assert_eq!(loaded.report.is_some(), !loaded.has_errors());
    let rendered = rectify::diagnostic::render(&loaded.diagnostics, &loaded.sources, selector & 2 == 0);
    let _ = rectify::commands::check::summary_line(&loaded.diagnostics, &loaded.sources);
    // Every diagnostic says what is wrong; none is blank.
    assert!(loaded.diagnostics.iter().all(|d| !d.message.trim().is_empty()));
    assert!(loaded.diagnostics.is_empty() || !rendered.is_empty());
});
