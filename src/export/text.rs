//! `--format txt`. The notice as plain paragraphs, one per line, ready to paste into a website editor or Word.
//! Rendered from the built-in template `templates/notice.txt` (or `--template FILE`).

use std::io::Write;

use super::{template, Exporter, Options};
use crate::error::Result;
use crate::model::Report;

pub const TEMPLATE: &str = include_str!("templates/notice.txt");

pub struct Text;

impl Exporter for Text {
    fn render(&self, report: &Report, options: &Options) -> Result<Vec<u8>> {
        template::render(report, options, "notice.txt", TEMPLATE)
    }

    fn write(&self, report: &Report, options: &Options, out: &mut dyn Write) -> Result<()> {
        template::write(report, options, "notice.txt", TEMPLATE, out)
    }

    fn builtin_template(&self) -> Option<&'static str> {
        Some(TEMPLATE)
    }
}
