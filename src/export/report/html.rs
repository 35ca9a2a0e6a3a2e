//! The progress report as one standalone HTML page: no script, no outside file; the trend
//! as an inline SVG chart (bars: measures completed per week or month; line: the cumulative
//! completion rate, one point per period).

use std::fmt::Write as _;

use super::{Block, Printed};
use crate::view::progress::Trend;
use crate::view::summary::format_rate;

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

const STYLE: &str = "body{font-family:\"FangSong\",\"仿宋\",\"Noto Serif CJK SC\",serif;max-width:60em;margin:2em auto;padding:0 1em;line-height:1.7;color:#222}
h1{font-family:\"SimHei\",\"黑体\",\"Noto Sans CJK SC\",sans-serif;text-align:center;font-size:1.6em;margin-bottom:0}
.subtitle{text-align:center;margin-top:.3em}
h2{font-family:\"SimHei\",\"黑体\",\"Noto Sans CJK SC\",sans-serif;font-size:1.2em;margin-top:1.6em}
p{text-indent:2em;margin:.4em 0}
table{border-collapse:collapse;width:100%;margin:.6em 0;font-size:.9em}
th,td{border:1px solid #888;padding:.2em .4em;vertical-align:top}
th{background:#eee}
td.n{text-align:right}
.signature{text-align:right;text-indent:0}
.page{break-before:page;border-top:1px dashed #aaa;margin-top:2em}
svg{display:block;margin:.6em auto;max-width:100%}
svg text{font-family:sans-serif;font-size:11px;fill:#333}
";

pub fn draw(report: &Printed) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n",
        escape(report.title)
    );
    for block in report.blocks.iter().cloned() {
        match block {
            Block::Title(text) => {
                let _ = writeln!(out, "<h1>{}</h1>", escape(&text));
            }
            Block::Subtitle(text) => {
                let _ = writeln!(out, "<p class=\"subtitle\">{}</p>", escape(&text));
            }
            Block::Heading(text) => {
                let _ = writeln!(out, "<h2>{}</h2>", escape(&text));
            }
            Block::Paragraph(text) => {
                let _ = writeln!(out, "<p>{}</p>", escape(&text));
            }
            Block::Table { headers, rows, .. } => {
                out.push_str("<table>\n<thead><tr>");
                for h in &headers {
                    let _ = write!(out, "<th>{}</th>", escape(h));
                }
                out.push_str("</tr></thead>\n<tbody>\n");
                for row in rows {
                    out.push_str("<tr>");
                    for cell in row {
                        // Counts and rates line up on the right; addresses (5.2) stay left.
                        let digits = cell.trim_end_matches('%');
                        let numeric = !digits.is_empty()
                            && digits.chars().all(|c| c.is_ascii_digit() || c == '.')
                            && (cell.ends_with('%') || !cell.contains('.'));
                        let class = if numeric { " class=\"n\"" } else { "" };
                        let _ = write!(out, "<td{class}>{}</td>", escape(&cell));
                    }
                    out.push_str("</tr>\n");
                }
                out.push_str("</tbody>\n</table>\n");
            }
            Block::Trend => out.push_str(&chart(report.trend)),
            Block::Signature { issuer, date } => {
                if let Some(issuer) = issuer {
                    let _ = writeln!(out, "<p class=\"signature\">{}</p>", escape(&issuer));
                }
                let _ = writeln!(out, "<p class=\"signature\">{}</p>", escape(&date));
            }
            Block::PageBreak => out.push_str("<div class=\"page\"></div>\n"),
        }
    }
    out.push_str("</body>\n</html>\n");
    out
}

/// The trend as an SVG: a bar per period for the measures completed in it (left axis), a
/// line with one point per period for the cumulative rate (right axis, 0–100%).
pub fn chart(trend: &Trend) -> String {
    let points = &trend.points;
    if points.is_empty() {
        return String::new();
    }
    let (w, h) = (720.0_f64, 280.0_f64);
    let (left, right, top, bottom) = (44.0, 48.0, 20.0, 56.0);
    let plot_w = w - left - right;
    let plot_h = h - top - bottom;
    let max_done = points.iter().map(|p| p.completed).max().unwrap_or(0).max(1) as f64;
    let step = plot_w / points.len() as f64;
    let x = |i: usize| left + step * (i as f64 + 0.5);
    let y_rate = |rate: f64| top + plot_h * (1.0 - rate / 100.0);
    let mut s = String::new();
    let _ = writeln!(
        s,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"trend\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" role=\"img\" aria-label=\"完成趋势\">"
    );
    // Grid lines at 0, 25, 50, 75, 100%.
    for k in 0..=4 {
        let rate = f64::from(k) * 25.0;
        let y = y_rate(rate);
        let _ = writeln!(
            s,
            "<line x1=\"{left}\" y1=\"{y:.1}\" x2=\"{:.1}\" y2=\"{y:.1}\" stroke=\"#ddd\"/><text x=\"{:.1}\" y=\"{:.1}\">{}%</text>",
            w - right,
            w - right + 4.0,
            y + 4.0,
            rate
        );
    }
    // The bars' scale on the left: none and the most in one period.
    let _ = writeln!(
        s,
        "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\">0</text><text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\">{}条</text>",
        left - 4.0,
        top + plot_h + 4.0,
        left - 4.0,
        top + 4.0,
        max_done
    );
    let bar_w = (step * 0.6).max(2.0);
    for (i, p) in points.iter().enumerate() {
        let bh = plot_h * p.completed as f64 / max_done;
        let _ = writeln!(
            s,
            "<rect class=\"bar\" x=\"{:.1}\" y=\"{:.1}\" width=\"{bar_w:.1}\" height=\"{bh:.1}\" fill=\"#9ecae1\"><title>{}：完成{}条</title></rect>",
            x(i) - bar_w / 2.0,
            top + plot_h - bh,
            escape(&p.label),
            p.completed
        );
        if p.completed > 0 {
            let _ = writeln!(
                s,
                "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{}</text>",
                x(i),
                top + plot_h - bh - 3.0,
                p.completed
            );
        }
    }
    let line: Vec<String> = points
        .iter()
        .enumerate()
        .map(|(i, p)| format!("{:.1},{:.1}", x(i), y_rate(p.rate)))
        .collect();
    let _ = writeln!(
        s,
        "<polyline fill=\"none\" stroke=\"#c0392b\" stroke-width=\"2\" points=\"{}\"/>",
        line.join(" ")
    );
    // Labels: every one when they fit, else every n-th.
    let every = (points.len() as f64 * 64.0 / plot_w).ceil().max(1.0) as usize;
    for (i, p) in points.iter().enumerate() {
        let _ = writeln!(
            s,
            "<circle class=\"point\" cx=\"{:.1}\" cy=\"{:.1}\" r=\"3.5\" fill=\"#c0392b\"><title>{}：累计{}条，{}</title></circle>",
            x(i),
            y_rate(p.rate),
            escape(&p.label),
            p.cumulative,
            format_rate(p.rate)
        );
        if i % every == 0 {
            let _ = writeln!(
                s,
                "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{}</text>",
                x(i),
                top + plot_h + 16.0,
                escape(&p.label)
            );
        }
    }
    let _ = writeln!(
        s,
        "<line x1=\"{left}\" y1=\"{:.1}\" x2=\"{:.1}\" y2=\"{:.1}\" stroke=\"#888\"/>",
        top + plot_h,
        w - right,
        top + plot_h
    );
    let _ = writeln!(
        s,
        "<rect x=\"{left}\" y=\"{:.1}\" width=\"12\" height=\"10\" fill=\"#9ecae1\"/><text x=\"{:.1}\" y=\"{:.1}\">{}</text><line x1=\"{:.1}\" y1=\"{:.1}\" x2=\"{:.1}\" y2=\"{:.1}\" stroke=\"#c0392b\" stroke-width=\"2\"/><text x=\"{:.1}\" y=\"{:.1}\">累计完成率</text>",
        h - 18.0,
        left + 16.0,
        h - 9.0,
        // Each bar is one week's or one month's completions, not the report period's.
        if trend.unit == "week" {
            "每周完成（条）"
        } else {
            "每月完成（条）"
        },
        left + 130.0,
        h - 13.0,
        left + 150.0,
        h - 13.0,
        left + 156.0,
        h - 9.0
    );
    s.push_str("</svg>\n");
    s
}
