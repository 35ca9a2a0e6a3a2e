//! Chinese numerals and ordinals as official documents write them (一、 （十二） 十一是), and
//! the small number formats the notice settings use (`{cn}、`, `（{n}）`, `{cn}是`).
//!
//! Hand-written rather than a crate: the rules are few (十 for 10–19, 零 for a gap, 万/亿
//! groups) and the tests pin them.

/// The digits 0–9.
const DIGITS: [char; 10] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/// A number in Chinese numerals: 1 一, 10 十, 11 十一, 20 二十, 99 九十九, 100 一百,
/// 101 一百零一, 110 一百一十, 1000 一千, 10000 一万, 100000 十万.
pub fn numeral(n: u64) -> String {
    if n == 0 {
        return "零".to_string();
    }
    // Groups of four digits, lowest first: 个, 万, 亿, 万亿.
    const GROUPS: [&str; 4] = ["", "万", "亿", "万亿"];
    let mut groups = Vec::new();
    let mut rest = n;
    while rest > 0 {
        groups.push((rest % 10_000) as u32);
        rest /= 10_000;
    }
    let mut out = String::new();
    let mut need_zero = false;
    for (i, &group) in groups.iter().enumerate().rev() {
        if group == 0 {
            need_zero = !out.is_empty();
            continue;
        }
        // A lower group under 1000 after a higher one reads with 零: 一万零五.
        if !out.is_empty() && (need_zero || group < 1000) {
            out.push('零');
        }
        out.push_str(&group_numeral(group));
        out.push_str(GROUPS.get(i).copied().unwrap_or(""));
        need_zero = false;
    }
    // 一十 is 十 at the very start: 十, 十五, 十万 (but 一百一十 inside).
    if let Some(stripped) = out.strip_prefix("一十") {
        out = format!("十{stripped}");
    }
    out
}

/// 1–9999 without the leading 零 rule across groups.
fn group_numeral(n: u32) -> String {
    const UNITS: [&str; 4] = ["千", "百", "十", ""];
    let digits = [n / 1000, n / 100 % 10, n / 10 % 10, n % 10];
    let mut out = String::new();
    let mut zero_pending = false;
    for (d, unit) in digits.iter().zip(UNITS) {
        if *d == 0 {
            zero_pending = !out.is_empty();
            continue;
        }
        if zero_pending {
            out.push('零');
            zero_pending = false;
        }
        out.push(DIGITS[*d as usize]);
        out.push_str(unit);
    }
    out
}

/// The ordinal used for points and measures: 一是, 十一是.
pub fn ordinal(n: u64) -> String {
    format!("{}是", numeral(n))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_numbers() {
        let expected = [
            "零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二",
        ];
        for (n, e) in expected.iter().enumerate() {
            assert_eq!(numeral(n as u64), *e);
        }
    }

    #[test]
    fn tens_and_hundreds() {
        assert_eq!(numeral(19), "十九");
        assert_eq!(numeral(20), "二十");
        assert_eq!(numeral(21), "二十一");
        assert_eq!(numeral(30), "三十");
        assert_eq!(numeral(99), "九十九");
        assert_eq!(numeral(100), "一百");
        assert_eq!(numeral(101), "一百零一");
        assert_eq!(numeral(110), "一百一十");
        assert_eq!(numeral(111), "一百一十一");
        assert_eq!(numeral(999), "九百九十九");
        assert_eq!(numeral(1000), "一千");
        assert_eq!(numeral(1001), "一千零一");
        assert_eq!(numeral(1010), "一千零一十");
        assert_eq!(numeral(1100), "一千一百");
        assert_eq!(numeral(2024), "二千零二十四");
    }

    #[test]
    fn ten_thousands_and_beyond() {
        assert_eq!(numeral(10_000), "一万");
        assert_eq!(numeral(10_005), "一万零五");
        assert_eq!(numeral(10_050), "一万零五十");
        assert_eq!(numeral(15_000), "一万五千");
        assert_eq!(numeral(100_000), "十万");
        assert_eq!(numeral(110_000), "十一万");
        assert_eq!(numeral(1_000_000), "一百万");
        assert_eq!(numeral(1_100_000), "一百一十万");
        assert_eq!(numeral(100_000_001), "一亿零一");
        assert_eq!(numeral(100_010_000), "一亿零一万");
    }

    #[test]
    fn every_number_up_to_9999_reads_back() {
        // An independent reading of the numeral, so the writer is checked, not restated.
        fn value(s: &str) -> u64 {
            let mut total = 0;
            let mut digit = 0;
            let mut seen_any = false;
            for c in s.chars() {
                match c {
                    '零' => digit = 0,
                    '十' | '百' | '千' => {
                        let unit = match c {
                            '十' => 10,
                            '百' => 100,
                            _ => 1000,
                        };
                        total += if digit == 0 && !seen_any { 1 } else { digit } * unit;
                        digit = 0;
                    }
                    d => digit = DIGITS.iter().position(|x| *x == d).unwrap() as u64,
                }
                seen_any = true;
            }
            total + digit
        }
        for n in 1..=9999 {
            let s = numeral(n);
            assert_eq!(value(&s), n, "{n} → {s}");
            assert!(!s.ends_with('零'), "{n} → {s}");
            assert!(!s.contains("零零"), "{n} → {s}");
        }
    }

    #[test]
    fn ordinals() {
        assert_eq!(ordinal(1), "一是");
        assert_eq!(ordinal(11), "十一是");
    }
}
