//! `export --kind plan`: the 整改方案 ([`crate::view::plan`]) as Markdown, as a GB/T 9704
//! Word document (the opening in portrait, the table of the three lists on landscape pages,
//! headers repeated on each page, problem and category cells merged down their measures) and
//! as an Excel sheet of the same table.

use std::io::Write;

use chrono::Datelike;
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, FormatAlign, FormatBorder, Workbook};

use super::docx::{self, BODY_FONT, HEADING1_FONT};
use super::ooxml::{
    Align, Body, Cell, Core, Document, Merge, Page, Paragraph, Run, RunContent, RunProps, Style,
    Table, TableRow,
};
use super::template::markdown_inline;
use super::{Exporter, Options};
use crate::cli::ExportFormat;
use crate::error::{Error, Result};
use crate::model::{Language, Report};
use crate::view::plan::{Plan, PlanBlock, PlanRow};

/// The plan's exporter for a format: md, docx or xlsx; None for the others.
pub fn exporter(format: ExportFormat) -> Option<Box<dyn Exporter>> {
    match format {
        ExportFormat::Md => Some(Box::new(PlanMarkdown)),
        ExportFormat::Docx => Some(Box::new(PlanDocx)),
        ExportFormat::Xlsx => Some(Box::new(PlanXlsx)),
        _ => None,
    }
}

fn build(report: &Report, options: &Options) -> Plan {
    Plan::build(report, &options.notice())
}

fn with_category(report: &Report) -> bool {
    !report.categories.is_empty()
}

// --- Markdown -------------------------------------------------------------------------------

pub struct PlanMarkdown;

impl Exporter for PlanMarkdown {
    fn write(&self, report: &Report, options: &Options, out: &mut dyn Write) -> Result<()> {
        let text = markdown(&build(report, options), with_category(report));
        super::write_all(text.as_bytes(), out)
    }
}

/// The plan as Markdown: headings, paragraphs and a pipe table (a merged cell is written on
/// its first row only, as a reader of the printed table sees it).
pub fn markdown(plan: &Plan, with_category: bool) -> String {
    let mut out = String::new();
    for block in &plan.blocks {
        match block {
            PlanBlock::Title { text } => {
                out.push_str(&format!("# {}\n\n", markdown_inline(text)));
            }
            PlanBlock::Heading { number, text } => {
                out.push_str(&format!(
                    "## {}\n\n",
                    markdown_inline(&format!("{number}{text}"))
                ));
            }
            PlanBlock::Paragraph { text } => {
                out.push_str(&super::template::markdown_line(text));
                out.push_str("\n\n");
            }
            PlanBlock::Table {
                caption,
                headers,
                rows,
            } => {
                out.push_str(&format!("### {}\n\n", markdown_inline(caption)));
                out.push_str(&format!("| {} |\n", headers.join(" | ")));
                out.push_str(&format!(
                    "|{}\n",
                    headers.iter().map(|_| "---|").collect::<String>()
                ));
                for row in rows {
                    let cells: Vec<String> = shown_cells(row, with_category)
                        .into_iter()
                        .map(markdown_inline)
                        .collect();
                    out.push_str(&format!("| {} |\n", cells.join(" | ")));
                }
                out.push('\n');
            }
            PlanBlock::Signature { lines, .. } => {
                for line in lines {
                    out.push_str(&super::template::markdown_line(line));
                    out.push_str("\n\n");
                }
            }
        }
    }
    let trimmed = out.trim_end().len();
    out.truncate(trimmed);
    out.push('\n');
    out
}

/// The cells as printed: a cell covered by a merge above is empty.
fn shown_cells(row: &PlanRow, with_category: bool) -> Vec<&str> {
    let mut cells = row.cells(with_category);
    let problem = usize::from(with_category) + 1;
    if row.problem_span == 0 {
        cells[problem] = "";
    }
    if with_category && row.category_span == 0 {
        cells[1] = "";
    }
    cells
}

// --- Word -----------------------------------------------------------------------------------

pub struct PlanDocx;

impl Exporter for PlanDocx {
    fn write(&self, report: &Report, options: &Options, out: &mut dyn Write) -> Result<()> {
        let plan = build(report, options);
        let bytes = document(report, &plan, options)
            .pack()
            .map_err(|e| Error::failed(format!("cannot build the docx: {e}")))?;
        super::write_all(&bytes, out)
    }

    fn is_binary(&self) -> bool {
        true
    }
}

/// Table text: 仿宋 小四 (12 pt), set on its own 16 pt lines, not on the body's grid.
const TABLE_SIZE: u32 = 24;
const TABLE_LINE: i32 = 320;

/// The portrait page of the notice, and the same page turned for the table.
pub(super) fn pages() -> (Page, Page) {
    let portrait = Page {
        width: docx::A4_WIDTH,
        height: docx::A4_HEIGHT,
        top: docx::mm(37.0),
        right: docx::mm(26.0),
        bottom: docx::mm(35.0),
        left: docx::mm(28.0),
        header: docx::mm(15.0),
        footer: docx::mm(23.0),
        line_pitch: docx::LINE_PITCH,
        char_space: docx::grid_char_space(),
        landscape: false,
    };
    // Turned a quarter: the top margin (the 版头 side) goes to the left.
    let landscape = Page {
        width: docx::A4_HEIGHT,
        height: docx::A4_WIDTH,
        top: docx::mm(28.0),
        right: docx::mm(35.0),
        bottom: docx::mm(26.0),
        left: docx::mm(37.0),
        landscape: true,
        ..portrait
    };
    (portrait, landscape)
}

fn table_styles() -> Vec<Style> {
    vec![
        docx::table_style(
            ("GongwenTable", "公文表格"),
            BODY_FONT,
            Align::Left,
            TABLE_SIZE,
            TABLE_LINE,
        ),
        docx::table_style(
            ("GongwenTableHead", "公文表头"),
            HEADING1_FONT,
            Align::Center,
            TABLE_SIZE,
            TABLE_LINE,
        ),
    ]
}

fn document(report: &Report, plan: &Plan, options: &Options) -> Document {
    let today = options.as_of.unwrap_or(options.today);
    let (portrait, landscape) = pages();
    let with_category = with_category(report);
    let mut body: Vec<Paragraph> = Vec::new();
    let mut more: Vec<Body> = Vec::new();
    let mut after_table = false;
    let push = |p: Paragraph, after: bool, body: &mut Vec<Paragraph>, more: &mut Vec<Body>| {
        if after {
            more.push(Body::Paragraph(p));
        } else {
            body.push(p);
        }
    };
    for block in &plan.blocks {
        match block {
            PlanBlock::Title { text } => {
                let mut p = Paragraph::styled("GongwenTitle");
                for (i, line) in docx::title_lines(text).into_iter().enumerate() {
                    let mut r = Run::default();
                    if i > 0 {
                        r.content.push(RunContent::Break);
                    }
                    r.content.push(RunContent::Text(line.to_string()));
                    p = p.run(r);
                }
                push(p, after_table, &mut body, &mut more);
                push(
                    Paragraph::styled("GongwenBody"),
                    after_table,
                    &mut body,
                    &mut more,
                );
            }
            PlanBlock::Heading { number, text } => {
                let p = Paragraph::styled("Heading1").run(docx::run(&format!("{number}{text}")));
                push(p, after_table, &mut body, &mut more);
            }
            PlanBlock::Paragraph { text } => {
                let p = Paragraph::styled("GongwenBody").run(docx::run(text));
                push(p, after_table, &mut body, &mut more);
            }
            PlanBlock::Table {
                caption,
                headers,
                rows,
            } => {
                // The portrait section ends here; the table has landscape pages of its own.
                more.push(Body::SectionBreak(portrait));
                let mut p = Paragraph::styled("GongwenTitle").run(Run {
                    props: RunProps {
                        size: Some(docx::SIZE_3),
                        font: Some(HEADING1_FONT.to_string()),
                        ..RunProps::default()
                    },
                    content: vec![RunContent::Text(caption.clone())],
                });
                p.props.keep_next = true;
                more.push(Body::Paragraph(p));
                more.push(Body::Table(table(headers, rows, with_category, landscape)));
                after_table = true;
            }
            PlanBlock::Signature { issuer, date, .. } => {
                let mut paragraphs = Vec::new();
                docx::signature(
                    &mut paragraphs,
                    issuer.as_deref(),
                    date.as_deref(),
                    report.notice.signature,
                );
                for p in paragraphs {
                    push(p, after_table, &mut body, &mut more);
                }
            }
        }
    }
    // The table's section ends after it when text follows (back in portrait); otherwise
    // the last section is the table's.
    let page = match more.iter().position(|b| matches!(b, Body::Table(_))) {
        Some(i) if i + 1 < more.len() => {
            more.insert(i + 1, Body::SectionBreak(landscape));
            portrait
        }
        Some(_) => landscape,
        None => portrait,
    };
    let mut styles = docx::styles();
    styles.extend(table_styles());
    let lang = match report.language {
        Language::Zh => ("zh-CN", "zh-CN"),
        Language::En => ("en-US", "zh-CN"),
    };
    Document {
        defaults: RunProps {
            lang: Some(lang),
            ..docx::props(BODY_FONT, docx::SIZE_3)
        },
        styles,
        fonts: docx::FONTS.to_vec(),
        body,
        more,
        footers: Some((
            docx::page_number_footer(Align::Right),
            docx::page_number_footer(Align::Left),
        )),
        page,
        core: Core {
            title: Some(plan.title.clone()),
            creator: report
                .plan
                .issuer
                .clone()
                .or(report.closing.issuer.clone())
                .or(report.inspection.unit_full.clone())
                .or(report.inspection.unit.clone())
                .unwrap_or_else(|| "rectify".to_string()),
            created: format!(
                "{:04}-{:02}-{:02}T00:00:00Z",
                today.year(),
                today.month(),
                today.day()
            ),
        },
    }
}

/// Column widths in parts of the type area: 序号, 方面, 问题, 措施, 领导, 部门, 时限.
const WIDTHS: [i32; 7] = [6, 11, 20, 32, 10, 11, 10];

fn table(headers: &[String], rows: &[PlanRow], with_category: bool, page: Page) -> Table {
    let area = page.width as i32 - page.left - page.right;
    let mut parts: Vec<i32> = WIDTHS.to_vec();
    if !with_category {
        parts.remove(1);
        parts[2] += WIDTHS[1];
    }
    let total: i32 = parts.iter().sum();
    let widths: Vec<i32> = parts.iter().map(|p| area * p / total).collect();
    let cell = |style: &str, text: &str, merge: Merge| Cell {
        paragraphs: vec![Paragraph::styled(style).run(Run::text(text))],
        merge,
    };
    let mut out = vec![TableRow {
        header: true,
        cells: headers
            .iter()
            .map(|h| cell("GongwenTableHead", h, Merge::None))
            .collect(),
    }];
    let problem_col = usize::from(with_category) + 1;
    for row in rows {
        let cells = row
            .cells(with_category)
            .into_iter()
            .enumerate()
            .map(|(i, text)| {
                let span = match i {
                    1 if with_category => Some(row.category_span),
                    i if i == problem_col => Some(row.problem_span),
                    _ => None,
                };
                match span {
                    Some(0) => cell("GongwenTable", "", Merge::Continue),
                    Some(1) | None => cell("GongwenTable", text, Merge::None),
                    Some(_) => cell("GongwenTable", text, Merge::Start),
                }
            })
            .collect();
        out.push(TableRow {
            header: false,
            cells,
        });
    }
    Table { widths, rows: out }
}

// --- Excel ----------------------------------------------------------------------------------

pub struct PlanXlsx;

impl Exporter for PlanXlsx {
    fn write(&self, report: &Report, options: &Options, out: &mut dyn Write) -> Result<()> {
        let plan = build(report, options);
        let bytes = workbook(report, &plan, options)
            .map_err(|e| Error::failed(format!("cannot build the xlsx: {e}")))?;
        super::write_all(&bytes, out)
    }

    fn is_binary(&self) -> bool {
        true
    }
}

fn workbook(
    report: &Report,
    plan: &Plan,
    options: &Options,
) -> std::result::Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    let today = options.as_of.unwrap_or(options.today);
    let with_category = with_category(report);
    let mut workbook = Workbook::new();
    let created = ExcelDateTime::from_ymd(
        u16::try_from(today.year()).unwrap_or(2000),
        today.month() as u8,
        today.day() as u8,
    )?;
    workbook.set_properties(
        &DocProperties::new()
            .set_title(&plan.title)
            .set_creation_datetime(&created),
    );
    let sheet = workbook.add_worksheet();
    sheet.set_name(match report.language {
        Language::Zh => "整改方案",
        Language::En => "Plan",
    })?;
    let base = Format::new()
        .set_font_name("宋体")
        .set_font_size(11)
        .set_border(FormatBorder::Thin)
        .set_text_wrap()
        .set_align(FormatAlign::VerticalCenter);
    let head = base.clone().set_bold().set_align(FormatAlign::Center);
    let title = Format::new()
        .set_font_name("宋体")
        .set_font_size(16)
        .set_bold()
        .set_align(FormatAlign::Center)
        .set_align(FormatAlign::VerticalCenter);
    let (headers, rows) = plan
        .blocks
        .iter()
        .find_map(|b| match b {
            PlanBlock::Table { headers, rows, .. } => Some((headers.clone(), rows.clone())),
            _ => None,
        })
        .unwrap_or_default();
    let last_col = headers.len().saturating_sub(1) as u16;
    sheet.merge_range(0, 0, 0, last_col, &plan.title, &title)?;
    sheet.set_row_height(0, 36)?;
    let mut widths: Vec<f64> = vec![8.0, 16.0, 30.0, 48.0, 12.0, 14.0, 14.0];
    if !with_category {
        widths.remove(1);
    }
    for (c, h) in headers.iter().enumerate() {
        sheet.write_string_with_format(1, c as u16, h, &head)?;
        sheet.set_column_width(c as u16, widths.get(c).copied().unwrap_or(12.0))?;
    }
    let problem_col = usize::from(with_category) + 1;
    for (i, row) in rows.iter().enumerate() {
        let r = i as u32 + 2;
        for (c, text) in row.cells(with_category).into_iter().enumerate() {
            let span = match c {
                1 if with_category => Some(row.category_span),
                c if c == problem_col => Some(row.problem_span),
                _ => None,
            };
            match span {
                Some(0) => {}
                Some(n) if n > 1 => {
                    sheet.merge_range(r, c as u16, r + n as u32 - 1, c as u16, text, &base)?;
                }
                _ => {
                    sheet.write_string_with_format(r, c as u16, text, &base)?;
                }
            }
        }
    }
    sheet.set_freeze_panes(2, 0)?;
    sheet.set_landscape();
    sheet.set_paper_size(9);
    sheet.set_repeat_rows(1, 1)?;
    workbook.save_to_buffer()
}
