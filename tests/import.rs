//! `rectify import` on the corpus of ledgers in tests/fixtures/import/ (made by make.py there):
//! each imports with no `--map`, passes `check`, and keeps every finding, measure, category,
//! owner and department that expected.json lists for it.

use std::path::Path;

use serde_json::Value as Json;

use crate::common::*;

/// The corpus's dates are of 2024: the import runs at the end of that year.
const CORPUS_TODAY: &str = "2024-12-31";

fn corpus_rectify() -> assert_cmd::Command {
    let mut cmd = rectify();
    cmd.env("RECTIFY_TODAY", CORPUS_TODAY);
    cmd
}

fn expected() -> serde_json::Map<String, Json> {
    let text = std::fs::read_to_string(fixture("import/expected.json")).unwrap();
    match serde_json::from_str(&text).unwrap() {
        Json::Object(map) => map,
        _ => panic!("expected.json is an object"),
    }
}

/// A TOML value as the corpus's expected.json writes it (dates and numbers as text).
fn text_of(value: Option<&toml::Value>) -> Json {
    match value {
        None => Json::Null,
        Some(toml::Value::String(s)) => Json::String(s.clone()),
        Some(other) => Json::String(other.to_string()),
    }
}

/// What an imported folder holds, in expected.json's shape.
fn imported(folder: &Path) -> Json {
    let report: toml::Table =
        toml::from_str(&std::fs::read_to_string(folder.join("rectify.toml")).unwrap()).unwrap();
    let categories: Vec<(String, String)> = report
        .get("category")
        .and_then(|c| c.as_array())
        .map(|a| {
            a.iter()
                .map(|c| {
                    (
                        c["id"].as_str().unwrap().to_string(),
                        c["title"].as_str().unwrap().to_string(),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    let mut files: Vec<_> = std::fs::read_dir(folder.join("findings"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    let mut findings = Vec::new();
    for file in files {
        let doc: toml::Table = toml::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
        for finding in doc["finding"].as_array().unwrap() {
            let category = finding.get("category").and_then(|c| c.as_str()).map(|id| {
                categories
                    .iter()
                    .find(|(i, _)| i == id)
                    .map(|(_, t)| t.clone())
                    .unwrap()
            });
            let measures: Vec<Json> = finding["measure"]
                .as_array()
                .unwrap()
                .iter()
                .map(|m| {
                    serde_json::json!({
                        "text": text_of(m.get("text")),
                        "status": text_of(m.get("status")),
                        "owner": text_of(m.get("owner")),
                        "department": text_of(m.get("department")),
                        "deadline": text_of(m.get("deadline")),
                        "deadline_note": text_of(m.get("deadline_note")),
                    })
                })
                .collect();
            findings.push(serde_json::json!({
                "title": finding["title"].as_str().unwrap(),
                "category": category,
                "measures": measures,
            }));
        }
    }
    serde_json::json!({
        "unit": text_of(report.get("inspection").and_then(|i| i.get("unit"))),
        "categories": categories.iter().map(|(_, t)| t.clone()).collect::<Vec<_>>(),
        "findings": findings,
    })
}

fn import(name: &str, into: &Path) -> String {
    let assert = corpus_rectify()
        .arg("import")
        .arg(fixture(&format!("import/{name}")))
        .arg("--into")
        .arg(into)
        .assert();
    let output = assert.get_output().clone();
    let stderr = String::from_utf8_lossy(&output.stderr).to_string();
    assert!(output.status.success(), "{name}:\n{stderr}");
    stderr
}

#[test]
fn every_ledger_of_the_corpus_imports_whole_without_map() {
    let expected = expected();
    assert!(expected.len() >= 15, "at least 15 ledgers");
    let work = DataDir::empty();
    let mut failures = Vec::new();
    for (name, want) in &expected {
        let into = work.path().join(name.replace('.', "-"));
        let stderr = import(name, &into);
        corpus_rectify()
            .arg("--data")
            .arg(&into)
            .arg("check")
            .assert()
            .success();
        let got = imported(&into);
        if &got != want {
            failures.push(format!(
                "{name}\n  want {}\n  got  {}\n  notes:\n{stderr}",
                serde_json::to_string(want).unwrap(),
                serde_json::to_string(&got).unwrap()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn a_gbk_csv_imports_as_its_utf8_twin_does() {
    let work = DataDir::empty();
    let (utf8, gbk) = (work.path().join("utf8"), work.path().join("gbk"));
    import("09-utf8.csv", &utf8);
    let stderr = import("10-gbk.csv", &gbk);
    assert!(stderr.contains("10-gbk.csv: read as GBK text"), "{stderr}");
    let files = |dir: &Path| {
        let mut names: Vec<_> = std::fs::read_dir(dir.join("findings"))
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        names.sort();
        names
    };
    assert_eq!(files(&utf8).len(), 4);
    assert_eq!(files(&utf8), files(&gbk));
    for name in files(&utf8) {
        let file = Path::new("findings").join(name);
        assert_eq!(
            std::fs::read_to_string(utf8.join(&file)).unwrap(),
            std::fs::read_to_string(gbk.join(&file)).unwrap(),
            "{}",
            file.display()
        );
    }
    let report = |dir: &Path| {
        std::fs::read_to_string(dir.join("rectify.toml"))
            .unwrap()
            .lines()
            .skip(1) // names the file imported
            .collect::<Vec<_>>()
            .join("\n")
    };
    assert_eq!(report(&utf8), report(&gbk));
}

#[test]
fn dry_run_shows_the_mapping_and_skipped_rows_and_writes_nothing() {
    let work = DataDir::empty();
    let into = work.path().join("out");
    let out = stdout(
        corpus_rectify()
            .arg("import")
            .arg(fixture("import/01-title-merged-categories-footer.xlsx"))
            .arg("--into")
            .arg(&into)
            .arg("--dry-run")
            .assert(),
    );
    assert!(!into.exists(), "nothing written");
    insta::assert_snapshot!(
        "import_dry_run",
        out.replace(&fixture("").display().to_string(), "")
    );
}

#[test]
fn sheets_not_holding_the_ledger_are_skipped_and_sheet_names_one() {
    let work = DataDir::empty();
    let out = stdout(
        corpus_rectify()
            .arg("import")
            .arg(fixture("import/06-sheet-per-category.xlsx"))
            .arg("--dry-run")
            .assert(),
    );
    assert!(
        out.contains("sheet 封面: no ledger header (问题 and 整改措施) in it: not read"),
        "{out}"
    );
    assert!(out.contains("sheet 填表说明: no ledger header"), "{out}");
    assert!(
        out.contains("would import 4 findings with 10 measures in 2 categories"),
        "{out}"
    );
    // --sheet reads one sheet: its findings, no categories.
    let into = work.path().join("one");
    let out = stdout(
        corpus_rectify()
            .arg("import")
            .arg(fixture("import/06-sheet-per-category.xlsx"))
            .args(["--sheet", "二、全面从严治党方面", "--into"])
            .arg(&into)
            .assert(),
    );
    assert!(
        out.starts_with("imported 2 findings with 5 measures in 0 categories"),
        "{out}"
    );
    let stderr = stderr_failing(
        corpus_rectify()
            .arg("import")
            .arg(fixture("import/06-sheet-per-category.xlsx"))
            .args(["--sheet", "台账", "--dry-run"])
            .assert(),
    );
    assert!(stderr.contains("has no sheet named 台账; its sheets are 封面, 填表说明, 一、党的政治建设方面, 二、全面从严治党方面"), "{stderr}");
}

#[test]
fn notes_say_what_was_guessed() {
    let work = DataDir::empty();
    let stderr = import("16-plan-two-row-no-status.xlsx", &work.path().join("plan"));
    let stderr = stderr.replace(&fixture("").display().to_string(), "");
    insta::assert_snapshot!("import_plan_notes", stderr);
}

/// Issue 11, items 5, 10 and 11: files made to hurt the reader.
mod hostile {
    use super::*;

    fn refused(name: &str) -> String {
        let work = DataDir::empty();
        let into = work.path().join("out");
        let started = std::time::Instant::now();
        let stderr = stderr_failing(
            corpus_rectify()
                .arg("import")
                .arg(fixture(&format!("import/{name}")))
                .arg("--into")
                .arg(&into)
                .assert(),
        );
        assert!(
            started.elapsed().as_secs() < 5,
            "{name} took {:?}",
            started.elapsed()
        );
        assert!(!into.exists());
        stderr.replace(&fixture("").display().to_string(), "")
    }

    #[test]
    fn a_value_at_the_last_cell_of_the_sheet_is_refused_not_an_abort() {
        // stderr_failing asserts exit code 1: no SIGABRT from a 512 GiB allocation.
        let stderr = refused("hostile-far-cell.xlsx");
        assert!(
            stderr.starts_with("error: import/hostile-far-cell.xlsx: sheet 整改台账 has a value at XFD1048576, beyond the 200 columns and 20000 rows a ledger may use"),
            "{stderr}"
        );
        // Named as every import problem is: the ledger, under the message; one problem
        // about the whole file needs no summary line.
        assert!(
            stderr.contains("\n--> import/hostile-far-cell.xlsx\n"),
            "{stderr}"
        );
        assert!(!stderr.contains("nothing imported"), "{stderr}");
    }

    #[test]
    fn merges_over_the_whole_sheet_cost_only_the_table() {
        let stderr = refused("hostile-merges.xlsx");
        assert!(stderr.contains("its merged cells overlap"), "{stderr}");
    }

    #[test]
    fn an_ods_cell_repeated_a_million_times_is_refused() {
        let stderr = refused("hostile-repeats.ods");
        assert!(
            stderr.starts_with("error: import/hostile-repeats.ods: repeats a cell or row beyond the 200 columns and 20000 rows a ledger may use"),
            "{stderr}"
        );
        // Named as every import problem is: the ledger, under the message; one problem
        // about the whole file needs no summary line.
        assert!(
            stderr.contains("\n--> import/hostile-repeats.ods\n"),
            "{stderr}"
        );
        assert!(!stderr.contains("nothing imported"), "{stderr}");
    }

    #[test]
    fn a_workbook_padded_to_gigabytes_is_refused_before_it_is_unpacked() {
        let stderr = refused("hostile-padded.xlsx");
        assert!(
            stderr.starts_with("error: import/hostile-padded.xlsx: unpacks to 210 MB, more than the 200 MB a ledger may have"),
            "{stderr}"
        );
        // Named as every import problem is: the ledger, under the message; one problem
        // about the whole file needs no summary line.
        assert!(
            stderr.contains("\n--> import/hostile-padded.xlsx\n"),
            "{stderr}"
        );
        assert!(!stderr.contains("nothing imported"), "{stderr}");
    }

    #[test]
    fn a_cell_over_excels_limit_is_named() {
        let stderr = refused("hostile-long-cell.xlsx");
        let lines: Vec<&str> = stderr.lines().collect();
        assert_eq!(
            lines[..2],
            [
                "error: the cell holds 40000 characters, more than the 32767 a cell may hold",
                "--> import/hostile-long-cell.xlsx, sheet Sheet, row 2, column B (整改措施)"
            ]
        );
        // The cell is quoted, cut to its first 60 characters.
        assert!(
            lines[3].starts_with(" | 长长长长长长长长长长") && lines[3].ends_with('…'),
            "{stderr}"
        );
        assert!(stderr.contains("nothing imported: 1 problem"), "{stderr}");
    }

    #[test]
    fn a_sheet_name_cannot_add_a_key_and_control_characters_are_named_at_their_cell() {
        let work = DataDir::empty();
        let into = work.path().join("out");
        let assert = corpus_rectify()
            .arg("import")
            .arg(fixture("import/hostile-names.xlsx"))
            .arg("--into")
            .arg(&into)
            .assert()
            .success();
        let stderr = String::from_utf8_lossy(&assert.get_output().stderr)
            .replace(&fixture("").display().to_string(), "");
        assert!(
            stderr.contains("note: import/hostile-names.xlsx, sheet 台账 language = \"en\", row 2, column B (整改措施): invisible control characters"),
            "{stderr}"
        );
        assert!(!stderr.contains(".rectify-new"), "{stderr}");
        let report: toml::Table =
            toml::from_str(&std::fs::read_to_string(into.join("rectify.toml")).unwrap()).unwrap();
        assert!(!report.contains_key("language"), "no key from a sheet name");
        let finding: toml::Table =
            toml::from_str(&std::fs::read_to_string(into.join("findings/01.toml")).unwrap())
                .unwrap();
        let measures = finding["finding"][0]["measure"].as_array().unwrap();
        assert_eq!(measures[0]["text"].as_str(), Some("建立制度\n每月学习一次"));
        assert_eq!(measures[1]["text"].as_str(), Some("开展研讨"));
        corpus_rectify()
            .arg("--data")
            .arg(&into)
            .arg("check")
            .assert()
            .success();
    }
}

#[test]
fn an_imported_ledger_exports_and_imports_again_unchanged() {
    // deadline_note (立行立改) shows in 整改时限 and reads back as itself.
    let work = DataDir::empty();
    let first = work.path().join("first");
    import("01-title-merged-categories-footer.xlsx", &first);
    let export = |dir: &Path| {
        stdout(
            corpus_rectify()
                .arg("--data")
                .arg(dir)
                .args(["export", "-f", "csv"])
                .assert(),
        )
    };
    let csv = export(&first);
    assert!(csv.contains(",立行立改,"), "{csv}");
    let path = work.path().join("ledger.csv");
    std::fs::write(&path, &csv).unwrap();
    let second = work.path().join("second");
    corpus_rectify()
        .arg("import")
        .arg(&path)
        .arg("--into")
        .arg(&second)
        .assert()
        .success();
    assert_eq!(export(&second), csv);
}
