//! A ledger file as a grid of cells: every sheet of a workbook (calamine) or the one table of
//! a CSV or text file, with positions as the user sees them (row 1, column A) and merged
//! cells filled from their top-left cell, so a problem text merged over three rows reads as
//! three rows with the same text.
//!
//! Every size is bounded before anything is allocated for it: the unpacked size of a
//! workbook, the rows and columns a sheet may use, the text of one cell, the area merged
//! cells may fill. A file beyond them is refused with a message, never an abort.

use std::collections::HashMap;
use std::io::{Read, Seek};
use std::path::Path;

use calamine::{Data, Reader};

use crate::date::{self, Date};

/// A ledger has at most this many rows (the rows below the last are ignored if empty).
pub const MAX_ROWS: usize = 20_000;
/// … and at most this many columns.
pub const MAX_COLUMNS: usize = 200;
/// Excel's own limit for the text of one cell.
pub const MAX_CELL_CHARS: usize = 32_767;
/// A workbook's parts unpacked, or a CSV file, may be at most this big.
pub const MAX_FILE_BYTES: u64 = 200 * 1024 * 1024;

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
            // A CSV export's formula guard (`'=…`) and `="11.10"` read back as the text.
            Cell::Text(t) => crate::export::csv::unguard(t.trim()).to_string(),
            Cell::Number(n) if n.fract() == 0.0 && n.abs() < 1e15 => format!("{}", *n as i64),
            Cell::Number(n) => n.to_string(),
            Cell::Date(d) => d.to_string(),
            Cell::Other(t) => t.clone(),
        }
    }
}

/// One sheet (or the CSV table): rows of cells, 0-based, positions absolute.
#[derive(Debug, Clone, Default)]
pub struct Grid {
    /// The sheet's name; `None` for CSV.
    pub sheet: Option<String>,
    pub rows: Vec<Vec<Cell>>,
    /// Merged ranges, clipped to the cells the sheet uses.
    pub merged: Vec<Merge>,
    /// Cell → the merge covering it (index into `merged`).
    merge_index: HashMap<(usize, usize), usize>,
    /// Cells whose invisible characters were changed: Excel's `_x000B_` (a soft line break
    /// from Word) became a line break, other control characters were taken out.
    pub cleaned: Vec<(usize, usize)>,
    /// Cells whose text is longer than [`MAX_CELL_CHARS`] (only their start is kept).
    pub oversized: Vec<(usize, usize, usize)>,
    /// The encoding a CSV file was read in, when it was not UTF-8.
    pub encoding: Option<&'static str>,
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
    /// A grid from the cells a sheet uses (any order) and its merged ranges. `Err` when the
    /// sheet uses more than a ledger may.
    pub(crate) fn build(
        sheet: Option<String>,
        cells: Vec<(usize, usize, Cell)>,
        merges: Vec<Merge>,
    ) -> Result<Grid, String> {
        let mut grid = Grid {
            sheet,
            ..Grid::default()
        };
        let height = cells.iter().map(|c| c.0 + 1).max().unwrap_or(0);
        grid.rows = vec![Vec::new(); height];
        for (row, col, cell) in cells {
            let cell = match cell {
                Cell::Text(t) => {
                    let chars = t.chars().count();
                    if chars > MAX_CELL_CHARS {
                        grid.oversized.push((row, col, chars));
                        // Its start, so the row still reads as what it is.
                        let start: String = t.chars().take(50).collect();
                        Cell::Text(format!("{start}…"))
                    } else {
                        let (text, changed) = clean(&t);
                        if changed {
                            grid.cleaned.push((row, col));
                        }
                        Cell::Text(text)
                    }
                }
                other => other,
            };
            let cells = &mut grid.rows[row];
            if cells.len() <= col {
                cells.resize(col + 1, Cell::Empty);
            }
            cells[col] = cell;
        }
        grid.cleaned.sort_unstable();
        grid.oversized.sort_unstable();
        grid.fill_merges(merges)?;
        Ok(grid)
    }

    pub fn cell(&self, row: usize, col: usize) -> &Cell {
        self.rows
            .get(row)
            .and_then(|r| r.get(col))
            .unwrap_or(&Cell::Empty)
    }

    /// The widest row's width.
    pub fn width(&self) -> usize {
        self.rows.iter().map(Vec::len).max().unwrap_or(0)
    }

    /// The merge a cell belongs to, if any.
    pub fn merge_at(&self, row: usize, col: usize) -> Option<&Merge> {
        self.merge_index
            .get(&(row, col))
            .and_then(|&i| self.merged.get(i))
    }

    /// Copies each merged range's top-left value into the cells it covers. Ranges are
    /// clipped to the cells the sheet uses first, so a merge over the whole sheet costs what
    /// the sheet's table costs; ranges that overlap (no spreadsheet program makes them) are
    /// refused once they would fill more cells than the table has.
    fn fill_merges(&mut self, merges: Vec<Merge>) -> Result<(), String> {
        let height = self.rows.len();
        let width = self.width();
        let budget = height.saturating_mul(width).saturating_add(merges.len());
        let mut filled = 0usize;
        for m in merges {
            if m.first_row >= height || m.first_col >= width {
                continue;
            }
            let m = Merge {
                last_row: m.last_row.min(height - 1),
                last_col: m.last_col.min(width - 1),
                ..m
            };
            if m.last_row < m.first_row || m.last_col < m.first_col {
                continue;
            }
            filled += (m.last_row - m.first_row + 1) * (m.last_col - m.first_col + 1);
            if filled > budget {
                return Err(t!(
                    "grid-merged-overlap",
                    sheet = self.sheet.clone().unwrap_or_else(|| t!("grid-the-table"))
                ));
            }
            let index = self.merged.len();
            self.merged.push(m);
            let value = self.cell(m.first_row, m.first_col).clone();
            for row in m.first_row..=m.last_row {
                for col in m.first_col..=m.last_col {
                    self.merge_index.insert((row, col), index);
                    if (row, col) == (m.first_row, m.first_col) {
                        continue;
                    }
                    let cells = &mut self.rows[row];
                    if cells.len() <= col {
                        cells.resize(col + 1, Cell::Empty);
                    }
                    cells[col] = value.clone();
                }
            }
        }
        Ok(())
    }
}

/// Takes the invisible characters out of a cell's text: Excel writes a soft line break from
/// Word as `_x000B_` (a vertical tab), which becomes a line break, as do `\r\n` and `\r`;
/// other control characters except tabs are removed. Says whether anything changed besides
/// line endings.
pub fn clean(text: &str) -> (String, bool) {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let text = if text.contains("_x000B_") || text.contains("_x000b_") {
        text.replace("_x000B_", "\u{b}").replace("_x000b_", "\u{b}")
    } else {
        text
    };
    if !text
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t')
    {
        return (text, false);
    }
    let cleaned = text
        .chars()
        .filter_map(|c| match c {
            '\u{b}' | '\u{2028}' => Some('\n'),
            '\n' | '\t' => Some(c),
            c if c.is_control() => None,
            c => Some(c),
        })
        .collect();
    (cleaned, true)
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
        "csv" | "txt" | "tsv" => Some(Kind::Csv),
        _ => None,
    }
}

fn too_far(sheet: &str, row: usize, col: usize) -> String {
    t!(
        "grid-too-far",
        sheet = sheet,
        cell = format!("{}{}", column_letter(col), row + 1),
        columns = MAX_COLUMNS,
        rows = MAX_ROWS
    )
}

/// A workbook's sheets read, and those that could not be (a chart sheet, a damaged part):
/// (name, why).
pub struct Workbook {
    pub grids: Vec<Grid>,
    pub unreadable: Vec<(String, String)>,
}

/// Reads every sheet of a workbook (or only `only`).
pub fn read_workbook(path: &Path, only: Option<&str>) -> Result<Workbook, String> {
    check_unpacked_size(path)?;
    let mut workbook = calamine::open_workbook_auto(path)
        .map_err(|e| t!("grid-not-a-workbook", detail = e.to_string()))?;
    let names = workbook.sheet_names();
    if let Some(only) = only {
        if !names.iter().any(|n| n == only) {
            return Err(t!(
                "grid-no-such-sheet",
                sheet = only,
                sheets = names.join(if crate::i18n::is_zh() { "、" } else { ", " })
            ));
        }
    }
    let mut grids = Vec::new();
    let mut unreadable = Vec::new();
    for name in names {
        if only.is_some_and(|o| o != name) {
            continue;
        }
        let cells = match read_sheet(&mut workbook, &name) {
            Ok(cells) => cells,
            Err(Unread::TooFar(row, col)) => return Err(too_far(&shown(&name), row, col)),
            Err(Unread::Damaged(why)) if only.is_some() => {
                return Err(t!(
                    "grid-sheet-unreadable",
                    sheet = shown(&name),
                    detail = why.to_string()
                ))
            }
            Err(Unread::Damaged(why)) => {
                unreadable.push((shown(&name), why));
                continue;
            }
        };
        let merged = merges(&mut workbook, &name);
        grids.push(Grid::build(Some(shown(&name)), cells, merged)?);
    }
    Ok(Workbook { grids, unreadable })
}

/// Why a sheet was not read.
enum Unread {
    /// A value beyond [`MAX_ROWS`] or [`MAX_COLUMNS`] (row, column).
    TooFar(usize, usize),
    Damaged(String),
}

/// The non-empty cells of one sheet.
fn read_sheet<RS: Read + Seek>(
    workbook: &mut calamine::Sheets<RS>,
    name: &str,
) -> Result<Vec<(usize, usize, Cell)>, Unread> {
    let damaged = |e: &dyn std::fmt::Display| Unread::Damaged(e.to_string());
    Ok(match workbook {
        // Streamed cell by cell: a sheet claiming A1:XFD1048576 costs only its cells.
        calamine::Sheets::Xlsx(x) => {
            let mut reader = x.worksheet_cells_reader(name).map_err(|e| damaged(&e))?;
            let mut cells = Vec::new();
            while let Some(c) = reader.next_cell().map_err(|e| damaged(&e))? {
                let (row, col) = c.get_position();
                let value = cell(&Data::from(c.get_value().clone()));
                if value == Cell::Empty {
                    continue;
                }
                let (row, col) = (row as usize, col as usize);
                if row >= MAX_ROWS || col >= MAX_COLUMNS {
                    return Err(Unread::TooFar(row, col));
                }
                cells.push((row, col, value));
            }
            cells
        }
        // .xls sheets are at most 65,536 × 256 cells; .ods are read whole by calamine.
        other => {
            let range = other.worksheet_range(name).map_err(|e| damaged(&e))?;
            let mut cells = Vec::new();
            for (row, col, data) in range.used_cells() {
                let value = cell(data);
                if value == Cell::Empty {
                    continue;
                }
                let (top, left) = range.start().unwrap_or((0, 0));
                let (row, col) = (row + top as usize, col + left as usize);
                if row >= MAX_ROWS || col >= MAX_COLUMNS {
                    return Err(Unread::TooFar(row, col));
                }
                cells.push((row, col, value));
            }
            cells
        }
    })
}

/// A sheet name as messages and files show it: a line break or other control character
/// (no spreadsheet program lets one be typed, but a file can hold one) becomes a space.
pub fn shown(name: &str) -> String {
    name.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect::<String>()
        .trim()
        .to_string()
}

/// Refuses a workbook whose parts would unpack to more than [`MAX_FILE_BYTES`] (a small file
/// padded with gigabytes of spaces), before calamine unpacks anything.
fn check_unpacked_size(path: &Path) -> Result<(), String> {
    let Ok(file) = std::fs::File::open(path) else {
        return Ok(()); // calamine says why
    };
    let Ok(mut archive) = zip4::ZipArchive::new(file) else {
        return Ok(()); // not a zip: .xls, or not a workbook (calamine says so)
    };
    let mut total: u64 = 0;
    for i in 0..archive.len() {
        if let Ok(entry) = archive.by_index_raw(i) {
            total = total.saturating_add(entry.size());
        }
    }
    if total > MAX_FILE_BYTES {
        return Err(t!(
            "grid-unpacks-too-large",
            size = total / (1024 * 1024),
            limit = MAX_FILE_BYTES / (1024 * 1024)
        ));
    }
    // An .ods repeats a cell N times by an attribute: calamine writes out every copy, so a
    // repeated cell that holds a value must stay within the limits.
    if let Ok(mut content) = archive.by_name("content.xml") {
        let mut xml = String::new();
        if content.read_to_string(&mut xml).is_ok() {
            repeats_within_limits(&xml)?;
        }
    }
    Ok(())
}

/// Refuses an .ods cell with a value repeated beyond [`MAX_COLUMNS`], or a row with a value
/// repeated beyond [`MAX_ROWS`] (empty repeats, LibreOffice's padding, are fine).
fn repeats_within_limits(xml: &str) -> Result<(), String> {
    let refuse = || {
        t!(
            "grid-repeats-too-far",
            columns = MAX_COLUMNS,
            rows = MAX_ROWS
        )
    };
    let repeat = |tag: &str, attribute: &str| -> usize {
        tag.find(attribute)
            .map(|i| &tag[i + attribute.len()..])
            .and_then(|rest| rest.split('"').next())
            .and_then(|n| n.parse().ok())
            .unwrap_or(1)
    };
    let mut rest = xml;
    while let Some(start) = rest.find("<table:table-") {
        let tail = &rest[start..];
        let end = tail.find('>').map_or(tail.len(), |e| e + 1);
        let tag = &tail[..end];
        if tag.starts_with("<table:table-cell") || tag.starts_with("<table:covered-table-cell") {
            let n = repeat(tag, "table:number-columns-repeated=\"");
            if n > MAX_COLUMNS && !tag.ends_with("/>") {
                return Err(refuse());
            }
        } else if tag.starts_with("<table:table-row") && !tag.ends_with("/>") {
            let n = repeat(tag, "table:number-rows-repeated=\"");
            if n > MAX_ROWS {
                let body_end = tail.find("</table:table-row>").unwrap_or(tail.len());
                let body = &tail[end..body_end];
                // A row of only empty cells is padding.
                let has_value = body.split("<table:table-cell").skip(1).any(|cell| {
                    !cell
                        .trim_start_matches(|c| c != '>' && c != '/')
                        .starts_with("/>")
                });
                if has_value {
                    return Err(refuse());
                }
            }
        }
        rest = &tail[end..];
    }
    Ok(())
}

fn merges<RS: Read + Seek>(workbook: &mut calamine::Sheets<RS>, name: &str) -> Vec<Merge> {
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
        Data::String(s) if s.trim().is_empty() => Cell::Empty,
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

/// Decodes a text file: UTF-8 (with or without a byte-order mark), UTF-16 (Excel's "Unicode
/// text", with or without its mark) or GBK/GB18030 (Excel and WPS on a Chinese Windows).
/// Returns the text and the encoding's name when it was not UTF-8.
pub fn decode(bytes: &[u8]) -> Result<(String, Option<&'static str>), String> {
    use encoding_rs::{GB18030, UTF_16BE, UTF_16LE, UTF_8};
    if let Some((encoding, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, had_errors) = encoding.decode_without_bom_handling(&bytes[bom..]);
        if had_errors {
            return Err(t!("grid-bad-bytes-after-bom", encoding = encoding.name()));
        }
        let name = (encoding != UTF_8).then_some("UTF-16");
        return Ok((text.into_owned(), name));
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        // UTF-16 without a mark: ASCII characters leave every other byte zero.
        if !text.contains('\0') {
            return Ok((text.to_string(), None));
        }
    }
    let sample = &bytes[..bytes.len().min(4096)];
    let zeros_at = |parity: usize| {
        sample
            .iter()
            .enumerate()
            .filter(|(i, &b)| i % 2 == parity && b == 0)
            .count()
    };
    if bytes.len().is_multiple_of(2) && sample.len() >= 2 {
        let (even, odd) = (zeros_at(0), zeros_at(1));
        let half = sample.len() / 2;
        for (zeros, encoding) in [(odd, UTF_16LE), (even, UTF_16BE)] {
            if zeros * 5 >= half {
                if let Some(text) =
                    encoding.decode_without_bom_handling_and_without_replacement(bytes)
                {
                    return Ok((text.into_owned(), Some("UTF-16")));
                }
            }
        }
    }
    match GB18030.decode_without_bom_handling_and_without_replacement(bytes) {
        Some(text) if !text.contains('\0') => Ok((text.into_owned(), Some("GBK"))),
        _ => {
            let valid = std::str::from_utf8(bytes)
                .err()
                .map_or(bytes.len(), |e| e.valid_up_to());
            let line = bytes[..valid].iter().filter(|&&b| b == b'\n').count() + 1;
            Err(t!("grid-unknown-encoding", line = line))
        }
    }
}

/// Reads a CSV or tab-separated text file as one grid.
pub fn read_csv(path: &Path) -> Result<Grid, String> {
    let size = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
    if size > MAX_FILE_BYTES {
        return Err(t!(
            "grid-too-large",
            size = size / (1024 * 1024),
            limit = MAX_FILE_BYTES / (1024 * 1024)
        ));
    }
    let bytes = std::fs::read(path)
        .map_err(|e| t!("grid-cannot-read", reason = crate::i18n::io_reason(&e)))?;
    let (text, encoding) = decode(&bytes)?;
    drop(bytes);
    // Excel's "Unicode text" and many exports separate cells by tabs.
    let first_line = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let delimiter = if first_line.matches('\t').count() > first_line.matches(',').count() {
        b'\t'
    } else {
        b','
    };
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let mut cells = Vec::new();
    for (row, record) in reader.records().enumerate() {
        let record = record.map_err(|e| match e.position() {
            Some(p) => t!("grid-bad-csv-line", line = p.line(), detail = e.to_string()),
            None => t!("grid-bad-csv", detail = e.to_string()),
        })?;
        for (col, s) in record.iter().enumerate() {
            if s.trim().is_empty() {
                continue;
            }
            if row >= MAX_ROWS || col >= MAX_COLUMNS {
                return Err(t!(
                    "grid-value-too-far",
                    row = row + 1,
                    column = column_letter(col),
                    columns = MAX_COLUMNS,
                    rows = MAX_ROWS
                ));
            }
            cells.push((row, col, Cell::Text(s.to_string())));
        }
    }
    let mut grid = Grid::build(None, cells, Vec::new())?;
    grid.encoding = encoding;
    Ok(grid)
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

    fn text(s: &str) -> Cell {
        Cell::Text(s.into())
    }

    #[test]
    fn merges_fill_the_cells_they_cover() {
        let grid = Grid::build(
            None,
            vec![(0, 0, text("问题")), (0, 1, text("a")), (1, 1, text("b"))],
            vec![Merge {
                first_row: 0,
                first_col: 0,
                last_row: 1,
                last_col: 0,
            }],
        )
        .unwrap();
        assert_eq!(grid.cell(1, 0), &text("问题"));
        assert!(grid.merge_at(1, 0).is_some());
        assert!(grid.merge_at(1, 1).is_none());
    }

    #[test]
    fn a_merge_over_the_whole_sheet_costs_only_the_table() {
        let whole = Merge {
            first_row: 0,
            first_col: 0,
            last_row: 1_048_575,
            last_col: 16_383,
        };
        let grid = Grid::build(None, vec![(1, 1, text("x"))], vec![whole; 3]);
        assert!(grid.unwrap_err().contains("overlap"));
        let grid = Grid::build(None, vec![(1, 1, text("x"))], vec![whole]).unwrap();
        assert_eq!(grid.merged[0].last_row, 1);
        assert_eq!(grid.merged[0].last_col, 1);
    }

    #[test]
    fn ods_repeats_with_a_value_are_bounded() {
        let padding = r#"<table:table-row table:number-rows-repeated="1048000"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>"#;
        assert!(repeats_within_limits(padding).is_ok());
        let empty_wide = r#"<table:table-row><table:table-cell table:number-columns-repeated="16000"/></table:table-row>"#;
        assert!(repeats_within_limits(empty_wide).is_ok());
        let wide = r#"<table:table-row><table:table-cell table:number-columns-repeated="16000" office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row>"#;
        assert!(repeats_within_limits(wide).is_err());
        let tall = r#"<table:table-row table:number-rows-repeated="1000000"><table:table-cell office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row>"#;
        assert!(repeats_within_limits(tall).is_err());
    }

    #[test]
    fn invisible_characters() {
        assert_eq!(clean("a_x000B_b"), ("a\nb".to_string(), true));
        assert_eq!(clean("a\u{b}b\u{7}"), ("a\nb".to_string(), true));
        assert_eq!(clean("a\r\nb\tc"), ("a\nb\tc".to_string(), false));
    }

    #[test]
    fn encodings() {
        let (gbk, _, _) = encoding_rs::GBK.encode("问题,整改措施\n");
        assert_eq!(
            decode(&gbk).unwrap(),
            ("问题,整改措施\n".to_string(), Some("GBK"))
        );
        let mut utf16 = vec![0xFF, 0xFE];
        for unit in "问题\t整改措施\r\n".encode_utf16() {
            utf16.extend(unit.to_le_bytes());
        }
        assert_eq!(decode(&utf16).unwrap().0, "问题\t整改措施\r\n");
        assert_eq!(decode(&utf16[2..]).unwrap().1, Some("UTF-16"));
        assert_eq!(
            decode("\u{feff}问题".as_bytes()).unwrap(),
            ("问题".to_string(), None)
        );
        assert!(decode(b"\xff\xff\xff\x00\x81").is_err());
    }
}
