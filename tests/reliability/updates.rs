//! Arbitrary sequences of `rectify update` on arbitrary valid data sets. After every update:
//! the folder loads without errors (`check` would pass); every file but the one holding the
//! measure is byte-identical; in that file, every finding and every other measure is
//! byte-identical (comments and layout included), the updated measure differs only in the
//! keys an update may set, its log only gained an entry at the end, and it holds the values
//! asked for. Every generated update is valid, so none may be refused (a refusal would also
//! have to leave every byte as it was).

use std::path::{Path, PathBuf};

use proptest::prelude::*;
use toml_edit::{DocumentMut, Item};

use super::dataset::{data_set, text, today, DataSet, STATUSES};
use crate::common::rectify;

/// The keys an update may add or change on a measure; `log` may only grow at its end.
const UPDATABLE: &[&str] = &[
    "status",
    "done",
    // An extension (延期) of a passed deadline keeps the original.
    "deadline_original",
    "owner",
    "department",
    "deadline",
    "evidence",
    "log",
];

#[derive(Debug, Clone)]
struct Update {
    /// Which finding (index into the data set) and which measure (`None`: all of them).
    finding: usize,
    measure: Option<usize>,
    status: Option<&'static str>,
    owner: Option<String>,
    deadline: Option<String>,
    evidence: Option<String>,
    note: Option<String>,
}

fn update() -> impl Strategy<Value = Update> {
    (
        any::<usize>(),
        prop::option::weighted(0.85, any::<usize>()),
        prop::option::of(prop::sample::select(STATUSES.to_vec())),
        prop::option::of(text()),
        prop::option::of((0u32..400).prop_map(|d| {
            (chrono::NaiveDate::from_ymd_opt(2020, 10, 14).unwrap() + chrono::Days::new(d.into()))
                .to_string()
        })),
        prop::option::of(text()),
        prop::option::of(text()),
    )
        .prop_map(
            |(finding, measure, status, owner, deadline, evidence, note)| Update {
                finding,
                measure,
                status,
                owner,
                deadline,
                evidence,
                note,
            },
        )
        // An update with nothing to set is a usage error, tested elsewhere.
        .prop_filter("something to update", |u| {
            u.status.is_some()
                || u.owner.is_some()
                || u.deadline.is_some()
                || u.evidence.is_some()
                || u.note.is_some()
        })
}

/// Every file of the data folder but rectify's own state (`.rectify/`).
fn files(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    for sub in ["", "findings"] {
        for entry in std::fs::read_dir(dir.join(sub)).unwrap().flatten() {
            if entry.file_type().unwrap().is_file() {
                out.push((
                    entry.path().strip_prefix(dir).unwrap().to_path_buf(),
                    std::fs::read(entry.path()).unwrap(),
                ));
            }
        }
    }
    out.sort();
    out
}

/// (finding id, measure index) → the measure's table, of one findings file.
fn measures(doc: &DocumentMut) -> Vec<((i64, usize), toml_edit::Table)> {
    let mut out = Vec::new();
    if let Some(findings) = doc.get("finding").and_then(Item::as_array_of_tables) {
        for f in findings.iter() {
            let id = f.get("id").and_then(Item::as_integer).unwrap_or(-1);
            if let Some(ms) = f.get("measure").and_then(Item::as_array_of_tables) {
                for (i, m) in ms.iter().enumerate() {
                    out.push(((id, i), m.clone()));
                }
            }
        }
    }
    out
}

/// Each finding without its measures, as text (keys, values, comments).
fn findings_without_measures(doc: &DocumentMut) -> Vec<String> {
    let Some(findings) = doc.get("finding").and_then(Item::as_array_of_tables) else {
        return Vec::new();
    };
    findings
        .iter()
        .map(|f| {
            let mut f = f.clone();
            f.remove("measure");
            f.to_string()
        })
        .collect()
}

fn log_entries(measure: &toml_edit::Table) -> Vec<String> {
    measure
        .get("log")
        .and_then(Item::as_array_of_tables)
        .map(|l| l.iter().map(|e| e.to_string()).collect())
        .unwrap_or_default()
}

fn value_str(measure: &toml_edit::Table, key: &str) -> Option<String> {
    let item = measure.get(key)?;
    item.as_str()
        .map(str::to_string)
        .or_else(|| item.as_value().map(|v| v.to_string().trim().to_string()))
}

/// Checks one update's effect; `Err` says what went wrong.
fn check_update(
    before: &[(PathBuf, Vec<u8>)],
    after: &[(PathBuf, Vec<u8>)],
    touched: &[(i64, usize)],
    u: &Update,
) -> Result<(), String> {
    let names =
        |files: &[(PathBuf, Vec<u8>)]| files.iter().map(|(p, _)| p.clone()).collect::<Vec<_>>();
    if names(before) != names(after) {
        return Err(format!(
            "files came or went: {:?} → {:?}",
            names(before),
            names(after)
        ));
    }
    let mut seen = 0;
    for ((path, old), (_, new)) in before.iter().zip(after) {
        if old == new {
            continue;
        }
        if !path.starts_with("findings") {
            return Err(format!("{} changed", path.display()));
        }
        let parse = |bytes: &[u8]| -> Result<DocumentMut, String> {
            std::str::from_utf8(bytes)
                .map_err(|e| e.to_string())?
                .parse::<DocumentMut>()
                .map_err(|e| format!("{} does not parse: {e}", path.display()))
        };
        let (old_doc, new_doc) = (parse(old)?, parse(new)?);
        if findings_without_measures(&old_doc) != findings_without_measures(&new_doc) {
            return Err(format!(
                "a finding's own keys changed in {}",
                path.display()
            ));
        }
        let (old_ms, new_ms) = (measures(&old_doc), measures(&new_doc));
        if old_ms.len() != new_ms.len() {
            return Err("measures came or went".into());
        }
        for ((key, old_m), (_, new_m)) in old_ms.iter().zip(&new_ms) {
            if !touched.contains(key) {
                if old_m.to_string() != new_m.to_string() {
                    return Err(format!(
                        "measure {key:?} was not updated but changed:\n{old_m}\n→\n{new_m}"
                    ));
                }
                continue;
            }
            seen += 1;
            for (k, item) in old_m.iter() {
                if !UPDATABLE.contains(&k)
                    && new_m.get(k).map(Item::to_string) != Some(item.to_string())
                {
                    return Err(format!("`{k}` of measure {key:?} changed"));
                }
            }
            for (k, _) in new_m.iter() {
                if !UPDATABLE.contains(&k) && old_m.get(k).is_none() {
                    return Err(format!("`{k}` appeared on measure {key:?}"));
                }
            }
            let (old_log, new_log) = (log_entries(old_m), log_entries(new_m));
            if !new_log.starts_with(&old_log) || new_log.len() > old_log.len() + 1 {
                return Err(format!(
                    "the log of {key:?} did not just grow by one at its end:\n{old_log:?}\n→\n{new_log:?}"
                ));
            }
            // A measure-level update sets what it is asked; a finding-level one may skip
            // measures where an option does not apply (see commands/update.rs).
            if u.measure.is_some() {
                if let Some(status) = u.status {
                    let written = value_str(new_m, "status");
                    let label = rectify::model::Status::parse(status)
                        .map(|s| s.label(rectify::model::Language::Zh).to_string());
                    if written.as_deref() != Some(status) && written != label {
                        return Err(format!("status of {key:?} is {written:?}, asked {status}"));
                    }
                }
                if let Some(owner) = &u.owner {
                    if value_str(new_m, "owner").as_ref() != Some(owner) {
                        return Err(format!("owner of {key:?} is not {owner:?}"));
                    }
                }
                if u.status.is_some() || u.note.is_some() {
                    if new_log.len() != old_log.len() + 1
                        && old_m.get("status").map(Item::to_string)
                            != new_m.get("status").map(Item::to_string)
                    {
                        return Err(format!("the status of {key:?} changed without a log entry"));
                    }
                    if let Some(note) = &u.note {
                        let last = new_m
                            .get("log")
                            .and_then(Item::as_array_of_tables)
                            .and_then(|l| l.iter().last())
                            .and_then(|e| e.get("note"))
                            .and_then(Item::as_str);
                        if last != Some(note.as_str()) {
                            return Err(format!(
                                "the note {note:?} is not the last log entry of {key:?}"
                            ));
                        }
                    }
                }
            }
        }
    }
    if seen == 0 && before != after {
        return Err("a file changed but no updated measure was found in it".into());
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn updates_change_only_their_keys_and_the_log(
        set in data_set(),
        updates in proptest::collection::vec(update(), 1..6),
    ) {
        let dir = tempfile::tempdir().unwrap();
        set.write_to(dir.path());
        for u in &updates {
            let finding = &set.findings[u.finding % set.findings.len()];
            let (address, touched): (String, Vec<(i64, usize)>) = match &u.measure {
                Some(m) => {
                    let i = m % finding.measures.len();
                    (format!("{}.{}", finding.id, i + 1), vec![(i64::from(finding.id), i)])
                }
                None => (
                    finding.id.to_string(),
                    (0..finding.measures.len()).map(|i| (i64::from(finding.id), i)).collect(),
                ),
            };
            let mut args = vec!["update".to_string(), address.clone()];
            let mut push = |flag: &str, value: &Option<String>| {
                if let Some(v) = value {
                    args.push(flag.into());
                    args.push(v.clone());
                }
            };
            push("--status", &u.status.map(str::to_string));
            push("--owner", &u.owner);
            push("--deadline", &u.deadline);
            push("--evidence", &u.evidence);
            push("--note", &u.note);
            let before = files(dir.path());
            let out = rectify().arg("--data").arg(dir.path()).args(&args).output().unwrap();
            let after = files(dir.path());
            let stderr = String::from_utf8_lossy(&out.stderr);
            prop_assert!(!stderr.contains("panicked"), "{}", stderr);
            match out.status.code() {
                Some(0) => {
                    let loaded = rectify::load::load(dir.path(), today());
                    prop_assert!(
                        !loaded.has_errors(),
                        "`rectify {}` left errors:\n{}", args.join(" "),
                        super::properties::rendered(&loaded)
                    );
                    if let Err(why) = check_update(&before, &after, &touched, u) {
                        prop_assert!(false, "`rectify {}`: {}", args.join(" "), why);
                    }
                }
                // Every generated update is a valid one (statuses, non-blank texts, deadlines
                // after the feedback): a refusal is a bug, and must still change nothing.
                Some(1) => {
                    prop_assert_eq!(&before, &after, "a refused update changed files: {}", stderr);
                    prop_assert!(false, "`rectify {}` was refused:\n{}", args.join(" "), stderr);
                }
                other => prop_assert!(false, "`rectify {}` exited {:?}: {}", args.join(" "), other, stderr),
            }
        }
    }
}

/// The check above can fail: a change to an untouched measure is caught.
#[test]
fn the_update_check_catches_a_stray_change() {
    let set = DataSet {
        intro: "一".into(),
        title: None,
        categories: vec!["类".into()],
        sections: vec![super::dataset::SectionSpec {
            title: "节".into(),
            points: vec![],
            paragraphs: vec!["段".into()],
        }],
        findings_section: 0,
        closing: None,
        findings: vec![super::dataset::FindingSpec {
            id: 1,
            category: 0,
            title: "问题".into(),
            description: None,
            measures: vec![
                super::dataset::MeasureSpec {
                    text: "甲".into(),
                    status: "ongoing",
                    owner: None,
                    deadline: None,
                    done: None,
                    evidence: vec![],
                    log: vec![],
                },
                super::dataset::MeasureSpec {
                    text: "乙".into(),
                    status: "ongoing",
                    owner: None,
                    deadline: None,
                    done: None,
                    evidence: vec![],
                    log: vec![],
                },
            ],
        }],
        files: 1,
    };
    let (name, text) = set.finding_files().remove(0);
    let path = PathBuf::from("findings").join(name);
    let before = vec![(path.clone(), text.clone().into_bytes())];
    let stray = text.replace("text = \"乙\"", "text = \"丙\"");
    let after = vec![(path, stray.into_bytes())];
    let u = Update {
        finding: 0,
        measure: None,
        status: None,
        owner: None,
        deadline: None,
        evidence: None,
        note: Some("x".into()),
    };
    assert!(check_update(&before, &after, &[(1, 0)], &u).is_err());
    assert!(
        check_update(&before, &after, &[(1, 1)], &u).is_err(),
        "`text` is not updatable"
    );
}
