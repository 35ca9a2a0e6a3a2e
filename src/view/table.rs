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
/// when `color`.
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
    // A column needing less than its share hands the rest on.
    let mut order = flexible.clone();
    order.sort_by_key(|(c, w)| natural(*c) * 100 / (*w).max(1));
    let mut limits: Vec<(usize, usize)> = Vec::new();
    for (c, w) in order {
        let share = (room * w / left_weight.max(1))
            .max(headers[c].width())
            .max(8);
        let limit = natural(c).min(share);
        limits.push((c, limit));
        room = room.saturating_sub(limit);
        left_weight -= w;
    }
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

/// Category and title share what the fixed columns leave, title taking the larger part.
pub const FINDING_FLEXIBLE: &[(usize, usize)] = &[(1, 2), (2, 3)];
/// Finding, measure text, owner and department share the room, the measure text most.
pub const MEASURE_FLEXIBLE: &[(usize, usize)] = &[(1, 1), (2, 2), (3, 4), (5, 1), (6, 1)];

fn status_color(status: Status) -> Color {
    match status {
        Status::Done => Color::Green,
        Status::Partial => Color::Cyan,
        Status::InProgress => Color::Yellow,
        Status::Ongoing => Color::Blue,
        Status::NotStarted => Color::Red,
    }
}
