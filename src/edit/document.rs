//! Format-preserving edits of one findings file with toml_edit.
//!
//! A finding is found by its `id`, a measure by its position in the finding's `measure`
//! array (the address `4.2`). A replaced value keeps the old value's spacing and trailing
//! comment (toml_edit's plain assignment would drop them); a new key goes where a reader
//! expects it (`done` after `deadline`…); a new table (a measure, a progress log entry) lands
//! right after the record it belongs to. Measures and log entries may be written as
//! `[[tables]]` or as inline tables: both are edited in the form the file uses.

use chrono::Datelike;
use toml_edit::{Array, ArrayOfTables, DocumentMut, InlineTable, Item, Table, TableLike, Value};

use crate::date::{Date, When};
use crate::model::Language;

/// Keys in the order a reader expects them; new keys are placed by this order. The loader's
/// lists of valid keys are that order, so the two cannot drift apart.
pub use crate::load::finding::{
    FINDING_KEYS as FINDING_ORDER, LOG_KEYS as LOG_ORDER, MEASURE_KEYS as MEASURE_ORDER,
    SUB_KEYS as SUB_ORDER,
};

/// A measure field a command can change, with its key in the file and its label for people.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Text,
    Status,
    Owner,
    Department,
    Deadline,
    Done,
    Evidence,
    Log,
}

impl Field {
    pub fn key(self) -> &'static str {
        match self {
            Field::Text => "text",
            Field::Status => "status",
            Field::Owner => "owner",
            Field::Department => "department",
            Field::Deadline => "deadline",
            Field::Done => "done",
            Field::Evidence => "evidence",
            Field::Log => "log",
        }
    }

    /// The label in the report's language, as the ledger (整改台账) names the column.
    pub fn label(self, language: Language) -> &'static str {
        match (language, self) {
            (Language::Zh, Field::Text) => "整改措施",
            (Language::Zh, Field::Status) => "状态",
            (Language::Zh, Field::Owner) => "责任人",
            (Language::Zh, Field::Department) => "责任部门",
            (Language::Zh, Field::Deadline) => "整改时限",
            (Language::Zh, Field::Done) => "完成时间",
            (Language::Zh, Field::Evidence) => "佐证材料",
            (Language::Zh, Field::Log) => "进展记录",
            (Language::En, Field::Text) => "measure",
            (Language::En, Field::Status) => "status",
            (Language::En, Field::Owner) => "owner",
            (Language::En, Field::Department) => "department",
            (Language::En, Field::Deadline) => "deadline",
            (Language::En, Field::Done) => "done",
            (Language::En, Field::Evidence) => "evidence",
            (Language::En, Field::Log) => "progress log",
        }
    }
}

/// Parses a file for editing. The loader has already accepted it, so a failure here means
/// toml_edit reads TOML differently from the loader: say so rather than guess. A file that
/// toml_edit cannot print back byte for byte is refused too, so no edit ever rewrites
/// bytes it was not asked to change.
pub fn parse(path: &str, text: &str) -> crate::Result<DocumentMut> {
    let mut doc = text.parse::<DocumentMut>().map_err(|e| {
        crate::Error::failed(format!(
            "cannot edit `{path}`: {}",
            e.to_string().trim().replace('\n', "; ")
        ))
    })?;
    // Every parsed value keeps its representation: rendering changes nothing in `doc`.
    let rendered = render(&mut doc, text);
    if rendered != text {
        let line = rendered
            .split_inclusive('\n')
            .zip(text.split_inclusive('\n'))
            .position(|(a, b)| a != b)
            .map_or(text.lines().count(), |i| i + 1);
        return Err(crate::Error::failed_with_help(
            t!("document-would-change-bytes", path = path, line = line),
            t!("document-would-change-bytes-help"),
        ));
    }
    Ok(doc)
}

/// The document's text in the original file's conventions: toml_edit writes `\n` line ends
/// and always ends with one, so a CRLF file gets CRLF back and a file without a final
/// newline stays without one.
///
/// In a CRLF file, a new text value with a line break is written as a one-line string
/// (`"a\nb"`), never as a multi-line one: the line ends turned to CRLF would otherwise become
/// part of the value (a note `a⏎b` stored as `a\r\nb`).
pub fn render(doc: &mut DocumentMut, original: &str) -> String {
    let crlf = original.contains("\r\n") && !original.replace("\r\n", "").contains('\n');
    if crlf {
        toml_edit::visit_mut::VisitMut::visit_document_mut(&mut OneLineStrings, doc);
    }
    let mut text = doc.to_string();
    if crlf {
        text = text.replace("\r\n", "\n").replace('\n', "\r\n");
    }
    if !original.is_empty() && !original.ends_with('\n') {
        let trimmed = text
            .strip_suffix("\r\n")
            .or_else(|| text.strip_suffix('\n'))
            .map(str::to_string);
        if let Some(trimmed) = trimmed {
            text = trimmed;
        }
    }
    text
}

/// Gives every new string value holding a line break a one-line representation.
struct OneLineStrings;

impl toml_edit::visit_mut::VisitMut for OneLineStrings {
    fn visit_value_mut(&mut self, node: &mut Value) {
        if let Value::String(s) = node {
            if s.as_repr().is_none() && s.value().contains(['\n', '\r']) {
                use toml_writer::ToTomlValue as _;
                let raw = toml_writer::TomlStringBuilder::new(s.value())
                    .as_basic()
                    .to_toml_value();
                if let Ok(mut one_line) = raw.parse::<Value>() {
                    *one_line.decor_mut() = s.decor().clone();
                    *node = one_line;
                }
            }
        }
        toml_edit::visit_mut::visit_value_mut(self, node);
    }
}

/// A TOML date value (`2021-03-01`, no quotes), as the loader expects dates.
pub fn date_value(d: Date) -> Value {
    Value::from(toml_edit::Datetime {
        date: Some(toml_edit::Date {
            year: u16::try_from(d.year()).unwrap_or(0),
            month: u8::try_from(d.month()).unwrap_or(0),
            day: u8::try_from(d.day()).unwrap_or(0),
        }),
        time: None,
        offset: None,
    })
}

/// A day, month or year as the data format writes it: a TOML date for a day (`2020-12-31`),
/// a string for a month (`"2020-12"`), an integer for a year (`2020`).
pub fn when_value(when: When) -> Value {
    match when {
        When::Day(d) => date_value(d),
        When::Month(..) => Value::from(when.to_string()),
        When::Year(y) => Value::from(i64::from(y)),
    }
}

/// The table of `item` (an array of tables, or an array of inline tables) that `is_it` picks.
fn find_table(
    item: &mut Item,
    is_it: impl Fn(&dyn TableLike) -> bool,
) -> Option<&mut dyn TableLike> {
    match item {
        Item::ArrayOfTables(tables) => tables
            .iter_mut()
            .find(|t| is_it(&**t))
            .map(|t| t as &mut dyn TableLike),
        Item::Value(Value::Array(items)) => items
            .iter_mut()
            .filter_map(Value::as_inline_table_mut)
            .find(|t| is_it(&**t))
            .map(|t| t as &mut dyn TableLike),
        _ => None,
    }
}

/// The finding whose `id` is `id`, written as `[[finding]]` or as an inline table.
pub fn finding(doc: &mut DocumentMut, id: u32) -> Option<&mut dyn TableLike> {
    let is_it = |t: &dyn TableLike| {
        t.get("id")
            .and_then(Item::as_integer)
            .is_some_and(|n| n == i64::from(id))
    };
    find_table(doc.get_mut("finding")?, is_it)
}

/// The finding whose `id` is `id`, as a record to edit its own keys.
pub fn finding_record(doc: &mut DocumentMut, id: u32) -> Option<Record<'_>> {
    let is_it = |t: &dyn TableLike| {
        t.get("id")
            .and_then(Item::as_integer)
            .is_some_and(|n| n == i64::from(id))
    };
    match doc.get_mut("finding")? {
        Item::ArrayOfTables(tables) => tables.iter_mut().find(|t| is_it(&**t)).map(Record::Table),
        Item::Value(Value::Array(items)) => items
            .iter_mut()
            .filter_map(Value::as_inline_table_mut)
            .find(|t| is_it(&**t))
            .map(Record::Inline),
        _ => None,
    }
}

/// An inline table `{ key = value, … }` of `fields`, for values such as `signoff`.
pub fn inline_table(fields: &[(&str, Value)]) -> Value {
    let mut table = inline_of(fields);
    table.fmt();
    Value::InlineTable(table)
}

/// A list of strings, `["a", "b"]`.
pub fn string_list(items: &[String]) -> Value {
    let mut list = Array::new();
    for item in items {
        list.push(item.as_str());
    }
    Value::Array(list)
}

/// The measure at 0-based `index` of a finding.
pub fn measure(finding: &mut dyn TableLike, index: usize) -> Option<Record<'_>> {
    match finding.get_mut("measure")? {
        Item::ArrayOfTables(tables) => tables.get_mut(index).map(Record::Table),
        Item::Value(Value::Array(items)) => items
            .get_mut(index)
            .and_then(Value::as_inline_table_mut)
            .map(Record::Inline),
        _ => None,
    }
}

/// The measure at 0-based `index` of a finding's own measures (`sub` None) or of its
/// sub-problem `sub` (`[[finding.sub]]` with that `id`).
pub fn measure_in(
    finding: &mut dyn TableLike,
    sub: Option<char>,
    index: usize,
) -> Option<Record<'_>> {
    match sub {
        None => measure(finding, index),
        Some(sub) => measure(sub_table(finding, sub)?, index),
    }
}

/// The sub-problem `sub` of a finding (`[[finding.sub]]` with that `id`, or an inline table).
pub fn sub_table(finding: &mut dyn TableLike, sub: char) -> Option<&mut dyn TableLike> {
    let is_it = |t: &dyn TableLike| {
        t.get("id")
            .and_then(|v| v.as_str())
            .is_some_and(|id| id.chars().eq(std::iter::once(sub)))
    };
    find_table(finding.get_mut("sub")?, is_it)
}

/// The sub-problem `sub` of a finding, as a record to edit its own keys (title, `removed`…).
pub fn sub_record(finding: &mut dyn TableLike, sub: char) -> Option<Record<'_>> {
    let is_it = |t: &dyn TableLike| {
        t.get("id")
            .and_then(|v| v.as_str())
            .is_some_and(|id| id.chars().eq(std::iter::once(sub)))
    };
    match finding.get_mut("sub")? {
        Item::ArrayOfTables(tables) => tables.iter_mut().find(|t| is_it(&**t)).map(Record::Table),
        Item::Value(Value::Array(items)) => items
            .iter_mut()
            .filter_map(Value::as_inline_table_mut)
            .find(|t| is_it(&**t))
            .map(Record::Inline),
        _ => None,
    }
}

/// Appends a measure after the finding's last one (and after that one's log entries), in the
/// form the finding's other measures use; a finding without measures gets its first
/// `[[finding.measure]]`. Returns false when `measure` is something else.
pub fn push_measure(finding: &mut dyn TableLike, fields: &[(&str, Value)]) -> bool {
    match finding.get_mut("measure") {
        Some(Item::ArrayOfTables(tables)) => {
            // No position: toml_edit prints a table without one right after the table
            // visited before it, i.e. after the last measure and its log entries.
            tables.push(table_of(fields));
            true
        }
        Some(Item::Value(Value::Array(items))) => {
            push_like_last(items, Value::InlineTable(inline_of(fields)));
            true
        }
        // A draft finding with no measures yet, or one whose measures are its sub-problems'.
        None => {
            let mut tables = toml_edit::ArrayOfTables::new();
            tables.push(table_of(fields));
            finding.insert("measure", Item::ArrayOfTables(tables));
            true
        }
        _ => false,
    }
}

/// A measure or log entry being edited: a `[[table]]` or an inline `{ table }`.
pub enum Record<'a> {
    Table(&'a mut Table),
    Inline(&'a mut InlineTable),
}

impl Record<'_> {
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Record::Table(t) => t.get(key).and_then(Item::as_value),
            Record::Inline(t) => t.get(key),
        }
    }

    fn get_mut(&mut self, key: &str) -> Option<&mut Value> {
        match self {
            Record::Table(t) => t.get_mut(key).and_then(Item::as_value_mut),
            Record::Inline(t) => t.get_mut(key),
        }
    }

    /// Sets `key` to `value`. An existing value is replaced in place and keeps its decor
    /// (the spaces around it and a trailing `# comment`); a new key goes after the keys that
    /// come before it in `order`, indented like its neighbours.
    pub fn set(&mut self, key: &str, value: Value, order: &[&str]) {
        if let Some(old) = self.get_mut(key) {
            replace_keeping_decor(old, value);
            return;
        }
        match self {
            Record::Table(t) => {
                let keys: Vec<String> = t
                    .iter()
                    .filter(|(_, item)| item.is_value())
                    .map(|(k, _)| k.to_string())
                    .collect();
                let indent = keys
                    .first()
                    .and_then(|k| t.key(k))
                    .and_then(|k| k.leaf_decor().prefix())
                    .and_then(|p| p.as_str())
                    .filter(|p| !p.is_empty() && p.chars().all(|c| c == ' ' || c == '\t'))
                    .map(str::to_string);
                t.insert(key, Item::Value(value));
                if let (Some(indent), Some(mut k)) = (indent, t.key_mut(key)) {
                    k.leaf_decor_mut().set_prefix(indent);
                }
                let wanted = order_with(&keys, key, order);
                t.sort_values_by(|a, _, b, _| rank(&wanted, a.get()).cmp(&rank(&wanted, b.get())));
            }
            Record::Inline(t) => {
                let keys: Vec<String> = t.iter().map(|(k, _)| k.to_string()).collect();
                t.insert(key, value);
                let wanted = order_with(&keys, key, order);
                t.sort_values_by(|a, _, b, _| rank(&wanted, a.get()).cmp(&rank(&wanted, b.get())));
                // `{ a = 1 }` keeps the space before `}` on its last value: hand it over.
                if wanted.last().map(String::as_str) == Some(key) {
                    if let Some(previous) = keys.last() {
                        move_suffix(t, previous, key);
                    }
                }
            }
        }
    }

    /// Appends `value` to the list at `key` (creating it, placed by `order`).
    pub fn push_to_list(&mut self, key: &str, value: Value, order: &[&str]) {
        match self.get_mut(key) {
            Some(Value::Array(items)) => push_like_last(items, value),
            _ => {
                let mut items = Array::new();
                items.push(value);
                self.set(key, Value::Array(items), order);
            }
        }
    }

    /// Removes `key`; returns whether it was there.
    pub fn remove(&mut self, key: &str) -> bool {
        match self {
            Record::Table(t) => t.remove(key).is_some(),
            Record::Inline(t) => {
                let keys: Vec<String> = t.iter().map(|(k, _)| k.to_string()).collect();
                if keys.last().map(String::as_str) == Some(key) && keys.len() >= 2 {
                    move_suffix(t, key, &keys[keys.len() - 2]);
                }
                t.remove(key).is_some()
            }
        }
    }

    /// Adds `text` to the evidence list (turning a single string into a list). Returns false
    /// when it is already there.
    pub fn add_evidence(&mut self, text: &str) -> bool {
        match self.get_mut("evidence") {
            None => {
                let mut list = Array::new();
                list.push(text);
                self.set("evidence", Value::Array(list), MEASURE_ORDER);
            }
            Some(Value::String(one)) => {
                if one.value() == text {
                    return false;
                }
                let mut first = one.clone();
                first.decor_mut().clear();
                let mut list = Array::new();
                list.push_formatted(Value::String(first));
                list.push(text);
                self.set("evidence", Value::Array(list), MEASURE_ORDER);
            }
            Some(Value::Array(list)) => {
                if list.iter().any(|v| v.as_str() == Some(text)) {
                    return false;
                }
                push_like_last(list, Value::from(text));
            }
            Some(other) => replace_keeping_decor(other, Value::from(text)),
        }
        true
    }

    /// Inserts a progress log entry before the measure's entry at `index` (at the end when
    /// `index` is past the last one), in the form the log uses.
    pub fn insert_log(&mut self, index: usize, entry: &[(&str, Value)]) {
        let len = match self {
            Record::Table(t) => match t.get("log") {
                Some(Item::ArrayOfTables(tables)) => tables.len(),
                Some(Item::Value(Value::Array(items))) => items.len(),
                _ => 0,
            },
            Record::Inline(t) => t.get("log").and_then(Value::as_array).map_or(0, Array::len),
        };
        if index >= len {
            return self.push_log(entry);
        }
        match self {
            Record::Table(t) => match t.get_mut("log") {
                // No position: printed right after the entry before it (see push_measure).
                Some(Item::ArrayOfTables(tables)) => tables.insert(index, table_of(entry)),
                Some(Item::Value(Value::Array(items))) => {
                    insert_like(items, index, Value::InlineTable(inline_of(entry)));
                }
                _ => {}
            },
            Record::Inline(t) => {
                if let Some(Value::Array(items)) = t.get_mut("log") {
                    insert_like(items, index, Value::InlineTable(inline_of(entry)));
                }
            }
        }
    }

    /// Appends a progress log entry after the measure's last one, as `[[finding.measure.log]]`
    /// under a `[[finding.measure]]`, or inline in an inline measure.
    pub fn push_log(&mut self, entry: &[(&str, Value)]) {
        match self {
            Record::Table(t) => match t.get_mut("log") {
                Some(Item::ArrayOfTables(tables)) => tables.push(table_of(entry)),
                Some(Item::Value(Value::Array(items))) => {
                    push_like_last(items, Value::InlineTable(inline_of(entry)));
                }
                _ => {
                    // A new array of tables: printed right after this measure (see push_measure).
                    let mut tables = ArrayOfTables::new();
                    tables.push(table_of(entry));
                    t.insert("log", Item::ArrayOfTables(tables));
                }
            },
            Record::Inline(t) => match t.get_mut("log") {
                Some(Value::Array(items)) => {
                    push_like_last(items, Value::InlineTable(inline_of(entry)));
                }
                _ => {
                    let mut items = Array::new();
                    items.push(Value::InlineTable(inline_of(entry)));
                    self.set("log", Value::Array(items), MEASURE_ORDER);
                }
            },
        }
    }
}

fn replace_keeping_decor(old: &mut Value, mut new: Value) {
    *new.decor_mut() = old.decor().clone();
    *old = new;
}

/// The keys in `existing` order with `new` inserted after the last key that precedes it in
/// `order`: the user's order is kept, and the new key sits where a reader looks for it.
fn order_with(existing: &[String], new: &str, order: &[&str]) -> Vec<String> {
    let canon = |k: &str| order.iter().position(|o| *o == k);
    let new_rank = canon(new).unwrap_or(order.len());
    let at = existing
        .iter()
        .rposition(|k| canon(k).is_some_and(|r| r < new_rank))
        .map_or(0, |i| i + 1);
    let mut wanted = existing.to_vec();
    wanted.insert(at, new.to_string());
    wanted
}

fn rank(wanted: &[String], key: &str) -> usize {
    wanted.iter().position(|k| k == key).unwrap_or(usize::MAX)
}

fn move_suffix(t: &mut InlineTable, from: &str, to: &str) {
    let suffix = t
        .get(from)
        .and_then(|v| v.decor().suffix())
        .and_then(|s| s.as_str())
        .map(str::to_string);
    if let Some(suffix) = suffix {
        if let Some(v) = t.get_mut(from) {
            v.decor_mut().set_suffix("");
        }
        if let Some(v) = t.get_mut(to) {
            v.decor_mut().set_suffix(suffix);
        }
    }
}

/// Pushes onto an array formatted like its last item: one per line stays one per line.
fn push_like_last(items: &mut Array, mut value: Value) {
    if let Some(last) = items.iter_mut().last() {
        let prefix = last
            .decor()
            .prefix()
            .and_then(|p| p.as_str())
            .filter(|p| p.contains('\n'))
            .unwrap_or(" ")
            .to_string();
        let suffix = last
            .decor()
            .suffix()
            .and_then(|s| s.as_str())
            .unwrap_or("")
            .to_string();
        last.decor_mut().set_suffix("");
        value.decor_mut().set_prefix(prefix);
        value.decor_mut().set_suffix(suffix);
        items.push_formatted(value);
    } else {
        items.push(value);
    }
}

/// Inserts into an array before `index`, formatted like the item it goes before.
fn insert_like(items: &mut Array, index: usize, mut value: Value) {
    if let Some(next) = items.get(index) {
        let prefix = next
            .decor()
            .prefix()
            .and_then(|p| p.as_str())
            .unwrap_or(" ")
            .to_string();
        value.decor_mut().set_prefix(prefix);
    }
    items.insert_formatted(index, value);
}

fn table_of(fields: &[(&str, Value)]) -> Table {
    let mut table = Table::new();
    for (key, value) in fields {
        table.insert(key, Item::Value(value.clone()));
    }
    table
}

fn inline_of(fields: &[(&str, Value)]) -> InlineTable {
    let mut table = InlineTable::new();
    for (key, value) in fields {
        table.insert(*key, value.clone());
    }
    table
}

/// Appends a `[[category]]` with `id` and `title` to rectify.toml, after the last category
/// (or at the end of the file when there is none). Returns false when `category` is not a
/// list of tables.
pub fn push_category(doc: &mut DocumentMut, id: &str, title: &str) -> bool {
    let fields = [("id", Value::from(id)), ("title", Value::from(title))];
    match doc.get_mut("category") {
        Some(Item::ArrayOfTables(tables)) => {
            let mut table = table_of(&fields);
            // Like the others: one blank line before its header when they have one.
            let blank = tables
                .iter()
                .last()
                .and_then(|t| t.decor().prefix())
                .and_then(|p| p.as_str())
                .is_some_and(|p| p.starts_with('\n'));
            if blank {
                table.decor_mut().set_prefix("\n");
            }
            tables.push(table);
            true
        }
        Some(Item::Value(Value::Array(items))) => {
            push_like_last(items, Value::InlineTable(inline_of(&fields)));
            true
        }
        Some(_) => false,
        None => {
            let mut tables = ArrayOfTables::new();
            let mut table = table_of(&fields);
            table.decor_mut().set_prefix("\n");
            tables.push(table);
            doc.insert("category", Item::ArrayOfTables(tables));
            true
        }
    }
}

/// The text of a new findings file holding one finding and its measures, with a comment
/// line naming it the way the shipped files do.
pub fn new_finding_file(
    comment: &str,
    finding: &[(&str, Value)],
    new_measures: &[Vec<(&str, Value)>],
) -> String {
    let mut table = table_of(finding);
    let mut measures = ArrayOfTables::new();
    for m in new_measures {
        measures.push(table_of(m));
    }
    table.insert("measure", Item::ArrayOfTables(measures));
    let mut findings = ArrayOfTables::new();
    findings.push(table);
    let mut doc = DocumentMut::new();
    doc.insert("finding", Item::ArrayOfTables(findings));
    format!("# {comment}\n{doc}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn edit(text: &str, f: impl FnOnce(&mut Record)) -> String {
        let mut doc = parse("test", text).unwrap();
        let finding = finding(&mut doc, 1).unwrap();
        let mut record = measure(finding, 0).unwrap();
        f(&mut record);
        render(&mut doc, text)
    }

    #[test]
    fn crlf_files_and_files_without_a_final_newline_keep_their_form() {
        let crlf = "[[finding]]\r\nid = 1\r\n\r\n[[finding.measure]]\r\ntext = \"a\"\r\n";
        let out = edit(crlf, |m| {
            m.set("status", Value::from("done"), MEASURE_ORDER)
        });
        assert_eq!(out, "[[finding]]\r\nid = 1\r\n\r\n[[finding.measure]]\r\ntext = \"a\"\r\nstatus = \"done\"\r\n");
        let open = "[[finding]]\nid = 1\n[[finding.measure]]\ntext = \"a\"";
        let out = edit(open, |m| {
            m.set("status", Value::from("done"), MEASURE_ORDER)
        });
        assert_eq!(
            out,
            "[[finding]]\nid = 1\n[[finding.measure]]\ntext = \"a\"\nstatus = \"done\""
        );
    }

    #[test]
    fn replacing_a_value_keeps_its_comment_and_spacing() {
        let text =
            "[[finding]]\nid = 1\n[[finding.measure]]\nstatus =   \"in-progress\"   # 推进中\n";
        let out = edit(text, |m| {
            m.set("status", Value::from("done"), MEASURE_ORDER)
        });
        assert_eq!(
            out,
            "[[finding]]\nid = 1\n[[finding.measure]]\nstatus =   \"done\"   # 推进中\n"
        );
    }

    #[test]
    fn a_new_key_goes_after_its_predecessors() {
        let text = "[[finding]]\nid = 1\n[[finding.measure]]\ntext = \"x\"\nstatus = \"done\"\nevidence = [\"a\"]\n";
        let out = edit(text, |m| {
            m.set(
                "done",
                date_value(Date::from_ymd_opt(2021, 3, 1).unwrap()),
                MEASURE_ORDER,
            )
        });
        assert_eq!(out, "[[finding]]\nid = 1\n[[finding.measure]]\ntext = \"x\"\nstatus = \"done\"\ndone = 2021-03-01\nevidence = [\"a\"]\n");
    }

    #[test]
    fn inline_measures_stay_inline() {
        let text =
            "[[finding]]\nid = 1\nmeasure = [ { text = \"x\", status = \"not-started\" } ]\n";
        let out = edit(text, |m| {
            m.set("owner", Value::from("张三"), MEASURE_ORDER);
            m.push_log(&[("note", Value::from("开始"))]);
        });
        assert_eq!(out, "[[finding]]\nid = 1\nmeasure = [ { text = \"x\", status = \"not-started\", owner = \"张三\", log = [{ note = \"开始\" }] } ]\n");
    }

    #[test]
    fn evidence_lists_grow_in_their_own_layout() {
        let text =
            "[[finding]]\nid = 1\n[[finding.measure]]\nevidence = [\n  \"a\",\n  \"b\",\n]\n";
        let out = edit(text, |m| assert!(m.add_evidence("c")));
        assert_eq!(out, "[[finding]]\nid = 1\n[[finding.measure]]\nevidence = [\n  \"a\",\n  \"b\",\n  \"c\",\n]\n");
        let one = "[[finding]]\nid = 1\n[[finding.measure]]\nevidence = \"a\" # 一份\n";
        let out = edit(one, |m| assert!(m.add_evidence("b")));
        assert_eq!(
            out,
            "[[finding]]\nid = 1\n[[finding.measure]]\nevidence = [\"a\", \"b\"] # 一份\n"
        );
    }

    #[test]
    fn a_log_entry_lands_after_its_measure_not_at_the_end() {
        let text = "[[finding]]\nid = 1\n\n[[finding.measure]]\ntext = \"a\"\n\n# 第二项\n[[finding.measure]]\ntext = \"b\"\n";
        let out = edit(text, |m| m.push_log(&[("note", Value::from("n"))]));
        assert_eq!(out, "[[finding]]\nid = 1\n\n[[finding.measure]]\ntext = \"a\"\n\n[[finding.measure.log]]\nnote = \"n\"\n\n# 第二项\n[[finding.measure]]\ntext = \"b\"\n");
    }
}
