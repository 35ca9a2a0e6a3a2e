//! One module per command; each turns its arguments into calls on load, views and edit.

pub mod add;
pub mod check;
pub mod export;
pub mod import;
pub mod init;
pub mod list;
pub mod show;
pub mod undo;
pub mod update;

use std::path::PathBuf;

use crate::date::Date;
use crate::error::{Error, Result};
use crate::load::{self, Loaded};
use crate::model::Report;

/// What every command knows: where the data is, what day it is, whether to colour.
#[derive(Debug, Clone)]
pub struct Context {
    pub data: PathBuf,
    pub today: Date,
    /// Colour standard output (a terminal, NO_COLOR unset, or --color always).
    pub color: bool,
    /// The --color choice, for streams other than standard output.
    pub color_choice: crate::cli::ColorChoice,
}

impl Context {
    /// Loads and validates the data folder: every problem at once.
    pub fn load(&self) -> Loaded {
        load::load(&self.data, self.today)
    }

    /// Loads the data folder, failing with its diagnostics when it has errors.
    pub fn report(&self) -> Result<Report> {
        let mut loaded = self.load();
        match loaded.report.take() {
            Some(report) => Ok(report),
            None => Err(Error::Invalid(Box::new(loaded))),
        }
    }
}

/// The error for an address naming a finding that does not exist (`what` says which), with
/// the findings that do exist, listed the same way by every command.
pub fn no_finding(report: &Report, what: String) -> Error {
    let mut ids: Vec<u32> = report.findings.iter().map(|f| f.id).collect();
    ids.sort_unstable();
    Error::failed_with_help(
        what,
        t!("findings-are", ids = id_ranges(&ids)),
    )
}

/// `1–10, 12, 15–16`: ids listed compactly, however many there are.
fn id_ranges(ids: &[u32]) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut i = 0;
    while i < ids.len() {
        let mut j = i;
        while j + 1 < ids.len() && ids[j + 1] == ids[j] + 1 {
            j += 1;
        }
        parts.push(match j - i {
            0 => ids[i].to_string(),
            1 => format!("{}, {}", ids[i], ids[j]),
            _ => format!("{}–{}", ids[i], ids[j]),
        });
        i = j + 1;
    }
    if parts.is_empty() {
        t!("findings-none-yet")
    } else {
        parts.join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_listed_as_ranges() {
        assert_eq!(id_ranges(&[1, 2, 3, 5, 7, 8]), "1–3, 5, 7, 8");
        assert_eq!(id_ranges(&[4]), "4");
        assert_eq!(id_ranges(&[1, 2]), "1, 2");
    }
}
