//! Exports: one file per format behind one trait, each returning bytes (or writing them as
//! it makes them, for the notice formats). One place ([`crate::commands::export`]) decides
//! between standard output and a file.
//!
//! The notice formats (md, txt, html) render the notice view ([`crate::view::notice`]) through
//! templates; the tabular formats (json, csv, xlsx) write the model directly; docx lays out
//! the notice view as an official document.

pub mod csv;
pub mod docx;
pub mod html;
pub mod json;
pub mod markdown;
pub mod ooxml;
pub mod plan;
pub mod report;
pub mod template;
pub mod text;
pub mod units;
pub mod xlsx;

use crate::cli::ExportFormat;
use crate::date::Date;
use std::io::Write;

use crate::error::{Error, Result};
use crate::model::Report;
use crate::view::notice::NoticeOptions;

/// What every export may need besides the report.
#[derive(Debug, Clone)]
pub struct Options {
    /// The day overdue marks count from: today, or the `--as-of` day when earlier (the report
    /// is then already as of that day: the command applied [`crate::view::as_of`]).
    pub today: Date,
    /// Append each measure's status, e.g. （已完成）.
    pub with_status: bool,
    /// The date asked for with `--as-of`, printed where a document says "as of".
    pub as_of: Option<Date>,
    /// A user's template to render instead of the built-in one.
    pub template: Option<UserTemplate>,
}

/// A `--template FILE`: its path (named in errors) and its text.
#[derive(Debug, Clone)]
pub struct UserTemplate {
    pub path: std::path::PathBuf,
    pub text: String,
}

impl Options {
    /// What the notice view needs of these options.
    pub fn notice(&self) -> NoticeOptions {
        NoticeOptions {
            today: self.today,
            as_of: self.as_of,
            with_status: self.with_status,
        }
    }
}

/// One output format.
pub trait Exporter {
    /// Writes this format's bytes to `out`. Formats that can make their output piece by
    /// piece (the notice templates, json, csv) stream it, so it is never held whole in
    /// memory; a failure to write is an [`Error::Write`] naming "the output".
    fn write(&self, report: &Report, options: &Options, out: &mut dyn Write) -> Result<()>;

    /// Binary formats refuse to write to a terminal.
    fn is_binary(&self) -> bool {
        false
    }

    /// The built-in template, for formats rendered from one.
    fn builtin_template(&self) -> Option<&'static str> {
        None
    }
}

/// The export as bytes in memory (tests, the fuzz harness): [`Exporter::write`] into a buffer.
pub fn to_bytes(exporter: &dyn Exporter, report: &Report, options: &Options) -> Result<Vec<u8>> {
    let mut bytes = Vec::new();
    exporter.write(report, options, &mut bytes)?;
    Ok(bytes)
}

/// Writes a format made whole in memory (docx, xlsx: zip archives) to `out`.
pub fn write_all(bytes: &[u8], out: &mut dyn Write) -> Result<()> {
    out.write_all(bytes)
        .and_then(|()| out.flush())
        .map_err(output_error)
}

/// A failure to write the export, before the caller names where it was going.
pub fn output_error(source: std::io::Error) -> Error {
    Error::Write {
        path: t!("export-the-output").into(),
        source,
    }
}

pub fn exporter(format: ExportFormat) -> Box<dyn Exporter> {
    match format {
        ExportFormat::Md => Box::new(markdown::MARKDOWN),
        ExportFormat::Txt => Box::new(text::TEXT),
        ExportFormat::Html => Box::new(html::HTML),
        ExportFormat::Json => Box::new(json::Json),
        ExportFormat::Docx => Box::new(docx::Docx),
        ExportFormat::Xlsx => Box::new(xlsx::Xlsx),
        ExportFormat::Csv => Box::new(csv::Csv),
    }
}
