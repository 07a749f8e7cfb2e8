//! Validated values, checked where they enter `csp` (flags, prompts, CSV
//! cells, config): a value of one of these types is known to be good, so the
//! rest of the code never checks again.

use crate::error::Error;
use serde::{Serialize, Serializer};
use std::fmt;

/// The longest one-line value (a name, a reference, a contact), in characters.
pub const MAX_LINE_CHARS: usize = 256;

/// Names and other one-line fields keep any Unicode, but never a control
/// character: a TSV row stays one line and no value can break an email
/// header. Nor an invisible one: bidi controls (which reorder what a reader
/// sees), zero-width characters, the BOM, line separators, Hangul fillers,
/// tag characters — a name must not be able to disguise itself. At most
/// [`MAX_LINE_CHARS`] characters.
pub fn one_line(field: &str, value: &str) -> Result<String, Error> {
    let value = value.trim();
    if let Some(c) = value
        .chars()
        .find(|&c| c.is_control() || crate::util::terminal::is_invisible(c))
    {
        let what = if c.is_control() {
            "control"
        } else {
            "invisible or bidi control"
        };
        return Err(Error::invalid(format!(
            "{field} must be one line without {what} characters (found {})",
            c.escape_unicode()
        )));
    }
    let chars = value.chars().count();
    if chars > MAX_LINE_CHARS {
        return Err(Error::invalid(format!(
            "{field} is {chars} characters long; the limit is {MAX_LINE_CHARS}"
        )));
    }
    Ok(value.to_string())
}

/// Characters that show nothing although they are not whitespace (the
/// Braille blank, the Hangul fillers, the ideographic space…).
fn is_blank(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '\u{2800}' | '\u{3164}' | '\u{115f}' | '\u{1160}' | '\u{ffa0}'
        )
}

/// A one-line value that must not be empty, and must show at least one
/// visible character (a company name, say).
pub fn required_line(field: &str, value: &str) -> Result<String, Error> {
    let value = one_line(field, value)?;
    if value.is_empty() {
        return Err(Error::invalid(format!("{field} must not be empty")));
    }
    if value.chars().all(is_blank) {
        return Err(Error::invalid(format!(
            "{field} must show at least one visible character"
        )));
    }
    Ok(value)
}

/// An optional one-line value: empty means absent.
pub fn optional_line(field: &str, value: &str) -> Result<Option<String>, Error> {
    let value = one_line(field, value)?;
    Ok((!value.is_empty()).then_some(value))
}

/// A CSV or TSV cell as csp exported it: a value a spreadsheet would run as
/// a formula (`=`, `+`, `-`, `@`, tab, CR) got a `'` in front; this takes
/// that one `'` off again, so an export re-imports as it was.
pub fn strip_formula_guard(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest)
            if rest
                .trim_start_matches('\'')
                .starts_with(['=', '+', '-', '@', '\t', '\r']) =>
        {
            rest
        }
        _ => cell,
    }
}

/// Stored domains (punycode) as people read them: `xn--socit-esab.fr` is
/// `société.fr`. Several `;`-joined (a `domains` cell) are each converted.
pub fn display_domains(stored: &str) -> std::borrow::Cow<'_, str> {
    if !stored.contains("xn--") {
        return std::borrow::Cow::Borrowed(stored);
    }
    let shown: Vec<String> = stored
        .split(';')
        .map(|d| match idna::domain_to_unicode(d) {
            (unicode, Ok(())) => unicode,
            _ => d.to_string(),
        })
        .collect();
    std::borrow::Cow::Owned(shown.join(";"))
}

/// A reference read as input is: a tenant ID in braces or upper case is
/// the same tenant ID, and a domain's trailing dot is no part of it.
pub fn normalise_reference(reference: &str) -> String {
    let r = reference.trim();
    if let Ok(tenant) = TenantId::parse(r) {
        return tenant.to_string();
    }
    if !r.contains(char::is_whitespace) && (r.ends_with('.') || !r.is_ascii()) {
        // A domain as typed: its trailing dot dropped, an international one
        // as its stored punycode. Anything else (a name) stays as it is.
        if let Ok(domain) = Domain::parse(r) {
            return domain.to_string();
        }
        return r.trim_end_matches('.').to_string();
    }
    r.to_string()
}

/// Whether a reference that found nothing was meant as a short id prefix.
pub fn looks_like_short_id(reference: &str) -> bool {
    let r = reference.trim();
    !r.is_empty()
        && r.chars().count() < 8
        && r.chars().all(|c| c.is_ascii_hexdigit() || c == '-')
        && r.chars().any(|c| c.is_ascii_digit())
}

/// The error for a reference that found nothing and looks like an id
/// prefix shorter than the 8 characters every command needs.
pub fn short_id_refused(reference: &str) -> Error {
    Error::invalid(format!(
        "'{}' is too short for an id prefix: give at least 8 characters",
        reference.trim()
    ))
    .with_hint(
        "tables show ids by their first 8 characters; a domain, tenant ID or exact name works too",
    )
}

/// The first 8 characters of an id: enough to name it, and the shortest
/// prefix every command accepts. Cut at a character, never inside one, so a
/// hand-edited id with accents cannot make `csp` panic.
pub fn short_id(id: &str) -> &str {
    match id.char_indices().nth(8) {
        Some((end, _)) => &id[..end],
        None => id,
    }
}

/// A PartnerID (MPN ID): digits only, as Partner Center gives it; it is the
/// `msppId` of joint invitation links.
pub fn mpn_id(input: &str) -> Result<Option<String>, Error> {
    let m = input.trim();
    if m.is_empty() {
        return Ok(None);
    }
    if !m.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Error::invalid(format!(
            "invalid MPN ID '{}': a PartnerID is a number, like 1234567",
            m.escape_debug()
        )));
    }
    Ok(Some(m.to_string()))
}

/// A customer's primary domain: a real DNS name, kept lower-cased.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Domain(String);

impl Domain {
    /// ```
    /// use csp::domain::values::Domain;
    /// assert_eq!(Domain::parse(" Fabrikam.COM. ").unwrap().as_str(), "fabrikam.com");
    /// assert!(Domain::parse("fabrikam").is_err());
    /// assert!(Domain::parse("fab rikam.com").is_err());
    /// ```
    pub fn parse(input: &str) -> Result<Domain, Error> {
        let d = input.trim().trim_end_matches('.').to_ascii_lowercase();
        let bad = |why: &str| Error::invalid(format!("invalid domain '{}': {why}", input.trim()));
        // An international domain is kept as its checked punycode (IDNA
        // 2008 / UTS 46): `société.fr` is `xn--socit-esab.fr`, and a
        // punycode label that decodes to nothing valid is refused.
        let d = if !d.is_ascii() || d.split('.').any(|l| l.starts_with("xn--")) {
            idna::domain_to_ascii(&d).map_err(|_| bad("not a valid international domain name"))?
        } else {
            d
        };
        if d.is_empty() {
            return Err(bad("it is empty"));
        }
        if d.len() > 253 {
            return Err(bad("longer than 253 characters"));
        }
        let labels: Vec<&str> = d.split('.').collect();
        if labels.len() < 2 {
            return Err(bad("a domain has at least two labels, like contoso.com"));
        }
        for label in &labels {
            if label.is_empty() {
                return Err(bad("empty label"));
            }
            if label.len() > 63 {
                return Err(bad("a label is longer than 63 characters"));
            }
            if !label
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-')
            {
                return Err(bad(
                    "only letters, digits, hyphens and dots (use the punycode form of international names)",
                ));
            }
            if label.starts_with('-') || label.ends_with('-') {
                return Err(bad("a label cannot start or end with a hyphen"));
            }
        }
        let tld = labels[labels.len() - 1];
        if tld.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad("the last label cannot be all digits"));
        }
        Ok(Domain(d))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Domain {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Serialize for Domain {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

/// A Microsoft Entra tenant ID: a GUID, kept in its lower-case hyphenated form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TenantId(uuid::Uuid);

impl TenantId {
    /// ```
    /// use csp::domain::values::TenantId;
    /// let t = TenantId::parse("{3F2504E0-4F89-41D3-9A0C-0305E82C3301}").unwrap();
    /// assert_eq!(t.to_string(), "3f2504e0-4f89-41d3-9a0c-0305e82c3301");
    /// assert!(TenantId::parse("3f2504e04f8941d39a0c0305e82c3301").is_err());
    /// ```
    pub fn parse(input: &str) -> Result<TenantId, Error> {
        let s = input.trim();
        let inner = s
            .strip_prefix('{')
            .and_then(|t| t.strip_suffix('}'))
            .unwrap_or(s);
        // Only the canonical 8-4-4-4-12 form: that is what Partner Center shows.
        let canonical = inner.len() == 36
            && inner.char_indices().all(|(i, c)| {
                matches!(i, 8 | 13 | 18 | 23) == (c == '-') && (c == '-' || c.is_ascii_hexdigit())
            });
        match uuid::Uuid::parse_str(inner) {
            Ok(u) if canonical => Ok(TenantId(u)),
            _ => Err(Error::invalid(format!(
                "invalid tenant ID '{s}': expected a GUID like 8c1e2f40-5b6a-4d3c-9e7f-0a1b2c3d4e5f"
            ))),
        }
    }
}

impl fmt::Display for TenantId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.hyphenated())
    }
}

impl Serialize for TenantId {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// An email address: one `local@domain`, the domain a DNS name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Email(String);

impl Email {
    /// ```
    /// use csp::domain::values::Email;
    /// assert_eq!(Email::parse("it@Northwind.com").unwrap().as_str(), "it@northwind.com");
    /// assert!(Email::parse("it@northwind.com\r\nBcc: eve@example.com").is_err());
    /// ```
    pub fn parse(input: &str) -> Result<Email, Error> {
        let s = input.trim();
        let bad = |why: &str| Error::invalid(format!("invalid email address '{s}': {why}"));
        let Some((local, domain)) = s.rsplit_once('@') else {
            return Err(bad("it has no @"));
        };
        if local.is_empty() || local.len() > 64 {
            return Err(bad("the part before @ must be 1 to 64 characters"));
        }
        // No quoting, spaces, commas or angle brackets: an address that cannot
        // carry a second recipient or a header.
        if !local
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-/=?^_`{|}~.".contains(&b))
            || local.starts_with('.')
            || local.ends_with('.')
            || local.contains("..")
        {
            return Err(bad(
                "the part before @ has characters an address cannot have",
            ));
        }
        let domain = Domain::parse(domain).map_err(|_| bad("the part after @ is not a domain"))?;
        Ok(Email(format!("{local}@{domain}")))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Serialize for Email {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

/// A free-form tag, as Partner Center's customer list has them. Tags are
/// joined with `;` in CSV and TSV cells, so a tag cannot contain one.
pub fn tag(input: &str) -> Result<String, Error> {
    let t = one_line("tag", input)?;
    if t.is_empty() {
        return Err(Error::invalid("a tag must not be empty"));
    }
    if t.contains(';') {
        return Err(Error::invalid(format!("tag '{t}' must not contain ';'")));
    }
    Ok(t)
}

/// Tags from a CSV or TSV cell: `;`-separated, blanks ignored, duplicates dropped.
pub fn tags_from_cell(cell: &str) -> Result<Vec<String>, Error> {
    let mut tags = Vec::new();
    for part in cell.split(';') {
        if part.trim().is_empty() {
            continue;
        }
        let t = tag(part)?;
        if !tags.contains(&t) {
            tags.push(t);
        }
    }
    Ok(tags)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn international_domains_are_kept_as_checked_punycode() {
        assert_eq!(
            Domain::parse("Société.FR.")
                .map(|d| d.to_string())
                .ok()
                .as_deref(),
            Some("xn--socit-esab.fr")
        );
        assert_eq!(
            Domain::parse("xn--socit-esab.fr")
                .map(|d| d.to_string())
                .ok()
                .as_deref(),
            Some("xn--socit-esab.fr")
        );
        assert!(Domain::parse("xn--zz.com").is_err());
        assert_eq!(
            display_domains("xn--socit-esab.fr;fabrikam.com"),
            "société.fr;fabrikam.com"
        );
    }

    #[test]
    fn short_ids_cut_at_a_character() {
        assert_eq!(short_id("969d07b8-b5fd-4d42-b9c6-9f11c2c154e8"), "969d07b8");
        assert_eq!(short_id("42"), "42");
        assert_eq!(short_id(""), "");
        assert_eq!(short_id("ééééééééé-x"), "éééééééé");
    }

    #[test]
    fn domains_are_lower_cased_dns_names() {
        assert_eq!(
            Domain::parse(" Contoso.COM. ").unwrap().as_str(),
            "contoso.com"
        );
        for bad in [
            "",
            "contoso",
            "-a.com",
            "a..com",
            "con toso.com",
            "a.123",
            "ex_ample.com",
        ] {
            assert!(Domain::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn tenant_ids_are_canonical_guids() {
        let t = TenantId::parse("8C1E2F40-5B6A-4D3C-9E7F-0A1B2C3D4E5F").unwrap();
        assert_eq!(t.to_string(), "8c1e2f40-5b6a-4d3c-9e7f-0a1b2c3d4e5f");
        for bad in [
            "",
            "not-a-guid",
            "8c1e2f405b6a4d3c9e7f0a1b2c3d4e5f",
            "8c1e2f40-5b6a-4d3c-9e7f-0a1b2c3d4e5",
        ] {
            assert!(TenantId::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn emails_cannot_carry_a_header_or_a_second_recipient() {
        assert_eq!(
            Email::parse("Ann@Contoso.com").unwrap().as_str(),
            "Ann@contoso.com"
        );
        for bad in [
            "ann",
            "ann@",
            "@contoso.com",
            "a b@contoso.com",
            "a@b.com\r\nBcc: x@y.com",
            "a,b@c.com",
            "<a@b.com>",
        ] {
            assert!(Email::parse(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn one_line_fields_refuse_control_characters() {
        assert_eq!(one_line("name", " Café Ünïcode ").unwrap(), "Café Ünïcode");
        for bad in [
            "a\tb",
            "a\nb",
            "a\rb",
            "a\u{7}b",
            "invoice\u{202e}fdp.exe",
            "a\u{200b}b",
            "\u{feff}Contoso",
            "a\u{2028}b",
            "a\u{200f}b",
            "a\u{e0041}b",
        ] {
            assert!(one_line("name", bad).is_err(), "{bad:?}");
        }
        assert!(one_line("name", &"é".repeat(256)).is_ok());
        assert!(one_line("name", &"é".repeat(257)).is_err());
        assert!(required_line("name", "\u{2800}").is_err());
        assert!(required_line("name", "\u{3164}").is_err());
    }
}
