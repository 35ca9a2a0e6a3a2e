//! The progress report on a terminal: headings, sentences and tables fitted to the width
//! (the table layout `list` uses), the trend as Unicode bars; coloured when allowed.

use unicode_width::UnicodeWidthStr;

use super::{Block, Printed, Screen};
use crate::model::Status;
use crate::view::progress::Trend;
use crate::view::summary::format_rate;
use crate::view::table;

const BOLD: &str = "\x1b[1m";
const RESET: &str = "\x1b[0m";

pub fn draw(report: &Printed, screen: Screen) -> String {
    let bold = |text: &str| {
        if screen.color {
            format!("{BOLD}{text}{RESET}")
        } else {
            text.to_string()
        }
    };
    let mut out = String::new();
    let mut after_trend = false;
    for block in report.blocks.iter().cloned() {
        match block {
            Block::Title(text) => {
                let pad = screen.width.saturating_sub(text.width()) / 2;
                out.push_str(&" ".repeat(pad.min(40)));
                out.push_str(&bold(&text));
                out.push('\n');
            }
            Block::Subtitle(text) => {
                let pad = screen.width.saturating_sub(text.width()) / 2;
                out.push_str(&" ".repeat(pad.min(40)));
                out.push_str(&text);
                out.push_str("\n\n");
            }
            Block::Heading(text) => {
                out.push_str(&bold(&text));
                out.push('\n');
            }
            Block::Paragraph(text) => {
                out.push_str(&text);
                out.push('\n');
            }
            Block::Table {
                headers,
                rows,
                status,
            } => {
                if rows.is_empty() || std::mem::take(&mut after_trend) {
                    continue;
                }
                let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
                let columns: Vec<usize> = (0..headers.len()).collect();
                // Long texts share what the width leaves; short columns keep their width.
                let flexible: Vec<(usize, usize)> = columns
                    .iter()
                    .filter(|&&c| rows.iter().any(|r| r[c].width() > 12))
                    .map(|&c| (c, if c == 2 { 2 } else { 1 }))
                    .collect();
                let colored = status.iter().any(Option::is_some);
                let statuses: Vec<Status> = status
                    .iter()
                    .map(|s| s.unwrap_or(Status::NotStarted))
                    .collect();
                out.push_str(&table::layout(
                    &headers,
                    rows,
                    &columns,
                    &flexible,
                    if colored { 0 } else { usize::MAX },
                    &statuses,
                    screen.width,
                    screen.color,
                ));
                out.push('\n');
            }
            Block::Trend => {
                out.push_str(&bars(report.trend, screen.width));
                // The bars say it on a screen: the table that follows is skipped.
                after_trend = true;
            }
            Block::Signature { issuer, date } => {
                if let Some(issuer) = issuer {
                    out.push_str(&format!("{issuer}\n"));
                }
                out.push_str(&format!("{date}\n"));
            }
            Block::PageBreak => {
                out.push_str(&"─".repeat(screen.width.min(100)));
                out.push_str("\n\n");
            }
        }
        out.push('\n');
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

/// `2020-11  ███████▍        45.5%  +3`: the cumulative rate as a bar, per week or month.
fn bars(trend: &Trend, width: usize) -> String {
    let points = &trend.points;
    let label = points.iter().map(|p| p.label.width()).max().unwrap_or(7);
    let bar = width.saturating_sub(label + 22).clamp(10, 50);
    let mut out = String::new();
    for p in points {
        let eighths = (p.rate / 100.0 * (bar * 8) as f64).round() as usize;
        let mut line: String = "█".repeat(eighths / 8);
        if !eighths.is_multiple_of(8) {
            line.push(['▏', '▎', '▍', '▌', '▋', '▊', '▉'][eighths % 8 - 1]);
        }
        let used = line.chars().count();
        out.push_str(&format!(
            "{:<label$}  {}{}  {:>6}  完成{}\n",
            p.label,
            line,
            " ".repeat(bar.saturating_sub(used)),
            format_rate(p.rate),
            p.completed
        ));
    }
    out
}
