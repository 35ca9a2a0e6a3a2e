//! `rectify undo` (take back the last `update` or `add`, from the journal's before-images)
//! and `rectify history` (the journal: when, which command, which records, old → new).

use std::fmt::Write as _;

use crate::commands::Context;
use crate::edit::{self, journal};
use crate::error::Result;

pub fn run(ctx: &Context) -> Result<()> {
    let undone = edit::undo(&ctx.data, &crate::commands::waiting)?;
    let entry = &undone.entry;
    let mut out = t!(
        "undo-done",
        seq = undone.seq,
        command = entry.command.as_str(),
        time = when(&entry.time)
    );
    out.push('\n');
    for image in &entry.files {
        let what = if image.before.is_some() {
            t!("undo-restored", path = image.path)
        } else {
            t!("undo-removed", path = image.path)
        };
        let _ = writeln!(out, "  {what}");
    }
    for change in &entry.changes {
        let _ = writeln!(out, "  {}", t!("undo-took-back", change = change));
    }
    crate::output::print(&out)
}

pub fn history(ctx: &Context) -> Result<()> {
    if !ctx.data.is_dir() {
        return Err(crate::Error::failed_with_help(
            t!("no-data-folder", path = ctx.data),
            t!("no-data-folder-help"),
        ));
    }
    let entries = journal::entries(&ctx.data)?;
    if entries.is_empty() {
        return crate::output::print(&format!("{}\n", t!("history-empty", path = ctx.data)));
    }
    let mut out = String::new();
    for (seq, entry) in &entries {
        let files: Vec<&str> = entry.files.iter().map(|f| f.path.as_str()).collect();
        let _ = writeln!(
            out,
            "#{seq}  {}  {}  ({})",
            when(&entry.time),
            entry.command,
            files.join(", ")
        );
        for change in &entry.changes {
            let _ = writeln!(out, "    {change}");
        }
    }
    if let Some((seq, _)) = entries.last() {
        let _ = writeln!(out, "{}", t!("history-undo-hint", seq = seq));
    }
    crate::output::print(&out)
}

/// `2026-11-27 08:01:02` from the journal's RFC 3339 time.
fn when(time: &str) -> String {
    chrono::DateTime::parse_from_rfc3339(time)
        .map(|t| t.format("%Y-%m-%d %H:%M:%S").to_string())
        .unwrap_or_else(|_| time.to_string())
}
