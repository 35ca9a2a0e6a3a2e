//! The journal of writes, for `rectify undo` and `rectify history`: one JSON file per write in
//! `DATA/.rectify/journal/NNNNNN.json`, holding each changed file's before- and after-image.
//!
//! An entry is written (atomically) before the data files it describes. If the process dies
//! between the two, the entry's files still hold their before-images: such an entry never
//! took effect, and [`reconcile`] drops it at the next write. Undo restores the
//! before-images and then removes the entry; dying in between leaves the same shape, so the
//! same rule covers it.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::STATE_DIR;
use crate::error::{Error, Result};

/// How many writes the journal keeps; older entries are dropped (the data's own progress log
/// keeps the lasting history).
pub const KEEP: usize = 200;

/// One write: when, which command, what changed, and every file's images.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Entry {
    /// Local time of the write, RFC 3339.
    pub time: String,
    /// The command as a person would type it, without options: `update 4.2`, `add finding`.
    pub command: String,
    /// One line per change, old → new, in the report's language.
    pub changes: Vec<String>,
    pub files: Vec<Image>,
}

/// A file as it was before the write (`None`: the write created it) and as the write left it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Image {
    /// Relative to the data folder, with `/` separators.
    pub path: String,
    pub before: Option<String>,
    pub after: String,
}

/// Where a journal entry stands against the files on disk now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum State {
    /// Every file is as the write left it: undo can restore the before-images.
    Applied,
    /// Every file still holds its before-image: the write never happened.
    NotApplied,
    /// These files were changed since (by hand or another program).
    Changed(Vec<String>),
}

pub fn dir(data: &Path) -> PathBuf {
    data.join(STATE_DIR).join("journal")
}

/// The journal's entries with their numbers, oldest first. Entries that never took effect
/// are left out.
pub fn entries(data: &Path) -> Result<Vec<(u64, Entry)>> {
    let mut out = Vec::new();
    for (seq, path) in numbered(data)? {
        let text = std::fs::read_to_string(&path).map_err(|source| Error::Read {
            path: path.clone(),
            source,
        })?;
        let entry: Entry = serde_json::from_str(&text).map_err(|e| {
            Error::failed_with_help(
                t!("journal-damaged", path = path, detail = e.to_string()),
                t!("journal-damaged-help"),
            )
        })?;
        out.push((seq, entry));
    }
    if let Some((_, last)) = out.last() {
        if state(data, last) == State::NotApplied {
            out.pop();
        }
    }
    Ok(out)
}

/// Compares an entry's after-images with the files on disk.
pub fn state(data: &Path, entry: &Entry) -> State {
    let mut changed = Vec::new();
    let mut all_before = true;
    for image in &entry.files {
        let now = std::fs::read(data.join(&image.path)).ok();
        let now = now.as_deref();
        if now != Some(image.after.as_bytes()) {
            changed.push(image.path.clone());
        }
        all_before &= now == image.before.as_deref().map(str::as_bytes);
    }
    match () {
        _ if changed.is_empty() => State::Applied,
        _ if all_before => State::NotApplied,
        _ => State::Changed(changed),
    }
}

/// Writes a new entry after the last one; returns its number.
pub fn append(data: &Path, entry: &Entry) -> Result<u64> {
    let journal = dir(data);
    std::fs::create_dir_all(&journal).map_err(|source| Error::Write {
        path: journal.clone(),
        source,
    })?;
    let seq = numbered(data)?.last().map_or(1, |(n, _)| n + 1);
    let text = serde_json::to_string_pretty(entry)
        .map_err(|e| Error::failed(t!("journal-cannot-record", detail = e.to_string())))?;
    super::write_file(
        &path_of(data, seq),
        text.as_bytes(),
        super::FileKind::Internal,
    )?;
    Ok(seq)
}

pub fn remove(data: &Path, seq: u64) -> Result<()> {
    let path = path_of(data, seq);
    match std::fs::remove_file(&path) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(Error::Write { path, source: e }),
        _ => Ok(()),
    }
}

/// Drops the last entry when it never took effect (the process died before its rename).
/// Called under the data folder's lock.
pub fn reconcile(data: &Path) -> Result<()> {
    let Some((seq, path)) = numbered(data)?.pop() else {
        return Ok(());
    };
    let Ok(text) = std::fs::read_to_string(&path) else {
        return Ok(());
    };
    match serde_json::from_str::<Entry>(&text) {
        Ok(entry) if state(data, &entry) == State::NotApplied => remove(data, seq),
        _ => Ok(()),
    }
}

/// Keeps the newest [`KEEP`] entries.
pub fn prune(data: &Path) -> Result<()> {
    let all = numbered(data)?;
    for (seq, _) in all.iter().take(all.len().saturating_sub(KEEP)) {
        remove(data, *seq)?;
    }
    Ok(())
}

fn path_of(data: &Path, seq: u64) -> PathBuf {
    dir(data).join(format!("{seq:06}.json"))
}

/// Entry files by number, oldest first.
fn numbered(data: &Path) -> Result<Vec<(u64, PathBuf)>> {
    let journal = dir(data);
    let entries = match std::fs::read_dir(&journal) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(source) => {
            return Err(Error::Read {
                path: journal,
                source,
            })
        }
    };
    let mut out: Vec<(u64, PathBuf)> = entries
        .filter_map(std::result::Result::ok)
        .filter_map(|e| {
            let name = e.file_name();
            let seq = name.to_str()?.strip_suffix(".json")?.parse().ok()?;
            Some((seq, e.path()))
        })
        .collect();
    out.sort();
    Ok(out)
}
