//! The progress report as a Word document in the notice's GB/T 9704 layout (the same page,
//! fonts, styles, page numbers and 落款, from [`crate::export::docx`] and
//! [`crate::export::ooxml`]): the title in 小标宋, headings in 黑体, sentences in 仿宋, the
//! tables in 五号 on their own lines; each reminder (催办单) starts a new page.

use chrono::Datelike;

use super::{Block, DocxLayout, Printed};
use crate::error::{Error, Result};
use crate::export::docx::{self as notice_docx, BODY_FONT, HEADING1_FONT};
use crate::export::ooxml::{
    Align, Body, Cell, Core, Document, Indent, Merge, Paragraph, Run, RunContent, RunProps, Style,
    Table, TableRow,
};
use crate::model::Language;

/// Table text: 仿宋 五号 (10.5 pt) on 14 pt lines: a report's tables have many columns.
const TABLE_SIZE: u32 = 21;
const TABLE_LINE: i32 = 280;

pub fn draw(report: &Printed, layout: DocxLayout) -> Result<Vec<u8>> {
    document(report, layout)
        .pack()
        .map_err(|e| Error::failed(t!("export-cannot-build-docx", detail = e.to_string())))
}

fn table_styles() -> Vec<Style> {
    vec![
        notice_docx::table_style(
            ("ReportTable", "报告表格"),
            BODY_FONT,
            Align::Left,
            TABLE_SIZE,
            TABLE_LINE,
        ),
        notice_docx::table_style(
            ("ReportTableHead", "报告表头"),
            HEADING1_FONT,
            Align::Center,
            TABLE_SIZE,
            TABLE_LINE,
        ),
    ]
}

/// Twips per display column of the table's text (五号, 10.5 pt: a Chinese character is two
/// columns of 105 twips), and the cell's left and right margins.
const TWIPS_PER_COLUMN: i32 = TABLE_SIZE as i32 * 10 / 2;
const CELL_MARGINS: i32 = 2 * 108;
/// A word longer than this may wrap: it is text, not a date or a number.
const LONGEST_UNBROKEN: usize = 12;
/// A cell this wide (three Chinese characters) is a name, kept on one line.
const SHORT_NAME: usize = 6;
/// No column asks for more than this many display columns; longer text wraps.
const WIDEST: usize = 40;

/// The columns' widths from what they hold: each first gets room for its longest unbreakable
/// word (a date, a number, an address such as 2.a.1: wrapped, "2020-11-2 / 0" reads wrong)
/// and its header, then the rest of the type area goes to the columns with more text, in
/// proportion to how much more they hold.
fn column_widths(headers: &[String], rows: &[Vec<String>], area: i32) -> Vec<i32> {
    use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};
    let (mut least, mut wanted) = (Vec::new(), Vec::new());
    for (i, header) in headers.iter().enumerate() {
        let cells = || rows.iter().filter_map(move |r| r.get(i));
        // Chinese text may break between any two characters; a run of Latin letters and
        // digits (2020-11-20, 2.a.1) may not, nor a short name (办公室, 张三).
        let word = cells()
            .flat_map(|c| {
                let short = Some(c.width()).filter(|w| *w <= SHORT_NAME);
                c.split(|ch: char| ch.is_whitespace() || ch.width().unwrap_or(0) > 1)
                    .map(UnicodeWidthStr::width)
                    .chain(short)
                    .collect::<Vec<_>>()
            })
            .filter(|w| *w <= LONGEST_UNBROKEN)
            .max()
            .unwrap_or(0);
        // A Chinese header may break between its characters, but not below two of them.
        let min = word.max(header.width().min(4));
        let longest = cells().map(|c| c.width()).max().unwrap_or(0);
        least.push(min);
        wanted.push(longest.max(header.width()).clamp(min, WIDEST));
    }
    let twips = |columns: usize| columns as i32 * TWIPS_PER_COLUMN + CELL_MARGINS;
    let floor: i32 = least.iter().map(|&c| twips(c)).sum();
    let spare = area - floor;
    if spare <= 0 {
        // Too many columns for the page: shares of it, in proportion to the least each needs.
        let total = floor.max(1);
        return least.iter().map(|&c| area * twips(c) / total).collect();
    }
    let mut extra: Vec<usize> = wanted.iter().zip(&least).map(|(w, l)| w - l).collect();
    if extra.iter().all(|&e| e == 0) {
        // Everything fits at its least: the table still spans the type area.
        extra.clone_from(&least);
    }
    let extra_total = extra.iter().sum::<usize>().max(1) as i32;
    least
        .iter()
        .zip(&extra)
        .map(|(&l, &e)| twips(l) + spare * e as i32 / extra_total)
        .collect()
}

fn table(headers: &[String], rows: &[Vec<String>], area: i32) -> Table {
    let widths = column_widths(headers, rows, area);
    let cell = |style: &str, text: &str| Cell {
        paragraphs: vec![Paragraph::styled(style).run(Run::text(text))],
        merge: Merge::None,
    };
    let mut out = vec![TableRow {
        header: true,
        cells: headers.iter().map(|h| cell("ReportTableHead", h)).collect(),
    }];
    for row in rows {
        out.push(TableRow {
            header: false,
            cells: row.iter().map(|c| cell("ReportTable", c)).collect(),
        });
    }
    Table { widths, rows: out }
}

fn document(report: &Printed, layout: DocxLayout) -> Document {
    let (page, _) = crate::export::plan::pages();
    let area = page.width as i32 - page.left - page.right;
    let mut more: Vec<Body> = Vec::new();
    let mut body: Vec<Paragraph> = Vec::new();
    let mut new_page = false;
    let flush = |body: &mut Vec<Paragraph>, more: &mut Vec<Body>| {
        more.extend(body.drain(..).map(Body::Paragraph));
    };
    for block in report.blocks.iter().cloned() {
        match block {
            Block::Title(text) => {
                let mut p = Paragraph::styled("GongwenTitle");
                for (i, line) in notice_docx::title_lines(&text).into_iter().enumerate() {
                    let mut r = Run::default();
                    if i > 0 {
                        r.content.push(RunContent::Break);
                    }
                    r.content.push(RunContent::Text(line.to_string()));
                    p = p.run(r);
                }
                p.props.page_break_before = std::mem::take(&mut new_page);
                body.push(p);
                body.push(Paragraph::styled("GongwenBody"));
            }
            Block::Subtitle(text) => {
                // The blank line after the title goes after the period instead.
                body.pop();
                let mut p = Paragraph::styled("GongwenBody").run(notice_docx::run(&text));
                p.props.align = Some(Align::Center);
                p.props.indent = Some(Indent {
                    first_line: Some(0),
                    ..Indent::default()
                });
                body.push(p);
                body.push(Paragraph::styled("GongwenBody"));
            }
            Block::Heading(text) => {
                body.push(Paragraph::styled("Heading1").run(notice_docx::run(&text)));
            }
            Block::Paragraph(text) => {
                let mut p = Paragraph::styled("GongwenBody").run(notice_docx::run(&text));
                // 某某：the addressee of a reminder starts at the margin.
                if text.ends_with('：') {
                    p.props.indent = Some(Indent {
                        first_line: Some(0),
                        ..Indent::default()
                    });
                }
                body.push(p);
            }
            Block::Table { headers, rows, .. } => {
                if let Some(last) = body.last_mut() {
                    last.props.keep_next = true;
                }
                flush(&mut body, &mut more);
                more.push(Body::Table(table(&headers, &rows, area)));
            }
            Block::Trend => {}
            Block::Signature { issuer, date } => {
                notice_docx::signature(&mut body, issuer.as_deref(), Some(&date), layout.signature);
            }
            Block::PageBreak => new_page = true,
        }
    }
    flush(&mut body, &mut more);
    let mut styles = notice_docx::styles();
    styles.extend(table_styles());
    let lang = match layout.language {
        Language::Zh => ("zh-CN", "zh-CN"),
        Language::En => ("en-US", "zh-CN"),
    };
    let today = report.today;
    Document {
        defaults: RunProps {
            lang: Some(lang),
            ..notice_docx::props(BODY_FONT, notice_docx::SIZE_3)
        },
        styles,
        fonts: notice_docx::FONTS.to_vec(),
        body: Vec::new(),
        more,
        footers: Some((
            notice_docx::page_number_footer(Align::Right),
            notice_docx::page_number_footer(Align::Left),
        )),
        page,
        core: Core {
            title: Some(report.title.to_string()),
            creator: report.issuer.unwrap_or("rectify").to_string(),
            created: format!(
                "{:04}-{:02}-{:02}T00:00:00Z",
                today.year(),
                today.month(),
                today.day()
            ),
        },
    }
}
