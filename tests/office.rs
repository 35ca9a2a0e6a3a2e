//! Office formats: the ledger as CSV and Excel, the notice as Word, and import of a ledger.
//! The binary files are opened as zip archives (and the xlsx read back with calamine) to
//! check what an office would look at.

use std::io::Read;
use std::path::Path;

use calamine::Reader;

use crate::common::{fixture, rectify, shipped_data, stderr_failing, stdout, DataDir};

const LEDGER_HEADERS: [&str; 11] = [
    "序号",
    "问题类别",
    "问题",
    "整改措施",
    "责任领导/责任人",
    "责任部门",
    "整改时限",
    "完成情况",
    "完成时间",
    "佐证材料",
    "最新进展",
];

/// One part of a zip archive (a .docx or .xlsx) as text.
fn zip_part(bytes: &[u8], name: &str) -> String {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip archive");
    let mut part = archive
        .by_name(name)
        .unwrap_or_else(|_| panic!("the archive has no {name}"));
    let mut text = String::new();
    part.read_to_string(&mut text).unwrap();
    text
}

/// Text as it appears inside XML.
fn xml_escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Every sheet of a workbook: its name and its cells as text.
fn workbook_cells(path: &Path) -> Vec<(String, Vec<Vec<String>>)> {
    let mut workbook = calamine::open_workbook_auto(path).expect("an xlsx calamine reads");
    workbook
        .sheet_names()
        .into_iter()
        .map(|name| {
            let range = workbook.worksheet_range(&name).unwrap();
            let rows = range
                .rows()
                .map(|r| r.iter().map(|c| c.to_string()).collect())
                .collect();
            (name, rows)
        })
        .collect()
}

/// The shipped data's findings: (title, [measure texts]), read from the TOML files, as the
/// exports print them (full-width punctuation in Chinese text).
fn shipped_findings() -> Vec<(String, Vec<String>)> {
    let typeset = |t: &str| rectify::punctuation::typeset(t).into_owned();
    let dir = crate::common::shipped_data().join("findings");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    paths.sort();
    paths
        .iter()
        .flat_map(|p| {
            let doc: toml::Table = toml::from_str(&std::fs::read_to_string(p).unwrap()).unwrap();
            doc["finding"]
                .as_array()
                .unwrap()
                .iter()
                .map(|f| {
                    let measures = f["measure"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .map(|m| typeset(m["text"].as_str().unwrap()))
                        .collect();
                    (typeset(f["title"].as_str().unwrap()), measures)
                })
                .collect::<Vec<_>>()
        })
        .collect()
}

mod csv_ledger {
    use super::*;

    #[test]
    fn starts_with_a_bom_and_reads_back_with_the_csv_crate() {
        let data = DataDir::shipped();
        let out = data.run(&["export", "--format", "csv"]).success();
        let bytes = out.get_output().stdout.clone();
        assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "UTF-8 BOM for Excel");
        let mut reader = csv::Reader::from_reader(&bytes[3..]);
        let headers: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
        assert_eq!(headers, LEDGER_HEADERS);
        let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        let expected: Vec<(String, String)> = shipped_findings()
            .into_iter()
            .flat_map(|(title, measures)| measures.into_iter().map(move |m| (title.clone(), m)))
            .collect();
        assert_eq!(records.len(), expected.len());
        let got: Vec<(String, String)> = records
            .iter()
            .map(|r| (r[2].to_string(), r[3].to_string()))
            .collect();
        assert_eq!(got, expected, "every finding and measure, in notice order");
        // 序号 as a constant formula Excel shows as the text 1.1 (11.10 stays 11.10).
        assert_eq!(&records[0][0], "=\"1.1\"");
        assert_eq!(&records[0][7], "已完成");
    }

    /// The shipped data with measure 1.1's text replaced.
    fn with_measure_text(text: &str) -> DataDir {
        let data = DataDir::shipped();
        let path = data.path().join("findings/01.toml");
        let toml = std::fs::read_to_string(&path).unwrap();
        let start = toml.find("text = ").unwrap();
        let end = start + toml[start..].find('\n').unwrap();
        std::fs::write(
            &path,
            format!(
                "{}text = {}{}",
                &toml[..start],
                toml::Value::String(text.into()),
                &toml[end..]
            ),
        )
        .unwrap();
        data
    }

    #[test]
    fn a_formula_in_the_data_stays_text_in_export_and_list_csv() {
        let data = with_measure_text("=HYPERLINK(\"http://x\",\"click\")");
        let export = stdout(data.run(&["export", "--format", "csv"]));
        assert!(
            export.contains(",\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\","),
            "{export}"
        );
        let list = stdout(data.run(&["list", "--measures", "--format", "csv"]));
        assert!(list.contains("'=HYPERLINK("), "{list}");
        assert!(!list.contains(",\"=HYPERLINK"), "{list}");
        for start in ["+", "-", "@", "\t"] {
            let data = with_measure_text(&format!("{start}1+1 整改"));
            let export = stdout(data.run(&["export", "--format", "csv"]));
            assert!(
                export.contains(&format!("'{start}1+1 整改")),
                "{start:?}: {export}"
            );
        }
    }

    #[test]
    fn import_takes_the_guard_off_again() {
        let data = with_measure_text("=HYPERLINK(\"x\") 与 '=引号");
        let csv = data.path().join("ledger.csv");
        let first = stdout(data.run(&["export", "--format", "csv"]));
        std::fs::write(&csv, &first).unwrap();
        let work = DataDir::empty();
        let imported = work.path().join("imported");
        rectify()
            .args(["import", csv.to_str().unwrap(), "--into"])
            .arg(&imported)
            .assert()
            .success();
        let again = stdout(
            rectify()
                .arg("--data")
                .arg(&imported)
                .args(["export", "-f", "csv"])
                .assert(),
        );
        assert_eq!(again, first, "the same ledger after a round trip");
        let imported = std::fs::read_to_string(imported.join("findings/01.toml")).unwrap();
        assert!(
            imported.contains("=HYPERLINK(\"x\") 与 '=引号"),
            "{imported}"
        );
    }

    #[test]
    fn quotes_commas_quotes_and_newlines() {
        let data = DataDir::empty();
        crate::common::copy_dir(&crate::common::shipped_data(), data.path());
        let tricky = "第一行 a,b 有逗号\n第二行有\"引号\"";
        let path = data.path().join("findings/01.toml");
        let text = std::fs::read_to_string(&path).unwrap().replacen(
            "title = \"针对主题教育开展不认真\"",
            &format!("title = {}", toml::Value::String(tricky.into())),
            1,
        );
        std::fs::write(&path, text).unwrap();
        let out = data.run(&["export", "--format", "csv"]).success();
        let bytes = out.get_output().stdout.clone();
        let raw = String::from_utf8(bytes.clone()).unwrap();
        assert!(raw.contains("\"第一行 a,b 有逗号\n第二行有\"\"引号\"\"\""));
        assert!(raw.contains("\r\n"), "CRLF line ends");
        let mut reader = csv::Reader::from_reader(&bytes[3..]);
        let first = reader.records().next().unwrap().unwrap();
        assert_eq!(&first[2], tricky);
    }

    #[test]
    fn snapshot_of_the_shipped_ledger() {
        let text = stdout(DataDir::shipped().run(&["export", "--format", "csv"]));
        insta::assert_snapshot!(text);
    }
}

mod xlsx_ledger {
    use super::*;

    fn export(data: &DataDir) -> (std::path::PathBuf, Vec<u8>) {
        let path = data.path().join("ledger.xlsx");
        data.run(&["export", "--format", "xlsx", "-o", path.to_str().unwrap()])
            .success();
        let bytes = std::fs::read(&path).unwrap();
        (path, bytes)
    }

    #[test]
    fn has_the_ledger_and_summary_sheets_a_frozen_header_and_a_filter() {
        let data = DataDir::shipped();
        let (_, bytes) = export(&data);
        let workbook = zip_part(&bytes, "xl/workbook.xml");
        assert!(workbook.contains(r#"<sheet name="整改台账""#), "{workbook}");
        assert!(workbook.contains(r#"<sheet name="统计""#), "{workbook}");
        let sheet = zip_part(&bytes, "xl/worksheets/sheet1.xml");
        // Title on row 1, header on row 2: rows from 3 on scroll under a frozen header.
        assert!(
            sheet.contains(
                r#"<pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/>"#
            ),
            "{sheet}"
        );
        // The filter spans the five hidden helper columns, so a sort keeps them with their rows.
        assert!(sheet.contains(r#"<autoFilter ref="A2:P32"/>"#), "{sheet}");
        assert!(
            sheet.contains(r#"<col min="12" max="16" width="0" hidden="1""#),
            "{sheet}"
        );
        assert!(
            sheet.contains(r#"<pageSetup paperSize="9" fitToHeight="0" orientation="landscape""#)
        );
        let styles = zip_part(&bytes, "xl/styles.xml");
        assert!(styles.contains(r#"<name val="宋体"/>"#), "fonts named");
        assert!(styles.contains(r#"wrapText="1""#), "wrapped cells");
        assert!(styles.contains("FFC6EFCE"), "status colours (done)");
    }

    #[test]
    fn every_finding_and_measure_is_in_the_ledger() {
        let data = DataDir::shipped();
        let (path, bytes) = export(&data);
        let strings = zip_part(&bytes, "xl/sharedStrings.xml");
        for (title, measures) in shipped_findings() {
            assert!(strings.contains(&xml_escaped(&title)), "{title}");
            for m in measures {
                assert!(strings.contains(&xml_escaped(&m)), "{m}");
            }
        }
        let sheets = workbook_cells(&path);
        let (name, rows) = &sheets[0];
        assert_eq!(name, "整改台账");
        assert_eq!(rows[0][0], "区民政局党组巡察整改台账");
        assert_eq!(rows[1][..11], LEDGER_HEADERS);
        // The hidden helper columns have no header (import passes them by).
        assert!(rows[1][11..].iter().all(String::is_empty), "{:?}", rows[1]);
        assert_eq!(
            rows.len(),
            2 + 30,
            "title, header, 30 measures of 10 findings"
        );
        let finding_numbers: std::collections::BTreeSet<&str> = rows[2..]
            .iter()
            .map(|r| r[0].split('.').next().unwrap())
            .collect();
        assert_eq!(finding_numbers.len(), 10);
    }

    #[test]
    fn the_summary_counts_per_category_and_overall() {
        let data = DataDir::shipped();
        let (path, _) = export(&data);
        let sheets = workbook_cells(&path);
        let (name, rows) = &sheets[1];
        assert_eq!(name, "统计");
        assert_eq!(
            rows[0][..5],
            ["问题类别", "问题数", "已完成整改问题", "措施数", "已完成"]
        );
        let total = rows.iter().find(|r| r[0] == "合计").expect("a total row");
        assert_eq!(total[1], "10", "findings");
        assert_eq!(total[3], "30", "measures");
        let per_category: f64 = rows[1..4]
            .iter()
            .map(|r| r[3].parse::<f64>().unwrap())
            .sum();
        assert_eq!(per_category, 30.0);
        assert_eq!(
            total[total.len() - 2],
            "1",
            "every measure completed (done or ongoing)"
        );
    }

    #[test]
    fn overdue_rows_are_shaded_and_statuses_coloured() {
        let data = DataDir::shipped();
        let path = data.path().join("findings/02.toml");
        let text = std::fs::read_to_string(&path).unwrap().replacen(
            "status = \"ongoing\"",
            "status = \"in-progress\"\ndeadline = 2020-12-31",
            1,
        );
        std::fs::write(&path, text).unwrap();
        let (_, bytes) = export(&data);
        let styles = zip_part(&bytes, "xl/styles.xml");
        assert!(styles.contains("FFFCE4E4"), "the overdue shade is used");
        assert!(
            styles.contains("FFFFEB9C"),
            "the in-progress colour is used"
        );
    }

    /// The shipped data with measure 2.1 in progress and due 2020-12-31, 1.1 done on a day.
    fn with_dates(data: &DataDir) {
        let path = data.path().join("findings/02.toml");
        let text = std::fs::read_to_string(&path).unwrap().replacen(
            "status = \"ongoing\"",
            "status = \"in-progress\"\ndeadline = 2020-12-31",
            1,
        );
        std::fs::write(&path, text).unwrap();
        let path = data.path().join("findings/01.toml");
        let text = std::fs::read_to_string(&path).unwrap();
        let text = text.replacen(
            "done = 2020 ",
            "done = 2020-11-30\ndeadline = \"2020-12\" ",
            1,
        );
        std::fs::write(&path, text).unwrap();
    }

    #[test]
    fn the_summary_is_formulas_over_the_ledger_with_cached_values() {
        let data = DataDir::shipped();
        with_dates(&data);
        let (path, bytes) = export(&data);
        let summary = zip_part(&bytes, "xl/worksheets/sheet2.xml");
        // 措施数 of the first category, its 正在推进, and the total's overdue, each a
        // formula with its value cached.
        assert!(summary.contains(r#"<f>COUNTIFS('整改台账'!$B$3:$B$32,"=贯彻落实党的路线方针政策和党中央决策部署情况方面")</f><v>8</v>"#), "{summary}");
        assert!(
            summary.contains(r#"'整改台账'!$H$3:$H$32,"正在推进")</f><v>1</v>"#),
            "{summary}"
        );
        assert!(
            summary.contains(r#"'整改台账'!$N$3:$N$32,"&lt;"&amp;截止日期,"#),
            "{summary}"
        );
        // Findings counted once each (a flag per finding), completed ones by a per-finding
        // formula on the ledger: linear in the ledger's size.
        assert!(
            summary.contains(r#"'整改台账'!$O$3:$O$32,1)</f><v>3</v>"#),
            "{summary}"
        );
        assert!(
            summary.contains("<f>SUM('整改台账'!$P$3:$P$32)</f><v>9</v>"),
            "{summary}"
        );
        let ledger = zip_part(&bytes, "xl/worksheets/sheet1.xml");
        assert!(ledger.contains(r#"<c r="P6"><f>IF(COUNTIFS($M$3:$M$32,$M6,$H$3:$H$32,"&lt;&gt;"&amp;"已完成",$H$3:$H$32,"&lt;&gt;"&amp;"长期坚持")=0,1,0)</f><v>0</v>"#), "{ledger}");
        let workbook = zip_part(&bytes, "xl/workbook.xml");
        assert!(
            workbook.contains(r#"<definedName name="截止日期">'统计'!$B$8</definedName>"#),
            "{workbook}"
        );
        // calamine reads the cached values: what a viewer that does not calculate shows.
        let sheets = workbook_cells(&path);
        let total = sheets[1].1.iter().find(|r| r[0] == "合计").unwrap().clone();
        assert_eq!(
            total[1..10],
            ["10", "9", "30", "13", "0", "1", "16", "0", "1"],
            "{total:?}"
        );
    }

    #[test]
    fn statuses_have_a_dropdown_and_colours_and_overdue_shading_by_rule() {
        let data = DataDir::shipped();
        with_dates(&data);
        let (_, bytes) = export(&data);
        let sheet = zip_part(&bytes, "xl/worksheets/sheet1.xml");
        assert!(sheet.contains(r#"<dataValidation type="list""#), "{sheet}");
        assert!(
            sheet.contains(
                r#"sqref="H3:H32"><formula1>"已完成,基本完成,正在推进,长期坚持,未启动"</formula1>"#
            ),
            "{sheet}"
        );
        assert!(sheet.contains(r#"<conditionalFormatting sqref="H3:H32"><cfRule type="expression" dxfId="0" priority="1"><formula>$H3="已完成"</formula>"#), "{sheet}");
        assert!(sheet.contains(r#"<conditionalFormatting sqref="A3:K32"><cfRule type="expression" dxfId="6" priority="7"><formula>AND($N3&lt;&gt;"",$N3&lt;截止日期,$H3&lt;&gt;"已完成",$H3&lt;&gt;"长期坚持")</formula>"#), "{sheet}");
        // No fixed fills left on the cells: the colours come from the rules (dxf).
        let styles = zip_part(&bytes, "xl/styles.xml");
        let cell_xfs =
            &styles[styles.find("<cellXfs").unwrap()..styles.find("</cellXfs>").unwrap()];
        let fills = &styles[styles.find("<fills").unwrap()..styles.find("</fills>").unwrap()];
        assert!(
            !fills.contains("FFFCE4E4") && !fills.contains("FFC6EFCE"),
            "{fills} {cell_xfs}"
        );
        let dxfs = &styles[styles.find("<dxfs").unwrap()..];
        assert!(
            dxfs.contains("FFFCE4E4") && dxfs.contains("FFC6EFCE") && dxfs.contains("FFFFEB9C")
        );
    }

    #[test]
    fn days_are_date_cells_and_the_hidden_sort_key_orders_the_rows() {
        let data = DataDir::shipped();
        with_dates(&data);
        let (path, _) = export(&data);
        let mut workbook = calamine::open_workbook_auto(&path).unwrap();
        let range = workbook.worksheet_range("整改台账").unwrap();
        let cell = |r: u32, c: u32| range.get_value((r, c)).cloned().unwrap();
        // 1.1: deadline a month (text), done a day (a date cell).
        assert_eq!(cell(2, 6), calamine::Data::String("2020年12月".into()));
        assert!(
            matches!(cell(2, 8), calamine::Data::DateTime(d) if d.is_datetime()),
            "{:?}",
            cell(2, 8)
        );
        // 2.1: a day deadline as a date; hidden: sort key 20001, finding 2, due day.
        assert!(matches!(cell(5, 6), calamine::Data::DateTime(_)));
        assert_eq!(cell(5, 11), calamine::Data::Float(20001.0));
        assert_eq!(cell(5, 12), calamine::Data::Float(2.0));
        assert!(matches!(cell(5, 13), calamine::Data::DateTime(_)));
        let keys: Vec<f64> = (2..32)
            .map(|r| match cell(r, 11) {
                calamine::Data::Float(f) => f,
                other => panic!("{other:?}"),
            })
            .collect();
        assert!(
            keys.windows(2).all(|w| w[0] < w[1]),
            "notice order is key order"
        );
    }

    #[test]
    fn the_living_ledger_imports_back_exactly() {
        let data = DataDir::shipped();
        with_dates(&data);
        let work = DataDir::empty();
        let first = work.path().join("first.xlsx");
        let imported = work.path().join("imported");
        data.run(&["export", "-f", "xlsx", "-o", first.to_str().unwrap()])
            .success();
        let out = rectify()
            .args(["import", first.to_str().unwrap(), "--into"])
            .arg(&imported)
            .assert()
            .success();
        let stderr = String::from_utf8(out.get_output().stderr.clone()).unwrap();
        // Only the title row and the 统计 sheet are left out; every column is read.
        assert!(
            stderr.contains("2 rows or sheets not imported") && !stderr.contains("is read instead"),
            "{stderr}"
        );
        let csv = |dir: &Path| {
            stdout(
                rectify()
                    .arg("--data")
                    .arg(dir)
                    .args(["export", "-f", "csv"])
                    .assert(),
            )
        };
        assert_eq!(csv(&imported), csv(data.path()));
    }

    #[test]
    fn a_binary_format_goes_to_a_file_or_a_pipe() {
        // On a terminal it is refused (src/commands/export.rs); a pipe gets the bytes.
        let out = DataDir::shipped()
            .run(&["export", "--format", "xlsx"])
            .success();
        assert!(out.get_output().stdout.starts_with(b"PK"));
    }
}

mod import {
    use super::*;

    #[test]
    fn round_trip_export_import_export_gives_the_same_ledger() {
        let data = DataDir::shipped();
        let work = DataDir::empty();
        let first = work.path().join("first.xlsx");
        let second = work.path().join("second.xlsx");
        let imported = work.path().join("imported");
        data.run(&["export", "-f", "xlsx", "-o", first.to_str().unwrap()])
            .success();
        let out = stdout(
            rectify()
                .args(["import", first.to_str().unwrap(), "--into"])
                .arg(&imported)
                .assert(),
        );
        assert!(out.starts_with("imported 10 findings with 30 measures in 3 categories"));
        rectify()
            .arg("--data")
            .arg(&imported)
            .arg("check")
            .assert()
            .success();
        rectify()
            .arg("--data")
            .arg(&imported)
            .args(["export", "-f", "xlsx", "-o", second.to_str().unwrap()])
            .assert()
            .success();
        assert_eq!(workbook_cells(&first), workbook_cells(&second));
        // And so does the CSV.
        let csv_before = stdout(data.run(&["export", "-f", "csv"]));
        let csv_after = stdout(
            rectify()
                .arg("--data")
                .arg(&imported)
                .args(["export", "-f", "csv"])
                .assert(),
        );
        assert_eq!(csv_before, csv_after);
    }

    #[test]
    fn round_trip_of_an_english_ledger() {
        let data = DataDir::shipped();
        let text = data.read("rectify.toml");
        data.write("rectify.toml", &format!("language = \"en\"\n{text}"));
        let work = DataDir::empty();
        let first = work.path().join("first.xlsx");
        let second = work.path().join("second.xlsx");
        let imported = work.path().join("imported");
        data.run(&["export", "-f", "xlsx", "-o", first.to_str().unwrap()])
            .success();
        rectify()
            .arg("import")
            .arg(&first)
            .arg("--into")
            .arg(&imported)
            .assert()
            .success();
        assert!(std::fs::read_to_string(imported.join("rectify.toml"))
            .unwrap()
            .contains("language = \"en\""));
        rectify()
            .arg("--data")
            .arg(&imported)
            .args(["export", "-f", "xlsx", "-o", second.to_str().unwrap()])
            .assert()
            .success();
        let cells = workbook_cells(&first);
        assert_eq!(cells[0].0, "Ledger");
        assert_eq!(cells[0].1[5][6], "long-term", "2.1 is upheld long-term");
        assert_eq!(cells, workbook_cells(&second));
    }

    #[test]
    fn round_trip_keeps_owners_dates_evidence_and_progress() {
        let data = DataDir::shipped();
        let path = data.path().join("findings/04.toml");
        let text = std::fs::read_to_string(&path).unwrap().replacen(
            "status = \"ongoing\"",
            "status = \"in-progress\"\nowner = \"王局长\"\ndepartment = \"办公室\"\ndeadline = \"2021-06\"\nevidence = [\"会议纪要\", \"通知, 第2号\"]\n\n[[finding.measure.log]]\ndate = 2021-01-05\nnote = \"已起草：待审议\"",
            1,
        );
        std::fs::write(&path, text).unwrap();
        let work = DataDir::empty();
        let csv_path = work.path().join("ledger.csv");
        let before = data.run(&["export", "-f", "csv"]).success();
        std::fs::write(&csv_path, &before.get_output().stdout).unwrap();
        let imported = work.path().join("imported");
        rectify()
            .args(["import", csv_path.to_str().unwrap(), "--into"])
            .arg(&imported)
            .assert()
            .success();
        let after = rectify()
            .arg("--data")
            .arg(&imported)
            .args(["export", "-f", "csv"])
            .assert()
            .success();
        assert_eq!(
            String::from_utf8_lossy(&before.get_output().stdout),
            String::from_utf8_lossy(&after.get_output().stdout)
        );
        let finding = std::fs::read_to_string(imported.join("findings/04.toml")).unwrap();
        assert!(finding.contains("deadline = \"2021-06\""), "{finding}");
        assert!(finding.contains("date = 2021-01-05"), "{finding}");
    }

    #[test]
    fn a_messy_ledger_merged_cells_odd_dates_and_status_words() {
        let work = DataDir::empty();
        let into = work.path().join("data");
        let assert = rectify()
            .args(["import"])
            .arg(fixture("office/messy-ledger.xlsx"))
            .arg("--into")
            .arg(&into)
            .assert()
            .success();
        let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
        insta::assert_snapshot!(
            "messy_ledger_notes",
            stderr.replace(&fixture("").display().to_string(), "")
        );
        rectify()
            .arg("--data")
            .arg(&into)
            .arg("check")
            .assert()
            .success();
        let report = std::fs::read_to_string(into.join("rectify.toml")).unwrap();
        assert!(report.contains("unit = \"某县财政局党组\""), "{report}");
        assert!(
            report.contains("title = \"政治建设方面\""),
            "numbering 一、 taken off"
        );
        let first = std::fs::read_to_string(into.join("findings/01.toml")).unwrap();
        insta::assert_snapshot!("messy_ledger_finding_1", first);
        // 意识形态… is written twice, unmerged: one finding with two measures.
        let second = std::fs::read_to_string(into.join("findings/02.toml")).unwrap();
        assert_eq!(second.matches("[[finding.measure]]").count(), 2, "{second}");
        assert!(second.contains("status = \"partial\""));
        assert!(second.contains("status = \"not-started\""));
        assert!(!into.join("findings/04.toml").exists());
    }

    #[test]
    fn a_csv_with_category_rows_and_mapped_headers() {
        let work = DataDir::empty();
        let into = work.path().join("data");
        let assert = rectify()
            .arg("import")
            .arg(fixture("office/category-rows.csv"))
            .arg("--into")
            .arg(&into)
            .args(["--map", "具体问题=问题"])
            .assert()
            .success();
        let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
        assert!(
            stderr.contains("row 4, column D (时限): `3月15日` has no year: read as 2020年3月15日"),
            "{stderr}"
        );
        let list = stdout(
            rectify()
                .arg("--data")
                .arg(&into)
                .args(["--lang", "zh", "list", "--measures", "--format", "csv"])
                .assert(),
        );
        insta::assert_snapshot!("category_rows_list", list);
    }

    #[test]
    fn unreadable_cells_are_all_reported_and_nothing_is_written() {
        let work = DataDir::empty();
        let into = work.path().join("data");
        let stderr = stderr_failing(
            rectify()
                .current_dir(fixture("office"))
                .args(["import", "bad-ledger.xlsx", "--into"])
                .arg(&into)
                .assert(),
        );
        insta::assert_snapshot!("bad_ledger", stderr);
        assert!(!into.exists(), "no half-written folder");
        let left: Vec<_> = std::fs::read_dir(work.path()).unwrap().collect();
        assert!(left.is_empty(), "no temporary folder left behind");
    }

    /// The same problems in the Chinese interface: the place in a clerk's words
    /// (工作表“Sheet1”，第2行E列（完成情况）), the cell quoted, full-width colons, the summary.
    #[test]
    fn unreadable_cells_are_reported_in_chinese_at_their_cell() {
        let work = DataDir::empty();
        let into = work.path().join("data");
        let stderr = stderr_failing(
            crate::common::rectify_zh()
                .current_dir(fixture("office"))
                .args(["import", "bad-ledger.xlsx", "--into"])
                .arg(&into)
                .assert(),
        );
        insta::assert_snapshot!("bad_ledger_zh", stderr);
        assert!(
            stderr.contains("--> bad-ledger.xlsx，工作表“Sheet1”，第2行E列（完成情况）\n"),
            "{stderr}"
        );
        assert!(
            stderr.ends_with("错误：导入发现 2 处问题，bad-ledger.xlsx 没有导入\n提示：在台账里改好（或用 --map 表头=列 指明各列）后再导入\n"),
            "{stderr}"
        );
        // In reading order: row 2 before row 4.
        assert!(stderr.find("第2行").unwrap() < stderr.find("第4行").unwrap());
        // Coloured like check's on request: the title in bold red, the quote underlined.
        let coloured = stderr_failing(
            crate::common::rectify_zh()
                .current_dir(fixture("office"))
                .args(["--color", "always", "import", "bad-ledger.xlsx", "--into"])
                .arg(&into)
                .assert(),
        );
        assert!(coloured.contains("\u{1b}["), "{coloured}");
        assert!(!into.exists());
    }

    #[test]
    fn a_done_date_in_the_future_names_its_ledger_cell() {
        let work = DataDir::empty();
        work.write(
            "l.csv",
            "问题,整改措施,完成情况,完成时间\n学习不深入,建立制度,已完成,2020-12-01\n学习不深入,开展研讨,已完成,2022-01-01\n",
        );
        let stderr = stderr_failing(
            rectify()
                .current_dir(work.path())
                .args(["import", "l.csv", "--into", "out"])
                .assert(),
        );
        assert!(
            stderr.starts_with("error: 完成时间 2022-01-01 is in the future (today is 2021-03-01)\n--> l.csv, row 3, column D (完成时间)\n |\n | 2022-01-01\n | ^^^^^^^^^^\n"),
            "{stderr}"
        );
        assert!(!stderr.contains(".rectify-new"), "no temp folder: {stderr}");
        assert!(!work.path().join("out").exists());
    }

    #[test]
    fn refuses_a_folder_that_already_holds_data() {
        let data = DataDir::shipped();
        let before = data.snapshot();
        let stderr = stderr_failing(
            rectify()
                .arg("import")
                .arg(fixture("office/messy-ledger.xlsx"))
                .arg("--into")
                .arg(data.path())
                .assert(),
        );
        assert!(stderr.contains("already holds a data folder"), "{stderr}");
        assert_eq!(data.snapshot(), before);
    }

    #[test]
    fn defaults_to_the_data_folder_and_fills_an_empty_one() {
        let work = DataDir::empty();
        std::fs::create_dir(work.path().join("data")).unwrap();
        rectify()
            .current_dir(work.path())
            .arg("import")
            .arg(fixture("office/messy-ledger.xlsx"))
            .assert()
            .success();
        assert!(work.path().join("data/rectify.toml").exists());
    }

    #[test]
    fn headers_it_cannot_place_need_map() {
        let work = DataDir::empty();
        work.write(
            "l.csv",
            "问题要点,整改措施,完成情况\n学习不深入,建立制度,已完成\n",
        );
        let stderr = stderr_failing(
            rectify()
                .current_dir(work.path())
                .args(["import", "l.csv", "--into", "out"])
                .assert(),
        );
        assert_eq!(
            stderr,
            // One problem about the whole file: no summary line repeating it.
            "error: no header row with 问题 and 整改措施 found in the first 30 rows\n--> l.csv\n = help: name the columns 问题 and 整改措施 (and 完成情况, 整改时限…), or map your headers with --map 问题要点=问题\n"
        );
        let bad_map = rectify()
            .current_dir(work.path())
            .args(["import", "l.csv", "--into", "out", "--map", "问题要点=什么"])
            .assert()
            .code(2);
        let stderr = String::from_utf8(bad_map.get_output().stderr.clone()).unwrap();
        assert!(stderr.contains("`什么` is not a ledger column"), "{stderr}");
        rectify()
            .current_dir(work.path())
            .args(["import", "l.csv", "--into", "out", "--map", "问题要点=问题"])
            .assert()
            .success();
    }

    #[test]
    fn a_csv_in_no_known_encoding_says_how_to_save_it() {
        let work = DataDir::empty();
        // Bytes that are neither UTF-8, UTF-16 nor GBK.
        std::fs::write(work.path().join("bad.csv"), b"\xff\xff\xff,x\n\x81\n").unwrap();
        let stderr = stderr_failing(
            rectify()
                .current_dir(work.path())
                .args(["import", "bad.csv", "--into", "out"])
                .assert(),
        );
        assert!(
            stderr.contains(
                "bad.csv: is neither UTF-8, UTF-16 nor GBK text (unreadable bytes on line 1)"
            ),
            "{stderr}"
        );
        assert!(!work.path().join("out").exists());
    }
}

mod docx_notice {
    use super::*;

    fn export(data: &DataDir) -> Vec<u8> {
        let path = data.path().join("notice.docx");
        data.run(&["export", "--format", "docx", "-o", path.to_str().unwrap()])
            .success();
        std::fs::read(&path).unwrap()
    }

    #[test]
    fn every_finding_title_and_measure_text_is_in_the_document() {
        let bytes = export(&DataDir::shipped());
        let document = zip_part(&bytes, "word/document.xml");
        for (title, measures) in shipped_findings() {
            assert!(
                document.contains(&xml_escaped(&format!("针对“{title}”的问题。"))),
                "{title}"
            );
            for m in measures {
                assert!(document.contains(&xml_escaped(&m)), "{m}");
            }
        }
        // The numbering comes from the notice view: sections, categories, findings.
        for heading in [
            "一、加强组织领导，把巡察整改作为首要任务抓紧抓好",
            "（一）贯彻落实党的路线方针政策和党中央决策部署情况方面",
            "（三）基层党组织软弱涣散、组织力欠缺方面",
            "10.针对“履行整改主体责任不到位，审计整改不及时、不到位”的问题。",
            "三、深化整改成效，逐步建立长效机制",
        ] {
            assert!(document.contains(heading), "{heading}");
        }
        // No title unless the data asks for one (the published notice has none).
        assert!(!document.contains("GongwenTitle"));
        // Lead sentences bold.
        assert!(document.contains(
            "<w:rPr><w:b/><w:bCs/><w:spacing w:val=\"-5\"/></w:rPr><w:t xml:space=\"preserve\">强化组织领导，合力推动整改。</w:t>"
        ));
    }

    #[test]
    fn the_page_fonts_and_lines_follow_gbt_9704() {
        let bytes = export(&DataDir::shipped());
        let document = zip_part(&bytes, "word/document.xml");
        // A4; margins 37 mm top, 26 mm right, 35 mm bottom, 28 mm left (in twips).
        assert!(document.contains(r#"<w:pgSz w:w="11906" w:h="16838"/>"#));
        assert!(document
            .contains(r#"<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587""#));
        // 22 lines of 28 characters: Word's 文档网格 "指定行和字符网格".
        assert!(document.contains(
            r#"<w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-843"/>"#
        ));
        let styles = zip_part(&bytes, "word/styles.xml");
        for font in ["方正小标宋简体", "仿宋_GB2312", "黑体", "楷体_GB2312"] {
            assert!(styles.contains(&format!("w:eastAsia=\"{font}\"")), "{font}");
        }
        for (id, font) in [
            ("GongwenTitle", "方正小标宋简体"),
            ("GongwenBody", "仿宋_GB2312"),
            ("Heading1", "黑体"),
            ("Heading2", "楷体_GB2312"),
        ] {
            let start = styles
                .find(&format!("w:styleId=\"{id}\""))
                .unwrap_or_else(|| panic!("style {id}"));
            let style = &styles[start..start + styles[start..].find("</w:style>").unwrap()];
            assert!(
                style.contains(&format!("w:eastAsia=\"{font}\"")),
                "{id}: {style}"
            );
            assert!(
                style.contains(r#"w:line="579" w:lineRule="exact"/>"#),
                "{id}: 28.95 pt line pitch"
            );
            let size = if id == "GongwenTitle" { 44 } else { 32 };
            assert!(style.contains(&format!("<w:sz w:val=\"{size}\"/>")), "{id}");
            if id != "GongwenTitle" {
                assert!(
                    style.contains(r#"w:firstLine="640""#),
                    "{id}: two characters"
                );
            } else {
                assert!(style.contains(r#"<w:jc w:val="center"/>"#));
            }
        }
        // Page numbers — 1 —, right on odd pages and left on even ones.
        let odd = zip_part(&bytes, "word/footer1.xml");
        let even = zip_part(&bytes, "word/footer2.xml");
        for footer in [&odd, &even] {
            assert!(footer.contains("<w:instrText xml:space=\"preserve\"> PAGE </w:instrText>"));
            assert!(footer.contains(">— </w:t>") && footer.contains("> —</w:t>"));
            assert!(footer.contains(r#"w:eastAsia="宋体""#));
        }
        assert!(odd.contains(r#"<w:jc w:val="right"/>"#));
        assert!(even.contains(r#"<w:jc w:val="left"/>"#));
        assert!(zip_part(&bytes, "word/settings.xml").contains("<w:evenAndOddHeaders/>"));
    }

    #[test]
    fn a_title_in_the_data_is_kept_and_the_bytes_are_reproducible() {
        let data = DataDir::shipped();
        let text = data.read("rectify.toml");
        data.write("rectify.toml", &format!("title = \"整改公告\"\n{text}"));
        let first = export(&data);
        assert!(zip_part(&first, "word/document.xml").contains(">整改公告</w:t>"));
        assert_eq!(first, export(&data), "same data, same bytes");
    }
}

/// A small walk over XML: each element's name and the names of its children, in order.
/// Enough for the parts rectify writes (no comments, CDATA or DOCTYPE).
fn element_children(xml: &str) -> Vec<(String, Vec<String>)> {
    let mut out: Vec<(String, Vec<String>)> = Vec::new();
    let mut stack: Vec<usize> = Vec::new();
    let mut rest = xml;
    while let Some(at) = rest.find('<') {
        rest = &rest[at + 1..];
        let end = rest.find('>').expect("a closed tag");
        let tag = &rest[..end];
        rest = &rest[end + 1..];
        if tag.starts_with('?') || tag.starts_with('!') {
            continue;
        }
        if let Some(name) = tag.strip_prefix('/') {
            let open = stack.pop().expect("a matching start tag");
            assert_eq!(out[open].0, name.trim(), "mismatched end tag");
            continue;
        }
        let name = tag
            .split(|c: char| c.is_whitespace() || c == '/')
            .next()
            .unwrap()
            .to_string();
        if let Some(&parent) = stack.last() {
            out[parent].1.push(name.clone());
        }
        out.push((name, Vec::new()));
        if !tag.ends_with('/') {
            stack.push(out.len() - 1);
        }
    }
    assert!(stack.is_empty(), "unclosed elements");
    out
}

/// The child order ECMA-376 (transitional) prescribes, for the elements rectify writes: a
/// child must be listed, and children must come in this order.
const SCHEMA_ORDER: &[(&str, &[&str])] = &[
    ("w:body", &["w:p|w:tbl", "w:sectPr"]),
    // The plan's table (export --kind plan).
    ("w:tbl", &["w:tblPr", "w:tblGrid", "w:tr"]),
    (
        "w:tblPr",
        &[
            "w:tblStyle",
            "w:tblpPr",
            "w:tblOverlap",
            "w:bidiVisual",
            "w:tblStyleRowBandSize",
            "w:tblStyleColBandSize",
            "w:tblW",
            "w:jc",
            "w:tblCellSpacing",
            "w:tblInd",
            "w:tblBorders",
            "w:shd",
            "w:tblLayout",
            "w:tblCellMar",
            "w:tblLook",
        ],
    ),
    (
        "w:tblBorders",
        &[
            "w:top",
            "w:left|w:start",
            "w:bottom",
            "w:right|w:end",
            "w:insideH",
            "w:insideV",
        ],
    ),
    (
        "w:tblCellMar",
        &["w:top", "w:left|w:start", "w:bottom", "w:right|w:end"],
    ),
    ("w:tblGrid", &["w:gridCol"]),
    ("w:tr", &["w:tblPrEx", "w:trPr", "w:tc"]),
    // CT_TrPr is a choice: any order.
    (
        "w:trPr",
        &["w:cantSplit|w:tblHeader|w:trHeight|w:jc|w:hidden"],
    ),
    ("w:tc", &["w:tcPr", "w:p|w:tbl"]),
    (
        "w:tcPr",
        &[
            "w:cnfStyle",
            "w:tcW",
            "w:gridSpan",
            "w:hMerge",
            "w:vMerge",
            "w:tcBorders",
            "w:shd",
            "w:noWrap",
            "w:tcMar",
            "w:textDirection",
            "w:tcFitText",
            "w:vAlign",
            "w:hideMark",
        ],
    ),
    ("w:p", &["w:pPr", "w:r"]),
    // After its properties a run holds text, breaks and field parts in any order.
    ("w:r", &["w:rPr", "w:br|w:t|w:fldChar|w:instrText"]),
    (
        "w:pPr",
        &[
            "w:pStyle",
            "w:keepNext",
            "w:keepLines",
            "w:pageBreakBefore",
            "w:framePr",
            "w:widowControl",
            "w:numPr",
            "w:suppressLineNumbers",
            "w:pBdr",
            "w:shd",
            "w:tabs",
            "w:suppressAutoHyphens",
            "w:kinsoku",
            "w:wordWrap",
            "w:overflowPunct",
            "w:topLinePunct",
            "w:autoSpaceDE",
            "w:autoSpaceDN",
            "w:bidi",
            "w:adjustRightInd",
            "w:snapToGrid",
            "w:spacing",
            "w:ind",
            "w:contextualSpacing",
            "w:mirrorIndents",
            "w:suppressOverlap",
            "w:jc",
            "w:textDirection",
            "w:textAlignment",
            "w:textboxTightWrap",
            "w:outlineLvl",
            "w:divId",
            "w:cnfStyle",
            "w:rPr",
            "w:sectPr",
        ],
    ),
    (
        "w:rPr",
        &[
            "w:rStyle",
            "w:rFonts",
            "w:b",
            "w:bCs",
            "w:i",
            "w:iCs",
            "w:caps",
            "w:smallCaps",
            "w:strike",
            "w:dstrike",
            "w:outline",
            "w:shadow",
            "w:emboss",
            "w:imprint",
            "w:noProof",
            "w:snapToGrid",
            "w:vanish",
            "w:webHidden",
            "w:color",
            "w:spacing",
            "w:w",
            "w:kern",
            "w:position",
            "w:sz",
            "w:szCs",
            "w:highlight",
            "w:u",
            "w:effect",
            "w:bdr",
            "w:shd",
            "w:fitText",
            "w:vertAlign",
            "w:rtl",
            "w:cs",
            "w:em",
            "w:lang",
        ],
    ),
    (
        "w:sectPr",
        &[
            "w:headerReference|w:footerReference",
            "w:footnotePr",
            "w:endnotePr",
            "w:type",
            "w:pgSz",
            "w:pgMar",
            "w:paperSrc",
            "w:pgBorders",
            "w:lnNumType",
            "w:pgNumType",
            "w:cols",
            "w:formProt",
            "w:vAlign",
            "w:noEndnote",
            "w:titlePg",
            "w:textDirection",
            "w:bidi",
            "w:rtlGutter",
            "w:docGrid",
        ],
    ),
    ("w:styles", &["w:docDefaults", "w:latentStyles", "w:style"]),
    ("w:docDefaults", &["w:rPrDefault", "w:pPrDefault"]),
    ("w:rPrDefault", &["w:rPr"]),
    (
        "w:style",
        &[
            "w:name",
            "w:aliases",
            "w:basedOn",
            "w:next",
            "w:link",
            "w:autoRedefine",
            "w:hidden",
            "w:uiPriority",
            "w:semiHidden",
            "w:unhideWhenUsed",
            "w:qFormat",
            "w:locked",
            "w:personal",
            "w:personalCompose",
            "w:personalReply",
            "w:rsid",
            "w:pPr",
            "w:rPr",
        ],
    ),
    (
        "w:settings",
        &[
            "w:writeProtection",
            "w:view",
            "w:zoom",
            "w:removePersonalInformation",
            "w:proofState",
            "w:defaultTabStop",
            "w:autoHyphenation",
            "w:evenAndOddHeaders",
            "w:characterSpacingControl",
            "w:compat",
            "w:docVars",
            "w:rsids",
            "w:themeFontLang",
            "w:clrSchemeMapping",
            "w:decimalSymbol",
            "w:listSeparator",
        ],
    ),
    (
        "w:compat",
        &[
            "w:spaceForUL",
            "w:balanceSingleByteDoubleByteWidth",
            "w:doNotLeaveBackslashAlone",
            "w:ulTrailSpace",
            "w:doNotExpandShiftReturn",
            "w:adjustLineHeightInTable",
            "w:useFELayout",
            "w:compatSetting",
        ],
    ),
    ("w:fonts", &["w:font"]),
    (
        "w:font",
        &[
            "w:altName",
            "w:panose1",
            "w:charset",
            "w:family",
            "w:notTrueType",
            "w:pitch",
            "w:sig",
        ],
    ),
    ("w:ftr", &["w:p"]),
];

/// Every element of `xml` with children checked against [`SCHEMA_ORDER`]; the problems found.
fn schema_order_problems(part: &str, xml: &str) -> Vec<String> {
    let mut problems = Vec::new();
    for (name, children) in element_children(xml) {
        let Some((_, order)) = SCHEMA_ORDER.iter().find(|(n, _)| *n == name) else {
            continue;
        };
        let rank = |child: &str| order.iter().position(|o| o.split('|').any(|n| n == child));
        let mut last = 0;
        for child in &children {
            match rank(child) {
                None => problems.push(format!("{part}: <{child}> is not allowed in <{name}>")),
                Some(r) if r < last => problems.push(format!(
                    "{part}: <{child}> comes after <{}> in <{name}>",
                    order[last]
                )),
                Some(r) => last = r,
            }
        }
    }
    problems
}

mod docx_schema {
    use super::*;

    fn export(data: &DataDir, extra: &[&str]) -> Vec<u8> {
        let path = data.path().join("notice.docx");
        let mut args = vec!["export", "--format", "docx", "-o", path.to_str().unwrap()];
        args.extend_from_slice(extra);
        data.run(&args).success();
        std::fs::read(&path).unwrap()
    }

    fn with_closing(data: &DataDir, closing: &str, notice: &str) {
        let text = data.read("rectify.toml");
        let start = text.find("[closing]").unwrap();
        let end = start + text[start..].find("\n[contact]").unwrap();
        data.write(
            "rectify.toml",
            &format!("{}{closing}\n{notice}{}", &text[..start], &text[end..]),
        );
    }

    #[test]
    fn every_part_keeps_the_schema_order_of_children() {
        let data = DataDir::shipped();
        with_closing(
            &data,
            "[closing]\ntext = \"欢迎监督。\"\nissuer = \"中共铜陵市义安区民政局党组\"\ndate = 2020-12-01\n",
            "[notice]\nsignature = \"with-seal\"\n",
        );
        for extra in [&[][..], &["--with-status"][..]] {
            let bytes = export(&data, extra);
            let mut problems = Vec::new();
            for part in [
                "word/document.xml",
                "word/styles.xml",
                "word/settings.xml",
                "word/fontTable.xml",
                "word/footer1.xml",
                "word/footer2.xml",
            ] {
                problems.extend(schema_order_problems(part, &zip_part(&bytes, part)));
            }
            assert_eq!(problems, Vec::<String>::new());
        }
    }

    /// The plan (整改方案) with its table and section breaks, and a notice of every shape.
    #[test]
    fn the_plan_and_a_notice_of_every_shape_keep_the_schema_order() {
        let shapes = DataDir::copy_of(&crate::common::fixture("shapes/notice"));
        let text = shapes.read("rectify.toml");
        shapes.write(
            "rectify.toml",
            &format!("{text}\n[plan]\nrequirements = [\"加强组织领导。\"]\nissuer = \"中共示例县示例局党组\"\n"),
        );
        for (data, args) in [
            (DataDir::shipped(), &["--kind", "plan"][..]),
            (DataDir::copy_of(shapes.path()), &["--kind", "plan"][..]),
            (DataDir::copy_of(shapes.path()), &[][..]),
        ] {
            let path = data.path().join("out.docx");
            let mut all = vec!["export", "--format", "docx", "-o", path.to_str().unwrap()];
            all.extend_from_slice(args);
            rectify()
                .env("RECTIFY_TODAY", "2024-03-01")
                .arg("--data")
                .arg(data.path())
                .args(&all)
                .assert()
                .success();
            let bytes = std::fs::read(&path).unwrap();
            let mut problems = Vec::new();
            for part in ["word/document.xml", "word/styles.xml"] {
                problems.extend(schema_order_problems(part, &zip_part(&bytes, part)));
            }
            assert_eq!(problems, Vec::<String>::new(), "{args:?}");
        }
    }

    #[test]
    fn the_walk_finds_an_order_broken_as_docx_rs_broke_it() {
        let broken = r#"<w:p><w:pPr><w:rPr/><w:pStyle w:val="a"/></w:pPr><w:r><w:rPr><w:sz w:val="2"/><w:rFonts/></w:rPr></w:r></w:p>"#;
        assert_eq!(
            schema_order_problems("x", broken),
            [
                "x: <w:pStyle> comes after <w:rPr> in <w:pPr>",
                "x: <w:rFonts> comes after <w:sz> in <w:rPr>"
            ]
        );
    }

    #[test]
    fn fonts_language_grid_compression_and_properties() {
        let data = DataDir::shipped();
        let bytes = export(&data, &[]);
        let fonts = zip_part(&bytes, "word/fontTable.xml");
        for (name, alt) in [
            ("仿宋_GB2312", "仿宋"),
            ("仿宋", "FangSong"),
            ("楷体_GB2312", "楷体"),
            ("楷体", "KaiTi"),
            ("方正小标宋简体", "华文中宋"),
            ("华文中宋", "宋体"),
        ] {
            assert!(
                fonts.contains(&format!(
                    r#"<w:font w:name="{name}"><w:altName w:val="{alt}"/><w:panose1 "#
                )),
                "{name} → {alt}: {fonts}"
            );
        }
        let styles = zip_part(&bytes, "word/styles.xml");
        assert!(styles.contains(r#"<w:lang w:val="zh-CN" w:eastAsia="zh-CN"/>"#));
        let settings = zip_part(&bytes, "word/settings.xml");
        assert!(settings.contains(r#"<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/>"#));
        // Compressed: every part deflated, and the whole well under the 44 KB stored.
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(&bytes)).unwrap();
        for i in 0..archive.len() {
            let f = archive.by_index(i).unwrap();
            assert_eq!(
                f.compression(),
                zip::CompressionMethod::Deflated,
                "{}",
                f.name()
            );
        }
        assert!(bytes.len() < 20_000, "{} bytes", bytes.len());
        let core = zip_part(&bytes, "docProps/core.xml");
        assert!(core
            .contains("<dc:title>中共铜陵市义安区民政局党组关于巡察整改进展情况的公告</dc:title>"));
        assert!(core.contains("<dc:creator>中共铜陵市义安区民政局党组</dc:creator>"));
        assert!(core.contains(r#"<dcterms:created xsi:type="dcterms:W3CDTF">"#));
    }

    /// The paragraphs of document.xml that hold `text`, with their properties.
    fn paragraph_with<'a>(document: &'a str, text: &str) -> &'a str {
        let at = document
            .find(&format!(">{text}</w:t>"))
            .unwrap_or_else(|| panic!("{text}"));
        let start = document[..at].rfind("<w:p>").unwrap();
        &document[start..at]
    }

    #[test]
    fn the_shipped_notice_ends_with_its_issuer_two_characters_from_the_right() {
        let bytes = export(&DataDir::shipped(), &[]);
        let document = zip_part(&bytes, "word/document.xml");
        let issuer = paragraph_with(&document, "中共铜陵市义安区民政局党组");
        // 2 characters of a 315-twip grid cell; no date line follows.
        assert!(
            issuer.contains(r#"<w:ind w:right="630" w:firstLine="0"/><w:jc w:val="right"/>"#),
            "{issuer}"
        );
        let tail = &document[document.find(">中共铜陵市义安区民政局党组</w:t>").unwrap()..];
        assert!(!tail.contains("<w:t"), "nothing after the issuer: {tail}");
        assert!(!tail.contains("年"), "no invented date");
    }

    #[test]
    fn without_a_seal_the_date_starts_two_characters_right_of_the_issuer() {
        let data = DataDir::shipped();
        with_closing(
            &data,
            "[closing]\ntext = \"欢迎监督。\"\nissuer = \"中共铜陵市义安区民政局党组\"\ndate = 2020-12-01\n",
            "",
        );
        let document = zip_part(&export(&data, &[]), "word/document.xml");
        // Issuer 13 characters, 2 from the edge; the date 6.5 characters wide starts 2
        // characters further right: 13 − 6.5 = 6.5 characters from the edge.
        assert!(
            paragraph_with(&document, "中共铜陵市义安区民政局党组").contains(r#"w:right="630""#)
        );
        let date = paragraph_with(&document, "2020年12月1日");
        assert!(date.contains(r#"w:right="2047""#), "{date}");
    }

    #[test]
    fn with_a_seal_the_issuer_is_centred_over_the_date_four_from_the_edge() {
        let data = DataDir::shipped();
        with_closing(
            &data,
            "[closing]\nissuer = \"民政局\"\ndate = 2020-12-01\n",
            "[notice]\nsignature = \"with-seal\"\n",
        );
        let document = zip_part(&export(&data, &[]), "word/document.xml");
        let date = paragraph_with(&document, "2020年12月1日");
        assert!(date.contains(r#"w:right="1260""#), "{date}");
        // (6.5 − 3) / 2 = 1.75 characters further in than the date.
        let issuer = paragraph_with(&document, "民政局");
        assert!(issuer.contains(r#"w:right="1811""#), "{issuer}");
    }

    #[test]
    fn a_heading_never_leaves_one_character_alone_and_status_tags_hold_together() {
        let data = DataDir::shipped();
        let document = zip_part(&export(&data, &["--with-status"]), "word/document.xml");
        // 30 characters: 26 on the first line would leave 面 alone; one character narrower,
        // 方面 go down together.
        let heading = paragraph_with(
            &document,
            "（一）贯彻落实党的路线方针政策和党中央决策部署情况方面",
        );
        assert!(heading.contains(r#"<w:ind w:right="315"/>"#), "{heading}");
        let short = paragraph_with(&document, "（二）群众身边腐败问题和不正之风方面");
        assert!(!short.contains("<w:ind"), "{short}");
        // Word joiners inside （已完成）: no line break within the tag.
        assert!(document.contains("（\u{2060}已\u{2060}完\u{2060}成\u{2060}）"));
        assert!(!document.contains("（已完成）"));
    }

    #[test]
    fn the_title_is_optional_and_names_the_genre() {
        let data = DataDir::shipped();
        let text = data.read("rectify.toml");
        data.write(
            "rectify.toml",
            &format!("title = true\n{text}\n[notice]\ngenre = \"通报\"\n"),
        );
        let document = zip_part(&export(&data, &[]), "word/document.xml");
        assert!(
            document.contains(">关于巡察整改进展情况的通报</w:t>"),
            "{document}"
        );
        data.write(
            "rectify.toml",
            &format!("title = false\n{text}\n[notice]\ntitle_format = \"{{unit}}公告\"\n"),
        );
        let document = zip_part(&export(&data, &[]), "word/document.xml");
        assert!(!document.contains("GongwenTitle"));
    }
}

mod typesetting {
    use super::*;

    fn stderr_of(assert: assert_cmd::assert::Assert) -> String {
        String::from_utf8(assert.success().get_output().stderr.clone()).unwrap()
    }

    #[test]
    fn check_points_at_half_width_punctuation_without_failing_strict() {
        let data = DataDir::shipped();
        let out = data.run(&["check"]).success();
        let stderr = String::from_utf8(out.get_output().stderr.clone()).unwrap();
        let stdout = String::from_utf8(out.get_output().stdout.clone()).unwrap();
        assert!(
            stderr.starts_with(
                "warning: 210 half-width punctuation marks in Chinese text (11 files)\n --> "
            ),
            "{stderr}"
        );
        assert!(stderr.contains("rectify.toml:7:22"), "{stderr}");
        assert!(stderr.contains("`rectify fix-punctuation`"), "{stderr}");
        assert!(
            stdout.ends_with(": ok — 3 categories, 10 findings, 30 measures\n"),
            "{stdout}"
        );
        data.run(&["check", "--strict"]).success();
        // Printed as written: nothing to point at.
        let text = data.read("rectify.toml");
        data.write(
            "rectify.toml",
            &format!("{text}\n[notice]\npunctuation = \"as-written\"\n"),
        );
        assert_eq!(stderr_of(data.run(&["check"])), "");
    }

    #[test]
    fn fix_punctuation_writes_the_data_as_the_exports_print_it() {
        let data = DataDir::shipped();
        let before_md = stdout(data.run(&["export", "-f", "md"]));
        let toml_before = data.read("rectify.toml");
        // A dry run shows the diff and writes nothing.
        let dry = stdout(data.run(&["fix-punctuation", "--dry-run"]));
        assert!(
            dry.contains("+title = \"加强组织领导，把巡察整改作为首要任务抓紧抓好\""),
            "{dry}"
        );
        assert_eq!(data.read("rectify.toml"), toml_before);
        let out = stdout(data.run(&["fix-punctuation"]));
        assert_eq!(
            out,
            "fixed 48 texts in 11 files (undo with `rectify undo`)\n"
        );
        let toml = data.read("rectify.toml");
        assert!(
            toml.contains("intro = \"根据区委巡察工作统一部署，2020年6月15日至8月28日，"),
            "{toml}"
        );
        // Comments, phone numbers and e-mail addresses stay as they were.
        assert!(toml.contains("# The opening paragraph as published."));
        assert!(toml.contains("email = \"tlsyaqmzj@126.com\""));
        assert_eq!(
            stderr_of(data.run(&["check"])),
            "",
            "nothing left to point at"
        );
        assert_eq!(stdout(data.run(&["export", "-f", "md"])), before_md);
        assert_eq!(
            stdout(data.run(&["fix-punctuation"])),
            "nothing to fix: no half-width punctuation in Chinese text\n"
        );
        data.run(&["undo"]).success();
        assert_eq!(data.read("rectify.toml"), toml_before);
    }

    #[test]
    fn the_notice_settings_are_left_as_written() {
        let data = DataDir::shipped();
        let text = data.read("rectify.toml");
        data.write(
            "rectify.toml",
            &format!("{text}\n[notice]\nnumbering = [\"{{cn}}、\", \"({{cn}})\", \"{{n}}.\"]\ncontact_separator = \"; 另,\"\n"),
        );
        data.run(&["fix-punctuation"]).success();
        let after = data.read("rectify.toml");
        assert!(after.contains("contact_separator = \"; 另,\""), "{after}");
        assert!(after.contains("\"({cn})\""), "{after}");
    }

    #[test]
    fn exports_print_full_width_marks_and_nested_quotes_unless_as_written() {
        let data = DataDir::shipped();
        let path = data.path().join("findings/08.toml");
        let text = std::fs::read_to_string(&path).unwrap().replacen(
            "title = \"执行民主集中制打折扣,民主议事不规范\"",
            "title = \"落实“三重一大”决策制度不严格\"",
            1,
        );
        std::fs::write(&path, text).unwrap();
        let md = stdout(data.run(&["export", "-f", "md"]));
        let txt = stdout(data.run(&["export", "-f", "txt"]));
        let html = stdout(data.run(&["export", "-f", "html"]));
        let docx = {
            let path = data.path().join("n.docx");
            data.run(&["export", "-f", "docx", "-o", path.to_str().unwrap()])
                .success();
            zip_part(&std::fs::read(&path).unwrap(), "word/document.xml")
        };
        for out in [&md, &txt, &html, &docx] {
            assert!(
                out.contains("针对“落实‘三重一大’决策制度不严格”的问题。"),
                "{out}"
            );
            assert!(out.contains("根据区委巡察工作统一部署，2020年6月15日至8月28日，"));
            assert!(!out.contains("部署,2020"));
        }
        let csv = stdout(data.run(&["export", "-f", "csv"]));
        assert!(csv.contains("为民服务意识不强，工作主动性不够"), "{csv}");
        let text = data.read("rectify.toml");
        data.write(
            "rectify.toml",
            &format!("{text}\n[notice]\npunctuation = \"as-written\"\n"),
        );
        let md = stdout(data.run(&["export", "-f", "md"]));
        assert!(md.contains("部署,2020"), "{md}");
        assert!(md.contains("落实“三重一大”决策制度不严格"), "{md}");
    }
}

mod as_of {
    use super::*;

    #[test]
    fn the_ledger_reports_statuses_as_they_stood() {
        let data = DataDir::shipped();
        let path = data.path().join("findings/10.toml");
        let text = std::fs::read_to_string(&path).unwrap().replacen(
            "done = \"unrecorded\"  # the notice says it is done, not when",
            "done = 2021-01-20\n\n[[finding.measure.log]]\ndate = 2020-11-01\nfrom = \"not-started\"\nstatus = \"in-progress\"\nnote = \"成立专班\"",
            1,
        );
        std::fs::write(&path, text).unwrap();
        let now = stdout(data.run(&["export", "-f", "csv"]));
        let then = stdout(data.run(&["export", "-f", "csv", "--as-of", "2020-12-01"]));
        let last = |csv: &str| csv.trim_end().lines().last().unwrap().to_string();
        assert!(
            last(&now).contains(",已完成,2021年1月20日,,2020年11月1日：成立专班"),
            "{now}"
        );
        assert!(
            last(&then).contains(",正在推进,,,2020年11月1日：成立专班"),
            "{then}"
        );
        let before = stdout(data.run(&["export", "-f", "csv", "--as-of", "2020-10-20"]));
        assert!(last(&before).ends_with(",未启动,,,"), "{before}");
    }

    #[test]
    fn a_measure_done_within_a_year_not_yet_over_has_no_done_date_yet() {
        // 1.1 is `done = 2020`: on 2020-11-01 it is still in progress, so no done date either.
        let then = stdout(
            rectify()
                .arg("--data")
                .arg(shipped_data())
                .args(["export", "-f", "csv", "--as-of", "2020-11-01"])
                .assert(),
        );
        let row = then.lines().nth(1).unwrap();
        assert!(row.starts_with("\"=\"\"1.1\"\"\","), "{then}");
        assert!(row.ends_with(",正在推进,,,"), "{row}");
        let after = stdout(
            rectify()
                .arg("--data")
                .arg(shipped_data())
                .args(["export", "-f", "csv", "--as-of", "2021-01-01"])
                .assert(),
        );
        assert!(after.lines().nth(1).unwrap().ends_with(",已完成,2020年,,"));
    }
}
