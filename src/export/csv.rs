//! `--format csv`.

use super::{Exporter, Options};
use crate::error::{Error, Result};
use crate::model::Report;

pub struct Csv;

impl Exporter for Csv {
    fn render(&self, report: &Report, options: &Options) -> Result<Vec<u8>> {
        let _ = (report, options);
        Err(Error::failed("export --format csv is not built yet"))
    }
}
