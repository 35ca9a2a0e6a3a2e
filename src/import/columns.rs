//! Which column of a ledger holds what: headers matched by their usual Chinese (and English)
//! names, `--map` for others, and the search for the header row under a title.

use std::collections::BTreeMap;

use super::grid::{column_letter, Grid};
use crate::model::Language;
use crate::view::ledger::Column;

/// The header names offices use for each ledger column, besides the ledger's own.
fn aliases(column: Column) -> &'static [&'static str] {
    match column {
        Column::Number => &["序号", "编号", "序", "no", "no."],
        Column::Category => &[
            "问题类别",
            "方面",
            "类别",
            "问题类型",
            "问题方面",
            "反馈问题类别",
        ],
        Column::Finding => &[
            "问题",
            "存在问题",
            "问题描述",
            "反馈问题",
            "巡察反馈问题",
            "问题表现",
        ],
        Column::Measure => &["整改措施", "措施", "具体整改措施", "整改举措"],
        Column::Owner => &[
            "责任领导/责任人",
            "责任领导",
            "责任人",
            "牵头领导",
            "分管领导",
        ],
        Column::Department => &["责任部门", "责任单位", "牵头部门", "责任股室", "牵头单位"],
        Column::Deadline => &["整改时限", "完成时限", "时限", "整改期限"],
        Column::Status => &[
            "完成情况",
            "整改进展",
            "整改情况",
            "整改状态",
            "状态",
            "进展情况",
        ],
        Column::Done => &["完成时间", "完成日期", "整改完成时间"],
        Column::Evidence => &["佐证材料", "佐证", "整改佐证材料", "佐证资料"],
        Column::Latest => &["最新进展", "进展", "最新情况"],
    }
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
    /// 0-based row of the header.
    pub row: usize,
    /// Ledger column → the sheet's columns holding it (0-based; more than one only for
    /// 责任领导 and 责任人 kept apart).
    pub columns: BTreeMap<Column, Vec<usize>>,
    /// Headers not recognised: (column, text), reported so the user can `--map` them.
    pub unknown: Vec<(usize, String)>,
    /// Headers that were written in English (the ledger export in English).
    pub english: bool,
}

impl Header {
    pub fn first(&self, column: Column) -> Option<usize> {
        self.columns.get(&column).and_then(|c| c.first().copied())
    }

    /// The header text of a sheet column, for messages.
    pub fn describe(grid: &Grid, row: usize, col: usize) -> String {
        let text = grid.cell(row, col).text();
        if text.is_empty() {
            t!("import-column", letter = column_letter(col))
        } else {
            t!(
                "import-column-named",
                letter = column_letter(col),
                header = text.replace('\n', "")
            )
        }
    }
}

/// How many rows from the top a header may be (under a title and notes).
const HEADER_SEARCH_ROWS: usize = 20;

/// The first row that holds at least the 问题 and 整改措施 headers.
pub fn find_header(grid: &Grid, map: &[(String, Column)]) -> Option<Header> {
    (0..grid.rows.len().min(HEADER_SEARCH_ROWS)).find_map(|row| header_at(grid, row, map))
}

fn header_at(grid: &Grid, row: usize, map: &[(String, Column)]) -> Option<Header> {
    let mut columns: BTreeMap<Column, Vec<usize>> = BTreeMap::new();
    let mut unknown = Vec::new();
    let mut english = 0;
    let width = grid.rows.get(row).map_or(0, Vec::len);
    for col in 0..width {
        // A merged header spanning two columns counts once.
        if let Some(m) = grid.merge_at(row, col) {
            if m.first_col != col {
                continue;
            }
        }
        let text = grid.cell(row, col).text();
        let key = normalize(&text);
        if key.is_empty() {
            continue;
        }
        let mapped = map
            .iter()
            .find(|(header, _)| *header == key)
            .map(|(_, c)| *c);
        let column = mapped.or_else(|| {
            Column::ALL.into_iter().find(|&c| {
                normalize(c.header(Language::Zh)) == key
                    || aliases(c).iter().any(|a| normalize(a) == key)
            })
        });
        let column = column.or_else(|| {
            let found = Column::ALL
                .into_iter()
                .find(|&c| normalize(c.header(Language::En)) == key);
            english += usize::from(found.is_some());
            found
        });
        match column {
            Some(c) => columns.entry(c).or_default().push(col),
            None => unknown.push((col, text)),
        }
    }
    let found = columns.contains_key(&Column::Finding) && columns.contains_key(&Column::Measure);
    found.then_some(Header {
        row,
        english: english > columns.len() / 2,
        columns,
        unknown,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::grid::Cell;

    fn grid(rows: &[&[&str]]) -> Grid {
        Grid {
            sheet: None,
            rows: rows
                .iter()
                .map(|r| r.iter().map(|s| Cell::Text(s.to_string())).collect())
                .collect(),
            merged: Vec::new(),
        }
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
        assert_eq!(h.unknown, vec![(6, "备注".to_string())]);
    }

    #[test]
    fn map_names_other_headers() {
        let g = grid(&[&["具体问题", "整改措施"]]);
        assert!(find_header(&g, &[]).is_none());
        let map = vec![parse_map("具体问题=问题").unwrap()];
        assert_eq!(
            find_header(&g, &map).unwrap().first(Column::Finding),
            Some(0)
        );
        assert!(parse_map("具体问题").is_err());
        assert!(parse_map("具体问题=什么").is_err());
        assert_eq!(parse_map(" 时间 = 完成时间 ").unwrap().1, Column::Done);
    }
}
