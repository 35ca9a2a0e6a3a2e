//! Where output goes: standard output (a closed pipe counts as success), or a file written
//! atomically (temp file in the same folder, then rename) so a reader never sees half of it.

use std::io::Write;
use std::path::Path;

use crate::error::{Error, Result};

/// Prints to standard output; a reader that went away (`| head`) is not an error.
pub fn print(text: &str) -> Result<()> {
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(Error::Write {
            path: crate::t!("standard-output").into(),
            source: e,
        }),
        _ => Ok(()),
    }
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
