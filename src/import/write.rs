//! An imported ledger as a new data folder: rectify.toml and findings/NN.toml, written the
//! way a person would (comments, one file per finding), into a temporary folder beside the
//! target that is renamed into place only once it is complete and loads without errors. A
//! failed import leaves nothing behind.

use std::path::{Path, PathBuf};

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
        let mut text = String::new();
        let category = finding
            .category
            .as_deref()
            .and_then(|id| report.category(id))
            .map(|c| format!(" · {}", c.title))
            .unwrap_or_default();
        text.push_str(&format!("# 问题{}{category}\n", finding.id));
        text.push_str("[[finding]]\n");
        text.push_str(&format!("id = {}\n", finding.id));
        if let Some(category) = &finding.category {
            text.push_str(&format!("category = {}\n", string(category)));
        }
        text.push_str(&format!("title = {}\n", string(&finding.title)));
        for measure in &finding.measures {
            text.push('\n');
            measure_table(&mut text, measure);
        }
        out.push((
            Path::new(FINDINGS_DIR).join(format!("{:0width$}.toml", finding.id)),
            text,
        ));
    }
    out
}

fn report_file(report: &Report, source: &str) -> String {
    let zh = report.language == Language::Zh;
    let mut t = String::new();
    t.push_str(&format!(
        "# rectify 数据，由 `rectify import` 从 {source} 导入。\n"
    ));
    t.push_str(
        "# Findings and measures are in findings/*.toml. Before exporting the notice, write its\n",
    );
    t.push_str("# opening (`intro`, or the [inspection] facts), sections and closing; the ledger exports\n");
    t.push_str("# (xlsx, csv) work as they are.\n\n");
    if !zh {
        t.push_str("language = \"en\"\n\n");
    }
    let intro = if zh {
        "（请填写公告开头：巡察的部署、时间、巡察组和反馈日期，或删去本行并填写 [inspection]。）"
    } else {
        "(Write the notice's opening here: who inspected whom, when, and when the findings were fed back; or delete this line and fill in [inspection].)"
    };
    t.push_str(&format!("intro = {}\n\n", string(intro)));
    t.push_str("[inspection]\n");
    match &report.inspection.unit {
        Some(unit) => t.push_str(&format!("unit = {}\n", string(unit))),
        None => t.push_str("# unit = \"区民政局党组\"\n"),
    }
    t.push_str("# authority, group, unit_full, start, end, feedback: see `rectify init --example reference`\n");
    for category in &report.categories {
        t.push_str("\n[[category]]\n");
        t.push_str(&format!("id = {}\n", string(&category.id)));
        t.push_str(&format!("title = {}\n", string(&category.title)));
    }
    t.push_str("\n[[section]]\n");
    let section = if zh {
        "巡察反馈问题整改落实情况"
    } else {
        "Rectification of the findings"
    };
    t.push_str(&format!("title = {}\n", string(section)));
    t.push_str("findings = true\n");
    t
}

fn measure_table(t: &mut String, m: &Measure) {
    t.push_str("[[finding.measure]]\n");
    t.push_str(&format!("text = {}\n", string(&m.text)));
    t.push_str(&format!("status = {}\n", string(m.status.key())));
    if let Some(owner) = &m.owner {
        t.push_str(&format!("owner = {}\n", string(owner)));
    }
    if let Some(department) = &m.department {
        t.push_str(&format!("department = {}\n", string(department)));
    }
    if let Some(deadline) = m.deadline {
        t.push_str(&format!("deadline = {}\n", when(deadline)));
    }
    if let Some(done) = m.done {
        t.push_str(&format!("done = {}\n", when(done)));
    } else if m.done_unrecorded {
        t.push_str(&format!(
            "done = \"{}\"  # the ledger says it is done, not when\n",
            crate::model::DONE_UNRECORDED
        ));
    }
    match m.evidence.as_slice() {
        [] => {}
        items => {
            let list: Vec<String> = items.iter().map(|e| string(e)).collect();
            t.push_str(&format!("evidence = [{}]\n", list.join(", ")));
        }
    }
    for entry in &m.log {
        t.push_str("\n[[finding.measure.log]]\n");
        t.push_str(&format!("date = {}\n", entry.date));
        if let Some(note) = &entry.note {
            t.push_str(&format!("note = {}\n", string(note)));
        }
    }
}

/// A TOML string, quoted and escaped.
fn string(s: &str) -> String {
    toml_edit::Value::from(s).to_string().trim().to_string()
}

/// A date the way the data files write it: a TOML date, `"2020-12"`, or `2020`.
fn when(w: When) -> String {
    match w {
        When::Day(d) => d.to_string(),
        When::Month(..) => format!("\"{w}\""),
        When::Year(y) => y.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_and_dates_are_valid_toml() {
        for text in [
            "a\"b",
            "第一行\n第二行",
            "路径 C:\\x ''' \"\"\"",
            "“引号”,逗号",
        ] {
            let doc: toml::Table = toml::from_str(&format!("k = {}", string(text))).unwrap();
            assert_eq!(doc["k"].as_str(), Some(text));
        }
        assert_eq!(when(When::Month(2020, 12)), "\"2020-12\"");
        assert_eq!(when(When::Year(2020)), "2020");
    }
}
