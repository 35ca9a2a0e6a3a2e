//! Arbitrary VALID data sets for property tests: a generated report with categories, sections,
//! findings and measures, written out as rectify.toml and findings/*.toml with texts full of
//! what breaks renderers (Markdown and HTML syntax, template delimiters, quotes, newlines,
//! Chinese punctuation). Every data set satisfies the rules `rectify check` enforces, so a
//! load with errors is a bug in the loader or in this generator, never bad luck.

use std::path::Path;

use proptest::collection::vec;
use proptest::option;
use proptest::prelude::*;

/// The day property tests run "on" (as tests/common.rs `TODAY`).
pub const TODAY: (i32, u32, u32) = (2021, 3, 1);
/// The inspection's feedback day: done dates and deadlines come after it.
const FEEDBACK: &str = "2020-10-14";

pub fn today() -> rectify::date::Date {
    rectify::date::Date::from_ymd_opt(TODAY.0, TODAY.1, TODAY.2).unwrap()
}

#[derive(Debug, Clone)]
pub struct DataSet {
    pub intro: Text,
    pub title: Option<Text>,
    pub categories: Vec<Text>,
    pub sections: Vec<SectionSpec>,
    /// Index of the section that lists the findings.
    pub findings_section: usize,
    pub closing: Option<Text>,
    pub findings: Vec<FindingSpec>,
    /// How many files the findings are spread over (finding i goes to file i % files).
    pub files: usize,
}

/// A text as written in the data. Never blank.
pub type Text = String;

#[derive(Debug, Clone)]
pub struct SectionSpec {
    pub title: Text,
    pub points: Vec<(Option<Text>, Text)>,
    pub paragraphs: Vec<Text>,
}

#[derive(Debug, Clone)]
pub struct FindingSpec {
    pub id: u32,
    pub category: usize,
    pub title: Text,
    pub description: Option<Text>,
    pub measures: Vec<MeasureSpec>,
}

#[derive(Debug, Clone)]
pub struct MeasureSpec {
    pub text: Text,
    pub status: &'static str,
    pub owner: Option<Text>,
    pub deadline: Option<String>,
    pub done: Option<String>,
    pub evidence: Vec<Text>,
    pub log: Vec<(String, Option<Text>)>,
}

pub const STATUSES: [&str; 5] = ["done", "partial", "in-progress", "ongoing", "not-started"];

/// A non-blank text mixing Chinese, ASCII and the characters that mean something to
/// Markdown, HTML, minijinja and TOML.
pub fn text() -> impl Strategy<Value = Text> {
    let piece = prop_oneof![
        4 => "[一-龥]{1,6}",
        1 => "[a-zA-Z0-9]{1,5}",
        1 => "[，。、；：“”‘’（）《》！？—…]",
        1 => "[*_#<>&|`~\\[\\]{}!+=.\"'\\\\/-]",
        1 => prop_oneof![
            Just("<script>alert(1)</script>".to_string()),
            Just("{{ 7*7 }}".to_string()),
            Just("{% raw %}".to_string()),
            Just("&amp;".to_string()),
            Just("**粗体**".to_string()),
            Just("1. ".to_string()),
            Just("# ".to_string()),
            Just("- ".to_string()),
            Just("\n".to_string()),
            Just("  ".to_string()),
            Just("\t".to_string()),
            Just("😀".to_string()),
        ],
    ];
    // A Chinese character first: the text is never blank and never starts with whitespace.
    ("[一-龥]", vec(piece, 0..8)).prop_map(|(first, rest)| {
        let mut s = first;
        for p in rest {
            s.push_str(&p);
        }
        s
    })
}

fn day_between(from: (i32, u32, u32), days: u32) -> impl Strategy<Value = String> {
    (0..=days).prop_map(move |n| {
        let start = rectify::date::Date::from_ymd_opt(from.0, from.1, from.2).unwrap();
        (start + chrono::Days::new(u64::from(n)))
            .format("%Y-%m-%d")
            .to_string()
    })
}

fn measure() -> impl Strategy<Value = MeasureSpec> {
    (
        text(),
        0..STATUSES.len(),
        option::of(text()),
        option::of(day_between((2020, 10, 14), 800)),
        // A done day between the feedback and today, or "unrecorded".
        prop_oneof![
            3 => day_between((2020, 10, 14), 138).prop_map(Some),
            1 => Just(Some("\"unrecorded\"".to_string())),
        ],
        vec(text(), 0..3),
        vec((day_between((2020, 10, 14), 138), option::of(text())), 0..3),
    )
        .prop_map(|(text, status, owner, deadline, done, evidence, mut log)| {
            log.sort_by(|a, b| a.0.cmp(&b.0));
            let status = STATUSES[status];
            MeasureSpec {
                text,
                status,
                owner,
                deadline,
                done: if status == "done" { done } else { None },
                evidence,
                log,
            }
        })
}

fn section() -> impl Strategy<Value = SectionSpec> {
    (
        text(),
        vec((option::of(text()), text()), 0..3),
        vec(text(), 1..3),
    )
        .prop_map(|(title, points, paragraphs)| SectionSpec {
            title,
            points,
            paragraphs,
        })
}

pub fn data_set() -> impl Strategy<Value = DataSet> {
    (
        text(),
        option::of(text()),
        vec(text(), 1..4),
        vec(section(), 1..4),
        any::<prop::sample::Index>(),
        option::of(text()),
        vec(
            (
                any::<prop::sample::Index>(),
                text(),
                option::of(text()),
                vec(measure(), 1..4),
            ),
            1..6,
        ),
        1usize..4,
        // Distinct ids, shuffled: files are not in id order.
        Just((1..=60u32).collect::<Vec<_>>()).prop_shuffle(),
    )
        .prop_map(
            |(intro, title, categories, sections, which, closing, findings, files, ids)| {
                let findings_section = which.index(sections.len());
                let findings = findings
                    .into_iter()
                    .zip(ids)
                    .map(
                        |((category, title, description, measures), id)| FindingSpec {
                            id,
                            category: category.index(categories.len()),
                            title,
                            description,
                            measures,
                        },
                    )
                    .collect();
                DataSet {
                    intro,
                    title,
                    categories,
                    sections,
                    findings_section,
                    closing,
                    findings,
                    files,
                }
            },
        )
}

/// A TOML basic string holding `text` exactly.
pub fn quoted(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

impl DataSet {
    pub fn category_id(i: usize) -> String {
        format!("c{}", i + 1)
    }

    pub fn report_toml(&self) -> String {
        let mut t = String::from("# generated by tests/reliability/dataset.rs\n");
        if let Some(title) = &self.title {
            t += &format!("title = {}\n", quoted(title));
        }
        t += &format!("intro = {}\n\n", quoted(&self.intro));
        t += &format!(
            "[inspection]\ngroup = \"区委第一巡察组\"\nunit = \"区测试局党组\"\nstart = 2020-06-15\nend = 2020-08-28\nfeedback = {FEEDBACK}\n\n"
        );
        for (i, title) in self.categories.iter().enumerate() {
            t += &format!(
                "[[category]]\nid = \"{}\"\ntitle = {}\n\n",
                Self::category_id(i),
                quoted(title)
            );
        }
        for (i, s) in self.sections.iter().enumerate() {
            t += &format!("[[section]]\ntitle = {}\n", quoted(&s.title));
            if i == self.findings_section {
                t += "findings = true\n";
            }
            let paragraphs: Vec<String> = s.paragraphs.iter().map(|p| quoted(p)).collect();
            t += &format!("paragraphs = [{}]\n", paragraphs.join(", "));
            for (lead, text) in &s.points {
                t += "\n[[section.point]]\n";
                if let Some(lead) = lead {
                    t += &format!("lead = {}\n", quoted(lead));
                }
                t += &format!("text = {}\n", quoted(text));
            }
            t += "\n";
        }
        if let Some(closing) = &self.closing {
            t += &format!("[closing]\ntext = {}\n", quoted(closing));
        }
        // The exports must carry every text as written; typesetting (，for , in Chinese
        // text) is tested on its own in tests/export.rs.
        t += "\n[notice]\npunctuation = \"as-written\"\n";
        t
    }

    /// (file name, text) of each findings file.
    pub fn finding_files(&self) -> Vec<(String, String)> {
        let mut files = vec![String::new(); self.files];
        for (i, f) in self.findings.iter().enumerate() {
            let t = &mut files[i % self.files];
            *t += &format!(
                "[[finding]]\nid = {}\ncategory = \"{}\"\ntitle = {}\n",
                f.id,
                Self::category_id(f.category),
                quoted(&f.title)
            );
            if let Some(d) = &f.description {
                *t += &format!("description = {}\n", quoted(d));
            }
            for m in &f.measures {
                *t += &format!(
                    "\n[[finding.measure]]\ntext = {}\nstatus = \"{}\"\n",
                    quoted(&m.text),
                    m.status
                );
                if let Some(owner) = &m.owner {
                    *t += &format!("owner = {}\n", quoted(owner));
                }
                if let Some(deadline) = &m.deadline {
                    *t += &format!("deadline = {deadline}\n");
                }
                if let Some(done) = &m.done {
                    *t += &format!("done = {done}  # a comment the writer must keep\n");
                }
                if !m.evidence.is_empty() {
                    let e: Vec<String> = m.evidence.iter().map(|e| quoted(e)).collect();
                    *t += &format!("evidence = [{}]\n", e.join(", "));
                }
                for (date, note) in &m.log {
                    *t += &format!("\n[[finding.measure.log]]\ndate = {date}\n");
                    if let Some(note) = note {
                        *t += &format!("note = {}\n", quoted(note));
                    }
                }
            }
            *t += "\n";
        }
        files
            .into_iter()
            .enumerate()
            .filter(|(_, t)| !t.is_empty())
            .map(|(i, t)| (format!("{:02}.toml", i + 1), t))
            .collect()
    }

    /// Writes the data set as a data folder at `dir`.
    pub fn write_to(&self, dir: &Path) {
        std::fs::create_dir_all(dir.join("findings")).unwrap();
        std::fs::write(dir.join("rectify.toml"), self.report_toml()).unwrap();
        for (name, text) in self.finding_files() {
            std::fs::write(dir.join("findings").join(name), text).unwrap();
        }
    }

    /// Every text of the data set that the notice prints.
    pub fn notice_texts(&self) -> Vec<&str> {
        let mut out: Vec<&str> = vec![&self.intro];
        out.extend(self.title.as_deref());
        for s in &self.sections {
            out.push(&s.title);
            for (lead, text) in &s.points {
                out.extend(lead.as_deref());
                out.push(text);
            }
            out.extend(s.paragraphs.iter().map(String::as_str));
        }
        // A category without findings is not printed (check warns about it).
        out.extend(
            self.categories
                .iter()
                .enumerate()
                .filter(|(i, _)| self.findings.iter().any(|f| f.category == *i))
                .map(|(_, t)| t.as_str()),
        );
        for f in &self.findings {
            out.push(&f.title);
            out.extend(f.measures.iter().map(|m| m.text.as_str()));
        }
        out.extend(self.closing.as_deref());
        out
    }
}
