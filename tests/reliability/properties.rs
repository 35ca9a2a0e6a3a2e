//! Property tests over arbitrary data sets ([`super::dataset`]): a valid data set always loads
//! without error and every text arrives in the model byte for byte; a damaged one never
//! panics the loader or the diagnostic renderer.

use proptest::prelude::*;

use super::dataset::{data_set, today, DataSet};

fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        // Failures are kept as regression seeds beside this file (proptest-regressions/).
        ..ProptestConfig::default()
    }
}

/// Loads a data set from a real folder, as `rectify` does.
pub fn load(set: &DataSet) -> (tempfile::TempDir, rectify::load::Loaded) {
    let dir = tempfile::tempdir().unwrap();
    set.write_to(dir.path());
    let loaded = rectify::load::load(dir.path(), today());
    (dir, loaded)
}

pub fn rendered(loaded: &rectify::load::Loaded) -> String {
    rectify::diagnostic::render(&loaded.diagnostics, &loaded.sources, false)
}

proptest! {
    #![proptest_config(config(128))]

    #[test]
    fn a_valid_data_set_loads_with_every_text_intact(set in data_set()) {
        let (_dir, loaded) = load(&set);
        prop_assert!(!loaded.has_errors(), "a valid data set was refused:\n{}", rendered(&loaded));
        let report = loaded.report.as_ref().unwrap();
        prop_assert_eq!(report.intro.as_deref(), Some(set.intro.as_str()));
        prop_assert_eq!(&report.title, &set.title);
        let titles: Vec<&str> = report.categories.iter().map(|c| c.title.as_str()).collect();
        prop_assert_eq!(titles, set.categories.iter().map(String::as_str).collect::<Vec<_>>());
        for (section, spec) in report.sections.iter().zip(&set.sections) {
            prop_assert_eq!(section.title.as_ref(), Some(&spec.title));
            prop_assert_eq!(&section.paragraphs, &spec.paragraphs);
            let points: Vec<(Option<String>, String)> =
                section.points.iter().map(|p| (p.lead.clone(), p.text.clone())).collect();
            prop_assert_eq!(&points, &spec.points);
        }
        prop_assert_eq!(report.findings.len(), set.findings.len());
        for spec in &set.findings {
            let finding = report.finding(spec.id).expect("every finding is loaded");
            prop_assert_eq!(&finding.title, &spec.title);
            prop_assert_eq!(&finding.description, &spec.description);
            prop_assert_eq!(finding.measures.len(), spec.measures.len());
            for (m, s) in finding.measures.iter().zip(&spec.measures) {
                prop_assert_eq!(&m.text, &s.text);
                prop_assert_eq!(m.status.key(), s.status);
                prop_assert_eq!(&m.owner, &s.owner);
                prop_assert_eq!(&m.evidence, &s.evidence);
                let notes: Vec<Option<String>> = m.log.iter().map(|e| e.note.clone()).collect();
                let expected: Vec<Option<String>> = s.log.iter().map(|(_, n)| n.clone()).collect();
                prop_assert_eq!(notes, expected);
            }
        }
    }

    /// Damage a valid data set's bytes anywhere: the loader and the renderer never panic, an
    /// error always comes with a message, and a load without errors has a report.
    #[test]
    fn damaged_bytes_never_panic(
        set in data_set(),
        edits in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>(), 0u8..3), 1..6),
        in_report in any::<bool>(),
    ) {
        let report = set.report_toml().into_bytes();
        let files = set.finding_files();
        let mut target = if in_report { report.clone() } else { files[0].1.clone().into_bytes() };
        for (at, byte, kind) in edits {
            let i = at.index(target.len() + 1);
            match kind {
                0 if i < target.len() => target[i] = byte,
                1 => target.insert(i, byte),
                _ if i < target.len() => { target.remove(i); }
                _ => target.push(byte),
            }
        }
        let mut findings: Vec<(&str, &[u8])> =
            files.iter().map(|(n, t)| (n.as_str(), t.as_bytes())).collect();
        let report_bytes: &[u8] = if in_report { &target } else { &report };
        if !in_report {
            findings[0].1 = &target;
        }
        let loaded = rectify::load::load_in_memory(report_bytes, &findings, today());
        prop_assert_eq!(loaded.report.is_some(), !loaded.has_errors());
        let text = rendered(&loaded);
        prop_assert!(loaded.diagnostics.is_empty() || !text.is_empty());
    }
}
