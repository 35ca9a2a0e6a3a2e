//! The data folder's git history, read through the `git` command line: a revision (a tag
//! such as the last published notice, a commit, `HEAD~3`) resolved to its commit and date,
//! and the record's files as they were in that commit, for the loader's in-memory source.
//!
//! The command line rather than gix: the office already has git (it is how the record is
//! shared), rectify needs two read-only plumbing commands (`rev-parse`, `ls-tree`, and
//! `cat-file --batch` to read every file in one process), and gix would add some hundred
//! crates, minutes of build on a two-core machine, megabytes to a binary held under 15 MB,
//! and raise the minimum Rust version to 1.95. Nothing here writes to the repository.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::date::Date;
use crate::error::{Error, Result};
use crate::load::{FINDINGS_DIR, REPORT_FILE};

/// A revision of the repository holding the data folder, resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Revision {
    /// As the user wrote it: `v1`, `HEAD~3`, `3f2a9c1`.
    pub name: String,
    /// The full commit id.
    pub commit: String,
    /// The commit's date (the committer's, in the committer's time zone): the day the record
    /// stood as this commit has it.
    pub date: Date,
    /// The data folder's path inside the repository, `/`-separated, empty at its root.
    pub prefix: String,
}

/// The record's files in one commit: `rectify.toml` (absent when the folder had none then)
/// and each `findings/*.toml` by file name, in name order.
#[derive(Debug, Default)]
pub struct RecordFiles {
    pub report: Option<Vec<u8>>,
    pub findings: Vec<(String, Vec<u8>)>,
}

/// Resolves `name` in the repository that holds `data`.
pub fn resolve(data: &Path, name: &str) -> Result<Revision> {
    // A name git would take for an option is no revision.
    if name.starts_with('-') || name.trim().is_empty() {
        return Err(unknown_revision(data, name));
    }
    let prefix = match git(data, &["rev-parse", "--show-prefix"]) {
        Ok(out) => out.trim_end_matches(['\n', '/']).to_string(),
        Err(Failure::Missing) => return Err(missing(name)),
        Err(Failure::Failed(_)) => {
            return Err(Error::failed_with_help(
                t!("git-not-a-repository", path = data),
                t!("git-not-a-repository-help"),
            ));
        }
    };
    let spec = format!("{name}^{{commit}}");
    let commit = match git(data, &["rev-parse", "--verify", "--quiet", &spec]) {
        Ok(out) => out.trim().to_string(),
        Err(Failure::Missing) => return Err(missing(name)),
        Err(Failure::Failed(_)) => return Err(unknown_revision(data, name)),
    };
    let date = git(data, &["show", "-s", "--format=%cI", &commit])
        .ok()
        .and_then(|out| chrono::DateTime::parse_from_rfc3339(out.trim()).ok())
        .map(|time| time.date_naive())
        .ok_or_else(|| Error::failed(t!("git-failed", detail = format!("show {commit}"))))?;
    Ok(Revision {
        name: name.to_string(),
        commit,
        date,
        prefix,
    })
}

/// The record's files at `revision`, read with one `ls-tree` and one `cat-file --batch`.
pub fn record_files(data: &Path, revision: &Revision) -> Result<RecordFiles> {
    let within = |name: &str| {
        if revision.prefix.is_empty() {
            name.to_string()
        } else {
            format!("{}/{name}", revision.prefix)
        }
    };
    let report_path = within(REPORT_FILE);
    let findings_dir = within(FINDINGS_DIR);
    let listing = git(
        data,
        &[
            "ls-tree",
            "-z",
            "--full-tree",
            "--name-only",
            &revision.commit,
            "--",
            &report_path,
            &format!("{findings_dir}/"),
        ],
    )
    .map_err(|f| f.into_error(&revision.name))?;
    let mut wanted: Vec<String> = listing
        .split('\0')
        .filter(|path| !path.is_empty())
        .filter(|path| {
            *path == report_path
                || path
                    .strip_prefix(&format!("{findings_dir}/"))
                    .is_some_and(|name| {
                        !name.contains('/') && !name.starts_with('.') && name.ends_with(".toml")
                    })
        })
        .map(str::to_string)
        .collect();
    wanted.sort();
    let blobs = cat_files(data, revision, &wanted)?;
    let mut files = RecordFiles::default();
    for (path, bytes) in wanted.into_iter().zip(blobs) {
        if path == report_path {
            files.report = Some(bytes);
        } else if let Some(name) = path.rsplit('/').next() {
            files.findings.push((name.to_string(), bytes));
        }
    }
    Ok(files)
}

/// How diagnostics name a file of the record at `revision`: `v1:data/findings/04.toml`, as
/// `git show` takes it.
pub fn display_root(revision: &Revision) -> PathBuf {
    if revision.prefix.is_empty() {
        PathBuf::from(format!("{}:.", revision.name))
    } else {
        PathBuf::from(format!("{}:{}", revision.name, revision.prefix))
    }
}

/// The contents of `paths` in the revision's commit, in order, from one `git cat-file --batch`.
fn cat_files(data: &Path, revision: &Revision, paths: &[String]) -> Result<Vec<Vec<u8>>> {
    let commit = revision.commit.as_str();
    if paths.is_empty() {
        return Ok(Vec::new());
    }
    let mut child = Command::new("git")
        .current_dir(data)
        .args(["cat-file", "--batch"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|_| missing(&revision.name))?;
    let mut stdin = child.stdin.take().expect("piped stdin");
    let requests: String = paths.iter().map(|p| format!("{commit}:{p}\n")).collect();
    // Written on a thread: git answers while it reads, and a full pipe both ways would stall.
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(requests.as_bytes());
    });
    let mut out = BufReader::new(child.stdout.take().expect("piped stdout"));
    let blobs = read_blobs(&mut out, commit, paths);
    // On a failure git may still be waiting to write: stop it before waiting for it.
    if blobs.is_err() {
        let _ = child.kill();
    }
    drop(out);
    let _ = child.wait();
    let _ = writer.join();
    blobs
}

/// Reads `cat-file --batch` answers, one per path: `<oid> blob <size>\n<bytes>\n`, or
/// `<name> missing\n`.
fn read_blobs(out: &mut impl BufRead, commit: &str, paths: &[String]) -> Result<Vec<Vec<u8>>> {
    let failed = |detail: String| Error::failed(t!("git-failed", detail = detail));
    let mut blobs = Vec::with_capacity(paths.len());
    for path in paths {
        let mut header = String::new();
        out.read_line(&mut header)
            .map_err(|e| failed(e.to_string()))?;
        let size = header
            .split_whitespace()
            .nth(2)
            .and_then(|s| s.parse::<usize>().ok())
            .ok_or_else(|| failed(format!("cat-file {commit}:{path}: {}", header.trim())))?;
        let mut bytes = vec![0; size];
        out.read_exact(&mut bytes)
            .map_err(|e| failed(e.to_string()))?;
        let mut newline = [0u8; 1];
        out.read_exact(&mut newline)
            .map_err(|e| failed(e.to_string()))?;
        blobs.push(bytes);
    }
    Ok(blobs)
}

enum Failure {
    /// `git` could not be run at all.
    Missing,
    /// git ran and failed; its message.
    Failed(String),
}

impl Failure {
    fn into_error(self, name: &str) -> Error {
        match self {
            Failure::Missing => missing(name),
            Failure::Failed(detail) => Error::failed(t!("git-failed", detail = detail)),
        }
    }
}

/// `git ARGS` in `data`, its standard output as text. The user's configuration applies (it
/// is their repository), but no pager, prompt or localized message.
fn git(data: &Path, args: &[&str]) -> std::result::Result<String, Failure> {
    let output = Command::new("git")
        .current_dir(data)
        .args(args)
        .env("GIT_PAGER", "cat")
        .env("GIT_TERMINAL_PROMPT", "0")
        .env("LC_ALL", "C")
        .stdin(Stdio::null())
        .output()
        .map_err(|_| Failure::Missing)?;
    if output.status.success() {
        Ok(String::from_utf8_lossy(&output.stdout).into_owned())
    } else {
        Err(Failure::Failed(
            String::from_utf8_lossy(&output.stderr).trim().to_string(),
        ))
    }
}

fn missing(name: &str) -> Error {
    Error::failed_with_help(t!("git-missing", revision = name), t!("git-missing-help"))
}

fn unknown_revision(data: &Path, name: &str) -> Error {
    Error::failed_with_help(
        t!("git-unknown-revision", revision = name, path = data),
        t!("git-unknown-revision-help"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn batch_answers_are_split_by_their_sizes_and_a_missing_one_fails() {
        let answers = b"aaa blob 6\nid = 1\nbbb blob 0\n\n";
        let paths = ["a".to_string(), "b".to_string()];
        let blobs = read_blobs(&mut &answers[..], "c0ffee", &paths).unwrap();
        assert_eq!(blobs, [b"id = 1".to_vec(), Vec::new()]);
        let missing = b"c0ffee:a missing\n";
        let err = read_blobs(&mut &missing[..], "c0ffee", &paths[..1]).unwrap_err();
        assert!(err.to_string().contains("c0ffee:a"), "{err}");
    }
}
