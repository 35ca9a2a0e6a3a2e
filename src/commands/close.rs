//! `rectify close N` (销号) and `rectify reopen N`, through [`crate::edit`].
//!
//! A sign-off is written on the finding as `signoff = { date, by, opinion, evidence, reason }`.
//! It is refused while a measure is not completed (done or 长期坚持) or when neither the
//! sign-off nor any measure gives evidence, unless `--force` with a `--reason`, which is kept.
//! `reopen` removes the sign-off and appends `{ date, reason }` to the finding's `reopened`.

use toml_edit::Value;

use crate::cli::{CloseArgs, ReopenArgs};
use crate::commands::edit::finish;
use crate::commands::{resolve, Context};
use crate::edit::document::{self, date_value, FINDING_ORDER};
use crate::edit::{Change, FileChange};
use crate::error::{Error, Result};
use crate::model::Address;

pub fn close(ctx: &Context, args: &CloseArgs) -> Result<()> {
    for (flag, text) in [("--by", &args.by), ("--opinion", &args.opinion)] {
        if text.trim().is_empty() {
            return Err(Error::Usage(t!("flag-empty", flag = flag)));
        }
    }
    let date = ctx.day(args.date.as_ref())?;
    let session = ctx.session()?;
    let report = session.report();
    let address = Address::of_finding(args.finding);
    let (finding, _) = resolve(report, address)?;
    if let Some(s) = &finding.signoff {
        return Err(Error::failed_with_help(
            t!(
                "close-already",
                id = finding.id,
                date = s.date.to_string(),
                by = s.by.as_str()
            ),
            t!("close-already-help", id = finding.id),
        ));
    }
    let open: Vec<String> = finding
        .measures
        .iter()
        .filter(|m| !m.status.is_completed())
        .map(|m| {
            t!(
                "close-open-measure",
                address = m.address(finding.id).to_string(),
                status = m.status.label(crate::i18n::language())
            )
        })
        .collect();
    let has_evidence =
        !args.evidence.is_empty() || finding.measures.iter().any(|m| !m.evidence.is_empty());
    if !args.force {
        if !open.is_empty() {
            return Err(Error::failed_with_help(
                t!(
                    "close-open-measures",
                    id = finding.id,
                    measures = crate::i18n::join(&open)
                ),
                t!("close-open-measures-help"),
            ));
        }
        if !has_evidence {
            return Err(Error::failed_with_help(
                t!("close-no-evidence", id = finding.id),
                t!("close-no-evidence-help"),
            ));
        }
    }
    let mut fields: Vec<(&str, Value)> = vec![
        ("date", date_value(date)),
        ("by", Value::from(args.by.as_str())),
        ("opinion", Value::from(args.opinion.as_str())),
    ];
    if !args.evidence.is_empty() {
        fields.push(("evidence", document::string_list(&args.evidence)));
    }
    if let Some(reason) = &args.reason {
        fields.push(("reason", Value::from(reason.as_str())));
    }
    let (path, before) = session.file(finding.origin.file);
    let shown_path = path.display().to_string();
    let mut doc = document::parse(&shown_path, before)?;
    let mut record = document::finding_record(&mut doc, finding.id)
        .ok_or_else(|| super::finding_not_in_file(finding.id, shown_path.as_str()))?;
    record.set("signoff", document::inline_table(&fields), FINDING_ORDER);
    let id = finding.id;
    let change = Change {
        command: format!("close {id}"),
        changes: vec![t!(
            "journal-closed",
            id = id,
            date = date.to_string(),
            by = args.by.as_str(),
            opinion = args.opinion.as_str()
        )],
        files: vec![FileChange::edited(path, before, &mut doc)],
    };
    let by = args.by.clone();
    finish(
        ctx,
        session,
        change,
        args.dry_run,
        |_| {
            format!(
                "{}\n",
                t!("closed", id = id, date = date.to_string(), by = by)
            )
        },
        id,
        &[],
    )
}

pub fn reopen(ctx: &Context, args: &ReopenArgs) -> Result<()> {
    if args.reason.trim().is_empty() {
        return Err(Error::Usage(t!("reopen-no-reason")));
    }
    let date = ctx.day(args.date.as_ref())?;
    let session = ctx.session()?;
    let report = session.report();
    let address = Address::of_finding(args.finding);
    let (finding, _) = resolve(report, address)?;
    let Some(signoff) = &finding.signoff else {
        return Err(Error::failed_with_help(
            t!("reopen-not-closed", id = finding.id),
            t!("reopen-not-closed-help"),
        ));
    };
    let (path, before) = session.file(finding.origin.file);
    let shown_path = path.display().to_string();
    let mut doc = document::parse(&shown_path, before)?;
    let mut record = document::finding_record(&mut doc, finding.id)
        .ok_or_else(|| super::finding_not_in_file(finding.id, shown_path.as_str()))?;
    record.remove("signoff");
    record.push_to_list(
        "reopened",
        document::inline_table(&[
            ("date", date_value(date)),
            ("reason", Value::from(args.reason.as_str())),
        ]),
        FINDING_ORDER,
    );
    let id = finding.id;
    let change = Change {
        command: format!("reopen {id}"),
        changes: vec![t!(
            "journal-reopened",
            id = id,
            date = date.to_string(),
            closed = signoff.date.to_string(),
            by = signoff.by.as_str(),
            reason = args.reason.as_str()
        )],
        files: vec![FileChange::edited(path, before, &mut doc)],
    };
    finish(
        ctx,
        session,
        change,
        args.dry_run,
        |_| format!("{}\n", t!("reopened", id = id)),
        id,
        &[],
    )
}
