//! `rectify add finding|measure`.

use crate::cli::AddCommand;
use crate::commands::Context;
use crate::error::{Error, Result};

pub fn run(ctx: &Context, args: &AddCommand) -> Result<()> {
    let _ = (ctx, args);
    Err(Error::failed("`rectify add` is not built yet"))
}
