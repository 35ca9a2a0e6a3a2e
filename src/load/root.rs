//! A root of units: a folder whose sub-folders are unit records (each a normal data folder,
//! possibly its own git repository), as an inspection office (巡察办) keeps one round's
//! units. An optional `rectify-root.toml` names the round, the authority, the units' order
//! and their display names:
//!
//! ```toml
//! round = "十四届区委第三轮巡察"
//! authority = "区委巡察办"
//!
//! [[unit]]
//! dir = "minzheng"        # the sub-folder
//! name = "区民政局"        # how tables and messages name it (default: the folder's name)
//! ```
//!
//! Without `[[unit]]` (or without the file, with `--root DIR`), every sub-folder holding a
//! `rectify.toml` is a unit, in the order of the folder names. Each unit is loaded through
//! the one pipeline ([`super::load_on_this_thread`]), several at a time, one per thread, and
//! handed over in order, so a command over 1,000 units never holds more than a few loads.

use std::path::{Path, PathBuf};

use crate::date::Date;
use crate::diagnostic::Diagnostic;
use crate::error::{Error, Result};
use crate::source::Sources;

use super::{reader, Loaded, REPORT_FILE};

pub const ROOT_FILE: &str = "rectify-root.toml";

/// What `rectify-root.toml` says of the round (all optional).
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct RootSettings {
    /// The inspection round (巡察轮次), e.g. 十四届区委第三轮巡察.
    pub round: Option<String>,
    /// Who runs it (巡察办), e.g. 区委巡察办.
    pub authority: Option<String>,
    /// The office's report: `[report] title` (default `{round}整改工作情况汇总报告`) and
    /// `issuer` (default the authority).
    pub report_title: Option<String>,
    pub report_issuer: Option<String>,
}

/// One unit of the root: a sub-folder holding a record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unit {
    /// The sub-folder's name (`minzheng`): one way to address the unit with `--unit`.
    pub name: String,
    /// How tables and messages name it: `name` in rectify-root.toml, else the folder's name.
    pub display: String,
    /// The record's folder (the root joined with `name`).
    pub dir: PathBuf,
}

impl Unit {
    /// `区民政局（minzheng）`, or the folder's name alone when that is the display name: how
    /// every message names a unit.
    pub fn label(&self) -> String {
        self.label_in(crate::i18n::language())
    }

    /// [`Unit::label`] in a given language (a document's).
    pub fn label_in(&self, language: crate::model::Language) -> String {
        if self.display == self.name {
            self.name.clone()
        } else {
            crate::t_in!(
                language,
                "unit-label",
                display = self.display.as_str(),
                name = self.name.as_str()
            )
        }
    }
}

/// A root: its settings, its units in order, and its own problems (in rectify-root.toml, or
/// sub-folders that are not records), which never stop the other units from being read.
#[derive(Debug)]
pub struct Root {
    pub dir: PathBuf,
    pub settings: RootSettings,
    pub units: Vec<Unit>,
    /// rectify-root.toml's text, when there is one (the diagnostics point into it).
    pub sources: Sources,
    pub diagnostics: Vec<Diagnostic>,
}

impl Root {
    /// Reads the root at `dir`: rectify-root.toml if there is one, and the sub-folders. Fails
    /// only when `dir` cannot be listed or holds no unit at all; every other problem is a
    /// diagnostic and the units that can be read are still listed.
    pub fn open(dir: &Path) -> Result<Root> {
        let entries = std::fs::read_dir(dir).map_err(|e| {
            Error::failed_with_help(
                t!(
                    "root-cannot-open",
                    path = dir,
                    reason = crate::i18n::io_reason(&e)
                ),
                t!("root-cannot-open-help"),
            )
        })?;
        // Hidden folders (.git, .rectify) are never units.
        let mut folders: Vec<String> = entries
            .filter_map(std::result::Result::ok)
            .filter(|e| e.path().is_dir())
            .filter_map(|e| e.file_name().into_string().ok())
            .filter(|name| !name.starts_with('.'))
            .collect();
        folders.sort();
        let mut root = Root {
            dir: dir.to_path_buf(),
            settings: RootSettings::default(),
            units: Vec::new(),
            sources: Sources::default(),
            diagnostics: Vec::new(),
        };
        let file = dir.join(ROOT_FILE);
        let listed = if file.is_file() {
            root.read_settings(&file, &folders)
        } else {
            None
        };
        let is_record = |name: &str| dir.join(name).join(REPORT_FILE).is_file();
        match listed {
            Some(listed) => {
                root.units = listed;
                // A record not listed is still a unit (nothing goes unseen), after the rest.
                for name in &folders {
                    if is_record(name) && !root.units.iter().any(|u| &u.name == name) {
                        root.diagnostics.push(
                            Diagnostic::warning(t!("root-unit-not-listed", unit = name.as_str()))
                                .about(&file)
                                .help(t!("root-unit-not-listed-help", unit = name.as_str())),
                        );
                        root.units.push(root.unit(name, None));
                    }
                }
            }
            None => {
                for name in &folders {
                    if is_record(name) {
                        root.units.push(root.unit(name, None));
                    } else {
                        root.diagnostics.push(
                            Diagnostic::warning(t!(
                                "root-folder-not-a-record",
                                path = dir.join(name),
                                file = REPORT_FILE
                            ))
                            .about(&dir.join(name))
                            .help(t!("root-folder-not-a-record-help", file = ROOT_FILE)),
                        );
                    }
                }
            }
        }
        if root.units.is_empty() && !root.diagnostics.iter().any(Diagnostic::is_error) {
            let help = if dir.join(REPORT_FILE).is_file() {
                t!("root-is-a-record-help", path = dir)
            } else {
                t!("root-no-units-help", file = REPORT_FILE, root = ROOT_FILE)
            };
            return Err(Error::failed_with_help(
                t!("root-no-units", path = dir),
                help,
            ));
        }
        Ok(root)
    }

    fn unit(&self, name: &str, display: Option<String>) -> Unit {
        Unit {
            name: name.to_string(),
            display: display.unwrap_or_else(|| name.to_string()),
            dir: self.dir.join(name),
        }
    }

    /// Reads rectify-root.toml into the settings; returns its `[[unit]]` list when it has
    /// one (`None`: every record among the sub-folders is a unit). A syntax error is
    /// reported and the sub-folders are taken as they are.
    fn read_settings(&mut self, file: &Path, folders: &[String]) -> Option<Vec<Unit>> {
        let mut diagnostics = Vec::new();
        let text = super::read_regular_file(file)
            .map_err(|(what, _)| {
                diagnostics.push(Diagnostic::error(what).about(file));
            })
            .ok()
            .and_then(|bytes| super::decode(file, bytes, &mut diagnostics));
        let id = self
            .sources
            .add(file.to_path_buf(), text.clone().unwrap_or_default());
        let listed = text.and_then(|text| {
            let mut ctx = reader::Ctx {
                file: id,
                diagnostics: &mut diagnostics,
            };
            let table = super::parse(&text, &mut ctx)?;
            let fields = ctx.fields(
                &table,
                0..0,
                "rectify-root.toml",
                &["round", "authority", "report", "unit"],
            );
            if let Some(value) = fields.get("report") {
                if let Some(t) = ctx.table(value, "[report]", &["title", "issuer"]) {
                    self.settings.report_title = ctx.text(&t, "title", false).map(|a| a.value);
                    self.settings.report_issuer = ctx.text(&t, "issuer", false).map(|a| a.value);
                }
            }
            self.settings.round = ctx.text(&fields, "round", false).map(|a| a.value);
            self.settings.authority = ctx.text(&fields, "authority", false).map(|a| a.value);
            let entries = ctx.tables(&fields, "unit", "a [[unit]]", &["dir", "name"]);
            // No [[unit]]: every record among the sub-folders is a unit.
            fields.get("unit")?;
            let mut units: Vec<(Unit, std::ops::Range<usize>)> = Vec::new();
            for entry in entries {
                let Some(dir) = ctx.string(&entry, "dir", true) else {
                    continue;
                };
                let name = ctx.text(&entry, "name", false);
                let plain = !dir.value.is_empty()
                    && !dir.value.starts_with('.')
                    && !dir.value.contains(['/', '\\']);
                if !plain {
                    ctx.error(
                        dir.span.clone(),
                        t!("root-unit-dir-not-plain", dir = dir.value.as_str()),
                        t!("root-unit-dir-not-plain-help"),
                    );
                    continue;
                }
                if !folders.contains(&dir.value) {
                    ctx.error(
                        dir.span.clone(),
                        t!(
                            "root-unit-missing",
                            dir = dir.value.as_str(),
                            root = self.dir.as_path()
                        ),
                        t!("root-unit-missing-help", file = ROOT_FILE),
                    );
                    continue;
                }
                let display = name.as_ref().map(|n| n.value.trim().to_string());
                let span = name.as_ref().map_or(dir.span.clone(), |n| n.span.clone());
                let unit = self.unit(&dir.value, display.filter(|d| !d.is_empty()));
                // One name, one unit: `--unit` must never have to guess.
                let clash = units.iter().find(|(u, _)| {
                    u.name == unit.name
                        || u.display == unit.display
                        || u.name == unit.display
                        || u.display == unit.name
                });
                if let Some((other, other_span)) = clash {
                    let same = if other.name == unit.name {
                        unit.name.clone()
                    } else if other.display == unit.display || other.name == unit.display {
                        unit.display.clone()
                    } else {
                        unit.name.clone()
                    };
                    let origin = ctx.origin(other_span.clone());
                    let d = Diagnostic::error(t!("root-unit-name-twice", name = same.as_str()))
                        .at(id, span)
                        .also(&origin, t!("root-unit-name-first"))
                        .help(t!("root-unit-name-twice-help"));
                    ctx.push(d);
                    continue;
                }
                units.push((unit, span));
            }
            Some(units.into_iter().map(|(u, _)| u).collect())
        });
        crate::diagnostic::sort(&mut diagnostics);
        self.diagnostics.append(&mut diagnostics);
        listed
    }

    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }

    /// The unit named `name`, by its folder's name or its display name; else an error that
    /// lists the units there are.
    pub fn find(&self, name: &str) -> Result<&Unit> {
        let name = name.trim();
        self.units
            .iter()
            .find(|u| u.name == name)
            .or_else(|| self.units.iter().find(|u| u.display == name))
            .ok_or_else(|| {
                Error::failed_with_help(
                    t!("root-no-such-unit", unit = name, root = self.dir.as_path()),
                    t!("root-units-are", units = self.unit_list()),
                )
            })
    }

    /// The units as a message lists them: `区民政局（minzheng）、…`, the first 20 and how
    /// many more.
    pub fn unit_list(&self) -> String {
        const SHOWN: usize = 20;
        let mut names: Vec<String> = self.units.iter().take(SHOWN).map(Unit::label).collect();
        if self.units.len() > SHOWN {
            names.push(t!("root-units-more", count = self.units.len() - SHOWN));
        }
        crate::i18n::join(&names)
    }

    /// Loads every unit, several at a time on worker threads (one per core, each parsing
    /// its unit's files itself), and hands each load to `each` on the calling thread, in the
    /// units' order, as soon as it and those before it are loaded. Only a few loads are held
    /// at once, whatever the number of units.
    pub fn each_loaded(&self, today: Date, mut each: impl FnMut(&Unit, Loaded)) {
        let workers = std::thread::available_parallelism()
            .map_or(1, |n| n.get())
            .min(self.units.len());
        if workers <= 1 {
            for unit in &self.units {
                each(unit, super::load_unit(&unit.dir, today, &unit.name));
            }
            return;
        }
        let next = std::sync::atomic::AtomicUsize::new(0);
        std::thread::scope(|scope| {
            // Bounded: a slow consumer (printing) holds the workers back rather than letting
            // loads pile up in memory.
            let (send, receive) = std::sync::mpsc::sync_channel::<(usize, Loaded)>(workers);
            for _ in 0..workers {
                let send = send.clone();
                let next = &next;
                let units = &self.units;
                scope.spawn(move || loop {
                    let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    let Some(unit) = units.get(i) else {
                        break;
                    };
                    let loaded = super::load_unit(&unit.dir, today, &unit.name);
                    if send.send((i, loaded)).is_err() {
                        break;
                    }
                });
            }
            drop(send);
            let mut waiting = std::collections::BTreeMap::new();
            let mut due = 0;
            for (i, loaded) in receive {
                waiting.insert(i, loaded);
                while let Some(loaded) = waiting.remove(&due) {
                    each(&self.units[due], loaded);
                    due += 1;
                }
            }
        });
    }
}

/// The root above the current folder: the current folder or the nearest parent holding a
/// rectify-root.toml, as a relative path (`.`, `..`) so messages name files the way the user
/// sees them, and in full (for the command's note saying which root it found).
pub fn discover() -> Option<(PathBuf, PathBuf)> {
    let cwd = std::env::current_dir().ok()?;
    let mut up = PathBuf::from(".");
    for dir in cwd.ancestors() {
        if dir.join(ROOT_FILE).is_file() {
            return Some((up, dir.to_path_buf()));
        }
        up = if up == Path::new(".") {
            PathBuf::from("..")
        } else {
            up.join("..")
        };
    }
    None
}
