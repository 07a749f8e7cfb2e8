//! Recording and changing customers: add, update, and finding the one a
//! reference names. The rules live here; the SQL lives in the store.

use crate::domain::audit::{Actor, Change};
use crate::domain::customer::{Customer, NewCustomer, Relationship};
use crate::domain::invitation::InvitationStatus;
use crate::error::Error;
use crate::store::{CustomerChanges, Db};
use serde_json::json;

/// The customer a reference names: an id or a unique id prefix (8+
/// characters), a domain, a tenant ID, or an exact company name, all
/// case-insensitive. None is status 3; several is status 3 naming them.
pub fn resolve(db: &Db<'_>, reference: &str) -> anyhow::Result<Customer> {
    let candidates =
        db.customers_matching(&crate::domain::values::normalise_reference(reference), 11)?;
    pick(reference, candidates)
}

/// Every customer a reference could mean (at most `cap`), for a picker
/// that lets a person choose where [`resolve`] would call it ambiguous.
pub fn candidates(db: &Db<'_>, reference: &str, cap: usize) -> anyhow::Result<Vec<Customer>> {
    db.customers_matching(&crate::domain::values::normalise_reference(reference), cap)
}

fn pick(reference: &str, mut candidates: Vec<Customer>) -> anyhow::Result<Customer> {
    match candidates.len() {
        0 if crate::domain::values::looks_like_short_id(reference) => {
            Err(crate::domain::values::short_id_refused(reference).into())
        }
        0 => Err(
            Error::not_found(format!("no customer matches '{}'", reference.trim()))
                .with_hint("see `csp customers list --status all --search TEXT`")
                .into(),
        ),
        1 => Ok(candidates.remove(0)),
        _ => Err(Error::ambiguous("customer", reference.trim(), &describe(&candidates)).into()),
    }
}

/// How a list of candidates is named in an ambiguity error.
pub fn describe(candidates: &[Customer]) -> Vec<String> {
    let mut names: Vec<String> = candidates
        .iter()
        .take(10)
        .map(|c| {
            format!(
                "{} ({}, id {})",
                c.company_name,
                c.domain,
                crate::domain::values::short_id(&c.id)
            )
        })
        .collect();
    if candidates.len() > 10 {
        names.push("…".to_string());
    }
    names
}

/// Refuses a domain or tenant ID that another customer already has.
pub fn check_unique(db: &Db<'_>, new: &NewCustomer, except_id: Option<&str>) -> anyhow::Result<()> {
    if let Some(id) = db.customer_id_by_domain(new.domain.as_str())? {
        if Some(id.as_str()) != except_id {
            return Err(Error::conflict(format!(
                "a customer with domain {} is already recorded (id {id})",
                new.domain
            ))
            .with_hint(format!("see `csp customers show {}`", new.domain))
            .into());
        }
    }
    if let Some(tenant) = new.tenant_id {
        check_unique_tenant(db, &tenant.to_string(), except_id)?;
    }
    Ok(())
}

fn check_unique_tenant(db: &Db<'_>, tenant: &str, except_id: Option<&str>) -> anyhow::Result<()> {
    if let Some(id) = db.customer_id_by_tenant(tenant)? {
        if Some(id.as_str()) != except_id {
            return Err(Error::conflict(format!(
                "a customer with tenant ID {tenant} is already recorded (id {id})"
            ))
            .with_hint(format!("see `csp customers show {tenant}`"))
            .into());
        }
    }
    Ok(())
}

/// Refuses a tenant ID that is never a customer's: our own partner tenant
/// (`partner_tenant`), or a connected provider's.
pub fn check_customer_tenant(
    db: &Db<'_>,
    partner_tenant: Option<&str>,
    tenant: &str,
) -> anyhow::Result<()> {
    if partner_tenant == Some(tenant) {
        return Err(Error::invalid(format!(
            "tenant ID {tenant} is our own partner tenant, not a customer's"
        ))
        .with_hint("give the customer's own tenant ID (Partner Center: Customers → the customer → Account → Microsoft ID)")
        .into());
    }
    if let Some(p) = db.provider_by_tenant(tenant)? {
        if p.status == crate::domain::provider::ProviderStatus::Connected {
            return Err(Error::invalid(format!(
                "tenant ID {tenant} is our provider {}'s tenant, not a customer's",
                p.name
            ))
            .with_hint("give the customer's own tenant ID (Partner Center: Customers → the customer → Account → Microsoft ID)")
            .into());
        }
    }
    Ok(())
}

/// Records a customer we already serve through another portal: `active`.
pub fn add(
    db: &Db<'_>,
    actor: &Actor,
    new: NewCustomer,
    partner_tenant: Option<&str>,
) -> anyhow::Result<Customer> {
    if let Some(t) = new.tenant_id {
        check_customer_tenant(db, partner_tenant, &t.to_string())?;
    }
    check_unique(db, &new, None)?;
    let id = crate::store::new_id();
    let now = crate::store::now();
    db.insert_customer(&id, &new, &now)?;
    let customer = db
        .customer(&id)?
        .ok_or_else(|| anyhow::anyhow!("customer {id} vanished after insert"))?;
    db.append_audit(
        actor,
        &Change {
            action: "customer.add",
            entity: "customer",
            entity_id: Some(id.clone()),
            customer_id: Some(id),
            reason: None,
            details: json!({ "after": customer }),
        },
    )?;
    Ok(customer)
}

/// What `customers update` asks to change.
#[derive(Debug, Clone, Default)]
pub struct Update {
    pub company_name: Option<String>,
    pub contact_name: Option<String>,
    /// `Some(None)` clears it.
    pub contact_email: Option<Option<crate::domain::values::Email>>,
    pub tenant_id: Option<crate::domain::values::TenantId>,
    pub delegated_admin: Option<bool>,
    pub add_tags: Vec<String>,
    pub remove_tags: Vec<String>,
    /// The new primary domain (`--domain`).
    pub domain: Option<crate::domain::values::Domain>,
    pub add_domains: Vec<crate::domain::values::Domain>,
    pub remove_domains: Vec<crate::domain::values::Domain>,
    /// When the relationship really started (`--since`, RFC 3339).
    pub since: Option<String>,
}

impl Update {
    /// Whether it asks for anything at all.
    pub fn is_empty(&self) -> bool {
        self.company_name.is_none()
            && self.contact_name.is_none()
            && self.contact_email.is_none()
            && self.tenant_id.is_none()
            && self.delegated_admin.is_none()
            && self.add_tags.is_empty()
            && self.remove_tags.is_empty()
            && self.domain.is_none()
            && self.add_domains.is_empty()
            && self.remove_domains.is_empty()
            && self.since.is_none()
    }
}

/// Changes a customer's details; values it already has are no change.
pub fn update(
    db: &Db<'_>,
    actor: &Actor,
    before: &Customer,
    update: Update,
    partner_tenant: Option<&str>,
) -> anyhow::Result<Customer> {
    if let Some(tenant) = update.tenant_id {
        check_customer_tenant(db, partner_tenant, &tenant.to_string())?;
        check_unique_tenant(db, &tenant.to_string(), Some(&before.id))?;
    }
    let now = crate::store::now();
    let domains_changed = change_domains(db, before, &update, &now)?;
    let mut tags = before.tags.clone();
    for t in &update.add_tags {
        if !tags.contains(t) {
            tags.push(t.clone());
        }
    }
    tags.retain(|t| !update.remove_tags.contains(t));
    // Only what differs is a change: the same values again change nothing
    // and leave no audit entry.
    let changes = CustomerChanges {
        company_name: update.company_name.filter(|n| *n != before.company_name),
        tenant_id: update
            .tenant_id
            .map(|t| Some(t.to_string()))
            .filter(|t| *t != before.tenant_id),
        contact_name: update
            .contact_name
            .map(|n| (!n.is_empty()).then_some(n))
            .filter(|n| *n != before.contact_name),
        contact_email: update
            .contact_email
            .map(|e| e.map(|e| e.to_string()))
            .filter(|e| *e != before.contact_email),
        delegated_admin: update
            .delegated_admin
            .filter(|d| *d != before.delegated_admin),
        tags: (tags != before.tags).then_some(tags),
        relationship_since: update.since.filter(|s| *s != before.relationship_since),
        ..CustomerChanges::default()
    };
    if changes == CustomerChanges::default() && !domains_changed {
        return Ok(before.clone());
    }
    if changes != CustomerChanges::default() {
        db.update_customer(&before.id, &changes, &now)?;
    }
    let after = db
        .customer(&before.id)?
        .ok_or_else(|| anyhow::anyhow!("customer {} vanished during update", before.id))?;
    db.append_audit(
        actor,
        &Change {
            action: "customer.update",
            entity: "customer",
            entity_id: Some(before.id.clone()),
            customer_id: Some(before.id.clone()),
            reason: None,
            details: json!({ "before": before, "after": after }),
        },
    )?;
    Ok(after)
}

/// `--domain`, `--add-domain`, `--remove-domain`: a customer's domains
/// change; says whether anything did. A domain another customer has is a
/// conflict; the primary domain cannot be removed (make another primary
/// first), and removing a domain it does not have is "not found".
fn change_domains(
    db: &Db<'_>,
    before: &Customer,
    update: &Update,
    now: &str,
) -> anyhow::Result<bool> {
    let mut changed = false;
    let mut known: Vec<String> = before.domains.clone();
    let taken = |d: &crate::domain::values::Domain| -> anyhow::Result<()> {
        match db.customer_id_by_domain(d.as_str())? {
            Some(id) if id != before.id => Err(Error::conflict(format!(
                "domain {d} belongs to another customer (id {})",
                crate::domain::values::short_id(&id)
            ))
            .with_hint(format!("see `csp customers show {d}`"))
            .into()),
            _ => Ok(()),
        }
    };
    for d in &update.add_domains {
        taken(d)?;
        if !known.iter().any(|k| k == d.as_str()) {
            db.add_customer_domain(&before.id, d.as_str(), now)?;
            known.push(d.as_str().to_string());
            changed = true;
        }
    }
    if let Some(d) = &update.domain {
        taken(d)?;
        if d.as_str() != before.domain {
            db.set_primary_domain(&before.id, d.as_str(), now)?;
            changed = true;
        }
    }
    let primary = update
        .domain
        .as_ref()
        .map(|d| d.as_str().to_string())
        .unwrap_or_else(|| before.domain.clone());
    for d in &update.remove_domains {
        if d.as_str() == primary {
            return Err(Error::conflict(format!(
                "{d} is the primary domain of {}: it cannot be removed",
                before.company_name
            ))
            .with_hint(format!(
                "make another domain primary first: `csp customers update {d} --domain OTHER`"
            ))
            .into());
        }
        if !db.remove_customer_domain(&before.id, d.as_str())? {
            return Err(Error::not_found(format!(
                "{d} is not one of {}'s domains ({})",
                before.company_name,
                before.domains.join(", ")
            ))
            .into());
        }
        changed = true;
    }
    Ok(changed)
}

/// The addresses where the customer's account, services, users and licenses
/// are managed: Partner Center always (given a tenant ID), the Microsoft 365
/// admin center on its behalf only where we hold admin access (an active GDAP
/// relationship, or a legacy DAP grant).
pub struct PortalLinks {
    pub partner_center: Option<String>,
    pub admin_center: Option<String>,
}

pub fn portal_links(config: &crate::domain::profile::Config, customer: &Customer) -> PortalLinks {
    let tenant = customer.tenant_id.as_deref();
    PortalLinks {
        partner_center: tenant.map(|t| {
            format!(
                "{}/dashboard/commerce2/customers/{t}/account",
                config.partner_center
            )
        }),
        admin_center: tenant.filter(|_| customer.admin_access.is_held()).map(|t| {
            format!(
                "{}/Partner/BeginClientSession.aspx?CTID={t}&CSDEST=o365admincenter",
                config.admin_center
            )
        }),
    }
}

/// The customer card: the record, where to manage it, which providers may
/// order for it, and its invitations.
#[derive(Debug, Clone, serde::Serialize)]
pub struct CustomerCard {
    #[serde(flatten)]
    pub customer: Customer,
    pub partner_center_relationship: Option<String>,
    pub partner_center_url: Option<String>,
    pub admin_center_url: Option<String>,
    pub order_eligibility: Vec<crate::domain::provider::OrderEligibility>,
    pub invitations: Vec<crate::domain::invitation::Invitation>,
    /// Who ends the relationship at Microsoft: `partner-center` (a direct
    /// partner), the indirect provider's name, or null (no relationship to
    /// end, or an indirect reseller whose provider is not recorded).
    pub remove_via: Option<String>,
    /// Its GDAP relationships, each as it stands now, newest first.
    pub admin_relationships: Vec<crate::domain::gdap::GdapRelationship>,
}

pub fn card(
    db: &Db<'_>,
    config: &crate::domain::profile::Config,
    customer: Customer,
) -> anyhow::Result<CustomerCard> {
    let extras = db.customer_extras(&customer.id)?;
    let links = portal_links(config, &customer);
    let invitations = db.invitations_of_customer(&customer.id)?;
    let now = chrono::Utc::now();
    let admin_relationships = db
        .gdap_of_customer(&customer.id)?
        .into_iter()
        .map(|r| r.as_of(now, &config.admin_center))
        .collect();
    let order_eligibility = db
        .provider_links_of_customer(&customer.id)?
        .into_iter()
        .map(|p| {
            let pending = invitations.iter().find(|i| {
                i.provider_id.as_deref() == Some(p.provider_id.as_str())
                    && matches!(i.status, InvitationStatus::Draft | InvitationStatus::Sent)
            });
            order_eligibility(&customer, p, pending.map(|i| i.id.as_str()))
        })
        .collect();
    let remove_via = match customer.relationship {
        Relationship::Invited => None,
        Relationship::Active | Relationship::Removed => {
            crate::ops::removal::Route::of(config.profile.kind, &customer).remove_via()
        }
    };
    Ok(CustomerCard {
        remove_via,
        partner_center_relationship: extras.partner_center_relationship,
        partner_center_url: links.partner_center,
        admin_center_url: links.admin_center,
        order_eligibility,
        invitations,
        admin_relationships,
        customer,
    })
}

/// A provider may order for a customer only with its own reseller
/// relationship, and only for a customer that is active with us; without
/// its relationship, a joint invitation is how it gets one.
fn order_eligibility(
    customer: &Customer,
    link: crate::store::ProviderLink,
    pending_joint_invitation: Option<&str>,
) -> crate::domain::provider::OrderEligibility {
    let invite = format!(
        "`csp invite --customer {} --provider \"{}\"`",
        customer.domain, link.provider_name
    );
    let pending = pending_joint_invitation.filter(|_| !link.holds_relationship);
    let hint = match (customer.relationship, link.holds_relationship) {
        (Relationship::Active, true) => None,
        _ if pending.is_some() => pending.map(|id| {
            format!(
                "a joint invitation with {} is pending ({id}): once {} accepts it, {} may order",
                link.provider_name, customer.domain, link.provider_name
            )
        }),
        (Relationship::Active, false) => Some(format!(
            "{} holds no reseller relationship with {}: send a joint invitation with {invite}",
            link.provider_name, customer.domain
        )),
        (Relationship::Invited, _) => Some(format!(
            "{} has not accepted our invitation yet; a provider orders only for our active customers{}",
            customer.domain,
            if link.holds_relationship {
                String::new()
            } else {
                format!(", and {} needs a joint invitation: {invite}", link.provider_name)
            }
        )),
        (Relationship::Removed, _) => Some(format!(
            "our relationship with {} is removed; a provider orders only for our active customers: invite it again jointly with {invite}",
            customer.domain
        )),
    };
    crate::domain::provider::OrderEligibility {
        provider: link.provider_name,
        can_order: hint.is_none(),
        hint,
    }
}
