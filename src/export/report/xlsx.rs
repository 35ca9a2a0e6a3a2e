//! The progress report as an Excel workbook: the report's sections on one sheet (its
//! sentences and tables, in order), the trend on a sheet of its own with a native chart
//! (columns: measures completed per week or month; line: the cumulative completion rate on
//! the second axis). Reminders: one sheet per department or owner.

use rust_xlsxwriter::{
    Chart, ChartType, DocProperties, ExcelDateTime, Format, FormatAlign, FormatBorder, Workbook,
    Worksheet, XlsxError,
};
use unicode_width::UnicodeWidthStr;

use super::{blocks, report_sheet_blocks, trend_note, Block};
use crate::error::{Error, Result};
use crate::view::office::OfficeReport;
use crate::view::progress::{ProgressReport, Trend};

pub const TREND_SHEET: &str = "完成趋势";

pub fn render(report: &ProgressReport) -> Result<Vec<u8>> {
    workbook(report)
        .map_err(|e| Error::failed(t!("export-cannot-build-xlsx", detail = e.to_string())))
}

fn new_workbook(title: &str, today: crate::date::Date) -> std::result::Result<Workbook, XlsxError> {
    use chrono::Datelike;
    let mut workbook = Workbook::new();
    let created = ExcelDateTime::from_ymd(
        u16::try_from(today.year()).unwrap_or(2000),
        today.month() as u8,
        today.day() as u8,
    )?;
    workbook.set_properties(
        &DocProperties::new()
            .set_title(title)
            .set_creation_datetime(&created),
    );
    Ok(workbook)
}

/// The office's report as a workbook: the overview sheet (the report's sentences and
/// tables), a 各单位 sheet (one row per unit, numbers Excel can sort), the trend sheet with
/// its chart. Reminders: one sheet per unit.
pub fn render_office(report: &OfficeReport) -> Result<Vec<u8>> {
    office_workbook(report)
        .map_err(|e| Error::failed(t!("export-cannot-build-xlsx", detail = e.to_string())))
}

/// The sheet of one row per unit.
pub const UNITS_SHEET: &str = "各单位";

fn office_workbook(report: &OfficeReport) -> std::result::Result<Vec<u8>, XlsxError> {
    let mut workbook = new_workbook(&report.title, report.today)?;
    if let Some(reminders) = &report.reminders {
        let mut used: Vec<String> = Vec::new();
        for (i, sheet_blocks) in super::office::sheet_blocks(report).into_iter().enumerate() {
            let to = reminders
                .get(i)
                .map(|s| s.name.clone())
                .unwrap_or_else(|| "催办".to_string());
            let sheet = workbook.add_worksheet();
            sheet.set_name(sheet_name(&to, &mut used))?;
            write_blocks(sheet, &sheet_blocks)?;
        }
        return workbook.save_to_buffer();
    }
    let sheet = workbook.add_worksheet();
    sheet.set_name("汇总报告")?;
    write_blocks(sheet, &super::office::blocks(report, None))?;
    units_sheet(workbook.add_worksheet(), report)?;
    if !report.trend.points.is_empty() {
        trend_sheet(workbook.add_worksheet(), &report.trend)?;
    }
    workbook.save_to_buffer()
}

/// A sheet table's header and cell formats: 宋体, thin borders, headers bold and centred.
fn table_formats() -> (Format, Format) {
    let cell = Format::new()
        .set_font_name("宋体")
        .set_border(FormatBorder::Thin);
    let head = cell.clone().set_bold().set_align(FormatAlign::Center);
    (head, cell)
}

fn units_sheet(sheet: &mut Worksheet, report: &OfficeReport) -> std::result::Result<(), XlsxError> {
    sheet.set_name(UNITS_SHEET)?;
    let (head, cell) = table_formats();
    let percent = cell.clone().set_num_format("0.0%");
    let change = cell.clone().set_num_format("+0.0;-0.0;0");
    let headers = super::office::UNIT_HEADERS;
    for (c, h) in headers.iter().enumerate() {
        sheet.write_string_with_format(0, c as u16, *h, &head)?;
    }
    let mut row = 1;
    for u in &report.units {
        sheet.write_string_with_format(row, 0, &u.name, &cell)?;
        for (c, n) in [u.findings, u.measures, u.measures_completed]
            .iter()
            .enumerate()
        {
            sheet.write_number_with_format(row, c as u16 + 1, *n as f64, &cell)?;
        }
        sheet.write_number_with_format(row, 4, u.completion_rate / 100.0, &percent)?;
        sheet.write_number_with_format(row, 5, u.completion_change, &change)?;
        for (c, n) in [u.completed_in_period, u.overdue, u.due_soon]
            .iter()
            .enumerate()
        {
            sheet.write_number_with_format(row, c as u16 + 6, *n as f64, &cell)?;
        }
        match u.days_since_progress {
            Some(d) => sheet.write_number_with_format(row, 9, d as f64, &cell)?,
            None => sheet.write_string_with_format(row, 9, "—", &cell)?,
        };
        sheet.write_string_with_format(row, 10, super::office::check_cell(u.warnings, 0), &cell)?;
        row += 1;
    }
    for b in &report.broken {
        sheet.write_string_with_format(row, 0, &b.name, &cell)?;
        for c in 1..10 {
            sheet.write_string_with_format(row, c, "—", &cell)?;
        }
        sheet.write_string_with_format(
            row,
            10,
            super::office::check_cell(b.warnings, b.errors),
            &cell,
        )?;
        row += 1;
    }
    sheet.set_column_width(0, 16)?;
    sheet.set_column_width(9, 12)?;
    sheet.set_column_width(10, 16)?;
    sheet.set_freeze_panes(1, 1)?;
    sheet.set_paper_size(9);
    sheet.set_landscape();
    Ok(())
}

fn workbook(report: &ProgressReport) -> std::result::Result<Vec<u8>, XlsxError> {
    let mut workbook = new_workbook(&report.title, report.today)?;
    match &report.reminders {
        Some(reminders) => {
            let mut used: Vec<String> = Vec::new();
            for (i, sheet_blocks) in report_sheet_blocks(report).into_iter().enumerate() {
                let to = reminders
                    .sheets
                    .get(i)
                    .map(|s| s.to.clone())
                    .unwrap_or_else(|| reminders.title.clone());
                let sheet = workbook.add_worksheet();
                sheet.set_name(sheet_name(&to, &mut used))?;
                write_blocks(sheet, &sheet_blocks)?;
            }
        }
        None => {
            let sheet = workbook.add_worksheet();
            sheet.set_name("情况报告")?;
            write_blocks(sheet, &blocks(report))?;
            if !report.trend.points.is_empty() {
                trend_sheet(workbook.add_worksheet(), &report.trend)?;
            }
        }
    }
    workbook.save_to_buffer()
}

/// A sheet name Excel accepts: at most 31 characters, none of `[]:*?/\`, not used yet.
fn sheet_name(name: &str, used: &mut Vec<String>) -> String {
    let clean: String = name
        .chars()
        .map(|c| if "[]:*?/\\".contains(c) { '_' } else { c })
        .take(28)
        .collect();
    let clean = if clean.trim().is_empty() {
        "催办".to_string()
    } else {
        clean
    };
    let mut candidate = clean.clone();
    let mut n = 2;
    while used.iter().any(|u| u.eq_ignore_ascii_case(&candidate)) {
        candidate = format!("{clean}{n}");
        n += 1;
    }
    used.push(candidate.clone());
    candidate
}

const WIDE: u16 = 8;

fn write_blocks(sheet: &mut Worksheet, blocks: &[Block]) -> std::result::Result<(), XlsxError> {
    let base = Format::new().set_font_name("宋体").set_font_size(11);
    let cell = base
        .clone()
        .set_border(FormatBorder::Thin)
        .set_text_wrap()
        .set_align(FormatAlign::VerticalCenter);
    let head = cell.clone().set_bold().set_align(FormatAlign::Center);
    let title = base
        .clone()
        .set_font_size(16)
        .set_bold()
        .set_align(FormatAlign::Center)
        .set_align(FormatAlign::VerticalCenter);
    let center = base.clone().set_align(FormatAlign::Center);
    let heading = base.clone().set_bold().set_font_size(12);
    let para = base.clone().set_text_wrap().set_align(FormatAlign::Top);
    let right = base.clone().set_align(FormatAlign::Right);
    let mut widths: Vec<f64> = vec![8.0; usize::from(WIDE) + 1];
    let mut row: u32 = 0;
    for block in blocks {
        match block {
            Block::Title(text) => {
                sheet.merge_range(row, 0, row, WIDE, text, &title)?;
                sheet.set_row_height(row, 32)?;
                row += 1;
            }
            Block::Subtitle(text) => {
                sheet.merge_range(row, 0, row, WIDE, text, &center)?;
                row += 2;
            }
            Block::Heading(text) => {
                row += u32::from(row > 0);
                sheet.write_string_with_format(row, 0, text, &heading)?;
                row += 1;
            }
            Block::Paragraph(text) => {
                sheet.merge_range(row, 0, row, WIDE, text, &para)?;
                let lines = (text.width() / 110 + 1) as f64;
                sheet.set_row_height(row, 15.0 * lines)?;
                row += 1;
            }
            Block::Table { headers, rows, .. } => {
                for (c, h) in headers.iter().enumerate() {
                    sheet.write_string_with_format(row, c as u16, h, &head)?;
                }
                row += 1;
                for r in rows {
                    let mut tallest = 1;
                    for (c, text) in r.iter().enumerate() {
                        // Counts are numbers Excel can add up; an address (4.10) stays text,
                        // or it would read as 4.1.
                        let count = headers.get(c).is_some_and(|h| h != "编号")
                            && !text.is_empty()
                            && text.len() < 10
                            && text.bytes().all(|b| b.is_ascii_digit());
                        match text.parse::<f64>() {
                            Ok(n) if count => {
                                sheet.write_number_with_format(row, c as u16, n, &cell)?
                            }
                            _ => sheet.write_string_with_format(row, c as u16, text, &cell)?,
                        };
                        let want = (text.width() as f64 + 2.0).min(40.0);
                        if let Some(w) = widths.get_mut(c) {
                            *w = w.max(want);
                        }
                        tallest = tallest.max(text.width() / 38 + 1);
                    }
                    if tallest > 1 {
                        sheet.set_row_height(row, 15.0 * tallest as f64)?;
                    }
                    row += 1;
                }
                for (c, h) in headers.iter().enumerate() {
                    if let Some(w) = widths.get_mut(c) {
                        *w = w.max(h.width() as f64 + 2.0);
                    }
                }
            }
            Block::Trend => {
                sheet.write_string_with_format(
                    row,
                    0,
                    format!("（图见“{TREND_SHEET}”工作表）"),
                    &base,
                )?;
                row += 1;
            }
            Block::Signature { issuer, date } => {
                row += 1;
                if let Some(issuer) = issuer {
                    sheet.merge_range(row, 0, row, WIDE, issuer, &right)?;
                    row += 1;
                }
                sheet.merge_range(row, 0, row, WIDE, date, &right)?;
                row += 1;
            }
            Block::PageBreak => {}
        }
    }
    for (c, w) in widths.iter().enumerate() {
        sheet.set_column_width(c as u16, *w)?;
    }
    sheet.set_paper_size(9);
    sheet.set_landscape();
    Ok(())
}

fn trend_sheet(sheet: &mut Worksheet, trend: &Trend) -> std::result::Result<(), XlsxError> {
    sheet.set_name(TREND_SHEET)?;
    let (head, cell) = table_formats();
    let percent = cell.clone().set_num_format("0.0%");
    let unit = if trend.unit == "week" {
        "周（起始日）"
    } else {
        "月份"
    };
    for (c, h) in [unit, "完成", "累计完成", "完成率"].iter().enumerate() {
        sheet.write_string_with_format(0, c as u16, *h, &head)?;
    }
    let points = &trend.points;
    for (i, p) in points.iter().enumerate() {
        let r = i as u32 + 1;
        sheet.write_string_with_format(r, 0, &p.label, &cell)?;
        sheet.write_number_with_format(r, 1, p.completed as f64, &cell)?;
        sheet.write_number_with_format(r, 2, p.cumulative as f64, &cell)?;
        sheet.write_number_with_format(r, 3, p.rate / 100.0, &percent)?;
    }
    sheet.set_column_width(0, 12)?;
    sheet.set_column_width(2, 10)?;
    let last = points.len() as u32;
    if let Some(note) = trend_note(trend) {
        sheet.write_string(last + 2, 0, note)?;
    }
    let mut columns = Chart::new(ChartType::Column);
    columns
        .add_series()
        .set_name(if trend.unit == "week" {
            "每周完成（条）"
        } else {
            "每月完成（条）"
        })
        .set_categories((TREND_SHEET, 1, 0, last, 0))
        .set_values((TREND_SHEET, 1, 1, last, 1));
    let mut line = Chart::new(ChartType::Line);
    line.add_series()
        .set_name("累计完成率")
        .set_categories((TREND_SHEET, 1, 0, last, 0))
        .set_values((TREND_SHEET, 1, 3, last, 3))
        .set_secondary_axis(true);
    columns.combine(&line);
    columns.title().set_name("完成趋势");
    columns
        .y_axis()
        .set_name("完成（条）")
        .set_min(0)
        .set_num_format("0");
    columns
        .y2_axis()
        .set_name("累计完成率")
        .set_min(0)
        .set_max(1)
        .set_num_format("0%");
    // Under the table, so the sheet prints on one page.
    sheet.insert_chart_with_offset(last + 4, 0, &columns, 0, 0)?;
    sheet.set_paper_size(9);
    Ok(())
}
