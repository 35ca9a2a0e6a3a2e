//! Which column of a ledger holds what: headers matched by their usual Chinese (and English)
//! names, `--map` for others, and the search for the header row under a title.

use std::collections::BTreeMap;

use super::grid::{column_letter, Grid};
use crate::model::Language;
use crate::view::ledger::Column;

/// The header names offices use for each ledger column, besides the ledger's own, best
/// first: when two columns of a ledger read as the same one, the better name is taken and
/// the other column is left out with a note (整改任务 beside 整改措施, 备注 beside 佐证材料).
fn aliases(column: Column) -> &'static [&'static str] {
    match column {
        Column::Number => &["序号", "编号", "序", "no", "no."],
        Column::Category => &[
            "问题类别",
            "方面",
            "问题类型",
            "类别",
            "问题方面",
            "反馈问题类别",
            "问题分类",
            "类型",
        ],
        Column::Finding => &[
            "问题",
            "存在问题",
            "具体问题",
            "巡察反馈问题",
            "问题表现",
            "问题描述",
            "反馈问题",
            "存在的问题",
            "主要问题",
            "问题清单",
            "巡察发现问题",
            "反馈意见",
            "巡察反馈意见",
        ],
        Column::Measure => &[
            "整改措施",
            "具体整改措施",
            "整改举措",
            "措施",
            "整改任务",
            "整改目标",
        ],
        Column::Owner => &[
            "责任领导/责任人",
            "责任领导",
            "责任人",
            "牵头领导",
            "分管领导",
            "具体责任人",
            "主要责任人",
            "直接责任人",
            "责任领导及责任人",
        ],
        Column::Department => &[
            "责任部门",
            "责任单位",
            "牵头单位",
            "牵头部门",
            "责任科室",
            "责任股室",
            "责任处室",
            "承办单位",
            "配合单位",
            "配合部门",
        ],
        Column::Deadline => &["整改时限", "完成时限", "整改期限", "时限", "完成期限"],
        Column::Status => &[
            "完成情况",
            "整改状态",
            "是否完成",
            "销号情况",
            "完成状态",
            "是否销号",
            "整改完成情况",
            "状态",
        ],
        Column::Done => &[
            "完成时间",
            "完成日期",
            "整改完成时间",
            "实际完成时间",
            "销号时间",
        ],
        Column::Evidence => &["佐证材料", "整改佐证材料", "佐证资料", "佐证", "备注"],
        Column::Latest => &[
            "最新进展",
            "整改进展",
            "进展情况",
            "整改进展情况",
            "整改落实情况",
            "整改情况",
            "进展",
            "最新情况",
        ],
    }
}

/// Columns a ledger may hold twice, joined in one value (责任领导 and 责任人; 牵头单位 and
/// 配合单位).
pub fn joinable(column: Column) -> bool {
    matches!(column, Column::Owner | Column::Department)
}

/// How well a header names a column: 0 for the ledger's own header, then the alias's rank.
fn rank(column: Column, key: &str) -> Option<usize> {
    if normalize(column.header(Language::Zh)) == key {
        return Some(0);
    }
    aliases(column)
        .iter()
        .position(|a| normalize(a) == key)
        .map(|i| i + 1)
}

/// The column a header names, and how well (see [`rank`]). Words in brackets after the
/// name do not matter: 整改时限（年月日） is 整改时限.
fn recognise(key: &str) -> Option<(Column, usize)> {
    let find = |key: &str| {
        Column::ALL
            .into_iter()
            .filter_map(|c| rank(c, key).map(|r| (c, r)))
            .min_by_key(|(_, r)| *r)
    };
    find(key).or_else(|| {
        let cut = key.find('(')?;
        (cut > 0).then(|| find(&key[..cut])).flatten()
    })
}

/// A header as compared: no spaces or line breaks, ASCII lower case, full-width slashes and
/// brackets made plain (责任领导／责任人 and 责任领导 / 责任人 match).
pub fn normalize(header: &str) -> String {
    header
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '／' => '/',
            '（' => '(',
            '）' => ')',
            c => c.to_ascii_lowercase(),
        })
        .collect()
}

/// Reads a ledger column name as written on the right of `--map` (a header or an alias).
pub fn column_named(name: &str) -> Option<Column> {
    let name = normalize(name);
    Column::ALL.into_iter().find(|&c| {
        normalize(c.header(Language::Zh)) == name
            || normalize(c.header(Language::En)) == name
            || aliases(c).iter().any(|a| normalize(a) == name)
    })
}

/// `--map 具体问题=问题`: a header of the file and the ledger column it holds.
pub fn parse_map(arg: &str) -> Result<(String, Column), String> {
    let Some((header, column)) = arg.split_once('=') else {
        return Err(t!("map-no-equals", arg = arg));
    };
    if normalize(header).is_empty() {
        return Err(t!("map-empty-header", arg = arg));
    }
    let column = column_named(column).ok_or_else(|| {
        t!(
            "map-unknown-column",
            arg = arg,
            column = column.trim(),
            columns = Column::headers(Language::Zh).join(", ")
        )
    })?;
    Ok((normalize(header), column))
}

/// The header row found in a sheet: where it is and which column holds what.
#[derive(Debug, Clone)]
pub struct Header {
    /// 0-based row of the header (its first row, when it spans two).
    pub row: usize,
    /// Its last row: the table starts below it.
    pub last_row: usize,
    /// Ledger column → the sheet's columns holding it (0-based; more than one only for the
    /// [`joinable`] columns).
    pub columns: BTreeMap<Column, Vec<usize>>,
    /// Each header cell's text, by column (the lower one of a two-row header where it names
    /// the column).
    pub labels: BTreeMap<usize, String>,
    /// Headers not recognised: (column, text), reported so the user can `--map` them.
    pub unknown: Vec<(usize, String)>,
    /// Headers recognised but left out for a better one: (column, text, the one taken).
    pub passed_over: Vec<(usize, String, usize)>,
    /// Headers that were written in English (the ledger export in English).
    pub english: bool,
}

impl Header {
    pub fn first(&self, column: Column) -> Option<usize> {
        self.columns.get(&column).and_then(|c| c.first().copied())
    }

    /// The header text of a sheet column, for messages: `column H (完成情况)`.
    pub fn describe(&self, col: usize) -> String {
        match self.labels.get(&col) {
            Some(text) if !text.is_empty() => {
                t!(
                    "import-column-named",
                    letter = column_letter(col),
                    header = text.replace('\n', "")
                )
            }
            _ => t!("import-column", letter = column_letter(col)),
        }
    }

    /// The rows the header takes, for messages: `row 3` or `rows 3–4`.
    pub fn rows(&self) -> String {
        if self.last_row == self.row {
            t!("import-place-row-only", row = self.row + 1)
        } else {
            t!(
                "import-rows",
                first = self.row + 1,
                last = self.last_row + 1
            )
        }
    }
}

/// How many rows from the top a header may be (under a title and notes).
const HEADER_SEARCH_ROWS: usize = 30;

/// The first row that holds at least the 问题 and 整改措施 headers, alone or with the row
/// below it (a two-row header: 责任主体 merged over 责任领导 and 责任单位).
pub fn find_header(grid: &Grid, map: &[(String, Column)]) -> Option<Header> {
    (0..grid.rows.len().min(HEADER_SEARCH_ROWS)).find_map(|row| {
        let single = header_at(grid, row, false, map);
        let double = if row + 1 < grid.rows.len() {
            header_at(grid, row, true, map)
        } else {
            None
        };
        match (single, double) {
            (Some(s), Some(d)) if d.columns.len() > s.columns.len() => Some(d),
            (Some(s), _) => Some(s),
            (None, d) => d,
        }
    })
}

fn header_at(grid: &Grid, row: usize, two_rows: bool, map: &[(String, Column)]) -> Option<Header> {
    let lookup = |text: &str| -> Option<(Column, usize, bool)> {
        let key = normalize(text);
        if key.is_empty() {
            return None;
        }
        if let Some((_, c)) = map.iter().find(|(header, _)| *header == key) {
            return Some((*c, 0, false));
        }
        if let Some((c, r)) = recognise(&key) {
            return Some((c, r, false));
        }
        Column::ALL
            .into_iter()
            .find(|&c| normalize(c.header(Language::En)) == key)
            .map(|c| (c, 0, true))
    };
    // Best rank first: (column, rank, sheet column).
    let mut found: Vec<(Column, usize, usize)> = Vec::new();
    let mut labels = BTreeMap::new();
    let mut unknown = Vec::new();
    let mut english = 0;
    let mut lower_used = false;
    let mut top_used = false;
    let width = grid.width().max(grid.rows.get(row).map_or(0, Vec::len));
    for col in 0..width {
        let top = grid.cell(row, col).text();
        let top_merge = grid.merge_at(row, col).copied();
        // A merged header spanning two columns counts once, unless a second header row
        // names each column under it.
        let mut text = top.clone();
        let mut hit = lookup(&top);
        if two_rows {
            let spans_down = top_merge.is_some_and(|m| m.first_row == row && m.last_row > row);
            let lower = grid.cell(row + 1, col).text();
            if !spans_down && !lower.is_empty() && lower != top {
                if let Some(h) = lookup(&lower) {
                    text = lower;
                    hit = Some(h);
                    lower_used = true;
                }
            }
        }
        if hit.is_none() {
            if let Some(m) = top_merge {
                if m.first_col != col && m.first_row == row {
                    continue;
                }
            }
        }
        if text.is_empty() {
            continue;
        }
        top_used |= hit.is_some() && text == top;
        labels.insert(col, text.clone());
        match hit {
            Some((c, r, en)) => {
                english += usize::from(en);
                found.push((c, r, col));
            }
            None => unknown.push((col, text)),
        }
    }
    // A title merged over the table is no upper header row: both rows must name columns.
    if two_rows && !(lower_used && top_used) {
        return None;
    }
    found.sort_by_key(|&(c, r, col)| (c, r, col));
    let mut columns: BTreeMap<Column, Vec<usize>> = BTreeMap::new();
    let mut passed_over = Vec::new();
    for (c, _, col) in found {
        match columns.get_mut(&c) {
            Some(cols) if joinable(c) => cols.push(col),
            Some(cols) => {
                let taken = cols[0];
                passed_over.push((col, labels.get(&col).cloned().unwrap_or_default(), taken));
            }
            None => {
                columns.insert(c, vec![col]);
            }
        }
    }
    for cols in columns.values_mut() {
        cols.sort_unstable();
    }
    passed_over.sort();
    let found = columns.contains_key(&Column::Finding) && columns.contains_key(&Column::Measure);
    found.then_some(Header {
        row,
        last_row: if two_rows { row + 1 } else { row },
        english: english > columns.len() / 2,
        columns,
        labels,
        unknown,
        passed_over,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::grid::Cell;

    fn grid(rows: &[&[&str]]) -> Grid {
        let cells = rows
            .iter()
            .enumerate()
            .flat_map(|(r, row)| {
                row.iter()
                    .enumerate()
                    .filter(|(_, s)| !s.is_empty())
                    .map(move |(c, s)| (r, c, Cell::Text(s.to_string())))
            })
            .collect();
        Grid::build(None, cells, Vec::new()).unwrap()
    }

    #[test]
    fn finds_the_header_under_a_title() {
        let g = grid(&[
            &["某局巡察整改台账"],
            &[
                "序号",
                "方面",
                "存在问题",
                "整改\n措施",
                "责任领导",
                "责任人",
                "备注",
            ],
        ]);
        let h = find_header(&g, &[]).unwrap();
        assert_eq!(h.row, 1);
        assert_eq!(h.first(Column::Category), Some(1));
        assert_eq!(h.first(Column::Measure), Some(3));
        assert_eq!(h.columns[&Column::Owner], vec![4, 5]);
        assert_eq!(h.first(Column::Evidence), Some(6), "备注 when no 佐证材料");
        let g = grid(&[&[
            "问题",
            "整改措施",
            "整改进展",
            "完成情况",
            "佐证材料",
            "备注",
        ]]);
        let h = find_header(&g, &[]).unwrap();
        assert_eq!(h.first(Column::Latest), Some(2));
        assert_eq!(h.first(Column::Status), Some(3));
        assert_eq!(h.first(Column::Evidence), Some(4));
        assert_eq!(h.passed_over, vec![(5, "备注".to_string(), 4)]);
        let g = grid(&[&["具体问题", "整改任务", "整改时限（年月日）"]]);
        let h = find_header(&g, &[]).unwrap();
        assert_eq!(h.first(Column::Deadline), Some(2));
    }

    #[test]
    fn map_names_other_headers() {
        let g = grid(&[&["问题要点", "整改措施"]]);
        assert!(find_header(&g, &[]).is_none());
        let map = vec![parse_map("问题要点=问题").unwrap()];
        assert_eq!(
            find_header(&g, &map).unwrap().first(Column::Finding),
            Some(0)
        );
        assert!(parse_map("具体问题").is_err());
        assert!(parse_map("具体问题=什么").is_err());
        assert_eq!(parse_map(" 时间 = 完成时间 ").unwrap().1, Column::Done);
    }

    #[test]
    fn a_header_over_two_rows() {
        let g = grid(&[
            &["序号", "问题", "整改措施", "责任主体", "", "整改时限"],
            &["", "", "", "责任领导", "责任单位", ""],
            &["1", "学习不深入", "建立制度", "王某", "办公室", "2024年6月"],
        ]);
        let h = find_header(&g, &[]).unwrap();
        assert_eq!((h.row, h.last_row), (0, 1));
        assert_eq!(h.first(Column::Owner), Some(3));
        assert_eq!(h.first(Column::Department), Some(4));
        assert_eq!(h.first(Column::Deadline), Some(5));
        assert_eq!(h.describe(4), "column E (责任单位)");
    }
}
