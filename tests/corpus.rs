//! The bad-input corpus: ONE table ([`CASES`]) of broken data folders, each with the message
//! rectify must give. A case is the small valid folder `tests/fixtures/bad/base/` with the files
//! of `tests/fixtures/bad/<case>/` laid over it, or, for what cannot or should not be committed
//! (10 MB strings, symlink loops, pipes, missing permissions), a folder built at run time. For
//! every case and every command that reads the data: exit code 1, the expected message with
//! `file:line:col` where there is a line, no panic, a bounded message, and not one byte of the
//! folder changed.
//!
//! Each case is its own test (libtest-mimic), so the cases run in parallel and one can be run
//! alone: `cargo test --test corpus -- fs-named-pipe`. The giant cases are ignored by default
//! (`cargo test -- --include-ignored` runs them, as .ci/run does).

mod common;

use std::path::{Path, PathBuf};
use std::time::Duration;

use common::{copy_dir, fixture, rectify};
use libtest_mimic::{Arguments, Failed, Trial};

/// How a case's data folder is made.
enum Setup {
    /// `tests/fixtures/bad/<name>/` laid over the base.
    Fixture,
    /// The base, then this function on the data folder. It returns `Err(reason)` when the
    /// case cannot be built here (the test prints the reason and skips the case).
    Generated(fn(&Path) -> Result<(), String>),
}

struct Case {
    name: &'static str,
    setup: Setup,
    /// Text that must appear in standard error: the message, and `--> file:line:col`.
    expect: &'static [&'static str],
}

use Setup::{Fixture, Generated};

// A record with no findings yet, a findings file not yet filled in and a finding without
// measures are drafts: warnings, not errors (issue 15); tests/shapes.rs checks them.
const CASES: &[Case] = &[
    // --- broken TOML at every level: root, [inspection], [[category]], [[section]],
    // [closing], [[finding]], [[finding.measure]], [[finding.measure.log]]
    Case {
        name: "syntax-root-unclosed-string",
        setup: Fixture,
        expect: &[
            "error: invalid TOML: invalid basic string, expected `\"`",
            "--> data/rectify.toml:3:20",
        ],
    },
    Case {
        name: "syntax-inspection-missing-value",
        setup: Fixture,
        expect: &[
            "error: invalid TOML: string values must be quoted",
            "--> data/rectify.toml:8:8",
        ],
    },
    Case {
        name: "syntax-category-unclosed-header",
        setup: Fixture,
        expect: &[
            "error: invalid TOML: unclosed array table, expected `]`",
            "--> data/rectify.toml:16:12",
        ],
    },
    Case {
        name: "syntax-section-bad-array",
        setup: Fixture,
        expect: &[
            "error: invalid TOML: missing comma between array elements, expected `,`",
            "--> data/rectify.toml:22:29",
        ],
    },
    Case {
        // Chinese quotes instead of ASCII ones: the column counts characters.
        name: "syntax-closing-chinese-quotes",
        setup: Fixture,
        expect: &[
            "error: invalid TOML: string values must be quoted",
            "--> data/rectify.toml:29:8",
        ],
    },
    Case {
        name: "syntax-finding-unclosed-header",
        setup: Fixture,
        expect: &[
            "error: invalid TOML: unclosed array table, expected `]`",
            "--> data/findings/01.toml:1:11",
        ],
    },
    Case {
        name: "syntax-measure-missing-equals",
        setup: Fixture,
        expect: &[
            "error: invalid TOML: key with no value, expected `=`",
            "--> data/findings/01.toml:13:6",
        ],
    },
    Case {
        name: "syntax-log-unclosed-inline-table",
        setup: Fixture,
        expect: &[
            "error: invalid TOML: unclosed inline table, expected `}`",
            "--> data/findings/02.toml:15:28",
        ],
    },
    Case {
        name: "syntax-duplicate-key",
        setup: Fixture,
        expect: &[
            "error: invalid TOML: duplicate key",
            "--> data/findings/01.toml:5:1",
        ],
    },
    // Two clones changed the same lines and `git merge` left both versions in the file.
    Case {
        name: "git-conflict-markers",
        setup: Fixture,
        expect: &[
            "error: unresolved git merge conflict in lines 8–13",
            "--> data/findings/01.toml:8:1",
            "delete the marker lines, then run `rectify check`",
        ],
    },
    Case {
        name: "syntax-duplicate-table",
        setup: Fixture,
        expect: &[
            "error: invalid TOML: duplicate key",
            "--> data/rectify.toml:34:2",
        ],
    },
    Case {
        name: "syntax-unterminated-multiline-string",
        setup: Fixture,
        expect: &[
            "error: invalid TOML: invalid multi-line basic string",
            "--> data/findings/02.toml:16:2",
        ],
    },
    Case {
        name: "syntax-date-2021-02-29",
        setup: Fixture,
        expect: &[
            "error: invalid TOML: invalid date, expected day between 01 and 28",
            "--> data/findings/01.toml:9:8",
            "help: write a real calendar date as YYYY-MM-DD",
        ],
    },
    Case {
        // 100 000 nested arrays: a recursion limit, reported once, not once per level.
        name: "syntax-deep-nesting",
        setup: Generated(deep_nesting),
        expect: &[
            "error: invalid TOML: cannot recurse further; max recursion depth met",
            "--> data/findings/03.toml:1:",
            "error: the data has 2 errors in 1 file",
        ],
    },
    Case {
        // Windows line endings: line numbers still count lines.
        name: "syntax-crlf-line-endings",
        setup: Generated(crlf_line_endings),
        expect: &[
            "error: invalid TOML: key with no value, expected `=`",
            "--> data/findings/01.toml:7:6",
        ],
    },
    // --- wrong types
    Case {
        name: "type-id-string",
        setup: Fixture,
        expect: &[
            "error: `id` in a [[finding]] must be a whole number, found a string",
            "--> data/findings/01.toml:2:6",
        ],
    },
    Case {
        name: "type-id-zero",
        setup: Fixture,
        expect: &[
            "error: `id` in a [[finding]] must be a whole number from 1 up",
            "--> data/findings/01.toml:2:6",
        ],
    },
    Case {
        name: "type-id-too-large",
        setup: Fixture,
        expect: &[
            "error: `id` in a [[finding]] must be a whole number from 1 up",
            "--> data/findings/01.toml:2:6",
        ],
    },
    Case {
        name: "type-status-integer",
        setup: Fixture,
        expect: &[
            "error: `status` in a [[finding.measure]] must be a string, found an integer",
            "--> data/findings/01.toml:8:10",
        ],
    },
    Case {
        name: "type-text-array",
        setup: Fixture,
        expect: &[
            "error: `text` in a [[finding.measure]] must be a string, found an array",
            "--> data/findings/01.toml:7:8",
        ],
    },
    Case {
        name: "type-measure-string",
        setup: Fixture,
        expect: &[
            "error: `measure` in a [[finding]] must be a list of tables, found a string",
            "--> data/findings/02.toml:6:11",
            "help: write each one under a `[[finding.measure]]` header",
        ],
    },
    Case {
        name: "type-finding-single-table",
        setup: Fixture,
        expect: &[
            "error: `finding` in a findings file must be a list of tables, found a table",
            "--> data/findings/02.toml:1:1",
            "help: write each one under a `[[finding]]` header",
        ],
    },
    Case {
        name: "type-category-string",
        setup: Fixture,
        expect: &[
            "error: `category` in rectify.toml must be a list of tables, found a string",
            "--> data/rectify.toml:3:12",
        ],
    },
    Case {
        name: "type-findings-flag-string",
        setup: Fixture,
        expect: &[
            "error: `findings` in a [[section]] must be true or false, found a string",
            "--> data/rectify.toml:26:12",
        ],
    },
    Case {
        name: "type-contact-phone-integer",
        setup: Fixture,
        expect: &[
            "error: `phone` in [contact] must be text, found an integer",
            "--> data/rectify.toml:32:9",
        ],
    },
    Case {
        name: "type-evidence-number",
        setup: Fixture,
        expect: &[
            "error: `evidence` in a [[finding.measure]] must list strings, found an integer",
            "--> data/findings/01.toml:11:25",
        ],
    },
    Case {
        name: "type-date-slashes",
        setup: Fixture,
        expect: &[
            // Slashes are read (2021/6/30 is a date); a day the calendar lacks is not.
            "error: `deadline` in a [[finding.measure]] is not a valid date: 2021-06-31 is not a day of the calendar",
            "--> data/findings/01.toml:15:12",
        ],
    },
    Case {
        name: "type-date-with-time",
        setup: Fixture,
        expect: &[
            "error: `date` in a progress log entry is not a valid date: `2020-12-01T09:30:00` has a time of day",
            "--> data/findings/02.toml:11:8",
        ],
    },
    Case {
        name: "type-language-unknown",
        setup: Fixture,
        expect: &[
            "error: unknown language `fr`",
            "--> data/rectify.toml:3:12",
        ],
    },
    Case {
        name: "type-empty-title",
        setup: Fixture,
        expect: &[
            "error: `title` in a [[finding]] is empty",
            "--> data/findings/02.toml:4:9",
        ],
    },
    Case {
        name: "type-inspection-array",
        setup: Fixture,
        expect: &[
            "error: [inspection] must be a table, found an array",
            "--> data/rectify.toml:3:14",
        ],
    },
    // --- unknown keys
    Case {
        name: "unknown-key-root",
        setup: Fixture,
        expect: &[
            "error: unknown key `titel` in rectify.toml",
            "--> data/rectify.toml:3:1",
            "help: did you mean `title`?",
        ],
    },
    Case {
        name: "unknown-key-inspection",
        setup: Fixture,
        expect: &[
            "error: unknown key `leader` in [inspection]",
            "--> data/rectify.toml:7:1",
        ],
    },
    Case {
        name: "unknown-key-measure",
        setup: Fixture,
        expect: &[
            "error: unknown key `staus` in a [[finding.measure]]",
            "--> data/findings/01.toml:14:1",
            "help: did you mean `status`?",
        ],
    },
    Case {
        name: "unknown-key-log",
        setup: Fixture,
        expect: &[
            "error: unknown key `notes` in a progress log entry",
            "--> data/findings/02.toml:14:1",
            "help: did you mean `note`?",
        ],
    },
    Case {
        name: "unknown-key-findings-file",
        setup: Fixture,
        expect: &[
            "error: unknown key `version` in a findings file",
            "--> data/findings/02.toml:1:1",
        ],
    },
    // --- problems across records and files, dangling references
    Case {
        name: "duplicate-finding-id-across-files",
        setup: Fixture,
        expect: &[
            "error: finding id 1 is used twice",
            "--> data/findings/02.toml:2:6",
            "::: data/findings/01.toml:2:6",
            "first used here",
        ],
    },
    Case {
        name: "duplicate-category-id",
        setup: Fixture,
        expect: &[
            "error: category id `policy` is used twice",
            "--> data/rectify.toml:16:1",
            "first used here",
        ],
    },
    Case {
        name: "dangling-category",
        setup: Fixture,
        expect: &[
            "error: category `condcut` does not exist",
            "--> data/findings/02.toml:3:12",
            "help: did you mean `conduct`?",
        ],
    },
    Case {
        name: "missing-category",
        setup: Fixture,
        expect: &[
            "error: this finding has no `category`",
            "--> data/findings/02.toml:1:1",
        ],
    },
    Case {
        name: "no-findings-section",
        setup: Fixture,
        expect: &[
            "error: no section says where the findings go",
            "--> data/rectify.toml:20:1",
        ],
    },
    Case {
        name: "two-findings-sections",
        setup: Fixture,
        expect: &[
            "error: more than one section says `findings = true`",
            "--> data/rectify.toml:24:1",
        ],
    },
    Case {
        name: "done-without-date",
        setup: Fixture,
        expect: &[
            "error: this measure is done but has no done date",
            "--> data/findings/01.toml:8:10",
        ],
    },
    Case {
        name: "unrecorded-on-open-measure",
        setup: Fixture,
        expect: &[
            "error: `done = \"unrecorded\"` on a measure that is in-progress",
            "--> data/findings/01.toml:16:8",
        ],
    },
    Case {
        name: "log-unknown-status",
        setup: Fixture,
        expect: &[
            "error: unknown status `started` in a progress log entry",
            "--> data/findings/02.toml:12:8",
        ],
    },
    Case {
        name: "log-without-date",
        setup: Fixture,
        expect: &[
            "error: this log entry has no `date`",
            "--> data/findings/02.toml:10:1",
        ],
    },
    // --- dates out of range, impossible or out of order
    Case {
        name: "date-year-0000",
        setup: Fixture,
        expect: &[
            "error: `deadline` in a [[finding.measure]] is not a valid date: the year 0 is out of range",
            "--> data/findings/01.toml:15:12",
        ],
    },
    Case {
        name: "date-year-9999",
        setup: Fixture,
        expect: &[
            "error: `deadline` in a [[finding.measure]] is not a valid date: the year 9999 is out of range",
            "--> data/findings/01.toml:15:12",
        ],
    },
    Case {
        name: "date-quoted-2021-02-29",
        setup: Fixture,
        expect: &[
            "error: `deadline` in a [[finding.measure]] is not a valid date: 2021-02-29 is not a day of the calendar",
            "--> data/findings/01.toml:15:12",
        ],
    },
    Case {
        name: "date-done-in-future",
        setup: Fixture,
        expect: &[
            "error: done date 2099-01-01 is in the future (today is 2021-03-01)",
            "--> data/findings/01.toml:9:8",
        ],
    },
    Case {
        name: "date-done-before-feedback",
        setup: Fixture,
        expect: &[
            "error: done on 2020-09-01 but the inspection fed back only on 2020-10-14",
            "--> data/findings/01.toml:9:8",
        ],
    },
    Case {
        name: "date-inspection-ends-before-start",
        setup: Fixture,
        expect: &[
            "error: the inspection ends (2020-05-28) before it starts (2020-06-15)",
            "--> data/rectify.toml:9:7",
        ],
    },
    Case {
        name: "date-log-in-future",
        setup: Fixture,
        expect: &[
            "error: a progress log entry is dated 2021-12-01 in the future",
            "--> data/findings/02.toml:11:8",
        ],
    },
    // --- absurd sizes
    Case {
        // A 10 MB status: the message quotes 60 characters of it, not 10 MB.
        name: "size-10mb-string",
        setup: Generated(ten_megabyte_status),
        expect: &[
            "error: unknown status `坏坏坏",
            "坏…(3500000 characters)` in a [[finding.measure]]",
            "--> data/findings/03.toml:8:10",
        ],
    },
    Case {
        // A valid 10 MB description is read; the error after it still has its line.
        name: "size-10mb-description",
        setup: Generated(ten_megabyte_description),
        expect: &[
            "error: unknown key `bogus` in a [[finding]]",
            "--> data/findings/03.toml:6:1",
        ],
    },
    Case {
        name: "size-100k-measures",
        setup: Generated(hundred_thousand_measures),
        expect: &[
            "error: unknown key `bogus` in a [[finding.measure]]",
            "--> data/findings/03.toml:400005:1",
        ],
    },
    Case {
        // 600 files read in parallel: the error names the right one of them.
        name: "size-600-files",
        setup: Generated(six_hundred_files),
        expect: &[
            "error: unknown key `staus` in a [[finding.measure]]",
            "--> data/findings/f0377.toml:7:1",
            "error: the data has 1 error in 1 file",
        ],
    },
    // --- encodings and empty files
    Case {
        name: "encoding-gbk",
        setup: Fixture,
        expect: &["error: `data/findings/02.toml` is not UTF-8 text: invalid bytes at line 4, column 10"],
    },
    Case {
        name: "encoding-bom",
        setup: Fixture,
        expect: &["error: `data/findings/01.toml` starts with a byte-order mark (BOM)"],
    },
    Case {
        name: "encoding-nul-byte",
        setup: Fixture,
        expect: &[
            "error: invalid TOML: invalid basic string",
            "--> data/findings/01.toml:4:14",
        ],
    },
    Case {
        name: "encoding-binary-garbage",
        setup: Generated(binary_garbage),
        expect: &["error: `data/findings/03.toml` is not UTF-8 text: invalid bytes at line 1, column 3"],
    },
    Case {
        name: "empty-rectify-toml",
        setup: Fixture,
        expect: &[
            "error: rectify.toml is empty",
            "--> data/rectify.toml:1:1",
            "error: the data has 1 error in 1 file",
        ],
    },
    // --- the file system: folders, links, pipes, devices, permissions
    Case {
        name: "fs-folder-named-like-a-finding-file",
        setup: Generated(folder_named_toml),
        expect: &["error: `data/findings/03.toml` is a folder, not a file"],
    },
    Case {
        name: "fs-rectify-toml-is-a-folder",
        setup: Generated(rectify_toml_folder),
        expect: &["error: `data/rectify.toml` is a folder, not a file"],
    },
    Case {
        name: "fs-symlink-to-itself",
        setup: Generated(symlink_to_itself),
        expect: &["error: `data/findings/03.toml` cannot be read: ", "symbolic links"],
    },
    Case {
        name: "fs-symlink-loop-of-two",
        setup: Generated(symlink_loop_of_two),
        expect: &[
            "error: `data/findings/a.toml` cannot be read: ",
            "error: `data/findings/b.toml` cannot be read: ",
        ],
    },
    Case {
        name: "fs-findings-folder-symlink-loop",
        setup: Generated(findings_folder_loop),
        expect: &["error: cannot open `data/findings`: "],
    },
    Case {
        name: "fs-dangling-symlink",
        setup: Generated(dangling_symlink),
        expect: &["error: `data/findings/03.toml` cannot be read: it does not exist"],
    },
    Case {
        // Reading /dev/zero would never end.
        name: "fs-symlink-to-a-device",
        setup: Generated(symlink_to_device),
        expect: &["error: `data/findings/03.toml` is not a regular file (a pipe, socket or device)"],
    },
    Case {
        // Reading a named pipe would wait for a writer forever.
        name: "fs-named-pipe",
        setup: Generated(named_pipe),
        expect: &["error: `data/findings/03.toml` is not a regular file (a pipe, socket or device)"],
    },
    Case {
        name: "fs-unreadable-file",
        setup: Generated(unreadable_file),
        expect: &["error: `data/findings/01.toml` cannot be read: permission denied"],
    },
    Case {
        name: "fs-unreadable-findings-folder",
        setup: Generated(unreadable_findings_folder),
        expect: &["error: cannot open `data/findings`: permission denied"],
    },
    Case {
        name: "fs-no-rectify-toml",
        setup: Generated(no_rectify_toml),
        expect: &["error: `data/rectify.toml` cannot be read: it does not exist"],
    },
    Case {
        name: "fs-findings-is-a-file",
        setup: Generated(findings_is_a_file),
        expect: &["error: cannot open `data/findings`: "],
    },
    Case {
        name: "fs-no-data-folder",
        setup: Generated(no_data_folder),
        expect: &["error: cannot open the data folder `data`: it does not exist"],
    },
    Case {
        name: "fs-data-is-a-file",
        setup: Generated(data_is_a_file),
        expect: &["error: `data` is not a folder"],
    },
];

/// Commands that read the data folder; each must refuse bad data the same way, and write
/// nothing at all (not even a writer's lock or journal).
const COMMANDS: &[&[&str]] = &[
    &["check"],
    &["list"],
    &["list", "--measures"],
    &["export", "--format", "md"],
    &["export", "--format", "html", "-o", "notice.html"],
    &["update", "1.1", "--status", "done", "--note", "已完成"],
];

/// The longest standard error a case may produce: messages quote, they do not dump.
const MAX_STDERR: usize = 16 * 1024;

/// Cases that write or read tens of megabytes: seconds each in a debug build, so they run
/// with `--include-ignored` (in CI) rather than in every `cargo test`.
const GIANT: &[&str] = &[
    "size-10mb-string",
    "size-10mb-description",
    "size-100k-measures",
    "size-600-files",
];

fn main() {
    let args = Arguments::from_args();
    let mut trials = vec![Trial::test("the-table-matches-the-fixture-folders", || {
        check_fixture_folders_match_the_table();
        Ok(())
    })];
    trials.extend(CASES.iter().map(|case| {
        Trial::test(case.name, move || run_corpus_case(case))
            .with_ignored_flag(GIANT.contains(&case.name))
    }));
    libtest_mimic::run(&args, trials).exit();
}

/// One case through every command: each refuses, and the folder is left as it was.
fn run_corpus_case(case: &Case) -> Result<(), Failed> {
    let work = tempfile::tempdir().unwrap();
    let data = work.path().join("data");
    copy_dir(&fixture("bad/base"), &data);
    let built = match case.setup {
        Fixture => {
            copy_dir(&fixture(&format!("bad/{}", case.name)), &data);
            Ok(())
        }
        Generated(build) => build(&data),
    };
    if let Err(reason) = built {
        // Cannot be built here (e.g. permissions do not bind root): says so, proves nothing.
        println!("skipped bad-input case {}: {reason}", case.name);
        return Ok(());
    }
    let before = snapshot(work.path());
    let mut failures = Vec::new();
    for command in COMMANDS {
        if let Err(why) = run_case(case, command, work.path()) {
            failures.push(format!("`rectify {}`: {why}", command.join(" ")));
        }
        let after = snapshot(work.path());
        if after != before {
            let changed: Vec<&PathBuf> = after
                .iter()
                .filter(|e| !before.contains(e))
                .map(|e| &e.0)
                .collect();
            failures.push(format!(
                "`rectify {}`: the folder changed: {changed:?}",
                command.join(" ")
            ));
        }
    }
    restore_permissions(&data);
    if failures.is_empty() {
        Ok(())
    } else {
        Err(failures.join("\n\n").into())
    }
}

fn run_case(case: &Case, command: &[&str], work: &Path) -> Result<(), String> {
    let output = rectify()
        .current_dir(work)
        .args(["--data", "data"])
        .args(command)
        .timeout(Duration::from_secs(120))
        .output()
        .map_err(|e| format!("cannot run rectify: {e}"))?;
    let stderr = String::from_utf8_lossy(&output.stderr);
    let shown = || stderr.chars().take(3000).collect::<String>();
    if output.status.code() != Some(1) {
        return Err(format!(
            "exit status {:?}, expected 1; stderr:\n{}",
            output.status,
            shown()
        ));
    }
    if stderr.contains("panicked") {
        return Err(format!("panicked:\n{}", shown()));
    }
    if stderr.len() > MAX_STDERR {
        return Err(format!(
            "standard error is {} bytes (at most {MAX_STDERR}):\n{}",
            stderr.len(),
            shown()
        ));
    }
    if !output.stdout.is_empty() {
        return Err(format!(
            "printed on standard output despite the error: {}",
            String::from_utf8_lossy(&output.stdout)
        ));
    }
    let missing: Vec<&&str> = case
        .expect
        .iter()
        .filter(|e| !stderr.contains(**e))
        .collect();
    if !missing.is_empty() {
        return Err(format!(
            "standard error lacks {missing:?}; it was:\n{}",
            shown()
        ));
    }
    // A summary line ends the list, except under a single error without a position in a
    // file (a folder or file that cannot be read), which it would only repeat.
    let titles = stderr
        .lines()
        .filter(|l| l.starts_with("error: ") || l.starts_with("warning: "))
        .filter(|l| !l.contains("nothing was written"))
        .count();
    let positioned = stderr.lines().any(|l| l.trim_start().starts_with("--> "));
    let single_without_position = titles == 1 && !positioned;
    match (
        stderr.contains("error: the data has "),
        single_without_position,
    ) {
        (false, false) => return Err(format!("no summary line; stderr:\n{}", shown())),
        (true, true) => {
            return Err(format!(
                "a summary line under a single error without a position; stderr:\n{}",
                shown()
            ))
        }
        _ => {}
    }
    Ok(())
}

/// Every folder in tests/fixtures/bad/ (but base) is a case of the table, and every fixture
/// case has its folder: no case silently left out.
fn check_fixture_folders_match_the_table() {
    assert!(CASES.len() >= 40, "the corpus holds at least 40 cases");
    let mut folders: Vec<String> = std::fs::read_dir(fixture("bad"))
        .unwrap()
        .flatten()
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n != "base")
        .collect();
    folders.sort();
    let mut fixtures: Vec<String> = CASES
        .iter()
        .filter(|c| matches!(c.setup, Fixture))
        .map(|c| c.name.to_string())
        .collect();
    fixtures.sort();
    assert_eq!(folders, fixtures, "tests/fixtures/bad/ and CASES disagree");
    let mut names: Vec<&str> = CASES.iter().map(|c| c.name).collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), CASES.len(), "case names are unique");
}

/// What is in a folder, without following links or reading pipes and devices: paths with
/// their kind and, for regular files, their bytes (or, when unreadable, size and mtime).
fn snapshot(root: &Path) -> Vec<(PathBuf, String, Vec<u8>)> {
    fn walk(root: &Path, dir: &Path, out: &mut Vec<(PathBuf, String, Vec<u8>)>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            out.push((dir.to_path_buf(), "unreadable folder".into(), Vec::new()));
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let relative = path.strip_prefix(root).unwrap().to_path_buf();
            let meta = std::fs::symlink_metadata(&path).unwrap();
            let kind = meta.file_type();
            if kind.is_symlink() {
                let target = std::fs::read_link(&path).unwrap();
                out.push((
                    relative,
                    format!("link to {}", target.display()),
                    Vec::new(),
                ));
            } else if kind.is_dir() {
                out.push((relative, "folder".into(), Vec::new()));
                walk(root, &path, out);
            } else if kind.is_file() {
                match std::fs::read(&path) {
                    Ok(bytes) => out.push((relative, "file".into(), bytes)),
                    Err(_) => out.push((
                        relative,
                        format!("unreadable file {} {:?}", meta.len(), meta.modified().ok()),
                        Vec::new(),
                    )),
                }
            } else {
                out.push((relative, format!("special {kind:?}"), Vec::new()));
            }
        }
    }
    let mut out = Vec::new();
    walk(root, root, &mut out);
    out.sort();
    out
}

// --- generated cases -------------------------------------------------------------------

fn write(path: &Path, bytes: impl AsRef<[u8]>) -> Result<(), String> {
    std::fs::write(path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

fn finding_head(id: u32) -> String {
    format!("[[finding]]\nid = {id}\ncategory = \"policy\"\ntitle = \"问题{id}\"\n")
}

fn deep_nesting(data: &Path) -> Result<(), String> {
    write(
        &data.join("findings/03.toml"),
        format!("a = {}\n", "[".repeat(100_000)),
    )
}

fn crlf_line_endings(data: &Path) -> Result<(), String> {
    let text = std::fs::read_to_string(data.join("findings/01.toml")).unwrap();
    let broken = text.replace("text = \"制定学习计划。\"", "text \"制定学习计划。\"");
    write(&data.join("findings/01.toml"), broken.replace('\n', "\r\n"))
}

fn ten_megabyte_status(data: &Path) -> Result<(), String> {
    let text = format!(
        "{}\n[[finding.measure]]\ntext = \"措施\"\nstatus = \"{}\"\n",
        finding_head(3),
        "坏".repeat(3_500_000)
    );
    write(&data.join("findings/03.toml"), text)
}

fn ten_megabyte_description(data: &Path) -> Result<(), String> {
    let text = format!(
        "{}description = \"{}\"\nbogus = 1\n\n[[finding.measure]]\ntext = \"措施\"\nstatus = \"ongoing\"\n",
        finding_head(3),
        "长".repeat(3_500_000)
    );
    write(&data.join("findings/03.toml"), text)
}

fn hundred_thousand_measures(data: &Path) -> Result<(), String> {
    let mut text = finding_head(3);
    for _ in 0..100_000 {
        text.push_str(
            "[[finding.measure]]\ntext = \"措施\"\nstatus = \"done\"\ndone = 2020-12-01\n",
        );
    }
    text.push_str("bogus = 1\n");
    write(&data.join("findings/03.toml"), text)
}

fn six_hundred_files(data: &Path) -> Result<(), String> {
    for id in 3..603u32 {
        let status = if id == 377 { "staus" } else { "status" };
        let text = format!(
            "{}\n[[finding.measure]]\n{status} = \"ongoing\"\ntext = \"措施\"\n",
            finding_head(id)
        );
        write(&data.join(format!("findings/f{id:04}.toml")), text)?;
    }
    Ok(())
}

fn binary_garbage(data: &Path) -> Result<(), String> {
    // A fixed pseudo-random sequence (xorshift), so the case is the same on every run.
    let mut x: u32 = 0x9E37_79B9;
    let mut bytes = b"a=".to_vec();
    for _ in 0..4096 {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        bytes.push((x >> 24) as u8 | 0x80);
    }
    write(&data.join("findings/03.toml"), bytes)
}

fn folder_named_toml(data: &Path) -> Result<(), String> {
    std::fs::create_dir(data.join("findings/03.toml")).map_err(|e| e.to_string())
}

fn rectify_toml_folder(data: &Path) -> Result<(), String> {
    std::fs::remove_file(data.join("rectify.toml")).unwrap();
    std::fs::create_dir(data.join("rectify.toml")).map_err(|e| e.to_string())
}

fn symlink(target: impl AsRef<Path>, link: &Path) -> Result<(), String> {
    std::os::unix::fs::symlink(target, link).map_err(|e| format!("cannot make a symlink: {e}"))
}

fn symlink_to_itself(data: &Path) -> Result<(), String> {
    symlink("03.toml", &data.join("findings/03.toml"))
}

fn symlink_loop_of_two(data: &Path) -> Result<(), String> {
    symlink("b.toml", &data.join("findings/a.toml"))?;
    symlink("a.toml", &data.join("findings/b.toml"))
}

fn findings_folder_loop(data: &Path) -> Result<(), String> {
    std::fs::remove_dir_all(data.join("findings")).unwrap();
    symlink("findings", &data.join("findings"))
}

fn dangling_symlink(data: &Path) -> Result<(), String> {
    symlink("gone.toml", &data.join("findings/03.toml"))
}

fn symlink_to_device(data: &Path) -> Result<(), String> {
    if !Path::new("/dev/zero").exists() {
        return Err("this system has no /dev/zero".into());
    }
    symlink("/dev/zero", &data.join("findings/03.toml"))
}

fn named_pipe(data: &Path) -> Result<(), String> {
    let path = data.join("findings/03.toml");
    let status = std::process::Command::new("mkfifo")
        .arg(&path)
        .status()
        .map_err(|e| format!("cannot run mkfifo: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("mkfifo failed: {status}"))
    }
}

/// Takes every permission away from `path`; `Err` when that does not stop this process
/// reading it (root, or CAP_DAC_OVERRIDE), since the case would then prove nothing.
fn make_unreadable(path: &Path) -> Result<(), String> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o000))
        .map_err(|e| format!("cannot chmod: {e}"))?;
    let still_readable = if path.is_dir() {
        std::fs::read_dir(path).is_ok()
    } else {
        std::fs::read(path).is_ok()
    };
    if still_readable {
        return Err(
            "permissions do not stop reads here (running as root or with CAP_DAC_OVERRIDE)".into(),
        );
    }
    Ok(())
}

fn unreadable_file(data: &Path) -> Result<(), String> {
    make_unreadable(&data.join("findings/01.toml"))
}

fn unreadable_findings_folder(data: &Path) -> Result<(), String> {
    make_unreadable(&data.join("findings"))
}

/// Gives back the permissions [`make_unreadable`] took, so the temp folder can be removed.
fn restore_permissions(data: &Path) {
    use std::os::unix::fs::PermissionsExt;
    for path in [data.join("findings"), data.join("findings/01.toml")] {
        if let Ok(meta) = std::fs::symlink_metadata(&path) {
            if !meta.file_type().is_symlink() && meta.permissions().mode() & 0o777 == 0 {
                let mode = if meta.is_dir() { 0o755 } else { 0o644 };
                let _ = std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode));
            }
        }
    }
}

fn no_rectify_toml(data: &Path) -> Result<(), String> {
    std::fs::remove_file(data.join("rectify.toml")).map_err(|e| e.to_string())
}

fn findings_is_a_file(data: &Path) -> Result<(), String> {
    std::fs::remove_dir_all(data.join("findings")).unwrap();
    write(&data.join("findings"), "[[finding]]\n")
}

fn no_data_folder(data: &Path) -> Result<(), String> {
    std::fs::remove_dir_all(data).map_err(|e| e.to_string())
}

fn data_is_a_file(data: &Path) -> Result<(), String> {
    std::fs::remove_dir_all(data).unwrap();
    write(data, "intro = \"…\"\n")
}
