//! Git's merge-conflict markers left in a data file: two clones changed the same lines, `git
//! merge` kept both versions between `<<<<<<<`, `=======` and `>>>>>>>` lines, and the file is
//! no longer TOML. Found before the file is parsed, so the clerk reads which lines to resolve
//! and how, instead of a TOML syntax error about a stray `<`.

use std::ops::Range;

/// One conflict block: the byte spans of its marker lines (without the line break) and the
/// 1-based line numbers of its first and last line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict {
    /// The `<<<<<<< ours` line.
    pub start: Range<usize>,
    /// The `=======` line between the two versions.
    pub separator: Range<usize>,
    /// The `>>>>>>> theirs` line; `None` when the file ends inside the block.
    pub end: Option<Range<usize>>,
    pub first_line: usize,
    pub last_line: usize,
}

/// Every complete conflict block in `text` (a `<<<<<<<` line followed by a `=======` line;
/// the closing `>>>>>>>` may be missing). A lone marker-like line is left to the TOML parser,
/// so a multi-line string that happens to hold `=======` is not taken for a conflict.
pub fn find(text: &str) -> Vec<Conflict> {
    // Cheap test first: most files hold no marker at all.
    if !text.contains("<<<<<<<") {
        return Vec::new();
    }
    let mut conflicts = Vec::new();
    let mut open: Option<(Range<usize>, usize, Option<Range<usize>>)> = None;
    let mut at = 0;
    let mut line_number = 0;
    let mut last_line = 0;
    for line in text.split_inclusive('\n') {
        line_number += 1;
        let content = line.trim_end_matches(['\n', '\r']);
        let span = at..at + content.len();
        at += line.len();
        last_line = line_number;
        if is_marker(content, '<') {
            // A second start before an end: the first block was never closed.
            if let Some((start, first, Some(separator))) = open.take() {
                conflicts.push(Conflict {
                    start,
                    separator,
                    end: None,
                    first_line: first,
                    last_line: line_number - 1,
                });
            }
            open = Some((span, line_number, None));
        } else if content == "=======" {
            if let Some((_, _, separator @ None)) = &mut open {
                *separator = Some(span);
            }
        } else if is_marker(content, '>') {
            if let Some((start, first, Some(separator))) = open.take() {
                conflicts.push(Conflict {
                    start,
                    separator,
                    end: Some(span),
                    first_line: first,
                    last_line: line_number,
                });
            }
        }
    }
    if let Some((start, first, Some(separator))) = open {
        conflicts.push(Conflict {
            start,
            separator,
            end: None,
            first_line: first,
            last_line,
        });
    }
    conflicts
}

/// `<<<<<<<` or `>>>>>>>` alone or followed by a space and a label (`HEAD`, a branch, a
/// commit), as git writes them.
fn is_marker(line: &str, c: char) -> bool {
    let marker: String = std::iter::repeat_n(c, 7).collect();
    line.strip_prefix(marker.as_str())
        .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_block_from_git_merge_is_found_with_its_lines() {
        let text = "a = 1\n<<<<<<< HEAD\nstatus = \"done\"\n=======\nstatus = \"partial\"\n>>>>>>> other\nb = 2\n";
        let found = find(text);
        assert_eq!(found.len(), 1);
        let c = &found[0];
        assert_eq!((c.first_line, c.last_line), (2, 6));
        assert_eq!(&text[c.start.clone()], "<<<<<<< HEAD");
        assert_eq!(&text[c.separator.clone()], "=======");
        assert_eq!(&text[c.end.clone().unwrap()], ">>>>>>> other");
    }

    #[test]
    fn diff3_blocks_crlf_and_unclosed_blocks() {
        let text = "<<<<<<< ours\r\nx = 1\r\n||||||| base\r\nx = 0\r\n=======\r\nx = 2\r\n>>>>>>> theirs\r\n<<<<<<< HEAD\r\ny = 1\r\n=======\r\n";
        let found = find(text);
        assert_eq!(found.len(), 2);
        assert_eq!((found[0].first_line, found[0].last_line), (1, 7));
        assert_eq!((found[1].first_line, found[1].last_line), (8, 10));
        assert!(found[1].end.is_none());
    }

    #[test]
    fn marker_like_text_that_is_not_a_block_is_left_alone() {
        assert!(find("text = \"\"\"\n=======\n\"\"\"\n").is_empty());
        assert!(find("text = \"<<<<<<< HEAD\"\n").is_empty());
        assert!(find("<<<<<<<< eight\n=======\n>>>>>>> x\n").is_empty());
    }
}
