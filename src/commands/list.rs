//! `rectify list`: where things stand, per finding or per measure, with a summary.

use std::borrow::Cow;

use crate::cli::{ListArgs, ListFormat, SortKey};
use crate::commands::{no_finding, Context};
use crate::error::{Error, Result};
use crate::model::{Finding, Measure};
use crate::view::summary::Stats;
use crate::view::table::{self, FindingRow, MeasureRow};

pub fn run(ctx: &Context, args: &ListArgs) -> Result<()> {
    let (report, today, _) = ctx.report_at(args.as_of.as_ref())?;
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
    // A month or a year reaches to its last day (`--due-before 2021-06`: by 30 June).
    let due_before = match &args.due_before {
        Some(flag) => ctx.when(flag)?.map(|w| w.latest()),
        None => None,
    };
    let due_limit = [
        due_before,
        args.due_within
            .and_then(|days| today.checked_add_days(chrono::Days::new(u64::from(days)))),
    ]
    .into_iter()
    .flatten()
    .min();
    let contains =
        |field: &Option<String>, text: &str| field.as_deref().is_some_and(|x| x.contains(text));
    let measure_filter = |m: &Measure| {
        (args.status.is_empty() || args.status.contains(&m.status))
            && (!args.overdue || m.is_overdue(today))
            && args
                .owner
                .as_deref()
                .is_none_or(|o| contains(&m.owner, o) || contains(&m.department, o))
            && args
                .department
                .as_deref()
                .is_none_or(|d| contains(&m.department, d))
            && due_limit.is_none_or(|limit| {
                !m.status.is_completed() && m.deadline.is_some_and(|d| d.latest() <= limit)
            })
    };
    let finding_filter = |f: &Finding| {
        args.category
            .as_deref()
            .is_none_or(|c| f.category.as_deref() == Some(c))
            && (args.finding.is_empty() || args.finding.contains(&f.id))
    };
    let measure_filters_on = !args.status.is_empty()
        || args.overdue
        || args.owner.is_some()
        || args.department.is_some()
        || due_limit.is_some();
    let color = crate::output::stdout_color(ctx.color);

    if args.measures {
        let picked: Vec<_> = report
            .measures()
            .filter(|(_, f, m)| finding_filter(f) && measure_filter(m))
            .collect();
        let mut rows: Vec<MeasureRow> = picked
            .iter()
            .map(|(a, f, m)| table::measure_row(&report, *a, f, m, today))
            .collect();
        if let Some(key) = args.sort {
            sort_measures(&mut rows, key);
        }
        let stats = Stats::of_measures(picked.iter().map(|(_, _, m)| *m), today);
        let headers = table::measure_headers(language);
        let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
        if args.format == ListFormat::Json {
            // JSON has no columns, but a misspelt --columns is refused as for the others. No
            // cells are made: on 50,000 measures they would be one more copy of every text.
            let all: Vec<usize> = (0..headers.len()).collect();
            columns(&args.columns, &headers, &all, args.format)?;
            drop(picked);
            return print_json(&rows, &stats, Rows::Measures);
        }
        // Each row's cells are made as they are needed, never all at once: on 50,000 measures
        // they were one more copy of every text.
        let cells = rows.iter().map(|r| table::measure_cells(r, language));
        // On a screen, a column nobody filled in (no owners, no deadlines yet) only takes room.
        let mut is_filled = vec![false; headers.len()];
        for row in cells.clone() {
            for (c, text) in row.iter().enumerate() {
                is_filled[c] |= !text.is_empty();
            }
            if is_filled.iter().all(|f| *f) {
                break;
            }
        }
        let filled: Vec<usize> = table::MEASURE_TABLE_COLUMNS
            .into_iter()
            .filter(|&c| c == 0 || c == 4 || is_filled[c])
            .collect();
        let columns = columns(&args.columns, &headers, &filled, args.format)?;
        match args.format {
            ListFormat::Table => {
                let statuses: Vec<_> = rows.iter().map(|r| r.status).collect();
                let summary = stats.line(language, false);
                print_table(|out| {
                    table::write_layout(
                        out,
                        &headers,
                        cells,
                        &columns,
                        table::MEASURE_FLEXIBLE,
                        4,
                        &statuses,
                        width(),
                        color,
                    )?;
                    write!(out, "\n{summary}\n")
                })
            }
            ListFormat::Csv => print_csv(&headers, &columns, cells),
            ListFormat::Json => unreachable!("printed above"),
        }
    } else {
        // A finding is shown when it matches and, if measure filters are on, has a matching
        // measure; its counts are then of the matching measures only (`--owner 王建国`
        // counts his measures, not every measure of his findings).
        // Borrowed unless measure filters are on: a copy of every finding (and measure) for
        // an unfiltered list was most of `list`'s memory beyond the load's (BENCHMARKS.md).
        let picked: Vec<Cow<Finding>> = report
            .findings
            .iter()
            .filter(|f| finding_filter(f))
            .filter(|f| !measure_filters_on || f.measures.iter().any(measure_filter))
            .map(|f| {
                if measure_filters_on {
                    let mut f = f.clone();
                    f.measures.retain(measure_filter);
                    Cow::Owned(f)
                } else {
                    Cow::Borrowed(f)
                }
            })
            .collect();
        let mut rows: Vec<FindingRow> = picked
            .iter()
            .map(|f| table::finding_row(&report, f, today))
            .collect();
        if let Some(key) = args.sort {
            sort_findings(&mut rows, key);
        }
        let stats = Stats::of(picked.iter().map(|f| &**f), today);
        drop(picked);
        let headers = table::finding_headers(language);
        let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
        let all: Vec<usize> = (0..headers.len()).collect();
        let columns = columns(&args.columns, &headers, &all, args.format)?;
        let cells = rows.iter().map(|r| table::finding_cells(r, language));
        match args.format {
            ListFormat::Table => {
                let statuses: Vec<_> = rows.iter().map(|r| r.status).collect();
                let summary = stats.line(language, true);
                print_table(|out| {
                    table::write_layout(
                        out,
                        &headers,
                        cells,
                        &columns,
                        table::FINDING_FLEXIBLE,
                        4,
                        &statuses,
                        width(),
                        color,
                    )?;
                    write!(out, "\n{summary}\n")
                })
            }
            ListFormat::Csv => print_csv(&headers, &columns, cells),
            ListFormat::Json => print_json(&rows, &stats, Rows::Findings),
        }
    }
}

/// Prints a table and its summary to standard output as `write` draws them: the text of a
/// table of 50,000 measures is never held whole.
fn print_table(write: impl FnOnce(&mut dyn std::io::Write) -> std::io::Result<()>) -> Result<()> {
    crate::output::print_with(|out| write(out).map_err(crate::export::output_error))
}

/// The columns to show: those named by --columns (a header in either language, or its
/// 1-based number), else `default` for a table and every column for csv.
fn columns(
    named: &[String],
    headers: &[&str],
    default: &[usize],
    format: ListFormat,
) -> Result<Vec<usize>> {
    if named.is_empty() {
        return Ok(match format {
            ListFormat::Csv => (0..headers.len()).collect(),
            _ => default.to_vec(),
        });
    }
    let zh = if headers.len() == 7 {
        table::finding_headers(crate::model::Language::Zh)
    } else {
        table::measure_headers(crate::model::Language::Zh)
    };
    let en = if headers.len() == 7 {
        table::finding_headers(crate::model::Language::En)
    } else {
        table::measure_headers(crate::model::Language::En)
    };
    named
        .iter()
        .map(|name| {
            let name = name.trim();
            name.parse::<usize>()
                .ok()
                .filter(|n| (1..=headers.len()).contains(n))
                .map(|n| n - 1)
                .or_else(|| zh.iter().position(|h| h == name))
                .or_else(|| en.iter().position(|h| h.eq_ignore_ascii_case(name)))
                .ok_or_else(|| {
                    let all: Vec<String> = headers.iter().map(|h| h.to_string()).collect();
                    Error::Usage(t!(
                        "list-no-such-column",
                        name = name,
                        columns = crate::i18n::join(&all)
                    ))
                })
        })
        .collect()
}

fn sort_findings(rows: &mut [FindingRow], key: SortKey) {
    match key {
        SortKey::Id => rows.sort_by_key(|r| r.id),
        SortKey::Status => rows.sort_by_key(|r| (r.closed, r.status, r.id)),
        // Undated last.
        SortKey::Deadline => rows.sort_by(|a, b| {
            (a.nearest_deadline.is_none(), &a.nearest_deadline, a.id).cmp(&(
                b.nearest_deadline.is_none(),
                &b.nearest_deadline,
                b.id,
            ))
        }),
        SortKey::Owner => rows.sort_by(|a, b| {
            (a.owner.is_none(), &a.owner, a.id).cmp(&(b.owner.is_none(), &b.owner, b.id))
        }),
        SortKey::Department => rows.sort_by(|a, b| {
            (a.department.is_none(), &a.department, a.id).cmp(&(
                b.department.is_none(),
                &b.department,
                b.id,
            ))
        }),
    }
}

fn sort_measures(rows: &mut [MeasureRow], key: SortKey) {
    match key {
        SortKey::Id => rows.sort_by_key(|r| r.sort_address),
        SortKey::Status => rows.sort_by_key(|r| (r.status, r.sort_address)),
        SortKey::Deadline => rows.sort_by_key(|r| (r.due.is_none(), r.due, r.sort_address)),
        SortKey::Owner => rows.sort_by(|a, b| {
            (a.owner.is_none(), &a.owner, a.sort_address).cmp(&(
                b.owner.is_none(),
                &b.owner,
                b.sort_address,
            ))
        }),
        SortKey::Department => rows.sort_by(|a, b| {
            (a.department.is_none(), &a.department, a.sort_address).cmp(&(
                b.department.is_none(),
                &b.department,
                b.sort_address,
            ))
        }),
    }
}

/// The terminal's width; COLUMNS wins (set it for stable output), 120 when not a terminal.
pub fn width() -> usize {
    if let Some(cols) = std::env::var("COLUMNS").ok().and_then(|c| c.parse().ok()) {
        return cols;
    }
    let table = comfy_table::Table::new();
    table.width().map_or(120, usize::from)
}

/// The table as CSV for Excel: UTF-8 with a BOM (or Excel reads it as GBK), CRLF line ends,
/// the chosen columns, written as it is made.
fn print_csv(
    headers: &[&str],
    columns: &[usize],
    cells: impl Iterator<Item = Vec<String>>,
) -> Result<()> {
    let headers: Vec<String> = columns.iter().map(|c| headers[*c].to_string()).collect();
    let cells = cells.map(|row| columns.iter().map(|c| row[*c].clone()).collect());
    crate::output::print_with(|out| write_csv(out, &headers, cells))
}

/// A table as CSV for Excel: UTF-8 with a BOM (or Excel reads it as GBK), CRLF line ends,
/// no cell a spreadsheet would run as a formula (guarded like export csv), written to `out`
/// row by row (the CSV of 50,000 measures is never held whole).
pub fn write_csv(
    out: &mut dyn std::io::Write,
    headers: &[String],
    cells: impl IntoIterator<Item = Vec<String>>,
) -> Result<()> {
    // A failed write is the output's (a reader gone is no error); anything else the CSV's.
    let map = |e: csv::Error| {
        let detail = e.to_string();
        match e.into_kind() {
            csv::ErrorKind::Io(source) => crate::export::output_error(source),
            _ => Error::failed(t!("cannot-write-csv", detail = detail)),
        }
    };
    out.write_all("\u{feff}".as_bytes())
        .map_err(crate::export::output_error)?;
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(out);
    writer.write_record(headers).map_err(map)?;
    for row in cells {
        for cell in &row {
            writer
                .write_field(crate::export::csv::guard(cell).as_bytes())
                .map_err(map)?;
        }
        writer.write_record(None::<&[u8]>).map_err(map)?;
    }
    writer.flush().map_err(crate::export::output_error)
}

/// Prints `{"rows": […], "summary": {…}}`, pretty, keys in the order `serde_json::Value` gives
/// them (sorted), straight to standard output (a closed pipe counts as success). Each row goes
/// through a `Value` of its own, never the whole list at once, and the text is never held
/// whole: a `Value` of 50,000 rows and its text took several times the data's size in memory.
/// What a list's rows are: a summary of measure rows counts no findings, so it has no
/// finding counts (not zeros that read as "no findings").
#[derive(Clone, Copy, PartialEq, Eq)]
enum Rows {
    Findings,
    Measures,
}

fn print_json<T: serde::Serialize>(rows: &[T], stats: &Stats, kind: Rows) -> Result<()> {
    use serde::ser::{Error as _, SerializeMap, Serializer};

    struct Sorted<'a, T>(&'a T);
    impl<T: serde::Serialize> serde::Serialize for Sorted<'_, T> {
        fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
            let value = serde_json::to_value(self.0).map_err(S::Error::custom)?;
            serde::Serialize::serialize(&value, s)
        }
    }
    let mut summary = serde_json::to_value(stats).map_err(|e| Error::failed(e.to_string()))?;
    if kind == Rows::Measures {
        if let Some(map) = summary.as_object_mut() {
            for key in [
                "findings",
                "findings_completed",
                "finding_completion_rate",
                "findings_closed",
            ] {
                map.remove(key);
            }
        }
    }
    struct Document<'a, T>(&'a [T], &'a serde_json::Value);
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
            map.serialize_entry("summary", self.1)?;
            map.end()
        }
    }
    crate::output::print_with(|out| {
        serde_json::to_writer_pretty(&mut *out, &Document(rows, &summary))
            .map_err(std::io::Error::from)
            .and_then(|()| out.write_all(b"\n"))
            .map_err(crate::export::output_error)
    })
}
