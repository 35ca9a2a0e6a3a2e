//! The command line: every command, option and its help, in one place.

use std::path::PathBuf;

use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};

use crate::date::{Date, When};
use crate::model::{Address, Status};

/// Keep inspection rectification (巡察整改) records as TOML: check them, list where things
/// stand, update them in place, and export the progress notice and the ledger.
#[derive(Debug, Parser)]
#[command(name = "rectify", version, about, max_term_width = 100)]
#[command(
    after_help = "Examples:\n  rectify check\n  rectify list --measures --status in-progress\n  rectify update 4.2 --status done --note \"制度已印发\"\n  rectify export --format md -o notice.md"
)]
pub struct Cli {
    /// The data folder (holds rectify.toml and findings/)
    #[arg(
        long,
        global = true,
        env = "RECTIFY_DATA",
        default_value = "data",
        value_name = "DIR"
    )]
    pub data: PathBuf,

    /// When to colour output
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,

    /// The date to treat as today (for overdue marks and tests)
    #[arg(long, global = true, env = "RECTIFY_TODAY", hide = true, value_parser = parse_date)]
    pub today: Option<Date>,

    #[command(subcommand)]
    pub command: Command,
}

impl Cli {
    /// Parses the process's arguments (exiting with clap's message on a usage error). An
    /// environment variable that is set but empty (`RECTIFY_DATA=`, as a shell script's
    /// unset variable gives) counts as unset, so the default applies rather than clap's "a
    /// value is required".
    pub fn parse_args() -> Cli {
        let mut command = Cli::command();
        for (arg, var) in [("data", "RECTIFY_DATA"), ("today", "RECTIFY_TODAY")] {
            if std::env::var_os(var).is_some_and(|v| v.is_empty()) {
                command = command.mut_arg(arg, |a| a.env(None::<&str>));
            }
        }
        let matches = command.get_matches();
        Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit())
    }
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
    #[command(
        after_help = "Examples:\n  rectify check\n  rectify --data other/data check --strict"
    )]
    Check(CheckArgs),

    /// Show where the rectification stands, one row per finding or per measure
    #[command(
        after_help = "Examples:\n  rectify list\n  rectify list --measures --overdue\n  rectify list --status in-progress --owner 办公室\n  rectify list --format csv > status.csv"
    )]
    List(ListArgs),

    /// Show everything about one finding or measure, with its progress log
    #[command(after_help = "Examples:\n  rectify show 4\n  rectify show 4.2")]
    Show(ShowArgs),

    /// Export the progress notice (md, txt, html, docx), the ledger (xlsx, csv) or the data (json)
    #[command(
        after_help = "Examples:\n  rectify export --format md > notice.md\n  rectify export --format docx -o notice.docx\n  rectify export --format xlsx -o ledger.xlsx\n  rectify export --print-template > my.md.j2"
    )]
    Export(ExportArgs),

    /// Change a measure (4.2) or every measure of a finding (4), keeping every other byte
    #[command(
        after_help = "Examples:\n  rectify update 4.2 --status done --note \"制度已印发\"\n  rectify update 4 --owner 办公室\n  rectify update 1.3 --deadline 2021-03-31 --dry-run"
    )]
    Update(UpdateArgs),

    /// Add a finding or a measure
    #[command(
        subcommand,
        after_help = "Examples:\n  rectify add finding --category policy --title 学习制度落实不到位 --measure \"建立学习台账\"\n  rectify add measure 4 --text \"开展警示教育\" --status in-progress"
    )]
    Add(AddCommand),

    /// Create a new data folder with a small commented example
    #[command(
        after_help = "Examples:\n  rectify init mydata\n  rectify init ref --example reference"
    )]
    Init(InitArgs),

    /// Take back the last update or add
    #[command(after_help = "Example:\n  rectify undo")]
    Undo,

    /// List the journal of writes: when, which command, which records, old → new
    #[command(after_help = "Example:\n  rectify history")]
    History,

    /// Write half-width punctuation in Chinese text full-width (，；：！？（）) and nest quotes
    /// (‘’ inside “”) in the data files, as the exports print them
    #[command(
        name = "fix-punctuation",
        after_help = "Examples:\n  rectify fix-punctuation --dry-run\n  rectify fix-punctuation"
    )]
    FixPunctuation(FixPunctuationArgs),

    /// Read an existing Excel or CSV ledger (整改台账) into a new data folder
    #[command(
        after_help = "Examples:\n  rectify import 台账.xlsx --into data\n  rectify import ledger.csv --into data --map 问题要点=问题\n  rectify import 台账.xlsx --dry-run"
    )]
    Import(ImportArgs),
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

    /// Only overdue measures (deadline passed, not completed)
    #[arg(long)]
    pub overdue: bool,

    /// Only these findings (their numbers; repeat or separate with commas)
    #[arg(long, value_name = "N", value_delimiter = ',')]
    pub finding: Vec<u32>,

    /// Output format
    #[arg(long, value_enum, default_value_t = ListFormat::Table)]
    pub format: ListFormat,

    /// Show the record as it stood on this date (a later date is today's record)
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub as_of: Option<Date>,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// A finding (4) or a measure (4.2)
    pub address: Address,

    /// Print as JSON
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
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

/// Which document `export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportKind {
    /// The progress notice (md, txt, html, docx), the ledger (xlsx, csv) or the data (json)
    Notice,
    /// The rectification plan (整改方案): md, docx or xlsx
    Plan,
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

    /// Report progress as it stood on this date (a later date is today's record)
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub as_of: Option<Date>,
}

#[derive(Debug, Args)]
pub struct UpdateArgs {
    /// A measure (4.2) or a finding (4: every measure of it)
    pub address: Address,

    /// New status (key or Chinese label)
    #[arg(long, value_parser = parse_status)]
    pub status: Option<Status>,

    /// Done date: 2020-12-31, or 2020-12 / 2020 when only the month or year is known
    /// (defaults to today when the new status is done)
    #[arg(long, value_name = "DATE", value_parser = parse_when)]
    pub done: Option<When>,

    /// 责任人
    #[arg(long)]
    pub owner: Option<String>,

    /// 责任部门
    #[arg(long)]
    pub department: Option<String>,

    /// 整改时限: 2020-12-31, or 2020-12 / 2020 (the month or year's last day)
    #[arg(long, value_name = "DATE", value_parser = parse_when)]
    pub deadline: Option<When>,

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
    #[command(
        after_help = "Example:\n  rectify add finding --category policy --title 学习制度落实不到位 --measure \"建立学习台账\""
    )]
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
        /// Its first measure's text (a finding needs at least one)
        #[arg(long, value_name = "TEXT")]
        measure: String,
        /// Print the diff that would be applied and write nothing
        #[arg(long)]
        dry_run: bool,
    },
    /// Add a measure to a finding, after its last one
    #[command(
        after_help = "Example:\n  rectify add measure 4 --text \"开展警示教育\" --status in-progress --deadline 2021-06-30"
    )]
    Measure {
        /// The finding's number
        finding: u32,
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
        /// 整改时限: 2020-12-31, or 2020-12 / 2020 (the month or year's last day)
        #[arg(long, value_name = "DATE", value_parser = parse_when)]
        deadline: Option<When>,
        /// Done date: 2020-12-31, or 2020-12 / 2020 when only the month or year is known
        /// (defaults to today when the status is done)
        #[arg(long, value_name = "DATE", value_parser = parse_when)]
        done: Option<When>,
        /// Print the diff that would be applied and write nothing
        #[arg(long)]
        dry_run: bool,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Example {
    /// A small generic example
    Generic,
    /// The shipped reference notice (义安区民政局党组, 2020)
    Reference,
}

#[derive(Debug, Args)]
pub struct InitArgs {
    /// The folder to create (default: the --data folder)
    pub dir: Option<PathBuf>,

    /// Which example to write
    #[arg(long, value_enum, default_value_t = Example::Generic)]
    pub example: Example,
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

pub fn parse_status(s: &str) -> Result<Status, String> {
    Status::parse(s).ok_or_else(|| {
        let all: Vec<String> = Status::ALL
            .iter()
            .map(|s| format!("{} ({})", s.key(), s.label(crate::model::Language::Zh)))
            .collect();
        format!("unknown status `{s}`; statuses are {}", all.join(", "))
    })
}

/// A day, month or year (`2020-12-31`, `2020-12`, `2020`), as the data format allows for
/// `done` and `deadline`.
pub fn parse_when(s: &str) -> Result<When, String> {
    When::parse(s)
}

/// A full day (`2020-12-31`): the one date parser, shared with the data and templates.
pub fn parse_date(s: &str) -> Result<Date, String> {
    crate::date::parse_day(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verify_cli() {
        Cli::command().debug_assert();
    }
}
