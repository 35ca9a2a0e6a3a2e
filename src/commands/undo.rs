//! `rectify undo` and `rectify history`.

use crate::commands::Context;
use crate::error::{Error, Result};

pub fn run(ctx: &Context) -> Result<()> {
    let _ = ctx;
    Err(Error::failed("`rectify undo` is not built yet"))
}

pub fn history(ctx: &Context) -> Result<()> {
    let _ = ctx;
    Err(Error::failed("`rectify history` is not built yet"))
}
