//! Generates a valid rectify data folder of any size, for benchmarks and the CI smoke test.
//!
//! ```text
//! cargo run --release --example gen -- --findings 10000 --measures-per 5 [--seed 1] OUT
//! cargo run --release --example gen -- --units 1000 --findings 30 OUT   # a root of units
//! ```
//!
//! With `--units N`, OUT is a root of N units (`unit-0001`, …, each a data folder of
//! `--findings` findings, its own stream of the seed), listed in a `rectify-root.toml` with
//! their display names (`单位0001`…).
//!
//! The texts are sentences of the shipped reference notice (`data/`, compiled in with
//! `include_str!`, so the generator works from a fresh clone and needs no files at run time),
//! recombined into findings and measures of the same length as the real ones. Every status
//! appears; measures carry owners, departments and deadlines (a few overdue as of
//! [`AS_OF`]), done dates in every accepted spelling, evidence, progress logs of a few entries
//! and comments. The same seed gives the same bytes.
//!
//! All dates lie between the shipped feedback date (2020-10-14) and [`AS_OF`], so the folder
//! passes `rectify check` on any later day; run it with `--today 2021-06-30` (or
//! `RECTIFY_TODAY=2021-06-30`) to see the intended share of overdue measures, since on a later
//! day every unfinished measure is overdue.

use std::fmt::Write as _;
use std::path::PathBuf;

use chrono::{Days, NaiveDate};
use clap::Parser;

/// The shipped data, compiled in.
const REPORT: &str = include_str!("../data/rectify.toml");
const FINDINGS: [&str; 10] = [
    include_str!("../data/findings/01.toml"),
    include_str!("../data/findings/02.toml"),
    include_str!("../data/findings/03.toml"),
    include_str!("../data/findings/04.toml"),
    include_str!("../data/findings/05.toml"),
    include_str!("../data/findings/06.toml"),
    include_str!("../data/findings/07.toml"),
    include_str!("../data/findings/08.toml"),
    include_str!("../data/findings/09.toml"),
    include_str!("../data/findings/10.toml"),
];

/// The day the generated records stand at: no done date or log entry is later.
const AS_OF: (i32, u32, u32) = (2021, 6, 30);
/// The shipped feedback date: every deadline, done date and log entry comes after it.
const FEEDBACK: (i32, u32, u32) = (2020, 10, 14);

const SURNAMES: &[&str] = &[
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭",
    "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹",
];
const GIVEN: &[&str] = &[
    "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明",
    "超", "秀英", "华", "建国", "晓东", "海燕", "志强", "立新", "春生", "玉兰", "国庆", "红梅",
];
const ROLES: &[&str] = &[
    "局长",
    "副局长",
    "党组书记",
    "党组成员",
    "主任",
    "科长",
    "站长",
    "院长",
];
const DEPARTMENTS: &[&str] = &[
    "办公室",
    "财务股",
    "社会救助股",
    "养老服务股",
    "社会事务股",
    "基层政权和社区建设股",
    "社会组织管理股",
    "机关党委",
    "区福利院",
    "区殡葬管理所",
    "区救助管理站",
    "柏山医院",
];
const UNITS: &[&str] = &[
    "顺安镇",
    "钟鸣镇",
    "天门镇",
    "胥坝乡",
    "西联乡",
    "东联镇",
    "五松镇",
    "新桥办事处",
];
const EVIDENCE: &[&str] = &[
    "党组会议纪要",
    "整改工作方案",
    "专题民主生活会材料",
    "培训签到表及照片",
    "制度汇编",
    "资金拨付凭证",
    "谈话记录",
    "自查报告",
];
const LOG_NOTES: &[&str] = &[
    "召开专题会议研究整改方案,明确责任人和时限。",
    "已完成初步自查,形成问题清单。",
    "相关制度已起草,正在征求意见。",
    "整改进度滞后,已督促责任股室加快推进。",
    "经局党组会议审议通过。",
    "已向区委巡察办报送阶段性整改情况。",
    "资料已归档,待“回头看”复核。",
];
const COMMENTS: &[&str] = &[
    "# 据整改台账核对",
    "# 责任人于2021年初调整",
    "# 佐证材料见局办公室档案",
    "# 区委巡察办督查时抽查了本项",
];

#[derive(Parser)]
#[command(about = "Write a valid rectify data folder of any size (deterministic for a seed)")]
struct Args {
    /// How many findings
    #[arg(long)]
    findings: u32,
    /// Measures per finding
    #[arg(long, default_value_t = 5)]
    measures_per: u32,
    /// Seed: the same seed writes the same bytes
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Write a root of this many units, each a data folder of --findings findings
    #[arg(long)]
    units: Option<u32>,
    /// End every finding's title with its number (（第12项）): the titles repeat otherwise,
    /// and an imported ledger puts the measures of one title under one finding (the import
    /// benchmark needs a ledger of distinct findings)
    #[arg(long)]
    numbered_titles: bool,
    /// The folder to create (must not exist, or be empty)
    out: PathBuf,
}

/// SplitMix64: tiny, fast and the same on every platform.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// True with probability `percent` / 100.
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

/// Texts taken from the shipped data.
struct Pool {
    categories: Vec<(String, String)>,
    titles: Vec<String>,
    /// Sentences (ending in 。) of the measures and the narrative sections.
    sentences: Vec<String>,
}

fn pool() -> Pool {
    let report: toml::Table = REPORT.parse().expect("the shipped rectify.toml parses");
    let categories = report["category"]
        .as_array()
        .expect("categories")
        .iter()
        .map(|c| {
            (
                c["id"].as_str().unwrap().to_string(),
                c["title"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let mut texts: Vec<String> = Vec::new();
    for section in report["section"].as_array().expect("sections") {
        for point in section
            .get("point")
            .and_then(|p| p.as_array())
            .into_iter()
            .flatten()
        {
            texts.push(point["text"].as_str().unwrap().to_string());
        }
        for paragraph in section
            .get("paragraphs")
            .and_then(|p| p.as_array())
            .into_iter()
            .flatten()
        {
            texts.push(paragraph.as_str().unwrap().to_string());
        }
    }
    let mut titles = Vec::new();
    for file in FINDINGS {
        let table: toml::Table = file.parse().expect("the shipped findings parse");
        for finding in table["finding"].as_array().unwrap() {
            titles.push(finding["title"].as_str().unwrap().to_string());
            for measure in finding["measure"].as_array().unwrap() {
                texts.push(measure["text"].as_str().unwrap().to_string());
            }
        }
    }
    let sentences = texts
        .iter()
        .flat_map(|t| t.split_inclusive('。'))
        .map(str::trim)
        .filter(|s| s.chars().count() >= 12)
        .map(|s| {
            if s.ends_with('。') {
                s.to_string()
            } else {
                format!("{s}。")
            }
        })
        .collect();
    Pool {
        categories,
        titles,
        sentences,
    }
}

fn day(ymd: (i32, u32, u32)) -> NaiveDate {
    NaiveDate::from_ymd_opt(ymd.0, ymd.1, ymd.2).expect("a real date")
}

/// A day `lo..=hi` days after `from`.
fn day_after(rng: &mut Rng, from: NaiveDate, lo: u64, hi: u64) -> NaiveDate {
    from + Days::new(lo + rng.next() % (hi - lo + 1))
}

/// A TOML basic string.
fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for ch in text.chars() {
        match ch {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn sentences(rng: &mut Rng, pool: &Pool, lo: usize, hi: usize) -> String {
    let n = lo + rng.below(hi - lo + 1);
    (0..n).map(|_| rng.pick(&pool.sentences).as_str()).collect()
}

fn person(rng: &mut Rng) -> String {
    format!("{}{}", rng.pick(SURNAMES), rng.pick(GIVEN))
}

/// The statuses in realistic shares: most measures done or upheld, a few not started.
fn status(rng: &mut Rng) -> &'static str {
    match rng.below(100) {
        0..=44 => "done",
        45..=54 => "partial",
        55..=76 => "in-progress",
        77..=91 => "ongoing",
        _ => "not-started",
    }
}

fn write_measure(
    out: &mut String,
    rng: &mut Rng,
    pool: &Pool,
    feedback: NaiveDate,
    as_of: NaiveDate,
) {
    let status = status(rng);
    let completed = matches!(status, "done" | "ongoing");
    out.push_str("\n[[finding.measure]]\n");
    let _ = writeln!(out, "text = {}", quoted(&sentences(rng, pool, 1, 3)));
    let _ = writeln!(out, "status = \"{status}\"");
    if rng.chance(85) {
        let _ = writeln!(out, "owner = \"{}{}\"", person(rng), rng.pick(ROLES));
    }
    if rng.chance(90) {
        let _ = writeln!(out, "department = \"{}\"", rng.pick(DEPARTMENTS));
    }
    // Unfinished work mostly has a deadline still ahead; about one in eight has slipped.
    let deadline = if completed || rng.chance(12) {
        day_after(rng, feedback, 30, (as_of - feedback).num_days() as u64 - 1)
    } else {
        day_after(rng, as_of, 1, 365)
    };
    if rng.chance(92) {
        let _ = writeln!(out, "deadline = {deadline}");
    }
    let done = day_after(rng, feedback, 20, (as_of - feedback).num_days() as u64);
    match status {
        "done" => match rng.below(20) {
            0 => out.push_str("done = \"unrecorded\"  # the record says it is done, not when\n"),
            1 => {
                let _ = writeln!(out, "done = \"{}\"", done.format("%Y-%m"));
            }
            2 => out.push_str("done = 2021  # only the year is on record\n"),
            _ => {
                let _ = writeln!(out, "done = {done}");
            }
        },
        "partial" if rng.chance(30) => {
            let _ = writeln!(out, "done = {done}");
        }
        _ => {}
    }
    if rng.chance(30) {
        let items: Vec<String> = (0..1 + rng.below(3))
            .map(|_| quoted(&format!("{}.pdf", rng.pick(EVIDENCE))))
            .collect();
        let _ = writeln!(out, "evidence = [{}]", items.join(", "));
    }
    if rng.chance(10) {
        let _ = writeln!(out, "{}", rng.pick(COMMENTS));
    }
    // A few progress log entries, oldest first, walking towards the current status.
    let entries = if status == "not-started" {
        rng.below(2)
    } else {
        rng.below(4)
    };
    let mut date = feedback;
    let steps = ["not-started", "in-progress", "partial", status];
    for (i, step) in steps.iter().take(entries).enumerate() {
        date = day_after(rng, date, 1, ((as_of - date).num_days() as u64 / 3).max(1));
        if date > as_of {
            break;
        }
        out.push_str("\n[[finding.measure.log]]\n");
        let _ = writeln!(out, "date = {date}");
        if i + 1 == entries && *step != status && status != "not-started" {
            let _ = writeln!(out, "from = \"{step}\"");
            let _ = writeln!(out, "status = \"{status}\"");
        }
        let _ = writeln!(out, "note = {}", quoted(rng.pick::<&str>(LOG_NOTES)));
    }
}

fn finding_file(id: u32, measures: u32, numbered: bool, rng: &mut Rng, pool: &Pool) -> String {
    let feedback = day(FEEDBACK);
    let as_of = day(AS_OF);
    let (category, category_title) = rng.pick(&pool.categories);
    let title = rng.pick(&pool.titles);
    let mut title = if rng.chance(60) {
        format!("{}{}", rng.pick(UNITS), title)
    } else {
        title.clone()
    };
    if numbered {
        title.push_str(&format!("（第{id}项）"));
    }
    let mut out = String::with_capacity(4096);
    let _ = writeln!(out, "# 问题{id} · {category_title}");
    out.push_str("[[finding]]\n");
    let _ = writeln!(out, "id = {id}");
    let _ = writeln!(out, "category = \"{category}\"");
    let _ = writeln!(out, "title = {}", quoted(&title));
    if rng.chance(40) {
        let _ = writeln!(out, "description = {}", quoted(&sentences(rng, pool, 1, 2)));
    }
    for _ in 0..measures {
        write_measure(&mut out, rng, pool, feedback, as_of);
    }
    out
}

fn main() -> anyhow::Result<()> {
    use anyhow::{bail, Context};
    let args = Args::parse();
    if args.findings == 0 || args.measures_per == 0 {
        bail!("--findings and --measures-per must be at least 1 (a finding needs a measure)");
    }
    let pool = pool();
    let out = args.out.display();
    if args.out.exists()
        && std::fs::read_dir(&args.out)
            .with_context(|| format!("cannot list `{out}`"))?
            .next()
            .is_some()
    {
        bail!("`{out}` exists and is not empty");
    }
    let Some(units) = args.units else {
        let bytes = write_record(
            &args.out,
            args.findings,
            args.measures_per,
            args.numbered_titles,
            args.seed,
            &pool,
        )?;
        eprintln!(
            "wrote {} findings × {} measures to {} ({:.1} MB)",
            args.findings,
            args.measures_per,
            args.out.display(),
            bytes as f64 / 1e6
        );
        return Ok(());
    };
    if units == 0 {
        bail!("--units must be at least 1");
    }
    std::fs::create_dir_all(&args.out).with_context(|| format!("cannot create `{out}`"))?;
    let width = units.to_string().len().max(4);
    let mut root = String::from(
        "# A generated root of units (examples/gen.rs)\nround = \"十四届区委第三轮巡察\"\nauthority = \"区委巡察办\"\n",
    );
    let mut bytes = 0;
    for unit in 1..=units {
        let dir = format!("unit-{unit:0width$}");
        let _ = write!(
            root,
            "\n[[unit]]\ndir = \"{dir}\"\nname = \"单位{unit:0width$}\"\n"
        );
        // Each unit its own stream: a unit's records do not depend on how many came before.
        let seed = args.seed.wrapping_mul(0x9E37_79B9) ^ (u64::from(unit) << 32);
        bytes += write_record(
            &args.out.join(&dir),
            args.findings,
            args.measures_per,
            args.numbered_titles,
            seed,
            &pool,
        )?;
    }
    std::fs::write(args.out.join("rectify-root.toml"), root)
        .with_context(|| format!("cannot write `{out}/rectify-root.toml`"))?;
    eprintln!(
        "wrote {units} units × {} findings × {} measures to {} ({:.1} MB)",
        args.findings,
        args.measures_per,
        args.out.display(),
        bytes as f64 / 1e6
    );
    Ok(())
}

/// Writes one data folder of `findings` findings at `out`; returns the bytes written.
fn write_record(
    out: &std::path::Path,
    findings: u32,
    measures_per: u32,
    numbered_titles: bool,
    seed: u64,
    pool: &Pool,
) -> anyhow::Result<usize> {
    use anyhow::Context;
    let dir = out.join("findings");
    let shown = out.display();
    std::fs::create_dir_all(&dir).with_context(|| format!("cannot create `{shown}/findings`"))?;
    std::fs::write(out.join("rectify.toml"), REPORT)
        .with_context(|| format!("cannot write `{shown}/rectify.toml`"))?;
    let width = findings.to_string().len().max(2);
    let mut bytes = REPORT.len();
    for id in 1..=findings {
        // One stream per finding: a finding's text does not depend on how many came before.
        let mut rng = Rng(seed.wrapping_mul(0x2545_F491_4F6C_DD1D) ^ u64::from(id));
        let text = finding_file(id, measures_per, numbered_titles, &mut rng, pool);
        bytes += text.len();
        let path = dir.join(format!("{id:0width$}.toml"));
        std::fs::write(&path, text)
            .with_context(|| format!("cannot write `{}`", path.display()))?;
    }
    Ok(bytes)
}
