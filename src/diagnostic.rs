//! One diagnostic type for every problem found in the data, and one renderer.
//!
//! TOML syntax errors and rectify's own checks both become [`Diagnostic`]s, so they read the
//! same: `path:line:col`, the offending line with a caret under the value, a plain message
//! and a hint saying how to fix it.

use std::fmt::Write as _;
use std::ops::Range;

use annotate_snippets::renderer::DecorStyle;
use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

use crate::source::{first_line, Sources};
use crate::source::{FileId, Origin};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// A place in a file, with an optional label printed beside the caret.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label {
    pub file: FileId,
    pub span: Range<usize>,
    pub text: Option<String>,
}

/// A problem in the data: where, what, and how to fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub message: String,
    /// The main place; `None` for problems with no position (a missing folder).
    pub primary: Option<Label>,
    /// Other places worth showing (the first definition of a duplicate id).
    pub secondary: Vec<Label>,
    pub help: Option<String>,
    /// The file a problem without a position is about (one that cannot be read), so the
    /// summary counts it among the files with errors.
    pub about: Option<std::path::PathBuf>,
    /// A cell of a spreadsheet or CSV being imported, for problems that are not in a TOML
    /// file: the place is named in words, the cell's text is quoted.
    pub cell: Option<CellPlace>,
}

/// A cell of a ledger being imported: `台账.xlsx，工作表“整改台账”，第7行H列（完成情况）`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CellPlace {
    /// The place in words: file, sheet, row and column with its header.
    pub place: String,
    /// The cell's text, quoted under the message when there is one.
    pub text: Option<String>,
    /// 0-based sheet, row and column: the reading order; None for the whole file.
    pub position: Option<(usize, usize, usize)>,
}

impl Diagnostic {
    pub fn error(message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            message: message.into(),
            primary: None,
            secondary: Vec::new(),
            help: None,
            about: None,
            cell: None,
        }
    }

    pub fn warning(message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(message)
        }
    }

    pub fn at(mut self, file: FileId, span: Range<usize>) -> Self {
        self.primary = Some(Label {
            file,
            span,
            text: None,
        });
        self
    }

    pub fn at_origin(self, origin: &Origin) -> Self {
        self.at(origin.file, origin.span.clone())
    }

    /// A second place, e.g. where a duplicate id was first defined.
    pub fn also(mut self, origin: &Origin, text: impl Into<String>) -> Self {
        self.secondary.push(Label {
            file: origin.file,
            span: origin.span.clone(),
            text: Some(text.into()),
        });
        self
    }

    /// A ledger cell (or a row, or a whole file) being imported, named in words.
    pub fn in_cell(mut self, cell: CellPlace) -> Self {
        self.cell = Some(cell);
        self
    }

    /// The file this problem is about, when it has no position in it.
    pub fn about(mut self, path: &std::path::Path) -> Self {
        self.about = Some(path.to_path_buf());
        self
    }

    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// `path:line:col` of the primary place, for one-line summaries and JSON.
    pub fn location(&self, sources: &Sources) -> Option<(String, usize, usize)> {
        let label = self.primary.as_ref()?;
        let file = sources.get(label.file);
        let (line, col) = file.line_col(label.span.start);
        Some((file.path.display().to_string(), line, col))
    }
}

/// Sorts diagnostics into a stable reading order: by file, then position, errors first.
pub fn sort(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by(|a, b| {
        // Errors first (they stop the command), then warnings, each group in file order.
        let key = |d: &Diagnostic| {
            (
                !d.is_error(),
                d.primary.as_ref().map(|l| (l.file, l.span.start)),
                d.cell.as_ref().and_then(|c| c.position),
                d.severity,
            )
        };
        key(a).cmp(&key(b))
    });
}

/// How many errors, and how many warnings, are shown for one file; the rest are counted.
/// Four thousand warnings say no more than fifty, and would take long to print.
pub const SHOWN_PER_FILE: usize = 50;

/// Renders diagnostics for a terminal (`color`) or for a pipe or file (plain): at most
/// [`SHOWN_PER_FILE`] errors and as many warnings per file, then how many more there are.
/// Each message is rendered from the lines it marks only, so the cost is linear in the number
/// of messages and the size of the data.
pub fn render(diagnostics: &[Diagnostic], sources: &Sources, color: bool) -> String {
    let renderer = if color {
        Renderer::styled()
    } else {
        Renderer::plain()
    }
    .decor_style(DecorStyle::Ascii);
    let mut out = String::new();
    // (file, severity) → how many were seen; the files in order of their first hidden message.
    let mut seen: std::collections::HashMap<(Option<FileId>, Severity), usize> =
        std::collections::HashMap::new();
    let mut hidden: Vec<(Option<FileId>, Severity, usize)> = Vec::new();
    for diagnostic in diagnostics {
        let file = diagnostic.primary.as_ref().map(|l| l.file);
        let count = seen.entry((file, diagnostic.severity)).or_default();
        *count += 1;
        if *count > SHOWN_PER_FILE && file.is_some() {
            match hidden
                .iter_mut()
                .find(|(f, s, _)| *f == file && *s == diagnostic.severity)
            {
                Some((_, _, n)) => *n += 1,
                None => hidden.push((file, diagnostic.severity, 1)),
            }
            continue;
        }
        let _ = writeln!(out, "{}", render_one(diagnostic, sources, &renderer));
    }
    for (file, severity, n) in hidden {
        let path = file
            .map(|f| sources.path(f).display().to_string())
            .unwrap_or_default();
        let message = match severity {
            Severity::Error => crate::t!(
                "diag-more-errors",
                count = n,
                path = path,
                shown = SHOWN_PER_FILE
            ),
            Severity::Warning => crate::t!(
                "diag-more-warnings",
                count = n,
                path = path,
                shown = SHOWN_PER_FILE
            ),
        };
        let _ = writeln!(out, "{}{message}\n", crate::t!("diag-note-prefix"));
    }
    if crate::i18n::is_zh() {
        out = full_width_colons(&out);
    }
    out
}

/// `错误: …` → `错误：…`: the renderer puts an ASCII colon and space after the level's name;
/// Chinese text takes a full-width colon. Only the title and `= 提示: ` lines are touched
/// (the quoted source lines start with their line number).
fn full_width_colons(text: &str) -> String {
    let names = [
        crate::t!("diag-error"),
        crate::t!("diag-warning"),
        format!("= {}", crate::t!("diag-help")),
    ];
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let plain = strip_ansi(line);
        let trimmed = plain.trim_start();
        let titled = names.iter().any(|n| trimmed.starts_with(&format!("{n}: ")));
        match line.find(": ").filter(|_| titled) {
            Some(at) => {
                out.push_str(&line[..at]);
                out.push('：');
                out.push_str(&line[at + 2..]);
            }
            None => out.push_str(line),
        }
    }
    out
}

/// The text of a line without its colour codes (`ESC [ … m`).
fn strip_ansi(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            for c in chars.by_ref() {
                if c.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

fn render_one(d: &Diagnostic, sources: &Sources, renderer: &Renderer) -> String {
    let level = match d.severity {
        Severity::Error => Level::ERROR.with_name(crate::t!("diag-error")),
        Severity::Warning => Level::WARNING.with_name(crate::t!("diag-warning")),
    };
    if let Some(cell) = &d.cell {
        return render_cell(d, cell, level, renderer);
    }
    if d.primary.is_none() && d.secondary.is_empty() {
        // Nothing to quote (a missing folder): the message and the hint, plainly.
        let mut out =
            renderer.render(&[Group::with_title(level.primary_title(d.message.as_str()))]);
        if let Some(help) = &d.help {
            out.push('\n');
            out.push_str(&crate::t!("diag-help-prefix"));
            out.push_str(help);
        }
        return out;
    }
    let mut group = Group::with_title(level.primary_title(d.message.as_str()));
    let mut labels: Vec<&Label> = d.primary.iter().collect();
    labels.extend(d.secondary.iter());
    let mut files: Vec<FileId> = Vec::new();
    for label in &labels {
        if !files.contains(&label.file) {
            files.push(label.file);
        }
    }
    for file in files {
        let source = sources.get(file);
        let path = source.path.display().to_string();
        let in_file: Vec<(&Label, Range<usize>)> = labels
            .iter()
            .filter(|l| l.file == file)
            .map(|l| (*l, first_line(&source.text, &l.span)))
            .collect();
        // Only the lines from the first label to the last are handed to the renderer (which
        // indexes all it is given), numbered from where they start.
        // A place at the very end of a file that ends with a line break belongs to the last
        // line, as the renderer shows it when given the whole file.
        let text = &source.text;
        let anchor = |at: usize| {
            if at > 0 && at == text.len() && text.ends_with('\n') {
                at - 1
            } else {
                at
            }
        };
        let (first, from) = in_file
            .iter()
            .map(|(_, span)| source.line_of(anchor(span.start)))
            .min_by_key(|(line, _)| *line)
            .expect("a file of the labels has a label");
        let to = in_file
            .iter()
            .map(|(_, span)| source.line_of(anchor(span.end)).1.end.max(span.end))
            .max()
            .unwrap_or(from.end);
        let start = from.start;
        let mut snippet = Snippet::source(&source.text[start..to])
            .path(path)
            .line_start(first + 1)
            .fold(true);
        for (label, span) in in_file {
            let kind = if d.primary.as_ref() == Some(label) {
                AnnotationKind::Primary
            } else {
                AnnotationKind::Context
            };
            let mut annotation = kind.span(span.start - start..span.end - start);
            if let Some(text) = &label.text {
                annotation = annotation.label(text.as_str());
            }
            snippet = snippet.annotation(annotation);
        }
        group = group.element(snippet);
    }
    if let Some(help) = &d.help {
        group = group.element(
            Level::HELP
                .with_name(crate::t!("diag-help"))
                .message(help.as_str()),
        );
    }
    renderer.render(&[group])
}

/// A problem in a ledger cell: the message, the place in words (`--> 台账.xlsx，工作表…`), the
/// cell's text quoted and underlined (its first line, at most [`QUOTED_CHARS`] characters),
/// and the hint.
fn render_cell(d: &Diagnostic, cell: &CellPlace, level: Level<'_>, renderer: &Renderer) -> String {
    let mut group = Group::with_title(level.primary_title(d.message.as_str()));
    let quoted = cell
        .text
        .as_deref()
        .map(quoted_cell)
        .filter(|t| !t.is_empty());
    group = match &quoted {
        // The place in words stands where a file's `path:line:col` would; the quoted cell
        // has no line numbers (it is not a line of a file).
        Some(text) => group.element(
            Snippet::source(text.as_str())
                .path(cell.place.as_str())
                .line_numbering(false)
                .annotation(AnnotationKind::Primary.span(0..text.len())),
        ),
        None => group.element(annotate_snippets::Origin::path(cell.place.as_str())),
    };
    if let Some(help) = &d.help {
        group = group.element(
            Level::HELP
                .with_name(crate::t!("diag-help"))
                .message(help.as_str()),
        );
    }
    let out = renderer.render(&[group]);
    // The renderer adds the line and column of the quote (`:1:1`), which mean nothing in a
    // cell: the place already names the row and the column.
    match quoted {
        Some(_) => out.replacen(&format!("{}:1:1", cell.place), &cell.place, 1),
        None => out,
    }
}

/// How much of a cell's text is quoted under a message about it.
pub const QUOTED_CHARS: usize = 60;

/// A cell's first non-empty line, cut to [`QUOTED_CHARS`] characters (with `…`).
fn quoted_cell(text: &str) -> String {
    let line = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("");
    let mut out: String = line.chars().take(QUOTED_CHARS).collect();
    if line.chars().count() > QUOTED_CHARS || text.trim().lines().count() > 1 {
        out.push('…');
    }
    out
}
