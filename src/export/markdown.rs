//! `--format md`.

use super::{Exporter, Options};
use crate::error::{Error, Result};
use crate::model::Report;

pub struct Markdown;

impl Exporter for Markdown {
    fn render(&self, report: &Report, options: &Options) -> Result<Vec<u8>> {
        let _ = (report, options);
        Err(Error::failed("export --format md is not built yet"))
    }
}
