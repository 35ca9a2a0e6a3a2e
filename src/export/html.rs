//! `--format html`: the notice as one standalone HTML5 page (UTF-8, print CSS), with a small
//! progress summary per category drawn as plain HTML/CSS bars. Rendered from the built-in
//! template `templates/notice.html` (or `--template FILE`), auto-escaped by minijinja because
//! the template's name ends in .html.

use super::template::Templated;

/// The notice through the built-in template `templates/notice.html`.
pub const HTML: Templated = Templated {
    name: "notice.html",
    builtin: include_str!("templates/notice.html"),
};
