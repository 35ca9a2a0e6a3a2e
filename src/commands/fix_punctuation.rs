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
use crate::punctuation::{half_width_marks, typeset};
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
            files.push(FileChange {
                path,
                before: Some(text.to_string()),
                after: edit::document::render(&mut doc, text),
            });
        }
    }
    let change = Change {
        command: "fix-punctuation".into(),
        changes: files
            .iter()
            .map(|f| format!("{}: punctuation typeset", f.path.display()))
            .collect(),
        files,
    };
    let count = change.files.len();
    match session.commit(change, args.dry_run)? {
        Committed::Unchanged => {
            crate::output::print("nothing to fix: no half-width punctuation in Chinese text\n")
        }
        Committed::DryRun(diff) => {
            crate::output::say("dry run: nothing was written");
            crate::output::print(&diff)
        }
        Committed::Written(..) => crate::output::print(&format!(
            "fixed {total} text{} in {count} file{} (undo with `rectify undo`)\n",
            if total == 1 { "" } else { "s" },
            if count == 1 { "" } else { "s" },
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
pub fn lint(sources: &Sources) -> Option<Diagnostic> {
    let mut first = None;
    let mut marks = 0;
    let mut files = 0;
    for (id, file) in sources.iter() {
        // Most files of clean data have no such mark anywhere: no need to parse them again.
        if half_width_marks(&file.text).is_empty() {
            continue;
        }
        let Ok(doc) = toml_edit::Document::parse(file.text.as_str()) else {
            continue;
        };
        let mut found = Vec::new();
        strings_of_table(doc.as_table(), true, &file.text, &mut found);
        let here: usize = found.iter().map(|(_, n)| n).sum();
        if here > 0 {
            files += 1;
            marks += here;
            if first.is_none() {
                first = found.first().map(|(span, _)| (id, span.clone()));
            }
        }
    }
    let (id, span) = first?;
    Some(
        Diagnostic::warning(format!(
            "{marks} half-width punctuation mark{} in Chinese text ({files} file{})",
            if marks == 1 { "" } else { "s" },
            if files == 1 { "" } else { "s" },
        ))
        .at(id, span)
        .help("the exports print them full-width (，；：（）); `rectify fix-punctuation` writes them so in the data, or set `punctuation = \"as-written\"` in [notice] to keep them"),
    )
}

/// Each string value holding marks: the span of its first mark (the whole value when escapes
/// make the position uncertain) and how many marks it holds.
fn strings_of_table(
    table: &toml_edit::Table,
    top: bool,
    text: &str,
    out: &mut Vec<(std::ops::Range<usize>, usize)>,
) {
    for (key, item) in table.iter() {
        if top && key == "notice" {
            continue;
        }
        match item {
            Item::Value(v) => strings_of_value(v, text, out),
            Item::Table(t) => strings_of_table(t, false, text, out),
            Item::ArrayOfTables(a) => a.iter().for_each(|t| strings_of_table(t, false, text, out)),
            Item::None => {}
        }
    }
}

fn strings_of_value(value: &Value, text: &str, out: &mut Vec<(std::ops::Range<usize>, usize)>) {
    match value {
        Value::String(s) => {
            let marks = half_width_marks(s.value());
            let Some(&(at, c)) = marks.first() else {
                return;
            };
            let Some(span) = s.span() else {
                return;
            };
            // The raw text after the opening quote matches the value up to the mark when no
            // escape comes before it: then the mark itself is pointed at.
            let raw = text.get(span.clone()).unwrap_or_default();
            let quote = raw.len() - raw.trim_start_matches(['"', '\'']).len();
            let exact = raw.get(quote..quote + at) == Some(&s.value()[..at]);
            let span = if exact {
                let start = span.start + quote + at;
                start..start + c.len_utf8()
            } else {
                span
            };
            out.push((span, marks.len()));
        }
        Value::Array(a) => a.iter().for_each(|v| strings_of_value(v, text, out)),
        Value::InlineTable(t) => t.iter().for_each(|(_, v)| strings_of_value(v, text, out)),
        _ => {}
    }
}
