//! The invitation link: the one address a customer's Global admin opens to
//! accept a reseller relationship. It is built from the profile, never typed
//! by hand: the link pasted from Partner Center (`reseller_link`) when the
//! profile has one, else the documented form (DESIGN.md, *The invitation link*).
//!
//! `DAP=true` is never produced: since October 2023 a reseller relationship
//! grants no delegated admin privileges; admin access is a GDAP relationship.

use crate::domain::values::TenantId;
use crate::error::Error;

/// What a link names: us, and optionally an indirect provider.
#[derive(Debug, Clone, Copy)]
pub struct LinkRequest<'a> {
    /// The admin center's address (`https://admin.microsoft.com`, or a sovereign cloud's).
    pub base: &'a str,
    pub partner_id: TenantId,
    /// Our PartnerID (MPN/PLA ID); a joint link must carry it.
    pub partner_mpn_id: Option<&'a str>,
    /// The indirect provider's tenant ID, for a joint invitation.
    pub provider_tenant_id: Option<&'a str>,
    /// The reseller link pasted from Partner Center, checked by [`check_reseller_link`].
    pub reseller_link: Option<&'a str>,
}

/// The link for a reseller relationship alone, or together with an
/// indirect provider when `provider_tenant_id` is given.
pub fn build(request: &LinkRequest<'_>) -> Result<String, Error> {
    let base = request.base.trim().trim_end_matches('/');
    let partner = request.partner_id;
    match (request.provider_tenant_id, request.reseller_link) {
        // Partner Center's own link is the authority: used as it is.
        (None, Some(pasted)) => Ok(pasted.to_string()),
        (None, None) => Ok(format!(
            "{base}/Adminportal/Home?invType=ResellerRelationship&partnerId={partner}&msppId=0&DAP=false#/BillingAccounts/partner-invitation"
        )),
        (Some(provider), pasted) => {
            let provider = TenantId::parse(provider)?;
            let mspp = mspp_id(request.partner_mpn_id)?;
            Ok(match pasted {
                Some(pasted) => joint_from(pasted, &mspp, provider),
                None => format!(
                    "{base}/Adminportal/Home?invType=IndirectResellerRelationship&partnerId={partner}&msppId={mspp}&DAP=false&indirectCSPId={provider}#/BillingAccounts/partner-invitation"
                ),
            })
        }
    }
}

/// The joint link derived from our pasted reseller link, as Partner Center
/// (and CIPP) derive it: `invType=IndirectResellerRelationship`, `msppId` our
/// MPN ID, and `&indirectCSPId={provider}` inserted before the `#`. Every
/// other parameter and the fragment stay as pasted.
fn joint_from(pasted: &str, mspp: &str, provider: TenantId) -> String {
    let (before_fragment, fragment) = match pasted.find('#') {
        Some(i) => pasted.split_at(i),
        None => (pasted, ""),
    };
    let (address, query) = before_fragment
        .split_once('?')
        .unwrap_or((before_fragment, ""));
    let mut params: Vec<String> = Vec::new();
    let (mut has_type, mut has_mspp) = (false, false);
    for param in query.split('&').filter(|p| !p.is_empty()) {
        let key = param.split('=').next().unwrap_or("");
        if key.eq_ignore_ascii_case("invType") {
            has_type = true;
            params.push(format!("{key}=IndirectResellerRelationship"));
        } else if key.eq_ignore_ascii_case("msppId") {
            has_mspp = true;
            params.push(format!("{key}={mspp}"));
        } else if key.eq_ignore_ascii_case("indirectCSPId") {
            // Replaced below: a joint link names one provider.
        } else {
            params.push(param.to_string());
        }
    }
    if !has_type {
        params.insert(0, "invType=IndirectResellerRelationship".into());
    }
    if !has_mspp {
        params.push(format!("msppId={mspp}"));
    }
    params.push(format!("indirectCSPId={provider}"));
    format!("{address}?{}{fragment}", params.join("&"))
}

/// `msppId` of a joint link is our PartnerID (MPN/PLA ID). Without one the
/// joint link is refused: Microsoft does not accept `msppId=0` for an
/// indirect reseller. A PartnerID is a number; anything else would silently
/// produce a link Microsoft rejects.
fn mspp_id(mpn_id: Option<&str>) -> Result<String, Error> {
    match mpn_id.map(str::trim).filter(|m| !m.is_empty()) {
        None => Err(Error::invalid(
            "a joint invitation link needs your MPN ID (PartnerID, PLA ID), and the profile has none",
        )
        .with_hint("add it with `csp init --force --mpn-id …` (Partner Center: Account settings → Identifiers)")),
        Some(m) if m.bytes().all(|b| b.is_ascii_digit()) => Ok(m.to_string()),
        Some(m) => Err(Error::invalid(format!(
            "the partner MPN ID '{m}' is not a number, so no joint invitation link can carry it"
        ))
        .with_hint(
            "fix partner.mpn_id in config.toml, or rewrite it with `csp init --force --mpn-id …`",
        )),
    }
}

/// The host of an `https://` address, lower-cased; `None` for any other scheme.
fn https_host(address: &str) -> Option<String> {
    let rest = address
        .get(..8)
        .filter(|s| s.eq_ignore_ascii_case("https://"))
        .map(|_| &address[8..])?;
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let host = &rest[..end];
    // No user info: `https://admin.microsoft.com@evil.example/` is not our host.
    if host.is_empty() || host.contains('@') {
        return None;
    }
    Some(host.to_ascii_lowercase())
}

/// Checks a reseller link pasted from Partner Center (*Request a reseller
/// relationship*): one line without control or invisible characters, an
/// `https` address on the configured admin-center host, whose `partnerId` is
/// our tenant ID, for a reseller relationship alone (no `DAP=true`, no
/// provider: csp derives the joint link itself). Returns it trimmed.
pub fn check_reseller_link(
    link: &str,
    admin_center: &str,
    partner_id: Option<TenantId>,
) -> Result<String, Error> {
    let link = crate::domain::values::required_line("reseller link", link)?;
    if let Some(c) = link.chars().find(|c| {
        c.is_whitespace()
            || matches!(
                c,
                '\u{200b}'..='\u{200f}' | '\u{2028}' | '\u{2029}' | '\u{feff}'
            )
    }) {
        return Err(Error::invalid(format!(
            "the reseller link holds a space or an invisible character ({}); paste it exactly as Partner Center shows it",
            c.escape_unicode()
        )));
    }
    let expected = https_host(admin_center).unwrap_or_default();
    match https_host(&link) {
        None => {
            return Err(Error::invalid(format!(
                "the reseller link '{link}' is not an https address"
            ))
            .with_hint("copy it from Partner Center: Customers → Request a reseller relationship"))
        }
        Some(host) if host != expected => {
            return Err(Error::invalid(format!(
                "the reseller link is on {host}, not on the admin center {expected}"
            ))
            .with_hint("for a sovereign cloud, set [links] admin_center in config.toml first"))
        }
        Some(_) => {}
    }
    let query = link
        .split('#')
        .next()
        .and_then(|l| l.split_once('?'))
        .map(|(_, q)| q)
        .unwrap_or("");
    let value = |name: &str| {
        query
            .split('&')
            .filter_map(|p| p.split_once('='))
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v)
    };
    let Some(partner) = value("partnerId") else {
        return Err(Error::invalid(
            "the reseller link has no partnerId: it is not Partner Center's reseller invitation link",
        ));
    };
    let ours = partner_id.ok_or_else(|| {
        Error::invalid("a reseller link needs the partner tenant ID it must name")
            .with_hint("run `csp init --tenant-id …`, or set CSP_PARTNER_ID")
    })?;
    if TenantId::parse(partner).ok() != Some(ours) {
        return Err(Error::invalid(format!(
            "the reseller link's partnerId '{partner}' is not our partner tenant ID {ours}"
        ))
        .with_hint("paste the link Partner Center shows for your own partner account"));
    }
    if value("DAP").is_some_and(|v| v.eq_ignore_ascii_case("true")) {
        return Err(Error::invalid(
            "the reseller link asks for DAP=true: Microsoft stopped granting delegated admin privileges through reseller invitations in October 2023",
        )
        .with_hint("paste the link Partner Center shows today; ask for admin access with `csp gdap`"));
    }
    if value("indirectCSPId").is_some()
        || value("invType").is_some_and(|v| !v.eq_ignore_ascii_case("ResellerRelationship"))
    {
        return Err(Error::invalid(
            "the reseller link is not for a reseller relationship alone; paste the link for yourself alone",
        )
        .with_hint("csp derives a joint link itself from it (csp invite --provider P)"));
    }
    Ok(link)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PARTNER: &str = "8c1e2f40-5b6a-4d3c-9e7f-0a1b2c3d4e5f";
    const PROVIDER: &str = "11111111-2222-4333-8444-555555555555";

    fn request(provider: Option<&'static str>, mpn: Option<&'static str>) -> LinkRequest<'static> {
        LinkRequest {
            base: "https://admin.microsoft.com/",
            partner_id: TenantId::parse(PARTNER).unwrap(),
            partner_mpn_id: mpn,
            provider_tenant_id: provider,
            reseller_link: None,
        }
    }

    #[test]
    fn reseller_link_ignores_the_mpn_id() {
        assert_eq!(
            build(&request(None, Some("42"))).unwrap(),
            format!("https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId={PARTNER}&msppId=0&DAP=false#/BillingAccounts/partner-invitation")
        );
    }

    #[test]
    fn a_joint_link_needs_a_numeric_mpn_id() {
        let e = build(&request(Some(PROVIDER), None)).unwrap_err();
        assert_eq!(e.kind.exit_code(), 2);
        assert!(e.hint.unwrap_or_default().contains("--mpn-id"));
        assert!(build(&request(Some(PROVIDER), Some("12a"))).is_err());
        assert!(build(&request(Some("not-a-guid"), Some("42"))).is_err());
    }

    #[test]
    fn a_pasted_link_is_used_verbatim_and_the_joint_one_derived_from_it() {
        let pasted = format!("https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId={PARTNER}&msppId=0&DAP=false#/partners/invitation");
        let mut r = request(None, Some("42"));
        r.reseller_link = Some(&pasted);
        assert_eq!(build(&r).unwrap(), pasted);
        r.provider_tenant_id = Some(PROVIDER);
        assert_eq!(
            build(&r).unwrap(),
            format!("https://admin.microsoft.com/Adminportal/Home?invType=IndirectResellerRelationship&partnerId={PARTNER}&msppId=42&DAP=false&indirectCSPId={PROVIDER}#/partners/invitation")
        );
    }

    #[test]
    fn a_pasted_link_is_checked() {
        let ours = TenantId::parse(PARTNER).ok();
        let base = "https://admin.microsoft.com";
        let good = format!("https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId={PARTNER}#/partners/invitation");
        assert!(check_reseller_link(&good, base, ours).is_ok());
        for bad in [
            good.replace("https://", "http://"),
            good.replace("admin.microsoft.com", "admin.microsoft.com.evil.example"),
            good.replace(
                "https://admin.microsoft.com",
                "https://admin.microsoft.com@evil.example",
            ),
            good.replace(PARTNER, PROVIDER),
            good.replace("partnerId", "partner"),
            good.replace("Home?", "Home?\n"),
            good.replace("Home?", "Home?\u{7}"),
            good.replace("#", "&DAP=true#"),
            good.replace("#", &format!("&indirectCSPId={PROVIDER}#")),
        ] {
            assert!(check_reseller_link(&bad, base, ours).is_err(), "{bad:?}");
        }
    }
}
