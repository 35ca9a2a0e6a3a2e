//! The whole pipeline on arbitrary bytes: load → validate → export md, txt, html, json, csv.
//! The first byte selects what the rest is: bit 0 — a findings file (beside a valid
//! rectify.toml) or rectify.toml (beside valid findings); bit 1 — with statuses; bit 2 —
//! the input also carries a user template (before the first 0xFF byte) rendered instead of
//! the built-in one. Nothing may panic; HTML must never carry a live tag from the data.
//! The body is in ../harness.rs, shared with the regression test.

#![no_main]

#[path = "../harness.rs"]
mod harness;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    harness::pipeline(data);
});
