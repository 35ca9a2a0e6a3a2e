//! `rectify export` for the notice formats (md, txt, html, json): word-for-word fidelity to
//! the reference notice, Markdown that renders as meant, hostile text kept as text, every
//! wording setting, numbering past ten, --as-of / --with-status, and refusing invalid data.

use std::path::Path;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use crate::common::{fixture, rectify, stderr_failing, stdout, DataDir};

/// The fixtures of this module date from 2021; "today" is after all of them.
const TODAY: &str = "2021-12-31";

fn run(data: &Path, args: &[&str]) -> assert_cmd::assert::Assert {
    rectify()
        .env("RECTIFY_TODAY", TODAY)
        .arg("--data")
        .arg(data)
        .args(args)
        .assert()
}

fn export(data: &Path, args: &[&str]) -> String {
    stdout(run(data, &[&["export"], args].concat()))
}

fn shipped(args: &[&str]) -> String {
    export(&crate::common::shipped_data(), args)
}

/// The letters of a text: CJK ideographs and ASCII letters and digits, in order (what
/// `notice-fidelity` compares; punctuation, spaces and markup do not count).
fn letters(text: &str) -> String {
    let mut untagged = String::with_capacity(text.len());
    let mut in_tag = false;
    for c in text.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if !in_tag => untagged.push(c),
            _ => {}
        }
    }
    // The only entities the notice formats write are those of escaped markup.
    let text = ["&lt;", "&gt;", "&amp;", "&quot;", "&#x27;", "&#x2f;"]
        .iter()
        .fold(untagged, |t, e| t.replace(e, "&"));
    text.chars()
        .filter(|c| ('\u{4e00}'..='\u{9fff}').contains(c) || c.is_ascii_alphanumeric())
        .collect()
}

fn reference() -> String {
    std::fs::read_to_string(fixture("reference-notice.txt")).unwrap()
}

/// The reference's letters appear in the export as one unbroken run.
fn assert_carries_reference(exported: &str) {
    let (want, got) = (letters(&reference()), letters(exported));
    assert!(!want.is_empty());
    if got.contains(&want) {
        return;
    }
    let same = want
        .chars()
        .zip(got.chars())
        .take_while(|(a, b)| a == b)
        .count();
    let context: String = want
        .chars()
        .skip(same.saturating_sub(10))
        .take(30)
        .collect();
    panic!("the export parts from the reference after {same} letters, at …{context}");
}

/// What a CommonMark renderer makes of Markdown: blocks as (kind, text), strong texts,
/// and anything unexpected (lists, code, raw HTML, tables…), which must never appear.
#[derive(Debug, Default)]
struct Rendered {
    blocks: Vec<(String, String)>,
    strong: Vec<String>,
    unexpected: Vec<String>,
}

fn render_markdown(md: &str) -> Rendered {
    let mut out = Rendered::default();
    let mut text = String::new();
    let mut strong: Option<String> = None;
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    for event in Parser::new_ext(md, options) {
        match event {
            Event::Start(Tag::Paragraph) | Event::Start(Tag::Heading { .. }) => text.clear(),
            Event::End(TagEnd::Paragraph) => out.blocks.push(("p".into(), text.clone())),
            Event::End(TagEnd::Heading(level)) => {
                out.blocks.push((format!("{level}"), text.clone()))
            }
            Event::Start(Tag::Strong) => strong = Some(String::new()),
            Event::End(TagEnd::Strong) => out.strong.extend(strong.take()),
            Event::Text(t) => {
                text.push_str(&t);
                if let Some(s) = strong.as_mut() {
                    s.push_str(&t);
                }
            }
            Event::SoftBreak | Event::HardBreak => out.unexpected.push("line break".into()),
            Event::Start(tag) => out.unexpected.push(format!("{tag:?}")),
            Event::End(_) => {}
            other => out.unexpected.push(format!("{other:?}")),
        }
    }
    out
}

// --- The reference notice -------------------------------------------------------------------

#[test]
fn markdown_carries_the_reference_word_for_word() {
    assert_carries_reference(&shipped(&["--format", "md"]));
}

#[test]
fn every_notice_format_carries_the_reference() {
    for format in ["txt", "html"] {
        assert_carries_reference(&shipped(&["--format", format]));
    }
}

#[test]
fn the_fidelity_check_itself_fails_on_a_changed_word() {
    let changed = shipped(&["--format", "md"]).replace("柏山医院", "柏山卫生院");
    let result = std::panic::catch_unwind(|| assert_carries_reference(&changed));
    assert!(result.is_err());
}

#[test]
fn with_the_references_parentheses_the_text_is_the_reference_line_for_line() {
    // The published page's own punctuation (half-width commas) printed as written.
    let data = DataDir::shipped();
    let toml = data.read("rectify.toml");
    data.write(
        "rectify.toml",
        &format!("{toml}\n[notice]\nnumbering = [\"{{cn}}、\", \"({{cn}})\", \"{{n}}.\"]\npunctuation = \"as-written\"\n"),
    );
    let txt = export(data.path(), &["--format", "txt"]);
    let reference = reference();
    // The published page ran section 三, the closing and the contact line together in one
    // line; everything before that is identical, punctuation included.
    let (ours, theirs): (Vec<&str>, Vec<&str>) =
        (txt.lines().collect(), reference.lines().collect());
    assert_eq!(theirs.len(), 31);
    assert_eq!(ours[..30], theirs[..30]);
    assert!(theirs[30].starts_with(ours[30]));
}

#[test]
fn markdown_snapshot() {
    insta::assert_snapshot!(shipped(&["--format", "md"]));
}

#[test]
fn text_snapshot() {
    insta::assert_snapshot!(shipped(&["--format", "txt"]));
}

#[test]
fn html_snapshot() {
    insta::assert_snapshot!(shipped(&["--format", "html"]));
}

#[test]
fn json_snapshot() {
    insta::assert_snapshot!(shipped(&["--format", "json"]));
}

#[test]
fn markdown_renders_headings_bold_leads_and_paragraphs_as_meant() {
    let rendered = render_markdown(&shipped(&["--format", "md"]));
    assert_eq!(rendered.unexpected, Vec::<String>::new());
    assert_eq!(
        rendered.strong,
        [
            "强化组织领导，合力推动整改",
            "突出问题导向，聚焦重点问题",
            "认真细致整改，保持常态长效"
        ]
    );
    let count = |kind: &str| rendered.blocks.iter().filter(|(k, _)| k == kind).count();
    assert_eq!((count("h2"), count("h3"), count("h4")), (3, 3, 10));
    // intro, 3 points, 10 measure paragraphs, section 三, closing, contact, issuer
    assert_eq!(count("p"), 18);
    let headings: Vec<&str> = rendered
        .blocks
        .iter()
        .filter(|(k, _)| k.starts_with('h'))
        .map(|(_, t)| t.as_str())
        .collect();
    assert_eq!(
        headings[0],
        "一、加强组织领导，把巡察整改作为首要任务抓紧抓好"
    );
    assert_eq!(
        headings[2],
        "（一）贯彻落实党的路线方针政策和党中央决策部署情况方面"
    );
    assert_eq!(headings[3], "1.针对“针对主题教育开展不认真”的问题。");
    assert_eq!(
        headings[14],
        "10.针对“履行整改主体责任不到位，审计整改不及时、不到位”的问题。"
    );
    // The point paragraph reads exactly as the reference line (the lead's 。 included),
    // typeset: its commas full-width.
    let reference = reference();
    let first_point = rectify::punctuation::typeset(reference.lines().nth(2).unwrap());
    assert_eq!(
        rendered.blocks[2],
        ("p".to_string(), first_point.to_string())
    );
}

#[test]
fn bold_before_chinese_text_is_set_so_that_it_renders() {
    // The trap: a closing ** after punctuation and before a letter is not a delimiter.
    let naive = render_markdown("一是**强化组织领导。**区民政局");
    assert!(
        naive.strong.is_empty(),
        "pulldown-cmark changed its flanking rules"
    );
    let rendered = render_markdown(&shipped(&["--format", "md"]));
    assert_eq!(rendered.strong.len(), 3);
}

#[test]
fn generated_intro_equals_the_reference_intro() {
    let data = DataDir::shipped();
    let toml = data.read("rectify.toml");
    let without: String = toml
        .lines()
        .filter(|l| !l.starts_with("intro = "))
        .map(|l| format!("{l}\n"))
        .collect();
    assert_ne!(without, toml);
    // The reference's own (half-width) commas, printed as written.
    let without = format!("{without}\n[notice]\npunctuation = \"as-written\"\n");
    data.write("rectify.toml", &without);
    let txt = export(data.path(), &["--format", "txt"]);
    let reference = reference();
    assert_eq!(txt.lines().next(), reference.lines().next());
    let json: serde_json::Value =
        serde_json::from_str(&export(data.path(), &["--format", "json"])).unwrap();
    assert_eq!(json["intro_generated"], true);
}

// --- Other notices ------------------------------------------------------------------------

#[test]
fn another_units_notice_comes_out_word_for_word() {
    let dir = fixture("export/chengguan");
    let expected = std::fs::read_to_string(dir.join("expected.txt")).unwrap();
    assert_eq!(export(&dir, &["--format", "txt"]), expected);
}

#[test]
fn another_units_notice_renders_in_markdown_as_meant() {
    let md = export(&fixture("export/chengguan"), &["--format", "md"]);
    let rendered = render_markdown(&md);
    assert_eq!(rendered.unexpected, Vec::<String>::new());
    assert_eq!(rendered.strong, ["坚持高位推动", "坚持以上率下"]);
    assert_eq!(
        rendered.blocks[0],
        (
            "h1".into(),
            "中共某某县城关镇委员会关于县委巡察反馈意见整改进展情况的通报".into()
        )
    );
    insta::assert_snapshot!(md);
}

#[test]
fn a_short_user_template_reproduces_the_reference() {
    let data = DataDir::shipped();
    data.write(
        "plain.j2",
        "{% for b in blocks %}{% if b.kind == 'heading' %}{{ b.number }}{{ b.text }}\n\
         {% elif b.kind == 'paragraph' %}{{ b.spans | map(attribute='text') | join }}\n\
         {% else %}{{ b.lines | join('') }}\n{% endif %}{% endfor %}",
    );
    let template = data.path().join("plain.j2");
    let out = export(
        data.path(),
        &["--format", "txt", "--template", template.to_str().unwrap()],
    );
    assert_carries_reference(&out);
    // The notice's 33 lines and the issuer (落款) on a line of its own.
    assert_eq!(out.lines().count(), 34);
}

#[test]
fn user_templates_have_the_helpers() {
    let data = DataDir::shipped();
    data.write(
        "t.j2",
        "{{ 12 | cn }} {{ 11 | ordinal }} {{ inspection.feedback | cn_date }} \
         {{ cn_range(inspection.start, inspection.end) }} {{ findings[9].number }} \
         {{ findings[9].measures[2].ordinal }} {{ statistics.overall.completion_rate | rate }} \
         {{ categories[2].number }} {{ sections[2].number }}",
    );
    let t = data.path().join("t.j2");
    let out = export(data.path(), &["--template", t.to_str().unwrap()]);
    assert_eq!(
        out,
        "十二 十一是 2020年10月14日 2020年6月15日至8月28日 10. 三是 100% （三） 三、\n"
    );
}

#[test]
fn a_broken_user_template_is_a_clear_error() {
    let data = DataDir::shipped();
    data.write("t.j2", "line one\n{{ findngs[0].number }}\n");
    let t = data.path().join("t.j2");
    let err = stderr_failing(data.run(&["export", "--template", t.to_str().unwrap()]));
    assert!(
        err.contains(&format!(
            "your template `{}` cannot be rendered (line 2, column 4)",
            t.display()
        )),
        "{err}"
    );
    assert!(err.contains("help: check the template"), "{err}");
}

/// The notice formats are written as they are rendered: a template failing halfway must
/// still leave nothing behind, neither on standard output nor as a file.
#[test]
fn a_template_failing_halfway_writes_nothing() {
    let data = DataDir::shipped();
    data.write(
        "t.j2",
        "{% for b in blocks %}{{ b.kind }}\n{% endfor %}{{ findngs[0] }}\n",
    );
    let t = data.path().join("t.j2");
    let assert = data.run(&["export", "--template", t.to_str().unwrap()]);
    let out = assert.get_output().stdout.clone();
    stderr_failing(assert);
    assert_eq!(String::from_utf8_lossy(&out), "");
    let file = data.path().join("notice.md");
    let file_arg = file.to_str().unwrap();
    stderr_failing(data.run(&["export", "--template", t.to_str().unwrap(), "-o", file_arg]));
    assert!(!file.exists());
}

/// Streamed to standard output or to a file, the notice is the same, byte for byte.
#[test]
fn notice_formats_write_the_same_to_a_file_and_to_standard_output() {
    let data = DataDir::shipped();
    for format in ["md", "txt", "html"] {
        let file = data.path().join(format!("notice.{format}"));
        let printed = export(data.path(), &["--format", format, "--with-status"]);
        stdout(data.run(&[
            "export",
            "--format",
            format,
            "--with-status",
            "-o",
            file.to_str().unwrap(),
        ]));
        assert_eq!(std::fs::read_to_string(&file).unwrap(), printed, "{format}");
        assert!(
            printed.ends_with('\n') && !printed.ends_with("\n\n"),
            "{format}"
        );
    }
}

#[test]
fn the_examples_in_the_template_docs_render() {
    // The Chinese page and its English twin carry the same examples.
    for page in ["docs/templates.md", "docs/templates.en.md"] {
        template_doc_examples_render(page);
    }
}

fn template_doc_examples_render(page: &str) {
    let docs = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(page)).unwrap();
    let examples: Vec<&str> = docs
        .split("```jinja\n")
        .skip(1)
        .map(|s| s.split("```").next().unwrap())
        .collect();
    assert_eq!(examples.len(), 3);
    let data = DataDir::shipped();
    let outputs: Vec<String> = examples
        .iter()
        .map(|example| {
            data.write("example.j2", example);
            let t = data.path().join("example.j2");
            export(
                data.path(),
                &["--format", "md", "--template", t.to_str().unwrap()],
            )
        })
        .collect();
    assert_carries_reference(&outputs[0]);
    assert!(
        outputs[1].contains("| 10 | 履行整改主体责任不到位,审计整改不及时、不到位 | 长期坚持 |")
    );
    assert_eq!(outputs[2].lines().count(), 3 + 10 * 2);
}

#[test]
fn template_is_refused_for_formats_without_one() {
    let data = DataDir::shipped();
    data.write("t.j2", "{{ title }}");
    let t = data.path().join("t.j2");
    let assert = run(
        data.path(),
        &[
            "export",
            "--format",
            "json",
            "--template",
            t.to_str().unwrap(),
        ],
    );
    let err = String::from_utf8(assert.code(2).get_output().stderr.clone()).unwrap();
    assert!(
        err.contains("--template works with md, txt and html"),
        "{err}"
    );
}

#[test]
fn an_english_notice() {
    let data = DataDir::copy_of(&fixture("export/progress"));
    let toml = data.read("rectify.toml");
    let toml: String = toml
        .lines()
        .filter(|l| !l.starts_with("statistics = "))
        .map(|l| format!("{l}\n"))
        .collect();
    data.write("rectify.toml", &format!("language = \"en\"\n{toml}"));
    let txt = export(data.path(), &["--format", "txt", "--with-status"]);
    assert_eq!(
        txt,
        "As arranged by 市委, 市委第一巡察组 inspected 市档案馆党组 from 1 March 2021 to 30 April 2021 and fed its findings back to 市档案馆党组 on 1 June 2021. This notice reports how the rectification stands. Findings fed back: 2; rectified: 1; in progress: 1 (50% complete).\n\
         1. On “档案安全管理制度执行不严”\n\
         (1) 修订档案安全管理办法。 (done) (2) 开展库房安全隐患排查。 (done) (3) 建立库房巡查台账。 (in progress)\n\
         2. On “数字化进度滞后”\n\
         (1) 制定馆藏档案数字化三年计划。 (ongoing)\n"
    );
}

#[test]
fn print_template_prints_the_built_in_one() {
    let md = stdout(rectify().args(["export", "--print-template"]).assert());
    assert!(md.contains("md_spans"));
    let html = stdout(
        rectify()
            .args(["export", "--format", "html", "--print-template"])
            .assert(),
    );
    assert!(html.starts_with("{#-") && html.contains("<!DOCTYPE html>"));
    // The printed template, used as a user template, gives the same notice.
    let data = DataDir::shipped();
    data.write("mine.md.j2", &md);
    let t = data.path().join("mine.md.j2");
    assert_eq!(
        export(data.path(), &["--template", t.to_str().unwrap()]),
        shipped(&["--format", "md"])
    );
}

#[test]
fn print_template_with_output_writes_the_file() {
    let md = stdout(rectify().args(["export", "--print-template"]).assert());
    let work = DataDir::empty();
    let out = work.path().join("mine.md.j2");
    rectify()
        .args(["export", "--print-template", "-o", out.to_str().unwrap()])
        .assert()
        .success()
        .stdout("");
    assert_eq!(std::fs::read_to_string(&out).unwrap(), md);
}

// --- Numbering past ten -------------------------------------------------------------------

/// 25 findings in 12 categories (2 or 3 each); finding 1 has 11 measures.
fn large(sections: bool) -> DataDir {
    let data = DataDir::empty();
    let mut toml = String::from("intro = \"引言。\"\n");
    for c in 1..=12 {
        toml.push_str(&format!(
            "[[category]]\nid = \"c{c}\"\ntitle = \"第{c}方面\"\n"
        ));
    }
    if sections {
        toml.push_str("[[section]]\ntitle = \"整改落实情况\"\nfindings = true\n");
    }
    data.write("rectify.toml", &toml);
    let mut id = 0;
    for c in 1..=12 {
        let mut findings = String::new();
        for _ in 0..if c == 12 { 3 } else { 2 } {
            id += 1;
            findings.push_str(&format!(
                "[[finding]]\nid = {id}\ncategory = \"c{c}\"\ntitle = \"问题{id}\"\n"
            ));
            for m in 1..=if id == 1 { 11 } else { 1 } {
                findings.push_str(&format!(
                    "[[finding.measure]]\ntext = \"措施{id}-{m}。\"\nstatus = \"ongoing\"\n"
                ));
            }
        }
        data.write(&format!("findings/c{c:02}.toml"), &findings);
    }
    assert_eq!(id, 25);
    data
}

#[test]
fn numbering_past_ten_under_a_section() {
    let data = large(true);
    let txt = export(data.path(), &["--format", "txt"]);
    let lines: Vec<&str> = txt.lines().collect();
    assert!(lines.contains(&"（十二）第12方面"), "{txt}");
    assert!(lines.contains(&"（十一）第11方面"));
    assert!(lines.contains(&"25.针对“问题25”的问题。"));
    assert!(lines.contains(&"11.针对“问题11”的问题。"));
    let measures = lines[4];
    assert!(
        measures.starts_with("一是措施1-1。二是措施1-2。"),
        "{measures}"
    );
    assert!(
        measures.contains("十是措施1-10。十一是措施1-11。"),
        "{measures}"
    );
    let json: serde_json::Value =
        serde_json::from_str(&export(data.path(), &["--format", "json"])).unwrap();
    assert_eq!(json["findings"].as_array().unwrap().len(), 25);
    assert_eq!(json["findings"][0]["measures"][10]["ordinal"], "十一是");
    assert_eq!(json["categories"][11]["number"], "（十二）");
    assert_eq!(json["findings"][24]["number"], "25.");
}

#[test]
fn numbering_past_ten_without_sections() {
    let data = large(false);
    let txt = export(data.path(), &["--format", "txt"]);
    let lines: Vec<&str> = txt.lines().collect();
    assert!(lines.contains(&"十二、第12方面"), "{txt}");
    assert!(lines.contains(&"十、第10方面"));
    assert!(lines.contains(&"（二十五）针对“问题25”的问题。"));
    assert!(lines.contains(&"（二十一）针对“问题21”的问题。"));
}

#[test]
fn findings_numbered_again_in_each_category() {
    let data = large(true);
    let toml = data.read("rectify.toml");
    data.write(
        "rectify.toml",
        &format!("{toml}[notice]\nfinding_numbering = \"per-category\"\nmeasures = \"items\"\n"),
    );
    let txt = export(data.path(), &["--format", "txt"]);
    let lines: Vec<&str> = txt.lines().collect();
    assert!(lines.contains(&"3.针对“问题25”的问题。"), "{txt}");
    assert!(!lines.iter().any(|l| l.starts_with("4.")));
    // measures as sub-items one level below the finding: （1）…（11）
    assert!(lines.contains(&"（11）措施1-11。"), "{txt}");
}

// --- Wording settings -----------------------------------------------------------------------

/// A small report with every kind of part, and extra `[notice]` lines.
fn small(notice: &str) -> DataDir {
    let data = DataDir::empty();
    data.write(
        "rectify.toml",
        &format!(
            r#"
[inspection]
authority = "区委"
group = "区委第一巡察组"
unit = "区文旅局党组"
start = 2021-04-06
end = 2021-06-10
feedback = 2021-07-15

[[category]]
id = "a"
title = "甲方面"

[[section]]
title = "工作开展情况"

[[section.point]]
lead = "加强领导。"
text = "成立领导小组。"

[[section.point]]
lead = "压实责任。"
text = "逐项明确责任人。"

[[section]]
title = "问题整改情况"
findings = true

[[section]]
title = "下一步打算"
paragraphs = ["持续巩固整改成果。"]

[closing]
text = "特此公告。"
issuer = "中共某区文旅局党组"
date = 2021-10-08

[contact]
phone = "0000-1234567"
email = "a@example.cn"
report = {{ label = "举报电话", value = "12388" }}

[notice]
{notice}
"#
        ),
    );
    data.write(
        "findings/1.toml",
        r#"
[[finding]]
id = 1
category = "a"
title = "学习制度落实不到位"
description = "学习缺少计划。"

[[finding.measure]]
text = "制定年度学习计划。"
status = "done"
done = 2021-08-01

[[finding.measure]]
text = "建立学习台账。"
status = "in-progress"
deadline = 2021-12-31

[[finding]]
id = 2
category = "a"
title = "采购程序不规范"

[[finding.measure]]
text = "修订采购管理办法。"
status = "done"
done = 2021-09-01
"#,
    );
    data
}

fn small_txt(notice: &str) -> String {
    let data = small(notice);
    export(data.path(), &["--format", "txt"])
}

#[test]
fn defaults_on_the_small_report() {
    insta::assert_snapshot!(small_txt(""));
}

#[test]
fn finding_heading_variants() {
    for (format, expected) in [
        ("关于“{title}”问题", "1.关于“学习制度落实不到位”问题"),
        (
            "关于“{title}”问题的整改",
            "1.关于“学习制度落实不到位”问题的整改",
        ),
        ("关于{title}的问题", "1.关于学习制度落实不到位的问题"),
        ("{title}", "1.学习制度落实不到位"),
    ] {
        let txt = small_txt(&format!("finding_heading = \"{format}\""));
        assert!(txt.lines().any(|l| l == expected), "{format}: {txt}");
    }
}

#[test]
fn detail_line_label_and_single_measure_in_prose() {
    let txt = small_txt(
        "finding_detail = \"问题表现：{description}\"\nmeasures_label = \"整改情况：\"\nsingle_measure = \"plain\"",
    );
    let lines: Vec<&str> = txt.lines().collect();
    let at = lines.iter().position(|l| l.starts_with("1.")).unwrap();
    assert_eq!(lines[at + 1], "问题表现：学习缺少计划。");
    assert_eq!(
        lines[at + 2],
        "整改情况：一是制定年度学习计划。二是建立学习台账。"
    );
    assert_eq!(lines[at + 4], "整改情况：修订采购管理办法。");
}

#[test]
fn measures_one_paragraph_each() {
    let txt = small_txt("measures = \"paragraphs\"");
    assert!(
        txt.contains("\n一是制定年度学习计划。\n二是建立学习台账。\n"),
        "{txt}"
    );
}

#[test]
fn point_layouts() {
    let inline = small_txt("points = \"inline\"");
    assert!(inline.contains("\n一是加强领导。成立领导小组。二是压实责任。逐项明确责任人。\n"));
    let items = small_txt("points = \"items\"");
    assert!(items.contains("\n（一）加强领导。成立领导小组。\n（二）压实责任。逐项明确责任人。\n"));
}

#[test]
fn a_sections_own_point_layout_wins() {
    let data = small("");
    let toml = data.read("rectify.toml").replace(
        "title = \"工作开展情况\"",
        "title = \"工作开展情况\"\npoints = \"items\"",
    );
    data.write("rectify.toml", &toml);
    let txt = export(data.path(), &["--format", "txt"]);
    assert!(txt.contains("\n（一）加强领导。成立领导小组。\n"), "{txt}");
}

#[test]
fn statistics_where_the_user_puts_it() {
    let sentence = "巡察反馈的1个方面2个问题，已完成整改1个、正在整改1个，整改完成率50%。";
    let intro = small_txt("statistics_at = \"intro\"");
    assert!(intro
        .lines()
        .next()
        .unwrap()
        .ends_with(&format!("予以公布。{sentence}")));
    let findings = small_txt("statistics_at = \"findings\"");
    assert!(
        findings.contains(&format!("二、问题整改情况\n{sentence}\n（一）甲方面")),
        "{findings}"
    );
    let none = small_txt("");
    assert!(!none.contains("整改完成率"));
    // with the counts of measures and free figures, verbatim
    let custom = small_txt(
        "statistics_at = \"intro\"\nstatistics = \"共{measures}条整改措施，已完成{measures_completed}条，完成率{measure_rate}；建立制度{rules}。\"\n[notice.figures]\nrules = \"12项\"",
    );
    assert!(
        custom.contains("共3条整改措施，已完成2条，完成率66.7%；建立制度12项。"),
        "{custom}"
    );
}

#[test]
fn statistics_opening_a_section() {
    let data = small("");
    let toml = data.read("rectify.toml").replace(
        "title = \"下一步打算\"",
        "title = \"下一步打算\"\nstatistics = true",
    );
    data.write("rectify.toml", &toml);
    let txt = export(data.path(), &["--format", "txt"]);
    assert!(txt.contains("三、下一步打算\n巡察反馈的1个方面"), "{txt}");
}

#[test]
fn title_assembled_or_verbatim() {
    let assembled = small_txt("title_format = \"{unit}关于巡察整改进展情况的公告\"");
    assert_eq!(
        assembled.lines().next(),
        Some("区文旅局党组关于巡察整改进展情况的公告")
    );
    let data = small("title_format = \"{unit}关于\"");
    let toml = data.read("rectify.toml");
    data.write("rectify.toml", &format!("title = \"原样标题\"\n{toml}"));
    let verbatim = export(data.path(), &["--format", "txt"]);
    assert_eq!(verbatim.lines().next(), Some("原样标题"));
}

#[test]
fn closing_lines_and_contact_layouts() {
    let txt = small_txt("");
    assert!(txt.ends_with(
        "特此公告。\n联系电话：0000-1234567；电子邮箱：a@example.cn；举报电话：12388。\n中共某区文旅局党组\n2021年10月8日\n"
    ), "{txt}");
    let lines = small_txt("contact = \"lines\"\ncontact_at = \"before-closing\"");
    assert!(lines.ends_with(
        "联系电话：0000-1234567\n电子邮箱：a@example.cn\n举报电话：12388\n特此公告。\n中共某区文旅局党组\n2021年10月8日\n"
    ), "{lines}");
}

#[test]
fn numbering_levels_are_settings() {
    let txt = small_txt(&format!(
        "numbering = [\"第{{cn}}部分 \", \"{{cn}}、\", \"（{{n}}）\"]\nordinal = \"第{{cn}}，\"\n{DETAIL}"
    ));
    assert!(txt.contains("\n第二部分 问题整改情况\n一、甲方面\n（1）针对“学习制度落实不到位”的问题。\n学习缺少计划。\n第一，制定年度学习计划。第二，建立学习台账。\n"), "{txt}");
}

#[test]
fn findings_without_categories_or_sections() {
    let data = small("");
    let toml = data.read("rectify.toml");
    let toml = toml.split("[[category]]").next().unwrap().to_string()
        + "[closing]\ntext = \"特此公告。\"\n";
    data.write("rectify.toml", &toml);
    let f = data
        .read("findings/1.toml")
        .replace("category = \"a\"\n", "");
    data.write("findings/1.toml", &f);
    let txt = export(data.path(), &["--format", "txt"]);
    assert_eq!(
        txt,
        "根据区委巡察工作统一部署，2021年4月6日至6月10日，区委第一巡察组对区文旅局党组进行了巡察，并于7月15日向区文旅局党组反馈了巡察意见。按照党务公开原则和巡察工作有关要求，现将巡察整改进展情况予以公布。\n\
         一、针对“学习制度落实不到位”的问题。\n一是制定年度学习计划。二是建立学习台账。\n\
         二、针对“采购程序不规范”的问题。\n一是修订采购管理办法。\n特此公告。\n"
    );
}

#[test]
fn settings_errors_name_the_place_and_the_fix() {
    let data = small(
        "finding_headin = \"x\"\nmeasures = \"inlined\"\nstatistics = \"共{findngs}个\"\n[notice.figures]\nrules = 12",
    );
    let err = stderr_failing(run(data.path(), &["export"]));
    assert!(
        err.contains("unknown key `finding_headin` in [notice]"),
        "{err}"
    );
    assert!(err.contains("did you mean `finding_heading`?"), "{err}");
    assert!(
        err.contains("unknown `measures` \"inlined\" in [notice]"),
        "{err}"
    );
    assert!(err.contains("did you mean \"inline\"?"), "{err}");
    assert!(
        err.contains("unknown placeholder {findngs} in `statistics`"),
        "{err}"
    );
    assert!(
        err.contains("figure `rules` in [notice.figures] must be text"),
        "{err}"
    );
    let line = data
        .read("rectify.toml")
        .lines()
        .position(|l| l.starts_with("finding_headin"))
        .unwrap()
        + 1;
    assert!(err.contains(&format!("rectify.toml:{line}:1")), "{err}");
    assert!(err.contains("the data has 4 errors in 1 file"), "{err}");
}

#[test]
fn a_stray_brace_in_a_format_is_an_error_not_printed() {
    let data = small("statistics = \"共{findings}个问题{\"\nstatistics_at = \"intro\"");
    let err = stderr_failing(run(data.path(), &["export"]));
    assert!(
        err.contains("`statistics` in [notice] has a brace that opens or closes no placeholder"),
        "{err}"
    );
    assert!(err.contains("rectify.toml:"), "{err}");
}

#[test]
fn an_empty_numbering_is_an_error() {
    let data = small("numbering = []");
    let err = stderr_failing(run(data.path(), &["export"]));
    assert!(
        err.contains("`numbering` in [notice] lists no level"),
        "{err}"
    );
}

// --- Status and progress over time ---------------------------------------------------------

#[test]
fn with_status_appends_each_measures_status() {
    let data = small("");
    let out = export(data.path(), &["--format", "txt", "--with-status"]);
    assert!(
        out.contains("一是制定年度学习计划。（已完成）二是建立学习台账。（正在推进）"),
        "{out}"
    );
    let md = export(data.path(), &["--format", "md", "--with-status"]);
    assert!(md.contains("一是制定年度学习计划。（已完成）"));
    let plain = export(data.path(), &["--format", "txt"]);
    assert!(!plain.contains("（已完成）"));
}

#[test]
fn as_of_reports_progress_from_done_dates_and_logs() {
    let dir = fixture("export/progress");
    let on = |date: &str| {
        stdout(
            rectify()
                .env("RECTIFY_TODAY", "2021-10-01")
                .arg("--data")
                .arg(&dir)
                .args([
                    "export",
                    "--format",
                    "txt",
                    "--with-status",
                    "--as-of",
                    date,
                ])
                .assert(),
        )
    };
    let early = on("2021-06-25");
    assert!(early.contains("一是修订档案安全管理办法。（正在推进）二是开展库房安全隐患排查。（正在推进）三是建立库房巡查台账。（未启动）"), "{early}");
    assert!(
        early.contains("已完成0条、长期坚持1条、正在推进2条、未启动1条"),
        "{early}"
    );
    let middle = on("2021-08-01");
    assert!(middle.contains("一是修订档案安全管理办法。（已完成）二是开展库房安全隐患排查。（正在推进）三是建立库房巡查台账。（正在推进）"), "{middle}");
    let late = on("2021-10-01");
    assert!(
        late.contains("（已完成）二是开展库房安全隐患排查。（已完成）"),
        "{late}"
    );
    let json: serde_json::Value = serde_json::from_str(&stdout(
        rectify()
            .env("RECTIFY_TODAY", "2021-10-01")
            .arg("--data")
            .arg(&dir)
            .args(["export", "--format", "json", "--as-of", "2021-06-25"])
            .assert(),
    ))
    .unwrap();
    assert_eq!(json["as_of"], "2021-06-25");
    assert_eq!(json["findings"][0]["measures"][2]["status"], "not-started");
    assert_eq!(json["statistics"]["overall"]["measures_completed"], 1);
    insta::assert_snapshot!(early);
}

// --- Hostile text -----------------------------------------------------------------------------

const HOSTILE: &str = "<script>alert(1)</script> & *星* _下_ `代码` ``` | 表 | ~删~ [链](http://x) ![图](y) &amp; \\\\";

/// Descriptions printed under the findings' headings.
const DETAIL: &str = "finding_detail = \"{description}\"";

fn hostile() -> DataDir {
    let data = small(DETAIL);
    let h = HOSTILE.replace('\\', "\\\\").replace('"', "\\\"");
    let toml = data
        .read("rectify.toml")
        .replace("title = \"甲方面\"", &format!("title = \"{h}\""))
        .replace("lead = \"加强领导。\"", &format!("lead = \"{h}\""))
        .replace(
            "paragraphs = [\"持续巩固整改成果。\"]",
            "paragraphs = [\"# 不是标题\\n\\n- 不是列表\\n\\n1. 也不是\", \"> 不是引用 | a | b |\\n|---|---|\", \"<div>不是块</div>\", \"    不是代码\", \"---\", \"2020. 年\"]",
        );
    data.write("rectify.toml", &format!("title = \"# {h}\"\n{toml}"));
    let f = data
        .read("findings/1.toml")
        .replace(
            "title = \"学习制度落实不到位\"",
            &format!("title = \"{h}\""),
        )
        .replace(
            "text = \"制定年度学习计划。\"",
            &format!("text = \"{h}\\n\\n第二段\""),
        );
    data.write("findings/1.toml", &f);
    data
}

#[test]
fn hostile_text_keeps_the_markdown_structure() {
    let data = hostile();
    let md = export(data.path(), &["--format", "md"]);
    let rendered = render_markdown(&md);
    assert_eq!(rendered.unexpected, Vec::<String>::new(), "{md}");
    let kinds: Vec<&str> = rendered.blocks.iter().map(|(k, _)| k.as_str()).collect();
    // The measure's blank line parts its paragraph in two (一是… / 第二段二是…).
    let mut expected = vec![
        "h1", "p", "h2", "p", "p", "h2", "h3", "h4", "p", "p", "p", "h4", "p", "h2",
    ];
    // eight paragraphs of section 三 (the first text has three), closing, contact, issuer, date
    expected.extend(["p"; 12]);
    assert_eq!(kinds, expected, "{md}");
    let text = |i: usize| rendered.blocks[i].1.as_str();
    assert_eq!(text(0), format!("# {HOSTILE}"));
    assert_eq!(text(3), format!("一是{HOSTILE}成立领导小组。"));
    // Bold stops at the lead's last letter or digit, so it renders (see markdown_strong).
    let core = &HOSTILE[1..HOSTILE.rfind("amp").unwrap() + 3];
    assert_eq!(rendered.strong, [core, "压实责任"]);
    assert_eq!(text(6), format!("（一）{HOSTILE}"));
    assert_eq!(text(7), format!("1.针对“{HOSTILE}”的问题。"));
    assert_eq!(text(9), format!("一是{HOSTILE}"));
    assert_eq!(text(10), "第二段二是建立学习台账。");
    assert_eq!(text(14), "# 不是标题");
    assert_eq!(text(15), "- 不是列表");
    assert_eq!(text(16), "1. 也不是");
    // One line break: the lines join (a space between Latin words and signs).
    assert_eq!(text(17), "> 不是引用 | a | b | |---|---|");
    assert_eq!(text(18), "<div>不是块</div>");
    assert_eq!(text(19), "不是代码");
    assert_eq!(text(20), "---");
    assert_eq!(text(21), "2020. 年");
}

#[test]
fn hostile_text_keeps_the_html_structure() {
    let data = hostile();
    let html = export(data.path(), &["--format", "html"]);
    assert!(!html.contains("<script"), "{html}");
    assert!(!html.contains("<div>不是块"));
    assert!(
        html.contains("&lt;script&gt;alert(1)&lt;&#x2f;script&gt; &amp; *星*"),
        "{html}"
    );
    let benign = export(small(DETAIL).path(), &["--format", "html"]);
    for tag in [
        "<p", "<h1", "<h2", "<h3", "<h4", "<strong", "<div", "<a ", "<img",
    ] {
        // Five more paragraphs, two more from blank lines (a measure's, a paragraph's two).
        let extra = usize::from(tag == "<p") * 8 + usize::from(tag == "<h1");
        assert_eq!(
            html.matches(tag).count(),
            benign.matches(tag).count() + extra,
            "{tag}"
        );
    }
}

#[test]
fn hostile_text_keeps_one_paragraph_per_line_in_text() {
    let data = hostile();
    let txt = export(data.path(), &["--format", "txt"]);
    let benign = export(small(DETAIL).path(), &["--format", "txt"]);
    // Five more paragraphs and the title, and three more lines from blank lines in texts.
    assert_eq!(txt.lines().count(), benign.lines().count() + 6 + 3);
    assert!(txt.contains(&format!("一是{HOSTILE}\n第二段二是建立学习台账。")));
}

// --- Output handling ------------------------------------------------------------------------

#[test]
fn invalid_data_exports_nothing_with_the_messages_of_check() {
    let data = DataDir::shipped();
    let f = data
        .read("findings/03.toml")
        .replace("status = \"done\"", "status = \"finished\"");
    data.write("findings/03.toml", &f);
    let check = stderr_failing(data.run(&["check"]));
    for format in ["md", "txt", "html", "json"] {
        let out = data.path().join(format!("notice.{format}"));
        let assert = data.run(&["export", "--format", format, "-o", out.to_str().unwrap()]);
        let output = assert.code(1).get_output().clone();
        assert!(output.stdout.is_empty());
        assert_eq!(String::from_utf8(output.stderr).unwrap(), check);
        assert!(!out.exists());
    }
    assert!(check.contains("unknown status `finished`"), "{check}");
}

#[test]
fn output_file_holds_what_stdout_would() {
    let data = DataDir::shipped();
    let out = data.path().join("notice.md");
    data.run(&["export", "-o", out.to_str().unwrap()])
        .success()
        .stdout("");
    assert_eq!(
        std::fs::read_to_string(&out).unwrap(),
        shipped(&["--format", "md"])
    );
    let leftovers: Vec<_> = std::fs::read_dir(data.path())
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with(".rectify-"))
        .collect();
    assert!(leftovers.is_empty());
}

#[test]
fn output_dash_is_standard_output() {
    let data = DataDir::shipped();
    let out = stdout(
        rectify()
            .current_dir(data.path())
            .args(["--data", ".", "export", "-o", "-"])
            .assert(),
    );
    assert_eq!(out, shipped(&["--format", "md"]));
    assert!(!data.path().join("-").exists(), "no file named `-`");
}

#[test]
fn output_into_a_missing_folder_names_the_folder() {
    let data = DataDir::shipped();
    let out = data.path().join("no-such-folder/notice.md");
    let err = stderr_failing(data.run(&["export", "-o", out.to_str().unwrap()]));
    assert!(
        err.contains("no-such-folder` does not exist"),
        "names the missing folder: {err}"
    );
    assert!(err.contains("help: create the folder"), "{err}");
    assert!(!err.contains(".rectify-"), "no temp file name: {err}");
}

#[test]
fn json_has_a_stable_documented_shape() {
    let text = shipped(&["--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    let keys: Vec<&str> = text
        .lines()
        .filter_map(|l| l.strip_prefix("  \"")?.split_once("\":").map(|(k, _)| k))
        .collect();
    assert_eq!(
        keys,
        [
            "format",
            "version",
            "language",
            "as_of",
            "title",
            "intro",
            "intro_generated",
            "inspection",
            "categories",
            "sections",
            "findings",
            "closing",
            "contact",
            "statistics",
            "blocks",
            "settings"
        ]
    );
    assert_eq!(json["format"], "rectify-notice");
    assert_eq!(json["version"], 1);
    let f = &json["findings"][3];
    assert_eq!(f["id"], 4);
    assert_eq!(f["number"], "4.");
    assert_eq!(f["category"], "conduct");
    assert_eq!(f["measures"][3]["address"], "4.4");
    assert_eq!(f["measures"][3]["ordinal"], "四是");
    assert_eq!(json["statistics"]["overall"]["findings"], 10);
    assert_eq!(json["statistics"]["overall"]["measures"], 30);
    assert_eq!(json["statistics"]["by_category"][1]["stats"]["findings"], 4);
    assert_eq!(json["blocks"][1]["kind"], "heading");
    assert_eq!(json["blocks"][1]["number"], "一、");
}
