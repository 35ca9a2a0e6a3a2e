//! `rectify init [DIR]`.

use crate::cli::InitArgs;
use crate::commands::Context;
use crate::error::{Error, Result};

pub fn run(ctx: &Context, args: &InitArgs) -> Result<()> {
    let _ = (ctx, args);
    Err(Error::failed("`rectify init` is not built yet"))
}
