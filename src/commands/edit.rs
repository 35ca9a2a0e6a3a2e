//! `rectify edit ADDRESS` and `rectify remove ADDRESS`, through [`crate::edit`].
//!
//! `edit` corrects a finding's title, description or category, or a measure's text. `remove`
//! never deletes: it marks the record `removed = { date, reason }`, a tombstone the loader
//! keeps out of every view and export, so its number is never given again (2.3 removed, the
//! next measure of finding 2 is 2.4) and the progress logs and journal that name it stay true.

use toml_edit::Value;

use crate::cli::{EditArgs, RemoveArgs};
use crate::commands::{resolve, Context};
use crate::edit::document::{self, date_value, Field, FINDING_ORDER, MEASURE_ORDER, SUB_ORDER};
use crate::edit::{Change, Committed, FileChange, Session};
use crate::error::{Error, Result};
use crate::model::{Address, Language};

pub fn edit(ctx: &Context, args: &EditArgs) -> Result<()> {
    let address = args.address;
    let on_measure = address.measure.is_some();
    let on_sub = address.sub.is_some() && !on_measure;
    let finding_options =
        args.title.is_some() || args.description.is_some() || args.category.is_some();
    match (on_measure, args.text.is_some(), finding_options) {
        (_, false, false) => return Err(Error::Usage(t!("edit-nothing-given"))),
        (true, _, true) => {
            return Err(Error::Usage(t!(
                "edit-finding-options-on-measure",
                id = address.finding
            )))
        }
        (false, true, _) if on_sub => {
            return Err(Error::Usage(t!(
                "edit-text-on-sub",
                sub = address.to_string()
            )))
        }
        (false, true, _) => {
            return Err(Error::Usage(t!(
                "edit-text-on-finding",
                id = address.finding
            )))
        }
        _ => {}
    }
    if on_sub && args.category.is_some() {
        return Err(Error::Usage(t!(
            "edit-category-on-sub",
            sub = address.to_string(),
            id = address.finding
        )));
    }
    let session = ctx.session()?;
    let report = session.report();
    let language = report.language;
    let (finding, measure) = resolve(report, address)?;
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
    let words = FindingWords::of(language, on_sub);
    let finding_table = document::finding(&mut doc, finding.id)
        .ok_or_else(|| super::finding_not_in_file(finding.id, shown_path.as_str()))?;
    if let Some(i) = measure {
        let m = &finding.measures[i];
        let mut record = document::measure_in(finding_table, m.sub, m.number - 1)
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
    } else if let Some(letter) = address.sub {
        // A sub-problem (4.a): its title and description, as a finding's.
        let sub = finding
            .subs
            .iter()
            .find(|s| s.id == letter)
            .ok_or_else(|| super::measure_not_in_file(address, shown_path.as_str()))?;
        let mut record = document::sub_record(finding_table, letter)
            .ok_or_else(|| super::measure_not_in_file(address, shown_path.as_str()))?;
        edit_texts(
            &mut record,
            SUB_ORDER,
            address,
            &words,
            (&sub.title, sub.description.as_deref()),
            args,
            &mut changes,
        );
    } else {
        let mut record = document::finding_record(&mut doc, finding.id)
            .ok_or_else(|| super::finding_not_in_file(finding.id, shown_path.as_str()))?;
        edit_texts(
            &mut record,
            FINDING_ORDER,
            address,
            &words,
            (&finding.title, finding.description.as_deref()),
            args,
            &mut changes,
        );
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

/// Sets the title and description a finding or a sub-problem has (`old`) to those asked for,
/// naming each change for the journal; an empty description removes it.
fn edit_texts(
    record: &mut document::Record<'_>,
    order: &[&str],
    address: Address,
    words: &FindingWords,
    old: (&str, Option<&str>),
    args: &EditArgs,
    changes: &mut Vec<String>,
) {
    let (old_title, old_description) = old;
    if let Some(title) = &args.title {
        if title != old_title {
            record.set("title", Value::from(title.as_str()), order);
            changes.push(format!("{address} {}: {old_title} → {title}", words.title));
        }
    }
    if let Some(description) = &args.description {
        let old = old_description.unwrap_or_default();
        if description != old {
            if description.trim().is_empty() {
                record.remove("description");
            } else {
                record.set("description", Value::from(description.as_str()), order);
            }
            changes.push(format!(
                "{address} {}: {old} → {description}",
                words.description
            ));
        }
    }
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
    let what = match (measure, address.sub) {
        (Some(i), _) => {
            let m = &finding.measures[i];
            // A finding keeps at least one measure: without any it would print as an empty
            // heading in the notice. So does a sub-problem.
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
            if let Some(sub) = m.sub {
                if finding.group(Some(sub)).count() == 1 {
                    let sub = format!("{}.{sub}", finding.id);
                    return Err(Error::failed_with_help(
                        t!(
                            "remove-last-sub-measure",
                            address = address.to_string(),
                            sub = sub.as_str()
                        ),
                        t!("remove-last-sub-measure-help", sub = sub.as_str()),
                    ));
                }
            }
            let finding_table = document::finding(&mut doc, finding.id)
                .ok_or_else(|| super::finding_not_in_file(finding.id, shown_path.as_str()))?;
            let mut record = document::measure_in(finding_table, m.sub, m.number - 1)
                .ok_or_else(|| super::measure_not_in_file(address, shown_path.as_str()))?;
            record.set("removed", tombstone, MEASURE_ORDER);
            t!("removed-measure", address = address.to_string())
        }
        (None, Some(sub)) => {
            // A sub-problem goes with its measures; the finding must keep one measure.
            if finding.measures.iter().all(|m| m.sub == Some(sub)) {
                return Err(Error::failed_with_help(
                    t!(
                        "remove-last-sub",
                        sub = address.to_string(),
                        id = finding.id
                    ),
                    t!("remove-last-measure-help", id = finding.id),
                ));
            }
            let finding_table = document::finding(&mut doc, finding.id)
                .ok_or_else(|| super::finding_not_in_file(finding.id, shown_path.as_str()))?;
            let mut record = document::sub_record(finding_table, sub)
                .ok_or_else(|| super::measure_not_in_file(address, shown_path.as_str()))?;
            record.set("removed", tombstone, SUB_ORDER);
            t!("removed-sub", address = address.to_string())
        }
        (None, None) => {
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
    /// The words for a finding's fields, or a sub-problem's (`sub`).
    fn of(language: Language, sub: bool) -> FindingWords {
        match (language, sub) {
            (Language::Zh, false) => FindingWords {
                title: "问题",
                description: "问题描述",
                category: "方面",
            },
            (Language::Zh, true) => FindingWords {
                title: "子问题",
                description: "子问题描述",
                category: "方面",
            },
            (Language::En, _) => FindingWords {
                title: "title",
                description: "description",
                category: "category",
            },
        }
    }
}
