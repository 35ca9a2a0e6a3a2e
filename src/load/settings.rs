//! Reading `[notice]` from rectify.toml into [`NoticeSettings`]: every key checked (its type,
//! its placeholders, its word from a fixed list), every problem reported with its place.
//! The settings' types and defaults are [`crate::settings`]; this is only the reading.

use toml::de::DeValue;
use toml::Spanned;

use crate::load::reader::{nearest, type_name, Ctx, Fields};
use crate::settings::{
    is_count, placeholders, ContactAt, ContactLayout, FindingNumbering, Language, MeasureGroup,
    MeasureLayout, NoticeSettings, PointLayout, Punctuation, SignatureLayout, StatisticsAt,
    YearRule, FACT_PLACEHOLDERS, NUMBER_PLACEHOLDERS, STATISTICS_PLACEHOLDERS,
};

/// An example `numbering`, for hints.
const NUMBERING_EXAMPLE: &str = "[\"{cn}、\", \"（{cn}）\", \"{n}.\", \"（{n}）\"]";

const KEYS: &[&str] = &[
    "title_format",
    "intro_format",
    "numbering",
    "ordinal",
    "points",
    "finding_heading",
    "finding_detail",
    "finding_numbering",
    "category_heading",
    "sub_heading",
    "measures",
    "measure_group",
    "end_year",
    "feedback_year",
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
    "genre",
    "signature",
    "punctuation",
];

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
    statistics_names.extend(FACT_PLACEHOLDERS);
    for (key, allowed) in [
        ("title_format", FACT_PLACEHOLDERS),
        ("intro_format", FACT_PLACEHOLDERS),
        ("ordinal", NUMBER_PLACEHOLDERS),
        ("finding_heading", &["title"][..]),
        ("category_heading", &["title"][..]),
        ("sub_heading", &["title"][..]),
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
    for (key, set) in TEXTS {
        if let Some(v) = ctx.text(&t, key, false) {
            set(&mut s, v.value);
        }
    }
    // Separators may be empty (no colon, no full stop), so they are read as plain strings.
    for (key, set) in STRINGS {
        if let Some(v) = ctx.string(&t, key, false) {
            set(&mut s, v.value);
        }
    }
    for (key, words) in WORDS {
        if let Some(set) = choice(ctx, &t, key, words) {
            set(&mut s);
        }
    }
    if let Some(value) = t.get("figures") {
        s.figures = read_figures(value, ctx);
    }
    s
}

/// What a key's value sets in the settings.
type SetText = fn(&mut NoticeSettings, String);
/// What one word of a key's fixed list sets.
type SetWord = fn(&mut NoticeSettings);

/// Keys whose value is text, printed (so checked for control characters and emptiness).
const TEXTS: &[(&str, SetText)] = &[
    ("title_format", |s, v| s.title_format = Some(v)),
    ("intro_format", |s, v| s.intro_format = v),
    ("finding_heading", |s, v| s.finding_heading = v),
    ("category_heading", |s, v| s.category_heading = v),
    ("sub_heading", |s, v| s.sub_heading = v),
    ("finding_detail", |s, v| s.finding_detail = Some(v)),
    ("measures_label", |s, v| s.measures_label = Some(v)),
    ("statistics", |s, v| s.statistics = Some(v)),
    ("genre", |s, v| s.genre = v),
];

/// Keys whose value is a string that may be empty: separators and affixes.
const STRINGS: &[(&str, SetText)] = &[
    ("ordinal", |s, v| s.ordinal = v),
    ("status_format", |s, v| s.status_format = v),
    ("contact_label_separator", |s, v| {
        s.contact_label_separator = v
    }),
    ("contact_separator", |s, v| s.contact_separator = v),
    ("contact_end", |s, v| s.contact_end = v),
];

/// Keys whose value is one word of a fixed list, each word with what it sets.
const WORDS: &[(&str, &[(&str, SetWord)])] = &[
    (
        "points",
        &[
            ("paragraphs", |s| s.points = PointLayout::Paragraphs),
            ("inline", |s| s.points = PointLayout::Inline),
            ("items", |s| s.points = PointLayout::Items),
        ],
    ),
    (
        "finding_numbering",
        &[
            ("continuous", |s| {
                s.finding_numbering = FindingNumbering::Continuous
            }),
            ("per-category", |s| {
                s.finding_numbering = FindingNumbering::PerCategory
            }),
        ],
    ),
    (
        "measures",
        &[
            ("inline", |s| s.measures = MeasureLayout::Inline),
            ("paragraphs", |s| s.measures = MeasureLayout::Paragraphs),
            ("items", |s| s.measures = MeasureLayout::Items),
        ],
    ),
    (
        "measure_group",
        &[
            ("one-paragraph", |s| {
                s.measure_group = MeasureGroup::OneParagraph
            }),
            ("separate", |s| s.measure_group = MeasureGroup::Separate),
        ],
    ),
    (
        "end_year",
        &[
            ("auto", |s| s.end_year = YearRule::Auto),
            ("always", |s| s.end_year = YearRule::Always),
        ],
    ),
    (
        "feedback_year",
        &[
            ("auto", |s| s.feedback_year = YearRule::Auto),
            ("always", |s| s.feedback_year = YearRule::Always),
        ],
    ),
    (
        "single_measure",
        &[
            ("numbered", |s| s.single_measure_plain = false),
            ("plain", |s| s.single_measure_plain = true),
        ],
    ),
    (
        "statistics_at",
        &[
            ("none", |s| s.statistics_at = StatisticsAt::None),
            ("intro", |s| s.statistics_at = StatisticsAt::Intro),
            ("findings", |s| s.statistics_at = StatisticsAt::Findings),
        ],
    ),
    (
        "contact",
        &[
            ("inline", |s| s.contact = ContactLayout::Inline),
            ("lines", |s| s.contact = ContactLayout::Lines),
        ],
    ),
    (
        "contact_at",
        &[
            ("after-closing", |s| s.contact_at = ContactAt::AfterClosing),
            ("before-closing", |s| {
                s.contact_at = ContactAt::BeforeClosing
            }),
        ],
    ),
    (
        "signature",
        &[
            ("without-seal", |s| {
                s.signature = SignatureLayout::WithoutSeal
            }),
            ("with-seal", |s| s.signature = SignatureLayout::WithSeal),
        ],
    ),
    (
        "punctuation",
        &[
            ("typeset", |s| s.punctuation = Punctuation::Typeset),
            ("as-written", |s| s.punctuation = Punctuation::AsWritten),
        ],
    ),
];

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
            DeValue::String(_) if is_count(key) || FACT_PLACEHOLDERS.contains(&key) => {
                ctx.error(
                    v.span(),
                    t!(
                        "figure-shadows-count",
                        key = key,
                        placeholder = format!("{{{key}}}")
                    ),
                    t!(
                        "figure-shadows-count-help",
                        key = key,
                        placeholder = format!("{{{key}}}")
                    ),
                );
            }
            DeValue::String(s) => {
                ctx.printable_in(s, v.span(), key, "[notice.figures]");
                out.push((key.to_string(), s.to_string()));
            }
            other => ctx.error(
                v.span(),
                t!("figure-must-be-text", key = key, found = type_name(other)),
                t!("figure-must-be-text-help", key = key),
            ),
        }
    }
    out
}

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
        if allowed.contains(&name) || (key == "statistics" && is_count(name)) {
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
            t!(
                "placeholder-unknown",
                name = format!("{{{name}}}"),
                key = key
            ),
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
}
