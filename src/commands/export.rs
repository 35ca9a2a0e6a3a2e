//! `rectify export`: validate, render with the chosen format, write to stdout or a file.

use std::io::{IsTerminal, Write};

use crate::cli::{ExportArgs, ExportKind};
use crate::commands::Context;
use crate::error::{Error, Result};
use crate::export::{self, Options};

pub fn run(ctx: &Context, args: &ExportArgs) -> Result<()> {
    if let Some(root) = &ctx.root {
        return run_root(ctx, root, args);
    }
    let exporter = match args.kind {
        ExportKind::Notice => export::exporter(args.format),
        ExportKind::Plan => export::plan::exporter(args.format).ok_or_else(|| {
            Error::Usage(t!(
                "plan-formats",
                format = format!("{:?}", args.format).to_lowercase()
            ))
        })?,
    };
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
            Some(path) => crate::output::to_path(&ctx.data, path, |out| {
                out.write_all(template.as_bytes())
                    .map_err(export::output_error)
            }),
            None => crate::output::print(template),
        };
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
            text: read_template(path)?,
        }),
        None => None,
    };
    // Checked before the data is loaded and rendered: a refused path costs nothing.
    let target = match output {
        Some(path) => Some(crate::output::check(&ctx.data, path)?),
        None => None,
    };
    // Standard output, or `-o /dev/stdout`, on a terminal.
    if exporter.is_binary()
        && matches!(target, None | Some(crate::output::Target::Stdout))
        && std::io::stdout().is_terminal()
    {
        return Err(Error::Usage(t!(
            "export-binary-to-terminal",
            format = format!("{:?}", args.format).to_lowercase()
        )));
    }
    let (report, today, as_of) = ctx.report_at(args.as_of.as_ref())?;
    let options = Options {
        today,
        with_status: args.with_status,
        as_of,
        template,
    };
    let write = |out: &mut dyn Write| exporter.write(&report, &options, out);
    let streamed = !matches!(target, None | Some(crate::output::Target::File(_)));
    match output {
        // A file is written to a temp file first, so a failure leaves nothing; standard
        // output, a pipe or a device is not: a user's template, which may fail halfway, is
        // rendered whole first, so that a failure writes nothing but the error.
        Some(path) if streamed && options.template.is_some() => {
            let mut bytes = Vec::new();
            write(&mut bytes)?;
            crate::output::to_path(&ctx.data, path, |out| {
                out.write_all(&bytes).map_err(export::output_error)
            })
        }
        Some(path) => crate::output::to_path(&ctx.data, path, write),
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

/// `export` of a root: the ledger workbook (xlsx) of every unit, after an overview sheet. The
/// other formats are one record's documents: they need `--unit`. A unit whose data has
/// errors gets no sheet (the overview says so): the workbook is still written, its problems
/// are printed, and the export fails naming it.
fn run_root(ctx: &Context, root: &crate::load::root::Root, args: &ExportArgs) -> Result<()> {
    let format = format!("{:?}", args.format).to_lowercase();
    let one_unit_only = args.format != crate::cli::ExportFormat::Xlsx
        || args.kind != ExportKind::Notice
        || args.print_template
        || args.template.is_some()
        || args.as_of.is_some();
    if one_unit_only {
        return Err(Error::failed_with_help(
            t!("export-root-needs-unit", format = format.as_str()),
            t!("root-units-are", units = root.unit_list()),
        ));
    }
    let output = args.output.as_ref().filter(|p| p.as_os_str() != "-");
    let target = match output {
        Some(path) => Some(crate::output::check_in_root(root, path)?),
        None => None,
    };
    if matches!(target, None | Some(crate::output::Target::Stdout))
        && std::io::stdout().is_terminal()
    {
        return Err(Error::Usage(t!(
            "export-binary-to-terminal",
            format = format.as_str()
        )));
    }
    crate::output::diagnostics(&root.diagnostics, &root.sources, ctx.color);
    let today = ctx.today;
    let options = Options {
        today,
        with_status: args.with_status,
        as_of: None,
        template: None,
    };
    let mut book =
        crate::export::units::RootWorkbook::new(&root.settings, today, crate::model::Language::Zh)?;
    let mut rows = Vec::with_capacity(root.units.len());
    let mut broken: Vec<String> = Vec::new();
    let mut failure = None;
    root.each_loaded(today, |unit, loaded| {
        let label = unit.label();
        let counts = crate::view::units::UnitCounts::of(&loaded, today);
        if loaded.has_errors() {
            crate::output::say(&t!("check-unit-heading", unit = label.as_str()));
            crate::output::diagnostics(&loaded.diagnostics, &loaded.sources, ctx.color);
            broken.push(label.clone());
        }
        if failure.is_none() {
            if let Err(e) = book.add_unit(&unit.display, loaded.report.as_ref(), &options) {
                failure = Some(e);
            }
        }
        rows.push((unit.label_in(crate::model::Language::Zh), counts));
    });
    if let Some(e) = failure {
        return Err(e);
    }
    let bytes = book.finish(&rows, &root.settings, today)?;
    let write = |out: &mut dyn Write| out.write_all(&bytes).map_err(export::output_error);
    match output {
        Some(path) => crate::output::to_path(&ctx.data, path, write)?,
        None => crate::output::print_with(write)?,
    }
    super::root_outcome(root, &broken, |count, units| {
        Error::failed_with_help(
            t!("export-root-partial", count = count, units = units),
            t!("export-root-partial-help"),
        )
    })
}

/// No template comes near this size; a larger "template" is a mistake (a log, a device).
const MAX_TEMPLATE_BYTES: u64 = 16 * 1024 * 1024;

/// A user's template file: a regular file (a pipe would wait forever, /dev/zero never end)
/// of at most [`MAX_TEMPLATE_BYTES`], as UTF-8 text.
fn read_template(path: &std::path::Path) -> Result<String> {
    use std::io::Read as _;
    let read_err = |source| Error::Read {
        path: path.to_path_buf(),
        source,
    };
    let meta = std::fs::metadata(path).map_err(read_err)?;
    if !meta.is_file() {
        return Err(Error::failed_with_help(
            t!("template-not-regular", path = path),
            t!("template-not-regular-help"),
        ));
    }
    let mut text = String::new();
    std::fs::File::open(path)
        .map_err(read_err)?
        .take(MAX_TEMPLATE_BYTES + 1)
        .read_to_string(&mut text)
        .map_err(read_err)?;
    if text.len() as u64 > MAX_TEMPLATE_BYTES {
        return Err(Error::failed_with_help(
            t!(
                "template-too-large",
                path = path,
                limit = MAX_TEMPLATE_BYTES / (1024 * 1024)
            ),
            t!("template-too-large-help"),
        ));
    }
    Ok(text)
}
