//! The catalogs agree: the same keys, the same placeholders, every key the code uses exists.

use std::collections::{BTreeMap, BTreeSet};

use fluent_bundle::FluentResource;
use fluent_syntax::ast;

use super::*;

/// Each message's placeholders (`$name`), by key.
fn messages(source: &str) -> BTreeMap<String, BTreeSet<String>> {
    let resource = FluentResource::try_new(source.to_string()).expect("the catalog parses");
    let mut out = BTreeMap::new();
    for entry in resource.entries() {
        if let ast::Entry::Message(message) = entry {
            let mut vars = BTreeSet::new();
            if let Some(pattern) = &message.value {
                collect_pattern(pattern, &mut vars);
            }
            out.insert(message.id.name.to_string(), vars);
        }
    }
    out
}

fn collect_pattern(pattern: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            collect_expression(expression, vars);
        }
    }
}

fn collect_expression(expression: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            collect_inline(selector, vars);
            for variant in variants {
                collect_pattern(&variant.value, vars);
            }
        }
        ast::Expression::Inline(inline) => collect_inline(inline, vars),
    }
}

fn collect_inline(inline: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                collect_inline(a, vars);
            }
        }
        ast::InlineExpression::Placeable { expression } => collect_expression(expression, vars),
        _ => {}
    }
}

#[test]
fn both_catalogs_have_the_same_keys_and_placeholders() {
    let zh = messages(ZH_FTL);
    let en = messages(EN_FTL);
    let zh_keys: BTreeSet<_> = zh.keys().collect();
    let en_keys: BTreeSet<_> = en.keys().collect();
    let only_zh: Vec<_> = zh_keys.difference(&en_keys).collect();
    let only_en: Vec<_> = en_keys.difference(&zh_keys).collect();
    assert!(only_zh.is_empty(), "only in zh-CN.ftl: {only_zh:?}");
    assert!(only_en.is_empty(), "only in en.ftl: {only_en:?}");
    for (key, zh_vars) in &zh {
        assert_eq!(
            zh_vars, &en[key],
            "`{key}` has different placeholders in zh-CN.ftl and en.ftl"
        );
    }
}

#[test]
fn both_catalogs_parse_without_errors_or_duplicates() {
    for (name, source) in [("zh-CN.ftl", ZH_FTL), ("en.ftl", EN_FTL)] {
        if let Err((_, errors)) = FluentResource::try_new(source.to_string()) {
            panic!("{name} does not parse: {errors:?}");
        }
        let mut bundle = FluentBundle::new_concurrent(vec!["en".parse().unwrap()]);
        let resource = FluentResource::try_new(source.to_string()).unwrap();
        if let Err(errors) = bundle.add_resource(resource) {
            panic!("{name} has duplicate keys: {errors:?}");
        }
    }
}

#[test]
fn both_catalogs_build_without_errors() {
    // Building the bundles panics on a syntax error or a duplicate key.
    let zh = messages(ZH_FTL);
    for language in [Language::Zh, Language::En] {
        for (key, vars) in &zh {
            let mut errors = Vec::new();
            let bundle = bundle_for(language);
            let pattern = bundle.get_message(key).and_then(|m| m.value());
            assert!(pattern.is_some(), "`{key}` has no value");
            let mut args = FluentArgs::new();
            for var in vars {
                args.set(var.as_str(), 1);
            }
            bundle.format_pattern(pattern.unwrap(), Some(&args), &mut errors);
            assert!(errors.is_empty(), "`{key}` formats with errors: {errors:?}");
        }
    }
}

/// Every `t!("key"…)` and `i18n::message("key"…)` key in src/ exists in the catalogs. (The
/// command line's `cmd-…`/`arg-…` keys are looked up by name; `verify_cli` builds the help
/// with them, and a missing one falls back to the English doc comment.)
#[test]
fn every_key_used_in_the_code_exists() {
    let keys = messages(ZH_FTL);
    let mut used = BTreeSet::new();
    let mut missing = Vec::new();
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    visit(&src, &mut |path, text| {
        for pattern in ["t!(\"", "i18n::message(\"", "message(\"cli-", "t_in!("] {
            let mut rest = text;
            while let Some(at) = rest.find(pattern) {
                // `format!("` ends like `t!("`: the macro's name must start there.
                let before = rest[..at].chars().next_back();
                rest = &rest[at + pattern.len()..];
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                let start = if pattern.ends_with("cli-") {
                    &text[text.len() - rest.len() - 4..]
                } else if pattern == "t_in!(" {
                    // The key is the second argument: after the language and the comma.
                    match rest.find('"') {
                        Some(quote) => &rest[quote + 1..],
                        None => continue,
                    }
                } else {
                    rest
                };
                let key: String = start
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                    .collect();
                if key.is_empty() || key == "key" {
                    continue;
                }
                used.insert(key.clone());
                if !keys.contains_key(&key) {
                    missing.push(format!("{}: `{key}`", path.display()));
                }
            }
        }
    });
    assert!(
        missing.is_empty(),
        "keys used but not in the catalogs: {missing:#?}"
    );
    assert!(used.len() > 20, "the scan found the keys");
}

fn visit(dir: &std::path::Path, f: &mut dyn FnMut(&std::path::Path, &str)) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            visit(&path, f);
        } else if path.extension().is_some_and(|e| e == "rs") {
            f(&path, &std::fs::read_to_string(&path).unwrap());
        }
    }
}

#[test]
fn the_language_is_decided_by_flag_then_variable_then_locale() {
    let args = |a: &[&str]| -> Vec<std::ffi::OsString> {
        std::iter::once("rectify")
            .chain(a.iter().copied())
            .map(Into::into)
            .collect()
    };
    let none = |_: &str| None;
    assert_eq!(detect_from(&args(&["list"]), none), Language::Zh);
    assert_eq!(
        detect_from(&args(&["--lang", "en", "list"]), none),
        Language::En
    );
    assert_eq!(
        detect_from(&args(&["list", "--lang=en"]), none),
        Language::En
    );
    let english_locale = |name: &str| (name == "LANG").then(|| "en_US.UTF-8".to_string());
    assert_eq!(detect_from(&args(&["list"]), english_locale), Language::En);
    assert_eq!(
        detect_from(&args(&["--lang", "zh", "list"]), english_locale),
        Language::Zh
    );
    let variable = |name: &str| match name {
        "RECTIFY_LANG" => Some("zh".to_string()),
        "LANG" => Some("en_US.UTF-8".to_string()),
        _ => None,
    };
    assert_eq!(detect_from(&args(&["list"]), variable), Language::Zh);
    let chinese_locale = |name: &str| (name == "LC_ALL").then(|| "zh_CN.UTF-8".to_string());
    assert_eq!(detect_from(&args(&["list"]), chinese_locale), Language::Zh);
    // A value after `--` is data, not the flag.
    assert_eq!(
        detect_from(&args(&["--", "--lang", "en"]), none),
        Language::Zh
    );
}

#[test]
fn arguments_are_not_wrapped_in_isolation_marks() {
    let mut args = FluentArgs::new();
    args.set("suggestion", "status");
    assert_eq!(
        message_in(Language::Zh, "did-you-mean", Some(&args)),
        "是不是 `status`？"
    );
}

/// Three English words in a row: a sentence, not a key, a flag or a path.
fn english_sentence(text: &str) -> bool {
    let mut run = 0;
    for word in text.split_whitespace() {
        let word = word.trim_end_matches([',', '.', ':', ';', '?', '!', ')']);
        let word = word.trim_start_matches('(');
        if word.len() >= 2 && word.chars().all(|c| c.is_ascii_alphabetic() || c == '\'') {
            run += 1;
            if run >= 3 {
                return true;
            }
        } else {
            run = 0;
        }
    }
    false
}

/// The string literals of a line of Rust (enough for this source: `"…"` with escapes).
fn literals(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\'' {
            // A char literal such as '"' must not open a string.
            let mut ahead = chars.clone();
            if let (Some(_), Some('\'')) = (ahead.next(), ahead.next()) {
                chars.next();
                chars.next();
            }
            continue;
        }
        if c != '"' {
            continue;
        }
        let mut text = String::new();
        while let Some(c) = chars.next() {
            match c {
                '\\' => {
                    chars.next();
                }
                '"' => break,
                c => text.push(c),
            }
        }
        out.push(text);
    }
    out
}

/// Literals that read like sentences but are not messages: the names of parts of the data
/// (worded by [`super::what`]), the unified diff's own marker, the comment rectify writes
/// into its `.rectify/.gitignore`.
const NOT_MESSAGES: &[&str] = &[
    "a progress log entry",
    " No newline at end of file",
    "# rectify's lock and undo journal: not part of the record*",
];

/// No user-facing sentence is written in the code: every message comes from the catalogs.
/// Documents (the notice, the ledger, the files `import` writes) keep their own two-language
/// wording in view/, export/, settings.rs and import/write.rs; tests, comments and
/// `expect`/`panic!` messages (for developers) are not scanned; syntax.rs matches the toml
/// crate's own messages.
#[test]
fn no_user_facing_sentence_outside_the_catalogs() {
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let documents = [
        "view/",
        "export/",
        "i18n/",
        "settings.rs",
        "import/write.rs",
        "load/syntax.rs",
    ];
    let mut found = Vec::new();
    visit(&src, &mut |path, text| {
        let relative = path
            .strip_prefix(&src)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        if documents.iter().any(|d| relative.starts_with(d)) {
            return;
        }
        // The test module at the end (not every `#[cfg(test)]`: a failpoint may have one).
        let code = text.split("#[cfg(test)]\nmod ").next().unwrap_or_default();
        for (n, line) in code.lines().enumerate() {
            let trimmed = line.trim_start();
            if trimmed.starts_with("//")
                || trimmed.starts_with("#[")
                || line.contains("expect(")
                || line.contains("panic!(")
                || line.contains("unreachable!(")
                || line.contains("failpoint")
            {
                continue;
            }
            for literal in literals(line) {
                if english_sentence(&literal) && !NOT_MESSAGES.contains(&literal.as_str()) {
                    found.push(format!("src/{relative}:{}: {literal:?}", n + 1));
                }
            }
        }
    });
    assert!(
        found.is_empty(),
        "user-facing sentences outside the catalogs (use t!): {found:#?}"
    );
    assert!(english_sentence("there is no finding"));
    assert!(!english_sentence("rectify.toml"));
}

/// Every command has its `cmd-…-about` and every option its `arg-…` help in both catalogs:
/// a missing one falls back to the English doc comment, which a Chinese clerk would then
/// read in the middle of Chinese help.
#[test]
fn every_command_and_option_has_its_help_in_both_catalogs() {
    fn walk(command: &clap::Command, path: &str, out: &mut Vec<String>) {
        let zh = messages(ZH_FTL);
        let en = messages(EN_FTL);
        let has = |key: &str| zh.contains_key(key) && en.contains_key(key);
        let prefix = if path.is_empty() {
            String::new()
        } else {
            format!("{path}-")
        };
        let about = if path.is_empty() {
            "cmd-about".to_string()
        } else {
            format!("cmd-{path}-about")
        };
        if !has(&about) {
            out.push(about);
        }
        for arg in command.get_arguments() {
            let id = arg.get_id().as_str();
            if matches!(id, "help" | "version") || arg.is_hide_set() {
                continue;
            }
            if !has(&format!("arg-{prefix}{id}")) && !has(&format!("arg-{id}")) {
                out.push(format!("arg-{prefix}{id}"));
            }
        }
        for sub in command.get_subcommands() {
            if sub.get_name() == "help" || sub.is_hide_set() {
                continue;
            }
            walk(sub, &format!("{prefix}{}", sub.get_name()), out);
        }
    }
    let mut command = <crate::cli::Cli as clap::CommandFactory>::command();
    command.build();
    let mut missing = Vec::new();
    walk(&command, "", &mut missing);
    assert!(
        missing.is_empty(),
        "help not in both catalogs: {missing:#?}"
    );
}
