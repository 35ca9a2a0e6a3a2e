//! The journal cannot be turned against its user (issue 11): a planted entry never reaches
//! outside the data folder, a damaged or absurdly numbered entry blocks only what it must, a
//! write that died is never mistaken for one that happened, an entry costs the size of the
//! change, and a write never overwrites a file changed under it or replaces a link by a copy.

use std::path::Path;
use std::time::Duration;

use crate::common::{rectify, stderr_failing, stdout, DataDir};

fn journal(data: &DataDir) -> std::path::PathBuf {
    data.path().join(".rectify/journal")
}

fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|d| {
            d.flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

/// An entry as rectify's earlier versions wrote it (whole images), with any path.
fn planted(path: &str, before: &str, after: &str) -> String {
    serde_json::json!({
        "time": "2026-11-30T10:00:00+08:00",
        "command": "update 1.1",
        "changes": ["status: ongoing → done"],
        "files": [{"path": path, "before": before, "after": after}],
    })
    .to_string()
}

/// Issue 11, item 3: a planted entry with `"path": "../victim/.bashrc"` overwrote a file
/// outside the data folder. Relative escapes, absolute paths, `.rectify/` and links leading out
/// are refused as damage, and nothing outside is touched.
#[test]
fn undo_never_writes_outside_the_data_folder() {
    let outside = tempfile::tempdir().unwrap();
    let victim = outside.path().join("victim");
    std::fs::create_dir(&victim).unwrap();
    let bashrc = victim.join(".bashrc");
    let data = DataDir::shipped();
    // A link inside the folder leading out of it.
    std::os::unix::fs::symlink(&victim, data.path().join("findings/esc")).unwrap();
    let absolute = bashrc.to_str().unwrap().to_string();
    let data_name = data
        .path()
        .file_name()
        .unwrap()
        .to_str()
        .unwrap()
        .to_string();
    for path in [
        "../victim/.bashrc".to_string(),
        format!("../{data_name}/../victim/.bashrc"),
        absolute,
        "findings/esc/.bashrc".to_string(),
        "findings/../../victim/.bashrc".to_string(),
        ".rectify/lock".to_string(),
    ] {
        std::fs::write(&bashrc, "original").unwrap();
        // The victim sits where `../victim` of the data folder points, too.
        let sibling = data.path().parent().unwrap().join("victim");
        let _ = std::fs::remove_file(&sibling);
        std::os::unix::fs::symlink(&victim, &sibling).unwrap();
        std::fs::create_dir_all(journal(&data)).unwrap();
        std::fs::write(
            journal(&data).join("000001.json"),
            planted(&path, "echo owned", "original"),
        )
        .unwrap();
        let err = stderr_failing(data.run(&["undo"]));
        assert!(
            err.contains("is damaged") && err.contains("outside the data folder"),
            "{path}: {err}"
        );
        assert_eq!(
            std::fs::read_to_string(&bashrc).unwrap(),
            "original",
            "{path}"
        );
        let history = stdout(data.run(&["history"]));
        assert!(history.contains("is damaged"), "{path}: {history}");
        std::fs::remove_file(&sibling).unwrap();
    }
}

/// Issue 11, item 12: a damaged entry blocks undo only when undo reaches it; history shows
/// the rest. A file named `18446744073709551615.json` no longer makes the numbering wrap.
#[test]
fn a_damaged_or_absurd_entry_blocks_only_what_it_must() {
    let data = DataDir::shipped();
    stdout(data.run(&["update", "1.1", "--note", "first"]));
    stdout(data.run(&["update", "1.2", "--note", "second"]));
    std::fs::write(journal(&data).join("000001.json"), "{ not json").unwrap();
    let history = stdout(data.run(&["history"]));
    assert!(history.contains("#1  the journal entry"), "{history}");
    assert!(
        history.contains("#2  ") && history.contains("second"),
        "{history}"
    );
    assert!(
        history.contains("`rectify undo` takes back #2."),
        "{history}"
    );
    stdout(data.run(&["undo"]));
    assert!(!data.read("findings/01.toml").contains("second"));
    let err = stderr_failing(data.run(&["undo"]));
    assert!(err.contains("000001.json` is damaged"), "{err}");
    assert!(err.contains("undo will not reach past it"), "{err}");

    // Numbers beyond anything rectify gives.
    let data = DataDir::shipped();
    stdout(data.run(&["update", "1.1", "--note", "first"]));
    let before = data.read("findings/01.toml");
    for name in ["18446744073709551615.json", "99999999999999999999999.json"] {
        std::fs::write(
            journal(&data).join(name),
            planted("findings/01.toml", "x", &before),
        )
        .unwrap();
    }
    stdout(data.run(&["update", "1.2", "--note", "second"]));
    assert!(
        names(&journal(&data)).contains(&"000002.json".to_string()),
        "{:?}",
        names(&journal(&data))
    );
    let err = stderr_failing(data.run(&["undo"]));
    assert!(
        err.contains("is damaged: rectify never numbers an entry so high"),
        "{err}"
    );
    assert!(
        data.read("findings/01.toml").contains("second"),
        "nothing undone"
    );
}

/// Issue 11, item 12: a findings file whose name is not UTF-8 updates, then undoes.
#[test]
fn a_file_with_a_name_that_is_not_utf8_is_undone() {
    use std::os::unix::ffi::OsStrExt;
    let data = DataDir::shipped();
    let odd = data
        .path()
        .join("findings")
        .join(std::ffi::OsStr::from_bytes(b"01-\xd5\xfb\xb8\xc4.toml"));
    std::fs::rename(data.path().join("findings/01.toml"), &odd).unwrap();
    let original = std::fs::read(&odd).unwrap();
    stdout(data.run(&["update", "1.1", "--note", "改"]));
    assert_ne!(std::fs::read(&odd).unwrap(), original);
    stdout(data.run(&["undo"]));
    assert_eq!(std::fs::read(&odd).unwrap(), original);
}

/// Issue 11, item 12: a write killed before its rename, then a hand edit, left an entry for a
/// write that never happened and blocked undo forever. Only a committed entry counts.
#[test]
fn a_write_that_died_is_never_undone() {
    let data = DataDir::shipped();
    stdout(data.run(&["update", "1.1", "--note", "kept"]));
    stdout(data.run(&["update", "1.2", "--note", "second"]));
    // A write that dies before its rename, then a hand edit.
    let out = rectify()
        .env("RECTIFY_FAILPOINT", "before-rename")
        .arg("--data")
        .arg(data.path())
        .args(["update", "1.3", "--note", "never"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(101));
    let hand = data.read("findings/01.toml") + "# edited by hand\n";
    data.write("findings/01.toml", &hand);
    let history = stdout(data.run(&["history"]));
    assert!(!history.contains("never"), "{history}");
    assert!(
        history.contains("`rectify undo` takes back #2."),
        "{history}"
    );
    // #2 is now under a hand edit: refused, not blocked by the dead write's entry.
    let err = stderr_failing(data.run(&["undo"]));
    assert!(err.contains("cannot undo `update 1.2` (#2"), "{err}");
    assert_eq!(data.read("findings/01.toml"), hand);
    assert!(!names(&journal(&data))
        .iter()
        .any(|n| n.ends_with(".pending")));
}

/// Issue 11, item 8: an entry stores the change, not two copies of the file: a few updates of
/// a 1 MB findings file leave a journal of a few KB, and undo still restores every byte.
#[test]
fn an_entry_costs_the_change_not_the_file() {
    let data = DataDir::shipped();
    let padded = data.read("findings/01.toml") + &"# 填充\n".repeat(100_000);
    data.write("findings/01.toml", &padded);
    assert!(padded.len() > 900_000);
    for note in ["一", "二", "三"] {
        stdout(data.run(&["update", "1.1", "--note", note]));
    }
    let total: u64 = std::fs::read_dir(journal(&data))
        .unwrap()
        .flatten()
        .map(|e| e.metadata().unwrap().len())
        .sum();
    assert!(total < 8_000, "journal of {total} bytes");
    for _ in 0..3 {
        stdout(data.run(&["undo"]));
    }
    assert_eq!(data.read("findings/01.toml"), padded);
}

/// Issue 11, item 14: a hand edit (or a sync tool's write) during an update's write window
/// was silently overwritten. The file is compared with what was read just before the rename.
#[test]
fn a_hand_edit_during_a_write_is_never_overwritten() {
    let data = DataDir::shipped();
    let child = std::process::Command::new(assert_cmd::cargo::cargo_bin("rectify"))
        .env("RECTIFY_TODAY", crate::common::TODAY)
        .env("RECTIFY_FAILPOINT", "pause-before-rename=1500")
        .env("NO_COLOR", "1")
        .env("RECTIFY_LANG", "en")
        .arg("--data")
        .arg(data.path())
        .args(["update", "1.1", "--note", "rectify's"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(700));
    let hand = data
        .read("findings/01.toml")
        .replace("id = 1", "id = 1 # by hand");
    data.write("findings/01.toml", &hand);
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("changed on disk while rectify was writing it"),
        "{err}"
    );
    assert_eq!(data.read("findings/01.toml"), hand);
    assert!(
        !names(&journal(&data)).iter().any(|n| n.ends_with(".json")),
        "{:?}",
        names(&journal(&data))
    );
}

/// Issue 11, item 15: a findings file that is a link is written through to its target inside
/// the data folder (the link stays a link); a link leading out of the folder is refused; a link
/// to /proc/kmsg does not hang `check`.
#[test]
fn symlinked_findings_files_are_written_through_or_refused() {
    let data = DataDir::shipped();
    std::fs::create_dir(data.path().join("shared")).unwrap();
    std::fs::rename(
        data.path().join("findings/02.toml"),
        data.path().join("shared/02.toml"),
    )
    .unwrap();
    std::os::unix::fs::symlink("../shared/02.toml", data.path().join("findings/02.toml")).unwrap();
    stdout(data.run(&["update", "2.1", "--note", "经链接"]));
    assert!(data.read("shared/02.toml").contains("经链接"));
    let link = std::fs::symlink_metadata(data.path().join("findings/02.toml")).unwrap();
    assert!(
        link.file_type().is_symlink(),
        "the link was replaced by a copy"
    );
    stdout(data.run(&["undo"]));
    assert!(!data.read("shared/02.toml").contains("经链接"));

    // A link out of the data folder: refused, the target untouched.
    let outside = tempfile::tempdir().unwrap();
    let target = outside.path().join("03.toml");
    std::fs::rename(data.path().join("findings/03.toml"), &target).unwrap();
    std::os::unix::fs::symlink(&target, data.path().join("findings/03.toml")).unwrap();
    let before = std::fs::read(&target).unwrap();
    let err = stderr_failing(data.run(&["update", "3.1", "--note", "x"]));
    assert!(err.contains("outside the data folder"), "{err}");
    assert_eq!(std::fs::read(&target).unwrap(), before);

    // A link to a file of /proc that blocks a reader.
    if Path::new("/proc/kmsg").exists() {
        let data = DataDir::shipped();
        std::os::unix::fs::symlink("/proc/kmsg", data.path().join("findings/11.toml")).unwrap();
        let started = std::time::Instant::now();
        let out = rectify()
            .arg("--data")
            .arg(data.path())
            .arg("check")
            .timeout(Duration::from_secs(10))
            .output()
            .unwrap();
        assert!(started.elapsed() < Duration::from_secs(5));
        assert_eq!(out.status.code(), Some(1));
        assert!(String::from_utf8_lossy(&out.stderr).contains("11.toml"));
    }
}

/// Issue 11, item 12: `history` takes the lock, so it never reads a write half done.
#[test]
fn history_waits_for_a_write_in_progress() {
    let data = DataDir::shipped();
    let child = std::process::Command::new(assert_cmd::cargo::cargo_bin("rectify"))
        .env("RECTIFY_TODAY", crate::common::TODAY)
        .env("RECTIFY_FAILPOINT", "pause-before-rename=800")
        .arg("--data")
        .arg(data.path())
        .args(["update", "1.1", "--note", "during"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(300));
    let history = stdout(data.run(&["history"]));
    let mut child = child;
    assert!(child.wait().unwrap().success());
    assert!(
        history.contains("#1") && history.contains("update 1.1"),
        "{history}"
    );
}

/// Issue 11, item 8: 10,000 updates left a 634 MB journal and `history` took 612 MB. The
/// journal keeps the newest 200 entries, each the size of its change. Ignored: 250 updates
/// take 13 s in a debug build (measured numbers in docs/reliability.md).
#[test]
#[ignore = "13 s in a debug build: 250 updates"]
fn many_updates_keep_the_journal_small() {
    let data = DataDir::shipped();
    for i in 0..250 {
        stdout(data.run(&["update", "1.1", "--note", &format!("第{i}次")]));
    }
    let entries = names(&journal(&data));
    assert_eq!(entries.len(), 200, "{entries:?}");
    assert_eq!(entries.first().map(String::as_str), Some("000051.json"));
    let total: u64 = std::fs::read_dir(journal(&data))
        .unwrap()
        .flatten()
        .map(|e| e.metadata().unwrap().len())
        .sum();
    assert!(total < 1024 * 1024, "journal of {total} bytes");
    let history = stdout(data.run(&["history"]));
    assert_eq!(history.matches("  update 1.1  ").count(), 200, "{history}");
    assert!(
        history.ends_with("`rectify undo` takes back #250.\n"),
        "{history}"
    );
}
