//! A root of units: `rectify units`, `check` and `export --format xlsx` across units,
//! `--unit`, and roots that are broken in every way the issue names.

use std::path::Path;

use crate::common::{fixture, rectify, rectify_zh, stderr_failing, stdout, DataDir};

/// `rectify --root three ARGS…` run from tests/fixtures/root, so paths in messages are short.
fn in_fixture(args: &[&str]) -> assert_cmd::assert::Assert {
    rectify()
        .current_dir(fixture("root"))
        .args(["--root", "three"])
        .args(args)
        .assert()
}

/// A copy of the three-unit fixture root.
fn root_copy() -> DataDir {
    DataDir::copy_of(&fixture("root/three"))
}

fn run_in(root: &DataDir, args: &[&str]) -> assert_cmd::assert::Assert {
    rectify()
        .current_dir(root.path())
        .args(["--root", "."])
        .args(args)
        .assert()
}

#[test]
fn units_table_in_english() {
    insta::assert_snapshot!(stdout(in_fixture(&["units"])));
}

#[test]
fn units_table_in_chinese() {
    let out = rectify_zh()
        .current_dir(fixture("root"))
        .args(["--root", "three", "units"])
        .assert();
    insta::assert_snapshot!(stdout(out));
}

#[test]
fn units_sorted_by_completion_and_by_overdue() {
    let csv = stdout(in_fixture(&[
        "units",
        "--sort",
        "completion",
        "--format",
        "csv",
    ]));
    let units: Vec<&str> = csv
        .lines()
        .skip(1)
        .map(|l| l.split(',').next().unwrap())
        .collect();
    assert_eq!(
        units,
        [
            "区卫健委 (weijian)",
            "区教育局 (jiaoyu)",
            "区民政局 (minzheng)"
        ]
    );
    let csv = stdout(in_fixture(&[
        "units", "--sort", "overdue", "--format", "csv",
    ]));
    let first = csv.lines().nth(1).unwrap();
    assert!(first.contains(",1,"), "{csv}");
    assert!(!csv.lines().nth(1).unwrap().contains("minzheng"), "{csv}");
}

#[test]
fn units_json_has_the_counts_and_the_round() {
    let out = stdout(in_fixture(&["units", "--format", "json"]));
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(json["root"]["round"], "十四届区委第三轮巡察");
    assert_eq!(json["units"].as_array().unwrap().len(), 3);
    let jiaoyu = &json["units"][1];
    assert_eq!(jiaoyu["unit"], "jiaoyu");
    assert_eq!(jiaoyu["name"], "区教育局");
    assert_eq!(jiaoyu["measures"], 5);
    assert_eq!(jiaoyu["completion_rate"], 40.0);
    assert_eq!(jiaoyu["overdue"], 1);
    assert_eq!(jiaoyu["days_since_progress"], 71);
    assert_eq!(json["units"][2]["findings_closed"], 1);
    assert_eq!(json["total"]["measures"], 38);
    assert_eq!(json["total"]["units"], 3);
}

/// The rates of `units` are `list`'s: the same unit, the same summary numbers.
#[test]
fn units_agree_with_list() {
    let list = stdout(in_fixture(&["--unit", "jiaoyu", "list"]));
    assert!(list.contains("completion 40%"), "{list}");
    assert!(list.contains("1 overdue"), "{list}");
    let list = stdout(in_fixture(&["--unit", "区卫健委", "list"]));
    assert!(list.contains("completion 33.3%"), "{list}");
}

#[test]
fn check_across_units_names_each_unit() {
    let out = in_fixture(&["check"]).success();
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(text.contains("区民政局 (minzheng): ok"), "{text}");
    assert!(text.contains("区卫健委 (weijian): ok"), "{text}");
    assert!(text.ends_with("all 3 units are ok\n"), "{text}");
    let err = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert!(err.contains("unit 区教育局 (jiaoyu):"), "{err}");
    assert!(err.contains("three/jiaoyu/findings/02.toml:11:12"), "{err}");
}

#[test]
fn a_hint_in_check_across_units_names_the_unit_and_works_from_the_root() {
    let root = root_copy();
    let out = run_in(&root, &["check"]).success();
    let err = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    // Without --unit the command the hint gives would be refused in the root.
    assert!(
        err.contains("`rectify --unit jiaoyu update 2.1 --status done`"),
        "{err}"
    );
    assert!(!err.contains("`rectify update"), "{err}");
    run_in(
        &root,
        &["--unit", "jiaoyu", "update", "2.1", "--status", "done"],
    )
    .success();
}

#[test]
fn a_unit_is_named_by_folder_or_display_name_and_writes_there() {
    let root = root_copy();
    run_in(
        &root,
        &["--unit", "区教育局", "update", "2.1", "--status", "done"],
    )
    .success();
    assert!(root
        .read("jiaoyu/findings/02.toml")
        .contains("status = \"done\""));
    let out = stdout(run_in(&root, &["--unit", "jiaoyu", "show", "2.1"]));
    assert!(out.contains("done"), "{out}");
}

#[test]
fn a_command_for_one_record_asks_for_a_unit_and_lists_them() {
    let err = stderr_failing(in_fixture(&["show", "4"]));
    assert!(
        err.contains("rectify show works on one unit's record and three is a root of units"),
        "{err}"
    );
    assert!(
        err.contains("区民政局 (minzheng), 区教育局 (jiaoyu), 区卫健委 (weijian)"),
        "{err}"
    );
    let err = stderr_failing(in_fixture(&["--unit", "区财政局", "list"]));
    assert!(err.contains("three has no unit \"区财政局\""), "{err}");
    assert!(err.contains("the units are: 区民政局 (minzheng)"), "{err}");
    let err = stderr_failing(in_fixture(&["export", "--format", "md"]));
    assert!(err.contains("--format md"), "{err}");
    assert!(err.contains("--unit"), "{err}");
}

#[test]
fn the_root_is_found_from_a_folder_below_it() {
    // In a unit's folder, the unit's own record is found first: a clerk works on it.
    let out = rectify()
        .current_dir(fixture("root/three/jiaoyu"))
        .arg("list")
        .assert();
    assert!(stdout(out).contains("completion 40%"));
    // `units` and `--unit` look for the root above.
    let out = rectify()
        .current_dir(fixture("root/three/jiaoyu"))
        .arg("units")
        .assert();
    assert!(stdout(out).contains("3 units: 15 findings"));
    let out = rectify()
        .current_dir(fixture("root/three/jiaoyu/findings"))
        .args(["--unit", "weijian", "list"])
        .assert();
    assert!(stdout(out).contains("completion 33.3%"));
    // In the root itself, rectify-root.toml makes it the root.
    let out = rectify()
        .current_dir(fixture("root/three"))
        .arg("check")
        .assert();
    assert!(stdout(out).contains("all 3 units are ok"));
}

#[test]
fn a_unit_with_broken_data_fails_check_and_the_rest_is_checked() {
    let root = root_copy();
    root.write(
        "jiaoyu/findings/02.toml",
        "[[finding]]\nid = 2\ncategory = \"duty\"\ntitle = \"x\"\n\n[[finding.measure]]\ntext = \"y\"\nstatus = \"finished\"\n",
    );
    let out = run_in(&root, &["check"]).code(1);
    let err = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(err.contains("unit 区教育局 (jiaoyu):"), "{err}");
    assert!(err.contains("jiaoyu/findings/02.toml:8:10"), "{err}");
    assert!(
        err.contains("2 of 3 units are ok; with errors: 区教育局 (jiaoyu)"),
        "{err}"
    );
    assert!(text.contains("区民政局 (minzheng): ok"), "{text}");
    assert!(text.contains("区卫健委 (weijian): ok"), "{text}");
    // `units` still lists it, with its errors and no counts, and exits 1 naming it.
    let out = run_in(&root, &["units", "--format", "csv"]).code(1);
    let csv = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    let err = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    let row = csv.lines().find(|l| l.contains("jiaoyu")).unwrap();
    assert!(row.contains("—") && row.contains("1 error"), "{row}");
    assert!(
        err.contains("not counted in the table: 区教育局 (jiaoyu)"),
        "{err}"
    );
}

#[test]
fn a_unit_folder_that_is_not_a_record() {
    // Listed in rectify-root.toml but holding no rectify.toml: the unit's load says so.
    let root = root_copy();
    root.remove("weijian/rectify.toml");
    let out = run_in(&root, &["check"]).code(1);
    let err = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert!(err.contains("unit 区卫健委 (weijian):"), "{err}");
    assert!(err.contains("weijian/rectify.toml"), "{err}");
    assert!(err.contains("with errors: 区卫健委 (weijian)"), "{err}");
    // Without rectify-root.toml, a folder without rectify.toml is passed over, with a note.
    root.remove("rectify-root.toml");
    std::fs::create_dir(root.path().join("exports")).unwrap();
    let out = run_in(&root, &["units", "--format", "csv"]).success();
    let err = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    let csv = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(
        err.contains("exports holds no rectify.toml: not a unit's record, skipped"),
        "{err}"
    );
    assert_eq!(csv.lines().count(), 3, "{csv}");
    assert!(
        csv.contains("\r\njiaoyu,") && csv.contains("\r\nminzheng,"),
        "{csv}"
    );
}

#[test]
fn two_units_with_one_name() {
    let root = root_copy();
    let text = root
        .read("rectify-root.toml")
        .replace("区卫健委", "区教育局");
    root.write("rectify-root.toml", &text);
    let out = run_in(&root, &["check"]).code(1);
    let err = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert!(
        err.contains("the unit name \"区教育局\" is used twice"),
        "{err}"
    );
    assert!(err.contains("rectify-root.toml:15:8"), "{err}");
    assert!(err.contains("first used here"), "{err}");
    // The second is skipped by the list but still a record: it comes back as not listed.
    assert!(err.contains("does not list it"), "{err}");
    assert!(
        err.contains("3 of 3 units are ok; with errors: rectify-root.toml"),
        "{err}"
    );
}

#[test]
fn a_root_file_naming_a_missing_unit() {
    let root = root_copy();
    let mut text = root.read("rectify-root.toml");
    text.push_str("\n[[unit]]\ndir = \"caizheng\"\nname = \"区财政局\"\n");
    root.write("rectify-root.toml", &text);
    let out = run_in(&root, &["check"]).code(1);
    let err = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(
        err.contains("the unit folder caizheng does not exist in ."),
        "{err}"
    );
    assert!(err.contains("rectify-root.toml:18:7"), "{err}");
    assert_eq!(text.matches(": ok").count(), 3, "{text}");
}

#[test]
fn a_root_file_with_a_syntax_error_still_reports_the_units() {
    let root = root_copy();
    root.write(
        "rectify-root.toml",
        "round = \"十四届区委第三轮巡察\nauthority = \"区委巡察办\"\n",
    );
    // The table is still printed; the broken root file makes it exit 1, as `check` does.
    let out = run_in(&root, &["units", "--format", "csv"]).code(1);
    let err = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    let csv = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(err.contains("rectify-root.toml:1:"), "{err}");
    assert!(
        err.contains("data with errors, not counted in the table: rectify-root.toml"),
        "{err}"
    );
    assert_eq!(csv.lines().count(), 4, "{csv}");
    let err = stderr_failing(run_in(&root, &["check"]));
    assert!(err.contains("with errors: rectify-root.toml"), "{err}");
    // The office's workbook and report are still written, and fail as check does.
    let err = stderr_failing(run_in(
        &root,
        &["export", "--format", "xlsx", "-o", "all.xlsx"],
    ));
    assert!(
        err.contains("rectify-root.toml has errors (above)"),
        "{err}"
    );
    assert!(root.path().join("all.xlsx").is_file());
    let out = run_in(&root, &["report", "--format", "md"]).code(1);
    let err = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert!(
        err.contains("rectify-root.toml has errors (above)"),
        "{err}"
    );
    assert!(!out.get_output().stdout.is_empty());
}

#[test]
fn a_folder_without_units_is_refused_clearly() {
    let empty = DataDir::empty();
    let err = stderr_failing(
        rectify()
            .args(["--root"])
            .arg(empty.path())
            .arg("units")
            .assert(),
    );
    assert!(err.contains("holds no unit's record"), "{err}");
    // A data folder given as a root: say so.
    let err = stderr_failing(
        rectify()
            .arg("--root")
            .arg(fixture("valid/small"))
            .arg("units")
            .assert(),
    );
    assert!(
        err.contains("is itself a unit's data folder: name it with --data"),
        "{err}"
    );
}

/// A root of `n` units `u001`…, unit i with one finding of 5 measures of which `i % 6` are
/// done: its completion rate is known.
fn generated_root(n: usize) -> DataDir {
    let root = DataDir::empty();
    let report = std::fs::read_to_string(fixture("valid/small/rectify.toml"))
        .unwrap()
        .replace(
            "[[category]]\nid = \"duty\"\ntitle = \"履行职能责任方面\"\n",
            "",
        );
    for i in 1..=n {
        let dir = root.path().join(format!("u{i:03}"));
        std::fs::create_dir_all(dir.join("findings")).unwrap();
        std::fs::write(dir.join("rectify.toml"), &report).unwrap();
        let mut finding =
            String::from("[[finding]]\nid = 1\ncategory = \"party\"\ntitle = \"问题\"\n");
        for m in 0..5 {
            let status = if m < i % 6 { "done" } else { "in-progress" };
            let done = if status == "done" {
                "done = 2021-01-10\n"
            } else {
                ""
            };
            finding.push_str(&format!(
                "\n[[finding.measure]]\ntext = \"措施。\"\nstatus = \"{status}\"\ndeadline = 2021-12-31\n{done}"
            ));
        }
        std::fs::write(dir.join("findings/01.toml"), finding).unwrap();
    }
    root
}

fn expected_rate(i: usize) -> &'static str {
    ["0%", "20%", "40%", "60%", "80%", "100%"][i % 6]
}

#[test]
fn a_root_of_200_units() {
    let root = generated_root(200);
    let csv = stdout(run_in(&root, &["units", "--format", "csv"]));
    let rows: Vec<&str> = csv.lines().skip(1).collect();
    assert_eq!(rows.len(), 200);
    for (i, row) in rows.iter().enumerate() {
        let cells: Vec<&str> = row.split(',').collect();
        assert_eq!(cells[0], format!("u{:03}", i + 1));
        assert_eq!(cells[4], expected_rate(i + 1), "{row}");
    }
    // One unit broken: check fails naming it alone.
    root.write("u117/findings/01.toml", "[[finding]\nid = 1\n");
    let out = run_in(&root, &["check"]).code(1);
    let err = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert!(
        err.contains("199 of 200 units are ok; with errors: u117\n"),
        "{err}"
    );
    assert!(err.contains("u117/findings/01.toml:1:"), "{err}");
    assert_eq!(err.matches("unit u").count(), 1, "{err}");
    // The workbook: the overview and one sheet per readable unit.
    root.write(
        "u117/findings/01.toml",
        "[[finding]]\nid = 1\ncategory = \"party\"\ntitle = \"问题\"\n\n[[finding.measure]]\ntext = \"措施。\"\nstatus = \"done\"\ndone = 2021-01-10\n",
    );
    let out = root.path().join("all.xlsx");
    run_in(&root, &["export", "--format", "xlsx", "-o", "all.xlsx"]).success();
    let names = sheet_names(&out);
    assert_eq!(names.len(), 201);
    assert_eq!(names[0], "汇总");
    assert_eq!(names[1], "u001");
    assert_eq!(names[200], "u200");
}

fn sheet_names(path: &Path) -> Vec<String> {
    use calamine::Reader;
    let book: calamine::Xlsx<_> = calamine::open_workbook(path).unwrap();
    book.sheet_names().to_vec()
}

#[test]
fn the_root_workbook_has_the_overview_and_each_ledger() {
    use calamine::Reader;
    let root = root_copy();
    run_in(&root, &["export", "--format", "xlsx", "-o", "all.xlsx"]).success();
    let path = root.path().join("all.xlsx");
    let mut book: calamine::Xlsx<_> = calamine::open_workbook(&path).unwrap();
    assert_eq!(
        book.sheet_names(),
        ["汇总", "区民政局", "区教育局", "区卫健委"]
    );
    let overview = book.worksheet_range("汇总").unwrap();
    let title = overview.get_value((0, 0)).unwrap().to_string();
    assert_eq!(title, "十四届区委第三轮巡察各单位整改进展汇总");
    let units: Vec<String> = (4..7)
        .map(|r| overview.get_value((r, 0)).unwrap().to_string())
        .collect();
    assert_eq!(
        units,
        [
            "区民政局（minzheng）",
            "区教育局（jiaoyu）",
            "区卫健委（weijian）"
        ]
    );
    // The completion rate is a number (a fraction shown as a percentage).
    assert_eq!(
        overview.get_value((5, 4)).unwrap(),
        &calamine::Data::Float(0.4)
    );
    assert_eq!(overview.get_value((7, 0)).unwrap().to_string(), "合计");
    // Each unit's sheet is its ledger: the measures of the record.
    let ledger = book.worksheet_range("区教育局").unwrap();
    assert_eq!(ledger.height(), 2 + 5);
    // A broken unit: no sheet, the overview says so, the export fails naming it.
    root.write("weijian/findings/01.toml", "[[finding]\n");
    let err = stderr_failing(run_in(
        &root,
        &["export", "--format", "xlsx", "-o", "all.xlsx"],
    ));
    assert!(
        err.contains("1 units have errors in their data and no ledger sheet: 区卫健委 (weijian)"),
        "{err}"
    );
    let book: calamine::Xlsx<_> = calamine::open_workbook(&path).unwrap();
    assert_eq!(book.sheet_names(), ["汇总", "区民政局", "区教育局"]);
}

#[test]
fn units_as_a_workbook() {
    use calamine::Reader;
    let root = root_copy();
    run_in(&root, &["units", "--format", "xlsx", "-o", "units.xlsx"]).success();
    let mut book: calamine::Xlsx<_> =
        calamine::open_workbook(root.path().join("units.xlsx")).unwrap();
    assert_eq!(book.sheet_names(), ["Overview"]);
    let sheet = book.worksheet_range("Overview").unwrap();
    assert_eq!(sheet.get_value((3, 0)).unwrap().to_string(), "Unit");
    assert_eq!(sheet.height(), 4 + 3 + 1);
}

#[test]
fn an_export_never_goes_into_a_units_record_or_the_root_file() {
    let root = root_copy();
    let before = root.snapshot();
    for target in [
        "jiaoyu/rectify.toml",
        "rectify-root.toml",
        "weijian/findings/09.toml",
    ] {
        let err = stderr_failing(run_in(&root, &["export", "--format", "xlsx", "-o", target]));
        assert!(
            err.contains("an export never goes into the record"),
            "{target}: {err}"
        );
        let err = stderr_failing(run_in(&root, &["units", "--format", "csv", "-o", target]));
        assert!(
            err.contains("an export never goes into the record"),
            "{target}: {err}"
        );
    }
    assert_eq!(root.snapshot(), before);
}

#[test]
fn the_root_from_the_environment_and_one_units_row() {
    let out = rectify()
        .env("RECTIFY_ROOT", fixture("root/three"))
        .args(["units", "--unit", "区卫健委", "--format", "csv"])
        .assert();
    let csv = stdout(out);
    assert_eq!(csv.lines().count(), 2, "{csv}");
    assert!(
        csv.contains("区卫健委 (weijian),2,3,1,33.3%,1,9,1,1 warning"),
        "{csv}"
    );
    // --data wins over RECTIFY_ROOT for a command on one record.
    let out = rectify()
        .env("RECTIFY_ROOT", fixture("root/three"))
        .arg("--data")
        .arg(fixture("valid/small"))
        .arg("list")
        .assert();
    assert!(stdout(out).contains("completion 40%"));
}
