//! `--format txt`.

use super::{Exporter, Options};
use crate::error::{Error, Result};
use crate::model::Report;

pub struct Text;

impl Exporter for Text {
    fn render(&self, report: &Report, options: &Options) -> Result<Vec<u8>> {
        let _ = (report, options);
        Err(Error::failed("export --format txt is not built yet"))
    }
}
