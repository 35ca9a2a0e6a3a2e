//! `--format docx`: the notice as an official document laid out after GB/T 9704-2012
//! (党政机关公文格式), built with docx-rs from the notice view ([`crate::view::notice`]): the
//! numbering, ordinals and texts come from the view; this file only sets them in type.
//!
//! The layout: A4; margins 37 mm top, 28 mm left, 26 mm right, 35 mm bottom (a 156 × 225 mm
//! type area); the title in 方正小标宋简体 2号 (22 pt), centred; body text in 仿宋_GB2312 3号
//! (16 pt) with a first-line indent of two characters; level-1 headings (一、) in 黑体, level-2
//! (（一）) in 楷体_GB2312, lower levels in 仿宋; lead sentences bold; a fixed line pitch of
//! 28.95 pt and a document grid of 22 lines × 28 characters (`linesAndChars`, what Word's
//! 文档网格 dialog sets); page numbers as “— 1 —” in 4号 宋体 at the foot, right on odd pages
//! and left on even ones; the 落款 (issuer and date) as §7.3.5 lays it out with or without a
//! seal (`[notice] signature`).
//! Fonts are named for East Asian text (`w:eastAsia`) and listed in the font table with the
//! name to fall back to (仿宋_GB2312 → 仿宋 → FangSong, 楷体_GB2312 → 楷体 → KaiTi,
//! 方正小标宋简体 → 华文中宋 → 宋体), so Word and WPS use them where they are installed and
//! substitute sensibly where they are not. The parts are written by [`super::ooxml`] in
//! schema order.

use std::io::Write;

use chrono::Datelike;

use super::ooxml::{
    Align, Core, Document, Font, Indent, Page, ParaProps, Paragraph, Run, RunContent, RunProps,
    Spacing, Style,
};
use super::{Exporter, Options};
use crate::error::{Error, Result};
use crate::model::{Language, Report};
use crate::settings::{self, SignatureLayout};
use crate::view::notice::{Block, Notice, Role, Span};

pub struct Docx;

/// Font names as Word and WPS know them.
pub const TITLE_FONT: &str = "方正小标宋简体";
pub const BODY_FONT: &str = "仿宋_GB2312";
pub const HEADING1_FONT: &str = "黑体";
pub const HEADING2_FONT: &str = "楷体_GB2312";
pub const PAGE_NUMBER_FONT: &str = "宋体";

/// The font table: each 公文 font with the font to use in its place (`w:altName`), and
/// those fallbacks with theirs. PANOSE and charset 86 (GB2312) tell Word the kind of face
/// when neither is installed.
pub(super) const FONTS: [Font; 10] = [
    font(
        BODY_FONT,
        Some("仿宋"),
        "02010609030101010101",
        "modern",
        "fixed",
    ),
    font(
        "仿宋",
        Some("FangSong"),
        "02010609060101010101",
        "modern",
        "fixed",
    ),
    font(
        HEADING2_FONT,
        Some("楷体"),
        "02010609030101010101",
        "modern",
        "fixed",
    ),
    font(
        "楷体",
        Some("KaiTi"),
        "02010609060101010101",
        "modern",
        "fixed",
    ),
    font(
        TITLE_FONT,
        Some("华文中宋"),
        "02000000000000000000",
        "auto",
        "variable",
    ),
    font(
        "华文中宋",
        Some("宋体"),
        "02010600040101010101",
        "auto",
        "variable",
    ),
    font(
        HEADING1_FONT,
        Some("SimHei"),
        "02010609060101010101",
        "modern",
        "fixed",
    ),
    font(
        PAGE_NUMBER_FONT,
        Some("SimSun"),
        "02010600030101010101",
        "auto",
        "variable",
    ),
    Font {
        name: "Times New Roman",
        alt_name: None,
        panose: "02020603050405020304",
        charset: "00",
        family: "roman",
        pitch: "variable",
    },
    font(
        "Noto Serif CJK SC",
        None,
        "02020400000000000000",
        "roman",
        "variable",
    ),
];

const fn font(
    name: &'static str,
    alt_name: Option<&'static str>,
    panose: &'static str,
    family: &'static str,
    pitch: &'static str,
) -> Font {
    Font {
        name,
        alt_name,
        panose,
        charset: "86",
        family,
        pitch,
    }
}

/// Sizes in half-points: 2号 22 pt, 3号 16 pt, 4号 14 pt.
const SIZE_2: u32 = 44;
pub(super) const SIZE_3: u32 = 32;
pub(super) const SIZE_4: u32 = 28;

/// Twips (1/20 pt) per millimetre.
pub(super) fn mm(v: f64) -> i32 {
    (v * 1440.0 / 25.4).round() as i32
}

/// A4 in twips.
pub(super) const A4_WIDTH: u32 = 11906;
pub(super) const A4_HEIGHT: u32 = 16838;
/// 225 mm of type area / 22 lines = 28.95 pt a line.
pub(super) const LINE_PITCH: i32 = 579;
/// Characters on a line of body text.
const LINE_CHARS: i32 = 28;
/// Two characters of 3号 text: the first-line indent of a paragraph.
pub(super) const INDENT_2_CHARS: i32 = 2 * 16 * 20;
/// 156 mm hold 27.6 characters of 16 pt; set 0.25 pt closer, 28 fit. Kept on the runs as
/// well as the grid: LibreOffice lays out by this, Word and WPS by the grid (a 15.75 pt
/// character still takes one 15.79 pt cell of it).
const CHARACTER_SPACING: i32 = -5;

/// The type area's width in twips.
fn text_width() -> i32 {
    A4_WIDTH as i32 - mm(28.0) - mm(26.0)
}

/// One grid cell (a character of body text) in twips.
fn char_pitch() -> i32 {
    text_width() / LINE_CHARS
}

/// `w:charSpace`: the grid's character pitch less the 16 pt of the body text, in 1/4096 pt,
/// rounded down so 28 cells always fit the line.
pub(super) fn grid_char_space() -> i32 {
    let pitch_pt = f64::from(text_width()) / 20.0 / f64::from(LINE_CHARS);
    ((pitch_pt - 16.0) * 4096.0).floor() as i32 - 1
}

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
        let notice = Notice::build(report, &options.notice());
        let bytes = document(report, &notice, options)
            .pack()
            .map_err(|e| Error::failed(t!("export-cannot-build-docx", detail = e.to_string())))?;
        super::write_all(&bytes, out)
    }

    fn is_binary(&self) -> bool {
        true
    }
}

/// A table paragraph style: no first-line indent, exact line pitch `line` (twips), `font` at
/// `size` half-points — the plan's and the report's tables differ only in these.
pub(super) fn table_style(
    (id, name): (&str, &str),
    font: &str,
    align: Align,
    size: u32,
    line: i32,
) -> Style {
    Style {
        id: id.to_string(),
        name: name.to_string(),
        based_on: Some("Normal".to_string()),
        next: None,
        default: false,
        para: ParaProps {
            no_snap_to_grid: true,
            spacing: Some(Spacing { line_exact: line }),
            indent: Some(Indent {
                first_line: Some(0),
                ..Indent::default()
            }),
            align: Some(align),
            ..ParaProps::default()
        },
        run: props(font, size),
    }
}

pub(super) fn props(font: &str, size: u32) -> RunProps {
    RunProps {
        font: Some(font.to_string()),
        size: Some(size),
        ..RunProps::default()
    }
}

fn exact_lines() -> Option<Spacing> {
    Some(Spacing {
        line_exact: LINE_PITCH,
    })
}

pub(super) fn styles() -> Vec<Style> {
    let body = |id: &str, name: &str, font: &str, outline: Option<u8>| Style {
        id: id.to_string(),
        name: name.to_string(),
        based_on: Some(
            if id == STYLES[0].0 {
                "Normal"
            } else {
                STYLES[0].0
            }
            .to_string(),
        ),
        next: outline.map(|_| STYLES[0].0.to_string()),
        default: false,
        para: ParaProps {
            // A heading stays with what follows it and is never split across pages.
            keep_next: outline.is_some(),
            keep_lines: outline.is_some(),
            widow_control: Some(true),
            // The text keeps its own 28 characters a line (16 pt set 0.25 pt closer) rather
            // than snapping to the grid's cells: LibreOffice rounds each run of digits up to
            // whole cells, which breaks lines early and adds a page; Word lays it out the same
            // either way. The grid stays declared for what a clerk adds in the Normal style.
            no_snap_to_grid: true,
            spacing: exact_lines(),
            indent: Some(Indent {
                first_line: Some(INDENT_2_CHARS),
                ..Indent::default()
            }),
            align: Some(Align::Both),
            outline_level: outline,
            ..ParaProps::default()
        },
        run: props(font, SIZE_3),
    };
    let [(body_id, body_name), (title_id, title_name), (h1, h1_name), (h2, h2_name), (h3, h3_name), (h4, h4_name)] =
        STYLES;
    vec![
        // The default paragraph style, named as Word's own: LibreOffice sizes the grid's
        // character cells from it (its "Standard"), so it carries the body text's 16 pt.
        Style {
            id: "Normal".to_string(),
            name: "Normal".to_string(),
            based_on: None,
            next: None,
            default: true,
            para: ParaProps {
                widow_control: Some(true),
                align: Some(Align::Both),
                ..ParaProps::default()
            },
            run: props(BODY_FONT, SIZE_3),
        },
        body(body_id, body_name, BODY_FONT, None),
        Style {
            id: title_id.to_string(),
            name: title_name.to_string(),
            based_on: Some(body_id.to_string()),
            next: Some(body_id.to_string()),
            default: false,
            para: ParaProps {
                keep_next: true,
                keep_lines: true,
                no_snap_to_grid: true,
                spacing: exact_lines(),
                indent: Some(Indent {
                    first_line: Some(0),
                    ..Indent::default()
                }),
                align: Some(Align::Center),
                ..ParaProps::default()
            },
            run: props(TITLE_FONT, SIZE_2),
        },
        body(h1, h1_name, HEADING1_FONT, Some(0)),
        body(h2, h2_name, HEADING2_FONT, Some(1)),
        body(h3, h3_name, BODY_FONT, Some(2)),
        body(h4, h4_name, BODY_FONT, Some(3)),
    ]
}

fn document(report: &Report, notice: &Notice, options: &Options) -> Document {
    let today = options.as_of.unwrap_or(options.today);
    let mut body = Vec::new();
    for block in &notice.blocks {
        match block {
            Block::Title { text } => {
                let mut p = Paragraph::styled("GongwenTitle");
                for (i, line) in title_lines(text).into_iter().enumerate() {
                    let mut r = Run::default();
                    if i > 0 {
                        r.content.push(RunContent::Break);
                    }
                    r.content.push(RunContent::Text(line.to_string()));
                    p = p.run(r);
                }
                body.push(p);
                // One blank line between the title and the body.
                body.push(Paragraph::styled("GongwenBody"));
            }
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
                let text = format!("{number}{text}");
                let mut p = Paragraph::styled(style).run(run(&text));
                // A heading that would leave one character alone on its last line is set
                // one character narrower, so two go down together.
                if lone_last_char(&text) {
                    p.props.indent = Some(Indent {
                        right: Some(char_pitch()),
                        ..Indent::default()
                    });
                }
                body.push(p);
            }
            Block::Paragraph { role, spans } => {
                body.push(paragraph(*role, spans, &status_tags(report, options)))
            }
            // Set flush left: an address or e-mail that cannot break would otherwise be
            // spread across a justified line.
            Block::Contact { lines } => body.extend(lines.iter().map(|line| {
                let mut p = Paragraph::styled("GongwenBody").run(run(line));
                p.props.align = Some(Align::Left);
                p
            })),
            Block::Signature { issuer, date, .. } => signature(
                &mut body,
                issuer.as_deref(),
                date.as_deref(),
                report.notice.signature,
            ),
        }
    }
    let title = notice.title.clone().unwrap_or_else(|| {
        let i = &report.inspection;
        settings::fill(settings::default_title_format(report.language), |name| {
            Some(match name {
                "genre" => report.notice.genre.clone(),
                "unit_full" => i.unit_full.clone().or(i.unit.clone()).unwrap_or_default(),
                _ => String::new(),
            })
        })
    });
    let creator = report
        .closing
        .issuer
        .clone()
        .or(report.inspection.unit_full.clone())
        .or(report.inspection.unit.clone())
        .unwrap_or_else(|| "rectify".to_string());
    let lang = match report.language {
        Language::Zh => ("zh-CN", "zh-CN"),
        Language::En => ("en-US", "zh-CN"),
    };
    Document {
        defaults: RunProps {
            lang: Some(lang),
            ..props(BODY_FONT, SIZE_3)
        },
        styles: styles(),
        fonts: FONTS.to_vec(),
        body,
        more: Vec::new(),
        footers: Some((
            page_number_footer(Align::Right),
            page_number_footer(Align::Left),
        )),
        page: Page {
            width: A4_WIDTH,
            height: A4_HEIGHT,
            top: mm(37.0),
            right: mm(26.0),
            bottom: mm(35.0),
            left: mm(28.0),
            header: mm(15.0),
            footer: mm(23.0),
            line_pitch: LINE_PITCH,
            char_space: grid_char_space(),
            landscape: false,
        },
        core: Core {
            title: (!title.trim().is_empty()).then_some(title),
            creator,
            created: format!(
                "{:04}-{:02}-{:02}T00:00:00Z",
                today.year(),
                today.month(),
                today.day()
            ),
        },
    }
}

/// The 落款 as GB/T 9704-2012 §7.3.5 lays it out. Without a seal (§7.3.5.3): one blank line
/// after the body, the issuer two characters from the right edge, the date on the next line
/// starting two characters right of the issuer's first; a date longer than that allows is
/// set two from the edge and the issuer moved left to match. With a seal (§7.3.5.1): the date
/// four characters from the right edge, the issuer centred over it, with blank lines above
/// for the seal to press on.
pub(super) fn signature(
    body: &mut Vec<Paragraph>,
    issuer: Option<&str>,
    date: Option<&str>,
    layout: SignatureLayout,
) {
    let blank_lines = match layout {
        SignatureLayout::WithoutSeal => 1,
        SignatureLayout::WithSeal => 3,
    };
    for _ in 0..blank_lines {
        body.push(Paragraph::styled("GongwenBody"));
    }
    // Widths and right indents in quarter characters, so half-width digits and centring
    // count exactly.
    let i = issuer.map_or(0, half_widths) * 2;
    let d = date.map_or(0, half_widths) * 2;
    let (issuer_right, date_right) = match (layout, issuer.is_some(), date.is_some()) {
        (SignatureLayout::WithoutSeal, true, true) => {
            let date_right = i - d;
            if date_right < 8 {
                (8 + (8 - date_right), 8)
            } else {
                (8, date_right)
            }
        }
        (SignatureLayout::WithoutSeal, _, _) => (8, 8),
        (SignatureLayout::WithSeal, _, _) => ((16 + (d - i) / 2).max(0), 16),
    };
    let line = |text: &str, right_quarter_chars: i32| {
        let mut p = Paragraph::styled("GongwenBody").run(run(text));
        p.props.align = Some(Align::Right);
        p.props.keep_next = true;
        p.props.indent = Some(Indent {
            right: Some(right_quarter_chars * char_pitch() / 4),
            first_line: Some(0),
            ..Indent::default()
        });
        p
    };
    if let Some(issuer) = issuer {
        body.push(line(issuer, issuer_right));
    }
    if let Some(date) = date {
        body.push(line(date, date_right));
    }
    // The blank lines, the issuer and the date stay on one page.
    let n = body.len();
    let lines = blank_lines + usize::from(issuer.is_some()) + usize::from(date.is_some());
    for (i, p) in body[n - lines..].iter_mut().enumerate() {
        p.props.keep_next = i + 1 < lines;
    }
}

/// Width in half characters: ASCII is half a character, everything else one.
fn half_widths(text: &str) -> i32 {
    text.chars().map(|c| if c.is_ascii() { 1 } else { 2 }).sum()
}

/// Whether text set with a two-character first-line indent on 28-character lines ends with
/// one character alone on its last line (a character that may not begin a line, such as 。,
/// would pull another down with it, so it is not alone).
fn lone_last_char(text: &str) -> bool {
    let width = half_widths(text) + 4;
    let line = 2 * LINE_CHARS;
    if width <= line {
        return false;
    }
    let last = width % line;
    let ends_closing = text
        .chars()
        .last()
        .is_some_and(|c| "。，、；：？！）”’".contains(c));
    (1..=2).contains(&last) && !ends_closing
}

pub(super) fn run(text: &str) -> Run {
    let mut r = Run::text(text);
    r.props.spacing = Some(CHARACTER_SPACING);
    r
}

fn paragraph(role: Role, spans: &[Span], tags: &[(String, String)]) -> Paragraph {
    let mut p = Paragraph::styled("GongwenBody");
    // A label, or a label and opening sentence, stays with the measures it introduces.
    if matches!(role, Role::Label | Role::Opening) {
        p.props.keep_next = true;
    }
    for span in spans {
        let mut text = span.text.clone();
        for (tag, joined) in tags {
            if text.contains(tag.as_str()) {
                text = text.replace(tag.as_str(), joined);
            }
        }
        let r = run(&text);
        p = p.run(if span.bold { r.bold() } else { r });
    }
    p
}

/// U+2060 WORD JOINER: no line break on either side (Unicode line breaking class WJ).
const WORD_JOINER: char = '\u{2060}';

/// With `--with-status`, each status tag as printed (（已完成）) and the same with word
/// joiners between its characters, so a line never breaks inside it (（已完 / 成）).
fn status_tags(report: &Report, options: &Options) -> Vec<(String, String)> {
    if !options.with_status {
        return Vec::new();
    }
    crate::model::Status::ALL
        .iter()
        .map(|status| {
            let label = status.label(report.language);
            let tag = settings::fill(&report.notice.status_format, |name| {
                (name == "status").then(|| label.to_string())
            });
            // As the notice prints it (typeset, if it is).
            let tag = if report.language == Language::Zh
                && report.notice.punctuation == settings::Punctuation::Typeset
            {
                crate::punctuation::typeset(&tag).into_owned()
            } else {
                tag
            };
            let mut joined = String::new();
            for (i, c) in tag.chars().enumerate() {
                if i > 0 {
                    joined.push(WORD_JOINER);
                }
                joined.push(c);
            }
            (tag, joined)
        })
        .filter(|(tag, _)| tag.chars().count() > 1)
        .collect()
}

/// “— 1 —” in 4号 宋体, one character in from the edge it is set against.
pub(super) fn page_number_footer(align: Align) -> Paragraph {
    let run_of = |content: RunContent| Run {
        props: props(PAGE_NUMBER_FONT, SIZE_4),
        content: vec![content],
    };
    let one_char = 14 * 20;
    let (left, right) = match align {
        Align::Left => (Some(one_char), None),
        _ => (None, Some(one_char)),
    };
    Paragraph {
        props: ParaProps {
            indent: Some(Indent {
                left,
                right,
                first_line: None,
            }),
            align: Some(align),
            ..ParaProps::default()
        },
        runs: vec![
            run_of(RunContent::Text("— ".into())),
            run_of(RunContent::Field {
                instruction: "PAGE".into(),
                result: "1".into(),
            }),
            run_of(RunContent::Text(" —".into())),
        ],
    }
}

/// Characters of 2号 text on a 156 mm line.
const TITLE_LINE: usize = 20;

/// A long title broken where it reads well rather than where the line ends: before 关于
/// (中共…党组 / 关于巡察整改进展情况的公告), as titles of 公文 are set.
pub(super) fn title_lines(title: &str) -> Vec<&str> {
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
    fn the_grid_holds_28_characters() {
        assert_eq!(text_width(), 8845);
        let pitch = 16.0 + f64::from(grid_char_space()) / 4096.0;
        assert!(pitch * 28.0 * 20.0 <= 8845.0 && pitch * 29.0 * 20.0 > 8845.0);
    }

    #[test]
    fn only_a_lone_last_character_narrows_a_heading() {
        // 26 characters on the first line, 28 on the next.
        assert!(!lone_last_char(&"字".repeat(26)));
        assert!(lone_last_char(&"字".repeat(27)));
        assert!(!lone_last_char(&format!("{}。", "字".repeat(26))));
        assert!(!lone_last_char(&"字".repeat(28)));
        assert!(lone_last_char(&"字".repeat(55)));
    }

    #[test]
    fn margins_in_twips() {
        assert_eq!(mm(37.0), 2098);
        assert_eq!(mm(28.0), 1587);
    }
}
