//! `--format txt`. The notice as plain paragraphs, one per line, ready to paste into a website editor or Word.
//! Rendered from the built-in template `templates/notice.txt` (or `--template FILE`).

use super::template::Templated;

/// The notice through the built-in template `templates/notice.txt`.
pub const TEXT: Templated = Templated {
    name: "notice.txt",
    builtin: include_str!("templates/notice.txt"),
};
