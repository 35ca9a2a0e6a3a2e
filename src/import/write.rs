//! An imported ledger as a new data folder: rectify.toml and findings/NN.toml, written the
//! way a person would (comments, one file per finding), into a temporary folder beside the
//! target that is renamed into place only once it is complete and loads without errors. A
//! failed import leaves nothing behind.
//!
//! The files are built as `toml_edit` documents: every value a ledger gives (texts, a sheet
//! name in a comment) is encoded by toml_edit, never pasted into TOML text, so no cell can
//! add a key or a table.

use std::path::{Path, PathBuf};

use toml_edit::{value, ArrayOfTables, DocumentMut, Item, Table, Value};

use crate::date::When;
use crate::load::{FINDINGS_DIR, REPORT_FILE};
use crate::model::{Language, Measure, Report};

/// The files of the folder: relative path and text.
pub fn files(report: &Report, source: &str) -> Vec<(PathBuf, String)> {
    let mut out = vec![(PathBuf::from(REPORT_FILE), report_file(report, source))];
    let width = report
        .findings
        .iter()
        .map(|f| f.id.to_string().len())
        .max()
        .unwrap_or(1)
        .max(2);
    for finding in &report.findings {
        let category = finding
            .category
            .as_deref()
            .and_then(|id| report.category(id))
            .map(|c| format!(" · {}", c.title))
            .unwrap_or_default();
        let mut table = Table::new();
        table
            .decor_mut()
            .set_prefix(comment(&[&format!("问题{}{category}", finding.id)]));
        table.insert("id", value(i64::from(finding.id)));
        if let Some(category) = &finding.category {
            table.insert("category", value(category.as_str()));
        }
        table.insert("title", value(finding.title.as_str()));
        let mut measures = ArrayOfTables::new();
        for measure in finding.group(None) {
            measures.push(measure_table(measure));
        }
        if !measures.is_empty() || finding.subs.is_empty() {
            table.insert("measure", Item::ArrayOfTables(measures));
        }
        // Sub-problems (a ledger's 2.a.1 rows), each with its own measures.
        let mut subs = ArrayOfTables::new();
        for sub in &finding.subs {
            let mut t = Table::new();
            t.insert("id", value(sub.id.to_string()));
            t.insert("title", value(sub.title.as_str()));
            let mut measures = ArrayOfTables::new();
            for measure in finding.group(Some(sub.id)) {
                measures.push(measure_table(measure));
            }
            t.insert("measure", Item::ArrayOfTables(measures));
            subs.push(t);
        }
        if !subs.is_empty() {
            table.insert("sub", Item::ArrayOfTables(subs));
        }
        let mut findings = ArrayOfTables::new();
        findings.push(table);
        let mut doc = DocumentMut::new();
        doc.insert("finding", Item::ArrayOfTables(findings));
        out.push((
            Path::new(FINDINGS_DIR).join(format!("{:0width$}.toml", finding.id)),
            doc.to_string(),
        ));
    }
    out
}

/// Comment lines, each a line however the text runs: line breaks and other control
/// characters in a sheet name or title become spaces.
fn comment(lines: &[&str]) -> String {
    lines
        .iter()
        .map(|l| {
            let l: String = l
                .chars()
                .map(|c| if c.is_control() { ' ' } else { c })
                .collect();
            format!("# {}\n", l.trim_end())
        })
        .collect()
}

fn report_file(report: &Report, source: &str) -> String {
    let zh = report.language == Language::Zh;
    let mut doc = DocumentMut::new();
    let explained = t!("import-file-head");
    let mut lines = vec![format!(
        "rectify 数据，由 `rectify import` 从 {source} 导入。"
    )];
    lines.extend(explained.lines().map(str::to_string));
    let lines: Vec<&str> = lines.iter().map(String::as_str).collect();
    let mut head = comment(&lines);
    head.push('\n');
    if !zh {
        doc.insert("language", value("en"));
        if let Some(mut key) = doc.key_mut("language") {
            key.leaf_decor_mut().set_prefix(head);
        }
        head = "\n".to_string();
    }
    let intro = if zh {
        "（请填写公告开头：巡察的部署、时间、巡察组和反馈日期，或删去本行并填写 [inspection]。）"
    } else {
        "(Write the notice's opening here: who inspected whom, when, and when the findings were fed back; or delete this line and fill in [inspection].)"
    };
    doc.insert("intro", value(intro));
    if let Some(mut key) = doc.key_mut("intro") {
        key.leaf_decor_mut().set_prefix(head);
    }

    let mut inspection = Table::new();
    inspection.decor_mut().set_prefix("\n");
    let mut trailing = String::new();
    match &report.inspection.unit {
        Some(unit) => {
            inspection.insert("unit", value(unit.as_str()));
        }
        None => {
            // No unit: the table holds comments only.
            inspection.set_implicit(false);
            trailing.push_str(&comment(&["unit = \"区民政局党组\""]));
        }
    }
    trailing.push_str(&comment(&[&t!("import-file-inspection-hint")]));
    doc.insert("inspection", Item::Table(inspection));
    let mut categories = ArrayOfTables::new();
    for category in &report.categories {
        categories.push(category_table(&category.id, &category.title));
    }
    finish_report(&mut doc, categories, zh, trailing);
    doc.to_string()
}

fn category_table(id: &str, title: &str) -> Table {
    let mut t = Table::new();
    t.decor_mut().set_prefix("\n");
    t.insert("id", value(id));
    t.insert("title", value(title));
    t
}

/// The categories and the one section; `trailing` (comment lines) ends [inspection].
fn finish_report(doc: &mut DocumentMut, mut categories: ArrayOfTables, zh: bool, trailing: String) {
    let section_title = if zh {
        "巡察反馈问题整改落实情况"
    } else {
        "Rectification of the findings"
    };
    let mut section = Table::new();
    section.insert("title", value(section_title));
    section.insert("findings", value(true));
    // A comment after a table's last key is the decor of what comes next.
    let next_prefix = format!("{trailing}\n");
    if let Some(first) = categories.iter_mut().next() {
        first.decor_mut().set_prefix(next_prefix);
        section.decor_mut().set_prefix("\n");
    } else {
        section.decor_mut().set_prefix(next_prefix);
    }
    if !categories.is_empty() {
        doc.insert("category", Item::ArrayOfTables(categories));
    }
    let mut sections = ArrayOfTables::new();
    sections.push(section);
    doc.insert("section", Item::ArrayOfTables(sections));
}

fn measure_table(m: &Measure) -> Table {
    let mut t = Table::new();
    t.decor_mut().set_prefix("\n");
    t.insert("text", value(m.text.as_str()));
    t.insert("status", value(m.status.key()));
    if let Some(owner) = &m.owner {
        t.insert("owner", value(owner.as_str()));
    }
    if let Some(department) = &m.department {
        t.insert("department", value(department.as_str()));
    }
    if let Some(deadline) = m.deadline {
        t.insert("deadline", value(when(deadline)));
    }
    if let Some(note) = &m.deadline_note {
        t.insert("deadline_note", value(note.as_str()));
    }
    if let Some(done) = m.done {
        t.insert("done", value(when(done)));
    } else if m.done_unrecorded {
        let mut v = Value::from(crate::model::DONE_UNRECORDED);
        v.decor_mut()
            .set_suffix("  # the ledger says it is done, not when");
        t.insert("done", value(v));
    }
    if !m.evidence.is_empty() {
        let list: toml_edit::Array = m.evidence.iter().map(String::as_str).collect();
        t.insert("evidence", value(list));
    }
    if !m.log.is_empty() {
        let mut log = ArrayOfTables::new();
        for entry in &m.log {
            let mut e = Table::new();
            e.decor_mut().set_prefix("\n");
            if let Some(day) = entry.date {
                e.insert("date", value(date(day)));
            }
            if let Some(note) = &entry.note {
                e.insert("note", value(note.as_str()));
            }
            log.push(e);
        }
        t.insert("log", Item::ArrayOfTables(log));
    }
    t
}

fn date(d: crate::date::Date) -> toml_edit::Datetime {
    use chrono::Datelike;
    toml_edit::Datetime {
        date: Some(toml_edit::Date {
            year: d.year() as u16,
            month: d.month() as u8,
            day: d.day() as u8,
        }),
        time: None,
        offset: None,
    }
}

/// A date the way the data files write it: a TOML date, `"2020-12"`, or `2020`.
fn when(w: When) -> Value {
    match w {
        When::Day(d) => Value::from(date(d)),
        When::Month(..) => Value::from(w.to_string()),
        When::Year(y) => Value::from(i64::from(y)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Category, Finding, Inspection, Status};

    #[test]
    fn dates_are_written_as_the_data_files_have_them() {
        assert_eq!(when(When::Month(2020, 12)).to_string(), "\"2020-12\"");
        assert_eq!(when(When::Year(2020)).to_string(), "2020");
    }

    #[test]
    fn no_text_from_a_ledger_can_add_a_key() {
        let evil = "x\"\nlanguage = \"en\"\n[inspection]\n# '''\"\"\"";
        let measure = Measure {
            sub: None,
            number: 1,
            deadline_original: None,
            text: evil.into(),
            status: Status::Done,
            owner: Some(evil.into()),
            department: None,
            deadline: Some(When::Year(2020)),
            deadline_note: Some(evil.into()),
            done: None,
            done_unrecorded: true,
            evidence: vec![evil.into()],
            log: Vec::new(),
            origin: Default::default(),
        };
        let report = Report {
            inspection: Inspection {
                unit: Some(evil.into()),
                ..Inspection::default()
            },
            categories: vec![Category {
                id: "c1".into(),
                title: evil.into(),
                origin: Default::default(),
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
                id: 1,
                category: Some("c1".into()),
                title: evil.into(),
                description: None,
                measures: vec![measure],
                origin: Default::default(),
            }],
            ..Report::default()
        };
        for (path, text) in files(&report, &format!("台账.xlsx（工作表 {evil}）")) {
            let doc: toml::Table =
                toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}\n{text}", path.display()));
            assert!(!doc.contains_key("language"), "{text}");
            if path == Path::new(REPORT_FILE) {
                assert_eq!(doc["inspection"]["unit"].as_str(), Some(evil));
                assert_eq!(doc["category"][0]["title"].as_str(), Some(evil));
            } else {
                let m = &doc["finding"][0]["measure"][0];
                assert_eq!(m["text"].as_str(), Some(evil));
                assert_eq!(m["deadline_note"].as_str(), Some(evil));
                assert_eq!(doc["finding"][0]["title"].as_str(), Some(evil));
            }
        }
    }
}
