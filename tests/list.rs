//! `rectify list`: status tables per finding and per measure, filters, csv/json, language.

use crate::common::{fixture, rectify, rectify_zh, shipped_data, stderr_failing, stdout, DataDir};

/// `rectify list` in the Chinese interface (the tables' headers and summary are the
/// interface's words).
fn list(data: &std::path::Path, args: &[&str]) -> String {
    stdout(
        rectify_zh()
            .arg("--data")
            .arg(data)
            .arg("list")
            .args(args)
            .assert(),
    )
}

#[test]
fn shipped_findings_table() {
    let out = list(&shipped_data(), &[]);
    for title in [
        "针对主题教育开展不认真",
        "违反中央八项规定精神时有发生",
        "执行民主集中制打折扣,民主议事不规范",
    ] {
        assert!(out.contains(title), "{title} missing from\n{out}");
    }
    insta::assert_snapshot!(out);
}

#[test]
fn shipped_measures_table_fits_a_narrow_terminal() {
    let out = stdout(
        rectify_zh()
            .env("COLUMNS", "80")
            .arg("--data")
            .arg(shipped_data())
            .args(["list", "--measures"])
            .assert(),
    );
    for line in out.lines().filter(|l| l.starts_with('│')) {
        assert!(
            unicode_width::UnicodeWidthStr::width(line) <= 80,
            "too wide: {line}"
        );
    }
    insta::assert_snapshot!(out);
}

#[test]
fn small_report_with_owners_deadlines_and_overdue() {
    insta::assert_snapshot!(list(&fixture("valid/small"), &[]));
    insta::assert_snapshot!(list(&fixture("valid/small"), &["--measures"]));
}

#[test]
fn filters() {
    let small = fixture("valid/small");
    let overdue = list(&small, &["--measures", "--overdue"]);
    assert!(
        overdue.contains("2.1") && !overdue.contains("2.2"),
        "{overdue}"
    );
    let by_status = list(&small, &["--measures", "--status", "not-started,基本完成"]);
    assert!(
        by_status.contains("3.1") && by_status.contains("2.2"),
        "{by_status}"
    );
    assert!(!by_status.contains("1.1"), "{by_status}");
    let by_owner = list(&small, &["--measures", "--owner", "办公室"]);
    assert!(
        by_owner.contains("1.1") && by_owner.contains("1.2") && !by_owner.contains("2.1"),
        "{by_owner}"
    );
    let by_category = list(&small, &["--category", "duty"]);
    assert!(
        by_category.contains("校舍维修") && !by_category.contains("理论学习"),
        "{by_category}"
    );
    let one = list(&small, &["--measures", "--finding", "2"]);
    assert!(
        one.contains("2.1") && one.contains("2.2") && !one.contains("3.1"),
        "{one}"
    );
    assert!(one.contains("共 2 条措施"), "{one}");
}

#[test]
fn a_filter_that_matches_nothing_gives_a_plain_summary() {
    let small = fixture("valid/small");
    let none = list(&small, &["--owner", "无此人"]);
    assert!(none.ends_with("共 0 个问题、0 条措施\n"), "{none}");
    let none = list(&small, &["--measures", "--owner", "无此人"]);
    assert!(none.ends_with("共 0 条措施\n"), "{none}");
}

#[test]
fn finding_filter_takes_a_list_like_status_does() {
    let small = fixture("valid/small");
    let titles = |out: &str| {
        [
            "理论学习不深入",
            "校舍维修资金拨付滞后",
            "招生信息公开不及时",
        ]
        .map(|t| out.contains(t))
    };
    let out = list(&small, &["--finding", "1,3", "--format", "csv"]);
    assert_eq!(titles(&out), [true, false, true], "{out}");
    let out = list(
        &small,
        &["--finding", "2", "--finding", "3", "--format", "csv"],
    );
    assert_eq!(titles(&out), [false, true, true], "{out}");
    let out = list(
        &small,
        &["--measures", "--finding", "1,2", "--format", "csv"],
    );
    assert!(
        out.lines()
            .skip(1)
            .all(|l| l.starts_with("1.") || l.starts_with("2.")),
        "{out}"
    );
    assert!(out.contains("\n2."), "{out}");
    let err = stderr_failing(
        rectify()
            .arg("--data")
            .arg(&small)
            .args(["list", "--finding", "1,8,9"])
            .assert(),
    );
    assert_eq!(
        err,
        "error: there are no findings 8, 9\nhelp: findings are 1–3; `rectify list` shows them\n"
    );
}

#[test]
fn unknown_filter_values_say_what_exists() {
    let err = stderr_failing(
        rectify()
            .arg("--data")
            .arg(fixture("valid/small"))
            .args(["list", "--finding", "9"])
            .assert(),
    );
    // Worded like `show 9` and `update 9`: one helper lists the ids.
    assert_eq!(
        err,
        "error: there is no finding 9\nhelp: findings are 1–3; `rectify list` shows them\n"
    );
    let err = stderr_failing(
        rectify()
            .arg("--data")
            .arg(fixture("valid/small"))
            .args(["list", "--category", "x"])
            .assert(),
    );
    assert!(
        err.contains("there is no category `x`") && err.contains("party, duty"),
        "{err}"
    );
    rectify()
        .arg("--data")
        .arg(fixture("valid/small"))
        .args(["list", "--status", "finished"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("unknown status `finished`"));
}

#[test]
fn csv_and_json_for_scripts() {
    let csv = list(&fixture("valid/small"), &["--measures", "--format", "csv"]);
    // For Excel: a BOM (else it reads GBK), CRLF, and every column (方面 and 责任部门 too).
    assert!(csv.starts_with('\u{feff}'), "{csv:?}");
    assert!(csv.contains("\r\n") && !csv.replace("\r\n", "").contains('\n'));
    assert!(csv.starts_with(
        "\u{feff}编号,方面,问题,整改措施,状态,责任人,责任部门,整改时限,完成时间,逾期\r\n"
    ));
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let headers = reader.headers().unwrap().clone();
    assert_eq!(&headers[0], "编号");
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 5);
    assert_eq!(&rows[2][0], "2.1");
    assert_eq!(&rows[2][4], "正在推进");

    let json = list(&fixture("valid/small"), &["--format", "json"]);
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(value["rows"].as_array().unwrap().len(), 3);
    assert_eq!(value["rows"][1]["status"], "in-progress");
    assert_eq!(value["rows"][1]["overdue"], true);
    assert_eq!(value["summary"]["measures"], 5);
    assert_eq!(value["summary"]["overdue"], 1);
    assert_eq!(value["summary"]["findings"], 3);
    // Measure rows count no findings: their summary has no finding counts (they read as
    // "no findings" when they were zeros).
    let json = list(&fixture("valid/small"), &["--measures", "--format", "json"]);
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(value["rows"].as_array().unwrap().len(), 5);
    assert_eq!(value["summary"]["measures"], 5);
    assert!(value["summary"].get("findings").is_none(), "{value}");
    assert!(value["summary"].get("finding_completion_rate").is_none());
}

#[test]
fn english_report_speaks_english() {
    let data = DataDir::copy_of(&fixture("valid/small"));
    let text = data.read("rectify.toml");
    data.write("rectify.toml", &format!("language = \"en\"\n{text}"));
    let out = stdout(data.run(&["list"]));
    assert!(
        out.contains("Finding") && out.contains("in progress") && out.contains("completion 40%"),
        "{out}"
    );
}

#[test]
fn colour_only_when_asked() {
    let plain = list(&fixture("valid/small"), &[]);
    assert!(!plain.contains('\u{1b}'));
    let coloured = stdout(
        rectify()
            .arg("--data")
            .arg(fixture("valid/small"))
            .args(["--color", "always", "list"])
            .assert(),
    );
    assert!(coloured.contains('\u{1b}'), "{coloured}");
}

#[test]
fn invalid_data_lists_nothing() {
    let data = DataDir::copy_of(&fixture("valid/small"));
    data.write("findings/02.toml", "[[finding]]\nid = 2\n");
    let assert = data.run(&["list"]);
    let out = assert.code(1);
    assert!(out.get_output().stdout.is_empty());
}
