//! The progress report as Markdown: headings, sentences and pipe tables; the trend as its
//! table (a Markdown reader draws no chart).

use super::{Block, Printed};
use crate::export::template::{markdown_inline, markdown_line};

pub fn draw(report: &Printed) -> String {
    let mut out = String::new();
    for block in report.blocks.iter().cloned() {
        match block {
            Block::Title(text) => out.push_str(&format!("# {}\n\n", markdown_inline(&text))),
            Block::Subtitle(text) | Block::Paragraph(text) => {
                out.push_str(&markdown_line(&text));
                out.push_str("\n\n");
            }
            Block::Heading(text) => out.push_str(&format!("## {}\n\n", markdown_inline(&text))),
            Block::Table { headers, rows, .. } => {
                let cell = |s: &str| markdown_inline(&s.replace('\n', " "));
                out.push_str(&format!(
                    "| {} |\n",
                    headers
                        .iter()
                        .map(|h| cell(h))
                        .collect::<Vec<_>>()
                        .join(" | ")
                ));
                out.push_str(&format!("|{}\n", "---|".repeat(headers.len())));
                for row in rows {
                    out.push_str(&format!(
                        "| {} |\n",
                        row.iter().map(|c| cell(c)).collect::<Vec<_>>().join(" | ")
                    ));
                }
                out.push('\n');
            }
            Block::Trend => {}
            Block::Signature { issuer, date } => {
                if let Some(issuer) = issuer {
                    out.push_str(&markdown_line(&issuer));
                    out.push_str("\n\n");
                }
                out.push_str(&markdown_line(&date));
                out.push_str("\n\n");
            }
            Block::PageBreak => out.push_str("---\n\n"),
        }
    }
    let trimmed = out.trim_end().len();
    out.truncate(trimmed);
    out.push('\n');
    out
}
