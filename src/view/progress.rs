//! The periodic progress report to the leading group (整改工作情况报告) and its reminders
//! (催办单): what changed in a [`Period`], what is overdue, what falls due, who is behind, and
//! the trend of completion.
//!
//! Built once, by [`ProgressReport::build`], a pure function of the record, the period, the day
//! and the options; every format renders the value it returns. The whole report stands on the
//! record as of the period's last day ([`crate::view::as_of`]), and its counts use the words of
//! `list`'s summary ([`Stats`]): completed is done or upheld (长期坚持), overdue is a passed
//! deadline on a measure not completed. So `report --until D` agrees with `list --as-of D`.
//! Every count is a plain number, so reports of several units can be summed.

use std::collections::{BTreeMap, HashSet};

use chrono::{Datelike, Days};

use crate::date::{Date, When};
use crate::model::{Finding, LogEntry, Measure, Report, Status};
use crate::view::as_of::as_of;
use crate::view::period::Period;
use crate::view::summary::Stats;

/// How the per-group table and the reminders group measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum GroupBy {
    Department,
    Owner,
}

/// What a report is asked for besides its period.
#[derive(Debug, Clone, Default)]
pub struct ReportOptions {
    /// 即将到期: open measures due within this many days after the period's end.
    pub due_within: u32,
    /// The per-department or per-owner table.
    pub by: Option<GroupBy>,
    /// Reminders (催办单), grouped so (department when the flag names none).
    pub remind: Option<GroupBy>,
    /// Only the reminder to this department or owner (its name, exactly).
    pub remind_to: Option<String>,
    /// `--since REV`: the record as a git revision has it, standing for the period's start
    /// instead of the record as of the day before (a tag of the last published notice: what
    /// it already said is not counted again).
    pub baseline: Option<Baseline>,
}

/// The record at a git revision, the start of a period named by it.
#[derive(Debug, Clone)]
pub struct Baseline {
    /// The revision as the user wrote it (`通报-1`, `v1`, `HEAD~3`) and its commit id.
    pub revision: SinceRevision,
    pub record: Report,
}

/// The revision a period starts at, as the report names it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct SinceRevision {
    pub name: String,
    pub commit: String,
}

/// The report: its period, counts and items, section by section. A section with nothing in it
/// is empty here and left out by every format.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ProgressReport {
    pub title: String,
    /// The git revision the period starts at (`--since REV`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub since_revision: Option<SinceRevision>,
    /// The unit reported on (`[inspection] unit_full`, else `unit`).
    pub unit: Option<String>,
    /// Who sends it (`[report] issuer`, else `[closing] issuer`, else the unit).
    pub issuer: Option<String>,
    pub period: Period,
    /// The day the report was made (today, or the `--as-of` day).
    pub today: Date,
    /// 总体情况.
    pub overview: Overview,
    /// 本期完成.
    pub completed: Completed,
    /// 本期进展: log entries in the period, by finding.
    pub progress: Vec<FindingProgress>,
    /// 逾期未完成, most days late first.
    pub overdue: Vec<Item>,
    /// 即将到期, soonest first.
    pub due_soon: Vec<Item>,
    pub due_within: u32,
    /// 延期情况: extensions granted in the period.
    pub extensions: Vec<Extension>,
    /// 按部门 / 按责任人.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub groups: Option<Groups>,
    pub trend: Trend,
    /// What the trend is drawn from, for the office's report to add up over units.
    #[serde(skip)]
    pub completions: Completions,
    /// 催办单, one per department or owner with something late or due soon.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reminders: Option<Reminders>,
}

/// 总体情况: at the period's end, and the completion rate at its start for the change.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct Overview {
    pub findings: usize,
    pub findings_completed: usize,
    pub findings_closed: usize,
    pub measures: usize,
    pub measures_completed: usize,
    /// Measures completed at the start of the period (the day before it).
    pub measures_completed_at_start: usize,
    /// In percent, as `list` rounds it.
    pub completion_rate: f64,
    pub completion_rate_at_start: f64,
    /// completion_rate − completion_rate_at_start, in percentage points.
    pub completion_change: f64,
    pub overdue: usize,
    pub due_soon: usize,
}

/// 本期完成.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct Completed {
    /// Measures whose completion falls in the period (the done date, or the log entry that
    /// made them completed; a month or a year counts from its last day).
    pub measures: Vec<Item>,
    /// Findings complete at the period's end that were not at its start.
    pub findings: Vec<FindingItem>,
    /// Findings signed off (销号) in the period.
    pub closed: Vec<FindingItem>,
}

/// A measure as the report lists it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Item {
    /// `4.2`.
    pub address: String,
    pub finding: u32,
    /// The finding's title.
    pub title: String,
    /// The measure's text.
    pub text: String,
    pub status: Status,
    pub owner: Option<String>,
    pub department: Option<String>,
    pub deadline: Option<When>,
    /// Done date (or the day it became completed), for 本期完成.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub done: Option<When>,
    /// Days past the deadline at the period's end (overdue only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub days_late: Option<i64>,
    /// Days until the deadline after the period's end (due soon only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub days_left: Option<i64>,
    /// The deadline first agreed, when extended.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deadline_original: Option<When>,
    /// The extensions logged, oldest first.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub extensions: Vec<ExtensionStep>,
    /// The last dated log entry: its day and note.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_progress: Option<LastProgress>,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct ExtensionStep {
    pub date: Date,
    pub deadline: When,
    pub reason: Option<String>,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct LastProgress {
    pub date: Date,
    pub status: Option<Status>,
    pub note: Option<String>,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct FindingItem {
    pub finding: u32,
    pub title: String,
    /// The sign-off's day, for 销号.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
}

/// One finding's log entries in the period.
#[derive(Debug, Clone, serde::Serialize)]
pub struct FindingProgress {
    pub finding: u32,
    pub title: String,
    pub entries: Vec<ProgressEntry>,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct ProgressEntry {
    pub address: String,
    pub date: Date,
    pub from: Option<Status>,
    pub status: Option<Status>,
    pub note: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deadline: Option<When>,
}

/// An extension granted in the period.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Extension {
    pub address: String,
    pub finding: u32,
    pub title: String,
    pub text: String,
    pub owner: Option<String>,
    pub department: Option<String>,
    pub date: Date,
    /// The deadline before this extension.
    pub from: Option<When>,
    pub to: When,
    pub reason: Option<String>,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct Groups {
    pub by: GroupBy,
    pub rows: Vec<GroupRow>,
}

/// One department's (or owner's) counts; measures with none are under an empty name.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct GroupRow {
    pub name: String,
    pub measures: usize,
    pub completed: usize,
    pub completion_rate: f64,
    pub completed_in_period: usize,
    pub overdue: usize,
    pub due_soon: usize,
}

/// Completion over time: one point per week or month, from the feedback (or the first
/// completion) to the period's end.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct Trend {
    /// `week` or `month`.
    pub unit: &'static str,
    pub points: Vec<TrendPoint>,
    /// Measures whose completion is known only to the month, placed at the month's end.
    pub month_only: usize,
    /// Known only to the year, placed at the year's end.
    pub year_only: usize,
    /// Completed with no date at all (done = "unrecorded", or upheld with no log entry):
    /// in every point's cumulative count, in no point's `completed`.
    pub undated: usize,
    pub measures: usize,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct TrendPoint {
    /// `2020-11` or `2020-11-02` (the week's Monday).
    pub label: String,
    pub start: Date,
    pub end: Date,
    /// Measures completed in it.
    pub completed: usize,
    /// Completed by its end (undated ones included).
    pub cumulative: usize,
    /// cumulative / measures, in percent.
    pub rate: f64,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct Reminders {
    pub by: GroupBy,
    pub title: String,
    pub reply_by: Date,
    /// The one department or owner asked for (`--department`, `--owner`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
    pub sheets: Vec<Reminder>,
    /// Late or due-soon measures with no department (or owner) written: no reminder can go
    /// to anyone for them, which the command says rather than leaving them out unseen.
    pub unassigned: Vec<String>,
}

/// One 催办单: to whom, the request, the late and the due-soon measures.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Reminder {
    pub to: String,
    pub text: String,
    pub overdue: Vec<Item>,
    pub due_soon: Vec<Item>,
}

/// A completion's day and how precisely the record knows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Completion {
    Dated(Date, When),
    Undated,
}

/// When a completed measure was completed: its done date (a month or a year at its last
/// day), else the last log entry that made it completed, else unknown. None: not completed.
fn completion(measure: &Measure) -> Option<Completion> {
    if !measure.status.is_completed() {
        return None;
    }
    if measure.status == Status::Done {
        if let Some(done) = measure.done {
            return Some(Completion::Dated(done.latest(), done));
        }
    }
    let logged = measure
        .log
        .iter()
        .rev()
        .find(|e| e.status.is_some_and(Status::is_completed))
        .and_then(|e| e.date);
    Some(match logged {
        Some(d) => Completion::Dated(d, When::Day(d)),
        None => Completion::Undated,
    })
}

fn name(field: &Option<String>) -> String {
    field.clone().unwrap_or_default()
}

fn extension_steps(measure: &Measure) -> Vec<ExtensionStep> {
    measure
        .log
        .iter()
        .filter_map(|e: &LogEntry| {
            Some(ExtensionStep {
                date: e.date?,
                deadline: e.deadline?,
                reason: e.reason.clone(),
            })
        })
        .collect()
}

fn item(finding: &Finding, measure: &Measure) -> Item {
    Item {
        address: finding.measure_address(measure).to_string(),
        finding: finding.id,
        title: finding.title.clone(),
        text: measure.text.clone(),
        status: measure.status,
        owner: measure.owner.clone(),
        department: measure.department.clone(),
        deadline: measure.deadline,
        done: None,
        days_late: None,
        days_left: None,
        deadline_original: measure.deadline_original,
        extensions: extension_steps(measure),
        last_progress: measure.log.iter().rev().find_map(|e| {
            e.date.map(|date| LastProgress {
                date,
                status: e.status,
                note: e.note.clone(),
            })
        }),
    }
}

fn finding_complete(finding: &Finding) -> bool {
    !finding.measures.is_empty() && finding.measures.iter().all(|m| m.status.is_completed())
}

impl ProgressReport {
    /// The report on `period` of `report` (already as of `today`). A period ending before the
    /// feedback has no record to stand on (the command refuses it, as `--as-of` does); given
    /// one anyway, the report stands on today's record.
    pub fn build(
        report: &Report,
        period: Period,
        today: Date,
        options: &ReportOptions,
    ) -> ProgressReport {
        // The record at the period's end, and the day before it started.
        let end_record;
        let at_end: &Report = if period.end < today {
            end_record = as_of(report.clone(), Some(period.end), today)
                .map(|a| a.report)
                .unwrap_or_else(|_| report.clone());
            &end_record
        } else {
            report
        };
        let end = period.end;
        let stats = Stats::of(&at_end.findings, end);
        let before = period.start.pred_opt().unwrap_or(period.start);
        let start_record = match &options.baseline {
            Some(baseline) => Some(crate::view::as_of::AsOf {
                report: baseline.record.clone(),
                today: period.start,
            }),
            None => as_of(report.clone(), Some(before), today).ok(),
        };
        let start_stats = match &start_record {
            Some(r) => Stats::of(&r.report.findings, r.today),
            // Before the feedback nothing was asked of the unit: nothing completed.
            None => Stats::default(),
        };
        // What the baseline revision already shows completed is not news of this period,
        // whatever its done date says.
        let completed_in_baseline: HashSet<String> = options
            .baseline
            .iter()
            .flat_map(|b| &b.record.findings)
            .flat_map(|f| {
                f.measures
                    .iter()
                    .filter(|m| m.status.is_completed())
                    .map(move |m| f.measure_address(m).to_string())
            })
            .collect();
        let due_limit = end + Days::new(u64::from(options.due_within));

        let mut completed = Completed::default();
        let mut progress = Vec::new();
        let mut overdue = Vec::new();
        let mut due_soon = Vec::new();
        let mut extensions = Vec::new();
        let mut groups: BTreeMap<String, GroupRow> = BTreeMap::new();
        let complete_at_start: HashSet<u32> = start_record
            .as_ref()
            .map(|r| {
                r.report
                    .findings
                    .iter()
                    .filter(|f| finding_complete(f))
                    .map(|f| f.id)
                    .collect()
            })
            .unwrap_or_default();

        for finding in &at_end.findings {
            if finding_complete(finding) && !complete_at_start.contains(&finding.id) {
                completed.findings.push(FindingItem {
                    finding: finding.id,
                    title: finding.title.clone(),
                    date: None,
                });
            }
            if let Some(signoff) = finding.signoff.as_ref().filter(|s| period.contains(s.date)) {
                completed.closed.push(FindingItem {
                    finding: finding.id,
                    title: finding.title.clone(),
                    date: Some(signoff.date),
                });
            }
            let mut entries = Vec::new();
            for measure in &finding.measures {
                let address = finding.measure_address(measure).to_string();
                // Since a revision, what is completed now and was not in it is this
                // period's, whatever day the record gives; since a day, the done date says.
                let done_now = match completion(measure) {
                    Some(_) if options.baseline.is_some() => {
                        !completed_in_baseline.contains(&address)
                    }
                    Some(Completion::Dated(day, _)) => period.contains(day),
                    _ => false,
                };
                if done_now {
                    let mut it = item(finding, measure);
                    it.done = match completion(measure) {
                        Some(Completion::Dated(_, when)) => Some(when),
                        _ => None,
                    };
                    completed.measures.push(it);
                }
                let is_overdue = measure.is_overdue(end);
                let is_due_soon = !measure.status.is_completed()
                    && !is_overdue
                    && measure
                        .deadline
                        .is_some_and(|d| d.latest() >= end && d.latest() <= due_limit);
                if is_overdue {
                    let mut it = item(finding, measure);
                    it.days_late = measure.deadline.map(|d| (end - d.latest()).num_days());
                    overdue.push(it);
                }
                if is_due_soon {
                    let mut it = item(finding, measure);
                    it.days_left = measure.deadline.map(|d| (d.latest() - end).num_days());
                    due_soon.push(it);
                }
                let mut previous = measure.deadline_original;
                for e in &measure.log {
                    let Some(date) = e.date else { continue };
                    if let Some(to) = e.deadline {
                        if period.contains(date) {
                            extensions.push(Extension {
                                address: address.clone(),
                                finding: finding.id,
                                title: finding.title.clone(),
                                text: measure.text.clone(),
                                owner: measure.owner.clone(),
                                department: measure.department.clone(),
                                date,
                                from: previous,
                                to,
                                reason: e.reason.clone(),
                            });
                        }
                        previous = Some(to);
                    }
                    if period.contains(date) {
                        entries.push(ProgressEntry {
                            address: address.clone(),
                            date,
                            from: e.from,
                            status: e.status,
                            note: e.note.clone(),
                            deadline: e.deadline,
                        });
                    }
                }
                if let Some(by) = options.by {
                    let key = match by {
                        GroupBy::Department => name(&measure.department),
                        GroupBy::Owner => name(&measure.owner),
                    };
                    let row = groups.entry(key.clone()).or_insert_with(|| GroupRow {
                        name: key,
                        ..GroupRow::default()
                    });
                    row.measures += 1;
                    row.completed += usize::from(measure.status.is_completed());
                    row.completed_in_period += usize::from(done_now);
                    row.overdue += usize::from(is_overdue);
                    row.due_soon += usize::from(is_due_soon);
                }
            }
            if !entries.is_empty() {
                entries.sort_by_key(|e| e.date);
                progress.push(FindingProgress {
                    finding: finding.id,
                    title: finding.title.clone(),
                    entries,
                });
            }
        }
        overdue.sort_by_key(|i| std::cmp::Reverse(i.days_late.unwrap_or(0)));
        due_soon.sort_by_key(|i| i.days_left.unwrap_or(0));
        completed.measures.sort_by_key(|i| i.done.map(When::latest));
        extensions.sort_by_key(|e| e.date);
        let groups = options.by.map(|by| {
            let mut rows: Vec<GroupRow> = groups.into_values().collect();
            for row in &mut rows {
                row.completion_rate = percent(row.completed, row.measures);
            }
            // Most overdue first, then the lowest rate: who is behind.
            rows.sort_by(|a, b| {
                b.overdue
                    .cmp(&a.overdue)
                    .then(a.completion_rate.total_cmp(&b.completion_rate))
                    .then(a.name.cmp(&b.name))
            });
            Groups { by, rows }
        });

        let overview = Overview {
            findings: stats.findings,
            findings_completed: stats.findings_completed,
            findings_closed: stats.findings_closed,
            measures: stats.measures,
            measures_completed: stats.measures_completed,
            measures_completed_at_start: start_stats.measures_completed,
            completion_rate: stats.completion_rate,
            completion_rate_at_start: start_stats.completion_rate,
            completion_change: ((stats.completion_rate - start_stats.completion_rate) * 10.0)
                .round()
                / 10.0,
            overdue: stats.overdue,
            due_soon: due_soon.len(),
        };
        let issuer = report
            .report
            .issuer
            .clone()
            .or(report.closing.issuer.clone())
            .or(report.inspection.unit_full.clone())
            .or(report.inspection.unit.clone());
        let unit = report
            .inspection
            .unit_full
            .clone()
            .or(report.inspection.unit.clone());
        let title =
            report.report.title.clone().unwrap_or_else(|| {
                format!("{}巡察整改工作情况报告", unit.clone().unwrap_or_default())
            });
        let completions = Completions::of(at_end, report.inspection.feedback);
        let reminders = options.remind.map(|by| {
            reminders(
                report, by, options, &overdue, &due_soon, &issuer, period, today,
            )
        });
        ProgressReport {
            title,
            since_revision: options.baseline.as_ref().map(|b| b.revision.clone()),
            unit,
            issuer,
            period,
            today,
            overview,
            completed,
            progress,
            overdue,
            due_soon,
            due_within: options.due_within,
            extensions,
            groups,
            trend: completions.clone().trend(period),
            completions,
            reminders,
        }
    }

    /// Whether any section besides 总体情况 has something in it.
    pub fn is_quiet(&self) -> bool {
        self.completed.measures.is_empty()
            && self.completed.findings.is_empty()
            && self.completed.closed.is_empty()
            && self.progress.is_empty()
            && self.overdue.is_empty()
            && self.due_soon.is_empty()
            && self.extensions.is_empty()
    }

    /// The departments (or owners) a reminder could go to, for an error naming a wrong one.
    pub fn reminder_names(report: &Report, by: GroupBy) -> Vec<String> {
        let mut names: Vec<String> = report
            .measures()
            .filter_map(|(_, _, m)| match by {
                GroupBy::Department => m.department.clone(),
                GroupBy::Owner => m.owner.clone(),
            })
            .collect();
        names.sort();
        names.dedup();
        names
    }
}

#[allow(clippy::too_many_arguments)]
fn reminders(
    report: &Report,
    by: GroupBy,
    options: &ReportOptions,
    overdue: &[Item],
    due_soon: &[Item],
    issuer: &Option<String>,
    period: Period,
    today: Date,
) -> Reminders {
    let key = |i: &Item| match by {
        GroupBy::Department => name(&i.department),
        GroupBy::Owner => name(&i.owner),
    };
    let mut sheets: BTreeMap<String, Reminder> = BTreeMap::new();
    let mut unassigned = Vec::new();
    let mut add = |i: &Item, late: bool| {
        let to = key(i);
        if to.is_empty() && options.remind_to.is_none() {
            unassigned.push(i.address.clone());
        }
        if to.is_empty() || options.remind_to.as_ref().is_some_and(|t| *t != to) {
            return;
        }
        let sheet = sheets.entry(to.clone()).or_insert_with(|| Reminder {
            to,
            text: String::new(),
            overdue: Vec::new(),
            due_soon: Vec::new(),
        });
        if late {
            sheet.overdue.push(i.clone());
        } else {
            sheet.due_soon.push(i.clone());
        }
    };
    for i in overdue {
        add(i, true);
    }
    for i in due_soon {
        add(i, false);
    }
    // A week from the day the reminder is dated (its 落款), never a day before it: a reminder
    // made on 3月5日 for last month must not ask for a reply by 12月7日.
    let reply_by = period.end.max(today) + Days::new(7);
    let template = report
        .report
        .remind_text
        .as_deref()
        .unwrap_or(crate::settings::DEFAULT_REMIND_TEXT);
    let mut sheets: Vec<Reminder> = sheets.into_values().collect();
    // The most late first: the reminder that matters most is on top.
    sheets.sort_by(|a, b| b.overdue.len().cmp(&a.overdue.len()).then(a.to.cmp(&b.to)));
    for sheet in &mut sheets {
        let mut items = Vec::new();
        if !sheet.overdue.is_empty() {
            items.push(format!("{}条已超过整改时限仍未完成", sheet.overdue.len()));
        }
        if !sheet.due_soon.is_empty() {
            items.push(format!(
                "{}条将在{}天内到期",
                sheet.due_soon.len(),
                options.due_within
            ));
        }
        sheet.text = template
            .replace("{items}", &items.join("，"))
            .replace("{to}", &sheet.to)
            .replace("{date}", &crate::date::chinese_date(period.end))
            .replace("{overdue}", &sheet.overdue.len().to_string())
            .replace("{due_soon}", &sheet.due_soon.len().to_string())
            .replace("{days}", &options.due_within.to_string())
            .replace("{reply_by}", &crate::date::chinese_date(reply_by))
            .replace(
                "{issuer}",
                issuer.as_deref().unwrap_or("整改工作领导小组办公室"),
            );
    }
    Reminders {
        by,
        title: report
            .report
            .remind_title
            .clone()
            .unwrap_or_else(|| crate::settings::DEFAULT_REMIND_TITLE.to_string()),
        reply_by,
        to: options.remind_to.clone(),
        sheets,
        unassigned,
    }
}

/// The completions a trend is drawn from: each dated completion's day, how many are known
/// only to the month or year or not at all, and the day the trend starts from (the feedback,
/// or an earlier completion). Those of several units add up ([`Completions::add`]), so the
/// office's report draws every unit's on one grid.
#[derive(Debug, Clone, Default)]
pub struct Completions {
    dated: Vec<Date>,
    month_only: usize,
    year_only: usize,
    undated: usize,
    measures: usize,
    first: Option<Date>,
}

impl Completions {
    /// The completions of `report`'s measures (the record at the period's end).
    pub fn of(report: &Report, feedback: Option<Date>) -> Completions {
        let mut c = Completions::default();
        for (_, _, m) in report.measures() {
            c.measures += 1;
            match completion(m) {
                Some(Completion::Dated(day, when)) => {
                    match when {
                        When::Month(..) => c.month_only += 1,
                        When::Year(_) => c.year_only += 1,
                        When::Day(_) => {}
                    }
                    c.dated.push(day);
                }
                Some(Completion::Undated) => c.undated += 1,
                None => {}
            }
        }
        c.first = [feedback, c.dated.iter().min().copied()]
            .into_iter()
            .flatten()
            .min();
        c
    }

    /// Adds another unit's completions.
    pub fn add(&mut self, mut other: Completions) {
        self.dated.append(&mut other.dated);
        self.month_only += other.month_only;
        self.year_only += other.year_only;
        self.undated += other.undated;
        self.measures += other.measures;
        self.first = [self.first, other.first].into_iter().flatten().min();
    }

    /// The trend up to `period`'s end: weekly points when the span is at most 16 weeks,
    /// else monthly.
    pub fn trend(mut self, period: Period) -> Trend {
        let mut trend = Trend {
            month_only: self.month_only,
            year_only: self.year_only,
            undated: self.undated,
            measures: self.measures,
            ..Trend::default()
        };
        // Nothing to complete: no trend to draw.
        if trend.measures == 0 {
            return trend;
        }
        let dated = &mut self.dated;
        dated.sort_unstable();
        let first = self.first.unwrap_or(period.start).min(period.start);
        let end = period.end;
        let weekly = (end - first).num_days() <= 16 * 7;
        trend.unit = if weekly { "week" } else { "month" };
        let mut start = if weekly {
            first - Days::new(u64::from(first.weekday().num_days_from_monday()))
        } else {
            first.with_day(1).unwrap_or(first)
        };
        let mut seen = 0;
        // Completions dated before the first point (a year placed at its end cannot be: the
        // span reaches the latest) count from the start.
        while start <= end {
            let next = if weekly {
                start + Days::new(7)
            } else {
                let (y, m) = if start.month() == 12 {
                    (start.year() + 1, 1)
                } else {
                    (start.year(), start.month() + 1)
                };
                Date::from_ymd_opt(y, m, 1).unwrap_or(end + Days::new(1))
            };
            let last = next.pred_opt().unwrap_or(next).min(end);
            let before = seen;
            while seen < dated.len() && dated[seen] <= last {
                seen += 1;
            }
            let cumulative = seen + trend.undated;
            trend.points.push(TrendPoint {
                label: if weekly {
                    start.format("%Y-%m-%d").to_string()
                } else {
                    start.format("%Y-%m").to_string()
                },
                start,
                end: last,
                completed: seen - before,
                cumulative,
                rate: percent(cumulative, trend.measures),
            });
            start = next;
        }
        trend
    }
}

fn percent(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        (part as f64 * 1000.0 / whole as f64).round() / 10.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Measure;

    fn day(s: &str) -> Date {
        s.parse().unwrap()
    }

    fn measure(status: Status, done: Option<When>, unrecorded: bool) -> Measure {
        Measure {
            sub: None,
            number: 1,
            deadline_original: None,
            text: "措施。".into(),
            status,
            owner: None,
            department: None,
            deadline: None,
            deadline_note: None,
            done,
            done_unrecorded: unrecorded,
            evidence: Vec::new(),
            log: Vec::new(),
            origin: Default::default(),
        }
    }

    #[test]
    fn completions_are_placed_at_the_last_day_they_may_mean() {
        let m = measure(Status::Done, Some(When::Month(2020, 11)), false);
        assert_eq!(
            completion(&m),
            Some(Completion::Dated(day("2020-11-30"), When::Month(2020, 11)))
        );
        let m = measure(Status::Done, Some(When::Year(2020)), false);
        assert_eq!(
            completion(&m),
            Some(Completion::Dated(day("2020-12-31"), When::Year(2020)))
        );
        assert_eq!(
            completion(&measure(Status::Done, None, true)),
            Some(Completion::Undated)
        );
        // Upheld with no log entry: completed, on no known day.
        assert_eq!(
            completion(&measure(Status::Ongoing, None, false)),
            Some(Completion::Undated)
        );
        assert_eq!(completion(&measure(Status::Partial, None, false)), None);
    }
}
