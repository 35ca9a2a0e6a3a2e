//! The interface language: Chinese by default, English with `--lang en`, `RECTIFY_LANG=en`
//! or an English locale. Snapshots of what a clerk sees in both languages: help, a check
//! failure, an update, a warning, init's files, list's summary, a missing data folder.

use std::path::Path;

use crate::common::{copy_dir, fixture, rectify, rectify_zh, shipped_data, DataDir};

/// A data folder `data/` inside a temp dir, run from that dir so paths read `data/…`.
struct Office {
    root: DataDir,
}

impl Office {
    fn with(data: &Path) -> Office {
        let root = DataDir::empty();
        copy_dir(data, &root.path().join("data"));
        Office { root }
    }

    /// The bad-input base with a case's files laid over it.
    fn bad(case: &str) -> Office {
        let office = Office::with(&fixture("bad/base"));
        copy_dir(&fixture(&format!("bad/{case}")), &office.data());
        office
    }

    fn data(&self) -> std::path::PathBuf {
        self.root.path().join("data")
    }

    /// Runs in Chinese (`zh`) or English (`en`); (exit code, stdout, stderr).
    fn run(&self, language: &str, args: &[&str]) -> (i32, String, String) {
        let mut cmd = match language {
            "zh" => rectify_zh(),
            _ => rectify(),
        };
        let output = cmd
            .current_dir(self.root.path())
            .args(args)
            .output()
            .unwrap();
        (
            output.status.code().unwrap_or(-1),
            String::from_utf8(output.stdout).unwrap(),
            String::from_utf8(output.stderr).unwrap(),
        )
    }
}

/// Three English words in a row, outside `code`, quoted data and the lines of a quoted
/// file or an example command: an English sentence in what should be Chinese.
fn english_sentence(text: &str) -> Option<String> {
    for line in text.lines() {
        let trimmed = line.trim_start();
        // Snippet lines (`12 | …`, `  |`, `-->`) quote the data; examples are commands.
        if trimmed.starts_with("rectify ")
            || trimmed.starts_with("-->")
            || trimmed.starts_with('|')
            || trimmed
                .split_once(" |")
                .is_some_and(|(n, _)| n.trim().parse::<u32>().is_ok())
        {
            continue;
        }
        let mut plain = String::new();
        let mut in_code = false;
        for c in line.chars() {
            if c == '`' {
                in_code = !in_code;
                plain.push(' ');
            } else if !in_code {
                plain.push(c);
            }
        }
        let mut run = 0;
        for word in plain.split_whitespace() {
            let word = word.trim_end_matches([',', '.', ':', ';', '?', '!']);
            if word.len() >= 2 && word.chars().all(|c| c.is_ascii_alphabetic() || c == '\'') {
                run += 1;
                if run >= 3 {
                    return Some(line.to_string());
                }
            } else {
                run = 0;
            }
        }
    }
    None
}

/// `2026-12-01 08:01:02` (when a write was made) → `<time>`.
fn mask_times(text: &str) -> String {
    let shape = "dddd-dd-dd dd:dd:dd";
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let fits = chars.len() - i >= shape.len()
            && shape.chars().zip(&chars[i..]).all(|(s, c)| match s {
                'd' => c.is_ascii_digit(),
                s => s == *c,
            });
        if fits {
            out.push_str("<time>");
            i += shape.len();
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}

fn assert_chinese(text: &str) {
    assert!(
        english_sentence(text).is_none(),
        "English in the Chinese interface: {:?}\n{text}",
        english_sentence(text)
    );
    for word in [
        "Usage:",
        "Options:",
        "Commands:",
        "error:",
        "warning:",
        "help:",
        "tip:",
    ] {
        assert!(!text.contains(word), "`{word}` in\n{text}");
    }
}

#[test]
fn the_sentence_detector_finds_english_and_spares_commands_and_code() {
    assert!(english_sentence("error: the data has 1 error").is_some());
    assert!(english_sentence("错误：`status` 不对，请写 `done = 2020-12-31`").is_none());
    assert!(english_sentence("  rectify update 2.2 --status done").is_none());
    assert!(english_sentence("12 | title = \"the quick brown fox\"").is_none());
}

#[test]
fn help_in_both_languages() {
    let office = Office::with(&shipped_data());
    let (code, zh, _) = office.run("zh", &["--help"]);
    assert_eq!(code, 0);
    assert_chinese(&zh);
    assert!(zh.contains("用法：rectify [选项] <命令>"), "{zh}");
    assert!(zh.contains("--lang <语言>"), "{zh}");
    insta::assert_snapshot!("help_zh", zh);
    let (_, en, _) = office.run("en", &["--help"]);
    assert!(en.contains("Usage: rectify [OPTIONS] <COMMAND>"), "{en}");
    insta::assert_snapshot!("help_en", en);

    let (_, zh, _) = office.run("zh", &["update", "--help"]);
    assert_chinese(&zh);
    assert!(zh.contains("最近的含 rectify.toml 的上级文件夹"), "{zh}");
    insta::assert_snapshot!("update_help_zh", zh);
    let (_, en, _) = office.run("en", &["update", "--help"]);
    insta::assert_snapshot!("update_help_en", en);

    // `help update` and `-h` say the same in Chinese.
    let (_, zh, _) = office.run("zh", &["help", "update"]);
    assert_chinese(&zh);
    let (_, zh, _) = office.run("zh", &["export", "-h"]);
    assert_chinese(&zh);
}

#[test]
fn the_language_comes_from_the_flag_the_variable_or_the_locale() {
    let office = Office::with(&shipped_data());
    let out = |cmd: &mut assert_cmd::Command| {
        let output = cmd
            .current_dir(office.root.path())
            .args(["list"])
            .output()
            .unwrap();
        String::from_utf8(output.stdout).unwrap()
    };
    let zh_summary = "共 10 个问题、30 条措施";
    let en_summary = "10 findings, 30 measures";
    assert!(out(&mut rectify_zh()).contains(zh_summary));
    assert!(out(rectify_zh().env("LANG", "en_US.UTF-8")).contains(en_summary));
    assert!(out(rectify_zh()
        .env("LC_ALL", "zh_CN.UTF-8")
        .env("LANG", "en_US.UTF-8"))
    .contains(zh_summary));
    assert!(out(rectify_zh().env("RECTIFY_LANG", "en")).contains(en_summary));
    assert!(out(rectify_zh()
        .env("RECTIFY_LANG", "en")
        .args(["--lang", "zh"]))
    .contains(zh_summary));
    assert!(out(rectify_zh().args(["--lang", "en"])).contains(en_summary));
}

#[test]
fn a_check_failure_in_both_languages() {
    let office = Office::bad("unknown-key-measure");
    let (code, _, zh) = office.run("zh", &["check"]);
    assert_eq!(code, 1);
    assert_chinese(&zh);
    assert!(zh.contains("是不是 `status`？"), "{zh}");
    assert!(
        zh.ends_with("错误：数据有 1 处错误，涉及 1 个文件\n"),
        "{zh}"
    );
    insta::assert_snapshot!("check_failure_zh", zh);
    let (_, _, en) = office.run("en", &["check"]);
    assert!(en.contains("did you mean `status`?"), "{en}");
    insta::assert_snapshot!("check_failure_en", en);
}

#[test]
fn toml_syntax_errors_in_chinese_with_the_input_method_hint() {
    let office = Office::bad("syntax-closing-chinese-quotes");
    let (code, _, zh) = office.run("zh", &["check"]);
    assert_eq!(code, 1);
    assert_chinese(&zh);
    assert!(zh.contains("中文输入法"), "{zh}");
    insta::assert_snapshot!("syntax_full_width_zh", zh);
    for (case, words) in [
        ("syntax-root-unclosed-string", "引号没有配对"),
        ("syntax-measure-missing-equals", "缺少 `=`"),
        ("syntax-duplicate-key", "同一个键写了两次"),
        ("syntax-date-2021-02-29", "日期不存在"),
        ("type-status-integer", "应该是文字，这里是整数"),
    ] {
        let (code, _, zh) = Office::bad(case).run("zh", &["check"]);
        assert_eq!(code, 1, "{case}");
        assert!(zh.contains(words), "{case}: {zh}");
        assert_chinese(&zh);
    }
}

#[test]
fn an_update_and_its_warning_in_both_languages() {
    for language in ["zh", "en"] {
        let office = Office::with(&fixture("valid/small"));
        let (code, out, err) = office.run(
            language,
            &[
                "update",
                "2.2",
                "--status",
                "in-progress",
                "--deadline",
                "2021-01-31",
            ],
        );
        assert_eq!(code, 0, "{err}");
        if language == "zh" {
            assert_chinese(&out);
            assert_chinese(&err);
            // The warning names the measure by its address, as the command to type.
            assert!(err.contains("rectify update 2.2 --status 已完成"), "{err}");
        } else {
            assert!(err.contains("rectify update 2.2 --status done"), "{err}");
        }
        insta::assert_snapshot!(format!("update_{language}"), format!("{out}---\n{err}"));
        let (code, out, err) =
            office.run(language, &["add", "measure", "1", "--text", "开展警示教育"]);
        assert_eq!(code, 0, "{err}");
        if language == "zh" {
            assert_chinese(&out);
        }
        let (code, undo, err) = office.run(language, &["undo"]);
        assert_eq!(code, 0, "{err}");
        if language == "zh" {
            assert_chinese(&undo);
        }
        let undo = mask_times(&undo);
        insta::assert_snapshot!(format!("add_undo_{language}"), format!("{out}---\n{undo}"));
    }
}

#[test]
fn init_writes_comments_in_the_interface_language() {
    for language in ["zh", "en"] {
        let office = Office::with(&fixture("valid/small"));
        let (code, out, err) = office.run(language, &["init", "new"]);
        assert_eq!(code, 0, "{err}");
        let report = std::fs::read_to_string(office.root.path().join("new/rectify.toml")).unwrap();
        let finding =
            std::fs::read_to_string(office.root.path().join("new/findings/02.toml")).unwrap();
        if language == "zh" {
            assert_chinese(&out);
            let comments: String = report
                .lines()
                .chain(finding.lines())
                .filter_map(|l| l.split_once('#').map(|(_, c)| c))
                .collect::<Vec<_>>()
                .join("\n");
            assert_chinese(&comments);
        }
        // Dates are relative to today: show the comments and the shape, not the dates.
        let shown: String = report
            .lines()
            .chain(["----"])
            .chain(finding.lines())
            .filter(|l| l.starts_with('#') || l.contains("  #"))
            .collect::<Vec<_>>()
            .join("\n");
        insta::assert_snapshot!(format!("init_{language}"), format!("{out}---\n{shown}"));
        let (code, _, err) = office.run(language, &["--data", "new", "check"]);
        assert_eq!(code, 0, "{err}");
    }
}

#[test]
fn list_summary_and_a_missing_folder_in_both_languages() {
    let office = Office::with(&shipped_data());
    let (_, zh, _) = office.run("zh", &["list"]);
    let summary = zh.lines().last().unwrap();
    assert_eq!(
        summary,
        "共 10 个问题、30 条措施：已完成 13，长期坚持 17；完成率 100%（已完成与长期坚持）；逾期 0 条"
    );
    let (_, en, _) = office.run("en", &["list"]);
    assert_eq!(
        en.lines().last().unwrap(),
        "10 findings, 30 measures: 13 done, 17 ongoing; completion 100% (done and ongoing); 0 overdue"
    );

    let (code, _, zh) = office.run("zh", &["--data", "missing", "list"]);
    assert_eq!(code, 1);
    assert_chinese(&zh);
    insta::assert_snapshot!("missing_folder_zh", zh);
    let (_, _, en) = office.run("en", &["--data", "missing", "list"]);
    insta::assert_snapshot!("missing_folder_en", en);
}

#[test]
fn usage_errors_in_chinese() {
    let office = Office::with(&shipped_data());
    let (code, _, zh) = office.run("zh", &["lisst"]);
    assert_eq!(code, 2);
    assert_chinese(&zh);
    assert!(zh.contains("是不是 `list`？"), "{zh}");
    let (code, _, zh) = office.run("zh", &["list", "--format", "pdf"]);
    assert_eq!(code, 2);
    assert_chinese(&zh);
    assert!(zh.contains("`table`、`csv`、`json`"), "{zh}");
    let (code, _, zh) = office.run("zh", &["update", "2.2", "--status", "finished"]);
    assert_eq!(code, 2);
    assert_chinese(&zh);
    assert!(zh.contains("没有 `finished` 这个状态"), "{zh}");
    let (code, _, zh) = office.run("zh", &["add", "finding"]);
    assert_eq!(code, 2);
    assert_chinese(&zh);
    insta::assert_snapshot!("usage_error_zh", zh);
    let (code, _, zh) = office.run("zh", &["update", "2.2"]);
    assert_eq!(code, 2);
    assert_chinese(&zh);
    let (code, _, zh) = office.run("zh", &["show", "99"]);
    assert_eq!(code, 1);
    assert_chinese(&zh);
    assert!(zh.contains("没有第 99 个问题"), "{zh}");
}
