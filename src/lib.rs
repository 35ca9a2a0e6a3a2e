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
    let place = commands::place(
        cli.data.clone(),
        cli.root.clone(),
        cli.unit.clone(),
        matches!(cli.command, Command::Units(_)),
        writes_new_folder,
    )?;
    let (data, root, unit) = match place {
        commands::Place::Data(dir) => (dir, None, None),
        commands::Place::Root { dir, unit } => {
            let root = load::root::Root::open(&dir)?;
            match unit {
                Some(name) => {
                    let unit = root.find(&name)?.clone();
                    (unit.dir.clone(), None, Some(unit))
                }
                None => (dir, Some(std::rc::Rc::new(root)), None),
            }
        }
    };
    let ctx = commands::Context {
        data,
        today: cli
            .today
            .unwrap_or_else(|| chrono::Local::now().date_naive()),
        color: cli.color,
        root,
        unit,
    };
    // Across a root, only these read every unit; the rest need `--unit`.
    let one_record = match &cli.command {
        Command::Check(_) | Command::Export(_) | Command::Units(_) | Command::Report(_) => None,
        Command::List(_) => Some("list"),
        Command::Show(_) => Some("show"),
        Command::Update(_) => Some("update"),
        Command::Add(_) => Some("add"),
        Command::Init(_) => Some("init"),
        Command::Undo => Some("undo"),
        Command::History(_) => Some("history"),
        Command::Edit(_) => Some("edit"),
        Command::Remove(_) => Some("remove"),
        Command::Close(_) => Some("close"),
        Command::Reopen(_) => Some("reopen"),
        Command::FixPunctuation(_) => Some("fix-punctuation"),
        Command::Import(_) => Some("import"),
    };
    if let Some(command) = one_record {
        ctx.one_record(command)?;
    }
    match cli.command {
        Command::Check(args) => commands::check::run(&ctx, &args),
        Command::Units(args) => commands::units::run(&ctx, &args),
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
        // One problem without a place in a file says it all: a summary would repeat it.
        if commands::check::summary_needed(&loaded.diagnostics) {
            out.push_str(&commands::check::summary_line(
                &loaded.diagnostics,
                &loaded.sources,
            ));
            out.push('\n');
        }
        out
    };
    match error {
        Error::Invalid(loaded) => invalid(loaded),
        Error::WriteRefused { reason, loaded } => {
            format!("{}{reason}\n{}", t!("diag-error-prefix"), invalid(loaded))
        }
        Error::Import { problems, .. } => {
            let mut out = diagnostic::render(problems, &source::Sources::default(), color);
            // One problem about the whole file (no header row, an unreadable file) says it
            // all; with several, or one in a cell, the summary says nothing was imported.
            let whole_file = matches!(
                problems.as_slice(),
                [only] if only.cell.as_ref().is_none_or(|c| c.position.is_none())
            );
            if !whole_file {
                out.push_str(&format!(
                    "{}{error}\n{}{}\n",
                    t!("diag-error-prefix"),
                    t!("diag-help-prefix"),
                    t!("import-nothing-help")
                ));
            }
            out
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
