//! The progress report as JSON: the view itself ([`ProgressReport`]) under a `format` and a
//! `version`, in the shape docs/json.md documents. Every count is a number, so reports of
//! several units add up.

use crate::error::{Error, Result};
use crate::view::office::OfficeReport;
use crate::view::progress::ProgressReport;

#[derive(serde::Serialize)]
struct Document<'a> {
    format: &'static str,
    version: u32,
    #[serde(flatten)]
    report: &'a ProgressReport,
}

pub fn render(report: &ProgressReport) -> Result<Vec<u8>> {
    to_bytes(&Document {
        format: "rectify-report",
        version: 1,
        report,
    })
}

#[derive(serde::Serialize)]
struct OfficeDocument<'a> {
    format: &'static str,
    version: u32,
    #[serde(flatten)]
    report: &'a OfficeReport,
}

/// The office's report across a root: `format` is `rectify-root-report`.
pub fn render_office(report: &OfficeReport) -> Result<Vec<u8>> {
    to_bytes(&OfficeDocument {
        format: "rectify-root-report",
        version: 1,
        report,
    })
}

fn to_bytes(document: &impl serde::Serialize) -> Result<Vec<u8>> {
    let mut bytes = serde_json::to_vec_pretty(document)
        .map_err(|e| Error::failed(t!("export-cannot-write-json", detail = e.to_string())))?;
    bytes.push(b'\n');
    Ok(bytes)
}
