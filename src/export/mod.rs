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
pub mod template;
pub mod text;
pub mod xlsx;

use crate::cli::ExportFormat;
use crate::date::Date;
use std::io::Write;

use crate::error::{Error, Result};
use crate::model::Report;

/// What every export may need besides the report.
#[derive(Debug, Clone)]
pub struct Options {
    pub today: Date,
    /// Append each measure's status, e.g. （已完成）.
    pub with_status: bool,
    /// Report progress as it stood on this date.
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

/// One output format.
pub trait Exporter {
    /// Renders the report as this format's bytes.
    fn render(&self, report: &Report, options: &Options) -> Result<Vec<u8>>;

    /// Writes this format's bytes to `out`. Formats that can make their output piece by
    /// piece (the notice templates) stream it, so it is never held whole in memory; a
    /// failure to write is an [`Error::Write`] naming "the output".
    fn write(&self, report: &Report, options: &Options, out: &mut dyn Write) -> Result<()> {
        let bytes = self.render(report, options)?;
        out.write_all(&bytes)
            .and_then(|()| out.flush())
            .map_err(output_error)
    }

    /// Binary formats refuse to write to a terminal.
    fn is_binary(&self) -> bool {
        false
    }

    /// The built-in template, for formats rendered from one.
    fn builtin_template(&self) -> Option<&'static str> {
        None
    }
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
        ExportFormat::Md => Box::new(markdown::Markdown),
        ExportFormat::Txt => Box::new(text::Text),
        ExportFormat::Html => Box::new(html::Html),
        ExportFormat::Json => Box::new(json::Json),
        ExportFormat::Docx => Box::new(docx::Docx),
        ExportFormat::Xlsx => Box::new(xlsx::Xlsx),
        ExportFormat::Csv => Box::new(csv::Csv),
    }
}
