//! The text of every file read, so diagnostics can quote the offending line.

use std::ops::Range;
use std::path::{Path, PathBuf};

/// Index of a file in [`Sources`].
pub type FileId = usize;

/// Where a record or value was written: the file and the byte range in it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Origin {
    pub file: FileId,
    pub span: Range<usize>,
}

/// One file's path (as the user should see it) and its text.
#[derive(Debug, Clone)]
pub struct SourceFile {
    pub path: PathBuf,
    pub text: String,
    /// Where each line starts, built the first time a message needs it: placing thousands
    /// of messages in one file then costs one pass over it, not one per message.
    lines: std::sync::OnceLock<Vec<usize>>,
}

impl SourceFile {
    pub fn new(path: PathBuf, text: String) -> SourceFile {
        SourceFile {
            path,
            text,
            lines: std::sync::OnceLock::new(),
        }
    }

    fn line_starts(&self) -> &[usize] {
        self.lines.get_or_init(|| {
            std::iter::once(0)
                .chain(self.text.match_indices('\n').map(|(i, _)| i + 1))
                .collect()
        })
    }

    /// The 0-based line holding byte `offset`, and the byte range of that line (without its
    /// line end).
    pub fn line_of(&self, offset: usize) -> (usize, Range<usize>) {
        let offset = floor_char_boundary(&self.text, offset.min(self.text.len()));
        let starts = self.line_starts();
        let line = starts.partition_point(|&s| s <= offset) - 1;
        let start = starts[line];
        let end = starts
            .get(line + 1)
            .map_or(self.text.len(), |&next| next - 1);
        (line, start..end.max(start))
    }

    /// [`line_col`] through the line index.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = floor_char_boundary(&self.text, offset.min(self.text.len()));
        let (line, range) = self.line_of(offset);
        (line + 1, self.text[range.start..offset].chars().count() + 1)
    }
}

/// Every file read during one load, addressed by [`FileId`].
#[derive(Debug, Clone, Default)]
pub struct Sources {
    files: Vec<SourceFile>,
}

impl Sources {
    pub fn add(&mut self, path: PathBuf, text: String) -> FileId {
        self.files.push(SourceFile::new(path, text));
        self.files.len() - 1
    }

    pub fn len(&self) -> usize {
        self.files.len()
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    pub fn get(&self, id: FileId) -> &SourceFile {
        &self.files[id]
    }

    pub fn path(&self, id: FileId) -> &Path {
        &self.files[id].path
    }

    pub fn iter(&self) -> impl Iterator<Item = (FileId, &SourceFile)> {
        self.files.iter().enumerate()
    }

    /// The files, in id order, for a reload that reuses their texts.
    pub fn into_files(self) -> Vec<SourceFile> {
        self.files
    }
}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = floor_char_boundary(text, offset.min(text.len()));
    let before = &text[..offset];
    let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = before[line_start..].chars().count() + 1;
    (line, col)
}

/// The span clipped to the text, on char boundaries, and to its first line, so a caret
/// marks one line even when a record spans many; and to [`MAX_MARKED_BYTES`], so the
/// renderer trims a huge line (a 10 MB string) instead of printing all of it.
pub fn first_line(text: &str, span: &Range<usize>) -> Range<usize> {
    let start = floor_char_boundary(text, span.start.min(text.len()));
    let end = floor_char_boundary(text, span.end.min(text.len())).max(start);
    let end = floor_char_boundary(text, end.min(start.saturating_add(MAX_MARKED_BYTES)));
    let end = text[start..end].find('\n').map_or(end, |i| start + i);
    start..end
}

/// The longest stretch a caret line underlines.
pub const MAX_MARKED_BYTES: usize = 240;

fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// A value from the data as a message quotes it: cut after [`QUOTE_CHARS`] characters, so a
/// mistaken 10 MB string does not make a 10 MB message.
pub fn shorten(text: &str) -> std::borrow::Cow<'_, str> {
    match text.char_indices().nth(QUOTE_CHARS) {
        None => text.into(),
        Some((cut, _)) => format!(
            "{}…{}",
            &text[..cut],
            crate::t!("diag-shortened", count = text.chars().count())
        )
        .into(),
    }
}

/// How many characters of a value a message quotes.
pub const QUOTE_CHARS: usize = 60;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_count_characters() {
        let text = "a = 1\ntitle = \"巡察\"x\n";
        let at = text.find('x').unwrap();
        assert_eq!(line_col(text, at), (2, 13));
        assert_eq!(line_col(text, 0), (1, 1));
    }

    #[test]
    fn first_line_stops_at_newline() {
        let text = "[[finding]]\nid = 1\n";
        assert_eq!(first_line(text, &(0..text.len())), 0..11);
        assert_eq!(first_line(text, &(100..200)), text.len()..text.len());
        let long = format!("s = \"{}\"", "坏".repeat(1000));
        let marked = first_line(&long, &(4..long.len()));
        assert!(marked.len() <= MAX_MARKED_BYTES && long.is_char_boundary(marked.end));
    }
}
