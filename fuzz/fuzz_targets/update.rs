//! `rectify update` on arbitrary valid data: the input's first bytes choose the update
//! (measure, status, note, owner), the rest is a findings file written beside a valid
//! rectify.toml in a temp folder. When that folder loads without errors, the update runs
//! in-process; afterwards the folder must still load without errors, every other file must
//! be byte-identical, and the updated measure must carry what was asked.

#![no_main]

use clap::Parser;
use libfuzzer_sys::fuzz_target;

const REPORT: &[u8] = include_bytes!("../../tests/fixtures/bad/base/rectify.toml");
const FINDING_1: &[u8] = include_bytes!("../../tests/fixtures/bad/base/findings/01.toml");
const STATUSES: [&str; 5] = ["done", "partial", "in-progress", "ongoing", "not-started"];

fuzz_target!(|data: &[u8]| {
    if data.len() < 4 {
        return;
    }
    let (choice, bytes) = data.split_at(4);
    let today = rectify::date::Date::from_ymd_opt(2021, 3, 1).unwrap();
    let loaded = rectify::load::load_in_memory(REPORT, &[("01.toml", FINDING_1), ("03.toml", bytes)], today);
    let Some(report) = loaded.report.as_ref() else {
        return;
    };
    let addresses: Vec<String> = report.measures().map(|(a, _, _)| a.to_string()).collect();
    let address = &addresses[usize::from(choice[0]) % addresses.len()];
    let status = STATUSES[usize::from(choice[1]) % STATUSES.len()];

    let dir = tempfile::tempdir().unwrap();
    let data_dir = dir.path();
    std::fs::create_dir(data_dir.join("findings")).unwrap();
    std::fs::write(data_dir.join("rectify.toml"), REPORT).unwrap();
    std::fs::write(data_dir.join("findings/01.toml"), FINDING_1).unwrap();
    std::fs::write(data_dir.join("findings/03.toml"), bytes).unwrap();

    let mut args = vec![
        "rectify".to_string(),
        "--data".into(),
        data_dir.display().to_string(),
        "--today".into(),
        "2021-03-01".into(),
        "update".into(),
        address.clone(),
        "--status".into(),
        status.into(),
    ];
    if choice[2] & 1 != 0 {
        args.extend(["--note".into(), String::from_utf8_lossy(&choice[2..]).into_owned()]);
    }
    if choice[2] & 2 != 0 {
        args.extend(["--owner".into(), "办公室\"\\\n".into()]);
    }
    let cli = rectify::cli::Cli::try_parse_from(&args).expect("a valid command line");
    let outcome = rectify::run(cli);

    let after = rectify::load::load(data_dir, today);
    assert!(
        !after.has_errors(),
        "update {args:?} left errors:\n{}",
        rectify::diagnostic::render(&after.diagnostics, &after.sources, false)
    );
    assert_eq!(std::fs::read(data_dir.join("rectify.toml")).unwrap(), REPORT);
    assert_eq!(std::fs::read(data_dir.join("findings/01.toml")).unwrap(), FINDING_1);
    if outcome.is_ok() {
        let report = after.report.unwrap();
        let (_, _, measure) = report
            .measures()
            .find(|(a, _, _)| a.to_string() == *address)
            .expect("the measure is still there");
        assert_eq!(measure.status.key(), status, "update {args:?}");
    } else {
        // A refused update writes nothing.
        assert_eq!(std::fs::read(data_dir.join("findings/03.toml")).unwrap(), bytes);
    }
});
