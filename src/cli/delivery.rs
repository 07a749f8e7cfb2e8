//! The delivery flags shared by `csp invite`, `invite remind` and the GDAP
//! approval email, and the glue that sends a recorded draft where they say.

use super::App;
use crate::delivery::{clipboard, desktop, editor, eml, mailto, PendingEml};
use crate::domain::draft::Draft;
use crate::domain::invitation::Invitation;
use crate::error::{Error, Result, SilentExit};
use crate::ops::invitations::Sender;
use clap::Args;
use std::path::PathBuf;
use std::time::Duration;

/// The delivery flags of `csp invite`.
#[derive(Debug, Clone, Default, Args)]
pub struct DeliveryArgs {
    /// Copy the draft to the clipboard (kept after csp exits, for [clipboard] hold_minutes)
    #[arg(long)]
    pub copy: bool,
    /// Print a mailto: URI for the draft
    #[arg(long)]
    pub mailto: bool,
    /// Open the draft in the desktop's mail client
    #[arg(long)]
    pub open: bool,
    /// Write the draft as an RFC 5322 message a mail client opens (replaces FILE; - for stdout)
    #[arg(long, value_name = "FILE")]
    pub eml: Option<PathBuf>,
    /// Edit the draft in $VISUAL or $EDITOR before it is recorded
    #[arg(long)]
    pub edit: bool,
}

/// `--edit`: lets the admin change the draft before it is recorded, and
/// returns the draft as edited (what gets stored). An edited text that no
/// longer holds the link exactly is refused: on a terminal the admin may edit
/// again; refused for good, it is status 2 and the text is saved to a file
/// the error names, so no work is lost.
pub fn edit(app: &App, args: &DeliveryArgs, draft: Draft) -> Result<Draft> {
    if !args.edit {
        return Ok(draft);
    }
    if !app.interactive && editor::falls_back_to_terminal_editor() {
        return Err(Error::invalid(
            "--edit needs an editor: neither VISUAL nor EDITOR is set, and there is no terminal for vi; nothing was recorded",
        )
        .with_hint("set EDITOR to an editor that waits until you close the file, like `EDITOR='code -w'`")
        .into());
    }
    let mut text = editor::editable(&draft.subject, &draft.body);
    loop {
        text = match editor::run(&text) {
            Ok(edited) => edited,
            Err(failed) => {
                let mut error = Error::failure(format!("{}; nothing was recorded", failed.why));
                error = match failed.text.map(|t| rescue(app, &t)) {
                    Some(saved) => error.with_hint(saved),
                    None => error.with_hint("set VISUAL or EDITOR to an editor that waits until you close the file, like `code -w`"),
                };
                return Err(error.into());
            }
        };
        match editor::parse(&text, &draft.link, draft.body.ends_with('\n')) {
            Ok((subject, body)) => {
                return Ok(Draft {
                    subject,
                    body,
                    ..draft
                })
            }
            Err(why) => {
                if app.interactive && edit_again(&why) {
                    continue;
                }
                return Err(Error::invalid(format!("{why}; nothing was recorded"))
                    .with_hint(rescue(app, &text))
                    .into());
            }
        }
    }
}

/// On a terminal: the admin may fix the text rather than lose the command.
fn edit_again(why: &str) -> bool {
    crate::output::message(&format!("{why}."));
    dialoguer::Confirm::new()
        .with_prompt("Edit the draft again?")
        .default(true)
        .interact()
        .unwrap_or(false)
}

/// Saves a refused edit in `drafts/` beside the database file (csp's data
/// folder when the database is on a server), else in the temp folder, and
/// says where, for the hint; only if both fail, the text goes to stdout.
fn rescue(app: &App, text: &str) -> String {
    let name = format!(
        "edited-draft-{}-{}.txt",
        chrono::Utc::now().format("%Y%m%dT%H%M%SZ"),
        &uuid::Uuid::new_v4().simple().to_string()[..8]
    );
    let data_dir = match app.db_url() {
        None => app
            .db_path()
            .ok()
            .and_then(|p| p.parent().map(|d| d.join("drafts"))),
        Some(_) => crate::util::paths::data_dir()
            .ok()
            .map(|d| d.join("drafts")),
    };
    let mut last_error = None;
    for dir in data_dir.into_iter().chain([std::env::temp_dir()]) {
        let path = dir.join(&name);
        let saved = crate::util::private_file::create_dir_private(&dir)
            .and_then(|()| crate::util::private_file::create_new(&path))
            .and_then(|mut f| std::io::Write::write_all(&mut f, text.as_bytes()));
        match saved {
            Ok(()) => return format!("your edited text is saved in {}", path.display()),
            Err(e) => last_error = Some(e),
        }
    }
    let _ = app.output.text(text);
    format!(
        "your edited text could not be saved ({}), so it is printed on stdout",
        last_error.map(|e| e.to_string()).unwrap_or_default()
    )
}

/// Refuses, before the draft is edited or anything recorded, an `--eml`
/// path or header value that could not be written.
pub fn check(args: &DeliveryArgs, sender: &Sender, draft: &Draft) -> Result<()> {
    match &args.eml {
        Some(path) => eml::check(path, sender.mailbox().as_deref(), draft),
        None => Ok(()),
    }
}

/// `--eml FILE`, before anything is recorded: the message is built (so a
/// name or address that cannot go in a header is refused) and written in
/// full beside FILE (so a bad path fails), and only put in place by
/// [`deliver`] once the invitation is committed.
pub fn prepare(args: &DeliveryArgs, sender: &Sender, draft: &Draft) -> Result<Option<PendingEml>> {
    args.eml
        .as_deref()
        .map(|path| PendingEml::write(path, sender.mailbox().as_deref(), draft))
        .transpose()
}

/// Sends the recorded invitation's draft where the flags say, in any
/// combination. Without a destination flag stdout gets the draft text; with
/// `--json` or `--format` it gets the invitation record instead, always.
/// `eml` is what [`prepare`] wrote.
///
/// `--copy` with no clipboard prints the draft, says why and exits 1 while
/// the invitation stays recorded: the one failing command that keeps its change.
pub fn deliver(
    app: &App,
    args: &DeliveryArgs,
    draft: &Draft,
    invitation: &Invitation,
    eml: Option<PendingEml>,
) -> Result<()> {
    let kept = Kept {
        what: format!("invitation {}", invitation.id),
        show: format!("csp invite show {}", invitation.id),
    };
    deliver_record(app, args, draft, invitation, &kept, eml)
}

/// The record a delivered draft belongs to, as the hints name it when a
/// destination fails after the record was committed.
pub struct Kept {
    /// `invitation 1a2b…`, `GDAP relationship 1a2b…`.
    pub what: String,
    /// The command that prints it again.
    pub show: String,
}

/// [`deliver`] for any record a draft belongs to (an invitation, a GDAP
/// relationship): `--json`/`--format` print `record`.
pub fn deliver_record<R: crate::output::Record>(
    app: &App,
    args: &DeliveryArgs,
    draft: &Draft,
    record: &R,
    kept: &Kept,
    eml: Option<PendingEml>,
) -> Result<()> {
    let record_wanted = app.output.format_chosen;
    let recorded = |e: anyhow::Error| {
        let hint = format!("{} is recorded; `{}` prints it", kept.what, kept.show);
        match e.downcast::<Error>() {
            Ok(err) => anyhow::Error::from(err.with_hint(hint)),
            Err(other) => {
                let message = crate::error::Report::from_error(&other)
                    .message
                    .unwrap_or_default();
                Error::failure(message).with_hint(hint).into()
            }
        }
    };

    if let Some(eml) = eml {
        let path = eml.path().to_path_buf();
        eml.keep().map_err(recorded)?;
        if !eml::is_stdout(&path) {
            app.output.note(format!("wrote {}", path.display()));
        }
    }

    if args.mailto || args.open {
        let uri = mailto::uri(draft);
        let mut uri_shown = false;
        if args.mailto {
            show_uri(app, &uri)?;
            uri_shown = true;
        }
        if args.open {
            match desktop::open_url(&uri) {
                Ok(()) => app.output.note("opened the draft in your mail client"),
                Err(why) => {
                    app.output.warn(format!("cannot open a mail client: {why}"));
                    if !uri_shown {
                        show_uri(app, &uri)?;
                    }
                }
            }
        }
    }

    let mut no_clipboard = None;
    if args.copy {
        // Bounded: a keeper never outlives a working day, whatever the config says.
        let minutes = app.config()?.clipboard_hold_minutes.clamp(1, 24 * 60);
        match clipboard::copy(&draft.to_text(), Duration::from_secs(minutes * 60)) {
            Ok(()) => app.output.note(format!(
                "the draft is on the clipboard (for {minutes} min, or until something else is copied)"
            )),
            Err(why) => no_clipboard = Some(why),
        }
    }

    let destination = args.copy || args.mailto || args.open || args.eml.is_some();
    if record_wanted {
        app.output.record(record)?;
    } else if !destination || no_clipboard.is_some() {
        app.output.text(&draft.to_text())?;
    }

    if let Some(why) = no_clipboard {
        // Said here, not through `main`, because the change is kept: the
        // hint must tell the admin that nothing is lost.
        crate::output::message(&format!("error: no clipboard: {why}"));
        crate::output::message(&format!(
            "hint: the draft is on stdout instead, and {} is recorded",
            kept.what
        ));
        return Err(SilentExit(1).into());
    }
    Ok(())
}

/// The mailto: URI is data (stdout), unless stdout carries the record.
fn show_uri(app: &App, uri: &str) -> Result<()> {
    if app.output.format_chosen {
        app.output.note(format!("mailto URI: {uri}"));
    } else {
        app.output.text(uri)?;
    }
    Ok(())
}
