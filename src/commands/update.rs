//! `rectify update ADDRESS`: change a measure (`4.2`) or every measure of a finding (`4`) in
//! place, through [`crate::edit`], and log the change in the measure's progress log.
//!
//! A progress log entry (`[[finding.measure.log]]`: date, from, status, note) is appended
//! when the status changes or a note is given; other changes (owner, deadline…) are recorded
//! in the journal (`rectify history`) and logged too when a note says why.
//!
//! On a finding, each option applies where it makes sense: `--deadline` only to measures not
//! yet completed, `--done` only to measures that are (or become) done, the rest to every
//! measure that does not already have the value.

use crate::cli::UpdateArgs;
use crate::commands::resolve;
use crate::commands::Context;
use crate::date::{Date, When};
use crate::edit::document::{
    self, date_value, when_value, Field, Record, LOG_ORDER, MEASURE_ORDER,
};
use crate::edit::{Change, Committed, FileChange, Session};
use crate::error::{Error, Result};
use crate::model::{Language, Measure, Status};
use toml_edit::Value;

pub fn run(ctx: &Context, args: &UpdateArgs) -> Result<()> {
    let nothing = args.status.is_none()
        && args.date.is_none()
        && args.done.is_none()
        && args.owner.is_none()
        && args.department.is_none()
        && args.deadline.is_none()
        && args.evidence.is_none()
        && args.note.is_none();
    if nothing {
        return Err(Error::Usage(t!("update-nothing-given")));
    }
    // Dates are made definite before the lock is taken: a bad one is a usage error.
    let dates = Dates {
        log: ctx.day(args.date.as_ref())?,
        done: args.done.as_ref().map(|d| ctx.when(d)).transpose()?,
        deadline: args.deadline.as_ref().map(|d| ctx.when(d)).transpose()?,
    };
    if dates.done == Some(None) {
        return Err(Error::Usage(t!("update-done-long-term")));
    }
    let session = ctx.session()?;
    let (
        change,
        Summary {
            targets,
            changed,
            fields,
            lines,
            touched,
        },
    ) = plan(&session, &dates, args)?;
    let address = args.address;
    match session.commit(change, args.dry_run)? {
        Committed::Unchanged => {
            let mut line = if address.measure.is_some() {
                t!("update-unchanged-measure", address = address.to_string())
            } else {
                t!("update-unchanged-finding", address = address.to_string())
            };
            if address.measure.is_none() && (args.deadline.is_some() || args.done.is_some()) {
                line.push_str(&t!("update-unchanged-finding-skips"));
            }
            crate::output::print(&format!("{line}\n"))
        }
        Committed::DryRun(diff) => {
            crate::output::say(&t!("dry-run-nothing-written"));
            crate::output::print(&diff)
        }
        Committed::Written(_, after) => {
            let line = if address.measure.is_some() {
                let separator = if crate::i18n::is_zh() { "；" } else { "; " };
                t!(
                    "updated-measure",
                    address = address.to_string(),
                    changes = lines.join(separator)
                )
            } else {
                t!(
                    "updated-finding",
                    address = address.to_string(),
                    changed = changed,
                    targets = targets,
                    changes = crate::i18n::join(&fields)
                )
            };
            let line = format!("{line}\n");
            crate::output::print(&line)?;
            ctx.warn_about(&after, address.finding, &touched);
            Ok(())
        }
    }
}

/// What an update did, for its one-line report.
struct Summary {
    targets: usize,
    changed: usize,
    /// Short descriptions of the changes, without repeats: `状态 → 已完成`.
    fields: Vec<String>,
    /// Every change with its old value: `状态: 正在推进 → 已完成`.
    lines: Vec<String>,
    /// The measures changed (0-based indices in the finding).
    touched: Vec<usize>,
}

/// The dates of an update, made definite: the log entry's day, the done date, the deadline
/// (`Some(None)`: 长期, no deadline).
struct Dates {
    log: Date,
    done: Option<Option<When>>,
    deadline: Option<Option<When>>,
}

fn plan(session: &Session, dates: &Dates, args: &UpdateArgs) -> Result<(Change, Summary)> {
    let report = session.report();
    // What the update says it did (and the journal keeps) is in the interface language.
    let language = crate::i18n::language();
    let (finding, measure) = resolve(report, args.address)?;
    let indices: Vec<usize> = match measure {
        Some(i) => vec![i],
        // `4.a`: the measures of that sub-problem; `4`: all of them.
        None => (0..finding.measures.len())
            .filter(|i| args.address.sub.is_none() || finding.measures[*i].sub == args.address.sub)
            .collect(),
    };
    let whole_finding = measure.is_none();
    let (path, before) = session.file(finding.origin.file);
    let shown_path = path.display().to_string();
    let mut doc = document::parse(&shown_path, before)?;
    let finding_table = document::finding(&mut doc, finding.id)
        .ok_or_else(|| super::finding_not_in_file(finding.id, &shown_path))?;
    let mut changes = Vec::new();
    let mut fields: Vec<String> = Vec::new();
    let mut lines: Vec<String> = Vec::new();
    let mut touched = Vec::new();
    for i in &indices {
        let measure = &finding.measures[*i];
        let address = measure.address(finding.id).to_string();
        let mut record = document::measure_in(&mut *finding_table, measure.sub, measure.number - 1)
            .ok_or_else(|| super::measure_not_in_file(&address, &shown_path))?;
        let edits = edit_measure(&mut record, measure, args, dates, whole_finding, language);
        if !edits.is_empty() {
            touched.push(*i);
        }
        for (journal_line, short) in edits {
            changes.push(format!("{address} {journal_line}"));
            lines.push(journal_line);
            if !fields.contains(&short) {
                fields.push(short);
            }
        }
    }
    let change = Change {
        command: format!("update {}", args.address),
        changes,
        files: vec![FileChange::edited(path, before, &mut doc)],
    };
    Ok((
        change,
        Summary {
            targets: indices.len(),
            changed: touched.len(),
            fields,
            lines,
            touched,
        },
    ))
}

/// Applies the options to one measure; returns (journal line, short description) per change.
fn edit_measure(
    record: &mut Record,
    measure: &Measure,
    args: &UpdateArgs,
    dates: &Dates,
    whole_finding: bool,
    language: Language,
) -> Vec<(String, String)> {
    let today = dates.log;
    let mut out = Vec::new();
    let mut note = |field: Field, old: Option<String>, new: Option<String>| {
        let none = t!("value-none");
        let old = old.unwrap_or_else(|| none.clone());
        let new_text = new.unwrap_or_else(|| none.clone());
        let label = field.label(language);
        let colon = if language == Language::Zh {
            "："
        } else {
            ": "
        };
        out.push((
            format!("{label}{colon}{old} → {new_text}"),
            format!("{label} → {new_text}"),
        ));
    };

    // Status, written in the form the file uses (key or Chinese label).
    let as_label = record
        .get("status")
        .and_then(Value::as_str)
        .is_some_and(|s| Status::ALL.iter().any(|st| st.label(Language::Zh) == s));
    let status_text = |s: Status| {
        if as_label {
            s.label(Language::Zh).to_string()
        } else {
            s.key().to_string()
        }
    };
    let old_status = measure.status;
    let new_status = args.status.unwrap_or(old_status);
    let status_changed = new_status != old_status;
    if status_changed {
        record.set(
            "status",
            Value::from(status_text(new_status)),
            MEASURE_ORDER,
        );
        note(
            Field::Status,
            Some(old_status.label(language).into()),
            Some(new_status.label(language).into()),
        );
    }

    // Done date: as given, else today when the measure becomes done; a measure put back in
    // progress loses it (a done date on an open measure reads as a contradiction).
    let old_done = match (measure.done, measure.done_unrecorded) {
        (Some(d), _) => Some(d.to_string()),
        // Said in words: the key `unrecorded` is the file's, not the user's.
        (None, true) => Some(t!("value-done-unrecorded")),
        (None, false) => None,
    };
    let done_applies = !whole_finding || new_status == Status::Done;
    let new_done = match dates.done {
        Some(Some(d)) if done_applies => Some(d),
        _ if status_changed && new_status == Status::Done => Some(When::Day(today)),
        _ => None,
    };
    if let Some(d) = new_done {
        if measure.done != Some(d) {
            record.set("done", when_value(d), MEASURE_ORDER);
            note(Field::Done, old_done, Some(d.to_string()));
        }
    } else if status_changed
        && (matches!(new_status, Status::InProgress | Status::NotStarted)
            // `"unrecorded"` says "done, date unknown": only a completed measure has it.
            || (measure.done_unrecorded && !new_status.is_completed()))
        && record.remove("done")
    {
        note(Field::Done, old_done, None);
    }

    for (field, value, old) in [
        (Field::Owner, &args.owner, &measure.owner),
        (Field::Department, &args.department, &measure.department),
    ] {
        if let Some(value) = value {
            if old.as_deref() != Some(value.as_str()) {
                record.set(field.key(), Value::from(value.as_str()), MEASURE_ORDER);
                note(field, old.clone(), Some(value.clone()));
            }
        }
    }

    // A deadline moved after it passed, or with a reason, is an extension (延期): the first
    // deadline is kept in `deadline_original` and the log says when, to what and why.
    let mut extended: Option<When> = None;
    if let Some(deadline) = dates.deadline {
        let applies = !whole_finding || !new_status.is_completed();
        if applies && measure.deadline != deadline {
            match (deadline, measure.deadline) {
                // Only a later deadline extends; an earlier one is a correction.
                (Some(new), old)
                    if old.is_none_or(|o| new.latest() > o.latest())
                        && (args.reason.is_some() || old.is_some_and(|o| o.latest() < today)) =>
                {
                    if let Some(old) = old {
                        if measure.deadline_original.is_none() {
                            record.set("deadline_original", when_value(old), MEASURE_ORDER);
                        }
                    }
                    extended = Some(new);
                }
                // Moved back to (or before) the original: the extension is taken back.
                (Some(new), _)
                    if measure
                        .deadline_original
                        .is_some_and(|o| new.latest() <= o.latest()) =>
                {
                    record.remove("deadline_original");
                }
                _ => {}
            }
            match deadline {
                Some(new) => record.set("deadline", when_value(new), MEASURE_ORDER),
                None => {
                    record.remove("deadline");
                    record.remove("deadline_original");
                }
            }
            let label = if extended.is_some() && measure.deadline.is_some() {
                crate::t_in!(language, "journal-extended")
            } else {
                Field::Deadline.label(language).to_string()
            };
            let old = measure
                .deadline
                .map_or_else(|| t!("value-none"), |d| d.to_string());
            let new = deadline.map_or_else(
                || crate::t_in!(language, "journal-long-term"),
                |d| d.to_string(),
            );
            let colon = if language == Language::Zh {
                "："
            } else {
                ": "
            };
            out.push((
                format!("{label}{colon}{old} → {new}"),
                format!("{label} → {new}"),
            ));
        }
    }

    if let Some(evidence) = &args.evidence {
        if record.add_evidence(evidence) {
            let label = Field::Evidence.label(language);
            let colon = if language == Language::Zh {
                "："
            } else {
                ": "
            };
            out.push((
                format!("{label}{colon}+ {evidence}"),
                format!("{label} + {evidence}"),
            ));
        }
    }

    if status_changed || args.note.is_some() || extended.is_some() {
        let mut entry: Vec<(&str, Value)> = vec![("date", date_value(today))];
        if status_changed {
            entry.push(("from", Value::from(status_text(old_status))));
        }
        if status_changed || extended.is_none() {
            entry.push(("status", Value::from(status_text(new_status))));
        }
        if let Some(new) = extended {
            entry.push(("deadline", when_value(new)));
            if let Some(reason) = &args.reason {
                entry.push(("reason", Value::from(reason.as_str())));
            }
        }
        if let Some(text) = &args.note {
            entry.push(("note", Value::from(text.as_str())));
        }
        entry.sort_by_key(|(k, _)| LOG_ORDER.iter().position(|o| o == k));
        // Kept in date order: a back-dated entry goes before the later ones.
        let at = measure
            .log
            .iter()
            .rposition(|e| e.date.is_none_or(|d| d <= today))
            .map_or(0, |i| i + 1);
        record.insert_log(at, &entry);
        let label = Field::Log.label(language);
        let text = args.note.as_deref().unwrap_or("");
        let colon = if language == Language::Zh {
            "："
        } else {
            ": "
        };
        out.push((
            format!("{label}{colon}+ {today} {text}")
                .trim_end()
                .to_string(),
            format!("{label} +1"),
        ));
    }
    out
}
