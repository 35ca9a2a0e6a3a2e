//! `rectify report`: the progress report for a period, or the reminders (催办单), in a
//! format; on the screen, or to a file with `-o` (guarded and atomic, as the exports are).

use std::io::{IsTerminal, Write};

use crate::cli::{AsOf, ReportArgs, ReportBy, ReportFormat, Since, UnitsSort};
use crate::commands::Context;
use crate::date::{Date, Flag};
use crate::error::{Error, Result};
use crate::export::report::{self, Screen};
use crate::load::root::Root;
use crate::view::office::{OfficeOptions, OfficeReport, UnitOrder};
use crate::view::period::{PeriodError, PeriodSpec};
use crate::view::progress::{Baseline, GroupBy, ProgressReport, ReportOptions, SinceRevision};
use crate::view::units::UnitCounts;

/// The period the options name (the one place `report`'s period options are read); a
/// revision given to `--since` has been resolved to `revision_day`.
pub fn period_spec(args: &ReportArgs, revision_day: Option<Date>) -> PeriodSpec {
    match (&args.since, revision_day) {
        (Some(_), Some(day)) => PeriodSpec::Between {
            since: Flag(day.to_string()),
            until: args.until.clone(),
        },
        (Some(Since::Date(since)), None) => PeriodSpec::Between {
            since: since.clone(),
            until: args.until.clone(),
        },
        (Some(Since::Revision(_)), None) => PeriodSpec::ThisMonth,
        (None, _) if args.week => PeriodSpec::ThisWeek,
        (None, _) if args.last_week => PeriodSpec::LastWeek,
        (None, _) if args.last_month => PeriodSpec::LastMonth,
        (None, _) => PeriodSpec::ThisMonth,
    }
}

fn group(by: ReportBy) -> GroupBy {
    match by {
        ReportBy::Department => GroupBy::Department,
        ReportBy::Owner => GroupBy::Owner,
    }
}

pub fn run(ctx: &Context, args: &ReportArgs) -> Result<()> {
    if let Some(root) = &ctx.root {
        return run_root(ctx, root, args);
    }
    let format_name = format!("{:?}", args.format).to_lowercase();
    let output = args.output.as_ref().filter(|p| p.as_os_str() != "-");
    // Checked before the data is loaded: a refused path costs nothing.
    let target = match output {
        Some(path) => Some(crate::output::check(&ctx.data, path)?),
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
    let (record, today, _) = ctx.report_at(args.as_of.as_ref())?;
    // `--since REV`: the period starts on the revision's day, and its record is the baseline.
    let baseline = match &args.since {
        Some(Since::Revision(name)) => {
            let (record, revision) = ctx.report_at_revision(name)?;
            let baseline = Baseline {
                revision: SinceRevision {
                    name: name.clone(),
                    commit: revision.commit,
                },
                record,
            };
            Some((baseline, revision.date))
        }
        _ => None,
    };
    let revision_day = baseline.as_ref().map(|(_, day)| *day);
    let period = resolve_period(args, revision_day, today)?;
    // Nothing was asked of the unit before the feedback: the same refusal as `--as-of`.
    if let Some(feedback) = record.inspection.feedback.filter(|f| period.end < *f) {
        return Err(Error::failed_with_help(
            t!(
                "report-before-feedback",
                until = period.end.to_string(),
                feedback = feedback.to_string()
            ),
            t!(
                "report-before-feedback-help",
                feedback = feedback.to_string()
            ),
        ));
    }
    let remind = args.remind.then(|| {
        if args.owner.is_some() {
            GroupBy::Owner
        } else if args.department.is_some() {
            GroupBy::Department
        } else {
            args.by.map_or(GroupBy::Department, group)
        }
    });
    let remind_to = args.department.clone().or(args.owner.clone());
    if let (Some(by), Some(to)) = (remind, &remind_to) {
        let names = ProgressReport::reminder_names(&record, by);
        if !names.contains(to) {
            let listed = if names.is_empty() {
                t!("report-none-named")
            } else {
                crate::i18n::join(&names)
            };
            let (message, help) = match by {
                GroupBy::Department => (
                    t!("report-no-department", name = to.as_str()),
                    t!("report-departments-are", names = listed),
                ),
                GroupBy::Owner => (
                    t!("report-no-owner", name = to.as_str()),
                    t!("report-owners-are", names = listed),
                ),
            };
            return Err(Error::failed_with_help(message, help));
        }
    }
    let options = ReportOptions {
        due_within: args.due_within,
        by: if args.remind {
            None
        } else {
            args.by.map(group)
        },
        remind,
        remind_to,
        baseline: baseline.map(|(b, _)| b),
    };
    let view = ProgressReport::build(&record, period, today, &options);
    if let Some(reminders) = view.reminders.as_ref().filter(|r| !r.unassigned.is_empty()) {
        let addresses = crate::i18n::join(&reminders.unassigned);
        let count = reminders.unassigned.len();
        crate::output::warn(&match reminders.by {
            GroupBy::Department => t!(
                "report-remind-unassigned-department",
                count = count,
                addresses = addresses
            ),
            GroupBy::Owner => t!(
                "report-remind-unassigned-owner",
                count = count,
                addresses = addresses
            ),
        });
    }
    let screen = Screen {
        width: width(),
        color: args.format == ReportFormat::Terminal
            && output.is_none()
            && crate::output::stdout_color(ctx.color),
    };
    let bytes = report::render(args.format, &view, &record, screen)?;
    let write = |out: &mut dyn Write| crate::export::write_all(&bytes, out);
    match output {
        Some(path) => crate::output::to_path(&ctx.data, path, write),
        None => crate::output::print_with(write),
    }
}

/// The period the options name, resolved against `today`; a wrong one is the user's error.
fn resolve_period(
    args: &ReportArgs,
    revision_day: Option<Date>,
    today: Date,
) -> Result<crate::view::period::Period> {
    period_spec(args, revision_day)
        .resolve(today)
        .map_err(|e| match e {
            PeriodError::Date(why) => Error::Usage(why),
            PeriodError::Reversed { start, end } => Error::Usage(t!(
                "report-period-reversed",
                since = start.to_string(),
                until = end.to_string()
            )),
            PeriodError::Future { start, today } => Error::failed(t!(
                "report-period-future",
                since = start.to_string(),
                today = today.to_string()
            )),
        })
}

/// The office's report on a root (or its reminders, one per unit): every unit's report
/// built, taken into the sums and dropped in turn. A unit whose data has errors is named
/// with its problems, left out of the sums, and the command fails after the report is
/// written, as the root's workbook export does.
fn run_root(ctx: &Context, root: &Root, args: &ReportArgs) -> Result<()> {
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
    super::root_outcome(root, &broken, |count, units| {
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

/// The terminal's width: COLUMNS, else what comfy-table finds, else 120.
fn width() -> usize {
    if let Some(cols) = std::env::var("COLUMNS").ok().and_then(|c| c.parse().ok()) {
        return cols;
    }
    comfy_table::Table::new().width().map_or(120, usize::from)
}
