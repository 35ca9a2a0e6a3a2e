//! `[notice]` in rectify.toml: how the notice words and numbers things. Real notices differ
//! from unit to unit; these settings let a user match theirs without writing a template.
//! Every default reproduces the reference notice (docs/notice-settings.md lists them all).
//!
//! Formats are plain text with placeholders in braces (`针对“{title}”的问题。`); they are
//! filled by the notice view ([`crate::view::notice`]), never here. These are the settings'
//! types, defaults and placeholder rules; reading them from TOML is [`crate::load::settings`].

/// The language of table headers, status labels and generated notice text (`language` in
/// rectify.toml): the documents' language, whatever the interface speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    #[default]
    Zh,
    En,
}

/// How a section's points are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum PointLayout {
    /// One paragraph per point, each opening with its ordinal: 一是…  (the reference).
    Paragraphs,
    /// All points in one paragraph: 一是…二是…三是…
    Inline,
    /// Numbered items one level below the section, lead inline: （一）…
    Items,
}

/// How a finding's measures are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum MeasureLayout {
    /// One paragraph: 一是…二是…三是… (the reference).
    Inline,
    /// One paragraph per measure, each opening with its ordinal.
    Paragraphs,
    /// Numbered sub-items one level below the finding: （1）…
    Items,
}

/// Whether findings are numbered 1…N across categories or from 1 in each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum FindingNumbering {
    Continuous,
    PerCategory,
}

/// Where the statistics sentence goes (besides sections marked `statistics = true`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum StatisticsAt {
    /// Nowhere (the reference), unless a section asks for it.
    None,
    /// At the end of the intro paragraph.
    Intro,
    /// As the first paragraph where the findings start.
    Findings,
}

/// How the contact details are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ContactLayout {
    /// One line: 联系电话：…；通讯地址：…；电子邮箱：…。
    Inline,
    /// One line per detail: 联系电话：…
    Lines,
}

/// Whether the contact details come after the closing text (the reference) or before it
/// (…联系电话：… then 特此公告。).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ContactAt {
    AfterClosing,
    BeforeClosing,
}

/// Whether a finding's measures label, opening sentence, 一是… run and closing sentence flow
/// as one paragraph or stand apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum MeasureGroup {
    /// 整改情况：党组认真对照反思，即知即改。一是…二是…  (one paragraph).
    OneParagraph,
    /// The label and opening, the 一是… run, and the closing each a paragraph of its own.
    Separate,
}

/// When a date printed after another in the same sentence keeps its year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum YearRule {
    /// Dropped when it is the year of the date before (10月14日; the reference).
    Auto,
    /// Always printed (2023年10月20日).
    Always,
}

/// `[plan]` in rectify.toml: the wording of the 整改方案 (`export --kind plan`). Every text
/// may use the counts, facts and figures as the notice's do; what is not given is written
/// from the facts (docs/notice-settings.md lists the defaults).
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct PlanSettings {
    /// The title; default `{unit_full}关于{authority}巡察反馈意见的整改方案`.
    pub title: Option<String>,
    /// The opening paragraph(s); default written from `[inspection]`.
    pub intro: Option<String>,
    /// 总体要求 (the guiding sentence), printed under its own heading when given.
    pub guidance: Option<String>,
    /// The sentence before the table (整改任务).
    pub tasks: Option<String>,
    /// 工作要求: paragraphs after the table, under their own heading.
    pub requirements: Vec<String>,
    /// The closing text.
    pub closing: Option<String>,
    /// The 落款; `[closing] issuer` when not given.
    pub issuer: Option<String>,
    pub date: Option<crate::date::Date>,
}

/// `[report]` in rectify.toml: the wording of the progress report (`rectify report`) and its
/// reminders (催办单). What is not given is written from the facts (docs/report.md).
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct ReportSettings {
    /// The report's title; default `{unit_full}巡察整改工作情况报告`.
    pub title: Option<String>,
    /// Who sends the report and the reminders (落款); `[closing] issuer` when not given.
    pub issuer: Option<String>,
    /// A reminder's title; default 巡察整改催办通知.
    pub remind_title: Option<String>,
    /// A reminder's request, with `{to}`, `{date}`, `{items}` (what is late and what falls due,
    /// in words), `{overdue}`, `{due_soon}`, `{days}`, `{reply_by}` and `{issuer}`; default in
    /// [`DEFAULT_REMIND_TEXT`].
    pub remind_text: Option<String>,
}

/// The request a reminder makes when `[report] remind_text` is not given.
/// A reminder's title when `[report] remind_title` gives none (the office's too).
pub const DEFAULT_REMIND_TITLE: &str = "巡察整改催办通知";

pub const DEFAULT_REMIND_TEXT: &str = "截至{date}，{to}承担的巡察整改措施中，{items}。请高度重视，抓紧推进，于{reply_by}前将整改进展情况和佐证材料书面报送{issuer}；确需延期的，请一并说明理由。";

#[derive(Debug, Clone, serde::Serialize)]
pub struct NoticeSettings {
    /// A title assembled from the inspection facts when rectify.toml gives no `title`,
    /// e.g. `{unit_full}关于巡察整改进展情况的公告`. None: no title (the reference).
    pub title_format: Option<String>,
    /// The intro written from `[inspection]` when rectify.toml gives no `intro`.
    pub intro_format: String,
    /// Number formats by depth (GB/T 9704): 一、 （一） 1. （1）.
    pub numbering: Vec<String>,
    /// The ordinal opening a point or measure: `{cn}是` → 一是.
    pub ordinal: String,
    pub points: PointLayout,
    /// A finding's heading; `{title}` is its title.
    pub finding_heading: String,
    /// The detail line under the heading of a finding with a description, e.g.
    /// `问题表现：{description}`. None: descriptions are not printed (the reference).
    pub finding_detail: Option<String>,
    pub finding_numbering: FindingNumbering,
    /// A category's heading after its number; `{title}` is its title (在“{title}”方面).
    pub category_heading: String,
    /// A sub-problem's heading after its number; `{title}` is its title.
    pub sub_heading: String,
    pub measures: MeasureLayout,
    /// How a measure group (label, opening, 一是…, closing) is set in paragraphs.
    pub measure_group: MeasureGroup,
    /// Whether `{end}` keeps its year when it is the start's.
    pub end_year: YearRule,
    /// Whether `{feedback}` keeps its year when it is the inspection's.
    pub feedback_year: YearRule,
    /// Printed before a finding's measures, e.g. 整改情况：
    pub measures_label: Option<String>,
    /// A finding with one measure written as plain prose, without 一是
    /// (`single_measure = "plain"`; "numbered" is the default).
    #[serde(rename = "single_measure", serialize_with = "plain_or_numbered")]
    pub single_measure_plain: bool,
    /// Appended to a measure with --with-status; `{status}` is its label.
    pub status_format: String,
    /// The statistics sentence (see docs/notice-settings.md for its placeholders).
    pub statistics: Option<String>,
    pub statistics_at: StatisticsAt,
    /// Free figures printed verbatim through `{key}` in the statistics sentence.
    #[serde(serialize_with = "pairs_as_map")]
    pub figures: Vec<(String, String)>,
    pub contact: ContactLayout,
    pub contact_at: ContactAt,
    pub contact_label_separator: String,
    pub contact_separator: String,
    pub contact_end: String,
    /// The kind of document (文种) the assembled title names: 公告, 通报, 报告…
    /// (`{genre}` in `title_format`; `title = true` uses it in the default title).
    pub genre: String,
    /// How the issuer and date (落款) are laid out in the .docx (GB/T 9704-2012 §7.3.5).
    pub signature: SignatureLayout,
    /// Whether a Chinese notice and ledger print full-width punctuation in Chinese context
    /// and nested quotes as ‘’ (the default), or the data's punctuation as written.
    pub punctuation: Punctuation,
}

/// The 落款 layouts of GB/T 9704-2012 §7.3.5.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SignatureLayout {
    /// 不加盖印章: the issuer two characters from the right edge, the date on the next line
    /// starting two characters right of the issuer's first (the default).
    WithoutSeal,
    /// 加盖印章: the date four characters from the right edge, the issuer centred over it,
    /// with room above for the seal.
    WithSeal,
}

/// `punctuation` in `[notice]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Punctuation {
    /// GB/T 15834: ，；：（） in Chinese text, quotes nested “‘’”.
    Typeset,
    /// The data's punctuation as it is (a published text reproduced mark for mark).
    AsWritten,
}

fn plain_or_numbered<S: serde::Serializer>(plain: &bool, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(if *plain { "plain" } else { "numbered" })
}

/// Figures as a JSON object, in the order written.
fn pairs_as_map<S: serde::Serializer>(
    pairs: &[(String, String)],
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.collect_map(pairs.iter().map(|(k, v)| (k, v)))
}

impl Default for NoticeSettings {
    fn default() -> Self {
        NoticeSettings::for_language(Language::Zh)
    }
}

/// The title `title = true` assembles when `[notice] title_format` gives none.
pub fn default_title_format(language: Language) -> &'static str {
    match language {
        Language::Zh => "{unit_full}关于巡察整改进展情况的{genre}",
        Language::En => "Rectification progress {genre}: {unit_full}",
    }
}

/// The generated intro of the reference notice, word for word (its commas included).
pub const INTRO_ZH: &str = "根据{authority}巡察工作统一部署,{period},{group}对{unit}进行了巡察,并于{feedback}向{unit_full}反馈了巡察意见。按照党务公开原则和巡察工作有关要求,现将巡察整改进展情况予以公布。";
const INTRO_EN: &str = "As arranged by {authority}, {group} inspected {unit} from {start} to {end} and fed its findings back to {unit_full} on {feedback}. This notice reports how the rectification stands.";

/// The statistics sentence used when `statistics_at` or a section asks for one and
/// `statistics` is not given.
pub const STATISTICS_ZH: &str = "巡察反馈的{categories}个方面{findings}个问题，已完成整改{findings_completed}个、正在整改{findings_open}个，整改完成率{finding_rate}。";
pub const STATISTICS_ZH_NO_CATEGORIES: &str = "巡察反馈的{findings}个问题，已完成整改{findings_completed}个、正在整改{findings_open}个，整改完成率{finding_rate}。";
pub const STATISTICS_EN: &str = "Findings fed back: {findings}; rectified: {findings_completed}; in progress: {findings_open} ({finding_rate} complete).";

impl NoticeSettings {
    /// The defaults in a language (Chinese: the reference notice).
    pub fn for_language(language: Language) -> Self {
        let zh = language == Language::Zh;
        let s = |zh_text: &str, en_text: &str| if zh { zh_text } else { en_text }.to_string();
        NoticeSettings {
            title_format: None,
            intro_format: s(INTRO_ZH, INTRO_EN),
            numbering: if zh {
                ["{cn}、", "（{cn}）", "{n}.", "（{n}）"]
            } else {
                ["{n}. ", "({n}) ", "{n}. ", "({n}) "]
            }
            .map(str::to_string)
            .to_vec(),
            ordinal: s("{cn}是", "({n}) "),
            points: PointLayout::Paragraphs,
            finding_heading: s("针对“{title}”的问题。", "On “{title}”"),
            finding_detail: None,
            finding_numbering: FindingNumbering::Continuous,
            category_heading: "{title}".to_string(),
            sub_heading: s("关于“{title}”的问题。", "On “{title}”"),
            measures: MeasureLayout::Inline,
            measure_group: MeasureGroup::OneParagraph,
            end_year: YearRule::Auto,
            feedback_year: YearRule::Auto,
            measures_label: None,
            single_measure_plain: false,
            status_format: s("（{status}）", " ({status})"),
            statistics: None,
            statistics_at: StatisticsAt::None,
            figures: Vec::new(),
            contact: ContactLayout::Inline,
            contact_at: ContactAt::AfterClosing,
            contact_label_separator: s("：", ": "),
            contact_separator: s("；", "; "),
            contact_end: s("。", "."),
            genre: s("公告", "notice"),
            signature: SignatureLayout::WithoutSeal,
            punctuation: Punctuation::Typeset,
        }
    }

    /// The number format at `depth` (1 = 一、); deeper levels reuse the last one.
    pub fn number_format(&self, depth: usize) -> &str {
        let i = depth.saturating_sub(1);
        self.numbering
            .get(i)
            .or(self.numbering.last())
            .map_or("{n}.", String::as_str)
    }
}

/// Fills a format's `{name}` placeholders through `lookup`; `{{` and `}}` are literal braces.
/// A name `lookup` does not know is left as written (loading has already reported it).
pub fn fill(format: &str, lookup: impl Fn(&str) -> Option<String>) -> String {
    let mut out = String::with_capacity(format.len() + 16);
    let mut rest = format;
    while let Some(i) = rest.find(['{', '}']) {
        out.push_str(&rest[..i]);
        let tail = &rest[i..];
        if tail.starts_with("{{") || tail.starts_with("}}") {
            out.push_str(&tail[..1]);
            rest = &tail[2..];
            continue;
        }
        if tail.starts_with('{') {
            if let Some(end) = tail.find('}') {
                let name = &tail[1..end];
                match lookup(name) {
                    Some(value) => out.push_str(&value),
                    None => out.push_str(&tail[..=end]),
                }
                rest = &tail[end + 1..];
                continue;
            }
        }
        out.push_str(&tail[..1]);
        rest = &tail[1..];
    }
    out.push_str(rest);
    out
}

/// Fills the `{name}` placeholders of a data text that `lookup` knows; everything else, `{{`
/// and `}}` included, stays as written (a data text is verbatim except for the counts,
/// facts and figures it names).
pub fn fill_known(text: &str, lookup: impl Fn(&str) -> Option<String>) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut rest = text;
    while let Some(i) = rest.find('{') {
        out.push_str(&rest[..i]);
        let tail = &rest[i..];
        // `{{` is kept as written (with what follows it): `{{title}}` is not `{title}`.
        if let Some(after) = tail.strip_prefix("{{") {
            out.push_str("{{");
            rest = after;
            continue;
        }
        let name_end = tail[1..].find(['{', '}']).map(|e| e + 1);
        match name_end {
            Some(end) if tail[end..].starts_with('}') => {
                match lookup(&tail[1..end]) {
                    Some(value) => out.push_str(&value),
                    None => out.push_str(&tail[..=end]),
                }
                rest = &tail[end + 1..];
            }
            _ => {
                out.push('{');
                rest = &tail[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The placeholder names a format uses, in order.
pub fn placeholders(format: &str) -> Vec<&str> {
    let mut names = Vec::new();
    let mut rest = format;
    while let Some(i) = rest.find(['{', '}']) {
        let tail = &rest[i..];
        if tail.starts_with("{{") || tail.starts_with("}}") {
            rest = &tail[2..];
        } else if let (true, Some(end)) = (tail.starts_with('{'), tail.find('}')) {
            names.push(&tail[1..end]);
            rest = &tail[end + 1..];
        } else {
            rest = &tail[1..];
        }
    }
    names
}

/// Placeholders of number formats (`numbering`, `ordinal`).
pub const NUMBER_PLACEHOLDERS: &[&str] = &["n", "cn"];
/// Placeholders of the title and intro formats.
pub const FACT_PLACEHOLDERS: &[&str] = &[
    "round",
    "genre",
    "authority",
    "group",
    "unit",
    "unit_full",
    "start",
    "end",
    "period",
    "feedback",
];
/// Placeholders of the statistics sentence (besides the keys of `[notice.figures]`).
pub const STATISTICS_PLACEHOLDERS: &[&str] = &[
    "categories",
    "findings",
    "findings_completed",
    "findings_open",
    "finding_rate",
    "measures",
    "measures_completed",
    "measures_open",
    "measure_rate",
    "done",
    "partial",
    "in_progress",
    "ongoing",
    "not_started",
    "overdue",
    "closed",
    "done_late",
    "extended",
    "as_of",
    "measures_done",
    "completion_rate",
    "subproblems",
];

/// Counts that also exist per category, as `{NAME.ID}` (`{findings.policy}`).
pub const PER_CATEGORY_PLACEHOLDERS: &[&str] = &[
    "findings",
    "findings_completed",
    "findings_open",
    "finding_rate",
    "measures",
    "measures_completed",
    "measures_done",
    "measures_open",
    "measure_rate",
    "completion_rate",
    "overdue",
];

/// Whether `name` is a built-in count, whole (`{findings}`) or per category
/// (`{findings.policy}`).
pub fn is_count(name: &str) -> bool {
    STATISTICS_PLACEHOLDERS.contains(&name)
        || name
            .split_once('.')
            .is_some_and(|(count, id)| !id.is_empty() && PER_CATEGORY_PLACEHOLDERS.contains(&count))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_placeholders_and_keeps_literal_braces() {
        let lookup = |name: &str| (name == "title").then(|| "学习不够".to_string());
        assert_eq!(
            fill("针对“{title}”的问题。", lookup),
            "针对“学习不够”的问题。"
        );
        assert_eq!(fill("{{title}} {title}", lookup), "{title} 学习不够");
        assert_eq!(fill("{other}", lookup), "{other}");
        assert_eq!(fill("a { b", lookup), "a { b");
        assert_eq!(placeholders("{a}{{b}}{c}"), vec!["a", "c"]);
        assert_eq!(
            fill_known("{{title}} {title} {x} {", lookup),
            "{{title}} 学习不够 {x} {"
        );
        assert_eq!(
            fill_known("{{ 7*7 }}{title}}", lookup),
            "{{ 7*7 }}学习不够}"
        );
    }
}
