//! `rectify update` on arbitrary valid data: the input chooses the update and either is a
//! findings file or drives a generator of valid ones in many layouts; the update must be
//! accepted, keep the data valid and change nothing but its measure (see harness.rs).
//! The body is in ../harness.rs, shared with the regression test.

#![no_main]

#[path = "../harness.rs"]
mod harness;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    harness::update(data);
});
