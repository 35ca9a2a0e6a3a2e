//! A unified line diff, for `--dry-run`: what a write would change, in the form `git diff`
//! and `patch` read. Data files are small, so a plain longest-common-subsequence is enough.

use std::fmt::Write as _;

const CONTEXT: usize = 3;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Op {
    Same(usize, usize),
    Removed(usize),
    Added(usize),
}

/// The unified diff from `before` (None: the file is new) to `after`, labelled with `path`.
/// Empty when nothing changed.
pub fn unified(path: &str, before: Option<&str>, after: &str) -> String {
    let old: Vec<&str> = before.unwrap_or("").split_inclusive('\n').collect();
    let new: Vec<&str> = after.split_inclusive('\n').collect();
    let ops = line_ops(&old, &new);
    if ops.iter().all(|op| matches!(op, Op::Same(..))) {
        return String::new();
    }
    let mut out = String::new();
    let from = if before.is_some() {
        format!("a/{path}")
    } else {
        "/dev/null".to_string()
    };
    let _ = writeln!(out, "--- {from}\n+++ b/{path}");
    for hunk in hunks(&ops) {
        let ops = &ops[hunk.clone()];
        let (mut old_start, mut new_start) = (None, None);
        let (mut old_len, mut new_len) = (0, 0);
        for op in ops {
            match *op {
                Op::Same(i, j) => {
                    old_start.get_or_insert(i);
                    new_start.get_or_insert(j);
                    old_len += 1;
                    new_len += 1;
                }
                Op::Removed(i) => {
                    old_start.get_or_insert(i);
                    old_len += 1;
                }
                Op::Added(j) => {
                    new_start.get_or_insert(j);
                    new_len += 1;
                }
            }
        }
        // A side with no lines at all (a new or emptied file) is numbered 0, as diff(1) does;
        // any other hunk has context lines on both sides.
        let old_start = old_start.map_or(0, |i| i + 1);
        let new_start = new_start.map_or(0, |j| j + 1);
        let _ = writeln!(
            out,
            "@@ -{} +{} @@",
            range(old_start, old_len),
            range(new_start, new_len)
        );
        for op in ops {
            let (mark, line) = match *op {
                Op::Same(i, _) => (' ', old[i]),
                Op::Removed(i) => ('-', old[i]),
                Op::Added(j) => ('+', new[j]),
            };
            out.push(mark);
            out.push_str(line);
            if !line.ends_with('\n') {
                out.push_str("\n\\ No newline at end of file\n");
            }
        }
    }
    out
}

fn range(start: usize, len: usize) -> String {
    if len == 1 {
        start.to_string()
    } else {
        format!("{start},{len}")
    }
}

/// Ranges of `ops` to print: each change with up to CONTEXT unchanged lines around it, close
/// changes merged into one hunk.
fn hunks(ops: &[Op]) -> Vec<std::ops::Range<usize>> {
    let mut out: Vec<std::ops::Range<usize>> = Vec::new();
    for (k, op) in ops.iter().enumerate() {
        if matches!(op, Op::Same(..)) {
            continue;
        }
        let start = k.saturating_sub(CONTEXT);
        let end = (k + 1 + CONTEXT).min(ops.len());
        match out.last_mut() {
            Some(last) if start <= last.end => last.end = end,
            _ => out.push(start..end),
        }
    }
    out
}

fn line_ops(old: &[&str], new: &[&str]) -> Vec<Op> {
    let prefix = old.iter().zip(new).take_while(|(a, b)| a == b).count();
    let suffix = old[prefix..]
        .iter()
        .rev()
        .zip(new[prefix..].iter().rev())
        .take_while(|(a, b)| a == b)
        .count();
    let a = &old[prefix..old.len() - suffix];
    let b = &new[prefix..new.len() - suffix];
    // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..].
    let mut lcs = vec![vec![0u32; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i][j] = if a[i] == b[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let mut ops: Vec<Op> = (0..prefix).map(|i| Op::Same(i, i)).collect();
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            ops.push(Op::Same(prefix + i, prefix + j));
            i += 1;
            j += 1;
        } else if i < a.len() && (j == b.len() || lcs[i + 1][j] >= lcs[i][j + 1]) {
            // Removals before additions, as diff(1) prints a replaced line.
            ops.push(Op::Removed(prefix + i));
            i += 1;
        } else {
            ops.push(Op::Added(prefix + j));
            j += 1;
        }
    }
    let (old_tail, new_tail) = (old.len() - suffix, new.len() - suffix);
    ops.extend((0..suffix).map(|k| Op::Same(old_tail + k, new_tail + k)));
    ops
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_changed_line_and_an_added_block() {
        let before = "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\n";
        let after = "a\nB\nc\nd\ne\nf\ng\nh\ni\nj\nk\n";
        assert_eq!(
            unified("x.toml", Some(before), after),
            "--- a/x.toml\n+++ b/x.toml\n@@ -1,5 +1,5 @@\n a\n-b\n+B\n c\n d\n e\n@@ -8,3 +8,4 @@\n h\n i\n j\n+k\n"
        );
    }

    #[test]
    fn a_new_file_and_no_change() {
        assert_eq!(
            unified("n.toml", None, "x\n"),
            "--- /dev/null\n+++ b/n.toml\n@@ -0,0 +1 @@\n+x\n"
        );
        assert_eq!(unified("n.toml", Some("x\n"), "x\n"), "");
    }
}
