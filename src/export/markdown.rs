//! `--format md`. The notice as CommonMark: headings for 一、 （一） 1., bold lead sentences, every text escaped.
//! Rendered from the built-in template `templates/notice.md` (or `--template FILE`).

use std::io::Write;

use super::{template, Exporter, Options};
use crate::error::Result;
use crate::model::Report;

pub const TEMPLATE: &str = include_str!("templates/notice.md");

pub struct Markdown;

impl Exporter for Markdown {
    fn render(&self, report: &Report, options: &Options) -> Result<Vec<u8>> {
        template::render(report, options, "notice.md", TEMPLATE)
    }

    fn write(&self, report: &Report, options: &Options, out: &mut dyn Write) -> Result<()> {
        template::write(report, options, "notice.md", TEMPLATE, out)
    }

    fn builtin_template(&self) -> Option<&'static str> {
        Some(TEMPLATE)
    }
}
