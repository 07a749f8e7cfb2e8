//! `csp providers`: indirect providers. (Being built: issue #4.)

use super::App;
use crate::error::{Error, Result};
use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum ProvidersCommand {
    /// List connected providers
    List,
}

pub fn run(_app: &App, _cmd: ProvidersCommand) -> Result<()> {
    Err(Error::failure("`csp providers` is not available in this build yet").into())
}
