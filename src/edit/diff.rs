//! A unified line diff, for `--dry-run`: what a write would change, in the form `git diff`
//! and `patch` read. `similar`'s Myers diff keeps a dry run of a large file fast (a table of
//! every line pair, as a plain longest-common-subsequence needs, would not be).

use similar::TextDiff;

const CONTEXT: usize = 3;

/// The unified diff from `before` (None: the file is new) to `after`, labelled with `path`.
/// Empty when nothing changed.
pub fn unified(path: &str, before: Option<&str>, after: &str) -> String {
    let old = before.unwrap_or("");
    if old == after && before.is_some() {
        return String::new();
    }
    let from = if before.is_some() {
        format!("a/{path}")
    } else {
        "/dev/null".to_string()
    };
    let to = format!("b/{path}");
    let diff = TextDiff::from_lines(old, after);
    diff.unified_diff()
        .context_radius(CONTEXT)
        .missing_newline_hint(true)
        .header(&from, &to)
        .to_string()
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

    #[test]
    fn a_missing_final_newline_is_marked() {
        let diff = unified("x.toml", Some("a\nb"), "a\nc");
        assert_eq!(
            diff,
            "--- a/x.toml\n+++ b/x.toml\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n"
        );
    }

    #[test]
    fn a_large_file_is_diffed_quickly() {
        // 50,000 lines: a table of every line pair would be 2.5·10⁹ cells.
        let before: String = (0..50_000).map(|i| format!("k{i} = {i}\n")).collect();
        let after = before.replacen("k25000 = 25000\n", "k25000 = 0\n", 1);
        let diff = unified("big.toml", Some(&before), &after);
        assert!(diff.contains("-k25000 = 25000\n+k25000 = 0\n"), "{diff}");
    }
}
