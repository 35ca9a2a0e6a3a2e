//! The journal of writes, for `rectify undo` and `rectify history`: one JSON file per write in
//! `DATA/.rectify/journal/NNNNNN.json`, holding each changed file's change — the text a write
//! removed and the text it put in its place, at a byte offset — with a hash of the whole file
//! before and after. An entry costs about the size of the change, not of the file.
//!
//! An entry is first written (atomically) as `NNNNNN.pending`, before the data files it
//! describes, and renamed to `NNNNNN.json` only once every file is renamed into place: only a
//! `.json` entry is a write that happened. A `.pending` one found later belongs to a write that
//! died; [`reconcile`] (under the lock) completes it when every file holds its after-image,
//! and drops it otherwise, taking back the files it had already written. Undo restores the
//! before-images and then removes the entry; dying in between leaves every file at its
//! before-image, which undo then recognises and simply drops.
//!
//! A journal arrives with a data folder someone sends, so an entry is not trusted: its paths
//! must name a file inside the data folder (no `..`, no absolute path, nothing in
//! `.rectify/`, no link leading out), or the entry is refused as damaged.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::STATE_DIR;
use crate::error::{Error, Result};

/// How many writes the journal keeps; older entries are dropped (the data's own progress log
/// keeps the lasting history).
pub const KEEP: usize = 200;
/// How many bytes of entries the journal keeps, whatever their number (the newest entry is
/// always kept).
pub const KEEP_BYTES: u64 = 16 * 1024 * 1024;
/// Entry numbers stop well short of overflowing: a file named beyond this is not an entry of
/// rectify's (it would make the numbering wrap).
const MAX_SEQ: u64 = 999_999_999_999;

/// One write: when, which command, what changed, and every file's change.
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

/// One file's change: the text at byte `at` that the write replaced (`removed`) and what it
/// put there (`inserted`), with the whole file's hash before and after. Entries written by
/// earlier versions hold the whole file (`before`, `after`) instead; [`Image::normalize`]
/// turns them into this form when read.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Image {
    /// Relative to the data folder, with `/` separators.
    pub path: String,
    /// The path's bytes, when it is not UTF-8 (`path` then holds a readable form of it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path_bytes: Option<Vec<u8>>,
    /// The write created the file (undo removes it).
    #[serde(default)]
    pub created: bool,
    #[serde(default)]
    pub before_hash: String,
    #[serde(default)]
    pub after_hash: String,
    #[serde(default)]
    pub at: usize,
    #[serde(default)]
    pub removed: String,
    #[serde(default)]
    pub inserted: String,
    /// Whole images, in entries of earlier versions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub before: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
}

impl Image {
    /// The change from `before` (`None`: the file is new) to `after` of the file at `path`
    /// (relative to the data folder).
    pub fn new(path: &Path, before: Option<&str>, after: &str) -> Image {
        let (path, path_bytes) = encode_path(path);
        let mut image = Image {
            path,
            path_bytes,
            ..Image::default()
        };
        image.set(before, after);
        image
    }

    fn set(&mut self, before: Option<&str>, after: &str) {
        self.created = before.is_none();
        self.before_hash = before.map(|b| hash(b.as_bytes())).unwrap_or_default();
        self.after_hash = hash(after.as_bytes());
        let before = before.unwrap_or("");
        let (at, removed, inserted) = change(before, after);
        self.at = at;
        self.removed = removed.to_string();
        self.inserted = inserted.to_string();
    }

    /// Turns an entry of an earlier version (whole images) into a change.
    fn normalize(&mut self) {
        if let Some(after) = self.after.take() {
            let before = self.before.take();
            self.set(before.as_deref(), &after);
        }
    }

    /// The file's text before the write, from its text after it; `None` when `after` is not
    /// what the write left.
    pub fn before_of(&self, after: &[u8]) -> Option<String> {
        if hash(after) != self.after_hash || self.created {
            return None;
        }
        let after = std::str::from_utf8(after).ok()?;
        let end = self.at.checked_add(self.inserted.len())?;
        if after.get(self.at..end)? != self.inserted {
            return None;
        }
        let before = format!("{}{}{}", &after[..self.at], self.removed, &after[end..]);
        (hash(before.as_bytes()) == self.before_hash).then_some(before)
    }

    /// The file's text after the write, from its text before it.
    #[cfg(test)]
    fn after_of(&self, before: &[u8]) -> Option<String> {
        let before = std::str::from_utf8(before).ok()?;
        let end = self.at.checked_add(self.removed.len())?;
        if before.get(self.at..end)? != self.removed {
            return None;
        }
        let after = format!("{}{}{}", &before[..self.at], self.inserted, &before[end..]);
        (hash(after.as_bytes()) == self.after_hash).then_some(after)
    }

    /// The path relative to the data folder, as the file system knows it.
    pub fn relative(&self) -> PathBuf {
        #[cfg(unix)]
        if let Some(bytes) = &self.path_bytes {
            use std::os::unix::ffi::OsStrExt;
            return PathBuf::from(std::ffi::OsStr::from_bytes(bytes));
        }
        PathBuf::from(&self.path)
    }
}

/// The shortest single replacement that turns `before` into `after`: the common prefix and
/// suffix are left out (on character boundaries).
fn change<'a>(before: &'a str, after: &'a str) -> (usize, &'a str, &'a str) {
    let mut start = before
        .bytes()
        .zip(after.bytes())
        .take_while(|(a, b)| a == b)
        .count();
    while !before.is_char_boundary(start) || !after.is_char_boundary(start) {
        start -= 1;
    }
    let room = before.len().min(after.len()) - start;
    let mut common = before
        .bytes()
        .rev()
        .zip(after.bytes().rev())
        .take(room)
        .take_while(|(a, b)| a == b)
        .count();
    while !before.is_char_boundary(before.len() - common)
        || !after.is_char_boundary(after.len() - common)
    {
        common -= 1;
    }
    (
        start,
        &before[start..before.len() - common],
        &after[start..after.len() - common],
    )
}

/// The length and 64-bit FNV-1a hash of `bytes`: enough to tell a file rectify left from one
/// changed since.
fn hash(bytes: &[u8]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{}:{h:016x}", bytes.len())
}

fn encode_path(path: &Path) -> (String, Option<Vec<u8>>) {
    let shown = path
        .components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/");
    #[cfg(unix)]
    if path.to_str().is_none() {
        use std::os::unix::ffi::OsStrExt;
        return (shown, Some(path.as_os_str().as_bytes().to_vec()));
    }
    (shown, None)
}

/// Where a journal entry stands against the files on disk now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum State {
    /// Every file is as the write left it: undo can restore the before-images.
    Applied,
    /// Every file still holds its before-image: the write never happened (or was undone).
    NotApplied,
    /// These files were changed since (by hand or another program).
    Changed(Vec<String>),
}

pub fn dir(data: &Path) -> PathBuf {
    data.join(STATE_DIR).join("journal")
}

/// The file an entry's path names, checked: inside the data folder, outside `.rectify/`, and,
/// through any link, still inside it. Errs with the reason the entry is damaged.
pub fn resolve(data: &Path, image: &Image) -> std::result::Result<PathBuf, String> {
    let relative = image.relative();
    let outside = || t!("journal-path-outside", path = image.path);
    let mut parts = relative.components();
    match parts.next() {
        Some(std::path::Component::Normal(first)) if first != STATE_DIR => {}
        _ => return Err(outside()),
    }
    if !parts.all(|c| matches!(c, std::path::Component::Normal(_))) {
        return Err(outside());
    }
    super::resolve_data_file(data, &relative).map_err(|_| outside())
}

/// Reads and checks the entry in `path`: its JSON, and every path in it.
pub fn read(data: &Path, path: &Path) -> Result<Entry> {
    let damaged = |why: String| {
        Error::failed_with_help(
            t!("journal-damaged", path = path, detail = why),
            t!("journal-damaged-help"),
        )
    };
    let text = std::fs::read_to_string(path).map_err(|source| Error::Read {
        path: path.to_path_buf(),
        source,
    })?;
    let mut entry: Entry = serde_json::from_str(&text).map_err(|e| damaged(e.to_string()))?;
    for image in &mut entry.files {
        image.normalize();
        resolve(data, image).map_err(damaged)?;
    }
    Ok(entry)
}

/// The committed entries' numbers and files, oldest first. A file numbered beyond any
/// number rectify gives is listed too, so reading it says it is damaged.
pub fn list(data: &Path) -> Result<Vec<(u64, PathBuf)>> {
    numbered(data, "json")
}

/// The newest committed entry that is in effect, for `undo`: read alone, whatever the size
/// of the journal. An entry whose files all hold their before-image (an undo that died
/// before removing it) is dropped on the way.
pub fn newest(data: &Path) -> Result<Option<(u64, Entry)>> {
    for (seq, path) in list(data)?.into_iter().rev() {
        if seq > MAX_SEQ {
            return Err(Error::failed_with_help(
                t!(
                    "journal-damaged",
                    path = path,
                    detail = t!("journal-number-too-high")
                ),
                t!("journal-damaged-help"),
            ));
        }
        let entry = read(data, &path)?;
        if state(data, &entry) == State::NotApplied {
            remove(data, seq)?;
            continue;
        }
        return Ok(Some((seq, entry)));
    }
    Ok(None)
}

/// Compares an entry's images with the files on disk.
pub fn state(data: &Path, entry: &Entry) -> State {
    let mut changed = Vec::new();
    let mut all_before = true;
    for image in &entry.files {
        let now = resolve(data, image)
            .ok()
            .and_then(|path| std::fs::read(path).ok());
        let now_hash = now.as_deref().map(hash);
        if now_hash.as_deref() != Some(image.after_hash.as_str()) {
            changed.push(image.path.clone());
        }
        all_before &= if image.created {
            now.is_none()
        } else {
            now_hash.as_deref() == Some(image.before_hash.as_str())
        };
    }
    match () {
        _ if changed.is_empty() => State::Applied,
        _ if all_before => State::NotApplied,
        _ => State::Changed(changed),
    }
}

/// Writes a new entry after the last one, as pending; returns its number. [`commit`] makes
/// it an entry once the data files are written.
pub fn append(data: &Path, entry: &Entry) -> Result<u64> {
    let journal = dir(data);
    std::fs::create_dir_all(&journal).map_err(|source| Error::Write {
        path: journal.clone(),
        source,
    })?;
    let last = numbered(data, "json")?
        .into_iter()
        .chain(numbered(data, "pending")?)
        .map(|(n, _)| n)
        .filter(|&n| n < MAX_SEQ)
        .max()
        .unwrap_or(0);
    let seq = last + 1;
    let text = serde_json::to_string_pretty(entry)
        .map_err(|e| Error::failed(t!("journal-cannot-record", detail = e.to_string())))?;
    super::write_file(
        &path_of(data, seq, "pending"),
        text.as_bytes(),
        super::FileKind::Internal,
    )?;
    Ok(seq)
}

/// Marks entry `seq` as a write that happened: its files are all in place.
pub fn commit(data: &Path, seq: u64) -> Result<()> {
    let to = path_of(data, seq, "json");
    std::fs::rename(path_of(data, seq, "pending"), &to)
        .map_err(|source| Error::Write { path: to, source })?;
    super::sync_dir(&dir(data));
    Ok(())
}

/// Removes entry `seq`, committed or pending.
pub fn remove(data: &Path, seq: u64) -> Result<()> {
    for kind in ["json", "pending"] {
        let path = path_of(data, seq, kind);
        match std::fs::remove_file(&path) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                return Err(Error::Write { path, source: e })
            }
            _ => {}
        }
    }
    Ok(())
}

/// Settles the entries of writes that died before they were committed. Called under the
/// data folder's lock. Every file at its after-image: the write did happen, the entry is
/// committed. Otherwise the write is taken back: files it had already written get their
/// before-image again (a multi-file write cut short), and the entry is dropped; a file
/// changed since by hand is left alone.
pub fn reconcile(data: &Path) -> Result<()> {
    for (seq, path) in numbered(data, "pending")? {
        let Ok(entry) = read(data, &path) else {
            remove(data, seq)?;
            continue;
        };
        if state(data, &entry) == State::Applied {
            commit(data, seq)?;
            continue;
        }
        for image in &entry.files {
            let Ok(file) = resolve(data, image) else {
                continue;
            };
            let Ok(now) = std::fs::read(&file) else {
                continue;
            };
            if hash(&now) != image.after_hash {
                continue;
            }
            if image.created {
                let _ = std::fs::remove_file(&file);
            } else if let Some(before) = image.before_of(&now) {
                super::write_file(&file, before.as_bytes(), super::FileKind::Internal)?;
            }
        }
        remove(data, seq)?;
    }
    Ok(())
}

/// Keeps the newest [`KEEP`] entries, and no more than [`KEEP_BYTES`] of them (the newest is
/// always kept).
pub fn prune(data: &Path) -> Result<()> {
    let all = numbered(data, "json")?;
    let mut bytes = 0u64;
    for (i, (seq, path)) in all.iter().rev().enumerate() {
        bytes += std::fs::metadata(path).map_or(0, |m| m.len());
        if i > 0 && (i >= KEEP || bytes > KEEP_BYTES) {
            remove(data, *seq)?;
        }
    }
    Ok(())
}

pub fn path_of(data: &Path, seq: u64, kind: &str) -> PathBuf {
    dir(data).join(format!("{seq:06}.{kind}"))
}

/// Entry files with the extension `kind` by number, oldest first.
fn numbered(data: &Path, kind: &str) -> Result<Vec<(u64, PathBuf)>> {
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
    let suffix = format!(".{kind}");
    let mut out: Vec<(u64, PathBuf)> = entries
        .filter_map(std::result::Result::ok)
        .filter_map(|e| {
            let name = e.file_name();
            let digits = name.to_str()?.strip_suffix(suffix.as_str())?;
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            // Too many digits for a number: as high as a number gets, so it is refused.
            let seq = digits.parse().unwrap_or(u64::MAX);
            Some((seq, e.path()))
        })
        .collect();
    out.sort();
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_change_is_the_least_replacement_and_goes_both_ways() {
        for (before, after) in [
            ("abc", "abc"),
            ("abc", "abXc"),
            ("", "new"),
            ("old", ""),
            ("进度：一是", "进度：二是"),
            ("a\r\nb", "a\r\nb\r\nc"),
            ("aaaa", "aa"),
            ("整改", "整改整改"),
        ] {
            let image = Image::new(Path::new("x.toml"), Some(before), after);
            assert_eq!(image.after_of(before.as_bytes()).as_deref(), Some(after));
            assert_eq!(image.before_of(after.as_bytes()).as_deref(), Some(before));
            assert!(image.removed.len() + image.inserted.len() <= before.len() + after.len());
        }
        let image = Image::new(
            Path::new("x.toml"),
            Some("a = 1\nb = 2\n"),
            "a = 1\nb = 3\n",
        );
        assert_eq!(
            (image.at, image.removed.as_str(), image.inserted.as_str()),
            (10, "2", "3")
        );
        assert_eq!(image.before_of(b"a = 1\nb = 4\n"), None);
    }
}
