//! The daily work of a rectification office (issue 16): dated progress, deadline extensions
//! (延期), sign-off (销号), edit and remove without renumbering, an empty start, finding the
//! data folder, one vocabulary for dates and statuses, and the list a clerk needs.

use crate::common::{rectify_zh as rectify, stderr_failing, stdout, DataDir};

/// `rectify --data DATA ARGS…` in the Chinese interface, the one offices use.
fn run(data: &DataDir, args: &[&str]) -> assert_cmd::assert::Assert {
    rectify().arg("--data").arg(data.path()).args(args).assert()
}

/// `text` with `old` replaced once by `new`: every write below is checked byte for byte.
fn replaced(text: &str, old: &str, new: &str) -> String {
    assert!(text.contains(old), "`{old}` not in\n{text}");
    text.replacen(old, new, 1)
}

const M42: &str = "形成“一岗双责”的工作格局。\"\nstatus = \"ongoing\"\n";
const M43: &str = "全面落实党风廉政建设主体责任。\"\nstatus = \"ongoing\"\n";

#[test]
fn progress_is_dated_as_asked_and_kept_in_date_order() {
    let data = DataDir::shipped();
    let before = data.read("findings/04.toml");
    stdout(run(
        &data,
        &[
            "update",
            "4.2",
            "--status",
            "done",
            "--date",
            "2020-11-20",
            "--note",
            "已完成",
        ],
    ));
    let after = data.read("findings/04.toml");
    assert_eq!(
        after,
        replaced(
            &before,
            M42,
            "形成“一岗双责”的工作格局。\"\nstatus = \"done\"\ndone = 2020-11-20\n\n[[finding.measure.log]]\ndate = 2020-11-20\nfrom = \"ongoing\"\nstatus = \"done\"\nnote = \"已完成\"\n"
        )
    );
    // A note entered later but dated earlier goes before the later entry.
    stdout(run(
        &data,
        &[
            "update",
            "4.2",
            "--note",
            "印发通知",
            "--date",
            "2020年11月1日",
        ],
    ));
    let after = data.read("findings/04.toml");
    let first = after.find("印发通知").unwrap();
    let second = after.find("note = \"已完成\"").unwrap();
    assert!(first < second, "{after}");
    let shown = stdout(run(&data, &["show", "4.2"]));
    assert!(shown.contains("2020-11-01 已完成 印发通知"), "{shown}");
    assert!(stdout(run(&data, &["check"])).contains("检查通过"));
    // A day in the future is refused, changing nothing.
    let now = data.snapshot();
    stderr_failing(run(
        &data,
        &["update", "4.2", "--note", "x", "--date", "2021-03-02"],
    ));
    assert_eq!(now, data.snapshot());
}

#[test]
fn an_extension_keeps_the_original_deadline_and_logs_why() {
    let data = DataDir::shipped();
    stdout(run(&data, &["update", "4.3", "--deadline", "2020-12-31"]));
    let before = data.read("findings/04.toml");
    // The deadline has passed (today is 2021-03-01): moving it is an extension.
    let out = stdout(run(
        &data,
        &[
            "update",
            "4.3",
            "--deadline",
            "2021-03-31",
            "--reason",
            "资金未到位",
        ],
    ));
    assert!(out.contains("延期：2020-12-31 → 2021-03-31"), "{out}");
    assert_eq!(
        data.read("findings/04.toml"),
        replaced(
            &before,
            "deadline = 2020-12-31\n",
            "deadline = 2021-03-31\ndeadline_original = 2020-12-31\n\n[[finding.measure.log]]\ndate = 2021-03-01\ndeadline = 2021-03-31\nreason = \"资金未到位\"\n"
        )
    );
    let shown = stdout(run(&data, &["show", "4.3"]));
    assert!(
        shown.contains("整改时限：2021-03-31（延期，原定 2020-12-31）"),
        "{shown}"
    );
    assert!(
        shown.contains("2021-03-01 延期至 2021-03-31：资金未到位"),
        "{shown}"
    );
    let list = stdout(run(&data, &["list", "--measures", "--finding", "4"]));
    assert!(
        list.contains("2021-03-31（延期，原定2020-12-31）"),
        "{list}"
    );
    assert!(list.contains("延期 1 条"), "{list}");
    // A second extension keeps the first original.
    stdout(run(
        &data,
        &[
            "update",
            "4.3",
            "--deadline",
            "2021-06-30",
            "--reason",
            "再次延期",
        ],
    ));
    let text = data.read("findings/04.toml");
    assert!(
        text.contains("deadline = 2021-06-30\ndeadline_original = 2020-12-31\n"),
        "{text}"
    );
    assert!(stdout(run(&data, &["check"])).contains("检查通过"));
    // check validates it: an original later than the deadline is an error.
    data.write(
        "findings/04.toml",
        &text.replace(
            "deadline_original = 2020-12-31",
            "deadline_original = 2021-12-31",
        ),
    );
    let err = stderr_failing(run(&data, &["check"]));
    assert!(err.contains("不晚于原定整改时限 2021-12-31"), "{err}");
}

#[test]
fn a_measure_done_after_its_deadline_is_done_late() {
    let data = DataDir::shipped();
    stdout(run(&data, &["update", "4.3", "--deadline", "2020-11-30"]));
    stdout(run(
        &data,
        &["update", "4.3", "--status", "done", "--done", "2020/12/10"],
    ));
    let list = stdout(run(&data, &["list", "--measures", "--finding", "4"]));
    assert!(list.contains("逾期完成"), "{list}");
    assert!(list.contains("逾期完成 1 条"), "{list}");
    assert!(stdout(run(&data, &["show", "4.3"])).contains("措施 4.3 · 已完成（逾期完成）"));
}

#[test]
fn close_signs_off_a_finding_and_reopen_withdraws_it() {
    let data = DataDir::shipped();
    let before = data.read("findings/01.toml");
    let out = stdout(run(
        &data,
        &[
            "close",
            "1",
            "--by",
            "局党组书记",
            "--opinion",
            "同意销号",
            "--evidence",
            "整改报告",
        ],
    ));
    assert!(out.contains("问题 1 已销号"), "{out}");
    assert_eq!(
        data.read("findings/01.toml"),
        replaced(
            &before,
            "title = \"针对主题教育开展不认真\"\n",
            "title = \"针对主题教育开展不认真\"\nsignoff = { date = 2021-03-01, by = \"局党组书记\", opinion = \"同意销号\", evidence = [\"整改报告\"] }\n"
        )
    );
    let list = stdout(run(&data, &["list"]));
    assert!(list.contains("已销号"), "{list}");
    assert!(list.contains("已销号 1 个问题"), "{list}");
    let shown = stdout(run(&data, &["show", "1"]));
    assert!(
        shown.contains("已销号：2021-03-01 局党组书记，同意销号"),
        "{shown}"
    );
    assert!(stdout(run(&data, &["check"])).contains("检查通过"));
    // Twice is refused.
    let err = stderr_failing(run(
        &data,
        &[
            "close",
            "1",
            "--by",
            "x",
            "--opinion",
            "y",
            "--evidence",
            "z",
        ],
    ));
    assert!(err.contains("已于 2021-03-01 由 局党组书记 销号"), "{err}");
    stdout(run(&data, &["reopen", "1", "--reason", "复查发现问题反弹"]));
    let text = data.read("findings/01.toml");
    assert!(!text.contains("signoff"), "{text}");
    assert!(
        text.contains("reopened = [{ date = 2021-03-01, reason = \"复查发现问题反弹\" }]"),
        "{text}"
    );
    assert!(stdout(run(&data, &["show", "1"])).contains("取消销号：2021-03-01 复查发现问题反弹"));
    assert!(stdout(run(&data, &["check"])).contains("检查通过"));
    // Undo takes both back.
    stdout(run(&data, &["undo"]));
    stdout(run(&data, &["undo"]));
    assert_eq!(data.read("findings/01.toml"), before);
}

#[test]
fn close_is_refused_while_a_measure_is_open_or_without_evidence() {
    let data = DataDir::shipped();
    stdout(run(&data, &["update", "1.1", "--status", "in-progress"]));
    let now = data.snapshot();
    let err = stderr_failing(run(
        &data,
        &[
            "close",
            "1",
            "--by",
            "书记",
            "--opinion",
            "同意",
            "--evidence",
            "报告",
        ],
    ));
    assert!(err.contains("整改措施 1.1（正在推进） 尚未完成"), "{err}");
    assert!(err.contains("--force --reason"), "{err}");
    assert_eq!(now, data.snapshot());
    // No evidence anywhere: refused too.
    let err = stderr_failing(run(
        &data,
        &["close", "2", "--by", "书记", "--opinion", "同意"],
    ));
    assert!(err.contains("没有佐证材料"), "{err}");
    // --force needs --reason (a usage error), and with it the reason is kept.
    run(
        &data,
        &["close", "1", "--by", "书记", "--opinion", "同意", "--force"],
    )
    .code(2);
    stdout(run(
        &data,
        &[
            "close",
            "1",
            "--by",
            "书记",
            "--opinion",
            "同意",
            "--force",
            "--reason",
            "机制已建立",
        ],
    ));
    assert!(data
        .read("findings/01.toml")
        .contains("reason = \"机制已建立\""));
    assert!(stdout(run(&data, &["check"])).contains("检查通过"));
}

#[test]
fn check_validates_sign_offs() {
    let data = DataDir::shipped();
    let text = data.read("findings/01.toml");
    data.write(
        "findings/01.toml",
        &text.replace(
            "title = \"针对主题教育开展不认真\"\n",
            "title = \"针对主题教育开展不认真\"\nsignoff = { date = 2022-01-01, opinion = \"同意\" }\n",
        ),
    );
    let err = stderr_failing(run(&data, &["check"]));
    assert!(err.contains("`by`"), "{err}");
    assert!(err.contains("在今天之后"), "{err}");
}

#[test]
fn removed_measures_and_findings_keep_their_numbers() {
    let data = DataDir::shipped();
    let before = data.read("findings/02.toml");
    stdout(run(&data, &["remove", "2.3", "--reason", "重复"]));
    let text = data.read("findings/02.toml");
    assert!(
        text.ends_with(
            "status = \"ongoing\"\nremoved = { date = 2021-03-01, reason = \"重复\" }\n"
        ),
        "{text}"
    );
    let out = stdout(run(&data, &["add", "measure", "2", "--text", "新措施"]));
    assert!(out.contains("新增整改措施 2.4"), "{out}");
    let err = stderr_failing(run(&data, &["show", "2.3"]));
    assert!(
        err.contains("整改措施 2.3 已于 2021-03-01 删除（重复）"),
        "{err}"
    );
    let list = stdout(run(&data, &["list", "--measures", "--finding", "2"]));
    assert!(list.contains("2.4") && !list.contains("2.3"), "{list}");
    let md = stdout(run(&data, &["export", "--format", "md"]));
    assert!(
        !md.contains("共募捐资金198923.68元"),
        "a removed measure was exported"
    );
    assert!(stdout(run(&data, &["show", "2"])).contains("措施 2.3 · 已删除 2021-03-01 重复"));
    assert!(stdout(run(&data, &["check"])).contains("检查通过"));
    let history = stdout(run(&data, &["history"]));
    assert!(history.contains("remove 2.3"), "{history}");
    stdout(run(&data, &["undo"]));
    stdout(run(&data, &["undo"]));
    assert_eq!(data.read("findings/02.toml"), before);

    // A finding keeps at least one measure.
    stdout(run(&data, &["remove", "3.1", "--reason", "重复"]));
    let err = stderr_failing(run(&data, &["remove", "3.2", "--reason", "重复"]));
    assert!(
        err.contains("整改措施 3.2 是问题 3 的最后一条整改措施"),
        "{err}"
    );

    // A removed finding's number is not given again.
    stdout(run(&data, &["remove", "10", "--reason", "并入问题9"]));
    let out = stdout(run(
        &data,
        &[
            "add",
            "finding",
            "--category",
            "organization",
            "--title",
            "新问题",
            "--measure",
            "新措施",
        ],
    ));
    assert!(out.contains("第 11 个问题"), "{out}");
    let list = stdout(run(&data, &["list"]));
    assert!(!list.contains("履行整改主体责任不到位"), "{list}");
    assert!(stdout(run(&data, &["check"])).contains("10 个问题"));
}

#[test]
fn edit_corrects_texts_in_place() {
    let data = DataDir::shipped();
    let before = data.read("findings/04.toml");
    let dry = stdout(run(
        &data,
        &["edit", "4", "--title", "落实主体责任不力", "--dry-run"],
    ));
    assert!(dry.contains("+title = \"落实主体责任不力\""), "{dry}");
    assert_eq!(data.read("findings/04.toml"), before);
    stdout(run(&data, &["edit", "4", "--title", "落实主体责任不力"]));
    stdout(run(&data, &["edit", "4.3", "--text", "重大事项集体研究。"]));
    let expected = replaced(
        &replaced(&before, "title = \"落实全面从严治党主体责任不力\"", "title = \"落实主体责任不力\""),
        "text = \"重大事项通过局党组会、局长办公会研究,严格执行局党组书记、局长党风廉政建设第一责任人职责,做到重要工作亲自部署、重大问题亲自过问、重点环节亲自协调、重要案件亲自督办,全面落实党风廉政建设主体责任。\"",
        "text = \"重大事项集体研究。\"",
    );
    assert_eq!(data.read("findings/04.toml"), expected);
    let _ = M43;
    // A finding's options on a measure are a usage error.
    run(&data, &["edit", "4.3", "--title", "x"]).code(2);
    let err = stderr_failing(run(&data, &["edit", "4", "--category", "nope"]));
    assert!(err.contains("`nope`"), "{err}");
}

#[test]
fn add_category_and_a_finding_with_owner_department_and_deadline() {
    let data = DataDir::shipped();
    let before = data.read("rectify.toml");
    stdout(run(
        &data,
        &["add", "category", "--id", "extra", "--title", "其他方面"],
    ));
    let after = data.read("rectify.toml");
    assert_eq!(
        after,
        replaced(
            &before,
            "title = \"基层党组织软弱涣散、组织力欠缺方面\"\n",
            "title = \"基层党组织软弱涣散、组织力欠缺方面\"\n\n[[category]]\nid = \"extra\"\ntitle = \"其他方面\"\n"
        )
    );
    stderr_failing(run(
        &data,
        &["add", "category", "--id", "extra", "--title", "又一个"],
    ));
    stdout(run(
        &data,
        &[
            "add",
            "finding",
            "--category",
            "extra",
            "--title",
            "新问题",
            "--measure",
            "措施一",
            "--measure",
            "措施二",
            "--owner",
            "张三",
            "--department",
            "办公室",
            "--deadline",
            "2021年6月底",
        ],
    ));
    assert_eq!(
        data.read("findings/11.toml"),
        "# 问题11 · 其他方面\n[[finding]]\nid = 11\ncategory = \"extra\"\ntitle = \"新问题\"\n\n[[finding.measure]]\ntext = \"措施一\"\nstatus = \"not-started\"\nowner = \"张三\"\ndepartment = \"办公室\"\ndeadline = \"2021-06\"\n\n[[finding.measure]]\ntext = \"措施二\"\nstatus = \"not-started\"\nowner = \"张三\"\ndepartment = \"办公室\"\ndeadline = \"2021-06\"\n"
    );
    assert!(stdout(run(&data, &["check"])).contains("4 个方面"));
}

#[test]
fn an_empty_record_checks_and_takes_findings() {
    let dir = DataDir::empty();
    let target = dir.path().join("new");
    stdout(rectify().arg("init").arg(&target).arg("--empty").assert());
    let data = || {
        let mut cmd = rectify();
        cmd.arg("--data").arg(&target);
        cmd
    };
    let check = data().arg("check").assert().success();
    let err = String::from_utf8(check.get_output().stderr.clone()).unwrap();
    assert!(err.contains("还没有问题"), "{err}");
    stdout(
        data()
            .args([
                "add",
                "finding",
                "--category",
                "policy",
                "--title",
                "第一个问题",
                "--measure",
                "第一条措施",
            ])
            .assert(),
    );
    let out = stdout(data().arg("check").assert());
    assert!(out.contains("1 个问题"), "{out}");
}

#[test]
fn the_data_folder_is_found_from_inside_it() {
    let data = DataDir::shipped();
    let run_in = |dir: &std::path::Path, args: &[&str]| {
        let mut cmd = rectify();
        cmd.current_dir(dir).args(args);
        cmd.assert()
    };
    let out = stdout(run_in(data.path(), &["check"]));
    assert!(out.starts_with("."), "{out}");
    let found = run_in(&data.path().join("findings"), &["list"]).success();
    let out = String::from_utf8(found.get_output().stdout.clone()).unwrap();
    assert!(out.contains("针对主题教育开展不认真"), "{out}");
    // Found, not given: the folder is named in full once, on standard error.
    let err = String::from_utf8(found.get_output().stderr.clone()).unwrap();
    let full = data.path().canonicalize().unwrap();
    assert!(
        err.starts_with(&format!("使用数据文件夹 {}", full.display())),
        "{err}"
    );
    // --data and RECTIFY_DATA still win.
    let parent = data.path().parent().unwrap();
    let name = data.path().file_name().unwrap().to_str().unwrap();
    let out = stdout(
        rectify()
            .current_dir(parent)
            .env("RECTIFY_DATA", name)
            .arg("check")
            .assert(),
    );
    assert!(out.contains("检查通过"), "{out}");
}

#[test]
fn statuses_and_dates_read_the_way_offices_write_them() {
    let data = DataDir::shipped();
    let out = stdout(run(&data, &["update", "5.1", "--status", "整改中"]));
    assert!(out.contains("→ 正在推进"), "{out}");
    stdout(run(
        &data,
        &[
            "update",
            "5.1",
            "--status",
            "完成",
            "--done",
            "2020年11月5日",
        ],
    ));
    assert!(data.read("findings/05.toml").contains("done = 2020-11-05"));
    stdout(run(&data, &["update", "5.2", "--deadline", "2021.6.30"]));
    assert!(data
        .read("findings/05.toml")
        .contains("deadline = 2021-06-30"));
    let err = String::from_utf8(
        run(&data, &["update", "5.1", "--status", "已完"])
            .code(2)
            .get_output()
            .stderr
            .clone(),
    )
    .unwrap();
    assert!(err.contains("是不是"), "{err}");
    // In the data: statuses' synonyms and dates as strings are read; 长期 is no deadline.
    let text = data.read("findings/06.toml");
    let text = text.replacen(
        "status = \"ongoing\"",
        "status = \"持续推进\"\ndeadline = \"长期坚持\"",
        1,
    );
    data.write("findings/06.toml", &text);
    assert!(stdout(run(&data, &["check"])).contains("检查通过"));
    // An unquoted 2026/12/15 says how to write it.
    let text = data.read("findings/07.toml");
    data.write(
        "findings/07.toml",
        &text.replacen(
            "status = \"ongoing\"",
            "status = \"ongoing\"\ndeadline = 2021/12/15",
            1,
        ),
    );
    let err = stderr_failing(run(&data, &["check"]));
    assert!(
        err.contains("日期请写成 `\"2021/12/15\"`（加引号）或 2021-12-15"),
        "{err}"
    );
}

#[test]
fn list_filters_sorts_and_chooses_columns_for_the_clerk() {
    let data = DataDir::shipped();
    stdout(run(
        &data,
        &[
            "update",
            "1.1",
            "--status",
            "in-progress",
            "--department",
            "办公室",
            "--owner",
            "王建国",
            "--deadline",
            "2021-03-20",
        ],
    ));
    stdout(run(
        &data,
        &[
            "update",
            "1.2",
            "--status",
            "in-progress",
            "--department",
            "财务股",
            "--owner",
            "王建国",
            "--deadline",
            "2021-03-10",
        ],
    ));
    stdout(run(
        &data,
        &[
            "update",
            "2.1",
            "--status",
            "in-progress",
            "--department",
            "办公室",
            "--deadline",
            "2021-06-30",
        ],
    ));
    let csv = |args: &[&str]| {
        let mut all = vec!["list", "--format", "csv"];
        all.extend_from_slice(args);
        stdout(run(&data, &all))
    };
    let out = csv(&[
        "--measures",
        "--department",
        "办公室",
        "--sort",
        "deadline",
        "--columns",
        "编号,整改时限",
    ]);
    assert_eq!(
        out,
        "\u{feff}编号,整改时限\r\n1.1,2021-03-20\r\n2.1,2021-06-30\r\n"
    );
    let out = csv(&[
        "--measures",
        "--due-within",
        "20",
        "--sort",
        "deadline",
        "--columns",
        "编号",
    ]);
    assert_eq!(out, "\u{feff}编号\r\n1.2\r\n1.1\r\n");
    let out = csv(&[
        "--measures",
        "--due-before",
        "2021-03-15",
        "--columns",
        "编号",
    ]);
    assert_eq!(out, "\u{feff}编号\r\n1.2\r\n");
    // In the finding view, --owner counts only that owner's measures.
    let out = csv(&["--owner", "王建国", "--columns", "序号,措施完成"]);
    assert_eq!(out, "\u{feff}序号,措施完成\r\n1,0/2\r\n");
    let err = String::from_utf8(
        run(&data, &["list", "--columns", "nope"])
            .code(2)
            .get_output()
            .stderr
            .clone(),
    )
    .unwrap();
    assert!(err.contains("没有 `nope` 这一列"), "{err}");
}

#[test]
fn errors_come_before_warnings_and_quiet_hides_warnings() {
    let data = DataDir::shipped();
    stdout(run(
        &data,
        &[
            "update",
            "1.1",
            "--status",
            "in-progress",
            "--deadline",
            "2020-12-31",
        ],
    ));
    let text = data.read("findings/09.toml");
    data.write(
        "findings/09.toml",
        &text.replacen("status = \"ongoing\"", "status = \"ongoing\"\nstaus = 1", 1),
    );
    let err = stderr_failing(run(&data, &["check"]));
    let error_at = err.find("`staus`").unwrap();
    let warning_at = err.find("逾期").unwrap();
    assert!(error_at < warning_at, "{err}");
    let quiet = stderr_failing(run(&data, &["--quiet", "check"]));
    assert!(!quiet.contains("警告："), "{quiet}");
    assert!(quiet.contains("`staus`"), "{quiet}");
}

#[test]
fn the_ledger_shows_extensions_and_late_completions_and_imports_back() {
    let data = DataDir::shipped();
    stdout(run(&data, &["update", "4.3", "--deadline", "2020-11-30"]));
    stdout(run(
        &data,
        &[
            "update",
            "4.3",
            "--deadline",
            "2020-12-31",
            "--reason",
            "资金未到位",
        ],
    ));
    stdout(run(
        &data,
        &["update", "4.3", "--status", "done", "--done", "2021-01-10"],
    ));
    let csv = stdout(run(&data, &["export", "--format", "csv"]));
    assert!(
        csv.contains("2020年12月31日（延期，原定2020年11月30日）"),
        "{csv}"
    );
    assert!(csv.contains("2021年1月10日（逾期完成）"), "{csv}");
    stdout(run(
        &data,
        &[
            "close",
            "4",
            "--by",
            "书记",
            "--opinion",
            "同意销号",
            "--evidence",
            "报告",
        ],
    ));
    // The xlsx keeps dates as dates and says it in the cells' notes, and the sign-off too.
    let xlsx = data.path().join("ledger.xlsx");
    stdout(run(
        &data,
        &["export", "--format", "xlsx", "-o", xlsx.to_str().unwrap()],
    ));
    let file = std::fs::File::open(&xlsx).unwrap();
    let mut zip = zip::ZipArchive::new(file).unwrap();
    let mut comments = String::new();
    let mut strings = String::new();
    for i in 0..zip.len() {
        let mut entry = zip.by_index(i).unwrap();
        if entry.name().contains("comments") {
            std::io::Read::read_to_string(&mut entry, &mut comments).unwrap();
        }
        if entry.name().contains("sharedStrings") {
            std::io::Read::read_to_string(&mut entry, &mut strings).unwrap();
        }
    }
    // The statistics sheet counts them.
    for name in ["已销号问题", "逾期完成措施", "延期措施"] {
        assert!(strings.contains(name), "{name} missing");
    }
    assert!(comments.contains("延期，原定2020年11月30日"), "{comments}");
    assert!(comments.contains("逾期完成"), "{comments}");
    assert!(
        comments.contains("已销号：2021-03-01 书记，同意销号"),
        "{comments}"
    );
    // rectify's own ledger reads back: the dates, not the notes, are taken.
    let ledger = data.path().join("ledger.csv");
    std::fs::write(&ledger, &csv).unwrap();
    let into = data.path().join("again");
    stdout(
        rectify()
            .arg("import")
            .arg(&ledger)
            .arg("--into")
            .arg(&into)
            .assert(),
    );
    let text = std::fs::read_to_string(into.join("findings/04.toml")).unwrap();
    assert!(
        text.contains("deadline = 2020-12-31") && text.contains("done = 2021-01-10"),
        "{text}"
    );
}

#[test]
fn import_keeps_undated_progress_undated() {
    let dir = DataDir::empty();
    let ledger = dir.path().join("台账.csv");
    std::fs::write(
        &ledger,
        "序号,问题类别,问题,整改措施,责任人,整改时限,完成情况,完成时间,最新进展\r\n\
         1,作风建设方面,接待不规范,修订接待办法,张三,2021年6月30日,正在推进,,已起草初稿\r\n\
         2,作风建设方面,会议过多,精简会议,李四,2021年5月31日,正在推进,,2021年2月1日：已印发通知\r\n",
    )
    .unwrap();
    let into = dir.path().join("data");
    stdout(
        rectify()
            .arg("import")
            .arg(&ledger)
            .arg("--into")
            .arg(&into)
            .assert(),
    );
    let first = std::fs::read_to_string(into.join("findings/01.toml")).unwrap();
    assert!(
        first.contains("[[finding.measure.log]]\nnote = \"已起草初稿\"\n"),
        "{first}"
    );
    let second = std::fs::read_to_string(into.join("findings/02.toml")).unwrap();
    assert!(
        second.contains("date = 2021-02-01\nnote = \"已印发通知\""),
        "{second}"
    );
    let shown = stdout(
        rectify()
            .arg("--data")
            .arg(&into)
            .args(["show", "1.1"])
            .assert(),
    );
    assert!(shown.contains("（未注明日期） 已起草初稿"), "{shown}");
    // A dated update goes after the undated note.
    stdout(
        rectify()
            .arg("--data")
            .arg(&into)
            .args(["update", "1.1", "--note", "已定稿"])
            .assert(),
    );
    let first = std::fs::read_to_string(into.join("findings/01.toml")).unwrap();
    assert!(
        first.find("已起草初稿").unwrap() < first.find("已定稿").unwrap(),
        "{first}"
    );
    // A status change without a date is still an error.
    std::fs::write(
        into.join("findings/01.toml"),
        first.replacen(
            "note = \"已起草初稿\"",
            "status = \"done\"\nnote = \"已起草初稿\"",
            1,
        ),
    )
    .unwrap();
    let err = stderr_failing(rectify().arg("--data").arg(&into).arg("check").assert());
    assert!(err.contains("没有 `date`"), "{err}");
}

#[test]
fn as_of_a_day_before_an_extension_or_a_sign_off_shows_neither() {
    let data = DataDir::shipped();
    stdout(run(
        &data,
        &[
            "update",
            "4.3",
            "--deadline",
            "2020-12-31",
            "--date",
            "2020-11-01",
        ],
    ));
    stdout(run(
        &data,
        &[
            "update",
            "4.3",
            "--deadline",
            "2021-03-31",
            "--reason",
            "资金未到位",
        ],
    ));
    stdout(run(
        &data,
        &[
            "close",
            "1",
            "--by",
            "书记",
            "--opinion",
            "同意",
            "--evidence",
            "报告",
        ],
    ));
    let then = stdout(run(
        &data,
        &[
            "list",
            "--measures",
            "--finding",
            "4",
            "--as-of",
            "2021-02-01",
        ],
    ));
    assert!(
        then.contains("2020-12-31") && !then.contains("延期"),
        "{then}"
    );
    let now = stdout(run(&data, &["list", "--measures", "--finding", "4"]));
    assert!(now.contains("2021-03-31（延期，原定2020-12-31）"), "{now}");
    let then = stdout(run(&data, &["list", "--as-of", "2021-02-01"]));
    assert!(!then.contains("已销号"), "{then}");
}

#[test]
fn the_json_export_carries_sign_offs_and_extensions() {
    let data = DataDir::shipped();
    stdout(run(
        &data,
        &[
            "update",
            "4.3",
            "--deadline",
            "2020-12-31",
            "--date",
            "2020-11-01",
        ],
    ));
    stdout(run(
        &data,
        &[
            "update",
            "4.3",
            "--deadline",
            "2021-03-31",
            "--reason",
            "资金未到位",
        ],
    ));
    stdout(run(
        &data,
        &[
            "close",
            "1",
            "--by",
            "书记",
            "--opinion",
            "同意",
            "--evidence",
            "报告",
        ],
    ));
    let json: serde_json::Value =
        serde_json::from_str(&stdout(run(&data, &["export", "--format", "json"]))).unwrap();
    let findings = json["findings"].as_array().unwrap();
    let one = findings.iter().find(|f| f["id"] == 1).unwrap();
    assert_eq!(one["signoff"]["by"], "书记");
    let four = findings.iter().find(|f| f["id"] == 4).unwrap();
    let m = &four["measures"][2];
    assert_eq!(m["deadline_original"], "2020-12-31");
    assert_eq!(m["log"][0]["reason"], "资金未到位");
    // Untouched records keep their shape: no null keys added.
    assert!(four["measures"][0].get("deadline_original").is_none());
    assert!(findings
        .iter()
        .find(|f| f["id"] == 2)
        .unwrap()
        .get("signoff")
        .is_none());
}

/// The shapes fixture: finding 2 has sub-problems a (one measure) and b (two), no own measures.
fn shapes() -> DataDir {
    DataDir::copy_of(&crate::common::fixture("shapes/notice"))
}

fn run_on(data: &DataDir, args: &[&str]) -> assert_cmd::assert::Assert {
    rectify()
        .env("RECTIFY_TODAY", "2024-03-01")
        .arg("--data")
        .arg(data.path())
        .args(args)
        .assert()
}

#[test]
fn a_sub_problems_measure_is_removed_with_a_tombstone_and_its_number_not_reused() {
    let data = shapes();
    let before = data.read("findings/02.toml");
    let out = stdout(run_on(&data, &["remove", "2.b.1", "--reason", "重复"]).success());
    assert!(out.contains("已删除整改措施 2.b.1（重复）"), "{out}");
    let after = data.read("findings/02.toml");
    assert_eq!(
        after,
        replaced(
            &before,
            "done = 2023-12-28\n",
            "done = 2023-12-28\nremoved = { date = 2024-03-01, reason = \"重复\" }\n"
        )
    );
    // 2.b.2 keeps its address; 2.b.1 is explained, not "not found".
    let shown = stdout(run_on(&data, &["show", "2.b.2"]));
    assert!(shown.contains("建立问题整改台账"), "{shown}");
    let err = stderr_failing(run_on(&data, &["show", "2.b.1"]));
    assert!(
        err.contains("整改措施 2.b.1 已于 2024-03-01 删除（重复）"),
        "{err}"
    );
    let shown = stdout(run_on(&data, &["show", "2"]));
    assert!(
        shown.contains("措施 2.b.1 · 已删除 2024-03-01 重复"),
        "{shown}"
    );
    // The next measure of 2.b is 2.b.3, not 2.b.1 again.
    let out = stdout(run_on(&data, &["add", "measure", "2.b", "--text", "新措施"]).success());
    assert!(out.contains("新增整改措施 2.b.3"), "{out}");
    let file = data.read("findings/02.toml");
    assert!(
        file.ends_with(
            "deadline = 2024-06-30\n\n[[finding.sub.measure]]\ntext = \"新措施\"\nstatus = \"not-started\"\n"
        ),
        "{file}"
    );
    // Exports skip the removed measure, and check passes.
    let txt = stdout(run_on(&data, &["export", "--format", "txt"]));
    assert!(!txt.contains("认真开展批评和自我批评"), "{txt}");
    assert!(txt.contains("新措施"), "{txt}");
    run_on(&data, &["check"]).success();
    // Undo takes both back, byte for byte.
    stdout(run_on(&data, &["undo"]));
    stdout(run_on(&data, &["undo"]));
    assert_eq!(data.read("findings/02.toml"), before);
}

#[test]
fn add_measure_to_a_sub_problem_after_a_removal_does_not_reuse_the_number() {
    let data = shapes();
    // 2.a has one measure: add one, remove it, add again: 2.a.2, then 2.a.3.
    let out = stdout(run_on(&data, &["add", "measure", "2.a", "--text", "甲"]).success());
    assert!(out.contains("新增整改措施 2.a.2"), "{out}");
    let file = data.read("findings/02.toml");
    // Written under sub-problem a, before sub-problem b.
    assert!(
        file.contains("status = \"ongoing\"\n\n[[finding.sub.measure]]\ntext = \"甲\"\nstatus = \"not-started\"\n\n[[finding.sub]]\nid = \"b\""),
        "{file}"
    );
    run_on(&data, &["remove", "2.a.2", "--reason", "写错"]).success();
    let out = stdout(run_on(&data, &["add", "measure", "2.a", "--text", "乙"]).success());
    assert!(out.contains("新增整改措施 2.a.3"), "{out}");
    let shown = stdout(run_on(&data, &["show", "2.a.3"]));
    assert!(shown.contains("乙"), "{shown}");
    // A measure's address is not where a measure goes.
    let err = String::from_utf8(
        run_on(&data, &["add", "measure", "2.a.1", "--text", "丙"])
            .code(2)
            .get_output()
            .stderr
            .clone(),
    )
    .unwrap();
    assert!(
        err.contains("新的整改措施加在问题（2.a）或子问题下，不能加在整改措施 2.a.1 下"),
        "{err}"
    );
}

#[test]
fn a_sub_problem_is_removed_with_its_measures_and_its_letter_kept() {
    let data = shapes();
    let before = data.read("findings/02.toml");
    // A sub-problem's last measure goes with the sub-problem, not alone.
    let err = stderr_failing(run_on(&data, &["remove", "2.a.1", "--reason", "x"]));
    assert!(
        err.contains("整改措施 2.a.1 是子问题 2.a 的最后一条整改措施"),
        "{err}"
    );
    assert!(err.contains("rectify remove 2.a --reason"), "{err}");
    let out = stdout(run_on(&data, &["remove", "2.a", "--reason", "与2.b合并"]).success());
    assert!(
        out.contains("已删除子问题 2.a 及其整改措施（与2.b合并）"),
        "{out}"
    );
    assert_eq!(
        data.read("findings/02.toml"),
        replaced(
            &before,
            "title = \"学习制度执行不严\"\n",
            "title = \"学习制度执行不严\"\nremoved = { date = 2024-03-01, reason = \"与2.b合并\" }\n"
        )
    );
    // Gone from the notice and the list; its measure too.
    let txt = stdout(run_on(&data, &["export", "--format", "txt"]));
    assert!(!txt.contains("学习制度执行不严"), "{txt}");
    assert!(!txt.contains("严格执行理论学习中心组学习制度"), "{txt}");
    let list = stdout(run_on(&data, &["list", "--measures", "--format", "csv"]));
    assert!(!list.contains("2.a.1"), "{list}");
    run_on(&data, &["check", "--strict"]).success();
    // Its addresses are explained.
    for address in ["2.a", "2.a.1"] {
        let err = stderr_failing(run_on(&data, &["update", address, "--status", "done"]));
        assert!(
            err.contains("子问题 2.a 已于 2024-03-01 删除（与2.b合并）"),
            "{err}"
        );
    }
    let shown = stdout(run_on(&data, &["show", "2"]));
    assert!(
        shown.contains("子问题 2.a（学习制度执行不严）· 已删除 2024-03-01 与2.b合并"),
        "{shown}"
    );
    // The letter stays taken: a new sub-problem `a` written by hand is a duplicate.
    let text = data.read("findings/02.toml");
    data.write(
        "findings/02.toml",
        &format!("{text}\n[[finding.sub]]\nid = \"a\"\ntitle = \"新\"\n\n[[finding.sub.measure]]\ntext = \"新\"\nstatus = \"ongoing\"\n"),
    );
    let err = stderr_failing(run_on(&data, &["check"]));
    assert!(err.contains("子问题 `a` 写了两次"), "{err}");
    data.write("findings/02.toml", &text);
    // The finding keeps a measure: its last sub-problem cannot go.
    let err = stderr_failing(run_on(&data, &["remove", "2.b", "--reason", "x"]));
    assert!(
        err.contains("第 2 个问题的整改措施都在子问题 2.b 下，不能删除"),
        "{err}"
    );
    stdout(run_on(&data, &["undo"]));
    assert_eq!(data.read("findings/02.toml"), before);
}

#[test]
fn edit_corrects_a_sub_problem_and_its_measures() {
    let data = shapes();
    let before = data.read("findings/02.toml");
    let out = stdout(
        run_on(
            &data,
            &[
                "edit",
                "2.b",
                "--title",
                "民主生活会质量有待提高",
                "--description",
                "见反馈意见",
            ],
        )
        .success(),
    );
    assert!(
        out.contains("已修改 2.b：2.b 子问题: 民主生活会质量不高 → 民主生活会质量有待提高"),
        "{out}"
    );
    let after = data.read("findings/02.toml");
    assert_eq!(
        after,
        replaced(
            &before,
            "title = \"民主生活会质量不高\"\n",
            "title = \"民主生活会质量有待提高\"\ndescription = \"见反馈意见\"\n"
        )
    );
    run_on(
        &data,
        &["edit", "2.a.1", "--text", "严格执行中心组学习制度。"],
    )
    .success();
    let edited = data.read("findings/02.toml");
    assert_eq!(
        edited,
        replaced(
            &after,
            "严格执行理论学习中心组学习制度。",
            "严格执行中心组学习制度。"
        )
    );
    // What a sub-problem does not have, refused with what to type.
    let err = String::from_utf8(
        run_on(&data, &["edit", "2.b", "--text", "x"])
            .code(2)
            .get_output()
            .stderr
            .clone(),
    )
    .unwrap();
    assert!(err.contains("请写子问题 2.b 下的整改措施编号"), "{err}");
    let err = String::from_utf8(
        run_on(&data, &["edit", "2.b", "--category", "team"])
            .code(2)
            .get_output()
            .stderr
            .clone(),
    )
    .unwrap();
    assert!(err.contains("子问题没有自己的所属方面"), "{err}");
    run_on(&data, &["check"]).success();
    stdout(run_on(&data, &["undo"]));
    stdout(run_on(&data, &["undo"]));
    assert_eq!(data.read("findings/02.toml"), before);
}

#[test]
fn a_sub_problem_is_not_signed_off_on_its_own() {
    let data = shapes();
    for args in [
        &["close", "2.a", "--by", "书记", "--opinion", "同意"][..],
        &["reopen", "2.a", "--reason", "x"][..],
        &["history", "--finding", "2.a"][..],
    ] {
        let err =
            String::from_utf8(run_on(&data, args).code(2).get_output().stderr.clone()).unwrap();
        assert!(
            err.contains("销号也按整个问题办理，连同其子问题）：请写问题序号 2，不写 `2.a`"),
            "{err}"
        );
    }
    let err = String::from_utf8(
        crate::common::rectify()
            .arg("--data")
            .arg(data.path())
            .args(["close", "2.b.1", "--by", "x", "--opinion", "y"])
            .assert()
            .code(2)
            .get_output()
            .stderr
            .clone(),
    )
    .unwrap();
    assert!(
        err.contains("give the finding's number (2), not `2.b.1`"),
        "{err}"
    );
}

#[test]
fn show_of_a_sub_problem_names_it_and_shows_its_measures_only() {
    let data = shapes();
    run_on(&data, &["remove", "2.b.1", "--reason", "重复"]).success();
    let shown = stdout(run_on(&data, &["show", "2.b"]));
    assert!(
        shown.contains("子问题 2.b · 民主生活会质量不高\n"),
        "{shown}"
    );
    assert!(shown.contains("措施 2.b.2 · 正在推进"), "{shown}");
    assert!(
        shown.contains("措施 2.b.1 · 已删除 2024-03-01 重复"),
        "{shown}"
    );
    assert!(!shown.contains("2.a.1"), "{shown}");
    let json: serde_json::Value =
        serde_json::from_str(&stdout(run_on(&data, &["show", "2.b", "--json"]))).unwrap();
    assert_eq!(json["address"], "2.b");
    assert_eq!(json["sub"]["title"], "民主生活会质量不高");
    assert_eq!(json["finding"]["removed_measures"][0]["sub"], "b");
    assert_eq!(json["measures"].as_array().unwrap().len(), 1);
}

#[test]
fn a_sub_problem_whose_measures_were_all_removed_by_hand_warns() {
    let data = shapes();
    let text = data.read("findings/02.toml");
    data.write(
        "findings/02.toml",
        &replaced(
            &text,
            "status = \"ongoing\"\n",
            "status = \"ongoing\"\nremoved = { date = 2024-02-01, reason = \"手工删除\" }\n",
        ),
    );
    let out = run_on(&data, &["check"]).success();
    let err = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert!(err.contains("这个子问题还没有整改措施"), "{err}");
    // The tombstone is read as one: 2.a.1 is explained, and 2.a's next measure is 2.a.2.
    let err = stderr_failing(run_on(&data, &["show", "2.a.1"]));
    assert!(
        err.contains("整改措施 2.a.1 已于 2024-02-01 删除（手工删除）"),
        "{err}"
    );
    let out = stdout(run_on(&data, &["add", "measure", "2.a", "--text", "新"]).success());
    assert!(out.contains("新增整改措施 2.a.2"), "{out}");
}
