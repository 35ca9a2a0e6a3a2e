//! `--format xlsx`: the ledger (整改台账) as an Excel workbook, laid out for daily use and
//! for printing.
//!
//! Sheet 1 is the ledger: a title row, the header (frozen, with an autofilter), one row per
//! measure with wrapped text, the status cell coloured by status and overdue rows shaded.
//! Sheet 2 counts measures by status per category and overall, with completion rates. Texts
//! are written as text (dates too: a ledger holds 2020年12月 and 长期 as well as days), so
//! `rectify import` reads back exactly what was written.

use std::io::Write;

use chrono::Datelike;
use rust_xlsxwriter::{
    Color, DocProperties, ExcelDateTime, Format, FormatAlign, FormatBorder, IgnoreError, Workbook,
    Worksheet, XlsxError,
};

use unicode_width::UnicodeWidthStr;

use super::{Exporter, Options};
use crate::error::{Error, Result};
use crate::model::{Language, Report, Status};
use crate::view::ledger::{self, Column};
use crate::view::summary::{self, Stats};

pub struct Xlsx;

/// The Chinese font offices use in spreadsheets; Excel and WPS substitute when missing.
const FONT: &str = "宋体";
const TITLE_FONT: &str = "黑体";
/// Excel's paper size code for A4.
const A4: u8 = 9;
/// The ledger's header is on this row (0-based); row 0 is the title.
pub const HEADER_ROW: u32 = 1;

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

    let sheet = workbook.add_worksheet();
    sheet.set_name(names[0])?;
    ledger_sheet(sheet, report, options)?;

    let sheet = workbook.add_worksheet();
    sheet.set_name(names[1])?;
    summary_sheet(sheet, report, options.today)?;

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
        Column::Deadline => 12.0,
        Column::Status => 10.0,
        Column::Done => 12.0,
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

fn base() -> Format {
    Format::new()
        .set_font_name(FONT)
        .set_font_size(11)
        .set_border(FormatBorder::Thin)
        .set_text_wrap()
        .set_align(FormatAlign::VerticalCenter)
}

/// The formats of a ledger row's cells, overdue or not.
struct RowFormats {
    plain: Format,
    centered: Format,
    /// The deadline of an overdue row (unused in rows that are not).
    overdue_deadline: Format,
    /// By status, in [`Status::ALL`] order.
    status: Vec<Format>,
}

impl RowFormats {
    fn new(overdue: bool) -> Self {
        let mut plain = base();
        if overdue {
            plain = plain.set_background_color(Color::RGB(OVERDUE_FILL));
        }
        RowFormats {
            centered: plain.clone().set_align(FormatAlign::Center),
            overdue_deadline: plain
                .clone()
                .set_align(FormatAlign::Center)
                .set_bold()
                .set_font_color(Color::RGB(OVERDUE_TEXT)),
            status: Status::ALL
                .iter()
                .map(|&status| {
                    let (fill, text) = status_colors(status);
                    base()
                        .set_align(FormatAlign::Center)
                        .set_background_color(Color::RGB(fill))
                        .set_font_color(Color::RGB(text))
                })
                .collect(),
            plain,
        }
    }
}

fn status_index(status: Status) -> usize {
    Status::ALL
        .iter()
        .position(|&s| s == status)
        .unwrap_or_default()
}

fn ledger_sheet(
    sheet: &mut Worksheet,
    report: &Report,
    options: &Options,
) -> Result<(), XlsxError> {
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
    let formats = [false, true].map(RowFormats::new);
    let mut count = 0u32;
    for row in ledger::rows_iter(report, today) {
        let r = HEADER_ROW + 1 + count;
        let formats = &formats[usize::from(row.overdue)];
        for (col, column) in Column::ALL.iter().enumerate() {
            let format = match column {
                Column::Status => &formats.status[status_index(row.status)],
                Column::Deadline if row.overdue => &formats.overdue_deadline,
                Column::Number | Column::Deadline | Column::Done => &formats.centered,
                _ => &formats.plain,
            };
            sheet.write_string_with_format(r, col as u16, row.cell(*column), format)?;
        }
        let lines = Column::ALL
            .iter()
            .map(|c| wrapped_lines(row.cell(*c), width(*c)))
            .max()
            .unwrap_or(1);
        sheet.set_row_height(r, row_height(lines))?;
        count += 1;
    }

    let last_row = HEADER_ROW + count;
    if count > 0 {
        // 序号 4.2 and 2020-12 dates are text on purpose: no "number stored as text" marks.
        sheet.ignore_error_range(
            HEADER_ROW + 1,
            0,
            last_row,
            last_col,
            IgnoreError::NumberStoredAsText,
        )?;
    }
    sheet.set_freeze_panes(HEADER_ROW + 1, 0)?;
    sheet.autofilter(HEADER_ROW, 0, last_row, last_col)?;

    // Printing: A4 landscape, one page wide, the header repeated on every page.
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
    Ok(())
}

/// Width of the category column of the summary sheet.
const SUMMARY_NAME_WIDTH: f64 = 44.0;

fn summary_sheet(
    sheet: &mut Worksheet,
    report: &Report,
    today: crate::date::Date,
) -> Result<(), XlsxError> {
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
    let number = base().set_align(FormatAlign::Center);
    let rate = number.clone().set_num_format("0.0%");
    let total_text = text.clone().set_bold();
    let total_number = number.clone().set_bold();
    let total_rate = rate.clone().set_bold();

    for (col, h) in headers.iter().enumerate() {
        sheet.write_string_with_format(0, col as u16, h, &header)?;
        sheet.set_column_width(col as u16, if col == 0 { SUMMARY_NAME_WIDTH } else { 11.0 })?;
    }
    sheet.set_row_height(0, 30)?;

    let mut lines: Vec<(String, Stats, bool)> = summary::by_category(report, today)
        .into_iter()
        .map(|(category, stats)| {
            let name = category.map_or_else(
                || if zh { "未分类" } else { "Uncategorised" }.to_string(),
                |c| c.title.clone(),
            );
            (name, stats, false)
        })
        .collect();
    lines.push((
        if zh { "合计" } else { "Total" }.to_string(),
        Stats::of(&report.findings, today),
        true,
    ));

    for (i, (name, stats, total)) in lines.iter().enumerate() {
        let r = 1 + i as u32;
        let (t, n, p) = if *total {
            (&total_text, &total_number, &total_rate)
        } else {
            (&text, &number, &rate)
        };
        sheet.write_string_with_format(r, 0, name, t)?;
        sheet.set_row_height(r, row_height(wrapped_lines(name, SUMMARY_NAME_WIDTH)))?;
        let mut counts = vec![stats.findings, stats.findings_completed, stats.measures];
        counts.extend(Status::ALL.iter().map(|s| stats.count(*s)));
        counts.push(stats.overdue);
        for (j, count) in counts.iter().enumerate() {
            sheet.write_number_with_format(r, 1 + j as u16, *count as f64, n)?;
        }
        let col = 1 + counts.len() as u16;
        sheet.write_number_with_format(r, col, stats.completion_rate / 100.0, p)?;
        sheet.write_number_with_format(r, col + 1, stats.finding_completion_rate / 100.0, p)?;
    }
    let note_row = 2 + lines.len() as u32;
    let note = if zh {
        "注：完成率按“已完成”与“长期坚持”计算；逾期指整改时限已过而未完成的措施。"
    } else {
        "Completion counts done and ongoing measures; overdue means past the deadline and not completed."
    };
    sheet.write_string_with_format(
        note_row,
        0,
        note,
        &Format::new().set_font_name(FONT).set_font_size(10),
    )?;
    sheet.set_freeze_panes(1, 1)?;
    sheet.set_paper_size(A4);
    sheet.set_landscape();
    sheet.set_print_fit_to_pages(1, 0);
    Ok(())
}
