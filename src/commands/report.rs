//! `rectify report`: the progress report for a period, or the reminders (催办单), in a
//! format; on the screen, or to a file with `-o` (guarded and atomic, as the exports are).

use std::io::{IsTerminal, Write};

use crate::cli::{ReportArgs, ReportBy, ReportFormat};
use crate::commands::Context;
use crate::error::{Error, Result};
use crate::export::report::{self, Screen};
use crate::view::period::{PeriodError, PeriodSpec};
use crate::view::progress::{GroupBy, ProgressReport, ReportOptions};

/// The period the options name (the one place `report`'s period options are read).
pub fn period_spec(args: &ReportArgs) -> PeriodSpec {
    match &args.since {
        Some(since) => PeriodSpec::Between {
            since: since.clone(),
            until: args.until.clone(),
        },
        None if args.week => PeriodSpec::ThisWeek,
        None if args.last_week => PeriodSpec::LastWeek,
        None if args.last_month => PeriodSpec::LastMonth,
        None => PeriodSpec::ThisMonth,
    }
}

fn group(by: ReportBy) -> GroupBy {
    match by {
        ReportBy::Department => GroupBy::Department,
        ReportBy::Owner => GroupBy::Owner,
    }
}

pub fn run(ctx: &Context, args: &ReportArgs) -> Result<()> {
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
    let period = period_spec(args).resolve(today).map_err(|e| match e {
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
    })?;
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
            let (message, help) = match by {
                GroupBy::Department => ("report-no-department", "report-departments-are"),
                GroupBy::Owner => ("report-no-owner", "report-owners-are"),
            };
            let listed = if names.is_empty() {
                t!("report-none-named")
            } else {
                crate::i18n::join(&names)
            };
            return Err(Error::failed_with_help(
                match message {
                    "report-no-department" => t!("report-no-department", name = to.as_str()),
                    _ => t!("report-no-owner", name = to.as_str()),
                },
                match help {
                    "report-departments-are" => t!("report-departments-are", names = listed),
                    _ => t!("report-owners-are", names = listed),
                },
            ));
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
    };
    let view = ProgressReport::build(&record, period, today, &options);
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

/// The terminal's width: COLUMNS, else what comfy-table finds, else 120.
fn width() -> usize {
    if let Some(cols) = std::env::var("COLUMNS").ok().and_then(|c| c.parse().ok()) {
        return cols;
    }
    comfy_table::Table::new().width().map_or(120, usize::from)
}
