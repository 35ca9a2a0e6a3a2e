//! The `rectify` binary: parse the command line, run it, print any error, exit with its code.

use std::io::IsTerminal;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = rectify::cli::Cli::parse_args();
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
