//! `rectify report`: the progress report ([`ProgressReport`]) in each format, one file per
//! format. The words and tables every printed format shares are laid out once here, as
//! [`Block`]s (a title, headings, sentences, tables, the trend, page breaks); the terminal,
//! Markdown, HTML and Word renderers draw those blocks, each in its own way. json writes the
//! view itself; xlsx writes its tables and a native chart.
//!
//! The report is a document of the unit, so its words are Chinese, as the notice's are.

pub mod docx;
pub mod html;
pub mod json;
pub mod markdown;
pub mod office;
pub mod terminal;
pub mod xlsx;

use crate::cli::ReportFormat;
use crate::date::{chinese_date, chinese_range, Date, When};
use crate::error::Result;
use crate::model::{Language, Report, Status};
use crate::view::office::OfficeReport;
use crate::view::period::Period;
use crate::view::progress::{GroupBy, Item, ProgressReport, Reminder, Trend};
use crate::view::summary::format_rate;

/// Where the terminal format draws: its width and whether it may colour.
#[derive(Debug, Clone, Copy)]
pub struct Screen {
    pub width: usize,
    pub color: bool,
}

/// A report as the printed formats draw it: its blocks, and the trend a [`Block::Trend`]
/// stands for. One unit's report and the office's are both drawn from one of these.
#[derive(Debug, Clone)]
pub struct Printed<'a> {
    pub title: &'a str,
    pub issuer: Option<&'a str>,
    pub today: Date,
    pub trend: &'a Trend,
    pub blocks: Vec<Block>,
}

impl<'a> Printed<'a> {
    /// One unit's report (or its reminders).
    pub fn of(report: &'a ProgressReport) -> Printed<'a> {
        Printed {
            title: &report.title,
            issuer: report.issuer.as_deref(),
            today: report.today,
            trend: &report.trend,
            blocks: blocks(report),
        }
    }

    /// The office's report (or its reminders); `cap`: at most this many overdue measures
    /// listed per unit, the rest counted (the terminal's).
    pub fn of_office(report: &'a OfficeReport, cap: Option<usize>) -> Printed<'a> {
        Printed {
            title: &report.title,
            issuer: report.issuer.as_deref(),
            today: report.today,
            trend: &report.trend,
            blocks: office::blocks(report, cap),
        }
    }
}

/// The report in `format`, as bytes.
pub fn render(
    format: ReportFormat,
    report: &ProgressReport,
    model: &Report,
    screen: Screen,
) -> Result<Vec<u8>> {
    let signature = DocxLayout {
        signature: model.notice.signature,
        language: model.language,
    };
    Ok(match format {
        ReportFormat::Terminal => terminal::draw(&Printed::of(report), screen).into_bytes(),
        ReportFormat::Md => markdown::draw(&Printed::of(report)).into_bytes(),
        ReportFormat::Html => html::draw(&Printed::of(report)).into_bytes(),
        ReportFormat::Json => json::render(report)?,
        ReportFormat::Docx => docx::draw(&Printed::of(report), signature)?,
        ReportFormat::Xlsx => xlsx::render(report)?,
    })
}

/// The office's report on a root in `format`, as bytes.
pub fn render_office(
    format: ReportFormat,
    report: &OfficeReport,
    screen: Screen,
) -> Result<Vec<u8>> {
    let all = || Printed::of_office(report, None);
    Ok(match format {
        ReportFormat::Terminal => {
            terminal::draw(&Printed::of_office(report, Some(OVERDUE_CAP)), screen).into_bytes()
        }
        ReportFormat::Md => markdown::draw(&all()).into_bytes(),
        ReportFormat::Html => html::draw(&all()).into_bytes(),
        ReportFormat::Json => json::render_office(report)?,
        ReportFormat::Docx => docx::draw(&all(), DocxLayout::default())?,
        ReportFormat::Xlsx => xlsx::render_office(report)?,
    })
}

/// How many overdue measures of a unit the terminal lists before counting the rest.
pub const OVERDUE_CAP: usize = 10;

/// What the Word document takes from the record's settings: the 落款's layout and the
/// document's language.
#[derive(Debug, Clone, Copy)]
pub struct DocxLayout {
    pub signature: crate::settings::SignatureLayout,
    pub language: Language,
}

impl Default for DocxLayout {
    fn default() -> DocxLayout {
        DocxLayout {
            signature: crate::settings::SignatureLayout::WithoutSeal,
            language: Language::Zh,
        }
    }
}

/// Whether a format is a zip archive (refused on a terminal).
pub fn is_binary(format: ReportFormat) -> bool {
    matches!(format, ReportFormat::Docx | ReportFormat::Xlsx)
}

/// One printed part of the report.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    Title(String),
    /// A line under the title: the period and the day it is as of.
    Subtitle(String),
    /// A section heading (一、总体情况).
    Heading(String),
    Paragraph(String),
    /// A table; `status` gives each row's status for a terminal's colour.
    Table {
        headers: Vec<String>,
        rows: Vec<Vec<String>>,
        status: Vec<Option<Status>>,
    },
    /// The trend: a chart where the format can draw one, else its table (which follows).
    Trend,
    /// The 落款: issuer and date, right-aligned.
    Signature {
        issuer: Option<String>,
        date: String,
    },
    /// A new page (between reminders).
    PageBreak,
}

pub(crate) const NUMBERS: [&str; 10] = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

/// The report as blocks: the report itself, or its reminders when they were asked for.
pub fn blocks(report: &ProgressReport) -> Vec<Block> {
    match &report.reminders {
        Some(reminders) => {
            let mut out = Vec::new();
            for (i, sheet) in reminders.sheets.iter().enumerate() {
                if i > 0 {
                    out.push(Block::PageBreak);
                }
                out.extend(reminder_blocks(report, &reminders.title, sheet));
            }
            if out.is_empty() {
                out.push(Block::Title(reminders.title.clone()));
                // 截至…，财务科没有…: a reminder asked for one department says whose.
                out.push(Block::Paragraph(format!(
                    "截至{}，{}没有逾期未完成或{}天内到期的整改措施，无需催办。",
                    chinese_date(report.period.end),
                    reminders.to.as_deref().unwrap_or_default(),
                    report.due_within
                )));
            }
            out
        }
        None => report_blocks(report),
    }
}

/// The reminders' blocks, one list per reminder (a sheet each in xlsx).
pub fn report_sheet_blocks(report: &ProgressReport) -> Vec<Vec<Block>> {
    match &report.reminders {
        Some(reminders) if !reminders.sheets.is_empty() => reminders
            .sheets
            .iter()
            .map(|sheet| reminder_blocks(report, &reminders.title, sheet))
            .collect(),
        _ => vec![blocks(report)],
    }
}

/// The line under a report's title: its period, and the revision it starts at —
/// （2020年11月15日至30日，自“通报-1”起）, no brackets inside brackets.
pub(crate) fn subtitle(period: Period, since_revision: Option<&str>) -> String {
    let days = if period.start == period.end {
        chinese_date(period.start)
    } else {
        chinese_range(period.start, period.end)
    };
    match since_revision {
        Some(name) => format!("（{days}，自“{name}”起）"),
        None => format!("（{days}）"),
    }
}

/// The completion rate's change in the period, in words (本期提高3.5个百分点).
pub(crate) fn change_words(change: f64) -> String {
    if change > 0.0 {
        format!("本期提高{}个百分点", trim_number(change))
    } else if change < 0.0 {
        format!("本期下降{}个百分点", trim_number(-change))
    } else {
        "本期持平".to_string()
    }
}

fn report_blocks(r: &ProgressReport) -> Vec<Block> {
    let mut out = vec![
        Block::Title(r.title.clone()),
        Block::Subtitle(subtitle(
            r.period,
            r.since_revision.as_ref().map(|s| s.name.as_str()),
        )),
    ];
    let mut n = 0;
    let mut heading = |out: &mut Vec<Block>, text: &str| {
        out.push(Block::Heading(format!("{}、{text}", NUMBERS[n % 10])));
        n += 1;
    };
    let o = &r.overview;
    heading(&mut out, "总体情况");
    let change = change_words(o.completion_change);
    let mut text = format!(
        "截至{}，巡察反馈问题{}个，已完成整改{}个",
        chinese_date(r.period.end),
        o.findings,
        o.findings_completed
    );
    if o.findings_closed > 0 {
        text.push_str(&format!("，已销号{}个", o.findings_closed));
    }
    text.push_str(&format!(
        "；整改措施{}条，已完成（含长期坚持）{}条，完成率{}，期初{}，{}",
        o.measures,
        o.measures_completed,
        format_rate(o.completion_rate),
        format_rate(o.completion_rate_at_start),
        change
    ));
    text.push_str(&format!(
        "；逾期未完成{}条，{}天内到期{}条。",
        o.overdue, r.due_within, o.due_soon
    ));
    out.push(Block::Paragraph(text));

    let c = &r.completed;
    if !(c.measures.is_empty() && c.findings.is_empty() && c.closed.is_empty()) {
        heading(&mut out, "本期完成");
        let mut text = format!("本期完成整改措施{}条", c.measures.len());
        if !c.findings.is_empty() {
            text.push_str(&format!(
                "，{}个问题的整改措施全部完成（{}）",
                c.findings.len(),
                c.findings
                    .iter()
                    .map(|f| format!("问题{}", f.finding))
                    .collect::<Vec<_>>()
                    .join("、")
            ));
        }
        if !c.closed.is_empty() {
            text.push_str(&format!(
                "，{}个问题予以销号（{}）",
                c.closed.len(),
                c.closed
                    .iter()
                    .map(|f| format!(
                        "问题{}，{}",
                        f.finding,
                        f.date.map(chinese_date).unwrap_or_default()
                    ))
                    .collect::<Vec<_>>()
                    .join("；")
            ));
        }
        text.push('。');
        out.push(Block::Paragraph(text));
        if !c.measures.is_empty() {
            out.push(item_table(&c.measures, Extra::Done));
        }
    }

    if !r.progress.is_empty() {
        heading(&mut out, "本期进展");
        let entries: usize = r.progress.iter().map(|p| p.entries.len()).sum();
        out.push(Block::Paragraph(format!(
            "本期记录进展{}条，涉及问题{}个。",
            entries,
            r.progress.len()
        )));
        let mut rows = Vec::new();
        let mut status = Vec::new();
        for p in &r.progress {
            for (i, e) in p.entries.iter().enumerate() {
                let mut change = match (e.from, e.status) {
                    (Some(from), Some(to)) => format!("{}→{}", label(from), label(to)),
                    (None, Some(to)) => label(to).to_string(),
                    _ => String::new(),
                };
                if let Some(d) = e.deadline {
                    if !change.is_empty() {
                        change.push('，');
                    }
                    change.push_str(&format!("延期至{d}"));
                }
                rows.push(vec![
                    if i == 0 {
                        format!("{}. {}", p.finding, p.title)
                    } else {
                        String::new()
                    },
                    e.address.clone(),
                    e.date.to_string(),
                    change,
                    e.note.clone().unwrap_or_default(),
                ]);
                status.push(e.status);
            }
        }
        out.push(Block::Table {
            headers: strings(&["问题", "编号", "日期", "进展", "说明"]),
            rows,
            status,
        });
    }

    if !r.overdue.is_empty() {
        heading(&mut out, "逾期未完成");
        out.push(Block::Paragraph(format!(
            "逾期未完成整改措施{}条，最长逾期{}天。",
            r.overdue.len(),
            r.overdue.first().and_then(|i| i.days_late).unwrap_or(0)
        )));
        out.push(item_table(&r.overdue, Extra::Late));
    }

    if !r.due_soon.is_empty() {
        heading(&mut out, "即将到期");
        out.push(Block::Paragraph(format!(
            "{}天内（{}前）到期的整改措施{}条。",
            r.due_within,
            chinese_date(r.period.end + chrono::Days::new(u64::from(r.due_within))),
            r.due_soon.len()
        )));
        out.push(item_table(&r.due_soon, Extra::Left));
    }

    if !r.extensions.is_empty() {
        heading(&mut out, "延期情况");
        out.push(Block::Paragraph(format!(
            "本期批准延期{}次。",
            r.extensions.len()
        )));
        out.push(Block::Table {
            headers: strings(&[
                "编号",
                "问题",
                "责任部门",
                "延期日期",
                "原时限",
                "新时限",
                "理由",
            ]),
            rows: r
                .extensions
                .iter()
                .map(|e| {
                    vec![
                        e.address.clone(),
                        e.title.clone(),
                        e.department.clone().unwrap_or_default(),
                        e.date.to_string(),
                        e.from.map(|w| w.to_string()).unwrap_or_default(),
                        e.to.to_string(),
                        e.reason.clone().unwrap_or_default(),
                    ]
                })
                .collect(),
            status: vec![None; r.extensions.len()],
        });
    }

    if let Some(groups) = r.groups.as_ref().filter(|g| !g.rows.is_empty()) {
        let (title, column) = match groups.by {
            GroupBy::Department => ("按部门统计", "责任部门"),
            GroupBy::Owner => ("按责任人统计", "责任人"),
        };
        heading(&mut out, title);
        out.push(Block::Table {
            headers: strings(&[
                column,
                "措施",
                "已完成",
                "完成率",
                "本期完成",
                "逾期",
                "即将到期",
            ]),
            rows: groups
                .rows
                .iter()
                .map(|g| {
                    vec![
                        if g.name.is_empty() {
                            "（未明确）".to_string()
                        } else {
                            g.name.clone()
                        },
                        g.measures.to_string(),
                        g.completed.to_string(),
                        format_rate(g.completion_rate),
                        g.completed_in_period.to_string(),
                        g.overdue.to_string(),
                        g.due_soon.to_string(),
                    ]
                })
                .collect(),
            status: vec![None; groups.rows.len()],
        });
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

/// The 完成趋势 section under its heading: the chart (where the format draws one), the
/// table of its numbers, and the note on dates without a day.
pub(crate) fn trend_blocks(trend: &Trend) -> Vec<Block> {
    let mut out = vec![Block::Trend, trend_table(trend)];
    out.extend(trend_note(trend).map(Block::Paragraph));
    out
}

/// The trend's numbers as a table: one row per week or month.
pub fn trend_table(trend: &Trend) -> Block {
    let unit = if trend.unit == "week" {
        "周（起始日）"
    } else {
        "月份"
    };
    Block::Table {
        headers: strings(&[unit, "完成", "累计完成", "完成率"]),
        rows: trend
            .points
            .iter()
            .map(|p| {
                vec![
                    p.label.clone(),
                    p.completed.to_string(),
                    p.cumulative.to_string(),
                    format_rate(p.rate),
                ]
            })
            .collect(),
        status: vec![None; trend.points.len()],
    }
}

/// What the trend says about dates it could not place to the day, when any.
pub fn trend_note(t: &Trend) -> Option<String> {
    let mut parts = Vec::new();
    if t.month_only > 0 {
        parts.push(format!("{}条完成时间只写到月，按月末计", t.month_only));
    }
    if t.year_only > 0 {
        // "完成时间" once: after the month's part the year's leaves it out.
        let subject = if t.month_only > 0 { "" } else { "完成时间" };
        parts.push(format!("{}条{subject}只写到年，按年末计", t.year_only));
    }
    if t.undated > 0 {
        parts.push(format!(
            "{}条完成时间不详，计入累计完成，不计入各期完成",
            t.undated
        ));
    }
    (!parts.is_empty()).then(|| format!("注：{}。", parts.join("；")))
}

fn reminder_blocks(r: &ProgressReport, title: &str, sheet: &Reminder) -> Vec<Block> {
    reminder_page(
        &ReminderPage {
            title,
            to: &sheet.to,
            text: &sheet.text,
            overdue: &sheet.overdue,
            due_soon: &sheet.due_soon,
        },
        r.due_within,
        r.issuer.clone(),
        r.today,
    )
}

/// One 催办单, to a department, an owner or a unit.
pub(crate) struct ReminderPage<'a> {
    pub title: &'a str,
    pub to: &'a str,
    pub text: &'a str,
    pub overdue: &'a [Item],
    pub due_soon: &'a [Item],
}

/// A 催办单's blocks: to whom, the request, its late and due-soon measures, the 落款.
pub(crate) fn reminder_page(
    page: &ReminderPage,
    due_within: u32,
    issuer: Option<String>,
    today: Date,
) -> Vec<Block> {
    let mut out = vec![
        Block::Title(page.title.to_string()),
        Block::Paragraph(format!("{}：", page.to)),
        Block::Paragraph(page.text.to_string()),
    ];
    let mut n = 0;
    if !page.overdue.is_empty() {
        out.push(Block::Heading(format!(
            "{}、逾期未完成的整改措施",
            NUMBERS[n]
        )));
        n += 1;
        out.push(item_table(page.overdue, Extra::LateWithProgress));
    }
    if !page.due_soon.is_empty() {
        out.push(Block::Heading(format!(
            "{}、{due_within}天内到期的整改措施",
            NUMBERS[n]
        )));
        out.push(item_table(page.due_soon, Extra::LeftWithProgress));
    }
    out.push(Block::Signature {
        issuer,
        date: chinese_date(today),
    });
    out
}

/// The column an item table adds after the common ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Extra {
    Done,
    Late,
    Left,
    LateWithProgress,
    LeftWithProgress,
}

pub(crate) fn item_table(items: &[Item], extra: Extra) -> Block {
    let mut headers = strings(&["编号", "问题", "整改措施", "责任人", "责任部门", "整改时限"]);
    match extra {
        Extra::Done => headers.push("完成时间".into()),
        Extra::Late => {
            headers.push("逾期天数".into());
            headers.push("延期记录".into());
        }
        Extra::Left => headers.push("剩余天数".into()),
        Extra::LateWithProgress => {
            headers.push("逾期天数".into());
            headers.push("最近进展".into());
        }
        Extra::LeftWithProgress => {
            headers.push("剩余天数".into());
            headers.push("最近进展".into());
        }
    }
    let rows = items
        .iter()
        .map(|i| {
            let mut row = vec![
                i.address.clone(),
                i.title.clone(),
                i.text.clone(),
                i.owner.clone().unwrap_or_default(),
                i.department.clone().unwrap_or_default(),
                i.deadline.map(|d| d.to_string()).unwrap_or_default(),
            ];
            match extra {
                Extra::Done => row.push(i.done.map(|d| d.to_string()).unwrap_or_default()),
                Extra::Late => {
                    row.push(i.days_late.unwrap_or(0).to_string());
                    row.push(extension_history(i));
                }
                Extra::Left => row.push(i.days_left.unwrap_or(0).to_string()),
                Extra::LateWithProgress => {
                    row.push(i.days_late.unwrap_or(0).to_string());
                    row.push(last_progress(i));
                }
                Extra::LeftWithProgress => {
                    row.push(i.days_left.unwrap_or(0).to_string());
                    row.push(last_progress(i));
                }
            }
            row
        })
        .collect();
    Block::Table {
        headers,
        rows,
        status: items.iter().map(|i| Some(i.status)).collect(),
    }
}

/// 原定2020-10-31；2020-10-25延至2020-11-15（原因）.
fn extension_history(i: &Item) -> String {
    if i.extensions.is_empty() {
        return String::new();
    }
    let mut parts: Vec<String> = Vec::new();
    if let Some(original) = i.deadline_original {
        parts.push(format!("原定{original}"));
    }
    for e in &i.extensions {
        let mut s = format!("{}延至{}", e.date, e.deadline);
        if let Some(reason) = &e.reason {
            s.push_str(&format!("（{reason}）"));
        }
        parts.push(s);
    }
    parts.join("；")
}

/// 2020-11-20 正在推进：说明.
fn last_progress(i: &Item) -> String {
    match &i.last_progress {
        None => "无进展记录".to_string(),
        Some(p) => {
            let mut s = p.date.to_string();
            if let Some(status) = p.status {
                s.push(' ');
                s.push_str(label(status));
            }
            if let Some(note) = &p.note {
                s.push_str(if p.status.is_some() { "：" } else { " " });
                s.push_str(note);
            }
            s
        }
    }
}

fn label(status: Status) -> &'static str {
    status.label(Language::Zh)
}

pub(crate) fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| s.to_string()).collect()
}

/// 2.5, 10 (no trailing .0).
pub(crate) fn trim_number(n: f64) -> String {
    if n.fract() == 0.0 {
        format!("{n:.0}")
    } else {
        format!("{n:.1}")
    }
}

/// A deadline or done date as a table prints it.
pub fn when(w: Option<When>) -> String {
    w.map(|w| w.to_string()).unwrap_or_default()
}
