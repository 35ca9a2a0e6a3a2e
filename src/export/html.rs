//! `--format html`: the notice as one standalone HTML5 page (UTF-8, print CSS), with a small
//! progress summary per category drawn as plain HTML/CSS bars. Rendered from the built-in
//! template `templates/notice.html` (or `--template FILE`), auto-escaped by minijinja because
//! the template's name ends in .html.

use std::io::Write;

use super::{template, Exporter, Options};
use crate::error::Result;
use crate::model::Report;

pub const TEMPLATE: &str = include_str!("templates/notice.html");

pub struct Html;

impl Exporter for Html {
    fn render(&self, report: &Report, options: &Options) -> Result<Vec<u8>> {
        template::render(report, options, "notice.html", TEMPLATE)
    }

    fn write(&self, report: &Report, options: &Options, out: &mut dyn Write) -> Result<()> {
        template::write(report, options, "notice.html", TEMPLATE, out)
    }

    fn builtin_template(&self) -> Option<&'static str> {
        Some(TEMPLATE)
    }
}
