//! The only module that writes data files. Every write goes the same way:
//!
//! 1. take an exclusive lock on the data folder (on the folder itself, see [`DataLock`]),
//!    held until the write is done, so two writers never read the same state and one of
//!    them loses its change;
//! 2. load the data under the lock; a folder with errors is not written to;
//! 3. edit the text of the one file concerned with toml_edit ([`document`]), so every byte
//!    the change does not concern (comments, order, quoting, Chinese text) stays as it was;
//! 4. validate the data as it would be after the change, with the loader and validator that
//!    `rectify check` uses ([`crate::load::load_with`]); with an error nothing is written;
//! 5. record the change in the journal ([`journal`]) for `undo`/`history`, as pending;
//! 6. write each file atomically: a temp file `.rectify-*.tmp` in the same folder, fsync,
//!    rename over the file, fsync the folder. A crash leaves the old file or the new one,
//!    never half of one; a stale temp file is removed by the next write. Before the rename
//!    the file is compared with what was read, so a hand edit made meanwhile is never lost;
//!    once every file is in place, the journal entry is marked done.
//!
//! Failure hooks for tests (debug builds only, so a release binary ignores them): the
//! environment variable `RECTIFY_FAILPOINT` holds comma-separated points:
//! - `before-rename`: exit at once (code 101, no cleanup) after a data file's temp file is
//!   written and synced, before it is renamed over the file;
//! - `pause-before-rename=MS`: sleep MS milliseconds at that point (to kill the process there).

pub mod cleanup;
pub mod diff;
pub mod document;
pub mod journal;

use std::fs::{File, OpenOptions};
use std::io::Write as _;
use std::path::{Path, PathBuf};

use crate::date::Date;
use crate::error::{Error, Refusal, Result};
use crate::load::{self, Loaded, Overrides};
use crate::model::Report;

/// The folder inside the data folder that holds the lock and the journal.
pub const STATE_DIR: &str = ".rectify";
const TEMP_PREFIX: &str = ".rectify-";
/// Other files (exports) get their own prefix, so a writer's clean-up of stale data temp files
/// never removes an export's temp file that is being written at the same moment.
const OTHER_TEMP_PREFIX: &str = ".rectify-out-";
const TEMP_SUFFIX: &str = ".tmp";
/// The temporary folder `init` and `import` build a new data folder in.
const NEW_FOLDER_PREFIX: &str = ".rectify-new-";
/// How old a temp file or folder nobody holds must be before it counts as left by a process
/// that died (a live one takes its lock right after creating it).
const DEAD_AFTER: std::time::Duration = std::time::Duration::from_secs(5);

/// One file a write changes: its path relative to the data folder, its text before (`None`
/// for a new file) and after.
#[derive(Debug, Clone)]
pub struct FileChange {
    pub path: PathBuf,
    pub before: Option<String>,
    pub after: String,
}

impl FileChange {
    /// An existing file, `before`, as `doc` now holds it (rendered keeping the file's line
    /// ends and final newline: see [`document::render`]).
    pub fn edited(path: PathBuf, before: &str, doc: &mut toml_edit::DocumentMut) -> FileChange {
        FileChange {
            path,
            before: Some(before.to_string()),
            after: document::render(doc, before),
        }
    }
}

/// What a command wants written, and how to describe it in the journal.
#[derive(Debug, Clone)]
pub struct Change {
    /// `update 4.2`, `add measure 4`…
    pub command: String,
    /// One line per change, old → new.
    pub changes: Vec<String>,
    pub files: Vec<FileChange>,
}

/// What [`Session::commit`] did.
#[derive(Debug)]
pub enum Committed {
    /// The files were written: the journal entry's number, and the data as loaded after the
    /// change (for the warnings it brings).
    Written(u64, Box<Loaded>),
    /// `--dry-run`: the diff that would have been applied.
    DryRun(String),
    /// The change would not alter a byte: nothing was written.
    Unchanged,
}

/// The exclusive lock on a data folder, released when dropped (or when the process dies).
///
/// The lock is taken on the data folder itself (an open handle on the folder), so taking it
/// creates nothing: a refused write or a dry run leaves the disk exactly as it was. Where a
/// folder cannot be locked (not Unix, or a file system without locks on folders), the lock
/// is a file, `DATA/.rectify/lock`, created for the purpose.
#[derive(Debug)]
pub struct DataLock {
    _file: File,
}

impl DataLock {
    /// Waits for the lock on `data`, calling `on_wait` first when another rectify holds it
    /// (the command tells the user). Holding it from the read to the write means two
    /// writers never start from the same state and one of them loses its change.
    pub fn acquire(data: &Path, on_wait: OnWait) -> Result<DataLock> {
        if let Some(lock) = DataLock::on_folder(data, on_wait)? {
            return Ok(lock);
        }
        let state = data.join(STATE_DIR);
        std::fs::create_dir_all(&state).map_err(|source| Error::Write {
            path: state.clone(),
            source,
        })?;
        let path = state.join("lock");
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .read(true)
            .write(true)
            .open(&path)
            .map_err(|source| Error::Write {
                path: path.clone(),
                source,
            })?;
        match wait_for(&file, data, on_wait) {
            Ok(()) => Ok(DataLock { _file: file }),
            Err(source) => Err(Error::Write { path, source }),
        }
    }

    /// The lock on the folder's own handle; `None` when the platform or file system cannot
    /// lock a folder.
    #[cfg(unix)]
    fn on_folder(data: &Path, on_wait: OnWait) -> Result<Option<DataLock>> {
        let folder = File::open(data).map_err(|source| Error::Read {
            path: data.to_path_buf(),
            source,
        })?;
        match wait_for(&folder, data, on_wait) {
            Ok(()) => Ok(Some(DataLock { _file: folder })),
            Err(_) => Ok(None),
        }
    }

    #[cfg(not(unix))]
    fn on_folder(_data: &Path, _on_wait: OnWait) -> Result<Option<DataLock>> {
        Ok(None)
    }
}

/// Called with the data folder before a write waits for another rectify's lock, so the
/// command can say why nothing seems to happen.
pub type OnWait<'a> = &'a dyn Fn(&Path);

/// Takes the exclusive lock on `file`, waiting (after `on_wait`) when another process has it.
fn wait_for(file: &File, data: &Path, on_wait: OnWait) -> std::io::Result<()> {
    match file.try_lock() {
        Ok(()) => Ok(()),
        Err(std::fs::TryLockError::WouldBlock) => {
            on_wait(data);
            file.lock()
        }
        Err(std::fs::TryLockError::Error(source)) => Err(source),
    }
}

/// Readies the data folder for a write that will really happen, under the lock: creates
/// `.rectify/` (with a .gitignore: the journal is this machine's undo state, not part of
/// the record), removes temp files a dead write left, and drops the journal entry of a
/// write that never took effect. Never called for a refused write or a dry run, which must
/// leave the disk as it was.
fn prepare_write(data: &Path) -> Result<()> {
    let state = data.join(STATE_DIR);
    std::fs::create_dir_all(&state).map_err(|source| Error::Write {
        path: state.clone(),
        source,
    })?;
    // Only under the lock: a temp file found now belongs to no live writer.
    remove_stale_temps(data);
    let ignore = state.join(".gitignore");
    if !ignore.exists() {
        write_file(
            &ignore,
            b"# rectify's lock and undo journal: not part of the record\n*\n",
            FileKind::Internal,
        )?;
    }
    journal::reconcile(data)
}

/// A write in progress: the lock, and the data as loaded under it.
#[derive(Debug)]
pub struct Session {
    data: PathBuf,
    today: Date,
    _lock: DataLock,
    loaded: Loaded,
}

impl Session {
    /// Locks the data folder and loads it. A folder with errors is refused with its
    /// diagnostics: a write must start from data that `check` accepts.
    pub fn open(data: &Path, today: Date, on_wait: OnWait) -> Result<Session> {
        if !data.is_dir() {
            // The loader says what is wrong and how to fix it; do not create the folder.
            return Err(Error::Invalid(Box::new(load::load(data, today))));
        }
        let lock = DataLock::acquire(data, on_wait)?;
        let loaded = load::load(data, today);
        if loaded.report.is_none() {
            return Err(Error::WriteRefused {
                reason: Refusal::DataHasErrors,
                loaded: Box::new(loaded),
            });
        }
        Ok(Session {
            data: data.to_path_buf(),
            today,
            _lock: lock,
            loaded,
        })
    }

    pub fn report(&self) -> &Report {
        self.loaded
            .report
            .as_ref()
            .expect("a session holds a report")
    }

    pub fn data(&self) -> &Path {
        &self.data
    }

    /// The id of rectify.toml among the loaded files.
    pub fn report_file(&self) -> crate::model::FileId {
        let path = self.data.join(load::REPORT_FILE);
        self.loaded
            .sources
            .iter()
            .find(|(_, f)| f.path == path)
            .map_or(0, |(id, _)| id)
    }

    /// The path (relative to the data folder) and text of a loaded file.
    pub fn file(&self, id: crate::model::FileId) -> (PathBuf, &str) {
        let source = self.loaded.sources.get(id);
        let relative = source
            .path
            .strip_prefix(&self.data)
            .unwrap_or(&source.path)
            .to_path_buf();
        (relative, source.text.as_str())
    }

    /// Every loaded file: its path relative to the data folder and its text.
    pub fn files(&self) -> Vec<(PathBuf, &str)> {
        self.loaded
            .sources
            .iter()
            .map(|(id, _)| self.file(id))
            .collect()
    }

    /// Validates the change and writes it (or, with `dry_run`, returns its diff). With an
    /// error in the result, nothing is written and the error carries the diagnostics.
    pub fn commit(self, change: Change, dry_run: bool) -> Result<Committed> {
        let files: Vec<FileChange> = change
            .files
            .into_iter()
            .filter(|f| f.before.as_deref() != Some(f.after.as_str()))
            .collect();
        if files.is_empty() {
            return Ok(Committed::Unchanged);
        }
        let overrides: Overrides = files
            .iter()
            .map(|f| (self.data.join(&f.path), f.after.clone()))
            .collect();
        // Only the changed files are parsed again; the rest is reused from the load above.
        let mut after = load::reload(self.loaded, &self.data, self.today, &overrides)
            .unwrap_or_else(|| load::load_with(&self.data, self.today, &overrides));
        if after.has_errors() {
            // Only the errors block the write; warnings (overdue…) would bury them.
            after
                .diagnostics
                .retain(crate::diagnostic::Diagnostic::is_error);
            return Err(Error::WriteRefused {
                reason: Refusal::WouldLeaveErrors {
                    command: change.command,
                },
                loaded: Box::new(after),
            });
        }
        if dry_run {
            let diff = files
                .iter()
                .map(|f| diff::unified(&slashed(&f.path), f.before.as_deref(), &f.after))
                .collect();
            return Ok(Committed::DryRun(diff));
        }
        // Each file is written where it really is: a findings file that is a link is written
        // through to its target, which must be inside the data folder.
        let targets = files
            .iter()
            .map(|f| resolve_data_file(&self.data, &f.path))
            .collect::<Result<Vec<_>>>()?;
        for (f, target) in files.iter().zip(&targets) {
            unchanged_since_read(target, f)?;
        }
        prepare_write(&self.data)?;
        let entry = journal::Entry {
            time: chrono::Local::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, false),
            command: change.command,
            changes: change.changes,
            files: files
                .iter()
                .map(|f| journal::Image::new(&f.path, f.before.as_deref(), &f.after))
                .collect(),
        };
        let seq = journal::append(&self.data, &entry)?;
        for (i, (f, target)) in files.iter().zip(&targets).enumerate() {
            let written = write_file_checked(
                target,
                FileKind::Data,
                &|| unchanged_since_read(target, f),
                |out| {
                    out.write_all(f.after.as_bytes())
                        .map_err(|source| Error::Write {
                            path: target.clone(),
                            source,
                        })
                },
            );
            if let Err(e) = written {
                // Nothing of this write may take effect: take back the files already written,
                // and forget the entry.
                for (f, target) in files.iter().zip(&targets).take(i) {
                    let _ = match &f.before {
                        Some(text) => write_file(target, text.as_bytes(), FileKind::Data),
                        None => std::fs::remove_file(target).map_err(|source| Error::Write {
                            path: target.clone(),
                            source,
                        }),
                    };
                }
                let _ = journal::remove(&self.data, seq);
                return Err(e);
            }
        }
        journal::commit(&self.data, seq)?;
        journal::prune(&self.data)?;
        Ok(Committed::Written(seq, Box::new(after)))
    }
}

/// Refuses when the file at `target` is no longer what the write started from: a hand edit or
/// a sync tool's write during the write would otherwise be silently overwritten.
fn unchanged_since_read(target: &Path, file: &FileChange) -> Result<()> {
    let now = match std::fs::read(target) {
        Ok(bytes) => Some(bytes),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(source) => {
            return Err(Error::Read {
                path: target.to_path_buf(),
                source,
            })
        }
    };
    if now.as_deref() == file.before.as_deref().map(str::as_bytes) {
        return Ok(());
    }
    Err(Error::failed_with_help(
        t!("edit-changed-while-writing", path = target),
        t!("edit-changed-while-writing-help"),
    ))
}

/// The file to write for `relative` (a path in the data folder): the path itself, or, when it
/// is a link, the link's target — which must be a regular file inside the data folder and
/// outside `.rectify/`, so a write never replaces a link by a copy (the target would stop
/// getting updates) nor writes outside the folder.
pub fn resolve_data_file(data: &Path, relative: &Path) -> Result<PathBuf> {
    let path = data.join(relative);
    let real_data = data.canonicalize().map_err(|source| Error::Read {
        path: data.to_path_buf(),
        source,
    })?;
    let state = real_data.join(STATE_DIR);
    let inside = |p: &Path| p.starts_with(&real_data) && !p.starts_with(&state);
    let outside = |what: String| {
        Error::failed_with_help(
            t!("edit-outside-data", path = path, what = what),
            t!("edit-outside-data-help"),
        )
    };
    let folder = path.parent().unwrap_or(data);
    let real_folder = folder.canonicalize().map_err(|source| Error::Write {
        path: path.clone(),
        source,
    })?;
    if !inside(&real_folder) {
        return Err(outside(t!("edit-not-inside-data")));
    }
    let meta = match std::fs::symlink_metadata(&path) {
        Ok(meta) => meta,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(path),
        Err(source) => return Err(Error::Read { path, source }),
    };
    if meta.file_type().is_symlink() {
        let target = path
            .canonicalize()
            .map_err(|_| outside(t!("edit-link-to-nothing")))?;
        if !inside(&target) {
            return Err(outside(t!("edit-link-outside", target = target)));
        }
        if !std::fs::metadata(&target).is_ok_and(|m| m.is_file()) {
            return Err(outside(t!("edit-link-not-regular", target = target)));
        }
        return Ok(target);
    }
    if !meta.is_file() {
        return Err(Error::failed_with_help(
            t!("edit-not-regular", path = path),
            t!("load-unreadable-file-help"),
        ));
    }
    Ok(path)
}

/// What `undo` took back.
#[derive(Debug)]
pub struct Undone {
    pub seq: u64,
    pub entry: journal::Entry,
}

/// Takes back the last recorded write: restores every file's before-image, rebuilt from the
/// file and the recorded change (removing files the write created), then drops the entry.
/// Refuses, changing nothing, when a file no longer matches the entry's after-image.
pub fn undo(data: &Path, on_wait: OnWait) -> Result<Undone> {
    if !data.is_dir() {
        return Err(Error::failed_with_help(
            t!("no-data-folder", path = data),
            t!("no-data-folder-help"),
        ));
    }
    let _lock = DataLock::acquire(data, on_wait)?;
    journal::reconcile(data)?;
    let Some((seq, entry)) = journal::newest(data)? else {
        return Err(Error::failed_with_help(
            t!("undo-nothing", path = data),
            t!("undo-nothing-help"),
        ));
    };
    if let journal::State::Changed(paths) = journal::state(data, &entry) {
        return Err(Error::failed_with_help(
            t!(
                "undo-changed-since",
                command = entry.command.as_str(),
                seq = seq,
                time = entry.time,
                paths = crate::i18n::join(&paths)
            ),
            t!(
                "undo-changed-since-help",
                path = journal::path_of(data, seq, "json")
            ),
        ));
    }
    prepare_write(data)?;
    for image in &entry.files {
        let path = journal::resolve(data, image).map_err(Error::failed)?;
        if image.created {
            std::fs::remove_file(&path).map_err(|source| Error::Write {
                path: path.clone(),
                source,
            })?;
            sync_dir(path.parent().unwrap_or(data));
            continue;
        }
        let now = std::fs::read(&path).map_err(|source| Error::Read {
            path: path.clone(),
            source,
        })?;
        let before = image
            .before_of(&now)
            .ok_or_else(|| Error::failed(t!("undo-file-changed", seq = seq, path = image.path)))?;
        write_file(&path, before.as_bytes(), FileKind::Data)?;
    }
    journal::remove(data, seq)?;
    Ok(Undone { seq, entry })
}

/// Creates a new data folder at `dir` holding `files` (relative path, text), all or nothing:
/// the files are written into a temporary folder, loaded and checked there, and only a folder
/// that passes `check` takes the target's place. Refuses, changing nothing, when `dir` exists
/// and is not an empty folder; `refusal_help` says what to do instead.
///
/// A target that does not exist is the temporary folder renamed into place (one atomic step).
/// An existing empty target is kept (it may be the working directory, `rectify init .`, or
/// a folder a shell stands in): the checked files are moved into it instead.
pub fn create_folder(
    dir: &Path,
    files: &[(PathBuf, String)],
    today: Date,
    refusal_help: &str,
) -> Result<()> {
    // A folder left by an init or import that died (Ctrl-C) is removed, so it neither makes
    // the target look taken nor stays behind.
    remove_dead_temps(dir, NEW_FOLDER_PREFIX);
    if let Some(parent) = dir.parent() {
        remove_dead_temps(
            if parent.as_os_str().is_empty() {
                Path::new(".")
            } else {
                parent
            },
            NEW_FOLDER_PREFIX,
        );
    }
    let exists_empty = match std::fs::read_dir(dir).map(|mut entries| entries.next().is_none()) {
        Ok(false) => {
            let what =
                if dir.join(load::REPORT_FILE).exists() || dir.join(load::FINDINGS_DIR).exists() {
                    t!("folder-holds-data", path = dir)
                } else {
                    t!("folder-not-empty", path = dir)
                };
            return Err(Error::failed_with_help(what, refusal_help));
        }
        Ok(true) => true,
        Err(_) if dir.exists() => {
            return Err(Error::failed_with_help(
                t!("folder-is-a-file", path = dir),
                refusal_help,
            ));
        }
        Err(_) => false,
    };
    let write_err = |path: &Path| {
        let path = path.to_path_buf();
        move |source| Error::Write { path, source }
    };
    // The temp folder lives where its entries will be renamed to, so every rename stays on one
    // file system: inside an existing target (which the user can write to, and which may be a
    // mount point), else beside the new one.
    let home = if exists_empty {
        dir.to_path_buf()
    } else {
        let parent = match dir.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        std::fs::create_dir_all(&parent).map_err(write_err(&parent))?;
        parent
    };
    let files = with_gitignore(files);
    let temp = tempfile::Builder::new()
        .prefix(NEW_FOLDER_PREFIX)
        .tempdir_in(&home)
        .map_err(write_err(&home))?;
    // Held while the folder is being made: a locked temp folder is never taken for a dead one.
    let _alive = hold(temp.path());
    let interrupted = cleanup::register(temp.path());
    // The temp folder is ours alone and reaches the target whole (by one rename, or its
    // entries moved in), so its files need no atomic write of their own (a temp file, a
    // rename and a folder sync each, 6,000 syncs for a 3,000-finding import): all are written
    // plainly first, then each is synced, then their folders, before anything moves. Synced
    // after all the writes, most syncs find their data already on disk.
    let mut folders = vec![temp.path().to_path_buf()];
    for (relative, text) in &files {
        let path = temp.path().join(relative);
        if let Some(folder) = path.parent() {
            if !folders.iter().any(|f| f == folder) {
                std::fs::create_dir_all(folder).map_err(write_err(&dir.join(relative)))?;
                folders.push(folder.to_path_buf());
            }
        }
        std::fs::write(&path, text).map_err(write_err(&dir.join(relative)))?;
    }
    for (relative, _) in &files {
        File::open(temp.path().join(relative))
            .and_then(|file| file.sync_all())
            .map_err(write_err(&dir.join(relative)))?;
    }
    for folder in &folders {
        sync_dir(folder);
    }
    // The folder must pass `check` before anything of it reaches the target.
    let loaded = load::load(temp.path(), today);
    if loaded.has_errors() {
        return Err(Error::Invalid(Box::new(loaded)));
    }
    // From here on the folder's entries move into place: an interrupt must not remove them
    // midway (a folder cut short is removed by the next run instead).
    drop(interrupted);
    if exists_empty {
        move_entries(temp.path(), dir)?;
        // Now empty; `temp` removes it when dropped, but a failure to do so is worth saying.
        temp.close().map_err(write_err(dir))?;
        sync_dir(dir);
        return Ok(());
    }
    let temp_path = temp.keep();
    std::fs::rename(&temp_path, dir).map_err(|source| {
        let _ = std::fs::remove_dir_all(&temp_path);
        Error::Write {
            path: dir.to_path_buf(),
            source,
        }
    })?;
    sync_dir(&home);
    Ok(())
}

/// What a data folder's `.gitignore` keeps out of git: the lock and undo journal
/// (`.rectify/`, this machine's state, see [`journal`]) and the temp files of a write in
/// progress (`.rectify-*`). The record itself is all in git.
pub const GIT_IGNORED: &[&str] = &[".rectify/", ".rectify-*"];

/// `files` with a `.gitignore` holding [`GIT_IGNORED`]: added when the list has none, its
/// missing lines appended when it has one (never replaced).
fn with_gitignore(files: &[(PathBuf, String)]) -> Vec<(PathBuf, String)> {
    let mut files = files.to_vec();
    let name = Path::new(".gitignore");
    let existing = files.iter().position(|(path, _)| path == name);
    let mut text = existing.map_or_else(String::new, |i| files[i].1.clone());
    let missing: Vec<&str> = GIT_IGNORED
        .iter()
        .copied()
        .filter(|line| !text.lines().any(|l| l.trim() == *line))
        .collect();
    if missing.is_empty() {
        return files;
    }
    if !text.is_empty() && !text.ends_with('\n') {
        text.push('\n');
    }
    text.push_str(&format!("# {}\n", t!("gitignore-comment")));
    for line in missing {
        text.push_str(line);
        text.push('\n');
    }
    match existing {
        Some(i) => files[i].1 = text,
        None => files.push((name.to_path_buf(), text)),
    }
    files
}

/// Moves the entries of the checked folder `from` into the empty folder `to`: everything but
/// rectify.toml first (findings/), rectify.toml last, so a move cut short never leaves a
/// rectify.toml that looks like a complete data folder without its findings.
fn move_entries(from: &Path, to: &Path) -> Result<()> {
    let mut names: Vec<std::ffi::OsString> = std::fs::read_dir(from)
        .map_err(|source| Error::Read {
            path: from.to_path_buf(),
            source,
        })?
        .map(|entry| entry.map(|e| e.file_name()))
        .collect::<std::io::Result<_>>()
        .map_err(|source| Error::Read {
            path: from.to_path_buf(),
            source,
        })?;
    names.sort_by_key(|name| (name == load::REPORT_FILE, name.clone()));
    for name in names {
        let target = to.join(&name);
        std::fs::rename(from.join(&name), &target).map_err(|source| Error::Write {
            path: target,
            source,
        })?;
    }
    Ok(())
}

/// What a file written by [`write_file`] is: it decides the temp file's prefix and whether the
/// failure hooks apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// A data file (rectify.toml, findings/*.toml): the failure hooks apply.
    Data,
    /// rectify's own bookkeeping (journal entries, a new folder's files).
    Internal,
    /// An export the user named with -o: its temp file is never taken for a stale one.
    Export,
}

/// Writes `bytes` to `path` atomically: a `.rectify-*.tmp` file in the same folder (with the
/// old file's permissions), fsync, rename, fsync the folder.
pub fn write_file(path: &Path, bytes: &[u8], kind: FileKind) -> Result<()> {
    write_file_with(path, kind, |out| {
        out.write_all(bytes).map_err(|source| Error::Write {
            path: path.to_path_buf(),
            source,
        })
    })
}

/// [`write_file`] of what `write` writes, as it writes it (through a buffer), for output too
/// large to hold whole. An [`Error::Write`] from `write` is named after `path`.
pub fn write_file_with(
    path: &Path,
    kind: FileKind,
    write: impl FnOnce(&mut dyn std::io::Write) -> Result<()>,
) -> Result<()> {
    write_file_checked(path, kind, &|| Ok(()), write)
}

/// [`write_file_with`], calling `before_rename` at the last moment before the temp file
/// takes the file's place; an error from it leaves the file as it was.
fn write_file_checked(
    path: &Path,
    kind: FileKind,
    before_rename: &dyn Fn() -> Result<()>,
    write: impl FnOnce(&mut dyn std::io::Write) -> Result<()>,
) -> Result<()> {
    let err = |source| Error::Write {
        path: path.to_path_buf(),
        source,
    };
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    // Said plainly, rather than as the temp file's path the OS error would name.
    if !dir.is_dir() {
        return Err(Error::failed_with_help(
            t!("write-no-folder", path = path, folder = dir),
            t!("write-no-folder-help"),
        ));
    }
    if kind == FileKind::Export {
        // An export cut short (Ctrl-C, a kill) left its temp file: removed now. A data
        // write's are removed under the data lock instead ([`remove_stale_temps`]).
        remove_dead_temps(dir, OTHER_TEMP_PREFIX);
    }
    let mut temp = tempfile::Builder::new()
        .prefix(if kind == FileKind::Export {
            OTHER_TEMP_PREFIX
        } else {
            TEMP_PREFIX
        })
        .suffix(TEMP_SUFFIX)
        .tempfile_in(dir)
        .map_err(err)?;
    if kind == FileKind::Export {
        // Held until the rename: another export never takes it for a dead one's.
        let _ = temp.as_file().try_lock();
    }
    let _interrupted = cleanup::register(temp.path());
    let mut out = std::io::BufWriter::new(temp.as_file_mut());
    write(&mut out).map_err(|e| match e {
        Error::Write { source, .. } => err(source),
        e => e,
    })?;
    out.flush().map_err(err)?;
    drop(out);
    // A temp file is private (0600); the record keeps the permissions it had.
    let permissions = match std::fs::metadata(path) {
        Ok(meta) => Some(meta.permissions()),
        Err(_) => default_permissions(),
    };
    if let Some(permissions) = permissions {
        temp.as_file().set_permissions(permissions).map_err(err)?;
    }
    temp.as_file().sync_all().map_err(err)?;
    if kind == FileKind::Data {
        failpoint("before-rename");
    }
    before_rename()?;
    temp.persist(path).map_err(|e| err(e.error))?;
    sync_dir(dir);
    Ok(())
}

#[cfg(unix)]
fn default_permissions() -> Option<std::fs::Permissions> {
    use std::os::unix::fs::PermissionsExt;
    Some(std::fs::Permissions::from_mode(0o644))
}

#[cfg(not(unix))]
fn default_permissions() -> Option<std::fs::Permissions> {
    None
}

/// Makes a rename durable. Not every platform can open a folder; the rename itself is
/// atomic either way, so a failure here is not an error.
pub(crate) fn sync_dir(dir: &Path) {
    if let Ok(folder) = File::open(dir) {
        let _ = folder.sync_all();
    }
}

/// Removes the temp files and folders named `prefix…` in `folder` that a rectify process left
/// when it died: those nobody holds locked, older than [`DEAD_AFTER`].
fn remove_dead_temps(folder: &Path, prefix: &str) {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return;
    };
    for entry in entries.flatten() {
        if !entry.file_name().to_string_lossy().starts_with(prefix) {
            continue;
        }
        let path = entry.path();
        let Ok(meta) = std::fs::symlink_metadata(&path) else {
            continue;
        };
        let old = meta
            .modified()
            .ok()
            .and_then(|m| m.elapsed().ok())
            .is_some_and(|age| age > DEAD_AFTER);
        if !old || meta.file_type().is_symlink() {
            continue;
        }
        // Taking its lock proves no live process holds it; it is removed while held.
        let Some(_held) = hold(&path) else {
            continue;
        };
        let _ = if meta.is_dir() {
            std::fs::remove_dir_all(&path)
        } else {
            std::fs::remove_file(&path)
        };
    }
}

/// An exclusive lock on a temp file or folder, taken without waiting; `None` when another
/// process holds it (or it cannot be locked).
fn hold(path: &Path) -> Option<File> {
    let file = File::open(path).ok()?;
    file.try_lock().ok()?;
    Some(file)
}

/// Removes temp files left by a write that died before its rename. Called under the lock,
/// so no live writer owns them.
fn remove_stale_temps(data: &Path) {
    let folders = [
        data.to_path_buf(),
        data.join(load::FINDINGS_DIR),
        data.join(STATE_DIR),
        journal::dir(data),
    ];
    for folder in folders {
        let Ok(entries) = std::fs::read_dir(&folder) else {
            continue;
        };
        for entry in entries.flatten() {
            let name = entry.file_name();
            let name = name.to_string_lossy();
            if name.starts_with(TEMP_PREFIX)
                && !name.starts_with(OTHER_TEMP_PREFIX)
                && name.ends_with(TEMP_SUFFIX)
            {
                let _ = std::fs::remove_file(entry.path());
            }
        }
    }
}

fn slashed(path: &Path) -> String {
    path.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

#[cfg(debug_assertions)]
fn failpoint(name: &str) {
    let Ok(spec) = std::env::var("RECTIFY_FAILPOINT") else {
        return;
    };
    for point in spec.split(',').map(str::trim) {
        if point == name {
            // A test hook (debug builds only): the exit code says which it was.
            std::process::exit(101);
        }
        if let Some(ms) = point
            .strip_prefix("pause-")
            .and_then(|p| p.strip_prefix(name))
            .and_then(|p| p.strip_prefix('='))
            .and_then(|ms| ms.parse::<u64>().ok())
        {
            std::thread::sleep(std::time::Duration::from_millis(ms));
        }
    }
}

#[cfg(not(debug_assertions))]
fn failpoint(_name: &str) {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_folder_gets_a_gitignore_and_an_existing_one_gains_only_missing_lines() {
        let files = vec![(PathBuf::from("rectify.toml"), "x".to_string())];
        let with = with_gitignore(&files);
        let (path, text) = with.last().unwrap();
        assert_eq!(path, Path::new(".gitignore"));
        let lines: Vec<&str> = text.lines().filter(|l| !l.starts_with('#')).collect();
        assert_eq!(lines, GIT_IGNORED);

        let own = vec![(PathBuf::from(".gitignore"), "*.bak\n.rectify/".to_string())];
        let with = with_gitignore(&own);
        assert_eq!(with.len(), 1);
        let text = &with[0].1;
        assert!(text.starts_with("*.bak\n.rectify/\n# "), "{text}");
        assert!(text.ends_with("\n.rectify-*\n"), "{text}");
        assert_eq!(text.matches(".rectify/").count(), 1, "{text}");

        let complete = vec![(
            PathBuf::from(".gitignore"),
            ".rectify/\n.rectify-*\n".to_string(),
        )];
        assert_eq!(with_gitignore(&complete)[0].1, ".rectify/\n.rectify-*\n");
    }
}
