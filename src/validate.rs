//! Checks across records and files, after each file has been read on its own: duplicate ids
//! (both places named), the structure of the notice, and the order findings are printed in.
//! Per-value checks (types, dates, statuses) happen while reading, where the spans are.
//! Every load runs these on the whole report, whether its files were read afresh or reused by
//! [`crate::load::reload`].

use std::collections::{HashMap, HashSet};

use crate::diagnostic::Diagnostic;
use crate::model::Report;
use crate::source::shorten;

/// The cross-file checks; `command` is how hints write `rectify` (`rectify --unit NAME`
/// within a root).
pub fn validate(report: &mut Report, diagnostics: &mut Vec<Diagnostic>, command: &str) {
    duplicate_categories(report, diagnostics);
    duplicate_findings(report, diagnostics);
    // A removed finding keeps its number taken (checked above) and is left out of the rest.
    let (removed, live): (Vec<_>, Vec<_>) = std::mem::take(&mut report.findings)
        .into_iter()
        .chain(std::mem::take(&mut report.removed_findings))
        .partition(|f| f.removed.is_some());
    report.findings = live;
    report.removed_findings = removed;
    structure(report, diagnostics);
    unknown_placeholders(report, diagnostics);
    // With errors, findings may be missing from the load: "unused" would only be noise.
    if !diagnostics.iter().any(Diagnostic::is_error) && !report.findings.is_empty() {
        unused_categories(report, diagnostics);
        signoffs(report, diagnostics, command);
    }
    order_findings(report);
}

/// A `{name}` in a data text that names no count, fact or figure is printed as written: most
/// likely a typo (`{findigs}`), so it is a warning naming the place and the nearest name.
/// Only names made of ASCII letters, digits, `_` and `.` are taken for placeholders.
fn unknown_placeholders(report: &Report, diagnostics: &mut Vec<Diagnostic>) {
    use crate::settings::{is_count, placeholders, FACT_PLACEHOLDERS, STATISTICS_PLACEHOLDERS};
    let figures: Vec<&str> = report
        .notice
        .figures
        .iter()
        .map(|(k, _)| k.as_str())
        .collect();
    let known = |name: &str| {
        figures.contains(&name)
            || FACT_PLACEHOLDERS.contains(&name)
            || match name.split_once('.') {
                Some((_, id)) => is_count(name) && report.category(id).is_some(),
                None => is_count(name),
            }
    };
    let mut names: Vec<&str> = STATISTICS_PLACEHOLDERS.to_vec();
    names.extend(FACT_PLACEHOLDERS);
    names.extend(&figures);
    let mut check = |text: &str, origin: Option<&crate::model::Origin>, what: &str| {
        for name in placeholders(text) {
            let looks_like_one = !name.is_empty()
                && name
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.');
            if !looks_like_one || known(name) {
                continue;
            }
            let help = match crate::load::reader::nearest(name, &names) {
                Some(near) => t!(
                    "text-placeholder-unknown-near",
                    near = format!("{{{near}}}")
                ),
                None => t!("text-placeholder-unknown-help"),
            };
            let d = Diagnostic::warning(t!(
                "text-placeholder-unknown",
                place = crate::i18n::message(what, None),
                placeholder = format!("{{{}}}", shorten(name))
            ))
            .help(help);
            diagnostics.push(match origin {
                Some(o) => d.at_origin(o),
                None => d,
            });
        }
    };
    if let Some(intro) = &report.intro {
        check(intro, None, "place-intro");
    }
    for section in &report.sections {
        for p in &section.paragraphs {
            check(p, Some(&section.origin), "place-section-paragraph");
        }
        for p in &section.points {
            check(&p.text, Some(&section.origin), "place-section-point");
            if let Some(lead) = &p.lead {
                check(lead, Some(&section.origin), "place-section-point");
            }
        }
    }
    for f in &report.findings {
        for text in [
            Some(&f.title),
            f.description.as_ref(),
            f.opening.as_ref(),
            f.closing.as_ref(),
        ]
        .into_iter()
        .flatten()
        {
            check(text, Some(&f.origin), "place-finding");
        }
        for m in &f.measures {
            check(&m.text, Some(&m.origin), "place-measure");
        }
        for sub in &f.subs {
            for text in [
                Some(&sub.title),
                sub.description.as_ref(),
                sub.opening.as_ref(),
                sub.closing.as_ref(),
            ]
            .into_iter()
            .flatten()
            {
                check(text, Some(&sub.origin), "place-sub");
            }
        }
    }
    if let Some(text) = &report.closing.text {
        check(text, None, "place-closing");
    }
    let plan = &report.plan;
    for text in [
        &plan.title,
        &plan.intro,
        &plan.guidance,
        &plan.tasks,
        &plan.closing,
    ]
    .into_iter()
    .flatten()
    .chain(&plan.requirements)
    {
        check(text, None, "place-plan");
    }
}

fn duplicate_categories(report: &Report, diagnostics: &mut Vec<Diagnostic>) {
    let mut seen = HashMap::new();
    for category in &report.categories {
        if let Some(first) = seen.insert(category.id.as_str(), &category.origin) {
            diagnostics.push(
                Diagnostic::error(t!("category-id-twice", id = shorten(&category.id)))
                    .at_origin(&category.origin)
                    .also(first, t!("first-used-here"))
                    .help(t!("category-id-twice-help")),
            );
            seen.insert(category.id.as_str(), first);
        }
    }
}

/// A sign-off (销号) of a finding whose measures are not all completed, or without evidence,
/// needs the reason it was forced.
/// `command`: how the hint writes `rectify` (with `--unit NAME` within a root).
fn signoffs(report: &Report, diagnostics: &mut Vec<Diagnostic>, command: &str) {
    for finding in &report.findings {
        let Some(signoff) = &finding.signoff else {
            continue;
        };
        if signoff.reason.is_some() {
            continue;
        }
        let open: Vec<String> = finding
            .measures
            .iter()
            .filter(|m| !m.status.is_completed())
            .map(|m| m.address(finding.id).to_string())
            .collect();
        let message = if !open.is_empty() {
            t!(
                "signoff-open-measures",
                id = finding.id,
                measures = crate::i18n::join(&open)
            )
        } else if signoff.evidence.is_empty()
            && finding.measures.iter().all(|m| m.evidence.is_empty())
        {
            t!("signoff-no-evidence", id = finding.id)
        } else {
            continue;
        };
        diagnostics.push(
            Diagnostic::warning(message)
                .at_origin(&finding.origin)
                .help(t!("signoff-unjustified-help", rectify = command)),
        );
    }
}

fn duplicate_findings(report: &Report, diagnostics: &mut Vec<Diagnostic>) {
    let mut seen = HashMap::with_capacity(report.findings.len());
    // Once, not per duplicate: a folder copied into itself has as many duplicates as findings.
    // Only when there is a duplicate, and without overflow when the highest id is u32::MAX.
    let mut next = None;
    for finding in &report.findings {
        if let Some(first) = seen.insert(finding.id, &finding.origin) {
            let next = *next.get_or_insert_with(|| {
                let highest = report.findings.iter().map(|f| f.id).max().unwrap_or(0);
                highest.saturating_add(1)
            });
            diagnostics.push(
                Diagnostic::error(t!("finding-id-twice", id = finding.id))
                    .at_origin(&finding.origin)
                    .also(first, t!("first-used-here"))
                    .help(t!("finding-id-twice-help", id = finding.id, next = next)),
            );
            seen.insert(finding.id, first);
        }
    }
}

fn structure(report: &Report, diagnostics: &mut Vec<Diagnostic>) {
    let holding: Vec<_> = report.sections.iter().filter(|s| s.findings).collect();
    if holding.len() > 1 {
        diagnostics.push(
            Diagnostic::error(t!("sections-findings-twice"))
                .at_origin(&holding[1].origin)
                .also(&holding[0].origin, t!("first-one-here"))
                .help(t!("sections-findings-twice-help")),
        );
    }
    if holding.is_empty() && !report.sections.is_empty() && !report.findings.is_empty() {
        diagnostics.push(
            Diagnostic::error(t!("sections-no-findings"))
                .at_origin(&report.sections[0].origin)
                .help(t!("sections-no-findings-help")),
        );
    }
    if report.intro.is_none() {
        let missing = missing_intro_facts(report);
        if !missing.is_empty() {
            diagnostics.push(
                Diagnostic::error(t!("intro-missing-facts", facts = missing.join(", ")))
                    .help(t!("intro-missing-facts-help")),
            );
        }
    }
}

/// The [inspection] facts the intro format needs and the data does not give.
fn missing_intro_facts(report: &Report) -> Vec<&'static str> {
    let i = &report.inspection;
    let mut missing = Vec::new();
    for name in crate::settings::placeholders(&report.notice.intro_format) {
        let needs: &[(&'static str, bool)] = match name {
            "authority" => &[("authority", i.authority.is_some())],
            "group" => &[("group", i.group.is_some())],
            "unit" => &[("unit", i.unit.is_some())],
            "unit_full" => &[("unit_full", i.unit_full.is_some() || i.unit.is_some())],
            "start" => &[("start", i.start.is_some())],
            "end" | "period" => &[("start", i.start.is_some()), ("end", i.end.is_some())],
            "feedback" => &[("feedback", i.feedback.is_some())],
            _ => &[],
        };
        for (fact, given) in needs {
            if !given && !missing.contains(fact) {
                missing.push(*fact);
            }
        }
    }
    missing
}

fn unused_categories(report: &Report, diagnostics: &mut Vec<Diagnostic>) {
    let used: HashSet<&str> = report
        .findings
        .iter()
        .filter_map(|f| f.category.as_deref())
        .collect();
    for category in &report.categories {
        if !used.contains(category.id.as_str()) {
            diagnostics.push(
                Diagnostic::warning(t!("category-unused", id = category.id))
                    .at_origin(&category.origin)
                    .help(t!("category-unused-help")),
            );
        }
    }
}

/// Notice order: categories in the order rectify.toml gives them, then by id.
fn order_findings(report: &mut Report) {
    let rank: HashMap<&str, usize> = report
        .categories
        .iter()
        .enumerate()
        .map(|(i, c)| (c.id.as_str(), i))
        .collect();
    let mut keyed: Vec<_> = std::mem::take(&mut report.findings)
        .into_iter()
        .map(|f| {
            let r = f
                .category
                .as_deref()
                .and_then(|c| rank.get(c).copied())
                .unwrap_or(usize::MAX);
            (r, f)
        })
        .collect();
    keyed.sort_by_key(|(r, f)| (*r, f.id));
    report.findings = keyed.into_iter().map(|(_, f)| f).collect();
}
