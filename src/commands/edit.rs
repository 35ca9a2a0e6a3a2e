//! `rectify edit ADDRESS` and `rectify remove ADDRESS`, through [`crate::edit`].
//!
//! `edit` corrects a finding's title, description or category, or a measure's text. `remove`
//! never deletes: it marks the record `removed = { date, reason }`, a tombstone the loader
//! keeps out of every view and export, so its number is never given again (2.3 removed, the
//! next measure of finding 2 is 2.4) and the progress logs and journal that name it stay true.

use toml_edit::Value;

use crate::cli::{EditArgs, RemoveArgs};
use crate::commands::{resolve, Context};
use crate::edit::document::{self, date_value, Field, FINDING_ORDER, MEASURE_ORDER};
use crate::edit::{Change, Committed, FileChange, Session};
use crate::error::{Error, Result};
use crate::model::Language;

pub fn edit(ctx: &Context, args: &EditArgs) -> Result<()> {
    let on_measure = args.address.measure.is_some();
    let finding_options =
        args.title.is_some() || args.description.is_some() || args.category.is_some();
    match (on_measure, args.text.is_some(), finding_options) {
        (_, false, false) => return Err(Error::Usage(t!("edit-nothing-given"))),
        (true, _, true) => {
            return Err(Error::Usage(t!(
                "edit-finding-options-on-measure",
                id = args.address.finding
            )))
        }
        (false, true, _) => {
            return Err(Error::Usage(t!(
                "edit-text-on-finding",
                id = args.address.finding
            )))
        }
        _ => {}
    }
    let session = ctx.session()?;
    let report = session.report();
    let language = report.language;
    let (finding, measure) = resolve(report, args.address)?;
    if let Some(category) = &args.category {
        if report.category(category).is_none() {
            let ids: Vec<String> = report.categories.iter().map(|c| c.id.clone()).collect();
            return Err(Error::failed_with_help(
                t!("no-category", category = category.as_str()),
                t!("categories-are", ids = crate::i18n::join(&ids)),
            ));
        }
    }
    let (path, before) = session.file(finding.origin.file);
    let shown_path = path.display().to_string();
    let mut doc = document::parse(&shown_path, before)?;
    let mut changes = Vec::new();
    let address = args.address;
    if let Some(i) = measure {
        let m = &finding.measures[i];
        let finding_table = document::finding(&mut doc, finding.id)
            .ok_or_else(|| super::finding_not_in_file(finding.id, shown_path.as_str()))?;
        let mut record = document::measure(finding_table, m.number - 1)
            .ok_or_else(|| super::measure_not_in_file(address, shown_path.as_str()))?;
        if let Some(text) = &args.text {
            if *text != m.text {
                record.set("text", Value::from(text.as_str()), MEASURE_ORDER);
                changes.push(format!(
                    "{address} {}: {} → {text}",
                    Field::Text.label(language),
                    m.text
                ));
            }
        }
    } else {
        let mut record = document::finding_record(&mut doc, finding.id)
            .ok_or_else(|| super::finding_not_in_file(finding.id, shown_path.as_str()))?;
        let words = FindingWords::of(language);
        if let Some(title) = &args.title {
            if *title != finding.title {
                record.set("title", Value::from(title.as_str()), FINDING_ORDER);
                changes.push(format!(
                    "{address} {}: {} → {title}",
                    words.title, finding.title
                ));
            }
        }
        if let Some(description) = &args.description {
            let old = finding.description.clone().unwrap_or_default();
            if *description != old {
                if description.trim().is_empty() {
                    record.remove("description");
                } else {
                    record.set(
                        "description",
                        Value::from(description.as_str()),
                        FINDING_ORDER,
                    );
                }
                changes.push(format!(
                    "{address} {}: {old} → {description}",
                    words.description
                ));
            }
        }
        if let Some(category) = &args.category {
            if finding.category.as_deref() != Some(category.as_str()) {
                record.set("category", Value::from(category.as_str()), FINDING_ORDER);
                changes.push(format!(
                    "{address} {}: {} → {category}",
                    words.category,
                    finding.category.clone().unwrap_or_default()
                ));
            }
        }
    }
    let change = Change {
        command: format!("edit {address}"),
        changes: changes.clone(),
        files: vec![FileChange::edited(path, before, &mut doc)],
    };
    let finding_id = finding.id;
    let touched: Vec<usize> = measure.into_iter().collect();
    finish(
        ctx,
        session,
        change,
        args.dry_run,
        |written| match written {
            None => format!("{}\n", t!("edit-unchanged", address = address.to_string())),
            Some(_) => format!(
                "{}\n",
                t!(
                    "edited",
                    address = address.to_string(),
                    changes = changes.join(if crate::i18n::is_zh() { "；" } else { "; " })
                )
            ),
        },
        finding_id,
        &touched,
    )
}

pub fn remove(ctx: &Context, args: &RemoveArgs) -> Result<()> {
    if args.reason.trim().is_empty() {
        return Err(Error::Usage(t!("remove-no-reason")));
    }
    let date = ctx.day(args.date.as_ref())?;
    let session = ctx.session()?;
    let report = session.report();
    let (finding, measure) = resolve(report, args.address)?;
    let (path, before) = session.file(finding.origin.file);
    let shown_path = path.display().to_string();
    let mut doc = document::parse(&shown_path, before)?;
    let tombstone = document::inline_table(&[
        ("date", date_value(date)),
        ("reason", Value::from(args.reason.as_str())),
    ]);
    let address = args.address;
    let what = match measure {
        Some(i) => {
            // A finding keeps at least one measure: without any it would print as an empty
            // heading in the notice.
            if finding.measures.len() == 1 {
                return Err(Error::failed_with_help(
                    t!(
                        "remove-last-measure",
                        address = address.to_string(),
                        id = finding.id
                    ),
                    t!("remove-last-measure-help", id = finding.id),
                ));
            }
            let m = &finding.measures[i];
            let finding_table = document::finding(&mut doc, finding.id)
                .ok_or_else(|| super::finding_not_in_file(finding.id, shown_path.as_str()))?;
            let mut record = document::measure(finding_table, m.number - 1)
                .ok_or_else(|| super::measure_not_in_file(address, shown_path.as_str()))?;
            record.set("removed", tombstone, MEASURE_ORDER);
            t!("removed-measure", address = address.to_string())
        }
        None => {
            let mut record = document::finding_record(&mut doc, finding.id)
                .ok_or_else(|| super::finding_not_in_file(finding.id, shown_path.as_str()))?;
            record.set("removed", tombstone, document::FINDING_ORDER);
            t!("removed-finding", address = address.to_string())
        }
    };
    let change = Change {
        command: format!("remove {address}"),
        changes: vec![t!(
            "journal-removed",
            address = address.to_string(),
            date = date.to_string(),
            reason = args.reason.as_str()
        )],
        files: vec![FileChange::edited(path, before, &mut doc)],
    };
    let reason = args.reason.clone();
    let finding_id = finding.id;
    finish(
        ctx,
        session,
        change,
        args.dry_run,
        |_| format!("{}\n", t!("removed", what = what, reason = reason)),
        finding_id,
        &[],
    )
}

/// Commits `change` and prints the result: the diff of a dry run, or `message` (given
/// `None` when nothing changed), then the warnings the write leaves on the touched measures.
pub fn finish(
    ctx: &Context,
    session: Session,
    change: Change,
    dry_run: bool,
    message: impl FnOnce(Option<u64>) -> String,
    finding: u32,
    touched: &[usize],
) -> Result<()> {
    match session.commit(change, dry_run)? {
        Committed::DryRun(diff) => {
            crate::output::say(&t!("dry-run-nothing-written"));
            crate::output::print(&diff)
        }
        Committed::Unchanged => crate::output::print(&message(None)),
        Committed::Written(seq, after) => {
            crate::output::print(&message(Some(seq)))?;
            ctx.warn_about(&after, finding, touched);
            Ok(())
        }
    }
}

/// A finding's fields as the journal names them.
struct FindingWords {
    title: &'static str,
    description: &'static str,
    category: &'static str,
}

impl FindingWords {
    fn of(language: Language) -> FindingWords {
        match language {
            Language::Zh => FindingWords {
                title: "问题",
                description: "问题描述",
                category: "方面",
            },
            Language::En => FindingWords {
                title: "title",
                description: "description",
                category: "category",
            },
        }
    }
}
