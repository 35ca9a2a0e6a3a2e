//! The whole pipeline on arbitrary bytes: load → validate → export md, txt, html, json, csv.
//! The first byte selects what the rest is: bit 0 — a findings file (beside a valid
//! rectify.toml) or rectify.toml (beside valid findings); bit 1 — with statuses; bit 2 —
//! the input also carries a user template (before the first 0xFF byte) rendered instead of
//! the built-in one. Nothing may panic; HTML must never carry a live tag from the data.

#![no_main]

use libfuzzer_sys::fuzz_target;
use rectify::cli::ExportFormat;

const REPORT: &[u8] = include_bytes!("../../tests/fixtures/bad/base/rectify.toml");
const FINDING_1: &[u8] = include_bytes!("../../tests/fixtures/bad/base/findings/01.toml");
const FINDING_2: &[u8] = include_bytes!("../../tests/fixtures/bad/base/findings/02.toml");

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else {
        return;
    };
    let (template, bytes) = if selector & 4 != 0 {
        match rest.iter().position(|&b| b == 0xFF) {
            Some(at) => (Some(String::from_utf8_lossy(&rest[..at]).into_owned()), &rest[at + 1..]),
            None => (None, rest),
        }
    } else {
        (None, rest)
    };
    let today = rectify::date::Date::from_ymd_opt(2021, 3, 1).unwrap();
    let loaded = if selector & 1 == 0 {
        rectify::load::load_in_memory(REPORT, &[("01.toml", FINDING_1), ("03.toml", bytes)], today)
    } else {
        rectify::load::load_in_memory(bytes, &[("01.toml", FINDING_1), ("02.toml", FINDING_2)], today)
    };
    let _ = rectify::diagnostic::render(&loaded.diagnostics, &loaded.sources, false);
    let Some(report) = loaded.report.as_ref() else {
        return;
    };
    let options = rectify::export::Options {
        today,
        with_status: selector & 2 != 0,
        as_of: None,
        template: None,
    };
    for format in [ExportFormat::Md, ExportFormat::Txt, ExportFormat::Html, ExportFormat::Json, ExportFormat::Csv] {
        let out = rectify::export::exporter(format)
            .render(report, &options)
            .expect("the built-in templates render every valid report");
        if format == ExportFormat::Html {
            let html = String::from_utf8(out).expect("html is UTF-8");
            // The built-in page has no script; one in the output came from the data.
            assert!(!html.to_ascii_lowercase().contains("<script"), "unescaped data in html");
        }
    }
    if let Some(template) = template {
        // A user's template may be wrong, but it is an error, not a panic.
        for format in [ExportFormat::Md, ExportFormat::Html] {
            let options = rectify::export::Options { template: Some(template.clone()), ..options.clone() };
            let _ = rectify::export::exporter(format).render(report, &options);
        }
    }
});
