//! Cell values as offices write them: status words (已完成, 正在整改, 持续整改…) and dates in
//! the usual spellings (2020-12-31, 2020.12.31, 2020年12月31日, 12月底, 长期).

use crate::date::{self, When};
use crate::model::{Language, Status};

use super::grid::Cell;

/// Words a ledger uses for a status that are not status words elsewhere (a yes/no 是否完成
/// column, 销号 for done): everything else is [`Status::parse`], the one status parser of the
/// command line, the data files and import.
const STATUS_WORDS: &[(Status, &[&str])] = &[
    (Status::Done, &["已销号", "销号", "是"]),
    (Status::InProgress, &["未销号", "否"]),
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

/// A status word at the start of a longer text, `已完成。制定了…` → (done, `制定了…`): the
/// word must end at punctuation.
pub fn status_prefix(text: &str) -> Option<(Status, String)> {
    let text = text.trim();
    let cut = text.find(['。', '，', ',', '；', ';', '：', ':', '\n'])?;
    let status = status(&text[..cut])?;
    let rest = text[cut..]
        .trim_start_matches(['。', '，', ',', '；', ';', '：', ':', '\n'])
        .trim();
    (!rest.is_empty()).then(|| (status, rest.to_string()))
}

/// The list markers a cell may number its measures with, for the `k`th (1-based) item.
fn markers(k: usize) -> Vec<String> {
    const CHINESE: [&str; 10] = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
    const CIRCLED: [char; 10] = ['①', '②', '③', '④', '⑤', '⑥', '⑦', '⑧', '⑨', '⑩'];
    let mut out = vec![
        format!("{k}."),
        format!("{k}、"),
        format!("{k}．"),
        format!("（{k}）"),
        format!("({k})"),
    ];
    if let Some(c) = CIRCLED.get(k - 1) {
        out.push(c.to_string());
    }
    if let Some(c) = CHINESE.get(k - 1) {
        out.push(format!("{c}是"));
        out.push(format!("（{c}）"));
    }
    out
}

/// Which style of marker (index into [`markers`]) starts `text`, when one does.
fn marker_at(text: &str, k: usize) -> Option<(usize, usize)> {
    markers(k).iter().enumerate().find_map(|(style, m)| {
        let rest = text.strip_prefix(m.as_str())?;
        // 1.5万元 is a number, not an item.
        let digit_follows =
            m.ends_with(['.', '．']) && rest.starts_with(|c: char| c.is_ascii_digit());
        (!digit_follows).then_some((style, m.len()))
    })
}

/// A measure cell numbering several measures (`1.…2.…`, `（1）…（2）…`, `一是…；二是…`,
/// `①…②…`, or one measure per line ending in 。 or ；) → each measure's text, verbatim but
/// for its list marker and the separator after it. Text that numbers nothing is one measure.
pub fn split_measures(text: &str) -> Vec<String> {
    let text = text.trim();
    let clean = |part: &str| {
        part.trim()
            .trim_end_matches(['；', ';', '，', ','])
            .trim()
            .to_string()
    };
    // Markers in sequence, the first at the start, each later one after a line break or
    // punctuation.
    if let Some((style, len)) = marker_at(text, 1) {
        let mut cuts = vec![(0, len)];
        let mut k = 2;
        let mut from = len;
        'next: while from < text.len() {
            let Some(m) = markers(k).get(style).cloned() else {
                break;
            };
            let mut search = from;
            while let Some(i) = text[search..].find(m.as_str()) {
                let at = search + i;
                let before = text[..at].chars().next_back();
                let boundary =
                    before.is_some_and(|c| c.is_whitespace() || "。；;，,：:）)".contains(c));
                if boundary && marker_at(&text[at..], k).is_some_and(|(s, _)| s == style) {
                    cuts.push((at, m.len()));
                    from = at + m.len();
                    k += 1;
                    continue 'next;
                }
                search = at + m.len();
            }
            break;
        }
        if cuts.len() >= 2 {
            let mut parts = Vec::new();
            for (i, &(at, len)) in cuts.iter().enumerate() {
                let end = cuts.get(i + 1).map_or(text.len(), |c| c.0);
                let part = clean(&text[at + len..end]);
                if !part.is_empty() {
                    parts.push(part);
                }
            }
            if parts.len() >= 2 {
                return parts;
            }
        }
    }
    // One per line, each a sentence of its own.
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    if lines.len() >= 2
        && lines[..lines.len() - 1]
            .iter()
            .all(|l| l.ends_with(['。', '；', ';']))
    {
        return lines.into_iter().map(clean).collect();
    }
    vec![text.to_string()]
}

/// Every word `status` reads, for "did you mean" and help texts.
pub fn status_words() -> Vec<&'static str> {
    let mut words = Status::words();
    words.extend(
        STATUS_WORDS
            .iter()
            .flat_map(|(_, words)| words.iter().copied()),
    );
    words
}

/// A date cell read: see [`date::Loose`].
pub type DateCell = date::Loose;

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
        // 2024.3 typed into a number cell.
        Cell::Number(n) => Some(date_text(&n.to_string())),
        Cell::Text(t) if t.trim().is_empty() || is_placeholder(t) => None,
        Cell::Text(t) => Some(date_text(t)),
        other => Some(Err(t!("value-not-a-date", text = other.text()))),
    }
}

/// `/`, `—`, `无`: written in a cell to say there is nothing to write.
pub fn is_placeholder(text: &str) -> bool {
    matches!(
        text.trim(),
        "/" | "／" | "-" | "—" | "——" | "－" | "无" | "暂无" | "\\" | "、"
    )
}

/// Reads a date written as text (the program's one forgiving date parser).
pub fn date_text(text: &str) -> Result<DateCell, String> {
    date::parse_loose(text).or_else(|why| {
        // rectify's own ledger notes an extension or a late completion after the date:
        // 2021年3月31日（延期，原定2020年12月31日）, 2020年12月10日（逾期完成）.
        match text
            .trim()
            .strip_suffix('）')
            .and_then(|t| t.split_once('（'))
        {
            Some((date, _)) => date::parse_loose(date).map_err(|_| why),
            None => Err(why),
        }
    })
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
    fn measures_numbered_in_one_cell() {
        assert_eq!(
            split_measures("1.建立制度；2.开展培训。"),
            vec!["建立制度", "开展培训。"]
        );
        assert_eq!(
            split_measures("（1）建立制度\n（2）开展培训\n（3）督查"),
            vec!["建立制度", "开展培训", "督查"]
        );
        assert_eq!(
            split_measures("一是建立制度；二是开展培训；三是强化督查。"),
            vec!["建立制度", "开展培训", "强化督查。"]
        );
        assert_eq!(
            split_measures("建立制度。\n开展培训。"),
            vec!["建立制度。", "开展培训。"]
        );
        assert_eq!(split_measures("1.5万元资金到位"), vec!["1.5万元资金到位"]);
        assert_eq!(
            split_measures("建立制度，并于2024年1.2月执行"),
            vec!["建立制度，并于2024年1.2月执行"]
        );
        assert_eq!(split_measures("一是建立制度"), vec!["一是建立制度"]);
        assert_eq!(
            split_measures("建立制度\n并开展培训"),
            vec!["建立制度\n并开展培训"]
        );
        assert_eq!(
            status_prefix("已完成。制定了制度"),
            Some((Status::Done, "制定了制度".into()))
        );
        assert_eq!(status_prefix("完成了制度"), None);
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
