//! `--format docx`: the notice as an official document laid out after GB/T 9704-2012
//! (党政机关公文格式), built with docx-rs from the notice view ([`crate::view::notice`]): the
//! numbering, ordinals and texts come from the view; this file only sets them in type.
//!
//! The layout: A4; margins 37 mm top, 28 mm left, 26 mm right, 35 mm bottom (a 156 × 225 mm
//! type area); the title in 方正小标宋简体 2号 (22 pt), centred; body text in 仿宋_GB2312 3号
//! (16 pt) with a first-line indent of two characters; level-1 headings (一、) in 黑体, level-2
//! (（一）) in 楷体_GB2312, lower levels in 仿宋; lead sentences bold; a fixed line pitch of
//! 28.95 pt and characters set 0.25 pt closer, for 22 lines of 28 characters a page; page
//! numbers as “— 1 —” in 4号 宋体 at the foot, right on odd pages and left on even ones.
//! Fonts are named for East Asian text (`w:eastAsia`), so Word and WPS use them where they are
//! installed and substitute where they are not.

use std::io::Write;

use chrono::Datelike;
use docx_rs::{
    AlignmentType, BreakType, DocGrid, DocGridType, Docx as Document, FieldCharType, Footer,
    InstrPAGE, InstrText, LineSpacing, LineSpacingType, PageMargin, Paragraph, Run, RunFonts,
    SpecialIndentType, Style, StyleType,
};

use super::{Exporter, Options};
use crate::error::{Error, Result};
use crate::model::{Language, Report};
use crate::view::notice::{Block, Notice, Role, Span};

pub struct Docx;

/// Font names as Word and WPS know them.
pub const TITLE_FONT: &str = "方正小标宋简体";
pub const BODY_FONT: &str = "仿宋_GB2312";
pub const HEADING1_FONT: &str = "黑体";
pub const HEADING2_FONT: &str = "楷体_GB2312";
pub const PAGE_NUMBER_FONT: &str = "宋体";

/// Sizes in half-points: 2号 22 pt, 3号 16 pt, 4号 14 pt.
const SIZE_2: usize = 44;
const SIZE_3: usize = 32;
const SIZE_4: usize = 28;

/// Twips (1/20 pt) per millimetre.
fn mm(v: f64) -> i32 {
    (v * 1440.0 / 25.4).round() as i32
}

/// A4 in twips.
const A4_WIDTH: u32 = 11906;
const A4_HEIGHT: u32 = 16838;
/// 225 mm of type area / 22 lines = 28.95 pt a line.
const LINE_PITCH: i32 = 579;
/// Two characters of 3号 text: the first-line indent of a paragraph.
const INDENT_2_CHARS: i32 = 2 * 16 * 20;
/// 156 mm hold 27.6 characters of 16 pt; set 0.25 pt closer, 28 fit.
const CHARACTER_SPACING: i32 = -5;

/// The title used when rectify.toml gives neither `title` nor `[notice] title_format`: a
/// 公文 has a title even where the web page it was published on did not repeat it.
const DEFAULT_TITLE_ZH: &str = "{unit_full}关于巡察整改进展情况的公告";
const DEFAULT_TITLE_EN: &str = "Notice on the progress of rectification: {unit_full}";

/// Paragraph style ids (and the names Word shows).
const STYLES: [(&str, &str); 6] = [
    ("GongwenBody", "公文正文"),
    ("GongwenTitle", "公文标题"),
    ("Heading1", "heading 1"),
    ("Heading2", "heading 2"),
    ("Heading3", "heading 3"),
    ("Heading4", "heading 4"),
];

impl Exporter for Docx {
    /// Built whole (a zip archive needs its directory at the end), then written.
    fn write(&self, report: &Report, options: &Options, out: &mut dyn Write) -> Result<()> {
        let notice = Notice::build(&titled(report), &options.notice());
        let docx = document(&notice, options);
        let mut bytes = std::io::Cursor::new(Vec::new());
        docx.build()
            .pack(&mut bytes)
            .map_err(|e| Error::failed(t!("export-cannot-build-docx", detail = e.to_string())))?;
        super::write_all(&bytes.into_inner(), out)
    }

    fn is_binary(&self) -> bool {
        true
    }
}

/// The report with a default title format when it has no title of its own.
fn titled(report: &Report) -> Report {
    let mut report = report.clone();
    let has_unit = report.inspection.unit_full.is_some() || report.inspection.unit.is_some();
    if report.title.is_none() && report.notice.title_format.is_none() && has_unit {
        report.notice.title_format = Some(
            match report.language {
                Language::Zh => DEFAULT_TITLE_ZH,
                Language::En => DEFAULT_TITLE_EN,
            }
            .to_string(),
        );
    }
    report
}

fn fonts(name: &str) -> RunFonts {
    RunFonts::new()
        .ascii(name)
        .hi_ansi(name)
        .east_asia(name)
        .cs(name)
}

fn exact_lines() -> LineSpacing {
    LineSpacing::new()
        .line_rule(LineSpacingType::Exact)
        .line(LINE_PITCH)
        .before(0)
        .after(0)
}

fn styles(docx: Document) -> Document {
    let body = |id: &str, name: &str, font: &str| {
        Style::new(id, StyleType::Paragraph)
            .name(name)
            .fonts(fonts(font))
            .size(SIZE_3)
            .line_spacing(exact_lines())
            .indent(
                None,
                Some(SpecialIndentType::FirstLine(INDENT_2_CHARS)),
                None,
                None,
            )
            .align(AlignmentType::Both)
            .q_format(true)
    };
    let [(body_id, body_name), (title_id, title_name), (h1, h1_name), (h2, h2_name), (h3, h3_name), (h4, h4_name)] =
        STYLES;
    docx.add_style(body(body_id, body_name, BODY_FONT))
        .add_style(
            Style::new(title_id, StyleType::Paragraph)
                .name(title_name)
                .fonts(fonts(TITLE_FONT))
                .size(SIZE_2)
                .line_spacing(exact_lines())
                .align(AlignmentType::Center)
                .q_format(true),
        )
        .add_style(
            body(h1, h1_name, HEADING1_FONT)
                .based_on(body_id)
                .outline_lvl(0),
        )
        .add_style(
            body(h2, h2_name, HEADING2_FONT)
                .based_on(body_id)
                .outline_lvl(1),
        )
        .add_style(
            body(h3, h3_name, BODY_FONT)
                .based_on(body_id)
                .outline_lvl(2),
        )
        .add_style(
            body(h4, h4_name, BODY_FONT)
                .based_on(body_id)
                .outline_lvl(3),
        )
}

fn document(notice: &Notice, options: &Options) -> Document {
    let today = options.as_of.unwrap_or(options.today);
    let stamp = format!(
        "{:04}-{:02}-{:02}T00:00:00Z",
        today.year(),
        today.month(),
        today.day()
    );
    let mut docx = styles(Document::new())
        .page_size(A4_WIDTH, A4_HEIGHT)
        .page_margin(
            PageMargin::new()
                .top(mm(37.0))
                .bottom(mm(35.0))
                .left(mm(28.0))
                .right(mm(26.0))
                .header(mm(15.0))
                .footer(mm(23.0))
                .gutter(0),
        )
        .default_fonts(fonts(BODY_FONT))
        .default_size(SIZE_3)
        .footer(page_number_footer(AlignmentType::Right))
        .even_footer(page_number_footer(AlignmentType::Left))
        .created_at(&stamp)
        .updated_at(&stamp);
    docx.document = docx.document.doc_grid(
        DocGrid::new()
            .grid_type(DocGridType::Lines)
            .line_pitch(LINE_PITCH as usize),
    );

    for block in &notice.blocks {
        docx = match block {
            Block::Title { text } => docx
                .add_paragraph(title_lines(text).into_iter().enumerate().fold(
                    Paragraph::new().style("GongwenTitle"),
                    |p, (i, line)| {
                        let r = if i == 0 {
                            Run::new()
                        } else {
                            Run::new().add_break(BreakType::TextWrapping)
                        };
                        p.add_run(r.add_text(line))
                    },
                ))
                // One blank line between the title and the body.
                .add_paragraph(Paragraph::new().style("GongwenBody")),
            Block::Heading {
                level,
                number,
                text,
                ..
            } => {
                let style = match level {
                    1 => "Heading1",
                    2 => "Heading2",
                    3 => "Heading3",
                    _ => "Heading4",
                };
                docx.add_paragraph(
                    Paragraph::new()
                        .style(style)
                        .keep_next(true)
                        .add_run(run(&format!("{number}{text}"))),
                )
            }
            Block::Paragraph { role, spans } => docx.add_paragraph(paragraph(*role, spans)),
            // Set flush left: an address or e-mail that cannot break would otherwise be
            // spread across a justified line.
            Block::Contact { lines } => lines.iter().fold(docx, |d, line| {
                d.add_paragraph(
                    Paragraph::new()
                        .style("GongwenBody")
                        .align(AlignmentType::Left)
                        .add_run(run(line)),
                )
            }),
            Block::Signature { lines } => {
                // A blank line, then issuer and date set right, four characters in.
                let d = docx.add_paragraph(Paragraph::new().style("GongwenBody"));
                lines.iter().fold(d, |d, line| {
                    d.add_paragraph(
                        Paragraph::new()
                            .style("GongwenBody")
                            .align(AlignmentType::Right)
                            .indent(
                                None,
                                Some(SpecialIndentType::FirstLine(0)),
                                Some(4 * 320),
                                None,
                            )
                            .add_run(run(line)),
                    )
                })
            }
        };
    }
    docx
}

fn run(text: &str) -> Run {
    Run::new()
        .add_text(text)
        .character_spacing(CHARACTER_SPACING)
}

fn paragraph(role: Role, spans: &[Span]) -> Paragraph {
    let mut p = Paragraph::new().style("GongwenBody").widow_control(true);
    if role == Role::Label {
        p = p.keep_next(true);
    }
    for span in spans {
        let r = run(&span.text);
        p = p.add_run(if span.bold { r.bold() } else { r });
    }
    p
}

/// “— 1 —” in 4号 宋体, one character in from the edge it is set against.
fn page_number_footer(align: AlignmentType) -> Footer {
    let text = |t: &str| {
        Run::new()
            .fonts(fonts(PAGE_NUMBER_FONT))
            .size(SIZE_4)
            .add_text(t)
    };
    let field = Run::new()
        .fonts(fonts(PAGE_NUMBER_FONT))
        .size(SIZE_4)
        .add_field_char(FieldCharType::Begin, false)
        .add_instr_text(InstrText::PAGE(InstrPAGE::new()))
        .add_field_char(FieldCharType::Separate, false)
        .add_text("1")
        .add_field_char(FieldCharType::End, false);
    let one_char = 14 * 20;
    let (left, right) = match align {
        AlignmentType::Left => (Some(one_char), None),
        _ => (None, Some(one_char)),
    };
    Footer::new().add_paragraph(
        Paragraph::new()
            .align(align)
            .indent(left, None, right, None)
            .add_run(text("— "))
            .add_run(field)
            .add_run(text(" —")),
    )
}

/// Characters of 2号 text on a 156 mm line.
const TITLE_LINE: usize = 20;

/// A long title broken where it reads well rather than where the line ends: before 关于
/// (中共…党组 / 关于巡察整改进展情况的公告), as titles of 公文 are set.
fn title_lines(title: &str) -> Vec<&str> {
    let fits = |s: &str| s.chars().count() <= TITLE_LINE;
    if fits(title) {
        return vec![title];
    }
    match title.find("关于") {
        Some(at) if at > 0 && fits(&title[..at]) && fits(&title[at..]) => {
            vec![&title[..at], &title[at..]]
        }
        _ => vec![title],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_titles_break_before_guanyu() {
        assert_eq!(
            title_lines("中共铜陵市义安区民政局党组关于巡察整改进展情况的公告"),
            ["中共铜陵市义安区民政局党组", "关于巡察整改进展情况的公告"]
        );
        assert_eq!(
            title_lines("关于巡察整改进展情况的公告"),
            ["关于巡察整改进展情况的公告"]
        );
        let long = "某某某某某某某某某某某某某某某某某某某某某某关于整改";
        assert_eq!(title_lines(long), [long]);
    }

    #[test]
    fn margins_in_twips() {
        assert_eq!(mm(37.0), 2098);
        assert_eq!(mm(28.0), 1587);
    }
}
