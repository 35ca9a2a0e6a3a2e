//! `rectify init [DIR]`: a new data folder, written through [`crate::edit::create_folder`]
//! (which never overwrites one). The generic example is a small commented report whose dates
//! are set relative to today, so it always shows one overdue measure; `--example reference`
//! writes the shipped reference notice, embedded in the binary so it works anywhere.

use std::path::PathBuf;

use chrono::Days;

use crate::cli::{Example, InitArgs};
use crate::commands::Context;
use crate::date::Date;
use crate::error::Result;

pub fn run(ctx: &Context, args: &InitArgs) -> Result<()> {
    let dir = args.dir.as_ref().unwrap_or(&ctx.data);
    let files = match args.example {
        // A record to fill: the report, and a findings folder holding no finding yet.
        _ if args.empty => {
            let mut files = generic(ctx.today);
            files.truncate(1);
            files.push((
                PathBuf::from("findings/.gitkeep"),
                // The folder's placeholder (git keeps no empty folder); the loader skips it.
                "# findings/*.toml\n".to_string(),
            ));
            files
        }
        Example::Generic => generic(ctx.today),
        Example::Reference => REFERENCE
            .iter()
            .map(|(path, text)| (PathBuf::from(path), text.to_string()))
            .collect(),
    };
    crate::edit::create_folder(dir, &files, ctx.today, &t!("init-refused-help"))?;
    let findings = if args.empty { 0 } else { files.len() - 1 };
    let shown = dir.display();
    let data_option = if args.dir.is_some() {
        format!(" --data {shown}")
    } else {
        String::new()
    };
    if args.empty {
        return crate::output::print(&format!(
            "{}\n{}\n",
            t!("init-created-empty", path = shown.to_string()),
            t!("init-next-empty", data = data_option.as_str())
        ));
    }
    crate::output::print(&format!(
        "{}\n{}\n",
        t!(
            "init-created",
            path = shown.to_string(),
            findings = findings
        ),
        t!("init-next", data = data_option)
    ))
}

/// The shipped reference data (义安区民政局党组巡察整改进展情况公告, 2020).
const REFERENCE: &[(&str, &str)] = &[
    ("rectify.toml", include_str!("../../data/rectify.toml")),
    (
        "findings/01.toml",
        include_str!("../../data/findings/01.toml"),
    ),
    (
        "findings/02.toml",
        include_str!("../../data/findings/02.toml"),
    ),
    (
        "findings/03.toml",
        include_str!("../../data/findings/03.toml"),
    ),
    (
        "findings/04.toml",
        include_str!("../../data/findings/04.toml"),
    ),
    (
        "findings/05.toml",
        include_str!("../../data/findings/05.toml"),
    ),
    (
        "findings/06.toml",
        include_str!("../../data/findings/06.toml"),
    ),
    (
        "findings/07.toml",
        include_str!("../../data/findings/07.toml"),
    ),
    (
        "findings/08.toml",
        include_str!("../../data/findings/08.toml"),
    ),
    (
        "findings/09.toml",
        include_str!("../../data/findings/09.toml"),
    ),
    (
        "findings/10.toml",
        include_str!("../../data/findings/10.toml"),
    ),
];

/// The generic example with its dates filled in relative to `today`: inspected half a year
/// ago, fed back three months ago, one measure past its deadline.
fn generic(today: Date) -> Vec<(PathBuf, String)> {
    let before = |days: u64| today.checked_sub_days(Days::new(days)).unwrap_or(today);
    let after = |days: u64| today.checked_add_days(Days::new(days)).unwrap_or(today);
    let dates = [
        ("{start}", before(180)),
        ("{end}", before(150)),
        ("{feedback}", before(90)),
        ("{today}", today),
        ("{done}", before(30)),
        ("{logged}", before(20)),
        ("{overdue}", before(10)),
        ("{soon}", after(30)),
        ("{later}", after(60)),
        ("{last}", after(90)),
    ];
    let fill = |template: &str| {
        let text = dates
            .iter()
            .fold(template.to_string(), |text, (key, date)| {
                text.replace(key, &date.to_string())
            });
        comments(&text)
    };
    vec![
        ("rectify.toml".into(), fill(GENERIC_REPORT)),
        ("findings/01.toml".into(), fill(GENERIC_FINDING_1)),
        ("findings/02.toml".into(), fill(GENERIC_FINDING_2)),
        ("findings/03.toml".into(), fill(GENERIC_FINDING_3)),
    ]
}

/// The template with each `{#key}` replaced by the catalog's comment `key`, in the interface
/// language, one `# ` line per line of it.
fn comments(template: &str) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(at) = rest.find("{#") {
        out.push_str(&rest[..at]);
        let after = &rest[at + 2..];
        let Some(end) = after.find('}') else {
            out.push_str(&rest[at..]);
            return out;
        };
        let text = crate::i18n::message(&after[..end], None);
        let lines: Vec<String> = text.lines().map(|l| format!("# {l}")).collect();
        out.push_str(&lines.join("\n"));
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    out
}

const GENERIC_REPORT: &str = r#"# rectify 数据：巡察整改进展情况（示例）
{#init-report-head}

{#init-report-title}
title = "中共某县某局党组关于巡察整改进展情况的通报"

{#init-report-inspection}
[inspection]
authority = "县委"
group = "县委第一巡察组"
unit = "县某局党组"
unit_full = "中共某县某局党组"
start = {start}
end = {end}
feedback = {feedback}

{#init-report-categories}
[[category]]
id = "policy"
title = "贯彻落实党的路线方针政策和上级决策部署方面"

[[category]]
id = "conduct"
title = "落实全面从严治党和作风建设方面"

{#init-report-sections}
[[section]]
title = "提高政治站位,把巡察整改抓紧抓实"

[[section.point]]
lead = "加强组织领导。"
text = "局党组成立巡察整改工作领导小组,党组书记任组长,研究制定整改方案,逐项明确责任领导、责任部门和整改时限。"

[[section]]
title = "对照反馈意见,逐项推进问题整改"
{#init-report-findings-here}
findings = true

[[section]]
title = "巩固整改成果,建立长效机制"
paragraphs = [
  "下一步,局党组将持续跟踪整改落实情况,对已完成的适时开展“回头看”,对未完成的紧盯不放、限期整改。",
]

[closing]
text = "欢迎广大干部群众对巡察整改落实情况进行监督。"
issuer = "中共某县某局党组"
date = {today}

[contact]
phone = "0000-0000000"
email = "example@example.org"
"#;

const GENERIC_FINDING_1: &str = r#"# 问题1 · 贯彻落实党的路线方针政策和上级决策部署方面
{#init-finding-head}
[[finding]]
id = 1
category = "policy"
title = "学习贯彻上级决策部署不够深入"

{#init-finding-statuses}
[[finding.measure]]
text = "完善党组理论学习中心组学习制度,制定年度学习计划。"
status = "in-progress"
owner = "党组书记"
department = "办公室"
deadline = {later}

[[finding.measure]]
text = "开展专题学习研讨,班子成员撰写心得体会。"
status = "done"
owner = "党组成员"
department = "办公室"
deadline = {soon}
done = {done}  {#init-finding-done}
evidence = ["学习研讨记录", "心得体会汇编"]
"#;

const GENERIC_FINDING_2: &str = r#"# 问题2 · 落实全面从严治党和作风建设方面
[[finding]]
id = 2
category = "conduct"
title = "“三重一大”决策制度执行不严格"

[[finding.measure]]
text = "修订“三重一大”事项集体决策制度,明确决策范围和程序。"
status = "partial"
owner = "党组书记"
department = "办公室"
deadline = {soon}

{#init-finding-log}
[[finding.measure.log]]
date = {logged}
from = "not-started"
status = "partial"
note = "制度修订稿已征求意见"

[[finding.measure]]
text = "对近两年决策事项开展自查,逐项登记、补齐程序。"
status = "in-progress"
owner = "分管领导"
department = "财务股"
deadline = {overdue}  {#init-finding-overdue}
"#;

const GENERIC_FINDING_3: &str = r#"# 问题3 · 落实全面从严治党和作风建设方面
[[finding]]
id = 3
category = "conduct"
title = "公务接待管理不规范"
description = "存在接待审批单填写不全、陪餐人数超标准等情况。"

[[finding.measure]]
text = "健全公务接待审批和清单制度,每月公开接待情况。"
status = "ongoing"
owner = "办公室主任"
department = "办公室"

[[finding.measure]]
text = "开展公务接待专项检查,对违规问题严肃处理。"
status = "not-started"
owner = "纪检组长"
department = "纪检组"
deadline = {last}
"#;
