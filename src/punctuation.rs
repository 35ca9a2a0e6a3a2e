//! Chinese punctuation as GB/T 15834-2011 sets it: full-width marks in Chinese text
//! (，；：！？（）) and quotes nested as “…‘…’…”. The exports of a Chinese notice and ledger
//! print texts through [`typeset`] (unless `[notice] punctuation = "as-written"`), `check`
//! points at the half-width marks ([`half_width_marks`]) and `rectify fix-punctuation` writes
//! them full-width into the data.
//!
//! Hand-written rather than the `autocorrect` crate: autocorrect also puts spaces between
//! Chinese and Latin letters or digits (2020 年), which 公文 do not, pulls in a parser
//! generator and regex tables, and has no rule for nesting quotes. The rule here is small:
//! a half-width mark is Chinese when a Chinese character stands right before or after it;
//! so 1,000, 8:30, http://, (a) and English sentences keep theirs. Parentheses go in pairs:
//! both become full-width when either side or the inside touches Chinese.

use std::borrow::Cow;

/// Whether `c` is Chinese text for punctuation purposes: CJK ideographs, CJK and full-width
/// punctuation, and the curly quotes Chinese text uses.
pub fn is_chinese(c: char) -> bool {
    matches!(c,
        '\u{3400}'..='\u{4dbf}'
        | '\u{4e00}'..='\u{9fff}'
        | '\u{f900}'..='\u{faff}'
        | '\u{20000}'..='\u{3134f}'
        | '\u{3000}'..='\u{303f}'
        | '\u{ff01}'..='\u{ff60}'
        | '\u{2018}'..='\u{201d}'
        | '\u{2014}' | '\u{2026}')
}

/// The full-width form of a half-width mark this module converts.
fn full_width(c: char) -> Option<char> {
    Some(match c {
        ',' => '，',
        ';' => '；',
        ':' => '：',
        '!' => '！',
        '?' => '？',
        '(' => '（',
        ')' => '）',
        _ => return None,
    })
}

/// The byte offsets of the half-width marks in `text` that stand in Chinese context, with
/// the mark: what [`typeset`] changes (besides quotes).
pub fn half_width_marks(text: &str) -> Vec<(usize, char)> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let chinese_at = |i: usize| chars.get(i).is_some_and(|&(_, c)| is_chinese(c));
    let touches = |i: usize| (i > 0 && chinese_at(i - 1)) || chinese_at(i + 1);
    let mut marks = Vec::new();
    // Open parentheses waiting for their pair: (index, whether the pair is Chinese so far).
    let mut open: Vec<(usize, bool)> = Vec::new();
    for (i, &(at, c)) in chars.iter().enumerate() {
        match c {
            '(' => open.push((i, touches(i))),
            ')' => {
                if let Some((start, chinese)) = open.pop() {
                    let inside = chars[start + 1..i].iter().any(|&(_, c)| is_chinese(c));
                    if chinese || inside || touches(i) {
                        marks.push((chars[start].0, '('));
                        marks.push((at, ')'));
                    }
                } else if touches(i) {
                    marks.push((at, ')'));
                }
            }
            ',' | ';' | ':' | '!' | '?' if touches(i) => {
                // 1,000 and 8:30 inside Chinese text stay as they are.
                let digit = |j: usize| chars.get(j).is_some_and(|&(_, c)| c.is_ascii_digit());
                if !(i > 0 && digit(i - 1) && digit(i + 1)) {
                    marks.push((at, c));
                }
            }
            _ => {}
        }
    }
    for (start, chinese) in open {
        if chinese {
            marks.push((chars[start].0, '('));
        }
    }
    marks.sort_unstable();
    marks
}

/// Quotes nested as GB/T 15834 wants: a “ inside “…” becomes ‘ and its ” becomes ’
/// (“落实“三重一大”决策” → “落实‘三重一大’决策”). Unbalanced quotes are left as they are.
pub fn nest_quotes(text: &str) -> Cow<'_, str> {
    if !text.contains('“') {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '“' => {
                depth += 1;
                out.push(if depth.is_multiple_of(2) {
                    '‘'
                } else {
                    '“'
                });
            }
            '”' if depth > 0 => {
                out.push(if depth.is_multiple_of(2) {
                    '’'
                } else {
                    '”'
                });
                depth -= 1;
            }
            _ => out.push(c),
        }
    }
    if out == text {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(out)
    }
}

/// Half-width marks in Chinese context made full-width, and quotes nested.
pub fn typeset(text: &str) -> Cow<'_, str> {
    let marks = half_width_marks(text);
    let fixed: Cow<'_, str> = if marks.is_empty() {
        Cow::Borrowed(text)
    } else {
        let mut out = String::with_capacity(text.len() + marks.len() * 2);
        let mut next = marks.iter().peekable();
        for (at, c) in text.char_indices() {
            if next.peek().is_some_and(|&&(m, _)| m == at) {
                next.next();
                out.push(full_width(c).unwrap_or(c));
            } else {
                out.push(c);
            }
        }
        Cow::Owned(out)
    };
    match nest_quotes(&fixed) {
        Cow::Borrowed(_) => fixed,
        Cow::Owned(s) => Cow::Owned(s),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_in_chinese_context_become_full_width() {
        assert_eq!(
            typeset("根据区委巡察工作统一部署,2020年6月15日至8月28日,区委第三巡察组"),
            "根据区委巡察工作统一部署，2020年6月15日至8月28日，区委第三巡察组"
        );
        assert_eq!(typeset("巩固整改成果;对未整改"), "巩固整改成果；对未整改");
        assert_eq!(typeset("电话:0562-8827803"), "电话：0562-8827803");
        assert_eq!(typeset("措施(2020年)已完成"), "措施（2020年）已完成");
        assert_eq!(typeset("第(1)项"), "第（1）项");
        assert_eq!(typeset("问题(1)"), "问题（1）");
        assert_eq!(typeset("是否完成?是!"), "是否完成？是！");
    }

    #[test]
    fn latin_and_numbers_keep_theirs() {
        for text in [
            "1,000",
            "共1,000元",
            "8:30开会",
            "http://www.example.cn",
            "tlsyaqmzj@126.com",
            "Hello, world (a)",
            "(1)",
        ] {
            assert_eq!(typeset(text), text);
        }
    }

    #[test]
    fn nested_quotes_become_single() {
        assert_eq!(
            typeset("针对“落实“三重一大”决策制度不严格”的问题。"),
            "针对“落实‘三重一大’决策制度不严格”的问题。"
        );
        assert_eq!(typeset("“谁主管、谁负责”的原则"), "“谁主管、谁负责”的原则");
        assert_eq!(typeset("“一“二“三”二”一”"), "“一‘二“三”二’一”");
        assert_eq!(typeset("多余的”引号"), "多余的”引号");
    }

    #[test]
    fn marks_are_found_where_typeset_changes_them() {
        assert_eq!(half_width_marks("部署,2020"), [(6, ',')]);
        assert!(half_width_marks("已全部完成。").is_empty());
    }
}
