//! TOML syntax errors in the clerk's words: the toml crate's common messages (an unclosed
//! string, a missing `=`, a duplicate key, an impossible date…) worded from the catalog, its
//! own text kept as the detail for the rest, and a hint when the line holds full-width
//! punctuation typed with a Chinese input method (“…” for quotes, ： or ＝ for `=`).

use std::ops::Range;

/// The message and hint for a syntax error the toml crate reported as `message` at `span`.
pub fn explain(text: &str, span: Range<usize>, message: &str) -> (String, String) {
    let line = line_at(text, span.start);
    let kind = match kind_of(message) {
        // `start =` and nothing after: the crate asks for a quoted string.
        Some("syntax-unquoted-string") if value_missing(line) => Some("syntax-missing-value"),
        kind => kind,
    };
    let headline = match kind {
        Some(key) => crate::i18n::message(key, None),
        None => t!("syntax-other", detail = message),
    };
    let headline = if kind.is_some() && !crate::i18n::is_zh() {
        // English keeps the crate's own words, which say exactly what it expected.
        t!("syntax-other", detail = message)
    } else {
        headline
    };
    let help = if let Some(date) = unquoted_date(line) {
        t!("syntax-unquoted-date-help", date = date.0, iso = date.1)
    } else if let Some(found) = full_width(line) {
        t!("syntax-full-width-help", found = found)
    } else if kind == Some("syntax-invalid-date") {
        t!("syntax-date-help")
    } else if kind == Some("syntax-duplicate-key") {
        t!("syntax-duplicate-help")
    } else {
        t!("syntax-help")
    };
    (headline, help)
}

/// The value of `line` when it is a date written without quotes the way people write dates
/// (`2026/12/15`, `2026.12.15`), which TOML cannot read, and that date as TOML reads it.
fn unquoted_date(line: &str) -> Option<(String, String)> {
    let (_, value) = line.split_once('=')?;
    let value = value.split('#').next()?.trim();
    let looks = value.len() >= 6
        && value.contains(['/', '.'])
        && value
            .chars()
            .all(|c| c.is_ascii_digit() || c == '/' || c == '.')
        && value.starts_with(|c: char| c.is_ascii_digit());
    if !looks {
        return None;
    }
    match crate::date::parse_text(value, None) {
        Ok(Some(when)) => Some((value.to_string(), when.to_string())),
        _ => None,
    }
}

/// Whether the line is `key =` with no value after the `=` (a comment aside).
fn value_missing(line: &str) -> bool {
    line.split_once('=').is_some_and(|(_, rest)| {
        let rest = rest.split('#').next().unwrap_or_default();
        rest.trim().is_empty()
    })
}

/// The catalog key for the kinds of syntax error a clerk meets most.
fn kind_of(message: &str) -> Option<&'static str> {
    let m = message.to_ascii_lowercase();
    if m.contains("date") || m.contains("day") || m.contains("month") || m.contains("time") {
        Some("syntax-invalid-date")
    } else if m.contains("duplicate") {
        Some("syntax-duplicate-key")
    } else if m.contains("unclosed array table") || m.contains("unclosed table") {
        Some("syntax-unclosed-header")
    } else if m.contains("unclosed inline table") {
        Some("syntax-unclosed-inline-table")
    } else if m.contains("unclosed array") || m.contains("missing comma") {
        Some("syntax-bad-array")
    } else if m.contains("non-double-quote visible characters") {
        Some("syntax-bad-character")
    } else if m.contains("unclosed") || m.contains("unterminated") || m.contains("expected `\"`") {
        Some("syntax-unclosed-string")
    } else if m.contains("expected `=`") || m.contains("key with no value") {
        Some("syntax-expected-equals")
    } else if m.contains("invalid unquoted key") {
        Some("syntax-invalid-key")
    } else if m.contains("string values must be quoted") || m.contains("invalid string") {
        Some("syntax-unquoted-string")
    } else {
        None
    }
}

fn line_at(text: &str, at: usize) -> &str {
    let at = at.min(text.len());
    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    text.get(start..end).unwrap_or_default()
}

/// The first full-width character on the line that TOML needs in its ASCII form.
fn full_width(line: &str) -> Option<String> {
    // Inside a well-quoted value full-width punctuation is just text; only look at what is
    // outside ASCII quotes.
    let mut in_string = false;
    for c in line.chars() {
        match c {
            '"' => in_string = !in_string,
            '#' if !in_string => return None,
            '“' | '”' | '：' | '＝' | '［' | '］' | '，' if !in_string => {
                return Some(c.to_string())
            }
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_width_punctuation_outside_quotes_is_found() {
        assert_eq!(full_width("title = “学习”"), Some("“".into()));
        assert_eq!(full_width("title ＝ \"学习\""), Some("＝".into()));
        assert_eq!(full_width("title = \"学习：制度\""), None);
        assert_eq!(full_width("done = 2020  # “2020年”"), None);
    }

    #[test]
    fn every_kind_has_a_message_in_both_catalogs() {
        let messages = [
            "invalid date, expected day between 01 and 28",
            "duplicate key",
            "unclosed array table, expected `]`",
            "unclosed inline table, expected `}`",
            "missing comma between array elements, expected `,`",
            "invalid basic string, expected non-double-quote visible characters, `\\`",
            "invalid basic string, expected `\"`",
            "key with no value, expected `=`",
            "invalid unquoted key, expected letters, numbers, `-`, `_`",
            "string values must be quoted, expected literal string",
        ];
        for message in messages {
            let key = kind_of(message).unwrap_or_else(|| panic!("{message}"));
            for language in [crate::model::Language::Zh, crate::model::Language::En] {
                assert!(
                    crate::i18n::try_message_in(language, key, None).is_some(),
                    "{key}"
                );
            }
        }
        let missing_value = "syntax-missing-value";
        assert!(
            crate::i18n::try_message_in(crate::model::Language::Zh, missing_value, None).is_some()
        );
    }

    #[test]
    fn a_missing_value_is_told_apart_from_an_unquoted_one() {
        assert!(value_missing("start ="));
        assert!(value_missing("start =   # 待定"));
        assert!(!value_missing("status = done"));
    }
}
