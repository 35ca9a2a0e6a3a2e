//! A small WordprocessingML writer: the few things the notice needs (paragraphs with a style,
//! runs with fonts, size and bold, a page-number field, a footer, a section with a document
//! grid), written as the parts of a .docx in the order the OOXML schema (ECMA-376, transitional)
//! prescribes for every element's children, and packed into a deflate-compressed zip.
//!
//! Why not docx-rs: its writer puts children out of schema order (an empty `<w:rPr/>` first in
//! every `w:pPr`, `rFonts` after `sz`, `footerReference` after `docGrid`, `zoom` after
//! `defaultTabStop`…), stores the zip uncompressed and has no font table entries, `w:lang` or
//! `linesAndChars` grid. LibreOffice forgives the order; Word may drop run properties out of
//! order (the 公文 fonts) and Word for the web calls such a file corrupt. Re-ordering its
//! output afterwards would need an XML parser and a table of every element's child order
//! anyway; writing the dozen elements the notice uses in order is shorter and leaves nothing
//! to re-order. Each `write_*` below emits children in the schema's sequence, in the order of
//! the struct fields; the tests (`tests/office.rs`) walk the XML and check those orders.

use std::fmt::Write as _;
use std::io::Write as _;

/// Run properties (`w:rPr`, CT_RPr).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RunProps {
    /// One font for all scripts (`w:rFonts` ascii, hAnsi, eastAsia, cs).
    pub font: Option<String>,
    pub bold: bool,
    /// Character spacing in twentieths of a point (`w:spacing`).
    pub spacing: Option<i32>,
    /// Size in half-points (`w:sz` and `w:szCs`).
    pub size: Option<u32>,
    /// `w:lang` (val, eastAsia).
    pub lang: Option<(&'static str, &'static str)>,
}

impl RunProps {
    fn is_empty(&self) -> bool {
        *self == RunProps::default()
    }

    fn write(&self, out: &mut String) {
        if self.is_empty() {
            return;
        }
        out.push_str("<w:rPr>");
        // CT_RPr sequence: rStyle, rFonts, b, bCs, …, spacing, w, kern, position, sz, szCs, …, lang.
        if let Some(font) = &self.font {
            let f = escape(font);
            let _ = write!(
                out,
                r#"<w:rFonts w:ascii="{f}" w:hAnsi="{f}" w:eastAsia="{f}" w:cs="{f}"/>"#
            );
        }
        if self.bold {
            out.push_str("<w:b/><w:bCs/>");
        }
        if let Some(s) = self.spacing {
            let _ = write!(out, r#"<w:spacing w:val="{s}"/>"#);
        }
        if let Some(sz) = self.size {
            let _ = write!(out, r#"<w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/>"#);
        }
        if let Some((val, east_asia)) = self.lang {
            let _ = write!(out, r#"<w:lang w:val="{val}" w:eastAsia="{east_asia}"/>"#);
        }
        out.push_str("</w:rPr>");
    }
}

/// What a run holds.
#[derive(Debug, Clone, PartialEq)]
pub enum RunContent {
    Text(String),
    /// A line break inside the paragraph (`w:br`).
    Break,
    /// A simple field (`fldChar` begin, `instrText`, separate, the cached result, end).
    Field {
        instruction: String,
        result: String,
    },
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Run {
    pub props: RunProps,
    pub content: Vec<RunContent>,
}

impl Run {
    pub fn text(text: impl Into<String>) -> Run {
        Run {
            props: RunProps::default(),
            content: vec![RunContent::Text(text.into())],
        }
    }

    pub fn bold(mut self) -> Run {
        self.props.bold = true;
        self
    }

    fn write(&self, out: &mut String) {
        out.push_str("<w:r>");
        self.props.write(out);
        for c in &self.content {
            match c {
                RunContent::Text(t) => {
                    let _ = write!(out, r#"<w:t xml:space="preserve">{}</w:t>"#, escape(t));
                }
                RunContent::Break => out.push_str("<w:br/>"),
                RunContent::Field {
                    instruction,
                    result,
                } => {
                    let _ = write!(
                        out,
                        r#"<w:fldChar w:fldCharType="begin"/><w:instrText xml:space="preserve"> {} </w:instrText><w:fldChar w:fldCharType="separate"/><w:t>{}</w:t><w:fldChar w:fldCharType="end"/>"#,
                        escape(instruction),
                        escape(result)
                    );
                }
            }
        }
        out.push_str("</w:r>");
    }
}

/// Paragraph alignment (`w:jc`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Center,
    Right,
    Both,
}

impl Align {
    fn value(self) -> &'static str {
        match self {
            Align::Left => "left",
            Align::Center => "center",
            Align::Right => "right",
            Align::Both => "both",
        }
    }
}

/// Indents in twips (`w:ind`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Indent {
    pub left: Option<i32>,
    pub right: Option<i32>,
    pub first_line: Option<i32>,
}

/// Exact line spacing and space before/after in twips (`w:spacing`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Spacing {
    pub line_exact: i32,
}

/// Paragraph properties (`w:pPr`, CT_PPr).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ParaProps {
    pub style: Option<String>,
    pub keep_next: bool,
    pub keep_lines: bool,
    /// `w:pageBreakBefore`: the paragraph starts a new page.
    pub page_break_before: bool,
    /// `w:widowControl`: Some(false) turns it off where a style turned it on.
    pub widow_control: Option<bool>,
    /// `w:snapToGrid w:val="0"`: the paragraph ignores the document grid (the title, whose
    /// 22 pt characters would otherwise take two grid cells each).
    pub no_snap_to_grid: bool,
    pub spacing: Option<Spacing>,
    pub indent: Option<Indent>,
    pub align: Option<Align>,
    /// Outline level 0–8 (`w:outlineLvl`), for the navigation pane.
    pub outline_level: Option<u8>,
}

impl ParaProps {
    fn is_empty(&self) -> bool {
        *self == ParaProps::default()
    }

    fn write(&self, out: &mut String) {
        if self.is_empty() {
            return;
        }
        out.push_str("<w:pPr>");
        // CT_PPrBase sequence: pStyle, keepNext, keepLines, pageBreakBefore, framePr,
        // widowControl, …, adjustRightInd, snapToGrid, spacing, ind, contextualSpacing, mirrorIndents, suppressOverlap, jc,
        // textDirection, textAlignment, textboxTightWrap, outlineLvl, …
        if let Some(style) = &self.style {
            let _ = write!(out, r#"<w:pStyle w:val="{}"/>"#, escape(style));
        }
        if self.keep_next {
            out.push_str("<w:keepNext/>");
        }
        if self.keep_lines {
            out.push_str("<w:keepLines/>");
        }
        if self.page_break_before {
            out.push_str("<w:pageBreakBefore/>");
        }
        match self.widow_control {
            Some(true) => out.push_str("<w:widowControl/>"),
            Some(false) => out.push_str(r#"<w:widowControl w:val="0"/>"#),
            None => {}
        }
        if self.no_snap_to_grid {
            out.push_str(r#"<w:snapToGrid w:val="0"/>"#);
        }
        if let Some(s) = self.spacing {
            let _ = write!(
                out,
                r#"<w:spacing w:before="0" w:after="0" w:line="{}" w:lineRule="exact"/>"#,
                s.line_exact
            );
        }
        if let Some(ind) = self.indent {
            out.push_str("<w:ind");
            if let Some(v) = ind.left {
                let _ = write!(out, r#" w:left="{v}""#);
            }
            if let Some(v) = ind.right {
                let _ = write!(out, r#" w:right="{v}""#);
            }
            if let Some(v) = ind.first_line {
                let _ = write!(out, r#" w:firstLine="{v}""#);
            }
            out.push_str("/>");
        }
        if let Some(a) = self.align {
            let _ = write!(out, r#"<w:jc w:val="{}"/>"#, a.value());
        }
        if let Some(l) = self.outline_level {
            let _ = write!(out, r#"<w:outlineLvl w:val="{l}"/>"#);
        }
        out.push_str("</w:pPr>");
    }
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Paragraph {
    pub props: ParaProps,
    pub runs: Vec<Run>,
}

impl Paragraph {
    pub fn styled(style: &str) -> Paragraph {
        Paragraph {
            props: ParaProps {
                style: Some(style.to_string()),
                ..ParaProps::default()
            },
            runs: Vec::new(),
        }
    }

    pub fn run(mut self, run: Run) -> Paragraph {
        self.runs.push(run);
        self
    }

    fn write(&self, out: &mut String) {
        out.push_str("<w:p>");
        self.props.write(out);
        for r in &self.runs {
            r.write(out);
        }
        out.push_str("</w:p>");
    }
}

/// A paragraph style (`w:style`, CT_Style).
#[derive(Debug, Clone, PartialEq)]
pub struct Style {
    pub id: String,
    pub name: String,
    pub based_on: Option<String>,
    pub next: Option<String>,
    pub default: bool,
    pub para: ParaProps,
    pub run: RunProps,
}

impl Style {
    fn write(&self, out: &mut String) {
        let default = if self.default {
            r#" w:default="1""#
        } else {
            ""
        };
        let _ = write!(
            out,
            r#"<w:style w:type="paragraph"{default} w:styleId="{}">"#,
            escape(&self.id)
        );
        // CT_Style sequence: name, aliases, basedOn, next, link, autoRedefine, hidden,
        // uiPriority, semiHidden, unhideWhenUsed, qFormat, locked, …, rsid, pPr, rPr.
        let _ = write!(out, r#"<w:name w:val="{}"/>"#, escape(&self.name));
        if let Some(b) = &self.based_on {
            let _ = write!(out, r#"<w:basedOn w:val="{}"/>"#, escape(b));
        }
        if let Some(n) = &self.next {
            let _ = write!(out, r#"<w:next w:val="{}"/>"#, escape(n));
        }
        out.push_str("<w:qFormat/>");
        self.para.write(out);
        self.run.write(out);
        out.push_str("</w:style>");
    }
}

/// A font table entry (`w:font`, CT_Font): the name the document uses, the name to look for
/// when it is missing, and what kind of face it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Font {
    pub name: &'static str,
    pub alt_name: Option<&'static str>,
    /// PANOSE-1 as 20 hex digits.
    pub panose: &'static str,
    /// `w:charset`: 86 GB2312, 00 ANSI.
    pub charset: &'static str,
    /// `w:family`: roman, swiss, modern, script, decorative, auto.
    pub family: &'static str,
    /// `w:pitch`: fixed or variable.
    pub pitch: &'static str,
}

impl Font {
    fn write(&self, out: &mut String) {
        let _ = write!(out, r#"<w:font w:name="{}">"#, escape(self.name));
        // CT_Font sequence: altName, panose1, charset, family, notTrueType, pitch, sig, embed*.
        if let Some(alt) = self.alt_name {
            let _ = write!(out, r#"<w:altName w:val="{}"/>"#, escape(alt));
        }
        let _ = write!(
            out,
            r#"<w:panose1 w:val="{}"/><w:charset w:val="{}"/><w:family w:val="{}"/><w:pitch w:val="{}"/></w:font>"#,
            self.panose, self.charset, self.family, self.pitch
        );
    }
}

/// What the body holds besides the notice's paragraphs.
#[derive(Debug, Clone, PartialEq)]
pub enum Body {
    Paragraph(Paragraph),
    Table(Table),
    /// Ends the section so far, laid out on this page (the next section is another).
    SectionBreak(Page),
}

/// A table with single borders (`w:tbl`), fixed column widths in twips.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Table {
    pub widths: Vec<i32>,
    pub rows: Vec<TableRow>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct TableRow {
    /// A header row, repeated at the top of each page the table runs onto.
    pub header: bool,
    pub cells: Vec<Cell>,
}

/// A cell: its paragraphs (at least one is written) and its place in a vertical merge.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Cell {
    pub paragraphs: Vec<Paragraph>,
    pub merge: Merge,
}

/// A cell's part in a vertical merge (`w:vMerge`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Merge {
    #[default]
    None,
    /// The first cell of a merge: its text is the merged cell's.
    Start,
    /// A cell covered by the one above.
    Continue,
}

impl Table {
    fn write(&self, out: &mut String) {
        let total: i32 = self.widths.iter().sum();
        // CT_TblPr sequence: tblStyle, tblpPr, tblOverlap, bidiVisual, tblStyleRowBandSize,
        // tblStyleColBandSize, tblW, jc, tblCellSpacing, tblInd, tblBorders, shd, tblLayout,
        // tblCellMar, tblLook. CT_TblBorders: top, left, bottom, right, insideH, insideV.
        let _ = write!(
            out,
            r#"<w:tbl><w:tblPr><w:tblW w:w="{total}" w:type="dxa"/><w:jc w:val="center"/><w:tblBorders>"#
        );
        for side in ["top", "left", "bottom", "right", "insideH", "insideV"] {
            let _ = write!(
                out,
                r#"<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>"#
            );
        }
        out.push_str(concat!(
            r#"</w:tblBorders><w:tblLayout w:type="fixed"/>"#,
            r#"<w:tblCellMar><w:left w:w="85" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar>"#,
            "</w:tblPr><w:tblGrid>"
        ));
        for w in &self.widths {
            let _ = write!(out, r#"<w:gridCol w:w="{w}"/>"#);
        }
        out.push_str("</w:tblGrid>");
        for row in &self.rows {
            // CT_TrPr is a choice of any order. Rows may split across pages: a problem cell
            // merged down many measures could not move as one block.
            out.push_str("<w:tr>");
            if row.header {
                out.push_str("<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>");
            }
            for (cell, w) in row.cells.iter().zip(&self.widths) {
                // CT_TcPr sequence: cnfStyle, tcW, gridSpan, hMerge, vMerge, tcBorders, shd,
                // noWrap, tcMar, textDirection, tcFitText, vAlign, hideMark.
                let _ = write!(out, r#"<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/>"#);
                match cell.merge {
                    Merge::None => {}
                    Merge::Start => out.push_str(r#"<w:vMerge w:val="restart"/>"#),
                    Merge::Continue => out.push_str("<w:vMerge/>"),
                }
                out.push_str(r#"<w:vAlign w:val="center"/></w:tcPr>"#);
                if cell.paragraphs.is_empty() {
                    out.push_str("<w:p/>");
                }
                for p in &cell.paragraphs {
                    p.write(out);
                }
                out.push_str("</w:tc>");
            }
            out.push_str("</w:tr>");
        }
        out.push_str("</w:tbl>");
    }
}

/// The page: size, margins and the document grid, in twips.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Page {
    pub width: u32,
    pub height: u32,
    pub top: i32,
    pub right: i32,
    pub bottom: i32,
    pub left: i32,
    pub header: i32,
    pub footer: i32,
    /// `w:docGrid w:type="linesAndChars"`: the line pitch in twips and the character pitch
    /// as a difference from the default font size in 1/4096 pt.
    pub line_pitch: i32,
    pub char_space: i32,
    /// `w:orient="landscape"` (width and height already swapped).
    pub landscape: bool,
}

/// The document properties in docProps/core.xml.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Core {
    pub title: Option<String>,
    pub creator: String,
    /// W3CDTF, e.g. 2020-12-01T00:00:00Z.
    pub created: String,
}

/// Everything a .docx of the notice holds.
#[derive(Debug, Clone)]
pub struct Document {
    pub defaults: RunProps,
    pub styles: Vec<Style>,
    pub fonts: Vec<Font>,
    pub body: Vec<Paragraph>,
    /// Written after `body`: paragraphs, tables and section breaks (the plan's table pages).
    pub more: Vec<Body>,
    /// The footer of odd pages and the footer of even pages.
    pub footers: Option<(Paragraph, Paragraph)>,
    pub page: Page,
    pub core: Core,
}

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const DECL: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

impl Document {
    /// The parts of the package, in the order they are stored: name and bytes.
    pub fn parts(&self) -> Vec<(&'static str, String)> {
        let mut parts = vec![
            ("[Content_Types].xml", self.content_types()),
            ("_rels/.rels", root_rels()),
            ("docProps/core.xml", self.core_xml()),
            ("docProps/app.xml", app_xml()),
            ("word/document.xml", self.document_xml()),
            ("word/_rels/document.xml.rels", self.document_rels()),
            ("word/styles.xml", self.styles_xml()),
            ("word/settings.xml", self.settings_xml()),
            ("word/fontTable.xml", self.font_table_xml()),
            ("word/theme/theme1.xml", theme_xml()),
        ];
        if let Some((odd, even)) = &self.footers {
            parts.push(("word/footer1.xml", footer_xml(odd)));
            parts.push(("word/footer2.xml", footer_xml(even)));
        }
        parts
    }

    /// The .docx: a deflate-compressed zip of [`Document::parts`], with a fixed timestamp so
    /// the same notice gives the same bytes.
    pub fn pack(&self) -> std::io::Result<Vec<u8>> {
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated)
            .last_modified_time(zip::DateTime::default());
        for (name, text) in self.parts() {
            zip.start_file(name, options)
                .map_err(std::io::Error::other)?;
            zip.write_all(text.as_bytes())?;
        }
        Ok(zip.finish().map_err(std::io::Error::other)?.into_inner())
    }

    fn content_types(&self) -> String {
        let mut out = String::from(DECL);
        out.push_str(concat!(
            r#"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#,
            r#"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#,
            r#"<Default Extension="xml" ContentType="application/xml"/>"#,
            r#"<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>"#,
            r#"<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>"#,
            r#"<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>"#,
            r#"<Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>"#,
            r#"<Override PartName="/word/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>"#,
            r#"<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>"#,
            r#"<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>"#,
        ));
        if self.footers.is_some() {
            for n in [1, 2] {
                let _ = write!(
                    out,
                    r#"<Override PartName="/word/footer{n}.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>"#
                );
            }
        }
        out.push_str("</Types>");
        out
    }

    fn document_rels(&self) -> String {
        let mut out = String::from(DECL);
        out.push_str(concat!(
            r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#,
            r#"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>"#,
            r#"<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>"#,
            r#"<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/>"#,
            r#"<Relationship Id="rId6" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" Target="theme/theme1.xml"/>"#,
        ));
        if self.footers.is_some() {
            out.push_str(concat!(
                r#"<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>"#,
                r#"<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer2.xml"/>"#,
            ));
        }
        out.push_str("</Relationships>");
        out
    }

    fn document_xml(&self) -> String {
        let mut out = String::with_capacity(4096 + self.body.len() * 512);
        out.push_str(DECL);
        let _ = write!(out, r#"<w:document xmlns:w="{W}" xmlns:r="{R}"><w:body>"#);
        for p in &self.body {
            p.write(&mut out);
        }
        for item in &self.more {
            match item {
                Body::Paragraph(p) => p.write(&mut out),
                Body::Table(t) => t.write(&mut out),
                // The section ends with this paragraph: its properties hold the section's.
                Body::SectionBreak(page) => {
                    out.push_str("<w:p><w:pPr>");
                    self.write_section(&mut out, *page);
                    out.push_str("</w:pPr></w:p>");
                }
            }
        }
        self.write_section(&mut out, self.page);
        out.push_str("</w:body></w:document>");
        out
    }

    fn write_section(&self, out: &mut String, p: Page) {
        // CT_SectPr sequence: headerReference/footerReference, footnotePr, endnotePr, type,
        // pgSz, pgMar, paperSrc, pgBorders, lnNumType, pgNumType, cols, formProt, vAlign,
        // noEndnote, titlePg, textDirection, bidi, rtlGutter, docGrid.
        out.push_str("<w:sectPr>");
        if self.footers.is_some() {
            out.push_str(r#"<w:footerReference w:type="default" r:id="rId4"/><w:footerReference w:type="even" r:id="rId5"/>"#);
        }
        let orient = if p.landscape {
            r#" w:orient="landscape""#
        } else {
            ""
        };
        let _ = write!(
            out,
            concat!(
                r#"<w:pgSz w:w="{}" w:h="{}"{}/>"#,
                r#"<w:pgMar w:top="{}" w:right="{}" w:bottom="{}" w:left="{}" w:header="{}" w:footer="{}" w:gutter="0"/>"#,
                r#"<w:cols w:space="425"/>"#,
                r#"<w:docGrid w:type="linesAndChars" w:linePitch="{}" w:charSpace="{}"/>"#,
            ),
            p.width,
            p.height,
            orient,
            p.top,
            p.right,
            p.bottom,
            p.left,
            p.header,
            p.footer,
            p.line_pitch,
            p.char_space
        );
        out.push_str("</w:sectPr>");
    }

    fn styles_xml(&self) -> String {
        let mut out = String::from(DECL);
        let _ = write!(out, r#"<w:styles xmlns:w="{W}">"#);
        // CT_Styles sequence: docDefaults, latentStyles, style*.
        out.push_str("<w:docDefaults><w:rPrDefault>");
        self.defaults.write(&mut out);
        out.push_str("</w:rPrDefault><w:pPrDefault/></w:docDefaults>");
        for s in &self.styles {
            s.write(&mut out);
        }
        out.push_str(concat!(
            r#"<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">"#,
            r#"<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>"#,
        ));
        out.push_str("</w:styles>");
        out
    }

    fn settings_xml(&self) -> String {
        let mut out = String::from(DECL);
        let _ = write!(out, r#"<w:settings xmlns:w="{W}">"#);
        // CT_Settings sequence (the part used): zoom, …, defaultTabStop, …,
        // evenAndOddHeaders, …, characterSpacingControl, …, compat, …, themeFontLang, …,
        // decimalSymbol, listSeparator.
        out.push_str(concat!(
            r#"<w:zoom w:percent="100"/>"#,
            r#"<w:defaultTabStop w:val="420"/>"#,
        ));
        if self.footers.is_some() {
            out.push_str("<w:evenAndOddHeaders/>");
        }
        out.push_str(concat!(
            r#"<w:characterSpacingControl w:val="compressPunctuation"/>"#,
            r#"<w:compat><w:spaceForUL/><w:balanceSingleByteDoubleByteWidth/><w:doNotLeaveBackslashAlone/><w:ulTrailSpace/><w:doNotExpandShiftReturn/><w:adjustLineHeightInTable/><w:useFELayout/>"#,
            r#"<w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>"#,
            r#"<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/>"#,
            r#"<w:decimalSymbol w:val="."/><w:listSeparator w:val=","/>"#,
            "</w:settings>",
        ));
        out
    }

    fn font_table_xml(&self) -> String {
        let mut out = String::from(DECL);
        let _ = write!(out, r#"<w:fonts xmlns:w="{W}">"#);
        for f in &self.fonts {
            f.write(&mut out);
        }
        out.push_str("</w:fonts>");
        out
    }

    fn core_xml(&self) -> String {
        let mut out = String::from(DECL);
        out.push_str(concat!(
            r#"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" "#,
            r#"xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" "#,
            r#"xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">"#,
        ));
        if let Some(title) = &self.core.title {
            let _ = write!(out, "<dc:title>{}</dc:title>", escape(title));
        }
        let c = &self.core;
        let _ = write!(
            out,
            concat!(
                "<dc:creator>{}</dc:creator><cp:lastModifiedBy>rectify</cp:lastModifiedBy>",
                r#"<dcterms:created xsi:type="dcterms:W3CDTF">{}</dcterms:created>"#,
                r#"<dcterms:modified xsi:type="dcterms:W3CDTF">{}</dcterms:modified>"#,
                "</cp:coreProperties>"
            ),
            escape(&c.creator),
            c.created,
            c.created
        );
        out
    }
}

fn root_rels() -> String {
    let mut out = String::from(DECL);
    out.push_str(concat!(
        r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#,
        r#"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>"#,
        r#"<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>"#,
        r#"<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>"#,
        "</Relationships>",
    ));
    out
}

fn app_xml() -> String {
    let mut out = String::from(DECL);
    out.push_str(concat!(
        r#"<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" "#,
        r#"xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">"#,
        "<Application>rectify</Application></Properties>",
    ));
    out
}

/// A plain theme (Word expects one): Office colours, and theme fonts that name 宋体 and 黑体
/// for simplified Chinese, so text set in theme fonts (none of the notice's) falls back
/// sensibly.
fn theme_xml() -> String {
    let mut out = String::from(DECL);
    let colour = |name: &str, rgb: &str| format!("<a:{name}><a:srgbClr val=\"{rgb}\"/></a:{name}>");
    let fill = r#"<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>"#;
    let line = r#"<a:ln w="6350"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>"#;
    let _ = write!(
        out,
        concat!(
            r#"<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="rectify">"#,
            "<a:themeElements>",
            r#"<a:clrScheme name="Office">"#,
            r#"<a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1>"#,
            r#"<a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>"#,
            "{}{}{}{}{}{}{}{}{}{}",
            "</a:clrScheme>",
            r#"<a:fontScheme name="Office">"#,
            r#"<a:majorFont><a:latin typeface="Times New Roman"/><a:ea typeface=""/><a:cs typeface=""/><a:font script="Hans" typeface="黑体"/></a:majorFont>"#,
            r#"<a:minorFont><a:latin typeface="Times New Roman"/><a:ea typeface=""/><a:cs typeface=""/><a:font script="Hans" typeface="宋体"/></a:minorFont>"#,
            "</a:fontScheme>",
            r#"<a:fmtScheme name="Office">"#,
            "<a:fillStyleLst>{f}{f}{f}</a:fillStyleLst>",
            "<a:lnStyleLst>{l}{l}{l}</a:lnStyleLst>",
            "<a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst>",
            "<a:bgFillStyleLst>{f}{f}{f}</a:bgFillStyleLst>",
            "</a:fmtScheme>",
            "</a:themeElements>",
            "</a:theme>",
        ),
        colour("dk2", "44546A"),
        colour("lt2", "E7E6E6"),
        colour("accent1", "4472C4"),
        colour("accent2", "ED7D31"),
        colour("accent3", "A5A5A5"),
        colour("accent4", "FFC000"),
        colour("accent5", "5B9BD5"),
        colour("accent6", "70AD47"),
        colour("hlink", "0563C1"),
        colour("folHlink", "954F72"),
        f = fill,
        l = line,
    );
    out
}

fn footer_xml(p: &Paragraph) -> String {
    let mut out = String::from(DECL);
    let _ = write!(out, r#"<w:ftr xmlns:w="{W}" xmlns:r="{R}">"#);
    p.write(&mut out);
    out.push_str("</w:ftr>");
    out
}

/// Text as XML character data or attribute value. Characters XML 1.0 forbids never reach
/// here: the loader refuses them in the data.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn run_properties_come_in_schema_order() {
        let mut out = String::new();
        RunProps {
            font: Some("仿宋".into()),
            bold: true,
            spacing: Some(-5),
            size: Some(32),
            lang: Some(("en-US", "zh-CN")),
        }
        .write(&mut out);
        let order = [
            "rFonts", "<w:b/>", "bCs", "spacing", "<w:sz ", "szCs", "lang",
        ];
        let at: Vec<usize> = order.iter().map(|t| out.find(t).unwrap()).collect();
        assert!(at.windows(2).all(|w| w[0] < w[1]), "{out}");
    }

    #[test]
    fn empty_properties_write_nothing() {
        let mut out = String::new();
        Paragraph::default().run(Run::text("a<b")).write(&mut out);
        assert_eq!(
            out,
            r#"<w:p><w:r><w:t xml:space="preserve">a&lt;b</w:t></w:r></w:p>"#
        );
    }
}
