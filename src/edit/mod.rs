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
//! 5. record the before- and after-images in the journal ([`journal`]) for `undo`/`history`;
//! 6. write each file atomically: a temp file `.rectify-*.tmp` in the same folder, fsync,
//!    rename over the file, fsync the folder. A crash leaves the old file or the new one,
//!    never half of one; a stale temp file is removed by the next write.
//!
//! Failure hooks for tests (debug builds only, so a release binary ignores them): the
//! environment variable `RECTIFY_FAILPOINT` holds comma-separated points:
//! - `before-rename`: exit at once (code 101, no cleanup) after a data file's temp file is
//!   written and synced, before it is renamed over the file;
//! - `pause-before-rename=MS`: sleep MS milliseconds at that point (to kill the process there).

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

/// One file a write changes: its path relative to the data folder, its text before (`None`
/// for a new file) and after.
#[derive(Debug, Clone)]
pub struct FileChange {
    pub path: PathBuf,
    pub before: Option<String>,
    pub after: String,
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
        prepare_write(&self.data)?;
        let entry = journal::Entry {
            time: chrono::Local::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, false),
            command: change.command,
            changes: change.changes,
            files: files
                .iter()
                .map(|f| journal::Image {
                    path: slashed(&f.path),
                    before: f.before.clone(),
                    after: f.after.clone(),
                })
                .collect(),
        };
        let seq = journal::append(&self.data, &entry)?;
        for f in &files {
            if let Err(e) = write_file(&self.data.join(&f.path), f.after.as_bytes(), FileKind::Data)
            {
                // Nothing of this write took effect (or the journal would not match): forget it.
                let _ = journal::remove(&self.data, seq);
                return Err(e);
            }
        }
        journal::prune(&self.data)?;
        Ok(Committed::Written(seq, Box::new(after)))
    }
}

/// What `undo` took back.
#[derive(Debug)]
pub struct Undone {
    pub seq: u64,
    pub entry: journal::Entry,
}

/// Takes back the last recorded write: restores every file's before-image (removing files
/// the write created), then drops the entry. Refuses, changing nothing, when a file no longer
/// matches the entry's after-image.
pub fn undo(data: &Path, on_wait: OnWait) -> Result<Undone> {
    if !data.is_dir() {
        return Err(Error::failed_with_help(
            t!("no-data-folder", path = data),
            t!("no-data-folder-help"),
        ));
    }
    let _lock = DataLock::acquire(data, on_wait)?;
    let Some((seq, entry)) = journal::entries(data)?.pop() else {
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
                path = journal::dir(data).join(format!("{seq:06}.json"))
            ),
        ));
    }
    prepare_write(data)?;
    for image in &entry.files {
        let path = data.join(&image.path);
        match &image.before {
            Some(text) => write_file(&path, text.as_bytes(), FileKind::Data)?,
            None => {
                std::fs::remove_file(&path).map_err(|source| Error::Write {
                    path: path.clone(),
                    source,
                })?;
                sync_dir(path.parent().unwrap_or(data));
            }
        }
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
    let temp = tempfile::Builder::new()
        .prefix(".rectify-new-")
        .tempdir_in(&home)
        .map_err(write_err(&home))?;
    for (relative, text) in files {
        let path = temp.path().join(relative);
        if let Some(folder) = path.parent() {
            std::fs::create_dir_all(folder).map_err(write_err(&dir.join(relative)))?;
        }
        write_file(&path, text.as_bytes(), FileKind::Internal)?;
    }
    // The folder must pass `check` before anything of it reaches the target.
    let loaded = load::load(temp.path(), today);
    if loaded.has_errors() {
        return Err(Error::Invalid(Box::new(loaded)));
    }
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
    let mut temp = tempfile::Builder::new()
        .prefix(if kind == FileKind::Export {
            OTHER_TEMP_PREFIX
        } else {
            TEMP_PREFIX
        })
        .suffix(TEMP_SUFFIX)
        .tempfile_in(dir)
        .map_err(err)?;
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
fn sync_dir(dir: &Path) {
    if let Ok(folder) = File::open(dir) {
        let _ = folder.sync_all();
    }
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
