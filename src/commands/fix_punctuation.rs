//! `rectify fix-punctuation`: half-width punctuation in Chinese text written full-width and
//! quotes nested ([`crate::punctuation::typeset`]) in every text of the data files, through
//! the writer (locked, validated, journalled, undoable). `[notice]` is left alone: its formats
//! and separators are settings, written as the user means them.
//!
//! Also the lint `check` prints: where the data holds such marks ([`lint`]).

use toml_edit::{Item, Value};

use crate::cli::FixPunctuationArgs;
use crate::commands::Context;
use crate::diagnostic::Diagnostic;
use crate::edit::{self, Change, Committed, FileChange};
use crate::error::Result;
use crate::punctuation::typeset;
use crate::source::Sources;

pub fn run(ctx: &Context, args: &FixPunctuationArgs) -> Result<()> {
    let session = ctx.session()?;
    let mut files = Vec::new();
    let mut total = 0;
    for (path, text) in session.files() {
        let name = path.to_string_lossy().replace('\\', "/");
        let mut doc = edit::document::parse(&name, text)?;
        let fixed = fix_table(doc.as_table_mut(), true);
        if fixed > 0 {
            total += fixed;
            files.push(FileChange::edited(path, text, &mut doc));
        }
    }
    let change = Change {
        command: "fix-punctuation".into(),
        changes: files
            .iter()
            .map(|f| t!("fix-punctuation-journal", path = f.path))
            .collect(),
        files,
    };
    let count = change.files.len();
    match session.commit(change, args.dry_run)? {
        Committed::Unchanged => {
            crate::output::print(&format!("{}\n", t!("fix-punctuation-nothing")))
        }
        Committed::DryRun(diff) => {
            crate::output::say(&t!("dry-run-nothing-written"));
            crate::output::print(&diff)
        }
        Committed::Written(..) => crate::output::print(&format!(
            "{}\n",
            t!("fix-punctuation-done", texts = total, files = count)
        )),
    }
}

/// Typesets every string in `table` (and below it); the top-level `[notice]` is skipped.
/// Returns how many strings changed.
fn fix_table(table: &mut toml_edit::Table, top: bool) -> usize {
    let mut fixed = 0;
    for (key, item) in table.iter_mut() {
        if top && key.get() == "notice" {
            continue;
        }
        fixed += fix_item(item);
    }
    fixed
}

fn fix_item(item: &mut Item) -> usize {
    match item {
        Item::Value(v) => fix_value(v),
        Item::Table(t) => fix_table(t, false),
        Item::ArrayOfTables(a) => a.iter_mut().map(|t| fix_table(t, false)).sum(),
        Item::None => 0,
    }
}

fn fix_value(value: &mut Value) -> usize {
    match value {
        Value::String(s) => {
            let std::borrow::Cow::Owned(new) = typeset(s.value()) else {
                return 0;
            };
            // Keep the spacing and comment around the value.
            let decor = s.decor().clone();
            *s = toml_edit::Formatted::new(new);
            *s.decor_mut() = decor;
            1
        }
        Value::Array(a) => a.iter_mut().map(fix_value).sum(),
        Value::InlineTable(t) => t.iter_mut().map(|(_, v)| fix_value(v)).sum(),
        _ => 0,
    }
}

/// A warning (for `check`) when the data's texts hold half-width punctuation in Chinese
/// text: how many marks in how many files, pointing at the first. `None` when there are none
/// or the report prints its punctuation as written.
///
/// Read from the files' text with [`marks_in_strings`], a scan of their string values, not a
/// second parse: `check` must stay near the cost of parsing the data once.
pub fn lint(sources: &Sources, command: &str) -> Option<Diagnostic> {
    let mut first = None;
    let mut marks = 0;
    let mut files = 0;
    for (id, file) in sources.iter() {
        let (here, at) = marks_in_strings(&file.text);
        if here > 0 {
            files += 1;
            marks += here;
            if first.is_none() {
                first = at.map(|(start, c)| (id, start..start + c.len_utf8()));
            }
        }
    }
    let (id, span) = first?;
    Some(
        Diagnostic::warning(t!("punctuation-lint", marks = marks, files = files))
            .at(id, span)
            .help(t!("punctuation-lint-help", rectify = command)),
    )
}

/// How many half-width marks in Chinese context the string values of a TOML text hold
/// (outside `[notice]`, whose formats are printed as written), and the first one's byte
/// offset and mark. A scan of the text's strings, comments and table headers; the text has
/// already been parsed, so it is valid TOML.
pub fn marks_in_strings(text: &str) -> (usize, Option<(usize, char)>) {
    if !text.contains([',', ';', ':', '!', '?', '(', ')']) {
        return (0, None);
    }
    let bytes = text.as_bytes();
    let mut count = 0;
    let mut first = None;
    let mut in_notice = false;
    // Open brackets and braces of a value: a line starting with `[` inside one is an array.
    let mut depth = 0usize;
    let mut line_start = true;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if line_start && depth == 0 && b == b'[' {
            let end = text[i..].find('\n').map_or(bytes.len(), |n| i + n);
            let name = text[i..end].split('#').next().unwrap_or_default();
            let name = name.trim().trim_matches(['[', ']']).trim();
            in_notice = name == "notice" || name.starts_with("notice.");
            i = end;
            continue;
        }
        match b {
            b'\n' => {
                line_start = true;
                i += 1;
                continue;
            }
            b' ' | b'\t' | b'\r' => {
                i += 1;
                continue;
            }
            b'#' => {
                i = text[i..].find('\n').map_or(bytes.len(), |n| i + n);
                continue;
            }
            b'[' | b'{' => depth += 1,
            b']' | b'}' => depth = depth.saturating_sub(1),
            b'"' | b'\'' => {
                let quote = if text[i..].starts_with("\"\"\"") || text[i..].starts_with("\'\'\'") {
                    &text[i..i + 3]
                } else {
                    &text[i..i + 1]
                };
                let start = i + quote.len();
                let end = string_end(text, start, quote);
                let content = &text[start..end];
                // Most strings hold no half-width mark at all: no need to look closer.
                if !in_notice && content.contains([',', ';', ':', '!', '?', '(', ')']) {
                    let marks = crate::punctuation::half_width_marks(content);
                    if let Some(&(at, c)) = marks.first() {
                        first.get_or_insert((start + at, c));
                    }
                    count += marks.len();
                }
                i = (end + quote.len()).min(bytes.len());
                line_start = false;
                continue;
            }
            _ => {}
        }
        line_start = false;
        i += 1;
    }
    (count, first)
}

/// Where a string that starts at `start` (after its opening `quote`) ends: the offset of its
/// closing quote. A basic string's `\"` does not close it; a literal string has no escapes.
fn string_end(text: &str, start: usize, quote: &str) -> usize {
    let bytes = text.as_bytes();
    let escapes = quote.starts_with('"');
    let mut i = start;
    while i < bytes.len() {
        if escapes && bytes[i] == b'\\' {
            i += 2;
            continue;
        }
        // Bytes, not text: `i` may stand inside a multi-byte character.
        if bytes[i..].starts_with(quote.as_bytes()) {
            // A multi-line string may end with one or two more quotes before its closing three.
            let mut end = i;
            while quote.len() == 3 && bytes[end + 1..].starts_with(quote.as_bytes()) {
                end += 1;
            }
            return end;
        }
        i += 1;
    }
    bytes.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_are_counted_in_strings_only_and_not_in_notice() {
        let text = r#"# 注释,不算
title = "甲,乙"  # 注释,也不算
points = [
  "丙;丁",
  ['戊:己'],
]
intro = """
庚(辛)
\"壬,癸\""""
[notice]
statistics = "共{findings}个,不算"
[[finding]]
title = '子,丑'
"#;
        let (count, first) = marks_in_strings(text);
        // 甲,乙 / 丙;丁 / 戊:己 / 庚(辛) (two) / 壬,癸 / 子,丑
        assert_eq!(count, 7);
        let (at, c) = first.unwrap();
        assert_eq!(c, ',');
        assert_eq!(&text[at - 3..at], "甲");
    }

    #[test]
    fn clean_text_costs_nothing() {
        assert_eq!(marks_in_strings("title = \"甲，乙\"\n"), (0, None));
    }
}
