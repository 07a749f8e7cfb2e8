//! `--eml FILE`: the draft as an RFC 5322 message that a mail client opens,
//! built by mail-builder (encoded-word subject and names, a UTF-8 text/plain
//! body). Names, addresses and the subject are checked again here, so no
//! value can ever add a header, whatever let it in.

use crate::domain::draft::Draft;
use crate::domain::mailbox::split_mailbox;
use crate::error::Error;
use crate::util::private_file::PendingFile;
use anyhow::Context;
use mail_builder::headers::raw::Raw;
use mail_builder::MessageBuilder;
use std::path::{Path, PathBuf};

/// Refuses, before anything is drafted or recorded, what would make the
/// message fail later: a header value that cannot be written, or a path that
/// names a folder or lies in a folder that does not exist.
pub fn check(path: &Path, from: Option<&str>, draft: &Draft) -> anyhow::Result<()> {
    build(from, draft)?;
    target(path)?;
    Ok(())
}

/// An `.eml` message written in full beside its target but not yet in
/// place: [`PendingEml::keep`] renames it over the target, replacing any
/// file there (the path was named explicitly), atomically on one file
/// system, so a reader never sees half a message; dropped without
/// that, it is removed. So a command writes the message before it records
/// anything (a bad path or value fails with nothing recorded) and puts it in
/// place once the record is committed. `--eml -` holds the message until
/// then and writes it to stdout.
#[derive(Debug)]
pub struct PendingEml {
    to: Destination,
}

#[derive(Debug)]
enum Destination {
    File(PendingFile),
    Stdout(Vec<u8>),
}

/// Whether an `--eml` path means standard output.
pub fn is_stdout(path: &Path) -> bool {
    path.as_os_str() == "-"
}

impl PendingEml {
    pub fn write(path: &Path, from: Option<&str>, draft: &Draft) -> anyhow::Result<PendingEml> {
        let message = build(from, draft)?;
        if is_stdout(path) {
            return Ok(PendingEml {
                to: Destination::Stdout(message),
            });
        }
        target(path)?;
        // From here on, dropping the pending file removes it.
        let mut file = PendingFile::create(path)
            .with_context(|| format!("cannot write {}", path.display()))?;
        file.write_all(&message)
            .with_context(|| format!("cannot write {}", path.display()))?;
        file.close();
        refuse_another_users_file(path, file.temp_path())?;
        Ok(PendingEml {
            to: Destination::File(file),
        })
    }

    pub fn path(&self) -> &Path {
        match &self.to {
            Destination::File(file) => file.target(),
            Destination::Stdout(_) => Path::new("-"),
        }
    }

    /// Puts the message in place, replacing any file there.
    pub fn keep(self) -> anyhow::Result<()> {
        match self.to {
            Destination::File(file) => {
                let path = file.target().to_path_buf();
                file.commit()
                    .with_context(|| format!("cannot write {}", path.display()))
            }
            Destination::Stdout(message) => {
                use std::io::Write;
                let mut out = std::io::stdout().lock();
                out.write_all(&message)?;
                out.flush()?;
                Ok(())
            }
        }
    }
}

/// Refuses to replace a file that belongs to another user (root writing
/// over someone's file, say): the temp file just made is ours, so its
/// owner is who we are.
#[cfg(unix)]
fn refuse_another_users_file(target: &Path, ours: &Path) -> anyhow::Result<()> {
    use std::os::unix::fs::MetadataExt;
    let (Ok(existing), Ok(mine)) = (std::fs::symlink_metadata(target), std::fs::metadata(ours))
    else {
        return Ok(());
    };
    if existing.uid() != mine.uid() {
        return Err(Error::invalid(format!(
            "--eml {}: the file belongs to another user; it was left as it was",
            target.display()
        ))
        .with_hint("write the message to a file of your own")
        .into());
    }
    Ok(())
}

#[cfg(not(unix))]
fn refuse_another_users_file(_target: &Path, _ours: &Path) -> anyhow::Result<()> {
    Ok(())
}

/// The folder and file name the message goes to. A path naming a folder is
/// refused here: the rename would fail only once the invitation is recorded.
fn target(path: &Path) -> anyhow::Result<(PathBuf, String)> {
    let refuse = |why: &str| -> anyhow::Error {
        Error::invalid(format!("--eml {}: {why}", path.display()))
            .with_hint("name the file to write, e.g. --eml invitation.eml")
            .into()
    };
    if is_stdout(path) {
        return Ok((PathBuf::from("."), "-".into()));
    }
    let text = path.to_string_lossy();
    if text.ends_with('/') || (cfg!(windows) && text.ends_with('\\')) || path.is_dir() {
        return Err(refuse("is a folder"));
    }
    // A device or FIFO is never replaced by a file (as root, `--eml
    // /dev/null` would replace the system's /dev/null).
    if let Err(why) = crate::util::private_file::replaceable(path) {
        return Err(refuse(why));
    }
    let Some(name) = path.file_name() else {
        return Err(refuse("names no file"));
    };
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    if !dir.is_dir() {
        return Err(Error::failure(format!(
            "cannot write {}: the folder {} does not exist",
            path.display(),
            dir.display()
        ))
        .into());
    }
    Ok((dir, name.to_string_lossy().into_owned()))
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
        builder = builder.header("From", Raw::new(address(sender)?));
    }
    if let Some(recipient) = recipient {
        builder = builder.header("To", Raw::new(address(recipient)?));
    }
    builder
        .write_to_vec()
        .map_err(|e| Error::failure(format!("cannot build the message: {e}")))
}

/// A `From` or `To` header's value. A display name in ASCII is an atom or
/// a quoted-string (RFC 5322); one with other letters is made of RFC 2047
/// encoded-words in base64, never inside quotes (an encoded-word in a
/// quoted-string is not decoded) and never longer than 75 characters each.
fn address((name, email): (Option<String>, String)) -> Result<String, Error> {
    let Some(name) = name else {
        return Ok(email);
    };
    if name.is_ascii() {
        return Ok(crate::domain::mailbox::mailbox(Some(&name), &email));
    }
    let mut words = Vec::new();
    let mut chunk = String::new();
    for c in name.chars() {
        // 45 bytes of UTF-8 are 60 of base64: `=?utf-8?B?…?=` stays at 72.
        if chunk.len() + c.len_utf8() > 45 {
            words.push(encoded_word(&chunk)?);
            chunk.clear();
        }
        chunk.push(c);
    }
    if !chunk.is_empty() {
        words.push(encoded_word(&chunk)?);
    }
    Ok(format!("{} <{email}>", words.join("\r\n ")))
}

fn encoded_word(text: &str) -> Result<String, Error> {
    let encoded = mail_builder::encoders::base64::base64_encode(text.as_bytes())
        .map_err(|e| Error::failure(format!("cannot encode a name: {e}")))?;
    Ok(format!("=?utf-8?B?{}?=", String::from_utf8_lossy(&encoded)))
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
    Ok((name, address.to_string()))
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
