//! Where an invitation's draft goes once it is recorded: stdout (default),
//! the clipboard, a `mailto:` URI or the desktop's mail client, an `.eml`
//! file; and `--edit`, which happens before anything is recorded.

use crate::cli::App;
use crate::error::{Error, Result};
use crate::invitation::Invitation;
use crate::output::Format;
use clap::Args;
use std::path::PathBuf;

/// The draft of one invitation email.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    /// The recipient, `Name <address>` or a bare address; `None` when unknown.
    pub to: Option<String>,
    pub subject: String,
    pub body: String,
    /// The exact invitation link the body must contain.
    pub link: String,
}

impl Draft {
    /// The draft as stdout shows it: `To:`, `Subject:`, a blank line, the body.
    pub fn to_text(&self) -> String {
        let mut text = String::new();
        text.push_str("To: ");
        text.push_str(self.to.as_deref().unwrap_or(""));
        text.push_str("\nSubject: ");
        text.push_str(&self.subject);
        text.push_str("\n\n");
        text.push_str(&self.body);
        if !self.body.ends_with('\n') {
            text.push('\n');
        }
        text
    }
}

/// The delivery flags of `csp invite`.
#[derive(Debug, Clone, Default, Args)]
pub struct DeliveryArgs {
    /// Copy the draft to the clipboard (it stays there after csp exits)
    #[arg(long)]
    pub copy: bool,
    /// Print a mailto: URI for the draft
    #[arg(long)]
    pub mailto: bool,
    /// Open the draft in the desktop's mail client
    #[arg(long)]
    pub open: bool,
    /// Write the draft as an RFC 5322 message a mail client opens
    #[arg(long, value_name = "FILE")]
    pub eml: Option<PathBuf>,
    /// Edit the draft in $VISUAL or $EDITOR before it is recorded
    #[arg(long)]
    pub edit: bool,
}

/// `--edit`: lets the admin change the draft before it is recorded. An
/// edited text that no longer contains the link is refused.
pub fn edit(_app: &App, args: &DeliveryArgs, draft: Draft) -> Result<Draft> {
    if args.edit {
        return Err(Error::failure("--edit is not available in this build yet").into());
    }
    Ok(draft)
}

/// Sends the recorded invitation's draft where the flags say. With `--json`
/// or `--format`, stdout gets the invitation record instead of the text.
pub fn deliver(
    app: &App,
    args: &DeliveryArgs,
    draft: &Draft,
    invitation: &Invitation,
) -> Result<()> {
    if args.copy || args.mailto || args.open || args.eml.is_some() {
        return Err(Error::failure(
            "--copy, --mailto, --open and --eml are not available in this build yet",
        )
        .into());
    }
    match app.output.format {
        Format::Table | Format::Tsv if !app.output.format_chosen => {
            app.output.text(&draft.to_text())?
        }
        _ => app.output.record(invitation)?,
    }
    Ok(())
}

/// Writes `draft` as an RFC 5322 message to `path`. (Placeholder until the
/// delivery work lands; at merge, keep the delivery branch's version.)
pub fn write_eml(
    _path: &std::path::Path,
    _from: Option<&str>,
    _draft: &Draft,
) -> anyhow::Result<()> {
    Err(Error::failure("--eml-dir is not available in this build yet").into())
}
