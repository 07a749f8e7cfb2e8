//! The `mailto:` URI of a draft (RFC 6068): the recipient's address, then
//! the subject and body as percent-encoded UTF-8, so any mail client opens a
//! message with exactly the text `csp` drafted, link included.

use crate::domain::draft::Draft;
use crate::domain::mailbox::split_mailbox;

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
}
