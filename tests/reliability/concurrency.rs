//! Concurrency: several `rectify` processes write to one data folder at once — some to the
//! same measure, some to other measures of the same file, some to another file, one adding
//! measures. Afterwards every update is present exactly once, in each writer's order; every
//! log entry is complete (date, status, note); every file parses and `check` passes; the
//! journal holds one entry per write.

use std::path::Path;

use crate::common::{copy_dir, fixture, rectify, stdout};

const ROUNDS: usize = 8;

/// (writer, the command it repeats with its round number in the note or text).
fn command(writer: usize, round: usize) -> Vec<String> {
    let note = format!("w{writer}-r{round}");
    let args: Vec<&str> = match writer {
        // Three writers on the same measure.
        0..=2 => vec!["update", "1.2", "--note", &note],
        // Another measure of the same file.
        3 => vec!["update", "1.1", "--note", &note],
        // A measure of another file, changing its status back and forth.
        4 => {
            let status = if round.is_multiple_of(2) {
                "partial"
            } else {
                "ongoing"
            };
            vec!["update", "2.1", "--status", status, "--note", &note]
        }
        // Adding measures to the same file as writers 0–3.
        _ => vec!["add", "measure", "1", "--text", &note],
    };
    args.into_iter().map(str::to_string).collect()
}

const WRITERS: usize = 6;

fn log_notes(shown: &serde_json::Value, measure: usize) -> Vec<String> {
    shown["measures"][measure]["log"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            for key in ["date", "status"] {
                assert!(
                    e.get(key).is_some_and(|v| !v.is_null()),
                    "log entry without {key}: {e}"
                );
            }
            e["note"].as_str().unwrap_or_default().to_string()
        })
        .collect()
}

fn in_writer_order(notes: &[String], writer: usize) -> Vec<String> {
    notes
        .iter()
        .filter(|n| n.starts_with(&format!("w{writer}-")))
        .cloned()
        .collect()
}

fn expected(writer: usize) -> Vec<String> {
    (0..ROUNDS).map(|r| format!("w{writer}-r{r}")).collect()
}

#[test]
fn writers_at_once_lose_nothing_and_interleave_nothing() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&fixture("bad/base"), dir.path());
    let data: &Path = dir.path();
    std::thread::scope(|scope| {
        for writer in 0..WRITERS {
            scope.spawn(move || {
                for round in 0..ROUNDS {
                    let args = command(writer, round);
                    let out = rectify()
                        .arg("--data")
                        .arg(data)
                        .args(&args)
                        .output()
                        .unwrap();
                    assert!(
                        out.status.success(),
                        "`rectify {}` failed: {}",
                        args.join(" "),
                        String::from_utf8_lossy(&out.stderr)
                    );
                }
            });
        }
    });

    let show = |finding: &str| -> serde_json::Value {
        let text = stdout(
            rectify()
                .arg("--data")
                .arg(data)
                .args(["show", finding, "--json"])
                .assert(),
        );
        serde_json::from_str(&text).unwrap()
    };
    let one = show("1");
    let same_measure = log_notes(&one, 1);
    for writer in 0..=2 {
        assert_eq!(
            in_writer_order(&same_measure, writer),
            expected(writer),
            "writer {writer}'s notes on 1.2, once each and in order"
        );
    }
    assert_eq!(
        same_measure.len(),
        3 * ROUNDS,
        "no other entry on 1.2: {same_measure:?}"
    );
    assert_eq!(in_writer_order(&log_notes(&one, 0), 3), expected(3));
    let added: Vec<String> = one["measures"].as_array().unwrap()[2..]
        .iter()
        .map(|m| m["text"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(added, expected(5), "every added measure, in order");
    let two = show("2");
    let notes = log_notes(&two, 0);
    assert_eq!(in_writer_order(&notes, 4), expected(4));
    let last = if (ROUNDS - 1).is_multiple_of(2) {
        "partial"
    } else {
        "ongoing"
    };
    assert_eq!(
        two["measures"][0]["status"], last,
        "the last status written wins"
    );

    let check = rectify()
        .arg("--data")
        .arg(data)
        .arg("check")
        .output()
        .unwrap();
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stderr)
    );
    let history = stdout(rectify().arg("--data").arg(data).arg("history").assert());
    let writes = history.lines().filter(|l| l.starts_with('#')).count();
    assert_eq!(
        writes,
        WRITERS * ROUNDS,
        "one journal entry per write:\n{history}"
    );
}
