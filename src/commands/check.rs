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
    let line = t!(
        "check-ok",
        data = ctx.data,
        categories = report.categories.len(),
        findings = report.findings.len(),
        measures = measures,
        warnings = loaded.warnings().count()
    );
    crate::output::print(&format!("{line}\n"))
}

/// The last line after diagnostics: how many errors and warnings, in how many files; with
/// warnings only (`check --strict`), that --strict made them fail.
pub fn summary_line(diagnostics: &[Diagnostic], sources: &crate::source::Sources) -> String {
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    let warnings = diagnostics.len() - errors;
    let line = if errors == 0 {
        // Only `check --strict` fails on warnings alone: say that is why.
        t!("check-summary-strict", warnings = warnings)
    } else {
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
        t!(
            "check-summary",
            errors = errors,
            warnings = warnings,
            files = files.len()
        )
    };
    format!("{}{line}", t!("diag-error-prefix"))
}
