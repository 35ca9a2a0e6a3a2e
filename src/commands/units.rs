//! `rectify units`: the office's view of a root of units, one row per unit (findings,
//! measures, completion, overdue, last progress, sign-offs, check status), as a table, CSV,
//! JSON or an Excel sheet.

use std::io::Write;

use crate::cli::{UnitsArgs, UnitsFormat, UnitsSort};
use crate::commands::Context;
use crate::error::{Error, Result};
use crate::load::root::{Root, Unit};
use crate::view::units::{self, UnitCounts};

/// One unit and where it stands.
#[derive(Debug, Clone)]
pub struct UnitRow {
    pub unit: Unit,
    pub counts: UnitCounts,
}

pub fn run(ctx: &Context, args: &UnitsArgs) -> Result<()> {
    let output = args.output.as_ref().filter(|p| p.as_os_str() != "-");
    if args.format == UnitsFormat::Xlsx
        && output.is_none()
        && std::io::IsTerminal::is_terminal(&std::io::stdout())
    {
        return Err(Error::Usage(t!(
            "export-binary-to-terminal",
            format = "xlsx"
        )));
    }
    // Checked before the units are loaded: a refused path costs nothing.
    if let Some(path) = output {
        match &ctx.root {
            Some(root) => crate::output::check_in_root(root, path)?,
            None => crate::output::check(&ctx.data, path)?,
        };
    }
    let (mut rows, root) = rows(ctx);
    if let Some(root) = &root {
        crate::output::diagnostics(&root.diagnostics, &root.sources, ctx.color);
    }
    sort(&mut rows, args.sort);
    let language = crate::i18n::language();
    let today = ctx.today;
    let write = |out: &mut dyn Write| -> Result<()> {
        match args.format {
            UnitsFormat::Table => {
                let headers = units::headers(language);
                let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
                let cells = rows
                    .iter()
                    .map(|r| units::cells(&r.unit.label(), &r.counts, today, language));
                let columns: Vec<usize> = (0..headers.len()).collect();
                // No status column to colour: every row passes the same placeholder.
                let statuses = vec![crate::model::Status::Done; rows.len()];
                crate::view::table::write_layout(
                    out,
                    &headers,
                    cells,
                    &columns,
                    &[(0, 1)],
                    usize::MAX,
                    &statuses,
                    super::list::width(),
                    false,
                )
                .and_then(|()| write!(out, "\n{}\n", total_line(&rows, language)))
                .map_err(crate::export::output_error)
            }
            UnitsFormat::Csv => {
                let headers = units::headers(language);
                let cells = rows
                    .iter()
                    .map(|r| units::cells(&r.unit.label(), &r.counts, today, language));
                super::list::write_csv(out, &headers, cells)
            }
            UnitsFormat::Json => {
                let document = json(&rows, root.as_deref(), today);
                serde_json::to_writer_pretty(&mut *out, &document)
                    .map_err(std::io::Error::from)
                    .and_then(|()| out.write_all(b"\n"))
                    .map_err(crate::export::output_error)
            }
            UnitsFormat::Xlsx => {
                let settings = root
                    .as_ref()
                    .map(|r| r.settings.clone())
                    .unwrap_or_default();
                let pairs: Vec<_> = rows
                    .iter()
                    .map(|r| (r.unit.label(), r.counts.clone()))
                    .collect();
                let bytes = crate::export::units::units_workbook(&pairs, &settings, today)?;
                out.write_all(&bytes).map_err(crate::export::output_error)
            }
        }
    };
    match output {
        Some(path) => crate::output::to_path(&ctx.data, path, write)?,
        None => crate::output::print_with(write)?,
    }
    // The table is shown whatever is broken, but a broken record or root file is a failure
    // to report, as `check` does: exit 1, naming them.
    let mut broken: Vec<String> = Vec::new();
    if root.as_ref().is_some_and(|r| r.has_errors()) {
        broken.push(crate::load::root::ROOT_FILE.to_string());
    }
    broken.extend(
        rows.iter()
            .filter(|r| r.counts.errors > 0)
            .map(|r| r.unit.label()),
    );
    if broken.is_empty() {
        return Ok(());
    }
    Err(Error::failed_with_help(
        t!("units-with-errors", units = crate::i18n::join(&broken)),
        t!("units-with-errors-help"),
    ))
}

/// Every unit's row, in the root's order: the root's units, or the one `--unit` picked.
pub fn rows(ctx: &Context) -> (Vec<UnitRow>, Option<std::rc::Rc<Root>>) {
    let today = ctx.today;
    match (&ctx.root, &ctx.unit) {
        (Some(root), _) => {
            let mut rows = Vec::with_capacity(root.units.len());
            root.each_loaded(today, |unit, loaded| {
                rows.push(UnitRow {
                    unit: unit.clone(),
                    counts: UnitCounts::of(&loaded, today),
                });
            });
            (rows, Some(root.clone()))
        }
        (None, unit) => {
            let unit = unit.clone().unwrap_or_else(|| Unit {
                name: ctx.data.display().to_string(),
                display: ctx.data.display().to_string(),
                dir: ctx.data.clone(),
            });
            let loaded = ctx.load();
            let counts = UnitCounts::of(&loaded, today);
            (vec![UnitRow { unit, counts }], None)
        }
    }
}

/// Orders the rows (stably: ties keep the root's order); units whose data has errors last.
pub fn sort(rows: &mut [UnitRow], key: UnitsSort) {
    match key {
        UnitsSort::Root => {}
        UnitsSort::Completion => rows.sort_by(|a, b| {
            (!a.counts.readable, a.counts.completion_rate())
                .partial_cmp(&(!b.counts.readable, b.counts.completion_rate()))
                .unwrap_or(std::cmp::Ordering::Equal)
        }),
        UnitsSort::Overdue => {
            rows.sort_by_key(|r| (!r.counts.readable, std::cmp::Reverse(r.counts.overdue)))
        }
    }
}

/// The line under the table: totals and the units whose data has errors.
pub fn total_line(rows: &[UnitRow], language: crate::model::Language) -> String {
    let total = UnitCounts::total(rows.iter().map(|r| &r.counts));
    let broken: Vec<String> = rows
        .iter()
        .filter(|r| !r.counts.readable)
        .map(|r| r.unit.label())
        .collect();
    units::total_line(&total, rows.len(), &broken, language)
}

/// `{"root": {…}, "today": …, "units": [{…}], "total": {…}}` (see docs/json.md).
fn json(rows: &[UnitRow], root: Option<&Root>, today: crate::date::Date) -> serde_json::Value {
    let unit = |r: &UnitRow| {
        let mut value = serde_json::to_value(&r.counts).unwrap_or_default();
        if let Some(map) = value.as_object_mut() {
            map.insert("unit".into(), r.unit.name.clone().into());
            map.insert("name".into(), r.unit.display.clone().into());
            map.insert(
                "completion_rate".into(),
                serde_json::json!(r.counts.completion_rate()),
            );
            map.insert(
                "days_since_progress".into(),
                serde_json::json!(r.counts.days_since_progress(today)),
            );
        }
        value
    };
    let total = UnitCounts::total(rows.iter().map(|r| &r.counts));
    let mut total_value = serde_json::to_value(&total).unwrap_or_default();
    if let Some(map) = total_value.as_object_mut() {
        map.insert("units".into(), rows.len().into());
        map.insert(
            "completion_rate".into(),
            serde_json::json!(total.completion_rate()),
        );
    }
    serde_json::json!({
        "root": root.map(|r| serde_json::json!({
            "dir": r.dir.display().to_string(),
            "round": r.settings.round,
            "authority": r.settings.authority,
        })),
        "today": today.to_string(),
        "units": rows.iter().map(unit).collect::<Vec<_>>(),
        "total": total_value,
    })
}
