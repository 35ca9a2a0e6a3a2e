//! Where output goes, the one sink the commands print through: standard output (a closed
//! pipe counts as success), standard error (messages, diagnostics, in colour on a terminal),
//! or a file the user named with `-o`. Every file written at the user's word goes through
//! [`to_path`], the one guard: never a file of the record, never inside `.rectify/`, never
//! through a symlink; a pipe or a device (`/dev/stdout`, `/dev/null`, a named pipe) is opened
//! and written; a regular file (or a new one) is written atomically (temp file in the same
//! folder, then rename) so a reader never sees half of it. Nothing below the commands prints.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use crate::cli::ColorChoice;
use crate::diagnostic::Diagnostic;
use crate::error::{Error, Result};
use crate::source::Sources;

/// Prints to standard output; a reader that went away (`| head`) is not an error.
pub fn print(text: &str) -> Result<()> {
    print_with(|out| {
        out.write_all(text.as_bytes())
            .map_err(crate::export::output_error)
    })
}

/// Prints what `write` writes to standard output, buffered, as it writes it; a reader that
/// went away (`| head`) is not an error.
pub fn print_with(write: impl FnOnce(&mut dyn Write) -> Result<()>) -> Result<()> {
    let mut stdout = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    let written =
        write(&mut stdout).and_then(|()| stdout.flush().map_err(crate::export::output_error));
    match written {
        Err(Error::Write { source, .. }) if source.kind() == std::io::ErrorKind::BrokenPipe => {
            Ok(())
        }
        Err(Error::Write { source, .. }) => Err(Error::Write {
            path: crate::t!("standard-output").into(),
            source,
        }),
        other => other,
    }
}

/// Whether standard output is coloured under the --color choice.
pub fn stdout_color(choice: ColorChoice) -> bool {
    crate::color_enabled(choice, std::io::stdout().is_terminal())
}

/// A message for the user on standard error (progress, notes: not the command's output).
pub fn say(text: &str) {
    // Standard error gone is nothing the user could be told about.
    let _ = writeln!(std::io::stderr().lock(), "{text}");
}

/// A warning that is not about a place in a file, on standard error (`警告：…`); `--quiet`
/// silences it as it silences every warning.
pub fn warn(text: &str) {
    if !QUIET.load(std::sync::atomic::Ordering::Relaxed) {
        say(&format!("{}{text}", t!("diag-warning-prefix")));
    }
}

static QUIET: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// `--quiet`: warnings are not printed, only errors (set once, when the command line is read).
pub fn set_quiet(quiet: bool) {
    QUIET.store(quiet, std::sync::atomic::Ordering::Relaxed);
}

/// The diagnostics to print: all of them, or only the errors under `--quiet`.
pub fn shown(diagnostics: &[Diagnostic]) -> Vec<Diagnostic> {
    let quiet = QUIET.load(std::sync::atomic::Ordering::Relaxed);
    diagnostics
        .iter()
        .filter(|d| !quiet || d.is_error())
        .cloned()
        .collect()
}

/// Diagnostics on standard error, rendered like `check` renders them, in colour when `color`
/// allows it on this terminal (warnings left out under `--quiet`).
pub fn diagnostics(diagnostics: &[Diagnostic], sources: &Sources, color: ColorChoice) {
    let diagnostics = &shown(diagnostics)[..];
    if diagnostics.is_empty() {
        return;
    }
    let color = crate::color_enabled(color, std::io::stderr().is_terminal());
    let _ = write!(
        std::io::stderr().lock(),
        "{}",
        crate::diagnostic::render(diagnostics, sources, color)
    );
}

/// How a path named with `-o` is written, once [`check`] has accepted it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// Standard output itself (`/dev/stdout`, `/dev/fd/1`).
    Stdout,
    /// A pipe or a character device: opened and written, no temp file, no rename.
    Stream(PathBuf),
    /// A regular file or a new one: written atomically.
    File(PathBuf),
}

/// The one guard for a file the user asks rectify to write (`export -o`,
/// `--print-template -o`): refuses a file of the record of `data` (rectify.toml, a `.toml` in
/// findings/), anything inside `.rectify/`, a symlink (to a regular file or dangling: the
/// link would be replaced or followed somewhere unexpected), a folder, and anything else that
/// is neither a regular file, a pipe nor a character device.
pub fn check(data: &Path, path: &Path) -> Result<Target> {
    if is_stdout(path) {
        return Ok(Target::Stdout);
    }
    if let Some(what) = in_record(data, path) {
        return Err(Error::failed_with_help(
            crate::t!("export-into-data", path = path, file = what),
            crate::t!("export-into-data-help"),
        ));
    }
    let refuse = |what: String, help: String| {
        Err(Error::failed_with_help(
            crate::t!("output-cannot-write", path = path, reason = what),
            help,
        ))
    };
    let meta = match std::fs::symlink_metadata(path) {
        Ok(meta) => meta,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Ok(Target::File(path.to_path_buf()))
        }
        Err(source) => {
            return Err(Error::Write {
                path: path.to_path_buf(),
                source,
            })
        }
    };
    let kind = meta.file_type();
    if kind.is_file() {
        return Ok(Target::File(path.to_path_buf()));
    }
    if kind.is_dir() {
        return refuse(
            crate::t!("io-is-a-directory"),
            crate::t!("output-name-a-file"),
        );
    }
    // A link is followed only to a pipe or a device (/dev/stderr, /dev/tty…): replacing it
    // would break it, and writing through it to a file would write somewhere not named.
    let target = if kind.is_symlink() {
        match std::fs::metadata(path) {
            Ok(meta) if is_stream(&meta.file_type()) => meta.file_type(),
            _ => {
                return refuse(
                    crate::t!("output-symlink"),
                    crate::t!("output-symlink-help"),
                )
            }
        }
    } else {
        kind
    };
    if is_stream(&target) {
        return Ok(Target::Stream(path.to_path_buf()));
    }
    refuse(
        crate::t!("output-not-regular"),
        crate::t!("output-name-a-regular-file"),
    )
}

/// [`check`] for a file written from a root of units (`-o` of `units` or of the root's
/// export): besides the root's own rectify-root.toml, no file of any unit's record.
pub fn check_in_root(root: &crate::load::root::Root, path: &Path) -> Result<Target> {
    let name = path.file_name().and_then(|n| n.to_str());
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    if let (Ok(folder), Ok(dir)) = (folder.canonicalize(), root.dir.canonicalize()) {
        if folder == dir && name == Some(crate::load::root::ROOT_FILE) {
            return Err(Error::failed_with_help(
                crate::t!(
                    "export-into-data",
                    path = path,
                    file = crate::load::root::ROOT_FILE
                ),
                crate::t!("export-into-data-help"),
            ));
        }
        // Only the unit whose folder holds the file can own it.
        for unit in &root.units {
            if unit.dir.canonicalize().is_ok_and(|u| folder.starts_with(u)) {
                return check(&unit.dir, path);
            }
        }
    }
    check(&root.dir, path)
}

/// [`check`]s `path`, then writes what `write` writes to it, as it writes it.
pub fn to_path(
    data: &Path,
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> Result<()>,
) -> Result<()> {
    match check(data, path)? {
        Target::Stdout => print_with(write),
        Target::Stream(path) => {
            let file = std::fs::OpenOptions::new()
                .write(true)
                .open(&path)
                .map_err(|source| Error::Write {
                    path: path.clone(),
                    source,
                })?;
            let mut out = std::io::BufWriter::new(file);
            let named = |e: Error| match e {
                Error::Write { source, .. } => Error::Write {
                    path: path.clone(),
                    source,
                },
                e => e,
            };
            write(&mut out).map_err(named)?;
            out.flush().map_err(|source| Error::Write {
                path: path.clone(),
                source,
            })
        }
        Target::File(path) => {
            crate::edit::write_file_with(&path, crate::edit::FileKind::Export, write)
        }
    }
}

#[cfg(unix)]
fn is_stream(kind: &std::fs::FileType) -> bool {
    use std::os::unix::fs::FileTypeExt;
    kind.is_fifo() || kind.is_char_device()
}

#[cfg(not(unix))]
fn is_stream(_kind: &std::fs::FileType) -> bool {
    false
}

/// `/dev/stdout` and its aliases: written to this process's standard output directly, so it
/// works whatever standard output is (a terminal, a pipe, a file).
fn is_stdout(path: &Path) -> bool {
    cfg!(unix)
        && [
            "/dev/stdout",
            "/dev/fd/1",
            "/proc/self/fd/1",
            "/proc/thread-self/fd/1",
        ]
        .iter()
        .any(|alias| path == Path::new(alias))
}

/// What `output` would be in the data folder, when writing it would replace the record itself,
/// add a file the next load reads (rectify.toml, or a `.toml` in findings/), or touch
/// rectify's own state (anything inside `.rectify/`). Paths are compared through their real
/// folders, so `data/../data/rectify.toml` or a symlinked folder is caught too.
fn in_record(data: &Path, output: &Path) -> Option<String> {
    let data = data.canonicalize().ok()?;
    let name = output.file_name()?;
    let folder = match output.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let folder = folder.canonicalize().ok()?;
    let state = data.join(crate::edit::STATE_DIR);
    if folder.starts_with(&state) || (folder == data && name == crate::edit::STATE_DIR) {
        return Some(crate::t!("output-inside-state"));
    }
    let name = name.to_str()?;
    if folder == data && name == crate::load::REPORT_FILE {
        Some(crate::t!("export-the-report-file"))
    } else if folder == data.join(crate::load::FINDINGS_DIR)
        && name.ends_with(".toml")
        && !name.starts_with('.')
    {
        Some(crate::t!("export-a-findings-file"))
    } else {
        None
    }
}
