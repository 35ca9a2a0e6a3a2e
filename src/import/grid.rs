//! A ledger file as a grid of cells: every sheet of a workbook (calamine) or the one table of
//! a CSV file, with positions as the user sees them (row 1, column A) and merged cells filled
//! from their top-left cell, so a problem text merged over three rows reads as three rows
//! with the same text.

use std::path::Path;

use calamine::{Data, Reader};

use crate::date::{self, Date};

/// One cell's value.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    Number(f64),
    /// A cell Excel stores as a date.
    Date(Date),
    /// A value that is none of these (an Excel error such as #REF!, a time of day).
    Other(String),
}

impl Cell {
    pub fn is_empty(&self) -> bool {
        match self {
            Cell::Empty => true,
            Cell::Text(t) => t.trim().is_empty(),
            _ => false,
        }
    }

    /// The cell as text, trimmed; numbers without a needless `.0`.
    pub fn text(&self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Text(t) => t.trim().to_string(),
            Cell::Number(n) if n.fract() == 0.0 && n.abs() < 1e15 => format!("{}", *n as i64),
            Cell::Number(n) => n.to_string(),
            Cell::Date(d) => d.to_string(),
            Cell::Other(t) => t.clone(),
        }
    }
}

/// One sheet (or the CSV table): rows of cells, 0-based, positions absolute.
#[derive(Debug, Clone)]
pub struct Grid {
    /// The sheet's name; `None` for CSV.
    pub sheet: Option<String>,
    pub rows: Vec<Vec<Cell>>,
    /// Cells that were covered by a merge and filled from its top-left cell.
    pub merged: Vec<Merge>,
}

/// A merged range, 0-based and inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Merge {
    pub first_row: usize,
    pub first_col: usize,
    pub last_row: usize,
    pub last_col: usize,
}

impl Grid {
    pub fn cell(&self, row: usize, col: usize) -> &Cell {
        self.rows
            .get(row)
            .and_then(|r| r.get(col))
            .unwrap_or(&Cell::Empty)
    }

    /// The merge a cell belongs to, if any.
    pub fn merge_at(&self, row: usize, col: usize) -> Option<&Merge> {
        self.merged.iter().find(|m| {
            (m.first_row..=m.last_row).contains(&row) && (m.first_col..=m.last_col).contains(&col)
        })
    }

    /// Copies each merged range's top-left value into the cells it covers.
    fn fill_merges(&mut self) {
        for m in self.merged.clone() {
            let value = self.cell(m.first_row, m.first_col).clone();
            for row in m.first_row..=m.last_row {
                for col in m.first_col..=m.last_col {
                    if (row, col) == (m.first_row, m.first_col) {
                        continue;
                    }
                    if let Some(cells) = self.rows.get_mut(row) {
                        if cells.len() <= col {
                            cells.resize(col + 1, Cell::Empty);
                        }
                        cells[col] = value.clone();
                    }
                }
            }
        }
    }
}

/// Excel's column letters: 0 → A, 25 → Z, 26 → AA.
pub fn column_letter(col: usize) -> String {
    let mut n = col + 1;
    let mut out = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        out.push(b'A' + rem as u8);
        n = (n - 1) / 26;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// What kind of file a ledger is, from its extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Workbook,
    Csv,
}

pub fn kind(path: &Path) -> Option<Kind> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    match ext.as_str() {
        "xlsx" | "xlsm" | "xls" | "ods" => Some(Kind::Workbook),
        "csv" => Some(Kind::Csv),
        _ => None,
    }
}

/// Reads every sheet of a workbook.
pub fn read_workbook(path: &Path) -> Result<Vec<Grid>, String> {
    let mut workbook = calamine::open_workbook_auto(path)
        .map_err(|e| t!("grid-not-a-workbook", detail = e.to_string()))?;
    let mut grids = Vec::new();
    for name in workbook.sheet_names() {
        let range = workbook.worksheet_range(&name).map_err(|e| {
            t!(
                "grid-sheet-unreadable",
                sheet = name,
                detail = e.to_string()
            )
        })?;
        let (top, left) = range.start().unwrap_or((0, 0));
        let (top, left) = (top as usize, left as usize);
        let mut rows: Vec<Vec<Cell>> = vec![Vec::new(); top];
        for row in range.rows() {
            let mut cells = vec![Cell::Empty; left];
            cells.extend(row.iter().map(cell));
            rows.push(cells);
        }
        let merged = merges(&mut workbook, &name);
        let mut grid = Grid {
            sheet: Some(name),
            rows,
            merged,
        };
        grid.fill_merges();
        grids.push(grid);
    }
    Ok(grids)
}

fn merges<RS: std::io::Read + std::io::Seek>(
    workbook: &mut calamine::Sheets<RS>,
    name: &str,
) -> Vec<Merge> {
    let dimensions = match workbook {
        calamine::Sheets::Xlsx(x) => x.worksheet_merge_cells(name).and_then(Result::ok),
        calamine::Sheets::Xls(x) => x.worksheet_merge_cells(name),
        _ => None,
    };
    dimensions
        .unwrap_or_default()
        .into_iter()
        .map(|d| Merge {
            first_row: d.start.0 as usize,
            first_col: d.start.1 as usize,
            last_row: d.end.0 as usize,
            last_col: d.end.1 as usize,
        })
        .collect()
}

fn cell(data: &Data) -> Cell {
    match data {
        Data::Empty => Cell::Empty,
        Data::String(s) => Cell::Text(s.clone()),
        Data::Int(i) => Cell::Number(*i as f64),
        Data::Float(f) => Cell::Number(*f),
        Data::Bool(b) => Cell::Text(b.to_string()),
        Data::DateTime(dt) if dt.is_datetime() => {
            let (y, m, d, hh, mm, ss, _) = dt.to_ymd_hms_milli();
            match date::day(i32::from(y), u32::from(m), u32::from(d)) {
                Ok(day) if (hh, mm, ss) == (0, 0, 0) => Cell::Date(day),
                Ok(day) => Cell::Other(format!("{day} {hh:02}:{mm:02}")),
                Err(_) => Cell::Other(format!("{y:04}-{m:02}-{d:02}")),
            }
        }
        Data::DateTime(dt) => Cell::Other(dt.to_string()),
        Data::DateTimeIso(s) => match s.get(..10).and_then(|d| d.parse::<Date>().ok()) {
            Some(day)
                if s.len() == 10
                    || s[10..]
                        .trim_start_matches(['T', ' '])
                        .starts_with("00:00:00") =>
            {
                Cell::Date(day)
            }
            _ => Cell::Other(s.clone()),
        },
        Data::DurationIso(s) => Cell::Other(s.clone()),
        Data::Error(e) => Cell::Other(format!("#{e:?}")),
    }
}

/// Reads a CSV file (UTF-8, with or without a byte-order mark) as one grid.
pub fn read_csv(path: &Path) -> Result<Grid, String> {
    let bytes = std::fs::read(path)
        .map_err(|e| t!("grid-cannot-read", reason = crate::i18n::io_reason(&e)))?;
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    if let Err(e) = std::str::from_utf8(bytes) {
        let valid = e.valid_up_to();
        let line = bytes[..valid].iter().filter(|&&b| b == b'\n').count() + 1;
        return Err(t!("grid-not-utf8", line = line));
    }
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes);
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| match e.position() {
            Some(p) => t!("grid-bad-csv-line", line = p.line(), detail = e.to_string()),
            None => t!("grid-bad-csv", detail = e.to_string()),
        })?;
        rows.push(
            record
                .iter()
                .map(|s| {
                    if s.is_empty() {
                        Cell::Empty
                    } else {
                        Cell::Text(s.to_string())
                    }
                })
                .collect(),
        );
    }
    Ok(Grid {
        sheet: None,
        rows,
        merged: Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_letters() {
        assert_eq!(column_letter(0), "A");
        assert_eq!(column_letter(25), "Z");
        assert_eq!(column_letter(26), "AA");
        assert_eq!(column_letter(27), "AB");
    }

    #[test]
    fn merges_fill_the_cells_they_cover() {
        let mut grid = Grid {
            sheet: None,
            rows: vec![
                vec![Cell::Text("问题".into()), Cell::Text("a".into())],
                vec![Cell::Empty, Cell::Text("b".into())],
            ],
            merged: vec![Merge {
                first_row: 0,
                first_col: 0,
                last_row: 1,
                last_col: 0,
            }],
        };
        grid.fill_merges();
        assert_eq!(grid.cell(1, 0), &Cell::Text("问题".into()));
        assert!(grid.merge_at(1, 0).is_some());
        assert!(grid.merge_at(1, 1).is_none());
    }
}
