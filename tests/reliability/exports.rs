//! Exports of arbitrary valid data sets: every format renders without error or panic; the
//! Markdown and HTML notices carry every text of the data word for word (read back as a
//! reader sees them: Markdown through a CommonMark parser, HTML with tags stripped and
//! entities decoded); no text from the data turns into markup. Plus a fixed XSS corpus.

use proptest::prelude::*;
use pulldown_cmark::{Event, Parser, TagEnd};
use rectify::cli::ExportFormat;
use rectify::export::{exporter, to_bytes, Options};

use super::dataset::{data_set, today, DataSet};
use super::properties::{load, rendered};

fn options() -> Options {
    Options {
        today: today(),
        with_status: false,
        as_of: None,
        template: None,
    }
}

/// Whitespace left out: how a reader compares texts across formats (a line break inside
/// Chinese text is joined without a space, a blank line starts a new paragraph).
fn normalized(text: &str) -> String {
    text.split_whitespace().collect()
}

/// The text a Markdown reader sees, and any raw HTML that would reach a browser.
fn markdown_text(md: &str) -> (String, Vec<String>) {
    let mut text = String::new();
    let mut html = Vec::new();
    for event in Parser::new(md) {
        match event {
            Event::Text(t) | Event::Code(t) => text.push_str(&t),
            Event::SoftBreak | Event::HardBreak => text.push('\n'),
            // Blocks end a line; inline ends (bold) do not break the text.
            Event::End(
                TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item | TagEnd::CodeBlock,
            ) => text.push('\n'),
            Event::Html(h) | Event::InlineHtml(h) => html.push(h.to_string()),
            _ => {}
        }
    }
    (text, html)
}

/// The text of an HTML page's body as a browser shows it (tags out, entities decoded), and the
/// names of the tags it holds.
pub fn html_text(html: &str) -> (String, Vec<String>) {
    let body = html.split_once("<body>").map_or(html, |(_, b)| b);
    let mut text = String::new();
    let mut tags = Vec::new();
    let mut rest = body;
    while let Some(open) = rest.find('<') {
        text.push_str(&decode_entities(&rest[..open]));
        let Some(close) = rest[open..].find('>') else {
            text.push_str(&decode_entities(&rest[open..]));
            rest = "";
            break;
        };
        let tag = &rest[open + 1..open + close];
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '!')
            .collect();
        let name = name.to_ascii_lowercase();
        if !INLINE_TAGS.contains(&name.as_str()) {
            text.push('\n');
        }
        tags.push(name);
        rest = &rest[open + close + 1..];
    }
    text.push_str(&decode_entities(rest));
    (text, tags)
}

fn decode_entities(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp..];
        let Some(semi) = after.find(';').filter(|&s| s <= 10) else {
            out.push('&');
            rest = &after[1..];
            continue;
        };
        let entity = &after[1..semi];
        let decoded = match entity {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            "nbsp" => Some('\u{a0}'),
            _ => entity
                .strip_prefix("#x")
                .or_else(|| entity.strip_prefix("#X"))
                .and_then(|h| u32::from_str_radix(h, 16).ok())
                .or_else(|| entity.strip_prefix('#').and_then(|d| d.parse().ok()))
                .and_then(char::from_u32),
        };
        match decoded {
            Some(c) => {
                out.push(c);
                rest = &after[semi + 1..];
            }
            None => {
                out.push('&');
                rest = &after[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Tags that do not break the text around them.
const INLINE_TAGS: &[&str] = &["strong", "b", "em", "i", "span", "small", "a", "code"];

/// The tags the built-in HTML page is made of; a tag outside these came from the data.
const PAGE_TAGS: &[&str] = &[
    "main", "aside", "h1", "h2", "h3", "h4", "h5", "h6", "p", "strong", "div", "span", "body",
    "html", "section", "br", "ul", "li", "em", "small", "b",
];

fn render(set: &DataSet, format: ExportFormat) -> Vec<u8> {
    let (_dir, loaded) = load(set);
    let report = loaded
        .report
        .as_ref()
        .unwrap_or_else(|| panic!("a valid data set was refused:\n{}", rendered(&loaded)));
    to_bytes(&*exporter(format), report, &options()).unwrap_or_else(|e| {
        panic!(
            "export {format:?} failed: {}",
            rectify::render_error(&e, false)
        )
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn markdown_carries_every_text_and_no_markup_from_the_data(set in data_set()) {
        let md = String::from_utf8(render(&set, ExportFormat::Md)).unwrap();
        let (text, html) = markdown_text(&md);
        prop_assert!(html.is_empty(), "raw HTML reached the Markdown: {:?}\n{}", html, md);
        let text = normalized(&text);
        for expected in set.notice_texts() {
            prop_assert!(
                text.contains(&normalized(expected)),
                "the Markdown lost {:?}\n--- markdown ---\n{}", expected, md
            );
        }
    }

    #[test]
    fn html_carries_every_text_and_no_markup_from_the_data(set in data_set()) {
        let page = String::from_utf8(render(&set, ExportFormat::Html)).unwrap();
        let (text, tags) = html_text(&page);
        let foreign: Vec<&String> = tags.iter().filter(|t| !PAGE_TAGS.contains(&t.as_str())).collect();
        prop_assert!(foreign.is_empty(), "tags from the data in the HTML: {:?}", foreign);
        let text = normalized(&text);
        for expected in set.notice_texts() {
            prop_assert!(
                text.contains(&normalized(expected)),
                "the HTML lost {:?}\n--- html ---\n{}", expected, page
            );
        }
    }

    #[test]
    fn every_format_renders_every_valid_data_set(set in data_set(), with_status in any::<bool>()) {
        let (_dir, loaded) = load(&set);
        let report = loaded.report.as_ref().unwrap();
        let options = Options { with_status, ..options() };
        for format in [
            ExportFormat::Md, ExportFormat::Txt, ExportFormat::Html, ExportFormat::Json,
            ExportFormat::Csv, ExportFormat::Xlsx, ExportFormat::Docx,
        ] {
            let bytes = to_bytes(&*exporter(format), report, &options);
            prop_assert!(bytes.is_ok(), "{:?}: {}", format, rectify::render_error(&bytes.unwrap_err(), false));
            let bytes = bytes.unwrap();
            prop_assert!(!bytes.is_empty(), "{:?} is empty", format);
            if format == ExportFormat::Json {
                let parsed: Result<serde_json::Value, _> = serde_json::from_slice(&bytes);
                prop_assert!(parsed.is_ok(), "json does not parse: {:?}", parsed.err());
            }
        }
    }
}

/// Payloads that run script in a browser when a page carries them unescaped.
const XSS: &[&str] = &[
    "<script>alert('xss')</script>",
    "<img src=x onerror=alert(1)>",
    "\"><svg onload=alert(1)>",
    "'><iframe src=javascript:alert(1)>",
    "</p><a href=\"javascript:alert(1)\">点我</a><p>",
    "<style>body{display:none}</style>",
    "&lt;script&gt;已转义&lt;/script&gt;",
    "<!-- 注释 --><b onmouseover=alert(1)>粗</b>",
    "{{ 7*7 }}{% raw %}<script>",
    "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
];

/// Every text field of a notice carries a payload: the page holds none of them live, and shows
/// each of them as text (as written: typesetting would turn the payloads' `(` into `（`).
#[test]
fn html_escapes_an_xss_corpus_in_every_field() {
    let dir = crate::common::DataDir::copy_of(&crate::common::fixture("bad/base"));
    let p = |i: usize| super::dataset::quoted(&format!("巡察{}", XSS[i % XSS.len()]));
    dir.write(
        "rectify.toml",
        &format!(
            "title = {}\nintro = {}\n\n[inspection]\ngroup = {}\nunit = {}\nunit_full = {}\nstart = 2020-06-15\nend = 2020-08-28\nfeedback = 2020-10-14\n\n\
             [[category]]\nid = \"policy\"\ntitle = {}\n\n[[category]]\nid = \"conduct\"\ntitle = {}\n\n\
             [[section]]\ntitle = {}\nparagraphs = [{}]\n\n[[section.point]]\nlead = {}\ntext = {}\n\n\
             [[section]]\ntitle = {}\nfindings = true\n\n[closing]\ntext = {}\nissuer = {}\ndate = 2021-01-05\n\n\
             [contact]\nphone = {}\nemail = {}\nwebsite = {}\nreport = {{ label = {}, value = {} }}\n\n\
             [notice]\npunctuation = \"as-written\"\n",
            p(0), p(1), p(2), p(3), p(4), p(5), p(6), p(7), p(8), p(9), p(10), p(11), p(12), p(13),
            p(14), p(15), p(16), p(17), p(18)
        ),
    );
    dir.write(
        "findings/01.toml",
        &format!(
            "[[finding]]\nid = 1\ncategory = \"policy\"\ntitle = {}\ndescription = {}\n\n\
             [[finding.measure]]\ntext = {}\nstatus = \"done\"\ndone = 2020-11-30\nowner = {}\ndepartment = {}\nevidence = [{}]\n\n\
             [[finding.measure.log]]\ndate = 2020-11-30\nnote = {}\n",
            p(1), p(2), p(3), p(4), p(5), p(6), p(7)
        ),
    );
    dir.write(
        "findings/02.toml",
        &format!(
            "[[finding]]\nid = 2\ncategory = \"conduct\"\ntitle = {}\n\n[[finding.measure]]\ntext = {}\nstatus = \"ongoing\"\n",
            p(8), p(9)
        ),
    );
    for args in [
        &["export", "--format", "html"][..],
        &["export", "--format", "html", "--with-status"],
    ] {
        let page = crate::common::stdout(dir.run(args));
        let (text, tags) = html_text(&page);
        let foreign: Vec<&String> = tags
            .iter()
            .filter(|t| !PAGE_TAGS.contains(&t.as_str()))
            .collect();
        assert!(
            foreign.is_empty(),
            "tags from the data: {foreign:?}\n{page}"
        );
        let lower = page.to_ascii_lowercase();
        for live in [
            "<script",
            "<img",
            "<svg",
            "<iframe",
            "<a href",
            "<style>body",
            "<!--",
            "<b ",
        ] {
            assert!(
                !lower.contains(live),
                "`{live}` is live in the page:\n{page}"
            );
        }
        let text = normalized(&text);
        for payload in XSS {
            assert!(
                text.contains(&normalized(payload)),
                "the page does not show {payload:?} as text:\n{page}"
            );
        }
    }
}

/// The checks above can fail: a page with a live tag from the data is caught.
#[test]
fn the_html_checks_catch_a_live_tag() {
    let (text, tags) = html_text("<html><body><p>a &amp; b<script>x</script></p></body></html>");
    assert_eq!(normalized(&text), "a&bx");
    assert!(tags.contains(&"script".to_string()));
    let (text, html) = markdown_text("a <b>bold</b> \\<i\\>");
    assert_eq!(html, vec!["<b>".to_string(), "</b>".to_string()]);
    assert_eq!(normalized(&text), "abold<i>");
}
