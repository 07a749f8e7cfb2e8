//! `csp remove`: end a reseller relationship. (Being built: issue #5.)

use super::App;
use crate::error::{Error, Result};
use clap::Args;

#[derive(Debug, Args)]
pub struct RemoveArgs {}

pub fn run(_app: &App, _args: RemoveArgs) -> Result<()> {
    Err(Error::failure("`csp remove` is not available in this build yet").into())
}
