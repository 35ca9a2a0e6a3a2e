//! Files → model: finds the data folder's files, reads and parses them, and turns each into
//! model records while collecting every problem (see [`reader`]). Cross-file checks live in
//! [`crate::validate`].
//!
//! Layout of a data folder:
//! ```text
//! data/rectify.toml        the report: inspection facts, categories, sections, closing
//! data/findings/*.toml     findings and their measures ([[finding]], [[finding.measure]])
//! ```

pub mod conflict;
pub mod finding;
pub mod reader;
pub mod report;
pub mod root;
pub mod settings;
pub mod syntax;

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use toml::de::DeTable;

use crate::date::Date;
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
    /// Each finding file's own problems (also in `diagnostics`), for a [`reload`].
    reading: FileProblems,
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
pub fn load(dir: &Path, today: Date) -> Loaded {
    load_with(dir, today, &Overrides::new())
}

/// Like [`load`]; within a root, `unit` (a unit's folder name) makes the hints name it.
pub fn load_for(dir: &Path, today: Date, unit: Option<&str>) -> Loaded {
    let overrides = Overrides::new();
    pipeline(
        &Files::Disk {
            dir,
            overrides: &overrides,
        },
        today,
        None,
        Threads::PerCore,
        unit,
        Texts::Keep,
    )
}

/// Like [`load_for`], for a command that uses the records and prints no diagnostic unless the
/// load fails: a finding file's text is kept only when reading it gave a diagnostic, so the
/// texts (as large as the data) are not held beside the records. A load with errors must be
/// loaded again with [`load_for`] before its diagnostics are shown: a cross-file error can
/// point into a file whose text was not kept.
pub fn load_records_for(dir: &Path, today: Date, unit: Option<&str>) -> Loaded {
    let overrides = Overrides::new();
    pipeline(
        &Files::Disk {
            dir,
            overrides: &overrides,
        },
        today,
        None,
        Threads::PerCore,
        unit,
        Texts::WithProblems,
    )
}

/// Like [`load`], with some files' texts replaced in memory by `overrides`.
pub fn load_with(dir: &Path, today: Date, overrides: &Overrides) -> Loaded {
    pipeline(
        &Files::Disk { dir, overrides },
        today,
        None,
        Threads::PerCore,
        None,
        Texts::Keep,
    )
}

/// [`load`], parsing every file on the calling thread: for a root of many units, which loads
/// several records at once, one per thread ([`root::Root::each_loaded`]), where a worker per
/// core inside each would only fight over the same cores.
/// `rectify`, or `rectify --unit NAME` for a unit of a root: how a hint writes a command
/// the user can run where they are.
pub fn command_prefix(unit: Option<&str>) -> String {
    match unit {
        Some(name) => format!("rectify --unit {name}"),
        None => "rectify".to_string(),
    }
}

/// Like [`load_on_this_thread`] for a unit of a root (its folder name `unit`): the hints
/// name the unit (`rectify --unit NAME update 2.1 …`).
pub fn load_unit(dir: &Path, today: Date, unit: &str) -> Loaded {
    let overrides = Overrides::new();
    let files = Files::Disk {
        dir,
        overrides: &overrides,
    };
    pipeline(
        &files,
        today,
        None,
        Threads::Caller,
        Some(unit),
        Texts::Keep,
    )
}

pub fn load_on_this_thread(dir: &Path, today: Date) -> Loaded {
    let overrides = Overrides::new();
    let files = Files::Disk {
        dir,
        overrides: &overrides,
    };
    pipeline(&files, today, None, Threads::Caller, None, Texts::Keep)
}

/// Which finding files' texts a load keeps in its [`Sources`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Texts {
    /// Every file's: any diagnostic can be shown with the lines it is about.
    Keep,
    /// Only those of files whose reading gave a diagnostic ([`load_records_for`]).
    WithProblems,
}

/// Where a load parses its finding files.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Threads {
    /// On one worker per core while the calling thread reads (one record at a time).
    PerCore,
    /// On the calling thread (many records loaded at once, one per thread).
    Caller,
}

/// Loads the data folder at `dir` again with some files' texts replaced by `overrides`,
/// reusing what `previous` (a load of the same folder, made under the same lock) learnt from
/// every finding file the change leaves alone: only `rectify.toml` and the changed files are
/// parsed again, then every cross-file check runs on the whole. The result is the load a
/// fresh read of the changed folder would give, at a small fraction of its cost, so a write's
/// check of its own result does not cost a second full load.
///
/// Returns `None` when there is nothing safe to reuse (`previous` had errors, or the change
/// touches `rectify.toml`, which every finding is checked against): load afresh then.
pub fn reload(previous: Loaded, dir: &Path, today: Date, overrides: &Overrides) -> Option<Loaded> {
    if previous.has_errors() || overrides.contains_key(&dir.join(REPORT_FILE)) {
        return None;
    }
    let reuse = Reuse::of(previous)?;
    Some(pipeline(
        &Files::Disk { dir, overrides },
        today,
        Some(reuse),
        Threads::PerCore,
        None,
        Texts::Keep,
    ))
}

/// Loads and validates a data set held in memory: the bytes of `rectify.toml` and of each
/// findings file (name, bytes), exactly as [`load`] would read them from a folder, without
/// touching the disk. For fuzzing and property tests. Diagnostics name the files
/// `rectify.toml` and `findings/NAME`.
pub fn load_in_memory(report: &[u8], findings: &[(&str, &[u8])], today: Date) -> Loaded {
    load_in_memory_as(Path::new(""), report, findings, today)
}

/// [`load_in_memory`], with diagnostics naming the files as if in the folder `root` (the
/// record as a git revision has it: `v1:./findings/04.toml`, see [`crate::git`]).
pub fn load_in_memory_as(
    root: &Path,
    report: &[u8],
    findings: &[(&str, &[u8])],
    today: Date,
) -> Loaded {
    // Each file's path, to its bytes: the pipeline asks for files by path, and a search of the
    // list per file made loading 3,000 files take seconds (import checks its folder this way).
    // The first of two files of one name wins, as a search would find it.
    let mut by_path = HashMap::with_capacity(findings.len());
    for (name, bytes) in findings {
        by_path
            .entry(root.join(FINDINGS_DIR).join(name))
            .or_insert(*bytes);
    }
    pipeline(
        &Files::Memory {
            root,
            report,
            findings,
            by_path,
        },
        today,
        None,
        Threads::PerCore,
        None,
        Texts::Keep,
    )
}

/// Where a load's files come from.
enum Files<'a> {
    /// A data folder on disk, with some files' texts replaced in memory (`overrides`: the
    /// writer's check of a change before it writes; empty otherwise).
    Disk {
        dir: &'a Path,
        overrides: &'a Overrides,
    },
    /// Bytes held in memory: `rectify.toml`, and `findings/NAME` for each (name, bytes),
    /// named in diagnostics as if in the folder `root`.
    Memory {
        root: &'a Path,
        report: &'a [u8],
        findings: &'a [(&'a str, &'a [u8])],
        /// `findings` by the path [`Files::finding_paths`] gives each.
        by_path: HashMap<PathBuf, &'a [u8]>,
    },
}

impl Files<'_> {
    /// The data folder exists and is a folder (else one error that says what to do).
    fn check_folder(&self, diagnostics: &mut Vec<Diagnostic>) -> bool {
        let Files::Disk { dir, .. } = self else {
            return true;
        };
        match std::fs::metadata(dir) {
            Ok(meta) if meta.is_dir() => true,
            Ok(_) => {
                diagnostics.push(
                    Diagnostic::error(t!("load-not-a-folder", path = dir))
                        .help(t!("load-not-a-folder-help")),
                );
                false
            }
            Err(e) => {
                diagnostics.push(
                    Diagnostic::error(t!(
                        "load-cannot-open-data",
                        path = dir,
                        reason = io_reason(&e)
                    ))
                    .help(t!("load-cannot-open-data-help")),
                );
                false
            }
        }
    }

    fn report_path(&self) -> PathBuf {
        match self {
            Files::Disk { dir, .. } => dir.join(REPORT_FILE),
            Files::Memory { root, .. } => root.join(REPORT_FILE),
        }
    }

    /// The finding files, in load order (on disk: sorted by name).
    fn finding_paths(&self, diagnostics: &mut Vec<Diagnostic>, command: &str) -> Vec<PathBuf> {
        match self {
            Files::Disk { dir, overrides } => finding_files(dir, overrides, diagnostics, command),
            Files::Memory { root, findings, .. } => findings
                .iter()
                .map(|(name, _)| root.join(FINDINGS_DIR).join(name))
                .collect(),
        }
    }

    /// A file's bytes (a problem reading it becomes a diagnostic).
    fn read(&self, path: &Path, diagnostics: &mut Vec<Diagnostic>) -> Option<Vec<u8>> {
        match self {
            Files::Disk { overrides, .. } => read_bytes(path, overrides, diagnostics),
            Files::Memory { root, report, .. } if path == root.join(REPORT_FILE) => {
                Some(report.to_vec())
            }
            Files::Memory { by_path, .. } => by_path.get(path).map(|bytes| bytes.to_vec()),
        }
    }

    /// Whether the file's text is given in memory in place of what is on disk (so what an
    /// earlier load read of it says nothing of it now).
    fn is_replaced(&self, path: &Path) -> bool {
        match self {
            Files::Disk { overrides, .. } => overrides.contains_key(path),
            Files::Memory { .. } => true,
        }
    }
}

/// The one loading pipeline: the folder → rectify.toml → the rules every finding file is
/// checked against → each finding file (read here, parsed in parallel, or taken from `reuse`
/// when unchanged) → the cross-file checks → diagnostics in reading order. Every path into a
/// [`Loaded`] goes through here, so every check runs on every path.
fn pipeline(
    files: &Files,
    today: Date,
    reuse: Option<Reuse>,
    threads: Threads,
    unit: Option<&str>,
    texts: Texts,
) -> Loaded {
    // How the hints name a command: within a root, with the unit it is for.
    let command = command_prefix(unit);
    let mut sources = Sources::default();
    let mut diagnostics = Vec::new();
    let mut reading = FileProblems::new();
    if !files.check_folder(&mut diagnostics) {
        return Loaded {
            sources,
            diagnostics,
            report: None,
            reading,
        };
    }
    let report_path = files.report_path();
    let report = {
        let mut problems = Vec::new();
        let text = files
            .read(&report_path, &mut problems)
            .and_then(|bytes| decode(&report_path, bytes, &mut problems));
        let file = sources.add(report_path, text.clone().unwrap_or_default());
        let report = text.and_then(|text| {
            let mut ctx = reader::Ctx {
                file,
                diagnostics: &mut problems,
            };
            parse(&text, &mut ctx)
                .filter(|root| !is_empty_report(root, &mut ctx))
                .map(|root| report::read(&root, &mut ctx))
        });
        diagnostics.append(&mut problems);
        report
    };
    let rules = finding::Rules::of(report.as_ref(), today, &command);
    let paths = files.finding_paths(&mut diagnostics, &command);
    let findings = read_findings(
        files,
        &paths,
        &rules,
        reuse,
        threads,
        texts,
        &mut sources,
        &mut diagnostics,
        &mut reading,
    );
    let report = report.map(|mut report| {
        report.findings = findings;
        validate::validate(&mut report, &mut diagnostics, &command);
        report
    });
    diagnostic::sort(&mut diagnostics);
    let report = report.filter(|_| !diagnostics.iter().any(Diagnostic::is_error));
    Loaded {
        sources,
        diagnostics,
        report,
        reading,
    }
}

/// The problems found reading each finding file on its own (not the cross-file checks'), by
/// file: what a reload reuses with the file's records when the file has not changed.
pub type FileProblems = BTreeMap<FileId, Vec<Diagnostic>>;

/// What an earlier load (without errors) learnt from each finding file: its text, records
/// and problems, to be taken as they are for a file that has not changed since.
struct Reuse {
    files: HashMap<PathBuf, (String, Vec<Finding>, Vec<Diagnostic>)>,
}

impl Reuse {
    fn of(previous: Loaded) -> Option<Reuse> {
        let Loaded {
            sources,
            report,
            mut reading,
            ..
        } = previous;
        let report = report?;
        let mut findings: HashMap<FileId, Vec<Finding>> = HashMap::new();
        for finding in report.findings.into_iter().chain(report.removed_findings) {
            findings
                .entry(finding.origin.file)
                .or_default()
                .push(finding);
        }
        let files = sources
            .into_files()
            .into_iter()
            .enumerate()
            .map(|(id, file)| {
                let found = findings.remove(&id).unwrap_or_default();
                let problems = reading.remove(&id).unwrap_or_default();
                (file.path, (file.text, found, problems))
            })
            .collect();
        Some(Reuse { files })
    }
}

/// What reading one finding file produced: its text (empty when unreadable), its findings
/// and its problems.
type Outcome = (String, Vec<Finding>, Vec<Diagnostic>);

/// Reads the finding files on this thread and parses them on one worker per core as each
/// file arrives; files unchanged since `reuse` was loaded are taken
/// from it instead (with their records moved to their new file ids).
///
/// The reading stays on the calling thread on purpose: the texts outlive the workers (they
/// are the diagnostics' sources), and memory allocated on the main thread is reused by what
/// the command allocates once the texts are dropped. Read on a worker, their memory would sit
/// in that worker's allocator arena, out of reach, and add a third of the data's size to the
/// peak memory of `list` and `export` (measured, see BENCHMARKS.md).
#[allow(clippy::too_many_arguments)]
fn read_findings(
    files: &Files,
    paths: &[PathBuf],
    rules: &finding::Rules,
    mut reuse: Option<Reuse>,
    threads: Threads,
    texts: Texts,
    sources: &mut Sources,
    diagnostics: &mut Vec<Diagnostic>,
    reading: &mut FileProblems,
) -> Vec<Finding> {
    let first_id = sources.len();
    let workers = match threads {
        Threads::PerCore => std::thread::available_parallelism().map_or(1, |n| n.get()),
        Threads::Caller => 0,
    }
    .min(paths.len());
    let mut outcomes: Vec<Option<Outcome>> = Vec::with_capacity(paths.len());
    // With `Texts::WithProblems`, a file's text goes as soon as it is parsed, if parsing it
    // said nothing: the records are all the command needs.
    let parse = |i: usize, bytes: Vec<u8>| {
        let mut outcome = parse_finding_file(&paths[i], bytes, first_id + i, rules);
        if texts == Texts::WithProblems && outcome.2.is_empty() {
            outcome.0 = String::new();
        }
        outcome
    };
    if workers == 0 {
        for (i, path) in paths.iter().enumerate() {
            let mut problems = Vec::new();
            outcomes.push(match files.read(path, &mut problems) {
                // A reader that panics loses its file, not the load (as a worker's would).
                Some(bytes) => {
                    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| parse(i, bytes))).ok()
                }
                None => Some((String::new(), Vec::new(), problems)),
            });
        }
        return gather(paths, outcomes, first_id, sources, diagnostics, reading);
    }
    // Each file is handed to a worker as soon as it is read, so parsing overlaps reading:
    // measured against reading everything first, then parsing, this is about 12% faster in
    // wall time for `list` on 10,000 findings (BENCHMARKS.md).
    // The queues are bounded only when the texts are dropped as they are parsed: then the
    // reading waits for the parsing rather than holding every text at once, and the texts'
    // memory, freed as they are parsed, is reused for the next ones.
    let queue = match texts {
        Texts::Keep => usize::MAX,
        Texts::WithProblems => 64,
    };
    std::thread::scope(|scope| {
        let parse = &parse;
        let (senders, handles): (Vec<_>, Vec<_>) = (0..workers)
            .map(|_| {
                let (send, receive) =
                    std::sync::mpsc::sync_channel::<(usize, Vec<u8>)>(queue.min(paths.len()));
                let handle = scope.spawn(move || {
                    receive
                        .into_iter()
                        .map(|(i, bytes)| (i, parse(i, bytes)))
                        .collect::<Vec<_>>()
                });
                (send, handle)
            })
            .unzip();
        for (i, path) in paths.iter().enumerate() {
            let reused = match &mut reuse {
                Some(reuse) if !files.is_replaced(path) => reuse.files.remove(path),
                _ => None,
            };
            if let Some((text, mut found, mut problems)) = reused {
                renumber(&mut found, &mut problems, first_id + i);
                outcomes.push(Some((text, found, problems)));
                continue;
            }
            let mut problems = Vec::new();
            match files.read(path, &mut problems) {
                Some(bytes) => {
                    outcomes.push(None);
                    // A worker that panicked has hung up; its files are reported below.
                    let _ = senders[i % workers].send((i, bytes));
                }
                None => outcomes.push(Some((String::new(), Vec::new(), problems))),
            }
        }
        drop(senders);
        for handle in handles {
            for (i, outcome) in handle.join().unwrap_or_default() {
                outcomes[i] = Some(outcome);
            }
        }
    });
    gather(paths, outcomes, first_id, sources, diagnostics, reading)
}

/// Each finding file's outcome, in load order, into the sources, the diagnostics and the
/// records (a file whose reader crashed is an error of its own).
fn gather(
    paths: &[PathBuf],
    outcomes: Vec<Option<Outcome>>,
    first_id: FileId,
    sources: &mut Sources,
    diagnostics: &mut Vec<Diagnostic>,
    reading: &mut FileProblems,
) -> Vec<Finding> {
    let mut findings = Vec::with_capacity(paths.len());
    for (i, (path, outcome)) in paths.iter().zip(outcomes).enumerate() {
        // Files that could not be read still take their id, so later ids stay aligned.
        let (text, mut found, problems) = outcome.unwrap_or_else(|| {
            let lost = Diagnostic::error(t!("load-reader-crashed", path = path))
                .help(t!("load-reader-crashed-help"));
            (String::new(), Vec::new(), vec![lost])
        });
        sources.add(path.clone(), text);
        findings.append(&mut found);
        if !problems.is_empty() {
            diagnostics.extend(problems.iter().cloned());
            reading.insert(first_id + i, problems);
        }
    }
    findings
}

/// Moves reused records and problems to the file's id in the new load.
fn renumber(findings: &mut [Finding], problems: &mut [Diagnostic], file: FileId) {
    for finding in findings {
        finding.origin.file = file;
        for measure in &mut finding.measures {
            measure.origin.file = file;
        }
    }
    for problem in problems {
        for label in problem
            .primary
            .iter_mut()
            .chain(problem.secondary.iter_mut())
        {
            label.file = file;
        }
    }
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
        t!("load-report-empty", file = REPORT_FILE),
        t!("load-report-empty-help"),
    );
    true
}

/// The `.toml` files of `findings/`, sorted by name so the load order is stable; `command`
/// is how a hint writes `rectify`.
fn finding_files(
    dir: &Path,
    overrides: &Overrides,
    diagnostics: &mut Vec<Diagnostic>,
    command: &str,
) -> Vec<PathBuf> {
    let findings_dir = dir.join(FINDINGS_DIR);
    let entries = match std::fs::read_dir(&findings_dir) {
        Ok(entries) => entries,
        // A draft may have no findings yet: the notice prints what there is.
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            diagnostics.push(
                Diagnostic::warning(t!("findings-dir-missing-yet", path = findings_dir))
                    .help(t!("load-cannot-open-findings-help")),
            );
            return Vec::new();
        }
        Err(e) => {
            diagnostics.push(
                Diagnostic::error(t!(
                    "load-cannot-open",
                    path = findings_dir,
                    reason = io_reason(&e)
                ))
                .help(t!("load-cannot-open-findings-help")),
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
        // A record just begun (`rectify init --empty`): valid, with nothing to show yet.
        diagnostics.push(
            Diagnostic::warning(t!("load-no-findings-yet", path = findings_dir))
                .help(t!("load-no-findings-yet-help", rectify = command)),
        );
    }
    paths
}

fn parse_finding_file(
    path: &Path,
    bytes: Vec<u8>,
    file: FileId,
    rules: &finding::Rules,
) -> Outcome {
    let mut diagnostics = Vec::new();
    let Some(text) = decode(path, bytes, &mut diagnostics) else {
        return (String::new(), Vec::new(), diagnostics);
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
    (text, findings, diagnostics)
}

/// The bytes of `path`, or of the text standing in for it in `overrides`.
fn read_bytes(
    path: &Path,
    overrides: &Overrides,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Vec<u8>> {
    if let Some(text) = overrides.get(path) {
        return Some(text.clone().into_bytes());
    }
    match read_regular_file(path) {
        Ok(bytes) => Some(bytes),
        Err((what, io)) => {
            // A missing file cannot be moved away: say how to create one instead.
            let dangling_link = io == Some(std::io::ErrorKind::NotFound)
                && std::fs::symlink_metadata(path).is_ok_and(|m| m.is_symlink());
            let help = if dangling_link {
                t!("load-dangling-link-help")
            } else if io == Some(std::io::ErrorKind::NotFound) {
                t!("load-missing-file-help")
            } else {
                t!("load-unreadable-file-help")
            };
            diagnostics.push(Diagnostic::error(what).about(path).help(help));
            None
        }
    }
}

/// The bytes of `path` as text: UTF-8 without a byte-order mark (or a diagnostic naming the
/// file and, for bytes that are not UTF-8, their line and column).
pub(crate) fn decode(
    path: &Path,
    bytes: Vec<u8>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<String> {
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        diagnostics.push(
            Diagnostic::error(t!("load-bom", path = path))
                .about(path)
                .help(t!("load-bom-help")),
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
                Diagnostic::error(t!("load-not-utf8", path = path, line = line, column = col))
                    .about(path)
                    .help(t!("load-not-utf8-help")),
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
pub(crate) fn read_regular_file(
    path: &Path,
) -> Result<Vec<u8>, (String, Option<std::io::ErrorKind>)> {
    use std::io::Read;
    let cannot = |e: std::io::Error| {
        (
            t!("load-cannot-read-file", path = path, reason = io_reason(&e)),
            Some(e.kind()),
        )
    };
    let refused = |what: String| (what, None);
    // Metadata follows symlinks: a link to a folder or a device is judged by its target.
    let meta = std::fs::metadata(path).map_err(cannot)?;
    if meta.is_dir() {
        return Err(refused(t!("load-is-a-folder", path = path)));
    }
    if !meta.is_file() {
        return Err(refused(t!("load-not-a-regular-file", path = path)));
    }
    let too_large = || {
        refused(t!(
            "load-too-large",
            path = path,
            limit = MAX_FILE_BYTES / (1024 * 1024)
        ))
    };
    if meta.len() > MAX_FILE_BYTES {
        return Err(too_large());
    }
    let file = open_nonblocking(path).map_err(cannot)?;
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

/// Opens `path` for reading without ever waiting: a "regular file" of /proc or /sys that
/// blocks (a data file linked to `/proc/kmsg`) fails at once instead of hanging `check`.
fn open_nonblocking(path: &Path) -> std::io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    options.open(path)
}

/// Parses TOML, turning every syntax error into a diagnostic. Returns the tree only when the
/// syntax is valid, so a half-understood file never produces records.
pub(crate) fn parse<'i>(text: &'i str, ctx: &mut reader::Ctx) -> Option<DeTable<'i>> {
    // Git's conflict markers make the file unparsable; say what they are and how to resolve
    // them, rather than report the `<` the parser trips over.
    let conflicts = conflict::find(text);
    if !conflicts.is_empty() {
        for c in conflicts {
            let mut d = Diagnostic::error(t!(
                "load-merge-conflict",
                from = c.first_line,
                to = c.last_line
            ))
            .at(ctx.file, c.start.clone())
            .also(
                &ctx.origin(c.separator.clone()),
                t!("load-merge-conflict-theirs"),
            );
            if let Some(end) = &c.end {
                d = d.also(&ctx.origin(end.clone()), t!("load-merge-conflict-end"));
            }
            ctx.push(d.help(t!("load-merge-conflict-help")));
        }
        return None;
    }
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
        let (message, help) = syntax::explain(text, span.clone(), &message);
        ctx.error(span, message, help);
    }
    None
}

use crate::i18n::io_reason;

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> crate::date::Date {
        crate::date::day(2021, 3, 1).unwrap()
    }

    /// A copy of the shipped data in a temporary folder.
    fn shipped_copy() -> tempfile::TempDir {
        let temp = tempfile::tempdir().unwrap();
        let from = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
        std::fs::create_dir(temp.path().join(FINDINGS_DIR)).unwrap();
        std::fs::copy(from.join(REPORT_FILE), temp.path().join(REPORT_FILE)).unwrap();
        for entry in std::fs::read_dir(from.join(FINDINGS_DIR)).unwrap() {
            let path = entry.unwrap().path();
            let to = temp
                .path()
                .join(FINDINGS_DIR)
                .join(path.file_name().unwrap());
            std::fs::copy(&path, to).unwrap();
        }
        temp
    }

    /// Reloading with `changes` gives exactly what loading the changed folder afresh gives.
    fn reload_matches_fresh_load(changes: &[(&str, &str)]) -> Loaded {
        let temp = shipped_copy();
        let dir = temp.path();
        let overrides: Overrides = changes
            .iter()
            .map(|(path, text)| (dir.join(path), text.to_string()))
            .collect();
        let before = load(dir, today());
        let reloaded = reload(before, dir, today(), &overrides).expect("reusable");
        for (path, text) in &overrides {
            std::fs::write(path, text).unwrap();
        }
        let fresh = load(dir, today());
        assert_eq!(format!("{reloaded:#?}"), format!("{fresh:#?}"));
        reloaded
    }

    /// A root loads each unit with its files parsed on the calling thread: the same load.
    #[test]
    fn loading_on_this_thread_equals_the_per_core_load() {
        let temp = shipped_copy();
        let dir = temp.path();
        std::fs::write(dir.join("findings/11.toml"), "[[finding]\nid = 11\n").unwrap();
        let per_core = load(dir, today());
        assert!(per_core.has_errors());
        assert_eq!(
            format!("{per_core:#?}"),
            format!("{:#?}", load_on_this_thread(dir, today()))
        );
    }

    #[test]
    fn reload_of_a_changed_measure_equals_a_fresh_load() {
        let text = std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("data/findings/04.toml"),
        )
        .unwrap();
        let changed = text.replacen(
            "status = \"ongoing\"",
            "status = \"in-progress\"\ndeadline = 2020-12-31\nowner = \"局办公室\"",
            1,
        );
        assert_ne!(changed, text);
        let loaded = reload_matches_fresh_load(&[("findings/04.toml", &changed)]);
        // The change made the measure overdue: a warning, in the changed file.
        assert!(loaded.report.is_some());
        assert!(loaded.warnings().any(|d| d.message.starts_with("overdue")));
    }

    #[test]
    fn reload_with_a_new_file_renumbers_the_files_after_it() {
        let added = "[[finding]]\nid = 11\ncategory = \"policy\"\ntitle = \"新问题\"\n\n[[finding.measure]]\ntext = \"x\"\nstatus = \"in-progress\"\ndeadline = 2021-01-31\n";
        let loaded = reload_matches_fresh_load(&[("findings/045.toml", added)]);
        let report = loaded.report.as_ref().expect("no errors");
        let moved = report.findings.iter().find(|f| f.id == 10).unwrap();
        assert!(loaded.sources.path(moved.origin.file).ends_with("10.toml"));
        assert_eq!(loaded.warnings().count(), 1);
    }

    #[test]
    fn reload_with_a_new_file_checks_duplicates() {
        let added = "[[finding]]\nid = 4\ncategory = \"policy\"\ntitle = \"重复\"\n\n[[finding.measure]]\ntext = \"x\"\nstatus = \"ongoing\"\n";
        let loaded = reload_matches_fresh_load(&[("findings/045.toml", added)]);
        assert!(loaded.has_errors());
        assert!(loaded
            .diagnostics
            .iter()
            .any(|d| d.message == "finding id 4 is used twice"));
    }

    #[test]
    fn reload_refuses_a_changed_report_file() {
        let temp = shipped_copy();
        let dir = temp.path();
        let before = load(dir, today());
        let overrides: Overrides = [(dir.join(REPORT_FILE), "title = \"x\"\n".to_string())].into();
        assert!(reload(before, dir, today(), &overrides).is_none());
    }
}
