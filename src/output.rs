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
            path: "standard output".into(),
            source: e,
        }),
        _ => Ok(()),
    }
}

/// Writes `bytes` to `path` atomically: a temp file beside it, fsync, rename.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    let err = |source| Error::Write {
        path: path.to_path_buf(),
        source,
    };
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut temp = tempfile::Builder::new()
        .prefix(".rectify-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(err)?;
    temp.write_all(bytes).map_err(err)?;
    // A temp file is private (0600); an export is a document to share: keep the permissions
    // of the file it replaces, else the usual ones. A symlink at `path` is replaced, never
    // followed, so its permissions do not count.
    match std::fs::symlink_metadata(path) {
        Ok(meta) if meta.is_file() => temp.as_file().set_permissions(meta.permissions()),
        _ => set_shared(temp.as_file()),
    }
    .map_err(err)?;
    temp.as_file().sync_all().map_err(err)?;
    temp.persist(path).map_err(|e| err(e.error))?;
    Ok(())
}

#[cfg(unix)]
fn set_shared(file: &std::fs::File) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    file.set_permissions(std::fs::Permissions::from_mode(0o644))
}

#[cfg(not(unix))]
fn set_shared(_file: &std::fs::File) -> std::io::Result<()> {
    Ok(())
}
