//! The fuzz targets' bodies, shared with the regression test that replays every input a
//! fuzzer ever crashed on (tests/reliability/fuzz_regressions.rs, inputs in
//! tests/fixtures/fuzz/TARGET/). Each function takes the fuzzer's bytes and panics on a bug;
//! it returns whether the input got through to the target's last stage (a valid report
//! loaded; exported; updated), so the replay can tell a shallow corpus from a deep one.

#![allow(dead_code)]

use clap::Parser;
use rectify::cli::ExportFormat;

const REPORT: &[u8] = include_bytes!("../tests/fixtures/bad/base/rectify.toml");
const FINDING_1: &[u8] = include_bytes!("../tests/fixtures/bad/base/findings/01.toml");
const FINDING_2: &[u8] = include_bytes!("../tests/fixtures/bad/base/findings/02.toml");
const STATUSES: [&str; 5] = ["done", "partial", "in-progress", "ongoing", "not-started"];

/// Load + validate one file's bytes: the bytes are a findings file beside a valid
/// rectify.toml, or (first byte odd) rectify.toml beside valid findings files. Whatever the
/// bytes, loading and rendering the diagnostics must not panic, and a load without errors
/// must have a report.
pub fn load_file(data: &[u8]) -> bool {
    let Some((&selector, bytes)) = data.split_first() else {
        return false;
    };
    let loaded = load_selected(selector, bytes);
    assert_eq!(loaded.report.is_some(), !loaded.has_errors());
    let rendered =
        rectify::diagnostic::render(&loaded.diagnostics, &loaded.sources, selector & 2 == 0);
    let _ = rectify::commands::check::summary_line(&loaded.diagnostics, &loaded.sources);
    // Every diagnostic says what is wrong; none is blank.
    assert!(loaded
        .diagnostics
        .iter()
        .all(|d| !d.message.trim().is_empty()));
    assert!(loaded.diagnostics.is_empty() || !rendered.is_empty());
    loaded.report.is_some()
}

/// The whole pipeline on arbitrary bytes: load → validate → export md, txt, html, json, csv.
/// The first byte selects what the rest is: bit 0 — a findings file (beside a valid
/// rectify.toml) or rectify.toml (beside valid findings); bit 1 — with statuses; bit 2 —
/// the input also carries a user template (before the first 0xFF byte) rendered instead of
/// the built-in one. Nothing may panic; HTML must never carry a live tag from the data.
pub fn pipeline(data: &[u8]) -> bool {
    let Some((&selector, rest)) = data.split_first() else {
        return false;
    };
    let (template, bytes) = if selector & 4 != 0 {
        match rest.iter().position(|&b| b == 0xFF) {
            Some(at) => (
                Some(String::from_utf8_lossy(&rest[..at]).into_owned()),
                &rest[at + 1..],
            ),
            None => (None, rest),
        }
    } else {
        (None, rest)
    };
    let loaded = load_selected(selector, bytes);
    let _ = rectify::diagnostic::render(&loaded.diagnostics, &loaded.sources, false);
    let Some(report) = loaded.report.as_ref() else {
        return false;
    };
    let options = rectify::export::Options {
        today: rectify::date::Date::from_ymd_opt(2021, 3, 1).unwrap(),
        with_status: selector & 2 != 0,
        as_of: None,
        template: None,
    };
    for format in [
        ExportFormat::Md,
        ExportFormat::Txt,
        ExportFormat::Html,
        ExportFormat::Json,
        ExportFormat::Csv,
    ] {
        let out = match rectify::export::to_bytes(
            &*rectify::export::exporter(format),
            report,
            &options,
        ) {
            Ok(out) => out,
            Err(e) => panic!(
                "{format:?} fails on a valid report: {}",
                rectify::render_error(&e, false)
            ),
        };
        if format == ExportFormat::Html {
            let html = String::from_utf8(out).expect("html is UTF-8");
            // The built-in page has no script; one in the output came from the data.
            assert!(
                !html.to_ascii_lowercase().contains("<script"),
                "unescaped data in html"
            );
        }
    }
    if let Some(template) = template {
        // A user's template may be wrong, but it is an error, not a panic.
        for format in [ExportFormat::Md, ExportFormat::Html] {
            let options = rectify::export::Options {
                template: Some(rectify::export::UserTemplate {
                    path: "fuzzed.j2".into(),
                    text: template.clone(),
                }),
                ..options.clone()
            };
            let _ =
                rectify::export::to_bytes(&*rectify::export::exporter(format), report, &options);
        }
    }
    true
}

/// `rectify update` on arbitrary valid data. The first four bytes choose the update (measure,
/// status, note, owner, deadline); bit 7 of the fourth says what the rest is: set — a findings
/// file as it stands (most such inputs do not load, and are skipped); clear — the bytes drive
/// [`findings_file`], which writes a VALID findings file in many layouts (inline tables,
/// comments, CRLF, Chinese status labels, partial dates, multi-line strings). The file goes
/// beside a valid rectify.toml in a temp folder and the update runs in-process: it must be
/// accepted, the folder must still load without errors, every other file must be
/// byte-identical, and the updated measure must carry what was asked.
pub fn update(data: &[u8]) -> bool {
    if data.len() < 4 {
        return false;
    }
    let (choice, rest) = data.split_at(4);
    let generated;
    let bytes = if choice[3] & 0x80 != 0 {
        rest
    } else {
        generated = findings_file(rest);
        generated.as_bytes()
    };
    let today = rectify::date::Date::from_ymd_opt(2021, 3, 1).unwrap();
    let loaded =
        rectify::load::load_in_memory(REPORT, &[("01.toml", FINDING_1), ("03.toml", bytes)], today);
    let Some(report) = loaded.report.as_ref() else {
        assert!(
            choice[3] & 0x80 != 0,
            "a generated findings file does not load:\n{}\n{}",
            String::from_utf8_lossy(bytes),
            rectify::diagnostic::render(&loaded.diagnostics, &loaded.sources, false)
        );
        return false;
    };
    // Measures of the fuzzed file only (file 2: after rectify.toml and 01.toml), so the
    // other files must come out byte-identical.
    let addresses: Vec<String> = report
        .measures()
        .filter(|(_, f, _)| f.origin.file == 2)
        .map(|(a, _, _)| a.to_string())
        .collect();
    if addresses.is_empty() {
        return false;
    }
    let address = &addresses[usize::from(choice[0]) % addresses.len()];
    let status = STATUSES[usize::from(choice[1]) % STATUSES.len()];

    let dir = tempfile::tempdir().unwrap();
    let data_dir = dir.path();
    std::fs::create_dir(data_dir.join("findings")).unwrap();
    std::fs::write(data_dir.join("rectify.toml"), REPORT).unwrap();
    std::fs::write(data_dir.join("findings/01.toml"), FINDING_1).unwrap();
    std::fs::write(data_dir.join("findings/03.toml"), bytes).unwrap();

    let mut args = vec![
        "rectify".to_string(),
        "--data".into(),
        data_dir.display().to_string(),
        "--today".into(),
        "2021-03-01".into(),
        "update".into(),
        address.clone(),
        "--status".into(),
        status.into(),
    ];
    if choice[2] & 1 != 0 {
        // A note says something: a blank one is refused, rightly.
        // Control characters other than tab and line breaks are refused in texts, rightly.
        let note: String = String::from_utf8_lossy(&choice[2..])
            .chars()
            .filter(|c| !c.is_control() || matches!(c, '\t' | '\n' | '\r'))
            .collect();
        let note = format!("进展{note}");
        args.extend(["--note".into(), note]);
    }
    if choice[2] & 2 != 0 {
        args.extend(["--owner".into(), "办公室\"\\\n'''".into()]);
    }
    if choice[2] & 4 != 0 {
        let day = rectify::date::Date::from_ymd_opt(2020, 10, 14).unwrap()
            + chrono::Days::new(u64::from(choice[3] & 0x7F) * 3);
        args.extend(["--deadline".into(), day.to_string()]);
    }
    let cli = rectify::cli::Cli::try_parse_from(&args).expect("a valid command line");
    let outcome = rectify::run(cli);

    let after = rectify::load::load(data_dir, today);
    assert!(
        !after.has_errors(),
        "update {args:?} left errors:\n{}",
        rectify::diagnostic::render(&after.diagnostics, &after.sources, false)
    );
    assert_eq!(
        std::fs::read(data_dir.join("rectify.toml")).unwrap(),
        REPORT
    );
    assert_eq!(
        std::fs::read(data_dir.join("findings/01.toml")).unwrap(),
        FINDING_1
    );
    if let Err(e) = outcome {
        // A refused update writes nothing, but every update here is a valid one.
        assert_eq!(
            std::fs::read(data_dir.join("findings/03.toml")).unwrap(),
            bytes
        );
        panic!(
            "update {args:?} was refused: {}\n--- file ---\n{}",
            rectify::render_error(&e, false),
            String::from_utf8_lossy(bytes)
        );
    }
    let report = after.report.unwrap();
    let (_, _, measure) = report
        .measures()
        .find(|(a, _, _)| a.to_string() == *address)
        .expect("the measure is still there");
    assert_eq!(measure.status.key(), status, "update {args:?}");
    true
}

/// Bytes → a valid findings file (ids 3…, categories of the base rectify.toml), its layout and
/// texts chosen by the bytes.
pub fn findings_file(bytes: &[u8]) -> String {
    let mut input = bytes.iter().copied();
    let mut next = move || input.next().unwrap_or(0);
    let crlf = next() & 1 == 1;
    let mut out = String::new();
    let findings = 1 + next() % 3;
    for f in 0..findings {
        if next() & 1 == 1 {
            out += "# 问题清单 · 第三批\n\n";
        }
        let category = if next() & 1 == 1 { "policy" } else { "conduct" };
        let title = text(&mut next);
        out += &format!(
            "[[finding]]\nid = {}\ncategory = \"{category}\"\ntitle = {}\n",
            3 + u32::from(f),
            string(&title, next())
        );
        let measures = 1 + next() % 3;
        let inline = next() % 4 == 0;
        let mut items = Vec::new();
        for _ in 0..measures {
            let measure_text = text(&mut next);
            let mut keys: Vec<(&str, String)> = vec![("text", string(&measure_text, next()))];
            let status = usize::from(next() % 5);
            let labels = ["已完成", "基本完成", "正在推进", "长期坚持", "未启动"];
            let written = if next() & 1 == 1 {
                labels[status]
            } else {
                STATUSES[status]
            };
            keys.push(("status", format!("\"{written}\"")));
            if status == 0 {
                let done = match next() % 4 {
                    0 => "\"unrecorded\"".to_string(),
                    1 => "2020".to_string(),
                    2 => "\"2020-12\"".to_string(),
                    _ => (rectify::date::Date::from_ymd_opt(2020, 10, 15).unwrap()
                        + chrono::Days::new(u64::from(next() % 130)))
                    .to_string(),
                };
                keys.push(("done", done));
            }
            if next() & 1 == 1 {
                let owner = text(&mut next);
                keys.push(("owner", string(&owner, next())));
            }
            if next() & 1 == 1 {
                let day = rectify::date::Date::from_ymd_opt(2020, 10, 14).unwrap()
                    + chrono::Days::new(u64::from(next()) * 2);
                keys.push(("deadline", day.to_string()));
            }
            if next() % 3 == 0 {
                let evidence = text(&mut next);
                keys.push(("evidence", format!("[{}]", string(&evidence, 0))));
            }
            if next() % 4 == 0 {
                // Keys in another order than the writer's.
                keys.reverse();
            }
            let logs = next() % 3;
            items.push((keys, logs));
        }
        if inline {
            out += "measure = [\n";
            for (keys, _) in &items {
                let body: Vec<String> = keys
                    .iter()
                    .map(|(k, v)| format!("{k} = {}", one_line(v)))
                    .collect();
                out += &format!("  {{ {} }},\n", body.join(", "));
            }
            out += "]\n";
        } else {
            for (keys, logs) in &items {
                out += "\n[[finding.measure]]\n";
                for (k, v) in keys {
                    out += &format!("{k} = {v}");
                    out += if *k == "status" && logs % 2 == 1 {
                        "  # 状态\n"
                    } else {
                        "\n"
                    };
                }
                for l in 0..*logs {
                    out += &format!(
                        "\n[[finding.measure.log]]\ndate = 2020-12-{:02}\nnote = \"第{l}次\"\n",
                        10 + l
                    );
                }
            }
        }
        out += "\n";
    }
    if crlf {
        out = out.replace('\n', "\r\n");
    }
    out
}

/// A value on one line (inline tables cannot span lines): a multi-line string as a basic one.
fn one_line(value: &str) -> String {
    match value.strip_prefix("\"\"\"\n") {
        Some(rest) => format!("\"{}\"", rest.trim_end_matches("\"\"\"")),
        None => value.to_string(),
    }
}

/// A non-blank text from the next bytes (up to a 0x00 or 0xFF, at most 12 bytes).
fn text(next: &mut impl FnMut() -> u8) -> String {
    let mut raw = Vec::new();
    for _ in 0..12 {
        let b = next();
        if b == 0xFF || b == 0 {
            break;
        }
        raw.push(b);
    }
    let text: String = String::from_utf8_lossy(&raw)
        .chars()
        .filter(|c| !c.is_control() || matches!(c, '\t' | '\n'))
        .collect();
    format!("整改{text}")
}

/// `text` as a TOML string: basic, literal or multi-line, as `style` says (when it can be).
fn string(text: &str, style: u8) -> String {
    let plain = !text
        .chars()
        .any(|c| c.is_control() || c == '\'' || c == '"' || c == '\\');
    match style % 4 {
        1 if plain => format!("'{text}'"),
        2 if plain => format!("\"\"\"\n{text}\"\"\""),
        _ => {
            let mut out = String::from("\"");
            for c in text.chars() {
                match c {
                    '"' => out.push_str("\\\""),
                    '\\' => out.push_str("\\\\"),
                    c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
                    c => out.push(c),
                }
            }
            out.push('"');
            out
        }
    }
}

/// The fuzzed bytes loaded as the selector's even/odd bit says: as a findings file beside a
/// valid rectify.toml, or as rectify.toml beside two valid findings files.
fn load_selected(selector: u8, bytes: &[u8]) -> rectify::load::Loaded {
    let today = rectify::date::Date::from_ymd_opt(2021, 3, 1).unwrap();
    if selector & 1 == 0 {
        rectify::load::load_in_memory(REPORT, &[("01.toml", FINDING_1), ("03.toml", bytes)], today)
    } else {
        rectify::load::load_in_memory(
            bytes,
            &[("01.toml", FINDING_1), ("02.toml", FINDING_2)],
            today,
        )
    }
}
