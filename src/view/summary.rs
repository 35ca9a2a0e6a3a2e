//! Counts and completion rates, overall and per category.

use std::collections::BTreeMap;

use crate::date::Date;
use crate::model::{Finding, Language, Measure, Report, Status};

/// Counts for a set of findings and their measures.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct Stats {
    pub findings: usize,
    /// Findings whose measures are all completed (done or upheld long-term).
    pub findings_completed: usize,
    pub measures: usize,
    /// Measures per status key, every status present (zero when none).
    pub by_status: BTreeMap<&'static str, usize>,
    /// Measures done or upheld long-term (长期坚持).
    pub measures_completed: usize,
    pub overdue: usize,
    /// measures_completed / measures, in percent (0 when there are none).
    pub completion_rate: f64,
    /// findings_completed / findings, in percent.
    pub finding_completion_rate: f64,
    /// Findings signed off (已销号).
    #[serde(skip_serializing_if = "is_zero")]
    pub findings_closed: usize,
    /// Measures done after their (original) deadline (逾期完成).
    #[serde(skip_serializing_if = "is_zero")]
    pub done_late: usize,
    /// Measures whose deadline was extended (延期).
    #[serde(skip_serializing_if = "is_zero")]
    pub extended: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

impl Stats {
    pub fn of<'a>(findings: impl IntoIterator<Item = &'a Finding>, today: Date) -> Stats {
        let mut stats = Stats {
            by_status: Status::ALL.iter().map(|s| (s.key(), 0)).collect(),
            ..Stats::default()
        };
        for finding in findings {
            stats.findings += 1;
            if finding.is_closed() {
                stats.findings_closed += 1;
            }
            // A draft finding with no measures yet is not rectified.
            if !finding.measures.is_empty()
                && finding.measures.iter().all(|m| m.status.is_completed())
            {
                stats.findings_completed += 1;
            }
            for measure in &finding.measures {
                stats.add_measure(measure, today);
            }
        }
        stats.rates();
        stats
    }

    /// Stats of a chosen set of measures (a filtered list).
    pub fn of_measures<'a>(measures: impl IntoIterator<Item = &'a Measure>, today: Date) -> Stats {
        let mut stats = Stats {
            by_status: Status::ALL.iter().map(|s| (s.key(), 0)).collect(),
            ..Stats::default()
        };
        for measure in measures {
            stats.add_measure(measure, today);
        }
        stats.rates();
        stats
    }

    fn add_measure(&mut self, measure: &Measure, today: Date) {
        self.measures += 1;
        *self.by_status.entry(measure.status.key()).or_default() += 1;
        if measure.status.is_completed() {
            self.measures_completed += 1;
        }
        if measure.is_overdue(today) {
            self.overdue += 1;
        }
        if measure.done_late() {
            self.done_late += 1;
        }
        if measure.is_extended() {
            self.extended += 1;
        }
    }

    /// The counts of sign-offs, late completions and extensions, when there are any:
    /// `；已销号 2 个问题；逾期完成 1 条；延期 1 条`.
    fn workflow_tail(&self, language: Language) -> String {
        let mut out = String::new();
        let parts = [
            (self.findings_closed, "summary-closed"),
            (self.done_late, "summary-done-late"),
            (self.extended, "summary-extended"),
        ];
        for (count, key) in parts {
            if count > 0 {
                let text = match key {
                    "summary-closed" => crate::t_in!(language, "summary-closed", count = count),
                    "summary-done-late" => {
                        crate::t_in!(language, "summary-done-late", count = count)
                    }
                    _ => crate::t_in!(language, "summary-extended", count = count),
                };
                out.push_str(if language == Language::Zh {
                    "；"
                } else {
                    "; "
                });
                out.push_str(&text);
            }
        }
        out
    }

    fn rates(&mut self) {
        self.completion_rate = percent(self.measures_completed, self.measures);
        self.finding_completion_rate = percent(self.findings_completed, self.findings);
    }

    pub fn count(&self, status: Status) -> usize {
        self.by_status.get(status.key()).copied().unwrap_or(0)
    }

    /// One line for under a table, in `language` (the interface's, for `list`).
    pub fn line(&self, language: Language, findings_shown: bool) -> String {
        let statuses = Status::ALL
            .iter()
            .filter(|s| self.count(**s) > 0)
            .map(|s| {
                crate::t_in!(
                    language,
                    "summary-status-count",
                    status = s.label(language),
                    count = self.count(*s)
                )
            })
            .collect::<Vec<_>>();
        let head = if findings_shown {
            crate::t_in!(
                language,
                "summary-head-findings",
                findings = self.findings,
                measures = self.measures
            )
        } else {
            crate::t_in!(language, "summary-head-measures", measures = self.measures)
        };
        // Nothing matched a filter: no statuses to list and no rate to give.
        if self.measures == 0 {
            return head;
        }
        let separator = match language {
            Language::Zh => "，",
            Language::En => ", ",
        };
        crate::t_in!(
            language,
            "summary-line",
            head = head,
            statuses = statuses.join(separator),
            rate = format_rate(self.completion_rate),
            overdue = self.overdue
        ) + &self.workflow_tail(language)
    }
}

/// Per-category stats in category order (findings without a category, if any, last).
pub fn by_category(report: &Report, today: Date) -> Vec<(Option<&crate::model::Category>, Stats)> {
    let mut out: Vec<_> = report
        .categories
        .iter()
        .map(|c| {
            let findings = report
                .findings
                .iter()
                .filter(|f| f.category.as_deref() == Some(c.id.as_str()));
            (Some(c), Stats::of(findings, today))
        })
        .collect();
    let loose: Vec<&Finding> = report
        .findings
        .iter()
        .filter(|f| f.category.is_none())
        .collect();
    if !loose.is_empty() {
        out.push((None, Stats::of(loose, today)));
    }
    out
}

/// `part` in percent of `whole`, to one decimal (0 when `whole` is 0).
pub fn percent(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        (part as f64 * 1000.0 / whole as f64).round() / 10.0
    }
}

/// 90%, 66.7%.
pub fn format_rate(rate: f64) -> String {
    if rate.fract() == 0.0 {
        format!("{rate:.0}%")
    } else {
        format!("{rate:.1}%")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rates_round_to_one_decimal() {
        assert_eq!(percent(2, 3), 66.7);
        assert_eq!(format_rate(percent(9, 10)), "90%");
        assert_eq!(format_rate(percent(2, 3)), "66.7%");
        assert_eq!(percent(0, 0), 0.0);
    }
}
