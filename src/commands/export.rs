//! `rectify export`.

use crate::cli::ExportArgs;
use crate::commands::Context;
use crate::error::{Error, Result};

pub fn run(ctx: &Context, args: &ExportArgs) -> Result<()> {
    let _ = (ctx, args);
    Err(Error::failed("`rectify export` is not built yet"))
}
