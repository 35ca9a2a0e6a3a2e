//! `rectify report`: the progress report for a period, or the reminders (催办单), in a
//! format; on the screen, or to a file with `-o` (guarded and atomic, as the exports are).

use std::io::{IsTerminal, Write};

use crate::cli::{ReportArgs, ReportBy, ReportFormat, Since};
use crate::commands::Context;
use crate::date::{Date, Flag};
use crate::error::{Error, Result};
use crate::export::report::{self, Screen};
use crate::view::period::{PeriodError, PeriodSpec};
use crate::view::progress::{Baseline, GroupBy, ProgressReport, ReportOptions, SinceRevision};

mod office;

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
        return office::run(ctx, root, args);
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

/// The terminal's width: COLUMNS, else what comfy-table finds, else 120.
fn width() -> usize {
    if let Some(cols) = std::env::var("COLUMNS").ok().and_then(|c| c.parse().ok()) {
        return cols;
    }
    comfy_table::Table::new().width().map_or(120, usize::from)
}
