//! Checks across records and files, after each file has been read on its own: duplicate ids
//! (both places named), the structure of the notice, and the order findings are printed in.
//! Per-value checks (types, dates, statuses) happen while reading, where the spans are.
//! Every load runs these on the whole report, whether its files were read afresh or reused by
//! [`crate::load::reload`].

use std::collections::{HashMap, HashSet};

use crate::diagnostic::Diagnostic;
use crate::model::Report;
use crate::source::shorten;

pub fn validate(report: &mut Report, diagnostics: &mut Vec<Diagnostic>) {
    duplicate_categories(report, diagnostics);
    duplicate_findings(report, diagnostics);
    structure(report, diagnostics);
    // With errors, findings may be missing from the load: "unused" would only be noise.
    if !diagnostics.iter().any(Diagnostic::is_error) {
        unused_categories(report, diagnostics);
    }
    order_findings(report);
}

fn duplicate_categories(report: &Report, diagnostics: &mut Vec<Diagnostic>) {
    let mut seen = HashMap::new();
    for category in &report.categories {
        if let Some(first) = seen.insert(category.id.as_str(), &category.origin) {
            diagnostics.push(
                Diagnostic::error(format!(
                    "category id `{}` is used twice",
                    shorten(&category.id)
                ))
                .at_origin(&category.origin)
                .also(first, "first used here")
                .help("give each [[category]] its own id"),
            );
            seen.insert(category.id.as_str(), first);
        }
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
                Diagnostic::error(format!("finding id {} is used twice", finding.id))
                    .at_origin(&finding.origin)
                    .also(first, "first used here")
                    .help(format!(
                        "ids address findings and their measures (`{0}.1`); give this one a free id such as {next}",
                        finding.id
                    )),
            );
            seen.insert(finding.id, first);
        }
    }
}

fn structure(report: &Report, diagnostics: &mut Vec<Diagnostic>) {
    let holding: Vec<_> = report.sections.iter().filter(|s| s.findings).collect();
    if holding.len() > 1 {
        diagnostics.push(
            Diagnostic::error("more than one section says `findings = true`")
                .at_origin(&holding[1].origin)
                .also(&holding[0].origin, "first one here")
                .help("the findings are printed once: keep `findings = true` on one section"),
        );
    }
    if holding.is_empty() && !report.sections.is_empty() && !report.findings.is_empty() {
        diagnostics.push(
            Diagnostic::error("no section says where the findings go")
                .at_origin(&report.sections[0].origin)
                .help("add `findings = true` to the [[section]] that lists the findings"),
        );
    }
    if report.intro.is_none() {
        let missing = missing_intro_facts(report);
        if !missing.is_empty() {
            diagnostics.push(
                Diagnostic::error(format!(
                    "rectify.toml has no `intro`, and [inspection] lacks {} to write one",
                    missing.join(", ")
                ))
                .help("add `intro = \"…\"` with the opening paragraph, or give [inspection] these facts"),
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
                Diagnostic::warning(format!("category `{}` has no findings", category.id))
                    .at_origin(&category.origin)
                    .help("give a finding `category = \"…\"` with this id, or remove the category"),
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
