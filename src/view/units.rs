//! Where one unit stands, for the office's view over a root of units (`rectify units`, the
//! root's workbook, the cross-unit report): a pure function of a loaded record and today,
//! whose counts add up over units. Completion and overdue are [`Stats`]'s, so the numbers
//! agree with `list`'s summary line of the same unit.

use crate::date::Date;
use crate::load::Loaded;
use crate::model::{Language, Report};
use crate::view::summary::{format_rate, percent, Stats};

/// One unit's counts. Counts of a unit whose data has errors are zero (`readable` false):
/// only its errors and warnings are known.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct UnitCounts {
    /// The record loaded without errors, so the counts below are its.
    pub readable: bool,
    pub findings: usize,
    /// Findings whose measures are all completed.
    pub findings_completed: usize,
    pub measures: usize,
    /// Measures done or upheld long-term (长期坚持).
    pub measures_completed: usize,
    /// Open measures past their deadline.
    pub overdue: usize,
    /// Findings signed off (已销号).
    pub findings_closed: usize,
    /// The last day anything moved: the latest progress log entry, done date given as a day,
    /// or sign-off.
    pub last_progress: Option<Date>,
    /// What `rectify check` finds: errors and warnings.
    pub errors: usize,
    pub warnings: usize,
}

impl UnitCounts {
    /// The counts of a load: its problems, and its record's counts when it has no errors.
    pub fn of(loaded: &Loaded, today: Date) -> UnitCounts {
        let errors = loaded.diagnostics.iter().filter(|d| d.is_error()).count();
        let mut counts = match &loaded.report {
            Some(report) if errors == 0 => UnitCounts::of_report(report, today),
            _ => UnitCounts::default(),
        };
        counts.errors = errors;
        counts.warnings = loaded.diagnostics.len() - errors;
        counts
    }

    /// The counts of a record (no problems counted).
    pub fn of_report(report: &Report, today: Date) -> UnitCounts {
        let stats = Stats::of(&report.findings, today);
        let last_progress = report
            .findings
            .iter()
            .flat_map(|f| {
                let measures = f.measures.iter().flat_map(|m| {
                    let done = match m.done {
                        Some(crate::date::When::Day(day)) => Some(day),
                        _ => None,
                    };
                    m.log.iter().filter_map(|e| e.date).chain(done)
                });
                measures.chain(f.signoff.as_ref().map(|s| s.date))
            })
            .filter(|day| *day <= today)
            .max();
        UnitCounts {
            readable: true,
            findings: stats.findings,
            findings_completed: stats.findings_completed,
            measures: stats.measures,
            measures_completed: stats.measures_completed,
            overdue: stats.overdue,
            findings_closed: stats.findings_closed,
            last_progress,
            errors: 0,
            warnings: 0,
        }
    }

    /// Completed measures in percent of all, rounded as `list` rounds it (0 with none).
    pub fn completion_rate(&self) -> f64 {
        percent(self.measures_completed, self.measures)
    }

    /// Days from the last progress to `today`.
    pub fn days_since_progress(&self, today: Date) -> Option<i64> {
        self.last_progress.map(|d| (today - d).num_days())
    }

    /// Adds another unit's counts (the root's totals); the last progress is the latest.
    pub fn add(&mut self, other: &UnitCounts) {
        self.readable &= other.readable;
        self.findings += other.findings;
        self.findings_completed += other.findings_completed;
        self.measures += other.measures;
        self.measures_completed += other.measures_completed;
        self.overdue += other.overdue;
        self.findings_closed += other.findings_closed;
        self.last_progress = self.last_progress.max(other.last_progress);
        self.errors += other.errors;
        self.warnings += other.warnings;
    }

    /// The sum of many units' counts.
    pub fn total<'a>(all: impl IntoIterator<Item = &'a UnitCounts>) -> UnitCounts {
        let mut total = UnitCounts {
            readable: true,
            ..UnitCounts::default()
        };
        for counts in all {
            total.add(counts);
        }
        total
    }
}

/// The columns of the units table, in `language`.
pub fn headers(language: Language) -> Vec<String> {
    [
        "units-col-unit",
        "units-col-findings",
        "units-col-measures",
        "units-col-completed",
        "units-col-rate",
        "units-col-overdue",
        "units-col-days",
        "units-col-closed",
        "units-col-check",
    ]
    .iter()
    .map(|key| crate::i18n::message_in(language, key, None))
    .collect()
}

/// One unit's row of the units table: its label, then its counts (`—` for a unit whose data
/// has errors: they are not known), then what `check` finds.
pub fn cells(label: &str, counts: &UnitCounts, today: Date, language: Language) -> Vec<String> {
    let unknown = || "—".to_string();
    let number = |n: usize| {
        if counts.readable {
            n.to_string()
        } else {
            unknown()
        }
    };
    vec![
        label.to_string(),
        number(counts.findings),
        number(counts.measures),
        number(counts.measures_completed),
        if counts.readable {
            format_rate(counts.completion_rate())
        } else {
            unknown()
        },
        number(counts.overdue),
        counts
            .days_since_progress(today)
            .map_or_else(unknown, |d| d.to_string()),
        number(counts.findings_closed),
        check_cell(counts, language),
    ]
}

/// What `check` finds in the unit: 通过, or its errors and warnings.
pub fn check_cell(counts: &UnitCounts, language: Language) -> String {
    match (counts.errors, counts.warnings) {
        (0, 0) => crate::t_in!(language, "units-check-ok"),
        (0, warnings) => crate::t_in!(language, "units-check-warnings", warnings = warnings),
        (errors, warnings) => crate::t_in!(
            language,
            "units-check-errors",
            errors = errors,
            warnings = warnings
        ),
    }
}

/// The line under the table: how many units, the totals of the readable ones, and which
/// units' data has errors.
pub fn total_line(
    total: &UnitCounts,
    units: usize,
    broken: &[String],
    language: Language,
) -> String {
    let mut line = crate::t_in!(
        language,
        "units-total",
        units = units,
        findings = total.findings,
        measures = total.measures,
        completed = total.measures_completed,
        rate = format_rate(percent(total.measures_completed, total.measures)),
        overdue = total.overdue,
        closed = total.findings_closed
    );
    if !broken.is_empty() {
        let separator = if language == Language::Zh {
            "、"
        } else {
            ", "
        };
        line.push_str(&crate::t_in!(
            language,
            "units-total-broken",
            count = broken.len(),
            units = broken.join(separator)
        ));
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_add_up_and_rates_follow() {
        let a = UnitCounts {
            readable: true,
            measures: 3,
            measures_completed: 2,
            overdue: 1,
            ..UnitCounts::default()
        };
        let b = UnitCounts {
            readable: true,
            measures: 7,
            measures_completed: 1,
            ..UnitCounts::default()
        };
        assert_eq!(a.completion_rate(), 66.7);
        let total = UnitCounts::total([&a, &b]);
        assert_eq!(
            (total.measures, total.measures_completed, total.overdue),
            (10, 3, 1)
        );
        assert_eq!(total.completion_rate(), 30.0);
        assert!(total.readable);
    }
}
