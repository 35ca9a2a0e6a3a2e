//! Dates as offices write them: a day, or only a month or a year when that is all the record
//! says (a notice often states only 已于2020年…完成), plus the Chinese spellings.

use std::fmt;

use chrono::Datelike;

pub type Date = chrono::NaiveDate;

/// Dates outside this range are typing mistakes in a rectification record.
pub const EARLIEST_YEAR: i32 = 1949;
pub const LATEST_YEAR: i32 = 2100;

/// A date known to the day, the month or the year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum When {
    Day(Date),
    Month(i32, u32),
    Year(i32),
}

impl When {
    /// The first day the value may mean.
    pub fn earliest(self) -> Date {
        match self {
            When::Day(d) => d,
            When::Month(y, m) => ymd(y, m, 1),
            When::Year(y) => ymd(y, 1, 1),
        }
    }

    /// The last day the value may mean (a deadline of 2020-12 runs to 2020-12-31).
    pub fn latest(self) -> Date {
        match self {
            When::Day(d) => d,
            When::Month(y, m) => {
                let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
                ymd(ny, nm, 1).pred_opt().unwrap_or(ymd(y, m, 28))
            }
            When::Year(y) => ymd(y, 12, 31),
        }
    }

    /// Parses `2020-12-31`, `2020-12` or `2020`, strictly (no `2020-1-3`).
    pub fn parse(text: &str) -> Result<When, String> {
        let parts: Vec<&str> = text.split('-').collect();
        let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
        let shape_ok = match parts.as_slice() {
            [y] => digits(y, 4),
            [y, m] => digits(y, 4) && digits(m, 2),
            [y, m, d] => digits(y, 4) && digits(m, 2) && digits(d, 2),
            _ => false,
        };
        if !shape_ok {
            return Err(t!("date-not-a-date", text = crate::source::shorten(text)));
        }
        let y: i32 = parts[0].parse().map_err(|_| text.to_string())?;
        check_year(y)?;
        let when = match parts.as_slice() {
            [_] => When::Year(y),
            [_, _] => {
                let m: u32 = parts[1].parse().unwrap_or(0);
                if !(1..=12).contains(&m) {
                    return Err(t!("date-no-month", text = text, month = m));
                }
                When::Month(y, m)
            }
            _ => {
                let m: u32 = parts[1].parse().unwrap_or(0);
                let d: u32 = parts[2].parse().unwrap_or(0);
                When::Day(day(y, m, d)?)
            }
        };
        Ok(when)
    }

    /// 2020年10月14日, 2020年12月, 2020年.
    pub fn chinese(self) -> String {
        match self {
            When::Day(d) => chinese_date(d),
            When::Month(y, m) => format!("{y}年{m}月"),
            When::Year(y) => format!("{y}年"),
        }
    }
}

impl fmt::Display for When {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            When::Day(d) => write!(f, "{}", d.format("%Y-%m-%d")),
            When::Month(y, m) => write!(f, "{y:04}-{m:02}"),
            When::Year(y) => write!(f, "{y:04}"),
        }
    }
}

impl serde::Serialize for When {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// A full day (`2020-12-31`) as the command line, templates and data write it: the data's
/// date parser ([`When::parse`]), refusing a month or a year alone.
pub fn parse_day(text: &str) -> Result<Date, String> {
    match When::parse(text)? {
        When::Day(d) => Ok(d),
        _ => Err(t!(
            "cli-not-a-full-date",
            date = crate::source::shorten(text)
        )),
    }
}

/// A calendar day, or a message saying why it is not one (2021-02-29).
pub fn day(y: i32, m: u32, d: u32) -> Result<Date, String> {
    check_year(y)?;
    Date::from_ymd_opt(y, m, d)
        .ok_or_else(|| t!("date-no-such-day", date = format!("{y:04}-{m:02}-{d:02}")))
}

fn check_year(y: i32) -> Result<(), String> {
    if (EARLIEST_YEAR..=LATEST_YEAR).contains(&y) {
        Ok(())
    } else {
        Err(t!(
            "date-year-out-of-range",
            year = y,
            earliest = EARLIEST_YEAR,
            latest = LATEST_YEAR
        ))
    }
}

fn ymd(y: i32, m: u32, d: u32) -> Date {
    Date::from_ymd_opt(y, m, d).unwrap_or(Date::MIN)
}

/// 2020年10月14日.
pub fn chinese_date(d: Date) -> String {
    format!("{}年{}月{}日", d.year(), d.month(), d.day())
}

/// A range the Chinese way, dropping what repeats: 2020年6月15日至8月28日,
/// 2020年6月15日至28日, 2020年12月1日至2021年1月5日.
pub fn chinese_range(start: Date, end: Date) -> String {
    let tail = if start.year() != end.year() {
        chinese_date(end)
    } else if start.month() != end.month() {
        format!("{}月{}日", end.month(), end.day())
    } else {
        format!("{}日", end.day())
    };
    format!("{}至{}", chinese_date(start), tail)
}

/// A day the Chinese way without the year when it is the same as `context`'s (10月14日).
pub fn chinese_date_in_year(d: Date, context_year: i32) -> String {
    if d.year() == context_year {
        format!("{}月{}日", d.month(), d.day())
    } else {
        chinese_date(d)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_days_months_and_years() {
        assert_eq!(When::parse("2020-12-31"), Ok(When::Day(ymd(2020, 12, 31))));
        assert_eq!(When::parse("2020-12"), Ok(When::Month(2020, 12)));
        assert_eq!(When::parse("2020"), Ok(When::Year(2020)));
        assert!(When::parse("2020-1-3").is_err());
        assert!(When::parse("2021-02-29").is_err());
        assert!(When::parse("0000-01-01").is_err());
        assert!(When::parse("9999-12-31").is_err());
        assert!(When::parse("2020-13").is_err());
        assert!(When::parse("十二月").is_err());
    }

    #[test]
    fn partial_dates_span_their_period() {
        assert_eq!(When::Month(2020, 2).latest(), ymd(2020, 2, 29));
        assert_eq!(When::Month(2020, 12).latest(), ymd(2020, 12, 31));
        assert_eq!(When::Year(2020).earliest(), ymd(2020, 1, 1));
    }

    #[test]
    fn chinese_spellings() {
        assert_eq!(chinese_date(ymd(2020, 10, 14)), "2020年10月14日");
        assert_eq!(
            chinese_range(ymd(2020, 6, 15), ymd(2020, 8, 28)),
            "2020年6月15日至8月28日"
        );
        assert_eq!(
            chinese_range(ymd(2020, 6, 1), ymd(2020, 6, 28)),
            "2020年6月1日至28日"
        );
        assert_eq!(
            chinese_range(ymd(2020, 12, 1), ymd(2021, 1, 5)),
            "2020年12月1日至2021年1月5日"
        );
        assert_eq!(chinese_date_in_year(ymd(2020, 10, 14), 2020), "10月14日");
        assert_eq!(When::Month(2020, 12).chinese(), "2020年12月");
    }
}
