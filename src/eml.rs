//! `--eml FILE`: the draft as an RFC 5322 message that a mail client opens,
//! built by mail-builder (encoded-word subject and names, a UTF-8 text/plain
//! body). Names, addresses and the subject are checked again here, so no
//! value can ever add a header, whatever let it in.

use crate::delivery::Draft;
use crate::error::Error;
use crate::mailto::split_mailbox;
use anyhow::Context;
use mail_builder::headers::address::Address;
use mail_builder::headers::raw::Raw;
use mail_builder::MessageBuilder;
use std::io::Write;
use std::path::Path;

/// Writes `draft` to `path` as an `.eml` message, replacing the file if it
/// exists (the path was named explicitly), atomically: a reader never sees
/// half a message. `from` is the sender, `Name <address>` or an address.
pub fn write_eml(path: &Path, from: Option<&str>, draft: &Draft) -> anyhow::Result<()> {
    let message = build(from, draft)?;
    write_atomically(path, &message).with_context(|| format!("cannot write {}", path.display()))
}

/// The message's bytes (CRLF line ends, as RFC 5322 wants).
pub fn build(from: Option<&str>, draft: &Draft) -> Result<Vec<u8>, Error> {
    let sender = from.map(|f| mailbox("sender", f)).transpose()?;
    let recipient = draft
        .to
        .as_deref()
        .map(|t| mailbox("recipient", t))
        .transpose()?;
    if let Some(c) = draft.subject.chars().find(|c| c.is_control()) {
        return Err(Error::invalid(format!(
            "the subject must be one line without control characters (found {})",
            c.escape_unicode()
        )));
    }
    // The Message-ID names the sender's domain when there is one; `.invalid`
    // is reserved (RFC 2606) so a made-up one never collides with a real host.
    let host = sender
        .as_ref()
        .and_then(|(_, address)| address.rsplit_once('@'))
        .map(|(_, domain)| domain.to_string())
        .filter(|d| !d.is_empty())
        .unwrap_or_else(|| "csp.invalid".to_string());
    let mut builder = MessageBuilder::new()
        .message_id(format!("{}@{host}", uuid::Uuid::new_v4().simple()))
        .date(chrono::Utc::now().timestamp())
        .subject(draft.subject.as_str())
        // Outlook opens a message carrying `X-Unsent: 1` as a draft ready to send.
        .header("X-Unsent", Raw::new("1"))
        .text_body(draft.body.replace("\r\n", "\n"));
    if let Some(sender) = sender {
        builder = builder.from(address(sender));
    }
    if let Some(recipient) = recipient {
        builder = builder.to(address(recipient));
    }
    builder
        .write_to_vec()
        .map_err(|e| Error::failure(format!("cannot build the message: {e}")))
}

fn address((name, email): (Option<String>, String)) -> Address<'static> {
    match name {
        Some(name) => Address::from((name, email)),
        None => Address::from(email),
    }
}

/// A mailbox split into a display name and an address, refused when either
/// could break out of its header: control characters (CR, LF, …) anywhere,
/// or an address with spaces, angle brackets, quotes or separators.
fn mailbox(role: &str, value: &str) -> Result<(Option<String>, String), Error> {
    let (name, address) = split_mailbox(value);
    let refuse = |why: &str| {
        Error::invalid(format!(
            "the {role} '{}' cannot go in an email header: {why}",
            value.escape_debug()
        ))
    };
    if value.chars().any(char::is_control) {
        return Err(refuse("it contains control characters"));
    }
    let bad_char =
        |c: char| c.is_whitespace() || matches!(c, '<' | '>' | '"' | ',' | ';' | '(' | ')' | '\\');
    match address.split_once('@') {
        Some((local, domain))
            if !local.is_empty()
                && !domain.is_empty()
                && !domain.contains('@')
                && !address.chars().any(bad_char) => {}
        _ => return Err(refuse("it is not a plain email address")),
    }
    Ok((name.map(str::to_string), address.to_string()))
}

/// Writes beside the target, then renames over it: the rename is atomic on
/// one file system, so the file is either the old one or the whole new one.
fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "draft.eml".into());
    let tmp = dir.join(format!(".{name}.{}.tmp", uuid::Uuid::new_v4().simple()));
    let written = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&tmp)
        .and_then(|mut f| {
            f.write_all(bytes)?;
            f.sync_all()
        })
        .and_then(|()| std::fs::rename(&tmp, path));
    if written.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    written
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft(to: &str, subject: &str) -> Draft {
        Draft {
            to: Some(to.into()),
            subject: subject.into(),
            body: "Hello,\nhttps://admin.microsoft.com/x?a=1&b=2#/y\n".into(),
            link: "https://admin.microsoft.com/x?a=1&b=2#/y".into(),
        }
    }

    fn header_names(message: &[u8]) -> Vec<String> {
        let text = String::from_utf8_lossy(message);
        let head = text
            .split("\r\n\r\n")
            .next()
            .unwrap_or_default()
            .to_string();
        head.lines()
            .filter(|l| !l.starts_with([' ', '\t']))
            .filter_map(|l| l.split_once(':').map(|(n, _)| n.to_ascii_lowercase()))
            .collect()
    }

    #[test]
    fn hostile_recipient_name_is_refused_not_written() {
        for to in [
            "Eve\r\nBcc: victim@evil.test <eve@evil.test>",
            "Eve\nBcc: victim@evil.test <eve@evil.test>",
            "Eve <eve@evil.test\r\nBcc: victim@evil.test>",
            "eve@evil.test\r\nBcc: victim@evil.test",
        ] {
            let err = build(None, &draft(to, "Hi")).expect_err(to);
            assert_eq!(err.kind, crate::error::ErrorKind::Invalid, "{to}");
        }
    }

    #[test]
    fn hostile_sender_and_subject_are_refused() {
        let d = draft("a@b.test", "Hi");
        assert!(build(Some("Ann <ann@x.test>\r\nBcc: v@evil.test"), &d).is_err());
        assert!(build(Some("ann@x.test Bcc: v@evil.test"), &d).is_err());
        assert!(build(None, &draft("a@b.test", "Hi\r\nBcc: v@evil.test")).is_err());
    }

    #[test]
    fn odd_but_harmless_names_are_quoted_not_refused() {
        let d = draft(
            "\"Lee, Ann: \\\"IT\\\"\" <ann@contoso.test>",
            "Ré: invitation",
        );
        let message = build(Some("Bcc: eve@evil.test <ann@reseller.test>"), &d).expect("build");
        let mut names = header_names(&message);
        names.sort();
        assert_eq!(
            names,
            [
                "content-transfer-encoding",
                "content-type",
                "date",
                "from",
                "message-id",
                "mime-version",
                "subject",
                "to",
                "x-unsent"
            ]
        );
    }
}
