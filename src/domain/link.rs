//! The invitation link: the one address a customer's Global admin opens to
//! accept a reseller relationship. It is built from the profile, never typed
//! by hand, exactly as Partner Center builds it (DESIGN.md, *The invitation link*).

use crate::domain::values::TenantId;
use crate::error::Error;

/// What a link names: us, optionally an indirect provider, and whether we ask
/// for delegated admin privileges.
#[derive(Debug, Clone, Copy)]
pub struct LinkRequest<'a> {
    /// The admin center's address (`https://admin.microsoft.com`, or a sovereign cloud's).
    pub base: &'a str,
    pub partner_id: TenantId,
    /// Our PartnerID (MPN ID); only a joint link carries it.
    pub partner_mpn_id: Option<&'a str>,
    /// The indirect provider's tenant ID, for a joint invitation.
    pub provider_tenant_id: Option<&'a str>,
    pub delegated_admin: bool,
}

/// The link for a reseller relationship alone, or together with an
/// indirect provider when `provider_tenant_id` is given.
pub fn build(request: &LinkRequest<'_>) -> Result<String, Error> {
    let base = request.base.trim().trim_end_matches('/');
    let dap = if request.delegated_admin {
        "true"
    } else {
        "false"
    };
    let partner = request.partner_id;
    match request.provider_tenant_id {
        None => Ok(format!(
            "{base}/Adminportal/Home?invType=ResellerRelationship&partnerId={partner}&msppId=0&DAP={dap}#/BillingAccounts/partner-invitation"
        )),
        Some(provider) => {
            let provider = TenantId::parse(provider)?;
            let mspp = mspp_id(request.partner_mpn_id)?;
            Ok(format!(
                "{base}/Adminportal/Home?invType=IndirectResellerRelationship&partnerId={partner}&msppId={mspp}&DAP={dap}&indirectCSPId={provider}#/BillingAccounts/partner-invitation"
            ))
        }
    }
}

/// `msppId` is our PartnerID, or 0 when we have none. A PartnerID is a
/// number; anything else would silently produce a link Microsoft rejects.
fn mspp_id(mpn_id: Option<&str>) -> Result<String, Error> {
    match mpn_id.map(str::trim).filter(|m| !m.is_empty()) {
        None => Ok("0".to_string()),
        Some(m) if m.bytes().all(|b| b.is_ascii_digit()) => Ok(m.to_string()),
        Some(m) => Err(Error::invalid(format!(
            "the partner MPN ID '{m}' is not a number, so no joint invitation link can carry it"
        ))
        .with_hint(
            "fix partner.mpn_id in config.toml, or rewrite it with `csp init --force --mpn-id …`",
        )),
    }
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
            delegated_admin: false,
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
    fn joint_link_without_mpn_id_says_zero_and_a_non_number_is_refused() {
        let link = build(&request(Some(PROVIDER), None)).unwrap();
        assert!(link.contains("&msppId=0&"), "{link}");
        assert!(build(&request(Some(PROVIDER), Some("12a"))).is_err());
        assert!(build(&request(Some("not-a-guid"), None)).is_err());
    }
}
