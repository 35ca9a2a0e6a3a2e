//! The inspection office's (巡察办) report on a round: every unit's [`ProgressReport`] summed
//! into one overview, one row per unit (who is behind), the overdue measures by unit, and the
//! trend of all units on one grid; or one reminder (催办单) per unit.
//!
//! Built a unit at a time ([`OfficeReport::add_unit`]): a unit's record and its report are
//! dropped once its numbers are taken, so a root of a thousand units is never in memory at
//! once. A unit whose data has errors is named ([`OfficeReport::add_broken`]) and left out
//! of every sum.

use crate::date::Date;
use crate::view::period::Period;
use crate::view::progress::{Completions, Item, ProgressReport, Trend};
use crate::view::summary::percent;

/// How the units' rows are ordered: who is behind first, either way.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum UnitOrder {
    /// Lowest completion rate first; ties: most overdue first.
    Completion,
    /// Most overdue measures first; ties: lowest completion rate first.
    Overdue,
    /// The root's order.
    Root,
}

/// The office's report.
#[derive(Debug, Clone, serde::Serialize)]
pub struct OfficeReport {
    pub title: String,
    /// The round (rectify-root.toml's `round`).
    pub round: Option<String>,
    /// Who sends it: `[report] issuer`, else `authority`.
    pub issuer: Option<String>,
    pub period: Period,
    pub today: Date,
    pub due_within: u32,
    /// `--since REV`: the revision the period starts at (in the units that have it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub since_revision: Option<String>,
    pub order: UnitOrder,
    /// 总体情况: the sums over the units whose data could be read.
    pub overview: OfficeOverview,
    /// 各单位进展, in `order`.
    pub units: Vec<UnitProgress>,
    /// 逾期未完成 by unit, in `order`; units with none left out.
    pub overdue: Vec<UnitItems>,
    /// Units whose data has errors: named, not counted.
    pub broken: Vec<BrokenUnit>,
    /// Units the inspection group fed back to after the period's end: nothing was asked of
    /// them yet, so they are named and not counted.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub not_yet_asked: Vec<String>,
    /// Units without the `--since` revision, reported from the period's first day.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub without_revision: Vec<String>,
    pub trend: Trend,
    /// 催办单, one per unit with something late or due soon (`--remind`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reminders: Option<Vec<UnitReminder>>,
    #[serde(skip)]
    completions: Completions,
}

/// 总体情况 over the units.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct OfficeOverview {
    /// Units in the root; counted: those whose data could be read.
    pub units: usize,
    pub units_counted: usize,
    /// Units whose measures are all completed.
    pub units_complete: usize,
    pub findings: usize,
    pub findings_completed: usize,
    pub findings_closed: usize,
    pub measures: usize,
    pub measures_completed: usize,
    pub measures_completed_at_start: usize,
    pub completion_rate: f64,
    pub completion_rate_at_start: f64,
    /// In percentage points.
    pub completion_change: f64,
    /// Measures completed in the period.
    pub completed_in_period: usize,
    pub overdue: usize,
    pub due_soon: usize,
}

/// One unit's row of 各单位进展.
#[derive(Debug, Clone, serde::Serialize)]
pub struct UnitProgress {
    /// The unit's folder name and how the root names it.
    pub unit: String,
    pub name: String,
    pub findings: usize,
    pub measures: usize,
    pub measures_completed: usize,
    pub completion_rate: f64,
    pub completion_change: f64,
    pub completed_in_period: usize,
    pub overdue: usize,
    pub due_soon: usize,
    pub findings_closed: usize,
    /// The last day anything moved, up to the period's end, and the days from it to the
    /// period's end.
    pub last_progress: Option<Date>,
    pub days_since_progress: Option<i64>,
    /// What `rectify check` finds (warnings only: a unit with errors is in `broken`).
    pub warnings: usize,
}

/// One unit's measures (overdue, or in a reminder).
#[derive(Debug, Clone, serde::Serialize)]
pub struct UnitItems {
    pub unit: String,
    pub name: String,
    pub items: Vec<Item>,
}

/// A unit left out because its data has errors.
#[derive(Debug, Clone, serde::Serialize)]
pub struct BrokenUnit {
    pub unit: String,
    pub name: String,
    pub errors: usize,
    pub warnings: usize,
}

/// One 催办单 to a unit.
#[derive(Debug, Clone, serde::Serialize)]
pub struct UnitReminder {
    pub unit: String,
    pub name: String,
    pub text: String,
    pub overdue: Vec<Item>,
    pub due_soon: Vec<Item>,
}

/// What the report is made of besides its units.
#[derive(Debug, Clone)]
pub struct OfficeOptions {
    pub title: String,
    pub round: Option<String>,
    pub issuer: Option<String>,
    pub period: Period,
    pub today: Date,
    pub due_within: u32,
    pub since_revision: Option<String>,
    pub order: UnitOrder,
    pub remind: bool,
}

impl OfficeReport {
    /// An empty report, to which units are added in the root's order.
    pub fn new(options: OfficeOptions) -> OfficeReport {
        OfficeReport {
            title: options.title,
            round: options.round,
            issuer: options.issuer,
            period: options.period,
            today: options.today,
            due_within: options.due_within,
            since_revision: options.since_revision,
            order: options.order,
            overview: OfficeOverview::default(),
            units: Vec::new(),
            overdue: Vec::new(),
            broken: Vec::new(),
            without_revision: Vec::new(),
            not_yet_asked: Vec::new(),
            trend: Trend::default(),
            reminders: options.remind.then(Vec::new),
            completions: Completions::default(),
        }
    }

    /// Adds one unit's report (`unit`: its folder name, `name`: how the root names it) and
    /// the warnings `check` finds in it; `last_progress` is the unit's last day of progress.
    pub fn add_unit(
        &mut self,
        unit: &str,
        name: &str,
        mut report: ProgressReport,
        last_progress: Option<Date>,
        warnings: usize,
    ) {
        let o = &report.overview;
        let sum = &mut self.overview;
        sum.units += 1;
        sum.units_counted += 1;
        sum.units_complete += usize::from(o.measures > 0 && o.measures_completed == o.measures);
        sum.findings += o.findings;
        sum.findings_completed += o.findings_completed;
        sum.findings_closed += o.findings_closed;
        sum.measures += o.measures;
        sum.measures_completed += o.measures_completed;
        sum.measures_completed_at_start += o.measures_completed_at_start;
        sum.completed_in_period += report.completed.measures.len();
        sum.overdue += o.overdue;
        sum.due_soon += o.due_soon;
        self.units.push(UnitProgress {
            unit: unit.to_string(),
            name: name.to_string(),
            findings: o.findings,
            measures: o.measures,
            measures_completed: o.measures_completed,
            completion_rate: o.completion_rate,
            completion_change: o.completion_change,
            completed_in_period: report.completed.measures.len(),
            overdue: o.overdue,
            due_soon: o.due_soon,
            findings_closed: o.findings_closed,
            last_progress,
            days_since_progress: last_progress.map(|d| (report.period.end - d).num_days()),
            warnings,
        });
        self.completions
            .add(std::mem::take(&mut report.completions));
        if let Some(reminders) = &mut self.reminders {
            if !(report.overdue.is_empty() && report.due_soon.is_empty()) {
                reminders.push(UnitReminder {
                    unit: unit.to_string(),
                    name: name.to_string(),
                    text: String::new(),
                    overdue: std::mem::take(&mut report.overdue),
                    due_soon: std::mem::take(&mut report.due_soon),
                });
            }
        } else if !report.overdue.is_empty() {
            self.overdue.push(UnitItems {
                unit: unit.to_string(),
                name: name.to_string(),
                items: std::mem::take(&mut report.overdue),
            });
        }
    }

    /// Names a unit whose data has errors: counted among the units, in no sum.
    pub fn add_broken(&mut self, unit: &str, name: &str, errors: usize, warnings: usize) {
        self.overview.units += 1;
        self.broken.push(BrokenUnit {
            unit: unit.to_string(),
            name: name.to_string(),
            errors,
            warnings,
        });
    }

    /// Names a unit whose feedback came after the period: counted among the units, in no sum.
    pub fn add_not_yet_asked(&mut self, name: &str) {
        self.overview.units += 1;
        self.not_yet_asked.push(name.to_string());
    }

    /// Notes a unit that has no `--since` revision (reported from the period's first day).
    pub fn add_without_revision(&mut self, name: &str) {
        self.without_revision.push(name.to_string());
    }

    /// The rates, the order of the units and the trend, once every unit is in.
    pub fn finish(mut self) -> OfficeReport {
        let sum = &mut self.overview;
        sum.completion_rate = percent(sum.measures_completed, sum.measures);
        sum.completion_rate_at_start = percent(sum.measures_completed_at_start, sum.measures);
        sum.completion_change =
            ((sum.completion_rate - sum.completion_rate_at_start) * 10.0).round() / 10.0;
        let order = self.order;
        match order {
            UnitOrder::Root => {}
            UnitOrder::Completion => self.units.sort_by(|a, b| {
                a.completion_rate
                    .total_cmp(&b.completion_rate)
                    .then(b.overdue.cmp(&a.overdue))
            }),
            UnitOrder::Overdue => self.units.sort_by(|a, b| {
                b.overdue
                    .cmp(&a.overdue)
                    .then(a.completion_rate.total_cmp(&b.completion_rate))
            }),
        }
        // The overdue lists and the reminders follow the units' order.
        let rank: std::collections::HashMap<&str, usize> = self
            .units
            .iter()
            .enumerate()
            .map(|(i, u)| (u.unit.as_str(), i))
            .collect();
        let rank_of = |unit: &str| rank.get(unit).copied().unwrap_or(usize::MAX);
        self.overdue.sort_by_key(|u| rank_of(&u.unit));
        if let Some(reminders) = &mut self.reminders {
            reminders.sort_by_key(|u| rank_of(&u.unit));
            let reply_by = self.period.end + chrono::Days::new(7);
            let issuer = self.issuer.as_deref().unwrap_or("巡察办");
            for sheet in reminders.iter_mut() {
                sheet.text =
                    reminder_text(sheet, self.period.end, reply_by, self.due_within, issuer);
            }
        }
        self.trend = std::mem::take(&mut self.completions).trend(self.period);
        self
    }
}

/// The request of a unit's 催办单.
fn reminder_text(
    sheet: &UnitReminder,
    end: Date,
    reply_by: Date,
    due_within: u32,
    issuer: &str,
) -> String {
    let mut items = Vec::new();
    if !sheet.overdue.is_empty() {
        items.push(format!("{}条已超过整改时限仍未完成", sheet.overdue.len()));
    }
    if !sheet.due_soon.is_empty() {
        items.push(format!(
            "{}条将在{due_within}天内到期",
            sheet.due_soon.len()
        ));
    }
    format!(
        "截至{}，你单位巡察整改措施中，{}。请对照清单抓紧推进，于{}前将整改进展书面报送{}。",
        crate::date::chinese_date(end),
        items.join("，"),
        crate::date::chinese_date(reply_by),
        issuer
    )
}
