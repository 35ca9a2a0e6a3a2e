//! `rectify report` on a root of units without `--unit`: the inspection office's 汇总报告
//! (or one 催办通知 per unit), every unit's report built, summed and dropped in turn.

use std::io::{IsTerminal, Write};

use super::{resolve_period, width};
use crate::cli::{AsOf, ReportArgs, ReportFormat, Since, UnitsSort};
use crate::commands::Context;
use crate::date::Date;
use crate::error::{Error, Result};
use crate::export::report::{self, Screen};
use crate::load::root::Root;
use crate::view::office::{OfficeOptions, OfficeReport, UnitOrder};
use crate::view::progress::{Baseline, ProgressReport, ReportOptions, SinceRevision};
use crate::view::units::UnitCounts;

/// The office's report on a root (or its reminders, one per unit): every unit's report
/// built, taken into the sums and dropped in turn. A unit whose data has errors is named
/// with its problems, left out of the sums, and the command fails after the report is
/// written, as the root's workbook export does.
pub(super) fn run(ctx: &Context, root: &Root, args: &ReportArgs) -> Result<()> {
    let format_name = format!("{:?}", args.format).to_lowercase();
    // Departments and owners are a unit's: they need --unit.
    for (given, option) in [
        (args.department.is_some(), "--department"),
        (args.owner.is_some(), "--owner"),
        (args.by.is_some(), "--by"),
        (matches!(args.as_of, Some(AsOf::Revision(_))), "--as-of REV"),
    ] {
        if given {
            return Err(Error::failed_with_help(
                t!("report-root-option-needs-unit", option = option),
                t!("root-units-are", units = root.unit_list()),
            ));
        }
    }
    let output = args.output.as_ref().filter(|p| p.as_os_str() != "-");
    let target = match output {
        Some(path) => Some(crate::output::check_in_root(root, path)?),
        None => None,
    };
    if report::is_binary(args.format)
        && matches!(target, None | Some(crate::output::Target::Stdout))
        && std::io::stdout().is_terminal()
    {
        return Err(Error::Usage(t!(
            "export-binary-to-terminal",
            format = format_name
        )));
    }
    crate::output::diagnostics(&root.diagnostics, &root.sources, ctx.color);
    let as_of_day = match &args.as_of {
        Some(AsOf::Day(day)) => Some(*day),
        _ => None,
    };
    let today = as_of_day.unwrap_or(ctx.today);
    // `--since REV`: resolved in each unit's folder (units are often repositories of their
    // own); the period starts on the earliest of its days. A unit without it is named and
    // reported from that day; none with it is the same error as one unit's.
    let mut revisions: Vec<std::result::Result<crate::git::Revision, String>> = Vec::new();
    let mut revision_day = None;
    if let Some(Since::Revision(name)) = &args.since {
        let mut first_error = None;
        for unit in &root.units {
            match crate::git::resolve(&unit.dir, name) {
                Ok(revision) => {
                    revision_day =
                        Some(revision_day.map_or(revision.date, |d: Date| d.min(revision.date)));
                    revisions.push(Ok(revision));
                }
                Err(e) => {
                    revisions.push(Err(e.to_string()));
                    first_error.get_or_insert(e);
                }
            }
        }
        if revision_day.is_none() {
            if let Some(e) = first_error {
                return Err(e);
            }
        }
    }
    let period = resolve_period(args, revision_day, today)?;
    let settings = &root.settings;
    let order = match args.sort {
        None | Some(UnitsSort::Completion) => UnitOrder::Completion,
        Some(UnitsSort::Overdue) => UnitOrder::Overdue,
        Some(UnitsSort::Root) => UnitOrder::Root,
    };
    let mut office = OfficeReport::new(OfficeOptions {
        title: settings.report_title.clone().unwrap_or_else(|| {
            format!(
                "{}整改工作情况汇总报告",
                settings.round.as_deref().unwrap_or("巡察")
            )
        }),
        round: settings.round.clone(),
        issuer: settings
            .report_issuer
            .clone()
            .or(settings.authority.clone()),
        period,
        today,
        due_within: args.due_within,
        since_revision: match &args.since {
            Some(Since::Revision(name)) => Some(name.clone()),
            _ => None,
        },
        order,
        remind: args.remind,
    });
    let mut broken: Vec<String> = Vec::new();
    let mut index = 0;
    root.each_loaded(ctx.today, |unit, mut loaded| {
        let revision = revisions.get(index).cloned();
        index += 1;
        let label = unit.label();
        let errors = loaded.diagnostics.iter().filter(|d| d.is_error()).count();
        let warnings = loaded.diagnostics.len() - errors;
        let record = match loaded.report.take() {
            Some(record) if errors == 0 => record,
            _ => {
                crate::output::say(&t!("check-unit-heading", unit = label.as_str()));
                crate::output::diagnostics(&loaded.diagnostics, &loaded.sources, ctx.color);
                office.add_broken(&unit.name, &unit.display, errors, warnings);
                broken.push(label);
                return;
            }
        };
        drop(loaded);
        // The record as it stood on the --as-of day; a unit whose feedback came later had
        // nothing asked of it yet.
        let record = match crate::view::as_of::as_of(record, as_of_day, ctx.today) {
            Ok(then) => then.report,
            Err(e) => {
                crate::output::say(&t!(
                    "report-unit-before-feedback",
                    unit = label.as_str(),
                    feedback = e.feedback.to_string()
                ));
                office.add_not_yet_asked(&unit.display);
                return;
            }
        };
        if let Some(feedback) = record.inspection.feedback.filter(|f| period.end < *f) {
            crate::output::say(&t!(
                "report-unit-before-feedback",
                unit = label.as_str(),
                feedback = feedback.to_string()
            ));
            office.add_not_yet_asked(&unit.display);
            return;
        }
        let baseline = match (&args.since, revision) {
            (Some(Since::Revision(name)), Some(Ok(revision))) => {
                match unit_baseline(ctx, unit, &revision) {
                    Ok(record) => Some(Baseline {
                        revision: SinceRevision {
                            name: name.clone(),
                            commit: revision.commit.clone(),
                        },
                        record,
                    }),
                    Err(e) => {
                        crate::output::say(&t!(
                            "report-unit-no-revision",
                            unit = label.as_str(),
                            revision = name.as_str(),
                            reason = e.to_string(),
                            since = period.start.to_string()
                        ));
                        office.add_without_revision(&unit.display);
                        None
                    }
                }
            }
            (Some(Since::Revision(name)), reason) => {
                let reason = match reason {
                    Some(Err(why)) => why,
                    _ => t!("report-revision-not-in-unit"),
                };
                crate::output::say(&t!(
                    "report-unit-no-revision",
                    unit = label.as_str(),
                    revision = name.as_str(),
                    reason = reason,
                    since = period.start.to_string()
                ));
                office.add_without_revision(&unit.display);
                None
            }
            _ => None,
        };
        let options = ReportOptions {
            due_within: args.due_within,
            by: None,
            remind: None,
            remind_to: None,
            baseline,
        };
        let view = ProgressReport::build(&record, period, today, &options);
        let last_progress = UnitCounts::of_report(&record, period.end.min(today)).last_progress;
        office.add_unit(&unit.name, &unit.display, view, last_progress, warnings);
    });
    let office = office.finish();
    let screen = Screen {
        width: width(),
        color: args.format == ReportFormat::Terminal
            && output.is_none()
            && crate::output::stdout_color(ctx.color),
    };
    let bytes = report::render_office(args.format, &office, screen)?;
    let write = |out: &mut dyn Write| crate::export::write_all(&bytes, out);
    match output {
        Some(path) => crate::output::to_path(&ctx.data, path, write)?,
        None => crate::output::print_with(write)?,
    }
    crate::commands::root_outcome(root, &broken, |count, units| {
        Error::failed_with_help(
            t!("report-root-partial", count = count, units = units),
            t!("report-root-partial-help"),
        )
    })
}

/// A unit's record as a revision (resolved in its folder) has it.
fn unit_baseline(
    ctx: &Context,
    unit: &crate::load::root::Unit,
    revision: &crate::git::Revision,
) -> Result<crate::model::Report> {
    let unit_ctx = Context {
        data: unit.dir.clone(),
        root: None,
        unit: Some(unit.clone()),
        ..ctx.clone()
    };
    unit_ctx
        .report_at_revision(&revision.commit)
        .map(|(record, _)| record)
}
