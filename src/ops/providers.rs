//! Connecting with indirect providers and recording which of our customers
//! each holds its own reseller relationship with. The rules live here (who
//! may be attached, what removal leaves behind); the SQL lives in the store.

use crate::domain::audit::{Actor, Change};
use crate::domain::customer::{Customer, Relationship};
use crate::domain::invitation::InvitationStatus;
use crate::domain::provider::{
    NewProvider, Provider, ProviderCard, ProviderRemoval, ProviderStatus,
};
use crate::error::Error;
use crate::store::Db;
use serde_json::json;

/// Every provider a reference could mean (at most `cap`), for a picker
/// that lets a person choose where [`resolve`] would call it ambiguous.
pub fn candidates(db: &Db<'_>, reference: &str, cap: usize) -> anyhow::Result<Vec<Provider>> {
    db.providers_matching(&crate::domain::values::normalise_reference(reference), cap)
}

/// The provider a reference names: an id or unique id prefix (8+), a tenant
/// ID, or an exact name, case-insensitive. None or several is status 3.
pub fn resolve(db: &Db<'_>, reference: &str) -> anyhow::Result<Provider> {
    let normalised = crate::domain::values::normalise_reference(reference);
    let mut candidates = db.providers_matching(&normalised, 11)?;
    match candidates.len() {
        0 if crate::domain::values::looks_like_short_id(reference) => {
            Err(crate::domain::values::short_id_refused(reference).into())
        }
        0 => Err(
            Error::not_found(format!("no provider matches '{}'", reference.trim()))
                .with_hint("see `csp providers list --status all`")
                .into(),
        ),
        1 => Ok(candidates.remove(0)),
        _ => {
            let names: Vec<String> = candidates
                .iter()
                .take(10)
                .map(|p| {
                    format!(
                        "{} ({}, id {})",
                        p.name,
                        p.tenant_id,
                        crate::domain::values::short_id(&p.id)
                    )
                })
                .collect();
            Err(Error::ambiguous("provider", reference.trim(), &names)
                .with_hint("use the id or the tenant ID to name exactly one")
                .into())
        }
    }
}

/// What `providers add` did: connected a new provider, or connected again
/// with one we had removed (same tenant ID, history kept).
pub struct Added {
    pub provider: Provider,
    pub reconnected: bool,
    /// Another provider already has this name, so the name alone no longer
    /// names one.
    pub name_shared: bool,
}

/// Connects with a provider. Its customers do not come with it: our
/// customer list is unchanged, and which of our customers it holds a
/// relationship with is recorded separately (attach, joint invitations).
pub fn add(db: &Db<'_>, actor: &Actor, new: NewProvider) -> anyhow::Result<Added> {
    let tenant = new.tenant_id.to_string();
    let now = crate::store::now();
    let (id, reconnected, before) = match db.provider_by_tenant(&tenant)? {
        Some(existing) if existing.status == ProviderStatus::Connected => {
            return Err(Error::conflict(format!(
                "a provider with tenant ID {tenant} is already connected: {} (id {})",
                existing.name, existing.id
            ))
            .with_hint(format!("see `csp providers show {tenant}`"))
            .into());
        }
        // The tenant ID is unique for good, so the removed record is the one
        // to bring back; its history and recorded relationships come with it.
        Some(existing) => {
            db.reconnect_provider(&existing.id, &new, &now)?;
            (existing.id.clone(), true, Some(existing))
        }
        None => {
            let id = crate::store::new_id();
            db.insert_provider(&id, &new, &now)?;
            (id, false, None)
        }
    };
    let provider = db
        .provider(&id)?
        .ok_or_else(|| anyhow::anyhow!("provider {id} vanished after it was written"))?;
    let name_shared = db.providers_named(&provider.name, Some(&id))? > 0;
    let details = match &before {
        Some(before) => json!({ "before": before, "after": provider }),
        None => json!({ "after": provider }),
    };
    db.append_audit(
        actor,
        &Change {
            action: if reconnected {
                "provider.reconnect"
            } else {
                "provider.add"
            },
            entity: "provider",
            entity_id: Some(id),
            customer_id: None,
            reason: None,
            details,
        },
    )?;
    Ok(Added {
        provider,
        reconnected,
        name_shared,
    })
}

/// Disconnects from a provider. It stays in history (the record, its
/// relationships, its invitations); its joint invitations still pending are
/// reported, not cancelled: they are the admin's to cancel or to follow up.
pub fn remove(db: &Db<'_>, actor: &Actor, provider: &Provider) -> anyhow::Result<ProviderRemoval> {
    if provider.status == ProviderStatus::Removed {
        let since = db.provider_removed_at(&provider.id)?.unwrap_or_default();
        return Err(Error::conflict(format!(
            "provider {} is already removed (since {since})",
            provider.name
        ))
        .with_hint(format!(
            "connect again with `csp providers add --name \"{}\" --tenant-id {}`",
            provider.name, provider.tenant_id
        ))
        .into());
    }
    let now = crate::store::now();
    db.remove_provider(&provider.id, &now)?;
    let after = db
        .provider(&provider.id)?
        .ok_or_else(|| anyhow::anyhow!("provider {} vanished during removal", provider.id))?;
    let pending: Vec<_> = db
        .invitations_of_provider(&provider.id)?
        .into_iter()
        .filter(|i| matches!(i.status, InvitationStatus::Draft | InvitationStatus::Sent))
        .collect();
    let pending_ids: Vec<&str> = pending.iter().map(|i| i.id.as_str()).collect();
    db.append_audit(
        actor,
        &Change {
            action: "provider.remove",
            entity: "provider",
            entity_id: Some(provider.id.clone()),
            customer_id: None,
            reason: None,
            details: json!({
                "before": provider,
                "after": after,
                "pending_invitations": pending_ids,
            }),
        },
    )?;
    Ok(ProviderRemoval {
        provider: after,
        removed_at: Some(now),
        pending_invitations: pending,
    })
}

/// Records that a provider already holds its own reseller relationship with
/// one of our customers (one connected before `csp`, say), so it may order
/// for it. Only for a connected provider and an active customer: that is
/// where the relationship lets the provider order through us; otherwise a
/// joint invitation is the way.
pub fn attach(
    db: &Db<'_>,
    actor: &Actor,
    provider: &Provider,
    customer: &Customer,
) -> anyhow::Result<Customer> {
    if provider.status == ProviderStatus::Removed {
        return Err(Error::conflict(format!(
            "provider {} is removed; attach customers only to a connected provider",
            provider.name
        ))
        .with_hint(format!(
            "connect again with `csp providers add --name \"{}\" --tenant-id {}`",
            provider.name, provider.tenant_id
        ))
        .into());
    }
    if customer.relationship != Relationship::Active {
        let hint = match customer.relationship {
            Relationship::Invited => format!(
                "{} becomes active when it accepts; a joint invitation (`csp invite --customer {} --provider \"{}\"`) records both relationships",
                customer.domain, customer.domain, provider.name
            ),
            _ => format!(
                "invite it again jointly: `csp invite --customer {} --provider \"{}\"`",
                customer.domain, provider.name
            ),
        };
        return Err(Error::conflict(format!(
            "{} is {} with us, not active; a provider is attached only to an active customer",
            customer.domain, customer.relationship
        ))
        .with_hint(hint)
        .into());
    }
    if db.provider_holds(&provider.id, &customer.id)? {
        return Err(Error::conflict(format!(
            "{} already holds a relationship with {}",
            provider.name, customer.domain
        ))
        .with_hint(format!("see `csp providers show {}`", provider.id))
        .into());
    }
    db.link_provider(&provider.id, &customer.id, &crate::store::now(), None)?;
    link_audit(db, actor, "provider.attach", provider, customer)?;
    reread(db, customer)
}

/// Forgets a recorded provider relationship (recorded by mistake, or ended).
/// Allowed whatever the provider's or the customer's state: it corrects a record.
pub fn detach(
    db: &Db<'_>,
    actor: &Actor,
    provider: &Provider,
    customer: &Customer,
) -> anyhow::Result<Customer> {
    if !db.detach_provider(&provider.id, &customer.id)? {
        return Err(Error::conflict(format!(
            "{} holds no recorded relationship with {}",
            provider.name, customer.domain
        ))
        .with_hint(format!("see `csp providers show {}`", provider.id))
        .into());
    }
    link_audit(db, actor, "provider.detach", provider, customer)?;
    reread(db, customer)
}

/// One entry per link change, with the customer set so `csp log --customer`
/// shows it; the link is the pair (entity_id = provider, customer_id).
fn link_audit(
    db: &Db<'_>,
    actor: &Actor,
    action: &'static str,
    provider: &Provider,
    customer: &Customer,
) -> anyhow::Result<()> {
    db.append_audit(
        actor,
        &Change {
            action,
            entity: "provider_customer",
            entity_id: Some(provider.id.clone()),
            customer_id: Some(customer.id.clone()),
            reason: None,
            details: json!({
                "provider": { "id": provider.id, "name": provider.name, "tenant_id": provider.tenant_id },
                "customer": { "id": customer.id, "company_name": customer.company_name, "domain": customer.domain },
            }),
        },
    )
}

fn reread(db: &Db<'_>, customer: &Customer) -> anyhow::Result<Customer> {
    db.customer(&customer.id)?
        .ok_or_else(|| anyhow::anyhow!("customer {} vanished", customer.id))
}

/// The provider card: the record, the customers it holds a relationship
/// with, and its joint invitations with their status.
pub fn card(db: &Db<'_>, provider: Provider) -> anyhow::Result<ProviderCard> {
    Ok(ProviderCard {
        removed_at: db.provider_removed_at(&provider.id)?,
        customers: db.customers_of_provider(&provider.id)?,
        invitations: db.invitations_of_provider(&provider.id)?,
        provider,
    })
}
