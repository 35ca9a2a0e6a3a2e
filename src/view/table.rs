//! Status tables for `rectify list`: rows computed from the model, then laid out to fit the
//! terminal, with CJK characters counted as two columns and long texts cut with `…`.

use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{Cell, Color, ContentArrangement, Table};
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
}

/// One row of the per-measure table.
#[derive(Debug, Clone, serde::Serialize)]
pub struct MeasureRow {
    pub address: String,
    pub finding: u32,
    pub finding_title: String,
    pub text: String,
    pub status: Status,
    pub owner: Option<String>,
    pub department: Option<String>,
    pub deadline: Option<String>,
    pub done: Option<String>,
    pub overdue: bool,
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
    }
}

pub fn measure_row(
    address: Address,
    finding: &Finding,
    measure: &Measure,
    today: Date,
) -> MeasureRow {
    MeasureRow {
        address: address.to_string(),
        finding: finding.id,
        // A sub-problem's measure answers the sub-problem: 班子建设有差距（2）民主生活会质量不高.
        finding_title: match measure
            .sub
            .and_then(|id| finding.subs.iter().position(|s| s.id == id))
        {
            Some(k) => format!("{}（{}）{}", finding.title, k + 1, finding.subs[k].title),
            None => finding.title.clone(),
        },
        text: measure.text.clone(),
        status: measure.status,
        owner: measure.owner.clone(),
        department: measure.department.clone(),
        deadline: measure.deadline.map(|d| d.to_string()),
        done: measure.done.map(|d| d.to_string()),
        overdue: measure.is_overdue(today),
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
        crate::t_in!(language, "table-finding"),
        crate::t_in!(language, "table-measure"),
        crate::t_in!(language, "table-status"),
        crate::t_in!(language, "table-owner"),
        crate::t_in!(language, "table-deadline"),
        crate::t_in!(language, "table-done"),
        crate::t_in!(language, "table-overdue"),
    ]
    .into()
}

fn overdue_mark(overdue: bool, language: Language) -> String {
    if overdue {
        crate::t_in!(language, "table-overdue-mark")
    } else {
        String::new()
    }
}

/// A finding row's cells under [`finding_headers`], untruncated (the table and csv share them).
pub fn finding_cells(r: &FindingRow, language: Language) -> Vec<String> {
    vec![
        r.id.to_string(),
        r.category_title.clone().unwrap_or_default(),
        r.title.clone(),
        format!("{}/{}", r.measures_completed, r.measures),
        r.status.label(language).to_string(),
        r.nearest_deadline.clone().unwrap_or_default(),
        overdue_mark(r.overdue, language),
    ]
}

/// A measure row's cells under [`measure_headers`], untruncated.
pub fn measure_cells(r: &MeasureRow, language: Language) -> Vec<String> {
    vec![
        r.address.clone(),
        r.finding_title.clone(),
        r.text.clone(),
        r.status.label(language).to_string(),
        r.owner
            .clone()
            .or_else(|| r.department.clone())
            .unwrap_or_default(),
        r.deadline.clone().unwrap_or_default(),
        r.done.clone().unwrap_or_default(),
        overdue_mark(r.overdue, language),
    ]
}

/// The per-finding table, fitted to `width` columns.
pub fn findings_table(
    rows: &[FindingRow],
    language: Language,
    width: usize,
    color: bool,
) -> String {
    let headers = finding_headers(language);
    let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
    let cells: Vec<Vec<String>> = rows.iter().map(|r| finding_cells(r, language)).collect();
    let statuses: Vec<Status> = rows.iter().map(|r| r.status).collect();
    // Category and title share what the fixed columns leave, title taking the larger part.
    layout(
        &headers,
        cells,
        &[(1, 2), (2, 3)],
        4,
        &statuses,
        width,
        color,
    )
}

/// The per-measure table, fitted to `width` columns.
pub fn measures_table(
    rows: &[MeasureRow],
    language: Language,
    width: usize,
    color: bool,
) -> String {
    let headers = measure_headers(language);
    let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
    let cells: Vec<Vec<String>> = rows.iter().map(|r| measure_cells(r, language)).collect();
    let statuses: Vec<Status> = rows.iter().map(|r| r.status).collect();
    layout(
        &headers,
        cells,
        &[(1, 1), (2, 3), (4, 1)],
        3,
        &statuses,
        width,
        color,
    )
}

/// Lays out a table: the `flexible` columns (index, weight) share the width the others leave
/// and are cut with `…`; the `status_column` is coloured when `color`.
fn layout(
    headers: &[&str],
    mut cells: Vec<Vec<String>>,
    flexible: &[(usize, usize)],
    status_column: usize,
    statuses: &[Status],
    width: usize,
    color: bool,
) -> String {
    let natural: Vec<usize> = (0..headers.len())
        .map(|c| {
            cells
                .iter()
                .map(|row| row[c].width())
                .chain(std::iter::once(headers[c].width()))
                .max()
                .unwrap_or(0)
        })
        .collect();
    // Each column costs its content plus one space each side and one border.
    let chrome = headers.len() * 3 + 1;
    let fixed: usize = (0..headers.len())
        .filter(|c| !flexible.iter().any(|(f, _)| f == c))
        .map(|c| natural[c])
        .sum();
    let room = width.saturating_sub(chrome + fixed);
    let weights: usize = flexible.iter().map(|(_, w)| w).sum();
    let wanted: usize = flexible.iter().map(|(c, _)| natural[*c]).sum();
    if wanted > room {
        // Give each flexible column its share; a column needing less hands the rest on.
        let mut limits: Vec<(usize, usize)> = Vec::new();
        let mut left = room;
        let mut left_weight = weights;
        let mut order: Vec<&(usize, usize)> = flexible.iter().collect();
        order.sort_by_key(|(c, w)| natural[*c] * weights / (*w).max(1));
        for (c, w) in order {
            let share = (left * w / left_weight.max(1))
                .max(headers[*c].width())
                .max(4);
            let limit = natural[*c].min(share);
            limits.push((*c, limit));
            left = left.saturating_sub(limit);
            left_weight -= w;
        }
        for row in &mut cells {
            for (c, limit) in &limits {
                row[*c] = truncate(&row[*c], *limit);
            }
        }
    }
    let mut table = Table::new();
    table
        .load_style(UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Disabled)
        .set_header(headers.iter().map(Cell::new));
    if color {
        table.enforce_styling();
    } else {
        table.force_no_tty();
    }
    for (row, status) in cells.into_iter().zip(statuses) {
        let row: Vec<Cell> = row
            .into_iter()
            .enumerate()
            .map(|(c, text)| {
                let cell = Cell::new(text);
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

fn status_color(status: Status) -> Color {
    match status {
        Status::Done => Color::Green,
        Status::Partial => Color::Cyan,
        Status::InProgress => Color::Yellow,
        Status::Ongoing => Color::Blue,
        Status::NotStarted => Color::Red,
    }
}

/// Cuts `text` to at most `width` display columns, ending in `…` when cut. Line breaks
/// become spaces so a row stays one line.
pub fn truncate(text: &str, width: usize) -> String {
    let text = text.replace(['\n', '\r'], " ");
    if text.width() <= width {
        return text;
    }
    let mut out = String::new();
    let mut used = 0;
    for ch in text.chars() {
        let w = unicode_width::UnicodeWidthChar::width(ch).unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        out.push(ch);
        used += w;
    }
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn truncation_counts_cjk_as_two_columns() {
        assert_eq!(truncate("针对主题教育开展不认真", 9), "针对主题…");
        assert_eq!(truncate("abc", 3), "abc");
        assert_eq!(truncate("abcdef", 4), "abc…");
        assert_eq!(truncate("a\nb", 5), "a b");
    }
}
