//! `rectify report`: the periodic progress report and the reminders (催办单), on a record
//! with a known history (tests/fixtures/report/history): measures finished in different
//! weeks, two extensions, overdue measures, a sign-off, done dates known only to the month,
//! the year or not at all. The counts per section are asserted exactly for several periods.

use std::io::Read;

use calamine::Reader;
use serde_json::Value;

use crate::common::{fixture, rectify, rectify_zh, stdout};

fn history() -> std::path::PathBuf {
    fixture("report/history")
}

/// `report --format json` on the history record with these options.
fn json(args: &[&str]) -> Value {
    let out = rectify()
        .arg("--data")
        .arg(history())
        .arg("report")
        .args(["--format", "json"])
        .args(args)
        .assert()
        .success();
    serde_json::from_slice(&out.get_output().stdout).expect("the report is JSON")
}

fn addresses(items: &Value) -> Vec<String> {
    items
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["address"].as_str().unwrap().to_string())
        .collect()
}

fn len(v: &Value) -> usize {
    v.as_array().map_or(0, Vec::len)
}

#[test]
fn november_counts_per_section() {
    let r = json(&["--since", "2020-11-01", "--until", "2020-11-30"]);
    assert_eq!(r["period"]["start"], "2020-11-01");
    assert_eq!(r["period"]["end"], "2020-11-30");
    let o = &r["overview"];
    assert_eq!(o["findings"], 5);
    assert_eq!(o["findings_completed"], 2);
    assert_eq!(o["findings_closed"], 1);
    assert_eq!(o["measures"], 13);
    assert_eq!(o["measures_completed"], 7);
    assert_eq!(o["measures_completed_at_start"], 2);
    assert_eq!(o["completion_rate"], 53.8);
    assert_eq!(o["completion_rate_at_start"], 15.4);
    assert_eq!(o["completion_change"], 38.4);
    assert_eq!(o["overdue"], 2);
    assert_eq!(o["due_soon"], 2);
    // 本期完成: by done date; a month (3.1, 2020-11) counts from its last day; an upheld
    // measure (3.3) from the log entry that made it so.
    assert_eq!(
        addresses(&r["completed"]["measures"]),
        ["5.2", "1.1", "3.3", "1.2", "3.1"]
    );
    let findings: Vec<u64> = r["completed"]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["finding"].as_u64().unwrap())
        .collect();
    assert_eq!(findings, [1, 5]);
    assert_eq!(len(&r["completed"]["closed"]), 1);
    assert_eq!(r["completed"]["closed"][0]["date"], "2020-11-28");
    // 本期进展: five entries on three findings.
    assert_eq!(len(&r["progress"]), 3);
    let entries: usize = r["progress"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| len(&p["entries"]))
        .sum();
    assert_eq!(entries, 5);
    // 逾期未完成: most days late first; 2.1 under the deadline its extension set.
    assert_eq!(addresses(&r["overdue"]), ["3.2", "2.1"]);
    assert_eq!(r["overdue"][0]["days_late"], 15);
    assert_eq!(r["overdue"][1]["days_late"], 10);
    assert_eq!(r["overdue"][1]["deadline_original"], "2020-10-31");
    assert_eq!(len(&r["overdue"][1]["extensions"]), 1);
    // 即将到期 within 14 days of 30 November.
    assert_eq!(addresses(&r["due_soon"]), ["4.3", "2.2"]);
    assert_eq!(r["due_soon"][0]["days_left"], 5);
    // 延期情况: only the extension granted in November (2.1's was in October).
    assert_eq!(addresses(&r["extensions"]), ["2.3"]);
    assert_eq!(r["extensions"][0]["from"], "2020-11-30");
    assert_eq!(r["extensions"][0]["to"], "2021-01-31");
    assert_eq!(r["extensions"][0]["reason"], "涉及多部门协调");
    // Trend: weekly from the feedback (15 October); a month-only date and an unrecorded one.
    let t = &r["trend"];
    assert_eq!(t["unit"], "week");
    assert_eq!(len(&t["points"]), 8);
    let completed: Vec<u64> = t["points"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["completed"].as_u64().unwrap())
        .collect();
    assert_eq!(completed, [0, 1, 0, 1, 1, 1, 1, 1]);
    assert_eq!(t["points"][7]["cumulative"], 7);
    assert_eq!(t["month_only"], 1);
    assert_eq!(t["year_only"], 0);
    assert_eq!(t["undated"], 1);
}

#[test]
fn december_counts_per_section() {
    let r = json(&["--since", "2020-12", "--until", "2020-12"]);
    let o = &r["overview"];
    assert_eq!(o["measures_completed"], 9);
    assert_eq!(o["measures_completed_at_start"], 7);
    assert_eq!(o["completion_rate"], 69.2);
    assert_eq!(o["completion_change"], 15.4);
    assert_eq!(o["findings_completed"], 3);
    assert_eq!(o["overdue"], 3);
    assert_eq!(o["due_soon"], 0);
    // 4.2's done date is the year 2020: placed on its last day, in December.
    assert_eq!(addresses(&r["completed"]["measures"]), ["4.3", "4.2"]);
    assert_eq!(r["completed"]["findings"][0]["finding"], 4);
    assert_eq!(len(&r["completed"]["closed"]), 0);
    assert_eq!(addresses(&r["overdue"]), ["3.2", "2.1", "2.2"]);
    assert_eq!(r["overdue"][0]["days_late"], 46);
    assert_eq!(len(&r["extensions"]), 0);
    assert_eq!(len(&r["progress"]), 1);
    assert_eq!(r["trend"]["year_only"], 1);
    // October to December: still weekly (up to 16 weeks), 12 Mondays.
    assert_eq!(r["trend"]["unit"], "week");
    assert_eq!(len(&r["trend"]["points"]), 12);
}

#[test]
fn last_month_is_february_when_today_is_in_march() {
    let r = json(&["--last-month", "--by", "department"]);
    assert_eq!(r["period"]["start"], "2021-02-01");
    assert_eq!(r["period"]["end"], "2021-02-28");
    let o = &r["overview"];
    assert_eq!(o["measures_completed"], 10);
    assert_eq!(o["completion_rate"], 76.9);
    assert_eq!(o["completion_change"], 0.0);
    assert_eq!(o["overdue"], 3);
    assert_eq!(len(&r["completed"]["measures"]), 0);
    assert_eq!(len(&r["progress"]), 0);
    let rows = r["groups"]["rows"].as_array().unwrap();
    let office = rows.iter().find(|g| g["name"] == "办公室").unwrap();
    assert_eq!(office["measures"], 6);
    assert_eq!(office["overdue"], 2);
    assert_eq!(office["completed"], 4);
    // The group counts add up to the whole.
    let sum: u64 = rows.iter().map(|g| g["measures"].as_u64().unwrap()).sum();
    assert_eq!(sum, 13);
}

#[test]
fn report_agrees_with_list_as_of_the_period_end() {
    for (since, until) in [("2020-11-01", "2020-11-30"), ("2020-12-01", "2020-12-31")] {
        let r = json(&["--since", since, "--until", until]);
        let out = rectify()
            .arg("--data")
            .arg(history())
            .args(["list", "--measures", "--as-of", until, "--format", "json"])
            .assert()
            .success();
        let list: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
        let summary = &list["summary"];
        for key in [
            "measures",
            "measures_completed",
            "completion_rate",
            "overdue",
        ] {
            assert_eq!(r["overview"][key], summary[key], "{key} as of {until}");
        }
    }
}

#[test]
fn as_of_moves_the_default_period() {
    // As of 2020-11-30 the default period is November up to that day.
    let r = json(&["--as-of", "2020-11-30"]);
    assert_eq!(r["period"]["start"], "2020-11-01");
    assert_eq!(r["overview"]["measures_completed"], 7);
}

fn report_text(args: &[&str]) -> String {
    stdout(
        rectify_zh()
            .arg("--data")
            .arg(history())
            .arg("report")
            .args(args)
            .assert(),
    )
}

#[test]
fn terminal_snapshot() {
    insta::assert_snapshot!(report_text(&[
        "--since",
        "2020-11-01",
        "--until",
        "2020-11-30",
        "--by",
        "department"
    ]));
}

#[test]
fn markdown_snapshot() {
    insta::assert_snapshot!(report_text(&[
        "--since",
        "2020-11-01",
        "--until",
        "2020-11-30",
        "--format",
        "md"
    ]));
}

#[test]
fn json_snapshot() {
    insta::assert_snapshot!(report_text(&[
        "--since",
        "2020-11-01",
        "--until",
        "2020-11-30",
        "--format",
        "json"
    ]));
}

#[test]
fn reminder_to_one_department_lists_only_its_measures() {
    let text = report_text(&[
        "--since",
        "2020-11-01",
        "--until",
        "2020-11-30",
        "--remind",
        "--department",
        "办公室",
        "--format",
        "md",
    ]);
    insta::assert_snapshot!(text);
    assert!(text.contains("办公室："));
    for address in ["| 2.1 |", "| 4.3 |", "| 2.2 |"] {
        assert!(text.contains(address), "{address} missing:\n{text}");
    }
    // 3.2 is 人事科's; 1.x and 5.x are 财务科's and done.
    for other in ["3.2", "人事科", "财务科"] {
        assert!(
            !text.contains(other),
            "{other} in 办公室's reminder:\n{text}"
        );
    }
    let r = json(&[
        "--since",
        "2020-11-01",
        "--until",
        "2020-11-30",
        "--remind",
        "--department",
        "办公室",
    ]);
    let sheets = r["reminders"]["sheets"].as_array().unwrap();
    assert_eq!(sheets.len(), 1);
    assert_eq!(addresses(&sheets[0]["overdue"]), ["2.1"]);
    assert_eq!(addresses(&sheets[0]["due_soon"]), ["4.3", "2.2"]);
    // The reply is due a week after the day the reminder is dated (today, 2021-03-01), not a
    // week after the period's end: a reminder for last November must not ask for a reply by
    // a day already past.
    assert_eq!(r["reminders"]["reply_by"], "2021-03-08");
    assert!(text.contains("于2021年3月8日前"), "{text}");
}

#[test]
fn reminders_for_every_department_with_something_late() {
    let r = json(&["--since", "2020-11-01", "--until", "2020-11-30", "--remind"]);
    let to: Vec<&str> = r["reminders"]["sheets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["to"].as_str().unwrap())
        .collect();
    // 财务科 has nothing late or due: no reminder.
    assert_eq!(to, ["人事科", "办公室"]);
}

#[test]
fn a_department_not_in_the_record_is_named_with_those_that_are() {
    rectify()
        .arg("--data")
        .arg(history())
        .args(["report", "--remind", "--department", "宣传科"])
        .assert()
        .code(1)
        .stderr(predicates::str::contains("宣传科"))
        .stderr(predicates::str::contains("人事科, 办公室, 财务科"));
}

#[test]
fn a_reversed_period_is_a_usage_error() {
    rectify()
        .arg("--data")
        .arg(history())
        .args(["report", "--since", "2020-12-01", "--until", "2020-11-01"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("before it starts"));
}

fn binary(args: &[&str]) -> Vec<u8> {
    let out = rectify()
        .arg("--data")
        .arg(history())
        .arg("report")
        .args(args)
        .assert()
        .success();
    out.get_output().stdout.clone()
}

fn zip_names(bytes: &[u8]) -> Vec<String> {
    let archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip archive");
    archive.file_names().map(str::to_string).collect()
}

fn zip_part(bytes: &[u8], name: &str) -> String {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip archive");
    let mut part = archive.by_name(name).expect("the part");
    let mut text = String::new();
    part.read_to_string(&mut text).unwrap();
    text
}

#[test]
fn html_chart_has_one_point_per_period() {
    let html = String::from_utf8(binary(&[
        "--since",
        "2020-11-01",
        "--until",
        "2020-11-30",
        "--format",
        "html",
    ]))
    .unwrap();
    let r = json(&["--since", "2020-11-01", "--until", "2020-11-30"]);
    let points = len(&r["trend"]["points"]);
    assert_eq!(points, 8);
    assert_eq!(html.matches("<circle class=\"point\"").count(), points);
    assert_eq!(html.matches("<rect class=\"bar\"").count(), points);
    assert!(!html.contains("<script"));
    assert!(!html.contains("src=\"http"));
    // A monthly span (from October to the end of February): one point per month.
    let html = String::from_utf8(binary(&["--last-month", "--format", "html"])).unwrap();
    assert_eq!(html.matches("<circle class=\"point\"").count(), 5);
}

#[test]
fn docx_is_a_report_in_the_notice_layout() {
    let bytes = binary(&[
        "--since",
        "2020-11-01",
        "--until",
        "2020-11-30",
        "--format",
        "docx",
    ]);
    let doc = zip_part(&bytes, "word/document.xml");
    assert!(doc.contains("中共某某县档案局党组巡察整改工作情况报告"));
    assert!(doc.contains("GongwenTitle"));
    assert!(doc.contains("<w:tbl>"));
    assert!(doc.contains("逾期未完成"));
    assert!(zip_names(&bytes).contains(&"word/footer1.xml".to_string()));
    // Reminders: one page each.
    let bytes = binary(&[
        "--since",
        "2020-11-01",
        "--until",
        "2020-11-30",
        "--remind",
        "--format",
        "docx",
    ]);
    let doc = zip_part(&bytes, "word/document.xml");
    assert_eq!(doc.matches("<w:pageBreakBefore/>").count(), 1);
    assert_eq!(doc.matches("巡察整改催办通知").count(), 2);
}

#[test]
fn xlsx_has_the_sections_and_a_native_chart() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("报告.xlsx");
    rectify()
        .arg("--data")
        .arg(history())
        .args(["report", "--since", "2020-11-01", "--until", "2020-11-30"])
        .args(["--format", "xlsx", "-o"])
        .arg(&path)
        .assert()
        .success();
    let bytes = std::fs::read(&path).unwrap();
    let names = zip_names(&bytes);
    assert!(
        names.iter().any(|n| n == "xl/charts/chart1.xml"),
        "{names:?}"
    );
    let chart = zip_part(&bytes, "xl/charts/chart1.xml");
    assert!(chart.contains("<c:barChart>") && chart.contains("<c:lineChart>"));
    let mut book = calamine::open_workbook_auto(&path).unwrap();
    assert_eq!(book.sheet_names(), ["情况报告", "完成趋势"]);
    let trend = book.worksheet_range("完成趋势").unwrap();
    // A header and one row per week.
    assert_eq!(
        trend
            .rows()
            .take_while(|r| !r[0].to_string().is_empty())
            .count(),
        9
    );
    let report = book.worksheet_range("情况报告").unwrap();
    let text: Vec<String> = report.rows().map(|r| r[0].to_string()).collect();
    assert!(text.iter().any(|t| t == "四、逾期未完成"), "{text:?}");
    // Addresses stay text (4.10 is not 4.1); counts are numbers.
    let cells: Vec<&calamine::Data> = report.rows().map(|r| &r[0]).collect();
    assert!(cells.contains(&&calamine::Data::String("5.2".into())));
    assert!(!cells.iter().any(|c| matches!(c, calamine::Data::Float(_))));
    assert!(report
        .rows()
        .any(|r| r.get(6) == Some(&calamine::Data::Float(15.0))));
    // Reminders: a sheet per department.
    let path = dir.path().join("催办.xlsx");
    rectify()
        .arg("--data")
        .arg(history())
        .args(["report", "--since", "2020-11-01", "--until", "2020-11-30"])
        .args(["--remind", "--format", "xlsx", "-o"])
        .arg(&path)
        .assert()
        .success();
    let book = calamine::open_workbook_auto(&path).unwrap();
    assert_eq!(book.sheet_names(), ["人事科", "办公室"]);
}

#[test]
fn binary_formats_refuse_the_terminal_and_output_is_guarded() {
    rectify()
        .arg("--data")
        .arg(history())
        .args(["report", "--format", "docx", "-o"])
        .arg(history().join("rectify.toml"))
        .assert()
        .code(1)
        .stderr(predicates::str::contains("data folder"));
}

#[test]
fn a_period_ending_before_the_feedback_is_refused() {
    rectify()
        .arg("--data")
        .arg(history())
        .args(["report", "--since", "2020-09-01", "--until", "2020-09-30"])
        .assert()
        .code(1)
        .stderr(predicates::str::contains("2020-10-15"));
}

#[test]
fn an_empty_record_reports_without_a_trend() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    rectify()
        .args(["init", "--empty"])
        .arg(&data)
        .assert()
        .success();
    let text = stdout(
        rectify_zh()
            .arg("--data")
            .arg(&data)
            .args(["report", "--format", "md"])
            .assert(),
    );
    assert!(text.contains("整改措施0条"), "{text}");
    assert!(!text.contains("完成趋势"), "{text}");
    assert!(text.contains("（2021年3月1日）"), "{text}");
}

#[test]
fn colour_on_request_and_never_in_a_file() {
    let coloured = stdout(
        rectify_zh()
            .arg("--data")
            .arg(history())
            .args(["--color", "always", "report", "--since", "2020-11-01"])
            .args(["--until", "2020-11-30"])
            .assert(),
    );
    assert!(coloured.contains("\u{1b}["), "no colour:\n{coloured}");
    let plain = report_text(&["--since", "2020-11-01", "--until", "2020-11-30"]);
    assert!(!plain.contains('\u{1b}'));
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("报告.txt");
    rectify_zh()
        .arg("--data")
        .arg(history())
        .args(["--color", "always", "report", "--since", "2020-11-01", "-o"])
        .arg(&path)
        .assert()
        .success();
    assert!(!std::fs::read_to_string(&path).unwrap().contains('\u{1b}'));
}

#[test]
fn as_of_reads_a_git_revision_and_counts_the_period_from_its_day() {
    if std::process::Command::new("git")
        .arg("--version")
        .output()
        .is_err()
    {
        eprintln!("skipped: `git` is not on PATH");
        return;
    }
    let dir = crate::common::DataDir::copy_of(&history());
    let git = |args: &[&str]| {
        let out = std::process::Command::new("git")
            .current_dir(dir.path())
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .env("GIT_AUTHOR_DATE", "2020-11-30T12:00:00+08:00")
            .env("GIT_COMMITTER_DATE", "2020-11-30T12:00:00+08:00")
            .env_remove("GIT_DIR")
            .env_remove("GIT_WORK_TREE")
            .args(args)
            .output()
            .expect("git runs");
        assert!(out.status.success(), "git {args:?}: {out:?}");
    };
    git(&["init", "-q"]);
    git(&["config", "user.name", "test"]);
    git(&["config", "user.email", "test@example.org"]);
    git(&["config", "commit.gpgsign", "false"]);
    git(&["add", "-A"]);
    git(&["commit", "-q", "-m", "11月底"]);
    git(&["tag", "v1"]);
    // Later, a finding is removed from the working copy: v1 still has it.
    std::fs::remove_file(dir.path().join("findings/5.toml")).unwrap();
    let out = rectify()
        .arg("--data")
        .arg(dir.path())
        .args(["report", "--as-of", "v1", "--format", "json"])
        .assert()
        .success();
    let r: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(r["period"]["start"], "2020-11-01");
    assert_eq!(r["period"]["end"], "2020-11-30");
    assert_eq!(r["overview"]["findings"], 5);
    assert_eq!(r["overview"]["measures_completed"], 7);
}

#[test]
fn as_of_reads_a_revision_as_list_does() {
    // Not a git repository: the revision is refused the way `list --as-of` refuses it.
    let dir = crate::common::DataDir::copy_of(&history());
    let out = rectify()
        .arg("--data")
        .arg(dir.path())
        .args(["report", "--as-of", "v1"])
        .assert()
        .code(1);
    let report_err = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    let out = rectify()
        .arg("--data")
        .arg(dir.path())
        .args(["list", "--as-of", "v1"])
        .assert()
        .code(1);
    let list_err = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert_eq!(report_err, list_err);
}

#[test]
fn since_a_revision_counts_what_is_completed_now_and_was_not_in_it() {
    use crate::git::{git_available, git_ok, identify};
    if !git_available() {
        return;
    }
    let dir = crate::common::DataDir::copy_of(&history());
    let commit_on = |day: &str, message: &str| {
        let out = std::process::Command::new("git")
            .current_dir(dir.path())
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .env("GIT_AUTHOR_DATE", format!("{day}T12:00:00+08:00"))
            .env("GIT_COMMITTER_DATE", format!("{day}T12:00:00+08:00"))
            .args(["commit", "-q", "-m", message])
            .output()
            .expect("git runs");
        assert!(out.status.success(), "git commit: {out:?}");
    };
    git_ok(dir.path(), &["init", "-q"]);
    identify(dir.path(), "test");
    git_ok(dir.path(), &["add", "-A"]);
    commit_on("2021-02-01", "第一次通报");
    git_ok(dir.path(), &["tag", "通报-1"]);
    // After the notice: 2.2 is recorded done with a day before it (entered late), 3.2 today.
    for (address, done) in [("2.2", "2021-01-15"), ("3.2", "2021-03-01")] {
        rectify()
            .arg("--data")
            .arg(dir.path())
            .args(["update", address, "--status", "done", "--done", done])
            .assert()
            .success();
    }
    let report = |since: &str| -> Value {
        let out = rectify()
            .arg("--data")
            .arg(dir.path())
            .args(["report", "--since", since, "--format", "json"])
            .assert()
            .success();
        serde_json::from_slice(&out.get_output().stdout).unwrap()
    };
    let addresses = |r: &Value| -> Vec<String> {
        let mut a: Vec<String> = r["completed"]["measures"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| m["address"].as_str().unwrap().to_string())
            .collect();
        a.sort();
        a
    };
    let by_revision = report("通报-1");
    assert_eq!(by_revision["period"]["start"], "2021-02-01");
    assert_eq!(by_revision["period"]["end"], "2021-03-01");
    assert_eq!(by_revision["since_revision"]["name"], "通报-1");
    // Both are news since the notice, whatever day 2.2's record gives.
    assert_eq!(addresses(&by_revision), ["2.2", "3.2"]);
    let at_start = by_revision["overview"]["measures_completed_at_start"]
        .as_u64()
        .unwrap();
    assert_eq!(
        by_revision["overview"]["measures_completed"]
            .as_u64()
            .unwrap(),
        at_start + 2
    );
    // Since the same day written as a date, the done dates decide: 2.2's falls before it.
    let by_day = report("2021-02-01");
    assert_eq!(addresses(&by_day), ["3.2"]);
    assert!(by_day.get("since_revision").is_none());
    // The report names the revision under its title.
    let md = stdout(
        rectify_zh()
            .arg("--data")
            .arg(dir.path())
            .args(["report", "--since", "通报-1", "--format", "md"])
            .assert()
            .success(),
    );
    assert!(
        md.contains("（2021年2月1日至3月1日，自“通报-1”起）"),
        "{md}"
    );
    // A revision that is not there is refused as `--as-of` refuses one.
    rectify()
        .arg("--data")
        .arg(dir.path())
        .args(["report", "--since", "通报-9"])
        .assert()
        .code(1);
}

#[test]
fn the_trend_note_names_what_it_counts_when_only_years_are_left_undated_to_the_day() {
    // The shipped record has done dates written as a year and none as a month: the note
    // must still say what "只写到年" is about.
    let text = stdout(
        rectify_zh()
            .arg("--data")
            .arg(crate::common::shipped_data())
            .args(["report", "--format", "md"])
            .assert()
            .success(),
    );
    assert!(
        text.contains("注：4条完成时间只写到年，按年末计；"),
        "{text}"
    );
}

#[test]
fn reminders_say_which_late_measures_name_no_one_and_whose_list_is_empty() {
    let dir = crate::common::DataDir::copy_of(&history());
    // 3.2 is overdue; without an owner no reminder by owner can go to anyone for it.
    let text = dir.read("findings/3.toml").replacen(
        "status = \"not-started\"\nowner = \"赵六\"\n",
        "status = \"not-started\"\n",
        1,
    );
    dir.write("findings/3.toml", &text);
    let out = rectify()
        .arg("--data")
        .arg(dir.path())
        .args(["report", "--since", "2020-11-01", "--until", "2020-11-30"])
        .args(["--remind", "--by", "owner", "--format", "md"])
        .assert()
        .success();
    let err = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    let md = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(
        err.contains("1 more late or due-soon measures name no owner and are in no reminder: 3.2"),
        "{err}"
    );
    assert!(!md.contains("| 3.2 "), "{md}");
    // --quiet silences it, as every warning.
    let out = rectify()
        .arg("--data")
        .arg(dir.path())
        .args([
            "-q",
            "report",
            "--since",
            "2020-11-01",
            "--until",
            "2020-11-30",
        ])
        .args(["--remind", "--by", "owner", "--format", "md"])
        .assert()
        .success();
    assert!(out.get_output().stderr.is_empty());
    // A reminder asked for one department with nothing late says whose it is.
    let md = stdout(
        rectify()
            .arg("--data")
            .arg(history())
            .args(["report", "--since", "2021-02-01", "--remind"])
            .args(["--department", "财务科", "--format", "md"])
            .assert(),
    );
    assert!(md.contains("财务科没有逾期未完成"), "{md}");
}

#[test]
fn a_wrong_date_is_hinted_with_dates_and_only_a_deadline_with_long_term() {
    let err = String::from_utf8(
        rectify_zh()
            .arg("--data")
            .arg(history())
            .args(["report", "--since", "2020-13-01"])
            .assert()
            .code(2)
            .get_output()
            .stderr
            .clone(),
    )
    .unwrap();
    assert!(
        err.contains("没有 13 月") && err.contains("2024年6月30日"),
        "{err}"
    );
    assert!(!err.contains("长期"), "a period is no deadline: {err}");
    let dir = crate::common::DataDir::copy_of(&history());
    let err = String::from_utf8(
        dir.run(&["update", "2.1", "--deadline", "2020-13-01"])
            .code(2)
            .get_output()
            .stderr
            .clone(),
    )
    .unwrap();
    assert!(err.contains("长期 / 立行立改"), "{err}");
}
