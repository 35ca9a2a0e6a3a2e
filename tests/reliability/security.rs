//! Security of outputs: `export -o` writes exactly the path named — a symlink planted there is
//! refused, never followed or replaced; a pipe or a device is written, not replaced; no temp
//! file is left; the record and `.rectify/` are never written —
//! and a template cannot read files (minijinja has no loader: `include`, `import` and
//! `extends` of any path fail cleanly, without leaking the file). The XSS corpus for html is
//! in [`super::exports`].

use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use crate::common::{rectify, stderr_failing, stdout, DataDir};

/// Names in a folder, sorted.
fn listing(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn export_to(data: &DataDir, work: &Path, output: &str) -> assert_cmd::assert::Assert {
    rectify()
        .current_dir(work)
        .arg("--data")
        .arg(data.path())
        .args(["export", "--format", "html", "-o", output])
        .assert()
}

#[test]
fn a_symlink_at_the_output_is_refused_not_followed() {
    let data = DataDir::shipped();
    let work = tempfile::tempdir().unwrap();
    let victim = work.path().join("victim.txt");
    std::fs::write(&victim, "must stay").unwrap();
    std::os::unix::fs::symlink(&victim, work.path().join("notice.html")).unwrap();
    let err = stderr_failing(export_to(&data, work.path(), "notice.html"));
    assert!(
        err.contains("cannot write `notice.html`: it is a symbolic link"),
        "{err}"
    );
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "must stay");
    let meta = std::fs::symlink_metadata(work.path().join("notice.html")).unwrap();
    assert!(meta.file_type().is_symlink(), "the link was replaced");
    assert_eq!(
        listing(work.path()),
        ["notice.html", "victim.txt"],
        "no temp file left"
    );
}

#[test]
fn a_dangling_symlink_at_the_output_creates_nothing_elsewhere() {
    let data = DataDir::shipped();
    let work = tempfile::tempdir().unwrap();
    std::fs::create_dir(work.path().join("elsewhere")).unwrap();
    std::os::unix::fs::symlink("elsewhere/planted.html", work.path().join("notice.html")).unwrap();
    let err = stderr_failing(export_to(&data, work.path(), "notice.html"));
    assert!(err.contains("it is a symbolic link"), "{err}");
    assert!(listing(&work.path().join("elsewhere")).is_empty());
    assert!(std::fs::symlink_metadata(work.path().join("notice.html"))
        .unwrap()
        .file_type()
        .is_symlink());
}

/// Issue 11, item 1: `--print-template -o data/rectify.toml` replaced the record (exit 0).
/// Every path written at the user's word goes through the one guard.
#[test]
fn print_template_never_overwrites_the_record_or_its_state() {
    let data = DataDir::shipped();
    // A journal entry to aim at.
    stdout(data.run(&["update", "1.1", "--note", "x"]));
    let before = data.snapshot();
    for output in [
        "rectify.toml",
        "findings/01.toml",
        "findings/../rectify.toml",
        "findings/new.toml",
        ".rectify/journal/000001.json",
        ".rectify/new.md",
        ".rectify/journal/../x.md",
    ] {
        let target = data.path().join(output);
        for args in [
            &["export", "--format", "md", "--print-template", "-o"][..],
            &["export", "--format", "md", "-o"][..],
        ] {
            let out = rectify()
                .current_dir(data.path())
                .arg("--data")
                .arg(data.path())
                .args(args)
                .arg(&target)
                .assert();
            let err = stderr_failing(out);
            assert!(
                err.contains("in the data folder: an export never goes into the record"),
                "{output} {args:?}: {err}"
            );
            assert_eq!(
                data.snapshot(),
                before,
                "{output} {args:?} changed the folder"
            );
        }
    }
}

/// Issue 11, item 2: as root, `-o /dev/null` became a regular file, `-o /dev/stdout` printed
/// nothing, a named pipe was replaced. A pipe or a device is opened and written.
#[test]
fn pipes_and_devices_are_written_not_replaced() {
    use std::os::unix::fs::FileTypeExt;
    let data = DataDir::shipped();
    let work = tempfile::tempdir().unwrap();
    // /dev/stdout: the export comes out on standard output.
    let out = stdout(export_to(&data, work.path(), "/dev/stdout"));
    assert!(out.starts_with("<!DOCTYPE html>"), "{out}");
    let out = stdout(data.run(&[
        "export",
        "--format",
        "md",
        "--print-template",
        "-o",
        "/dev/stdout",
    ]));
    assert!(out.contains("{%"), "{out}");
    // /dev/null stays a device.
    stdout(export_to(&data, work.path(), "/dev/null"));
    assert!(std::fs::metadata("/dev/null")
        .unwrap()
        .file_type()
        .is_char_device());
    // A named pipe gets the export and stays a pipe; no temp file beside it.
    let fifo = work.path().join("pipe");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("skipped the named pipe: no mkfifo here");
        return;
    }
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::read_to_string(fifo).unwrap())
    };
    stdout(export_to(&data, work.path(), "pipe"));
    let got = reader.join().unwrap();
    assert!(got.starts_with("<!DOCTYPE html>"), "{got}");
    assert!(std::fs::symlink_metadata(&fifo)
        .unwrap()
        .file_type()
        .is_fifo());
    assert_eq!(listing(work.path()), ["pipe"]);
}

#[test]
fn an_export_gets_shareable_permissions_and_keeps_a_files_own() {
    let data = DataDir::shipped();
    let work = tempfile::tempdir().unwrap();
    export_to(&data, work.path(), "new.html").success();
    let mode = |name: &str| {
        std::fs::metadata(work.path().join(name))
            .unwrap()
            .permissions()
            .mode()
            & 0o777
    };
    assert_eq!(mode("new.html"), 0o644, "not the temp file's private 0600");
    let private = work.path().join("private.html");
    std::fs::write(&private, "old").unwrap();
    std::fs::set_permissions(&private, std::fs::Permissions::from_mode(0o600)).unwrap();
    export_to(&data, work.path(), "private.html").success();
    assert_eq!(mode("private.html"), 0o600);
}

#[test]
fn an_export_never_overwrites_the_record() {
    let data = DataDir::shipped();
    let before = data.snapshot();
    for output in [
        "rectify.toml",
        "findings/01.toml",
        "findings/../rectify.toml",
        "findings/new.toml",
    ] {
        let target = data.path().join(output);
        let err = stderr_failing(export_to(&data, data.path(), target.to_str().unwrap()));
        assert!(
            err.contains("in the data folder: an export never goes into the record"),
            "{output}: {err}"
        );
        assert_eq!(data.snapshot(), before, "{output} changed the data folder");
    }
    // Beside the record is fine: an .md in findings/ is not read as data.
    export_to(&data, data.path(), "findings/notice.md").success();
    stdout(data.run(&["check"]));
}

#[test]
fn a_missing_or_unwritable_destination_fails_cleanly() {
    let data = DataDir::shipped();
    let work = tempfile::tempdir().unwrap();
    let err = stderr_failing(export_to(&data, work.path(), "no/such/folder/notice.html"));
    assert!(
        err.contains("cannot write `no/such/folder/notice.html`"),
        "{err}"
    );
    std::fs::create_dir(work.path().join("taken")).unwrap();
    std::fs::write(work.path().join("taken/keep.txt"), "x").unwrap();
    let err = stderr_failing(export_to(&data, work.path(), "taken"));
    assert!(err.contains("cannot write `taken`"), "{err}");
    assert_eq!(listing(&work.path().join("taken")), ["keep.txt"]);
    assert_eq!(listing(work.path()), ["taken"], "no temp file left behind");
}

/// A template that tries to read a file: by absolute path, relative path, or a data file.
#[test]
fn templates_cannot_read_files() {
    let data = DataDir::shipped();
    let work = tempfile::tempdir().unwrap();
    let secret = work.path().join("secret.txt");
    std::fs::write(&secret, "SECRET-7f3a9").unwrap();
    let rectify_toml = data.path().join("rectify.toml");
    let attempts = [
        format!("{{% include \"{}\" %}}", secret.display()),
        "{% include \"secret.txt\" %}".to_string(),
        "{% include \"../secret.txt\" %}".to_string(),
        format!("{{% include \"{}\" %}}", rectify_toml.display()),
        format!("{{% import \"{}\" as m %}}", secret.display()),
        format!("{{% extends \"{}\" %}}", secret.display()),
        format!(
            "{{% include [\"/etc/passwd\", \"{}\"] %}}",
            secret.display()
        ),
    ];
    for (i, template) in attempts.iter().enumerate() {
        for (format, name) in [("md", "t.md.j2"), ("html", "t.html")] {
            let path = work.path().join(format!("{i}-{name}"));
            std::fs::write(&path, format!("before {template} after")).unwrap();
            let out = rectify()
                .current_dir(work.path())
                .arg("--data")
                .arg(data.path())
                .args(["export", "--format", format, "--template"])
                .arg(&path)
                .output()
                .unwrap();
            let all = format!(
                "{}{}",
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            );
            assert_eq!(out.status.code(), Some(1), "{template}: {all}");
            assert!(
                !all.contains("SECRET-7f3a9"),
                "{template} read the file: {all}"
            );
            assert!(!all.contains("root:"), "{template} read /etc/passwd: {all}");
            assert!(!all.contains("panicked"), "{all}");
            assert!(
                all.contains("your template") && all.contains("cannot be rendered"),
                "{template}: {all}"
            );
        }
    }
}
