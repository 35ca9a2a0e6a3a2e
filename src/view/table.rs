//! Status tables for `rectify list`: rows computed from the model, then laid out to fit the
//! terminal, with CJK characters counted as two columns and long texts wrapped over lines
//! (comfy-table's dynamic arrangement) rather than cut.

use std::borrow::Cow;

use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{Cell, Color, ColumnConstraint, ContentArrangement, Table, Width};
use unicode_width::UnicodeWidthStr;

use crate::date::Date;
use crate::model::{Address, Finding, Language, Measure, Report, Status};

/// One row of the per-finding table.
#[derive(Debug, Clone, serde::Serialize)]
pub struct FindingRow {
    pub id: u32,
    pub category: Option<String>,
    pub category_title: Option<String>,
    pub title: String,
    pub measures_completed: usize,
    pub measures: usize,
    pub status: Status,
    pub nearest_deadline: Option<String>,
    pub overdue: bool,
    /// Signed off (已销号).
    pub closed: bool,
    /// The first owner and department among its measures, for sorting.
    #[serde(skip)]
    pub owner: Option<String>,
    #[serde(skip)]
    pub department: Option<String>,
}

/// One row of the per-measure table. Its texts borrow from the report: `list --measures` has
/// one row per measure, and owned copies of every text doubled its memory on large records.
#[derive(Debug, Clone, serde::Serialize)]
pub struct MeasureRow<'a> {
    pub address: String,
    #[serde(skip)]
    pub sort_address: Address,
    pub finding: u32,
    pub category_title: Option<&'a str>,
    pub finding_title: Cow<'a, str>,
    pub text: &'a str,
    pub status: Status,
    pub owner: Option<&'a str>,
    pub department: Option<&'a str>,
    pub deadline: Option<String>,
    /// The deadline first agreed, when it was extended (延期).
    pub deadline_original: Option<String>,
    pub done: Option<String>,
    pub overdue: bool,
    /// Done after its (original) deadline (逾期完成).
    pub done_late: bool,
    /// Its finding is signed off (已销号).
    pub closed: bool,
    /// The latest day of the deadline, for sorting.
    #[serde(skip)]
    pub due: Option<Date>,
}

pub fn finding_row(report: &Report, finding: &Finding, today: Date) -> FindingRow {
    let category = finding.category.as_deref().and_then(|c| report.category(c));
    FindingRow {
        id: finding.id,
        category: finding.category.clone(),
        category_title: category.map(|c| c.title.clone()),
        title: finding.title.clone(),
        measures_completed: finding.done_count(),
        measures: finding.measures.len(),
        status: finding.status(),
        nearest_deadline: finding.nearest_deadline().map(|d| d.to_string()),
        overdue: finding.is_overdue(today),
        closed: finding.is_closed(),
        owner: finding.measures.iter().find_map(|m| m.owner.clone()),
        department: finding.measures.iter().find_map(|m| m.department.clone()),
    }
}

pub fn measure_row<'a>(
    report: &'a Report,
    address: Address,
    finding: &'a Finding,
    measure: &'a Measure,
    today: Date,
) -> MeasureRow<'a> {
    let category = finding.category.as_deref().and_then(|c| report.category(c));
    MeasureRow {
        address: address.to_string(),
        sort_address: address,
        finding: finding.id,
        category_title: category.map(|c| c.title.as_str()),
        // A sub-problem's measure answers the sub-problem: 班子建设有差距（2）民主生活会质量不高.
        finding_title: match measure
            .sub
            .and_then(|id| finding.subs.iter().position(|s| s.id == id))
        {
            Some(k) => Cow::Owned(format!(
                "{}（{}）{}",
                finding.title,
                k + 1,
                finding.subs[k].title
            )),
            None => Cow::Borrowed(&finding.title),
        },
        text: &measure.text,
        status: measure.status,
        owner: measure.owner.as_deref(),
        department: measure.department.as_deref(),
        deadline: measure.deadline.map(|d| d.to_string()),
        deadline_original: measure.deadline_original.map(|d| d.to_string()),
        done: measure.done.map(|d| d.to_string()),
        overdue: measure.is_overdue(today),
        done_late: measure.done_late(),
        closed: finding.is_closed(),
        due: measure.deadline.map(|d| d.latest()),
    }
}

/// Column headers of the per-finding table in `language` (the interface's, for `list`).
pub fn finding_headers(language: Language) -> Vec<String> {
    [
        crate::t_in!(language, "table-number"),
        crate::t_in!(language, "table-category"),
        crate::t_in!(language, "table-finding"),
        crate::t_in!(language, "table-measures-completed"),
        crate::t_in!(language, "table-status"),
        crate::t_in!(language, "table-nearest-deadline"),
        crate::t_in!(language, "table-overdue"),
    ]
    .into()
}

/// Column headers of the per-measure table in `language`.
pub fn measure_headers(language: Language) -> Vec<String> {
    [
        crate::t_in!(language, "table-address"),
        crate::t_in!(language, "table-category"),
        crate::t_in!(language, "table-finding"),
        crate::t_in!(language, "table-measure"),
        crate::t_in!(language, "table-status"),
        crate::t_in!(language, "table-owner"),
        crate::t_in!(language, "table-department"),
        crate::t_in!(language, "table-deadline"),
        crate::t_in!(language, "table-done"),
        crate::t_in!(language, "table-overdue"),
    ]
    .into()
}

/// The columns of the measure table a terminal shows by default (方面 is in the csv and on
/// request with --columns: the finding names its category well enough on a screen).
pub const MEASURE_TABLE_COLUMNS: [usize; 9] = [0, 2, 3, 4, 5, 6, 7, 8, 9];

fn overdue_mark(overdue: bool, done_late: bool, language: Language) -> String {
    match (overdue, done_late) {
        (true, _) => crate::t_in!(language, "table-overdue-mark"),
        (false, true) => crate::t_in!(language, "table-done-late-mark"),
        _ => String::new(),
    }
}

/// 已销号 / signed off.
pub fn closed_label(language: Language) -> String {
    crate::t_in!(language, "table-closed")
}

/// A finding row's cells under [`finding_headers`], untruncated (the table and csv share them).
pub fn finding_cells(r: &FindingRow, language: Language) -> Vec<String> {
    vec![
        r.id.to_string(),
        r.category_title.clone().unwrap_or_default(),
        r.title.clone(),
        format!("{}/{}", r.measures_completed, r.measures),
        if r.closed {
            closed_label(language).to_string()
        } else {
            r.status.label(language).to_string()
        },
        r.nearest_deadline.clone().unwrap_or_default(),
        overdue_mark(r.overdue, false, language),
    ]
}

/// A measure row's cells under [`measure_headers`], untruncated.
pub fn measure_cells(r: &MeasureRow, language: Language) -> Vec<String> {
    let deadline = match (&r.deadline, &r.deadline_original) {
        (Some(d), Some(o)) => crate::t_in!(language, "table-extended", deadline = d, original = o),
        (d, _) => d.clone().unwrap_or_default(),
    };
    vec![
        r.address.clone(),
        r.category_title.unwrap_or_default().to_string(),
        r.finding_title.to_string(),
        r.text.to_string(),
        r.status.label(language).to_string(),
        r.owner.unwrap_or_default().to_string(),
        r.department.unwrap_or_default().to_string(),
        deadline,
        r.done.clone().unwrap_or_default(),
        overdue_mark(r.overdue, r.done_late, language),
    ]
}

/// A table of `columns` (indices into `headers` and each row's cells) fitted to `width`:
/// the `flexible` columns (index, weight) share what the others leave, by weight, and their
/// long texts wrap over lines; the others keep their width. The status column is coloured
/// when `color`. Its lines are joined by line ends, with none after the last.
#[allow(clippy::too_many_arguments)]
pub fn layout(
    headers: &[&str],
    cells: Vec<Vec<String>>,
    columns: &[usize],
    flexible: &[(usize, usize)],
    status_column: usize,
    statuses: &[Status],
    width: usize,
    color: bool,
) -> String {
    let mut text = Vec::new();
    // Writing to memory cannot fail.
    let _ = write_layout(
        &mut text,
        headers,
        cells.iter().cloned(),
        columns,
        flexible,
        status_column,
        statuses,
        width,
        color,
    );
    String::from_utf8(text).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// How many rows comfy-table lays out at a time. It keeps several copies of every cell while
/// it lays a table out (its cells, their wrapped and padded lines, the lines joined, the
/// table's text): 50,000 measures at once took 1 GB. Every column's width is fixed before
/// the first row is drawn, so the rows drawn a chunk at a time are the rows drawn at once.
const CHUNK_ROWS: usize = 256;

/// [`layout`] written to `out` as it is drawn, a chunk of rows at a time. `cells` is gone
/// through twice (the widths, then the rows): an iterator making each row's cells as it goes
/// keeps no more than a chunk of them.
#[allow(clippy::too_many_arguments)]
pub fn write_layout<R>(
    out: &mut dyn std::io::Write,
    headers: &[&str],
    cells: R,
    columns: &[usize],
    flexible: &[(usize, usize)],
    status_column: usize,
    statuses: &[Status],
    width: usize,
    color: bool,
) -> std::io::Result<()>
where
    R: IntoIterator<Item = Vec<String>>,
    R::IntoIter: Clone,
{
    let cells = cells.into_iter();
    // Per column, its widest line as `natural` (the fitting below) and as comfy-table measures
    // a cell (its text without carriage returns, split at line ends), headers included.
    let cell_width = |text: &str| {
        text.split('\n')
            .map(|line| line.split('\r').map(UnicodeWidthStr::width).sum::<usize>())
            .max()
            .unwrap_or(0)
    };
    let mut natural_widths: Vec<usize> = headers.iter().map(|h| h.width()).collect();
    let mut content_widths = natural_widths.clone();
    for row in cells.clone() {
        for &c in columns {
            let natural = row[c]
                .lines()
                .map(UnicodeWidthStr::width)
                .max()
                .unwrap_or(0);
            natural_widths[c] = natural_widths[c].max(natural);
            content_widths[c] = content_widths[c].max(cell_width(&row[c]));
        }
    }
    let limits = flexible_limits(headers, |c| natural_widths[c], columns, flexible, width);
    // Every width fixed, padding included, as comfy-table's constraints take them: the
    // flexible columns at their limits, the others as wide as their widest line (at least one
    // column, as comfy-table makes them).
    let constraints: Vec<ColumnConstraint> = columns
        .iter()
        .map(|&c| {
            let padded = match limits.iter().find(|(f, _)| *f == c) {
                Some((_, limit)) => limit + 2,
                None => content_widths[c].clamp(1, usize::from(u16::MAX)) + 2,
            };
            ColumnConstraint::Absolute(Width::Fixed(u16::try_from(padded).unwrap_or(u16::MAX)))
        })
        .collect();
    let table_for = |with_header: bool| {
        let mut table = Table::new();
        table
            .load_style(UTF8_FULL_CONDENSED)
            .set_content_arrangement(ContentArrangement::Dynamic)
            .set_width(u16::try_from(width).unwrap_or(u16::MAX));
        if with_header {
            table.set_header(columns.iter().map(|c| Cell::new(headers[*c])));
        }
        if color {
            table.enforce_styling();
        } else {
            table.force_no_tty();
        }
        table
    };
    // The first chunk draws the top border and the header, the last the bottom border; the
    // borders between chunks are left out.
    let mut rows = cells.zip(statuses).peekable();
    let mut first = true;
    loop {
        let mut table = table_for(first);
        for (row, status) in rows.by_ref().take(CHUNK_ROWS) {
            let row: Vec<Cell> = columns
                .iter()
                .map(|&c| {
                    let cell = Cell::new(row[c].replace('\r', ""));
                    if color && c == status_column {
                        cell.fg(status_color(*status))
                    } else {
                        cell
                    }
                })
                .collect();
            table.add_row(row);
        }
        // Constraints apply to the columns there are: set once the rows made them.
        table.set_constraints(constraints.iter().cloned());
        let last = rows.peek().is_none();
        let lines: Vec<String> = table.lines().collect();
        let start = usize::from(!first);
        let end = lines.len() - usize::from(!last);
        for (k, line) in lines[start..end].iter().enumerate() {
            if !(first && k == 0) {
                out.write_all(b"\n")?;
            }
            out.write_all(line.as_bytes())?;
        }
        if last {
            return Ok(());
        }
        first = false;
    }
}

/// Category and title share what the fixed columns leave, title taking the larger part.
pub const FINDING_FLEXIBLE: &[(usize, usize)] = &[(1, 2), (2, 3)];
/// Finding, measure text, owner and department share the room, the measure text most.
pub const MEASURE_FLEXIBLE: &[(usize, usize)] = &[(1, 1), (2, 2), (3, 4), (5, 1), (6, 1)];

/// The widths the flexible columns (column, weight) may take in a table `width` wide: what
/// the fixed columns (at their `natural` width) leave, shared by weight — a column needing
/// less than its share hands the rest on — never below its header or 8 columns.
fn flexible_limits(
    headers: &[&str],
    natural: impl Fn(usize) -> usize,
    columns: &[usize],
    flexible: &[(usize, usize)],
    width: usize,
) -> Vec<(usize, usize)> {
    let flexible: Vec<(usize, usize)> = flexible
        .iter()
        .copied()
        .filter(|(c, _)| columns.contains(c))
        .collect();
    // Each column costs its content plus one space each side and one border.
    let chrome = columns.len() * 3 + 1;
    let fixed: usize = columns
        .iter()
        .filter(|c| !flexible.iter().any(|(f, _)| f == *c))
        .map(|c| natural(*c))
        .sum();
    let mut room = width.saturating_sub(chrome + fixed);
    let mut left_weight: usize = flexible.iter().map(|(_, w)| w).sum();
    let mut order = flexible;
    order.sort_by_key(|(c, w)| natural(*c) * 100 / (*w).max(1));
    let mut limits = Vec::new();
    for (c, w) in order {
        let share = (room * w / left_weight.max(1))
            .max(headers[c].width())
            .max(8);
        let limit = natural(c).min(share);
        limits.push((c, limit));
        room = room.saturating_sub(limit);
        left_weight -= w;
    }
    limits
}

fn status_color(status: Status) -> Color {
    match status {
        Status::Done => Color::Green,
        Status::Partial => Color::Cyan,
        Status::InProgress => Color::Yellow,
        Status::Ongoing => Color::Blue,
        Status::NotStarted => Color::Red,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The table as it was drawn before it was drawn in chunks: all rows in one comfy-table,
    /// the fixed columns left to comfy-table's content width.
    #[allow(clippy::too_many_arguments)]
    fn in_one_piece(
        headers: &[&str],
        cells: Vec<Vec<String>>,
        columns: &[usize],
        flexible: &[(usize, usize)],
        status_column: usize,
        statuses: &[Status],
        width: usize,
        color: bool,
    ) -> String {
        let natural = |c: usize| {
            cells
                .iter()
                .map(|row| {
                    row[c]
                        .lines()
                        .map(UnicodeWidthStr::width)
                        .max()
                        .unwrap_or(0)
                })
                .chain(std::iter::once(headers[c].width()))
                .max()
                .unwrap_or(0)
        };
        let limits = flexible_limits(headers, natural, columns, flexible, width);
        let constraints: Vec<ColumnConstraint> = columns
            .iter()
            .map(|c| match limits.iter().find(|(f, _)| f == c) {
                Some((_, limit)) => ColumnConstraint::Absolute(Width::Fixed(
                    u16::try_from(limit + 2).unwrap_or(u16::MAX),
                )),
                None => ColumnConstraint::ContentWidth,
            })
            .collect();
        let mut table = Table::new();
        table
            .load_style(UTF8_FULL_CONDENSED)
            .set_content_arrangement(ContentArrangement::Dynamic)
            .set_width(u16::try_from(width).unwrap_or(u16::MAX))
            .set_header(columns.iter().map(|c| Cell::new(headers[*c])));
        table.set_constraints(constraints);
        if color {
            table.enforce_styling();
        } else {
            table.force_no_tty();
        }
        for (row, status) in cells.into_iter().zip(statuses) {
            let row: Vec<Cell> = columns
                .iter()
                .map(|&c| {
                    let cell = Cell::new(row[c].replace('\r', ""));
                    if color && c == status_column {
                        cell.fg(status_color(*status))
                    } else {
                        cell
                    }
                })
                .collect();
            table.add_row(row);
        }
        table.to_string()
    }

    /// Rows of every kind: short and long, Chinese and Latin, empty, with line ends and
    /// carriage returns, the widest of a fixed column far from the first chunk.
    fn rows(count: usize) -> (Vec<Vec<String>>, Vec<Status>) {
        let statuses = [
            Status::Done,
            Status::Partial,
            Status::InProgress,
            Status::Ongoing,
            Status::NotStarted,
        ];
        let cells = (0..count)
            .map(|i| {
                vec![
                    format!("{}.{}", i / 5 + 1, i % 5 + 1),
                    "班子建设有差距".repeat(i % 4),
                    match i % 7 {
                        0 => String::new(),
                        1 => "落实“第一议题”制度，完善学习台账。".repeat(i % 5 + 1),
                        2 => "line one\nline two, a little longer\r\n三".to_string(),
                        3 => "a\rb".to_string(),
                        _ => format!("措施 {i} word word word{}", " x".repeat(i % 40)),
                    },
                    if i + 3 == count {
                        "一个很长的责任单位名称".repeat(2)
                    } else {
                        "县委办".to_string()
                    },
                    if i % 3 == 0 {
                        String::new()
                    } else {
                        "2021-06-30".to_string()
                    },
                ]
            })
            .collect();
        let statuses = (0..count).map(|i| statuses[i % statuses.len()]).collect();
        (cells, statuses)
    }

    #[test]
    fn chunks_draw_what_one_piece_drew() {
        let headers = ["编号", "问题", "措施", "责任单位", "时限"];
        for count in [
            0,
            1,
            CHUNK_ROWS - 1,
            CHUNK_ROWS,
            CHUNK_ROWS + 1,
            3 * CHUNK_ROWS + 7,
        ] {
            let (cells, statuses) = rows(count);
            for (columns, flexible) in [
                (vec![0, 1, 2, 3, 4], vec![(1, 1), (2, 3)]),
                (vec![0, 2, 4], vec![(2, 1)]),
                (vec![0, 3, 4], vec![]),
            ] {
                for width in [30, 80, 120, 300] {
                    for color in [false, true] {
                        let before = in_one_piece(
                            &headers,
                            cells.clone(),
                            &columns,
                            &flexible,
                            2,
                            &statuses,
                            width,
                            color,
                        );
                        let after = layout(
                            &headers,
                            cells.clone(),
                            &columns,
                            &flexible,
                            2,
                            &statuses,
                            width,
                            color,
                        );
                        assert!(
                            before == after,
                            "{count} rows, columns {columns:?}, width {width}, color {color}:\n{before}\n---\n{after}"
                        );
                    }
                }
            }
        }
    }
}
