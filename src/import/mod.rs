//! Reading an existing ledger (整改台账) from Excel, WPS, LibreOffice or CSV into a new data
//! folder.
//!
//! The file becomes a [`grid::Grid`] per sheet (merged cells filled in, sizes bounded); the
//! header row (one or two rows, under any title) is found and its columns mapped
//! ([`columns`]); each row below becomes one or more measures (a cell numbering several is
//! split), its cells read by [`values`] (status words, dates in the usual spellings); rows
//! naming a category, notes and footers are told apart from measures; rows with the same
//! problem text (merged, left empty below, or repeated) become one finding. A workbook with a
//! ledger sheet per category is read as those categories. Every problem is collected with its
//! sheet, row and column, and nothing is written unless there is none; [`mod@write`] turns
//! the result into the folder's TOML texts, which [`crate::edit::create_folder`] checks and
//! puts in place, all or nothing.

pub mod columns;
pub mod grid;
pub mod values;
pub mod write;

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::path::Path;

use chrono::Datelike;

use crate::date::{Date, When};
use crate::diagnostic::{CellPlace, Diagnostic};
use crate::load::reader::nearest;
use crate::model::{Category, Finding, Inspection, Language, LogEntry, Measure, Report, Status};
use crate::view::ledger::{self, Column};

use columns::Header;
use grid::{Cell, Grid};
use values::DateCell;

/// What an import needs besides the file.
#[derive(Debug, Clone)]
pub struct Options {
    /// `--map`: normalized header of the file → the ledger column it holds.
    pub map: Vec<(String, Column)>,
    pub today: Date,
    /// `--sheet`: read only this sheet of a workbook.
    pub sheet: Option<String>,
}

/// A problem (or a note) about the ledger, with the place it is at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// `台账.xlsx, sheet 整改台账, row 7, column H (完成情况)`.
    pub place: String,
    /// 0-based sheet, row and column, to list problems in reading order.
    pub position: Option<(usize, usize, usize)>,
    pub message: String,
    pub help: Option<String>,
    /// The cell's text, quoted under the message (a problem about one cell).
    pub quote: Option<String>,
}

impl Problem {
    /// The problem as a [`Diagnostic`]: rendered like `check`'s, at the ledger cell.
    pub fn diagnostic(&self) -> Diagnostic {
        let d = Diagnostic::error(self.message.as_str()).in_cell(CellPlace {
            place: self.place.clone(),
            text: self.quote.clone(),
            position: self.position,
        });
        match &self.help {
            Some(help) => d.help(help.as_str()),
            None => d,
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let colon = if crate::i18n::is_zh() { "：" } else { ": " };
        write!(f, "{}{colon}{}", self.place, self.message)?;
        if let Some(help) = &self.help {
            write!(f, "\n  {}{help}", t!("diag-help-prefix"))?;
        }
        Ok(())
    }
}

/// A ledger read: the report it makes (categories, findings, unit, language) and notes on
/// what was guessed or left out.
#[derive(Debug, Clone)]
pub struct Imported {
    pub report: Report,
    /// What was guessed, for the user to check.
    pub notes: Vec<Problem>,
    /// Rows and sheets not read as measures: titles are not among them, footers, notes, a
    /// repeated header and cover sheets are.
    pub skipped: Vec<Problem>,
    /// The sheets read (none for CSV).
    pub sheets: Vec<String>,
    /// The ledger's title row, when it has one.
    pub title: Option<String>,
    /// Per sheet read, how its columns were mapped: `A (序号) → 序号`.
    pub mapping: Vec<(String, Vec<String>)>,
}

/// Reads a ledger file. `Err` holds every problem found.
pub fn read(path: &Path, options: &Options) -> Result<Imported, Vec<Problem>> {
    let name = path.display().to_string();
    let whole_file = |message: String, help: String| {
        vec![Problem {
            place: name.clone(),
            position: None,
            quote: None,
            message,
            help: Some(help),
        }]
    };
    // A reader's message says what the file is or has (`is not UTF-8 text…`): after its name.
    let the_file = |what: String| t!("import-file-says", path = name.as_str(), what = what);
    if !path.exists() {
        return Err(whole_file(t!("import-no-file"), t!("import-no-file-help")));
    }
    let mut unreadable = Vec::new();
    let grids = match grid::kind(path) {
        Some(grid::Kind::Workbook) => {
            let book = grid::read_workbook(path, options.sheet.as_deref())
                .map_err(|e| whole_file(the_file(e), t!("import-workbook-help")))?;
            unreadable = book.unreadable;
            book.grids
        }
        Some(grid::Kind::Csv) => {
            if options.sheet.is_some() {
                return Err(whole_file(
                    t!("import-sheet-on-text"),
                    t!("import-sheet-on-text-help"),
                ));
            }
            vec![grid::read_csv(path).map_err(|e| whole_file(the_file(e), t!("import-csv-help")))?]
        }
        None => {
            return Err(whole_file(
                t!("import-unknown-kind"),
                t!("import-unknown-kind-help"),
            ))
        }
    };
    let mut ctx = Ctx {
        file: name.clone(),
        today: options.today,
        problems: Vec::new(),
        notes: Vec::new(),
        skipped: Vec::new(),
        number_at: None,
    };
    for (sheet, why) in unreadable {
        ctx.skipped.push(Problem {
            place: format!("{name}{}", t!("import-place-sheet", sheet = sheet)),
            position: None,
            quote: None,
            message: t!("import-sheet-unreadable", why = why),
            help: None,
        });
    }
    let mut ledgers: Vec<(usize, &Grid, Header)> = Vec::new();
    for (i, g) in grids.iter().enumerate() {
        match columns::find_header(g, &options.map) {
            Some(h) => ledgers.push((i, g, h)),
            None if grids.len() > 1 => ctx.skipped.push(Problem {
                place: format!(
                    "{name}{}",
                    t!(
                        "import-place-sheet",
                        sheet = g.sheet.as_deref().unwrap_or_default()
                    )
                ),
                position: Some((i, 0, 0)),
                message: t!("import-sheet-no-header"),
                help: None,
                quote: None,
            }),
            None => {}
        }
    }
    if ledgers.is_empty() {
        let sheets: Vec<String> = grids.iter().filter_map(|g| g.sheet.clone()).collect();
        let message = if sheets.is_empty() {
            t!("import-no-header", rows = 30)
        } else {
            t!(
                "import-no-header-sheets",
                rows = 30,
                sheets = crate::i18n::join(&sheets)
            )
        };
        return Err(whole_file(message, t!("import-no-header-help")));
    }
    let by_sheet = ledgers.len() > 1;
    if by_sheet {
        let names: Vec<&str> = ledgers
            .iter()
            .filter_map(|(_, g, _)| g.sheet.as_deref())
            .collect();
        ctx.notes.push(Problem {
            place: name.clone(),
            position: None,
            quote: None,
            message: t!(
                "import-sheets-as-categories",
                count = names.len(),
                sheets = names.join(if crate::i18n::is_zh() { "、" } else { ", " })
            ),
            help: None,
        });
    }
    let (_, first_grid, first_header) = &ledgers[0];
    let heading = heading(first_grid, first_header);
    let mut rows = Vec::new();
    let mut mapping = Vec::new();
    let mut english = 0;
    for (index, grid, header) in &ledgers {
        let header = header.clone();
        english += usize::from(header.english);
        let category = by_sheet
            .then(|| grid.sheet.as_deref().map(strip_numbering))
            .flatten();
        let mut sheet = Sheet {
            ctx: &mut ctx,
            index: *index,
            grid,
            header,
            category,
        };
        if sheet.ctx.number_at.is_none() {
            let at = sheet
                .header
                .first(Column::Number)
                .map(|c| sheet.at(sheet.header.row, Some(c)));
            sheet.ctx.number_at = at;
        }
        sheet.above_the_header();
        sheet.grid_notes();
        sheet.columns_notes();
        mapping.push((grid.sheet.clone().unwrap_or_default(), sheet.mapping()));
        rows.extend(sheet.rows());
    }
    let language = if english * 2 > ledgers.len() {
        Language::En
    } else {
        Language::Zh
    };
    let context_year = context_year(heading.year, heading.title.as_deref(), &rows, options.today);
    let rows = ctx.complete_years(rows, context_year);
    ctx.check_done_dates(&rows);
    let (categories, findings) = ctx.group(rows);
    if findings.is_empty() && ctx.problems.is_empty() {
        let (i, grid, header) = &ledgers[0];
        let place = place(&name, grid, Some(header), header.row, None);
        ctx.problems.push(Problem {
            place,
            position: Some((*i, header.row, 0)),
            message: t!("import-no-measures"),
            help: Some(t!("import-no-measures-help")),
            quote: None,
        });
    }
    ctx.problems.sort_by_key(|p| p.position);
    ctx.notes.sort_by_key(|p| p.position);
    ctx.skipped.sort_by_key(|p| p.position);
    if !ctx.problems.is_empty() {
        return Err(ctx.problems);
    }
    let unit = heading
        .title
        .as_deref()
        .and_then(|t| unit_from_title(t, language))
        .or(heading.unit);
    Ok(Imported {
        report: Report {
            language,
            inspection: Inspection {
                unit,
                ..Inspection::default()
            },
            categories,
            findings,
            ..Report::default()
        },
        notes: ctx.notes,
        skipped: ctx.skipped,
        sheets: ledgers
            .iter()
            .filter_map(|(_, g, _)| g.sheet.clone())
            .collect(),
        title: heading.title,
        mapping,
    })
}

/// What the rows above the header say: the title, 填报单位 and a year.
struct Heading {
    title: Option<String>,
    unit: Option<String>,
    year: Option<i32>,
}

fn heading(grid: &Grid, header: &Header) -> Heading {
    let mut out = Heading {
        title: None,
        unit: None,
        year: None,
    };
    for r in 0..header.row {
        for c in 0..grid.rows[r].len() {
            let text = grid.cell(r, c).text();
            if text.is_empty() {
                continue;
            }
            if let Some(unit) = labelled(&text, &["填报单位", "报送单位", "单位名称", "单位"])
            {
                if out.unit.is_none() && !unit.is_empty() {
                    out.unit = Some(unit);
                }
            } else if let Some(when) = labelled(&text, &["填报时间", "填报日期", "报送时间"])
            {
                if let Ok(d) = values::date_text(&when) {
                    if let Ok(w) = d.with_year(0) {
                        out.year.get_or_insert(w.earliest().year());
                    }
                }
            } else if out.title.is_none()
                && !text.starts_with("附件")
                && !is_remark(&text)
                && text.chars().count() > 4
            {
                out.title = Some(text);
            }
        }
    }
    if let Some(year) = out.title.as_deref().and_then(values::year_in) {
        out.year = Some(year);
    }
    out
}

/// `填报单位：县林业局（盖章）  填报时间：2024年5月` → the value after one of `labels`, up to
/// the next label or a wide space.
fn labelled(text: &str, labels: &[&str]) -> Option<String> {
    let label = labels.iter().find(|l| text.starts_with(*l))?;
    let rest = text[label.len()..].trim_start();
    let rest = rest.strip_prefix(['：', ':'])?;
    let value = rest
        .trim()
        .split(['\u{3000}', '\n'])
        .next()
        .unwrap_or_default()
        .split("  ")
        .next()
        .unwrap_or_default();
    let value = value
        .split(['（', '('])
        .next()
        .unwrap_or_default()
        .trim()
        .to_string();
    Some(value)
}

/// A note or footer under (or inside) the table, not a measure.
fn is_footer(text: &str) -> bool {
    const WORDS: &[&str] = &[
        "填表人",
        "填报人",
        "审核人",
        "制表人",
        "联系电话",
        "联系人",
        "单位负责人",
        "主要负责人",
        "负责人",
        "审核",
        "制表",
        "填表",
        "填报日期",
        "填表日期",
        "制表日期",
        "报送日期",
        "单位（盖章）",
        "（盖章）",
    ];
    WORDS.iter().any(|w| {
        text.strip_prefix(w)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(['：', ':', ' ', '\u{3000}']))
    })
}

fn is_remark(text: &str) -> bool {
    ["备注", "注", "说明", "附注"].iter().any(|w| {
        text.strip_prefix(w)
            .is_some_and(|rest| rest.starts_with(['：', ':', '1', '１', '一', '（', '(']))
    })
}

fn place(
    file: &str,
    grid: &Grid,
    header: Option<&Header>,
    row: usize,
    col: Option<usize>,
) -> String {
    let mut place = file.to_string();
    if let Some(sheet) = &grid.sheet {
        place.push_str(&t!("import-place-sheet", sheet = sheet));
    }
    place.push_str(&t!("import-place-row", row = row + 1));
    if let Some(col) = col {
        let column = match header {
            Some(h) => h.describe(col),
            None => t!("import-column", letter = grid::column_letter(col)),
        };
        place.push_str(&t!("import-place-column", column = column));
    }
    place
}

/// Problems, notes and skipped rows of the whole file.
struct Ctx {
    file: String,
    today: Date,
    problems: Vec<Problem>,
    notes: Vec<Problem>,
    skipped: Vec<Problem>,
    /// The first ledger's 序号 header, for the note on its numbers.
    number_at: Option<Place>,
}

/// A place in the ledger, for messages about a row read.
#[derive(Debug, Clone)]
struct Place {
    text: String,
    position: (usize, usize, usize),
    /// The cell's text, when the place is one cell.
    quote: Option<String>,
}

/// A date without a year, completed once the year context is known.
struct Pending {
    done: bool,
    cell: DateCell,
    original: String,
    at: Place,
}

/// One ledger row read, before rows are grouped into findings.
struct Row {
    at: Place,
    number: Option<u32>,
    /// The sub-problem letter of a 序号 such as `2.a.1` (a ledger rectify wrote).
    sub: Option<char>,
    category: Option<String>,
    finding: String,
    /// One, or several when the cell numbers several (1. 2., 一是 二是).
    measures: Vec<Measure>,
    pending: Vec<Pending>,
    /// The 完成时间 cell, for a done date in the future.
    done_at: Option<Place>,
}

struct Sheet<'a> {
    ctx: &'a mut Ctx,
    index: usize,
    grid: &'a Grid,
    header: Header,
    /// The category of a sheet per category.
    category: Option<String>,
}

impl Sheet<'_> {
    fn at(&self, row: usize, col: Option<usize>) -> Place {
        Place {
            text: place(&self.ctx.file, self.grid, Some(&self.header), row, col),
            position: (self.index, row, col.unwrap_or(0)),
            quote: col
                .map(|c| self.grid.cell(row, c).text())
                .filter(|t| !t.is_empty()),
        }
    }

    fn problem(&mut self, row: usize, col: Option<usize>, message: String, help: &str) {
        let at = self.at(row, col);
        self.ctx.problems.push(Problem {
            place: at.text,
            position: Some(at.position),
            quote: at.quote.clone(),
            message,
            help: Some(help.to_string()),
        });
    }

    fn note(&mut self, row: usize, col: Option<usize>, message: String) {
        let at = self.at(row, col);
        self.ctx.notes.push(Problem {
            place: at.text,
            position: Some(at.position),
            quote: at.quote.clone(),
            message,
            help: None,
        });
    }

    fn skip(&mut self, row: usize, message: String) {
        let at = self.at(row, None);
        self.ctx.skipped.push(Problem {
            place: at.text,
            position: Some(at.position),
            quote: at.quote.clone(),
            message,
            help: None,
        });
    }

    /// The text of a ledger column in a row ("" when the ledger has no such column).
    fn text(&self, row: usize, column: Column) -> String {
        match self.header.columns.get(&column) {
            // 责任领导 and 责任人 kept in two columns are joined.
            Some(cols) => {
                let mut parts: Vec<String> = Vec::new();
                // `/` or `无` in a side column says there is nothing to write.
                let side = !matches!(column, Column::Finding | Column::Measure | Column::Category);
                for &c in cols {
                    let t = self.grid.cell(row, c).text();
                    if side && values::is_placeholder(&t) {
                        continue;
                    }
                    if !t.is_empty() && !parts.contains(&t) {
                        parts.push(t);
                    }
                }
                parts.join("、")
            }
            None => String::new(),
        }
    }

    fn cell(&self, row: usize, column: Column) -> (&Cell, Option<usize>) {
        match self.header.first(column) {
            Some(col) => (self.grid.cell(row, col), Some(col)),
            None => (&Cell::Empty, None),
        }
    }

    fn data_rows(&self) -> std::ops::Range<usize> {
        self.header.last_row + 1..self.grid.rows.len()
    }

    /// The rows above the header (title, 填报单位, notes) are not measures.
    fn above_the_header(&mut self) {
        for row in 0..self.header.row {
            let mut texts: Vec<String> = (0..self.grid.rows[row].len())
                .map(|c| self.grid.cell(row, c).text())
                .filter(|t| !t.is_empty())
                .collect();
            texts.dedup();
            if !texts.is_empty() {
                self.skip(row, t!("import-above-header", text = texts.join(" ")));
            }
        }
    }

    /// Cells the reading changed or could not keep, named at their place.
    fn grid_notes(&mut self) {
        for &(row, col) in &self.grid.cleaned {
            self.note(row, Some(col), t!("import-control-characters"));
        }
        for &(row, col, chars) in &self.grid.oversized {
            self.problem(
                row,
                Some(col),
                t!(
                    "import-cell-too-long",
                    chars = chars,
                    limit = grid::MAX_CELL_CHARS
                ),
                &t!("import-cell-too-long-help"),
            );
        }
        if let Some(encoding) = self.grid.encoding {
            let file = self.ctx.file.clone();
            self.ctx.notes.push(Problem {
                place: file,
                position: None,
                quote: None,
                message: t!("import-read-as-encoding", encoding = encoding.to_string()),
                help: None,
            });
        }
    }

    /// Settles the status and progress columns and says what is not imported.
    fn columns_notes(&mut self) {
        let rows = self.data_rows();
        let filled = |this: &Self, col: usize| {
            rows.clone()
                .map(|r| this.grid.cell(r, col).text())
                .filter(|t| !t.is_empty())
                .collect::<Vec<_>>()
        };
        // A progress column holding status words is the status column.
        if !self.header.columns.contains_key(&Column::Status) {
            if let Some(col) = self.header.first(Column::Latest) {
                let texts = filled(self, col);
                let words = texts
                    .iter()
                    .filter(|t| values::status(t).is_some() || values::status_prefix(t).is_some())
                    .count();
                if !texts.is_empty() && words * 2 >= texts.len() {
                    let cols = self
                        .header
                        .columns
                        .remove(&Column::Latest)
                        .unwrap_or_default();
                    self.header.columns.insert(Column::Status, cols);
                    self.note(self.header.row, Some(col), t!("import-status-words"));
                }
            }
        }
        if let Some(col) = self.header.first(Column::Status) {
            if filled(self, col).is_empty() {
                self.header.columns.remove(&Column::Status);
                self.note(self.header.row, Some(col), t!("import-status-column-empty"));
            }
        }
        if !self.header.columns.contains_key(&Column::Status) {
            let row = self.header.row;
            self.note(row, None, t!("import-no-status-column-not-started"));
        }
        for (col, text, taken) in self.header.passed_over.clone() {
            let taken = self.header.describe(taken);
            self.note(
                self.header.row,
                Some(col),
                t!(
                    "import-column-passed-over",
                    taken = taken,
                    header = columns::normalize(&text)
                ),
            );
        }
        for (col, text) in self.header.unknown.clone() {
            self.note(
                self.header.row,
                Some(col),
                t!("import-column-skipped", header = columns::normalize(&text)),
            );
        }
    }

    /// `A (序号) → 序号` for each column read, then the others.
    fn mapping(&self) -> Vec<String> {
        let mut lines: Vec<(usize, String)> = Vec::new();
        for (column, cols) in &self.header.columns {
            for &col in cols {
                lines.push((
                    col,
                    format!(
                        "{} → {}",
                        self.header.describe(col),
                        column.header(Language::Zh)
                    ),
                ));
            }
        }
        for (col, _) in &self.header.unknown {
            lines.push((
                *col,
                format!(
                    "{} → {}",
                    self.header.describe(*col),
                    t!("import-not-imported")
                ),
            ));
        }
        for (col, _, _) in &self.header.passed_over {
            lines.push((
                *col,
                format!(
                    "{} → {}",
                    self.header.describe(*col),
                    t!("import-not-imported")
                ),
            ));
        }
        lines.sort();
        let mut out = vec![t!("import-dry-header-on", rows = self.header.rows())];
        out.extend(lines.into_iter().map(|(_, l)| l));
        out
    }

    fn rows(&mut self) -> Vec<Row> {
        let mut out: Vec<Row> = Vec::new();
        let mut section_category: Option<String> = None;
        let mut continued_note = false;
        let mut footer = false;
        let finding_header = self
            .header
            .first(Column::Finding)
            .map(|c| columns::normalize(&self.grid.cell(self.header.row, c).text()));
        let measure_col = self.header.first(Column::Measure);
        for row in self.data_rows() {
            let cells: Vec<(usize, String)> = (0..self.grid.rows[row].len())
                .map(|c| (c, self.grid.cell(row, c).text()))
                .filter(|(_, t)| !t.is_empty())
                .collect();
            if cells.is_empty() {
                continue;
            }
            let first = cells[0].1.clone();
            if footer || is_footer(&first) {
                footer = true;
                let all: Vec<&str> = cells.iter().map(|(_, t)| t.as_str()).collect();
                self.skip(row, t!("import-footer", text = all.join(" ")));
                continue;
            }
            let texts: BTreeMap<Column, String> = self
                .header
                .columns
                .keys()
                .map(|&c| (c, self.text(row, c)))
                .collect();
            let finding_text = texts.get(&Column::Finding).cloned().unwrap_or_default();
            // A header repeated on each printed page.
            if Some(columns::normalize(&finding_text)) == finding_header {
                self.skip(row, t!("import-header-again"));
                continue;
            }
            // 序号 `一` (or `一、`) beside the category's title: the numeral is the title's.
            let number_col = self.header.first(Column::Number);
            let numeral_only = |t: &str| {
                let t = t.trim_end_matches(['、', '.', '．']);
                let t = t
                    .trim_start_matches(['（', '('])
                    .trim_end_matches(['）', ')']);
                !t.is_empty() && t.chars().all(|c| "一二三四五六七八九十".contains(c))
            };
            let titled: Vec<&(usize, String)> = cells
                .iter()
                .filter(|(c, t)| !(Some(*c) == number_col && numeral_only(t)))
                .collect();
            let numbered_title = titled.len() < cells.len() && !titled.is_empty();
            let mut distinct: Vec<&str> = titled.iter().map(|(_, t)| t.as_str()).collect();
            distinct.sort_unstable();
            distinct.dedup();
            if distinct.len() == 1 || is_remark(&first) {
                let text = if numbered_title {
                    titled[0].1.clone()
                } else {
                    first.clone()
                };
                if is_remark(&text) {
                    self.skip(row, t!("import-note-row", text = text));
                    continue;
                }
                if numbered_title || cells.len() > 1 || Some(cells[0].0) != measure_col {
                    // A row across the table (or in its first cell) naming the category of
                    // the rows below.
                    let title = strip_numbering(&text);
                    self.note(row, None, t!("import-row-category", title = title));
                    section_category = Some(title);
                    continue;
                }
            }
            let measure_text = texts.get(&Column::Measure).cloned().unwrap_or_default();
            if measure_text.is_empty() {
                self.problem(
                    row,
                    measure_col,
                    t!("import-row-no-measure"),
                    &t!("import-row-no-measure-help"),
                );
                continue;
            }
            let finding = if finding_text.is_empty() {
                match out.last() {
                    Some(prev) => {
                        if !continued_note {
                            continued_note = true;
                            self.note(
                                row,
                                self.header.first(Column::Finding),
                                t!("import-finding-continued"),
                            );
                        }
                        prev.finding.clone()
                    }
                    None => {
                        self.problem(
                            row,
                            self.header.first(Column::Finding),
                            t!("import-first-no-finding"),
                            &t!("import-first-no-finding-help"),
                        );
                        continue;
                    }
                }
            } else {
                strip_numbering(&finding_text)
            };
            // An empty 问题类别 means "as above", unless a category row came in between.
            let category = match texts.get(&Column::Category).filter(|t| !t.is_empty()) {
                Some(t) => Some(strip_numbering(t)),
                None => section_category
                    .clone()
                    .or_else(|| out.last().and_then(|p| p.category.clone()))
                    .or_else(|| self.category.clone()),
            };
            let Some((measures, pending)) = self.measures(row, &texts) else {
                continue;
            };
            out.push(Row {
                at: self.at(row, self.header.first(Column::Finding)),
                number: number(&texts.get(&Column::Number).cloned().unwrap_or_default()),
                sub: sub_letter(&texts.get(&Column::Number).cloned().unwrap_or_default()),
                category,
                finding,
                measures,
                pending,
                done_at: self
                    .header
                    .first(Column::Done)
                    .map(|c| self.at(row, Some(c))),
            });
        }
        out
    }

    fn status(&mut self, row: usize, text: &str) -> Option<(Status, Option<String>)> {
        let status_col = self.header.first(Column::Status);
        if status_col.is_none() {
            return Some((Status::NotStarted, None));
        }
        if text.is_empty() {
            self.problem(
                row,
                status_col,
                t!("import-status-empty"),
                &t!("import-status-empty-help"),
            );
            return None;
        }
        if let Some(s) = values::status(text) {
            return Some((s, None));
        }
        // 已完成。制定了… : the status, then what was done.
        if let Some((s, rest)) = values::status_prefix(text) {
            return Some((s, Some(rest)));
        }
        let mut words: Vec<&str> = Status::ALL.iter().map(|s| s.label(Language::Zh)).collect();
        words.extend(values::status_words());
        let listing = t!("import-status-listing");
        let header = status_col
            .and_then(|c| self.header.labels.get(&c))
            .map(|h| columns::normalize(h))
            .unwrap_or_default();
        let help = match nearest(text, &words) {
            Some(near) => t!("status-did-you-mean", suggestion = near, statuses = listing),
            None => t!(
                "import-statuses-or-progress",
                statuses = listing,
                header = header
            ),
        };
        self.problem(
            row,
            status_col,
            t!("import-status-unknown", status = text),
            &help,
        );
        None
    }

    fn measures(
        &mut self,
        row: usize,
        texts: &BTreeMap<Column, String>,
    ) -> Option<(Vec<Measure>, Vec<Pending>)> {
        let get = |c: Column| texts.get(&c).cloned().unwrap_or_default();
        let status = self.status(row, &get(Column::Status));
        let mut pending = Vec::new();

        let mut deadline = None;
        let mut deadline_note = None;
        let (cell, col) = self.cell(row, Column::Deadline);
        let original = cell.text();
        match values::date_cell(cell) {
            None => {}
            Some(Ok(DateCell::When(w))) => deadline = Some(w),
            Some(Ok(DateCell::LongTerm)) => {}
            Some(Ok(DateCell::Immediate)) => {
                deadline_note = Some(original.clone());
                self.note(
                    row,
                    col,
                    t!("import-deadline-immediate", original = original),
                );
            }
            Some(Ok(DateCell::Period { end, period })) => {
                deadline = Some(When::Day(end));
                self.note(
                    row,
                    col,
                    t!(
                        "import-deadline-period",
                        original = original,
                        period = period.to_string(),
                        end = end.to_string()
                    ),
                );
            }
            Some(Ok(no_year)) => {
                if let Some(c) = col {
                    pending.push(Pending {
                        done: false,
                        cell: no_year,
                        original: original.clone(),
                        at: self.at(row, Some(c)),
                    })
                }
            }
            Some(Err(why)) => {
                deadline_note = Some(original.clone());
                self.note(row, col, t!("import-deadline-in-words", why = why));
            }
        }
        let mut done = None;
        let (cell, col) = self.cell(row, Column::Done);
        match values::date_cell(cell) {
            None => {}
            Some(Ok(DateCell::When(w))) => done = Some(w),
            Some(Ok(DateCell::Period { end, .. })) => done = Some(When::Day(end)),
            Some(Ok(DateCell::LongTerm | DateCell::Immediate)) => self.problem(
                row,
                col,
                t!("import-done-not-a-day", text = cell.text()),
                &t!("import-done-long-term-help"),
            ),
            Some(Ok(no_year)) => {
                if let Some(c) = col {
                    pending.push(Pending {
                        done: true,
                        cell: no_year,
                        original: cell.text(),
                        at: self.at(row, Some(c)),
                    })
                }
            }
            Some(Err(why)) => self.date_problem(row, col, why),
        }

        let (status, status_rest) = status?;
        let mut progress: Vec<String> = Vec::new();
        progress.extend(status_rest);
        let latest = get(Column::Latest);
        if !latest.is_empty() {
            progress.push(latest);
        }
        let log: Vec<LogEntry> = progress.iter().map(|p| self.log_entry(row, p)).collect();
        let evidence: Vec<String> = get(Column::Evidence)
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(String::from)
            .collect();
        let completed_on_some_day = done.is_some() || pending.iter().any(|p| p.done);
        let unrecorded = status == Status::Done && !completed_on_some_day;
        let nonempty = |s: String| (!s.is_empty()).then_some(s);
        let text = get(Column::Measure);
        let parts = values::split_measures(&text);
        if parts.len() > 1 {
            self.note(
                row,
                self.header.first(Column::Measure),
                t!("import-numbered-measures", count = parts.len()),
            );
        }
        let measures = parts
            .into_iter()
            .map(|text| Measure {
                // Numbered when grouped into their finding.
                number: 0,
                deadline_original: None,
                text,
                // Numbered when the finding is assembled (Finding::numbered).
                sub: None,
                status,
                owner: nonempty(get(Column::Owner)),
                department: nonempty(get(Column::Department)),
                deadline,
                deadline_note: deadline_note.clone(),
                done,
                done_unrecorded: unrecorded,
                evidence: evidence.clone(),
                log: log.clone(),
                origin: Default::default(),
            })
            .collect();
        Some((measures, pending))
    }

    fn date_problem(&mut self, row: usize, col: Option<usize>, why: String) {
        let text = col
            .map(|c| self.grid.cell(row, c).text())
            .unwrap_or_default();
        let message = if why.contains(&format!("`{text}`")) {
            why
        } else {
            t!("import-cell-problem", text = text, why = why)
        };
        self.problem(row, col, message, &t!("import-date-help"));
    }

    /// 最新进展 `2021年1月5日：制度已印发` → a log entry of that day; without a leading day
    /// the text is kept as an undated note (never dated the day of the import, which would
    /// read as progress made that day), and a note says so.
    fn log_entry(&mut self, row: usize, text: &str) -> LogEntry {
        let today = self.ctx.today;
        let split = text
            .split_once(ledger::latest_separator(Language::Zh))
            .or_else(|| text.split_once(ledger::latest_separator(Language::En)))
            .or_else(|| text.split_once('：'))
            .or_else(|| text.split_once(':'));
        if let Some((head, note)) = split {
            if let Ok(DateCell::When(When::Day(date))) = values::date_text(head) {
                if date <= today {
                    return LogEntry {
                        date: Some(date),
                        from: None,
                        status: None,
                        deadline: None,
                        reason: None,
                        note: Some(note.trim().to_string()),
                    };
                }
            }
        }
        let col = self
            .header
            .first(Column::Latest)
            .or(self.header.first(Column::Status));
        self.note(row, col, t!("import-progress-no-date"));
        LogEntry {
            date: None,
            from: None,
            status: None,
            deadline: None,
            reason: None,
            note: Some(text.to_string()),
        }
    }
}

/// The year for dates written without one (12月底): the title's or 填报时间's, else the
/// year most full dates in the ledger have, else this year.
fn context_year(
    heading_year: Option<i32>,
    title: Option<&str>,
    rows: &[Row],
    today: Date,
) -> (i32, String) {
    if let Some(year) = title.and_then(values::year_in) {
        return (
            year,
            t!("import-year-from-title", title = title.unwrap_or_default()),
        );
    }
    if let Some(year) = heading_year {
        return (year, t!("import-year-from-filled"));
    }
    let mut counts: HashMap<i32, usize> = HashMap::new();
    for row in rows {
        for m in &row.measures {
            for when in [m.deadline, m.done].into_iter().flatten() {
                *counts.entry(when.earliest().year()).or_default() += 1;
            }
        }
    }
    if let Some((year, _)) = counts.into_iter().max_by_key(|(y, n)| (*n, -*y)) {
        return (year, t!("import-year-from-dates"));
    }
    (today.year(), t!("import-year-this-year"))
}

impl Ctx {
    /// A done date in the future would fail `check` on the written folder; said here, it
    /// names the ledger's row and column rather than a file the user never saw.
    fn check_done_dates(&mut self, rows: &[Row]) {
        let today = self.today;
        for r in rows {
            let Some(m) = r.measures.first() else {
                continue;
            };
            if let Some(done) = m.done.filter(|d| d.earliest() > today) {
                let at = r.done_at.clone().unwrap_or_else(|| r.at.clone());
                self.problems.push(Problem {
                    place: at.text,
                    position: Some(at.position),
                    quote: at.quote.clone(),
                    message: t!(
                        "import-done-in-future",
                        done = done.to_string(),
                        today = today.to_string()
                    ),
                    help: Some(t!("import-done-in-future-help")),
                });
            }
        }
    }

    fn complete_years(&mut self, mut rows: Vec<Row>, (year, why): (i32, String)) -> Vec<Row> {
        for r in &mut rows {
            for p in std::mem::take(&mut r.pending) {
                match p.cell.with_year(year) {
                    Ok(when) => {
                        self.notes.push(Problem {
                            place: p.at.text.clone(),
                            position: Some(p.at.position),
                            quote: p.at.quote.clone(),
                            message: t!(
                                "import-date-no-year",
                                original = p.original,
                                read = when.chinese(),
                                why = why
                            ),
                            help: None,
                        });
                        for m in &mut r.measures {
                            if p.done {
                                m.done = Some(when);
                                m.done_unrecorded = false;
                            } else {
                                m.deadline = Some(when);
                            }
                        }
                    }
                    Err(e) => {
                        self.problems.push(Problem {
                            place: p.at.text.clone(),
                            position: Some(p.at.position),
                            quote: p.at.quote.clone(),
                            message: t!(
                                "import-date-in-year",
                                original = p.original,
                                year = year,
                                detail = e
                            ),
                            help: Some(t!("import-date-in-year-help")),
                        });
                    }
                }
            }
        }
        rows
    }

    /// Rows with the same category and problem text become one finding, in the order they
    /// first appear; findings keep the ledger's numbers when 序号 numbers the problems.
    fn group(&mut self, rows: Vec<Row>) -> (Vec<Category>, Vec<Finding>) {
        let mut category_titles: Vec<String> = Vec::new();
        for title in rows.iter().filter_map(|r| r.category.clone()) {
            if !category_titles.contains(&title) {
                category_titles.push(title);
            }
        }
        if !category_titles.is_empty() {
            if let Some(r) = rows.iter().find(|r| r.category.is_none()) {
                self.problems.push(Problem {
                    place: r.at.text.clone(),
                    position: Some(r.at.position),
                    quote: r.at.quote.clone(),
                    message: t!("import-row-no-category"),
                    help: Some(t!("import-row-no-category-help")),
                });
            }
        }
        let categories: Vec<Category> = category_titles
            .iter()
            .enumerate()
            .map(|(i, title)| Category {
                id: format!("c{}", i + 1),
                title: title.clone(),
                origin: Default::default(),
            })
            .collect();
        let category_id = |title: &Option<String>| {
            title.as_ref().and_then(|t| {
                categories
                    .iter()
                    .find(|c| &c.title == t)
                    .map(|c| c.id.clone())
            })
        };

        struct Group {
            category: Option<String>,
            title: String,
            numbers: Vec<u32>,
            measures: Vec<Measure>,
            /// Sub-problems met in its rows (`2.a.1`): letter and title.
            subs: Vec<(char, String)>,
            last: Place,
        }
        let mut groups: Vec<Group> = Vec::new();
        // (category, problem) → its group: one look-up per row, whatever the ledger's size.
        let mut index: HashMap<(Option<String>, String), usize> = HashMap::new();
        for mut r in rows {
            // A sub-problem's row (序号 2.a.1, 问题 "finding（1）sub") joins its finding.
            let mut sub = None;
            if let (Some(letter), Some(_)) = (r.sub, r.number) {
                if let Some((finding, title)) = split_sub_problem(&r.finding) {
                    sub = Some((letter, title));
                    r.finding = finding;
                    for m in &mut r.measures {
                        m.sub = Some(letter);
                    }
                }
            }
            let at = index.get(&(r.category.clone(), r.finding.clone())).copied();
            let index = match at {
                Some(i) => {
                    if i + 1 != groups.len() {
                        let first = &groups[i].last;
                        self.notes.push(Problem {
                            place: r.at.text.clone(),
                            position: Some(r.at.position),
                            quote: r.at.quote.clone(),
                            message: t!(
                                "import-same-problem-as",
                                place = first
                                    .text
                                    .strip_prefix(self.file.as_str())
                                    .map(|rest| rest.trim_start_matches([',', '，', ' ']))
                                    .unwrap_or(&first.text)
                            ),
                            help: None,
                        });
                    }
                    i
                }
                None => {
                    index.insert((r.category.clone(), r.finding.clone()), groups.len());
                    groups.push(Group {
                        category: r.category.clone(),
                        title: r.finding.clone(),
                        numbers: Vec::new(),
                        measures: Vec::new(),
                        subs: Vec::new(),
                        last: r.at.clone(),
                    });
                    groups.len() - 1
                }
            };
            let g = &mut groups[index];
            if let Some(n) = r.number {
                if !g.numbers.contains(&n) {
                    g.numbers.push(n);
                }
            }
            g.last = r.at.clone();
            if let Some((letter, title)) = sub {
                if !g.subs.iter().any(|(l, _)| *l == letter) {
                    g.subs.push((letter, title));
                }
            }
            g.measures.extend(r.measures);
        }

        let ids_from_numbers = {
            let mut seen = Vec::new();
            groups.iter().all(|g| match g.numbers.as_slice() {
                [n] if !seen.contains(n) => {
                    seen.push(*n);
                    true
                }
                _ => false,
            })
        };
        let has_numbers = groups.iter().any(|g| !g.numbers.is_empty());
        if has_numbers && !ids_from_numbers {
            let at = self.number_at.clone();
            self.notes.push(Problem {
                place: at.as_ref().map_or(self.file.clone(), |a| a.text.clone()),
                position: at.map(|a| a.position),
                message: t!("import-numbers-not-one-to-one"),
                help: None,
                quote: None,
            });
        }
        let findings = groups
            .into_iter()
            .enumerate()
            .map(|(i, g)| Finding {
                id: if ids_from_numbers {
                    g.numbers[0]
                } else {
                    i as u32 + 1
                },
                category: category_id(&g.category),
                title: g.title,
                description: None,
                opening: None,
                closing: None,
                measures: crate::model::numbered(g.measures),
                subs: g
                    .subs
                    .into_iter()
                    .map(|(id, title)| crate::model::SubProblem {
                        id,
                        title,
                        description: None,
                        opening: None,
                        closing: None,
                        removed: None,
                        origin: Default::default(),
                    })
                    .collect(),
                removed_measures: Vec::new(),
                removed_subs: Vec::new(),
                signoff: None,
                reopened: Vec::new(),
                removed: None,
                origin: Default::default(),
            })
            .collect();
        (categories, findings)
    }
}

/// The sub-problem letter of 序号 `4.a.2` (a ledger rectify wrote), else None.
fn sub_letter(text: &str) -> Option<char> {
    let mut parts = text.trim().split('.');
    let (_, sub, _) = (parts.next()?, parts.next()?, parts.next()?);
    crate::model::is_sub_id(sub).then(|| sub.chars().next())?
}

/// 问题 of a sub-problem's row as rectify writes it, `班子建设有差距（2）民主生活会质量不高`:
/// the finding's title and the sub-problem's, split at the first （N）.
fn split_sub_problem(text: &str) -> Option<(String, String)> {
    let open = text.find(['（', '('])?;
    let rest = &text[open..];
    let digits_start = rest.chars().next()?.len_utf8();
    let close = rest.find(['）', ')'])?;
    let digits = &rest[digits_start..close];
    if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) || open == 0 {
        return None;
    }
    let sub = rest[close..].chars().skip(1).collect::<String>();
    (!sub.trim().is_empty()).then(|| (text[..open].to_string(), sub))
}

/// 序号 `4`, `4.2`, `4-2` → 4.
fn number(text: &str) -> Option<u32> {
    let head = text.split(['.', '-', '－', '．']).next()?.trim();
    head.parse::<u32>().ok().filter(|&n| n >= 1)
}

/// Takes off a leading 一、 （一） (1) 1. 1、 — the notice numbers things itself.
pub fn strip_numbering(text: &str) -> String {
    let text = text.trim();
    let numeral = |c: char| c.is_ascii_digit() || "一二三四五六七八九十百零〇".contains(c);
    let rest = if let Some(inner) = text.strip_prefix(['（', '(']) {
        let digits: String = inner.chars().take_while(|&c| numeral(c)).collect();
        if digits.is_empty() {
            None
        } else {
            inner[digits.len()..].strip_prefix(['）', ')'])
        }
    } else {
        let digits: String = text.chars().take_while(|&c| numeral(c)).collect();
        if digits.is_empty() {
            None
        } else {
            text[digits.len()..].strip_prefix(['、', '.', '．'])
        }
    };
    match rest {
        Some(rest) if !rest.trim().is_empty() => rest.trim().to_string(),
        _ => text.to_string(),
    }
}

/// 区民政局党组巡察整改台账 → 区民政局党组, 县林业局党组关于县委第三巡察组反馈意见整改落实
/// 台账（2024年） → 县林业局党组: the unit, before 关于 or before the words that name the
/// ledger (巡察, 整改, 问题…), of a title that names a ledger.
fn unit_from_title(title: &str, language: Language) -> Option<String> {
    let unit = match language {
        Language::Zh => {
            let t = title.trim();
            let t = t.split(['（', '(']).next().unwrap_or(t).trim();
            let names_a_ledger = ["台账", "清单", "一览表", "情况表", "明细表"]
                .iter()
                .any(|s| t.ends_with(s));
            if !names_a_ledger {
                return None;
            }
            let cut = match t.find("关于") {
                Some(i) => i,
                None => ["巡察", "巡视", "整改", "反馈", "问题"]
                    .iter()
                    .filter_map(|w| t.find(w))
                    .min()?,
            };
            without_year(t[..cut].trim_end_matches('度'))
                .trim()
                .to_string()
        }
        Language::En => title
            .trim()
            .strip_prefix("Rectification ledger:")?
            .trim()
            .to_string(),
    };
    (!unit.is_empty()).then_some(unit)
}

/// 某局党组2020年 → 某局党组: a year at the end of a title belongs to the ledger.
fn without_year(text: &str) -> &str {
    let Some(rest) = text.strip_suffix('年') else {
        return text;
    };
    let digits = rest.chars().rev().take_while(char::is_ascii_digit).count();
    if digits == 4 {
        &rest[..rest.len() - 4]
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbering_is_taken_off_titles() {
        assert_eq!(strip_numbering("一、政治建设方面"), "政治建设方面");
        assert_eq!(strip_numbering("（三）学习不深入"), "学习不深入");
        assert_eq!(strip_numbering("2.学习不深入"), "学习不深入");
        assert_eq!(strip_numbering("2020年工作"), "2020年工作");
        assert_eq!(strip_numbering("三重一大"), "三重一大");
    }

    #[test]
    fn footers_notes_and_labels() {
        assert!(is_footer("填表人：张敏"));
        assert!(is_footer("审核人: 李华"));
        assert!(is_footer("联系电话：0551-1234567"));
        assert!(!is_footer("负责人履职不到位"));
        assert!(is_remark("备注：本表每月更新"));
        assert!(is_remark("注：1.完成情况…"));
        assert!(!is_remark("注重形式，实效不足"));
        assert_eq!(
            labelled("填报单位：县林业局（盖章）", &["填报单位"]).as_deref(),
            Some("县林业局")
        );
        assert_eq!(
            labelled("填报时间：2024年5月10日", &["填报时间"]).as_deref(),
            Some("2024年5月10日")
        );
        assert_eq!(labelled("填报单位情况", &["填报单位"]), None);
    }

    #[test]
    fn sub_problem_rows_are_read_back() {
        assert_eq!(sub_letter("2.a.1"), Some('a'));
        assert_eq!(sub_letter("2.1"), None);
        assert_eq!(sub_letter("2.ab.1"), None);
        assert_eq!(
            split_sub_problem("班子建设有差距（2）民主生活会质量不高"),
            Some((
                "班子建设有差距".to_string(),
                "民主生活会质量不高".to_string()
            ))
        );
        assert_eq!(split_sub_problem("（2）民主生活会"), None);
        assert_eq!(split_sub_problem("班子（二）建设"), None);
    }

    #[test]
    fn numbers_and_units() {
        assert_eq!(number("4.2"), Some(4));
        assert_eq!(number("4"), Some(4));
        assert_eq!(number("第四"), None);
        assert_eq!(
            unit_from_title("区民政局党组巡察整改台账", Language::Zh).as_deref(),
            Some("区民政局党组")
        );
        assert_eq!(unit_from_title("巡察整改台账", Language::Zh), None);
        assert_eq!(
            unit_from_title("某县财政局党组2020年度巡察整改台账", Language::Zh).as_deref(),
            Some("某县财政局党组")
        );
        assert_eq!(unit_from_title("整改情况", Language::Zh), None);
        assert_eq!(
            unit_from_title(
                "县林业局党组关于县委第三巡察组反馈意见整改落实台账（2024年）",
                Language::Zh
            )
            .as_deref(),
            Some("县林业局党组")
        );
        assert_eq!(
            unit_from_title(
                "区卫生健康委员会党委2024年度巡察反馈问题整改台账",
                Language::Zh
            )
            .as_deref(),
            Some("区卫生健康委员会党委")
        );
        assert_eq!(
            unit_from_title("市水利局党组巡察整改工作台账", Language::Zh).as_deref(),
            Some("市水利局党组")
        );
    }
}
