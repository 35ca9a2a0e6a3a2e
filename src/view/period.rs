//! The period a progress report covers (本期): the one place a period is named and resolved
//! to two days, so every way of naming one (`--since/--until`, `--week`, `--month`,
//! `--last-week`, `--last-month`, and later a git revision) ends in the same [`Period`].

use chrono::{Datelike, Days};

use crate::date::{Date, Flag, When};

/// Two days, both included: the first and the last day of the period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Period {
    pub start: Date,
    pub end: Date,
}

/// How the user named the period, before it is resolved against today.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum PeriodSpec {
    /// No period named: the current month up to today (what a monthly report asks).
    #[default]
    ThisMonth,
    /// This week, Monday up to today.
    ThisWeek,
    /// Last week, Monday to Sunday.
    LastWeek,
    /// Last month, its first to its last day.
    LastMonth,
    /// `--since D [--until D]`: a month or a year given as `D` reaches from its first day
    /// (`--since`) or to its last day (`--until`); no `--until` is today.
    Between { since: Flag, until: Option<Flag> },
}

/// Why a period cannot be resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PeriodError {
    /// A date that does not read as one (the parser's message).
    Date(String),
    /// `--until` before `--since`.
    Reversed { start: Date, end: Date },
    /// The period starts after today: nothing is known about it.
    Future { start: Date, today: Date },
}

impl PeriodSpec {
    /// The period's two days, as of `today`. A period reaching past today ends today: the
    /// record knows nothing later.
    pub fn resolve(&self, today: Date) -> Result<Period, PeriodError> {
        let monday = |d: Date| d - Days::new(u64::from(d.weekday().num_days_from_monday()));
        let first_of_month = |d: Date| d.with_day(1).unwrap_or(d);
        let (start, end) = match self {
            PeriodSpec::ThisMonth => (first_of_month(today), today),
            PeriodSpec::ThisWeek => (monday(today), today),
            PeriodSpec::LastWeek => {
                let this = monday(today);
                (this - Days::new(7), this - Days::new(1))
            }
            PeriodSpec::LastMonth => {
                let end = first_of_month(today) - Days::new(1);
                (first_of_month(end), end)
            }
            PeriodSpec::Between { since, until } => {
                let when = |flag: &Flag| -> Result<When, PeriodError> {
                    match flag.when(today) {
                        Ok(Some(w)) => Ok(w),
                        Ok(None) => Err(PeriodError::Date(t!(
                            "cli-not-a-full-date",
                            date = crate::source::shorten(&flag.0)
                        ))),
                        Err(e) => Err(PeriodError::Date(e)),
                    }
                };
                let start = when(since)?.earliest();
                let end = match until {
                    Some(until) => when(until)?.latest(),
                    None => today,
                };
                (start, end)
            }
        };
        if start > today {
            return Err(PeriodError::Future { start, today });
        }
        if end < start {
            return Err(PeriodError::Reversed { start, end });
        }
        Ok(Period {
            start,
            end: end.min(today),
        })
    }
}

impl Period {
    pub fn contains(&self, day: Date) -> bool {
        self.start <= day && day <= self.end
    }

    /// The number of days, both ends included.
    pub fn days(&self) -> i64 {
        (self.end - self.start).num_days() + 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> Date {
        s.parse().unwrap()
    }

    fn between(since: &str, until: Option<&str>) -> PeriodSpec {
        PeriodSpec::Between {
            since: Flag::parse(since).unwrap(),
            until: until.map(|u| Flag::parse(u).unwrap()),
        }
    }

    #[test]
    fn periods_resolve_against_today() {
        let today = day("2021-03-03"); // a Wednesday
        let p = |spec: PeriodSpec| spec.resolve(today).unwrap();
        assert_eq!(
            p(PeriodSpec::ThisMonth),
            Period {
                start: day("2021-03-01"),
                end: today
            }
        );
        assert_eq!(p(PeriodSpec::ThisWeek).start, day("2021-03-01"));
        assert_eq!(
            p(PeriodSpec::LastWeek),
            Period {
                start: day("2021-02-22"),
                end: day("2021-02-28")
            }
        );
        assert_eq!(
            p(PeriodSpec::LastMonth),
            Period {
                start: day("2021-02-01"),
                end: day("2021-02-28")
            }
        );
        assert_eq!(
            p(between("2020-11", Some("2020-11"))),
            Period {
                start: day("2020-11-01"),
                end: day("2020-11-30")
            }
        );
        assert_eq!(p(between("2021-02-15", None)).end, today);
        assert_eq!(p(between("2021-02-15", Some("2021-12-31"))).end, today);
        assert!(matches!(
            between("2021-02-15", Some("2021-02-01")).resolve(today),
            Err(PeriodError::Reversed { .. })
        ));
        assert!(matches!(
            between("2021-04-01", None).resolve(today),
            Err(PeriodError::Future { .. })
        ));
    }
}
