//! The command line: every command, option and its help, in one place.

use std::path::PathBuf;

use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};

use crate::date::{Date, Flag};
use crate::model::{Address, Status};

/// Keep inspection rectification (巡察整改) records as TOML: check them, list where things
/// stand, update them in place, and export the progress notice and the ledger.
#[derive(Debug, Parser)]
#[command(name = "rectify", version, about, max_term_width = 100)]
pub struct Cli {
    /// The data folder (holds rectify.toml and findings/); default: RECTIFY_DATA, else ./data,
    /// else the current folder or the nearest parent holding a rectify.toml
    #[arg(
        long,
        global = true,
        env = "RECTIFY_DATA",
        value_name = "DIR",
        display_order = 100
    )]
    pub data: Option<PathBuf>,

    /// A root of units (a folder whose sub-folders are unit records, with an optional
    /// rectify-root.toml); default: RECTIFY_ROOT, else the current folder or the nearest
    /// parent holding a rectify-root.toml
    #[arg(
        long,
        global = true,
        env = "RECTIFY_ROOT",
        value_name = "DIR",
        display_order = 101
    )]
    pub root: Option<PathBuf>,

    /// One unit of the root, by its folder's name or its display name: the command then
    /// works on that unit's record as with --data
    #[arg(long, global = true, value_name = "NAME", display_order = 102)]
    pub unit: Option<String>,

    /// Print no warnings, only errors
    #[arg(long, short, global = true, display_order = 103)]
    pub quiet: bool,

    /// When to colour output
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto, display_order = 104)]
    pub color: ColorChoice,

    /// The interface language: zh (Chinese, the default) or en; also RECTIFY_LANG or the
    /// locale (LANG=en_US.UTF-8). The documents' language is the record's own setting.
    #[arg(
        long,
        global = true,
        value_enum,
        value_name = "LANG",
        display_order = 105
    )]
    pub lang: Option<LangChoice>,

    /// The date to treat as today (for overdue marks and tests)
    #[arg(long, global = true, env = "RECTIFY_TODAY", hide = true, value_parser = parse_date)]
    pub today: Option<Date>,

    // The options above are common to every command: their display_order puts them after
    // the command's own options in `rectify COMMAND --help`, not interleaved with them.
    #[command(subcommand)]
    pub command: Command,
}

impl Cli {
    /// Parses the process's arguments (exiting with clap's message on a usage error). An
    /// environment variable that is set but empty (`RECTIFY_DATA=`, as a shell script's
    /// unset variable gives) counts as unset, so the default applies rather than clap's "a
    /// value is required".
    pub fn parse_args() -> Cli {
        Cli::parse_args_from(std::env::args_os().collect())
    }

    /// [`Cli::parse_args`] of these arguments, the interface language already set (help and
    /// usage errors are printed in it).
    pub fn parse_args_from(args: Vec<std::ffi::OsString>) -> Cli {
        let mut command = Cli::command();
        // Before localising: that builds the command, copying global options into every
        // subcommand.
        for (arg, var) in [
            ("data", "RECTIFY_DATA"),
            ("root", "RECTIFY_ROOT"),
            ("today", "RECTIFY_TODAY"),
        ] {
            if std::env::var_os(var).is_some_and(|v| v.is_empty()) {
                command = command.mut_arg(arg, |a| a.env(None::<&str>));
            }
        }
        let matches = crate::i18n::cli::localize(command)
            .try_get_matches_from(args)
            .unwrap_or_else(|e| crate::i18n::cli::exit(e));
        Cli::from_arg_matches(&matches).unwrap_or_else(|e| crate::i18n::cli::exit(e))
    }

    /// The command line with its help in the interface language.
    pub fn localized_command() -> clap::Command {
        crate::i18n::cli::localize(Cli::command())
    }
}

/// The interface language chosen with `--lang`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LangChoice {
    Zh,
    En,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check the data folder and report every problem with its file, line and column
    Check(CheckArgs),

    /// Show where the rectification stands, one row per finding or per measure
    List(ListArgs),

    /// Show everything about one finding or measure, with its progress log
    Show(ShowArgs),

    /// Export the progress notice (md, txt, html, docx), the ledger (xlsx, csv) or the data (json)
    Export(ExportArgs),

    /// The progress report for a period (情况报告), or reminders (催办单) to the departments
    Report(ReportArgs),

    /// Change a measure (4.2) or every measure of a finding (4), keeping every other byte
    Update(UpdateArgs),

    /// Add a finding or a measure
    #[command(subcommand)]
    Add(AddCommand),

    /// Create a new data folder with a small commented example
    Init(InitArgs),

    /// Take back the last update or add
    Undo,

    /// List the journal of writes: when, which command, which records, old → new
    History(HistoryArgs),

    /// Correct a finding's title, description or category, or a measure's text
    Edit(EditArgs),

    /// Remove a finding or a measure, leaving a tombstone so its number is never reused
    Remove(RemoveArgs),

    /// Sign off a finding (销号): who approved it, when, with what opinion and evidence
    Close(CloseArgs),

    /// Withdraw a finding's sign-off (销号)
    Reopen(ReopenArgs),

    /// Write half-width punctuation in Chinese text full-width (，；：！？（）) and nest quotes
    /// (‘’ inside “”) in the data files, as the exports print them
    #[command(name = "fix-punctuation")]
    FixPunctuation(FixPunctuationArgs),

    /// Read an existing Excel or CSV ledger (整改台账) into a new data folder
    Import(ImportArgs),

    /// The inspection office's view of a root of units: one row per unit (completion, overdue,
    /// check status…)
    Units(UnitsArgs),
}

/// How `rectify units` writes its table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum UnitsFormat {
    Table,
    Csv,
    Json,
    Xlsx,
}

/// How `rectify units` orders its rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum UnitsSort {
    Root,
    Completion,
    Overdue,
}

#[derive(Debug, Args)]
pub struct UnitsArgs {
    /// Order of the rows: root (the root's order), completion (lowest first), overdue (most
    /// first)
    #[arg(long, value_enum, value_name = "KEY", default_value_t = UnitsSort::Root)]
    pub sort: UnitsSort,

    /// Output format
    #[arg(long, short, value_enum, default_value_t = UnitsFormat::Table)]
    pub format: UnitsFormat,

    /// Write to this file (atomically) instead of standard output
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct EditArgs {
    /// A finding (4) or a measure (4.2)
    pub address: Address,
    /// The measure's new text
    #[arg(long)]
    pub text: Option<String>,
    /// The finding's new title
    #[arg(long)]
    pub title: Option<String>,
    /// The finding's new description (an empty text removes it)
    #[arg(long)]
    pub description: Option<String>,
    /// The finding's new category (its id)
    #[arg(long, value_name = "ID")]
    pub category: Option<String>,
    /// Print the diff that would be applied and write nothing
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
pub struct RemoveArgs {
    /// A finding (4) or a measure (4.2)
    pub address: Address,
    /// Why it is removed (kept in the tombstone)
    #[arg(long, value_name = "TEXT")]
    pub reason: String,
    /// The day of the removal (default: today)
    #[arg(long, value_name = "DATE", value_parser = parse_flag)]
    pub date: Option<Flag>,
    /// Print the diff that would be applied and write nothing
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
pub struct CloseArgs {
    /// The finding's number
    #[arg(value_parser = parse_finding_number)]
    pub finding: u32,
    /// Who approved the sign-off (审批人)
    #[arg(long, value_name = "NAME")]
    pub by: String,
    /// The approval's opinion (审批意见)
    #[arg(long, value_name = "TEXT")]
    pub opinion: String,
    /// The day of the sign-off (default: today)
    #[arg(long, value_name = "DATE", value_parser = parse_flag)]
    pub date: Option<Flag>,
    /// 佐证材料 of the sign-off (repeatable)
    #[arg(long, value_name = "TEXT")]
    pub evidence: Vec<String>,
    /// Sign off although a measure is open or there is no evidence (needs --reason)
    #[arg(long, requires = "reason")]
    pub force: bool,
    /// Why the sign-off is forced
    #[arg(long, value_name = "TEXT")]
    pub reason: Option<String>,
    /// Print the diff that would be applied and write nothing
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
pub struct ReopenArgs {
    /// The finding's number
    #[arg(value_parser = parse_finding_number)]
    pub finding: u32,
    /// Why the sign-off is withdrawn
    #[arg(long, value_name = "TEXT")]
    pub reason: String,
    /// The day (default: today)
    #[arg(long, value_name = "DATE", value_parser = parse_flag)]
    pub date: Option<Flag>,
    /// Print the diff that would be applied and write nothing
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
pub struct FixPunctuationArgs {
    /// Show the changes as a diff and write nothing
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Treat warnings (overdue measures…) as errors
    #[arg(long)]
    pub strict: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    Table,
    Csv,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SortKey {
    Deadline,
    Status,
    Owner,
    Department,
    Id,
}

#[derive(Debug, Args)]
pub struct HistoryArgs {
    /// Only writes made on or after this day
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub since: Option<Date>,

    /// Only writes made on or before this day
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub until: Option<Date>,

    /// Only writes to these findings (their numbers; repeat or separate with commas)
    #[arg(long, value_name = "N", value_delimiter = ',', value_parser = parse_finding_number)]
    pub finding: Vec<u32>,

    /// Only writes to measures whose department (责任部门) now contains this text
    #[arg(long, value_name = "NAME")]
    pub department: Option<String>,

    /// Only writes to measures whose owner or department now contains this text
    #[arg(long, value_name = "NAME")]
    pub owner: Option<String>,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// One row per measure instead of per finding
    #[arg(long, short)]
    pub measures: bool,

    /// Only these statuses (key or Chinese label; repeat or separate with commas)
    #[arg(long, value_parser = parse_status, value_delimiter = ',')]
    pub status: Vec<Status>,

    /// Only this category (its id)
    #[arg(long, value_name = "ID")]
    pub category: Option<String>,

    /// Only measures whose owner or department contains this text
    #[arg(long, value_name = "NAME")]
    pub owner: Option<String>,

    /// Only measures whose department (责任部门) contains this text
    #[arg(long, value_name = "NAME")]
    pub department: Option<String>,

    /// Only open measures due within this many days (overdue ones included)
    #[arg(long, value_name = "DAYS")]
    pub due_within: Option<u32>,

    /// Only open measures due on or before this date
    #[arg(long, value_name = "DATE", value_parser = parse_flag)]
    pub due_before: Option<Flag>,

    /// Order the rows by this
    #[arg(long, value_enum, value_name = "KEY")]
    pub sort: Option<SortKey>,

    /// Only these columns, by header (repeat or separate with commas), e.g. 编号,状态
    #[arg(long, value_name = "NAME", value_delimiter = ',')]
    pub columns: Vec<String>,

    /// Only overdue measures (deadline passed, not completed)
    #[arg(long)]
    pub overdue: bool,

    /// Only these findings (their numbers; repeat or separate with commas)
    #[arg(long, value_name = "N", value_delimiter = ',', value_parser = parse_finding_number)]
    pub finding: Vec<u32>,

    /// Output format
    #[arg(long, value_enum, default_value_t = ListFormat::Table)]
    pub format: ListFormat,

    /// Show the record as it stood on this date (a later date is today's record), or as it
    /// was in a git revision (a tag such as v1, a commit, HEAD~3)
    #[arg(long, value_name = "DATE|REV", value_parser = parse_as_of)]
    pub as_of: Option<AsOf>,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// A finding (4) or a measure (4.2)
    pub address: Address,

    /// Print as JSON
    #[arg(long)]
    pub json: bool,
}

/// An export format; each value's help (`value-format-…` in the catalog) is in the
/// interface language, hence the hand-written [`ValueEnum`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    /// The notice as Markdown
    Md,
    /// The notice as plain paragraphs
    Txt,
    /// The notice as a standalone HTML page
    Html,
    /// The whole model with numbering and statistics
    Json,
    /// The notice as a GB/T 9704 Word document
    Docx,
    /// The ledger (整改台账) as an Excel workbook
    Xlsx,
    /// The ledger as CSV (UTF-8 with BOM)
    Csv,
}

impl ValueEnum for ExportFormat {
    fn value_variants<'a>() -> &'a [Self] {
        use ExportFormat::*;
        &[Md, Txt, Html, Json, Docx, Xlsx, Csv]
    }

    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        let (name, help) = match self {
            ExportFormat::Md => ("md", t!("value-format-md")),
            ExportFormat::Txt => ("txt", t!("value-format-txt")),
            ExportFormat::Html => ("html", t!("value-format-html")),
            ExportFormat::Json => ("json", t!("value-format-json")),
            ExportFormat::Docx => ("docx", t!("value-format-docx")),
            ExportFormat::Xlsx => ("xlsx", t!("value-format-xlsx")),
            ExportFormat::Csv => ("csv", t!("value-format-csv")),
        };
        Some(clap::builder::PossibleValue::new(name).help(help))
    }
}

/// Which document `export` writes (`value-kind-…` in the catalog).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportKind {
    /// The progress notice (md, txt, html, docx), the ledger (xlsx, csv) or the data (json)
    Notice,
    /// The rectification plan (整改方案): md, docx or xlsx
    Plan,
}

impl ValueEnum for ExportKind {
    fn value_variants<'a>() -> &'a [Self] {
        &[ExportKind::Notice, ExportKind::Plan]
    }

    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        let (name, help) = match self {
            ExportKind::Notice => ("notice", t!("value-kind-notice")),
            ExportKind::Plan => ("plan", t!("value-kind-plan")),
        };
        Some(clap::builder::PossibleValue::new(name).help(help))
    }
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Output format
    #[arg(long, short, value_enum, default_value_t = ExportFormat::Md)]
    pub format: ExportFormat,

    /// Which document: the progress notice or the rectification plan (整改方案)
    #[arg(long, value_enum, default_value_t = ExportKind::Notice)]
    pub kind: ExportKind,

    /// Write to this file (atomically) instead of standard output (`-o -`: standard output)
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Render this template instead of the built-in one (md, txt, html)
    #[arg(long, value_name = "FILE")]
    pub template: Option<PathBuf>,

    /// Print the built-in template of --format and exit
    #[arg(long)]
    pub print_template: bool,

    /// Append each measure's status, e.g. （已完成）
    #[arg(long)]
    pub with_status: bool,

    /// Report progress as it stood on this date (a later date is today's record), or as it
    /// was in a git revision (a tag such as v1, a commit, HEAD~3)
    #[arg(long, value_name = "DATE|REV", value_parser = parse_as_of)]
    pub as_of: Option<AsOf>,
}

/// A format of `report` (`value-report-format-…` in the catalog).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportFormat {
    /// On the screen, fitted to its width
    Terminal,
    Md,
    Html,
    Docx,
    Xlsx,
    Json,
}

impl ValueEnum for ReportFormat {
    fn value_variants<'a>() -> &'a [Self] {
        use ReportFormat::*;
        &[Terminal, Md, Html, Docx, Xlsx, Json]
    }

    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        let (name, help) = match self {
            ReportFormat::Terminal => ("terminal", t!("value-report-format-terminal")),
            ReportFormat::Md => ("md", t!("value-report-format-md")),
            ReportFormat::Html => ("html", t!("value-report-format-html")),
            ReportFormat::Docx => ("docx", t!("value-report-format-docx")),
            ReportFormat::Xlsx => ("xlsx", t!("value-report-format-xlsx")),
            ReportFormat::Json => ("json", t!("value-report-format-json")),
        };
        Some(clap::builder::PossibleValue::new(name).help(help))
    }
}

/// What a report's table or reminders are grouped by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportBy {
    Department,
    Owner,
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// The period's first day (2020-11-01; a month 2020-11 starts on its first day), or a git
    /// revision of the data folder (a tag such as the last published notice): the period then
    /// starts on its day and the record in it is the baseline; with no period option: this
    /// month up to today
    #[arg(long, value_name = "DATE|REV", value_parser = parse_since, group = "period")]
    pub since: Option<Since>,

    /// The period's last day (default: today; a month reaches to its last day)
    #[arg(long, value_name = "DATE", value_parser = parse_flag, requires = "since")]
    pub until: Option<Flag>,

    /// This week, Monday up to today
    #[arg(long, group = "period")]
    pub week: bool,

    /// This month up to today (the default)
    #[arg(long, group = "period")]
    pub month: bool,

    /// Last week, Monday to Sunday
    #[arg(long, group = "period")]
    pub last_week: bool,

    /// Last month, first to last day
    #[arg(long, group = "period")]
    pub last_month: bool,

    /// 即将到期: open measures due within this many days after the period
    #[arg(long, value_name = "DAYS", default_value_t = 14)]
    pub due_within: u32,

    /// Add the counts per department or per owner
    #[arg(long, value_enum, value_name = "GROUP")]
    pub by: Option<ReportBy>,

    /// Reminders (催办单) instead of the report: one per department (or per owner with --by owner)
    #[arg(long)]
    pub remind: bool,

    /// Only the reminder to this department (its name as the record writes it)
    #[arg(
        long,
        value_name = "NAME",
        requires = "remind",
        conflicts_with = "owner"
    )]
    pub department: Option<String>,

    /// Only the reminder to this owner (责任人)
    #[arg(long, value_name = "NAME", requires = "remind")]
    pub owner: Option<String>,

    /// On a root of units: the order of the units, completion (lowest first, the default) or
    /// overdue (most first)
    #[arg(long, value_enum, value_name = "KEY")]
    pub sort: Option<UnitsSort>,

    /// Output format
    #[arg(long, short, value_enum, default_value_t = ReportFormat::Terminal)]
    pub format: ReportFormat,

    /// Write to this file (atomically) instead of standard output (`-o -`: standard output)
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Report on the record as it stood on this date, or as it was in a git revision of the
    /// data folder (the period is counted from that day)
    #[arg(long, value_name = "DATE|REV", value_parser = parse_as_of)]
    pub as_of: Option<AsOf>,
}

#[derive(Debug, Args)]
pub struct UpdateArgs {
    /// A measure (4.2) or a finding (4: every measure of it)
    pub address: Address,

    /// New status (key or Chinese label)
    #[arg(long, value_parser = parse_status)]
    pub status: Option<Status>,

    /// Done date: 2020-12-31, 2020/12/31, 2020年12月31日, or 2020-12 / 2020 when only the
    /// month or year is known (defaults to --date when the new status is done)
    #[arg(long, value_name = "DATE", value_parser = parse_flag)]
    pub done: Option<Flag>,

    /// The day the progress happened, for the log entry (default: today)
    #[arg(long, value_name = "DATE", value_parser = parse_flag)]
    pub date: Option<Flag>,

    /// 责任人
    #[arg(long)]
    pub owner: Option<String>,

    /// 责任部门
    #[arg(long)]
    pub department: Option<String>,

    /// 整改时限: 2020-12-31, 2020年12月底, 2020-12 / 2020, or 长期 (none); moving a passed
    /// deadline (or any, with --reason) is an extension (延期) that keeps the original
    #[arg(long, value_name = "DATE", value_parser = parse_deadline_flag)]
    pub deadline: Option<Flag>,

    /// Why the deadline is extended (延期)
    #[arg(long, value_name = "TEXT", requires = "deadline")]
    pub reason: Option<String>,

    /// 佐证材料 (added to the list)
    #[arg(long)]
    pub evidence: Option<String>,

    /// A note for the progress log (an entry is logged when the status changes or a note is given)
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,

    /// Print the diff that would be applied and write nothing
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Subcommand)]
pub enum AddCommand {
    /// Add a finding in a new file, with the next free number
    Finding {
        /// Its category id
        #[arg(long, value_name = "ID")]
        category: Option<String>,
        /// The finding as the inspection worded it
        #[arg(long)]
        title: String,
        /// Optional detail
        #[arg(long)]
        description: Option<String>,
        /// A measure's text (repeat for several; a finding needs at least one)
        #[arg(long, value_name = "TEXT", required = true)]
        measure: Vec<String>,
        /// 责任人 of its measures
        #[arg(long)]
        owner: Option<String>,
        /// 责任部门 of its measures
        #[arg(long)]
        department: Option<String>,
        /// 整改时限 of its measures
        #[arg(long, value_name = "DATE", value_parser = parse_deadline_flag)]
        deadline: Option<Flag>,
        /// Print the diff that would be applied and write nothing
        #[arg(long)]
        dry_run: bool,
    },
    /// Add a category (方面) to rectify.toml, after the last one
    Category {
        /// Its id, which findings name in `category`
        #[arg(long)]
        id: String,
        /// Its title as the notice prints it
        #[arg(long)]
        title: String,
        /// Print the diff that would be applied and write nothing
        #[arg(long)]
        dry_run: bool,
    },
    /// Add a measure to a finding, after its last one
    Measure {
        /// The finding's number (4), or a sub-problem's address (4.a)
        #[arg(value_parser = parse_measure_group)]
        finding: Address,
        /// The measure's text
        #[arg(long)]
        text: String,
        /// Its status
        #[arg(long, value_parser = parse_status, default_value = "not-started")]
        status: Status,
        /// 责任人
        #[arg(long)]
        owner: Option<String>,
        /// 责任部门
        #[arg(long)]
        department: Option<String>,
        /// 整改时限: 2020-12-31, 2020年12月底, or 2020-12 / 2020 (the month or year's last day)
        #[arg(long, value_name = "DATE", value_parser = parse_deadline_flag)]
        deadline: Option<Flag>,
        /// Done date: 2020-12-31, or 2020-12 / 2020 when only the month or year is known
        /// (defaults to today when the status is done)
        #[arg(long, value_name = "DATE", value_parser = parse_flag)]
        done: Option<Flag>,
        /// Print the diff that would be applied and write nothing
        #[arg(long)]
        dry_run: bool,
    },
}

/// Which example `init` writes (help from the catalog, as for [`ExportFormat`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Example {
    /// A small generic example
    Generic,
    /// The shipped reference notice (义安区民政局党组, 2020)
    Reference,
}

impl ValueEnum for Example {
    fn value_variants<'a>() -> &'a [Self] {
        &[Example::Generic, Example::Reference]
    }

    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        let (name, help) = match self {
            Example::Generic => ("generic", t!("value-example-generic")),
            Example::Reference => ("reference", t!("value-example-reference")),
        };
        Some(clap::builder::PossibleValue::new(name).help(help))
    }
}

#[derive(Debug, Args)]
pub struct InitArgs {
    /// The folder to create (default: the --data folder)
    pub dir: Option<PathBuf>,

    /// Which example to write
    #[arg(long, value_enum, default_value_t = Example::Generic)]
    pub example: Example,

    /// A record with no findings yet (rectify.toml and an empty findings/), to fill with
    /// `rectify add category` and `rectify add finding`
    #[arg(long, conflicts_with = "example")]
    pub empty: bool,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The ledger to read (.xlsx, .xls, .ods, .csv or .txt)
    pub ledger: PathBuf,

    /// The data folder to create (default: the --data folder)
    #[arg(long, value_name = "DIR")]
    pub into: Option<PathBuf>,

    /// Map another header name to a ledger column, e.g. 问题要点=问题 (repeatable)
    #[arg(long, value_name = "HEADER=COLUMN")]
    pub map: Vec<String>,

    /// Read only this sheet of the workbook (default: every sheet with a ledger header)
    #[arg(long, value_name = "NAME")]
    pub sheet: Option<String>,

    /// Print what would be made (columns read, categories, findings, skipped rows) and write nothing
    #[arg(long)]
    pub dry_run: bool,
}

/// A status as the data and import read it ([`Status::parse`]), with "did you mean".
pub fn parse_status(s: &str) -> Result<Status, String> {
    Status::parse(s).ok_or_else(|| {
        let all: Vec<String> = Status::ALL
            .iter()
            .map(|s| match crate::i18n::language() {
                crate::model::Language::Zh => format!("{}（{}）", s.label(s_zh()), s.key()),
                crate::model::Language::En => format!("{} ({})", s.key(), s.label(s_zh())),
            })
            .collect();
        match crate::load::reader::nearest(s.trim(), &Status::words()) {
            Some(near) => t!(
                "cli-unknown-status-near",
                status = s,
                near = near,
                statuses = crate::i18n::join(&all)
            ),
            None => t!(
                "cli-unknown-status",
                status = s,
                statuses = crate::i18n::join(&all)
            ),
        }
    })
}

fn s_zh() -> crate::model::Language {
    crate::model::Language::Zh
}

/// `--as-of`: a day, or a git revision of the data folder (see [`crate::git`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AsOf {
    Day(Date),
    Revision(String),
}

/// A day when the text is one; a revision when it cannot be a date (`v1`, `HEAD~3`,
/// `3f2a9c1`); a date's own error when it reads as a date that is wrong (`2021-02-30`).
pub fn parse_as_of(s: &str) -> Result<AsOf, String> {
    match crate::date::parse_day(s) {
        Ok(day) => Ok(AsOf::Day(day)),
        Err(why) => revision_unless_date_like(s, why).map(AsOf::Revision),
    }
}

/// `report --since`: a date as people write it (a month, a year), or a git revision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Since {
    Date(Flag),
    Revision(String),
}

/// A date (as [`parse_flag`] reads it) or, when it cannot be one, a git revision.
pub fn parse_since(s: &str) -> Result<Since, String> {
    match Flag::parse(s) {
        Ok(flag) => Ok(Since::Date(flag)),
        Err(why) => revision_unless_date_like(s, why).map(Since::Revision),
    }
}

/// Text that does not read as a date is taken for a git revision, unless it looks like a
/// date written wrong (`2021-02-30`, `2021/13/01`): then the date's own error `why` is the
/// clearer answer.
fn revision_unless_date_like(s: &str, why: String) -> Result<String, String> {
    let separators = "-/.年月日号底初 ";
    let date_like = s.chars().any(|c| separators.contains(c))
        && s.chars()
            .all(|c| c.is_ascii_digit() || separators.contains(c));
    if date_like {
        Err(why)
    } else {
        Ok(s.trim().to_string())
    }
}

/// A date as people write it (2020-12-31, 2020/12/31, 2020年12月31日, 12月底, 长期): the one
/// date parser of the data, import and the command line ([`crate::date::parse_text`]).
pub fn parse_flag(s: &str) -> Result<Flag, String> {
    Flag::parse(s)
}

/// `--deadline`: as [`parse_flag`], with 长期 and 立行立改 in the hint.
pub fn parse_deadline_flag(s: &str) -> Result<Flag, String> {
    Flag::parse_deadline(s)
}

/// A finding's number where a command works on whole findings (销号, history): a
/// sub-problem's or a measure's address is refused with the finding's number to give.
pub fn parse_finding_number(s: &str) -> Result<u32, String> {
    if let Ok(n) = s.trim().parse::<u32>() {
        return Ok(n);
    }
    let address: Address = s.parse()?;
    Err(t!(
        "cli-finding-number-only",
        address = address.to_string(),
        id = address.finding
    ))
}

/// Where a new measure goes: a finding (4) or one of its sub-problems (4.a), not a measure.
pub fn parse_measure_group(s: &str) -> Result<Address, String> {
    let address: Address = s.parse()?;
    if address.measure.is_some() {
        let group = Address {
            measure: None,
            ..address
        };
        return Err(t!(
            "cli-measure-group-only",
            address = address.to_string(),
            group = group.to_string()
        ));
    }
    Ok(address)
}

/// A full day (`2020-12-31`): the one date parser, shared with the data and templates.
pub fn parse_date(s: &str) -> Result<Date, String> {
    crate::date::parse_day(s)
}

#[cfg(test)]
mod tests {

    #[test]
    fn as_of_is_a_day_a_revision_or_a_wrong_date() {
        let day = crate::date::parse_day("2021-03-01").unwrap();
        assert_eq!(parse_as_of("2021-03-01"), Ok(AsOf::Day(day)));
        assert_eq!(parse_as_of("2021年3月1日"), Ok(AsOf::Day(day)));
        for rev in ["v1", "HEAD~3", "3f2a9c1", "通报-第一次", "main"] {
            assert_eq!(
                parse_as_of(rev),
                Ok(AsOf::Revision(rev.to_string())),
                "{rev}"
            );
        }
        assert!(parse_as_of("2021-02-30").is_err());
        assert!(parse_as_of("2021/13/01").is_err());
    }

    use super::*;

    #[test]
    fn verify_cli() {
        Cli::command().debug_assert();
        for language in [crate::model::Language::Zh, crate::model::Language::En] {
            crate::i18n::set_language(language);
            Cli::localized_command().debug_assert();
        }
    }
}
