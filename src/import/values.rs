//! Cell values as offices write them: status words (已完成, 正在整改, 持续整改…) and dates in
//! the usual spellings (2020-12-31, 2020.12.31, 2020年12月31日, 12月底, 长期).

use crate::date::{self, When};
use crate::model::{Language, Status};

use super::grid::Cell;

/// Words read as each status, besides its key and labels.
const STATUS_WORDS: &[(Status, &[&str])] = &[
    (
        Status::Done,
        &[
            "已完成",
            "完成",
            "完成整改",
            "整改完成",
            "已整改",
            "已整改完成",
            "已办结",
            "办结",
        ],
    ),
    (
        Status::Partial,
        &["基本完成", "基本完成整改", "基本整改", "基本整改完成"],
    ),
    (
        Status::InProgress,
        &[
            "正在推进",
            "正在整改",
            "整改中",
            "推进中",
            "正在进行",
            "进行中",
            "正在落实",
        ],
    ),
    (
        Status::Ongoing,
        &[
            "长期坚持",
            "持续整改",
            "持续推进",
            "长期推进",
            "长期整改",
            "长期",
            "常态化推进",
        ],
    ),
    (
        Status::NotStarted,
        &["未启动", "未开始", "尚未启动", "尚未开始"],
    ),
];

/// Reads a status word; punctuation and spaces around it do not matter.
pub fn status(text: &str) -> Option<Status> {
    let word: String = text
        .trim()
        .trim_matches(|c: char| "。.，,；;!！（）()【】[]".contains(c) || c.is_whitespace())
        .to_string();
    if word.is_empty() {
        return None;
    }
    if let Some(s) = Status::parse(&word) {
        return Some(s);
    }
    let lower = word.to_ascii_lowercase();
    if let Some(s) = Status::ALL
        .into_iter()
        .find(|s| s.label(Language::En) == lower || s.key() == lower)
    {
        return Some(s);
    }
    STATUS_WORDS
        .iter()
        .find(|(_, words)| words.contains(&word.as_str()))
        .map(|(s, _)| *s)
}

/// Every word `status` reads, for "did you mean" and help texts.
pub fn status_words() -> Vec<&'static str> {
    STATUS_WORDS
        .iter()
        .flat_map(|(_, words)| words.iter().copied())
        .collect()
}

/// A date cell read: a date, a date whose year came from context, or 长期 (no end date).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateCell {
    When(When),
    /// Month (and day) without a year, e.g. 12月底: `day` is `None` for the whole month.
    NoYear {
        month: u32,
        day: Option<u32>,
    },
    LongTerm,
}

impl DateCell {
    /// Completes a date without a year.
    pub fn with_year(self, year: i32) -> Result<When, String> {
        match self {
            DateCell::When(w) => Ok(w),
            DateCell::NoYear { month, day: None } => Ok(When::Month(year, month)),
            DateCell::NoYear {
                month,
                day: Some(d),
            } => date::day(year, month, d).map(When::Day),
            DateCell::LongTerm => Err("长期 is not a date".into()),
        }
    }
}

/// Reads a date cell. `None` for an empty cell.
pub fn date_cell(cell: &Cell) -> Option<Result<DateCell, String>> {
    match cell {
        Cell::Empty => None,
        Cell::Date(d) => Some(Ok(DateCell::When(When::Day(*d)))),
        Cell::Number(n) if n.fract() == 0.0 => {
            let n = *n as i64;
            Some(match n {
                1949..=2100 => {
                    date::day(n as i32, 1, 1).map(|_| DateCell::When(When::Year(n as i32)))
                }
                19_490_101..=21_001_231 => date::day(
                    (n / 10_000) as i32,
                    (n / 100 % 100) as u32,
                    (n % 100) as u32,
                )
                .map(|d| DateCell::When(When::Day(d))),
                _ => Err(t!("value-not-a-date", text = n.to_string())),
            })
        }
        Cell::Text(t) if t.trim().is_empty() => None,
        Cell::Text(t) => Some(date_text(t)),
        other => Some(Err(t!("value-not-a-date", text = other.text()))),
    }
}

/// Reads a date written as text.
pub fn date_text(text: &str) -> Result<DateCell, String> {
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
            c => c,
        })
        .collect();
    let lower = s.to_ascii_lowercase();
    if matches!(
        s.as_str(),
        "长期" | "长期坚持" | "长期执行" | "持续" | "持续整改" | "长期整改"
    ) || matches!(lower.as_str(), "long-term" | "longterm" | "ongoing")
    {
        return Ok(DateCell::LongTerm);
    }
    for suffix in ["以前", "之前", "前", "内"] {
        if let Some(rest) = s.strip_suffix(suffix) {
            s = rest.to_string();
            break;
        }
    }
    let bad = || t!("value-not-a-date", text = original);
    let num = |p: &str| -> Result<u32, String> {
        if !p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit()) {
            p.parse().map_err(|_| bad())
        } else {
            Err(bad())
        }
    };
    let year = |p: &str| -> Result<i32, String> {
        if p.len() == 4 {
            Ok(num(p)? as i32)
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

    // 2020年12月31日, 2020年12月(底), 2020年(底), 12月31日, 12月底.
    if s.contains('年') || s.contains('月') {
        let (y, rest) = match s.split_once('年') {
            Some((y, rest)) => (Some(year(y)?), rest),
            None => (None, s.as_str()),
        };
        let rest = rest.trim_end_matches(['底', '末', '份']);
        if rest.is_empty() {
            return match y {
                Some(y) => date::day(y, 1, 1).map(|_| DateCell::When(When::Year(y))),
                None => Err(bad()),
            };
        }
        let (m, d) = match rest.split_once('月') {
            Some((m, d)) => (
                month(num(m)?)?,
                d.trim_end_matches(['日', '号', '底', '末']),
            ),
            None => return Err(bad()),
        };
        let d = if d.is_empty() { None } else { Some(num(d)?) };
        return match (y, d) {
            (Some(y), Some(d)) => date::day(y, m, d).map(|d| DateCell::When(When::Day(d))),
            (Some(y), None) => date::day(y, m, 1).map(|_| DateCell::When(When::Month(y, m))),
            (None, Some(d)) => date::day(2000, m, d)
                .map(|_| DateCell::NoYear {
                    month: m,
                    day: Some(d),
                })
                .map_err(|_| t!("value-no-day", text = original, month = m, day = d)),
            (None, None) => Ok(DateCell::NoYear {
                month: m,
                day: None,
            }),
        };
    }

    // 2020-12-31, 2020.12.31, 2020/12/31, 2020-12, 2020.
    let parts: Vec<&str> = s.split(['-', '.', '/']).collect();
    match parts.as_slice() {
        [y] => {
            let y = year(y)?;
            date::day(y, 1, 1).map(|_| DateCell::When(When::Year(y)))
        }
        [y, m] => {
            let (y, m) = (year(y)?, month(num(m)?)?);
            date::day(y, m, 1).map(|_| DateCell::When(When::Month(y, m)))
        }
        [y, m, d] => {
            let (y, m, d) = (year(y)?, month(num(m)?)?, num(d)?);
            date::day(y, m, d).map(|d| DateCell::When(When::Day(d)))
        }
        _ => Err(bad()),
    }
}

/// The first `20xx年` (or `19xx年`) in a text such as a ledger's title, for dates with no year.
pub fn year_in(text: &str) -> Option<i32> {
    let chars: Vec<char> = text.chars().collect();
    chars.windows(5).find_map(|w| {
        let digits: String = w[..4].iter().collect();
        (w[4] == '年' && digits.bytes().all(|b| b.is_ascii_digit()))
            .then(|| digits.parse().ok())
            .flatten()
            .filter(|y| (date::EARLIEST_YEAR..=date::LATEST_YEAR).contains(y))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> DateCell {
        DateCell::When(When::Day(date::Date::from_ymd_opt(y, m, d).unwrap()))
    }

    #[test]
    fn status_words() {
        assert_eq!(status("已完成"), Some(Status::Done));
        assert_eq!(status(" 完成整改。"), Some(Status::Done));
        assert_eq!(status("基本完成"), Some(Status::Partial));
        assert_eq!(status("正在整改"), Some(Status::InProgress));
        assert_eq!(status("正在推进"), Some(Status::InProgress));
        assert_eq!(status("长期坚持"), Some(Status::Ongoing));
        assert_eq!(status("持续整改"), Some(Status::Ongoing));
        assert_eq!(status("未启动"), Some(Status::NotStarted));
        assert_eq!(status("in-progress"), Some(Status::InProgress));
        assert_eq!(status("Mostly done"), Some(Status::Partial));
        assert_eq!(status("差不多了"), None);
        assert_eq!(status(""), None);
    }

    #[test]
    fn date_spellings() {
        assert_eq!(date_text("2020-12-31"), Ok(day(2020, 12, 31)));
        assert_eq!(date_text("2020.12.31"), Ok(day(2020, 12, 31)));
        assert_eq!(date_text("2020/1/5"), Ok(day(2020, 1, 5)));
        assert_eq!(date_text("2020年12月31日"), Ok(day(2020, 12, 31)));
        assert_eq!(date_text("２０２０年１２月３１日前"), Ok(day(2020, 12, 31)));
        assert_eq!(
            date_text("2020年12月"),
            Ok(DateCell::When(When::Month(2020, 12)))
        );
        assert_eq!(
            date_text("2020年12月底"),
            Ok(DateCell::When(When::Month(2020, 12)))
        );
        assert_eq!(date_text("2020年底"), Ok(DateCell::When(When::Year(2020))));
        assert_eq!(date_text("2020年"), Ok(DateCell::When(When::Year(2020))));
        assert_eq!(
            date_text("2020.12"),
            Ok(DateCell::When(When::Month(2020, 12)))
        );
        assert_eq!(date_text("2020"), Ok(DateCell::When(When::Year(2020))));
        assert_eq!(
            date_text("12月底"),
            Ok(DateCell::NoYear {
                month: 12,
                day: None
            })
        );
        assert_eq!(
            date_text("3月15日"),
            Ok(DateCell::NoYear {
                month: 3,
                day: Some(15)
            })
        );
        assert_eq!(date_text("长期"), Ok(DateCell::LongTerm));
        assert_eq!(date_text("long-term"), Ok(DateCell::LongTerm));
        assert!(date_text("2021-02-29").is_err());
        assert!(date_text("2020年13月").is_err());
        assert!(date_text("明年").is_err());
        assert!(date_text("2月30日").is_err());
        assert!(date_text("20-12-31").is_err());
    }

    #[test]
    fn excel_numbers_and_dates() {
        assert_eq!(
            date_cell(&Cell::Number(2020.0)),
            Some(Ok(DateCell::When(When::Year(2020))))
        );
        assert_eq!(
            date_cell(&Cell::Number(20201231.0)),
            Some(Ok(day(2020, 12, 31)))
        );
        assert!(matches!(date_cell(&Cell::Number(44196.5)), Some(Err(_))));
        assert_eq!(date_cell(&Cell::Empty), None);
    }

    proptest::proptest! {
        /// Whatever a cell holds, reading it gives a value or a message, never a panic.
        #[test]
        fn reading_any_text_never_panics(text in "\\PC{0,12}", digits in "[0-9年月日底.\\-/长期前 ]{0,14}") {
            let _ = date_text(&text);
            let _ = date_text(&digits);
            let _ = status(&text);
            let _ = year_in(&text);
            let _ = crate::import::strip_numbering(&text);
        }
    }

    #[test]
    fn year_from_a_title() {
        assert_eq!(year_in("区民政局2020年巡察整改台账"), Some(2020));
        assert_eq!(year_in("区民政局巡察整改台账"), None);
    }
}
