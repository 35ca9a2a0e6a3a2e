//! `rectify check`: every problem in the data folder, with file, line, column and a hint.

use crate::cli::CheckArgs;
use crate::commands::Context;
use crate::diagnostic::Diagnostic;
use crate::error::{Error, Result};

pub fn run(ctx: &Context, args: &CheckArgs) -> Result<()> {
    if let Some(root) = &ctx.root {
        return run_root(ctx, root, args);
    }
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
        .then(|| {
            let unit = ctx.unit.as_ref().map(|u| u.name.as_str());
            super::fix_punctuation::lint(&loaded.sources, &crate::load::command_prefix(unit))
        })
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

/// `check` across a root: the root's own problems, then every unit in order, each unit's
/// problems under a line naming it; a unit with errors does not stop the others. Fails when
/// rectify-root.toml or any unit has an error (or, with `--strict`, a warning), naming them.
fn run_root(ctx: &Context, root: &crate::load::root::Root, args: &CheckArgs) -> Result<()> {
    let mut failed: Vec<String> = Vec::new();
    let root_failed =
        root.has_errors() || (args.strict && root.diagnostics.iter().any(|d| !d.is_error()));
    if !crate::output::shown(&root.diagnostics).is_empty() {
        crate::output::say(&t!(
            "check-root-file-heading",
            path = root.dir.join(crate::load::root::ROOT_FILE)
        ));
        crate::output::diagnostics(&root.diagnostics, &root.sources, ctx.color);
    }
    if root_failed {
        failed.push(crate::load::root::ROOT_FILE.to_string());
    }
    let mut out = String::new();
    let mut ok = 0usize;
    root.each_loaded(ctx.today, |unit, loaded| {
        let label = unit.label();
        let unit_failed =
            loaded.has_errors() || (args.strict && loaded.warnings().next().is_some());
        if !crate::output::shown(&loaded.diagnostics).is_empty() {
            crate::output::say(&t!("check-unit-heading", unit = label.as_str()));
            // The hints already name the unit: the load was told which one it read.
            crate::output::diagnostics(&loaded.diagnostics, &loaded.sources, ctx.color);
        }
        if unit_failed && summary_needed(&loaded.diagnostics) {
            crate::output::say(&summary_line(&loaded.diagnostics, &loaded.sources));
        }
        if unit_failed {
            failed.push(label);
            return;
        }
        ok += 1;
        if let Some(report) = &loaded.report {
            let measures: usize = report.findings.iter().map(|f| f.measures.len()).sum();
            out.push_str(&t!(
                "check-unit-ok",
                unit = label.as_str(),
                categories = report.categories.len(),
                findings = report.findings.len(),
                measures = measures,
                warnings = loaded.warnings().count()
            ));
            out.push('\n');
        }
    });
    let units = root.units.len();
    if failed.is_empty() {
        out.push_str(&t!("check-root-ok", units = units));
        out.push('\n');
        return crate::output::print(&out);
    }
    crate::output::print(&out)?;
    Err(Error::failed_with_help(
        t!(
            "check-root-failed",
            units = units,
            ok = ok,
            failed = crate::i18n::join(&failed)
        ),
        t!("check-root-failed-help"),
    ))
}

/// Whether the summary line is worth printing: not under a single error without a place in
/// a file (a missing folder), which it would only repeat.
pub fn summary_needed(diagnostics: &[Diagnostic]) -> bool {
    !matches!(diagnostics, [only] if only.is_error() && only.primary.is_none())
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
