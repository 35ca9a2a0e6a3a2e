//! rectify: inspection rectification records as TOML, checked, listed, updated and exported.
//!
//! Data flows one way: files → [`load`] (parse, read, [`validate`]) → [`model`] → views
//! ([`view`], [`export`]). Only [`edit`] writes data files back.

// First, so that every module below can use `t!`.
#[macro_use]
pub mod i18n;

pub mod chinese;
pub mod cli;
pub mod commands;
pub mod date;
pub mod diagnostic;
pub mod edit;
pub mod error;
pub mod export;
pub mod git;
pub mod import;
pub mod load;
pub mod model;
pub mod output;
pub mod punctuation;
pub mod settings;
pub mod source;
pub mod validate;
pub mod view;

pub use error::{Error, Result};

use cli::{Cli, ColorChoice, Command};

/// Runs one command line.
pub fn run(cli: Cli) -> Result<()> {
    output::set_quiet(cli.quiet);
    let writes_new_folder = matches!(cli.command, Command::Init(_) | Command::Import(_));
    let ctx = commands::Context {
        data: commands::data_folder(cli.data.clone(), writes_new_folder),
        today: cli
            .today
            .unwrap_or_else(|| chrono::Local::now().date_naive()),
        color: cli.color,
    };
    match cli.command {
        Command::Check(args) => commands::check::run(&ctx, &args),
        Command::List(args) => commands::list::run(&ctx, &args),
        Command::Show(args) => commands::show::run(&ctx, &args),
        Command::Export(args) => commands::export::run(&ctx, &args),
        Command::Report(args) => commands::report::run(&ctx, &args),
        Command::Update(args) => commands::update::run(&ctx, &args),
        Command::Add(args) => commands::add::run(&ctx, &args),
        Command::Init(args) => commands::init::run(&ctx, &args),
        Command::Undo => commands::undo::run(&ctx),
        Command::FixPunctuation(args) => commands::fix_punctuation::run(&ctx, &args),
        Command::History(args) => commands::undo::history(&ctx, &args),
        Command::Import(args) => commands::import::run(&ctx, &args),
        Command::Edit(args) => commands::edit::edit(&ctx, &args),
        Command::Remove(args) => commands::edit::remove(&ctx, &args),
        Command::Close(args) => commands::close::close(&ctx, &args),
        Command::Reopen(args) => commands::close::reopen(&ctx, &args),
    }
}

/// Colour only on a terminal, never when NO_COLOR is set (<https://no-color.org>).
pub fn color_enabled(choice: ColorChoice, is_terminal: bool) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            is_terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    }
}

/// The text printed on standard error for an error.
pub fn render_error(error: &Error, color: bool) -> String {
    let invalid = |loaded: &load::Loaded| {
        let mut out =
            diagnostic::render(&output::shown(&loaded.diagnostics), &loaded.sources, color);
        out.push_str(&commands::check::summary_line(
            &loaded.diagnostics,
            &loaded.sources,
        ));
        out.push('\n');
        out
    };
    match error {
        Error::Invalid(loaded) => invalid(loaded),
        Error::WriteRefused { reason, loaded } => {
            format!("{}{reason}\n{}", t!("diag-error-prefix"), invalid(loaded))
        }
        Error::Failed {
            message,
            help: Some(help),
        } => format!(
            "{}{message}\n{}{help}\n",
            t!("diag-error-prefix"),
            t!("diag-help-prefix")
        ),
        other => format!("{}{other}\n", t!("diag-error-prefix")),
    }
}
