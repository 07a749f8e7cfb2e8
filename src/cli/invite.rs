//! `csp invite`: draft, deliver and track invitations. (Being built: issue #3.)

use super::App;
use crate::error::{Error, Result};
use clap::Args;

#[derive(Debug, Args)]
pub struct InviteArgs {}

pub fn run(_app: &App, _args: InviteArgs) -> Result<()> {
    Err(Error::failure("`csp invite` is not available in this build yet").into())
}
