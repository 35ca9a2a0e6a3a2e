//! `rectify export`: validate, render with the chosen format, write to stdout or a file.

use std::io::{IsTerminal, Write};

use crate::cli::ExportArgs;
use crate::commands::Context;
use crate::error::{Error, Result};
use crate::export::{self, Options};

pub fn run(ctx: &Context, args: &ExportArgs) -> Result<()> {
    let exporter = export::exporter(args.format);
    // `-o -` is standard output, as for most command-line tools (not a file named `-`).
    let output = args.output.as_ref().filter(|p| p.as_os_str() != "-");
    if args.print_template {
        let template = exporter.builtin_template().ok_or_else(|| {
            Error::Usage(t!(
                "export-no-template",
                format = format!("{:?}", args.format).to_lowercase(),
                option = "--print-template"
            ))
        })?;
        return match output {
            Some(path) => crate::output::write_atomic(path, template.as_bytes()),
            None => crate::output::print(template),
        };
    }
    if exporter.is_binary() && output.is_none() && std::io::stdout().is_terminal() {
        return Err(Error::Usage(t!(
            "export-binary-to-terminal",
            format = format!("{:?}", args.format).to_lowercase()
        )));
    }
    if args.template.is_some() && exporter.builtin_template().is_none() {
        return Err(Error::Usage(t!(
            "export-no-template",
            format = format!("{:?}", args.format).to_lowercase(),
            option = "--template"
        )));
    }
    let template = match &args.template {
        Some(path) => Some(crate::export::UserTemplate {
            path: path.clone(),
            text: std::fs::read_to_string(path).map_err(|source| Error::Read {
                path: path.clone(),
                source,
            })?,
        }),
        None => None,
    };
    if let Some(output) = &args.output {
        if let Some(file) = data_file(&ctx.data, output) {
            return Err(Error::failed_with_help(
                t!("export-into-data", path = output, file = file),
                t!("export-into-data-help"),
            ));
        }
    }
    let (report, today) = ctx.report_as_of(args.as_of)?;
    let options = Options {
        today,
        with_status: args.with_status,
        as_of: args.as_of,
        template,
    };
    let write = |out: &mut dyn Write| exporter.write(&report, &options, out);
    match output {
        Some(path) => crate::output::write_atomic_with(path, write),
        // A user's template may fail halfway: render it whole first, so that a failure
        // prints nothing but the error.
        None if options.template.is_some() => {
            let mut bytes = Vec::new();
            write(&mut bytes)?;
            crate::output::print_with(|out| out.write_all(&bytes).map_err(export::output_error))
        }
        None => crate::output::print_with(write),
    }
}

/// What `output` would be in the data folder, when writing it would replace the record itself
/// or add a file the next load reads: rectify.toml, or a `.toml` in findings/. Paths are
/// compared through their real folders, so `data/../data/rectify.toml` or a symlinked folder
/// is caught too.
fn data_file(data: &std::path::Path, output: &std::path::Path) -> Option<String> {
    let name = output.file_name()?.to_str()?;
    let folder = match output.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => std::path::Path::new("."),
    };
    let folder = folder.canonicalize().ok()?;
    let data = data.canonicalize().ok()?;
    if folder == data && name == crate::load::REPORT_FILE {
        Some(t!("export-the-report-file"))
    } else if folder == data.join(crate::load::FINDINGS_DIR)
        && name.ends_with(".toml")
        && !name.starts_with('.')
    {
        Some(t!("export-a-findings-file"))
    } else {
        None
    }
}
