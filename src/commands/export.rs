//! `rectify export`: validate, render with the chosen format, write to stdout or a file.

use std::io::IsTerminal;

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
            Error::Usage(format!(
                "--format {:?} is not rendered from a template; --print-template works with md, txt and html",
                args.format
            ).to_lowercase())
        })?;
        return match output {
            Some(path) => crate::output::write_atomic(path, template.as_bytes()),
            None => crate::output::print(template),
        };
    }
    if exporter.is_binary() && output.is_none() && std::io::stdout().is_terminal() {
        return Err(Error::Usage(
            format!(
                "{:?} is a binary format: write it to a file with -o FILE",
                args.format
            )
            .to_lowercase(),
        ));
    }
    if args.template.is_some() && exporter.builtin_template().is_none() {
        return Err(Error::Usage(
            format!(
                "--format {:?} is not rendered from a template; --template works with md, txt and html",
                args.format
            )
            .to_lowercase(),
        ));
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
    let report = ctx.report()?;
    let options = Options {
        today: ctx.today,
        with_status: args.with_status,
        as_of: args.as_of,
        template,
    };
    let bytes = exporter.render(&report, &options)?;
    match output {
        Some(path) => crate::output::write_atomic(path, &bytes),
        None => {
            use std::io::Write;
            let mut stdout = std::io::stdout().lock();
            match stdout.write_all(&bytes).and_then(|()| stdout.flush()) {
                Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(Error::Write {
                    path: "standard output".into(),
                    source: e,
                }),
                _ => Ok(()),
            }
        }
    }
}
