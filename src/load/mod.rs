//! Files → model: finds the data folder's files, reads and parses them, and turns each into
//! model records while collecting every problem (see [`reader`]). Cross-file checks live in
//! [`crate::validate`].
//!
//! Layout of a data folder:
//! ```text
//! data/rectify.toml        the report: inspection facts, categories, sections, closing
//! data/findings/*.toml     findings and their measures ([[finding]], [[finding.measure]])
//! ```

pub mod finding;
pub mod reader;
pub mod report;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use toml::de::DeTable;

use crate::diagnostic::{self, Diagnostic};
use crate::model::{FileId, Finding, Report};
use crate::source::Sources;
use crate::validate;

pub const REPORT_FILE: &str = "rectify.toml";
pub const FINDINGS_DIR: &str = "findings";

/// The outcome of loading a data folder: every file read, every problem found, and the
/// report when there was no error (warnings allowed).
#[derive(Debug)]
pub struct Loaded {
    pub sources: Sources,
    pub diagnostics: Vec<Diagnostic>,
    pub report: Option<Report>,
}

impl Loaded {
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }

    pub fn warnings(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics.iter().filter(|d| !d.is_error())
    }

    /// The warnings that point into the given measures of finding `finding` (0-based
    /// indices): what a write that touched them should tell the user (overdue, a done date
    /// on an open measure…). A measure's text runs from its start to the start of the next
    /// record in its file, which takes in its log entries.
    pub fn warnings_about_measures(&self, finding: u32, measures: &[usize]) -> Vec<Diagnostic> {
        let Some(report) = &self.report else {
            return Vec::new();
        };
        let Some(owner) = report.finding(finding) else {
            return Vec::new();
        };
        let file = owner.origin.file;
        let mut starts: Vec<usize> = report
            .findings
            .iter()
            .filter(|f| f.origin.file == file)
            .flat_map(|f| {
                std::iter::once(f.origin.span.start)
                    .chain(f.measures.iter().map(|m| m.origin.span.start))
            })
            .collect();
        starts.sort_unstable();
        let regions: Vec<std::ops::Range<usize>> = measures
            .iter()
            .filter_map(|&i| owner.measures.get(i))
            .map(|m| {
                let start = m.origin.span.start;
                let end = starts
                    .iter()
                    .copied()
                    .find(|&s| s > start)
                    .unwrap_or(usize::MAX);
                start..end
            })
            .collect();
        self.warnings()
            .filter(|d| {
                d.primary.as_ref().is_some_and(|at| {
                    at.file == file && regions.iter().any(|r| r.contains(&at.span.start))
                })
            })
            .cloned()
            .collect()
    }
}

/// File texts that stand in for what is on disk, keyed by path as built from the data folder
/// (`dir.join("findings").join("04.toml")`); a path not on disk is loaded as a new file.
/// The writer uses this to validate the data as it would be after a change, before writing.
pub type Overrides = BTreeMap<PathBuf, String>;

/// Loads and validates the data folder at `dir`, as of `today` (for overdue and future dates).
pub fn load(dir: &Path, today: crate::date::Date) -> Loaded {
    load_with(dir, today, &Overrides::new())
}

/// Like [`load`], with some files' texts replaced in memory by `overrides`.
pub fn load_with(dir: &Path, today: crate::date::Date, overrides: &Overrides) -> Loaded {
    let mut sources = Sources::default();
    let mut diagnostics = Vec::new();
    let report = load_into(dir, today, overrides, &mut sources, &mut diagnostics);
    diagnostic::sort(&mut diagnostics);
    let report = report.filter(|_| !diagnostics.iter().any(Diagnostic::is_error));
    Loaded {
        sources,
        diagnostics,
        report,
    }
}

fn load_into(
    dir: &Path,
    today: crate::date::Date,
    overrides: &Overrides,
    sources: &mut Sources,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Report> {
    match std::fs::metadata(dir) {
        Ok(meta) if meta.is_dir() => {}
        Ok(_) => {
            diagnostics.push(
                Diagnostic::error(format!("`{}` is not a folder", dir.display())).help(
                    "pass the data folder with --data DIR (it holds rectify.toml and findings/)",
                ),
            );
            return None;
        }
        Err(e) => {
            diagnostics.push(
                Diagnostic::error(format!("cannot open the data folder `{}`: {}", dir.display(), io_reason(&e)))
                    .help("run rectify where data/ is, pass --data DIR (or set RECTIFY_DATA), or create one with `rectify init`"),
            );
            return None;
        }
    }

    let report_path = dir.join(REPORT_FILE);
    let report = match read_file(&report_path, overrides, sources, diagnostics) {
        Some(file) => {
            let mut ctx = reader::Ctx {
                file,
                diagnostics: &mut *diagnostics,
            };
            parse(sources.get(file).text.as_str(), &mut ctx)
                .filter(|root| !is_empty_report(root, &mut ctx))
                .map(|root| report::read(&root, &mut ctx))
        }
        None => None,
    };

    let rules = finding::Rules::of(report.as_ref(), today);
    let finding_paths = finding_files(dir, overrides, diagnostics);
    let findings = read_findings(&finding_paths, &rules, overrides, sources, diagnostics);

    let mut report = report?;
    report.findings = findings;
    validate::validate(&mut report, diagnostics);
    Some(report)
}

/// Loads and validates a data set held in memory: the bytes of `rectify.toml` and of each
/// findings file (name, bytes), exactly as [`load`] would read them from a folder, without
/// touching the disk. For fuzzing and property tests. Diagnostics name the files
/// `rectify.toml` and `findings/NAME`.
pub fn load_in_memory(
    report_bytes: &[u8],
    findings: &[(&str, &[u8])],
    today: crate::date::Date,
) -> Loaded {
    let mut sources = Sources::default();
    let mut diagnostics = Vec::new();
    let report = read_in_memory(
        Path::new(REPORT_FILE),
        report_bytes,
        &mut sources,
        &mut diagnostics,
        |root, ctx| (!is_empty_report(root, ctx)).then(|| report::read(root, ctx)),
    )
    .flatten();
    let rules = finding::Rules::of(report.as_ref(), today);
    let mut found = Vec::new();
    for (name, bytes) in findings {
        let path = Path::new(FINDINGS_DIR).join(name);
        let read = |root: &DeTable, ctx: &mut reader::Ctx| finding::read_file(root, ctx, &rules);
        if let Some(mut list) = read_in_memory(&path, bytes, &mut sources, &mut diagnostics, read) {
            found.append(&mut list);
        }
    }
    let report = report.map(|mut report| {
        report.findings = found;
        validate::validate(&mut report, &mut diagnostics);
        report
    });
    diagnostic::sort(&mut diagnostics);
    let report = report.filter(|_| !diagnostics.iter().any(Diagnostic::is_error));
    Loaded {
        sources,
        diagnostics,
        report,
    }
}

/// Decodes and parses one file held in memory, recording it in `sources`, then reads the
/// tree with `read`; `None` when the bytes are not UTF-8 TOML.
fn read_in_memory<T>(
    path: &Path,
    bytes: &[u8],
    sources: &mut Sources,
    diagnostics: &mut Vec<Diagnostic>,
    read: impl FnOnce(&DeTable, &mut reader::Ctx) -> T,
) -> Option<T> {
    let Some(text) = decode(path, bytes.to_vec(), diagnostics) else {
        sources.add(path.to_path_buf(), String::new());
        return None;
    };
    let file = sources.add(path.to_path_buf(), text);
    let mut ctx = reader::Ctx { file, diagnostics };
    let root = parse(sources.get(file).text.as_str(), &mut ctx)?;
    Some(read(&root, &mut ctx))
}

/// An empty rectify.toml (nothing at all, or only comments) is one error that says so, rather
/// than every missing key of it; like an unreadable one, it then checks no finding's
/// category (no cascade of "category does not exist").
fn is_empty_report(root: &DeTable, ctx: &mut reader::Ctx) -> bool {
    if !root.is_empty() {
        return false;
    }
    ctx.error(
        0..0,
        format!("{REPORT_FILE} is empty"),
        "it holds the inspection, its categories and the notice's text: `rectify init NEWDIR` writes a commented example to start from (copy its rectify.toml here), or copy the shipped data/rectify.toml",
    );
    true
}

/// The `.toml` files of `findings/`, sorted by name so the load order is stable.
fn finding_files(
    dir: &Path,
    overrides: &Overrides,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<PathBuf> {
    let findings_dir = dir.join(FINDINGS_DIR);
    let entries = match std::fs::read_dir(&findings_dir) {
        Ok(entries) => entries,
        Err(e) => {
            diagnostics.push(
                Diagnostic::error(format!("cannot open `{}`: {}", findings_dir.display(), io_reason(&e)))
                    .help("findings live in data/findings/*.toml, one [[finding]] per file; create the folder and add one"),
            );
            return Vec::new();
        }
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        // Hidden files are not the office's: an editor's lock (`.#01.toml`, a dangling
        // link while Emacs edits 01.toml) or macOS's `._01.toml` copied onto a USB stick.
        .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|ext| ext == "toml"))
        .collect();
    paths.extend(
        overrides
            .keys()
            .filter(|p| p.parent() == Some(findings_dir.as_path()))
            .filter(|p| p.extension().is_some_and(|ext| ext == "toml"))
            .cloned(),
    );
    paths.sort();
    paths.dedup();
    if paths.is_empty() {
        diagnostics.push(
            Diagnostic::error(format!("`{}` holds no .toml files", findings_dir.display()))
                .help("add a file such as findings/01.toml with a [[finding]] and its [[finding.measure]]s"),
        );
    }
    paths
}

/// Reads and parses finding files in parallel: parsing is most of a load's time.
fn read_findings(
    paths: &[PathBuf],
    rules: &finding::Rules,
    overrides: &Overrides,
    sources: &mut Sources,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<Finding> {
    let first_id = sources.len();
    let workers = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(paths.len().max(1));
    let chunk = paths.len().div_ceil(workers).max(1);
    type Outcome = (Option<(PathBuf, String)>, Vec<Finding>, Vec<Diagnostic>);
    let outcomes: Vec<Outcome> = std::thread::scope(|scope| {
        let handles: Vec<_> = paths
            .chunks(chunk)
            .enumerate()
            .map(|(c, group)| {
                scope.spawn(move || {
                    group
                        .iter()
                        .enumerate()
                        .map(|(i, path)| {
                            read_finding_file(path, first_id + c * chunk + i, rules, overrides)
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            // A reader that panicked must not silently drop its files' findings.
            .flat_map(|h| h.join().unwrap_or_else(|p| std::panic::resume_unwind(p)))
            .collect()
    });
    let mut findings = Vec::new();
    for (source, mut found, mut diags) in outcomes {
        // Files that could not be read still take their id, so later ids stay aligned.
        let (path, text) = source.unwrap_or_default();
        sources.add(path, text);
        findings.append(&mut found);
        diagnostics.append(&mut diags);
    }
    findings
}

fn read_finding_file(
    path: &Path,
    file: FileId,
    rules: &finding::Rules,
    overrides: &Overrides,
) -> (Option<(PathBuf, String)>, Vec<Finding>, Vec<Diagnostic>) {
    let mut diagnostics = Vec::new();
    let Some(text) = read_text(path, overrides, &mut diagnostics) else {
        return (
            Some((path.to_path_buf(), String::new())),
            Vec::new(),
            diagnostics,
        );
    };
    let findings = {
        let mut ctx = reader::Ctx {
            file,
            diagnostics: &mut diagnostics,
        };
        match parse(&text, &mut ctx) {
            Some(root) => finding::read_file(&root, &mut ctx, rules),
            None => Vec::new(),
        }
    };
    (Some((path.to_path_buf(), text)), findings, diagnostics)
}

fn read_file(
    path: &Path,
    overrides: &Overrides,
    sources: &mut Sources,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<FileId> {
    let id = sources.len();
    let text = read_text(path, overrides, diagnostics);
    let ok = text.is_some();
    sources.add(path.to_path_buf(), text.unwrap_or_default());
    ok.then_some(id)
}

/// Reads a file as UTF-8 text; a problem becomes a diagnostic naming the file (and, for bytes
/// that are not UTF-8, their line and column).
fn read_text(
    path: &Path,
    overrides: &Overrides,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<String> {
    if let Some(text) = overrides.get(path) {
        return Some(text.clone());
    }
    let bytes = match read_regular_file(path) {
        Ok(bytes) => bytes,
        Err((what, io)) => {
            // A missing file cannot be moved away: say how to create one instead.
            let dangling_link = io == Some(std::io::ErrorKind::NotFound)
                && std::fs::symlink_metadata(path).is_ok_and(|m| m.is_symlink());
            let help = if dangling_link {
                "it is a link to nothing: remove it, or point it at a TOML file"
            } else if io == Some(std::io::ErrorKind::NotFound) {
                "create it (see docs/format.md), or start a new data folder with `rectify init DIR`"
            } else {
                "make it a readable TOML file, or move it out of the data folder"
            };
            diagnostics.push(Diagnostic::error(format!("`{}` {what}", path.display())).help(help));
            return None;
        }
    };
    decode(path, bytes, diagnostics)
}

/// A file's bytes as UTF-8 text, or a diagnostic naming the file (and, for bytes that are not
/// UTF-8, their line and column).
fn decode(path: &Path, bytes: Vec<u8>, diagnostics: &mut Vec<Diagnostic>) -> Option<String> {
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        diagnostics.push(
            Diagnostic::error(format!(
                "`{}` starts with a byte-order mark (BOM)",
                path.display()
            ))
            .help("save the file as UTF-8 without BOM (in Notepad: UTF-8, not UTF-8 with BOM)"),
        );
        return None;
    }
    match String::from_utf8(bytes) {
        Ok(text) => Some(text),
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let prefix = String::from_utf8_lossy(&e.as_bytes()[..valid]).into_owned();
            let (line, col) = crate::source::line_col(&prefix, valid);
            diagnostics.push(
                Diagnostic::error(format!(
                    "`{}` is not UTF-8 text: invalid bytes at line {line}, column {col}",
                    path.display()
                ))
                .help("save the file as UTF-8 (files saved as GBK/GB2312 must be converted, e.g. `iconv -f GBK -t UTF-8`)"),
            );
            None
        }
    }
}

/// No data file comes near this size; a larger one is a mistake (a log or a disk image named
/// `.toml`), and reading it whole would exhaust memory.
pub const MAX_FILE_BYTES: u64 = 256 * 1024 * 1024;

/// Reads a regular file's bytes, or says why not (with the I/O error's kind, when it was
/// one). Anything else named `.toml` — a folder, a named pipe (reading would wait forever), a
/// device such as /dev/zero (reading would never end) — is refused before reading.
fn read_regular_file(path: &Path) -> Result<Vec<u8>, (String, Option<std::io::ErrorKind>)> {
    use std::io::Read;
    let cannot = |e: std::io::Error| (format!("cannot be read: {}", io_reason(&e)), Some(e.kind()));
    let refused = |what: String| (what, None);
    // Metadata follows symlinks: a link to a folder or a device is judged by its target.
    let meta = std::fs::metadata(path).map_err(cannot)?;
    if meta.is_dir() {
        return Err(refused("is a folder, not a file".into()));
    }
    if !meta.is_file() {
        return Err(refused(
            "is not a regular file (a pipe, socket or device)".into(),
        ));
    }
    let too_large = || {
        refused(format!(
            "is too large to be a data file (the limit is {} MB)",
            MAX_FILE_BYTES / (1024 * 1024)
        ))
    };
    if meta.len() > MAX_FILE_BYTES {
        return Err(too_large());
    }
    let file = std::fs::File::open(path).map_err(cannot)?;
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    // The limit holds even if the file grows between the check and the read.
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(cannot)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_large());
    }
    Ok(bytes)
}

/// Parses TOML, turning every syntax error into a diagnostic. Returns the tree only when the
/// syntax is valid, so a half-understood file never produces records.
fn parse<'i>(text: &'i str, ctx: &mut reader::Ctx) -> Option<DeTable<'i>> {
    let (root, errors) = DeTable::parse_recoverable(text);
    if errors.is_empty() {
        return Some(root.into_inner());
    }
    // The recovering parser can report the same error many times (once per unclosed level of
    // a deeply nested array): say each once.
    let mut seen = std::collections::HashSet::new();
    for error in errors {
        let span = error.span().unwrap_or(0..0);
        let message = error.message().trim().replace('\n', "; ");
        if !seen.insert((span.clone(), message.clone())) {
            continue;
        }
        let help =
            if message.contains("date") || message.contains("day") || message.contains("month") {
                "write a real calendar date as YYYY-MM-DD, e.g. 2021-02-28"
            } else {
                "check the quotes, brackets and `key = value` shape on this line"
            };
        ctx.error(span, format!("invalid TOML: {message}"), help);
    }
    None
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "it does not exist".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> crate::date::Date {
        crate::date::Date::from_ymd_opt(2021, 3, 1).unwrap()
    }

    /// The in-memory loader is the folder loader minus the disk: same records, same problems.
    #[test]
    fn in_memory_load_matches_the_folder_load() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
        let from_disk = load(&dir, today());
        let report = std::fs::read(dir.join(REPORT_FILE)).unwrap();
        let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir.join(FINDINGS_DIR))
            .unwrap()
            .flatten()
            .map(|e| {
                let name = e.file_name().to_string_lossy().into_owned();
                (name, std::fs::read(e.path()).unwrap())
            })
            .collect();
        files.sort();
        let files: Vec<(&str, &[u8])> = files
            .iter()
            .map(|(n, b)| (n.as_str(), b.as_slice()))
            .collect();
        let in_memory = load_in_memory(&report, &files, today());
        let shape = |loaded: &Loaded| {
            let report = loaded.report.as_ref().expect("the shipped data is valid");
            report
                .measures()
                .map(|(address, _, m)| (address, m.text.clone(), m.status))
                .collect::<Vec<_>>()
        };
        assert_eq!(shape(&from_disk), shape(&in_memory));
        let messages = |loaded: &Loaded| {
            loaded
                .diagnostics
                .iter()
                .map(|d| d.message.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(messages(&from_disk), messages(&in_memory));

        let broken = load_in_memory(
            b"intro = \"x\"",
            &[("01.toml", b"\xEF\xBB\xBFa = 1")],
            today(),
        );
        assert!(broken.report.is_none());
        assert!(broken.diagnostics[0].message.contains("findings/01.toml"));
    }
}
