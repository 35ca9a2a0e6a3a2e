//! Where output goes, the one sink the commands print through: standard output (a closed
//! pipe counts as success), standard error (messages, diagnostics, in colour on a terminal),
//! or a file written atomically (temp file in the same folder, then rename) so a reader never
//! sees half of it. Nothing below the commands prints.

use std::io::{IsTerminal, Write};
use std::path::Path;

use crate::cli::ColorChoice;
use crate::diagnostic::Diagnostic;
use crate::error::{Error, Result};
use crate::source::Sources;

/// Prints to standard output; a reader that went away (`| head`) is not an error.
pub fn print(text: &str) -> Result<()> {
    print_with(|out| {
        out.write_all(text.as_bytes())
            .map_err(crate::export::output_error)
    })
}

/// Prints what `write` writes to standard output, buffered, as it writes it; a reader that
/// went away (`| head`) is not an error.
pub fn print_with(write: impl FnOnce(&mut dyn Write) -> Result<()>) -> Result<()> {
    let mut stdout = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    let written =
        write(&mut stdout).and_then(|()| stdout.flush().map_err(crate::export::output_error));
    match written {
        Err(Error::Write { source, .. }) if source.kind() == std::io::ErrorKind::BrokenPipe => {
            Ok(())
        }
        Err(Error::Write { source, .. }) => Err(Error::Write {
            path: crate::t!("standard-output").into(),
            source,
        }),
        other => other,
    }
}

/// Whether standard output is coloured under the --color choice.
pub fn stdout_color(choice: ColorChoice) -> bool {
    crate::color_enabled(choice, std::io::stdout().is_terminal())
}

/// A message for the user on standard error (progress, notes: not the command's output).
pub fn say(text: &str) {
    // Standard error gone is nothing the user could be told about.
    let _ = writeln!(std::io::stderr().lock(), "{text}");
}

/// Diagnostics on standard error, rendered like `check` renders them, in colour when `color`
/// allows it on this terminal.
pub fn diagnostics(diagnostics: &[Diagnostic], sources: &Sources, color: ColorChoice) {
    if diagnostics.is_empty() {
        return;
    }
    let color = crate::color_enabled(color, std::io::stderr().is_terminal());
    let _ = write!(
        std::io::stderr().lock(),
        "{}",
        crate::diagnostic::render(diagnostics, sources, color)
    );
}

/// Writes `bytes` to `path` atomically (temp file beside it, fsync, rename), so a reader never
/// sees half an export. The same primitive the data writer uses, without its failure hooks.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    crate::edit::write_file(path, bytes, crate::edit::FileKind::Export)
}

/// [`write_atomic`] of what `write` writes, as it writes it, for output too large to hold
/// whole (an export of thousands of findings).
pub fn write_atomic_with(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> Result<()>,
) -> Result<()> {
    crate::edit::write_file_with(path, crate::edit::FileKind::Export, write)
}
