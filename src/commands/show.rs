//! `rectify show ADDRESS`.

use crate::cli::ShowArgs;
use crate::commands::Context;
use crate::error::{Error, Result};

pub fn run(ctx: &Context, args: &ShowArgs) -> Result<()> {
    let _ = (ctx, args);
    Err(Error::failed("`rectify show` is not built yet"))
}
