//! The domain: a rectification report, its categories, findings and measures.
//!
//! Everything here is already validated; views and exports read these types and never see
//! raw TOML. Each record keeps its [`Origin`] so later checks and the writer can point back
//! at the file and bytes it came from.

use std::fmt;

use crate::date::{Date, When};
use crate::settings::NoticeSettings;

pub use crate::settings::Language;
pub use crate::source::{FileId, Origin};

/// The value of `done` for a measure known to be done on a date the record does not give.
pub const DONE_UNRECORDED: &str = "unrecorded";

/// The whole data folder, validated.
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// The notice's title, verbatim (optional: the reference notice has none).
    pub title: Option<String>,
    pub language: Language,
    pub inspection: Inspection,
    /// The opening paragraph, verbatim; `None` means generate it from [`Inspection`].
    pub intro: Option<String>,
    /// Categories (方面) in the order the inspection gave them.
    pub categories: Vec<Category>,
    /// Narrative sections of the notice, in order; one of them holds the findings.
    pub sections: Vec<Section>,
    /// Findings in notice order: by category order, then by id.
    pub findings: Vec<Finding>,
    /// Findings removed with `rectify remove` (`removed = {…}` in their file): kept so their
    /// numbers are never given again, left out of every view and export.
    pub removed_findings: Vec<Finding>,
    pub closing: Closing,
    pub contact: Contact,
    /// How the notice words and numbers things (`[notice]` in rectify.toml).
    pub notice: NoticeSettings,
    /// The wording of the 整改方案 (`[plan]`).
    pub plan: crate::settings::PlanSettings,
    /// The wording of the progress report and its reminders (`[report]`).
    pub report: crate::settings::ReportSettings,
}

/// The inspection's facts, as the intro of a notice states them.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct Inspection {
    /// The round, as printed: 十四届第五轮, 九届区委第三轮 (`{round}`).
    pub round: Option<String>,
    /// The deploying Party committee, e.g. 区委.
    pub authority: Option<String>,
    /// The inspection group, e.g. 区委第三巡察组.
    pub group: Option<String>,
    /// The inspected unit, short form, e.g. 区民政局党组.
    pub unit: Option<String>,
    /// The inspected unit, full form, e.g. 中共铜陵市义安区民政局党组.
    pub unit_full: Option<String>,
    pub start: Option<Date>,
    pub end: Option<Date>,
    /// The day the group fed its findings back to the unit.
    pub feedback: Option<Date>,
}

/// A category of findings (方面).
#[derive(Debug, Clone)]
pub struct Category {
    pub id: String,
    pub title: String,
    pub origin: Origin,
}

/// A narrative section of the notice (一、二、三…).
#[derive(Debug, Clone)]
pub struct Section {
    /// None: an untitled section, printed as its paragraphs alone (never numbered).
    pub title: Option<String>,
    /// Whether the title carries a number (一、); `numbered = false` prints it bare and the
    /// next section takes the number this one did not.
    pub numbered: bool,
    /// What the section prints, in the order written (`[[section.paragraph]]` and
    /// `[[section.point]]` by their place in the file; `paragraphs`, `findings` and
    /// `statistics` where the keys put them). Indices point into `points` and `paragraphs`.
    pub parts: Vec<Part>,
    /// Points written 一是…二是…, each with an optional bold lead sentence.
    pub points: Vec<Point>,
    /// Plain paragraphs, verbatim.
    pub paragraphs: Vec<String>,
    /// Whether the findings (by category) are printed in this section, after its paragraphs.
    pub findings: bool,
    /// How this section's points are printed (`points = "inline"`); None: as `[notice]` says.
    pub layout: Option<crate::settings::PointLayout>,
    /// Whether the statistics sentence opens this section (`statistics = true`).
    pub statistics: bool,
    pub origin: Origin,
}

/// One printed part of a section, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "kind", content = "index", rename_all = "snake_case")]
pub enum Part {
    /// `points[i]`; consecutive points are laid out together (inline or one per paragraph).
    Point(usize),
    /// `paragraphs[i]`.
    Paragraph(usize),
    /// The findings (by category, if any).
    Findings,
    /// The statistics sentence.
    Statistics,
}

/// One point of a narrative section.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Point {
    /// The lead sentence set off in bold, e.g. 强化组织领导,合力推动整改。
    pub lead: Option<String>,
    pub text: String,
}

/// The closing paragraph(s), and optionally an issuer and date on their own lines.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct Closing {
    pub text: Option<String>,
    pub issuer: Option<String>,
    pub date: Option<Date>,
}

/// Contact details printed at the end of the notice, in this order.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct Contact {
    pub entries: Vec<ContactEntry>,
}

/// One labelled contact detail, e.g. 联系电话 0562-8827803.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ContactEntry {
    /// The key in rectify.toml: phone, address, postcode, email, website.
    pub key: String,
    /// The label printed before the value (联系电话), from the data or the language default.
    pub label: String,
    pub value: String,
}

/// A finding (问题) of the inspection.
#[derive(Debug, Clone)]
pub struct Finding {
    /// The stable number that addresses it (`4`, and its measures `4.1`, `4.2`…).
    pub id: u32,
    /// The id of its [`Category`]; `None` when the report has no categories.
    pub category: Option<String>,
    /// The finding as the inspection worded it, e.g. 针对主题教育开展不认真.
    pub title: String,
    /// Optional detail printed under the heading.
    pub description: Option<String>,
    /// The sentence before the measures' 一是… (`opening`, e.g. 党组认真对照反思，即知即改。).
    pub opening: Option<String>,
    /// The sentence after them (`closing`).
    pub closing: Option<String>,
    /// The live measures: the finding's own first, then each sub-problem's in order (a
    /// measure's [`Measure::sub`] says which); each keeps its [`Measure::number`] in its group.
    pub measures: Vec<Measure>,
    /// Sub-problems (`[[finding.sub]]`), each with its own title and measures.
    pub subs: Vec<SubProblem>,
    /// Measures removed with `rectify remove` (the finding's own and its sub-problems'):
    /// their numbers stay taken.
    pub removed_measures: Vec<Tombstone>,
    /// Sub-problems removed with `rectify remove 4.a`, with their measures: their letters
    /// stay taken.
    pub removed_subs: Vec<SubProblem>,
    /// The sign-off (销号) when the finding is closed.
    pub signoff: Option<SignOff>,
    /// Each time a sign-off was withdrawn (`rectify reopen`), oldest first.
    pub reopened: Vec<Reopened>,
    /// Set on a removed finding (`removed = { date, reason }`), which is kept in
    /// [`Report::removed_findings`], never in [`Report::findings`].
    pub removed: Option<Removal>,
    pub origin: Origin,
}

/// A sub-problem of a finding (（1）关于“…”的问题), addressed by its letter: `4.a`, its
/// measures `4.a.1`, `4.a.2`. The letter is written in the data (`id = "a"`), so removing one
/// sub-problem never renames another.
#[derive(Debug, Clone)]
pub struct SubProblem {
    pub id: char,
    pub title: String,
    pub description: Option<String>,
    pub opening: Option<String>,
    pub closing: Option<String>,
    /// Set on a removed sub-problem (`removed = { date, reason }` in its `[[finding.sub]]`),
    /// which is kept in [`Finding::removed_subs`], never in [`Finding::subs`].
    pub removed: Option<Removal>,
    pub origin: Origin,
}

/// When and why a record was removed.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Removal {
    pub date: Date,
    pub reason: String,
}

/// What is left of a removed finding or measure: its number, when, why, and its text.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Tombstone {
    /// The sub-problem the measure belonged to (`a` of `4.a.2`), None for a finding's own.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sub: Option<char>,
    /// The finding's id, or the measure's 1-based number in its group (the finding's own
    /// measures, or its sub-problem's).
    pub number: u32,
    pub date: Date,
    pub reason: String,
    /// The title or text it had.
    pub text: String,
}

/// The sign-off (销号) of a finding: who approved it, when, with what opinion and evidence.
#[derive(Debug, Clone, serde::Serialize)]
pub struct SignOff {
    pub date: Date,
    pub by: String,
    pub opinion: String,
    pub evidence: Vec<String>,
    /// Why it was signed off although a measure was open or no evidence was given (`--force`).
    pub reason: Option<String>,
}

/// A withdrawn sign-off (`rectify reopen`).
#[derive(Debug, Clone, serde::Serialize)]
pub struct Reopened {
    pub date: Date,
    pub reason: String,
}

/// A rectification measure (整改措施) taken for a finding.
#[derive(Debug, Clone)]
pub struct Measure {
    /// Its 1-based position among the finding's measures in the file, removed ones included:
    /// the `2` of the address `4.2`, never reused.
    pub number: usize,
    /// The measure's text, verbatim.
    pub text: String,
    /// The sub-problem it belongs to (its letter), None for the finding's own.
    pub sub: Option<char>,
    pub status: Status,
    /// 责任领导/责任人.
    pub owner: Option<String>,
    /// 责任部门.
    pub department: Option<String>,
    /// 整改时限.
    pub deadline: Option<When>,
    /// 整改时限 as a ledger words it when it is not a date (立行立改, 视情况而定), kept
    /// verbatim by `import`; shown in the ledger's 整改时限 when there is no `deadline`.
    pub deadline_note: Option<String>,
    /// The deadline first agreed, when it was extended (延期): `deadline_original`.
    pub deadline_original: Option<When>,
    /// 完成时间.
    pub done: Option<When>,
    /// The measure is done but the record does not say when (`done = "unrecorded"`), e.g. a
    /// published notice that states 已完成 without a date. Kept apart from a forgotten date.
    pub done_unrecorded: bool,
    /// 佐证材料.
    pub evidence: Vec<String>,
    /// Dated progress entries, oldest first.
    pub log: Vec<LogEntry>,
    pub origin: Origin,
}

/// One entry of a measure's progress log.
#[derive(Debug, Clone, serde::Serialize)]
pub struct LogEntry {
    /// When; `None` for an undated note (a ledger's progress text that gives no date, kept by
    /// `rectify import`). A status change is always dated.
    pub date: Option<Date>,
    /// The status before the change, when the entry records one.
    pub from: Option<Status>,
    /// The status after the change (or the status at that date).
    pub status: Option<Status>,
    /// The new deadline, when the entry records an extension (延期).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deadline: Option<When>,
    /// Why the deadline was extended.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    pub note: Option<String>,
}

/// Where a measure stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Status {
    Done,
    Partial,
    InProgress,
    Ongoing,
    NotStarted,
}

impl Status {
    pub const ALL: [Status; 5] = [
        Status::Done,
        Status::Partial,
        Status::InProgress,
        Status::Ongoing,
        Status::NotStarted,
    ];

    /// The key written in data files and accepted on the command line.
    pub fn key(self) -> &'static str {
        match self {
            Status::Done => "done",
            Status::Partial => "partial",
            Status::InProgress => "in-progress",
            Status::Ongoing => "ongoing",
            Status::NotStarted => "not-started",
        }
    }

    /// The label in the report's language (已完成 / done).
    pub fn label(self, language: Language) -> &'static str {
        match (language, self) {
            (Language::Zh, Status::Done) => "已完成",
            (Language::Zh, Status::Partial) => "基本完成",
            (Language::Zh, Status::InProgress) => "正在推进",
            (Language::Zh, Status::Ongoing) => "长期坚持",
            (Language::Zh, Status::NotStarted) => "未启动",
            (Language::En, Status::Done) => "done",
            (Language::En, Status::Partial) => "mostly done",
            (Language::En, Status::InProgress) => "in progress",
            (Language::En, Status::Ongoing) => "ongoing",
            (Language::En, Status::NotStarted) => "not started",
        }
    }

    /// Reads a status written as its key, its Chinese or English label, or one of the
    /// words offices use for it ([`Status::SYNONYMS`]): the one status parser of the command
    /// line, the data files and import.
    pub fn parse(text: &str) -> Option<Status> {
        let text = text.trim();
        let lower = text.to_ascii_lowercase();
        Status::ALL
            .into_iter()
            .find(|s| {
                s.key() == lower || s.label(Language::Zh) == text || s.label(Language::En) == lower
            })
            .or_else(|| {
                Status::SYNONYMS
                    .iter()
                    .find(|(word, _)| *word == text || *word == lower)
                    .map(|(_, s)| *s)
            })
    }

    /// Other words for the statuses, as ledgers and clerks write them (import reads these
    /// too, plus a ledger's yes/no columns).
    pub const SYNONYMS: &'static [(&'static str, Status)] = &[
        ("完成", Status::Done),
        ("逾期完成", Status::Done),
        ("完成整改", Status::Done),
        ("整改完成", Status::Done),
        ("已整改", Status::Done),
        ("已整改完成", Status::Done),
        ("已办结", Status::Done),
        ("办结", Status::Done),
        ("已完成整改", Status::Done),
        ("整改到位", Status::Done),
        ("已落实", Status::Done),
        ("已整改到位", Status::Done),
        ("整改已完成", Status::Done),
        ("completed", Status::Done),
        ("基本完成整改", Status::Partial),
        ("基本整改", Status::Partial),
        ("基本整改完成", Status::Partial),
        ("已基本完成", Status::Partial),
        ("部分完成", Status::Partial),
        ("mostly-done", Status::Partial),
        ("正在整改", Status::InProgress),
        ("整改中", Status::InProgress),
        ("推进中", Status::InProgress),
        ("正在进行", Status::InProgress),
        ("进行中", Status::InProgress),
        ("正在落实", Status::InProgress),
        ("未完成", Status::InProgress),
        ("正在整改中", Status::InProgress),
        ("整改进行中", Status::InProgress),
        ("已启动", Status::InProgress),
        ("正在推进中", Status::InProgress),
        ("in progress", Status::InProgress),
        ("inprogress", Status::InProgress),
        ("持续整改", Status::Ongoing),
        ("持续推进", Status::Ongoing),
        ("长期推进", Status::Ongoing),
        ("长期整改", Status::Ongoing),
        ("长期", Status::Ongoing),
        ("常态化推进", Status::Ongoing),
        ("持续整改中", Status::Ongoing),
        ("长期坚持整改", Status::Ongoing),
        ("持续推进中", Status::Ongoing),
        ("未开始", Status::NotStarted),
        ("尚未启动", Status::NotStarted),
        ("尚未开始", Status::NotStarted),
        ("未整改", Status::NotStarted),
        ("not started", Status::NotStarted),
    ];

    /// Every word [`Status::parse`] reads, for "did you mean" hints.
    pub fn words() -> Vec<&'static str> {
        let mut words: Vec<&str> = Status::ALL.iter().map(|s| s.key()).collect();
        words.extend(Status::ALL.iter().map(|s| s.label(Language::Zh)));
        words.extend(Status::SYNONYMS.iter().map(|(w, _)| *w));
        words
    }

    /// Whether the rectification counts as completed: done, or in place and upheld (长期坚持).
    pub fn is_completed(self) -> bool {
        matches!(self, Status::Done | Status::Ongoing)
    }

    /// The overall status of a finding from its measures' statuses.
    pub fn overall(statuses: impl IntoIterator<Item = Status>) -> Status {
        let mut all_done = true;
        let mut all_completed = true;
        let mut all_at_least_partial = true;
        let mut all_not_started = true;
        let mut any = false;
        for s in statuses {
            any = true;
            all_done &= s == Status::Done;
            all_completed &= s.is_completed();
            all_at_least_partial &= matches!(s, Status::Done | Status::Ongoing | Status::Partial);
            all_not_started &= s == Status::NotStarted;
        }
        match () {
            _ if !any || all_not_started => Status::NotStarted,
            _ if all_done => Status::Done,
            _ if all_completed => Status::Ongoing,
            _ if all_at_least_partial => Status::Partial,
            _ => Status::InProgress,
        }
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

impl serde::Serialize for Status {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.key())
    }
}

/// A measure's address: finding id and 1-based position (`4.2`), or a whole finding (`4`);
/// in a sub-problem the letter comes between them (`4.a.2`; `4.a` is the sub-problem).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Address {
    pub finding: u32,
    pub sub: Option<char>,
    pub measure: Option<usize>,
}

impl Address {
    /// A whole finding (`4`).
    pub fn of_finding(finding: u32) -> Address {
        Address {
            finding,
            sub: None,
            measure: None,
        }
    }
}

impl std::str::FromStr for Address {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = || t!("address-invalid", text = s);
        let mut parts: Vec<&str> = s.trim().split('.').collect();
        let sub = match parts.get(1) {
            Some(p) if is_sub_id(p) => {
                let c = p.chars().next();
                parts.remove(1);
                c
            }
            _ => None,
        };
        if parts.len() > 2 {
            return Err(bad());
        }
        let finding = parts[0].parse::<u32>().map_err(|_| bad())?;
        let measure = match parts.get(1) {
            Some(m) => match m.parse::<usize>() {
                Ok(n) if n >= 1 => Some(n),
                _ => return Err(bad()),
            },
            None => None,
        };
        Ok(Address {
            finding,
            sub,
            measure,
        })
    }
}

/// Whether `text` is a sub-problem's letter (one of a to z).
pub fn is_sub_id(text: &str) -> bool {
    let mut chars = text.chars();
    matches!((chars.next(), chars.next()), (Some('a'..='z'), None))
}

impl fmt::Display for Address {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.finding)?;
        if let Some(sub) = self.sub {
            write!(f, ".{sub}")?;
        }
        if let Some(m) = self.measure {
            write!(f, ".{m}")?;
        }
        Ok(())
    }
}

impl Finding {
    pub fn status(&self) -> Status {
        Status::overall(self.measures.iter().map(|m| m.status))
    }

    pub fn done_count(&self) -> usize {
        self.measures
            .iter()
            .filter(|m| m.status.is_completed())
            .count()
    }

    /// The earliest deadline among measures not yet completed, else the earliest of all.
    pub fn nearest_deadline(&self) -> Option<When> {
        let open = self
            .measures
            .iter()
            .filter(|m| !m.status.is_completed())
            .filter_map(|m| m.deadline)
            .min_by_key(|w| w.latest());
        open.or_else(|| {
            self.measures
                .iter()
                .filter_map(|m| m.deadline)
                .min_by_key(|w| w.latest())
        })
    }

    pub fn is_overdue(&self, today: Date) -> bool {
        self.measures.iter().any(|m| m.is_overdue(today))
    }

    /// Signed off (已销号).
    pub fn is_closed(&self) -> bool {
        self.signoff.is_some()
    }

    /// The live measure numbered `number` (the `2` of `4.2`), with its index in `measures`.
    pub fn measure_numbered(&self, number: usize) -> Option<(usize, &Measure)> {
        self.measures
            .iter()
            .enumerate()
            .find(|(_, m)| m.sub.is_none() && m.number == number)
    }

    /// The number the next measure gets: after every number in use, removed ones included.
    pub fn next_measure_number(&self) -> usize {
        self.next_measure_number_in(None)
    }

    /// [`Finding::next_measure_number`] in one group: the finding's own measures (`None`) or
    /// sub-problem `sub`'s (4.a.2 removed, the next of 4.a is 4.a.3).
    pub fn next_measure_number_in(&self, sub: Option<char>) -> usize {
        self.group(sub)
            .map(|m| m.number)
            .chain(
                self.removed_measures
                    .iter()
                    .filter(|t| t.sub == sub)
                    .map(|t| t.number as usize),
            )
            .max()
            .unwrap_or(0)
            + 1
    }

    /// The removed sub-problem with letter `sub`, if it was removed.
    pub fn removed_sub(&self, sub: char) -> Option<&SubProblem> {
        self.removed_subs.iter().find(|s| s.id == sub)
    }

    pub fn address(&self) -> Address {
        Address {
            finding: self.id,
            sub: None,
            measure: None,
        }
    }

    /// A measure's address (`4.2`, `4.a.2`).
    pub fn measure_address(&self, measure: &Measure) -> Address {
        Address {
            finding: self.id,
            sub: measure.sub,
            measure: Some(measure.number),
        }
    }

    /// The index in [`Finding::measures`] of the measure at `position` (1-based) of `sub`.
    pub fn measure_index(&self, sub: Option<char>, position: usize) -> Option<usize> {
        self.measures
            .iter()
            .position(|m| m.sub == sub && m.number == position)
    }

    /// The measures of one group: the finding's own (`None`) or a sub-problem's.
    pub fn group(&self, sub: Option<char>) -> impl Iterator<Item = &Measure> {
        self.measures.iter().filter(move |m| m.sub == sub)
    }
}

/// Measures with their positions set in order, each group (the finding's own, each
/// sub-problem's) counted from 1.
pub fn numbered(mut measures: Vec<Measure>) -> Vec<Measure> {
    let mut seen: Vec<(Option<char>, usize)> = Vec::new();
    for m in &mut measures {
        match seen.iter_mut().find(|(sub, _)| *sub == m.sub) {
            Some((_, n)) => {
                *n += 1;
                m.number = *n;
            }
            None => {
                seen.push((m.sub, 1));
                m.number = 1;
            }
        }
    }
    measures
}

impl Measure {
    /// A measure is overdue when its deadline has passed and it is not completed.
    pub fn is_overdue(&self, today: Date) -> bool {
        !self.status.is_completed() && self.deadline.is_some_and(|d| d.latest() < today)
    }

    /// Whether the deadline was extended (延期): the original is kept.
    pub fn is_extended(&self) -> bool {
        self.deadline_original.is_some()
    }

    /// Done after its (original) deadline: 逾期完成. Only when the done date is surely later
    /// (a done month after a deadline day in it is not).
    pub fn done_late(&self) -> bool {
        let deadline = self.deadline_original.or(self.deadline);
        self.status == Status::Done
            && matches!((self.done, deadline), (Some(done), Some(d)) if done.earliest() > d.latest())
    }

    /// The address of this measure in `finding`.
    pub fn address(&self, finding: u32) -> Address {
        Address {
            finding,
            sub: self.sub,
            measure: Some(self.number),
        }
    }
}

impl Report {
    pub fn category(&self, id: &str) -> Option<&Category> {
        self.categories.iter().find(|c| c.id == id)
    }

    pub fn finding(&self, id: u32) -> Option<&Finding> {
        self.findings.iter().find(|f| f.id == id)
    }

    /// The highest finding number in use, removed findings included.
    pub fn highest_finding_id(&self) -> u32 {
        self.findings
            .iter()
            .map(|f| f.id)
            .chain(self.removed_findings.iter().map(|f| f.id))
            .max()
            .unwrap_or(0)
    }

    /// All measures with their addresses, in notice order.
    pub fn measures(&self) -> impl Iterator<Item = (Address, &Finding, &Measure)> {
        self.findings
            .iter()
            .flat_map(|f| f.measures.iter().map(move |m| (f.measure_address(m), f, m)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_parses_keys_and_chinese_labels() {
        assert_eq!(Status::parse("done"), Some(Status::Done));
        assert_eq!(Status::parse("长期坚持"), Some(Status::Ongoing));
        assert_eq!(Status::parse("in-progress"), Some(Status::InProgress));
        assert_eq!(Status::parse("完成"), Some(Status::Done));
        assert_eq!(Status::parse("整改中"), Some(Status::InProgress));
        assert_eq!(Status::parse("正在整改"), Some(Status::InProgress));
        assert_eq!(Status::parse("持续推进"), Some(Status::Ongoing));
        assert_eq!(Status::parse("未开始"), Some(Status::NotStarted));
        assert_eq!(Status::parse("Done"), Some(Status::Done));
        assert_eq!(Status::parse("好了"), None);
    }

    #[test]
    fn overall_status_of_a_finding() {
        use Status::*;
        assert_eq!(Status::overall([Done, Done]), Done);
        assert_eq!(Status::overall([Done, Ongoing]), Ongoing);
        assert_eq!(Status::overall([Done, Partial]), Partial);
        assert_eq!(Status::overall([Done, NotStarted]), InProgress);
        assert_eq!(Status::overall([NotStarted, NotStarted]), NotStarted);
        assert_eq!(Status::overall([]), NotStarted);
    }

    #[test]
    fn addresses_parse_and_print() {
        let a: Address = "4.2".parse().unwrap();
        assert_eq!((a.finding, a.measure), (4, Some(2)));
        assert_eq!(a.to_string(), "4.2");
        let f: Address = "10".parse().unwrap();
        assert_eq!(f.measure, None);
        assert!("4.0".parse::<Address>().is_err());
        assert!("x".parse::<Address>().is_err());
        assert!("4.2.1".parse::<Address>().is_err());
        let s: Address = "4.a.2".parse().unwrap();
        assert_eq!((s.finding, s.sub, s.measure), (4, Some('a'), Some(2)));
        assert_eq!(s.to_string(), "4.a.2");
        assert_eq!("4.b".parse::<Address>().unwrap().to_string(), "4.b");
        assert!("4.ab.1".parse::<Address>().is_err());
    }
}
