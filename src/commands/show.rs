//! `rectify show ADDRESS`: everything about one finding or measure, with its progress log,
//! labelled in the interface language; `--json` for scripts. Also resolves addresses for the
//! writing commands, so every command names the addresses that exist when one does not.

use std::fmt::Write as _;
use std::path::Path;

use serde::Serialize;

use crate::cli::ShowArgs;
use crate::commands::{resolve, Context};
use crate::date::{Date, When};
use crate::edit::document::Field;
use crate::error::{Error, Result};
use crate::model::{Finding, Language, LogEntry, Measure, Report, Status};

pub fn run(ctx: &Context, args: &ShowArgs) -> Result<()> {
    let loaded = ctx.load();
    let Some(report) = loaded.report.as_ref() else {
        return Err(Error::Invalid(Box::new(loaded)));
    };
    let (finding, measure) = resolve(report, args.address)?;
    let file = loaded.sources.path(finding.origin.file);
    let file = file.strip_prefix(&ctx.data).unwrap_or(file);
    let shown = Shown::new(
        report,
        finding,
        (args.address.sub, measure),
        file,
        ctx.today,
    );
    let text = if args.json {
        serde_json::to_string_pretty(&shown).map_err(|e| Error::failed(e.to_string()))? + "\n"
    } else {
        shown.text(crate::i18n::language())
    };
    crate::output::print(&text)
}

/// What `show` prints, also its JSON form.
#[derive(Debug, Serialize)]
struct Shown {
    address: String,
    file: String,
    finding: ShownFinding,
    /// The sub-problem shown (`show 4.a`, `show 4.a.2`).
    #[serde(skip_serializing_if = "Option::is_none")]
    sub: Option<ShownSub>,
    measures: Vec<ShownMeasure>,
}

#[derive(Debug, Serialize)]
struct ShownSub {
    id: char,
    title: String,
    description: Option<String>,
}

#[derive(Debug, Serialize)]
struct ShownFinding {
    id: u32,
    category: Option<String>,
    category_title: Option<String>,
    title: String,
    description: Option<String>,
    status: Status,
    measures: usize,
    measures_completed: usize,
    overdue: bool,
    signoff: Option<crate::model::SignOff>,
    reopened: Vec<crate::model::Reopened>,
    removed_measures: Vec<crate::model::Tombstone>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    removed_subs: Vec<RemovedSub>,
}

/// A sub-problem removed with its measures (`rectify remove 4.a`): its letter stays taken.
#[derive(Debug, Serialize)]
struct RemovedSub {
    id: char,
    title: String,
    #[serde(flatten)]
    removed: Option<crate::model::Removal>,
}

#[derive(Debug, Serialize)]
struct ShownMeasure {
    address: String,
    text: String,
    status: Status,
    owner: Option<String>,
    department: Option<String>,
    deadline: Option<When>,
    deadline_original: Option<When>,
    done: Option<When>,
    done_unrecorded: bool,
    overdue: bool,
    done_late: bool,
    evidence: Vec<String>,
    log: Vec<LogEntry>,
}

impl Shown {
    fn new(
        report: &Report,
        finding: &Finding,
        (sub, measure): (Option<char>, Option<usize>),
        file: &Path,
        today: Date,
    ) -> Shown {
        // `show 4.a`: the sub-problem's measures (and removed ones) only.
        let in_view = |of: Option<char>| sub.is_none() || of == sub;
        let shown_measure = |_: usize, m: &Measure| ShownMeasure {
            address: m.address(finding.id).to_string(),
            text: m.text.clone(),
            status: m.status,
            owner: m.owner.clone(),
            department: m.department.clone(),
            deadline: m.deadline,
            deadline_original: m.deadline_original,
            done: m.done,
            done_unrecorded: m.done_unrecorded,
            overdue: m.is_overdue(today),
            done_late: m.done_late(),
            evidence: m.evidence.clone(),
            log: m.log.clone(),
        };
        let measures = finding
            .measures
            .iter()
            .enumerate()
            .filter(|(i, m)| measure.is_none_or(|n| n == *i) && in_view(m.sub))
            .map(|(i, m)| shown_measure(i, m))
            .collect();
        Shown {
            address: match (measure, sub) {
                (Some(i), _) => finding.measures[i].address(finding.id).to_string(),
                (None, Some(sub)) => format!("{}.{sub}", finding.id),
                (None, None) => finding.id.to_string(),
            },
            file: file.display().to_string(),
            sub: sub
                .and_then(|id| finding.subs.iter().find(|s| s.id == id))
                .map(|s| ShownSub {
                    id: s.id,
                    title: s.title.clone(),
                    description: s.description.clone(),
                }),
            finding: ShownFinding {
                id: finding.id,
                category: finding.category.clone(),
                category_title: finding
                    .category
                    .as_deref()
                    .and_then(|c| report.category(c))
                    .map(|c| c.title.clone()),
                title: finding.title.clone(),
                description: finding.description.clone(),
                status: finding.status(),
                measures: finding.measures.len(),
                measures_completed: finding.done_count(),
                overdue: finding.is_overdue(today),
                signoff: finding.signoff.clone(),
                reopened: finding.reopened.clone(),
                removed_measures: if measure.is_none() {
                    finding
                        .removed_measures
                        .iter()
                        .filter(|t| in_view(t.sub))
                        .cloned()
                        .collect()
                } else {
                    Vec::new()
                },
                removed_subs: if measure.is_none() && sub.is_none() {
                    finding
                        .removed_subs
                        .iter()
                        .map(|s| RemovedSub {
                            id: s.id,
                            title: s.title.clone(),
                            removed: s.removed.clone(),
                        })
                        .collect()
                } else {
                    Vec::new()
                },
            },
            measures,
        }
    }

    fn text(&self, language: Language) -> String {
        let zh = language == Language::Zh;
        let f = &self.finding;
        let mut out = String::new();
        let _ = write!(out, "{}", t!("show-finding", id = f.id));
        if let Some(category) = &f.category_title {
            let _ = write!(out, " · {category}");
        }
        let _ = writeln!(out, "\n{}", f.title);
        if let Some(description) = &f.description {
            let _ = writeln!(out, "{description}");
        }
        if let Some(sub) = &self.sub {
            let _ = writeln!(
                out,
                "{}",
                t!(
                    "show-sub",
                    sub = format!("{}.{}", f.id, sub.id),
                    title = sub.title.as_str()
                )
            );
            if let Some(description) = &sub.description {
                let _ = writeln!(out, "{description}");
            }
        }
        let completed = t!(
            "show-completed",
            completed = f.measures_completed,
            measures = f.measures
        );
        let _ = writeln!(
            out,
            "{}{}{}{}",
            label(Field::Status, language),
            f.status.label(language),
            if zh { "，" } else { ", " },
            completed
        );
        if let Some(s) = &f.signoff {
            let _ = writeln!(
                out,
                "{}",
                t!(
                    "show-signoff",
                    date = s.date.to_string(),
                    by = s.by.as_str(),
                    opinion = s.opinion.as_str()
                )
            );
            if !s.evidence.is_empty() {
                let sep = if zh { "；" } else { "; " };
                let _ = writeln!(
                    out,
                    "  {}{}",
                    label(Field::Evidence, language),
                    s.evidence.join(sep)
                );
            }
            if let Some(reason) = &s.reason {
                let _ = writeln!(
                    out,
                    "  {}",
                    t!("show-signoff-reason", reason = reason.as_str())
                );
            }
        }
        for r in &f.reopened {
            let _ = writeln!(
                out,
                "{}",
                t!(
                    "show-reopened",
                    date = r.date.to_string(),
                    reason = r.reason.as_str()
                )
            );
        }
        let _ = writeln!(out, "{}", t!("show-file", path = self.file));
        for m in &self.measures {
            out.push('\n');
            let overdue = match (m.overdue, m.done_late) {
                (true, _) => t!("show-overdue"),
                (false, true) => t!("show-done-late"),
                _ => String::new(),
            };
            let _ = writeln!(
                out,
                "{}{overdue}",
                t!(
                    "show-measure",
                    address = m.address,
                    status = m.status.label(language)
                )
            );
            // Continuation lines of a multi-line text stay inside the measure's block.
            let text = m.text.trim_end().replace('\n', "\n    ");
            let _ = writeln!(out, "  {}{text}", label(Field::Text, language));
            let fields = [
                (Field::Owner, m.owner.clone()),
                (Field::Department, m.department.clone()),
                (
                    Field::Deadline,
                    m.deadline.map(|d| match m.deadline_original {
                        Some(o) => t!(
                            "show-extended",
                            deadline = d.to_string(),
                            original = o.to_string()
                        ),
                        None => d.to_string(),
                    }),
                ),
                (
                    Field::Done,
                    match (m.done, m.done_unrecorded) {
                        (Some(d), _) => Some(d.to_string()),
                        (None, true) => Some(t!("show-done-unrecorded")),
                        (None, false) => None,
                    },
                ),
            ];
            for (field, value) in fields {
                if let Some(value) = value {
                    let _ = writeln!(out, "  {}{value}", label(field, language));
                }
            }
            if !m.evidence.is_empty() {
                let sep = if zh { "；" } else { "; " };
                let _ = writeln!(
                    out,
                    "  {}{}",
                    label(Field::Evidence, language),
                    m.evidence.join(sep)
                );
            }
            if !m.log.is_empty() {
                let _ = writeln!(out, "  {}", label(Field::Log, language).trim_end());
                for entry in &m.log {
                    let _ = writeln!(out, "    {}", log_line(entry, language));
                }
            }
        }
        for t in &f.removed_measures {
            out.push('\n');
            let _ = writeln!(
                out,
                "{}",
                t!(
                    "show-removed-measure",
                    address = match t.sub {
                        Some(sub) => format!("{}.{sub}.{}", f.id, t.number),
                        None => format!("{}.{}", f.id, t.number),
                    },
                    date = t.date.to_string(),
                    reason = t.reason.as_str()
                )
            );
        }
        for sub in &f.removed_subs {
            let (date, reason) = sub
                .removed
                .as_ref()
                .map(|r| (r.date.to_string(), r.reason.as_str()))
                .unwrap_or_default();
            out.push('\n');
            let _ = writeln!(
                out,
                "{}",
                t!(
                    "show-removed-sub",
                    sub = format!("{}.{}", f.id, sub.id),
                    title = sub.title.as_str(),
                    date = date,
                    reason = reason
                )
            );
        }
        out
    }
}

fn label(field: Field, language: Language) -> String {
    match language {
        Language::Zh => format!("{}：", field.label(language)),
        Language::En => format!("{}: ", field.label(language)),
    }
}

/// `2021-03-01 正在推进 → 已完成 制度已印发`.
pub fn log_line(entry: &LogEntry, language: Language) -> String {
    let mut line = match entry.date {
        Some(d) => d.to_string(),
        None => t!("show-undated"),
    };
    match (entry.from, entry.status) {
        (Some(from), Some(to)) => {
            let _ = write!(line, " {} → {}", from.label(language), to.label(language));
        }
        (None, Some(to)) => {
            let _ = write!(line, " {}", to.label(language));
        }
        (Some(from), None) => {
            let _ = write!(line, " {} →", from.label(language));
        }
        (None, None) => {}
    }
    if let Some(deadline) = entry.deadline {
        let _ = write!(
            line,
            " {}",
            match &entry.reason {
                Some(reason) => t!(
                    "show-log-extended-because",
                    deadline = deadline.to_string(),
                    reason = reason.as_str()
                ),
                None => t!("show-log-extended", deadline = deadline.to_string()),
            }
        );
    }
    if let Some(note) = &entry.note {
        let _ = write!(line, " {note}");
    }
    line
}
