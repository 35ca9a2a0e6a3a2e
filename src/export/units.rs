//! The office's workbooks over a root of units: `rectify units --format xlsx` (the overview
//! sheet alone) and `rectify export --format xlsx` of a root (the overview, then one 台账
//! sheet per unit, written by the single record's ledger writer, [`super::xlsx`]).
//!
//! Sheet names follow Excel's rules: at most 31 characters, none of `[]:*?/\`, no
//! apostrophe at either end, not `History`, unique without regard to case. A unit's sheet is
//! named after its display name, shortened or numbered (`区民政局(2)`) when needed; the
//! overview's 工作表 column says which sheet is whose.

use std::collections::HashSet;

use chrono::Datelike;
use rust_xlsxwriter::{
    Color, DocProperties, ExcelDateTime, Format, FormatAlign, Workbook, XlsxError,
};

use super::xlsx::{base, excel_date, ledger_sheet, AS_OF_NAME, DAY_FORMAT, TITLE_FONT};
use super::Options;
use crate::date::Date;
use crate::error::{Error, Result};
use crate::load::root::RootSettings;
use crate::model::{Language, Report};
use crate::view::units::{self, UnitCounts};

/// A root's workbook being built: the overview sheet first (filled in last, when every
/// unit's counts are known), then a ledger sheet per unit as each unit is loaded.
pub struct RootWorkbook {
    workbook: Workbook,
    taken: HashSet<String>,
    language: Language,
    /// The unit's sheet, by its position among the units added.
    sheets: Vec<Option<String>>,
}

impl RootWorkbook {
    pub fn new(settings: &RootSettings, today: Date, language: Language) -> Result<RootWorkbook> {
        let build = || -> Result<RootWorkbook, XlsxError> {
            let mut workbook = Workbook::new();
            let created = ExcelDateTime::from_ymd(
                u16::try_from(today.year()).unwrap_or(2000),
                today.month() as u8,
                today.day() as u8,
            )?;
            workbook.set_properties(
                &DocProperties::new()
                    .set_title(title(settings, language))
                    .set_creation_datetime(&created),
            );
            let overview = overview_name(language);
            workbook.add_worksheet().set_name(overview)?;
            let mut taken = HashSet::new();
            taken.insert(overview.to_lowercase());
            Ok(RootWorkbook {
                workbook,
                taken,
                language,
                sheets: Vec::new(),
            })
        };
        build().map_err(xlsx_error)
    }

    /// Adds the ledger of one unit (`None`: the unit's data has errors, it has no sheet).
    pub fn add_unit(
        &mut self,
        display: &str,
        report: Option<&Report>,
        options: &Options,
    ) -> Result<()> {
        let Some(report) = report else {
            self.sheets.push(None);
            return Ok(());
        };
        let name = sheet_name(display, &mut self.taken);
        // Low memory, as the one ledger's sheet is (see `xlsx::build`).
        let sheet = self
            .workbook
            .add_worksheet_with_low_memory()
            .map_err(xlsx_error)?;
        sheet.set_name(&name).map_err(xlsx_error)?;
        ledger_sheet(sheet, report, options).map_err(xlsx_error)?;
        self.sheets.push(Some(name));
        Ok(())
    }

    /// Fills the overview with `rows` (label, counts), in the order the units were added, and
    /// returns the workbook's bytes.
    pub fn finish(
        mut self,
        rows: &[(String, UnitCounts)],
        settings: &RootSettings,
        today: Date,
    ) -> Result<Vec<u8>> {
        let language = self.language;
        let sheets = std::mem::take(&mut self.sheets);
        let fill = |workbook: &mut Workbook| -> Result<(), XlsxError> {
            let sheet = workbook.worksheet_from_index(0)?;
            let zh = language == Language::Zh;
            let mut headers = units::headers(language);
            if !sheets.is_empty() {
                headers.push(if zh { "工作表" } else { "Sheet" }.to_string());
            }
            let last_col = (headers.len() - 1) as u16;
            let title_format = Format::new()
                .set_font_name(TITLE_FONT)
                .set_font_size(16)
                .set_align(FormatAlign::Center)
                .set_align(FormatAlign::VerticalCenter);
            sheet.merge_range(0, 0, 0, last_col, &title(settings, language), &title_format)?;
            sheet.set_row_height(0, 32)?;
            let label = base().set_bold();
            let day = base()
                .set_num_format(DAY_FORMAT)
                .set_align(FormatAlign::Left);
            sheet.write_string_with_format(
                1,
                0,
                if zh { "统计截止日期" } else { "As of" },
                &label,
            )?;
            sheet.write_datetime_with_format(1, 1, excel_date(today)?, &day)?;
            let header = base()
                .set_bold()
                .set_align(FormatAlign::Center)
                .set_background_color(Color::RGB(0xD9E1F2));
            const HEADER: u32 = 3;
            for (col, h) in headers.iter().enumerate() {
                sheet.write_string_with_format(HEADER, col as u16, h, &header)?;
                sheet.set_column_width(col as u16, if col == 0 { 28.0 } else { 12.0 })?;
            }
            sheet.set_row_height(HEADER, 30)?;
            let text = base();
            let number = base().set_align(FormatAlign::Center).set_num_format("0");
            let rate = number.clone().set_num_format("0.0%");
            let mut write_row = |row: u32,
                                 label: &str,
                                 counts: &UnitCounts,
                                 sheet_name: Option<&str>,
                                 bold: bool|
             -> Result<(), XlsxError> {
                let (text, number, rate) = if bold {
                    (
                        text.clone().set_bold(),
                        number.clone().set_bold(),
                        rate.clone().set_bold(),
                    )
                } else {
                    (text.clone(), number.clone(), rate.clone())
                };
                let cells = units::cells(label, counts, today, language);
                sheet.write_string_with_format(row, 0, label, &text)?;
                let numbers = [
                    (1, counts.findings),
                    (2, counts.measures),
                    (3, counts.measures_completed),
                    (5, counts.overdue),
                    (7, counts.findings_closed),
                ];
                for (col, n) in numbers {
                    if counts.readable {
                        sheet.write_number_with_format(row, col, n as f64, &number)?;
                    } else {
                        sheet.write_string_with_format(row, col, &cells[col as usize], &number)?;
                    }
                }
                if counts.readable {
                    sheet.write_number_with_format(
                        row,
                        4,
                        counts.completion_rate() / 100.0,
                        &rate,
                    )?;
                } else {
                    sheet.write_string_with_format(row, 4, &cells[4], &number)?;
                }
                match counts.days_since_progress(today) {
                    Some(days) => sheet.write_number_with_format(row, 6, days as f64, &number)?,
                    None => sheet.write_string_with_format(row, 6, &cells[6], &number)?,
                };
                sheet.write_string_with_format(row, 8, &cells[8], &text)?;
                if !sheets.is_empty() {
                    sheet.write_string_with_format(row, 9, sheet_name.unwrap_or("—"), &text)?;
                }
                Ok(())
            };
            let mut row = HEADER + 1;
            for (i, (label, counts)) in rows.iter().enumerate() {
                let name = sheets.get(i).and_then(|s| s.as_deref());
                write_row(row, label, counts, name, false)?;
                row += 1;
            }
            let mut total = UnitCounts::total(rows.iter().map(|(_, c)| c));
            // The total counts the readable units; the check column says how many are not.
            total.readable = true;
            let total_label = if zh { "合计" } else { "Total" };
            write_row(row, total_label, &total, None, true)?;
            sheet.set_freeze_panes(HEADER + 1, 1)?;
            sheet.autofilter(HEADER, 0, row - 1, last_col)?;
            let overview = overview_name(language);
            workbook.define_name(AS_OF_NAME, &format!("='{overview}'!$B$2"))?;
            Ok(())
        };
        fill(&mut self.workbook).map_err(xlsx_error)?;
        self.workbook.save_to_buffer().map_err(xlsx_error)
    }
}

/// The overview alone: `rectify units --format xlsx`.
pub fn units_workbook(
    rows: &[(String, UnitCounts)],
    settings: &RootSettings,
    today: Date,
) -> Result<Vec<u8>> {
    let language = crate::i18n::language();
    RootWorkbook::new(settings, today, language)?.finish(rows, settings, today)
}

fn xlsx_error(e: XlsxError) -> Error {
    Error::failed(t!("export-cannot-build-xlsx", detail = e.to_string()))
}

fn overview_name(language: Language) -> &'static str {
    match language {
        Language::Zh => "汇总",
        Language::En => "Overview",
    }
}

/// The overview's title: `十四届区委第三轮巡察各单位整改进展汇总`.
fn title(settings: &RootSettings, language: Language) -> String {
    match settings
        .round
        .as_deref()
        .map(str::trim)
        .filter(|r| !r.is_empty())
    {
        Some(round) => crate::t_in!(language, "units-workbook-title", round = round),
        None => crate::t_in!(language, "units-workbook-title-plain"),
    }
}

/// A sheet name for `wanted` that Excel accepts and no other sheet has (`taken` holds the
/// names given so far, lower-cased; the new one is added).
pub fn sheet_name(wanted: &str, taken: &mut HashSet<String>) -> String {
    const MAX: usize = 31;
    let clean: String = wanted
        .chars()
        .map(|c| {
            if matches!(c, '[' | ']' | ':' | '*' | '?' | '/' | '\\') || c.is_control() {
                '_'
            } else {
                c
            }
        })
        .collect();
    let mut clean = clean.trim().trim_matches('\'').to_string();
    if clean.is_empty() {
        clean = "Sheet".to_string();
    }
    if clean.eq_ignore_ascii_case("history") {
        clean.push('_');
    }
    // Excel counts UTF-16 code units.
    let fit = |text: &str, room: usize| -> String {
        let mut out = String::new();
        let mut used = 0;
        for c in text.chars() {
            used += c.len_utf16();
            if used > room {
                break;
            }
            out.push(c);
        }
        out.trim_end_matches('\'').to_string()
    };
    let mut name = fit(&clean, MAX);
    let mut n = 2;
    while taken.contains(&name.to_lowercase()) {
        let suffix = format!("({n})");
        name = format!("{}{suffix}", fit(&clean, MAX - suffix.len()));
        n += 1;
    }
    taken.insert(name.to_lowercase());
    name
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sheet_names_follow_excels_rules() {
        let mut taken = HashSet::new();
        assert_eq!(sheet_name("区民政局", &mut taken), "区民政局");
        assert_eq!(sheet_name("区民政局", &mut taken), "区民政局(2)");
        assert_eq!(sheet_name("a/b:c[d]*e?f\\g", &mut taken), "a_b_c_d__e_f_g");
        assert_eq!(sheet_name("History", &mut taken), "History_");
        assert_eq!(sheet_name("'quoted'", &mut taken), "quoted");
        let long = "很长的单位名称".repeat(6);
        let first = sheet_name(&long, &mut taken);
        assert_eq!(first.encode_utf16().count(), 31);
        let second = sheet_name(&long, &mut taken);
        assert!(second.ends_with("(2)") && second.encode_utf16().count() <= 31);
        assert_ne!(first, second);
        assert_eq!(sheet_name("SHEET", &mut taken), "SHEET");
        assert_eq!(sheet_name("sheet", &mut taken), "sheet(2)");
    }
}
