//! `--format md`. The notice as CommonMark: headings for 一、 （一） 1., bold lead sentences, every text escaped.
//! Rendered from the built-in template `templates/notice.md` (or `--template FILE`).

use super::template::Templated;

/// The notice through the built-in template `templates/notice.md`.
pub const MARKDOWN: Templated = Templated {
    name: "notice.md",
    builtin: include_str!("templates/notice.md"),
};
