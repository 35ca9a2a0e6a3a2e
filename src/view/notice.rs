//! The notice's structure computed once from the model: numbering (一、 （一） 1. （1）),
//! ordinals (一是), the statistics and every text in print order, with `[notice]` settings
//! applied. md, txt, html and docx are thin renderers of [`Notice::blocks`]; json and user
//! templates also read the numbering ([`Notice::findings`]…) and [`Notice::statistics`].
//!
//! Pure: no I/O, no markup. A blank line in a data text starts a new paragraph (a new
//! [`Block::Paragraph`] of the same role); a single line break joins the lines, with a space
//! only between Latin words (Chinese text runs on). Every data text may use the counts, the
//! facts and the figures as `{placeholders}` (docs/notice-settings.md). Escaping for a format
//! is the renderer's job.
//!
//! The reference notice as blocks (a renderer matches on [`Block`] and lays each out):
//! ```text
//! Paragraph { role: Intro, spans: [根据区委巡察工作统一部署,…] }
//! Heading   { level: 1, of: Section,  number: "一、",   text: "加强组织领导,…" }
//! Paragraph { role: Point, spans: ["一是", **"强化组织领导,合力推动整改。"**, "区民政局…"] }
//! Heading   { level: 2, of: Category, number: "（一）", text: "贯彻落实…方面" }
//! Heading   { level: 3, of: Finding,  number: "1.",     text: "针对“…”的问题。" }
//! Paragraph { role: Measures, spans: ["一是…二是…三是…"] }
//! Paragraph { role: Closing, … }  Contact { lines }  Signature { lines: [issuer, date] }
//! ```
//! Other shapes add: an untitled section's paragraphs with no heading; a section's parts in
//! the order written ([`crate::model::Part`]); `Opening` / `Conclusion` paragraphs around a
//! finding's measures when they stand apart; `Heading { of: Sub }` one level below a finding
//! for each sub-problem, followed by its own measures.
//! Build it with [`Notice::build`]; `crate::export::Options::notice` turns export options
//! into [`NoticeOptions`]. [`crate::view::document`] joins it with the model into the one
//! document the json export and the templates read.

use chrono::Datelike;

use crate::date::{chinese_date, chinese_date_in_year, chinese_range, Date};
use crate::model::{Finding, Language, Measure, Part, Point, Report, Status};
use crate::punctuation;
use crate::settings::{
    self, ContactAt, ContactLayout, FindingNumbering, MeasureGroup, MeasureLayout, NoticeSettings,
    PointLayout, Punctuation, StatisticsAt, YearRule,
};
use crate::view::summary::{self, Stats};

/// What the notice is built for besides the report.
#[derive(Debug, Clone, Copy)]
pub struct NoticeOptions {
    /// The day overdue marks and statistics count from: today, or the `--as-of` day when it
    /// is earlier (the report is then already as of that day: see [`crate::view::as_of`]).
    pub today: Date,
    /// The date asked for with `--as-of`, printed where the notice says "as of".
    pub as_of: Option<Date>,
    /// Append each measure's status, e.g. （已完成）.
    pub with_status: bool,
}

/// The notice, ready to lay out.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Notice {
    pub language: Language,
    /// The title as printed (verbatim or assembled), if any.
    pub title: Option<String>,
    /// The intro as printed (the statistics sentence included when placed there).
    pub intro: String,
    /// Whether the intro was written from `[inspection]` (rectify.toml has no `intro`).
    pub intro_generated: bool,
    /// Everything printed, in order.
    pub blocks: Vec<Block>,
    /// The narrative sections with their numbers.
    pub sections: Vec<SectionNumber>,
    /// The categories printed (those with findings), with their numbers.
    pub categories: Vec<CategoryNumber>,
    /// Every finding in print order, with its number and its measures' ordinals.
    pub findings: Vec<FindingNumber>,
    pub statistics: Statistics,
    /// The date progress is reported as of (`--as-of`), if not today.
    pub as_of: Option<Date>,
}

/// One printed unit of the notice.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Block {
    /// The notice's title.
    Title { text: String },
    /// A numbered heading. `level` is its depth in the GB/T 9704 hierarchy: 1 一、 (a section;
    /// a category when there are no sections), 2 （一）, 3 1., 4 （1）.
    Heading {
        level: u8,
        /// What it heads: a section, a category or a finding.
        of: HeadingOf,
        /// The number as printed, e.g. 一、 （一） 1.
        number: String,
        text: String,
    },
    /// A paragraph of body text: spans in order, lead sentences bold.
    Paragraph { role: Role, spans: Vec<Span> },
    /// Contact details, one printed line each (one line in all when inline).
    Contact { lines: Vec<String> },
    /// The issuer and the date (落款), each on its own line (set to the right in print):
    /// `lines` as printed, and each part on its own for layouts that place them apart.
    Signature {
        lines: Vec<String>,
        issuer: Option<String>,
        date: Option<String>,
    },
}

/// What a heading heads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum HeadingOf {
    Section,
    Category,
    Finding,
    /// A sub-problem of a finding (（1）关于“…”的问题。).
    Sub,
}

/// What a paragraph is, for renderers that style them apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Intro,
    /// A narrative point (or all of a section's points, inline).
    Point,
    /// A plain paragraph of a section.
    Text,
    /// The statistics sentence on its own.
    Statistics,
    /// The detail line under a finding's heading.
    Detail,
    /// The label before the measures on its own line (整改情况：).
    Label,
    /// The sentence opening a finding's measures (after the label, when there is one).
    Opening,
    /// The sentence closing a finding's measures.
    Conclusion,
    /// A finding's measures (all of them, or one).
    Measures,
    /// The closing text.
    Closing,
}

/// A run of text, bold or not.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Span {
    pub text: String,
    pub bold: bool,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct SectionNumber {
    /// 1-based position among all sections.
    pub index: usize,
    /// The number as printed; empty for a section without one (`numbered = false`, untitled).
    pub number: String,
    pub title: String,
    /// Whether the findings are printed in it.
    pub findings: bool,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct CategoryNumber {
    pub id: String,
    pub index: usize,
    pub number: String,
    pub title: String,
    pub stats: Stats,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct FindingNumber {
    /// The finding's id (its address).
    pub id: u32,
    /// Its number in the notice (continuous, or within its category).
    pub index: usize,
    pub number: String,
    /// The heading text, without the number.
    pub heading: String,
    pub category: Option<String>,
    /// Overall status (as of the notice's date).
    pub status: Status,
    /// Every measure, the finding's own and then each sub-problem's (as in the model).
    pub measures: Vec<MeasureNumber>,
    pub subs: Vec<SubNumber>,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct SubNumber {
    /// Its letter (its address is `4.a`).
    pub id: String,
    pub number: String,
    pub heading: String,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct MeasureNumber {
    /// `4.2`, `4.a.2`.
    pub address: String,
    pub index: usize,
    /// What opens it in print: 一是, （1）, or nothing (a single measure in plain prose).
    pub ordinal: String,
    /// Status as of the notice's date.
    pub status: Status,
    pub status_label: String,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct Statistics {
    /// Categories of the report.
    pub categories: usize,
    pub overall: Stats,
    /// Per category in order; findings without a category (if any) last, with no id.
    pub by_category: Vec<CategoryStats>,
    /// The statistics sentence, filled (whether or not it is printed).
    pub sentence: String,
    /// Whether the sentence is printed somewhere in the notice.
    pub printed: bool,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct CategoryStats {
    pub id: Option<String>,
    pub title: String,
    pub stats: Stats,
}

impl Notice {
    /// Every printed text with full-width punctuation in Chinese context and quotes nested
    /// (GB/T 15834), whatever the data holds ([`crate::punctuation`]).
    fn typeset(&mut self) {
        let fix = |t: &mut String| {
            if let std::borrow::Cow::Owned(s) = punctuation::typeset(t) {
                *t = s;
            }
        };
        if let Some(t) = &mut self.title {
            fix(t);
        }
        fix(&mut self.intro);
        fix(&mut self.statistics.sentence);
        for block in &mut self.blocks {
            match block {
                Block::Title { text } | Block::Heading { text, .. } => fix(text),
                Block::Paragraph { spans, .. } => typeset_spans(spans),
                Block::Contact { lines } => lines.iter_mut().for_each(fix),
                Block::Signature {
                    lines,
                    issuer,
                    date,
                } => {
                    lines.iter_mut().for_each(fix);
                    issuer.iter_mut().for_each(fix);
                    date.iter_mut().for_each(fix);
                }
            }
        }
        for s in &mut self.sections {
            fix(&mut s.title);
        }
        for c in &mut self.categories {
            fix(&mut c.title);
        }
        for f in &mut self.findings {
            fix(&mut f.heading);
            for sub in &mut f.subs {
                fix(&mut sub.heading);
            }
        }
        for c in &mut self.statistics.by_category {
            fix(&mut c.title);
        }
    }

    /// Builds the notice of `report` (validated, and already as of the day asked for: see
    /// [`crate::view::as_of`]) with its `[notice]` settings.
    pub fn build(report: &Report, options: &NoticeOptions) -> Notice {
        Builder::new(report, options).build()
    }
}

/// Between two paragraphs of one text, until [`Builder::paragraph`] splits there.
const BREAK: char = '\u{2029}';

/// Text as printed on one line (a heading, a title): trimmed, lines joined (a space only
/// between Latin words), control characters dropped.
pub fn one_line(text: &str) -> String {
    join(text, false)
}

/// Text as printed in paragraphs: a blank line starts a new one ([`BREAK`]); lines within one
/// are joined as by [`one_line`].
pub fn paragraphs(text: &str) -> String {
    join(text, true)
}

fn is_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{2028}' | '\u{2029}' | '\u{85}' | '\u{0b}' | '\u{0c}'
    )
}

/// Characters set without spaces between them: CJK ideographs, kana, full-width forms and
/// punctuation, and the quotes and dashes Chinese text uses.
fn is_wide(c: char) -> bool {
    c >= '\u{2e80}' || matches!(c, '“' | '”' | '‘' | '’' | '—' | '…' | '·')
}

fn join(text: &str, keep_paragraphs: bool) -> String {
    let text = text.replace("\r\n", "\n");
    let mut out = String::with_capacity(text.len());
    let mut blank = false;
    for line in text.split(is_break) {
        let line: String = line
            .trim()
            .chars()
            .filter(|c| !c.is_control() || *c == '\t')
            .collect();
        if line.is_empty() {
            blank = true;
            continue;
        }
        match out.chars().last() {
            None => {}
            Some(_) if blank && keep_paragraphs => out.push(BREAK),
            Some(last) => {
                let next = line.chars().next().unwrap_or(' ');
                if !is_wide(last) && !is_wide(next) {
                    out.push(' ');
                }
            }
        }
        out.push_str(&line);
        blank = false;
    }
    out
}

/// Line breaks (with the spaces around them) made one space, other control characters
/// dropped; leading and trailing spaces kept (a format's `({n}) ` keeps its space).
fn flatten(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_break = false;
    for c in text.chars() {
        if is_break(c) {
            pending_break = true;
            continue;
        }
        if pending_break {
            if c.is_whitespace() {
                continue;
            }
            while out.ends_with([' ', '\t']) {
                out.pop();
            }
            out.push(' ');
            pending_break = false;
        }
        if c.is_control() && c != '\t' {
            continue;
        }
        out.push(c);
    }
    out
}

/// Fills data texts and formats as the notice does (the counts, facts and figures they
/// name), for the other documents of the record (the plan, [`crate::view::plan`]).
pub struct Filler<'r>(Builder<'r>);

impl<'r> Filler<'r> {
    pub fn new(report: &'r Report, options: &NoticeOptions) -> Self {
        Filler(Builder::new(report, options))
    }

    /// A data text as printed, one string per paragraph.
    pub fn paragraphs(&self, text: &str) -> Vec<String> {
        self.0
            .text(text)
            .split(BREAK)
            .filter(|p| !p.is_empty())
            .map(str::to_string)
            .collect()
    }

    /// A data text on one line (a title, a table cell).
    pub fn line(&self, text: &str) -> String {
        one_line(&self.0.fill_data(text))
    }

    /// A format (`{{` a literal brace), as paragraphs.
    pub fn format(&self, format: &str) -> Vec<String> {
        paragraphs(&self.0.fill(format))
            .split(BREAK)
            .filter(|p| !p.is_empty())
            .map(str::to_string)
            .collect()
    }

    pub fn statistics(&self) -> &Statistics {
        &self.0.statistics
    }
}

struct Builder<'r> {
    report: &'r Report,
    s: &'r NoticeSettings,
    options: NoticeOptions,
    blocks: Vec<Block>,
    sections: Vec<SectionNumber>,
    categories: Vec<CategoryNumber>,
    findings: Vec<FindingNumber>,
    statistics: Statistics,
}

impl<'r> Builder<'r> {
    fn new(report: &'r Report, options: &NoticeOptions) -> Self {
        let today = options.today;
        let overall = Stats::of(&report.findings, today);
        let by_category = summary::by_category(report, today)
            .into_iter()
            .map(|(c, stats)| CategoryStats {
                id: c.map(|c| c.id.clone()),
                title: c.map(|c| one_line(&c.title)).unwrap_or_default(),
                stats,
            })
            .collect();
        let s = &report.notice;
        let printed = s.statistics_at != StatisticsAt::None
            || report.sections.iter().any(|sec| sec.statistics);
        let mut builder = Builder {
            report,
            s,
            options: *options,
            blocks: Vec::new(),
            sections: Vec::new(),
            categories: Vec::new(),
            findings: Vec::new(),
            statistics: Statistics {
                categories: report.categories.len(),
                overall,
                by_category,
                sentence: String::new(),
                printed,
            },
        };
        builder.statistics.sentence = builder.statistics_sentence();
        builder
    }

    fn build(mut self) -> Notice {
        let report = self.report;
        let title = match &report.title {
            Some(t) => Some(one_line(&self.fill_data(t))),
            None => self
                .s
                .title_format
                .as_ref()
                .map(|f| one_line(&self.fill(f))),
        };
        if let Some(text) = &title {
            self.blocks.push(Block::Title { text: text.clone() });
        }
        let (mut intro, intro_generated) = match &report.intro {
            Some(text) => (self.text(text), false),
            None => (paragraphs(&self.fill(&self.s.intro_format)), true),
        };
        if self.s.statistics_at == StatisticsAt::Intro {
            if report.language == Language::En {
                intro.push(' ');
            }
            intro.push_str(&self.statistics.sentence);
        }
        self.paragraph(Role::Intro, vec![raw(&intro)]);
        let intro = intro.replace(BREAK, "\n\n");

        if report.sections.is_empty() {
            if self.s.statistics_at == StatisticsAt::Findings {
                self.statistics_paragraph();
            }
            self.findings(1);
        }
        let mut numbered = 0;
        for (i, section) in report.sections.iter().enumerate() {
            let number = if section.numbered {
                numbered += 1;
                self.number(1, numbered)
            } else {
                String::new()
            };
            let title = section
                .title
                .as_deref()
                .map(|t| one_line(&self.fill_data(t)))
                .unwrap_or_default();
            self.sections.push(SectionNumber {
                index: i + 1,
                number: number.clone(),
                title: title.clone(),
                findings: section.findings,
            });
            if section.title.is_some() {
                self.blocks.push(Block::Heading {
                    level: 1,
                    of: HeadingOf::Section,
                    number,
                    text: title,
                });
            }
            let layout = section.layout.unwrap_or(self.s.points);
            let mut run: Vec<(usize, &Point)> = Vec::new();
            let mut point_number = 0;
            for part in &section.parts {
                if let Part::Point(i) = part {
                    point_number += 1;
                    run.push((point_number, &section.points[*i]));
                    continue;
                }
                self.points(layout, &std::mem::take(&mut run));
                match part {
                    Part::Paragraph(i) => {
                        let text = self.text(&section.paragraphs[*i]);
                        self.paragraph(Role::Text, vec![raw(&text)]);
                    }
                    Part::Statistics => self.statistics_paragraph(),
                    Part::Findings => {
                        if self.s.statistics_at == StatisticsAt::Findings && !section.statistics {
                            self.statistics_paragraph();
                        }
                        self.findings(if section.title.is_some() { 2 } else { 1 });
                    }
                    Part::Point(_) => {}
                }
            }
            self.points(layout, &run);
        }

        let contact = self.contact_lines();
        if self.s.contact_at == ContactAt::BeforeClosing && !contact.is_empty() {
            self.blocks.push(Block::Contact {
                lines: contact.clone(),
            });
        }
        if let Some(text) = &report.closing.text {
            let text = self.text(text);
            self.paragraph(Role::Closing, vec![raw(&text)]);
        }
        if self.s.contact_at == ContactAt::AfterClosing && !contact.is_empty() {
            self.blocks.push(Block::Contact { lines: contact });
        }
        let issuer = report.closing.issuer.as_deref().map(one_line);
        let date = report.closing.date.map(|d| self.date(d));
        if issuer.is_some() || date.is_some() {
            self.blocks.push(Block::Signature {
                lines: issuer.iter().chain(date.iter()).cloned().collect(),
                issuer,
                date,
            });
        }

        let mut notice = Notice {
            language: report.language,
            title,
            intro,
            intro_generated,
            blocks: self.blocks,
            sections: self.sections,
            categories: self.categories,
            findings: self.findings,
            statistics: self.statistics,
            as_of: self.options.as_of,
        };
        if report.language == Language::Zh && self.s.punctuation == Punctuation::Typeset {
            notice.typeset();
        }
        notice
    }

    /// The number at `depth` (1-based) for position `n`.
    fn number(&self, depth: usize, n: usize) -> String {
        number_with(self.s.number_format(depth), n)
    }

    fn ordinal(&self, n: usize) -> String {
        number_with(&self.s.ordinal, n)
    }

    fn date(&self, date: Date) -> String {
        date_in(self.report.language, date)
    }

    /// A data text as printed: the counts, facts and figures it names filled, its
    /// paragraphs marked.
    fn text(&self, text: &str) -> String {
        paragraphs(&self.fill_data(text))
    }

    /// Fills the counts, facts and figures a data text names; every other brace stays as
    /// written.
    fn fill_data(&self, text: &str) -> String {
        if !text.contains('{') {
            return text.to_string();
        }
        settings::fill_known(text, |name| self.lookup(name))
    }

    /// Fills a format of `[notice]` (`{{` is a literal brace there).
    fn fill(&self, format: &str) -> String {
        settings::fill(format, |name| self.lookup(name))
    }

    fn lookup(&self, name: &str) -> Option<String> {
        if let Some(value) = self.count(name) {
            return Some(value);
        }
        if let Some(value) = facts(self.report, name) {
            return Some(value);
        }
        self.s
            .figures
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
    }

    /// A built-in count: whole (`findings`) or of one category (`findings.policy`).
    fn count(&self, name: &str) -> Option<String> {
        let as_of = self.options.as_of.unwrap_or(self.options.today);
        match name {
            "categories" => return Some(self.statistics.categories.to_string()),
            "as_of" => return Some(self.date(as_of)),
            "subproblems" => {
                let n: usize = self.report.findings.iter().map(|f| f.subs.len()).sum();
                return Some(n.to_string());
            }
            _ => {}
        }
        if let Some((count, id)) = name.split_once('.') {
            let stats = &self
                .statistics
                .by_category
                .iter()
                .find(|c| c.id.as_deref() == Some(id))?
                .stats;
            if !settings::PER_CATEGORY_PLACEHOLDERS.contains(&count) {
                return None;
            }
            return stat(stats, count);
        }
        stat(&self.statistics.overall, name)
    }

    fn statistics_sentence(&self) -> String {
        let zh = self.report.language == Language::Zh;
        let default = match (zh, self.report.categories.is_empty()) {
            (true, false) => settings::STATISTICS_ZH,
            (true, true) => settings::STATISTICS_ZH_NO_CATEGORIES,
            (false, _) => settings::STATISTICS_EN,
        };
        let format = self.s.statistics.as_deref().unwrap_or(default);
        one_line(&self.fill(format))
    }

    fn statistics_paragraph(&mut self) {
        let sentence = self.statistics.sentence.clone();
        self.paragraph(Role::Statistics, vec![plain(&sentence)]);
    }

    /// Pushes the spans as a paragraph, or as several where a text marks a paragraph break
    /// (each of the same role).
    fn paragraph(&mut self, role: Role, spans: Vec<Span>) {
        let mut current: Vec<Span> = Vec::new();
        for span in spans {
            let mut pieces = span.text.split(BREAK);
            if let Some(first) = pieces.next() {
                current.push(Span {
                    text: first.to_string(),
                    bold: span.bold,
                });
            }
            for piece in pieces {
                self.push_paragraph(role, std::mem::take(&mut current));
                current.push(Span {
                    text: piece.to_string(),
                    bold: span.bold,
                });
            }
        }
        self.push_paragraph(role, current);
    }

    fn push_paragraph(&mut self, role: Role, spans: Vec<Span>) {
        let spans = merge(spans);
        if !spans.is_empty() {
            self.blocks.push(Block::Paragraph { role, spans });
        }
    }

    /// A run of consecutive points, each with its number in the section.
    fn points(&mut self, layout: PointLayout, points: &[(usize, &Point)]) {
        if points.is_empty() {
            return;
        }
        let point_spans = |this: &Self, number: String, p: &Point| {
            let mut spans = vec![piece(&number)];
            if let Some(lead) = &p.lead {
                spans.push(bold(&this.fill_data(lead)));
            }
            spans.push(raw(&this.text(&p.text)));
            spans
        };
        match layout {
            PointLayout::Paragraphs => {
                for (n, p) in points {
                    let spans = point_spans(self, self.ordinal(*n), p);
                    self.paragraph(Role::Point, spans);
                }
            }
            PointLayout::Inline => {
                let space = self.report.language == Language::En;
                let spans = points
                    .iter()
                    .enumerate()
                    .flat_map(|(i, (n, p))| {
                        let mut spans = point_spans(self, self.ordinal(*n), p);
                        if space && i > 0 {
                            spans.insert(0, piece(" "));
                        }
                        spans
                    })
                    .collect();
                self.paragraph(Role::Point, spans);
            }
            PointLayout::Items => {
                for (n, p) in points {
                    let spans = point_spans(self, self.number(2, *n), p);
                    self.paragraph(Role::Point, spans);
                }
            }
        }
    }

    /// Categories (if any) and findings, the first heading at `depth`.
    fn findings(&mut self, depth: usize) {
        let report = self.report;
        let mut counter = 0;
        if report.categories.is_empty() {
            for finding in &report.findings {
                counter += 1;
                self.finding(finding, counter, depth);
            }
            return;
        }
        let mut index = 0;
        for category in &report.categories {
            let findings: Vec<&Finding> = report
                .findings
                .iter()
                .filter(|f| f.category.as_deref() == Some(category.id.as_str()))
                .collect();
            if findings.is_empty() {
                continue;
            }
            index += 1;
            let number = self.number(depth, index);
            let stats = Stats::of(findings.iter().copied(), self.options.today);
            let title = one_line(&category.title);
            self.categories.push(CategoryNumber {
                id: category.id.clone(),
                index,
                number: number.clone(),
                title: title.clone(),
                stats,
            });
            let text = one_line(&settings::fill(&self.s.category_heading, |name| {
                (name == "title").then(|| title.clone())
            }));
            self.blocks.push(Block::Heading {
                level: depth as u8,
                of: HeadingOf::Category,
                number,
                text,
            });
            if self.s.finding_numbering == FindingNumbering::PerCategory {
                counter = 0;
            }
            for finding in findings {
                counter += 1;
                self.finding(finding, counter, depth + 1);
            }
        }
    }

    fn finding(&mut self, finding: &Finding, index: usize, depth: usize) {
        let s = self.s;
        let number = self.number(depth, index);
        let title = one_line(&self.fill_data(&finding.title));
        let heading = one_line(&settings::fill(&s.finding_heading, |name| {
            (name == "title").then(|| title.clone())
        }));
        self.blocks.push(Block::Heading {
            level: depth as u8,
            of: HeadingOf::Finding,
            number: number.clone(),
            text: heading.clone(),
        });
        self.detail(finding.description.as_deref());
        let own: Vec<&Measure> = finding.group(None).collect();
        let mut numbers = self.measure_group(
            finding,
            depth,
            finding.opening.as_deref(),
            &own,
            finding.closing.as_deref(),
        );
        let mut subs = Vec::new();
        for (k, sub) in finding.subs.iter().enumerate() {
            let number = self.number(depth + 1, k + 1);
            let title = one_line(&self.fill_data(&sub.title));
            let heading = one_line(&settings::fill(&s.sub_heading, |name| {
                (name == "title").then(|| title.clone())
            }));
            self.blocks.push(Block::Heading {
                level: (depth + 1) as u8,
                of: HeadingOf::Sub,
                number: number.clone(),
                text: heading.clone(),
            });
            self.detail(sub.description.as_deref());
            let measures: Vec<&Measure> = finding.group(Some(sub.id)).collect();
            numbers.extend(self.measure_group(
                finding,
                depth + 1,
                sub.opening.as_deref(),
                &measures,
                sub.closing.as_deref(),
            ));
            subs.push(SubNumber {
                id: sub.id.to_string(),
                number,
                heading,
            });
        }
        self.findings.push(FindingNumber {
            id: finding.id,
            index,
            number,
            heading,
            category: finding.category.clone(),
            status: finding.status(),
            measures: numbers,
            subs,
        });
    }

    /// The detail paragraph(s) under a heading, when `finding_detail` asks for them.
    fn detail(&mut self, description: Option<&str>) {
        if let (Some(description), Some(format)) = (description, &self.s.finding_detail) {
            let description = self.text(description);
            let detail = settings::fill(format, |name| {
                (name == "description").then(|| description.clone())
            });
            self.paragraph(Role::Detail, vec![raw(&detail)]);
        }
    }

    /// One group of measures (a finding's own, or a sub-problem's) with its label, opening
    /// and closing sentences, laid out as `measures` and `measure_group` say.
    fn measure_group(
        &mut self,
        finding: &Finding,
        depth: usize,
        opening: Option<&str>,
        measures: &[&Measure],
        closing: Option<&str>,
    ) -> Vec<MeasureNumber> {
        let s = self.s;
        let language = self.report.language;
        let en = language == Language::En;
        let plain_single = measures.len() == 1 && s.single_measure_plain;
        let layout = if plain_single {
            MeasureLayout::Inline
        } else {
            s.measures
        };
        let together = s.measure_group == MeasureGroup::OneParagraph;
        let mut head: Vec<Span> = Vec::new();
        if let Some(label) = &s.measures_label {
            if !measures.is_empty() || opening.is_some() {
                head.push(piece(label));
            }
        }
        if let Some(opening) = opening {
            head.push(raw(&self.text(opening)));
        }
        let mut inline: Vec<Span> = Vec::new();
        if layout == MeasureLayout::Inline && together {
            inline = head;
        } else if !head.is_empty() {
            let role = if opening.is_some() {
                Role::Opening
            } else {
                Role::Label
            };
            self.paragraph(role, head);
        }
        let mut numbers = Vec::new();
        for (i, measure) in measures.iter().enumerate() {
            let ordinal = match layout {
                _ if plain_single => String::new(),
                MeasureLayout::Items => self.number(depth + 1, i + 1),
                _ => self.ordinal(i + 1),
            };
            let mut spans = vec![piece(&ordinal), raw(&self.text(&measure.text))];
            if self.options.with_status {
                let label = measure.status.label(language);
                spans.push(piece(&settings::fill(&s.status_format, |name| {
                    (name == "status").then(|| label.to_string())
                })));
            }
            numbers.push(MeasureNumber {
                address: finding.measure_address(measure).to_string(),
                index: i + 1,
                ordinal,
                status: measure.status,
                status_label: measure.status.label(language).to_string(),
            });
            match layout {
                MeasureLayout::Inline => {
                    // English sentences are separated by a space; Chinese ones are not.
                    if en && !inline.is_empty() {
                        inline.push(piece(" "));
                    }
                    inline.extend(spans)
                }
                _ => self.paragraph(Role::Measures, spans),
            }
        }
        let closing = closing.map(|c| self.text(c));
        if layout == MeasureLayout::Inline {
            if let (Some(closing), true) = (&closing, together) {
                if en && !inline.is_empty() {
                    inline.push(piece(" "));
                }
                inline.push(raw(closing));
            }
            self.paragraph(Role::Measures, inline);
        }
        if let Some(closing) = closing {
            if !(layout == MeasureLayout::Inline && together) {
                self.paragraph(Role::Conclusion, vec![raw(&closing)]);
            }
        }
        numbers
    }

    fn contact_lines(&self) -> Vec<String> {
        let s = self.s;
        let items: Vec<String> = self
            .report
            .contact
            .entries
            .iter()
            .map(|e| {
                let label = one_line(&e.label);
                let value = one_line(&e.value);
                if label.is_empty() {
                    value
                } else {
                    format!("{label}{}{value}", s.contact_label_separator)
                }
            })
            .collect();
        if items.is_empty() {
            return items;
        }
        match s.contact {
            ContactLayout::Inline => {
                vec![format!(
                    "{}{}",
                    items.join(&s.contact_separator),
                    s.contact_end
                )]
            }
            ContactLayout::Lines => items,
        }
    }
}

fn number_with(format: &str, n: usize) -> String {
    settings::fill(format, |name| match name {
        "n" => Some(n.to_string()),
        "cn" => Some(crate::chinese::numeral(n as u64)),
        _ => None,
    })
}

fn plain(text: &str) -> Span {
    Span {
        text: one_line(text),
        bold: false,
    }
}

/// A text already made into paragraphs ([`paragraphs`]): its breaks are kept for
/// [`Builder::paragraph`] to split at.
fn raw(text: &str) -> Span {
    Span {
        text: text.to_string(),
        bold: false,
    }
}

/// A date as the notice prints it.
pub fn date_in(language: Language, date: Date) -> String {
    match language {
        Language::Zh => chinese_date(date),
        Language::En => date.format("%-d %B %Y").to_string(),
    }
}

/// A count of the statistics by its placeholder's name.
fn stat(st: &Stats, name: &str) -> Option<String> {
    let n = match name {
        "findings" => st.findings,
        "findings_completed" => st.findings_completed,
        "findings_open" => st.findings - st.findings_completed,
        "finding_rate" => return Some(summary::format_rate(st.finding_completion_rate)),
        "measures" => st.measures,
        "measures_completed" | "measures_done" => st.measures_completed,
        "measures_open" => st.measures - st.measures_completed,
        "measure_rate" | "completion_rate" => {
            return Some(summary::format_rate(st.completion_rate))
        }
        "done" => st.count(Status::Done),
        "partial" => st.count(Status::Partial),
        "in_progress" => st.count(Status::InProgress),
        "ongoing" => st.count(Status::Ongoing),
        "not_started" => st.count(Status::NotStarted),
        "overdue" => st.overdue,
        "closed" => st.findings_closed,
        "done_late" => st.done_late,
        "extended" => st.extended,
        _ => return None,
    };
    Some(n.to_string())
}

/// An inspection fact by its placeholder's name (`{unit}`, `{feedback}`…), as the notice
/// prints it; None for a name that is not a fact.
pub fn facts(report: &Report, name: &str) -> Option<String> {
    let i = &report.inspection;
    let s = &report.notice;
    let zh = report.language == Language::Zh;
    let date = |d| date_in(report.language, d);
    Some(match name {
        "round" => i.round.clone().unwrap_or_default(),
        "genre" => s.genre.clone(),
        "authority" => i.authority.clone().unwrap_or_default(),
        "group" => i.group.clone().unwrap_or_default(),
        "unit" => i.unit.clone().unwrap_or_default(),
        "unit_full" => i.unit_full.clone().or(i.unit.clone()).unwrap_or_default(),
        "start" => i.start.map(date).unwrap_or_default(),
        "end" => match (i.start, i.end) {
            (Some(st), Some(e)) if zh && s.end_year == YearRule::Auto => {
                chinese_date_in_year(e, st.year())
            }
            (_, Some(e)) => date(e),
            _ => String::new(),
        },
        "period" => match (i.start, i.end) {
            (Some(st), Some(e)) if zh && s.end_year == YearRule::Auto => chinese_range(st, e),
            (Some(st), Some(e)) if zh => format!("{}至{}", date(st), date(e)),
            (Some(st), Some(e)) => format!("{} to {}", date(st), date(e)),
            (Some(d), None) | (None, Some(d)) => date(d),
            (None, None) => String::new(),
        },
        "feedback" => match (i.feedback, i.end.or(i.start)) {
            (Some(f), Some(e)) if zh && s.feedback_year == YearRule::Auto => {
                chinese_date_in_year(f, e.year())
            }
            (Some(f), _) => date(f),
            (None, _) => String::new(),
        },
        _ => return None,
    })
}

/// A generated piece (a number, a label, a status): its spaces are part of the format.
fn piece(text: &str) -> Span {
    Span {
        text: flatten(text),
        bold: false,
    }
}

fn bold(text: &str) -> Span {
    Span {
        text: one_line(text),
        bold: true,
    }
}

/// Drops empty spans and joins neighbours of the same weight.
fn merge(spans: Vec<Span>) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::with_capacity(spans.len());
    for span in spans {
        if span.text.is_empty() {
            continue;
        }
        match out.last_mut() {
            Some(last) if last.bold == span.bold => last.text.push_str(&span.text),
            _ => out.push(span),
        }
    }
    out
}

/// A paragraph's spans typeset as one text (a mark or a quote may sit at a span's edge), then
/// cut again where the spans were: typesetting changes characters, never their number.
fn typeset_spans(spans: &mut [Span]) {
    let joined: String = spans.iter().map(|s| s.text.as_str()).collect();
    let std::borrow::Cow::Owned(typeset) = punctuation::typeset(&joined) else {
        return;
    };
    let mut rest = typeset.chars();
    for span in spans {
        let n = span.text.chars().count();
        span.text = rest.by_ref().take(n).collect();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_breaks_join_and_blank_lines_part_paragraphs() {
        assert_eq!(one_line("  a\n\n  b \r\n c  "), "a b c");
        assert_eq!(one_line("进行了\n巡察。"), "进行了巡察。");
        assert_eq!(one_line("巡察\nApp"), "巡察App");
        assert_eq!(paragraphs("甲。\n\n乙\n丙。"), "甲。\u{2029}乙丙。");
        assert_eq!(paragraphs("\n\n甲\r\n\r\n\r\n乙\n\n"), "甲\u{2029}乙");
        assert_eq!(one_line("甲\u{0}乙"), "甲乙");
        assert_eq!(one_line("a\tb"), "a\tb");
    }

    #[test]
    fn numbers_fill_their_formats() {
        assert_eq!(number_with("（{cn}）", 12), "（十二）");
        assert_eq!(number_with("{cn}是", 11), "十一是");
        assert_eq!(number_with("{n}.", 25), "25.");
        assert_eq!(number_with("{{n}}{n}", 3), "{n}3");
    }

    #[test]
    fn spans_merge() {
        let spans = merge(vec![
            plain("一是"),
            bold("甲。"),
            plain(""),
            plain("乙"),
            plain("丙"),
        ]);
        assert_eq!(spans, vec![plain("一是"), bold("甲。"), plain("乙丙")]);
    }
}
