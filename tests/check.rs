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
    let err = stderr_failing(data.run(&["check"]));
    assert_names(&err, "findings/11.toml:1:1", "this finding has no measures");
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
        err.contains("findings` holds no .toml files") || err.contains("cannot open"),
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
        err.contains("error: the data has 0 errors and 1 warning in 1 file"),
        "{err}"
    );
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
