//! Shared helpers: the binary with a fixed environment, and temp data folders.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// The day tests run "on", so overdue marks and future-date checks are stable.
pub const TODAY: &str = "2021-03-01";

/// `rectify` with a stable environment: fixed today, width and no colour, and the English
/// interface (`RECTIFY_LANG=en`) the tests written before the Chinese one pin. Use
/// [`rectify_zh`] (or `--lang zh`) for the Chinese interface.
pub fn rectify() -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::cargo_bin("rectify").expect("the rectify binary is built");
    cmd.env("RECTIFY_TODAY", TODAY)
        .env("COLUMNS", "120")
        .env("NO_COLOR", "1")
        .env("RECTIFY_LANG", "en")
        .env_remove("RECTIFY_DATA")
        .env_remove("RECTIFY_ROOT")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG");
    cmd
}

/// `rectify` as a Chinese office runs it: no language chosen, so the interface is Chinese.
pub fn rectify_zh() -> assert_cmd::Command {
    let mut cmd = rectify();
    cmd.env_remove("RECTIFY_LANG");
    cmd
}

/// The shipped data folder (the reference notice).
pub fn shipped_data() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data")
}

pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// A data folder in a temp dir, removed when dropped.
pub struct DataDir {
    dir: tempfile::TempDir,
}

impl DataDir {
    /// A copy of the shipped data.
    pub fn shipped() -> DataDir {
        DataDir::copy_of(&shipped_data())
    }

    /// A copy of any folder.
    pub fn copy_of(source: &Path) -> DataDir {
        let dir = tempfile::tempdir().expect("temp dir");
        copy_dir(source, dir.path());
        DataDir { dir }
    }

    /// An empty folder.
    pub fn empty() -> DataDir {
        DataDir {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn write(&self, relative: &str, text: &str) -> &Self {
        let path = self.dir.path().join(relative);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
        self
    }

    pub fn read(&self, relative: &str) -> String {
        std::fs::read_to_string(self.dir.path().join(relative)).unwrap()
    }

    pub fn remove(&self, relative: &str) -> &Self {
        std::fs::remove_file(self.dir.path().join(relative)).unwrap();
        self
    }

    /// `rectify --data THIS ARGS…`.
    pub fn run(&self, args: &[&str]) -> assert_cmd::assert::Assert {
        rectify().arg("--data").arg(self.path()).args(args).assert()
    }

    /// Every file's bytes, to prove a command changed nothing.
    pub fn snapshot(&self) -> Vec<(PathBuf, Vec<u8>)> {
        let mut out = Vec::new();
        collect(self.path(), self.path(), &mut out);
        out.sort();
        out
    }
}

fn collect(root: &Path, dir: &Path, out: &mut Vec<(PathBuf, Vec<u8>)>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(root, &path, out);
        } else {
            out.push((
                path.strip_prefix(root).unwrap().to_path_buf(),
                std::fs::read(&path).unwrap(),
            ));
        }
    }
}

pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap().flatten() {
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// Standard output of a successful run, as text.
pub fn stdout(assert: assert_cmd::assert::Assert) -> String {
    String::from_utf8(assert.success().get_output().stdout.clone()).unwrap()
}

/// Standard error of a failed run (exit 1), as text.
pub fn stderr_failing(assert: assert_cmd::assert::Assert) -> String {
    String::from_utf8(assert.code(1).get_output().stderr.clone()).unwrap()
}
