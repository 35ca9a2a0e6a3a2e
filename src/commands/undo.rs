//! `rectify undo` (take back the last `update` or `add`, from the journal's recorded change)
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
        let what = if image.created {
            t!("undo-removed", path = image.path)
        } else {
            t!("undo-restored", path = image.path)
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
    // Under the lock, so a write in progress is seen whole or not at all. A folder that
    // cannot be locked (read-only, no lock file possible) has no write in progress either.
    let _lock = crate::edit::DataLock::acquire(&ctx.data, &crate::commands::waiting).ok();
    let entries = journal::list(&ctx.data)?;
    if entries.is_empty() {
        return crate::output::print(&format!("{}\n", t!("history-empty", path = ctx.data)));
    }
    // One entry at a time: the journal is never held whole.
    let mut last = None;
    for (seq, path) in entries {
        let mut out = String::new();
        match journal::read(&ctx.data, &path) {
            Ok(entry) => {
                let files: Vec<&str> = entry.files.iter().map(|f| f.path.as_str()).collect();
                let _ = writeln!(
                    out,
                    "#{seq}  {}  {}  ({})",
                    when(&entry.time),
                    t!("history-command", command = entry.command),
                    files.join(", ")
                );
                for change in &entry.changes {
                    let _ = writeln!(out, "    {change}");
                }
                last = Some(seq);
            }
            Err(e) => {
                let _ = writeln!(
                    out,
                    "#{seq}  {}",
                    t!("history-damaged", detail = e.to_string())
                );
                last = None;
            }
        }
        crate::output::print(&out)?;
    }
    match last {
        Some(seq) => crate::output::print(&format!("{}\n", t!("history-undo-hint", seq = seq))),
        None => Ok(()),
    }
}

/// `2026-11-27 08:01:02` from the journal's RFC 3339 time.
fn when(time: &str) -> String {
    chrono::DateTime::parse_from_rfc3339(time)
        .map(|t| t.format("%Y-%m-%d %H:%M:%S").to_string())
        .unwrap_or_else(|_| time.to_string())
}
