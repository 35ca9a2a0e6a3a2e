//! rectify.toml → the report's own parts (everything but the findings).

use toml::de::{DeTable, DeValue};

use super::reader::{Ctx, Fields};
use crate::load::settings as notice_settings;
use crate::model::{
    Category, Closing, Contact, ContactEntry, Inspection, Language, Part, Point, Report, Section,
};
use crate::settings;
use crate::source::shorten;

const ROOT_KEYS: &[&str] = &[
    "title",
    "language",
    "intro",
    "inspection",
    "category",
    "section",
    "closing",
    "contact",
    "notice",
    "plan",
    "report",
];
const REPORT_KEYS: &[&str] = &["title", "issuer", "remind_title", "remind_text"];
const PLAN_KEYS: &[&str] = &[
    "title",
    "intro",
    "guidance",
    "tasks",
    "requirements",
    "closing",
    "issuer",
    "date",
];
const INSPECTION_KEYS: &[&str] = &[
    "round",
    "authority",
    "group",
    "unit",
    "unit_full",
    "start",
    "end",
    "feedback",
];
const CATEGORY_KEYS: &[&str] = &["id", "title"];
const SECTION_KEYS: &[&str] = &[
    "title",
    "numbered",
    "point",
    "paragraph",
    "paragraphs",
    "findings",
    "points",
    "statistics",
];
const POINT_KEYS: &[&str] = &["lead", "text"];
/// A `[[section.paragraph]]`: a paragraph, or the place of the findings or the statistics.
const PARAGRAPH_KEYS: &[&str] = &["text", "insert"];
/// What `insert` in a `[[section.paragraph]]` may place.
const INSERTS: &[(&str, Part)] = &[
    ("findings", Part::Findings),
    ("statistics", Part::Statistics),
];
const CLOSING_KEYS: &[&str] = &["text", "issuer", "date"];

/// Contact keys with their default labels, in the order they are usually printed.
pub const CONTACT_LABELS: &[(&str, &str, &str)] = &[
    ("phone", "联系电话", "Phone"),
    ("fax", "传真", "Fax"),
    ("address", "通讯地址", "Address"),
    ("postcode", "邮政编码", "Postcode"),
    ("email", "电子邮箱", "E-mail"),
    ("website", "网址", "Website"),
];

pub fn read(root: &DeTable, ctx: &mut Ctx) -> Report {
    let fields = ctx.fields(root, 0..0, "rectify.toml", ROOT_KEYS);
    let language = match ctx.string(&fields, "language", false) {
        None => Language::Zh,
        Some(at) => match at.value.as_str() {
            "zh" => Language::Zh,
            "en" => Language::En,
            other => {
                ctx.error(
                    at.span,
                    t!("report-unknown-language", language = shorten(other)),
                    t!("report-unknown-language-help"),
                );
                Language::Zh
            }
        },
    };
    let inspection = match fields.get("inspection") {
        Some(value) => match ctx.table(value, "[inspection]", INSPECTION_KEYS) {
            Some(t) => read_inspection(&t, ctx),
            None => Inspection::default(),
        },
        None => Inspection::default(),
    };
    let categories = ctx
        .tables(&fields, "category", "a [[category]]", CATEGORY_KEYS)
        .iter()
        .filter_map(|t| {
            let id = ctx.text(t, "id", true);
            let title = ctx.text(t, "title", true);
            Some(Category {
                id: id?.value,
                title: title?.value,
                origin: t.origin(ctx.file),
            })
        })
        .collect();
    let sections = ctx
        .tables(&fields, "section", "a [[section]]", SECTION_KEYS)
        .iter()
        .filter_map(|t| read_section(t, ctx))
        .collect();
    let closing = match fields.get("closing") {
        Some(value) => match ctx.table(value, "[closing]", CLOSING_KEYS) {
            Some(t) => Closing {
                text: ctx.text(&t, "text", false).map(|a| a.value),
                issuer: ctx.text(&t, "issuer", false).map(|a| a.value),
                date: ctx.date(&t, "date").map(|a| a.value),
            },
            None => Closing::default(),
        },
        None => Closing::default(),
    };
    let contact = match fields.get("contact") {
        Some(value) => read_contact(value, language, ctx),
        None => Contact::default(),
    };
    let mut notice = match fields.get("notice") {
        Some(value) => notice_settings::read(value, language, ctx),
        None => settings::NoticeSettings::for_language(language),
    };
    // `title = true`: the title assembled from the facts (the default format unless
    // `[notice] title_format` gives one); `title = false`: no title, whatever the format says.
    let title = match fields.get("title").map(|v| v.get_ref()) {
        Some(toml::de::DeValue::Boolean(true)) => {
            if notice.title_format.is_none() {
                notice.title_format = Some(settings::default_title_format(language).to_string());
            }
            None
        }
        Some(toml::de::DeValue::Boolean(false)) => {
            notice.title_format = None;
            None
        }
        _ => ctx.text(&fields, "title", false).map(|a| a.value),
    };
    let plan = match fields.get("plan") {
        Some(value) => match ctx.table(value, "[plan]", PLAN_KEYS) {
            Some(t) => settings::PlanSettings {
                title: ctx.text(&t, "title", false).map(|a| a.value),
                intro: ctx.text(&t, "intro", false).map(|a| a.value),
                guidance: ctx.text(&t, "guidance", false).map(|a| a.value),
                tasks: ctx.text(&t, "tasks", false).map(|a| a.value),
                requirements: ctx.texts(&t, "requirements"),
                closing: ctx.text(&t, "closing", false).map(|a| a.value),
                issuer: ctx.text(&t, "issuer", false).map(|a| a.value),
                date: ctx.date(&t, "date").map(|a| a.value),
            },
            None => settings::PlanSettings::default(),
        },
        None => settings::PlanSettings::default(),
    };
    let report_settings = match fields.get("report") {
        Some(value) => match ctx.table(value, "[report]", REPORT_KEYS) {
            Some(t) => settings::ReportSettings {
                title: ctx.text(&t, "title", false).map(|a| a.value),
                issuer: ctx.text(&t, "issuer", false).map(|a| a.value),
                remind_title: ctx.text(&t, "remind_title", false).map(|a| a.value),
                remind_text: ctx.text(&t, "remind_text", false).map(|a| a.value),
            },
            None => settings::ReportSettings::default(),
        },
        None => settings::ReportSettings::default(),
    };
    Report {
        report: report_settings,
        plan,
        removed_findings: Vec::new(),
        title,
        language,
        inspection,
        intro: ctx.text(&fields, "intro", false).map(|a| a.value),
        categories,
        sections,
        findings: Vec::new(),
        closing,
        contact,
        notice,
    }
}

fn read_inspection(t: &Fields, ctx: &mut Ctx) -> Inspection {
    let start = ctx.date(t, "start");
    let end = ctx.date(t, "end");
    let feedback = ctx.date(t, "feedback");
    if let (Some(start), Some(end)) = (&start, &end) {
        if end.value < start.value {
            ctx.error(
                end.span.clone(),
                t!(
                    "report-ends-before-start",
                    end = end.value.to_string(),
                    start = start.value.to_string()
                ),
                t!("report-ends-before-start-help"),
            );
        }
    }
    if let (Some(end), Some(feedback)) = (&end, &feedback) {
        if feedback.value < end.value {
            ctx.error(
                feedback.span.clone(),
                t!(
                    "report-feedback-before-end",
                    feedback = feedback.value.to_string(),
                    end = end.value.to_string()
                ),
                t!("report-feedback-before-end-help"),
            );
        }
    }
    Inspection {
        round: ctx.text(t, "round", false).map(|a| a.value),
        authority: ctx.text(t, "authority", false).map(|a| a.value),
        group: ctx.text(t, "group", false).map(|a| a.value),
        unit: ctx.text(t, "unit", false).map(|a| a.value),
        unit_full: ctx.text(t, "unit_full", false).map(|a| a.value),
        start: start.map(|a| a.value),
        end: end.map(|a| a.value),
        feedback: feedback.map(|a| a.value),
    }
}

fn read_section(t: &Fields, ctx: &mut Ctx) -> Option<Section> {
    let title = ctx.text(t, "title", false).map(|a| a.value);
    // Points and `[[section.paragraph]]`s print in the order they are written in the file.
    let mut ordered: Vec<(usize, Part)> = Vec::new();
    let mut points: Vec<Point> = Vec::new();
    for p in ctx.tables(t, "point", "a [[section.point]]", POINT_KEYS) {
        let lead = ctx.text(&p, "lead", false).map(|a| a.value);
        if let Some(text) = ctx.text(&p, "text", true) {
            ordered.push((p.span.start, Part::Point(points.len())));
            points.push(Point {
                lead,
                text: text.value,
            });
        }
    }
    let mut paragraphs: Vec<String> = Vec::new();
    for p in ctx.tables(t, "paragraph", "a [[section.paragraph]]", PARAGRAPH_KEYS) {
        let insert = notice_settings::choice(ctx, &p, "insert", INSERTS);
        let text = ctx.text(&p, "text", insert.is_none() && p.get("insert").is_none());
        match (insert, text) {
            (Some(_), Some(at)) => ctx.error(
                at.span,
                t!("section-paragraph-text-and-insert"),
                t!("section-paragraph-text-and-insert-help"),
            ),
            (Some(part), None) => ordered.push((p.span.start, part)),
            (None, Some(text)) => {
                ordered.push((p.span.start, Part::Paragraph(paragraphs.len())));
                paragraphs.push(text.value);
            }
            (None, None) => {}
        }
    }
    ordered.sort_by_key(|(at, _)| *at);
    let inserted = |part: Part| ordered.iter().any(|(_, p)| *p == part);
    let findings_inserted = inserted(Part::Findings);
    let statistics_inserted = inserted(Part::Statistics);
    // The keys keep their places from before: the statistics open the section, then points
    // and paragraphs as written, `paragraphs = […]`, the findings last.
    let mut parts: Vec<Part> = Vec::new();
    let statistics_key = ctx.bool(t, "statistics").unwrap_or(false);
    if statistics_key && !statistics_inserted {
        parts.push(Part::Statistics);
    }
    parts.extend(ordered.iter().map(|(_, p)| *p));
    for text in ctx.texts(t, "paragraphs") {
        parts.push(Part::Paragraph(paragraphs.len()));
        paragraphs.push(text);
    }
    let findings_key = ctx.bool(t, "findings").unwrap_or(false);
    if findings_key && !findings_inserted {
        parts.push(Part::Findings);
    }
    let findings = findings_key || findings_inserted;
    let statistics = statistics_key || statistics_inserted;
    let layout = notice_settings::choice(ctx, t, "points", notice_settings::POINT_LAYOUTS);
    let numbered = ctx.bool(t, "numbered").unwrap_or(title.is_some());
    if numbered && title.is_none() && t.get("numbered").is_some() {
        ctx.error(
            t.get("numbered")
                .map(|v| v.span())
                .unwrap_or(t.span.clone()),
            t!("section-untitled-numbered"),
            t!("section-untitled-numbered-help"),
        );
    }
    if parts.is_empty() {
        ctx.error(
            t.span.clone(),
            t!("section-empty"),
            t!("section-empty-help"),
        );
    }
    Some(Section {
        numbered: numbered && title.is_some(),
        title,
        parts,
        points,
        paragraphs,
        findings,
        layout,
        statistics,
        origin: t.origin(ctx.file),
    })
}

fn read_contact(value: &toml::Spanned<DeValue>, language: Language, ctx: &mut Ctx) -> Contact {
    let DeValue::Table(table) = value.get_ref() else {
        ctx.error(
            value.span(),
            t!("contact-not-a-table"),
            t!("contact-not-a-table-help"),
        );
        return Contact::default();
    };
    let mut entries = Vec::new();
    for (key, value) in table.iter() {
        let key: &str = key.get_ref();
        let default_label = CONTACT_LABELS
            .iter()
            .find(|(k, _, _)| *k == key)
            .map(|(_, zh, en)| match language {
                Language::Zh => *zh,
                Language::En => *en,
            });
        match value.get_ref() {
            DeValue::String(s) if default_label.is_some() && !s.trim().is_empty() => {
                ctx.printable_in(s, value.span(), key, "[contact]");
                entries.push(ContactEntry {
                    key: key.to_string(),
                    label: default_label.unwrap_or_default().to_string(),
                    value: s.to_string(),
                });
            }
            DeValue::Table(_) => {
                let Some(t) = ctx.table(value, "a contact entry", &["label", "value"]) else {
                    continue;
                };
                let label = ctx
                    .text(&t, "label", default_label.is_none())
                    .map(|a| a.value);
                let Some(v) = ctx.text(&t, "value", true) else {
                    continue;
                };
                entries.push(ContactEntry {
                    key: key.to_string(),
                    label: label
                        .or(default_label.map(str::to_string))
                        .unwrap_or_default(),
                    value: v.value,
                });
            }
            DeValue::String(_) if default_label.is_some() => {
                ctx.error(
                    value.span(),
                    t!("contact-empty", key = key),
                    t!("contact-empty-help"),
                );
            }
            // A postcode or phone written as a number: the key is right, the type is not.
            other if default_label.is_some() && !matches!(other, DeValue::String(_)) => {
                ctx.error(
                    value.span(),
                    t!(
                        "contact-must-be-text",
                        key = key,
                        found = super::reader::type_name(other)
                    ),
                    t!("contact-must-be-text-help", key = key),
                );
            }
            _ => {
                let key = shorten(key);
                let known: Vec<&str> = CONTACT_LABELS.iter().map(|(k, _, _)| *k).collect();
                let example = format!("{key} = {{ label = \"举报电话\", value = \"…\" }}");
                let help = match super::reader::nearest(&key, &known) {
                    Some(near) => t!("contact-did-you-mean", suggestion = near, example = example),
                    None => t!(
                        "contact-known-keys",
                        keys = known.join(", "),
                        example = example
                    ),
                };
                ctx.error(value.span(), t!("contact-unknown", key = key), help);
            }
        }
    }
    Contact { entries }
}
