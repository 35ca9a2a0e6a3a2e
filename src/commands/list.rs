//! `rectify list`: where things stand, per finding or per measure, with a summary.

use crate::cli::{ListArgs, ListFormat};
use crate::commands::{no_finding, Context};
use crate::error::{Error, Result};
use crate::model::{Finding, Measure};
use crate::view::summary::Stats;
use crate::view::table::{self, FindingRow, MeasureRow};

pub fn run(ctx: &Context, args: &ListArgs) -> Result<()> {
    let (report, today) = ctx.report_as_of(args.as_of)?;
    if let Some(category) = &args.category {
        if report.category(category).is_none() {
            let ids: Vec<&str> = report.categories.iter().map(|c| c.id.as_str()).collect();
            return Err(Error::failed_with_help(
                t!("no-category", category = category),
                t!("categories-are", ids = ids.join(", ")),
            ));
        }
    }
    let missing: Vec<String> = args
        .finding
        .iter()
        .filter(|id| report.finding(**id).is_none())
        .map(u32::to_string)
        .collect();
    match missing.as_slice() {
        [] => {}
        [id] => return Err(no_finding(&report, t!("no-finding", id = id))),
        ids => return Err(no_finding(&report, t!("no-findings", ids = ids.join(", ")))),
    }
    // The table and its summary are the program speaking: the interface language.
    let language = crate::i18n::language();
    let measure_filter = |m: &Measure| {
        (args.status.is_empty() || args.status.contains(&m.status))
            && (!args.overdue || m.is_overdue(today))
            && args.owner.as_deref().is_none_or(|o| {
                m.owner.as_deref().is_some_and(|x| x.contains(o))
                    || m.department.as_deref().is_some_and(|x| x.contains(o))
            })
    };
    let finding_filter = |f: &Finding| {
        args.category
            .as_deref()
            .is_none_or(|c| f.category.as_deref() == Some(c))
            && (args.finding.is_empty() || args.finding.contains(&f.id))
    };
    let measure_filters_on = !args.status.is_empty() || args.overdue || args.owner.is_some();

    let text = if args.measures {
        let picked: Vec<_> = report
            .measures()
            .filter(|(_, f, m)| finding_filter(f) && measure_filter(m))
            .collect();
        let rows: Vec<MeasureRow> = picked
            .iter()
            .map(|(a, f, m)| table::measure_row(*a, f, m, today))
            .collect();
        let stats = Stats::of_measures(picked.iter().map(|(_, _, m)| *m), today);
        match args.format {
            ListFormat::Table => format!(
                "{}\n{}\n",
                table::measures_table(
                    &rows,
                    language,
                    width(),
                    crate::output::stdout_color(ctx.color)
                ),
                stats.line(language, false)
            ),
            ListFormat::Csv => csv(
                &table::measure_headers(language),
                rows.iter().map(|r| table::measure_cells(r, language)),
            )?,
            ListFormat::Json => return print_json(&rows, &stats),
        }
    } else {
        // A finding is shown when it matches and, if measure filters are on, has a matching measure.
        let picked: Vec<&Finding> = report
            .findings
            .iter()
            .filter(|f| finding_filter(f))
            .filter(|f| !measure_filters_on || f.measures.iter().any(measure_filter))
            .collect();
        let rows: Vec<FindingRow> = picked
            .iter()
            .map(|f| table::finding_row(&report, f, today))
            .collect();
        let stats = Stats::of(picked.iter().copied(), today);
        match args.format {
            ListFormat::Table => format!(
                "{}\n{}\n",
                table::findings_table(
                    &rows,
                    language,
                    width(),
                    crate::output::stdout_color(ctx.color)
                ),
                stats.line(language, true)
            ),
            ListFormat::Csv => csv(
                &table::finding_headers(language),
                rows.iter().map(|r| table::finding_cells(r, language)),
            )?,
            ListFormat::Json => return print_json(&rows, &stats),
        }
    };
    crate::output::print(&text)
}

/// The terminal's width; COLUMNS wins (set it for stable output), 120 when not a terminal.
fn width() -> usize {
    if let Some(cols) = std::env::var("COLUMNS").ok().and_then(|c| c.parse().ok()) {
        return cols;
    }
    let table = comfy_table::Table::new();
    table.width().map_or(120, usize::from)
}

fn csv(headers: &[String], rows: impl Iterator<Item = Vec<String>>) -> Result<String> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let map = |e: csv::Error| Error::failed(t!("cannot-write-csv", detail = e.to_string()));
    writer.write_record(headers).map_err(map)?;
    for row in rows {
        // Guarded like export csv: no cell a spreadsheet would run as a formula.
        writer
            .write_record(
                row.iter()
                    .map(|c| crate::export::csv::guard(c).into_owned()),
            )
            .map_err(map)?;
    }
    let bytes = writer
        .into_inner()
        .map_err(|e| Error::failed(e.to_string()))?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// Prints `{"rows": […], "summary": {…}}`, pretty, keys in the order `serde_json::Value` gives
/// them (sorted), straight to standard output (a closed pipe counts as success). Each row goes
/// through a `Value` of its own, never the whole list at once, and the text is never held
/// whole: a `Value` of 50,000 rows and its text took several times the data's size in memory.
fn print_json<T: serde::Serialize>(rows: &[T], stats: &Stats) -> Result<()> {
    use serde::ser::{Error as _, SerializeMap, Serializer};

    struct Sorted<'a, T>(&'a T);
    impl<T: serde::Serialize> serde::Serialize for Sorted<'_, T> {
        fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
            let value = serde_json::to_value(self.0).map_err(S::Error::custom)?;
            serde::Serialize::serialize(&value, s)
        }
    }
    struct Document<'a, T>(&'a [T], &'a Stats);
    impl<T: serde::Serialize> serde::Serialize for Document<'_, T> {
        fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
            struct Rows<'a, T>(&'a [T]);
            impl<T: serde::Serialize> serde::Serialize for Rows<'_, T> {
                fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
                    s.collect_seq(self.0.iter().map(Sorted))
                }
            }
            let mut map = s.serialize_map(Some(2))?;
            map.serialize_entry("rows", &Rows(self.0))?;
            map.serialize_entry("summary", &Sorted(self.1))?;
            map.end()
        }
    }
    crate::output::print_with(|out| {
        serde_json::to_writer_pretty(&mut *out, &Document(rows, stats))
            .map_err(std::io::Error::from)
            .and_then(|()| out.write_all(b"\n"))
            .map_err(crate::export::output_error)
    })
}
