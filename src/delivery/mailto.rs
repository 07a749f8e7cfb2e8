//! The `mailto:` URI of a draft (RFC 6068): the recipient's address, then
//! the subject and body as percent-encoded UTF-8, so any mail client opens a
//! message with exactly the text `csp` drafted, link included.

use crate::delivery::Draft;

/// The draft as a `mailto:` URI: `mailto:ADDR?subject=…&body=…`.
///
/// Only the bare address goes in the `to` part (RFC 6068 allows no display
/// name there). Line breaks in the body become `%0D%0A`, as the RFC asks.
pub fn uri(draft: &Draft) -> String {
    let mut uri = String::from("mailto:");
    if let Some(to) = draft.to.as_deref() {
        let (_, address) = split_mailbox(to);
        encode_into(&mut uri, address, b"@");
    }
    uri.push_str("?subject=");
    encode_into(&mut uri, &draft.subject, b"");
    uri.push_str("&body=");
    encode_into(&mut uri, &crlf(&draft.body), b"");
    uri
}

/// A recipient or sender as RFC 5322 writes it: `Name <address>`, the name
/// quoted (`"Dupont, Jean" <…>`) when it holds a character an atom may not,
/// or the bare address without a name. Non-ASCII letters stay as UTF-8
/// text (RFC 6532); the `.eml` encodes them itself. Every `to` and `From`
/// is built here, so stdout, JSON and the message agree.
pub fn mailbox(name: Option<&str>, address: &str) -> String {
    let name = name.map(str::trim).filter(|n| !n.is_empty());
    let Some(name) = name else {
        return address.to_string();
    };
    // atext (RFC 5322 3.2.3, widened to UTF-8 by RFC 6532) and the spaces
    // between atoms; anything else needs a quoted-string.
    let plain = |c: char| {
        c.is_ascii_alphanumeric() || c == ' ' || !c.is_ascii() || "!#$%&'*+-/=?^_`{|}~".contains(c)
    };
    if name.chars().all(plain) {
        return format!("{name} <{address}>");
    }
    let mut quoted = String::with_capacity(name.len() + 2);
    quoted.push('"');
    for c in name.chars() {
        if matches!(c, '"' | '\\') {
            quoted.push('\\');
        }
        quoted.push(c);
    }
    quoted.push('"');
    format!("{quoted} <{address}>")
}

/// Splits `Name <address>` (or a bare address) into its display name, a
/// quoted one unquoted, and its address: the inverse of [`mailbox`].
pub fn split_mailbox(mailbox: &str) -> (Option<String>, &str) {
    let mailbox = mailbox.trim();
    if let (Some(open), true) = (mailbox.rfind('<'), mailbox.ends_with('>')) {
        let name = mailbox[..open].trim();
        let address = mailbox[open + 1..mailbox.len() - 1].trim();
        let name = unquote(name).unwrap_or_else(|| name.to_string());
        return ((!name.is_empty()).then_some(name), address);
    }
    (None, mailbox)
}

/// The text of a whole quoted-string, escapes undone; `None` when `text` is
/// not one (then it is taken as written).
fn unquote(text: &str) -> Option<String> {
    let inner = text.strip_prefix('"')?;
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push(chars.next()?),
            '"' => return chars.as_str().is_empty().then_some(out),
            c => out.push(c),
        }
    }
    None
}

/// Every line break as CRLF, whatever the template or the editor wrote.
fn crlf(text: &str) -> String {
    text.replace("\r\n", "\n")
        .replace('\r', "\n")
        .replace('\n', "\r\n")
}

/// Percent-encodes every byte but RFC 3986's unreserved characters (and the
/// `keep` bytes). Encoding more than the RFC strictly needs is always valid,
/// and it spares clients that read `+` as a space or stop at `#`.
fn encode_into(out: &mut String, text: &str, keep: &[u8]) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for &b in text.as_bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') || keep.contains(&b)
        {
            out.push(b as char);
        } else {
            out.push('%');
            out.push(HEX[usize::from(b >> 4)] as char);
            out.push(HEX[usize::from(b & 0xF)] as char);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft(to: Option<&str>, subject: &str, body: &str) -> Draft {
        Draft {
            to: to.map(str::to_string),
            subject: subject.into(),
            body: body.into(),
            link: String::new(),
        }
    }

    #[test]
    fn display_name_is_left_out_of_the_address() {
        let d = draft(Some("Ann Lee <ann@contoso.com>"), "Hi", "x");
        assert_eq!(uri(&d), "mailto:ann@contoso.com?subject=Hi&body=x");
    }

    #[test]
    fn no_recipient_gives_an_empty_to() {
        let d = draft(None, "a b", "c");
        assert_eq!(uri(&d), "mailto:?subject=a%20b&body=c");
    }

    #[test]
    fn reserved_characters_and_accents_are_encoded() {
        let d = draft(
            Some("it+sales@contoso.com"),
            "Réponse & suite?",
            "1+1=2 #x\nhttps://a.b/?x=1&y=2#/z\r\nfin",
        );
        assert_eq!(
            uri(&d),
            "mailto:it%2Bsales@contoso.com?subject=R%C3%A9ponse%20%26%20suite%3F\
             &body=1%2B1%3D2%20%23x%0D%0Ahttps%3A%2F%2Fa.b%2F%3Fx%3D1%26y%3D2%23%2Fz%0D%0Afin"
        );
    }

    #[test]
    fn mailbox_forms_split() {
        assert_eq!(split_mailbox("a@b.c"), (None, "a@b.c"));
        assert_eq!(
            split_mailbox("\"Lee, Ann\" <a@b.c>"),
            (Some("Lee, Ann".to_string()), "a@b.c")
        );
        assert_eq!(split_mailbox(" <a@b.c> "), (None, "a@b.c"));
    }

    #[test]
    fn names_with_specials_are_quoted_and_plain_ones_are_not() {
        assert_eq!(mailbox(Some("Bo Chen"), "it@x.com"), "Bo Chen <it@x.com>");
        assert_eq!(
            mailbox(Some("Zoë Ørsted"), "z@x.com"),
            "Zoë Ørsted <z@x.com>"
        );
        assert_eq!(mailbox(None, "it@x.com"), "it@x.com");
        assert_eq!(mailbox(Some("  "), "it@x.com"), "it@x.com");
        assert_eq!(
            mailbox(Some("Jean \"JJ\" Dupont, Jr."), "jean@sg.fr"),
            r#""Jean \"JJ\" Dupont, Jr." <jean@sg.fr>"#
        );
        assert_eq!(mailbox(Some(r"a\b"), "a@b.c"), r#""a\\b" <a@b.c>"#);
    }

    #[test]
    fn a_quoted_mailbox_splits_back_to_the_name_as_typed() {
        for name in [
            "Jean \"JJ\" Dupont, Jr.",
            r"a\b",
            "\"Eve\"",
            "Lee <x@y.z>",
            "Bo Chen",
        ] {
            let written = mailbox(Some(name), "a@b.c");
            assert_eq!(split_mailbox(&written), (Some(name.to_string()), "a@b.c"));
        }
    }
}
