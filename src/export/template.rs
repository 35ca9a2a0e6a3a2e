//! The template engine of the notice formats (md, txt, html): one minijinja environment with
//! rectify's helpers, used for the built-in templates and for `--template FILE` alike, so a
//! user's template can do whatever a built-in one does. The context is the notice document
//! ([`crate::view::document::Document`], what the json export writes); docs/templates.md
//! documents both.
//!
//! Escaping: templates named `*.html` are auto-escaped by minijinja; Markdown has no
//! auto-escape, so the md template passes every text through `md`, `md_line` or `md_spans`.

use std::sync::Arc;

use minijinja::value::{Enumerator, Object, ObjectRepr, Serde, Value};
use minijinja::{Environment, Error as TemplateError, ErrorKind, UndefinedBehavior};

use super::{Exporter, Options};
use crate::date::{chinese_date, chinese_range, Date};
use crate::error::{Error, Result};
use crate::model::Report;
use crate::view::document::Document;
use crate::view::notice::{Block, Notice};

/// A notice format rendered from a template (md, txt, html): its built-in template and the
/// name it is known by. The name ends in .html for HTML, which turns auto-escaping on.
#[derive(Debug, Clone, Copy)]
pub struct Templated {
    pub name: &'static str,
    pub builtin: &'static str,
}

impl Exporter for Templated {
    /// Renders the notice through the built-in template or the user's, written to `out` as
    /// the template produces it (held whole only by the caller, for a user's template to
    /// standard output or a pipe, and then within [`max_output`]), ending with exactly one line
    /// break. A failure to write is an [`Error::Write`] naming "the output" (the caller
    /// knows where that is). A template runs on a budget of work ([`fuel_for`]) and of
    /// output ([`max_output`]), so a runaway loop is stopped with an error.
    fn write(
        &self,
        report: &Report,
        options: &Options,
        out: &mut dyn std::io::Write,
    ) -> Result<()> {
        let mut env = environment();
        env.set_fuel(Some(fuel_for(report)));
        let (source, label) = match &options.template {
            Some(user) => (user.text.as_str(), t!("template-yours", path = user.path)),
            None => (self.builtin, t!("template-builtin")),
        };
        let template = env
            .template_from_named_str(self.name, source)
            .map_err(|e| template_error(&label, source, &e))?;
        let mut notice = Notice::build(report, &options.notice());
        let context = context(report, &mut notice, &template.undeclared_variables(false));
        let limit = max_output();
        let mut out = OneNewlineAtEnd::new(out, limit);
        let rendered = template.render_captured_to(context, &mut out).map(drop);
        if out.too_large {
            return Err(Error::failed_with_help(
                t!(
                    "template-output-too-large",
                    label = label,
                    limit = limit / (1024 * 1024)
                ),
                t!("template-output-too-large-help", variable = MAX_OUTPUT_VAR),
            ));
        }
        if let Some(source) = out.error.take() {
            return Err(super::output_error(source));
        }
        rendered.map_err(|e| {
            if e.kind() == ErrorKind::OutOfFuel {
                Error::failed_with_help(
                    t!("template-out-of-fuel", label = label),
                    t!("template-out-of-fuel-help"),
                )
            } else {
                template_error(&label, source, &e)
            }
        })?;
        out.finish().map_err(super::output_error)
    }

    fn builtin_template(&self) -> Option<&'static str> {
        Some(self.builtin)
    }
}

/// The environment variable that raises (or lowers) the limit on a template's output, in MB.
pub const MAX_OUTPUT_VAR: &str = "RECTIFY_MAX_OUTPUT_MB";
/// The default limit on a template's output: far above the notice of 10,000 findings.
const DEFAULT_MAX_OUTPUT_MB: u64 = 64;

/// The most bytes a template may write: [`MAX_OUTPUT_VAR`], else 64 MB.
fn max_output() -> u64 {
    std::env::var(MAX_OUTPUT_VAR)
        .ok()
        .and_then(|v| v.trim().parse::<u64>().ok())
        .filter(|&mb| mb > 0)
        .unwrap_or(DEFAULT_MAX_OUTPUT_MB)
        .saturating_mul(1024 * 1024)
}

/// The work (minijinja's fuel: about one unit per instruction and per 64 bytes of data) a
/// template may do on `report`: a generous base plus a share per finding, measure and log
/// entry. The built-in templates use under 500 per record (measured on the shipped data and
/// on 1,000 generated findings), so only a runaway loop runs out: a few seconds at most.
fn fuel_for(report: &Report) -> u64 {
    let records: u64 = report
        .findings
        .iter()
        .map(|f| {
            1 + f
                .measures
                .iter()
                .map(|m| 1 + m.log.len() as u64)
                .sum::<u64>()
        })
        .sum();
    10_000_000u64.saturating_add(records.saturating_mul(5_000))
}

/// Text output ends with exactly one line break, however the template ends its last block:
/// trailing ASCII whitespace is held back until more text follows it, and dropped at the end.
struct OneNewlineAtEnd<'a> {
    out: &'a mut dyn std::io::Write,
    /// Whitespace not yet known to be trailing.
    pending: Vec<u8>,
    /// The first write error, which minijinja reports only as a failed render.
    error: Option<std::io::Error>,
    /// Bytes received so far (written or pending), and the most allowed: whitespace held
    /// back counts too, so not even a template printing only spaces fills memory.
    received: u64,
    limit: u64,
    too_large: bool,
}

impl<'a> OneNewlineAtEnd<'a> {
    fn new(out: &'a mut dyn std::io::Write, limit: u64) -> Self {
        OneNewlineAtEnd {
            out,
            pending: Vec::new(),
            error: None,
            received: 0,
            limit,
            too_large: false,
        }
    }

    fn finish(self) -> std::io::Result<()> {
        self.out.write_all(b"\n")?;
        self.out.flush()
    }

    fn write_through(&mut self, buf: &[u8]) -> std::io::Result<()> {
        match buf.iter().rposition(|b| !b.is_ascii_whitespace()) {
            None => self.pending.extend_from_slice(buf),
            Some(last) => {
                self.out.write_all(&self.pending)?;
                self.pending.clear();
                self.out.write_all(&buf[..=last])?;
                self.pending.extend_from_slice(&buf[last + 1..]);
            }
        }
        Ok(())
    }
}

impl std::io::Write for OneNewlineAtEnd<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.received = self.received.saturating_add(buf.len() as u64);
        if self.received > self.limit {
            self.too_large = true;
            return Err(std::io::ErrorKind::FileTooLarge.into());
        }
        match self.write_through(buf) {
            Ok(()) => Ok(buf.len()),
            Err(e) => {
                let kind = e.kind();
                self.error.get_or_insert(e);
                Err(kind.into())
            }
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// The template's context: the JSON document, made into template values only as far as the
/// template needs it. Turning the whole document into values up front held a second copy of
/// every measure and every paragraph (several times the data at 10,000 findings), so
/// `findings` (every measure) is made only when the template names it, and `blocks` (every
/// paragraph, which the notice view owns) hands out one block at a time as the template
/// reaches it.
fn context(
    report: &Report,
    notice: &mut Notice,
    used: &std::collections::HashSet<String>,
) -> Value {
    let blocks = std::mem::take(&mut notice.blocks);
    let mut doc = Document::new_with(report, notice, used.contains("findings"));
    doc.blocks = &[];
    let small = Value::from(Serde(&doc));
    let mut blocks = Some(blocks);
    let mut entries = Vec::new();
    for key in small.try_iter().into_iter().flatten() {
        let value = match key.as_str() {
            Some("blocks") => Value::from_object(Blocks(blocks.take().unwrap_or_default())),
            _ => small.get_item(&key).unwrap_or_default(),
        };
        entries.push((key, value));
    }
    Value::from_pairs(entries)
}

/// The notice's blocks as a template sequence whose items are made on demand.
#[derive(Debug)]
struct Blocks(Vec<Block>);

impl Object for Blocks {
    fn repr(self: &Arc<Self>) -> ObjectRepr {
        ObjectRepr::Seq
    }

    fn get_value(self: &Arc<Self>, key: &Value) -> Option<Value> {
        self.0
            .get(key.as_usize()?)
            .map(|block| Value::from(Serde(block)))
    }

    fn enumerate(self: &Arc<Self>) -> Enumerator {
        Enumerator::Seq(self.0.len())
    }
}

/// The error with where it is: the file, its line and (when minijinja knows the span) column.
fn template_error(label: &str, source: &str, e: &TemplateError) -> Error {
    let column = e.range().and_then(|range| {
        let before = source.get(..range.start)?;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        Some(before[line_start..].chars().count() + 1)
    });
    let line = match (e.line(), column) {
        (Some(l), Some(c)) => t!("template-at-line-column", line = l, column = c),
        (Some(l), None) => t!("template-at-line", line = l),
        _ => String::new(),
    };
    let detail = e.detail().unwrap_or_default();
    Error::failed_with_help(
        t!(
            "template-cannot-render",
            label = label,
            at = line,
            detail = if detail.is_empty() {
                e.kind().to_string()
            } else {
                format!("{}: {detail}", e.kind())
            }
        ),
        t!("template-cannot-render-help"),
    )
}

/// The environment: block tags on their own lines leave no blank lines behind, a name the
/// context does not have is an error when printed (catches typos), and the helpers.
pub fn environment() -> Environment<'static> {
    let mut env = Environment::new();
    env.set_syntax(
        minijinja::syntax::SyntaxConfig::builder()
            .trim_blocks(true)
            .lstrip_blocks(true)
            .build()
            .expect("a valid syntax"),
    );
    env.set_undefined_behavior(UndefinedBehavior::SemiStrict);
    env.add_filter("cn", |n: u64| crate::chinese::numeral(n));
    env.add_filter("ordinal", |n: u64| crate::chinese::ordinal(n));
    env.add_filter("cn_date", |d: String| -> Result<String, TemplateError> {
        Ok(chinese_date(parse_date(&d)?))
    });
    env.add_function(
        "cn_range",
        |start: String, end: String| -> Result<String, TemplateError> {
            Ok(chinese_range(parse_date(&start)?, parse_date(&end)?))
        },
    );
    env.add_filter("rate", |r: f64| crate::view::summary::format_rate(r));
    env.add_filter("md", |s: String| markdown_inline(&s));
    env.add_filter("md_line", |s: String| markdown_line(&s));
    env.add_filter(
        "md_spans",
        |spans: Value| -> Result<String, TemplateError> {
            let mut out = String::new();
            for span in spans.try_iter()? {
                let text = span.get_attr("text")?;
                let text = text.as_str().unwrap_or_default();
                if span.get_attr("bold")?.is_true() {
                    out.push_str(&markdown_strong(text));
                } else {
                    out.push_str(&markdown_inline(text));
                }
            }
            Ok(line_start(out))
        },
    );
    env
}

fn parse_date(text: &str) -> Result<Date, TemplateError> {
    crate::date::parse_day(text).map_err(|why| TemplateError::new(ErrorKind::InvalidOperation, why))
}

/// Characters that mean something inline in CommonMark (or in common extensions: tables,
/// strikethrough), escaped wherever they appear. `#` is escaped too, so a heading's text
/// never ends in a closing `#` sequence.
const MARKDOWN_SPECIAL: &[char] = &[
    '\\', '`', '*', '_', '[', ']', '<', '>', '#', '|', '~', '&', '!',
];

/// Text safe inside a Markdown paragraph or heading (not at the start of a line).
pub fn markdown_inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if MARKDOWN_SPECIAL.contains(&c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A Markdown paragraph from runs of text, bold or not.
pub fn markdown_paragraph<'a>(runs: impl IntoIterator<Item = (&'a str, bool)>) -> String {
    let mut out = String::new();
    for (text, bold) in runs {
        if bold {
            out.push_str(&markdown_strong(text));
        } else {
            out.push_str(&markdown_inline(text));
        }
    }
    line_start(out)
}

/// Text safe as a whole Markdown line (a paragraph of its own).
pub fn markdown_line(text: &str) -> String {
    line_start(markdown_inline(text))
}

/// Escapes what would open a block at the start of a line: a list item (`-`, `+`, `1.`,
/// `1)`), a setext underline or thematic break (`=`, `-`). The rest is already escaped.
fn line_start(mut line: String) -> String {
    if line.starts_with(['-', '+', '=']) {
        line.insert(0, '\\');
        return line;
    }
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 && line[digits..].starts_with(['.', ')']) {
        line.insert(digits, '\\');
    }
    line
}

/// Bold that renders as bold next to Chinese text. Under CommonMark's flanking rules a
/// closing `**` right after punctuation and before a letter (`**…。**区`) is not a closing
/// delimiter; so punctuation (and anything else not a letter or digit) at either end is set
/// outside the emphasis: `**强化组织领导,合力推动整改**。`.
pub fn markdown_strong(text: &str) -> String {
    let is_word = |c: char| c.is_alphanumeric();
    let start = text.find(is_word);
    let end = text
        .rfind(is_word)
        .map(|i| i + text[i..].chars().next().map_or(0, char::len_utf8));
    match (start, end) {
        (Some(s), Some(e)) if s < e => format!(
            "{}**{}**{}",
            markdown_inline(&text[..s]),
            markdown_inline(&text[s..e]),
            markdown_inline(&text[e..])
        ),
        _ => markdown_inline(text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strong_keeps_punctuation_outside() {
        assert_eq!(
            markdown_strong("强化组织领导,合力推动整改。"),
            "**强化组织领导,合力推动整改**。"
        );
        assert_eq!(markdown_strong("“四个意识”。"), "“**四个意识**”。");
        assert_eq!(markdown_strong("。"), "。");
        assert_eq!(markdown_strong("a*b"), "**a\\*b**");
    }

    /// What CommonMark makes of one block of Markdown: (kinds of blocks, their text, strong
    /// texts, anything other than paragraphs, headings, text and strong).
    fn commonmark(md: &str) -> (Vec<String>, String, Vec<String>, Vec<String>) {
        use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
        let (mut blocks, mut text, mut strong, mut other) = (vec![], String::new(), vec![], vec![]);
        let mut in_strong = None::<String>;
        let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
        for event in Parser::new_ext(md, options) {
            match event {
                Event::Start(Tag::Paragraph) => blocks.push("p".to_string()),
                Event::Start(Tag::Heading { level, .. }) => blocks.push(format!("{level}")),
                Event::Start(Tag::Strong) => in_strong = Some(String::new()),
                Event::End(TagEnd::Strong) => strong.extend(in_strong.take()),
                Event::End(TagEnd::Paragraph | TagEnd::Heading(_)) => {}
                Event::Text(t) => {
                    text.push_str(&t);
                    if let Some(s) = in_strong.as_mut() {
                        s.push_str(&t);
                    }
                }
                e => other.push(format!("{e:?}")),
            }
        }
        (blocks, text, strong, other)
    }

    const HOSTILE_CHARS: &[char] = &[
        '*', '_', '`', '#', '|', '<', '>', '&', '[', ']', '(', ')', '!', '\\', '~', '-', '+', '=',
        '.', ':', ';', '/', '1', '9', ' ', '\t', '\n', 'a', 'Z', '甲', '乙', '。', '，', '“', '”',
        '（', '）', '、',
    ];

    proptest::proptest! {
        /// Whatever the text, a paragraph stays one paragraph with exactly that text, and a
        /// bold lead renders bold (its letters and digits, punctuation at its ends outside).
        #[test]
        fn any_text_stays_text_in_markdown(
            lead in proptest::collection::vec(proptest::sample::select(HOSTILE_CHARS), 0..24),
            body in proptest::collection::vec(proptest::sample::select(HOSTILE_CHARS), 0..24),
        ) {
            let lead = crate::view::notice::one_line(&lead.into_iter().collect::<String>());
            let body = crate::view::notice::one_line(&body.into_iter().collect::<String>());
            let md = markdown_paragraph([(body.as_str(), false), (lead.as_str(), true), (body.as_str(), false)]);
            let (blocks, text, strong, other) = commonmark(&md);
            let expected = format!("{body}{lead}{body}");
            if expected.is_empty() {
                proptest::prop_assert!(blocks.is_empty());
            } else {
                proptest::prop_assert_eq!(blocks, vec!["p".to_string()], "{}", md);
                proptest::prop_assert_eq!(text, expected, "{}", md);
            }
            proptest::prop_assert_eq!(other, Vec::<String>::new(), "{}", md);
            let core: String = lead
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_string();
            let want: Vec<String> = if core.is_empty() { vec![] } else { vec![core] };
            proptest::prop_assert_eq!(strong, want, "{}", md);
        }

        /// A heading's text stays its text.
        #[test]
        fn any_text_stays_text_in_a_heading(
            title in proptest::collection::vec(proptest::sample::select(HOSTILE_CHARS), 1..24),
        ) {
            let title = crate::view::notice::one_line(&title.into_iter().collect::<String>());
            let md = format!("## 1.{}", markdown_inline(&title));
            let (blocks, text, _, other) = commonmark(&md);
            proptest::prop_assert_eq!(blocks, vec!["h2".to_string()], "{}", md);
            proptest::prop_assert_eq!(text, format!("1.{title}"), "{}", md);
            proptest::prop_assert_eq!(other, Vec::<String>::new(), "{}", md);
        }
    }

    /// However the output is cut into writes, it ends with exactly one line break and
    /// keeps every other byte, leading and inner whitespace included.
    #[test]
    fn one_newline_at_end_however_the_writes_fall() {
        use std::io::Write;
        let cases = [
            ("a\n\n b \n\n", "a\n\n b\n"),
            ("  \n", "\n"),
            ("", "\n"),
            ("\n\nx", "\n\nx\n"),
        ];
        for (text, want) in cases {
            for cut in 1..=text.len().max(1) {
                let mut bytes = Vec::new();
                let mut out = OneNewlineAtEnd::new(&mut bytes, u64::MAX);
                for chunk in text.as_bytes().chunks(cut) {
                    out.write_all(chunk).unwrap();
                }
                out.finish().unwrap();
                assert_eq!(
                    String::from_utf8(bytes).unwrap(),
                    want,
                    "{text:?} in chunks of {cut}"
                );
            }
        }
    }

    #[test]
    fn line_starts_are_escaped() {
        assert_eq!(markdown_line("# 标题"), "\\# 标题");
        assert_eq!(markdown_line("- 项"), "\\- 项");
        assert_eq!(markdown_line("12. 项"), "12\\. 项");
        assert_eq!(markdown_line("2020年"), "2020年");
        assert_eq!(markdown_line("<script>"), "\\<script\\>");
        // A bold lead of punctuation only opens the paragraph: found by the property test.
        assert_eq!(markdown_paragraph([("-", true)]), "\\-");
        assert_eq!(markdown_paragraph([("一是", false), ("-", true)]), "一是-");
    }
}
