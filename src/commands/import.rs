//! `rectify import LEDGER`: read an Excel, WPS, LibreOffice or CSV ledger and write a new data
//! folder (or, with `--dry-run`, say what it would make).

use crate::cli::ImportArgs;
use crate::commands::Context;
use crate::error::{Error, Result};
use crate::import::{self, columns, write, Imported};

pub fn run(ctx: &Context, args: &ImportArgs) -> Result<()> {
    let map = args
        .map
        .iter()
        .map(|m| columns::parse_map(m))
        .collect::<Result<Vec<_>, _>>()
        .map_err(Error::Usage)?;
    let options = import::Options {
        map,
        today: ctx.today,
        sheet: args.sheet.clone(),
    };
    let source = args.ledger.display().to_string();
    let imported = match import::read(&args.ledger, &options) {
        Ok(imported) => imported,
        Err(problems) => {
            return Err(Error::Import {
                problems: problems.iter().map(import::Problem::diagnostic).collect(),
                ledger: source,
            });
        }
    };
    for note in &imported.notes {
        crate::output::say(&format!("{}{note}", t!("diag-note-prefix")));
    }
    if args.dry_run {
        return crate::output::print(&dry_run(&imported));
    }
    if !imported.skipped.is_empty() {
        let n = imported.skipped.len();
        crate::output::say(&format!(
            "{}{}",
            t!("diag-note-prefix"),
            t!("import-skipped", count = n)
        ));
    }
    let target = args.into.clone().unwrap_or_else(|| ctx.data.clone());
    let from = match imported.sheets.as_slice() {
        [] => source.clone(),
        sheets => format!("{source}（工作表 {}）", sheets.join("、")),
    };
    let files = write::files(&imported.report, &from);
    // Checked here first, in memory, so that a problem is named at the file it would be
    // (findings/01.toml), never at the temporary folder the writer builds.
    let findings: Vec<(String, &[u8])> = files
        .iter()
        .filter_map(|(path, text)| {
            let name = path.strip_prefix(crate::load::FINDINGS_DIR).ok()?;
            Some((name.display().to_string(), text.as_bytes()))
        })
        .collect();
    let report_text = files
        .iter()
        .find(|(path, _)| path.as_path() == std::path::Path::new(crate::load::REPORT_FILE))
        .map(|(_, text)| text.as_bytes())
        .unwrap_or_default();
    let named: Vec<(&str, &[u8])> = findings.iter().map(|(n, b)| (n.as_str(), *b)).collect();
    let loaded = crate::load::load_in_memory(report_text, &named, ctx.today);
    if loaded.has_errors() {
        crate::output::say(&format!(
            "{}{}",
            t!("diag-error-prefix"),
            t!("import-would-not-pass", source = source)
        ));
        return Err(Error::Invalid(Box::new(loaded)));
    }
    crate::edit::create_folder(&target, &files, ctx.today, &t!("import-into-new-folder"))?;
    let report = &imported.report;
    let measures: usize = report.findings.iter().map(|f| f.measures.len()).sum();
    if !imported.notes.is_empty() {
        crate::output::say(&format!(
            "{}{}",
            t!("diag-note-prefix"),
            t!("import-check-notes", count = imported.notes.len())
        ));
    }
    crate::output::print(&format!(
        "{}\n{}\n",
        t!(
            "imported",
            findings = report.findings.len(),
            measures = measures,
            categories = report.categories.len(),
            target = target
        ),
        t!(
            "imported-next",
            target = target,
            report = target.join(crate::load::REPORT_FILE)
        )
    ))
}

/// What `--dry-run` prints: the columns read, the unit, the categories with their findings
/// and how many measures each has, and every row not imported.
fn dry_run(imported: &Imported) -> String {
    let report = &imported.report;
    let mut out = String::new();
    for (sheet, lines) in &imported.mapping {
        if sheet.is_empty() {
            out.push_str(&format!("{}\n", t!("import-dry-columns")));
        } else {
            out.push_str(&format!("{}\n", t!("import-dry-columns-of", sheet = sheet)));
        }
        for line in lines {
            out.push_str(&format!("  {line}\n"));
        }
    }
    if let Some(title) = &imported.title {
        out.push_str(&format!("{}\n", t!("import-dry-title", title = title)));
    }
    match &report.inspection.unit {
        Some(unit) => out.push_str(&format!("{}\n", t!("import-dry-unit", unit = unit))),
        None => out.push_str(&format!("{}\n", t!("import-dry-no-unit"))),
    }
    let measures: usize = report.findings.iter().map(|f| f.measures.len()).sum();
    out.push_str(&format!(
        "{}\n",
        t!(
            "import-dry-would",
            findings = report.findings.len(),
            measures = measures,
            categories = report.categories.len()
        )
    ));
    let mut shown_category: Option<Option<&str>> = None;
    for finding in &report.findings {
        let category = finding.category.as_deref();
        if shown_category != Some(category) {
            if let Some(c) = category.and_then(|id| report.category(id)) {
                out.push_str(&format!("  {}\n", c.title));
            }
            shown_category = Some(category);
        }
        out.push_str(&format!(
            "    {}. {} — {}\n",
            finding.id,
            finding.title.replace('\n', " "),
            t!("import-dry-measures", count = finding.measures.len())
        ));
    }
    if imported.skipped.is_empty() {
        out.push_str(&format!("{}\n", t!("import-dry-skipped-none")));
    } else {
        out.push_str(&format!("{}\n", t!("import-dry-skipped")));
        for s in &imported.skipped {
            out.push_str(&format!("  {s}\n"));
        }
    }
    out.push_str(&format!("{}\n", t!("import-dry-nothing-written")));
    out
}
