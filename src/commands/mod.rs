//! One module per command; each turns its arguments into calls on load, views and edit.

pub mod add;
pub mod check;
pub mod close;
pub mod edit;
pub mod export;
pub mod fix_punctuation;
pub mod import;
pub mod init;
pub mod list;
pub mod report;
pub mod show;
pub mod undo;
pub mod units;
pub mod update;

use std::path::PathBuf;
use std::rc::Rc;

use crate::cli::AsOf;
use crate::date::Date;
use crate::error::{Error, Result};
use crate::load::root::{Root, Unit};
use crate::load::{self, Loaded};
use crate::model::{Address, Finding, Report};

/// What every command knows: where the data is, what day it is, whether to colour.
#[derive(Debug, Clone)]
pub struct Context {
    /// The record's folder (with `--unit`, the unit's; with a root and no unit, the root's
    /// own folder, which holds no record).
    pub data: PathBuf,
    pub today: Date,
    /// The --color choice; [`crate::output`] decides per stream whether it means colour.
    pub color: crate::cli::ColorChoice,
    /// The root of units the command works across: set when a root was given or found and
    /// no `--unit` picked one of its units.
    pub root: Option<Rc<Root>>,
    /// The unit `--unit` picked (then `data` is its folder).
    pub unit: Option<Unit>,
}

/// Where a command works: one record, or a root of units (perhaps one unit of it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    Data(PathBuf),
    Root { dir: PathBuf, unit: Option<String> },
}

/// Decides once where the command works, from `--data`, `--root`, `--unit` and the folders
/// around: `--unit` (or `rectify units`) needs a root: `--root` (or `RECTIFY_ROOT`), else the
/// current folder or the nearest parent holding a rectify-root.toml. Otherwise `--data` wins
/// over `--root`, and with neither, [`data_folder`]'s search also stops at a folder holding a
/// rectify-root.toml (the root) before a parent holding a rectify.toml.
pub fn place(
    data: Option<PathBuf>,
    root: Option<PathBuf>,
    unit: Option<String>,
    needs_root: bool,
    writes_new_folder: bool,
) -> Result<Place> {
    if writes_new_folder {
        if unit.is_some() {
            return Err(Error::Usage(t!("unit-not-for-new-folder")));
        }
        return Ok(data_folder(data, true));
    }
    if unit.is_some() || needs_root {
        let found = || {
            load::root::discover().map(|(relative, full)| {
                crate::output::say(&t!("root-found", path = full.display().to_string()));
                relative
            })
        };
        let dir = match root.or_else(found) {
            Some(dir) => dir,
            None => {
                return Err(Error::failed_with_help(
                    t!("root-not-found", file = load::root::ROOT_FILE),
                    t!("root-not-found-help"),
                ))
            }
        };
        return Ok(Place::Root { dir, unit });
    }
    if let Some(dir) = data {
        return Ok(Place::Data(dir));
    }
    if let Some(dir) = root {
        return Ok(Place::Root { dir, unit: None });
    }
    Ok(data_folder(None, false))
}

/// How a command over a root ends once its output is written whole: exit 1 when units'
/// records (`broken`, named) or rectify-root.toml had errors (printed above), as `check`
/// ends on them; `partial` words the failure for the broken units.
pub fn root_outcome(
    root: &load::root::Root,
    broken: &[String],
    partial: impl FnOnce(usize, String) -> Error,
) -> Result<()> {
    if !broken.is_empty() {
        return Err(partial(broken.len(), crate::i18n::join(broken)));
    }
    if root.has_errors() {
        return Err(Error::failed(t!(
            "root-file-has-errors",
            file = load::root::ROOT_FILE
        )));
    }
    Ok(())
}

impl Context {
    /// Fails when the command needs one record and was given a root without `--unit`: the
    /// message lists the units to choose from.
    pub fn one_record(&self, command: &str) -> Result<()> {
        match &self.root {
            Some(root) => Err(Error::failed_with_help(
                t!(
                    "root-needs-unit",
                    command = command,
                    root = root.dir.as_path()
                ),
                t!("root-units-are", units = root.unit_list()),
            )),
            None => Ok(()),
        }
    }

    /// A date flag made definite (a month without a year takes today's); `None` for 长期.
    pub fn when(&self, flag: &crate::date::Flag) -> Result<Option<crate::date::When>> {
        flag.when(self.today).map_err(Error::Usage)
    }

    /// A date flag that must name a day; `None` (no flag) is today.
    pub fn day(&self, flag: Option<&crate::date::Flag>) -> Result<Date> {
        match flag {
            Some(flag) => flag.day(self.today).map_err(Error::Usage),
            None => Ok(self.today),
        }
    }

    /// Loads and validates the data folder: every problem at once.
    pub fn load(&self) -> Loaded {
        load::load_for(
            &self.data,
            self.today,
            self.unit.as_ref().map(|u| u.name.as_str()),
        )
    }

    /// Loads the data folder, failing with its diagnostics when it has errors.
    ///
    /// Only the records are wanted here, so the load keeps no file's text it does not need
    /// (`load_records_for`): on 10,000 findings the texts are a third of the memory `list`
    /// and `export` peak at. A folder with errors is loaded again, texts and all, so that its
    /// diagnostics can quote any file.
    pub fn report(&self) -> Result<Report> {
        let unit = self.unit.as_ref().map(|u| u.name.as_str());
        let mut loaded = load::load_records_for(&self.data, self.today, unit);
        match loaded.report.take() {
            Some(report) => Ok(report),
            None => Err(Error::Invalid(Box::new(self.load()))),
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
        self.as_of(self.report()?, day)
    }

    /// Like [`Context::report_as_of`] for `--as-of DATE|REV`: a revision loads the record as
    /// it was in that commit of the data folder's git repository and takes the commit's day.
    /// Returns the report, the day views count from, and the `--as-of` day.
    pub fn report_at(&self, point: Option<&AsOf>) -> Result<(Report, Date, Option<Date>)> {
        match point {
            None => self.report_as_of(None).map(|(r, today)| (r, today, None)),
            Some(AsOf::Day(day)) => self
                .report_as_of(Some(*day))
                .map(|(r, today)| (r, today, Some(*day))),
            Some(AsOf::Revision(name)) => {
                let (report, revision) = self.report_at_revision(name)?;
                self.as_of(report, Some(revision.date))
                    .map(|(r, today)| (r, today, Some(revision.date)))
            }
        }
    }

    /// The record as it was in git revision `name`, and that revision (its commit and day).
    pub fn report_at_revision(&self, name: &str) -> Result<(Report, crate::git::Revision)> {
        if !self.data.is_dir() {
            return Err(Error::failed_with_help(
                t!("no-data-folder", path = self.data),
                t!("no-data-folder-help"),
            ));
        }
        let revision = crate::git::resolve(&self.data, name)?;
        let files = crate::git::record_files(&self.data, &revision)?;
        if files.report.is_none() {
            return Err(Error::failed_with_help(
                t!(
                    "git-no-record",
                    revision = name,
                    commit = revision.commit.get(..10).unwrap_or(&revision.commit)
                ),
                t!("git-no-record-help", path = self.data),
            ));
        }
        let named: Vec<(&str, &[u8])> = files
            .findings
            .iter()
            .map(|(name, bytes)| (name.as_str(), bytes.as_slice()))
            .collect();
        let mut loaded = load::load_in_memory_as(
            &crate::git::display_root(&revision),
            files.report.as_deref().unwrap_or_default(),
            &named,
            self.today,
        );
        match loaded.report.take() {
            Some(report) => Ok((report, revision)),
            None => Err(Error::Invalid(Box::new(loaded))),
        }
    }

    fn as_of(&self, report: Report, day: Option<Date>) -> Result<(Report, Date)> {
        match crate::view::as_of::as_of(report, day, self.today) {
            Ok(then) => Ok((then.report, then.today)),
            Err(e) => Err(Error::failed_with_help(
                t!(
                    "as-of-before-feedback",
                    day = e.day.to_string(),
                    feedback = e.feedback.to_string()
                ),
                t!(
                    "as-of-before-feedback-help",
                    feedback = e.feedback.to_string()
                ),
            )),
        }
    }
}

/// The data folder: `--data` (or `RECTIFY_DATA`), else `./data` when it exists, else the
/// current folder or the nearest parent holding a rectify.toml (as git finds .git), given as
/// a relative path (`.`, `..`) so messages name files the way the user sees them, with a note
/// on standard error naming the folder in full; else `data`,
/// whose absence the loader explains. `init` and `import` create a folder: for them the
/// default is `data`, never a parent.
pub fn data_folder(given: Option<PathBuf>, writes_new_folder: bool) -> Place {
    if let Some(dir) = given {
        return Place::Data(dir);
    }
    let default = PathBuf::from("data");
    if writes_new_folder || default.is_dir() {
        return Place::Data(default);
    }
    let Ok(cwd) = std::env::current_dir() else {
        return Place::Data(default);
    };
    let mut up = PathBuf::from(".");
    for dir in cwd.ancestors() {
        if dir.join(load::REPORT_FILE).is_file() {
            // Found, not given: say which folder, since `.` or `..` in messages is not a name.
            crate::output::say(&t!("data-folder-found", path = dir.display().to_string()));
            return Place::Data(up);
        }
        if dir.join(load::root::ROOT_FILE).is_file() {
            crate::output::say(&t!("root-found", path = dir.display().to_string()));
            return Place::Root {
                dir: up,
                unit: None,
            };
        }
        up = if up == std::path::Path::new(".") {
            PathBuf::from("..")
        } else {
            up.join("..")
        };
    }
    Place::Data(default)
}

/// The error for a finding the load placed in a file that the writer, reading the same file,
/// cannot find there (the file changed in between): one wording for every writing command.
pub fn finding_not_in_file(id: u32, path: &str) -> Error {
    Error::failed(t!("finding-not-in-file", id = id, path = path))
}

/// [`finding_not_in_file`] for a measure.
pub fn measure_not_in_file(address: impl std::fmt::Display, path: &str) -> Error {
    Error::failed(t!(
        "measure-not-in-file",
        address = address.to_string(),
        path = path
    ))
}

/// What a write says while it waits for another's lock.
pub fn waiting(data: &std::path::Path) {
    crate::output::say(&t!("edit-waiting-for-lock", path = data));
}

/// The finding an address names, and the measure's 0-based index when it names one; a
/// missing address is an error that lists the addresses that exist.
pub fn resolve(report: &Report, address: Address) -> Result<(&Finding, Option<usize>)> {
    if let Some(gone) = report
        .removed_findings
        .iter()
        .find(|f| f.id == address.finding)
    {
        let (date, reason) = gone
            .removed
            .as_ref()
            .map(|r| (r.date.to_string(), r.reason.as_str()))
            .unwrap_or_default();
        return Err(Error::failed_with_help(
            t!(
                "finding-removed",
                id = gone.id,
                date = date,
                reason = reason
            ),
            t!("finding-removed-help"),
        ));
    }
    let Some(finding) = report.finding(address.finding) else {
        let what = match address.measure {
            Some(_) => t!(
                "no-finding-so-no-measure",
                id = address.finding,
                address = address.to_string()
            ),
            None => t!("no-finding", id = address.finding),
        };
        return Err(no_finding(report, what));
    };
    if let Some(sub) = address.sub {
        if let Some(gone) = finding.removed_sub(sub) {
            let (date, reason) = gone
                .removed
                .as_ref()
                .map(|r| (r.date.to_string(), r.reason.as_str()))
                .unwrap_or_default();
            return Err(Error::failed_with_help(
                t!(
                    "sub-removed",
                    sub = format!("{}.{sub}", finding.id),
                    date = date,
                    reason = reason
                ),
                t!("sub-removed-help"),
            ));
        }
        if !finding.subs.iter().any(|s| s.id == sub) {
            let letters: Vec<String> = finding
                .subs
                .iter()
                .map(|s| format!("{}.{}", finding.id, s.id))
                .collect();
            return Err(Error::failed_with_help(
                t!("no-sub-problem", id = finding.id, sub = sub.to_string()),
                if letters.is_empty() {
                    t!("no-sub-problems", id = finding.id)
                } else {
                    t!("sub-problems-are", subs = crate::i18n::join(&letters))
                },
            ));
        }
    }
    match address.measure {
        None => Ok((finding, None)),
        Some(n) => {
            if let Some(i) = finding.measure_index(address.sub, n) {
                return Ok((finding, Some(i)));
            }
            if let Some(t) = finding
                .removed_measures
                .iter()
                .find(|t| t.sub == address.sub && t.number as usize == n)
            {
                return Err(Error::failed_with_help(
                    t!(
                        "measure-removed",
                        address = address.to_string(),
                        date = t.date.to_string(),
                        reason = t.reason.as_str()
                    ),
                    t!("measure-removed-help"),
                ));
            }
            let all: Vec<String> = finding
                .group(address.sub)
                .map(|m| m.address(finding.id).to_string())
                .collect();
            let help = match address.sub {
                Some(sub) => t!(
                    "sub-has-measures",
                    sub = format!("{}.{sub}", finding.id),
                    count = all.len(),
                    addresses = crate::i18n::join(&all)
                ),
                None => t!(
                    "finding-has-measures",
                    id = finding.id,
                    count = all.len(),
                    addresses = crate::i18n::join(&all)
                ),
            };
            Err(Error::failed_with_help(
                t!("no-measure", address = address.to_string()),
                help,
            ))
        }
    }
}

/// The error for an address naming a finding that does not exist (`what` says which), with
/// the findings that do exist, listed the same way by every command.
pub fn no_finding(report: &Report, what: String) -> Error {
    let mut ids: Vec<u32> = report.findings.iter().map(|f| f.id).collect();
    ids.sort_unstable();
    Error::failed_with_help(what, t!("findings-are", ids = id_ranges(&ids)))
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
