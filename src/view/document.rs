//! The notice document: the whole model with the notice's numbering, statistics and blocks,
//! computed once by [`crate::view::notice`]. It is what the json export writes and what the
//! notice templates (md, txt, html, a user's `--template`) read, in the shape documented in
//! docs/json.md.

use crate::date::When;
use crate::model::{
    Closing, ContactEntry, Inspection, Language, LogEntry, Report, Status, DONE_UNRECORDED,
};
use crate::settings::NoticeSettings;
use crate::view::notice::{Block, Notice, Statistics};

/// The version of the document's shape; bumped only when a field changes meaning or goes.
pub const SHAPE_VERSION: u32 = 1;

/// The document: model, numbering, statistics and the notice's blocks.
#[derive(Debug, serde::Serialize)]
pub struct Document<'a> {
    /// Always "rectify-notice".
    pub format: &'static str,
    pub version: u32,
    pub language: Language,
    /// Progress is reported as of this date (`--as-of`), else null (today).
    pub as_of: Option<String>,
    pub title: Option<&'a str>,
    pub intro: &'a str,
    pub intro_generated: bool,
    pub inspection: &'a Inspection,
    pub categories: Vec<CategoryDoc<'a>>,
    pub sections: Vec<SectionDoc<'a>>,
    pub findings: Vec<FindingDoc<'a>>,
    pub closing: &'a Closing,
    pub contact: &'a [ContactEntry],
    pub statistics: &'a Statistics,
    pub blocks: &'a [Block],
    pub settings: &'a NoticeSettings,
}

#[derive(Debug, serde::Serialize)]
pub struct CategoryDoc<'a> {
    pub id: &'a str,
    pub title: &'a str,
    /// Position among the printed categories, and its number (（一）); null when it has no
    /// findings (it is not printed).
    pub index: Option<usize>,
    pub number: Option<&'a str>,
    pub stats: Option<&'a crate::view::summary::Stats>,
}

#[derive(Debug, serde::Serialize)]
pub struct SectionDoc<'a> {
    pub index: usize,
    /// Empty for a section printed without a number.
    pub number: &'a str,
    /// Null for an untitled section (its paragraphs alone).
    pub title: Option<&'a str>,
    pub numbered: bool,
    /// What it prints, in order: `{"kind": "point", "index": 0}` (into `points`),
    /// `{"kind": "paragraph", "index": 0}` (into `paragraphs`), `{"kind": "findings"}`,
    /// `{"kind": "statistics"}`.
    pub parts: &'a [crate::model::Part],
    pub points: &'a [crate::model::Point],
    pub paragraphs: &'a [String],
    pub findings: bool,
    pub statistics: bool,
}

#[derive(Debug, serde::Serialize)]
pub struct FindingDoc<'a> {
    pub id: u32,
    pub index: usize,
    pub number: &'a str,
    pub heading: &'a str,
    pub category: Option<&'a str>,
    pub title: &'a str,
    pub description: Option<&'a str>,
    /// The sentences before and after its own measures' 一是….
    pub opening: Option<&'a str>,
    pub closing: Option<&'a str>,
    pub status: Status,
    pub status_label: &'static str,
    /// The sign-off (销号), when the finding is closed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub signoff: Option<&'a crate::model::SignOff>,
    /// Every measure: its own, then each sub-problem's (`sub` says which).
    pub measures: Vec<MeasureDoc<'a>>,
    pub subs: Vec<SubDoc<'a>>,
}

#[derive(Debug, serde::Serialize)]
pub struct SubDoc<'a> {
    /// Its letter: the sub-problem is `4.a`, its measures `4.a.1`….
    pub id: &'a str,
    pub number: &'a str,
    pub heading: &'a str,
    pub title: &'a str,
    pub description: Option<&'a str>,
    pub opening: Option<&'a str>,
    pub closing: Option<&'a str>,
}

#[derive(Debug, serde::Serialize)]
pub struct MeasureDoc<'a> {
    pub address: &'a str,
    /// The sub-problem's letter, or null for the finding's own measures.
    pub sub: Option<String>,
    pub index: usize,
    pub ordinal: &'a str,
    pub text: &'a str,
    pub status: Status,
    pub status_label: &'a str,
    pub owner: Option<&'a str>,
    pub department: Option<&'a str>,
    pub deadline: Option<When>,
    /// The deadline first agreed, when it was extended (延期).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deadline_original: Option<When>,
    /// The done date (`2020-12-31`, `2020-12`, `2020`), "unrecorded", or null.
    pub done: Option<String>,
    /// Done after its (original) deadline (逾期完成).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub done_late: bool,
    pub evidence: &'a [String],
    pub log: &'a [LogEntry],
}

impl<'a> Document<'a> {
    pub fn new(report: &'a Report, notice: &'a Notice) -> Self {
        Self::new_with(report, notice, true)
    }

    /// The document, with `findings` left empty unless `with_findings`.
    pub fn new_with(report: &'a Report, notice: &'a Notice, with_findings: bool) -> Self {
        let categories = report
            .categories
            .iter()
            .map(|c| {
                let printed = notice.categories.iter().find(|n| n.id == c.id);
                CategoryDoc {
                    id: &c.id,
                    title: &c.title,
                    index: printed.map(|n| n.index),
                    number: printed.map(|n| n.number.as_str()),
                    stats: printed.map(|n| &n.stats),
                }
            })
            .collect();
        let sections = report
            .sections
            .iter()
            .zip(&notice.sections)
            .map(|(s, n)| SectionDoc {
                index: n.index,
                number: &n.number,
                title: s.title.as_deref(),
                numbered: s.numbered,
                parts: &s.parts,
                points: &s.points,
                paragraphs: &s.paragraphs,
                findings: s.findings,
                statistics: s.statistics,
            })
            .collect();
        let findings = notice
            .findings
            .iter()
            .take(if with_findings { usize::MAX } else { 0 })
            .filter_map(|n| {
                let f = report.finding(n.id)?;
                let measures = f
                    .measures
                    .iter()
                    .zip(&n.measures)
                    .map(|(m, mn)| MeasureDoc {
                        address: &mn.address,
                        sub: m.sub.map(String::from),
                        index: mn.index,
                        ordinal: &mn.ordinal,
                        text: &m.text,
                        status: mn.status,
                        status_label: &mn.status_label,
                        owner: m.owner.as_deref(),
                        department: m.department.as_deref(),
                        deadline: m.deadline,
                        deadline_original: m.deadline_original,
                        done_late: m.done_late(),
                        done: if m.done_unrecorded {
                            Some(DONE_UNRECORDED.to_string())
                        } else {
                            m.done.map(|d| d.to_string())
                        },
                        evidence: &m.evidence,
                        log: &m.log,
                    })
                    .collect();
                let status = n.status;
                Some(FindingDoc {
                    id: f.id,
                    index: n.index,
                    number: &n.number,
                    heading: &n.heading,
                    category: f.category.as_deref(),
                    title: &f.title,
                    description: f.description.as_deref(),
                    opening: f.opening.as_deref(),
                    closing: f.closing.as_deref(),
                    status,
                    status_label: status.label(report.language),
                    signoff: f.signoff.as_ref(),
                    measures,
                    subs: f
                        .subs
                        .iter()
                        .zip(&n.subs)
                        .map(|(s, sn)| SubDoc {
                            id: &sn.id,
                            number: &sn.number,
                            heading: &sn.heading,
                            title: &s.title,
                            description: s.description.as_deref(),
                            opening: s.opening.as_deref(),
                            closing: s.closing.as_deref(),
                        })
                        .collect(),
                })
            })
            .collect();
        Document {
            format: "rectify-notice",
            version: SHAPE_VERSION,
            language: report.language,
            as_of: notice.as_of.map(|d| d.to_string()),
            title: notice.title.as_deref(),
            intro: &notice.intro,
            intro_generated: notice.intro_generated,
            inspection: &report.inspection,
            categories,
            sections,
            findings,
            closing: &report.closing,
            contact: &report.contact.entries,
            statistics: &notice.statistics,
            blocks: &notice.blocks,
            settings: &report.notice,
        }
    }
}
