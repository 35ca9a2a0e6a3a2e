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
    match parse_text(text, None)? {
        Some(When::Day(d)) => Ok(d),
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

/// A date as people write it in a ledger, a form or on the command line, read by
/// [`parse_loose`]: the strict TOML forms ([`When::parse`]) are one case of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Loose {
    /// A day, a month or a year.
    When(When),
    /// A month (and day) without a year, e.g. 12月底 (`day` is `None` for the whole month):
    /// the year comes from the context.
    NoYear { month: u32, day: Option<u32> },
    /// 长期, 长期坚持, 持续: no end date.
    LongTerm,
    /// 立行立改, 即知即改, 立即: at once (the feedback day, when it is known).
    Immediate,
    /// A period with no single day, read as its last day: 2024年下半年 → 2024-12-31,
    /// 2024年第三季度 → 2024-09-30, 2024年6月中旬 → 2024-06-20. `period` is what was read.
    Period { end: Date, period: &'static str },
}

impl Loose {
    /// Completes a date without a year; other values are as they are.
    pub fn with_year(self, year: i32) -> Result<When, String> {
        match self {
            Loose::When(w) => Ok(w),
            Loose::NoYear { month, day: None } => {
                day(year, month, 1).map(|_| When::Month(year, month))
            }
            Loose::NoYear {
                month,
                day: Some(d),
            } => day(year, month, d).map(When::Day),
            Loose::Period { end, .. } => Ok(When::Day(end)),
            Loose::LongTerm => Err(t!("value-not-a-date", text = "长期")),
            Loose::Immediate => Err(t!("value-not-a-date", text = "立行立改")),
        }
    }
}

/// Words meaning "no end date".
const LONG_TERM: &[&str] = &[
    "长期",
    "长期坚持",
    "长期执行",
    "长期推进",
    "长期整改",
    "持续",
    "持续整改",
    "持续推进",
    "持续坚持",
    "常态化",
    "常态化推进",
    "长期坚持、持续整改",
];

/// Words meaning "at once".
const IMMEDIATE: &[&str] = &[
    "立行立改",
    "即知即改",
    "立即整改",
    "立即",
    "马上就改",
    "立改立行",
    "即时整改",
];

/// Reads a date in the spellings offices use: 2024-06-30, 2024/6/30, 2024.6.30,
/// 2024年6月30日, 2024年6月, 2024年6月底, 2024年底, 2024, 6月底 and 3月15日 (no year),
/// 2024年上半年/下半年, 2024年第三季度 (三季度, Q3), 2024年6月上旬/中旬/下旬, a trailing
/// 前/以前/之前/内, full-width digits, 长期(坚持) and 立行立改. A range (2024年3月至6月)
/// reads as its end. TOML dates are read by [`When::parse`], not by this.
pub fn parse_loose(text: &str) -> Result<Loose, String> {
    let original = text.trim();
    // Full-width digits and separators as typed with a Chinese input method.
    let mut s: String = original
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
            '－' | '—' | '–' => '-',
            '．' | '。' => '.',
            '／' => '/',
            'Ｑ' | 'q' => 'Q',
            c => c,
        })
        .collect();
    let s_plain = s.trim_end_matches(['.', '，', ',', '；', ';']).to_string();
    let lower = s_plain.to_ascii_lowercase();
    if LONG_TERM.contains(&s_plain.as_str())
        || matches!(lower.as_str(), "long-term" | "longterm" | "ongoing")
    {
        return Ok(Loose::LongTerm);
    }
    if IMMEDIATE.contains(&s_plain.as_str()) || lower == "immediately" {
        return Ok(Loose::Immediate);
    }
    s = s_plain;
    // A range reads as its end: 2024年3月至6月, 2024.3~2024.6.
    for sep in ["至", "~", "～", "到"] {
        if let Some((from, to)) = s.split_once(sep) {
            let start = parse_loose(from)?;
            let year = match start {
                Loose::When(w) => Some(w.earliest().year()),
                Loose::Period { end, .. } => Some(end.year()),
                _ => None,
            };
            return match (parse_loose(to)?, year) {
                (Loose::NoYear { month, day: d }, Some(y)) => Loose::NoYear { month, day: d }
                    .with_year(y)
                    .map(Loose::When),
                (end, _) => Ok(end),
            };
        }
    }
    for suffix in ["以前", "之前", "前", "内", "止"] {
        if let Some(rest) = s.strip_suffix(suffix) {
            s = rest.to_string();
            break;
        }
    }
    let bad = || t!("value-not-a-date", text = crate::source::shorten(original));
    let num = |p: &str| -> Result<u32, String> {
        if !p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit()) {
            p.parse().map_err(|_| bad())
        } else {
            Err(bad())
        }
    };
    let year = |p: &str| -> Result<i32, String> {
        if p.len() == 4 {
            let y = num(p)? as i32;
            check_year(y)?;
            Ok(y)
        } else {
            Err(bad())
        }
    };
    let month = |m: u32| -> Result<u32, String> {
        if (1..=12).contains(&m) {
            Ok(m)
        } else {
            Err(t!("date-no-month", text = original, month = m))
        }
    };
    let period = |y: i32, m: u32, d: u32, what: &'static str| -> Result<Loose, String> {
        day(y, m, d).map(|end| Loose::Period { end, period: what })
    };

    // 2024年下半年, 2024年第三季度, 2024年Q3, 2024Q3.
    if s.len() == 6 && s.as_bytes()[4] == b'Q' {
        s = format!("{}年{}", &s[..4], &s[4..]);
    }
    if let Some((y, rest)) = s.split_once('年') {
        if let Ok(y) = year(y) {
            let rest = rest.trim_end_matches(['底', '末']);
            match rest {
                "上半年" => return period(y, 6, 30, "上半年"),
                "下半年" => return period(y, 12, 31, "下半年"),
                _ => {}
            }
            let quarter = rest
                .trim_start_matches('第')
                .trim_end_matches("季度")
                .trim_start_matches('Q');
            if rest.contains("季度") || rest.starts_with('Q') {
                let q = match quarter {
                    "一" | "1" => 1,
                    "二" | "2" => 2,
                    "三" | "3" => 3,
                    "四" | "4" => 4,
                    _ => return Err(bad()),
                };
                let m = q * 3;
                let last = When::Month(y, m).latest().day();
                let name = ["第一季度", "第二季度", "第三季度", "第四季度"][q as usize - 1];
                return period(y, m, last, name);
            }
        }
    }

    // 2024年12月31日, 2024年12月(底), 2024年(底), 12月31日, 12月底, 6月中旬.
    if s.contains('年') || s.contains('月') {
        let (y, rest) = match s.split_once('年') {
            Some((y, rest)) => (Some(year(y)?), rest),
            None => (None, s.as_str()),
        };
        let rest = rest.trim_end_matches(['底', '末', '份']);
        if rest.is_empty() {
            return match y {
                Some(y) => Ok(Loose::When(When::Year(y))),
                None => Err(bad()),
            };
        }
        let Some((m, d)) = rest.split_once('月') else {
            return Err(bad());
        };
        let m = month(num(m)?)?;
        for (word, what, dd) in [
            ("上旬", "上旬", Some(10)),
            ("中旬", "中旬", Some(20)),
            ("下旬", "下旬", None),
        ] {
            if d == word {
                let Some(y) = y else {
                    return Ok(Loose::NoYear {
                        month: m,
                        day: Some(dd.unwrap_or_else(|| When::Month(2001, m).latest().day())),
                    });
                };
                let dd = dd.unwrap_or_else(|| When::Month(y, m).latest().day());
                return period(y, m, dd, what);
            }
        }
        let d = d.trim_end_matches(['日', '号', '底', '末']);
        let d = if d.is_empty() { None } else { Some(num(d)?) };
        return match (y, d) {
            (Some(y), Some(d)) => day(y, m, d).map(|d| Loose::When(When::Day(d))),
            (Some(y), None) => day(y, m, 1).map(|_| Loose::When(When::Month(y, m))),
            (None, Some(d)) => day(2000, m, d)
                .map(|_| Loose::NoYear {
                    month: m,
                    day: Some(d),
                })
                .map_err(|_| t!("value-no-day", text = original, month = m, day = d)),
            (None, None) => Ok(Loose::NoYear {
                month: m,
                day: None,
            }),
        };
    }

    // 2024-12-31, 2024.12.31, 2024/12/31, 2024-12, 2024.
    let parts: Vec<&str> = s.split(['-', '.', '/']).collect();
    match parts.as_slice() {
        [y] => Ok(Loose::When(When::Year(year(y)?))),
        [y, m] => {
            let (y, m) = (year(y)?, month(num(m)?)?);
            Ok(Loose::When(When::Month(y, m)))
        }
        [y, m, d] => {
            let (y, m, d) = (year(y)?, month(num(m)?)?, num(d)?);
            day(y, m, d).map(|d| Loose::When(When::Day(d)))
        }
        _ => Err(bad()),
    }
}

/// A date written by a person (a command-line flag, a string in a data file), read by
/// [`parse_loose`] and made definite: a month without a year takes `year`; a period reads as
/// its last day. `Ok(None)` is 长期 (no end date), which only a deadline may be.
pub fn parse_text(text: &str, year: Option<i32>) -> Result<Option<When>, String> {
    parse_text_hinting(text, year, "date-help")
}

/// [`parse_text`] of a deadline (整改时限): its hint also offers 长期 and 立行立改, which only
/// a deadline may be.
pub fn parse_deadline_text(text: &str, year: Option<i32>) -> Result<Option<When>, String> {
    parse_text_hinting(text, year, "import-date-help")
}

fn parse_text_hinting(text: &str, year: Option<i32>, help: &str) -> Result<Option<When>, String> {
    if let Ok(when) = When::parse(text.trim()) {
        return Ok(Some(when));
    }
    match parse_loose(text) {
        Ok(Loose::LongTerm) => Ok(None),
        Ok(Loose::Immediate) => Err(t!(
            "date-immediate",
            text = crate::source::shorten(text.trim())
        )),
        Ok(loose @ Loose::NoYear { .. }) => match year {
            Some(y) => loose.with_year(y).map(Some),
            None => Err(t!(
                "date-no-year",
                text = crate::source::shorten(text.trim())
            )),
        },
        Ok(loose) => loose.with_year(year.unwrap_or(EARLIEST_YEAR)).map(Some),
        Err(why) => Err(t!(
            "date-with-help",
            why = why,
            help = crate::i18n::message(help, None)
        )),
    }
}

/// A date given on the command line, as written; the command makes it definite with the
/// day's year ([`Flag::when`]). `--deadline 长期` is a deadline removed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Flag(pub String);

impl Flag {
    /// Checks the spelling when the command line is read (a month without a year is
    /// completed later, with the year of `today`).
    pub fn parse(text: &str) -> Result<Flag, String> {
        parse_text(text, Some(2000)).map(|_| Flag(text.to_string()))
    }

    /// [`Flag::parse`] of a deadline (`--deadline`): its hint offers 长期 and 立行立改 too.
    pub fn parse_deadline(text: &str) -> Result<Flag, String> {
        parse_deadline_text(text, Some(2000)).map(|_| Flag(text.to_string()))
    }

    /// The date, a month without a year taking `today`'s; `None` for 长期.
    pub fn when(&self, today: Date) -> Result<Option<When>, String> {
        parse_text(&self.0, Some(today.year()))
    }

    /// The full day it names (a log date, a sign-off date).
    pub fn day(&self, today: Date) -> Result<Date, String> {
        match self.when(today)? {
            Some(When::Day(d)) => Ok(d),
            _ => Err(t!(
                "cli-not-a-full-date",
                date = crate::source::shorten(&self.0)
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn loose_day(y: i32, m: u32, d: u32) -> Loose {
        Loose::When(When::Day(ymd(y, m, d)))
    }

    #[test]
    fn text_dates_are_made_definite() {
        assert_eq!(
            parse_text("2024/6/30", None),
            Ok(Some(When::Day(ymd(2024, 6, 30))))
        );
        assert_eq!(
            parse_text("2024.6.30", None),
            Ok(Some(When::Day(ymd(2024, 6, 30))))
        );
        assert_eq!(
            parse_text("2024年6月底", None),
            Ok(Some(When::Month(2024, 6)))
        );
        assert_eq!(
            parse_text("6月底", Some(2026)),
            Ok(Some(When::Month(2026, 6)))
        );
        assert!(parse_text("6月底", None).is_err());
        assert_eq!(parse_text("长期坚持", None), Ok(None));
        assert!(parse_text("明天", None).is_err());
        assert_eq!(parse_day("2020年11月5日"), Ok(ymd(2020, 11, 5)));
        let flag = Flag::parse("8月15日").unwrap();
        assert_eq!(flag.day(ymd(2026, 12, 1)), Ok(ymd(2026, 8, 15)));
    }

    #[test]
    fn loose_spellings() {
        assert_eq!(parse_loose("2024-06-30"), Ok(loose_day(2024, 6, 30)));
        assert_eq!(parse_loose("2024/6/30"), Ok(loose_day(2024, 6, 30)));
        assert_eq!(parse_loose("2024.3.31"), Ok(loose_day(2024, 3, 31)));
        assert_eq!(parse_loose("2024年6月30日"), Ok(loose_day(2024, 6, 30)));
        assert_eq!(
            parse_loose("２０２４年６月３０日前"),
            Ok(loose_day(2024, 6, 30))
        );
        assert_eq!(
            parse_loose("2024年3月"),
            Ok(Loose::When(When::Month(2024, 3)))
        );
        assert_eq!(
            parse_loose("2024年6月底"),
            Ok(Loose::When(When::Month(2024, 6)))
        );
        assert_eq!(parse_loose("2024.6"), Ok(Loose::When(When::Month(2024, 6))));
        assert_eq!(parse_loose("2024年底前"), Ok(Loose::When(When::Year(2024))));
        assert_eq!(parse_loose("2024"), Ok(Loose::When(When::Year(2024))));
        assert_eq!(
            parse_loose("3月底"),
            Ok(Loose::NoYear {
                month: 3,
                day: None
            })
        );
        assert_eq!(
            parse_loose("3月15日"),
            Ok(Loose::NoYear {
                month: 3,
                day: Some(15)
            })
        );
        assert_eq!(parse_loose("长期坚持"), Ok(Loose::LongTerm));
        assert_eq!(parse_loose("长期"), Ok(Loose::LongTerm));
        assert_eq!(parse_loose("立行立改"), Ok(Loose::Immediate));
        assert_eq!(
            parse_loose("2024年下半年"),
            Ok(Loose::Period {
                end: ymd(2024, 12, 31),
                period: "下半年"
            })
        );
        assert_eq!(
            parse_loose("2024年上半年"),
            Ok(Loose::Period {
                end: ymd(2024, 6, 30),
                period: "上半年"
            })
        );
        assert_eq!(
            parse_loose("2024年第三季度"),
            Ok(Loose::Period {
                end: ymd(2024, 9, 30),
                period: "第三季度"
            })
        );
        assert_eq!(
            parse_loose("2024年6月中旬"),
            Ok(Loose::Period {
                end: ymd(2024, 6, 20),
                period: "中旬"
            })
        );
        assert_eq!(
            parse_loose("2024年3月至6月"),
            Ok(Loose::When(When::Month(2024, 6)))
        );
        assert!(parse_loose("2021-02-29").is_err());
        assert!(parse_loose("2024年13月").is_err());
        assert!(parse_loose("明年").is_err());
        assert!(parse_loose("2月30日").is_err());
        assert!(parse_loose("20-12-31").is_err());
        assert!(parse_loose("视情况而定").is_err());
        // TOML dates stay strict.
        assert!(When::parse("2024/6/30").is_err());
    }

    proptest::proptest! {
        #[test]
        fn loose_never_panics(text in "\\PC{0,16}", digits in "[0-9年月日底.\\-/长期前上下半季度第Q至旬 ]{0,16}") {
            let _ = parse_loose(&text);
            let _ = parse_loose(&digits);
        }
    }

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
