//! The `rectify` binary: decide the interface language, parse the command line, run it,
//! print any error, exit with its code.

use std::io::IsTerminal;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    rectify::i18n::set_language(rectify::i18n::detect(&args));
    let cli = rectify::cli::Cli::parse_args_from(args);
    rectify::edit::cleanup::on_interrupt();
    let color = rectify::color_enabled(cli.color, std::io::stderr().is_terminal());
    match rectify::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprint!("{}", rectify::render_error(&error, color));
            ExitCode::from(error.exit_code())
        }
    }
}
