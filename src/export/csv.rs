//! `--format csv`: the ledger (整改台账) as CSV, one row per measure.
//!
//! UTF-8 with a byte-order mark, because Excel on Windows reads a CSV without one in the
//! local code page (GBK) and shows the Chinese as mojibake; CRLF line ends and quoting of
//! commas, quotes and newlines (RFC 4180), which the csv crate does.

use super::{Exporter, Options};
use crate::error::{Error, Result};
use crate::model::Report;
use crate::view::ledger::{self, Column};

pub struct Csv;

/// The UTF-8 byte-order mark Excel looks for.
pub const BOM: &[u8] = b"\xEF\xBB\xBF";

impl Exporter for Csv {
    fn render(&self, report: &Report, options: &Options) -> Result<Vec<u8>> {
        let rows = ledger::rows_as_of(report, options.today, options.as_of);
        let mut writer = csv::WriterBuilder::new()
            .terminator(csv::Terminator::CRLF)
            .from_writer(BOM.to_vec());
        let failed = |e: csv::Error| Error::failed(format!("cannot write the CSV: {e}"));
        writer
            .write_record(Column::headers(report.language))
            .map_err(failed)?;
        for row in &rows {
            writer.write_record(row.cells()).map_err(failed)?;
        }
        writer
            .into_inner()
            .map_err(|e| Error::failed(format!("cannot write the CSV: {e}")))
    }
}
