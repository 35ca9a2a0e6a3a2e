//! Typed reading of a parsed TOML tree, collecting every problem instead of stopping at the
//! first (serde's derive would report one error per file).
//!
//! Each accessor returns `None` and records a [`Diagnostic`] when a key is missing or has the
//! wrong type; the caller carries on and the load fails at the end if any error was recorded.

use std::ops::Range;

use toml::de::{DeTable, DeValue};
use toml::Spanned;

use crate::date::{self, Date, When};
use crate::diagnostic::Diagnostic;
use crate::model::{FileId, Origin};
use crate::source::shorten;

/// Collects diagnostics for one file.
pub struct Ctx<'d> {
    pub file: FileId,
    pub diagnostics: &'d mut Vec<Diagnostic>,
}

/// A TOML table being read, with what it is (for messages) and the keys it may hold.
pub struct Fields<'t, 'i> {
    table: &'t DeTable<'i>,
    pub span: Range<usize>,
    pub what: &'static str,
    /// Keys an unknown key was taken for (`staus` → `status`): their absence is that typo,
    /// already reported, not a second problem.
    suggested: Vec<String>,
}

pub type Value<'t, 'i> = &'t Spanned<DeValue<'i>>;

impl<'t, 'i> Fields<'t, 'i> {
    pub fn get(&self, key: &str) -> Option<Value<'t, 'i>> {
        self.table.get(key)
    }

    pub fn origin(&self, file: FileId) -> Origin {
        Origin {
            file,
            span: self.span.clone(),
        }
    }
}

/// A value and where it was written.
#[derive(Debug, Clone)]
pub struct At<T> {
    pub value: T,
    pub span: Range<usize>,
}

impl Ctx<'_> {
    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.diagnostics.push(diagnostic);
    }

    pub fn error(
        &mut self,
        span: Range<usize>,
        message: impl Into<String>,
        help: impl Into<String>,
    ) {
        let d = Diagnostic::error(message).at(self.file, span).help(help);
        self.diagnostics.push(d);
    }

    pub fn origin(&self, span: Range<usize>) -> Origin {
        Origin {
            file: self.file,
            span,
        }
    }

    /// Reads `value` as a table of `what`, reporting any key not in `keys`.
    pub fn table<'t, 'i>(
        &mut self,
        value: Value<'t, 'i>,
        what: &'static str,
        keys: &[&str],
    ) -> Option<Fields<'t, 'i>> {
        let DeValue::Table(table) = value.get_ref() else {
            self.error(
                value.span(),
                t!(
                    "read-not-a-table",
                    what = crate::i18n::what(what),
                    found = type_name(value.get_ref())
                ),
                t!("read-not-a-table-help", keys = key_list(keys)),
            );
            return None;
        };
        Some(self.fields(table, value.span(), what, keys))
    }

    /// Wraps a table already known to be one (the document root), checking its keys.
    pub fn fields<'t, 'i>(
        &mut self,
        table: &'t DeTable<'i>,
        span: Range<usize>,
        what: &'static str,
        keys: &[&str],
    ) -> Fields<'t, 'i> {
        let mut suggested = Vec::new();
        for (key, _) in table.iter() {
            let name: &str = key.get_ref();
            if !keys.contains(&name) {
                let takes = t!(
                    "read-takes-keys",
                    what = crate::i18n::what(what),
                    keys = key_list(keys)
                );
                let help = match nearest(name, keys) {
                    Some(near) => {
                        suggested.push(near.to_string());
                        t!("read-did-you-mean", suggestion = near, takes = takes)
                    }
                    None => takes,
                };
                self.error(
                    key.span(),
                    t!(
                        "read-unknown-key",
                        key = shorten(name),
                        what = crate::i18n::what(what)
                    ),
                    help,
                );
            }
        }
        Fields {
            table,
            span,
            what,
            suggested,
        }
    }

    fn missing(&mut self, fields: &Fields, key: &str, example: &str) {
        if fields.suggested.iter().any(|s| s == key) {
            return;
        }
        self.error(
            fields.span.clone(),
            t!(
                "read-missing-key",
                what = crate::i18n::what(fields.what),
                key = key
            ),
            t!("read-missing-key-help", key = key, example = example),
        );
    }

    fn wrong_type(
        &mut self,
        fields: &Fields,
        key: &str,
        value: Value,
        expected: &str,
        example: &str,
    ) {
        self.error(
            value.span(),
            t!(
                "read-wrong-type",
                key = key,
                what = crate::i18n::what(fields.what),
                expected = expected,
                found = type_name(value.get_ref())
            ),
            t!("read-write-it-as", key = key, example = example),
        );
    }

    /// A string; empty strings are allowed (see [`Ctx::text`]).
    pub fn string(&mut self, fields: &Fields, key: &str, required: bool) -> Option<At<String>> {
        let Some(value) = fields.get(key) else {
            if required {
                self.missing(fields, key, "\"…\"");
            }
            return None;
        };
        match value.get_ref() {
            DeValue::String(s) => {
                self.printable(s, value.span(), key, fields);
                Some(At {
                    value: s.to_string(),
                    span: value.span(),
                })
            }
            _ => {
                self.wrong_type(fields, key, value, &t!("type-string"), "\"…\"");
                None
            }
        }
    }

    /// A control character (written as an escape such as `\u0001`) would reach the terminal
    /// raw and makes a .docx Word cannot open: it is an error where it is written.
    fn printable(&mut self, s: &str, span: Range<usize>, key: &str, fields: &Fields) {
        self.printable_in(s, span, key, fields.what);
    }

    /// As `Ctx::printable`, for a string read outside [`Fields`] (`what` names its table).
    pub fn printable_in(&mut self, s: &str, span: Range<usize>, key: &str, what: &str) {
        if !any_unprintable(s) {
            return;
        }
        if let Some(c) = s.chars().find(|c| unprintable(*c)) {
            self.error(
                span,
                t!(
                    "read-control-character",
                    key = key,
                    what = crate::i18n::what(what),
                    code = format!("U+{:04X}", c as u32)
                ),
                t!(
                    "read-control-character-help",
                    escape = format!("\\u{:04X}", c as u32)
                ),
            );
        }
    }

    /// A string that must say something: empty or blank text is an error.
    pub fn text(&mut self, fields: &Fields, key: &str, required: bool) -> Option<At<String>> {
        let at = self.string(fields, key, required)?;
        if at.value.trim().is_empty() {
            self.error(
                at.span.clone(),
                t!(
                    "read-empty",
                    key = key,
                    what = crate::i18n::what(fields.what)
                ),
                t!("read-empty-help", key = key),
            );
            return None;
        }
        Some(at)
    }

    /// A string or an array of strings (each non-empty).
    pub fn texts(&mut self, fields: &Fields, key: &str) -> Vec<String> {
        let Some(value) = fields.get(key) else {
            return Vec::new();
        };
        match value.get_ref() {
            DeValue::String(s) if !s.trim().is_empty() => {
                self.printable(s, value.span(), key, fields);
                vec![s.to_string()]
            }
            DeValue::Array(items) => {
                let mut out = Vec::new();
                for item in items.iter() {
                    match item.get_ref() {
                        DeValue::String(s) if !s.trim().is_empty() => {
                            self.printable(s, item.span(), key, fields);
                            out.push(s.to_string());
                        }
                        DeValue::String(_) => self.error(
                            item.span(),
                            t!(
                                "read-empty-entry",
                                key = key,
                                what = crate::i18n::what(fields.what)
                            ),
                            t!("read-empty-entry-help"),
                        ),
                        other => self.error(
                            item.span(),
                            t!(
                                "read-must-list-strings",
                                key = key,
                                what = crate::i18n::what(fields.what),
                                found = type_name(other)
                            ),
                            t!("read-write-it-as", key = key, example = "[\"…\", \"…\"]"),
                        ),
                    }
                }
                out
            }
            DeValue::String(_) => {
                self.error(
                    value.span(),
                    t!(
                        "read-empty",
                        key = key,
                        what = crate::i18n::what(fields.what)
                    ),
                    t!("read-empty-help", key = key),
                );
                Vec::new()
            }
            _ => {
                self.wrong_type(fields, key, value, &t!("type-string-or-list"), "[\"…\"]");
                Vec::new()
            }
        }
    }

    pub fn bool(&mut self, fields: &Fields, key: &str) -> Option<bool> {
        let value = fields.get(key)?;
        match value.get_ref() {
            DeValue::Boolean(b) => Some(*b),
            _ => {
                self.wrong_type(fields, key, value, &t!("type-true-or-false"), "true");
                None
            }
        }
    }

    /// A positive integer (ids).
    pub fn id(&mut self, fields: &Fields, key: &str) -> Option<At<u32>> {
        let Some(value) = fields.get(key) else {
            self.missing(fields, key, "1");
            return None;
        };
        let parsed = match value.get_ref() {
            DeValue::Integer(i) => {
                i64::from_str_radix(&i.as_str().replace('_', ""), i.radix()).ok()
            }
            _ => {
                self.wrong_type(fields, key, value, &t!("type-whole-number"), "1");
                return None;
            }
        };
        match parsed
            .and_then(|n| u32::try_from(n).ok())
            .filter(|&n| n >= 1)
        {
            Some(n) => Some(At {
                value: n,
                span: value.span(),
            }),
            None => {
                self.error(
                    value.span(),
                    t!(
                        "read-id-from-1",
                        key = key,
                        what = crate::i18n::what(fields.what)
                    ),
                    t!("read-write-it-as", key = key, example = "1"),
                );
                None
            }
        }
    }

    /// A calendar day, written as a TOML date (`2020-10-14`, no quotes).
    pub fn date(&mut self, fields: &Fields, key: &str) -> Option<At<Date>> {
        let at = self.when(fields, key)?;
        match at.value {
            When::Day(d) => Some(At {
                value: d,
                span: at.span,
            }),
            partial => {
                self.error(
                    at.span,
                    t!(
                        "read-full-date",
                        key = key,
                        what = crate::i18n::what(fields.what),
                        found = partial.to_string()
                    ),
                    t!("read-full-date-help", key = key),
                );
                None
            }
        }
    }

    /// A day, month or year: `2020-10-14`, `"2020-10"` or `2020`.
    pub fn when(&mut self, fields: &Fields, key: &str) -> Option<At<When>> {
        let value = fields.get(key)?;
        let span = value.span();
        let parsed = match value.get_ref() {
            DeValue::Datetime(dt) => match (dt.date, dt.time, dt.offset) {
                (Some(d), None, None) => {
                    date::day(i32::from(d.year), u32::from(d.month), u32::from(d.day))
                        .map(When::Day)
                }
                _ => Err(t!("read-date-has-time", value = dt.to_string())),
            },
            // The spellings people write (2024/6/30, 2024年6月底) read as on the command line.
            DeValue::String(s) => match if key.starts_with("deadline") {
                date::parse_deadline_text(s, None)
            } else {
                date::parse_text(s, None)
            } {
                Ok(Some(when)) => Ok(when),
                // 长期: no deadline, as a ledger says it.
                Ok(None) if key.starts_with("deadline") => return None,
                Ok(None) => Err(t!("date-not-a-date", text = crate::source::shorten(s))),
                Err(why) => Err(why),
            },
            DeValue::Integer(i) => When::parse(i.as_str()),
            other => Err(t!("read-found", found = type_name(other))),
        };
        match parsed {
            Ok(value) => Some(At { value, span }),
            Err(why) => {
                self.error(
                    span,
                    t!(
                        "read-invalid-date",
                        key = key,
                        what = crate::i18n::what(fields.what),
                        why = why
                    ),
                    t!("read-invalid-date-help", key = key),
                );
                None
            }
        }
    }

    /// An array of tables (`[[finding.measure]]`), or an inline array of tables.
    pub fn tables<'t, 'i>(
        &mut self,
        fields: &Fields<'t, 'i>,
        key: &str,
        what: &'static str,
        keys: &[&str],
    ) -> Vec<Fields<'t, 'i>> {
        let Some(value) = fields.get(key) else {
            return Vec::new();
        };
        match value.get_ref() {
            DeValue::Array(items) => items
                .iter()
                .filter_map(|item| self.table(item, what, keys))
                .collect(),
            other => {
                self.error(
                    value.span(),
                    t!(
                        "read-list-of-tables",
                        key = key,
                        what = crate::i18n::what(fields.what),
                        found = type_name(other)
                    ),
                    t!(
                        "read-list-of-tables-help",
                        header = header(fields.what, key)
                    ),
                );
                Vec::new()
            }
        }
    }
}

/// The dotted header of `key`'s tables inside `what`: `finding.measure` inside
/// "a [[finding]]", plain `category` at the top of a file.
fn header(what: &str, key: &str) -> String {
    match what
        .split_once("[[")
        .and_then(|(_, rest)| rest.split_once("]]"))
    {
        Some((parent, _)) => format!("{parent}.{key}"),
        None => key.to_string(),
    }
}

/// What kind of value was found, as a message names it (`a string` / `文字`).
pub fn type_name(value: &DeValue) -> String {
    match value {
        DeValue::String(_) => t!("type-string"),
        DeValue::Integer(_) => t!("type-integer"),
        DeValue::Float(_) => t!("type-float"),
        DeValue::Boolean(_) => t!("type-boolean"),
        DeValue::Datetime(_) => t!("type-date"),
        DeValue::Array(_) => t!("type-array"),
        DeValue::Table(_) => t!("type-table"),
    }
}

fn key_list(keys: &[&str]) -> String {
    let keys: Vec<String> = keys.iter().map(|k| format!("`{k}`")).collect();
    crate::i18n::join(&keys)
}

/// The candidate closest to `word`, if it is close enough to be a likely typo.
pub fn nearest<'a>(word: &str, candidates: &[&'a str]) -> Option<&'a str> {
    let limit = |c: &str| 2.max(c.chars().count() / 3);
    // The length difference bounds the distance from below: skip hopeless candidates before
    // the quadratic comparison (a 10 MB value against a list of keys).
    let len = word.chars().take(1000).count();
    candidates
        .iter()
        .filter(|c| len.abs_diff(c.chars().count()) <= limit(c))
        .map(|c| (edit_distance(word, c), *c))
        .filter(|(d, c)| *d <= limit(c))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

/// Levenshtein distance over characters.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != *cb)).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

/// Characters no output can carry: controls other than tab and line breaks, and the
/// noncharacters XML (docx, xlsx) forbids.
fn unprintable(c: char) -> bool {
    (c.is_control() && !matches!(c, '\t' | '\n' | '\r')) || matches!(c, '\u{FFFE}' | '\u{FFFF}')
}

/// Whether `s` holds a character [`unprintable`] refuses, judged from the UTF-8 bytes: each
/// such character has a byte pattern of its own (U+0000–U+001F and U+007F are single bytes,
/// U+0080–U+009F are `C2 80`–`C2 9F`, U+FFFE and U+FFFF are `EF BF BE`/`EF BF BF`). Decoding
/// every character of every text cost 8 % of loading a large folder; these branch-free passes
/// over the bytes cost a fraction of that.
fn any_unprintable(s: &str) -> bool {
    let bytes = s.as_bytes();
    let next = bytes.get(1..).unwrap_or_default();
    let after = bytes.get(2..).unwrap_or_default();
    let single = bytes.iter().fold(false, |found, &b| {
        found | ((b < 0x20) & (b != b'\t') & (b != b'\n') & (b != b'\r')) | (b == 0x7F)
    });
    let c1 = bytes
        .iter()
        .zip(next)
        .fold(false, |found, (&b, &n)| found | ((b == 0xC2) & (n < 0xA0)));
    let specials = bytes
        .iter()
        .zip(next)
        .zip(after)
        .fold(false, |found, ((&b, &n), &a)| {
            found | ((b == 0xEF) & (n == 0xBF) & (a >= 0xBE))
        });
    single | c1 | specials
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unprintable_bytes_match_unprintable_characters() {
        let cases = [
            "巡察整改，（已完成）。",
            "tab\tnew\nline\r",
            "\u{1}",
            "a\u{7F}",
            "\u{80}",
            "é\u{9F}",
            "\u{A0}¢",
            "\u{FFFD}\u{FFFE}",
            "\u{FFFF}",
            "\u{FF0C}\u{FFEF}",
            "",
        ];
        for case in cases {
            assert_eq!(
                any_unprintable(case),
                case.chars().any(unprintable),
                "{case:?}"
            );
        }
    }

    proptest::proptest! {
        #[test]
        fn unprintable_bytes_agree_with_characters(s in "\\PC*|[\u{0}-\u{A0}\u{FFF0}-\u{FFFF}]*") {
            proptest::prop_assert_eq!(any_unprintable(&s), s.chars().any(unprintable));
        }
    }

    #[test]
    fn suggests_the_nearest_key() {
        assert_eq!(
            nearest("staus", &["text", "status", "owner"]),
            Some("status")
        );
        assert_eq!(nearest("zzzzzz", &["text", "status"]), None);
        assert_eq!(nearest(&"s".repeat(100_000), &["status"]), None);
        assert_eq!(edit_distance("正在推进", "正在推动"), 1);
    }

    #[test]
    fn headers_of_nested_tables() {
        assert_eq!(header("a [[finding]]", "measure"), "finding.measure");
        assert_eq!(
            header("a [[finding.measure]]", "log"),
            "finding.measure.log"
        );
        assert_eq!(header("rectify.toml", "category"), "category");
    }
}
