//! `rectify import LEDGER`.

use crate::cli::ImportArgs;
use crate::commands::Context;
use crate::error::{Error, Result};

pub fn run(ctx: &Context, args: &ImportArgs) -> Result<()> {
    let _ = (ctx, args);
    Err(Error::failed("`rectify import` is not built yet"))
}
