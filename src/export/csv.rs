//! `--format csv`: the ledger (整改台账) as CSV, one row per measure.
//!
//! UTF-8 with a byte-order mark, because Excel on Windows reads a CSV without one in the
//! local code page (GBK) and shows the Chinese as mojibake; CRLF line ends and quoting of
//! commas, quotes and newlines (RFC 4180), which the csv crate does.
//!
//! Safe to open: a cell whose text starts with `= + - @`, a tab or a carriage return would be
//! run as a formula by Excel, WPS or LibreOffice (CSV injection: `=HYPERLINK(…)` becomes a
//! live link). Such a cell is written with a leading `'` ([`guard`], the OWASP rule), which
//! import takes off again ([`unguard`]). 序号 is written as `="11.10"`, a constant Excel shows
//! as the text 11.10 (read as a number it would be 11.1, and 1.1 a date in some locales);
//! import reads it back as 11.10.

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
                .write_record(Column::ALL.iter().map(|&c| match c {
                    Column::Number => format!("=\"{}\"", row.cell(c)),
                    _ => guard(row.cell(c)).into_owned(),
                }))
                .map_err(failed)?;
        }
        writer.flush().map_err(output_error)
    }
}

/// The characters that make a spreadsheet read a cell as a formula.
const FORMULA_START: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Whether `text` needs a guard: it starts with a formula character, or with `'`s before one
/// (so a text that already looked guarded keeps its own `'` through a round trip).
fn needs_guard(text: &str) -> bool {
    text.trim_start_matches('\'').starts_with(FORMULA_START)
        && (text.starts_with(FORMULA_START) || text.starts_with('\''))
}

/// A cell as written to CSV: a text a spreadsheet would run as a formula gets a leading `'`.
pub fn guard(text: &str) -> std::borrow::Cow<'_, str> {
    if needs_guard(text) {
        format!("'{text}").into()
    } else {
        text.into()
    }
}

/// A cell as read back from a ledger: [`guard`] undone, and `="…"` (how 序号 is written, and
/// how Excel users keep a number as text) read as the text inside.
pub fn unguard(text: &str) -> &str {
    if let Some(rest) = text.strip_prefix('\'') {
        if needs_guard(rest) {
            return rest;
        }
    }
    match text.strip_prefix("=\"").and_then(|t| t.strip_suffix('"')) {
        Some(inner) if !inner.contains('"') => inner,
        _ => text,
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_starts_are_guarded_and_come_back_exact() {
        for (text, written) in [
            ("=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")"),
            ("+1", "'+1"),
            ("-整改", "'-整改"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tx", "'\tx"),
            ("\rx", "'\rx"),
            ("'=x", "''=x"),
            ("'plain", "'plain"),
            ("整改", "整改"),
            ("", ""),
        ] {
            assert_eq!(guard(text), written, "{text:?}");
            assert_eq!(unguard(&guard(text)), text, "{text:?}");
        }
        assert_eq!(unguard("=\"11.10\""), "11.10");
        assert_eq!(unguard("=A1"), "=A1");
    }
}
