//! The command line in the interface language: the help of every command and option from
//! the catalog (`cmd-…`, `arg-…` keys), clap's own words (用法、选项、命令、参数、默认) in
//! Chinese, and clap's usage errors rendered in Chinese with the same facts clap gives.

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::Command;

use super::{is_zh, message, try_message_in};
use crate::t;

/// Sets every command's about and examples, every argument's help and value name, and the
/// help/version flags' text, from the catalog of the interface language.
pub fn localize(mut command: Command) -> Command {
    command.build();
    localize_one(command, "")
}

fn text(key: &str) -> Option<String> {
    try_message_in(super::language(), key, None)
}

fn localize_one(mut command: Command, path: &str) -> Command {
    let prefix = if path.is_empty() {
        String::new()
    } else {
        format!("{path}-")
    };
    let about_key = if path.is_empty() {
        "cmd-about".to_string()
    } else {
        format!("cmd-{path}-about")
    };
    if let Some(about) = text(&about_key) {
        command = command
            .about(about)
            .long_about(clap::builder::Resettable::Reset);
    }
    if let Some(examples) = text(&format!("cmd-{prefix}examples")) {
        command = command
            .after_help(examples)
            .after_long_help(clap::builder::Resettable::Reset);
    }
    if is_zh() {
        command = command.subcommand_value_name(message("cli-value-COMMAND", None));
    }
    let ids: Vec<String> = command
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    for id in ids {
        let help = match id.as_str() {
            "help" => text("cli-help-flag"),
            "version" => text("cli-version-flag"),
            // A global option (--data) is copied into every subcommand: its one key serves.
            _ => text(&format!("arg-{prefix}{id}")).or_else(|| text(&format!("arg-{id}"))),
        };
        command = command.mut_arg(&id, |mut arg| {
            if let Some(help) = help {
                arg = arg.help(help).long_help(clap::builder::Resettable::Reset);
            }
            if is_zh() {
                let names: Vec<String> = arg
                    .get_value_names()
                    .unwrap_or_default()
                    .iter()
                    .map(|n| {
                        let key = n.replace(|c: char| !c.is_ascii_alphanumeric(), "-");
                        text(&format!("cli-value-{key}")).unwrap_or_else(|| n.to_string())
                    })
                    .collect();
                if !names.is_empty() && arg.get_action().takes_values() {
                    arg = arg.value_names(names);
                }
            }
            arg
        });
    }
    let names: Vec<String> = command
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    for name in names {
        let sub_path = if name == "help" {
            "help".to_string()
        } else {
            format!("{prefix}{name}")
        };
        command = command.mut_subcommand(&name, |sub| localize_one(sub, &sub_path));
    }
    command
}

/// Help text as clap rendered it, with clap's own English words in the interface language.
pub fn help_text(rendered: String) -> String {
    if !is_zh() {
        return rendered;
    }
    let mut out = rendered;
    // clap wraps long lines, so a bracket's words may be split by a line break and indent.
    for (english, key) in [
        ("[default:", "cli-default"),
        ("[possible values:", "cli-possible-values"),
        ("[env:", "cli-env"),
        ("[aliases:", "cli-aliases"),
    ] {
        let mut parts = out.split(english);
        let mut joined = parts.next().unwrap_or_default().to_string();
        for part in parts {
            joined.push_str(&message(key, None));
            joined.push_str(part.trim_start());
        }
        out = joined;
    }
    // A list of possible values reads `md、txt、html` in Chinese, on one line.
    let marker = message("cli-possible-values", None);
    let mut listed = String::with_capacity(out.len());
    let mut rest = out.as_str();
    while let Some(at) = rest.find(&marker) {
        let after = &rest[at + marker.len()..];
        let end = after.find(']').unwrap_or(after.len());
        listed.push_str(&rest[..at + marker.len()]);
        let values: Vec<&str> = after[..end].split(',').map(str::trim).collect();
        listed.push_str(&values.join("、"));
        rest = &after[end..];
    }
    listed.push_str(rest);
    out = listed;
    for (english, key) in [
        ("Usage: ", "cli-heading-usage"),
        ("Usage:", "cli-heading-usage"),
        ("Commands:", "cli-heading-commands-colon"),
        ("Arguments:", "cli-heading-arguments"),
        ("Options:", "cli-heading-options"),
        ("Possible values:", "cli-heading-possible-values"),
        ("[OPTIONS]", "cli-usage-options"),
    ] {
        out = out.replace(english, &message(key, None));
    }
    // In colour, clap's usage heading is followed by its reset code, then the space.
    let usage = message("cli-heading-usage", None);
    out.replace(&format!("{usage}\u{1b}[0m "), &format!("{usage}\u{1b}[0m"))
}

/// Prints clap's error (or the help or version it stands for) in the interface language and
/// exits: 0 for help and version, 2 for a usage error.
pub fn exit(error: clap::Error) -> ! {
    use std::io::Write as _;
    let code = if error.use_stderr() { 2 } else { 0 };
    let styled = if error.use_stderr() {
        std::io::IsTerminal::is_terminal(&std::io::stderr())
    } else {
        std::io::IsTerminal::is_terminal(&std::io::stdout())
    } && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    let text = render(&error, styled);
    if error.use_stderr() {
        let _ = std::io::stderr().write_all(text.as_bytes());
    } else {
        let mut out = std::io::stdout().lock();
        let _ = out.write_all(text.as_bytes()).and_then(|()| out.flush());
    }
    std::process::exit(code)
}

/// The text of a clap error: clap's own for help and version and in English; in Chinese, the
/// error's kind and facts worded from the catalog.
pub fn render(error: &clap::Error, styled: bool) -> String {
    let own = || {
        let r = error.render();
        if styled {
            r.ansi().to_string()
        } else {
            r.to_string()
        }
    };
    match error.kind() {
        ErrorKind::DisplayHelp
        | ErrorKind::DisplayVersion
        | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => return help_text(own()),
        _ if !is_zh() => return own(),
        _ => {}
    }
    let get = |kind: ContextKind| -> Option<String> {
        match error.get(kind)? {
            ContextValue::String(s) => Some(s.clone()),
            ContextValue::Strings(v) => Some(v.join(", ")),
            ContextValue::StyledStr(s) => Some(s.to_string()),
            ContextValue::StyledStrs(v) => Some(
                v.iter()
                    .map(|s| s.to_string())
                    .collect::<Vec<_>>()
                    .join(", "),
            ),
            ContextValue::Number(n) => Some(n.to_string()),
            ContextValue::Bool(b) => Some(b.to_string()),
            ContextValue::None => None,
            _ => None,
        }
    };
    let list = |kind: ContextKind| -> Option<String> {
        match error.get(kind)? {
            ContextValue::Strings(v) => Some(
                v.iter()
                    .map(|s| format!("`{s}`"))
                    .collect::<Vec<_>>()
                    .join("、"),
            ),
            ContextValue::StyledStrs(v) => Some(
                v.iter()
                    .map(|s| format!("`{s}`"))
                    .collect::<Vec<_>>()
                    .join("、"),
            ),
            ContextValue::String(s) => Some(format!("`{s}`")),
            _ => None,
        }
    };
    let arg = get(ContextKind::InvalidArg).unwrap_or_default();
    let value = get(ContextKind::InvalidValue).unwrap_or_default();
    let mut lines: Vec<String> = Vec::new();
    let headline = match error.kind() {
        ErrorKind::UnknownArgument => t!("clap-unknown-argument", arg = arg),
        ErrorKind::InvalidSubcommand => t!(
            "clap-invalid-subcommand",
            name = get(ContextKind::InvalidSubcommand).unwrap_or_default()
        ),
        ErrorKind::InvalidValue if value.is_empty() => t!("clap-missing-value", arg = arg),
        ErrorKind::InvalidValue => t!("clap-invalid-value", arg = arg, value = value),
        ErrorKind::ValueValidation => {
            // The parser's own message (already in the interface language) follows clap's
            // "invalid value 'x' for '--status <STATUS>': " prefix.
            let source = std::error::Error::source(error);
            let detail = match source {
                // A number option given something else: Rust's own words are English.
                Some(e) if e.downcast_ref::<std::num::ParseIntError>().is_some() => {
                    t!("cli-not-a-number")
                }
                Some(e) => e.to_string(),
                None => String::new(),
            };
            t!(
                "clap-value-validation",
                arg = arg,
                value = value,
                detail = detail
            )
        }
        ErrorKind::MissingRequiredArgument => {
            t!(
                "clap-missing-required",
                args = list(ContextKind::InvalidArg).unwrap_or_default()
            )
        }
        ErrorKind::MissingSubcommand => t!("clap-missing-subcommand"),
        ErrorKind::NoEquals => t!("clap-no-equals", arg = arg),
        ErrorKind::TooManyValues => t!("clap-too-many-values", arg = arg, value = value),
        ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => t!(
            "clap-wrong-number-of-values",
            arg = arg,
            expected = get(ContextKind::ExpectedNumValues)
                .or_else(|| get(ContextKind::MinValues))
                .unwrap_or_default(),
            actual = get(ContextKind::ActualNumValues).unwrap_or_default()
        ),
        ErrorKind::ArgumentConflict => t!(
            "clap-argument-conflict",
            arg = arg,
            other = get(ContextKind::PriorArg).unwrap_or_default()
        ),
        ErrorKind::InvalidUtf8 => t!("clap-invalid-utf8"),
        _ => {
            let english = error.to_string();
            let first = english
                .lines()
                .next()
                .unwrap_or_default()
                .trim_start_matches("error: ")
                .to_string();
            t!("clap-other", detail = first)
        }
    };
    lines.push(format!("{}{headline}", t!("diag-error-prefix")));
    if let Some(valid) = list(ContextKind::ValidValue).filter(|v| !v.is_empty()) {
        lines.push(t!("clap-possible-values", values = valid));
    }
    for kind in [
        ContextKind::SuggestedArg,
        ContextKind::SuggestedSubcommand,
        ContextKind::SuggestedValue,
    ] {
        if let Some(s) = get(kind) {
            lines.push(format!(
                "  {}{}",
                t!("diag-tip-prefix"),
                t!("did-you-mean", suggestion = s)
            ));
        }
    }
    if let Some(ContextValue::String(trailing)) = error.get(ContextKind::TrailingArg) {
        let _ = trailing;
        lines.push(format!(
            "  {}{}",
            t!("diag-tip-prefix"),
            t!("clap-trailing-arg", arg = arg)
        ));
    }
    let mut out = lines.join("\n");
    out.push('\n');
    if let Some(usage) = get(ContextKind::Usage) {
        out.push('\n');
        out.push_str(&help_text(usage));
        out.push('\n');
    }
    out.push('\n');
    out.push_str(&t!("clap-more-info"));
    out.push('\n');
    out
}
