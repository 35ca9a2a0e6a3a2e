//! `--as-of DATE`: every view reports the same record on a day — `list`, the notice (md,
//! json) and the ledger (csv, xlsx) agree on each measure's status, whatever the day.

use std::collections::BTreeMap;
use std::path::Path;

use crate::common::{fixture, rectify, shipped_data, stderr_failing, stdout};

/// Each measure's status key (done, in-progress…) by address, as one command reports it.
type Statuses = BTreeMap<String, String>;

const LABELS: [(&str, &str); 5] = [
    ("已完成", "done"),
    ("基本完成", "partial"),
    ("正在推进", "in-progress"),
    ("长期坚持", "ongoing"),
    ("未启动", "not-started"),
];

fn key_of(label: &str) -> String {
    LABELS
        .iter()
        .find(|(l, _)| *l == label)
        .unwrap_or_else(|| panic!("not a status label: {label:?}"))
        .1
        .to_string()
}

fn run(data: &Path, today: &str, args: &[&str]) -> assert_cmd::assert::Assert {
    rectify()
        .env("RECTIFY_TODAY", today)
        .arg("--data")
        .arg(data)
        .args(args)
        .assert()
}

fn from_list(data: &Path, today: &str, day: &str) -> Statuses {
    let out = stdout(run(
        data,
        today,
        &["list", "--measures", "--format", "json", "--as-of", day],
    ));
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    json["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["address"].as_str().unwrap().to_string(),
                r["status"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn from_json(data: &Path, today: &str, day: &str) -> Statuses {
    let out = stdout(run(
        data,
        today,
        &["export", "--format", "json", "--as-of", day],
    ));
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    let mut statuses = Statuses::new();
    for finding in json["findings"].as_array().unwrap() {
        let id = finding["id"].as_u64().unwrap();
        for (i, measure) in finding["measures"].as_array().unwrap().iter().enumerate() {
            statuses.insert(
                format!("{id}.{}", i + 1),
                measure["status"].as_str().unwrap().to_string(),
            );
        }
    }
    statuses
}

/// The notice with `--with-status`: each measure's tag, in the order of `addresses` (the
/// notice prints measures in the order of the findings' files).
fn from_markdown(data: &Path, today: &str, day: &str, addresses: &[String]) -> Statuses {
    let md = stdout(run(
        data,
        today,
        &["export", "--format", "md", "--with-status", "--as-of", day],
    ));
    let mut tags = Vec::new();
    let mut rest = md.as_str();
    while let Some(start) = rest.find('（') {
        rest = &rest[start + '（'.len_utf8()..];
        if let Some(end) = rest.find('）') {
            let inner = &rest[..end];
            if LABELS.iter().any(|(l, _)| *l == inner) {
                tags.push(key_of(inner));
            }
        }
    }
    assert_eq!(tags.len(), addresses.len(), "one tag per measure:\n{md}");
    addresses.iter().cloned().zip(tags).collect()
}

fn from_csv(data: &Path, today: &str, day: &str) -> Statuses {
    let out = stdout(run(
        data,
        today,
        &["export", "--format", "csv", "--as-of", day],
    ));
    let mut reader = csv::Reader::from_reader(out.trim_start_matches('\u{feff}').as_bytes());
    let headers = reader.headers().unwrap().clone();
    let number = headers.iter().position(|h| h == "序号").unwrap();
    let status = headers.iter().position(|h| h == "完成情况").unwrap();
    reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            (
                // 序号 is written `="1.1"` so Excel keeps it text; read it as import does.
                rectify::export::csv::unguard(&r[number]).to_string(),
                key_of(&r[status]),
            )
        })
        .collect()
}

fn from_xlsx(data: &Path, today: &str, day: &str) -> Statuses {
    use calamine::{Reader, Xlsx};
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ledger.xlsx");
    let out = rectify()
        .env("RECTIFY_TODAY", today)
        .arg("--data")
        .arg(data)
        .args(["export", "--format", "xlsx", "--as-of", day, "-o"])
        .arg(&path)
        .assert();
    out.success();
    let mut book: Xlsx<_> = calamine::open_workbook(&path).unwrap();
    let sheet = book.worksheet_range_at(0).unwrap().unwrap();
    let rows: Vec<Vec<String>> = sheet
        .rows()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect();
    let head = rows
        .iter()
        .position(|r| r.iter().any(|c| c == "序号"))
        .expect("a header row");
    let number = rows[head].iter().position(|c| c == "序号").unwrap();
    let status = rows[head].iter().position(|c| c == "完成情况").unwrap();
    rows[head + 1..]
        .iter()
        .filter(|r| {
            LABELS
                .iter()
                .any(|(l, _)| r.get(status).map(String::as_str) == Some(*l))
        })
        .map(|r| (r[number].clone(), key_of(&r[status])))
        .collect()
}

fn all_agree(data: &Path, today: &str, days: &[&str]) -> Vec<Statuses> {
    days.iter()
        .map(|day| {
            let list = from_list(data, today, day);
            let addresses: Vec<String> = {
                // The notice's order: findings by id, measures in file order.
                let mut a: Vec<(u32, u32, String)> = list
                    .keys()
                    .map(|k| {
                        let (f, m) = k.split_once('.').unwrap();
                        (f.parse().unwrap(), m.parse().unwrap(), k.clone())
                    })
                    .collect();
                a.sort();
                a.into_iter().map(|(_, _, k)| k).collect()
            };
            assert_eq!(from_json(data, today, day), list, "json vs list on {day}");
            assert_eq!(
                from_markdown(data, today, day, &addresses),
                list,
                "md vs list on {day}"
            );
            assert_eq!(from_csv(data, today, day), list, "csv vs list on {day}");
            assert_eq!(from_xlsx(data, today, day), list, "xlsx vs list on {day}");
            list
        })
        .collect()
}

#[test]
fn every_view_agrees_on_each_measures_status_on_any_day() {
    let data = fixture("export/progress");
    let days = [
        "2021-06-01",
        "2021-06-25",
        "2021-08-01",
        "2021-09-30",
        "2021-10-01",
    ];
    let seen = all_agree(&data, "2021-10-01", &days);
    // The days differ: the test is not comparing one unchanging record with itself.
    assert_ne!(seen[0], seen[2]);
    assert_ne!(seen[2], seen[4]);
    // On the feedback day only the measure already under way (1.2, logged that day) has moved.
    assert_eq!(seen[0]["1.1"], "not-started");
    assert_eq!(seen[0]["1.2"], "in-progress");
}

#[test]
fn the_shipped_record_agrees_too() {
    let all = all_agree(&shipped_data(), "2021-03-01", &["2020-10-14", "2020-12-31"]);
    assert_ne!(all[0], all[1]);
}

#[test]
fn a_day_after_today_is_todays_record() {
    let data = fixture("export/progress");
    let today = "2021-10-01";
    let now = stdout(run(
        &data,
        today,
        &["list", "--measures", "--format", "json"],
    ));
    let later = stdout(run(
        &data,
        today,
        &[
            "list",
            "--measures",
            "--format",
            "json",
            "--as-of",
            "2030-01-01",
        ],
    ));
    assert_eq!(now, later);
}

#[test]
fn a_day_before_the_feedback_is_refused() {
    let err = stderr_failing(run(
        &fixture("export/progress"),
        "2021-10-01",
        &["list", "--as-of", "2021-05-31"],
    ));
    assert!(
        err.contains("2021-05-31") && err.contains("2021-06-01"),
        "{err}"
    );
}
