//! The ledger (整改台账): one row per measure with the columns offices keep in Excel, in
//! notice order. The csv and xlsx exports lay these rows out; import reads the same columns
//! back, so the texts chosen here (dates 2020年12月31日, 长期, the latest progress as
//! `date：note`) are also what import understands.

use crate::date::{Date, When};
use crate::model::{Address, Finding, Language, LogEntry, Measure, Report, Status};
use crate::settings::Punctuation;

/// A ledger column, in the order the ledger prints them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Column {
    /// 序号: the measure's address, `4.2`, which `rectify update` also takes.
    Number,
    /// 问题类别: the category's title.
    Category,
    /// 问题: the finding's title.
    Finding,
    /// 整改措施.
    Measure,
    /// 责任领导/责任人.
    Owner,
    /// 责任部门.
    Department,
    /// 整改时限.
    Deadline,
    /// 完成情况: the status label.
    Status,
    /// 完成时间.
    Done,
    /// 佐证材料, one item a line.
    Evidence,
    /// 最新进展: the latest progress log entry.
    Latest,
}

impl Column {
    pub const ALL: [Column; 11] = [
        Column::Number,
        Column::Category,
        Column::Finding,
        Column::Measure,
        Column::Owner,
        Column::Department,
        Column::Deadline,
        Column::Status,
        Column::Done,
        Column::Evidence,
        Column::Latest,
    ];

    /// The header in the report's language.
    pub fn header(self, language: Language) -> &'static str {
        match language {
            Language::Zh => match self {
                Column::Number => "序号",
                Column::Category => "问题类别",
                Column::Finding => "问题",
                Column::Measure => "整改措施",
                Column::Owner => "责任领导/责任人",
                Column::Department => "责任部门",
                Column::Deadline => "整改时限",
                Column::Status => "完成情况",
                Column::Done => "完成时间",
                Column::Evidence => "佐证材料",
                Column::Latest => "最新进展",
            },
            Language::En => match self {
                Column::Number => "No.",
                Column::Category => "Category",
                Column::Finding => "Finding",
                Column::Measure => "Measure",
                Column::Owner => "Owner",
                Column::Department => "Department",
                Column::Deadline => "Deadline",
                Column::Status => "Status",
                Column::Done => "Done",
                Column::Evidence => "Evidence",
                Column::Latest => "Latest progress",
            },
        }
    }

    pub fn headers(language: Language) -> Vec<&'static str> {
        Column::ALL.iter().map(|c| c.header(language)).collect()
    }
}

/// One row of the ledger: one measure, every cell already worded.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub address: Address,
    /// The address as the ledger prints it (`4.2`).
    pub number: String,
    pub category: String,
    pub finding: String,
    pub measure: String,
    pub owner: String,
    pub department: String,
    pub deadline: String,
    /// The deadline as a date (for the xlsx: a date cell, and the day after which the measure
    /// is overdue).
    pub deadline_when: Option<When>,
    pub status: Status,
    pub status_label: &'static str,
    pub done: String,
    pub done_when: Option<When>,
    /// Done after its (original) deadline (逾期完成).
    pub done_late: bool,
    /// Its finding's sign-off (销号), worded: `已销号：2021-03-01 局党组书记，同意销号`.
    pub signoff: Option<String>,
    /// The deadline first agreed, when it was extended (延期).
    pub deadline_original: Option<When>,
    pub evidence: String,
    pub latest: String,
    /// Deadline passed and not completed (as of the export's day).
    pub overdue: bool,
}

impl Row {
    pub fn cell(&self, column: Column) -> &str {
        match column {
            Column::Number => &self.number,
            Column::Category => &self.category,
            Column::Finding => &self.finding,
            Column::Measure => &self.measure,
            Column::Owner => &self.owner,
            Column::Department => &self.department,
            Column::Deadline => &self.deadline,
            Column::Status => self.status_label,
            Column::Done => &self.done,
            Column::Evidence => &self.evidence,
            Column::Latest => &self.latest,
        }
    }

    /// Every cell as text, in column order.
    pub fn cells(&self) -> Vec<String> {
        Column::ALL
            .iter()
            .map(|&c| self.cell(c).to_string())
            .collect()
    }
}

/// The ledger's title, e.g. 区民政局党组巡察整改台账.
pub fn title(report: &Report) -> String {
    let unit = report.inspection.unit.as_deref().unwrap_or_default();
    match report.language {
        Language::Zh => format!("{unit}巡察整改台账"),
        Language::En if unit.is_empty() => "Rectification ledger".to_string(),
        Language::En => format!("Rectification ledger: {unit}"),
    }
}

/// The ledger's rows, in notice order; `today` decides which are overdue.
pub fn rows(report: &Report, today: Date) -> Vec<Row> {
    rows_iter(report, today).collect()
}

/// The ledger's rows one at a time, for exports that write each row and let it go.
pub fn rows_iter(report: &Report, today: Date) -> impl Iterator<Item = Row> + '_ {
    let language = report.language;
    let typeset = language == Language::Zh && report.notice.punctuation == Punctuation::Typeset;
    report.measures().map(move |(address, finding, measure)| {
        let row = row(report, address, finding, measure, today);
        if typeset {
            row.typeset()
        } else {
            row
        }
    })
}

impl Row {
    /// The texts with full-width punctuation in Chinese context and quotes nested, as the
    /// notice prints them ([`crate::punctuation`]); 序号, dates and the status are left alone.
    fn typeset(mut self) -> Row {
        for text in [
            &mut self.category,
            &mut self.finding,
            &mut self.measure,
            &mut self.owner,
            &mut self.department,
            &mut self.evidence,
            &mut self.latest,
        ] {
            if let std::borrow::Cow::Owned(s) = crate::punctuation::typeset(text) {
                *text = s;
            }
        }
        self
    }
}

fn row(
    report: &Report,
    address: Address,
    finding: &Finding,
    measure: &Measure,
    today: Date,
) -> Row {
    let language = report.language;
    {
        let category = finding
            .category
            .as_deref()
            .and_then(|id| report.category(id))
            .map(|c| c.title.clone())
            .unwrap_or_default();
        Row {
            address,
            number: address.to_string(),
            category,
            finding: problem(report, finding, measure.sub),
            measure: measure.text.clone(),
            owner: measure.owner.clone().unwrap_or_default(),
            department: measure.department.clone().unwrap_or_default(),
            deadline: deadline(measure, language),
            deadline_when: measure.deadline,
            status: measure.status,
            status_label: measure.status.label(language),
            // Done after its (original) deadline: 逾期完成 beside the date.
            done: measure
                .done
                .map(|d| match (measure.done_late(), language) {
                    (true, Language::Zh) => format!("{}（逾期完成）", when(d, language)),
                    (true, Language::En) => format!("{} (done late)", when(d, language)),
                    (false, _) => when(d, language),
                })
                .unwrap_or_default(),
            done_when: measure.done,
            done_late: measure.done_late(),
            signoff: finding.signoff.as_ref().map(|s| match language {
                Language::Zh => format!("已销号：{} {}，{}", s.date, s.by, s.opinion),
                Language::En => format!("signed off {} by {}: {}", s.date, s.by, s.opinion),
            }),
            deadline_original: measure.deadline_original,
            evidence: measure.evidence.join("\n"),
            latest: measure
                .log
                .last()
                .map(|e| latest(e, language))
                .unwrap_or_default(),
            overdue: measure.is_overdue(today),
        }
    }
}

/// The problem a measure answers: its finding's title, and for a sub-problem's measure the
/// sub-problem's number (level 4, （1）) and title after it: 班子建设有差距（2）民主生活会质量不高.
/// The plan's table and the ledger write it so; import reads it back.
pub fn problem(report: &Report, finding: &Finding, sub: Option<char>) -> String {
    let Some((k, s)) = sub.and_then(|id| finding.subs.iter().enumerate().find(|(_, s)| s.id == id))
    else {
        return finding.title.clone();
    };
    let number = crate::settings::fill(report.notice.number_format(4), |name| {
        Some(match name {
            "n" => (k + 1).to_string(),
            "cn" => crate::chinese::numeral(k as u64 + 1),
            _ => return None,
        })
    });
    format!("{}{number}{}", finding.title, s.title)
}

/// The word a ledger writes for a measure upheld with no end date.
pub fn long_term(language: Language) -> &'static str {
    match language {
        Language::Zh => "长期",
        Language::En => "long-term",
    }
}

/// 整改时限: the deadline, or 长期 for a measure upheld long-term (长期坚持) without one.
pub fn deadline(measure: &Measure, language: Language) -> String {
    match measure.deadline {
        // An extension (延期) names the deadline first agreed.
        Some(d) => match (measure.deadline_original, language) {
            (Some(o), Language::Zh) => {
                format!("{}（延期，原定{}）", when(d, language), when(o, language))
            }
            (Some(o), Language::En) => format!(
                "{} (extended from {})",
                when(d, language),
                when(o, language)
            ),
            (None, _) => when(d, language),
        },
        None if measure.deadline_note.is_some() => {
            measure.deadline_note.clone().unwrap_or_default()
        }
        None if measure.status == Status::Ongoing => long_term(language).to_string(),
        None => String::new(),
    }
}

/// A date as the ledger writes it: 2020年12月31日 (zh) or 2020-12-31 (en).
pub fn when(when: When, language: Language) -> String {
    match language {
        Language::Zh => when.chinese(),
        Language::En => when.to_string(),
    }
}

/// The separator between the date and the text of the latest progress.
pub fn latest_separator(language: Language) -> &'static str {
    match language {
        Language::Zh => "：",
        Language::En => ": ",
    }
}

/// 最新进展: `2021年1月5日：制度已印发`, or the status change when the entry has no note.
fn latest(entry: &LogEntry, language: Language) -> String {
    let what = match (&entry.note, entry.from, entry.status) {
        (Some(note), _, _) => note.clone(),
        (None, Some(from), Some(to)) => format!("{}→{}", from.label(language), to.label(language)),
        (None, None, Some(to)) => to.label(language).to_string(),
        (None, Some(from), None) => from.label(language).to_string(),
        (None, None, None) => String::new(),
    };
    match entry.date {
        Some(date) => format!(
            "{}{}{what}",
            when(When::Day(date), language),
            latest_separator(language)
        ),
        None => what,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Category, Finding, Origin};

    fn day(y: i32, m: u32, d: u32) -> Date {
        Date::from_ymd_opt(y, m, d).unwrap()
    }

    fn measure(status: Status) -> Measure {
        Measure {
            sub: None,
            number: 1,
            deadline_original: None,
            text: "建立台账".into(),
            status,
            owner: None,
            department: None,
            deadline: None,
            deadline_note: None,
            done: None,
            done_unrecorded: false,
            evidence: Vec::new(),
            log: Vec::new(),
            origin: Origin::default(),
        }
    }

    fn report(measures: Vec<Measure>) -> Report {
        Report {
            categories: vec![Category {
                id: "policy".into(),
                title: "政策落实方面".into(),
                origin: Origin::default(),
            }],
            findings: vec![Finding {
                opening: None,
                closing: None,
                subs: Vec::new(),
                removed_measures: Vec::new(),
                removed_subs: Vec::new(),
                signoff: None,
                reopened: Vec::new(),
                removed: None,
                id: 4,
                category: Some("policy".into()),
                title: "学习不深入".into(),
                description: None,
                measures,
                origin: Origin::default(),
            }],
            ..Report::default()
        }
    }

    #[test]
    fn one_row_per_measure_with_worded_cells() {
        let mut late = measure(Status::InProgress);
        late.deadline = Some(When::Month(2020, 12));
        late.owner = Some("张三".into());
        late.evidence = vec!["会议记录".into(), "通知".into()];
        late.log = vec![LogEntry {
            deadline: None,
            reason: None,
            date: Some(day(2021, 1, 5)),
            from: None,
            status: None,
            note: Some("已起草".into()),
        }];
        let mut done = measure(Status::Done);
        done.done = Some(When::Day(day(2020, 11, 30)));
        let rows = rows(
            &report(vec![late, done, measure(Status::Ongoing)]),
            day(2021, 3, 1),
        );
        assert_eq!(rows.len(), 3);
        assert_eq!(
            rows[0].cells(),
            [
                "4.1",
                "政策落实方面",
                "学习不深入",
                "建立台账",
                "张三",
                "",
                "2020年12月",
                "正在推进",
                "",
                "会议记录\n通知",
                "2021年1月5日：已起草"
            ]
        );
        assert!(rows[0].overdue);
        assert_eq!(rows[1].done, "2020年11月30日");
        assert!(!rows[1].overdue);
        assert_eq!(rows[2].deadline, "长期");
    }

    #[test]
    fn latest_progress_without_a_note_states_the_change() {
        let entry = LogEntry {
            deadline: None,
            reason: None,
            date: Some(day(2021, 2, 1)),
            from: Some(Status::InProgress),
            status: Some(Status::Done),
            note: None,
        };
        assert_eq!(
            latest(&entry, Language::Zh),
            "2021年2月1日：正在推进→已完成"
        );
        assert_eq!(latest(&entry, Language::En), "2021-02-01: in progress→done");
    }
}
