//! Hidden subcommands `csp` runs itself, never a user: the clipboard keeper
//! that serves a copied draft after `csp invite --copy` has exited.

use crate::error::{Result, SilentExit};
use clap::Args;
use std::io::Read;
use std::time::Duration;

/// `csp internal-keep-clipboard --hold-seconds N`: the text on stdin, one
/// line on stdout (`ok` or `error: why`) once the clipboard is taken.
#[derive(Debug, Args)]
pub struct KeepClipboardArgs {
    /// Serve the text at most this long
    #[arg(long, value_name = "SECONDS")]
    pub hold_seconds: u64,
}

pub fn keep_clipboard(args: KeepClipboardArgs) -> Result<()> {
    let mut text = String::new();
    if let Err(e) = std::io::stdin().read_to_string(&mut text) {
        println!("error: cannot read the text to copy: {e}");
        return Err(SilentExit(1).into());
    }
    let status = std::io::stdout();
    match crate::clipboard::keep(&text, Duration::from_secs(args.hold_seconds), status) {
        Ok(()) => Ok(()),
        // Already told the parent on stdout; nobody reads stderr.
        Err(_) => Err(SilentExit(1).into()),
    }
}
