//! Issue 11 ("reliability, round two"), the items that are neither the journal
//! ([`super::journal`]) nor output paths ([`super::security`]): line ends in notes, bounded
//! diagnostics, bounded templates, leftovers, messages that name the right place.

use crate::common::{stdout, DataDir};

/// The last progress-log note of measure 1.1, as a TOML parser reads the file.
fn last_note(data: &DataDir) -> String {
    let doc: toml::Table = toml::from_str(&data.read("findings/01.toml")).unwrap();
    let measure = &doc["finding"].as_array().unwrap()[0]["measure"]
        .as_array()
        .unwrap()[0];
    let log = measure["log"].as_array().unwrap();
    log.last().unwrap()["note"].as_str().unwrap().to_string()
}

/// Issue 11, item 4: in a CRLF file `update 1.1 --note $'a\nb'` stored `"a\r\nb"`, and
/// `"a\r\nb"` became `"a\r\r\nb"`. Text is stored as given, whatever the file's line ends.
#[test]
fn notes_keep_their_line_breaks_in_crlf_and_lf_files() {
    let notes = [
        "a\nb",
        "a\r\nb",
        "a\rb",
        "a\n",
        "\na",
        "a\n\nb",
        "a\r\n\r\nb",
        "a\n\rb",
        "一\n二",
        "tab\there\nnext",
        "quote \"\"\" inside\nx",
        "back\\slash\ny",
        "a\r",
        "'single'\n'quotes'",
        "a\u{2028}b",
        "x\n\n\n",
        "trailing space \nz",
        "  indented\n  lines",
        "mixed\r\nends\nhere\r",
        "x\r\n",
    ];
    for crlf in [true, false] {
        for note in notes {
            let data = DataDir::shipped();
            if crlf {
                let text = data.read("findings/01.toml").replace('\n', "\r\n");
                data.write("findings/01.toml", &text);
            }
            stdout(data.run(&["update", "1.1", "--note", note]));
            assert_eq!(last_note(&data), note, "crlf: {crlf}");
            let text = data.read("findings/01.toml");
            if crlf {
                assert!(
                    !text.replace("\r\n", "").contains('\n'),
                    "a bare LF in a CRLF file: {note:?}"
                );
            }
        }
    }
}

/// Makes `path` look `secs` seconds old.
fn age(path: &std::path::Path, secs: u64) {
    let then = std::time::SystemTime::now() - std::time::Duration::from_secs(secs);
    let file = std::fs::File::options()
        .write(true)
        .open(path)
        .or_else(|_| std::fs::File::open(path))
        .unwrap();
    file.set_modified(then).unwrap();
}

fn names(dir: &std::path::Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// Issue 11, item 13: an interrupted `-o` export left a `.rectify-out-*.tmp` (483 MB), Ctrl-C
/// during `import` left `.rectify-new-*` and `init DIR` then refused "not empty" though `ls`
/// showed nothing. The next run removes what a dead run left — never what a live one holds.
#[test]
fn leftovers_of_a_dead_run_are_removed_by_the_next() {
    let data = DataDir::shipped();
    let work = tempfile::tempdir().unwrap();
    let dead = work.path().join(".rectify-out-dead.tmp");
    let young = work.path().join(".rectify-out-young.tmp");
    let held = work.path().join(".rectify-out-held.tmp");
    for path in [&dead, &young, &held] {
        std::fs::write(path, "half an export").unwrap();
    }
    age(&dead, 3600);
    age(&held, 3600);
    let lock = std::fs::File::open(&held).unwrap();
    lock.lock().unwrap();
    stdout(
        crate::common::rectify()
            .current_dir(work.path())
            .arg("--data")
            .arg(data.path())
            .args(["export", "--format", "md", "-o", "notice.md"])
            .assert(),
    );
    assert_eq!(
        names(work.path()),
        [
            ".rectify-out-held.tmp",
            ".rectify-out-young.tmp",
            "notice.md"
        ]
    );
    drop(lock);

    // init into a folder that holds only a dead init's temp folder.
    let target = work.path().join("new");
    let leftover = target.join(".rectify-new-AbC123");
    std::fs::create_dir_all(leftover.join("findings")).unwrap();
    std::fs::write(leftover.join("rectify.toml"), "x").unwrap();
    age(&leftover, 3600);
    stdout(crate::common::rectify().arg("init").arg(&target).assert());
    assert!(!leftover.exists());
    assert!(target.join("rectify.toml").is_file());
}

/// Issue 11, item 11: "4 errors in 1 file" was printed for errors in 4 files (those that
/// cannot be read have no position, and were not counted).
#[test]
fn the_summary_counts_every_file_with_an_error() {
    let data = DataDir::shipped();
    let bom = format!("\u{feff}{}", data.read("findings/01.toml"));
    data.write("findings/01.toml", &bom);
    let mut bytes = std::fs::read(data.path().join("findings/02.toml")).unwrap();
    bytes.push(0xff);
    std::fs::write(data.path().join("findings/02.toml"), bytes).unwrap();
    std::fs::create_dir(data.path().join("findings/05x.toml")).unwrap();
    let broken = data.read("findings/04.toml") + "id = \"x\n";
    data.write("findings/04.toml", &broken);
    let err = crate::common::stderr_failing(data.run(&["check"]));
    assert!(
        err.ends_with("error: the data has 4 errors in 4 files\n"),
        "{err}"
    );
}

/// Issue 11, item 11: an xlsx export of a measure over 32,767 characters failed without
/// naming the measure.
#[test]
fn an_xlsx_cell_too_long_names_its_measure() {
    let data = DataDir::shipped();
    let long = "长".repeat(40_000);
    stdout(data.run(&["update", "3.2", "--note", &long]));
    let work = tempfile::tempdir().unwrap();
    let out = work.path().join("ledger.xlsx");
    let err = crate::common::stderr_failing(data.run(&[
        "export",
        "--format",
        "xlsx",
        "-o",
        out.to_str().unwrap(),
    ]));
    assert!(err.contains("measure 3.2 ("), "{err}");
    assert!(err.contains("32,767"), "{err}");
    assert!(names(work.path()).is_empty(), "{:?}", names(work.path()));
}

/// A copy of the shipped data whose findings/01.toml holds `n` unknown keys in finding 1.
fn unknown_keys(n: usize) -> DataDir {
    let data = DataDir::shipped();
    let text = data.read("findings/01.toml");
    let keys: String = (0..n).map(|k| format!("k{k} = 1\n")).collect();
    data.write(
        "findings/01.toml",
        &text.replacen("id = 1\n", &format!("id = 1\n{keys}"), 1),
    );
    data
}

/// Issue 11, item 7: diagnostics cost messages × file size (4,000 errors in one file: 12 s;
/// 200,000 unknown keys did not finish in 10 minutes). Each message is rendered from its own
/// lines, and a file shows its first 50 errors, then how many more.
#[test]
fn thousands_of_problems_in_one_file_are_capped_and_quick() {
    let data = unknown_keys(5_000);
    let started = std::time::Instant::now();
    let err = crate::common::stderr_failing(data.run(&["check"]));
    let took = started.elapsed();
    assert_eq!(err.matches("error: unknown key").count(), 50, "{err}");
    assert!(
        err.contains("note: … and 4950 more errors in `")
            && err.contains("01.toml` (only the first 50 of a file are shown)"),
        "{err}"
    );
    assert!(
        err.ends_with("error: the data has 5000 errors in 1 file\n"),
        "{err}"
    );
    assert!(err.len() < 32 * 1024, "{} bytes of messages", err.len());
    // The last shown message still names its own line (found through the line index).
    assert!(
        err.contains("01.toml:53:1\n   |\n53 | k49 = 1\n   | ^^^"),
        "{err}"
    );
    assert!(took < std::time::Duration::from_secs(5), "{took:?}");
}

/// The issue's own numbers: 200,000 unknown keys in a 2 MB file. Measured on the 2-core
/// machine: 1.7 s CPU in a debug build (0.4 s at 50,000 keys, 0.8 s at 100,000: linear).
/// Ignored because it takes seconds in a debug build.
#[test]
#[ignore = "seconds in a debug build: 200,000 unknown keys"]
fn two_hundred_thousand_unknown_keys_finish() {
    let data = unknown_keys(200_000);
    let started = std::time::Instant::now();
    let err = crate::common::stderr_failing(data.run(&["check"]));
    assert!(
        err.ends_with("error: the data has 200000 errors in 1 file\n"),
        "{err}"
    );
    assert!(err.len() < 32 * 1024);
    assert!(started.elapsed() < std::time::Duration::from_secs(20));
}

/// Runs `export --format md --template T -o out.md` in a temp folder; returns the folder,
/// the exit code and standard error.
fn export_template(
    template: &str,
    env: &[(&str, &str)],
) -> (tempfile::TempDir, Option<i32>, String) {
    let work = tempfile::tempdir().unwrap();
    std::fs::write(work.path().join("t.md.j2"), template).unwrap();
    let mut cmd = crate::common::rectify();
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd
        .current_dir(work.path())
        .arg("--data")
        .arg(crate::common::shipped_data())
        .args([
            "export",
            "--format",
            "md",
            "--template",
            "t.md.j2",
            "-o",
            "out.md",
        ])
        .timeout(std::time::Duration::from_secs(60))
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    (work, out.status.code(), err)
}

/// Issue 11, item 9: whitespace-only output was held whole in memory to 2.1 GB, then SIGABRT,
/// leaving `.rectify-out-*.tmp`. Output is capped (RECTIFY_MAX_OUTPUT_MB, default 64 MB;
/// here 1 MB to stay quick): a clear error, nothing written, no temp file.
#[test]
fn a_template_output_is_capped() {
    for body in ["   ", "x"] {
        let template =
            format!("{{% for i in range(100000) %}}{{% for j in range(1000) %}}{body}{{% endfor %}}{{% endfor %}}\n");
        let (work, code, err) = export_template(&template, &[("RECTIFY_MAX_OUTPUT_MB", "1")]);
        assert_eq!(code, Some(1), "{err}");
        assert!(
            err.contains("your template `t.md.j2` was stopped: its output passed 1 MB"),
            "{err}"
        );
        assert!(err.contains("RECTIFY_MAX_OUTPUT_MB"), "{err}");
        assert_eq!(names(work.path()), ["t.md.j2"]);
    }
}

/// Issue 11, item 9: nested `range(100000)` loops never finished. minijinja's fuel stops a
/// template that works far longer than the data needs. Measured: 3.3 s (output) and 3.9 s
/// (whitespace only) in a debug build on the shared 2-core machine; ignored as slow.
#[test]
#[ignore = "about 3 s in a debug build: a template running until its fuel is spent"]
fn a_runaway_template_is_stopped() {
    let (work, code, err) = export_template(
        "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}\n",
        &[],
    );
    assert_eq!(code, Some(1), "{err}");
    assert!(
        err.contains("was stopped: it ran far longer than a notice of this data needs"),
        "{err}"
    );
    assert_eq!(names(work.path()), ["t.md.j2"]);
}

/// Sends SIGINT (Ctrl-C) to `child` after `ms` milliseconds; returns its exit code.
fn interrupt_after(mut child: std::process::Child, ms: u64) -> Option<i32> {
    std::thread::sleep(std::time::Duration::from_millis(ms));
    let sent = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(sent.success());
    child.wait().unwrap().code()
}

/// Issue 11, item 13: Ctrl-C during an export or a write removes the temp file it was
/// writing (exit 130, as a shell reports an interrupted command).
#[test]
fn ctrl_c_removes_the_temp_file_being_written() {
    let work = tempfile::tempdir().unwrap();
    std::fs::write(
        work.path().join("t.md.j2"),
        "{% for i in range(100000) %}{% for j in range(100000) %}x{% endfor %}{% endfor %}\n",
    )
    .unwrap();
    let child = std::process::Command::new(assert_cmd::cargo::cargo_bin("rectify"))
        .current_dir(work.path())
        .env("RECTIFY_TODAY", crate::common::TODAY)
        .arg("--data")
        .arg(crate::common::shipped_data())
        .args([
            "export",
            "--format",
            "md",
            "--template",
            "t.md.j2",
            "-o",
            "out.md",
        ])
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    assert_eq!(interrupt_after(child, 600), Some(130));
    assert_eq!(names(work.path()), ["t.md.j2"]);

    let data = DataDir::shipped();
    let before = data.read("findings/01.toml");
    let child = std::process::Command::new(assert_cmd::cargo::cargo_bin("rectify"))
        .env("RECTIFY_TODAY", crate::common::TODAY)
        .env("RECTIFY_FAILPOINT", "pause-before-rename=3000")
        .arg("--data")
        .arg(data.path())
        .args(["update", "1.1", "--note", "interrupted"])
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    assert_eq!(interrupt_after(child, 600), Some(130));
    assert_eq!(data.read("findings/01.toml"), before);
    assert!(
        !names(&data.path().join("findings"))
            .iter()
            .any(|n| n.ends_with(".tmp")),
        "{:?}",
        names(&data.path().join("findings"))
    );
    let history = stdout(data.run(&["history"]));
    assert!(history.starts_with("no writes recorded"), "{history}");
    stdout(data.run(&["update", "1.1", "--note", "next"]));
}

/// A `--template` that is a device or a pipe is refused before reading (reading /dev/zero
/// would fill memory, a pipe would wait forever).
#[test]
fn a_template_that_is_not_a_regular_file_is_refused() {
    let data = DataDir::shipped();
    let err = crate::common::stderr_failing(data.run(&[
        "export",
        "--format",
        "md",
        "--template",
        "/dev/zero",
    ]));
    assert!(
        err.contains("the template `/dev/zero` is not a regular file"),
        "{err}"
    );
}
