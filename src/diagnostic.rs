//! One diagnostic type for every problem found in the data, and one renderer.
//!
//! TOML syntax errors and rectify's own checks both become [`Diagnostic`]s, so they read the
//! same: `path:line:col`, the offending line with a caret under the value, a plain message
//! and a hint saying how to fix it.

use std::fmt::Write as _;
use std::ops::Range;

use annotate_snippets::renderer::DecorStyle;
use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

use crate::source::{first_line, line_col, Sources};
use crate::source::{FileId, Origin};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
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
}

impl Diagnostic {
    pub fn error(message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            message: message.into(),
            primary: None,
            secondary: Vec::new(),
            help: None,
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
        let (line, col) = line_col(&file.text, label.span.start);
        Some((file.path.display().to_string(), line, col))
    }
}

/// Sorts diagnostics into a stable reading order: by file, then position, errors first.
pub fn sort(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by(|a, b| {
        let key = |d: &Diagnostic| {
            (
                d.primary.as_ref().map(|l| (l.file, l.span.start)),
                d.severity,
            )
        };
        key(a).cmp(&key(b))
    });
}

/// Renders diagnostics for a terminal (`color`) or for a pipe or file (plain).
pub fn render(diagnostics: &[Diagnostic], sources: &Sources, color: bool) -> String {
    let renderer = if color {
        Renderer::styled()
    } else {
        Renderer::plain()
    }
    .decor_style(DecorStyle::Ascii);
    let mut out = String::new();
    for diagnostic in diagnostics {
        let _ = writeln!(out, "{}", render_one(diagnostic, sources, &renderer));
    }
    out
}

fn render_one(d: &Diagnostic, sources: &Sources, renderer: &Renderer) -> String {
    let level = match d.severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
    };
    if d.primary.is_none() && d.secondary.is_empty() {
        // Nothing to quote (a missing folder): the message and the hint, plainly.
        let mut out =
            renderer.render(&[Group::with_title(level.primary_title(d.message.as_str()))]);
        if let Some(help) = &d.help {
            out.push_str("\nhelp: ");
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
        let mut snippet = Snippet::source(source.text.as_str()).path(path).fold(true);
        for label in labels.iter().filter(|l| l.file == file) {
            let span = first_line(&source.text, &label.span);
            let kind = if d.primary.as_ref() == Some(*label) {
                AnnotationKind::Primary
            } else {
                AnnotationKind::Context
            };
            let mut annotation = kind.span(span);
            if let Some(text) = &label.text {
                annotation = annotation.label(text.as_str());
            }
            snippet = snippet.annotation(annotation);
        }
        group = group.element(snippet);
    }
    if let Some(help) = &d.help {
        group = group.element(Level::HELP.message(help.as_str()));
    }
    renderer.render(&[group])
}
