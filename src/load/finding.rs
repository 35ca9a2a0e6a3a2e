//! findings/*.toml → findings and their measures.

use toml::de::DeTable;

use std::ops::Range;

use super::reader::{nearest, At, Ctx, Fields};
use crate::date::{Date, When};
use crate::diagnostic::Diagnostic;
use crate::model::DONE_UNRECORDED;
use crate::model::{
    Finding, Language, LogEntry, Measure, Removal, Reopened, SignOff, Status, SubProblem, Tombstone,
};
use crate::source::shorten;

/// What a finding file is checked against: facts from rectify.toml and the day of the check.
#[derive(Debug, Clone)]
pub struct Rules {
    /// Category ids; `None` when rectify.toml could not be read (no cascade of errors).
    pub categories: Option<Vec<String>>,
    pub feedback: Option<Date>,
    pub today: Date,
    /// How hints write a command: `rectify`, or `rectify --unit NAME` within a root.
    pub command: String,
}

impl Rules {
    /// The rules a finding file is checked against, from the report when it could be read.
    pub fn of(report: Option<&crate::model::Report>, today: Date, command: &str) -> Rules {
        Rules {
            // Each id once, even when rectify.toml repeats one (that duplicate is its own error).
            categories: report.map(|r| {
                let mut ids: Vec<String> = Vec::with_capacity(r.categories.len());
                for c in &r.categories {
                    if !ids.contains(&c.id) {
                        ids.push(c.id.clone());
                    }
                }
                ids
            }),
            feedback: report.and_then(|r| r.inspection.feedback),
            today,
            command: command.to_string(),
        }
    }
}

const FILE_KEYS: &[&str] = &["finding"];
pub const FINDING_KEYS: &[&str] = &[
    "id",
    "category",
    "title",
    "description",
    "opening",
    "closing",
    "signoff",
    "reopened",
    "removed",
    "measure",
    "sub",
];
/// A sub-problem's keys (`[[finding.sub]]`).
pub const SUB_KEYS: &[&str] = &[
    "id",
    "title",
    "description",
    "opening",
    "closing",
    "removed",
    "measure",
];
/// A sign-off's keys (销号), in order.
pub const SIGNOFF_KEYS: &[&str] = &["date", "by", "opinion", "evidence", "reason"];
/// A removal's keys (`removed = { date, reason }`).
pub const REMOVED_KEYS: &[&str] = &["date", "reason"];
/// A measure's keys, in the order a reader expects them (the writer places new keys by it).
pub const MEASURE_KEYS: &[&str] = &[
    "text",
    "status",
    "owner",
    "department",
    "deadline",
    "deadline_note",
    "deadline_original",
    "done",
    "evidence",
    "log",
    "removed",
];

/// A progress log entry's keys, in order.
pub const LOG_KEYS: &[&str] = &["date", "from", "status", "deadline", "reason", "note"];

pub fn read_file(root: &DeTable, ctx: &mut Ctx, rules: &Rules) -> Vec<Finding> {
    let fields = ctx.fields(root, 0..0, "a findings file", FILE_KEYS);
    if fields.get("finding").is_none() {
        // A file started and not yet filled in: a draft, not a broken record.
        ctx.push(
            Diagnostic::warning(t!("finding-file-empty-yet"))
                .at(ctx.file, 0..0)
                .help(t!("finding-file-empty-help")),
        );
        return Vec::new();
    }
    let tables = ctx.tables(&fields, "finding", "a [[finding]]", FINDING_KEYS);
    exact(
        tables.iter().filter_map(|t| read_finding(t, ctx, rules)),
        tables.len(),
    )
}

/// Collects records into a vector of exactly the size needed: `filter_map` does not know its
/// length, and growing by doubling would leave a model of 50,000 measures a third empty.
fn exact<T>(records: impl Iterator<Item = T>, most: usize) -> Vec<T> {
    let mut out = Vec::with_capacity(most);
    out.extend(records);
    out
}

fn read_finding(t: &Fields, ctx: &mut Ctx, rules: &Rules) -> Option<Finding> {
    let id = ctx.id(t, "id");
    let category = ctx.text(t, "category", false);
    check_category(t, category.as_ref(), ctx, rules);
    let category = category.map(|a| a.value);
    let title = ctx.text(t, "title", true);
    let description = ctx.text(t, "description", false).map(|a| a.value);
    let opening = ctx.text(t, "opening", false).map(|a| a.value);
    let closing = ctx.text(t, "closing", false).map(|a| a.value);
    let tables = ctx.tables(t, "measure", "a [[finding.measure]]", MEASURE_KEYS);
    // The measures' addresses (2.2), for hints that name the command to type.
    let finding_id = id.as_ref().map(|a| a.value);
    let mut removed_measures = Vec::new();
    let mut measures = exact(
        tables.iter().enumerate().filter_map(|(i, m)| {
            let address = finding_id.map(|f| format!("{f}.{}", i + 1));
            let removed = read_removal(m, ctx, rules);
            let measure = read_measure(m, i + 1, ctx, rules, address.as_deref())?;
            match removed {
                Some(r) => {
                    removed_measures.push(Tombstone {
                        sub: None,
                        number: u32::try_from(measure.number).unwrap_or(u32::MAX),
                        date: r.date,
                        reason: r.reason,
                        text: measure.text,
                    });
                    None
                }
                None => Some(measure),
            }
        }),
        tables.len(),
    );
    let signoff = read_signoff(t, ctx, rules);
    let reopened = ctx
        .tables(t, "reopened", "a reopening (`reopened`)", REMOVED_KEYS)
        .iter()
        .filter_map(|r| {
            let date = checked_date(r, "date", ctx, rules);
            let reason = ctx.text(r, "reason", true);
            Some(Reopened {
                date: date?,
                reason: reason?.value,
            })
        })
        .collect();
    let removed = read_removal(t, ctx, rules);
    let mut subs: Vec<SubProblem> = Vec::new();
    let mut removed_subs: Vec<SubProblem> = Vec::new();
    for s in ctx.tables(t, "sub", "a [[finding.sub]]", SUB_KEYS) {
        let Some((sub, sub_measures, tombstones)) = read_sub(&s, ctx, rules, finding_id) else {
            continue;
        };
        // A removed sub-problem keeps its letter taken: a second `a` is a duplicate too.
        if subs.iter().chain(&removed_subs).any(|o| o.id == sub.id) {
            ctx.push(
                Diagnostic::error(t!("sub-duplicate", id = sub.id.to_string()))
                    .at_origin(&sub.origin)
                    .help(t!("sub-duplicate-help")),
            );
            continue;
        }
        if sub.removed.is_some() {
            // Removed with its measures: none of them is live, nor a tombstone of its own.
            removed_subs.push(sub);
            continue;
        }
        measures.extend(sub_measures);
        removed_measures.extend(tombstones);
        subs.push(sub);
    }
    if t.get("measure").is_none() && t.get("sub").is_none() {
        // A draft: the finding is recorded before its measures are agreed.
        ctx.push(
            Diagnostic::warning(t!("finding-no-measures-yet"))
                .at(ctx.file, t.span.clone())
                .help(t!("finding-no-measures-help")),
        );
    }
    let id = id?;
    Some(Finding {
        id: id.value,
        category,
        title: title?.value,
        description,
        opening,
        closing,
        measures,
        subs,
        removed_measures,
        removed_subs,
        signoff,
        reopened,
        removed,
        // The id line is where a reader looks for a finding (and where duplicates point).
        origin: ctx.origin(id.span),
    })
}

/// A `[[finding.sub]]`: its letter, title, wording, its own live measures and the tombstones
/// of its removed ones.
fn read_sub(
    t: &Fields,
    ctx: &mut Ctx,
    rules: &Rules,
    finding_id: Option<u32>,
) -> Option<(SubProblem, Vec<Measure>, Vec<Tombstone>)> {
    let id = ctx.string(t, "id", true);
    let id = match id {
        Some(at) if crate::model::is_sub_id(&at.value) => at.value.chars().next(),
        Some(at) => {
            ctx.error(
                at.span,
                t!("sub-bad-id", id = shorten(&at.value)),
                t!("sub-bad-id-help"),
            );
            None
        }
        None => None,
    };
    let title = ctx.text(t, "title", true);
    let description = ctx.text(t, "description", false).map(|a| a.value);
    let opening = ctx.text(t, "opening", false).map(|a| a.value);
    let closing = ctx.text(t, "closing", false).map(|a| a.value);
    let removed = read_removal(t, ctx, rules);
    let tables = ctx.tables(t, "measure", "a [[finding.sub.measure]]", MEASURE_KEYS);
    let mut tombstones = Vec::new();
    let measures: Vec<Measure> = tables
        .iter()
        .enumerate()
        .filter_map(|(i, m)| {
            let address = match (finding_id, id) {
                (Some(f), Some(s)) => Some(format!("{f}.{s}.{}", i + 1)),
                _ => None,
            };
            let removed = read_removal(m, ctx, rules);
            let measure = read_measure(m, i + 1, ctx, rules, address.as_deref())?;
            match removed {
                Some(r) => {
                    tombstones.push(Tombstone {
                        sub: id,
                        number: u32::try_from(measure.number).unwrap_or(u32::MAX),
                        date: r.date,
                        reason: r.reason,
                        text: measure.text,
                    });
                    None
                }
                None => Some(Measure { sub: id, ..measure }),
            }
        })
        .collect();
    // Every measure removed by hand (`remove` refuses the last one) leaves none as well.
    let all_removed = !tables.is_empty() && tombstones.len() == tables.len();
    if (t.get("measure").is_none() || all_removed) && removed.is_none() {
        ctx.push(
            Diagnostic::warning(t!("sub-no-measures"))
                .at(ctx.file, t.span.clone())
                .help(t!("sub-no-measures-help")),
        );
    }
    Some((
        SubProblem {
            id: id?,
            title: title?.value,
            description,
            opening,
            closing,
            removed,
            origin: t.origin(ctx.file),
        },
        measures,
        tombstones,
    ))
}

/// A day in a record (a sign-off, a removal) that must be a full date, not in the future.
fn checked_date(t: &Fields, key: &str, ctx: &mut Ctx, rules: &Rules) -> Option<Date> {
    let date = ctx.date(t, key);
    if t.get(key).is_none() {
        ctx.error(
            t.span.clone(),
            t!(
                "read-missing-key",
                what = crate::i18n::what(t.what),
                key = key
            ),
            t!("read-missing-key-help", key = key, example = "2020-12-31"),
        );
    }
    let date = date?;
    if date.value > rules.today {
        ctx.error(
            date.span.clone(),
            t!(
                "record-in-future",
                what = crate::i18n::what(t.what),
                date = date.value.to_string()
            ),
            t!("record-in-future-help"),
        );
    }
    Some(date.value)
}

/// `removed = { date = …, reason = "…" }`: the record is a tombstone.
fn read_removal(t: &Fields, ctx: &mut Ctx, rules: &Rules) -> Option<Removal> {
    let value = t.get("removed")?;
    let r = ctx.table(value, "a removal (`removed`)", REMOVED_KEYS)?;
    let date = checked_date(&r, "date", ctx, rules);
    let reason = ctx.text(&r, "reason", true);
    Some(Removal {
        date: date?,
        reason: reason?.value,
    })
}

/// `signoff = { date, by, opinion, evidence, reason }`: the finding is closed (已销号).
fn read_signoff(t: &Fields, ctx: &mut Ctx, rules: &Rules) -> Option<SignOff> {
    let value = t.get("signoff")?;
    let s = ctx.table(value, "a sign-off (`signoff`)", SIGNOFF_KEYS)?;
    let date = checked_date(&s, "date", ctx, rules);
    if let (Some(d), Some(feedback)) = (date, rules.feedback) {
        if d < feedback {
            ctx.error(
                s.span.clone(),
                t!(
                    "signoff-before-feedback",
                    date = d.to_string(),
                    feedback = feedback.to_string()
                ),
                t!("signoff-before-feedback-help"),
            );
        }
    }
    let by = ctx.text(&s, "by", true);
    let opinion = ctx.text(&s, "opinion", true);
    let evidence = ctx.texts(&s, "evidence");
    let reason = ctx.text(&s, "reason", false).map(|a| a.value);
    Some(SignOff {
        date: date?,
        by: by?.value,
        opinion: opinion?.value,
        evidence,
        reason,
    })
}

fn read_measure(
    t: &Fields,
    number: usize,
    ctx: &mut Ctx,
    rules: &Rules,
    address: Option<&str>,
) -> Option<Measure> {
    let text = ctx.text(t, "text", true);
    let status_at = t.get("status").map(|v| v.span()).unwrap_or(t.span.clone());
    let status = read_status(t, "status", true, ctx);
    let deadline = ctx.when(t, "deadline");
    let done_unrecorded = t
        .get("done")
        .is_some_and(|v| v.get_ref().as_str() == Some(DONE_UNRECORDED));
    let done = if done_unrecorded {
        None
    } else {
        ctx.when(t, "done")
    };
    if let Some(status) = status {
        if !done_unrecorded {
            let at = Written {
                status,
                status_at,
                address,
            };
            check_dates(
                at,
                deadline.as_ref(),
                done.as_ref(),
                t.get("done").is_some(),
                ctx,
                rules,
            );
        } else if matches!(status, Status::InProgress | Status::NotStarted) {
            // As with a done date (see check_dates): a measure mostly done (partial) or upheld
            // (ongoing) may say it was done at an unrecorded time; an open one may not.
            ctx.error(
                t.get("done").map_or(status_at, |v| v.span()),
                t!(
                    "measure-unrecorded-but-open",
                    value = DONE_UNRECORDED,
                    status = crate::i18n::status(status)
                ),
                t!("measure-unrecorded-but-open-help"),
            );
        }
    }
    let entries = ctx.tables(t, "log", "a progress log entry", LOG_KEYS);
    let log: Vec<LogEntry> = exact(
        entries.iter().filter_map(|e| {
            let date = ctx.date(e, "date");
            if let Some(date) = &date {
                if date.value > rules.today {
                    ctx.error(
                        date.span.clone(),
                        t!("log-in-future", date = date.value.to_string()),
                        t!("log-in-future-help"),
                    );
                }
            }
            let from = read_status(e, "from", false, ctx);
            let status = read_status(e, "status", false, ctx);
            let deadline = ctx.when(e, "deadline").map(|a| a.value);
            let reason = ctx.text(e, "reason", false).map(|a| a.value);
            let note = ctx.text(e, "note", false).map(|a| a.value);
            // An undated entry is a note (a ledger's progress without a date); what changes
            // the record (a status, an extension) is dated.
            let changes = ["from", "status", "deadline"]
                .iter()
                .any(|k| e.get(k).is_some());
            let date = match (date, e.get("date")) {
                (Some(d), _) => Some(d.value),
                // Written but unreadable: its error is reported.
                (None, Some(_)) => return None,
                (None, None) if changes => {
                    ctx.error(
                        e.span.clone(),
                        t!("log-no-date"),
                        t!("log-no-date-undated-help"),
                    );
                    return None;
                }
                (None, None) => None,
            };
            Some(LogEntry {
                date,
                from,
                status,
                deadline,
                reason,
                note,
            })
        }),
        entries.len(),
    );
    check_log(t, &log, ctx);
    let deadline_original = ctx.when(t, "deadline_original");
    check_extension(t, deadline.as_ref(), deadline_original.as_ref(), ctx);
    Some(Measure {
        number,
        deadline_original: deadline_original.map(|a| a.value),
        text: text?.value,
        sub: None,
        status: status?,
        owner: ctx.text(t, "owner", false).map(|a| a.value),
        department: ctx.text(t, "department", false).map(|a| a.value),
        deadline: deadline.map(|a| a.value),
        deadline_note: ctx.text(t, "deadline_note", false).map(|a| a.value),
        done: done.map(|a| a.value),
        done_unrecorded,
        evidence: ctx.texts(t, "evidence"),
        log,
        origin: t.origin(ctx.file),
    })
}

fn read_status(t: &Fields, key: &str, required: bool, ctx: &mut Ctx) -> Option<Status> {
    let at = ctx.string(t, key, required)?;
    if let Some(status) = Status::parse(&at.value) {
        return Some(status);
    }
    let words = Status::words();
    let listing = status_listing();
    let help = match nearest(at.value.trim(), &words) {
        Some(near) => t!("status-did-you-mean", suggestion = near, statuses = listing),
        None => t!("statuses-are", statuses = listing),
    };
    ctx.error(
        at.span,
        t!(
            "status-unknown",
            status = shorten(&at.value),
            what = crate::i18n::what(t.what)
        ),
        help,
    );
    None
}

/// Every status, as both languages accept it: `已完成（done）、…` / `done (已完成), …`.
pub fn status_listing() -> String {
    let items: Vec<String> = Status::ALL
        .iter()
        .map(|s| match crate::i18n::language() {
            Language::Zh => format!("{}（{}）", s.label(Language::Zh), s.key()),
            Language::En => format!("{} ({})", s.key(), s.label(Language::Zh)),
        })
        .collect();
    crate::i18n::join(&items)
}

fn check_category(t: &Fields, category: Option<&At<String>>, ctx: &mut Ctx, rules: &Rules) {
    let Some(known) = &rules.categories else {
        return;
    };
    match category {
        None if !known.is_empty() => ctx.error(
            t.span.clone(),
            t!("finding-no-category"),
            t!("finding-no-category-help", ids = id_list(known)),
        ),
        Some(c) if known.is_empty() => ctx.error(
            c.span.clone(),
            t!(
                "category-missing-none-defined",
                category = shorten(&c.value)
            ),
            t!("category-missing-none-defined-help"),
        ),
        Some(c) if !known.contains(&c.value) => {
            let ids: Vec<&str> = known.iter().map(String::as_str).collect();
            let help = match nearest(&c.value, &ids) {
                Some(near) => t!(
                    "category-did-you-mean",
                    suggestion = shorten(near),
                    ids = id_list(known)
                ),
                None => t!("categories-in-report", ids = id_list(known)),
            };
            ctx.error(
                c.span.clone(),
                t!("category-missing", category = shorten(&c.value)),
                help,
            );
        }
        _ => {}
    }
}

/// Category ids for a hint, each shortened (an id is whatever the user typed).
fn id_list(ids: &[String]) -> String {
    let ids: Vec<String> = ids.iter().map(|id| shorten(id).into_owned()).collect();
    crate::i18n::join(&ids)
}

/// A measure's status, where it is written, and the measure's address (`2.2`) when its
/// finding's id could be read: what the date checks name in their messages.
struct Written<'a> {
    status: Status,
    status_at: Range<usize>,
    address: Option<&'a str>,
}

fn check_dates(
    written: Written,
    deadline: Option<&At<When>>,
    done: Option<&At<When>>,
    done_written: bool,
    ctx: &mut Ctx,
    rules: &Rules,
) {
    let Written {
        status,
        status_at,
        address,
    } = written;
    match (status, done) {
        // A `done` that is written but unreadable already has its own error.
        (Status::Done, None) if !done_written => ctx.error(
            status_at,
            t!("measure-done-no-date"),
            t!("measure-done-no-date-help"),
        ),
        (Status::InProgress | Status::NotStarted, Some(done)) => ctx.push(
            Diagnostic::warning(t!(
                "measure-done-date-but-open",
                date = done.value.to_string(),
                status = crate::i18n::status(status)
            ))
            .at(ctx.file, done.span.clone())
            .help(t!("measure-done-date-but-open-help")),
        ),
        _ => {}
    }
    if let Some(done) = done {
        if let Some(feedback) = rules.feedback {
            if done.value.latest() < feedback {
                ctx.error(
                    done.span.clone(),
                    t!(
                        "measure-done-before-feedback",
                        date = done.value.to_string(),
                        feedback = feedback.to_string()
                    ),
                    t!("measure-done-before-feedback-help"),
                );
            }
        }
        if done.value.earliest() > rules.today {
            ctx.error(
                done.span.clone(),
                t!(
                    "measure-done-in-future",
                    date = done.value.to_string(),
                    today = rules.today.to_string()
                ),
                t!("measure-done-in-future-help"),
            );
        }
    }
    if let Some(deadline) = deadline {
        if !status.is_completed() && deadline.value.latest() < rules.today {
            ctx.push(
                Diagnostic::warning(t!(
                    "measure-overdue",
                    deadline = deadline.value.to_string(),
                    status = crate::i18n::status(status)
                ))
                .at(ctx.file, deadline.span.clone())
                .help(t!(
                    "measure-overdue-help",
                    rectify = rules.command.as_str(),
                    address = address.map_or_else(|| t!("placeholder-address"), str::to_string)
                )),
            );
        }
        if let Some(feedback) = rules.feedback {
            if deadline.value.latest() < feedback {
                ctx.error(
                    deadline.span.clone(),
                    t!(
                        "measure-deadline-before-feedback",
                        deadline = deadline.value.to_string(),
                        feedback = feedback.to_string()
                    ),
                    t!("measure-deadline-before-feedback-help"),
                );
            }
        }
    }
}

/// A kept original deadline (延期) goes with a deadline that is later than it.
fn check_extension(
    t: &Fields,
    deadline: Option<&At<When>>,
    original: Option<&At<When>>,
    ctx: &mut Ctx,
) {
    let Some(original) = original else {
        return;
    };
    match deadline {
        None => ctx.error(
            original.span.clone(),
            t!("extension-without-deadline"),
            t!("extension-without-deadline-help"),
        ),
        Some(d) if d.value.latest() <= original.value.latest() => ctx.error(
            d.span.clone(),
            t!(
                "extension-not-later",
                deadline = d.value.to_string(),
                original = original.value.to_string()
            ),
            t!("extension-not-later-help"),
        ),
        _ => {}
    }
    let _ = t;
}

fn check_log(t: &Fields, log: &[LogEntry], ctx: &mut Ctx) {
    let dated: Vec<_> = log.iter().filter_map(|e| e.date).collect();
    if dated.windows(2).any(|w| w[1] < w[0]) {
        ctx.push(
            Diagnostic::warning(t!("log-not-in-order"))
                .at(ctx.file, t.span.clone())
                .help(t!("log-not-in-order-help")),
        );
    }
}
