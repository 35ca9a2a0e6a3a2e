//! `--format docx`.

use super::{Exporter, Options};
use crate::error::{Error, Result};
use crate::model::Report;

pub struct Docx;

impl Exporter for Docx {
    fn render(&self, report: &Report, options: &Options) -> Result<Vec<u8>> {
        let _ = (report, options);
        Err(Error::failed("export --format docx is not built yet"))
    }
}
