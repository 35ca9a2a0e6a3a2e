//! `[notice]` in rectify.toml: how the notice words and numbers things. Real notices differ
//! from unit to unit; these settings let a user match theirs without writing a template.
//! Every default reproduces the reference notice (docs/notice-settings.md lists them all).
//!
//! Formats are plain text with placeholders in braces (`针对“{title}”的问题。`); they are
//! filled by the notice view ([`crate::view::notice`]), never here.

use toml::de::DeValue;
use toml::Spanned;

use crate::load::reader::{nearest, Ctx, Fields};
use crate::model::Language;

const KEYS: &[&str] = &[
    "title_format",
    "intro_format",
    "numbering",
    "ordinal",
    "points",
    "finding_heading",
    "finding_detail",
    "finding_numbering",
    "measures",
    "measures_label",
    "single_measure",
    "status_format",
    "statistics",
    "statistics_at",
    "figures",
    "contact",
    "contact_at",
    "contact_label_separator",
    "contact_separator",
    "contact_end",
];

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
    pub measures: MeasureLayout,
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

/// The generated intro of the reference notice, word for word (its commas included).
pub const INTRO_ZH: &str = "根据{authority}巡察工作统一部署,{period},{group}对{unit}进行了巡察,并于{feedback}向{unit_full}反馈了巡察意见。按照党务公开原则和巡察工作有关要求,现将巡察整改进展情况予以公布。";
/// An example `numbering`, for hints.
const NUMBERING_EXAMPLE: &str = "[\"{cn}、\", \"（{cn}）\", \"{n}.\", \"（{n}）\"]";

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
            measures: MeasureLayout::Inline,
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

/// Reads `[notice]`, starting from the language's defaults.
pub fn read(value: &Spanned<DeValue>, language: Language, ctx: &mut Ctx) -> NoticeSettings {
    let mut s = NoticeSettings::for_language(language);
    let Some(t) = ctx.table(value, "[notice]", KEYS) else {
        return s;
    };
    let figure_keys: Vec<String> = match t.get("figures").map(|v| v.get_ref()) {
        Some(DeValue::Table(table)) => table.iter().map(|(k, _)| k.get_ref().to_string()).collect(),
        _ => Vec::new(),
    };
    let mut statistics_names: Vec<&str> = STATISTICS_PLACEHOLDERS.to_vec();
    statistics_names.extend(figure_keys.iter().map(String::as_str));
    for (key, allowed) in [
        ("title_format", FACT_PLACEHOLDERS),
        ("intro_format", FACT_PLACEHOLDERS),
        ("ordinal", NUMBER_PLACEHOLDERS),
        ("finding_heading", &["title"][..]),
        ("finding_detail", &["description"][..]),
        ("status_format", &["status"][..]),
        ("statistics", &statistics_names[..]),
    ] {
        check_placeholders(ctx, &t, key, allowed);
    }
    if let Some(DeValue::Array(levels)) = t.get("numbering").map(|v| v.get_ref()) {
        if levels.iter().any(|l| {
            l.get_ref().as_str().is_some_and(|s| {
                placeholders(s)
                    .iter()
                    .any(|n| !NUMBER_PLACEHOLDERS.contains(n))
            })
        }) {
            ctx.error(
                t.get("numbering").map(|v| v.span()).unwrap_or_default(),
                t!("numbering-bad-placeholder", n = "{n}", cn = "{cn}"),
                t!(
                    "numbering-bad-placeholder-help",
                    n = "{n}",
                    cn = "{cn}",
                    example = NUMBERING_EXAMPLE
                ),
            );
        }
    }
    let text = |ctx: &mut Ctx, key: &str| ctx.text(&t, key, false).map(|a| a.value);
    // Separators may be empty (no colon, no full stop), so they are read as plain strings.
    let string = |ctx: &mut Ctx, key: &str| ctx.string(&t, key, false).map(|a| a.value);

    s.title_format = text(ctx, "title_format");
    if let Some(v) = text(ctx, "intro_format") {
        s.intro_format = v;
    }
    if t.get("numbering").is_some() {
        let levels = ctx.texts(&t, "numbering");
        let empty = matches!(t.get("numbering").map(|v| v.get_ref()), Some(DeValue::Array(a)) if a.is_empty());
        if empty {
            // Silently numbering by the default would hide the mistake.
            ctx.error(
                t.get("numbering").map(|v| v.span()).unwrap_or_default(),
                t!("numbering-empty"),
                t!("numbering-empty-help", example = NUMBERING_EXAMPLE),
            );
        }
        if !levels.is_empty() {
            s.numbering = levels;
        }
    }
    if let Some(v) = string(ctx, "ordinal") {
        s.ordinal = v;
    }
    if let Some(v) = choice(ctx, &t, "points", POINT_LAYOUTS) {
        s.points = v;
    }
    if let Some(v) = text(ctx, "finding_heading") {
        s.finding_heading = v;
    }
    s.finding_detail = text(ctx, "finding_detail");
    if let Some(v) = choice(
        ctx,
        &t,
        "finding_numbering",
        &[
            ("continuous", FindingNumbering::Continuous),
            ("per-category", FindingNumbering::PerCategory),
        ],
    ) {
        s.finding_numbering = v;
    }
    if let Some(v) = choice(
        ctx,
        &t,
        "measures",
        &[
            ("inline", MeasureLayout::Inline),
            ("paragraphs", MeasureLayout::Paragraphs),
            ("items", MeasureLayout::Items),
        ],
    ) {
        s.measures = v;
    }
    s.measures_label = text(ctx, "measures_label");
    if let Some(v) = choice(
        ctx,
        &t,
        "single_measure",
        &[("numbered", false), ("plain", true)],
    ) {
        s.single_measure_plain = v;
    }
    if let Some(v) = string(ctx, "status_format") {
        s.status_format = v;
    }
    s.statistics = text(ctx, "statistics");
    if let Some(v) = choice(
        ctx,
        &t,
        "statistics_at",
        &[
            ("none", StatisticsAt::None),
            ("intro", StatisticsAt::Intro),
            ("findings", StatisticsAt::Findings),
        ],
    ) {
        s.statistics_at = v;
    }
    if let Some(value) = t.get("figures") {
        s.figures = read_figures(value, ctx);
    }
    if let Some(v) = choice(
        ctx,
        &t,
        "contact",
        &[
            ("inline", ContactLayout::Inline),
            ("lines", ContactLayout::Lines),
        ],
    ) {
        s.contact = v;
    }
    if let Some(v) = choice(
        ctx,
        &t,
        "contact_at",
        &[
            ("after-closing", ContactAt::AfterClosing),
            ("before-closing", ContactAt::BeforeClosing),
        ],
    ) {
        s.contact_at = v;
    }
    if let Some(v) = string(ctx, "contact_label_separator") {
        s.contact_label_separator = v;
    }
    if let Some(v) = string(ctx, "contact_separator") {
        s.contact_separator = v;
    }
    if let Some(v) = string(ctx, "contact_end") {
        s.contact_end = v;
    }
    s
}

/// The values of `points` (in `[notice]` and in a `[[section]]`).
pub const POINT_LAYOUTS: &[(&str, PointLayout)] = &[
    ("paragraphs", PointLayout::Paragraphs),
    ("inline", PointLayout::Inline),
    ("items", PointLayout::Items),
];

/// A string that must be one of `options`; anything else is reported with the choices.
pub fn choice<T: Copy>(
    ctx: &mut Ctx,
    fields: &Fields,
    key: &str,
    options: &[(&str, T)],
) -> Option<T> {
    let at = ctx.string(fields, key, false)?;
    if let Some((_, v)) = options.iter().find(|(name, _)| *name == at.value) {
        return Some(*v);
    }
    let names: Vec<&str> = options.iter().map(|(n, _)| *n).collect();
    let listing = names
        .iter()
        .map(|n| format!("\"{n}\""))
        .collect::<Vec<_>>()
        .join(", ");
    let help = match nearest(&at.value, &names) {
        Some(near) => t!(
            "choice-did-you-mean",
            suggestion = near,
            key = key,
            listing = listing
        ),
        None => t!("choice-one-of", key = key, listing = listing),
    };
    ctx.error(
        at.span,
        t!(
            "choice-unknown",
            key = key,
            value = at.value,
            what = crate::i18n::what(fields.what)
        ),
        help,
    );
    None
}

/// `[notice.figures]`: free figures, key = "text", in the order written.
fn read_figures(value: &Spanned<DeValue>, ctx: &mut Ctx) -> Vec<(String, String)> {
    let DeValue::Table(table) = value.get_ref() else {
        ctx.error(
            value.span(),
            t!("figures-not-a-table"),
            t!("figures-not-a-table-help"),
        );
        return Vec::new();
    };
    let mut out = Vec::new();
    for (key, v) in table.iter() {
        let key: &str = key.get_ref();
        match v.get_ref() {
            DeValue::String(s) => {
                ctx.printable_in(s, v.span(), key, "[notice.figures]");
                out.push((key.to_string(), s.to_string()));
            }
            other => ctx.error(
                v.span(),
                t!(
                    "figure-must-be-text",
                    key = key,
                    found = crate::load::reader::type_name(other)
                ),
                t!("figure-must-be-text-help", key = key),
            ),
        }
    }
    out
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
    "as_of",
];

/// Whether a format has a brace that is neither a placeholder's nor doubled (`{{`, `}}`):
/// printed as it is, it would be a typo nobody sees until the notice is out.
fn has_stray_brace(format: &str) -> bool {
    let mut rest = format;
    while let Some(i) = rest.find(['{', '}']) {
        let tail = &rest[i..];
        if tail.starts_with("{{") || tail.starts_with("}}") {
            rest = &tail[2..];
        } else if let (true, Some(end)) = (tail.starts_with('{'), tail.find('}')) {
            if tail[1..end].contains('{') {
                return true;
            }
            rest = &tail[end + 1..];
        } else {
            return true;
        }
    }
    false
}

/// Reports placeholders of `key` that are not in `allowed`, and stray braces.
fn check_placeholders(ctx: &mut Ctx, fields: &Fields, key: &str, allowed: &[&str]) {
    let Some(value) = fields.get(key) else {
        return;
    };
    let Some(text) = value.get_ref().as_str() else {
        return;
    };
    if has_stray_brace(text) {
        ctx.error(
            value.span(),
            t!("stray-brace", key = key),
            t!("stray-brace-help"),
        );
    }
    for name in placeholders(text) {
        if allowed.contains(&name) {
            continue;
        }
        let listing = allowed
            .iter()
            .map(|n| format!("{{{n}}}"))
            .collect::<Vec<_>>()
            .join(", ");
        let help = match nearest(name, allowed) {
            Some(near) => t!(
                "placeholder-did-you-mean",
                suggestion = format!("{{{near}}}"),
                key = key,
                listing = listing
            ),
            None => t!("placeholder-may-use", key = key, listing = listing),
        };
        ctx.error(
            value.span(),
            t!("placeholder-unknown", name = format!("{{{name}}}"), key = key),
            help,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stray_braces_are_found() {
        for ok in ["", "a{b}c", "{{x}}", "{a}{{b}}{c}", "}}{{"] {
            assert!(!has_stray_brace(ok), "{ok}");
        }
        for stray in ["{unclosed", "a}b", "{a{b}", "{{x}"] {
            assert!(has_stray_brace(stray), "{stray}");
        }
    }

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
    }
}
