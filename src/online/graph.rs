//! Microsoft Graph's GDAP relationships
//! (`/tenantRelationships/delegatedAdminRelationships`): the list, and the
//! calls that create, lock, terminate and change one.

use crate::error::Error;
use crate::online::http::{Request, Service};
use crate::online::Online;
use serde_json::Value;

const RELATIONSHIPS: &str = "/tenantRelationships/delegatedAdminRelationships";
const MAX_PAGES: usize = 10_000;

/// Every relationship, following `@odata.nextLink`, as Graph words them
/// (`ops::gdap` validates each item as `gdap import` does).
pub fn relationships(
    online: &mut Online,
    progress: &mut dyn FnMut(usize),
) -> Result<Vec<Value>, Error> {
    let base = online.session.ms.graph.clone();
    let mut url = online.graph_url(RELATIONSHIPS);
    let mut out = Vec::new();
    for _ in 0..MAX_PAGES {
        let page = online
            .send(Service::Graph, &Request::new("GET", url.clone()))?
            .json;
        let items = page
            .get("value")
            .and_then(Value::as_array)
            .ok_or_else(|| Error::online("Microsoft Graph's list of relationships has no value"))?;
        out.extend(items.iter().cloned());
        progress(out.len());
        match page.get("@odata.nextLink").and_then(Value::as_str) {
            Some(next) => {
                online.same_service(&base, next)?;
                url = next.to_string();
            }
            None => return Ok(out),
        }
    }
    Err(Error::online(format!(
        "Microsoft Graph's list of relationships goes on past {MAX_PAGES} pages; csp stopped"
    )))
}
