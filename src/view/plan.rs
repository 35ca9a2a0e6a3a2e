//! The 整改方案 (rectification plan) a unit writes before its progress notice: the opening
//! facts, its guiding sentence, the 问题清单、任务清单、责任清单 as one table (方面, 问题,
//! 措施, 责任领导, 责任部门, 完成时限), its requirements and the 落款. Computed once from the
//! model and `[plan]`; md, docx and xlsx (`export --kind plan`) lay it out.
//!
//! Pure: no I/O, no markup. Texts are filled as the notice's are (counts, facts, figures) and
//! typeset as the notice's are (`[notice] punctuation`).

use crate::model::{Finding, Language, Measure, Report};
use crate::settings::Punctuation;
use crate::view::ledger;
use crate::view::notice::{date_in, Filler, NoticeOptions};

/// The default title (`[plan] title`).
pub const TITLE_ZH: &str = "{unit_full}关于{authority}{round}巡察反馈意见的整改方案";
const TITLE_EN: &str = "Rectification plan of {unit_full}";
/// The default opening (`[plan] intro`).
pub const INTRO_ZH: &str = "根据{authority}{round}巡察工作统一部署，{period}，{group}对{unit}进行了巡察，并于{feedback}向{unit_full}反馈了巡察意见。为切实抓好巡察反馈问题整改落实，结合工作实际，制定本方案。";
const INTRO_EN: &str = "As arranged by {authority}, {group} inspected {unit} from {start} to {end} and fed its findings back to {unit_full} on {feedback}. This plan sets out how each finding is to be rectified, by whom and by when.";
/// The default sentence before the table (`[plan] tasks`).
pub const TASKS_ZH: &str = "对照巡察反馈的{categories}个方面{findings}个问题，制定整改措施{measures}条，逐项明确责任领导、责任部门和完成时限，形成问题清单、任务清单、责任清单如下。";
const TASKS_ZH_NO_CATEGORIES: &str = "对照巡察反馈的{findings}个问题，制定整改措施{measures}条，逐项明确责任领导、责任部门和完成时限，形成问题清单、任务清单、责任清单如下。";
const TASKS_EN: &str = "For the {findings} findings, {measures} measures are set, each with its leader, department and deadline:";

/// The plan, ready to lay out.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Plan {
    pub language: Language,
    pub title: String,
    pub blocks: Vec<PlanBlock>,
}

/// One printed unit of the plan.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum PlanBlock {
    Title {
        text: String,
    },
    Heading {
        number: String,
        text: String,
    },
    Paragraph {
        text: String,
    },
    /// The three lists as one table.
    Table {
        caption: String,
        headers: Vec<String>,
        rows: Vec<PlanRow>,
    },
    /// The issuer and the date, each on its own line.
    Signature {
        lines: Vec<String>,
        issuer: Option<String>,
        date: Option<String>,
    },
}

/// One row of the table: one measure (or a finding without measures yet).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct PlanRow {
    /// The measure's address (`4.2`, `4.a.1`), or the finding's for one with no measures.
    pub number: String,
    /// The category's title; empty when the report has no categories.
    pub category: String,
    /// How many rows the category cell spans from this row; 0 on the rows it covers.
    pub category_span: usize,
    /// The problem: the finding's title (and the sub-problem's).
    pub problem: String,
    /// How many rows the problem cell spans from this row; 0 on the rows it covers.
    pub problem_span: usize,
    pub measure: String,
    pub owner: String,
    pub department: String,
    pub deadline: String,
}

/// The table's column headers (the category column only when the report has categories).
pub fn headers(language: Language, with_category: bool) -> Vec<String> {
    let all: [&str; 7] = match language {
        Language::Zh => [
            "序号",
            "方面",
            "问题",
            "整改措施",
            "责任领导",
            "责任部门",
            "完成时限",
        ],
        Language::En => [
            "No.",
            "Area",
            "Finding",
            "Measure",
            "Leader",
            "Department",
            "Deadline",
        ],
    };
    all.iter()
        .enumerate()
        .filter(|(i, _)| with_category || *i != 1)
        .map(|(_, h)| h.to_string())
        .collect()
}

impl Plan {
    pub fn build(report: &Report, options: &NoticeOptions) -> Plan {
        let zh = report.language == Language::Zh;
        let filler = Filler::new(report, options);
        let p = &report.plan;
        let mut blocks = Vec::new();
        let title = match &p.title {
            Some(t) => filler.line(t),
            None => filler.format(if zh { TITLE_ZH } else { TITLE_EN }).join(""),
        };
        blocks.push(PlanBlock::Title {
            text: title.clone(),
        });
        let intro = match &p.intro {
            Some(t) => filler.paragraphs(t),
            None => filler.format(if zh { INTRO_ZH } else { INTRO_EN }),
        };
        paragraphs(&mut blocks, intro);

        let mut heading = 0;
        let mut next_heading = |blocks: &mut Vec<PlanBlock>, text: &str| {
            heading += 1;
            let number = crate::settings::fill(report.notice.number_format(1), |name| {
                Some(match name {
                    "n" => heading.to_string(),
                    "cn" => crate::chinese::numeral(heading as u64),
                    _ => return None,
                })
            });
            blocks.push(PlanBlock::Heading {
                number,
                text: text.to_string(),
            });
        };
        if let Some(guidance) = &p.guidance {
            next_heading(&mut blocks, if zh { "总体要求" } else { "Principles" });
            paragraphs(&mut blocks, filler.paragraphs(guidance));
        }
        next_heading(&mut blocks, if zh { "整改任务" } else { "Tasks" });
        let tasks = match &p.tasks {
            Some(t) => filler.paragraphs(t),
            None => filler.format(match (zh, report.categories.is_empty()) {
                (true, false) => TASKS_ZH,
                (true, true) => TASKS_ZH_NO_CATEGORIES,
                (false, _) => TASKS_EN,
            }),
        };
        paragraphs(&mut blocks, tasks);
        let with_category = !report.categories.is_empty();
        blocks.push(PlanBlock::Table {
            caption: if zh {
                "问题清单、任务清单、责任清单"
            } else {
                "Findings, tasks and responsibilities"
            }
            .to_string(),
            headers: headers(report.language, with_category),
            rows: rows(report, &filler),
        });
        if !p.requirements.is_empty() {
            next_heading(&mut blocks, if zh { "工作要求" } else { "Requirements" });
            for r in &p.requirements {
                paragraphs(&mut blocks, filler.paragraphs(r));
            }
        }
        if let Some(closing) = &p.closing {
            paragraphs(&mut blocks, filler.paragraphs(closing));
        }
        let issuer = p
            .issuer
            .as_ref()
            .or(report.closing.issuer.as_ref())
            .map(|i| filler.line(i));
        let date = p.date.map(|d| date_in(report.language, d));
        if issuer.is_some() || date.is_some() {
            blocks.push(PlanBlock::Signature {
                lines: issuer.iter().chain(date.iter()).cloned().collect(),
                issuer,
                date,
            });
        }
        let mut plan = Plan {
            language: report.language,
            title,
            blocks,
        };
        if zh && report.notice.punctuation == Punctuation::Typeset {
            plan.typeset();
        }
        plan
    }

    fn typeset(&mut self) {
        let fix = |t: &mut String| {
            if let std::borrow::Cow::Owned(s) = crate::punctuation::typeset(t) {
                *t = s;
            }
        };
        fix(&mut self.title);
        for block in &mut self.blocks {
            match block {
                PlanBlock::Title { text } | PlanBlock::Paragraph { text } => fix(text),
                PlanBlock::Heading { text, .. } => fix(text),
                PlanBlock::Signature {
                    lines,
                    issuer,
                    date,
                } => {
                    lines.iter_mut().for_each(fix);
                    issuer.iter_mut().for_each(fix);
                    date.iter_mut().for_each(fix);
                }
                PlanBlock::Table { rows, .. } => {
                    for r in rows {
                        fix(&mut r.problem);
                        fix(&mut r.measure);
                    }
                }
            }
        }
    }
}

fn paragraphs(blocks: &mut Vec<PlanBlock>, texts: Vec<String>) {
    blocks.extend(texts.into_iter().map(|text| PlanBlock::Paragraph { text }));
}

/// One row per measure, in notice order: by category, then by finding; a finding's own
/// measures, then each sub-problem's under its own problem cell.
fn rows(report: &Report, filler: &Filler) -> Vec<PlanRow> {
    let language = report.language;
    let mut out: Vec<PlanRow> = Vec::new();
    let mut groups: Vec<(String, Vec<&Finding>)> = Vec::new();
    if report.categories.is_empty() {
        groups.push((String::new(), report.findings.iter().collect()));
    } else {
        for c in &report.categories {
            let findings: Vec<&Finding> = report
                .findings
                .iter()
                .filter(|f| f.category.as_deref() == Some(c.id.as_str()))
                .collect();
            if !findings.is_empty() {
                groups.push((filler.line(&c.title), findings));
            }
        }
    }
    for (category, findings) in groups {
        let category_start = out.len();
        for f in findings {
            let title = filler.line(&f.title);
            let mut problems: Vec<(String, Vec<&Measure>)> = Vec::new();
            let own: Vec<&Measure> = f.group(None).collect();
            if !own.is_empty() || f.subs.is_empty() {
                problems.push((title.clone(), own));
            }
            for sub in &f.subs {
                problems.push((
                    filler.line(&ledger::problem(report, f, Some(sub.id))),
                    f.group(Some(sub.id)).collect(),
                ));
            }
            for (problem, measures) in problems {
                let start = out.len();
                if measures.is_empty() {
                    out.push(PlanRow {
                        number: f.id.to_string(),
                        category: category.clone(),
                        category_span: 0,
                        problem: problem.clone(),
                        problem_span: 1,
                        measure: String::new(),
                        owner: String::new(),
                        department: String::new(),
                        deadline: String::new(),
                    });
                }
                for m in measures {
                    out.push(PlanRow {
                        number: f.measure_address(m).to_string(),
                        category: category.clone(),
                        category_span: 0,
                        problem: problem.clone(),
                        problem_span: 0,
                        measure: filler.line(&m.text),
                        owner: m
                            .owner
                            .as_deref()
                            .map(|o| filler.line(o))
                            .unwrap_or_default(),
                        department: m
                            .department
                            .as_deref()
                            .map(|d| filler.line(d))
                            .unwrap_or_default(),
                        deadline: ledger::deadline(m, language),
                    });
                }
                let span = out.len() - start;
                out[start].problem_span = span;
            }
        }
        let span = out.len() - category_start;
        if span > 0 {
            out[category_start].category_span = span;
        }
    }
    out
}

impl PlanRow {
    /// The cells in the order of [`headers`].
    pub fn cells(&self, with_category: bool) -> Vec<&str> {
        let mut cells = vec![self.number.as_str()];
        if with_category {
            cells.push(&self.category);
        }
        cells.extend([
            self.problem.as_str(),
            &self.measure,
            &self.owner,
            &self.department,
            &self.deadline,
        ]);
        cells
    }
}
