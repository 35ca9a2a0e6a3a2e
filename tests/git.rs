//! Git-native collaboration, with real `git` in a temp dir: two clones of one record, a
//! write in each, `git merge`, then `rectify check` and `show` on the result. Which
//! concurrent writes merge cleanly and which conflict is pinned here (docs/collaboration.md
//! says the same to users). Skipped, with a message, when `git` is not on PATH.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::{copy_dir, fixture, rectify, shipped_data, stderr_failing, stdout};

/// `git` with no system or global configuration (the tests never touch the user's), in `dir`.
fn git(dir: &Path, args: &[&str]) -> std::process::Output {
    Command::new("git")
        .current_dir(dir)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env_remove("GIT_DIR")
        .env_remove("GIT_WORK_TREE")
        .args(args)
        .output()
        .expect("git runs")
}

pub fn git_ok(dir: &Path, args: &[&str]) -> String {
    let out = git(dir, args);
    assert!(
        out.status.success(),
        "git {args:?} failed: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

pub fn git_available() -> bool {
    let found = Command::new("git").arg("--version").output().is_ok();
    if !found {
        eprintln!("skipped: `git` is not on PATH (these tests need the git command line)");
    }
    found
}

pub fn identify(dir: &Path, name: &str) {
    git_ok(dir, &["config", "user.name", name]);
    git_ok(
        dir,
        &["config", "user.email", &format!("{name}@example.org")],
    );
    git_ok(dir, &["config", "commit.gpgsign", "false"]);
}

/// An origin repository holding a copy of `record`, and two clones of it, `a` and `b`.
pub struct Clones {
    _dir: tempfile::TempDir,
    pub origin: PathBuf,
    pub a: PathBuf,
    pub b: PathBuf,
}

impl Clones {
    pub fn of(record: &Path) -> Clones {
        let dir = tempfile::tempdir().unwrap();
        let origin = dir.path().join("origin");
        copy_dir(record, &origin);
        git_ok(&origin, &["-c", "init.defaultBranch=main", "init", "-q"]);
        identify(&origin, "office");
        git_ok(&origin, &["add", "-A"]);
        git_ok(&origin, &["commit", "-q", "-m", "起始"]);
        let clone = |name: &str| {
            let path = dir.path().join(name);
            git_ok(dir.path(), &["clone", "-q", origin.to_str().unwrap(), name]);
            identify(&path, name);
            path
        };
        let (a, b) = (clone("a"), clone("b"));
        Clones {
            _dir: dir,
            origin,
            a,
            b,
        }
    }

    /// `rectify --data CLONE ARGS…`, which must succeed, then a commit of what it wrote.
    pub fn write(&self, clone: &Path, args: &[&str]) {
        rectify()
            .arg("--data")
            .arg(clone)
            .args(args)
            .assert()
            .success();
        git_ok(clone, &["add", "-A"]);
        git_ok(clone, &["commit", "-q", "-m", &args.join(" ")]);
    }

    /// Merges b's branch into a; true when git merged without a conflict.
    pub fn merge_b_into_a(&self) -> bool {
        git_ok(&self.a, &["fetch", "-q", self.b.to_str().unwrap(), "main"]);
        git(&self.a, &["merge", "--no-edit", "FETCH_HEAD"])
            .status
            .success()
    }

    pub fn show(&self, address: &str) -> String {
        stdout(
            rectify()
                .arg("--data")
                .arg(&self.a)
                .args(["show", address])
                .assert(),
        )
    }

    pub fn check_passes(&self) {
        rectify()
            .arg("--data")
            .arg(&self.a)
            .arg("check")
            .assert()
            .success();
    }
}

#[test]
fn updates_of_two_measures_of_one_finding_merge_cleanly() {
    if !git_available() {
        return;
    }
    let c = Clones::of(&shipped_data());
    c.write(
        &c.a,
        &[
            "update",
            "4.1",
            "--status",
            "in-progress",
            "--deadline",
            "2021-06-30",
            "--owner",
            "张三",
            "--note",
            "甲处的进展",
        ],
    );
    c.write(
        &c.b,
        &["update", "4.2", "--status", "done", "--note", "乙处的进展"],
    );
    assert!(c.merge_b_into_a(), "4.1 and 4.2 updated apart must merge");
    c.check_passes();
    let show = c.show("4");
    assert!(
        show.contains("甲处的进展") && show.contains("乙处的进展"),
        "{show}"
    );
    assert!(show.contains("张三"), "{show}");
    let file = std::fs::read_to_string(c.a.join("findings/04.toml")).unwrap();
    assert!(!file.contains("<<<<<<<"), "{file}");
}

#[test]
fn log_entries_appended_to_neighbouring_measures_merge_cleanly() {
    if !git_available() {
        return;
    }
    let c = Clones::of(&shipped_data());
    // Both measures get a log first (on both sides), so the appends land after existing
    // [[finding.measure.log]] tables, next to the other measure's.
    c.write(&c.a, &["update", "5.1", "--note", "起始记录一"]);
    c.write(&c.a, &["update", "5.2", "--note", "起始记录二"]);
    git_ok(
        &c.b,
        &["pull", "-q", "--no-rebase", c.a.to_str().unwrap(), "main"],
    );
    c.write(&c.a, &["update", "5.1", "--note", "甲：第一条又有进展"]);
    c.write(&c.a, &["update", "5.1", "--note", "甲：第一条再有进展"]);
    c.write(&c.b, &["update", "5.2", "--note", "乙：第二条有进展"]);
    c.write(&c.b, &["update", "5.3", "--note", "乙：第三条有进展"]);
    assert!(
        c.merge_b_into_a(),
        "log appends to different measures must merge"
    );
    c.check_passes();
    let show = c.show("5");
    for note in [
        "甲：第一条又有进展",
        "甲：第一条再有进展",
        "乙：第二条有进展",
        "乙：第三条有进展",
    ] {
        assert!(show.contains(note), "{note} missing:\n{show}");
    }
}

#[test]
fn writes_to_different_findings_merge_cleanly() {
    if !git_available() {
        return;
    }
    let c = Clones::of(&shipped_data());
    c.write(&c.a, &["update", "4.3", "--status", "done", "--note", "甲"]);
    c.write(
        &c.a,
        &[
            "add",
            "measure",
            "6",
            "--text",
            "甲新增的措施。",
            "--deadline",
            "2021-06-30",
        ],
    );
    c.write(
        &c.b,
        &[
            "add",
            "measure",
            "7",
            "--text",
            "乙新增的措施。",
            "--deadline",
            "2021-06-30",
        ],
    );
    c.write(&c.b, &["edit", "8.1", "--text", "乙改写的措施。"]);
    c.write(&c.b, &["remove", "9.2", "--reason", "与 9.1 重复"]);
    assert!(c.merge_b_into_a());
    c.check_passes();
    assert!(c.show("6").contains("甲新增的措施"));
    assert!(c.show("7").contains("乙新增的措施"));
    assert!(c.show("8.1").contains("乙改写的措施"));
    assert!(c.show("4.3").contains("甲"));
}

#[test]
fn an_edit_and_an_update_of_neighbouring_measures_merge_cleanly() {
    if !git_available() {
        return;
    }
    let c = Clones::of(&shipped_data());
    // a's log lands just before 4.3's header; b rewrites 4.3's text, the line after it.
    c.write(&c.a, &["update", "4.2", "--note", "甲"]);
    c.write(&c.b, &["edit", "4.3", "--text", "乙改写的第三条措施。"]);
    assert!(c.merge_b_into_a());
    c.check_passes();
    let show = c.show("4");
    assert!(
        show.contains("乙改写的第三条措施") && show.contains("甲"),
        "{show}"
    );
}

#[test]
fn a_sign_off_and_a_note_on_the_same_finding_merge_cleanly() {
    if !git_available() {
        return;
    }
    let c = Clones::of(&shipped_data());
    // The sign-off goes on the finding's table, above its measures; the notes go after the
    // measures, the last one at the end of the file.
    c.write(
        &c.a,
        &[
            "close",
            "1",
            "--by",
            "局党组",
            "--opinion",
            "同意销号",
            "--evidence",
            "整改报告",
        ],
    );
    c.write(&c.b, &["update", "1.1", "--note", "乙补记"]);
    c.write(&c.b, &["update", "1.3", "--note", "乙补记末条"]);
    assert!(c.merge_b_into_a());
    c.check_passes();
    let show = c.show("1");
    assert!(
        show.contains("乙补记末条") && show.contains("同意销号"),
        "{show}"
    );
}

#[test]
fn the_same_measure_changed_in_both_clones_conflicts_and_check_says_how_to_resolve() {
    if !git_available() {
        return;
    }
    let c = Clones::of(&shipped_data());
    c.write(&c.a, &["update", "4.2", "--status", "partial"]);
    c.write(&c.b, &["update", "4.2", "--status", "done"]);
    assert!(
        !c.merge_b_into_a(),
        "one measure changed twice must conflict"
    );
    let err = stderr_failing(rectify().arg("--data").arg(&c.a).arg("check").assert());
    assert!(
        err.contains("unresolved git merge conflict in lines 14–19"),
        "{err}"
    );
    assert!(err.contains("findings/04.toml:14:1"), "{err}");
    assert!(err.contains("delete the marker lines"), "{err}");
    assert!(!err.contains("TOML"), "no parse error beside it: {err}");
    // Every loading command says the same, and writes refuse.
    let list = stderr_failing(rectify().arg("--data").arg(&c.a).arg("list").assert());
    assert!(list.contains("merge conflict"), "{list}");
    stderr_failing(
        rectify()
            .arg("--data")
            .arg(&c.a)
            .args(["update", "4.1", "--note", "x"])
            .assert(),
    );
    // Resolving as the message says (keep ours) makes the record valid again.
    git_ok(&c.a, &["checkout", "--ours", "findings/04.toml"]);
    c.check_passes();
    let file = std::fs::read_to_string(c.a.join("findings/04.toml")).unwrap();
    assert!(
        file.contains("status = \"partial\"") && !file.contains("======="),
        "{file}"
    );
}

#[test]
fn a_conflict_in_rectify_toml_is_named_in_chinese() {
    if !git_available() {
        return;
    }
    let c = Clones::of(&shipped_data());
    c.write(
        &c.a,
        &["add", "category", "--id", "extra", "--title", "甲加的方面"],
    );
    c.write(
        &c.b,
        &["add", "category", "--id", "other", "--title", "乙加的方面"],
    );
    assert!(
        !c.merge_b_into_a(),
        "two categories appended at one place conflict"
    );
    let err = String::from_utf8(
        crate::common::rectify_zh()
            .arg("--data")
            .arg(&c.a)
            .arg("check")
            .assert()
            .code(1)
            .get_output()
            .stderr
            .clone(),
    )
    .unwrap();
    assert!(err.contains("rectify.toml:"), "{err}");
    assert!(err.contains("行有未解决的 git 合并冲突"), "{err}");
    assert!(err.contains("删去标记行"), "{err}");
}

/// The writes that do conflict when made in both clones: pinned so docs/collaboration.md
/// stays true. Each leaves markers that `check` explains.
#[test]
fn concurrent_additions_at_one_place_conflict() {
    if !git_available() {
        return;
    }
    // Two measures added to one finding both go after its last measure.
    let c = Clones::of(&shipped_data());
    c.write(&c.a, &["add", "measure", "4", "--text", "甲新增。"]);
    c.write(&c.b, &["add", "measure", "4", "--text", "乙新增。"]);
    assert!(!c.merge_b_into_a());
    let err = stderr_failing(rectify().arg("--data").arg(&c.a).arg("check").assert());
    assert!(err.contains("findings/04.toml"), "{err}");

    // Two new findings both take the next number, 11, and the file findings/11.toml.
    let c = Clones::of(&shipped_data());
    let add = |title: &str| {
        vec![
            "add".to_string(),
            "finding".into(),
            "--category".into(),
            "conduct".into(),
            "--title".into(),
            title.into(),
            "--measure".into(),
            "一条措施。".into(),
        ]
    };
    let a_args = add("甲发现的问题");
    let b_args = add("乙发现的问题");
    c.write(&c.a, &a_args.iter().map(String::as_str).collect::<Vec<_>>());
    c.write(&c.b, &b_args.iter().map(String::as_str).collect::<Vec<_>>());
    assert!(!c.merge_b_into_a());
    let err = stderr_failing(rectify().arg("--data").arg(&c.a).arg("check").assert());
    assert!(err.contains("findings/11.toml"), "{err}");
    assert!(err.contains("merge conflict"), "{err}");
}

/// Measures written by hand as one-line inline tables, one under the other, have no
/// unchanged line between them: git cannot merge changes to two neighbours. rectify never
/// writes this layout itself (init, import and add write [[finding.measure]] tables).
#[test]
fn neighbouring_one_line_inline_measures_conflict() {
    if !git_available() {
        return;
    }
    let c = Clones::of(&fixture("write/odd"));
    c.write(&c.a, &["update", "2.1", "--note", "甲"]);
    c.write(&c.b, &["update", "2.2", "--note", "乙"]);
    assert!(!c.merge_b_into_a());
    let err = stderr_failing(rectify().arg("--data").arg(&c.a).arg("check").assert());
    assert!(err.contains("findings/02.toml"), "{err}");
}

#[test]
fn the_journal_stays_out_of_git() {
    if !git_available() {
        return;
    }
    let c = Clones::of(&shipped_data());
    c.write(&c.a, &["update", "4.1", "--note", "甲"]);
    assert!(c.a.join(".rectify").is_dir());
    let status = git_ok(&c.a, &["status", "--porcelain", "--ignored=no"]);
    assert_eq!(status, "", "nothing left untracked: {status}");
    let tracked = git_ok(&c.a, &["ls-files"]);
    assert!(!tracked.contains(".rectify"), "{tracked}");
    let _ = &c.origin;
}

#[test]
fn init_and_import_write_a_gitignore_that_keeps_the_journal_out() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    rectify().arg("init").arg(&data).assert().success();
    let ignore = std::fs::read_to_string(data.join(".gitignore")).unwrap();
    let lines: Vec<&str> = ignore.lines().filter(|l| !l.starts_with('#')).collect();
    assert_eq!(lines, [".rectify/", ".rectify-*"], "{ignore}");
    let imported = dir.path().join("imported");
    rectify()
        .env("RECTIFY_TODAY", "2025-01-01")
        .arg("import")
        .arg(fixture("import/09-utf8.csv"))
        .arg("--into")
        .arg(&imported)
        .assert()
        .success();
    assert!(std::fs::read_to_string(imported.join(".gitignore"))
        .unwrap()
        .contains("\n.rectify/\n"));
    if !git_available() {
        return;
    }
    // A record made by init, committed whole with `git add -A`, then written to: the journal
    // and lock never show up in git.
    git_ok(&data, &["-c", "init.defaultBranch=main", "init", "-q"]);
    identify(&data, "clerk");
    git_ok(&data, &["add", "-A"]);
    git_ok(&data, &["commit", "-q", "-m", "起始"]);
    rectify()
        .arg("--data")
        .arg(&data)
        .args(["update", "1.1", "--note", "有进展"])
        .assert()
        .success();
    let status = git_ok(&data, &["status", "--porcelain"]);
    assert_eq!(status.trim(), "M findings/01.toml", "{status}");
    let tracked = git_ok(&data, &["ls-files"]);
    assert!(
        tracked.contains(".gitignore") && !tracked.contains(".rectify/"),
        "{tracked}"
    );
}

/// A repository whose data folder is `data/` below the root (as an office keeps it beside
/// its notices), with two commits: v1 (the shipped record) and a later update of 4.2.
fn history_repo() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    copy_dir(&shipped_data(), &data);
    git_ok(dir.path(), &["-c", "init.defaultBranch=main", "init", "-q"]);
    identify(dir.path(), "office");
    git_ok(dir.path(), &["add", "-A"]);
    git_ok(dir.path(), &["commit", "-q", "-m", "公布的通报"]);
    git_ok(dir.path(), &["tag", "-a", "v1", "-m", "第一次公布"]);
    rectify()
        .arg("--data")
        .arg(&data)
        .args([
            "update",
            "4.2",
            "--status",
            "in-progress",
            "--note",
            "制度修订中",
        ])
        .assert()
        .success();
    git_ok(dir.path(), &["commit", "-q", "-am", "4.2 有进展"]);
    (dir, data)
}

fn list_4_2(data: &Path, extra: &[&str]) -> String {
    let mut cmd = rectify();
    cmd.arg("--data").arg(data).args([
        "list",
        "--measures",
        "--finding",
        "4",
        "--format",
        "csv",
        "--columns",
        "编号,状态",
    ]);
    cmd.args(extra);
    stdout(cmd.assert())
}

#[test]
fn as_of_a_revision_reads_the_record_as_it_was_in_that_commit() {
    if !git_available() {
        return;
    }
    let (_dir, data) = history_repo();
    let now = list_4_2(&data, &[]);
    assert!(now.contains("4.2,in progress"), "{now}");
    // The annotated tag, the commit before HEAD, and the commit id all name the first state.
    let commit = git_ok(&data, &["rev-parse", "HEAD~1"]);
    for rev in ["v1", "HEAD~1", commit.trim()] {
        let then = list_4_2(&data, &["--as-of", rev]);
        assert!(then.contains("4.2,ongoing"), "{rev}: {then}");
    }
    // export takes it too: the published notice again, from the tag.
    let notice = stdout(
        rectify()
            .arg("--data")
            .arg(&data)
            .args(["export", "--format", "md", "--as-of", "v1"])
            .assert(),
    );
    let shipped = stdout(
        rectify()
            .arg("--data")
            .arg(shipped_data())
            .args(["export", "--format", "md"])
            .assert(),
    );
    assert_eq!(notice, shipped);
}

#[test]
fn a_revision_with_broken_data_names_its_files_as_git_does() {
    if !git_available() {
        return;
    }
    let (dir, data) = history_repo();
    std::fs::write(data.join("findings/04.toml"), "[[finding]]\nid = \n").unwrap();
    git_ok(dir.path(), &["commit", "-q", "-am", "写坏了"]);
    // Repaired on disk; the broken state lives only in HEAD.
    git_ok(dir.path(), &["revert", "--no-edit", "HEAD"]);
    list_4_2(&data, &[]);
    let err = stderr_failing(
        rectify()
            .arg("--data")
            .arg(&data)
            .args(["list", "--as-of", "HEAD~1"])
            .assert(),
    );
    assert!(err.contains("HEAD~1:data/findings/04.toml:2:"), "{err}");
}

#[test]
fn revisions_fail_clearly() {
    if !git_available() {
        return;
    }
    let (dir, data) = history_repo();
    let run = |data: &Path, rev: &str| {
        stderr_failing(
            rectify()
                .arg("--data")
                .arg(data)
                .args(["list", "--as-of", rev])
                .assert(),
        )
    };
    let err = run(&data, "v9");
    assert!(
        err.contains("`v9` is neither a date nor a revision of the git repository"),
        "{err}"
    );
    assert!(err.contains("git tag"), "{err}");
    // Before the record existed.
    std::fs::create_dir(dir.path().join("other")).unwrap();
    std::fs::write(dir.path().join("other/readme.txt"), "x").unwrap();
    let mut later = dir.path().join("other");
    copy_dir(&shipped_data(), &later);
    git_ok(dir.path(), &["add", "-A"]);
    git_ok(dir.path(), &["commit", "-q", "-m", "另一份记录"]);
    let err = run(&later, "v1");
    assert!(
        err.contains("had no rectify.toml at revision `v1`"),
        "{err}"
    );
    // Not a repository.
    let lone = tempfile::tempdir().unwrap();
    later = lone.path().join("data");
    copy_dir(&shipped_data(), &later);
    let err = run(&later, "v1");
    assert!(err.contains("is not in a git repository"), "{err}");
    // A wrong date stays a date error (exit 2), not a revision.
    rectify()
        .arg("--data")
        .arg(&data)
        .args(["list", "--as-of", "2021-02-30"])
        .assert()
        .code(2);
}

#[test]
fn a_revision_without_git_says_git_is_missing() {
    let empty = tempfile::tempdir().unwrap();
    let err = stderr_failing(
        rectify()
            .env("PATH", empty.path())
            .arg("--data")
            .arg(shipped_data())
            .args(["list", "--as-of", "v1"])
            .assert(),
    );
    assert!(err.contains("the `git` command is not installed"), "{err}");
    assert!(err.contains("give a date"), "{err}");
}
