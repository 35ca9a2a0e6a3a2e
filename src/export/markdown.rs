//! `--format md`. The notice as CommonMark: headings for 一、 （一） 1., bold lead sentences, every text escaped.
//! Rendered from the built-in template `templates/notice.md` (or `--template FILE`).

use super::{template, Exporter, Options};
use crate::error::Result;
use crate::model::Report;

pub const TEMPLATE: &str = include_str!("templates/notice.md");

pub struct Markdown;

impl Exporter for Markdown {
    fn render(&self, report: &Report, options: &Options) -> Result<Vec<u8>> {
        let bytes = template::render(report, options, "notice.md", TEMPLATE)?;
        Ok(template::end_with_one_newline(bytes))
    }

    fn builtin_template(&self) -> Option<&'static str> {
        Some(TEMPLATE)
    }
}
