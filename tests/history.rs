//! `rectify history` and its filters, on a journal made by real writes (whose times are then
//! set to known days, since the journal records the clock's time, not `RECTIFY_TODAY`).

use crate::common::{rectify_zh, stdout, DataDir};

/// A copy of the shipped data with six writes, made on 1, 5, 10, 12, 15 and 20 March 2021:
/// #1 update 4.1 (owner 张三, department 办公室), #2 update 4.2 (a note), #3 update 5.1
/// (department 财务股), #4 update 9.2 (department 纪检组), #5 remove 9.2, #6 fix-punctuation
/// (every findings file: the shipped data writes half-width commas everywhere).
fn journal() -> DataDir {
    let data = DataDir::shipped();
    let writes: [&[&str]; 6] = [
        &["update", "4.1", "--owner", "张三", "--department", "办公室"],
        &["update", "4.2", "--note", "制度修订中"],
        &["update", "5.1", "--department", "财务股"],
        &["update", "9.2", "--department", "纪检组"],
        &["remove", "9.2", "--reason", "与 9.1 重复"],
        &["fix-punctuation"],
    ];
    for args in writes {
        data.run(args).success();
    }
    let days = ["01", "05", "10", "12", "15", "20"];
    for (seq, day) in (1..).zip(days) {
        let path = data.path().join(format!(".rectify/journal/{seq:06}.json"));
        let text = std::fs::read_to_string(&path).unwrap();
        let mut entry: serde_json::Value = serde_json::from_str(&text).unwrap();
        entry["time"] = format!("2021-03-{day}T09:30:00+08:00").into();
        std::fs::write(&path, serde_json::to_string(&entry).unwrap()).unwrap();
    }
    data
}

/// The entry numbers `history ARGS` lists.
fn shown(data: &DataDir, args: &[&str]) -> Vec<u32> {
    let mut all = vec!["history"];
    all.extend_from_slice(args);
    stdout(data.run(&all))
        .lines()
        .filter_map(|l| l.strip_prefix('#'))
        .map(|l| l.split_whitespace().next().unwrap().parse().unwrap())
        .collect()
}

#[test]
fn the_whole_journal_without_filters() {
    let data = journal();
    assert_eq!(shown(&data, &[]), [1, 2, 3, 4, 5, 6]);
    let out = stdout(data.run(&["history"]));
    assert!(out.contains("#1  2021-03-01 09:30:00  update 4.1"), "{out}");
    assert!(out.ends_with("`rectify undo` takes back #6.\n"), "{out}");
}

#[test]
fn since_and_until_take_whole_days() {
    let data = journal();
    assert_eq!(
        shown(&data, &["--since", "2021-03-05", "--until", "2021-03-12"]),
        [2, 3, 4]
    );
    assert_eq!(shown(&data, &["--since", "2021-03-15"]), [5, 6]);
    assert_eq!(shown(&data, &["--until", "2021-03-01"]), [1]);
    // The undo hint names #6 only when #6 is shown.
    let out = stdout(data.run(&["history", "--until", "2021-03-10"]));
    assert!(!out.contains("rectify undo"), "{out}");
}

#[test]
fn finding_matches_the_address_written_and_the_files_of_file_wide_writes() {
    let data = journal();
    // fix-punctuation names no record: it matches the findings in the files it changed,
    // here every one.
    let changed = stdout(data.run(&["history", "--since", "2021-03-20"]));
    assert!(changed.contains("findings/01.toml") && changed.contains("findings/04.toml"));
    assert_eq!(shown(&data, &["--finding", "4"]), [1, 2, 6]);
    assert_eq!(shown(&data, &["--finding", "5,9"]), [3, 4, 5, 6]);
    assert_eq!(shown(&data, &["--finding", "1"]), [6]);
    assert_eq!(
        shown(&data, &["--finding", "1", "--until", "2021-03-15"]),
        Vec::<u32>::new()
    );
}

#[test]
fn department_and_owner_match_the_measures_as_they_are_now() {
    let data = journal();
    // #6 rewrote finding 4's file, so it touched 4.1 too.
    assert_eq!(shown(&data, &["--department", "办公室"]), [1, 6]);
    assert_eq!(
        shown(&data, &["--owner", "张三", "--until", "2021-03-15"]),
        [1]
    );
    // --owner also matches the department, as `list --owner` does.
    assert_eq!(
        shown(&data, &["--owner", "财务", "--until", "2021-03-15"]),
        [3]
    );
    assert_eq!(
        shown(&data, &["--department", "财务股", "--finding", "4"]),
        Vec::<u32>::new()
    );
    // 9.2 was removed: its tombstone has no department, so neither its update nor its
    // removal matches any more.
    assert_eq!(shown(&data, &["--department", "纪检组"]), Vec::<u32>::new());
    assert_eq!(
        shown(&data, &["--finding", "9", "--until", "2021-03-15"]),
        [4, 5]
    );
    let none = stdout(data.run(&["history", "--department", "纪检组"]));
    assert_eq!(none, "no recorded write matches these conditions\n");
}

#[test]
fn filters_in_chinese_and_a_bad_date() {
    let data = journal();
    let out = stdout(
        rectify_zh()
            .arg("--data")
            .arg(data.path())
            .args(["history", "--department", "纪检组"])
            .assert(),
    );
    assert_eq!(out, "没有符合条件的修改记录\n");
    let err = data
        .run(&["history", "--since", "2021-02-30"])
        .code(2)
        .get_output()
        .stderr
        .clone();
    assert!(String::from_utf8_lossy(&err).contains("2021-02-30"));
}

#[test]
fn a_reversed_period_is_refused_not_answered_with_nothing() {
    let data = DataDir::shipped();
    let out = data
        .run(&["history", "--since", "2021-03-05", "--until", "2021-03-01"])
        .code(2);
    let err = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert!(
        err.contains("the end (2021-03-01) is before the start (2021-03-05)"),
        "{err}"
    );
}
