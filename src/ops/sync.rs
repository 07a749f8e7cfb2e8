//! `csp sync`: Partner Center's customers and indirect providers and
//! Graph's GDAP relationships, read online and reconciled into the store in
//! one transaction by the rules of the imports (`ops::import`,
//! `ops::gdap::reconcile`); providers are matched by tenant ID.

use crate::domain::audit::{Actor, Change};
use crate::domain::provider::{NewProvider, ProviderStatus};
use crate::domain::values::{self, TenantId};
use crate::error::Error;
use crate::online::partner_center::{self, PartnerCenterCustomer, PartnerCenterProvider};
use crate::online::{graph, Online};
use crate::ops::gdap::GdapImportSummary;
use crate::ops::import::{ImportOptions, ImportSummary};
use crate::store::Db;
use serde::Serialize;
use serde_json::{json, Value};

/// Which lists to read (all three when none is named).
#[derive(Debug, Clone, Copy)]
pub struct Wanted {
    pub customers: bool,
    pub providers: bool,
    pub gdap: bool,
}

/// What Microsoft answered, before anything is recorded.
#[derive(Debug, Default)]
pub struct Fetched {
    pub customers: Option<Vec<PartnerCenterCustomer>>,
    pub providers: Option<Vec<PartnerCenterProvider>>,
    pub gdap: Option<Vec<Value>>,
}

/// Reads the wanted lists; `progress` hears what is read and how many so far.
pub fn fetch(
    online: &mut Online,
    wanted: Wanted,
    progress: &mut dyn FnMut(&str, usize),
) -> Result<Fetched, Error> {
    let mut fetched = Fetched::default();
    if wanted.customers {
        fetched.customers = Some(partner_center::customers(online, &mut |n| {
            progress("customers", n)
        })?);
    }
    if wanted.providers {
        let list = partner_center::providers(online)?;
        progress("providers", list.len());
        fetched.providers = Some(list);
    }
    if wanted.gdap {
        fetched.gdap = Some(graph::relationships(online, &mut |n| {
            progress("GDAP relationships", n)
        })?);
    }
    Ok(fetched)
}

/// What `csp sync` did (or, with `--dry-run`, would do).
#[derive(Debug, Clone, Default, Serialize)]
pub struct SyncReport {
    pub dry_run: bool,
    pub customers: Option<ImportSummary>,
    pub providers: Option<ProviderSync>,
    pub gdap: Option<GdapImportSummary>,
}

/// Partner Center's indirect providers against csp's.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ProviderSync {
    pub listed: u64,
    /// Connected now (new, or reconnected after a removal in csp).
    pub added: Vec<String>,
    pub unchanged: u64,
    /// Listed but not active in Partner Center: not connected by sync.
    pub not_active: Vec<String>,
    /// Connected in csp, absent from Partner Center's list.
    pub absent_from_partner_center: Vec<String>,
}

/// Reconciles what was read, inside the caller's transaction.
pub fn reconcile(
    db: &Db<'_>,
    actor: &Actor,
    fetched: &Fetched,
    partner_tenant: Option<String>,
    dry_run: bool,
) -> anyhow::Result<SyncReport> {
    let mut report = SyncReport {
        dry_run,
        ..SyncReport::default()
    };
    // Providers first: a provider's tenant is never a customer's.
    if let Some(list) = &fetched.providers {
        report.providers = Some(providers(db, actor, list)?);
    }
    if let Some(list) = &fetched.customers {
        let options = ImportOptions {
            label: "Partner Center".to_string(),
            default_source: None,
            dry_run,
            partner_tenant,
            via: Some("sync"),
        };
        report.customers = Some(crate::ops::import::reconcile_partner_center(
            db, actor, list, &options,
        )?);
    }
    if let Some(items) = &fetched.gdap {
        report.gdap = Some(crate::ops::gdap::reconcile(db, actor, items, false)?);
    }
    let changed = report
        .customers
        .as_ref()
        .is_some_and(|c| c.added + c.updated > 0)
        || report
            .providers
            .as_ref()
            .is_some_and(|p| !p.added.is_empty())
        || report
            .gdap
            .as_ref()
            .is_some_and(|g| g.added + g.updated > 0);
    if changed {
        db.append_audit(
            actor,
            &Change {
                action: "sync",
                entity: "partner",
                entity_id: None,
                customer_id: None,
                reason: None,
                details: json!({
                    "customers": report.customers.as_ref().map(|c| json!({
                        "listed": c.rows, "added": c.added, "updated": c.updated,
                        "unchanged": c.unchanged,
                        "accepted_invitations": c.accepted_invitations.len(),
                    })),
                    "providers": report.providers.as_ref().map(|p| json!({
                        "listed": p.listed, "added": p.added.len(), "unchanged": p.unchanged,
                    })),
                    "gdap": report.gdap.as_ref().map(|g| json!({
                        "listed": g.items, "added": g.added, "updated": g.updated,
                        "unchanged": g.unchanged, "skipped": g.skipped,
                    })),
                }),
            },
        )?;
    }
    Ok(report)
}

fn providers(
    db: &Db<'_>,
    actor: &Actor,
    list: &[PartnerCenterProvider],
) -> anyhow::Result<ProviderSync> {
    let mut out = ProviderSync::default();
    let mut listed = std::collections::HashSet::new();
    for (n, p) in list.iter().enumerate() {
        let at = |e: Error| {
            Error::new(
                e.kind,
                format!("Partner Center's provider {}: {}", n + 1, e.message),
            )
        };
        out.listed += 1;
        let tenant = TenantId::parse(&p.tenant_id).map_err(at)?;
        listed.insert(tenant.to_string());
        let name = values::required_line("provider name", &p.name).map_err(at)?;
        if p.state
            .as_deref()
            .is_some_and(|s| !s.eq_ignore_ascii_case("active"))
        {
            out.not_active.push(name);
            continue;
        }
        match db.provider_by_tenant(&tenant.to_string())? {
            Some(existing) if existing.status == ProviderStatus::Connected => out.unchanged += 1,
            _ => {
                let new = NewProvider {
                    name: name.clone(),
                    tenant_id: tenant,
                    mpn_id: match &p.mpn_id {
                        Some(m) => values::mpn_id(m).map_err(at)?,
                        None => None,
                    },
                    location: match &p.location {
                        Some(l) => values::optional_line("location", l).map_err(at)?,
                        None => None,
                    },
                };
                crate::ops::providers::add(db, actor, new)?;
                out.added.push(name);
            }
        }
    }
    // Connected providers only.
    for (tenant, name) in db.provider_tenants()? {
        if !listed.contains(&tenant) {
            out.absent_from_partner_center.push(name);
        }
    }
    Ok(out)
}
