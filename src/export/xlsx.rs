//! `--format xlsx`: the ledger (整改台账) as an Excel workbook, laid out for daily use and
//! for printing.
//!
//! Sheet 1 is the ledger: a title row, the header (frozen, with an autofilter), one row per
//! measure with wrapped text. It lives in Excel, WPS and LibreOffice: 完成情况 has a dropdown
//! of the status labels, and the status colours and the shading of overdue rows are
//! conditional formats, so a clerk who changes a status sees the colours follow. Sheet 2
//! (统计) counts measures by status per category and overall with COUNTIFS/SUMPRODUCT
//! formulas over the ledger (their values cached, for viewers that do not calculate), and
//! overdue against its 统计截止日期 cell (the export's day; write =TODAY() there to count
//! against today).
//!
//! Dates: a deadline or done date that is a day is a date cell shown as 2020年12月31日, so it
//! sorts and filters as a date; a month or a year (2020年12月, 2020年) and 长期 stay text (a
//! date cell would claim a day the data does not give, and import could not tell it apart).
//! 序号 stays text (4.2, 11.10, the address `rectify update` takes); five hidden columns
//! after the last hold a numeric sort key (sort by it to get notice order back), the
//! finding's number, the last day of the deadline, a 1 on one row of each finding and there a
//! formula saying whether all its measures are completed: what the formulas and conditional
//! formats use (each linear in the ledger's size). They have no header, so `rectify import` passes them by and
//! reads back exactly what was written. Texts are always text cells: a text starting with
//! `=` is never a formula.

use std::io::Write;

use chrono::Datelike;
use rust_xlsxwriter::{
    Color, ConditionalFormatFormula, DataValidation, DocProperties, ExcelDateTime, Format,
    FormatAlign, FormatBorder, Formula, IgnoreError, Workbook, Worksheet, XlsxError,
};

use unicode_width::UnicodeWidthStr;

use super::{Exporter, Options};
use crate::date::{Date, When};
use crate::error::{Error, Result};
use crate::model::{Language, Report, Status};
use crate::view::ledger::{self, Column};
use crate::view::summary::{self, Stats};

pub struct Xlsx;

/// The Chinese font offices use in spreadsheets; Excel and WPS substitute when missing.
pub(super) const FONT: &str = "宋体";
pub(super) const TITLE_FONT: &str = "黑体";
/// Excel's paper size code for A4.
const A4: u8 = 9;
/// The ledger's header is on this row (0-based); row 0 is the title.
pub const HEADER_ROW: u32 = 1;
/// The hidden columns after the ledger's own: the sort key (finding × 10000 + measure), the
/// finding's number, and the last day of the deadline.
const SORT_KEY_COL: u16 = Column::ALL.len() as u16;
const FINDING_COL: u16 = SORT_KEY_COL + 1;
const DUE_COL: u16 = SORT_KEY_COL + 2;
/// 1 on one row of each finding (its first measure), so findings are counted with COUNTIFS.
const FINDING_ONCE_COL: u16 = SORT_KEY_COL + 3;
/// On that row: a formula giving 1 when every measure of the finding is completed.
const FINDING_DONE_COL: u16 = SORT_KEY_COL + 4;
const LAST_HIDDEN_COL: u16 = FINDING_DONE_COL;
/// The workbook name of the summary's 统计截止日期 cell, which overdue is counted against.
pub(super) const AS_OF_NAME: &str = "截止日期";
/// The day format of date cells: 2020年12月31日.
pub(super) const DAY_FORMAT: &str = "yyyy\"年\"m\"月\"d\"日\"";

/// Sheet names in the report's language.
pub fn sheet_names(language: Language) -> [&'static str; 2] {
    match language {
        Language::Zh => ["整改台账", "统计"],
        Language::En => ["Ledger", "Summary"],
    }
}

impl Exporter for Xlsx {
    /// Built whole (a zip archive needs its directory at the end), then written.
    fn write(&self, report: &Report, options: &Options, out: &mut dyn Write) -> Result<()> {
        let bytes = build(report, options)
            .map_err(|e| Error::failed(t!("export-cannot-build-xlsx", detail = e.to_string())))?;
        super::write_all(&bytes, out)
    }

    fn is_binary(&self) -> bool {
        true
    }
}

fn build(report: &Report, options: &Options) -> Result<Vec<u8>, XlsxError> {
    let today = options.as_of.unwrap_or(options.today);
    let names = sheet_names(report.language);
    let mut workbook = Workbook::new();
    // A fixed creation date (the export's day) keeps the bytes reproducible.
    let created = ExcelDateTime::from_ymd(
        u16::try_from(today.year()).unwrap_or(2000),
        today.month() as u8,
        today.day() as u8,
    )?;
    workbook.set_properties(
        &DocProperties::new()
            .set_title(ledger::title(report))
            .set_creation_datetime(&created),
    );

    // "Low memory" mode: each row goes to a temporary file once the next one starts (the
    // texts to the shared string table, as in the standard mode), so the sheet is never held
    // whole in memory: on 10,000 findings the export peaked at ten times the data's size.
    // Rows must then be written in order, as `ledger_sheet` does.
    let sheet = workbook.add_worksheet_with_low_memory()?;
    sheet.set_name(names[0])?;
    let rows = ledger_sheet(sheet, report, options)?;

    let sheet = workbook.add_worksheet();
    sheet.set_name(names[1])?;
    let as_of_cell = summary_sheet(sheet, report, options.today, rows)?;
    workbook.define_name(AS_OF_NAME, &format!("='{}'!{as_of_cell}", names[1]))?;

    workbook.save_to_buffer()
}

/// Width of each ledger column, in Excel's units (about one Latin character; a Chinese
/// character takes two).
fn width(column: Column) -> f64 {
    match column {
        Column::Number => 6.0,
        Column::Category => 14.0,
        Column::Finding => 20.0,
        Column::Measure => 50.0,
        Column::Owner => 16.0,
        Column::Department => 12.0,
        Column::Deadline => 15.0,
        Column::Status => 10.0,
        Column::Done => 15.0,
        Column::Evidence => 18.0,
        Column::Latest => 24.0,
    }
}

/// Neither Excel nor LibreOffice grows a row to fit wrapped text written by a program, so
/// the height is set from an estimate of the lines each cell wraps to. A width unit is about
/// 7 pixels, a Chinese character at 11pt about 15 (two units); the estimate keeps a margin
/// so a cell is never cut off.
fn wrapped_lines(text: &str, column_width: f64) -> usize {
    let per_line = ((column_width - 1.0) * 0.95).max(2.0);
    text.split('\n')
        .map(|line| {
            let w = line.width() as f64;
            ((w / per_line).ceil() as usize).max(1)
        })
        .sum::<usize>()
        .max(1)
}

/// Points for `lines` lines of 11pt text (CJK fonts need about 1.35 line height).
fn row_height(lines: usize) -> f64 {
    (lines as f64 * 15.0 + 6.0).min(409.0)
}

/// Status fill and text colours, after Excel's own good/neutral/bad styles.
fn status_colors(status: Status) -> (u32, u32) {
    match status {
        Status::Done => (0xC6EFCE, 0x006100),
        Status::Ongoing => (0xDDEBF7, 0x1F4E78),
        Status::Partial => (0xE2EFDA, 0x375623),
        Status::InProgress => (0xFFEB9C, 0x9C5700),
        Status::NotStarted => (0xEDEDED, 0x3A3A3A),
    }
}

/// Shading of an overdue row, and the colour of its deadline.
const OVERDUE_FILL: u32 = 0xFCE4E4;
const OVERDUE_TEXT: u32 = 0xC00000;

pub(super) fn base() -> Format {
    Format::new()
        .set_font_name(FONT)
        .set_font_size(11)
        .set_border(FormatBorder::Thin)
        .set_text_wrap()
        .set_align(FormatAlign::VerticalCenter)
}

/// A1 reference of a 0-based cell, absolute or not.
fn cell_ref(row: u32, col: u16, absolute: bool) -> String {
    let dollar = if absolute { "$" } else { "" };
    format!("{dollar}{}{dollar}{}", col_letter(col), row + 1)
}

/// The letters of a 0-based column: 0 A, 25 Z, 26 AA.
fn col_letter(col: u16) -> String {
    let mut n = u32::from(col) + 1;
    let mut out = Vec::new();
    while n > 0 {
        let r = (n - 1) % 26;
        out.push(char::from(b'A' + r as u8));
        n = (n - 1) / 26;
    }
    out.iter().rev().collect()
}

fn column_index(column: Column) -> u16 {
    Column::ALL
        .iter()
        .position(|&c| c == column)
        .unwrap_or_default() as u16
}

/// A text as a formula string literal: quoted, inner quotes doubled.
fn literal(text: &str) -> String {
    format!("\"{}\"", text.replace('"', "\"\""))
}

pub(super) fn excel_date(date: Date) -> Result<ExcelDateTime, XlsxError> {
    ExcelDateTime::from_ymd(
        u16::try_from(date.year()).unwrap_or(1900),
        date.month() as u8,
        date.day() as u8,
    )
}

/// What the summary needs to know about the ledger sheet: its name and its data rows
/// (0-based, inclusive; `None` when it has none).
#[derive(Debug, Clone, Copy)]
pub(super) struct LedgerRows {
    language: Language,
    rows: Option<(u32, u32)>,
}

impl LedgerRows {
    /// The absolute range of a ledger column's data cells, with the sheet's name.
    fn range(&self, col: u16) -> String {
        let (first, last) = self.rows.unwrap_or((HEADER_ROW + 1, HEADER_ROW + 1));
        format!(
            "'{}'!{}:{}",
            sheet_names(self.language)[0],
            cell_ref(first, col, true),
            cell_ref(last, col, true)
        )
    }
}

/// Writes one record's ledger on `sheet` (its overdue shading counts against the workbook's
/// [`AS_OF_NAME`] cell, which the caller defines).
pub(super) fn ledger_sheet(
    sheet: &mut Worksheet,
    report: &Report,
    options: &Options,
) -> Result<LedgerRows, XlsxError> {
    let language = report.language;
    let today = options.today;
    let last_col = (Column::ALL.len() - 1) as u16;

    let title = Format::new()
        .set_font_name(TITLE_FONT)
        .set_font_size(18)
        .set_align(FormatAlign::Center)
        .set_align(FormatAlign::VerticalCenter);
    sheet.merge_range(0, 0, 0, last_col, &ledger::title(report), &title)?;
    sheet.set_row_height(0, 36)?;

    let header = base()
        .set_bold()
        .set_align(FormatAlign::Center)
        .set_background_color(Color::RGB(0xD9E1F2));
    for (col, column) in Column::ALL.iter().enumerate() {
        let col = col as u16;
        sheet.write_string_with_format(HEADER_ROW, col, column.header(language), &header)?;
        sheet.set_column_width(col, width(*column))?;
    }
    sheet.set_row_height(HEADER_ROW, 30)?;

    // Every cell format made once, and the rows made one at a time from the report (not
    // all up front): the worksheet keeps its own copy of every text until it is saved.
    let plain = base();
    let centered = base().set_align(FormatAlign::Center);
    let day = centered.clone().set_num_format(DAY_FORMAT);
    let hidden_day = Format::new().set_num_format("yyyy-mm-dd");
    // The data rows' range is known before they are written: the finding-done formulas count
    // over all of them.
    let measures: usize = report.findings.iter().map(|f| f.measures.len()).sum();
    let (first_data, last_data) = (HEADER_ROW + 1, HEADER_ROW + measures.max(1) as u32);
    let column_range = |col: u16| {
        format!(
            "{}:{}",
            cell_ref(first_data, col, true),
            cell_ref(last_data, col, true)
        )
    };
    let (finding_range, status_range) = (
        column_range(FINDING_COL),
        column_range(column_index(Column::Status)),
    );
    let not_completed: String = Status::ALL
        .iter()
        .filter(|s| s.is_completed())
        .map(|s| format!(",{status_range},\"<>\"&{}", literal(s.label(language))))
        .collect();
    let completed_findings: std::collections::HashSet<u32> = report
        .findings
        .iter()
        .filter(|f| f.measures.iter().all(|m| m.status.is_completed()))
        .map(|f| f.id)
        .collect();
    let mut last_finding = None;
    let mut count = 0u32;
    for row in ledger::rows_iter(report, today) {
        let r = HEADER_ROW + 1 + count;
        for (col, column) in Column::ALL.iter().enumerate() {
            let col = col as u16;
            let when = match column {
                Column::Deadline => row.deadline_when,
                Column::Done => row.done_when,
                _ => None,
            };
            let text_format = match column {
                Column::Number | Column::Deadline | Column::Done | Column::Status => &centered,
                _ => &plain,
            };
            match (column, when) {
                (_, Some(When::Day(d))) => {
                    sheet.write_datetime_with_format(r, col, excel_date(d)?, &day)?;
                    // The date stays a date (formulas count overdue from it); an extension
                    // (延期) or a late completion is said in the cell's note.
                    let note = match column {
                        Column::Deadline if row.deadline_original.is_some() => {
                            Some(row.cell(Column::Deadline))
                        }
                        Column::Done if row.done_late => Some(row.cell(Column::Done)),
                        _ => None,
                    };
                    if let Some(text) = note {
                        sheet.insert_note(r, col, &rust_xlsxwriter::Note::new(text))?;
                    }
                }
                _ => {
                    sheet
                        .write_string_with_format(r, col, row.cell(*column), text_format)
                        .map_err(|e| match e {
                            // Say which measure, so it can be found and shortened.
                            XlsxError::MaxStringLengthExceeded => XlsxError::ParameterError(format!(
                                "measure {} ({}) has {} characters, more than an Excel cell holds (32,767); shorten it, or export md, docx or csv",
                                row.address,
                                column.header(language),
                                row.cell(*column).chars().count()
                            )),
                            e => e,
                        })?;
                    // A signed-off finding (销号) says so in its 问题 cell's note.
                    if let (Column::Finding, Some(signoff)) = (column, &row.signoff) {
                        sheet.insert_note(r, col, &rust_xlsxwriter::Note::new(signoff))?;
                    }
                }
            }
        }
        let measure = row.address.measure.unwrap_or_default();
        sheet.write_number(
            r,
            SORT_KEY_COL,
            f64::from(row.address.finding) * 10_000.0 + measure as f64,
        )?;
        sheet.write_number(r, FINDING_COL, f64::from(row.address.finding))?;
        if let Some(due) = row.deadline_when {
            sheet.write_datetime_with_format(r, DUE_COL, excel_date(due.latest())?, &hidden_day)?;
        }
        if last_finding != Some(row.address.finding) {
            last_finding = Some(row.address.finding);
            sheet.write_number(r, FINDING_ONCE_COL, 1.0)?;
            // Its own row's finding number: the formula stays right when the rows are sorted.
            let this = cell_ref(r, FINDING_COL, false).replacen(
                &col_letter(FINDING_COL),
                &format!("${}", col_letter(FINDING_COL)),
                1,
            );
            let done = completed_findings.contains(&row.address.finding);
            sheet.write_formula(
                r,
                FINDING_DONE_COL,
                Formula::new(format!(
                    "=IF(COUNTIFS({finding_range},{this}{not_completed})=0,1,0)"
                ))
                .set_result(if done { "1" } else { "0" }),
            )?;
        }
        let lines = Column::ALL
            .iter()
            .map(|c| wrapped_lines(row.cell(*c), width(*c)))
            .max()
            .unwrap_or(1);
        sheet.set_row_height(r, row_height(lines))?;
        count += 1;
    }
    for col in SORT_KEY_COL..=LAST_HIDDEN_COL {
        sheet.set_column_hidden(col)?;
    }

    let last_row = HEADER_ROW + count;
    // The ledger sheet is a low-memory one (see `build`), and rust_xlsxwriter 0.102 writes
    // the last row of such a sheet twice when that row has a height of its own
    // (`Worksheet::flush_last_row` flushes it without moving on, then flushes the next row
    // with the same row's options): a second `<row r="N">`, which Excel may call damaged.
    // Every ledger row has a height. An unformatted blank cell one row below moves the last
    // row on: no cell is written there, only an empty `<row>`, and the sheet's used range
    // grows by that row. Drop it once rust_xlsxwriter no longer repeats the last row (the
    // xlsx tests look for duplicated rows).
    sheet.write_blank(last_row + 1, 0, &Format::default())?;
    let rows = (count > 0).then_some((HEADER_ROW + 1, last_row));
    if let Some((first, last)) = rows {
        // 序号 4.2 and 2020年12月 are text on purpose: no "number stored as text" marks.
        sheet.ignore_error_range(first, 0, last, last_col, IgnoreError::NumberStoredAsText)?;
        living_rules(sheet, language, first, last)?;
    }
    sheet.set_freeze_panes(HEADER_ROW + 1, 0)?;
    // The filter spans the hidden columns too, so a sort moves them with their rows.
    sheet.autofilter(HEADER_ROW, 0, last_row, LAST_HIDDEN_COL)?;

    // Printing: A4 landscape, one page wide, the header repeated on every page.
    sheet.set_print_area(0, 0, last_row, last_col)?;
    sheet.set_paper_size(A4);
    sheet.set_landscape();
    sheet.set_margins(0.4, 0.4, 0.6, 0.6, 0.3, 0.3);
    sheet.set_print_fit_to_pages(1, 0);
    sheet.set_print_center_horizontally(true);
    sheet.set_repeat_rows(HEADER_ROW, HEADER_ROW)?;
    sheet.set_footer(match language {
        Language::Zh => "&C第 &P 页，共 &N 页",
        Language::En => "&CPage &P of &N",
    });
    Ok(LedgerRows { language, rows })
}

/// The ledger's living parts over its data rows: the status dropdown, the status colours and
/// the overdue shading (a measure whose deadline's last day is before the summary's
/// 统计截止日期 and whose status is not a completed one).
fn living_rules(
    sheet: &mut Worksheet,
    language: Language,
    first: u32,
    last: u32,
) -> Result<(), XlsxError> {
    let last_col = (Column::ALL.len() - 1) as u16;
    let status_col = column_index(Column::Status);
    let deadline_col = column_index(Column::Deadline);
    let labels: Vec<&str> = Status::ALL.iter().map(|s| s.label(language)).collect();
    let (title, message) = match language {
        Language::Zh => ("完成情况", "请从列表中选择"),
        Language::En => ("Status", "Choose from the list"),
    };
    sheet.add_data_validation(
        first,
        status_col,
        last,
        status_col,
        &DataValidation::new()
            .allow_list_strings(&labels)?
            .set_input_title(title)?
            .set_input_message(message)?,
    )?;

    // References relative to the first row: the rule moves down the rows with them.
    let status = format!("${}{}", col_letter(status_col), first + 1);
    let not_completed = Status::ALL
        .iter()
        .filter(|s| s.is_completed())
        .map(|s| format!("{status}<>{}", literal(s.label(language))))
        .collect::<Vec<_>>()
        .join(",");
    let due = format!("${}{}", col_letter(DUE_COL), first + 1);
    let overdue = format!("AND({due}<>\"\",{due}<{AS_OF_NAME},{not_completed})");
    // Status colours first: they win over the row's shading in the status cell.
    for s in Status::ALL {
        let (fill, text) = status_colors(s);
        sheet.add_conditional_format(
            first,
            status_col,
            last,
            status_col,
            &ConditionalFormatFormula::new()
                .set_rule(format!("={status}={}", literal(s.label(language))).as_str())
                .set_format(
                    Format::new()
                        .set_background_color(Color::RGB(fill))
                        .set_font_color(Color::RGB(text)),
                ),
        )?;
    }
    sheet.add_conditional_format(
        first,
        deadline_col,
        last,
        deadline_col,
        &ConditionalFormatFormula::new()
            .set_rule(format!("={overdue}").as_str())
            .set_format(
                Format::new()
                    .set_bold()
                    .set_font_color(Color::RGB(OVERDUE_TEXT))
                    .set_background_color(Color::RGB(OVERDUE_FILL)),
            ),
    )?;
    sheet.add_conditional_format(
        first,
        0,
        last,
        last_col,
        &ConditionalFormatFormula::new()
            .set_rule(format!("={overdue}").as_str())
            .set_format(Format::new().set_background_color(Color::RGB(OVERDUE_FILL))),
    )?;
    Ok(())
}

/// Width of the category column of the summary sheet.
const SUMMARY_NAME_WIDTH: f64 = 44.0;

fn summary_sheet(
    sheet: &mut Worksheet,
    report: &Report,
    today: crate::date::Date,
    ledger: LedgerRows,
) -> Result<String, XlsxError> {
    let language = report.language;
    let zh = language == Language::Zh;
    let mut headers: Vec<String> = if zh {
        vec![
            "问题类别".into(),
            "问题数".into(),
            "已完成整改问题".into(),
            "措施数".into(),
        ]
    } else {
        vec![
            "Category".into(),
            "Findings".into(),
            "Findings completed".into(),
            "Measures".into(),
        ]
    };
    headers.extend(Status::ALL.iter().map(|s| s.label(language).to_string()));
    headers.extend(if zh {
        ["逾期".to_string(), "措施完成率".into(), "问题完成率".into()]
    } else {
        [
            "Overdue".to_string(),
            "Measure completion".into(),
            "Finding completion".into(),
        ]
    });

    let header = base()
        .set_bold()
        .set_align(FormatAlign::Center)
        .set_background_color(Color::RGB(0xD9E1F2));
    let text = base();
    let number = base().set_align(FormatAlign::Center).set_num_format("0");
    let rate = number.clone().set_num_format("0.0%");
    let total_text = text.clone().set_bold();
    let total_number = number.clone().set_bold();
    let total_rate = rate.clone().set_bold();

    for (col, h) in headers.iter().enumerate() {
        sheet.write_string_with_format(0, col as u16, h, &header)?;
        sheet.set_column_width(col as u16, if col == 0 { SUMMARY_NAME_WIDTH } else { 11.0 })?;
    }
    sheet.set_row_height(0, 30)?;

    // (name shown, the category's title in the ledger or None for the total, stats)
    let mut lines: Vec<(String, Option<String>, Stats)> = summary::by_category(report, today)
        .into_iter()
        .map(|(category, stats)| {
            let name = category.map_or_else(
                || if zh { "未分类" } else { "Uncategorised" }.to_string(),
                |c| c.title.clone(),
            );
            let title = category.map_or_else(String::new, |c| c.title.clone());
            (name, Some(title), stats)
        })
        .collect();
    lines.push((
        if zh { "合计" } else { "Total" }.to_string(),
        None,
        Stats::of(&report.findings, today),
    ));

    let category = ledger.range(column_index(Column::Category));
    let status = ledger.range(column_index(Column::Status));
    let once = ledger.range(FINDING_ONCE_COL);
    let finding_done = ledger.range(FINDING_DONE_COL);
    let due = ledger.range(DUE_COL);
    let completed: Vec<String> = Status::ALL
        .iter()
        .filter(|s| s.is_completed())
        .map(|s| literal(s.label(language)))
        .collect();
    let not_completed = completed
        .iter()
        .map(|l| format!("{status},\"<>\"&{l}"))
        .collect::<Vec<_>>()
        .join(",");

    for (i, (name, title, stats)) in lines.iter().enumerate() {
        let r = 1 + i as u32;
        let (t, n, p) = if title.is_none() {
            (&total_text, &total_number, &total_rate)
        } else {
            (&text, &number, &rate)
        };
        sheet.write_string_with_format(r, 0, name, t)?;
        sheet.set_row_height(r, row_height(wrapped_lines(name, SUMMARY_NAME_WIDTH)))?;
        // The category as a COUNTIFS criterion: "=" + the title, wildcards escaped, so a
        // title with * ? ~ or starting with < > = matches itself only; "" matches the
        // ledger's blank category cells.
        let criteria = match title {
            Some(t) if t.is_empty() => format!("{category},\"\","),
            Some(t) => {
                let escaped: String = t
                    .chars()
                    .flat_map(|c| match c {
                        '*' | '?' | '~' => vec!['~', c],
                        c => vec![c],
                    })
                    .collect();
                format!("{category},{},", literal(&format!("={escaped}")))
            }
            None => String::new(),
        };
        let count_if = |more: &str| {
            let args = format!("{criteria}{more}");
            let args = args.trim_end_matches(',');
            if args.is_empty() {
                format!("ROWS({status})")
            } else {
                format!("COUNTIFS({args})")
            }
        };
        let measures_formula = if title.is_none() {
            format!("COUNTA({})", ledger.range(0))
        } else {
            count_if("")
        };
        // Findings: the rows marked once per finding; completed: their finding-done flags.
        // Both linear in the ledger's size (a distinct count by SUMPRODUCT/COUNTIFS would be
        // quadratic, minutes of recalculation for a large ledger).
        let findings_done = if title.is_none() {
            format!("SUM({finding_done})")
        } else {
            format!("SUMIFS({finding_done},{})", criteria.trim_end_matches(','))
        };
        let mut cells: Vec<(String, f64)> = vec![
            (count_if(&format!("{once},1")), stats.findings as f64),
            (findings_done, stats.findings_completed as f64),
            (measures_formula, stats.measures as f64),
        ];
        for s in Status::ALL {
            cells.push((
                count_if(&format!("{status},{}", literal(s.label(language)))),
                stats.count(s) as f64,
            ));
        }
        cells.push((
            count_if(&format!("{due},\"<\"&{AS_OF_NAME},{not_completed}")),
            stats.overdue as f64,
        ));
        let row = r + 1;
        let measures_cell = format!("{}{row}", col_letter(3));
        let completed_cells = Status::ALL
            .iter()
            .enumerate()
            .filter(|(_, s)| s.is_completed())
            .map(|(j, _)| format!("{}{row}", col_letter(4 + j as u16)))
            .collect::<Vec<_>>()
            .join("+");
        cells.push((
            format!("IF({measures_cell}=0,0,({completed_cells})/{measures_cell})"),
            stats.completion_rate / 100.0,
        ));
        cells.push((
            format!("IF(B{row}=0,0,C{row}/B{row})"),
            stats.finding_completion_rate / 100.0,
        ));
        let rates_from = cells.len() - 2;
        for (j, (formula, value)) in cells.into_iter().enumerate() {
            let format = if j >= rates_from { p } else { n };
            // With no ledger rows there is nothing to count over: plain numbers.
            if ledger.rows.is_none() {
                sheet.write_number_with_format(r, 1 + j as u16, value, format)?;
                continue;
            }
            sheet.write_formula_with_format(
                r,
                1 + j as u16,
                Formula::new(format!("={formula}")).set_result(cached(value)),
                format,
            )?;
        }
    }
    let note_row = 2 + lines.len() as u32;
    let note = if zh {
        "注：完成率按“已完成”与“长期坚持”计算；逾期指整改时限已过而未完成的措施，按下面的统计截止日期计算（改为 =TODAY() 即按当天计算）。本表由公式从整改台账计算，台账改动后自动更新。"
    } else {
        "Completion counts done and ongoing measures; overdue means past the deadline and not completed, as of the date below (write =TODAY() there to count as of today). The formulas count the ledger sheet and follow its edits."
    };
    sheet.write_string_with_format(
        note_row,
        0,
        note,
        &Format::new()
            .set_font_name(FONT)
            .set_font_size(10)
            .set_text_wrap(),
    )?;
    sheet.set_row_height(
        note_row,
        row_height(wrapped_lines(note, SUMMARY_NAME_WIDTH)),
    )?;
    let as_of_row = note_row + 1;
    sheet.write_string_with_format(
        as_of_row,
        0,
        if zh {
            "统计截止日期"
        } else {
            "Counted as of"
        },
        &total_text,
    )?;
    sheet.write_datetime_with_format(
        as_of_row,
        1,
        excel_date(today)?,
        &base().set_num_format(DAY_FORMAT),
    )?;
    // Sign-offs (销号), late completions and extensions, when there are any: counted as of the
    // export (plain numbers: the ledger sheet has no column to count them from).
    let all = Stats::of(&report.findings, today);
    let counts = [
        (all.findings_closed, "已销号问题", "Findings signed off"),
        (all.done_late, "逾期完成措施", "Measures done late"),
        (all.extended, "延期措施", "Measures extended"),
    ];
    let mut extra_row = as_of_row;
    for (count, zh_name, en_name) in counts {
        if count == 0 {
            continue;
        }
        extra_row += 1;
        sheet.write_string_with_format(extra_row, 0, if zh { zh_name } else { en_name }, &text)?;
        sheet.write_number_with_format(extra_row, 1, count as f64, &number)?;
    }
    sheet.set_freeze_panes(1, 1)?;
    sheet.set_paper_size(A4);
    sheet.set_landscape();
    sheet.set_print_fit_to_pages(1, 0);
    Ok(cell_ref(as_of_row, 1, true))
}

/// A cached formula result as Excel stores it: integers without a decimal point.
fn cached(value: f64) -> String {
    if value.fract() == 0.0 {
        format!("{}", value as i64)
    } else {
        format!("{value}")
    }
}
