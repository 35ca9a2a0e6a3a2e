//! Load + validate one file's bytes: the bytes are a findings file beside a valid
//! rectify.toml, or (first byte odd) rectify.toml beside valid findings files. Whatever the
//! bytes, loading and rendering the diagnostics must not panic, and a load without errors
//! must have a report.
//! The body is in ../harness.rs, shared with the regression test.

#![no_main]

#[path = "../harness.rs"]
mod harness;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    harness::load_file(data);
});
