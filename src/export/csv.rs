//! `--format csv`: the ledger (整改台账) as CSV, one row per measure.
//!
//! UTF-8 with a byte-order mark, because Excel on Windows reads a CSV without one in the
//! local code page (GBK) and shows the Chinese as mojibake; CRLF line ends and quoting of
//! commas, quotes and newlines (RFC 4180), which the csv crate does.

use std::io::Write;

use super::{output_error, Exporter, Options};
use crate::error::{Error, Result};
use crate::model::Report;
use crate::view::ledger::{self, Column};

pub struct Csv;

/// The UTF-8 byte-order mark Excel looks for.
pub const BOM: &[u8] = b"\xEF\xBB\xBF";

impl Exporter for Csv {
    /// Row by row, each made from the model as it is written (never all of them at once).
    fn write(&self, report: &Report, options: &Options, out: &mut dyn Write) -> Result<()> {
        let today = options.today;
        out.write_all(BOM).map_err(output_error)?;
        let mut writer = csv::WriterBuilder::new()
            .terminator(csv::Terminator::CRLF)
            .from_writer(out);
        writer
            .write_record(Column::headers(report.language))
            .map_err(failed)?;
        for row in ledger::rows_iter(report, today) {
            writer
                .write_record(Column::ALL.iter().map(|&c| row.cell(c)))
                .map_err(failed)?;
        }
        writer.flush().map_err(output_error)
    }
}

/// A failure to write is the output's; anything else is the CSV's.
fn failed(e: csv::Error) -> Error {
    let message = e.to_string();
    match e.into_kind() {
        csv::ErrorKind::Io(source) => output_error(source),
        _ => Error::failed(t!("export-cannot-write-csv", detail = message)),
    }
}
