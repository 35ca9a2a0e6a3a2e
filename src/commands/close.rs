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
            return Err(Error::Usage(format!("{flag} must not be empty")));
        }
    }
    let date = ctx.day(args.date.as_ref())?;
    let session = ctx.session()?;
    let report = session.report();
    let address = Address {
        finding: args.finding,
        measure: None,
    };
    let (finding, _) = resolve(report, address)?;
    if let Some(s) = &finding.signoff {
        return Err(Error::failed_with_help(
            format!(
                "finding {} is already signed off (已销号) on {} by {}",
                finding.id, s.date, s.by
            ),
            format!(
                "`rectify reopen {} --reason …` withdraws it first",
                finding.id
            ),
        ));
    }
    let open: Vec<String> = finding
        .measures
        .iter()
        .filter(|m| !m.status.is_completed())
        .map(|m| {
            format!(
                "{} ({})",
                m.address(finding.id),
                m.status.label(report.language)
            )
        })
        .collect();
    let has_evidence =
        !args.evidence.is_empty() || finding.measures.iter().any(|m| !m.evidence.is_empty());
    if !args.force {
        if !open.is_empty() {
            return Err(Error::failed_with_help(
                format!(
                    "finding {} cannot be signed off: measures {} are not completed",
                    finding.id,
                    open.join(", ")
                ),
                "finish them (`rectify update ADDRESS --status done`), or sign off anyway with --force --reason TEXT",
            ));
        }
        if !has_evidence {
            return Err(Error::failed_with_help(
                format!(
                    "finding {} cannot be signed off: it has no evidence (佐证材料)",
                    finding.id
                ),
                "give the sign-off's evidence with --evidence TEXT, or sign off anyway with --force --reason TEXT",
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
        .ok_or_else(|| Error::failed(format!("finding {} is not in {shown_path}", finding.id)))?;
    record.set("signoff", document::inline_table(&fields), FINDING_ORDER);
    let id = finding.id;
    let change = Change {
        command: format!("close {id}"),
        changes: vec![format!("{id} 销号: {date} {} {}", args.by, args.opinion)],
        files: vec![FileChange {
            path,
            before: Some(before.to_string()),
            after: document::render(&mut doc, before),
        }],
    };
    let by = args.by.clone();
    finish(
        ctx,
        session,
        change,
        args.dry_run,
        |_| format!("signed off finding {id} (已销号) on {date} by {by}\n"),
        id,
        &[],
    )
}

pub fn reopen(ctx: &Context, args: &ReopenArgs) -> Result<()> {
    if args.reason.trim().is_empty() {
        return Err(Error::Usage(
            "--reason must say why the sign-off is withdrawn".into(),
        ));
    }
    let date = ctx.day(args.date.as_ref())?;
    let session = ctx.session()?;
    let report = session.report();
    let address = Address {
        finding: args.finding,
        measure: None,
    };
    let (finding, _) = resolve(report, address)?;
    let Some(signoff) = &finding.signoff else {
        return Err(Error::failed_with_help(
            format!("finding {} is not signed off (销号)", finding.id),
            "only a signed-off finding can be reopened",
        ));
    };
    let (path, before) = session.file(finding.origin.file);
    let shown_path = path.display().to_string();
    let mut doc = document::parse(&shown_path, before)?;
    let mut record = document::finding_record(&mut doc, finding.id)
        .ok_or_else(|| Error::failed(format!("finding {} is not in {shown_path}", finding.id)))?;
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
        changes: vec![format!(
            "{id} 销号 withdrawn {date} (was {} by {}): {}",
            signoff.date, signoff.by, args.reason
        )],
        files: vec![FileChange {
            path,
            before: Some(before.to_string()),
            after: document::render(&mut doc, before),
        }],
    };
    finish(
        ctx,
        session,
        change,
        args.dry_run,
        |_| format!("reopened finding {id}: its sign-off is withdrawn\n"),
        id,
        &[],
    )
}
