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
