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

/// `{graph}/v1.0/tenantRelationships/delegatedAdminRelationships{rest}`.
fn url(graph: &str, rest: &str) -> String {
    format!("{graph}/v1.0{RELATIONSHIPS}{rest}")
}

/// What `--dry-run` shows in place of an etag csp would first read.
pub const ETAG_TO_READ: &str = "{the @odata.etag Graph answered}";

/// `POST …/delegatedAdminRelationships` with the documented body.
pub fn create_request(graph: &str, body: Value) -> Request {
    Request::new("POST", url(graph, "")).json(body)
}

/// `GET …/{id}`: the relationship as it stands, with its etag.
pub fn get_request(graph: &str, id: &str) -> Request {
    Request::new("GET", url(graph, &format!("/{id}")))
}

/// `POST …/{id}/requests {"action": …}` with `If-Match`.
pub fn action_request(graph: &str, id: &str, action: &str, etag: &str) -> Request {
    Request::new("POST", url(graph, &format!("/{id}/requests")))
        .header("If-Match", etag)
        .json(serde_json::json!({ "action": action }))
}

/// `PATCH …/{id}` with `If-Match` (required by Graph).
pub fn patch_request(graph: &str, id: &str, body: Value, etag: &str) -> Request {
    Request::new("PATCH", url(graph, &format!("/{id}")))
        .header("If-Match", etag)
        .json(body)
}

/// `POST …/{id}/accessAssignments`: roles for one partner security group.
pub fn assign_request(graph: &str, id: &str, group: &str, roles: &[String]) -> Request {
    let roles: Vec<Value> = roles
        .iter()
        .map(|r| serde_json::json!({ "roleDefinitionId": r }))
        .collect();
    Request::new("POST", url(graph, &format!("/{id}/accessAssignments"))).json(serde_json::json!({
        "accessContainer": { "accessContainerId": group, "accessContainerType": "securityGroup" },
        "accessDetails": { "unifiedRoles": roles }
    }))
}

/// A relationship as Graph answered a create or a read.
#[derive(Debug, Clone)]
pub struct Relationship {
    pub id: String,
    pub etag: String,
    pub status: Option<String>,
}

fn relationship(answer: &crate::online::http::Response) -> Result<Relationship, Error> {
    let id = answer
        .json
        .get("id")
        .and_then(Value::as_str)
        .ok_or_else(|| Error::online("Microsoft Graph answered without the relationship's id"))?;
    let etag = answer
        .json
        .get("@odata.etag")
        .and_then(Value::as_str)
        .map(str::to_string)
        .or_else(|| answer.etag.clone())
        .ok_or_else(|| Error::online("Microsoft Graph answered without the relationship's etag"))?;
    Ok(Relationship {
        id: crate::domain::gdap::microsoft_id(id).map_err(|e| {
            Error::online(format!(
                "Microsoft Graph answered an id csp cannot use: {}",
                e.message
            ))
        })?,
        etag,
        status: answer
            .json
            .get("status")
            .and_then(Value::as_str)
            .map(str::to_string),
    })
}

/// Creates a relationship; Graph answers 201 with its id and etag.
pub fn create(online: &mut Online, body: Value) -> Result<Relationship, Error> {
    let request = create_request(&online.session.ms.graph, body);
    let answer = online.send(Service::Graph, &request)?;
    relationship(&answer)
}

/// Reads a relationship (for its etag).
pub fn get(online: &mut Online, id: &str) -> Result<Relationship, Error> {
    let request = get_request(&online.session.ms.graph, id);
    let answer = online.send(Service::Graph, &request)?;
    relationship(&answer)
}

/// `lockForApproval` or `terminate`; the request's own status comes back.
pub fn act(
    online: &mut Online,
    id: &str,
    action: &str,
    etag: &str,
) -> Result<Option<String>, Error> {
    let request = action_request(&online.session.ms.graph, id, action, etag);
    let answer = online.send(Service::Graph, &request)?;
    Ok(answer
        .json
        .get("status")
        .and_then(Value::as_str)
        .map(str::to_string))
}

/// Changes a relationship (`autoExtendDuration`).
pub fn patch(online: &mut Online, id: &str, body: Value, etag: &str) -> Result<(), Error> {
    let request = patch_request(&online.session.ms.graph, id, body, etag);
    online.send(Service::Graph, &request)?;
    Ok(())
}

/// Assigns roles to a security group; the assignment's status comes back.
pub fn assign(
    online: &mut Online,
    id: &str,
    group: &str,
    roles: &[String],
) -> Result<Option<String>, Error> {
    let request = assign_request(&online.session.ms.graph, id, group, roles);
    let answer = online.send(Service::Graph, &request)?;
    Ok(answer
        .json
        .get("status")
        .and_then(Value::as_str)
        .map(str::to_string))
}
