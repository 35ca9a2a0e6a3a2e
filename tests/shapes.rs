//! Notices of every shape (issue 15): paragraphs in texts, parts of a section in the order
//! written, untitled and unnumbered sections, measure groups with an opening and a closing,
//! sub-problems with stable addresses, drafts, counts and facts in any text, and the plan
//! (整改方案, `export --kind plan`). The fixtures under tests/fixtures/shapes are invented.

use std::path::{Path, PathBuf};

use crate::common::{fixture, rectify, stderr_failing, stdout, DataDir};

/// After every date of the shapes fixtures.
const TODAY: &str = "2024-03-01";

fn notice() -> PathBuf {
    fixture("shapes/notice")
}

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

fn export_bytes(data: &Path, args: &[&str]) -> Vec<u8> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("out");
    run(
        data,
        &[&["export"], args, &["-o", path.to_str().unwrap()]].concat(),
    )
    .success();
    std::fs::read(path).unwrap()
}

fn zip_part(bytes: &[u8], name: &str) -> String {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut text = String::new();
    std::io::Read::read_to_string(&mut archive.by_name(name).unwrap(), &mut text).unwrap();
    text
}

/// The text of each non-empty paragraph of a docx body (w:t runs joined; a title's line
/// break joins its lines), in order, table cells included.
fn docx_paragraphs(bytes: &[u8]) -> Vec<String> {
    let xml = zip_part(bytes, "word/document.xml");
    let mut out = Vec::new();
    for p in xml.split("<w:p>").skip(1) {
        let p = p.split("</w:p>").next().unwrap_or_default();
        let mut text = String::new();
        for t in p.split("<w:t xml:space=\"preserve\">").skip(1) {
            text.push_str(t.split("</w:t>").next().unwrap_or_default());
        }
        let text = text
            .replace("&amp;", "&")
            .replace("&lt;", "<")
            .replace("&gt;", ">");
        if !text.trim().is_empty() {
            out.push(text);
        }
    }
    out
}

#[test]
fn the_shapes_notice_checks_clean() {
    let out = stdout(run(&notice(), &["check", "--strict"]).success());
    assert!(
        out.contains("ok — 2 categories, 2 findings, 5 measures"),
        "{out}"
    );
}

#[test]
fn txt_snapshot() {
    insta::assert_snapshot!(export(&notice(), &["--format", "txt"]));
}

#[test]
fn md_snapshot() {
    insta::assert_snapshot!(export(&notice(), &["--format", "md"]));
}

#[test]
fn html_snapshot() {
    let html = export(&notice(), &["--format", "html"]);
    let main = html
        .split("<main>")
        .nth(1)
        .and_then(|m| m.split("</main>").next())
        .unwrap();
    insta::assert_snapshot!(main);
}

#[test]
fn docx_snapshot_of_its_paragraphs() {
    let bytes = export_bytes(&notice(), &["--format", "docx"]);
    insta::assert_snapshot!(docx_paragraphs(&bytes).join("\n"));
}

/// The same paragraphs, in the same order, in every format: txt lines, Markdown blocks,
/// HTML elements and docx paragraphs.
#[test]
fn every_format_prints_the_same_paragraphs() {
    let txt: Vec<String> = export(&notice(), &["--format", "txt"])
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(str::to_string)
        .collect();
    // The notice's shapes, each its own paragraph.
    for expected in [
        // a two-paragraph intro
        "按照有关要求，现将巡察整改进展情况予以通报。",
        // an unnumbered paragraph between the intro and 一、
        "局党组把巡察整改作为重要政治任务，一是成立领导小组；二是制定整改方案；三是定期调度推进。",
        // a section opening with a paragraph (with counts) before its （一）
        "巡察反馈2个问题，制定5条整改措施，细化整改任务16项，已完成4条，完成率80%。",
        // the label, the opening sentence, 一是… and the closing sentence as one paragraph
        "整改情况：局党组认真对照反思，即知即改。一是召开专题会议研究整改。二是修订完善工作制度3项。目前已整改到位。",
        // two sub-problems, one level down
        "（1）关于“学习制度执行不严”的问题。",
        "（2）关于“民主生活会质量不高”的问题。",
        // a blank line in a measure starts a new paragraph
        "台账按月更新。",
        // a single line break in Chinese text joins without a space
        "局党组将以此次巡察整改为契机，推动各项工作高质量发展。",
        // a paragraph after the findings, with a per-category count
        "其中，1个问题在履行职责方面。",
    ] {
        assert!(txt.iter().any(|l| l == expected), "{expected} in\n{}", txt.join("\n"));
    }
    let docx = docx_paragraphs(&export_bytes(&notice(), &["--format", "docx"]));
    assert_eq!(docx, txt, "docx paragraphs = txt lines");
    let md = export(&notice(), &["--format", "md"]);
    let md_blocks: Vec<&str> = md
        .split("\n\n")
        .map(str::trim)
        .filter(|b| !b.is_empty())
        .collect();
    assert_eq!(md_blocks.len(), txt.len(), "{md}");
    let html = export(&notice(), &["--format", "html"]);
    let main = html
        .split("<main>")
        .nth(1)
        .unwrap()
        .split("</main>")
        .next()
        .unwrap();
    let elements = main.matches("<p ").count()
        + main.matches("<p>").count()
        + (1..=6)
            .map(|n| main.matches(&format!("<h{n}")).count())
            .sum::<usize>();
    assert_eq!(elements, txt.len(), "{main}");
}

#[test]
fn a_section_prints_its_parts_in_the_order_written() {
    let txt = export(&notice(), &["--format", "txt"]);
    let at = |s: &str| txt.find(s).unwrap_or_else(|| panic!("{s} in {txt}"));
    // paragraph, the findings (inserted), paragraph
    assert!(at("巡察反馈2个问题") < at("（一）在“履行职责”方面"));
    assert!(at("（二）在“班子建设”方面") < at("其中，1个问题"));
    assert!(at("其中，1个问题") < at("二、下一步工作打算"));
    // a point, then a [[section.paragraph]] written after it
    assert!(at("一是持续巩固成果。") < at("局党组将以此次巡察整改"));
}

#[test]
fn measure_group_separate_sets_the_opening_the_run_and_the_closing_apart() {
    let data = DataDir::copy_of(&notice());
    let text = data.read("rectify.toml");
    data.write(
        "rectify.toml",
        &text.replace("[notice]\n", "[notice]\nmeasure_group = \"separate\"\n"),
    );
    let txt = export(data.path(), &["--format", "txt"]);
    assert!(
        txt.contains("整改情况：局党组认真对照反思，即知即改。\n一是召开专题会议研究整改。二是修订完善工作制度3项。\n目前已整改到位。\n"),
        "{txt}"
    );
}

#[test]
fn facts_round_and_full_dates_and_category_headings() {
    let txt = export(&notice(), &["--format", "txt"]);
    assert!(
        txt.starts_with("中共示例县示例局党组关于县委八届第二轮巡察反馈意见整改进展情况的通报\n"),
        "{txt}"
    );
    // feedback_year = "always": the feedback keeps its year.
    assert!(txt.contains("并于2023年9月12日反馈了巡察意见"), "{txt}");
    // category_heading: the wrapper is the notice's, not the category's title.
    assert!(txt.contains("（一）在“履行职责”方面"), "{txt}");
    let list = stdout(run(&notice(), &["list"]));
    assert!(
        list.contains("履行职责") && !list.contains("在“履行职责”方面"),
        "{list}"
    );
    // Without the setting, the year is dropped as in the reference.
    let data = DataDir::copy_of(&notice());
    let text = data.read("rectify.toml");
    data.write(
        "rectify.toml",
        &text.replace("feedback_year = \"always\"\n", ""),
    );
    let txt = export(data.path(), &["--format", "txt"]);
    assert!(txt.contains("并于9月12日反馈了巡察意见"), "{txt}");
}

#[test]
fn a_figure_named_like_a_built_in_count_is_an_error_naming_both() {
    let data = DataDir::copy_of(&notice());
    let text = data.read("rectify.toml");
    data.write(
        "rectify.toml",
        &text.replace("tasks = \"16项\"", "tasks = \"16项\"\nfindings = \"25\""),
    );
    let err = stderr_failing(run(data.path(), &["check"]));
    assert!(
        err.contains(
            "figure `findings` in [notice.figures] has the name of the built-in {findings}"
        ),
        "{err}"
    );
    assert!(err.contains("rectify.toml:"), "{err}");
}

#[test]
fn sub_problems_have_stable_addresses_for_show_and_update() {
    let data = DataDir::copy_of(&notice());
    let shown = stdout(run(data.path(), &["show", "2.b.2"]));
    assert!(shown.contains("Measure 2.b.2 · in progress"), "{shown}");
    run(
        data.path(),
        &[
            "update",
            "2.b.2",
            "--status",
            "done",
            "--done",
            "2024-02-01",
        ],
    )
    .success();
    let file = data.read("findings/02.toml");
    assert!(
        file.contains(
            "台账按月更新。\"\"\"\nstatus = \"done\"\ndeadline = 2024-06-30\ndone = 2024-02-01\n"
        ),
        "{file}"
    );
    // The other sub-problem's measure is untouched.
    assert!(file.contains("text = \"严格执行理论学习中心组学习制度。\"\nstatus = \"ongoing\"\n"));
    let err = stderr_failing(run(data.path(), &["update", "2.c.1", "--status", "done"]));
    assert!(err.contains("finding 2 has no sub-problem c"), "{err}");
    assert!(err.contains("2.a, 2.b"), "{err}");
    let err = stderr_failing(run(data.path(), &["update", "2.b.9", "--status", "done"]));
    assert!(
        err.contains("sub-problem 2.b has 2 measures: 2.b.1, 2.b.2"),
        "{err}"
    );
    // The ledger names the sub-problem with its finding.
    let csv = export(data.path(), &["--format", "csv"]);
    assert!(
        csv.contains("班子建设有差距（2）民主生活会质量不高"),
        "{csv}"
    );
}

#[test]
fn a_sub_problem_letter_is_checked() {
    let data = DataDir::copy_of(&notice());
    let text = data.read("findings/02.toml");
    data.write(
        "findings/02.toml",
        &text.replacen("id = \"b\"", "id = \"a\"", 1),
    );
    let err = stderr_failing(run(data.path(), &["check"]));
    assert!(
        err.contains("sub-problem `a` is defined twice in this finding"),
        "{err}"
    );
    data.write(
        "findings/02.toml",
        &text.replacen("id = \"b\"", "id = \"B2\"", 1),
    );
    let err = stderr_failing(run(data.path(), &["check"]));
    assert!(
        err.contains("sub-problem id `B2` is not one letter a to z"),
        "{err}"
    );
}

#[test]
fn a_draft_without_findings_passes_check_with_a_warning_and_exports() {
    let draft = fixture("shapes/draft");
    let out = run(&draft, &["check"]).success();
    let err = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert!(err.contains("warning"), "{err}");
    assert!(err.contains("no findings yet"), "{err}");
    run(&draft, &["check", "--strict"]).failure();
    let txt = export(&draft, &["--format", "txt"]);
    assert_eq!(
        txt,
        "根据区委巡察工作统一部署，2023年3月4日至4月30日，区委第二巡察组对区示例中心党支部进行了巡察，并于6月18日向区示例中心党支部反馈了巡察意见。按照党务公开原则和巡察工作有关要求，现将巡察整改进展情况予以公布。\n一、整改工作开展情况\n党支部召开专题会议，研究部署巡察整改工作。\n整改方案正在制定中。\n"
    );
    export_bytes(&draft, &["--format", "docx"]);
    export_bytes(&draft, &["--kind", "plan", "--format", "docx"]);
}

mod plan {
    use super::*;

    #[test]
    fn md_snapshot() {
        insta::assert_snapshot!(export(&notice(), &["--kind", "plan", "--format", "md"]));
    }

    #[test]
    fn md_of_the_shipped_data_has_every_measure_in_one_table() {
        let md = export(
            &crate::common::shipped_data(),
            &["--kind", "plan", "--format", "md"],
        );
        assert!(
            md.starts_with("# 中共铜陵市义安区民政局党组关于区委巡察反馈意见的整改方案\n"),
            "{md}"
        );
        assert!(
            md.contains("对照巡察反馈的3个方面10个问题，制定整改措施30条"),
            "{md}"
        );
        let rows = md
            .lines()
            .filter(|l| l.starts_with("| ") && !l.starts_with("| 序号"))
            .count();
        assert_eq!(rows, 30, "{md}");
        assert!(md.contains("| 序号 | 方面 | 问题 | 整改措施 | 责任领导 | 责任部门 | 完成时限 |"));
    }

    #[test]
    fn docx_holds_the_three_lists_in_one_table_on_landscape_pages() {
        let bytes = export_bytes(&notice(), &["--kind", "plan", "--format", "docx"]);
        let xml = zip_part(&bytes, "word/document.xml");
        assert_eq!(xml.matches("<w:tbl>").count(), 1);
        assert!(
            xml.contains(r#"w:orient="landscape""#),
            "a landscape section"
        );
        assert!(xml.contains("<w:tblHeader/>"), "the header row repeats");
        assert!(
            xml.contains(r#"<w:vMerge w:val="restart"/>"#),
            "merged problem cells"
        );
        let paragraphs = docx_paragraphs(&bytes);
        for cell in [
            "序号",
            "方面",
            "问题",
            "整改措施",
            "责任领导",
            "责任部门",
            "完成时限",
            "2.b.2",
            "长期",
            "2024年6月30日",
        ] {
            assert!(
                paragraphs.iter().any(|p| p == cell),
                "{cell} in {paragraphs:?}"
            );
        }
        assert_eq!(
            paragraphs[0],
            "中共示例县示例局党组关于县委八届第二轮巡察反馈意见的整改方案"
        );
    }

    #[test]
    fn xlsx_is_a_workbook_with_the_table() {
        let bytes = export_bytes(&notice(), &["--kind", "plan", "--format", "xlsx"]);
        let strings = zip_part(&bytes, "xl/sharedStrings.xml");
        for text in [
            "整改措施",
            "班子建设有差距（2）民主生活会质量不高",
            "建立问题整改台账。台账按月更新。",
        ] {
            assert!(strings.contains(text), "{text}");
        }
        let sheet = zip_part(&bytes, "xl/worksheets/sheet1.xml");
        assert!(sheet.contains("<mergeCell "), "{sheet}");
    }

    #[test]
    fn wording_comes_from_plan_settings() {
        let data = DataDir::copy_of(&notice());
        let text = data.read("rectify.toml");
        data.write(
            "rectify.toml",
            &format!("{text}\n[plan]\ntitle = \"{{unit}}巡察整改方案\"\nguidance = \"坚持问题导向，共{{findings}}个问题。\"\nrequirements = [\"加强组织领导。\", \"严肃督查问责。\"]\nissuer = \"中共示例县示例局党组\"\ndate = 2023-10-08\n"),
        );
        let md = export(data.path(), &["--kind", "plan", "--format", "md"]);
        assert!(md.starts_with("# 县示例局党组巡察整改方案\n"), "{md}");
        assert!(
            md.contains("## 一、总体要求\n\n坚持问题导向，共2个问题。\n\n## 二、整改任务\n"),
            "{md}"
        );
        assert!(md.contains("## 三、工作要求\n\n加强组织领导。\n\n严肃督查问责。\n\n中共示例县示例局党组\n\n2023年10月8日\n"), "{md}");
        let bytes = export_bytes(data.path(), &["--kind", "plan", "--format", "docx"]);
        let xml = zip_part(&bytes, "word/document.xml");
        // Text after the table: the landscape section ends after it, the last is portrait.
        assert_eq!(xml.matches("<w:sectPr>").count(), 3, "{xml}");
    }

    #[test]
    fn other_formats_are_refused_with_the_ones_that_work() {
        let out = run(&notice(), &["export", "--kind", "plan", "--format", "txt"]).code(2);
        let err = String::from_utf8(out.get_output().stderr.clone()).unwrap();
        assert!(
            err.contains("--kind plan is written as md, docx or xlsx, not as txt"),
            "{err}"
        );
    }
}

#[test]
fn a_ledger_with_sub_problems_imports_back_into_sub_problems() {
    let dir = tempfile::tempdir().unwrap();
    let ledger = dir.path().join("ledger.xlsx");
    let data = DataDir::copy_of(&notice());
    // One measure per sub-problem cell (import splits a cell's paragraphs into measures).
    let text = data.read("findings/02.toml");
    data.write(
        "findings/02.toml",
        &text.replace("建立问题整改台账。\n\n台账按月更新。", "建立问题整改台账。"),
    );
    run(
        data.path(),
        &["export", "--format", "xlsx", "-o", ledger.to_str().unwrap()],
    )
    .success();
    let into = dir.path().join("imported");
    rectify()
        .env("RECTIFY_TODAY", TODAY)
        .args([
            "import",
            ledger.to_str().unwrap(),
            "--into",
            into.to_str().unwrap(),
        ])
        .assert()
        .success();
    let file = std::fs::read_to_string(into.join("findings/02.toml")).unwrap();
    assert!(
        file.contains("[[finding.sub]]\nid = \"b\"\ntitle = \"民主生活会质量不高\"\n"),
        "{file}"
    );
    let before = export(data.path(), &["--format", "csv"]);
    let after = export(&into, &["--format", "csv"]);
    assert_eq!(before, after);
}

/// What a record looks like before its findings are written: each passes `check` with a
/// warning (and fails `check --strict`), and the notice prints what there is.
#[test]
fn drafts_are_warnings_not_errors() {
    type Make = fn(&DataDir);
    let cases: [(&str, Make, &str); 4] = [
        (
            "no findings folder",
            |d| {
                std::fs::remove_dir_all(d.path().join("findings")).unwrap();
            },
            "`data/findings` does not exist: no findings yet",
        ),
        (
            "a findings folder without .toml files",
            |d| {
                std::fs::remove_dir_all(d.path().join("findings")).unwrap();
                std::fs::create_dir(d.path().join("findings")).unwrap();
                d.write("findings/README.txt", "问题清单");
                // An editor's lock file is hidden: never read as a finding.
                d.write("findings/.#01.toml", "not toml");
            },
            "there are no findings yet: `data/findings` holds no .toml files",
        ),
        (
            "an empty findings file",
            |d| {
                d.write("findings/11.toml", "");
            },
            "this file defines no finding yet",
        ),
        (
            "a findings file of comments only",
            |d| {
                d.write("findings/11.toml", "# 问题11：待补充\n");
            },
            "this file defines no finding yet",
        ),
    ];
    for (what, make, message) in cases {
        let root = tempfile::tempdir().unwrap();
        let data = DataDir::shipped();
        make(&data);
        // Named `data` so the messages name `data/findings`.
        let path = root.path().join("data");
        crate::common::copy_dir(data.path(), &path);
        let out = rectify()
            .current_dir(root.path())
            .args(["check"])
            .assert()
            .success();
        let err = String::from_utf8(out.get_output().stderr.clone()).unwrap();
        assert!(
            err.contains("warning") && err.contains(message),
            "{what}: {err}"
        );
        rectify()
            .current_dir(root.path())
            .args(["check", "--strict"])
            .assert()
            .failure();
        let md = stdout(
            rectify()
                .current_dir(root.path())
                .args(["export"])
                .assert()
                .success(),
        );
        assert!(md.contains("根据区委巡察工作统一部署"), "{what}: {md}");
    }
}

#[test]
fn a_placeholder_that_names_nothing_is_a_warning_with_the_nearest_name() {
    let data = DataDir::copy_of(&notice());
    let text = data.read("rectify.toml");
    data.write(
        "rectify.toml",
        &text.replace("巡察反馈{findings}个问题", "巡察反馈{findigs}个问题"),
    );
    let out = run(data.path(), &["check"]).success();
    let err = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert!(
        err.contains("warning: a paragraph of this section names {findigs}, which is no count, fact or figure"),
        "{err}"
    );
    assert!(err.contains("did you mean {findings}?"), "{err}");
    // Printed as written.
    assert!(export(data.path(), &["--format", "txt"]).contains("巡察反馈{findigs}个问题"));
}

#[test]
fn add_measure_gives_a_finding_of_sub_problems_its_own_first_measure() {
    let data = DataDir::copy_of(&notice());
    let out = stdout(
        run(
            data.path(),
            &[
                "add",
                "measure",
                "2",
                "--text",
                "开展警示教育。",
                "--status",
                "in-progress",
            ],
        )
        .success(),
    );
    assert!(out.contains("added measure 2.1 in "), "{out}");
    let txt = export(data.path(), &["--format", "txt"]);
    assert!(
        txt.contains("2.关于“班子建设有差距”的问题。\n整改情况：一是开展警示教育。\n（1）关于“学习制度执行不严”的问题。"),
        "{txt}"
    );
    // The sub-problems' addresses did not move.
    let shown = stdout(run(data.path(), &["show", "2.a.1"]));
    assert!(shown.contains("严格执行理论学习中心组学习制度"), "{shown}");
}

#[test]
fn update_of_a_sub_problem_changes_its_measures_only() {
    let data = DataDir::copy_of(&notice());
    run(data.path(), &["update", "2.b", "--owner", "办公室"]).success();
    let file = data.read("findings/02.toml");
    assert_eq!(file.matches("owner = \"办公室\"").count(), 2, "{file}");
    assert!(
        file.contains("text = \"严格执行理论学习中心组学习制度。\"\nstatus = \"ongoing\"\n\n"),
        "2.a.1 untouched: {file}"
    );
}

/// In the Chinese interface (the default), the new messages come from the catalog.
#[test]
fn the_new_messages_speak_chinese() {
    let data = DataDir::copy_of(&notice());
    let zh = |args: &[&str]| {
        crate::common::rectify_zh()
            .env("RECTIFY_TODAY", TODAY)
            .arg("--data")
            .arg(data.path())
            .args(args)
            .assert()
    };
    let err = String::from_utf8(
        zh(&["update", "2.c.1", "--status", "done"])
            .failure()
            .get_output()
            .stderr
            .clone(),
    )
    .unwrap();
    assert!(err.contains("第 2 个问题没有子问题 c"), "{err}");
    let err = String::from_utf8(
        zh(&["export", "--kind", "plan", "--format", "txt"])
            .code(2)
            .get_output()
            .stderr
            .clone(),
    )
    .unwrap();
    assert!(
        err.contains("--kind plan 只能导出 md、docx 或 xlsx"),
        "{err}"
    );
    let text = data.read("findings/02.toml");
    data.write(
        "findings/02.toml",
        &text.replacen("id = \"b\"", "id = \"a\"", 1),
    );
    let err = String::from_utf8(zh(&["check"]).failure().get_output().stderr.clone()).unwrap();
    assert!(err.contains("这个问题里的子问题 `a` 写了两次"), "{err}");
}
