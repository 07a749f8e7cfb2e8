//! Recording the end of our reseller relationship with a customer: the one
//! irreversible step `csp` takes, with legal weight. `csp` only records it:
//! the relationship itself ends in Partner Center (a direct partner) or
//! through the indirect provider (an indirect reseller, which Microsoft does
//! not let remove it), once NCE subscriptions, Azure reservations and savings
//! plans are cancelled. The admin acknowledges beforehand what removal does
//! not do (admin access — GDAP, a legacy DAP grant — stays; a notice may be
//! owed); pending invitations are cancelled and the customer's history stays.

use crate::domain::audit::{Actor, Change};
use crate::domain::customer::{Customer, Relationship};
use crate::domain::invitation::InvitationStatus;
use crate::domain::profile::PartnerKind;
use crate::error::Error;
use crate::store::{CustomerChanges, Db};
use serde_json::json;

/// What the admin is about to remove, as shown before asking.
#[derive(Debug, Clone)]
pub struct Preview {
    pub customer: Customer,
    /// Draft or sent invitations that removal will cancel.
    pub pending_invitations: Vec<String>,
    /// Who ends the relationship at Microsoft.
    pub route: Route,
    /// GDAP relationships in force or pending: removal leaves them.
    pub admin_access: Vec<AdminAccessLeft>,
}

/// Who ends a reseller relationship at Microsoft: csp only records it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// A direct partner removes it in Partner Center itself.
    PartnerCenter,
    /// An indirect reseller cannot: these indirect providers (those holding
    /// their own relationship with the customer) do it.
    Providers(Vec<String>),
    /// An indirect reseller whose provider for this customer is not recorded.
    UnknownProvider,
}

impl Route {
    /// Microsoft's rule (PARTNER-CENTER.md §1): indirect resellers cannot
    /// remove a reseller relationship themselves; their indirect provider does.
    pub fn of(kind: PartnerKind, customer: &Customer) -> Route {
        match kind {
            PartnerKind::Direct => Route::PartnerCenter,
            PartnerKind::IndirectReseller if customer.providers.is_empty() => {
                Route::UnknownProvider
            }
            PartnerKind::IndirectReseller => Route::Providers(customer.providers.clone()),
        }
    }

    /// The card's `remove_via`: `partner-center`, the provider's name (names,
    /// comma-separated, when several hold a relationship), or `None`.
    pub fn remove_via(&self) -> Option<String> {
        match self {
            Route::PartnerCenter => Some("partner-center".into()),
            Route::Providers(names) => Some(names.join(", ")),
            Route::UnknownProvider => None,
        }
    }

    /// How the relationship really ends, in words.
    pub fn explain(&self, customer: &Customer) -> String {
        match self {
            Route::PartnerCenter => format!(
                "End it in Partner Center: Customers → {} → Account → Remove a customer relationship.",
                customer.company_name
            ),
            Route::Providers(names) => format!(
                "As an indirect reseller you cannot end the relationship with {} yourself: ask your indirect provider ({}) to remove it.",
                customer.company_name,
                names.join(", ")
            ),
            Route::UnknownProvider => format!(
                "As an indirect reseller you cannot end the relationship with {} yourself: ask your indirect provider to remove it.",
                customer.company_name
            ),
        }
    }
}

/// What Microsoft requires first: it refuses the removal while these are active.
pub const PREREQUISITES: &str = "Microsoft refuses the removal while subscriptions are active: first cancel the customer's NCE subscriptions, Azure reservations and savings plans.";

/// Admin access still held in the customer's tenant after the removal: a
/// GDAP relationship still active or pending, with how to end it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AdminAccessLeft {
    pub name: String,
    pub id: String,
    pub ends_at: Option<String>,
    pub how_to_end: String,
}

/// The GDAP relationships still active or pending in the customer's
/// tenant after a removal (removing the reseller relationship ends none of
/// them), each with its end date and how to terminate it. The legacy DAP
/// grant is listed apart, from the customer.
pub fn remaining_admin_access(
    db: &Db<'_>,
    customer: &Customer,
) -> anyhow::Result<Vec<AdminAccessLeft>> {
    let now = chrono::Utc::now();
    Ok(db
        .gdap_of_customer(&customer.id)?
        .into_iter()
        .map(|r| r.as_of(now, crate::domain::profile::DEFAULT_ADMIN_CENTER))
        .filter(|r| r.status.is_in_force() || r.status.is_pending())
        .map(|r| AdminAccessLeft {
            how_to_end: format!(
                "terminate it in Partner Center (Customers > {} > Admin relationships) or with Graph, then record it: `csp gdap terminate {}`",
                customer.company_name,
                crate::domain::values::short_id(&r.id)
            ),
            name: r.display_name,
            id: r.microsoft_id.unwrap_or(r.id),
            ends_at: r.ends_at,
        })
        .collect())
}

/// Refuses to remove anything but an active relationship: an invitation not
/// yet accepted is withdrawn with `invite cancel`, and a removed customer has
/// nothing left to end (status 5).
pub fn check_removable(customer: &Customer) -> Result<(), Error> {
    match customer.relationship {
        Relationship::Active => Ok(()),
        Relationship::Invited => Err(Error::conflict(format!(
            "{} ({}) is invited, not an active customer: there is no relationship to remove",
            customer.company_name, customer.domain
        ))
        .with_hint(format!(
            "withdraw the invitation with `csp invite cancel ID` (see `csp customers show {}`)",
            customer.domain
        ))),
        Relationship::Removed => Err(Error::conflict(format!(
            "the relationship with {} ({}) was already removed{}",
            customer.company_name,
            customer.domain,
            customer
                .removed_at
                .as_deref()
                .map(|at| format!(" on {at}"))
                .unwrap_or_default()
        ))
        .with_hint(format!("see `csp log --customer {}`", customer.domain))),
    }
}

/// Gathers what the admin must see before removing `customer`.
pub fn preview(db: &Db<'_>, kind: PartnerKind, customer: Customer) -> anyhow::Result<Preview> {
    check_removable(&customer)?;
    let pending_invitations = db
        .invitations_of_customer(&customer.id)?
        .into_iter()
        .filter(|i| matches!(i.status, InvitationStatus::Draft | InvitationStatus::Sent))
        .map(|i| i.id)
        .collect();
    Ok(Preview {
        route: Route::of(kind, &customer),
        admin_access: remaining_admin_access(db, &customer)?,
        customer,
        pending_invitations,
    })
}

/// What the admin acknowledges before a removal: the one text that
/// `csp remove --help`, the statement before the prompt and the output of
/// `--acknowledge` all show.
pub const ACKNOWLEDGEMENT: &str = "\
\x20 1. Admin access already granted in the customer's tenant (GDAP relationships, a
     legacy DAP grant) is NOT removed by this; it is ended separately.
  2. You make this decision in good faith, for legitimate business reasons, and in
     line with the agreement with the customer or the partner.
  3. That agreement may require a legal notice of termination; csp does not write
     or send it.
";

/// The customer, then what removing it means and what the admin acknowledges.
/// Shown on stderr before the confirmation.
pub fn statement(p: &Preview) -> String {
    let c = &p.customer;
    let none = |v: &Option<String>| v.clone().unwrap_or_else(|| "not recorded".into());
    let rows = [
        ("customer", c.company_name.clone()),
        ("domain", c.domain.clone()),
        ("tenant ID", none(&c.tenant_id)),
        (
            "relationship",
            format!("{} since {}", c.relationship, c.relationship_since),
        ),
        (
            "GDAP",
            if p.admin_access.is_empty() {
                "none in force or pending".into()
            } else {
                p.admin_access
                    .iter()
                    .map(|a| match &a.ends_at {
                        Some(end) => format!("{} (ends {end})", a.name),
                        None => a.name.clone(),
                    })
                    .collect::<Vec<_>>()
                    .join(", ")
            },
        ),
        (
            "legacy DAP",
            if c.delegated_admin {
                "yes: a legacy DAP grant is recorded in its tenant".into()
            } else {
                "none recorded".into()
            },
        ),
        (
            "providers",
            if c.providers.is_empty() {
                "none".into()
            } else {
                c.providers.join(", ")
            },
        ),
        (
            "pending invitations",
            if p.pending_invitations.is_empty() {
                "none".into()
            } else {
                format!(
                    "{} (removal cancels them: {})",
                    p.pending_invitations.len(),
                    p.pending_invitations.join(", ")
                )
            },
        ),
    ];
    let mut text =
        String::from("You are about to record in csp the end of our reseller relationship with:\n");
    for (label, value) in rows {
        text.push_str(&format!("  {label:<20} {value}\n"));
    }
    text.push_str(&format!(
        "\ncsp records it; the relationship itself ends at Microsoft. {}\n{}\n",
        p.route.explain(c),
        PREREQUISITES
    ));
    text.push_str("\nBy removing it you acknowledge that:\n");
    if c.delegated_admin {
        // Said under the first point, which it makes concrete.
        let held = format!(
            "separately.\n     A legacy DAP grant is recorded in {}'s tenant: it stays in place after this.\n",
            c.company_name
        );
        text.push_str(&ACKNOWLEDGEMENT.replacen("separately.\n", &held, 1));
    } else {
        text.push_str(ACKNOWLEDGEMENT);
    }
    text
}

/// How the admin acknowledged the statement, as the command line gathered it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Acknowledgement {
    /// `--acknowledge`: read beforehand, confirmed without a prompt.
    Flag,
    /// What the admin typed at the prompt after reading the statement.
    Typed(String),
    /// No flag, and no terminal to ask on.
    Missing,
}

impl Acknowledgement {
    /// How the audit entry records it.
    fn as_str(&self) -> &'static str {
        match self {
            Acknowledgement::Flag => "flag",
            Acknowledgement::Typed(_) => "typed the domain",
            Acknowledgement::Missing => "missing",
        }
    }
}

/// Removal happens only once acknowledged: with `--acknowledge`, or by typing
/// the customer's domain (anything else cancels). Refused is status 4.
pub fn check_acknowledged(customer: &Customer, ack: &Acknowledgement) -> Result<(), Error> {
    match ack {
        Acknowledgement::Flag => Ok(()),
        Acknowledgement::Typed(typed) if confirms(customer, typed) => Ok(()),
        Acknowledgement::Typed(_) => Err(Error::not_allowed(format!(
            "cancelled: the domain typed was not {}; nothing was changed",
            customer.domain
        ))),
        Acknowledgement::Missing => Err(Error::not_allowed(format!(
            "removing {} ({}) needs your acknowledgement; nothing was changed",
            customer.company_name, customer.domain
        ))
        .with_hint(format!(
            "read `csp remove --help`, then run `csp remove {}` on a terminal or add --acknowledge",
            customer.domain
        ))),
    }
}

/// The admin confirms by typing the customer's domain (case and a trailing
/// dot aside); a name, a prefix or an empty line does not.
fn confirms(customer: &Customer, typed: &str) -> bool {
    typed
        .trim()
        .trim_end_matches('.')
        .eq_ignore_ascii_case(&customer.domain)
}

/// What a removal did, and what it left.
#[derive(Debug, Clone)]
pub struct Removal {
    pub customer: Customer,
    pub cancelled_invitations: Vec<String>,
    /// Who ends the relationship at Microsoft.
    pub route: Route,
    /// GDAP relationships still active or pending (see [`remaining_admin_access`]).
    pub admin_access_left: Vec<AdminAccessLeft>,
}

/// Ends the relationship with customer `id` once acknowledged: relationship
/// `removed`, `removed_at` set, pending invitations cancelled, one audit
/// entry. The state is checked again here, inside the write transaction, so
/// two admins removing at once cannot both succeed.
pub fn remove(
    db: &Db<'_>,
    actor: &Actor,
    kind: PartnerKind,
    id: &str,
    ack: &Acknowledgement,
    reason: Option<String>,
) -> anyhow::Result<Removal> {
    let before = db
        .customer(id)?
        .ok_or_else(|| Error::not_found(format!("customer {id} no longer exists")))?;
    check_removable(&before)?;
    check_acknowledged(&before, ack)?;
    let now = crate::store::now();
    let cancelled_invitations = db.cancel_pending_invitations(id, &now)?;
    db.update_customer(
        id,
        &CustomerChanges {
            relationship: Some(Relationship::Removed),
            ..CustomerChanges::default()
        },
        &now,
    )?;
    let after = db
        .customer(id)?
        .ok_or_else(|| anyhow::anyhow!("customer {id} vanished during removal"))?;
    let route = Route::of(kind, &after);
    let admin_access_left = remaining_admin_access(db, &after)?;
    db.append_audit(
        actor,
        &Change {
            action: "customer.remove",
            entity: "customer",
            entity_id: Some(id.to_string()),
            customer_id: Some(id.to_string()),
            reason,
            details: json!({
                "before": before,
                "after": after,
                "cancelled_invitations": cancelled_invitations,
                "acknowledged": ack.as_str(),
                "delegated_admin_remains": after.delegated_admin,
                "remove_via": route.remove_via(),
            }),
        },
    )?;
    Ok(Removal {
        customer: after,
        cancelled_invitations,
        route,
        admin_access_left,
    })
}

/// What the admin must hear once it is done, in order: what csp recorded,
/// how the relationship really ends and what Microsoft requires first, the
/// admin access that remains (a warning when some does) and what to do
/// about it, then the notice.
#[derive(Debug, Clone)]
pub struct Aftermath {
    pub done: String,
    pub warning: Option<String>,
    pub advice: Vec<String>,
}

pub fn aftermath(r: &Removal) -> Aftermath {
    let c = &r.customer;
    let done = format!(
        "recorded in csp the end of the reseller relationship with {} ({}){}",
        c.company_name,
        c.domain,
        if r.cancelled_invitations.is_empty() {
            String::new()
        } else {
            format!(
                "; cancelled pending invitation {}",
                r.cancelled_invitations.join(", ")
            )
        }
    );
    // The first two lines: who ends it at Microsoft, what to cancel first
    // (`csp remove --in-partner-center` skips them once Microsoft accepted).
    let mut advice = vec![r.route.explain(c), PREREQUISITES.to_string()];
    let mut remains = Vec::new();
    for a in &r.admin_access_left {
        remains.push(format!(
            "GDAP relationship {} ({}){}",
            a.name,
            a.id,
            a.ends_at
                .as_deref()
                .map(|e| format!(", ends {e}"))
                .unwrap_or_default()
        ));
        advice.push(format!("GDAP relationship {}: {}", a.name, a.how_to_end));
    }
    if c.delegated_admin {
        remains.push("a legacy DAP grant".to_string());
        advice.push(format!(
            "To end the legacy DAP grant, remove it in the customer's Microsoft 365 admin center (Settings > Partner relationships) \
             or in Partner Center, then record it: csp customers update {} --delegated-admin false",
            c.domain
        ));
        advice.push(
            "`csp customers list --status removed --delegated-admin` lists every removed customer where a legacy DAP grant is still recorded."
                .to_string(),
        );
    }
    let warning = (!remains.is_empty()).then(|| {
        format!(
            "admin access REMAINS in {}'s tenant{}: {}; removing the relationship did not remove it",
            c.company_name,
            c.tenant_id
                .as_deref()
                .map(|t| format!(" ({t})"))
                .unwrap_or_default(),
            remains.join(", ")
        )
    });
    if warning.is_none() {
        advice.push(format!(
            "No admin access is recorded in {}'s tenant; if some was granted outside csp (a GDAP relationship, a DAP grant), \
             end it in Partner Center or in the customer's Microsoft 365 admin center.",
            c.company_name
        ));
    }
    advice.push(format!(
        "Reminder: the agreement with {} may require a legal notice of termination; csp does not write or send it.",
        c.company_name
    ));
    Aftermath {
        done,
        warning,
        advice,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::customer::Source;

    fn customer(relationship: Relationship, delegated_admin: bool) -> Customer {
        Customer {
            id: "0b7c1c7e-0000-4000-8000-000000000001".into(),
            company_name: "Fabrikam".into(),
            domain: "fabrikam.com".into(),
            tenant_id: None,
            domains: vec!["fabrikam.com".into()],
            contact_name: None,
            contact_email: None,
            relationship,
            relationship_since: "2026-01-01T00:00:00Z".into(),
            delegated_admin,
            admin_access: crate::domain::gdap::AdminAccess::None,
            source: Source::Manual,
            channel: None,
            tags: vec![],
            providers: vec![],
            created_at: "2026-01-01T00:00:00Z".into(),
            updated_at: "2026-01-01T00:00:00Z".into(),
            removed_at: None,
        }
    }

    #[test]
    fn only_the_flag_or_the_exact_domain_acknowledges() {
        let c = customer(Relationship::Active, false);
        let typed = |t: &str| check_acknowledged(&c, &Acknowledgement::Typed(t.into()));
        assert!(check_acknowledged(&c, &Acknowledgement::Flag).is_ok());
        assert!(typed("fabrikam.com").is_ok());
        assert!(typed(" Fabrikam.COM. \n").is_ok());
        for wrong in ["", "y", "yes", "fabrikam", "Fabrikam", "fabrikam.co"] {
            assert_eq!(typed(wrong).unwrap_err().kind.exit_code(), 4, "{wrong:?}");
        }
        let missing = check_acknowledged(&c, &Acknowledgement::Missing).unwrap_err();
        assert_eq!(missing.kind.exit_code(), 4);
    }

    #[test]
    fn only_a_direct_partner_ends_it_in_partner_center() {
        let mut c = customer(Relationship::Active, false);
        assert_eq!(
            Route::of(PartnerKind::Direct, &c).remove_via().as_deref(),
            Some("partner-center")
        );
        assert_eq!(
            Route::of(PartnerKind::IndirectReseller, &c).remove_via(),
            None
        );
        c.providers = vec!["Ingram Micro".into()];
        assert_eq!(
            Route::of(PartnerKind::IndirectReseller, &c)
                .remove_via()
                .as_deref(),
            Some("Ingram Micro")
        );
    }

    #[test]
    fn only_an_active_relationship_can_end() {
        assert!(check_removable(&customer(Relationship::Active, false)).is_ok());
        for r in [Relationship::Invited, Relationship::Removed] {
            let e = check_removable(&customer(r, false)).unwrap_err();
            assert_eq!(e.kind.exit_code(), 5);
        }
    }

    #[test]
    fn the_statement_says_what_stays_in_place() {
        let p = Preview {
            customer: customer(Relationship::Active, true),
            pending_invitations: vec![],
            route: Route::UnknownProvider,
            admin_access: vec![AdminAccessLeft {
                name: "Fabrikam support".into(),
                id: "5d027261".into(),
                ends_at: Some("2028-05-31T00:00:00Z".into()),
                how_to_end: String::new(),
            }],
        };
        let text = statement(&p);
        assert!(text.contains("Fabrikam support (ends 2028-05-31T00:00:00Z)"));
        assert!(text.contains("(GDAP relationships, a\n     legacy DAP grant) is NOT removed"));
        assert!(text.contains("it stays in place"));
        assert!(text.contains("your indirect provider"));
        assert!(text.contains("savings plans"));
        assert!(text.contains("good faith"));
        assert!(text.contains("legal notice of termination"));
    }
}
