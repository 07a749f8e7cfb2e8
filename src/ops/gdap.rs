//! GDAP admin relationships: recording one created in Partner Center,
//! following it through approval, activation, auto-extension and
//! termination, assigning its roles to partner security groups, and loading
//! Graph's own list. csp records what happens at Microsoft; it does not
//! (offline) make it happen, and its messages say so.

use crate::domain::audit::{Actor, Change};
use crate::domain::customer::{NewCustomer, Relationship, Source};
use crate::domain::gdap::{
    self, check_auto_extend, GdapCard, GdapFilter, GdapRelationship, GdapStatus,
};
use crate::domain::values::{short_id, Domain, TenantId};
use crate::error::Error;
use crate::store::{Db, GdapRow};
use chrono::{DateTime, Utc};
use serde::Serialize;
use serde_json::{json, Value};

/// The clock every rule reads (one reading per command).
pub fn now() -> DateTime<Utc> {
    Utc::now()
}

/// A card brought up to date by the clock (see [`GdapRelationship::as_of`]).
pub fn as_of(mut card: GdapCard, now: DateTime<Utc>, admin_center: &str) -> GdapCard {
    card.relationship = card.relationship.as_of(now, admin_center);
    card
}

/// The relationship a reference names: its csp id or a unique id prefix
/// (8+ characters), its Microsoft id, or its display name (any case). None
/// is status 3; several is status 3 naming them.
pub fn resolve(db: &Db<'_>, reference: &str) -> anyhow::Result<GdapCard> {
    let mut found = db.gdap_matching(reference, 11)?;
    match found.len() {
        0 => {
            let r = reference.trim();
            let hint = if r.len() < 8 && r.bytes().all(|b| b.is_ascii_hexdigit() || b == b'-') {
                "name a relationship by its id (at least its first 8 characters), its Microsoft id or its display name"
            } else {
                "see `csp gdap list`"
            };
            Err(
                Error::not_found(format!("no GDAP relationship matches '{r}'"))
                    .with_hint(hint)
                    .into(),
            )
        }
        1 => Ok(found.remove(0)),
        _ => {
            let names: Vec<String> = found
                .iter()
                .take(10)
                .map(|c| {
                    format!(
                        "{} ({}, id {})",
                        c.relationship.display_name,
                        c.relationship.customer_domain,
                        short_id(&c.relationship.id)
                    )
                })
                .collect();
            Err(
                Error::ambiguous("GDAP relationship", reference.trim(), &names)
                    .with_hint("use more characters of the id, or the Microsoft id")
                    .into(),
            )
        }
    }
}

/// `gdap show`: the card as it stands now.
pub fn show(db: &Db<'_>, admin_center: &str, reference: &str) -> anyhow::Result<GdapCard> {
    Ok(as_of(resolve(db, reference)?, now(), admin_center))
}

/// Streams the relationships a filter keeps, each as it stands now.
pub fn list(
    db: &Db<'_>,
    admin_center: &str,
    filter: &GdapFilter,
    mut f: impl FnMut(&GdapRelationship) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    let now = now();
    db.for_each_gdap(filter.customer_id.as_deref(), |card| {
        let r = card.relationship.as_of(now, admin_center);
        if filter.matches(&r, now) {
            f(&r)?;
        }
        Ok(())
    })
}

/// What `gdap add` records, validated by the command line.
#[derive(Debug, Clone)]
pub struct NewRelationship {
    /// The customer, as typed (id, domain, tenant ID or name).
    pub customer: String,
    pub microsoft_id: String,
    pub display_name: String,
    pub roles: Vec<String>,
    pub duration_days: u32,
    pub auto_extend: bool,
    pub status: GdapStatus,
    pub requested_at: Option<String>,
    pub activated_at: Option<String>,
}

fn refuse_taken_name(db: &Db<'_>, name: &str, except: Option<&str>) -> anyhow::Result<()> {
    if let Some(id) = db.gdap_id_by_display_name(name)? {
        if Some(id.as_str()) != except {
            return Err(Error::conflict(format!(
                "a GDAP relationship named '{name}' is already recorded (id {})",
                short_id(&id)
            ))
            .with_hint("display names are unique among your relationships (Microsoft's rule); choose another --name")
            .into());
        }
    }
    Ok(())
}

fn audit(
    db: &Db<'_>,
    actor: &Actor,
    action: &'static str,
    row: &GdapRow,
    reason: Option<String>,
    details: Value,
) -> anyhow::Result<()> {
    db.append_audit(
        actor,
        &Change {
            action,
            entity: "gdap_relationship",
            entity_id: Some(row.id.clone()),
            customer_id: Some(row.customer_id.clone()),
            reason,
            details,
        },
    )
}

fn reload(
    db: &Db<'_>,
    id: &str,
    admin_center: &str,
    now: DateTime<Utc>,
) -> anyhow::Result<GdapCard> {
    let card = db
        .gdap_card(id)?
        .ok_or_else(|| anyhow::anyhow!("GDAP relationship {id} vanished"))?;
    Ok(as_of(card, now, admin_center))
}

fn row_json(row: &GdapRow) -> Value {
    json!({
        "microsoft_id": row.microsoft_id,
        "display_name": row.display_name,
        "roles": row.roles,
        "duration_days": row.duration_days,
        "auto_extend": row.auto_extend,
        "status": row.status,
        "requested_at": row.requested_at,
        "activated_at": row.activated_at,
        "ends_at": row.ends_at,
        "terminated_at": row.terminated_at,
    })
}

/// Records a relationship created in Partner Center (or elsewhere).
pub fn add(
    db: &Db<'_>,
    actor: &Actor,
    admin_center: &str,
    new: NewRelationship,
) -> anyhow::Result<GdapCard> {
    let now = now();
    let stamp = crate::util::time::format(now);
    let customer = crate::ops::customers::resolve(db, &new.customer)?;
    check_auto_extend(new.auto_extend, &new.roles)?;
    if let Some(id) = db.gdap_id_by_microsoft_id(&new.microsoft_id)? {
        return Err(Error::conflict(format!(
            "GDAP relationship {} is already recorded (id {})",
            new.microsoft_id,
            short_id(&id)
        ))
        .with_hint(format!("see `csp gdap show {}`", short_id(&id)))
        .into());
    }
    refuse_taken_name(db, &new.display_name, None)?;
    let status = new.status;
    if new.activated_at.is_some()
        && !(status.is_in_force() || status == GdapStatus::Expired || status.is_terminated())
    {
        return Err(Error::invalid(format!(
            "--activated goes with a relationship that was activated, not one that is {status}"
        ))
        .with_hint("leave out --status (it is then active), or --activated")
        .into());
    }
    let activated_at = match (&new.activated_at, status.is_in_force()) {
        (Some(a), _) => Some(a.clone()),
        (None, true) => Some(stamp.clone()),
        (None, false) => None,
    };
    let requested_at = match (&new.requested_at, status.is_pending()) {
        (Some(r), _) => Some(r.clone()),
        (None, true) => Some(stamp.clone()),
        (None, false) => None,
    };
    let row = GdapRow {
        id: crate::store::new_id(),
        microsoft_id: Some(new.microsoft_id),
        customer_id: customer.id.clone(),
        display_name: new.display_name,
        roles: new.roles,
        duration_days: new.duration_days,
        auto_extend: new.auto_extend,
        status,
        request_expires_at: requested_at.as_deref().and_then(gdap::request_expiry),
        requested_at,
        ends_at: activated_at
            .as_deref()
            .and_then(|a| gdap::end_of(a, new.duration_days)),
        activated_at,
        terminated_at: status.is_terminated().then(|| stamp.clone()),
        termination_reason: None,
        approval_sent_at: None,
    };
    db.insert_gdap(&row, &stamp)?;
    audit(
        db,
        actor,
        "gdap.add",
        &row,
        None,
        json!({ "after": row_json(&row) }),
    )?;
    reload(db, &row.id, admin_center, now)
}

/// A relationship to create in Graph (`gdap request`): checked against
/// the records first, with Graph's documented body.
#[derive(Debug, Clone)]
pub struct RequestPlan {
    pub customer_id: String,
    pub customer_name: String,
    pub tenant_id: String,
    pub display_name: String,
    pub roles: Vec<String>,
    pub duration_days: u32,
    pub auto_extend: bool,
    /// `POST …/delegatedAdminRelationships`' body.
    pub body: Value,
}

/// Plans `gdap request`: the customer must have a tenant ID (Graph names
/// the customer by it), the name must be free, Global Administrator rules
/// out auto-extend.
pub fn plan_request(
    db: &Db<'_>,
    customer: &str,
    display_name: String,
    roles: Vec<String>,
    duration_days: u32,
    auto_extend: bool,
) -> anyhow::Result<RequestPlan> {
    let customer = crate::ops::customers::resolve(db, customer)?;
    let tenant_id = customer.tenant_id.clone().ok_or_else(|| {
        Error::invalid(format!(
            "customer {} has no tenant ID, and Graph names the customer by it",
            customer.company_name
        ))
        .with_hint(format!(
            "record it: csp customers update {} --tenant-id …, or csp sync",
            customer.domain
        ))
    })?;
    check_auto_extend(auto_extend, &roles)?;
    refuse_taken_name(db, &display_name, None)?;
    let unified_roles: Vec<Value> = roles
        .iter()
        .map(|r| json!({ "roleDefinitionId": r }))
        .collect();
    let body = json!({
        "displayName": display_name,
        "duration": format!("P{duration_days}D"),
        "customer": { "tenantId": tenant_id, "displayName": customer.company_name },
        "accessDetails": { "unifiedRoles": unified_roles },
        "autoExtendDuration": if auto_extend { "P180D" } else { "PT0S" },
    });
    Ok(RequestPlan {
        customer_id: customer.id,
        customer_name: customer.company_name,
        tenant_id,
        display_name,
        roles,
        duration_days,
        auto_extend,
        body,
    })
}

/// Records a relationship Graph created, with its Microsoft id: waiting
/// for approval once locked, `created` if the lock failed.
pub fn record_requested(
    db: &Db<'_>,
    actor: &Actor,
    admin_center: &str,
    plan: &RequestPlan,
    microsoft_id: String,
    status: GdapStatus,
) -> anyhow::Result<GdapCard> {
    add(
        db,
        actor,
        admin_center,
        NewRelationship {
            customer: plan.customer_id.clone(),
            microsoft_id,
            display_name: plan.display_name.clone(),
            roles: plan.roles.clone(),
            duration_days: plan.duration_days,
            auto_extend: plan.auto_extend,
            status,
            requested_at: None,
            activated_at: None,
        },
    )
}

fn stored(db: &Db<'_>, id: &str) -> anyhow::Result<GdapRow> {
    db.gdap_row(id)?
        .ok_or_else(|| anyhow::anyhow!("GDAP relationship {id} vanished"))
}

fn state_conflict(r: &GdapRelationship, what: &str) -> Error {
    Error::conflict(format!(
        "GDAP relationship '{}' is {}, so it cannot be {what}",
        r.display_name, r.status
    ))
    .with_hint(format!("see `csp gdap show {}`", short_id(&r.id)))
}

/// Records that the customer approved and Microsoft activated it: active
/// from `at` (default now), ending `duration_days` later.
pub fn activate(
    db: &Db<'_>,
    actor: &Actor,
    admin_center: &str,
    reference: &str,
    at: Option<String>,
) -> anyhow::Result<GdapCard> {
    let now = now();
    let stamp = crate::util::time::format(now);
    let card = resolve(db, reference)?;
    let before = stored(db, &card.relationship.id)?;
    let current = card.relationship.clone().as_of(now, admin_center);
    let at = at.unwrap_or_else(|| stamp.clone());
    if gdap::parse_time(&at).is_some_and(|t| t > now) {
        return Err(Error::invalid(format!("--at {at} is in the future")).into());
    }
    if !before.status.is_pending() {
        return Err(state_conflict(&current, "activated").into());
    }
    if let Some(lapse) = &before.request_expires_at {
        if at > *lapse {
            return Err(Error::conflict(format!(
                "the request for '{}' lapsed on {lapse}, 90 days after it was made, so it cannot have been activated on {at}",
                before.display_name
            ))
            .with_hint("create a new relationship in Partner Center and record it with `csp gdap add`")
            .into());
        }
    }
    let mut row = before.clone();
    row.status = GdapStatus::Active;
    row.ends_at = gdap::end_of(&at, row.duration_days);
    row.activated_at = Some(at);
    db.update_gdap(&row, &stamp)?;
    audit(
        db,
        actor,
        "gdap.activate",
        &row,
        None,
        json!({ "before": row_json(&before), "after": row_json(&row) }),
    )?;
    reload(db, &row.id, admin_center, now)
}

/// Records that the relationship was terminated (in Partner Center or
/// Graph: csp does not end it at Microsoft).
pub fn terminate(
    db: &Db<'_>,
    actor: &Actor,
    admin_center: &str,
    reference: &str,
    reason: Option<String>,
) -> anyhow::Result<GdapCard> {
    let now = now();
    let stamp = crate::util::time::format(now);
    let card = resolve(db, reference)?;
    let current = card.relationship.clone().as_of(now, admin_center);
    if current.status == GdapStatus::Terminated || current.status == GdapStatus::Expired {
        return Err(state_conflict(&current, "terminated").into());
    }
    let before = stored(db, &current.id)?;
    let mut row = before.clone();
    row.status = GdapStatus::Terminated;
    row.terminated_at = Some(stamp.clone());
    row.termination_reason = reason.clone();
    db.update_gdap(&row, &stamp)?;
    audit(
        db,
        actor,
        "gdap.terminate",
        &row,
        reason,
        json!({ "before": row_json(&before), "after": row_json(&row) }),
    )?;
    reload(db, &row.id, admin_center, now)
}

/// Turns auto-extend on or off; `None` in the outcome when it already was so.
pub fn extend(
    db: &Db<'_>,
    actor: &Actor,
    admin_center: &str,
    reference: &str,
    auto_extend: bool,
) -> anyhow::Result<(GdapCard, bool)> {
    let now = now();
    let stamp = crate::util::time::format(now);
    let card = resolve(db, reference)?;
    let current = card.relationship.clone().as_of(now, admin_center);
    // Microsoft lets auto-extend change while a relationship is created or active.
    if !(current.status == GdapStatus::Created || current.status.is_in_force()) {
        return Err(state_conflict(&current, "extended").into());
    }
    if current.auto_extend == auto_extend {
        return Ok((as_of(card, now, admin_center), false));
    }
    if auto_extend
        && current
            .roles
            .iter()
            .any(|r| r.id == gdap::GLOBAL_ADMINISTRATOR)
    {
        return Err(Error::conflict(format!(
            "'{}' grants Global Administrator, and Microsoft refuses auto-extend while it does",
            current.display_name
        ))
        .with_hint("remove Global Administrator from the relationship in Partner Center first")
        .into());
    }
    let before = stored(db, &current.id)?;
    let mut row = before.clone();
    row.auto_extend = auto_extend;
    // The end in force stays the end: extensions already made are kept.
    row.ends_at = current.ends_at.clone();
    db.update_gdap(&row, &stamp)?;
    audit(
        db,
        actor,
        "gdap.extend",
        &row,
        None,
        json!({ "before": row_json(&before), "after": row_json(&row) }),
    )?;
    Ok((reload(db, &row.id, admin_center, now)?, true))
}

/// Records which partner security group holds which of the roles.
pub fn assign(
    db: &Db<'_>,
    actor: &Actor,
    admin_center: &str,
    reference: &str,
    group_id: &TenantId,
    group_name: Option<String>,
    roles: Vec<String>,
) -> anyhow::Result<GdapCard> {
    let now = now();
    let stamp = crate::util::time::format(now);
    let card = resolve(db, reference)?;
    let current = card.relationship.clone().as_of(now, admin_center);
    if !current.status.is_in_force() {
        return Err(state_conflict(
            &current,
            "assigned to a group (Microsoft assigns roles of active relationships only)",
        )
        .into());
    }
    let held = current.role_ids();
    if let Some(extra) = roles.iter().find(|r| !held.contains(r)) {
        return Err(Error::invalid(format!(
            "{} is not among the roles of '{}'; a group may hold only the relationship's roles",
            gdap::GdapRole::new(extra).label(),
            current.display_name
        ))
        .with_hint(format!("see `csp gdap show {}`", short_id(&current.id)))
        .into());
    }
    let group = group_id.to_string();
    db.put_access_assignment(&current.id, &group, group_name.as_deref(), &roles, &stamp)?;
    let row = stored(db, &current.id)?;
    audit(
        db,
        actor,
        "gdap.assign",
        &row,
        None,
        json!({ "group_id": group, "group_name": group_name, "roles": roles }),
    )?;
    reload(db, &row.id, admin_center, now)
}

/// The relationship whose approval email is drafted: it must await approval.
pub fn awaiting_approval(
    db: &Db<'_>,
    admin_center: &str,
    reference: &str,
) -> anyhow::Result<GdapCard> {
    let card = show(db, admin_center, reference)?;
    let r = &card.relationship;
    if r.microsoft_id.is_none() {
        return Err(Error::conflict(format!(
            "'{}' has no Microsoft id yet, so there is no approval link",
            r.display_name
        ))
        .into());
    }
    if r.approval_link.is_none() {
        return Err(state_conflict(r, "approved again").into());
    }
    Ok(card)
}

/// `gdap invite --done`: the approval email went out, so the request is
/// with the customer (a `created` relationship is now `approval_pending`).
pub fn record_sent(
    db: &Db<'_>,
    actor: &Actor,
    admin_center: &str,
    id: &str,
) -> anyhow::Result<GdapCard> {
    let now = now();
    let stamp = crate::util::time::format(now);
    let card = awaiting_approval(db, admin_center, id)?;
    let before = stored(db, &card.relationship.id)?;
    let mut row = before.clone();
    row.status = GdapStatus::ApprovalPending;
    if row.requested_at.is_none() {
        row.requested_at = Some(stamp.clone());
        row.request_expires_at = gdap::request_expiry(&stamp);
    }
    row.approval_sent_at = Some(stamp.clone());
    db.update_gdap(&row, &stamp)?;
    audit(
        db,
        actor,
        "gdap.invite",
        &row,
        None,
        json!({ "before": row_json(&before), "after": row_json(&row) }),
    )?;
    reload(db, &row.id, admin_center, now)
}

/// What `gdap import` did.
#[derive(Debug, Clone, Default, Serialize)]
pub struct GdapImportSummary {
    pub items: u64,
    pub added: u64,
    pub updated: u64,
    pub unchanged: u64,
    /// Relationships not recorded: an unknown tenant, or no customer yet.
    pub skipped: u64,
    pub customers_added: u64,
    /// One line per skipped relationship, saying why.
    pub not_recorded: Vec<String>,
}

/// One relationship of Graph's list, validated.
struct GraphItem {
    microsoft_id: String,
    display_name: String,
    roles: Vec<String>,
    duration_days: u32,
    auto_extend: bool,
    status: GdapStatus,
    tenant_id: Option<TenantId>,
    customer_name: Option<String>,
    created_at: Option<String>,
    activated_at: Option<String>,
    ends_at: Option<String>,
    modified_at: Option<String>,
}

fn graph_time(item: &Value, field: &str) -> Result<Option<String>, Error> {
    match item.get(field) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => gdap::parse_time(s)
            .map(|t| Some(crate::util::time::format(t)))
            .ok_or_else(|| {
                Error::invalid(format!(
                    "{field} '{}' is not an RFC 3339 time",
                    s.escape_debug()
                ))
            }),
        Some(_) => Err(Error::invalid(format!("{field} is not a string"))),
    }
}

fn graph_text<'v>(item: &'v Value, field: &str) -> Result<&'v str, Error> {
    item.get(field)
        .and_then(Value::as_str)
        .ok_or_else(|| Error::invalid(format!("{field} is missing")))
}

fn graph_item(item: &Value) -> Result<GraphItem, Error> {
    let microsoft_id = gdap::microsoft_id(graph_text(item, "id")?)?;
    let display_name = gdap::display_name(graph_text(item, "displayName")?)?;
    let duration_days = gdap::graph_duration(graph_text(item, "duration")?)?;
    let status_word = graph_text(item, "status")?;
    let status = GdapStatus::parse_graph(status_word).ok_or_else(|| {
        Error::invalid(format!("unknown status '{}'", status_word.escape_debug()))
    })?;
    let auto_extend = match item.get("autoExtendDuration").and_then(Value::as_str) {
        Some(d) => {
            gdap::iso_days(d).ok_or_else(|| {
                Error::invalid(format!(
                    "autoExtendDuration '{}' is not ISO 8601",
                    d.escape_debug()
                ))
            })? > 0
        }
        None => false,
    };
    let mut roles = Vec::new();
    let unified = item
        .pointer("/accessDetails/unifiedRoles")
        .and_then(Value::as_array)
        .ok_or_else(|| Error::invalid("accessDetails.unifiedRoles is missing"))?;
    for role in unified {
        let id = role
            .get("roleDefinitionId")
            .and_then(Value::as_str)
            .ok_or_else(|| Error::invalid("a role has no roleDefinitionId"))?;
        let id = TenantId::parse(id)
            .map_err(|_| {
                Error::invalid(format!(
                    "roleDefinitionId '{}' is not a GUID",
                    id.escape_debug()
                ))
            })?
            .to_string();
        if !roles.contains(&id) {
            roles.push(id);
        }
    }
    if roles.is_empty() {
        return Err(Error::invalid("the relationship grants no role"));
    }
    check_auto_extend(auto_extend, &roles)?;
    let tenant_id = match item.pointer("/customer/tenantId").and_then(Value::as_str) {
        Some(t) => Some(TenantId::parse(t)?),
        None => None,
    };
    let customer_name = item
        .pointer("/customer/displayName")
        .and_then(Value::as_str)
        .map(|n| crate::domain::values::optional_line("customer displayName", n))
        .transpose()?
        .flatten();
    Ok(GraphItem {
        microsoft_id,
        display_name,
        roles,
        duration_days,
        auto_extend,
        status,
        tenant_id,
        customer_name,
        created_at: graph_time(item, "createdDateTime")?,
        activated_at: graph_time(item, "activatedDateTime")?,
        ends_at: graph_time(item, "endDateTime")?,
        modified_at: graph_time(item, "lastModifiedDateTime")?,
    })
}

/// The domain a customer known only by its tenant gets: `.invalid` is
/// reserved (RFC 2606), so it can never be mistaken for a real one.
pub fn placeholder_domain(tenant: &TenantId) -> Result<Domain, Error> {
    Domain::parse(&format!("{tenant}.invalid"))
}

/// Loads Graph's list of relationships (`{"value": [...]}`, as
/// `GET /tenantRelationships/delegatedAdminRelationships` returns it),
/// matching each by its Microsoft id, then its customer's tenant ID. A
/// relationship for a tenant no customer has is reported and skipped,
/// unless `add_customers`. Importing the same list again changes nothing.
pub fn import(
    db: &Db<'_>,
    actor: &Actor,
    input: impl std::io::Read,
    add_customers: bool,
) -> anyhow::Result<GdapImportSummary> {
    let document: Value = serde_json::from_reader(input).map_err(|e| {
        Error::invalid(format!("not Graph's JSON: {e}"))
            .with_hint("save the answer of GET /tenantRelationships/delegatedAdminRelationships (Graph Explorer) as is")
    })?;
    let items = document
        .get("value")
        .and_then(Value::as_array)
        .ok_or_else(|| {
            Error::invalid("the JSON has no \"value\" list of relationships")
                .with_hint("save the answer of GET /tenantRelationships/delegatedAdminRelationships (Graph Explorer) as is")
        })?;
    let summary = reconcile(db, actor, items, add_customers)?;
    // Importing the same list again changes nothing, and records nothing.
    if summary.added + summary.updated + summary.customers_added == 0 {
        return Ok(summary);
    }
    db.append_audit(
        actor,
        &Change {
            action: "gdap.import",
            entity: "gdap_relationship",
            entity_id: None,
            customer_id: None,
            reason: None,
            details: json!({
                "items": summary.items,
                "added": summary.added,
                "updated": summary.updated,
                "unchanged": summary.unchanged,
                "skipped": summary.skipped,
                "customers_added": summary.customers_added,
            }),
        },
    )?;
    Ok(summary)
}

/// Reconciles Graph's relationships (a file's for `gdap import`, the live
/// list for `csp sync`) into the store: matched by Microsoft id, each
/// change one log entry; the caller writes the summary entry.
pub fn reconcile(
    db: &Db<'_>,
    actor: &Actor,
    items: &[Value],
    add_customers: bool,
) -> anyhow::Result<GdapImportSummary> {
    let now = now();
    let stamp = crate::util::time::format(now);
    let mut summary = GdapImportSummary::default();
    let mut seen: Vec<(String, usize)> = Vec::new();
    for (index, raw) in items.iter().enumerate() {
        let n = index + 1;
        let at = |e: Error| {
            let mut out = Error::new(e.kind, format!("item {n}: {}", e.message));
            out.hint = e.hint;
            out
        };
        summary.items += 1;
        let item = graph_item(raw).map_err(at)?;
        if let Some((_, first)) = seen.iter().find(|(id, _)| *id == item.microsoft_id) {
            return Err(at(Error::invalid(format!(
                "relationship {} is also item {first}",
                item.microsoft_id
            )))
            .into());
        }
        seen.push((item.microsoft_id.clone(), n));

        let existing = match db.gdap_id_by_microsoft_id(&item.microsoft_id)? {
            Some(id) => Some(stored(db, &id)?),
            None => None,
        };
        let customer_id = match (&existing, item.tenant_id) {
            (Some(row), _) => row.customer_id.clone(),
            (None, None) => {
                summary.skipped += 1;
                summary.not_recorded.push(format!(
                    "item {n}: '{}' names no customer tenant yet (any tenant may accept it)",
                    item.display_name
                ));
                continue;
            }
            (None, Some(tenant)) => match db.customer_id_by_tenant(&tenant.to_string())? {
                Some(id) => id,
                None if add_customers => {
                    let new = NewCustomer {
                        company_name: item
                            .customer_name
                            .clone()
                            .unwrap_or_else(|| tenant.to_string()),
                        domain: placeholder_domain(&tenant)?,
                        tenant_id: Some(tenant),
                        contact_name: None,
                        contact_email: None,
                        relationship: Relationship::Active,
                        relationship_since: None,
                        delegated_admin: false,
                        source: Source::PartnerCenter,
                        channel: None,
                        tags: Vec::new(),
                    };
                    summary.customers_added += 1;
                    crate::ops::customers::add(db, actor, new, None)
                        .map_err(|e| e.context(format!("item {n}")))?
                        .id
                }
                None => {
                    summary.skipped += 1;
                    summary.not_recorded.push(format!(
                        "item {n}: '{}' is for tenant {tenant}{}, which no customer has",
                        item.display_name,
                        item.customer_name
                            .as_deref()
                            .map(|c| format!(" ({c})"))
                            .unwrap_or_default()
                    ));
                    continue;
                }
            },
        };
        let id = existing
            .as_ref()
            .map(|r| r.id.clone())
            .unwrap_or_else(crate::store::new_id);
        if let Some(taken) = db.gdap_id_by_display_name(&item.display_name)? {
            if taken != id {
                return Err(at(Error::conflict(format!(
                    "display name '{}' is already used by another recorded relationship (id {})",
                    item.display_name,
                    short_id(&taken)
                )))
                .into());
            }
        }
        let requested_at = item
            .created_at
            .clone()
            .or_else(|| existing.as_ref().and_then(|r| r.requested_at.clone()));
        let activated_at = item
            .activated_at
            .clone()
            .or_else(|| existing.as_ref().and_then(|r| r.activated_at.clone()));
        let ends_at = item.ends_at.clone().or_else(|| {
            activated_at
                .as_deref()
                .and_then(|a| gdap::end_of(a, item.duration_days))
        });
        let terminated_at = if item.status == GdapStatus::Terminated {
            existing
                .as_ref()
                .and_then(|r| r.terminated_at.clone())
                .or_else(|| item.modified_at.clone())
                .or_else(|| Some(stamp.clone()))
        } else {
            None
        };
        let row = GdapRow {
            id,
            microsoft_id: Some(item.microsoft_id.clone()),
            customer_id,
            display_name: item.display_name.clone(),
            roles: item.roles.clone(),
            duration_days: item.duration_days,
            auto_extend: item.auto_extend,
            status: item.status,
            request_expires_at: requested_at.as_deref().and_then(gdap::request_expiry),
            requested_at,
            activated_at,
            ends_at,
            terminated_at,
            termination_reason: existing.as_ref().and_then(|r| r.termination_reason.clone()),
            approval_sent_at: existing.as_ref().and_then(|r| r.approval_sent_at.clone()),
        };
        match &existing {
            Some(before) if same(before, &row) => summary.unchanged += 1,
            Some(before) => {
                db.update_gdap(&row, &stamp)?;
                audit(
                    db,
                    actor,
                    "gdap.import.update",
                    &row,
                    None,
                    json!({ "before": row_json(before), "after": row_json(&row) }),
                )?;
                summary.updated += 1;
            }
            None => {
                db.insert_gdap(&row, &stamp)?;
                audit(
                    db,
                    actor,
                    "gdap.import.add",
                    &row,
                    None,
                    json!({ "after": row_json(&row) }),
                )?;
                summary.added += 1;
            }
        }
    }
    Ok(summary)
}

/// Equal as Microsoft describes it: the roles as a set.
fn same(a: &GdapRow, b: &GdapRow) -> bool {
    let mut ra = a.roles.clone();
    let mut rb = b.roles.clone();
    ra.sort();
    rb.sort();
    GdapRow {
        roles: ra,
        ..a.clone()
    } == GdapRow {
        roles: rb,
        ..b.clone()
    }
}

/// A row of `gdap roles`: a catalogued role and the sets it belongs to.
#[derive(Debug, Clone, Serialize)]
pub struct CatalogueRole {
    pub name: String,
    pub role_id: String,
    pub sets: Vec<String>,
}

/// The catalogue, or one named set of it.
pub fn catalogue(set: Option<&str>) -> Vec<CatalogueRole> {
    let wanted = set.and_then(gdap::role_set);
    gdap::ROLES
        .iter()
        .filter(|(_, id)| wanted.as_ref().is_none_or(|w| w.contains(id)))
        .map(|(name, id)| CatalogueRole {
            name: name.to_string(),
            role_id: id.to_string(),
            sets: gdap::sets_of(id).into_iter().map(str::to_string).collect(),
        })
        .collect()
}
