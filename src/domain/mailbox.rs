//! A mailbox as RFC 5322 writes it, `Name <address>`: built once here for
//! every `to` and `From`, and split again for the `.eml` and `mailto:`.

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

#[cfg(test)]
mod tests {
    use super::*;

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
