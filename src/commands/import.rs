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
            for problem in &problems {
                crate::output::say(&format!("error: {problem}"));
            }
            return Err(Error::failed_with_help(
                format!(
                    "nothing imported: {} problem{} in {source}",
                    problems.len(),
                    if problems.len() == 1 { "" } else { "s" }
                ),
                "fix them in the ledger (or name its columns with --map HEADER=COLUMN) and import again",
            ));
        }
    };
    for note in &imported.notes {
        crate::output::say(&format!("note: {note}"));
    }
    if args.dry_run {
        return crate::output::print(&dry_run(&imported));
    }
    if !imported.skipped.is_empty() {
        let n = imported.skipped.len();
        eprintln!(
            "note: {n} {} not imported (titles, notes, footers, other sheets): see them with --dry-run",
            if n == 1 { "row or sheet" } else { "rows or sheets" }
        );
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
        eprintln!(
            "error: the folder made from {source} would not pass `check` (nothing was written); the problems, in the files it would hold:"
        );
        return Err(Error::Invalid(Box::new(loaded)));
    }
    crate::edit::create_folder(
        &target,
        &files,
        ctx.today,
        "import into a new folder with --into DIR (nothing was written)",
    )?;
    let report = &imported.report;
    let measures: usize = report.findings.iter().map(|f| f.measures.len()).sum();
    if !imported.notes.is_empty() {
        eprintln!(
            "note: check what the {} above say was guessed (years, statuses, split measures, deadlines kept in words) against the ledger",
            crate::commands::check::plural(imported.notes.len(), "note")
        );
    }
    crate::output::print(&format!(
        "imported {} with {} in {} into {}\nnext: rectify --data {} check; then write the notice's opening and sections in {}\n",
        crate::commands::check::plural(report.findings.len(), "finding"),
        crate::commands::check::plural(measures, "measure"),
        categories(report.categories.len()),
        target.display(),
        target.display(),
        target.join(crate::load::REPORT_FILE).display(),
    ))
}

fn categories(n: usize) -> String {
    if n == 1 {
        "1 category".to_string()
    } else {
        format!("{n} categories")
    }
}

/// What `--dry-run` prints: the columns read, the unit, the categories with their findings
/// and how many measures each has, and every row not imported.
fn dry_run(imported: &Imported) -> String {
    use crate::commands::check::plural;
    let report = &imported.report;
    let mut out = String::new();
    for (sheet, lines) in &imported.mapping {
        if sheet.is_empty() {
            out.push_str("columns:\n");
        } else {
            out.push_str(&format!("columns of sheet {sheet}:\n"));
        }
        for line in lines {
            out.push_str(&format!("  {line}\n"));
        }
    }
    if let Some(title) = &imported.title {
        out.push_str(&format!("title: {title}\n"));
    }
    match &report.inspection.unit {
        Some(unit) => out.push_str(&format!("unit: {unit}\n")),
        None => out.push_str("unit: (not found; write it in rectify.toml)\n"),
    }
    let measures: usize = report.findings.iter().map(|f| f.measures.len()).sum();
    out.push_str(&format!(
        "would import {} with {} in {}:\n",
        plural(report.findings.len(), "finding"),
        plural(measures, "measure"),
        categories(report.categories.len())
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
            plural(finding.measures.len(), "measure")
        ));
    }
    if imported.skipped.is_empty() {
        out.push_str("not imported: nothing\n");
    } else {
        out.push_str("not imported:\n");
        for s in &imported.skipped {
            out.push_str(&format!("  {s}\n"));
        }
    }
    out.push_str("nothing written (--dry-run)\n");
    out
}
