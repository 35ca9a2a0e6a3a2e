//! `rectify undo` (take back the last `update` or `add`, from the journal's recorded change)
//! and `rectify history` (the journal: when, which command, which records, old → new).

use std::fmt::Write as _;

use crate::cli::HistoryArgs;
use crate::commands::Context;
use crate::edit::{self, journal};
use crate::error::Result;
use crate::model::{Address, Measure, Report};

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

pub fn history(ctx: &Context, args: &HistoryArgs) -> Result<()> {
    if let (Some(since), Some(until)) = (args.since, args.until) {
        if until < since {
            return Err(crate::Error::Usage(t!(
                "history-period-reversed",
                since = since.to_string(),
                until = until.to_string()
            )));
        }
    }
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
    let filter = Filter::new(ctx, args)?;
    let newest = entries.last().map(|(seq, _)| *seq);
    // One entry at a time: the journal is never held whole.
    let mut last = None;
    let mut shown = 0;
    for (seq, path) in entries {
        let mut out = String::new();
        match journal::read(&ctx.data, &path) {
            Ok(entry) => {
                if !filter.matches(&entry) {
                    continue;
                }
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
            // A damaged entry is always shown: it blocks `undo` whatever it was about.
            Err(e) => {
                let _ = writeln!(
                    out,
                    "#{seq}  {}",
                    t!("history-damaged", detail = e.to_string())
                );
                last = None;
            }
        }
        shown += 1;
        crate::output::print(&out)?;
    }
    if shown == 0 {
        return crate::output::print(&format!("{}\n", t!("history-none-match")));
    }
    // The hint names the write `undo` takes back: only when that write is the last shown.
    match last {
        Some(seq) if Some(seq) == newest => {
            crate::output::print(&format!("{}\n", t!("history-undo-hint", seq = seq)))
        }
        _ => Ok(()),
    }
}

/// Which journal entries `history` shows: by the day of the write, and by the records it
/// touched, looked up in the record as it is now.
///
/// The records an entry touched are the address its command names (`update 4.2`, `close
/// 5`, `add measure 4.5`), or, for a command without one (`fix-punctuation`, `add
/// category`), the findings in the files it changed. `--department` and `--owner` match the
/// current owner and department of those measures (of every measure, for a whole finding).
/// A measure removed since has none (its tombstone keeps only its text): its entries match
/// `--finding` but never `--department` or `--owner`; a removed finding keeps its measures
/// and matches as it was.
struct Filter<'a> {
    args: &'a HistoryArgs,
    /// The current record and each finding's file (relative, `/`-separated), loaded only
    /// when a record filter is given.
    record: Option<(Report, Vec<(u32, String)>)>,
}

impl<'a> Filter<'a> {
    fn new(ctx: &Context, args: &'a HistoryArgs) -> Result<Filter<'a>> {
        let by_people = args.department.is_some() || args.owner.is_some();
        let record = if by_people || !args.finding.is_empty() {
            let mut loaded = ctx.load();
            match loaded.report.take() {
                Some(report) => {
                    let files = report
                        .findings
                        .iter()
                        .chain(&report.removed_findings)
                        .map(|f| {
                            let path = loaded.sources.path(f.origin.file);
                            let relative = path.strip_prefix(&ctx.data).unwrap_or(path);
                            let slashed: Vec<String> = relative
                                .components()
                                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                                .collect();
                            (f.id, slashed.join("/"))
                        })
                        .collect();
                    Some((report, files))
                }
                // Owners and departments come only from the record: it must load.
                None if by_people => return Err(crate::Error::Invalid(Box::new(loaded))),
                // Finding numbers are in the commands; only file-wide writes go unmatched.
                None => None,
            }
        } else {
            None
        };
        Ok(Filter { args, record })
    }

    fn matches(&self, entry: &journal::Entry) -> bool {
        self.day_matches(entry) && self.records_match(entry)
    }

    fn day_matches(&self, entry: &journal::Entry) -> bool {
        if self.args.since.is_none() && self.args.until.is_none() {
            return true;
        }
        let Ok(time) = chrono::DateTime::parse_from_rfc3339(&entry.time) else {
            return false;
        };
        let day = time.date_naive();
        self.args.since.is_none_or(|since| day >= since)
            && self.args.until.is_none_or(|until| day <= until)
    }

    fn records_match(&self, entry: &journal::Entry) -> bool {
        let args = self.args;
        if args.finding.is_empty() && args.department.is_none() && args.owner.is_none() {
            return true;
        }
        // Both conditions hold for one record: `--finding 4 --department X` is about X's
        // measures in finding 4.
        let touched: Vec<Address> = self
            .touched(entry)
            .into_iter()
            .filter(|a| args.finding.is_empty() || args.finding.contains(&a.finding))
            .collect();
        if touched.is_empty() {
            return false;
        }
        if args.department.is_none() && args.owner.is_none() {
            return true;
        }
        let contains =
            |field: &Option<String>, text: &str| field.as_deref().is_some_and(|x| x.contains(text));
        self.measures(&touched).into_iter().any(|m| {
            args.owner
                .as_deref()
                .is_none_or(|o| contains(&m.owner, o) || contains(&m.department, o))
                && args
                    .department
                    .as_deref()
                    .is_none_or(|d| contains(&m.department, d))
        })
    }

    /// The addresses an entry touched: the one its command names, else every finding in the
    /// files it changed.
    fn touched(&self, entry: &journal::Entry) -> Vec<Address> {
        // Every command names its record last (`update 4.2`, `close 5`, `add finding 11`,
        // `add measure 4.5`), except `add category ID` and `fix-punctuation`.
        let named = (!entry.command.starts_with("add category"))
            .then(|| entry.command.split_whitespace().last())
            .flatten()
            .and_then(|word| word.parse::<Address>().ok());
        if let Some(address) = named {
            return vec![address];
        }
        let Some((_, files)) = &self.record else {
            return Vec::new();
        };
        files
            .iter()
            .filter(|(_, path)| entry.files.iter().any(|f| &f.path == path))
            .map(|(id, _)| Address::of_finding(*id))
            .collect()
    }

    /// The current measures at `addresses` (a whole finding's, or a sub-problem's, for an
    /// address without a measure number).
    fn measures(&self, addresses: &[Address]) -> Vec<&Measure> {
        let report = self.record.as_ref().map(|(report, _)| report);
        addresses
            .iter()
            .flat_map(|address| {
                report
                    .into_iter()
                    .flat_map(|r| r.findings.iter().chain(&r.removed_findings))
                    .filter(move |f| f.id == address.finding)
                    .flat_map(|f| &f.measures)
                    .filter(move |m| {
                        address.sub.is_none_or(|sub| m.sub == Some(sub))
                            && address.measure.is_none_or(|n| m.number == n)
                    })
            })
            .collect()
    }
}

/// `2026-11-27 08:01:02` from the journal's RFC 3339 time.
fn when(time: &str) -> String {
    chrono::DateTime::parse_from_rfc3339(time)
        .map(|t| t.format("%Y-%m-%d %H:%M:%S").to_string())
        .unwrap_or_else(|_| time.to_string())
}
