//! `rectify update`, `add`, `init`, `show`, `undo` and `history`: a write changes only the
//! bytes it must, is validated first, is atomic, locked and can be undone.

use std::path::PathBuf;
use std::process::Command;
use std::time::{Duration, Instant};

use crate::common::{self, rectify, stderr_failing, stdout, DataDir};

/// A copy of the fixture with comments, odd spacing, inline tables and Chinese text.
fn odd() -> DataDir {
    DataDir::copy_of(&common::fixture("write/odd"))
}

/// Every file of the record, leaving out rectify's own state (.rectify/: lock and journal)
/// and temp files (checked apart, by [`temp_files`]).
fn record(data: &DataDir) -> Vec<(PathBuf, Vec<u8>)> {
    data.snapshot()
        .into_iter()
        .filter(|(path, _)| !path.starts_with(".rectify") && !is_temp(path))
        .collect()
}

fn is_temp(path: &std::path::Path) -> bool {
    let name = path.file_name().unwrap().to_string_lossy();
    name.starts_with(".rectify-") && name.ends_with(".tmp")
}

/// Every file anywhere in the folder whose name marks it as a write's temp file.
fn temp_files(data: &DataDir) -> Vec<PathBuf> {
    data.snapshot()
        .into_iter()
        .map(|(path, _)| path)
        .filter(|path| is_temp(path))
        .collect()
}

/// The lines that differ, numbered: `-N:` an old line, `+N:` a new one. Independent of the
/// diff in the binary, so the two cannot agree on a mistake.
fn line_diff(before: &str, after: &str) -> String {
    let a: Vec<&str> = before.split('\n').collect();
    let b: Vec<&str> = after.split('\n').collect();
    let mut lcs = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i][j] = if a[i] == b[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let (mut i, mut j, mut out) = (0, 0, String::new());
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            i += 1;
            j += 1;
        } else if i < a.len() && (j == b.len() || lcs[i + 1][j] >= lcs[i][j + 1]) {
            out += &format!("-{}: {}\n", i + 1, a[i]);
            i += 1;
        } else {
            out += &format!("+{}: {}\n", j + 1, b[j]);
            j += 1;
        }
    }
    out
}

/// The diff of every file of the record, as `git diff` of the folder would list it.
fn folder_diff(before: &[(PathBuf, Vec<u8>)], after: &[(PathBuf, Vec<u8>)]) -> String {
    let mut out = String::new();
    let text = |files: &[(PathBuf, Vec<u8>)], path: &PathBuf| {
        files
            .iter()
            .find(|(p, _)| p == path)
            .map(|(_, bytes)| String::from_utf8(bytes.clone()).unwrap())
    };
    let mut paths: Vec<&PathBuf> = before.iter().chain(after).map(|(p, _)| p).collect();
    paths.sort();
    paths.dedup();
    for path in paths {
        let (old, new) = (text(before, path), text(after, path));
        match (old, new) {
            (None, Some(new)) => out += &format!("=== {} (new file)\n{new}", path.display()),
            (Some(_), None) => out += &format!("=== {} (removed)\n", path.display()),
            (old, new) if old != new => {
                out += &format!("=== {}\n", path.display());
                out += &line_diff(&old.unwrap_or_default(), &new.unwrap_or_default());
            }
            _ => {}
        }
    }
    out
}

#[test]
fn update_changes_only_the_status_line_adds_done_and_logs_after_the_measure() {
    let data = odd();
    let before = record(&data);
    let out = stdout(data.run(&["update", "1.1", "--status", "done", "--note", "台账已建立"]));
    assert_eq!(
        out,
        "updated 1.1: status: in progress → done; done: (none) → 2021-03-01; progress log: + 2021-03-01 台账已建立\n"
    );
    // 1.1 is the first of three measures: its log entry goes right after it, its new key
    // is indented like its neighbours, and the comment after `status` stays.
    assert_eq!(
        folder_diff(&before, &record(&data)),
        "=== findings/01.toml
-10:   status =   \"in-progress\"     # 推进中
+10:   status =   \"done\"     # 推进中
+13:   done = 2021-03-01
+15: [[finding.measure.log]]
+16: date = 2021-03-01
+17: from = \"in-progress\"
+18: status = \"done\"
+19: note = \"台账已建立\"
+20: 
"
    );
}

#[test]
fn update_writes_statuses_the_way_the_file_does_and_grows_lists_in_place() {
    let data = odd();
    let before = data.read("findings/01.toml");
    stdout(data.run(&[
        "update",
        "1.2",
        "--status",
        "done",
        "--evidence",
        "学习制度（印发稿）",
    ]));
    assert_eq!(
        line_diff(&before, &data.read("findings/01.toml")),
        "-18: status = \"正在推进\"   # 用中文标签写的状态
+18: status = \"已完成\"   # 用中文标签写的状态
+19: done = 2021-03-01
+22:     \"学习制度（印发稿）\",
+30: [[finding.measure.log]]
+31: date = 2021-03-01
+32: from = \"正在推进\"
+33: status = \"已完成\"
+34: 
"
    );
}

#[test]
fn update_edits_inline_measures_inline() {
    let data = odd();
    let before = record(&data);
    stdout(data.run(&[
        "update",
        "2.2",
        "--status",
        "in-progress",
        "--owner",
        "李四",
        "--note",
        "已部署",
    ]));
    assert_eq!(
        folder_diff(&before, &record(&data)),
        "=== findings/02.toml
-8:   { text = \"开展专项检查。\", status = \"not-started\", deadline = 2021-05-31 },
+8:   { text = \"开展专项检查。\", status = \"in-progress\", owner = \"李四\", deadline = 2021-05-31, log = [{ date = 2021-03-01, from = \"not-started\", status = \"in-progress\", note = \"已部署\" }] },
"
    );
    assert!(stdout(data.run(&["check"])).contains("ok"));
}

#[test]
fn update_keeps_crlf_line_ends_and_a_missing_final_newline() {
    let data = odd();
    data.write(
        "findings/05.toml",
        "# 问题5\r\n[[finding]]\r\nid = 5\r\ncategory = \"policy\"\r\ntitle = \"会议记录不全\"\r\n\r\n[[finding.measure]]\r\ntext = \"补全会议记录。\"\r\nstatus = \"in-progress\"\r\n",
    );
    data.write(
        "findings/07.toml",
        "[[finding]]\nid = 7\ncategory = \"conduct\"\ntitle = \"台账不规范\"\n\n[[finding.measure]]\ntext = \"规范台账。\"\nstatus = \"not-started\"",
    );
    stdout(data.run(&["update", "5.1", "--owner", "王五"]));
    assert_eq!(
        data.read("findings/05.toml"),
        "# 问题5\r\n[[finding]]\r\nid = 5\r\ncategory = \"policy\"\r\ntitle = \"会议记录不全\"\r\n\r\n[[finding.measure]]\r\ntext = \"补全会议记录。\"\r\nstatus = \"in-progress\"\r\nowner = \"王五\"\r\n"
    );
    stdout(data.run(&["update", "7.1", "--department", "办公室"]));
    assert_eq!(
        data.read("findings/07.toml"),
        "[[finding]]\nid = 7\ncategory = \"conduct\"\ntitle = \"台账不规范\"\n\n[[finding.measure]]\ntext = \"规范台账。\"\nstatus = \"not-started\"\ndepartment = \"办公室\""
    );
}

#[test]
fn a_done_measure_of_unrecorded_date_set_to_partial_loses_its_done_key() {
    // 1.2 of the shipped data is `done = "unrecorded"`; 基本完成 is not completed, so the
    // key must go (as it does for 正在推进) rather than make the update invalid.
    let data = DataDir::shipped();
    let before = record(&data);
    let out = stdout(data.run(&["update", "1.2", "--status", "partial"]));
    assert!(
        out.starts_with(
            "updated 1.2: status: done → mostly done; done: (done, date not recorded) → (none)"
        ),
        "{out}"
    );
    let diff = folder_diff(&before, &record(&data));
    assert!(diff.contains("-15: done = \"unrecorded\""), "{diff}");
    data.run(&["check"]).success();
}

#[test]
fn update_takes_a_month_or_a_year_for_done_and_deadline() {
    // The data format allows `done = "2020-12"` and `deadline = 2021`; so does update.
    let data = odd();
    let before = data.read("findings/01.toml");
    let out = stdout(data.run(&["update", "1.3", "--status", "done", "--done", "2020-12"]));
    assert!(
        out.starts_with("updated 1.3: status: not started → done; done: (none) → 2020-12;"),
        "{out}"
    );
    stdout(data.run(&["update", "1.1", "--deadline", "2021"]));
    assert_eq!(
        line_diff(&before, &data.read("findings/01.toml")),
        "-12:   deadline = 2021-06-30
+12:   deadline = 2021
-31: status = \"not-started\"
+31: status = \"done\"
+32: done = \"2020-12\"
+34: [[finding.measure.log]]
+35: date = 2021-03-01
+36: from = \"not-started\"
+37: status = \"done\"
+38: 
"
    );
    // A full date stays a TOML date.
    stdout(data.run(&["update", "1.3", "--done", "2021-02-03"]));
    assert!(data
        .read("findings/01.toml")
        .contains("\ndone = 2021-02-03\n"));
    stdout(data.run(&[
        "add",
        "measure",
        "1",
        "--text",
        "检查",
        "--deadline",
        "2021-12",
    ]));
    assert!(data
        .read("findings/01.toml")
        .contains("\ndeadline = \"2021-12\"\n"));
    assert!(stdout(data.run(&["check"])).contains("ok"));
    let err = String::from_utf8(
        data.run(&["update", "1.3", "--done", "2020-13"])
            .code(2)
            .get_output()
            .stderr
            .clone(),
    )
    .unwrap();
    assert!(
        err.contains("`2020-13`: there is no month 13: write a date such as 2024-06-30"),
        "{err}"
    );
}

#[test]
fn a_write_that_brings_a_warning_says_so() {
    let data = odd();
    let stderr = |assert: assert_cmd::assert::Assert| {
        let out = assert.success().get_output().clone();
        String::from_utf8(out.stderr)
            .unwrap()
            .replace(&data.path().display().to_string(), "DATA")
    };
    let err = stderr(data.run(&[
        "update",
        "1.3",
        "--status",
        "in-progress",
        "--done",
        "2021-01-01",
    ]));
    assert_eq!(
        err,
        "warning: this measure has a done date (2021-01-01) but its status is in-progress
  --> DATA/findings/01.toml:32:8
   |
32 | done = 2021-01-01
   |        ^^^^^^^^^^
   |
   = help: set `status = \"done\"`, or remove `done`
"
    );
    // Only the touched measures' warnings: 1.3's done date is not 1.2's business.
    assert_eq!(stderr(data.run(&["update", "1.2", "--owner", "李四"])), "");
    let err = stderr(data.run(&["update", "1.2", "--deadline", "2021-02-01"]));
    assert!(
        err.starts_with("warning: overdue: the deadline 2021-02-01 has passed and the measure is in-progress\n  --> DATA/findings/01.toml:"),
        "{err}"
    );
    assert!(!err.contains("done date"), "{err}");
    let err = stderr(data.run(&[
        "add",
        "measure",
        "2",
        "--text",
        "检查",
        "--deadline",
        "2021-01-31",
    ]));
    assert!(
        err.starts_with("warning: overdue: the deadline 2021-01-31"),
        "{err}"
    );
    assert_eq!(err.matches("warning:").count(), 1, "{err}");
}

#[test]
fn update_on_a_finding_applies_where_it_makes_sense() {
    let data = odd();
    // 2.1 is done: its deadline is history, only 2.2 gets the new one.
    let out = stdout(data.run(&["update", "2", "--deadline", "2021-09-30"]));
    assert_eq!(
        out,
        "updated finding 2: 1 of 2 measures changed (deadline → 2021-09-30)\n"
    );
    let out = stdout(data.run(&["update", "1", "--owner", "张三"]));
    assert_eq!(
        out,
        "updated finding 1: 2 of 3 measures changed (owner → 张三)\n"
    );
    let out = stdout(data.run(&["update", "1", "--owner", "张三"]));
    assert_eq!(
        out,
        "nothing to change: the measures of finding 1 are already as asked\n"
    );
}

#[test]
fn an_update_that_would_be_invalid_writes_nothing() {
    let data = odd();
    let before = record(&data);
    let err =
        stderr_failing(data.run(&["update", "1.1", "--status", "done", "--done", "2030-01-01"]));
    assert!(
        err.starts_with("error: `update 1.1` would leave the data with errors, so nothing was written:\nerror: done date 2030-01-01 is in the future (today is 2021-03-01)\n"),
        "{err}"
    );
    assert!(err.contains("findings/01.toml:13:"), "{err}");
    assert_eq!(record(&data), before);
    assert!(stdout(data.run(&["history"])).starts_with("no writes recorded"));
}

#[test]
fn data_with_errors_is_not_written_to() {
    let data = odd();
    data.write("findings/09.toml", "[[finding]]\nid = 9\n");
    let before = record(&data);
    let err = stderr_failing(data.run(&["update", "1.1", "--owner", "李四"]));
    assert!(err.contains("has no `title`"), "{err}");
    assert_eq!(record(&data), before);
}

#[test]
fn update_without_options_is_a_usage_error() {
    let data = odd();
    let out = data.run(&["update", "1.1"]).code(2);
    let err = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert!(err.starts_with("error: nothing to update: give at least one of --status"));
}

#[test]
fn dry_run_prints_the_diff_and_writes_nothing() {
    let data = odd();
    let before = record(&data);
    let out = stdout(data.run(&["update", "1.3", "--status", "in-progress", "--dry-run"]));
    assert_eq!(
        out,
        "--- a/findings/01.toml
+++ b/findings/01.toml
@@ -28,4 +28,9 @@
 # 第三项措施在文件末尾
 [[finding.measure]]
 text = \"开展专题学习。\"
-status = \"not-started\"
+status = \"in-progress\"
+
+[[finding.measure.log]]
+date = 2021-03-01
+from = \"not-started\"
+status = \"in-progress\"
"
    );
    assert_eq!(record(&data), before);
}

#[test]
fn refused_and_dry_run_writes_leave_the_disk_as_it_was() {
    // Not even rectify's own state folder (.rectify/: journal, .gitignore) may appear.
    let data = odd();
    let before = data.snapshot();
    let runs: [&[&str]; 6] = [
        &["update", "9.1", "--owner", "x"],
        &["update", "1.1", "--status", "done", "--done", "2030-01-01"],
        &["update", "1.1", "--owner", "张三", "--dry-run"],
        &["add", "measure", "1", "--text", "开展检查", "--dry-run"],
        &["undo"],
        &["history"],
    ];
    for args in runs {
        let out = data.run(args).get_output().clone();
        assert_eq!(data.snapshot(), before, "{args:?}: {out:?}");
        assert!(
            !data.path().join(".rectify").exists(),
            "{args:?} created .rectify/"
        );
    }
    data.write("findings/09.toml", "[[finding]]\nid = 9\n");
    let before = data.snapshot();
    stderr_failing(data.run(&["update", "1.1", "--owner", "李四"]));
    assert_eq!(data.snapshot(), before);
    assert!(!data.path().join(".rectify").exists());
    // The first real write creates it.
    data.remove("findings/09.toml");
    stdout(data.run(&["update", "1.1", "--owner", "李四"]));
    assert!(data.path().join(".rectify/.gitignore").exists());
}

#[test]
fn concurrent_updates_of_one_file_lose_nothing() {
    let data = odd();
    let workers: Vec<_> = ["1.1", "1.3"]
        .into_iter()
        .map(|address| {
            let dir = data.path().to_path_buf();
            std::thread::spawn(move || {
                for i in 0..100 {
                    rectify()
                        .arg("--data")
                        .arg(&dir)
                        .args(["update", address, "--note", &format!("{address}-{i}")])
                        .assert()
                        .success();
                }
            })
        })
        .collect();
    for worker in workers {
        worker.join().unwrap();
    }
    let shown = stdout(data.run(&["show", "1", "--json"]));
    let shown: serde_json::Value = serde_json::from_str(&shown).unwrap();
    for (index, address) in [(0, "1.1"), (2, "1.3")] {
        let notes: Vec<String> = shown["measures"][index]["log"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["note"].as_str().unwrap().to_string())
            .collect();
        let expected: Vec<String> = (0..100).map(|i| format!("{address}-{i}")).collect();
        assert_eq!(
            notes, expected,
            "every update of {address} is logged, in order"
        );
    }
    assert!(stdout(data.run(&["check"])).contains("ok"));
}

#[test]
fn a_write_that_dies_before_its_rename_leaves_the_file_intact() {
    let data = odd();
    let before = record(&data);
    let out = rectify()
        .arg("--data")
        .arg(data.path())
        .args(["update", "1.1", "--status", "done"])
        .env("RECTIFY_FAILPOINT", "before-rename")
        .assert()
        .code(101);
    drop(out);
    assert_eq!(record(&data), before);
    assert_eq!(
        temp_files(&data).len(),
        1,
        "the dead write left its temp file"
    );
    // The journal entry of a write that never happened is not history.
    assert!(stdout(data.run(&["history"])).starts_with("no writes recorded"));
    stdout(data.run(&["update", "1.2", "--owner", "李四"]));
    assert!(temp_files(&data).is_empty(), "the next write cleans up");
    let history = stdout(data.run(&["history"]));
    assert!(history.contains("update 1.2") && !history.contains("update 1.1"));
}

#[test]
fn a_write_killed_before_its_rename_leaves_the_file_intact() {
    let data = odd();
    let before = record(&data);
    let mut child = Command::new(env!("CARGO_BIN_EXE_rectify"))
        .arg("--data")
        .arg(data.path())
        .args(["update", "1.1", "--status", "done"])
        .env("RECTIFY_TODAY", common::TODAY)
        .env("RECTIFY_FAILPOINT", "pause-before-rename=20000")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let start = Instant::now();
    while temp_files(&data).is_empty() && start.elapsed() < Duration::from_secs(20) {
        std::thread::sleep(Duration::from_millis(20));
    }
    child.kill().unwrap();
    child.wait().unwrap();
    assert_eq!(record(&data), before);
    stdout(data.run(&["update", "1.2", "--owner", "李四"]));
    assert!(temp_files(&data).is_empty());
}

#[test]
fn undo_takes_back_an_update_byte_for_byte() {
    let data = odd();
    let before = record(&data);
    stdout(data.run(&["update", "1.1", "--status", "done", "--note", "台账已建立"]));
    stdout(data.run(&["update", "2.2", "--owner", "李四", "--evidence", "检查记录"]));
    let history = stdout(data.run(&["history"]));
    let history = history
        .lines()
        .map(|l| match l.split_once("  ") {
            Some((seq, rest)) if seq.starts_with('#') => {
                format!("{seq}  <time>  {}", rest.split_once("  ").unwrap().1)
            }
            _ => l.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n");
    assert_eq!(
        history,
        "#1  <time>  update 1.1  (findings/01.toml)
    1.1 status: in progress → done
    1.1 done: (none) → 2021-03-01
    1.1 progress log: + 2021-03-01 台账已建立
#2  <time>  update 2.2  (findings/02.toml)
    2.2 owner: (none) → 李四
    2.2 evidence: + 检查记录
`rectify undo` takes back #2."
    );
    let out = stdout(data.run(&["undo"]));
    assert!(out.starts_with("undid #2 `update 2.2` of "), "{out}");
    assert!(out.contains("  restored findings/02.toml\n  took back: 2.2 owner: (none) → 李四\n"));
    stdout(data.run(&["undo"]));
    assert_eq!(record(&data), before);
    let err = stderr_failing(data.run(&["undo"]));
    assert!(
        err.starts_with("error: there is nothing to undo in "),
        "{err}"
    );
}

#[test]
fn undo_takes_back_an_added_finding_and_an_added_measure() {
    let data = odd();
    let before = record(&data);
    stdout(data.run(&[
        "add",
        "finding",
        "--category",
        "policy",
        "--title",
        "制度不健全",
        "--measure",
        "建立制度",
    ]));
    stdout(data.run(&["add", "measure", "1", "--text", "开展检查"]));
    stdout(data.run(&["undo"]));
    stdout(data.run(&["undo"]));
    assert_eq!(record(&data), before);
}

#[test]
fn undo_refuses_after_a_hand_edit() {
    let data = odd();
    stdout(data.run(&["update", "1.1", "--owner", "李四"]));
    let edited = data
        .read("findings/01.toml")
        .replace("李四", "李四（手改）");
    data.write("findings/01.toml", &edited);
    let before = record(&data);
    let err = stderr_failing(data.run(&["undo"]));
    assert!(
        err.starts_with("error: cannot undo `update 1.1` (#1, "),
        "{err}"
    );
    assert!(err.contains("findings/01.toml changed since, by hand or by another program\nhelp: undo restores only files exactly as rectify left them, so nothing was changed"), "{err}");
    assert_eq!(record(&data), before);
}

#[test]
fn init_writes_an_example_that_passes_check() {
    let root = DataDir::empty();
    let dir = root.path().join("x");
    let out = stdout(rectify().arg("init").arg(&dir).assert());
    assert!(out.starts_with("created "), "{out}");
    let check = rectify().arg("--data").arg(&dir).arg("check").assert();
    let check = check.success();
    let output = check.get_output();
    assert!(String::from_utf8_lossy(&output.stdout)
        .contains("ok — 2 categories, 3 findings, 6 measures, 1 warning"));
    assert!(String::from_utf8_lossy(&output.stderr).contains("overdue"));
    // One measure is overdue relative to today, whatever today is.
    let overdue = stdout(
        rectify()
            .arg("--data")
            .arg(&dir)
            .args(["list", "--measures", "--overdue", "--format", "csv"])
            .assert(),
    );
    assert_eq!(overdue.lines().count(), 2, "{overdue}");
    assert!(overdue.contains("2.2,"));
}

#[test]
fn the_example_has_one_overdue_measure_whatever_the_day() {
    for today in ["2019-06-30", "2035-12-31"] {
        let root = DataDir::empty();
        let dir = root.path().join("x");
        let at = |args: &[&str]| {
            rectify()
                .env("RECTIFY_TODAY", today)
                .arg("--data")
                .arg(&dir)
                .args(args)
                .assert()
        };
        stdout(at(&["init"]));
        assert!(
            stdout(at(&["check"])).contains("ok — 2 categories, 3 findings, 6 measures, 1 warning")
        );
        let overdue = stdout(at(&["list", "--measures", "--overdue", "--format", "csv"]));
        assert_eq!(overdue.lines().count(), 2, "{today}: {overdue}");
    }
}

#[test]
fn init_into_an_existing_empty_folder_keeps_the_folder() {
    // `rectify init .` in an empty folder, and `rectify init DIR` on an empty DIR: the folder
    // stays (a shell may stand in it), and the files are moved into it.
    let root = DataDir::empty();
    let here = root.path().join("here");
    std::fs::create_dir(&here).unwrap();
    let inode = |path: &std::path::Path| {
        use std::os::unix::fs::MetadataExt;
        std::fs::metadata(path).unwrap().ino()
    };
    let before = inode(&here);
    let out = stdout(rectify().current_dir(&here).args(["init", "."]).assert());
    assert!(
        out.starts_with("created .: rectify.toml and 3 findings files"),
        "{out}"
    );
    assert_eq!(inode(&here), before, "the folder itself was kept");
    let written = DataDir::copy_of(&here);
    let names: Vec<PathBuf> = written.snapshot().into_iter().map(|(p, _)| p).collect();
    assert_eq!(
        names,
        [
            ".gitignore",
            "findings/01.toml",
            "findings/02.toml",
            "findings/03.toml",
            "rectify.toml"
        ]
        .map(PathBuf::from),
        "no temp folder is left behind"
    );
    stdout(
        rectify()
            .current_dir(&here)
            .args(["--data", ".", "check"])
            .assert(),
    );

    let empty = root.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    let before = inode(&empty);
    stdout(
        rectify()
            .arg("init")
            .arg(&empty)
            .args(["--example", "reference"])
            .assert(),
    );
    assert_eq!(inode(&empty), before);
    let written = DataDir::copy_of(&empty);
    written.remove(".gitignore");
    assert_eq!(written.snapshot(), DataDir::shipped().snapshot());
}

#[test]
fn init_refuses_to_overwrite_a_data_folder() {
    let data = odd();
    let before = data.snapshot();
    let err = stderr_failing(data.run(&["init"]));
    assert_eq!(
        err,
        format!(
            "error: `{}` already holds a data folder\nhelp: rectify init never overwrites data: choose a new folder, e.g. `rectify init newdata`\n",
            data.path().display()
        )
    );
    assert_eq!(data.snapshot(), before);
}

#[test]
fn init_reference_writes_the_shipped_data() {
    let root = DataDir::empty();
    let dir = root.path().join("ref");
    stdout(
        rectify()
            .arg("init")
            .arg(&dir)
            .args(["--example", "reference"])
            .assert(),
    );
    let written = DataDir::copy_of(&dir);
    // The shipped data plus the .gitignore every new folder gets.
    written.remove(".gitignore");
    assert_eq!(written.snapshot(), DataDir::shipped().snapshot());
    stdout(rectify().arg("--data").arg(&dir).arg("check").assert());
}

/// The "done means": a fresh folder, one update, and the diff shows exactly the
/// changed keys and the new log entry.
#[test]
fn init_then_update_changes_exactly_the_keys_and_the_log() {
    let root = DataDir::empty();
    let dir = root.path().join("x");
    stdout(rectify().arg("init").arg(&dir).assert());
    let data = DataDir::copy_of(&dir);
    let before = record(&data);
    stdout(data.run(&[
        "update",
        "1.1",
        "--status",
        "done",
        "--note",
        "学习计划已印发",
    ]));
    insta::assert_snapshot!(folder_diff(&before, &record(&data)));
    assert!(stdout(data.run(&["check"])).contains("ok"));
    // rectify's own state stays out of version control.
    assert_eq!(data.read(".rectify/.gitignore").lines().last(), Some("*"));
}

#[test]
fn add_finding_takes_the_next_free_number_in_a_new_file() {
    let data = odd();
    data.write(
        "findings/05.toml",
        "[[finding]]\nid = 5\ncategory = \"policy\"\ntitle = \"会议记录不全\"\n\n[[finding.measure]]\ntext = \"补全会议记录。\"\nstatus = \"in-progress\"\n",
    );
    let before = record(&data);
    let out = stdout(data.run(&[
        "add",
        "finding",
        "--category",
        "conduct",
        "--title",
        "值班制度落实不严",
        "--measure",
        "修订值班制度",
    ]));
    assert_eq!(
        out,
        "added finding 6 with measure 6.1 in findings/06.toml\n"
    );
    assert_eq!(
        folder_diff(&before, &record(&data)),
        "=== findings/06.toml (new file)
# 问题6 · 作风建设方面
[[finding]]
id = 6
category = \"conduct\"
title = \"值班制度落实不严\"

[[finding.measure]]
text = \"修订值班制度\"
status = \"not-started\"
"
    );
    assert!(stdout(data.run(&["check"])).contains("4 findings"));
}

#[test]
fn add_finding_after_the_highest_possible_number_is_refused_not_a_panic() {
    let data = DataDir::shipped();
    let text = data
        .read("findings/10.toml")
        .replacen("id = 10\n", "id = 4294967295\n", 1);
    data.write("findings/10.toml", &text);
    let before = record(&data);
    let err = stderr_failing(data.run(&[
        "add",
        "finding",
        "--category",
        "policy",
        "--title",
        "新问题",
        "--measure",
        "新措施",
    ]));
    assert!(
        err.starts_with("error: finding 4294967295 has the highest number there can be"),
        "{err}"
    );
    assert_eq!(record(&data), before);
}

#[test]
fn add_measure_appends_after_the_last_measure() {
    let data = odd();
    let before = data.read("findings/01.toml");
    let out = stdout(data.run(&[
        "add",
        "measure",
        "1",
        "--text",
        "开展检查",
        "--status",
        "done",
        "--owner",
        "李四",
    ]));
    assert_eq!(out, "added measure 1.4 in findings/01.toml\n");
    assert_eq!(
        line_diff(&before, &data.read("findings/01.toml")),
        "+33: [[finding.measure]]
+34: text = \"开展检查\"
+35: status = \"done\"
+36: owner = \"李四\"
+37: done = 2021-03-01
+38: 
"
    );
    let before = data.read("findings/02.toml");
    stdout(data.run(&["add", "measure", "2", "--text", "建立台账"]));
    assert_eq!(
        line_diff(&before, &data.read("findings/02.toml")),
        "+9:   { text = \"建立台账\", status = \"not-started\" },\n"
    );
    assert!(stdout(data.run(&["check"])).contains("7 measures"));
}

#[test]
fn add_finding_names_the_categories() {
    let data = odd();
    let err = stderr_failing(data.run(&[
        "add",
        "finding",
        "--category",
        "x",
        "--title",
        "t",
        "--measure",
        "m",
    ]));
    assert_eq!(
        err,
        "error: there is no category `x`\nhelp: categories are policy, conduct\n"
    );
}

#[test]
fn every_command_on_a_missing_address_lists_the_ones_that_exist() {
    let data = odd();
    let before = record(&data);
    let no_finding =
        "error: there is no finding 9\nhelp: findings are 1, 2; `rectify list` shows them\n";
    assert_eq!(stderr_failing(data.run(&["show", "9"])), no_finding);
    assert_eq!(
        stderr_failing(data.run(&["update", "9", "--owner", "x"])),
        no_finding
    );
    assert_eq!(
        stderr_failing(data.run(&["add", "measure", "9", "--text", "x"])),
        no_finding
    );
    assert_eq!(
        stderr_failing(data.run(&["update", "9.1", "--owner", "x"])),
        "error: there is no finding 9 (so no measure 9.1)\nhelp: findings are 1, 2; `rectify list` shows them\n"
    );
    let no_measure =
        "error: there is no measure 1.4\nhelp: finding 1 has 3 measures: 1.1, 1.2, 1.3\n";
    assert_eq!(stderr_failing(data.run(&["show", "1.4"])), no_measure);
    assert_eq!(
        stderr_failing(data.run(&["update", "1.4", "--status", "done"])),
        no_measure
    );
    assert_eq!(record(&data), before);
}

#[test]
fn show_prints_a_measure_with_its_log() {
    let data = odd();
    stdout(data.run(&["update", "1.2", "--status", "done", "--note", "已印发"]));
    insta::assert_snapshot!(stdout(data.run(&["--lang", "zh", "show", "1.2"])));
}

#[test]
fn show_prints_a_finding_as_json() {
    let data = odd();
    insta::assert_snapshot!(stdout(data.run(&["show", "2", "--json"])));
}

#[test]
fn a_write_removes_stale_data_temp_files_but_not_an_export_in_progress() {
    let data = DataDir::shipped();
    data.write(
        "findings/.rectify-AbC123.tmp",
        "left by a writer that was killed",
    );
    data.write(
        ".rectify-out-XyZ789.tmp",
        "an export to data/ being written right now",
    );
    data.run(&["update", "2.1", "--owner", "办公室"]).success();
    assert!(!data.path().join("findings/.rectify-AbC123.tmp").exists());
    assert!(data.path().join(".rectify-out-XyZ789.tmp").exists());
}
