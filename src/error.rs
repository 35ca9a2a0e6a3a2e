//! The one error type of rectify; `main` renders it and maps it to an exit code.

use std::path::PathBuf;

use crate::load::Loaded;

/// Messages are already in the interface language when an error is made (see [`crate::t`]);
/// [`Error::Write`] and [`Error::Read`] word theirs when displayed.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The data folder has errors; the diagnostics say which and where.
    #[error("{}", crate::t!("error-invalid-data"))]
    Invalid(Box<Loaded>),
    /// A write was refused because of errors in the data: before it, or in its result.
    #[error("{reason}")]
    WriteRefused {
        reason: Refusal,
        loaded: Box<Loaded>,
    },
    /// An operation could not be done (a missing address, a refused undo…).
    #[error("{message}")]
    Failed {
        message: String,
        help: Option<String>,
    },
    #[error("{}", crate::t!("error-cannot-write", path = path, reason = crate::i18n::io_reason(source)))]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}", crate::t!("error-cannot-read", path = path, reason = crate::i18n::io_reason(source)))]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    /// A ledger could not be imported: every problem found, each at its cell.
    #[error("{}", crate::t!("import-nothing", count = problems.len(), source = ledger.as_str()))]
    Import {
        problems: Vec<crate::diagnostic::Diagnostic>,
        ledger: String,
    },
    /// The command line asks for something impossible (clap handles the rest).
    #[error("{0}")]
    Usage(String),
}

/// Why a write was refused; the diagnostics travel with it.
#[derive(Debug, thiserror::Error)]
pub enum Refusal {
    #[error("{}", crate::t!("edit-refused-invalid"))]
    DataHasErrors,
    #[error("{}", crate::t!("edit-would-leave-errors", command = command))]
    WouldLeaveErrors { command: String },
}

impl Error {
    pub fn failed(message: impl Into<String>) -> Self {
        Error::Failed {
            message: message.into(),
            help: None,
        }
    }

    pub fn failed_with_help(message: impl Into<String>, help: impl Into<String>) -> Self {
        Error::Failed {
            message: message.into(),
            help: Some(help.into()),
        }
    }

    /// 1 for bad data or a failed operation, 2 for a bad command line.
    pub fn exit_code(&self) -> u8 {
        match self {
            Error::Usage(_) => 2,
            _ => 1,
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
