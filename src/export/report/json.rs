//! The progress report as JSON: the view itself ([`ProgressReport`]), in the shape
//! docs/json.md documents. Every count is a number, so reports of several units add up.

use crate::error::{Error, Result};
use crate::view::progress::ProgressReport;

pub fn render(report: &ProgressReport) -> Result<Vec<u8>> {
    let mut bytes = serde_json::to_vec_pretty(report)
        .map_err(|e| Error::failed(t!("export-cannot-write-json", detail = e.to_string())))?;
    bytes.push(b'\n');
    Ok(bytes)
}
