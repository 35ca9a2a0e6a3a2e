//! `rectify import LEDGER`: read an Excel or CSV ledger and write a new data folder.

use crate::cli::ImportArgs;
use crate::commands::Context;
use crate::error::{Error, Result};
use crate::import::{self, columns, write};

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
    };
    let source = args.ledger.display().to_string();
    let imported = match import::read(&args.ledger, &options) {
        Ok(imported) => imported,
        Err(problems) => {
            for problem in &problems {
                crate::output::say(&format!("{}{problem}", t!("diag-error-prefix")));
            }
            return Err(Error::failed_with_help(
                t!("import-nothing", count = problems.len(), source = source),
                t!("import-nothing-help"),
            ));
        }
    };
    for note in &imported.notes {
        crate::output::say(&format!("{}{note}", t!("diag-note-prefix")));
    }
    let target = args.into.clone().unwrap_or_else(|| ctx.data.clone());
    let from = match &imported.sheet {
        Some(sheet) => format!("{source}（工作表 {sheet}）"),
        None => source.clone(),
    };
    let files = write::files(&imported.report, &from);
    crate::edit::create_folder(&target, &files, ctx.today, &t!("import-into-new-folder"))?;
    let report = &imported.report;
    let measures: usize = report.findings.iter().map(|f| f.measures.len()).sum();
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
