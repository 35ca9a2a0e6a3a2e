//! `rectify check`: the shipped data is clean; every kind of bad input is named with its file,
//! line and a hint, exits 1, and changes nothing on disk.

use crate::common::{rectify, shipped_data, stderr_failing, stdout, DataDir};

#[test]
fn shipped_data_is_clean() {
    let out = stdout(
        rectify()
            .arg("--data")
            .arg(shipped_data())
            .arg("check")
            .assert(),
    );
    assert!(
        out.ends_with(": ok — 3 categories, 10 findings, 30 measures\n"),
        "{out}"
    );
}

#[test]
fn strict_check_passes_on_the_shipped_data() {
    rectify()
        .arg("--data")
        .arg(shipped_data())
        .args(["check", "--strict"])
        .assert()
        .success();
}

/// Replaces `from` by `to` in a copy of the shipped data's `file`, runs check, and returns
/// stderr (asserting exit 1 and that nothing on disk changed).
fn check_with(file: &str, from: &str, to: &str) -> String {
    let data = DataDir::shipped();
    let text = data.read(file);
    assert!(text.contains(from), "{file} does not contain {from:?}");
    data.write(file, &text.replacen(from, to, 1));
    let before = data.snapshot();
    let err = stderr_failing(data.run(&["check"]));
    assert_eq!(before, data.snapshot(), "check changed files");
    assert!(!err.contains("panicked"), "{err}");
    err
}

/// Asserts the rendered diagnostic names `file:line:` and says `message`.
fn assert_names(err: &str, file_line: &str, message: &str) {
    assert!(
        err.contains(file_line),
        "expected location {file_line:?} in:\n{err}"
    );
    assert!(
        err.contains(message),
        "expected message {message:?} in:\n{err}"
    );
}

#[test]
fn toml_syntax_error() {
    let err = check_with(
        "findings/04.toml",
        "id = 4\n",
        "id = 4\ntitle = \"unclosed\n",
    );
    assert_names(
        &err,
        "findings/04.toml:4:18",
        "invalid TOML: invalid basic string",
    );
}

#[test]
fn unknown_key_names_the_valid_keys() {
    let err = check_with(
        "findings/04.toml",
        "status = \"ongoing\"",
        "staus = \"ongoing\"",
    );
    assert_names(
        &err,
        "findings/04.toml:",
        "unknown key `staus` in a [[finding.measure]]",
    );
    assert!(err.contains("did you mean `status`?"), "{err}");
    assert!(err.contains("`text`, `status`, `owner`"), "{err}");
    // The typo explains the missing `status`: one problem, said once.
    assert!(!err.contains("has no `status`"), "{err}");
    assert!(
        err.ends_with("error: the data has 1 error in 1 file\n"),
        "{err}"
    );
}

#[test]
fn wrong_type() {
    let err = check_with("findings/02.toml", "id = 2", "id = \"two\"");
    assert_names(
        &err,
        "findings/02.toml:3:6",
        "`id` in a [[finding]] must be a whole number, found a string",
    );
}

#[test]
fn missing_required_key() {
    let err = check_with("rectify.toml", "id = \"conduct\"\n", "");
    assert_names(&err, "rectify.toml:", "a [[category]] has no `id`");
    assert!(err.contains("help: add `id = \"…\"`"), "{err}");
}

#[test]
fn duplicate_finding_ids_name_both_places() {
    let err = check_with("findings/07.toml", "id = 7", "id = 3");
    assert_names(&err, "findings/07.toml:3:6", "finding id 3 is used twice");
    assert!(
        err.contains("findings/03.toml:3:6"),
        "the first place is named: {err}"
    );
    assert!(err.contains("first used here"), "{err}");
}

#[test]
fn duplicate_category_ids() {
    let err = check_with("rectify.toml", "id = \"organization\"", "id = \"policy\"");
    assert_names(&err, "rectify.toml:", "category id `policy` is used twice");
    assert!(err.contains("first used here"), "{err}");
}

#[test]
fn dangling_category() {
    let err = check_with(
        "findings/05.toml",
        "category = \"conduct\"",
        "category = \"condcut\"",
    );
    assert_names(
        &err,
        "findings/05.toml:4:12",
        "category `condcut` does not exist",
    );
    assert!(err.contains("did you mean `conduct`?"), "{err}");
}

#[test]
fn unknown_status_suggests_the_nearest() {
    let err = check_with(
        "findings/06.toml",
        "status = \"ongoing\"",
        "status = \"ongoin\"",
    );
    assert_names(&err, "findings/06.toml:", "unknown status `ongoin`");
    assert!(err.contains("did you mean `ongoing`?"), "{err}");
}

#[test]
fn status_may_be_the_chinese_label() {
    let data = DataDir::shipped();
    let text = data
        .read("findings/06.toml")
        .replace("status = \"ongoing\"", "status = \"长期坚持\"");
    data.write("findings/06.toml", &text);
    data.run(&["check"]).success();
}

#[test]
fn impossible_calendar_date() {
    let err = check_with("rectify.toml", "start = 2020-06-15", "start = 2021-02-29");
    assert_names(&err, "rectify.toml:", "invalid TOML");
    assert!(err.contains("write a real calendar date"), "{err}");
}

#[test]
fn out_of_range_date() {
    let err = check_with("rectify.toml", "start = 2020-06-15", "start = 0000-01-01");
    assert_names(&err, "rectify.toml:", "the year 0 is out of range");
}

#[test]
fn inspection_ends_before_it_starts() {
    let err = check_with("rectify.toml", "end = 2020-08-28", "end = 2020-05-01");
    assert_names(
        &err,
        "rectify.toml:",
        "the inspection ends (2020-05-01) before it starts (2020-06-15)",
    );
}

#[test]
fn done_before_feedback() {
    let err = check_with("findings/03.toml", "done = 2020 ", "done = 2020-09-01 ");
    assert_names(
        &err,
        "findings/03.toml:",
        "done on 2020-09-01 but the inspection fed back only on 2020-10-14",
    );
}

#[test]
fn done_in_the_future() {
    let err = check_with("findings/03.toml", "done = 2020 ", "done = 2099-01-01 ");
    assert_names(
        &err,
        "findings/03.toml:",
        "done date 2099-01-01 is in the future (today is 2021-03-01)",
    );
}

#[test]
fn done_without_a_done_date() {
    let err = check_with("findings/03.toml", "done = 2020 ", "# no date ");
    assert_names(
        &err,
        "findings/03.toml:",
        "this measure is done but has no done date",
    );
    assert!(
        err.contains("\"unrecorded\""),
        "the hint names every accepted form: {err}"
    );
}

#[test]
fn an_unreadable_done_date_is_one_error_not_also_a_missing_one() {
    let err = check_with("findings/03.toml", "done = 2020 ", "done = \"2020-13\" ");
    assert_names(&err, "findings/03.toml:", "there is no month 13");
    assert!(!err.contains("has no done date"), "{err}");
    assert!(err.contains("the data has 1 error in 1 file"), "{err}");
}

#[test]
fn empty_text() {
    let err = check_with("findings/09.toml", "title = \"", "title = \"\"\nx = \"");
    assert_names(
        &err,
        "findings/09.toml:",
        "`title` in a [[finding]] is empty",
    );
}

#[test]
fn finding_without_measures() {
    let data = DataDir::shipped();
    data.write(
        "findings/11.toml",
        "[[finding]]\nid = 11\ncategory = \"policy\"\ntitle = \"没有措施的问题\"\n",
    );
    // A draft: the finding is recorded before its measures; a warning, not an error.
    let out = data.run(&["check"]).success();
    let err = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert_names(
        &err,
        "findings/11.toml:1:1",
        "this finding has no measures yet",
    );
    assert!(err.contains("warning"), "{err}");
    data.run(&["check", "--strict"]).failure();
}

#[test]
fn a_control_character_in_a_text_is_an_error() {
    // TOML lets an escape write one; Word cannot open a .docx holding it.
    let err = check_with(
        "findings/02.toml",
        "title = \"部分工作与上级要求有差距\"",
        "title = \"部分工作\\u0001与上级要求有差距\"",
    );
    assert_names(
        &err,
        "findings/02.toml:5:9",
        "`title` in a [[finding]] holds the control character U+0001",
    );
    assert!(err.contains("help: remove the `\\u0001` escape"), "{err}");
}

#[test]
fn missing_data_folder() {
    let data = DataDir::empty();
    let missing = data.path().join("nope");
    let err = stderr_failing(rectify().arg("--data").arg(&missing).arg("check").assert());
    assert!(err.contains("cannot open the data folder"), "{err}");
    assert!(err.contains("it does not exist"), "{err}");
    assert!(err.contains("rectify init"), "{err}");
}

#[test]
fn missing_report_file() {
    let data = DataDir::shipped();
    data.remove("rectify.toml");
    let err = stderr_failing(data.run(&["check"]));
    assert!(
        err.contains("rectify.toml` cannot be read: it does not exist"),
        "{err}"
    );
    // A missing file is created, not "moved out of the data folder".
    assert!(err.contains("help: create it"), "{err}");
    assert!(!err.contains("move it out"), "{err}");
    // One error without a position in a file: no summary line repeating it under it.
    assert_eq!(err.lines().count(), 2, "{err}");
    assert!(!err.contains("the data has 1 error"), "{err}");
}

#[test]
fn a_single_error_with_a_position_keeps_its_summary_line() {
    let data = DataDir::shipped();
    let text = data.read("findings/01.toml");
    data.write(
        "findings/01.toml",
        &text.replacen("status = \"", "status = \"nope", 1),
    );
    let err = stderr_failing(data.run(&["check"]));
    assert!(
        err.ends_with("error: the data has 1 error in 1 file\n"),
        "{err}"
    );
}

#[test]
fn empty_data_folder() {
    let data = DataDir::empty();
    let err = stderr_failing(data.run(&["check"]));
    assert!(
        err.contains("rectify.toml` cannot be read: it does not exist"),
        "{err}"
    );
    assert!(
        err.contains("findings` does not exist: no findings yet"),
        "{err}"
    );
}

#[test]
fn file_that_is_not_utf8() {
    let data = DataDir::shipped();
    let mut bytes = data.read("findings/02.toml").into_bytes();
    bytes.splice(0..0, b"# \xB9\xFD\xB2\xEC\n".iter().copied()); // GBK bytes
    std::fs::write(data.path().join("findings/02.toml"), bytes).unwrap();
    let err = stderr_failing(data.run(&["check"]));
    assert!(
        err.contains("findings/02.toml` is not UTF-8 text: invalid bytes at line 1, column 3"),
        "{err}"
    );
}

#[test]
fn all_problems_are_reported_at_once() {
    let data = DataDir::shipped();
    let t = data
        .read("findings/01.toml")
        .replacen("status = \"done\"", "status = \"finished\"", 1);
    data.write("findings/01.toml", &t);
    let t = data.read("findings/08.toml").replacen(
        "category = \"organization\"",
        "category = \"org\"",
        1,
    );
    data.write("findings/08.toml", &t);
    let t = data
        .read("rectify.toml")
        .replacen("[closing]\n", "[closing]\nsignature = \"x\"\n", 1);
    data.write("rectify.toml", &t);
    let err = stderr_failing(data.run(&["check"]));
    assert!(err.contains("unknown status `finished`"), "{err}");
    assert!(err.contains("category `org` does not exist"), "{err}");
    assert!(
        err.contains("unknown key `signature` in [closing]"),
        "{err}"
    );
    assert!(
        err.ends_with("error: the data has 3 errors in 3 files\n"),
        "{err}"
    );
}

#[test]
fn overdue_is_a_warning_and_strict_makes_it_an_error() {
    let data = DataDir::copy_of(&crate::common::fixture("valid/small"));
    let out = data.run(&["check"]).success();
    let err = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert!(
        err.contains(
            "warning: overdue: the deadline 2021-01-31 has passed and the measure is in-progress"
        ),
        "{err}"
    );
    assert!(err.contains("findings/02.toml:11:12"), "{err}");
    let err = stderr_failing(data.run(&["check", "--strict"]));
    assert!(
        err.ends_with("\nerror: 1 warning, and --strict treats warnings as errors\n"),
        "{err}"
    );
    assert!(!err.contains("0 errors"), "{err}");
}

#[test]
fn diagnostic_layout_is_stable() {
    let err = check_with(
        "findings/04.toml",
        "status = \"ongoing\"",
        "staus = \"ongoing\"",
    );
    let err = err.replace(&*std::env::temp_dir().to_string_lossy(), "TMP");
    let err: String = err
        .lines()
        .map(|l| match l.find("findings/") {
            Some(i) if l.contains("-->") => format!("  --> {}", &l[i..]),
            _ => l.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n");
    insta::assert_snapshot!(err);
}

#[test]
fn no_intro_and_too_few_facts_to_write_one() {
    let data = DataDir::shipped();
    let text = data.read("rectify.toml");
    let text: String = text
        .lines()
        .filter(|l| {
            !l.starts_with("intro = ")
                && !l.starts_with("authority = ")
                && !l.starts_with("feedback = ")
        })
        .map(|l| format!("{l}\n"))
        .collect();
    data.write("rectify.toml", &text);
    let err = stderr_failing(data.run(&["check"]));
    assert!(
        err.contains("rectify.toml has no `intro`, and [inspection] lacks authority, feedback to write one\nhelp: add `intro = \"…\"`"),
        "{err}"
    );
}

#[test]
fn the_intro_may_be_generated_from_the_facts() {
    let data = DataDir::shipped();
    let text = data.read("rectify.toml");
    let text: String = text
        .lines()
        .filter(|l| !l.starts_with("intro = "))
        .map(|l| format!("{l}\n"))
        .collect();
    data.write("rectify.toml", &text);
    data.run(&["check"]).success();
}

/// Every command's `--help`, the groups included, ends with at least one example to copy.
#[test]
fn every_command_help_has_an_example() {
    let commands: &[&[&str]] = &[
        &[],
        &["check"],
        &["list"],
        &["show"],
        &["export"],
        &["update"],
        &["add"],
        &["add", "finding"],
        &["add", "measure"],
        &["init"],
        &["undo"],
        &["history"],
        &["import"],
    ];
    for command in commands {
        let out = stdout(rectify().args(*command).arg("--help").assert());
        assert!(
            out.contains("\nExample:\n  rectify ") || out.contains("\nExamples:\n  rectify "),
            "`rectify {} --help` has no example:\n{out}",
            command.join(" ")
        );
    }
}

#[test]
fn the_ok_line_counts_in_english_singulars() {
    let data = DataDir::empty();
    data.write(
        "rectify.toml",
        "intro = \"开头。\"\n\n[[category]]\nid = \"party\"\ntitle = \"党的建设方面\"\n",
    );
    data.write(
        "findings/01.toml",
        "[[finding]]\nid = 1\ncategory = \"party\"\ntitle = \"理论学习不深入\"\n\n[[finding.measure]]\ntext = \"制定学习计划。\"\nstatus = \"in-progress\"\n",
    );
    let out = stdout(data.run(&["check"]));
    assert!(
        out.ends_with(": ok — 1 category, 1 finding, 1 measure\n"),
        "{out}"
    );
}

#[test]
fn hidden_files_in_findings_are_skipped() {
    let data = DataDir::shipped();
    // macOS writes `._NAME` resource files (not UTF-8) when a folder is copied to a USB stick.
    std::fs::write(
        data.path().join("findings/._01.toml"),
        b"\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X        ",
    )
    .unwrap();
    data.write("findings/.#02.toml", "an editor's lock, not TOML");
    let out = stdout(data.run(&["check"]));
    assert!(
        out.ends_with(": ok — 3 categories, 10 findings, 30 measures\n"),
        "{out}"
    );
}

#[cfg(unix)]
#[test]
fn a_pipe_or_a_dangling_link_is_named_not_waited_on() {
    let data = DataDir::shipped();
    let pipe = data.path().join("findings/11.toml");
    let made = std::process::Command::new("mkfifo")
        .arg(&pipe)
        .status()
        .expect("mkfifo runs");
    assert!(made.success());
    std::os::unix::fs::symlink("gone.toml", data.path().join("findings/12.toml")).unwrap();
    let err = stderr_failing(
        rectify()
            .arg("--data")
            .arg(data.path())
            .arg("check")
            .timeout(std::time::Duration::from_secs(20))
            .assert(),
    );
    assert!(
        err.contains("findings/11.toml` is not a regular file"),
        "{err}"
    );
    assert!(err.contains("it is a link to nothing"), "{err}");
}

#[test]
fn a_postcode_written_as_a_number_is_a_type_error() {
    let err = check_with(
        "rectify.toml",
        "[contact]\n",
        "[contact]\npostcode = 244100\n",
    );
    assert_names(
        &err,
        "rectify.toml:",
        "`postcode` in [contact] must be text, found an integer",
    );
    assert!(!err.contains("did you mean `postcode`"), "{err}");
}

#[test]
fn a_control_character_in_a_figure_is_an_error() {
    let err = check_with(
        "rectify.toml",
        "[contact]\n",
        "[notice.figures]\n\"资金\" = \"7.1\\u0007万元\"\n\n[contact]\n",
    );
    assert_names(
        &err,
        "rectify.toml:",
        "`资金` in [notice.figures] holds the control character U+0007",
    );
}

#[test]
fn an_empty_rectify_toml_is_one_error_that_says_so() {
    for text in ["", "\n  \n", "# 待填写\n"] {
        let data = DataDir::shipped();
        data.write("rectify.toml", text);
        let err = stderr_failing(data.run(&["check"]));
        let err = err.replace(&data.path().display().to_string(), "DATA");
        assert!(
            err.starts_with("error: rectify.toml is empty\n --> DATA/rectify.toml:1:1\n"),
            "{text:?}: {err}"
        );
        assert!(
            err.contains("help: it holds the inspection, its categories and the notice's text: `rectify init NEWDIR` writes a commented example"),
            "{err}"
        );
        // Not a cascade of per-finding "category does not exist" or missing-key errors.
        assert!(
            err.ends_with("\nerror: the data has 1 error in 1 file\n"),
            "{text:?}: {err}"
        );
    }
}

#[test]
fn an_empty_rectify_data_counts_as_unset() {
    // `RECTIFY_DATA=` (a script's unset variable) means the default ./data, not a usage error.
    let root = DataDir::empty();
    crate::common::copy_dir(&shipped_data(), &root.path().join("data"));
    let out = stdout(
        rectify()
            .current_dir(root.path())
            .env("RECTIFY_DATA", "")
            .arg("check")
            .assert(),
    );
    assert_eq!(out, "data: ok — 3 categories, 10 findings, 30 measures\n");
    let out = stdout(
        rectify()
            .current_dir(root.path())
            .env("RECTIFY_DATA", "")
            .env("RECTIFY_TODAY", "")
            .args(["list", "--finding", "1", "--format", "csv"])
            .assert(),
    );
    assert!(out.contains("针对主题教育开展不认真"), "{out}");
}

#[test]
fn a_repeated_category_id_is_listed_once_in_hints() {
    let err = check_with("rectify.toml", "id = \"organization\"", "id = \"policy\"");
    assert!(
        err.contains("categories in rectify.toml are policy, conduct\n"),
        "{err}"
    );
}
