//! Reading an existing ledger (整改台账) from Excel or CSV into a new data folder.
//!
//! The file becomes a [`grid::Grid`] per sheet (merged cells filled in); the header row is
//! found under any title and its columns mapped ([`columns`]); each row below becomes a
//! measure, its cells read by [`values`] (status words, dates in the usual spellings); rows
//! with the same problem text (merged or repeated) become one finding. Every problem is
//! collected with its sheet, row and column, and nothing is written unless there is none;
//! [`mod@write`] turns the result into the folder's TOML texts, which
//! [`crate::edit::create_folder`] checks and puts in place, all or nothing.

pub mod columns;
pub mod grid;
pub mod values;
pub mod write;

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::path::Path;

use chrono::Datelike;

use crate::date::{Date, When};
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
}

/// A problem (or a note) about the ledger, with the place it is at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// `台账.xlsx, sheet 整改台账, row 7, column H (完成情况)`.
    pub place: String,
    /// 0-based row and column, to list problems in reading order.
    pub position: Option<(usize, usize)>,
    pub message: String,
    pub help: Option<String>,
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
    pub notes: Vec<Problem>,
    /// The sheet read (`None` for CSV).
    pub sheet: Option<String>,
    /// The ledger's title row, when it has one.
    pub title: Option<String>,
}

/// Reads a ledger file. `Err` holds every problem found.
pub fn read(path: &Path, options: &Options) -> Result<Imported, Vec<Problem>> {
    let name = path.display().to_string();
    let whole_file = |message: String, help: String| {
        vec![Problem {
            place: name.clone(),
            position: None,
            message,
            help: Some(help),
        }]
    };
    if !path.exists() {
        return Err(whole_file(t!("import-no-file"), t!("import-no-file-help")));
    }
    let grids = match grid::kind(path) {
        Some(grid::Kind::Workbook) => {
            grid::read_workbook(path).map_err(|e| whole_file(e, t!("import-workbook-help")))?
        }
        Some(grid::Kind::Csv) => {
            vec![grid::read_csv(path).map_err(|e| whole_file(e, t!("import-csv-help")))?]
        }
        None => {
            return Err(whole_file(
                t!("import-unknown-kind"),
                t!("import-unknown-kind-help"),
            ))
        }
    };
    let found = grids
        .iter()
        .find_map(|g| columns::find_header(g, &options.map).map(|h| (g, h)));
    let Some((grid, header)) = found else {
        let sheets: Vec<String> = grids.iter().filter_map(|g| g.sheet.clone()).collect();
        let message = if sheets.is_empty() {
            t!("import-no-header")
        } else {
            t!(
                "import-no-header-sheets",
                sheets = crate::i18n::join(&sheets)
            )
        };
        return Err(whole_file(message, t!("import-no-header-help")));
    };
    Sheet {
        file: &name,
        grid,
        header: &header,
        options,
        problems: Vec::new(),
        notes: Vec::new(),
    }
    .read()
}

/// One measure row read, before rows are grouped into findings.
struct Row {
    row: usize,
    number: Option<u32>,
    category: Option<String>,
    finding: String,
    measure: Measure,
    /// Dates without a year, completed once the year context is known.
    deadline_no_year: Option<(DateCell, usize)>,
    done_no_year: Option<(DateCell, usize)>,
}

struct Sheet<'a> {
    file: &'a str,
    grid: &'a Grid,
    header: &'a Header,
    options: &'a Options,
    problems: Vec<Problem>,
    notes: Vec<Problem>,
}

impl Sheet<'_> {
    fn place(&self, row: usize, col: Option<usize>) -> String {
        let mut place = self.file.to_string();
        if let Some(sheet) = &self.grid.sheet {
            place.push_str(&t!("import-place-sheet", sheet = sheet));
        }
        place.push_str(&t!("import-place-row", row = row + 1));
        if let Some(col) = col {
            place.push_str(&t!(
                "import-place-column",
                column = Header::describe(self.grid, self.header.row, col)
            ));
        }
        place
    }

    fn problem(&mut self, row: usize, col: Option<usize>, message: String, help: &str) {
        let place = self.place(row, col);
        self.problems.push(Problem {
            place,
            position: Some((row, col.unwrap_or(0))),
            message,
            help: Some(help.to_string()),
        });
    }

    fn note(&mut self, row: usize, col: Option<usize>, message: String) {
        let place = self.place(row, col);
        self.notes.push(Problem {
            place,
            position: Some((row, col.unwrap_or(0))),
            message,
            help: None,
        });
    }

    /// The text of a ledger column in a row ("" when the ledger has no such column).
    fn text(&self, row: usize, column: Column) -> String {
        match self.header.columns.get(&column) {
            // 责任领导 and 责任人 kept in two columns are joined.
            Some(cols) => cols
                .iter()
                .map(|&c| self.grid.cell(row, c).text())
                .filter(|t| !t.is_empty())
                .collect::<Vec<_>>()
                .join("、"),
            None => String::new(),
        }
    }

    fn cell(&self, row: usize, column: Column) -> (&Cell, Option<usize>) {
        match self.header.first(column) {
            Some(col) => (self.grid.cell(row, col), Some(col)),
            None => (&Cell::Empty, None),
        }
    }

    fn read(mut self) -> Result<Imported, Vec<Problem>> {
        let language = if self.header.english {
            Language::En
        } else {
            Language::Zh
        };
        for (column, cols) in &self.header.columns {
            if cols.len() > 1 && *column != Column::Owner {
                let names: Vec<String> = cols
                    .iter()
                    .map(|&c| Header::describe(self.grid, self.header.row, c))
                    .collect();
                self.problem(
                    self.header.row,
                    None,
                    t!(
                        "import-columns-same",
                        columns = crate::i18n::join(&names),
                        column = column.header(Language::Zh)
                    ),
                    &t!("import-columns-same-help"),
                );
            }
        }
        if !self.header.columns.contains_key(&Column::Status) {
            self.problem(
                self.header.row,
                None,
                t!("import-no-status-column"),
                &t!("import-no-status-column-help"),
            );
        }
        for (col, text) in self.header.unknown.clone() {
            self.note(
                self.header.row,
                Some(col),
                t!("import-column-skipped", header = columns::normalize(&text)),
            );
        }

        let title = (0..self.header.row)
            .flat_map(|r| (0..self.grid.rows[r].len()).map(move |c| (r, c)))
            .map(|(r, c)| self.grid.cell(r, c).text())
            .find(|t| !t.is_empty());
        let rows = self.rows(language);
        let context_year = self.context_year(title.as_deref(), &rows);
        let rows = self.complete_years(rows, context_year);
        self.check_done_dates(&rows);
        let (categories, findings) = self.group(rows);

        if findings.is_empty() && self.problems.is_empty() {
            self.problem(
                self.header.row,
                None,
                t!("import-no-measures"),
                &t!("import-no-measures-help"),
            );
        }
        self.problems.sort_by_key(|p| p.position);
        self.notes.sort_by_key(|p| p.position);
        if !self.problems.is_empty() {
            return Err(self.problems);
        }
        let unit = title.as_deref().and_then(|t| unit_from_title(t, language));
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
            notes: self.notes,
            sheet: self.grid.sheet.clone(),
            title,
        })
    }

    fn rows(&mut self, language: Language) -> Vec<Row> {
        let mut out: Vec<Row> = Vec::new();
        let mut section_category: Option<String> = None;
        let mut continued_note = false;
        let finding_header = self
            .header
            .first(Column::Finding)
            .map(|c| columns::normalize(&self.grid.cell(self.header.row, c).text()));
        for row in self.header.row + 1..self.grid.rows.len() {
            let texts: BTreeMap<Column, String> = self
                .header
                .columns
                .keys()
                .map(|&c| (c, self.text(row, c)))
                .collect();
            if texts.values().all(String::is_empty) {
                continue;
            }
            let finding_text = texts.get(&Column::Finding).cloned().unwrap_or_default();
            // A header repeated on each printed page.
            if Some(columns::normalize(&finding_text)) == finding_header {
                continue;
            }
            let measure_text = texts.get(&Column::Measure).cloned().unwrap_or_default();
            if measure_text.is_empty() {
                let mut distinct: Vec<&String> = texts.values().filter(|t| !t.is_empty()).collect();
                distinct.sort();
                distinct.dedup();
                if distinct.len() == 1 {
                    let text = distinct[0].clone();
                    if text.starts_with("注")
                        || text.starts_with("备注")
                        || text.starts_with("说明")
                    {
                        self.note(row, None, t!("import-row-note", text = text));
                    } else {
                        // A row across the table naming the category of the rows below.
                        let title = strip_numbering(&text);
                        self.note(row, None, t!("import-row-category", title = title));
                        section_category = Some(title);
                    }
                    continue;
                }
                let col = self.header.first(Column::Measure);
                self.problem(
                    row,
                    col,
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
                    .or_else(|| out.last().and_then(|p| p.category.clone())),
            };
            let Some(measure) = self.measure(row, &texts, language) else {
                continue;
            };
            let (measure, deadline_no_year, done_no_year) = measure;
            out.push(Row {
                row,
                number: number(&texts.get(&Column::Number).cloned().unwrap_or_default()),
                category,
                finding,
                measure,
                deadline_no_year,
                done_no_year,
            });
        }
        out
    }

    #[allow(clippy::type_complexity)]
    fn measure(
        &mut self,
        row: usize,
        texts: &BTreeMap<Column, String>,
        language: Language,
    ) -> Option<(
        Measure,
        Option<(DateCell, usize)>,
        Option<(DateCell, usize)>,
    )> {
        let get = |c: Column| texts.get(&c).cloned().unwrap_or_default();
        let status_col = self.header.first(Column::Status);
        let status_text = get(Column::Status);
        let status = if status_text.is_empty() {
            if status_col.is_some() {
                self.problem(
                    row,
                    status_col,
                    t!("import-status-empty"),
                    &t!("import-status-empty-help"),
                );
            }
            None
        } else {
            let status = values::status(&status_text);
            if status.is_none() {
                let mut words: Vec<&str> =
                    Status::ALL.iter().map(|s| s.label(Language::Zh)).collect();
                words.extend(values::status_words());
                let listing = t!("import-status-listing");
                let help = match nearest(&status_text, &words) {
                    Some(near) => t!("status-did-you-mean", suggestion = near, statuses = listing),
                    None => t!("statuses-are", statuses = listing),
                };
                self.problem(
                    row,
                    status_col,
                    t!("import-status-unknown", status = status_text),
                    &help,
                );
            }
            status
        };

        let mut deadline = None;
        let mut deadline_no_year = None;
        let (cell, col) = self.cell(row, Column::Deadline);
        match values::date_cell(cell) {
            None => {}
            Some(Ok(DateCell::When(w))) => deadline = Some(w),
            Some(Ok(DateCell::LongTerm)) => {}
            Some(Ok(no_year)) => deadline_no_year = col.map(|c| (no_year, c)),
            Some(Err(why)) => self.date_problem(row, col, why),
        }
        let mut done = None;
        let mut done_no_year = None;
        let (cell, col) = self.cell(row, Column::Done);
        match values::date_cell(cell) {
            None => {}
            Some(Ok(DateCell::When(w))) => done = Some(w),
            Some(Ok(DateCell::LongTerm)) => self.problem(
                row,
                col,
                t!("import-done-long-term"),
                &t!("import-done-long-term-help"),
            ),
            Some(Ok(no_year)) => done_no_year = col.map(|c| (no_year, c)),
            Some(Err(why)) => self.date_problem(row, col, why),
        }

        let latest = get(Column::Latest);
        let log = if latest.is_empty() {
            Vec::new()
        } else {
            vec![self.log_entry(row, &latest, language)]
        };
        let evidence = get(Column::Evidence)
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(String::from)
            .collect();
        let status = status?;
        let unrecorded = status == Status::Done && done.is_none() && done_no_year.is_none();
        let nonempty = |s: String| (!s.is_empty()).then_some(s);
        Some((
            Measure {
                text: get(Column::Measure),
                status,
                owner: nonempty(get(Column::Owner)),
                department: nonempty(get(Column::Department)),
                deadline,
                done,
                done_unrecorded: unrecorded,
                evidence,
                log,
                origin: Default::default(),
            },
            deadline_no_year,
            done_no_year,
        ))
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
    /// the entry is dated the day of the import, and a note says so.
    fn log_entry(&mut self, row: usize, text: &str, language: Language) -> LogEntry {
        let split = text
            .split_once(ledger::latest_separator(language))
            .or_else(|| text.split_once('：'))
            .or_else(|| text.split_once(':'));
        if let Some((head, note)) = split {
            if let Ok(DateCell::When(When::Day(date))) = values::date_text(head) {
                if date <= self.options.today {
                    return LogEntry {
                        date,
                        from: None,
                        status: None,
                        note: Some(note.trim().to_string()),
                    };
                }
            }
        }
        self.note(
            row,
            self.header.first(Column::Latest),
            t!(
                "import-latest-no-date",
                today = self.options.today.to_string()
            ),
        );
        LogEntry {
            date: self.options.today,
            from: None,
            status: None,
            note: Some(text.to_string()),
        }
    }

    /// The year for dates written without one (12月底): the title's, else the year most
    /// full dates in the ledger have, else this year.
    fn context_year(&self, title: Option<&str>, rows: &[Row]) -> (i32, String) {
        if let Some(year) = title.and_then(values::year_in) {
            return (
                year,
                t!("import-year-from-title", title = title.unwrap_or_default()),
            );
        }
        let mut counts: HashMap<i32, usize> = HashMap::new();
        for row in rows {
            let m = &row.measure;
            for when in [m.deadline, m.done].into_iter().flatten() {
                *counts.entry(when.earliest().year()).or_default() += 1;
            }
        }
        if let Some((year, _)) = counts.into_iter().max_by_key(|(y, n)| (*n, -*y)) {
            return (year, t!("import-year-from-dates"));
        }
        let year = self.options.today.year();
        (year, t!("import-year-this-year"))
    }

    /// A done date in the future would fail `check` on the written folder; said here, it
    /// names the ledger's row and column rather than a file the user never saw.
    fn check_done_dates(&mut self, rows: &[Row]) {
        let today = self.options.today;
        let col = self.header.first(Column::Done);
        for r in rows {
            if let Some(done) = r.measure.done.filter(|d| d.earliest() > today) {
                self.problem(
                    r.row,
                    col,
                    t!(
                        "import-done-in-future",
                        done = done.to_string(),
                        today = today.to_string()
                    ),
                    &t!("import-done-in-future-help"),
                );
            }
        }
    }

    fn complete_years(&mut self, mut rows: Vec<Row>, (year, why): (i32, String)) -> Vec<Row> {
        for r in &mut rows {
            for (which, slot) in [(0, r.deadline_no_year.take()), (1, r.done_no_year.take())] {
                let Some((cell, col)) = slot else { continue };
                let original = self.grid.cell(r.row, col).text();
                match cell.with_year(year) {
                    Ok(when) => {
                        self.notes.push(Problem {
                            place: self.place(r.row, Some(col)),
                            position: Some((r.row, col)),
                            message: t!(
                                "import-date-no-year",
                                original = original,
                                read = when.chinese(),
                                why = why
                            ),
                            help: None,
                        });
                        if which == 0 {
                            r.measure.deadline = Some(when);
                        } else {
                            r.measure.done = Some(when);
                            r.measure.done_unrecorded = false;
                        }
                    }
                    Err(e) => {
                        let place = self.place(r.row, Some(col));
                        self.problems.push(Problem {
                            place,
                            position: Some((r.row, col)),
                            message: t!(
                                "import-date-in-year",
                                original = original,
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
                let (row, col) = (r.row, self.header.first(Column::Category));
                self.problem(
                    row,
                    col,
                    t!("import-row-no-category"),
                    &t!("import-row-no-category-help"),
                );
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
            last_row: usize,
        }
        let mut groups: Vec<Group> = Vec::new();
        for r in rows {
            let key_match = |g: &Group| g.title == r.finding && g.category == r.category;
            let at = groups.iter().position(key_match);
            let index = match at {
                Some(i) => {
                    if i + 1 != groups.len() {
                        let first = groups[i].last_row;
                        self.note(
                            r.row,
                            self.header.first(Column::Finding),
                            t!("import-same-problem", row = first + 1),
                        );
                    }
                    i
                }
                None => {
                    groups.push(Group {
                        category: r.category.clone(),
                        title: r.finding.clone(),
                        numbers: Vec::new(),
                        measures: Vec::new(),
                        last_row: r.row,
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
            g.last_row = r.row;
            g.measures.push(r.measure);
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
            self.note(
                self.header.row,
                self.header.first(Column::Number),
                t!("import-numbers-not-one-to-one"),
            );
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
                measures: g.measures,
                origin: Default::default(),
            })
            .collect();
        (categories, findings)
    }
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

/// 区民政局党组巡察整改台账 → 区民政局党组: the unit, as the ledger export titles it.
fn unit_from_title(title: &str, language: Language) -> Option<String> {
    let unit = match language {
        Language::Zh => {
            let t = title.trim();
            let t = t.split(['（', '(']).next().unwrap_or(t).trim();
            let unit = [
                "巡察反馈问题整改台账",
                "巡察整改工作台账",
                "巡察整改台账",
                "问题整改台账",
                "整改台账",
            ]
            .iter()
            .find_map(|suffix| t.strip_suffix(suffix))?;
            without_year(unit.trim_end_matches('度')).to_string()
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
    }
}
