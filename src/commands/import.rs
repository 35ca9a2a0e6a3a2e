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
    let target = args.into.clone().unwrap_or_else(|| ctx.data.clone());
    let from = match &imported.sheet {
        Some(sheet) => format!("{source}（工作表 {sheet}）"),
        None => source.clone(),
    };
    let files = write::files(&imported.report, &from);
    crate::edit::create_folder(
        &target,
        &files,
        ctx.today,
        "import into a new folder with --into DIR (nothing was written)",
    )?;
    let report = &imported.report;
    let measures: usize = report.findings.iter().map(|f| f.measures.len()).sum();
    crate::output::print(&format!(
        "imported {} with {} in {} into {}\nnext: rectify --data {} check; then write the notice's opening and sections in {}\n",
        crate::commands::check::plural(report.findings.len(), "finding"),
        crate::commands::check::plural(measures, "measure"),
        if report.categories.len() == 1 {
            "1 category".to_string()
        } else {
            format!("{} categories", report.categories.len())
        },
        target.display(),
        target.display(),
        target.join(crate::load::REPORT_FILE).display(),
    ))
}
