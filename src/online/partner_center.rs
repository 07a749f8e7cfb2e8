//! Partner Center's REST API (`/v1/…`): our customers, our indirect
//! providers, the reseller link, and ending a reseller relationship.

use crate::error::Error;
use crate::online::http::{percent, Request, Service};
use crate::online::Online;
use serde_json::{json, Value};

/// A customer as Partner Center lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartnerCenterCustomer {
    pub tenant_id: String,
    pub company_name: String,
    pub domain: String,
    /// `relationshipToPartner`: `reseller`, `advisor`, `none`, …
    pub relationship: Option<String>,
}

/// An indirect provider we resell through.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartnerCenterProvider {
    pub tenant_id: String,
    pub name: String,
    pub mpn_id: Option<String>,
    pub location: Option<String>,
    pub state: Option<String>,
}

/// The most pages csp follows (500 customers each): far beyond any partner.
const MAX_PAGES: usize = 10_000;

fn text(item: &Value, pointer: &str) -> Option<String> {
    item.pointer(pointer)
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
}

/// `GET /v1/customers?size=500`, every page (`links.next` with its
/// `MS-ContinuationToken` header). `progress` gets the count so far.
pub fn customers(
    online: &mut Online,
    progress: &mut dyn FnMut(usize),
) -> Result<Vec<PartnerCenterCustomer>, Error> {
    let mut out = Vec::new();
    let mut request = Request::new("GET", online.partner_center_url("/v1/customers?size=500"));
    for _ in 0..MAX_PAGES {
        let page = online.send(Service::PartnerCenter, &request)?.json;
        let items = page
            .get("items")
            .and_then(Value::as_array)
            .ok_or_else(|| Error::online("Partner Center's list of customers has no items"))?;
        for (n, item) in items.iter().enumerate() {
            let at = |what: &str| {
                Error::online(format!(
                    "Partner Center's customer {} has no {what}",
                    out.len() + n + 1
                ))
            };
            let customer = PartnerCenterCustomer {
                tenant_id: text(item, "/companyProfile/tenantId")
                    .or_else(|| text(item, "/id"))
                    .ok_or_else(|| at("tenant ID"))?,
                company_name: text(item, "/companyProfile/companyName")
                    .ok_or_else(|| at("company name"))?,
                domain: text(item, "/companyProfile/domain").ok_or_else(|| at("domain"))?,
                relationship: text(item, "/relationshipToPartner"),
            };
            out.push(customer);
        }
        progress(out.len());
        let Some(next) = page.pointer("/links/next").filter(|n| n.is_object()) else {
            return Ok(out);
        };
        let uri = text(next, "/uri")
            .ok_or_else(|| Error::online("Partner Center's next page has no address"))?;
        let url = if uri.starts_with('/') {
            online.partner_center_url(&uri)
        } else {
            let base = online.session.ms.partner_center.clone();
            online.same_service(&base, &uri)?;
            uri
        };
        request = Request::new("GET", url);
        for header in next
            .get("headers")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            if let (Some(k), Some(v)) = (text(header, "/key"), text(header, "/value")) {
                request = request.header(&k, v);
            }
        }
    }
    Err(Error::online(format!(
        "Partner Center's list of customers goes on past {MAX_PAGES} pages; csp stopped"
    )))
}

/// `GET /v1/relationships?relationship_type=IsIndirectResellerOf`.
pub fn providers(online: &mut Online) -> Result<Vec<PartnerCenterProvider>, Error> {
    let request = Request::new(
        "GET",
        online.partner_center_url("/v1/relationships?relationship_type=IsIndirectResellerOf"),
    );
    let page = online.send(Service::PartnerCenter, &request)?.json;
    let items = page
        .get("items")
        .and_then(Value::as_array)
        .ok_or_else(|| Error::online("Partner Center's list of providers has no items"))?;
    items
        .iter()
        .enumerate()
        .map(|(n, item)| {
            Ok(PartnerCenterProvider {
                tenant_id: text(item, "/id").ok_or_else(|| {
                    Error::online(format!("Partner Center's provider {} has no id", n + 1))
                })?,
                name: text(item, "/name").ok_or_else(|| {
                    Error::online(format!("Partner Center's provider {} has no name", n + 1))
                })?,
                mpn_id: text(item, "/mpnId"),
                location: text(item, "/location"),
                state: text(item, "/state"),
            })
        })
        .collect()
}

/// The request for the reseller link: alone, or joint with a provider.
/// `base` is `[microsoft] partner_center` (built without a sign-in, so
/// `--dry-run` can print it).
pub fn reseller_link_request(base: &str, provider_tenant: Option<&str>) -> Request {
    let mut path = "/v1/customers/relationshiprequests".to_string();
    if let Some(p) = provider_tenant {
        path.push_str(&format!("?indirectCloudSolutionProviderId={}", percent(p)));
    }
    Request::new("GET", format!("{base}{path}"))
}

/// `GET /v1/customers/relationshiprequests`: the link Partner Center gives.
pub fn reseller_link(online: &mut Online, request: &Request) -> Result<String, Error> {
    let answer = online.send(Service::PartnerCenter, request)?.json;
    text(&answer, "/url")
        .ok_or_else(|| Error::online("Partner Center's relationship request has no url"))
}

/// `PATCH /v1/customers/{tenant}` ending the reseller relationship.
pub fn end_relationship_request(base: &str, tenant: &str) -> Request {
    Request::new("PATCH", format!("{base}/v1/customers/{}", percent(tenant))).json(json!({
        "relationshipToPartner": "none",
        "attributes": {"objectType": "Customer"}
    }))
}

/// Sends the end of a reseller relationship; Microsoft's refusal is the error.
pub fn end_relationship(online: &mut Online, request: &Request) -> Result<(), Error> {
    online.send(Service::PartnerCenter, request)?;
    Ok(())
}
