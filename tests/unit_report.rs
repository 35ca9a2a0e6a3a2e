//! `report` across the units of a root: the inspection office's 汇总报告 on
//! tests/fixtures/root/three, its numbers against each unit's own report, a unit with broken
//! data, every format, the reminders per unit and `--since REV` in units that are git
//! repositories of their own.

use std::io::Read;

use calamine::Reader;
use serde_json::Value;

use crate::common::{fixture, rectify, rectify_zh, stderr_failing, stdout, DataDir};

/// The period the counts are pinned for: December 2020 and January 2021.
const PERIOD: [&str; 4] = ["--since", "2020-12-01", "--until", "2021-01-31"];

fn in_fixture(args: &[&str]) -> assert_cmd::assert::Assert {
    rectify()
        .current_dir(fixture("root"))
        .args(["--root", "three"])
        .args(args)
        .assert()
}

fn json(out: assert_cmd::assert::Assert) -> Value {
    serde_json::from_slice(&out.get_output().stdout).expect("json")
}

fn root_report(extra: &[&str]) -> Value {
    let mut args = vec!["report"];
    args.extend(PERIOD);
    args.extend(["--format", "json"]);
    args.extend(extra);
    json(in_fixture(&args).success())
}

fn n(v: &Value) -> u64 {
    v.as_u64().unwrap_or_else(|| panic!("a count: {v}"))
}

#[test]
fn the_counts_are_the_units_reports_summed() {
    let r = root_report(&[]);
    assert_eq!(r["format"], "rectify-root-report");
    assert_eq!(r["title"], "十四届区委第三轮巡察整改工作情况汇总报告");
    assert_eq!(r["issuer"], "区委巡察办");
    let o = &r["overview"];
    let pinned = [
        ("units", 3),
        ("units_counted", 3),
        ("units_complete", 1),
        ("findings", 15),
        ("findings_completed", 12),
        ("findings_closed", 0),
        ("measures", 38),
        ("measures_completed", 33),
        ("measures_completed_at_start", 27),
        ("completed_in_period", 6),
        ("overdue", 1),
        ("due_soon", 1),
    ];
    for (key, expected) in pinned {
        assert_eq!(n(&o[key]), expected, "overview.{key}");
    }
    assert_eq!(o["completion_rate"], 86.8);
    assert_eq!(o["completion_rate_at_start"], 71.1);
    assert_eq!(o["completion_change"], 15.7);

    // Each unit's own report (`--unit X report`) for the same period, summed, agrees.
    let mut sums = std::collections::BTreeMap::<&str, u64>::new();
    for unit in ["minzheng", "jiaoyu", "weijian"] {
        let mut args = vec!["--unit", unit, "report"];
        args.extend(PERIOD);
        args.extend(["--format", "json"]);
        let one = json(in_fixture(&args).success());
        for key in [
            "findings",
            "findings_completed",
            "findings_closed",
            "measures",
            "measures_completed",
            "measures_completed_at_start",
            "overdue",
            "due_soon",
        ] {
            *sums.entry(key).or_default() += n(&one["overview"][key]);
        }
        *sums.entry("completed_in_period").or_default() +=
            one["completed"]["measures"].as_array().unwrap().len() as u64;
        // Its row says what its own report says.
        let row = r["units"]
            .as_array()
            .unwrap()
            .iter()
            .find(|u| u["unit"] == unit)
            .unwrap();
        assert_eq!(row["completion_rate"], one["overview"]["completion_rate"]);
        assert_eq!(
            row["completion_change"],
            one["overview"]["completion_change"]
        );
        assert_eq!(row["overdue"], one["overview"]["overdue"]);
    }
    for (key, sum) in sums {
        assert_eq!(n(&o[key]), sum, "overview.{key} is the units' sum");
    }
}

#[test]
fn units_behind_come_first() {
    let names = |r: &Value| -> Vec<String> {
        r["units"]
            .as_array()
            .unwrap()
            .iter()
            .map(|u| u["name"].as_str().unwrap().to_string())
            .collect()
    };
    // Lowest completion first (the default): 33.3%, 40%, 100%.
    let r = root_report(&[]);
    assert_eq!(names(&r), ["区卫健委", "区教育局", "区民政局"]);
    let rows: Vec<(u64, u64, Option<i64>)> = r["units"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| {
            (
                n(&u["completed_in_period"]),
                n(&u["overdue"]),
                u["days_since_progress"].as_i64(),
            )
        })
        .collect();
    assert_eq!(rows, [(1, 1, Some(16)), (1, 0, Some(42)), (4, 0, None)]);
    // Overdue by unit: only 区卫健委's 2.1, 31 days late on 2021-01-31.
    let overdue = r["overdue"].as_array().unwrap();
    assert_eq!(overdue.len(), 1);
    assert_eq!(overdue[0]["name"], "区卫健委");
    assert_eq!(overdue[0]["items"][0]["address"], "2.1");
    assert_eq!(overdue[0]["items"][0]["days_late"], 31);
    // As of today (2021-03-01) 区教育局 is late too; most overdue first, ties by rate.
    let today = json(in_fixture(&["report", "--sort", "overdue", "--format", "json"]).success());
    assert_eq!(names(&today), ["区卫健委", "区教育局", "区民政局"]);
    assert_eq!(n(&today["overview"]["overdue"]), 2);
    let root_order = json(in_fixture(&["report", "--sort", "root", "--format", "json"]).success());
    assert_eq!(names(&root_order), ["区民政局", "区教育局", "区卫健委"]);
}

#[test]
fn the_trend_is_every_units_on_one_grid() {
    let r = root_report(&[]);
    let points = r["trend"]["points"].as_array().unwrap();
    assert_eq!(r["trend"]["unit"], "week");
    let done: u64 = points.iter().map(|p| n(&p["completed"])).sum();
    // 6 completed in the period, none dated earlier.
    assert_eq!(done, 6);
    let last = points.last().unwrap();
    assert_eq!(last["label"], "2021-01-25");
    assert_eq!(n(&last["cumulative"]), 33);
    assert_eq!(last["rate"], 86.8);
    assert_eq!(n(&r["trend"]["measures"]), 38);
}

#[test]
fn terminal_snapshot() {
    let mut args = vec!["--root", "three", "report"];
    args.extend(PERIOD);
    let out = rectify_zh()
        .current_dir(fixture("root"))
        .args(&args)
        .assert()
        .success();
    insta::assert_snapshot!(stdout(out));
}

#[test]
fn markdown_snapshot() {
    let mut args = vec!["report"];
    args.extend(PERIOD);
    args.extend(["--format", "md"]);
    insta::assert_snapshot!(stdout(in_fixture(&args).success()));
}

#[test]
fn json_snapshot() {
    insta::assert_snapshot!(serde_json::to_string_pretty(&root_report(&[])).unwrap());
}

#[test]
fn a_unit_with_broken_data_is_named_and_left_out() {
    let root = DataDir::copy_of(&fixture("root/three"));
    root.write(
        "jiaoyu/findings/02.toml",
        "[[finding]]\nid = 2\ncategory = \"duty\"\ntitle = \"x\"\n\n[[finding.measure]]\ntext = \"y\"\nstatus = \"finished\"\n",
    );
    let mut args = vec!["--root", ".", "report"];
    args.extend(PERIOD);
    args.extend(["--format", "md"]);
    let out = rectify()
        .current_dir(root.path())
        .args(&args)
        .assert()
        .code(1);
    let md = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    let err = stderr_failing(out);
    // Its problems are shown under its name, and the failure names it.
    assert!(err.contains("unit 区教育局 (jiaoyu):"), "{err}");
    assert!(err.contains("jiaoyu/findings/02.toml:8:10"), "{err}");
    assert!(
        err.contains("1 units have errors in their data and are not counted: 区教育局 (jiaoyu)"),
        "{err}"
    );
    // The report is written all the same, names the unit and leaves it out of the sums.
    assert!(md.contains("区教育局：数据有1处错误"), "{md}");
    assert!(md.contains("（1个单位数据有误，未计入以下统计）"), "{md}");
    assert!(md.contains("| 区教育局 | — |"), "{md}");
    let mut args = vec!["--root", ".", "report"];
    args.extend(PERIOD);
    args.extend(["--format", "json"]);
    let r = json(
        rectify()
            .current_dir(root.path())
            .args(&args)
            .assert()
            .code(1),
    );
    assert_eq!(n(&r["overview"]["units"]), 3);
    assert_eq!(n(&r["overview"]["units_counted"]), 2);
    // 区民政局 30 + 区卫健委 3.
    assert_eq!(n(&r["overview"]["measures"]), 33);
    assert_eq!(r["broken"][0]["unit"], "jiaoyu");
    assert_eq!(n(&r["broken"][0]["errors"]), 1);
}

fn binary(format: &str, extra: &[&str]) -> Vec<u8> {
    let mut args = vec!["report"];
    args.extend(PERIOD);
    args.extend(["--format", format]);
    args.extend(extra);
    in_fixture(&args).success().get_output().stdout.clone()
}

fn zip_part(bytes: &[u8], name: &str) -> Option<String> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip archive");
    let mut part = archive.by_name(name).ok()?;
    let mut text = String::new();
    part.read_to_string(&mut text).unwrap();
    Some(text)
}

#[test]
fn xlsx_has_the_overview_the_units_and_the_trend_chart() {
    let bytes = binary("xlsx", &[]);
    let chart = zip_part(&bytes, "xl/charts/chart1.xml").expect("a chart part");
    assert!(chart.contains("<c:barChart>") && chart.contains("<c:lineChart>"));
    let dir = DataDir::empty();
    let path = dir.path().join("r.xlsx");
    std::fs::write(&path, &bytes).unwrap();
    let mut book = calamine::open_workbook_auto(&path).unwrap();
    assert_eq!(book.sheet_names(), ["汇总报告", "各单位", "完成趋势"]);
    let units = book.worksheet_range("各单位").unwrap();
    let rows: Vec<Vec<String>> = units
        .rows()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect();
    assert_eq!(rows.len(), 4);
    assert_eq!(rows[0][0], "单位");
    assert_eq!(rows[1][..4], ["区卫健委", "2", "3", "1"]);
    // The rate is a number formatted as a percentage.
    assert!(
        matches!(units.get((1, 4)), Some(calamine::Data::Float(f)) if (f - 0.333).abs() < 1e-9)
    );
    assert_eq!(rows[3][0], "区民政局");
    // Counts are numbers Excel adds up.
    assert!(matches!(units.get((1, 7)), Some(calamine::Data::Float(f)) if *f == 1.0));
    let overview = book.worksheet_range("汇总报告").unwrap();
    let first = overview.get((0, 0)).unwrap().to_string();
    assert_eq!(first, "十四届区委第三轮巡察整改工作情况汇总报告");
}

#[test]
fn docx_is_in_the_notices_layout() {
    let bytes = binary("docx", &[]);
    let document = zip_part(&bytes, "word/document.xml").unwrap();
    assert!(document.contains("十四届区委第三轮巡察整改工作情况汇总报告"));
    assert!(document.contains("各单位进展") && document.contains("区卫健委"));
    assert!(document.contains("GongwenTitle"));
}

#[test]
fn html_has_the_chart_with_one_point_per_week() {
    let html = String::from_utf8(binary("html", &[])).unwrap();
    let r = root_report(&[]);
    let points = r["trend"]["points"].as_array().unwrap().len();
    assert_eq!(html.matches("<circle class=\"point\"").count(), points);
    assert!(html.contains("<h2>二、各单位进展</h2>"));
}

#[test]
fn reminders_go_one_to_each_unit_behind() {
    let md = String::from_utf8(binary("md", &["--remind"])).unwrap();
    // As of 2021-01-31, 区卫健委 has a late measure and 区教育局 one due that very day.
    assert_eq!(md.matches("# 巡察整改催办通知").count(), 2, "{md}");
    assert!(
        md.contains("区卫健委：") && md.contains("区教育局：") && !md.contains("区民政局："),
        "{md}"
    );
    assert!(md.contains("1条已超过整改时限仍未完成"), "{md}");
    assert!(md.contains("1条将在14天内到期"), "{md}");
    // As of today, 区教育局 too: a page each.
    let today = stdout(in_fixture(&["report", "--remind", "--format", "md"]).success());
    assert_eq!(today.matches("# 巡察整改催办通知").count(), 2, "{today}");
    assert!(
        today.contains("区教育局：") && today.contains("\n---\n"),
        "{today}"
    );
    let xlsx = in_fixture(&["report", "--remind", "--format", "xlsx"])
        .success()
        .get_output()
        .stdout
        .clone();
    let dir = DataDir::empty();
    let path = dir.path().join("r.xlsx");
    std::fs::write(&path, &xlsx).unwrap();
    let book = calamine::open_workbook_auto(&path).unwrap();
    assert_eq!(book.sheet_names(), ["区卫健委", "区教育局"]);
}

#[test]
fn a_units_options_need_the_unit() {
    let err = stderr_failing(in_fixture(&["report", "--remind", "--department", "办公室"]).code(1));
    assert!(
        err.contains("--department belongs to one unit's record"),
        "{err}"
    );
    assert!(err.contains("区民政局 (minzheng)"), "{err}");
    // With --unit, the reminders per department within the unit, as before.
    let md =
        stdout(in_fixture(&["--unit", "jiaoyu", "report", "--remind", "--format", "md"]).success());
    assert!(md.contains("计财股："), "{md}");
}

#[test]
fn since_a_revision_in_each_units_own_repository() {
    use crate::git::{git_available, git_ok, identify};
    if !git_available() {
        return;
    }
    let root = DataDir::copy_of(&fixture("root/three"));
    let commit_on = |dir: &std::path::Path, day: &str| {
        let out = std::process::Command::new("git")
            .current_dir(dir)
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .env("GIT_AUTHOR_DATE", format!("{day}T12:00:00+08:00"))
            .env("GIT_COMMITTER_DATE", format!("{day}T12:00:00+08:00"))
            .args(["commit", "-q", "-m", "通报"])
            .output()
            .expect("git runs");
        assert!(out.status.success(), "git commit: {out:?}");
    };
    // 区民政局 and 区教育局 keep their records in repositories of their own, tagged on the
    // day of the last notice; 区卫健委 has none.
    for (unit, day) in [("minzheng", "2021-02-01"), ("jiaoyu", "2021-02-10")] {
        let dir = root.path().join(unit);
        git_ok(&dir, &["init", "-q"]);
        identify(&dir, "test");
        git_ok(&dir, &["add", "-A"]);
        commit_on(&dir, day);
        git_ok(&dir, &["tag", "通报-1"]);
    }
    // After the notice 区教育局 finishes 2.1.
    rectify()
        .current_dir(root.path())
        .args(["--root", ".", "--unit", "jiaoyu", "update", "2.1"])
        .args(["--status", "done", "--done", "2021-02-20"])
        .assert()
        .success();
    let out = rectify()
        .current_dir(root.path())
        .args([
            "--root", ".", "report", "--since", "通报-1", "--format", "json",
        ])
        .assert()
        .success();
    let err = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert!(
        err.contains("unit 区卫健委 (weijian): no revision “通报-1”"),
        "{err}"
    );
    assert!(err.contains("counted from 2021-02-01"), "{err}");
    assert!(
        !err.contains("区民政局") && !err.contains("区教育局"),
        "{err}"
    );
    let r = json(out);
    // The period starts on the earliest day the revision has.
    assert_eq!(r["period"]["start"], "2021-02-01");
    assert_eq!(r["since_revision"], "通报-1");
    assert_eq!(r["without_revision"], serde_json::json!(["区卫健委"]));
    let row = |unit: &str| {
        r["units"]
            .as_array()
            .unwrap()
            .iter()
            .find(|u| u["unit"] == unit)
            .unwrap()
            .clone()
    };
    // What the tag already showed is not news; 2.1 is.
    assert_eq!(n(&row("jiaoyu")["completed_in_period"]), 1);
    assert_eq!(n(&row("minzheng")["completed_in_period"]), 0);
    assert_eq!(n(&r["overview"]["completed_in_period"]), 1);
    // A revision no unit has is refused, as for one unit.
    let err = stderr_failing(
        rectify()
            .current_dir(root.path())
            .args(["--root", ".", "report", "--since", "no-such-tag"])
            .assert()
            .code(1),
    );
    assert!(err.contains("no-such-tag"), "{err}");
}

#[test]
fn check_hints_within_a_root_name_the_unit() {
    // Across the root and with --unit, the command to run names the unit it is for.
    let out = in_fixture(&["check"]).success();
    let text = String::from_utf8(out.get_output().stderr.clone()).unwrap()
        + &String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(
        text.contains("`rectify --unit jiaoyu update 2.1 --status done`"),
        "{text}"
    );
    assert!(
        text.contains("`rectify --unit weijian update 2.1 --status done`"),
        "{text}"
    );
    assert!(!text.contains("`rectify update"), "{text}");
    let out = in_fixture(&["--unit", "jiaoyu", "check"]).success();
    let text = String::from_utf8(out.get_output().stderr.clone()).unwrap()
        + &String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(
        text.contains("`rectify --unit jiaoyu update 2.1 --status done`"),
        "{text}"
    );
    // A record on its own keeps the plain command.
    let out = rectify()
        .arg("--data")
        .arg(fixture("root/three/jiaoyu"))
        .arg("check")
        .assert()
        .success();
    let text = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert!(
        text.contains("`rectify update 2.1 --status done`"),
        "{text}"
    );
}

#[test]
fn the_title_and_issuer_come_from_the_root_file() {
    let root = DataDir::copy_of(&fixture("root/three"));
    let text = root.read("rectify-root.toml").replacen(
        "\n[[unit]]",
        "\n[report]\ntitle = \"第三轮巡察整改进展情况通报\"\nissuer = \"区委巡察工作领导小组办公室\"\n\n[[unit]]",
        1,
    );
    root.write("rectify-root.toml", &text);
    let r = json(
        rectify()
            .current_dir(root.path())
            .args(["--root", ".", "report", "--format", "json"])
            .assert()
            .success(),
    );
    assert_eq!(r["title"], "第三轮巡察整改进展情况通报");
    assert_eq!(r["issuer"], "区委巡察工作领导小组办公室");
    // A key it does not know is named with its place.
    root.write("rectify-root.toml", &text.replace("issuer = ", "isuer = "));
    let out = rectify()
        .current_dir(root.path())
        .args(["--root", ".", "report", "--format", "json"])
        .assert();
    let err = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert!(
        err.contains("rectify-root.toml:") && err.contains("isuer"),
        "{err}"
    );
}

#[test]
fn the_terminal_lists_ten_overdue_per_unit_and_counts_the_rest() {
    let root = DataDir::copy_of(&fixture("root/three"));
    let mut text =
        String::from("[[finding]]\nid = 3\ncategory = \"duty\"\ntitle = \"药品库存管理混乱\"\n");
    for day in 1..=12 {
        text.push_str(&format!(
            "\n[[finding.measure]]\ntext = \"清查第{day}批药品库存。\"\nstatus = \"not-started\"\ndeadline = 2021-01-{day:02}\n"
        ));
    }
    root.write("weijian/findings/02.toml", &text);
    let out = rectify_zh()
        .current_dir(root.path())
        .args(["--root", ".", "report"])
        .args(PERIOD)
        .assert()
        .success();
    let screen = stdout(out);
    // 2.1 and 3.1–3.12: 13 overdue, the 10 latest listed, 3 counted.
    assert!(
        screen.contains("（一）区卫健委：逾期13条，最长逾期31天。"),
        "{screen}"
    );
    assert!(
        screen.contains("另有3条（rectify --unit weijian report 列出全部）。"),
        "{screen}"
    );
    assert!(
        screen.contains("3.1 ") && !screen.contains("3.12 "),
        "{screen}"
    );
    // Files list them all.
    let md = stdout(
        rectify()
            .current_dir(root.path())
            .args(["--root", ".", "report", "--format", "md"])
            .args(PERIOD)
            .assert()
            .success(),
    );
    assert!(md.contains("| 3.12 |") && !md.contains("另有"), "{md}");
}

#[test]
fn a_unit_fed_back_after_the_period_is_named_not_counted() {
    let out = in_fixture(&[
        "report",
        "--since",
        "2020-11-01",
        "--until",
        "2020-11-15",
        "--format",
        "json",
    ])
    .success();
    let err = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert!(
        err.contains("unit 区教育局 (jiaoyu): the inspection's feedback came on 2020-11-20"),
        "{err}"
    );
    let r = json(out);
    assert_eq!(
        r["not_yet_asked"],
        serde_json::json!(["区教育局", "区卫健委"])
    );
    assert_eq!(n(&r["overview"]["units"]), 3);
    assert_eq!(n(&r["overview"]["units_counted"]), 1);
    assert_eq!(n(&r["overview"]["measures"]), 30);
}
