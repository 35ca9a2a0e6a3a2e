//! `rectify update ADDRESS`.

use crate::cli::UpdateArgs;
use crate::commands::Context;
use crate::error::{Error, Result};

pub fn run(ctx: &Context, args: &UpdateArgs) -> Result<()> {
    let _ = (ctx, args);
    Err(Error::failed("`rectify update` is not built yet"))
}
