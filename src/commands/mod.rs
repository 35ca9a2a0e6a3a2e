//! One module per command; each turns its arguments into calls on load, views and edit.

pub mod add;
pub mod check;
pub mod export;
pub mod fix_punctuation;
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
use crate::model::{Address, Finding, Report};

/// What every command knows: where the data is, what day it is, whether to colour.
#[derive(Debug, Clone)]
pub struct Context {
    pub data: PathBuf,
    pub today: Date,
    /// The --color choice; [`crate::output`] decides per stream whether it means colour.
    pub color: crate::cli::ColorChoice,
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

    /// Opens the data folder for a write (locked, loaded), telling the user when it waits
    /// for another rectify's write to finish.
    pub fn session(&self) -> Result<crate::edit::Session> {
        crate::edit::Session::open(&self.data, self.today, &waiting)
    }

    /// The warnings a write leaves on the measures it touched (0-based `measures` of finding
    /// `finding`), on standard error: a change that makes a measure overdue or contradictory
    /// does not pass unnoticed.
    pub fn warn_about(&self, after: &Loaded, finding: u32, measures: &[usize]) {
        let warnings = after.warnings_about_measures(finding, measures);
        crate::output::diagnostics(&warnings, &after.sources, self.color);
    }

    /// Loads the data folder as it stood on `day` (`--as-of`), with the day views count
    /// overdue marks from: the one place `--as-of` is applied, before any view runs.
    pub fn report_as_of(&self, day: Option<Date>) -> Result<(Report, Date)> {
        let report = self.report()?;
        match crate::view::as_of::as_of(report, day, self.today) {
            Ok(then) => Ok((then.report, then.today)),
            Err(e) => Err(Error::failed_with_help(
                format!(
                    "--as-of {} is before the inspection group's feedback ({}): nothing had been asked of the unit yet",
                    e.day, e.feedback
                ),
                format!("give a date on or after {}", e.feedback),
            )),
        }
    }
}

/// What a write says while it waits for another's lock.
pub fn waiting(data: &std::path::Path) {
    crate::output::say(&format!(
        "waiting for another rectify to finish writing to {}…",
        data.display()
    ));
}

/// The finding an address names, and the measure's 0-based index when it names one; a
/// missing address is an error that lists the addresses that exist.
pub fn resolve(report: &Report, address: Address) -> Result<(&Finding, Option<usize>)> {
    let Some(finding) = report.finding(address.finding) else {
        let what = match address.measure {
            Some(_) => format!(
                "there is no finding {} (so no measure {address})",
                address.finding
            ),
            None => format!("there is no finding {}", address.finding),
        };
        return Err(no_finding(report, what));
    };
    if let Some(sub) = address.sub {
        if !finding.subs.iter().any(|s| s.id == sub) {
            let letters: Vec<String> = finding
                .subs
                .iter()
                .map(|s| format!("{}.{}", finding.id, s.id))
                .collect();
            return Err(Error::failed_with_help(
                format!("finding {} has no sub-problem {sub}", finding.id),
                if letters.is_empty() {
                    format!("finding {} has no sub-problems", finding.id)
                } else {
                    format!("its sub-problems are {}", letters.join(", "))
                },
            ));
        }
    }
    match address.measure {
        None => Ok((finding, None)),
        Some(n) => match finding.measure_index(address.sub, n) {
            Some(i) => Ok((finding, Some(i))),
            None => {
                let all: Vec<String> = finding
                    .group(address.sub)
                    .map(|m| finding.measure_address(m).to_string())
                    .collect();
                let whose = match address.sub {
                    Some(sub) => format!("sub-problem {}.{sub}", finding.id),
                    None => format!("finding {}", finding.id),
                };
                Err(Error::failed_with_help(
                    format!("there is no measure {address}"),
                    format!(
                        "{whose} has {} measure{}: {}",
                        all.len(),
                        if all.len() == 1 { "" } else { "s" },
                        all.join(", ")
                    ),
                ))
            }
        },
    }
}

/// The error for an address naming a finding that does not exist (`what` says which), with
/// the findings that do exist, listed the same way by every command.
pub fn no_finding(report: &Report, what: String) -> Error {
    let mut ids: Vec<u32> = report.findings.iter().map(|f| f.id).collect();
    ids.sort_unstable();
    Error::failed_with_help(
        what,
        format!(
            "findings are {}; `rectify list` shows them",
            id_ranges(&ids)
        ),
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
        "none yet (`rectify add finding` adds one)".to_string()
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
