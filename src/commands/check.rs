//! `rectify check`: every problem in the data folder, with file, line, column and a hint.

use crate::cli::CheckArgs;
use crate::commands::Context;
use crate::diagnostic::Diagnostic;
use crate::error::{Error, Result};

pub fn run(ctx: &Context, args: &CheckArgs) -> Result<()> {
    let loaded = ctx.load();
    let failed = loaded.has_errors() || (args.strict && loaded.warnings().next().is_some());
    if failed {
        return Err(Error::Invalid(Box::new(loaded)));
    }
    let report = loaded
        .report
        .as_ref()
        .expect("a load without errors has a report");
    crate::output::diagnostics(&loaded.diagnostics, &loaded.sources, ctx.color);
    // Half-width punctuation in Chinese text: a hint, not a problem of the data (the exports
    // typeset it), so it is not counted and `--strict` does not fail on it.
    let typeset = report.language == crate::model::Language::Zh
        && report.notice.punctuation == crate::settings::Punctuation::Typeset;
    if let Some(hint) = typeset
        .then(|| super::fix_punctuation::lint(&loaded.sources))
        .flatten()
    {
        crate::output::diagnostics(&[hint], &loaded.sources, ctx.color);
    }
    let measures: usize = report.findings.iter().map(|f| f.measures.len()).sum();
    let warnings = loaded.warnings().count();
    let category = if report.categories.len() == 1 {
        "category".to_string()
    } else {
        "categories".to_string()
    };
    let mut line = format!(
        "{}: ok — {} {category}, {}, {}",
        ctx.data.display(),
        report.categories.len(),
        plural(report.findings.len(), "finding"),
        plural(measures, "measure")
    );
    if warnings > 0 {
        line.push_str(&format!(", {}", plural(warnings, "warning")));
    }
    crate::output::print(&format!("{line}\n"))
}

/// The last line after diagnostics: how many errors and warnings, in how many files; with
/// warnings only (`check --strict`), that --strict made them fail.
pub fn summary_line(diagnostics: &[Diagnostic], sources: &crate::source::Sources) -> String {
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    let warnings = diagnostics.len() - errors;
    if errors == 0 {
        // Only `check --strict` fails on warnings alone: say that is why.
        return format!(
            "error: {}, and --strict treats warnings as errors",
            plural(warnings, "warning")
        );
    }
    // A file counts once, whether its problems have a position or not (it cannot be read).
    let mut files: Vec<&std::path::Path> = diagnostics
        .iter()
        .filter_map(|d| {
            d.primary
                .as_ref()
                .map(|l| sources.path(l.file))
                .or(d.about.as_deref())
        })
        .collect();
    files.sort_unstable();
    files.dedup();
    let mut line = format!("error: the data has {}", plural(errors, "error"));
    if warnings > 0 {
        line.push_str(&format!(" and {}", plural(warnings, "warning")));
    }
    if !files.is_empty() {
        line.push_str(&format!(" in {}", plural(files.len(), "file")));
    }
    line
}

pub(crate) fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}
