//! `--format xlsx`.

use super::{Exporter, Options};
use crate::error::{Error, Result};
use crate::model::Report;

pub struct Xlsx;

impl Exporter for Xlsx {
    fn render(&self, report: &Report, options: &Options) -> Result<Vec<u8>> {
        let _ = (report, options);
        Err(Error::failed("export --format xlsx is not built yet"))
    }
}
