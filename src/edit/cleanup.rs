//! What an interrupted rectify removes: the temp files and folders it is writing at that
//! moment. Ctrl-C (SIGINT) or SIGTERM during a write, an export or an `import` would otherwise
//! leave a `.rectify-*.tmp` file (hundreds of MB for a large export) or a `.rectify-new-*`
//! folder behind. A process killed outright (SIGKILL) cannot clean up: what it leaves is
//! removed by the next run ([`super::remove_dead_temps`], the data writer's stale-temp rule).

use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// Paths being written now, removed on an interrupt.
static IN_PROGRESS: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

/// Installs the handler for Ctrl-C and SIGTERM: remove every registered path, then exit with
/// 130, as a shell reports an interrupted command. Called once, by the binary.
pub fn on_interrupt() {
    let _ = ctrlc::set_handler(|| {
        let paths = IN_PROGRESS
            .lock()
            .map(|paths| paths.clone())
            .unwrap_or_default();
        for path in paths {
            let _ = if path.is_dir() {
                std::fs::remove_dir_all(&path)
            } else {
                std::fs::remove_file(&path)
            };
        }
        std::process::exit(130);
    });
}

/// Registers `path` for removal on an interrupt, until the returned guard is dropped.
pub fn register(path: &Path) -> Registered {
    if let Ok(mut paths) = IN_PROGRESS.lock() {
        paths.push(path.to_path_buf());
    }
    Registered(path.to_path_buf())
}

/// A path registered with [`register`]; dropping it unregisters the path.
#[derive(Debug)]
pub struct Registered(PathBuf);

impl Drop for Registered {
    fn drop(&mut self) {
        if let Ok(mut paths) = IN_PROGRESS.lock() {
            if let Some(i) = paths.iter().rposition(|p| *p == self.0) {
                paths.remove(i);
            }
        }
    }
}
