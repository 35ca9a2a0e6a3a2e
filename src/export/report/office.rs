//! The office's report on a root ([`OfficeReport`]) as [`Block`]s, which every printed
//! format draws as it draws one unit's report: 总体情况 summed over the units, 各单位进展
//! (who is behind first), 逾期未完成 by unit, 完成趋势 of all units; or one 催办单 per unit.

use super::{
    change_words, item_table, reminder_page, strings, subtitle, trend_blocks, trim_number, Block,
    Extra, ReminderPage, NUMBERS,
};
use crate::date::chinese_date;
use crate::view::office::{OfficeReport, UnitReminder};
use crate::view::summary::format_rate;

/// The columns of 各单位进展 (the table and the 各单位 sheet).
pub const UNIT_HEADERS: [&str; 11] = [
    "单位",
    "问题数",
    "措施数",
    "已完成",
    "完成率",
    "本期变化（百分点）",
    "本期完成",
    "逾期",
    "即将到期",
    "距上次进展（天）",
    "检查",
];

/// 通过, 警告2处, 错误2处（未计入）.
pub fn check_cell(warnings: usize, errors: usize) -> String {
    match (errors, warnings) {
        (0, 0) => "通过".to_string(),
        (0, w) => format!("警告{w}处"),
        (e, _) => format!("错误{e}处（未计入）"),
    }
}

/// +2.5, −1, 0: a change in percentage points.
fn change(points: f64) -> String {
    if points > 0.0 {
        format!("+{}", trim_number(points))
    } else if points < 0.0 {
        format!("-{}", trim_number(-points))
    } else {
        "0".to_string()
    }
}

/// The report as blocks, or its reminders (one per unit, a page each) when asked for;
/// `cap`: at most this many overdue measures listed per unit ("另有N条" for the rest).
pub fn blocks(r: &OfficeReport, cap: Option<usize>) -> Vec<Block> {
    if r.reminders.is_some() {
        let mut out = Vec::new();
        for (i, sheet) in sheet_blocks(r).into_iter().enumerate() {
            if i > 0 {
                out.push(Block::PageBreak);
            }
            out.extend(sheet);
        }
        return out;
    }
    let mut out = vec![
        Block::Title(r.title.clone()),
        Block::Subtitle(subtitle(r.period, r.since_revision.as_deref())),
    ];
    let mut n = 0;
    let mut heading = |out: &mut Vec<Block>, text: &str| {
        out.push(Block::Heading(format!("{}、{text}", NUMBERS[n % 10])));
        n += 1;
    };
    let o = &r.overview;
    heading(&mut out, "总体情况");
    let trend_word = change_words(o.completion_change);
    let mut text = format!(
        "截至{}，{}共有被巡察单位{}个",
        chinese_date(r.period.end),
        r.round.as_deref().unwrap_or("本轮巡察"),
        o.units
    );
    if !r.broken.is_empty() {
        text.push_str(&format!(
            "（{}个单位数据有误，未计入以下统计）",
            r.broken.len()
        ));
    }
    text.push_str(&format!(
        "，反馈问题{}个，已完成整改{}个",
        o.findings, o.findings_completed
    ));
    if o.findings_closed > 0 {
        text.push_str(&format!("，已销号{}个", o.findings_closed));
    }
    text.push_str(&format!(
        "；整改措施{}条，已完成（含长期坚持）{}条，完成率{}，期初{}，{}；本期完成措施{}条",
        o.measures,
        o.measures_completed,
        format_rate(o.completion_rate),
        format_rate(o.completion_rate_at_start),
        trend_word,
        o.completed_in_period
    ));
    text.push_str(&format!(
        "；逾期未完成{}条，{}天内到期{}条；整改措施全部完成的单位{}个。",
        o.overdue, r.due_within, o.due_soon, o.units_complete
    ));
    out.push(Block::Paragraph(text));
    for b in &r.broken {
        let mut text = format!("{}：数据有{}处错误", b.name, b.errors);
        if b.warnings > 0 {
            text.push_str(&format!("、{}处警告", b.warnings));
        }
        text.push_str(&format!(
            "，未计入。请该单位运行 rectify --unit {} check 逐项改正。",
            b.unit
        ));
        out.push(Block::Paragraph(text));
    }
    if !r.not_yet_asked.is_empty() {
        out.push(Block::Paragraph(format!(
            "{}：巡察组反馈晚于报告期，尚未提出整改要求，未计入。",
            r.not_yet_asked.join("、")
        )));
    }
    if let Some(name) = &r.since_revision {
        if !r.without_revision.is_empty() {
            out.push(Block::Paragraph(format!(
                "{}没有“{}”版本，按{}起计。",
                r.without_revision.join("、"),
                name,
                chinese_date(r.period.start)
            )));
        }
    }

    if !r.units.is_empty() {
        heading(&mut out, "各单位进展");
        let behind = r.units.iter().filter(|u| u.overdue > 0).count();
        out.push(Block::Paragraph(match r.order {
            crate::view::office::UnitOrder::Overdue => {
                format!("按逾期未完成措施由多到少排列；{behind}个单位有逾期未完成的措施。")
            }
            crate::view::office::UnitOrder::Completion => {
                format!("按完成率由低到高排列；{behind}个单位有逾期未完成的措施。")
            }
            crate::view::office::UnitOrder::Root => {
                format!("按单位顺序排列；{behind}个单位有逾期未完成的措施。")
            }
        }));
        let mut rows: Vec<Vec<String>> = r
            .units
            .iter()
            .map(|u| {
                vec![
                    u.name.clone(),
                    u.findings.to_string(),
                    u.measures.to_string(),
                    u.measures_completed.to_string(),
                    format_rate(u.completion_rate),
                    change(u.completion_change),
                    u.completed_in_period.to_string(),
                    u.overdue.to_string(),
                    u.due_soon.to_string(),
                    u.days_since_progress
                        .map_or_else(|| "—".to_string(), |d| d.to_string()),
                    check_cell(u.warnings, 0),
                ]
            })
            .collect();
        for b in &r.broken {
            let mut row = vec![b.name.clone()];
            row.extend(std::iter::repeat_n("—".to_string(), 9));
            row.push(check_cell(b.warnings, b.errors));
            rows.push(row);
        }
        out.push(Block::Table {
            headers: strings(&UNIT_HEADERS),
            status: vec![None; rows.len()],
            rows,
        });
    }

    if !r.overdue.is_empty() {
        heading(&mut out, "逾期未完成");
        let total: usize = r.overdue.iter().map(|u| u.items.len()).sum();
        out.push(Block::Paragraph(format!(
            "{}个单位有逾期未完成的整改措施，共{}条。各单位按逾期天数由多到少列出。",
            r.overdue.len(),
            total
        )));
        for (i, u) in r.overdue.iter().enumerate() {
            let most = u.items.first().and_then(|i| i.days_late).unwrap_or(0);
            out.push(Block::Paragraph(format!(
                "（{}）{}：逾期{}条，最长逾期{}天。",
                NUMBERS[i % 10],
                u.name,
                u.items.len(),
                most
            )));
            let shown = cap.map_or(u.items.len(), |c| c.min(u.items.len()));
            out.push(item_table(&u.items[..shown], Extra::Late));
            if shown < u.items.len() {
                out.push(Block::Paragraph(format!(
                    "另有{}条（rectify --unit {} report 列出全部）。",
                    u.items.len() - shown,
                    u.unit
                )));
            }
        }
    }

    if !r.trend.points.is_empty() {
        heading(&mut out, "完成趋势");
        out.extend(trend_blocks(&r.trend));
    }
    out.push(Block::Signature {
        issuer: r.issuer.clone(),
        date: chinese_date(r.today),
    });
    out
}

/// The reminders, one list of blocks per unit (a sheet each in xlsx); a notice that none is
/// needed when no unit has anything late or due soon.
pub fn sheet_blocks(r: &OfficeReport) -> Vec<Vec<Block>> {
    let sheets = r.reminders.as_deref().unwrap_or_default();
    if sheets.is_empty() {
        return vec![vec![
            Block::Title(crate::settings::DEFAULT_REMIND_TITLE.to_string()),
            Block::Paragraph(format!(
                "截至{}，各单位没有逾期未完成或{}天内到期的整改措施，无需催办。",
                chinese_date(r.period.end),
                r.due_within
            )),
        ]];
    }
    sheets.iter().map(|s| reminder(r, s)).collect()
}

fn reminder(r: &OfficeReport, sheet: &UnitReminder) -> Vec<Block> {
    reminder_page(
        &ReminderPage {
            title: crate::settings::DEFAULT_REMIND_TITLE,
            to: &sheet.name,
            text: &sheet.text,
            overdue: &sheet.overdue,
            due_soon: &sheet.due_soon,
        },
        r.due_within,
        r.issuer.clone(),
        r.today,
    )
}
