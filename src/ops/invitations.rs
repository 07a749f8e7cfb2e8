//! The rules of an invitation's life: who may be invited (a new customer, a
//! `removed` one again, an `active` one only jointly with a provider that has
//! no relationship with it yet), and the steps `draft → sent → accepted`, or
//! `cancelled`. Accepting makes the customer `active`; accepting a joint
//! invitation also records the provider's own relationship.

use crate::domain::audit::{Actor, Change};
use crate::domain::customer::{Channel, Customer, NewCustomer, Relationship, Source};
use crate::domain::draft::Draft;
use crate::domain::draft::{self, Template, Values};
use crate::domain::invitation::{Invitation, InvitationKind, InvitationStatus};
use crate::domain::link::{self, LinkRequest};
use crate::domain::profile::{Config, Locale, PartnerKind};
use crate::domain::provider::{Provider, ProviderStatus};
use crate::domain::values::{short_id, Domain, Email, TenantId};
use crate::error::Error;
use crate::store::{CustomerChanges, Db, NewInvitation};
use serde_json::json;

/// Who invites: the profile values every invitation carries.
#[derive(Debug, Clone)]
pub struct Sender {
    pub admin_center: String,
    pub partner_id: TenantId,
    pub partner_name: String,
    pub partner_mpn_id: Option<String>,
    pub sender_name: String,
    pub sender_email: Option<String>,
    pub kind: PartnerKind,
    /// The profile's usual provider (a reference), for an indirect reseller.
    pub default_provider: Option<String>,
    /// Partner Center's reseller link, pasted into the profile and checked.
    pub reseller_link: Option<String>,
}

impl Sender {
    /// The profile's partner tenant ID is needed for any link.
    pub fn link_only(config: &Config) -> Result<Sender, Error> {
        let p = &config.profile;
        Ok(Sender {
            admin_center: config.admin_center.clone(),
            partner_id: config.require_partner_id()?,
            partner_name: p.name.clone().unwrap_or_default(),
            partner_mpn_id: p.mpn_id.clone(),
            sender_name: p
                .sender_name
                .clone()
                .or_else(|| p.name.clone())
                .unwrap_or_default(),
            sender_email: p.email.as_ref().map(|e| e.to_string()),
            kind: p.kind,
            default_provider: p.default_provider.clone(),
            reseller_link: p.reseller_link.clone(),
        })
    }

    /// A draft also needs the partner's name: the email says who invites.
    pub fn from_config(config: &Config) -> Result<Sender, Error> {
        let sender = Sender::link_only(config)?;
        if sender.partner_name.is_empty() {
            return Err(Error::invalid(
                "the partner name is not configured, and the invitation must say who invites",
            )
            .with_hint("run `csp init --name …`, or set CSP_PARTNER_NAME"));
        }
        Ok(sender)
    }
}

impl Sender {
    /// The `From` of an `.eml`: `Sender Name <address>`, when the profile
    /// has an address.
    pub fn mailbox(&self) -> Option<String> {
        self.sender_email
            .as_deref()
            .map(|email| crate::domain::mailbox::mailbox(Some(&self.sender_name), email))
    }
}

/// Whom to invite.
#[derive(Debug, Clone)]
pub enum Target {
    /// A recorded customer (id, prefix, domain, tenant ID or exact name).
    Customer(String),
    /// A company we have no record of yet (one already recorded under that
    /// domain is invited as it is).
    New {
        name: String,
        domain: Domain,
        channel: Option<Channel>,
    },
}

/// What `csp invite` asks for, validated.
#[derive(Debug, Clone)]
pub struct Request {
    pub target: Target,
    pub email: Option<Email>,
    pub contact_name: Option<String>,
    /// The indirect provider of a joint invitation (a reference, as typed).
    pub provider: Option<String>,
    pub locale: Locale,
    /// The user's template; `None` for the built-in one of the kind and language.
    pub template: Option<Template>,
    pub reference: Option<String>,
}

/// An invitation checked against the records, ready to draft and record.
#[derive(Debug, Clone)]
pub struct Plan {
    /// The recorded customer; `None` when the invitation records a new one.
    pub customer: Option<Customer>,
    pub new_customer: Option<NewCustomer>,
    pub provider: Option<Provider>,
    pub kind: InvitationKind,
    pub to: Option<String>,
    pub link: String,
    pub locale: Locale,
    pub reference: Option<String>,
    pub template: Template,
    pub values: Values,
}

impl Plan {
    pub fn domain(&self) -> &str {
        match (&self.customer, &self.new_customer) {
            (Some(c), _) => &c.domain,
            (None, Some(n)) => n.domain.as_str(),
            (None, None) => "",
        }
    }

    /// The email, rendered from the template.
    pub fn draft(&self) -> Result<Draft, Error> {
        draft::draft(&self.template, &self.values, self.to.clone())
    }
}

/// The provider a joint invitation names: it must still be connected.
pub fn usable_provider(db: &Db<'_>, reference: &str) -> anyhow::Result<Provider> {
    let provider = crate::ops::providers::resolve(db, reference)?;
    if provider.status == ProviderStatus::Removed {
        return Err(Error::conflict(format!(
            "provider {} is disconnected, so it cannot be part of a new invitation",
            provider.name
        ))
        .with_hint("see `csp providers list`")
        .into());
    }
    Ok(provider)
}

/// Checks an invitation against the records and prepares its draft; writes nothing.
pub fn plan(db: &Db<'_>, sender: &Sender, request: &Request) -> anyhow::Result<Plan> {
    let provider = match &request.provider {
        Some(p) => Some(usable_provider(db, p)?),
        None => None,
    };
    let (customer, new_customer) = match &request.target {
        Target::Customer(reference) => (Some(crate::ops::customers::resolve(db, reference)?), None),
        Target::New {
            name,
            domain,
            channel,
        } => match db.customer_id_by_domain(domain.as_str())? {
            Some(id) => (db.customer(&id)?, None),
            None => (
                None,
                Some(NewCustomer {
                    company_name: name.clone(),
                    domain: domain.clone(),
                    tenant_id: None,
                    contact_name: request.contact_name.clone(),
                    contact_email: request.email.clone(),
                    relationship: Relationship::Invited,
                    relationship_since: None,
                    delegated_admin: false,
                    source: Source::Invitation,
                    channel: *channel,
                    tags: Vec::new(),
                }),
            ),
        },
    };
    if let Some(c) = &customer {
        check_invitable(db, c, provider.as_ref())?;
    }
    let kind = if provider.is_some() {
        InvitationKind::ResellerWithProvider
    } else {
        InvitationKind::Reseller
    };
    let link = sender.link(provider.as_ref())?;
    let (customer_name, domain, recorded_contact, recorded_email) = match (&customer, &new_customer)
    {
        (Some(c), _) => (
            c.company_name.clone(),
            c.domain.clone(),
            c.contact_name.clone(),
            c.contact_email.clone(),
        ),
        (None, Some(n)) => (
            n.company_name.clone(),
            n.domain.to_string(),
            n.contact_name.clone(),
            n.contact_email.as_ref().map(|e| e.to_string()),
        ),
        (None, None) => anyhow::bail!("an invitation names no customer"),
    };
    let contact_name = request.contact_name.clone().or(recorded_contact);
    let email = request
        .email
        .as_ref()
        .map(|e| e.to_string())
        .or(recorded_email);
    let to =
        email.map(|address| crate::domain::mailbox::mailbox(contact_name.as_deref(), &address));
    let template = match &request.template {
        Some(t) => t.clone(),
        None => draft::built_in(kind, request.locale),
    };
    let values = Values {
        locale: request.locale,
        customer_name,
        contact_name,
        domain,
        partner_name: sender.partner_name.clone(),
        partner_mpn_id: sender.partner_mpn_id.clone(),
        provider_name: provider.as_ref().map(|p| p.name.clone()),
        sender_name: sender.sender_name.clone(),
        sender_email: sender.sender_email.clone(),
        link: link.clone(),
        reference: request.reference.clone(),
    };
    Ok(Plan {
        customer,
        new_customer,
        provider,
        kind,
        to,
        link,
        locale: request.locale,
        reference: request.reference.clone(),
        template,
        values,
    })
}

/// Inviting a customer that is already `active` is a conflict, except jointly
/// with a provider that has no relationship with it yet: that is how a
/// provider gets the right to order. A second pending invitation of the same
/// kind is a duplicate.
fn check_invitable(
    db: &Db<'_>,
    customer: &Customer,
    provider: Option<&Provider>,
) -> anyhow::Result<()> {
    if customer.relationship == Relationship::Active {
        match provider {
            None => {
                return Err(Error::conflict(format!(
                    "{} ({}) is already an active customer: there is nothing to invite it to",
                    customer.company_name, customer.domain
                ))
                .with_hint(format!(
                    "to let an indirect provider order for it, send a joint invitation: `csp invite --customer {} --provider PROVIDER`",
                    customer.domain
                ))
                .into());
            }
            Some(p) if db.provider_holds(&p.id, &customer.id)? => {
                return Err(Error::conflict(format!(
                    "{} is already an active customer, and {} already holds its own reseller relationship with it",
                    customer.domain, p.name
                ))
                .with_hint(format!("see `csp customers show {}`", customer.domain))
                .into());
            }
            Some(_) => {}
        }
    }
    if let Some(pending) =
        db.pending_invitation(&customer.id, provider.as_ref().map(|p| p.id.as_str()))?
    {
        let short = short_id(&pending.id);
        return Err(Error::conflict(format!(
            "{} already has a pending invitation ({short}, {}, created {})",
            customer.domain, pending.status, pending.created_at
        ))
        .with_hint(format!(
            "see it with `csp invite show {short}`, or cancel it first with `csp invite cancel {short}`"
        ))
        .into());
    }
    Ok(())
}

/// Records the invitation with the final `draft` (edits included), creating
/// the customer as `invited` if it is new or bringing a `removed` one back to
/// `invited`. Appends no audit entry: [`invite`] and batches do.
pub fn record(db: &Db<'_>, plan: &Plan, draft: &Draft, sent: bool) -> anyhow::Result<Invitation> {
    let now = crate::store::now();
    let customer_id = match (&plan.customer, &plan.new_customer) {
        (Some(c), _) => {
            if c.relationship == Relationship::Removed {
                // A removed customer may be invited again; it waits as `invited`.
                let changes = CustomerChanges {
                    relationship: Some(Relationship::Invited),
                    ..CustomerChanges::default()
                };
                db.update_customer(&c.id, &changes, &now)?;
            }
            c.id.clone()
        }
        (None, Some(new)) => {
            let id = crate::store::new_id();
            db.insert_customer(&id, new, &now)?;
            id
        }
        (None, None) => anyhow::bail!("an invitation names no customer"),
    };
    let id = crate::store::new_id();
    db.insert_invitation(&NewInvitation {
        id: &id,
        kind: plan.kind,
        status: if sent {
            InvitationStatus::Sent
        } else {
            InvitationStatus::Draft
        },
        customer_id: &customer_id,
        provider_id: plan.provider.as_ref().map(|p| p.id.as_str()),
        to: draft.to.as_deref(),
        link: &plan.link,
        subject: &draft.subject,
        body: &draft.body,
        locale: plan.locale.as_str(),
        reference: plan.reference.as_deref(),
        now: &now,
    })?;
    db.invitation(&id)?
        .ok_or_else(|| anyhow::anyhow!("invitation {id} vanished after insert"))
}

/// `csp invite`: records one invitation and its audit entry.
pub fn invite(
    db: &Db<'_>,
    actor: &Actor,
    plan: &Plan,
    draft: &Draft,
    sent: bool,
) -> anyhow::Result<Invitation> {
    let invitation = record(db, plan, draft, sent)?;
    db.append_audit(
        actor,
        &Change {
            action: "invitation.create",
            entity: "invitation",
            entity_id: Some(invitation.id.clone()),
            customer_id: Some(invitation.customer_id.clone()),
            reason: None,
            details: json!({
                "kind": invitation.kind,
                "status": invitation.status,
                "customer_domain": invitation.customer_domain,
                "new_customer": plan.new_customer.is_some(),
                "previous_relationship": plan.customer.as_ref().map(|c| c.relationship),
                "provider_id": invitation.provider_id,
                "to": invitation.to,
                "locale": invitation.locale,
                "template": plan.template.name,
            }),
        },
    )?;
    Ok(invitation)
}

/// Which provider an invitation names: the one asked for, else (for an
/// indirect reseller) the profile's `default_provider` unless `--no-provider`.
/// The second value says the default was taken, for a note.
pub fn chosen_provider(
    sender: &Sender,
    asked: Option<&str>,
    no_provider: bool,
) -> (Option<String>, bool) {
    match asked {
        Some(p) => (Some(p.to_string()), false),
        None if no_provider || sender.kind == PartnerKind::Direct => (None, false),
        None => (
            sender.default_provider.clone(),
            sender.default_provider.is_some(),
        ),
    }
}

impl Sender {
    /// The invitation link for us alone, or jointly with `provider`.
    pub fn link(&self, provider: Option<&Provider>) -> Result<String, Error> {
        link::build(&LinkRequest {
            base: &self.admin_center,
            partner_id: self.partner_id,
            partner_mpn_id: self.partner_mpn_id.as_deref(),
            provider_tenant_id: provider.map(|p| p.tenant_id.as_str()),
            reseller_link: self.reseller_link.as_deref(),
        })
    }
}

/// The link alone (`csp invite link`), reseller or joint.
pub fn link_for(db: &Db<'_>, sender: &Sender, provider: Option<&str>) -> anyhow::Result<String> {
    let provider = match provider {
        Some(p) => Some(usable_provider(db, p)?),
        None => None,
    };
    Ok(sender.link(provider.as_ref())?)
}

/// The reseller link alone, with no database needed.
pub fn link_for_reseller(sender: &Sender) -> Result<String, Error> {
    sender.link(None)
}

/// The invitation an id or a unique id prefix (8+ characters) names.
pub fn resolve(db: &Db<'_>, reference: &str) -> anyhow::Result<Invitation> {
    let mut candidates = db.invitations_matching(reference, 11)?;
    match candidates.len() {
        0 => {
            let mut e = Error::not_found(format!("no invitation matches '{}'", reference.trim()));
            e = if reference.trim().len() < 8 {
                e.with_hint("name an invitation by its id or at least its first 8 characters")
            } else {
                e.with_hint("see `csp invite list --status all`")
            };
            Err(e.into())
        }
        1 => Ok(candidates.remove(0)),
        _ => {
            let names: Vec<String> = candidates
                .iter()
                .take(10)
                .map(|i| format!("{} ({}, {})", i.id, i.customer_domain, i.status))
                .collect();
            Err(Error::ambiguous("invitation", reference.trim(), &names)
                .with_hint("use more characters of the id")
                .into())
        }
    }
}

/// The show card: the invitation with its customer's and provider's names.
pub fn card(
    db: &Db<'_>,
    invitation: Invitation,
) -> anyhow::Result<crate::domain::invitation::InvitationCard> {
    let provider_name = match &invitation.provider_id {
        Some(p) => db
            .providers_matching(p, 1)?
            .into_iter()
            .next()
            .map(|p| p.name),
        None => None,
    };
    Ok(crate::domain::invitation::InvitationCard {
        invitation,
        provider_name,
    })
}

/// A step in an invitation's life.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// The admin sent the email: `draft → sent`.
    Done,
    /// The customer accepted: `draft | sent → accepted`.
    Accept,
    /// `draft | sent → cancelled`.
    Cancel,
}

impl Step {
    fn target(self) -> InvitationStatus {
        match self {
            Step::Done => InvitationStatus::Sent,
            Step::Accept => InvitationStatus::Accepted,
            Step::Cancel => InvitationStatus::Cancelled,
        }
    }
    fn action(self) -> &'static str {
        match self {
            Step::Done => "invitation.done",
            Step::Accept => "invitation.accept",
            Step::Cancel => "invitation.cancel",
        }
    }
}

/// What a step did, for the messages that follow it.
#[derive(Debug, Clone)]
pub struct StepOutcome {
    pub invitation: Invitation,
    pub customer: Customer,
    /// The provider that gained its own relationship (an accepted joint invitation).
    pub provider: Option<Provider>,
}

/// Moves an invitation one step. A step the status does not allow is a
/// conflict (status 5). A customer may accept a link that was sent without
/// `done` being recorded, so `accept` takes a draft as well as a sent one.
pub fn step(
    db: &Db<'_>,
    actor: &Actor,
    reference: &str,
    step: Step,
) -> anyhow::Result<StepOutcome> {
    let before = resolve(db, reference)?;
    let short = short_id(&before.id);
    let allowed = match step {
        Step::Done => before.status == InvitationStatus::Draft,
        Step::Accept | Step::Cancel => before.status.is_pending(),
    };
    if !allowed {
        let when = match before.status {
            InvitationStatus::Sent => before.sent_at.clone(),
            InvitationStatus::Accepted => before.accepted_at.clone(),
            _ => None,
        }
        .map(|t| format!(" (since {t})"))
        .unwrap_or_default();
        let hint = match before.status {
            InvitationStatus::Cancelled => format!(
                "send a new one with `csp invite --customer {}`",
                before.customer_domain
            ),
            InvitationStatus::Sent => {
                format!("when the customer accepts, record it with `csp invite accept {short}`")
            }
            _ => format!("see `csp invite show {short}`"),
        };
        return Err(Error::conflict(format!(
            "invitation {short} is already {}{when}: it cannot be {}",
            before.status,
            match step {
                Step::Done => "marked sent",
                Step::Accept => "accepted",
                Step::Cancel => "cancelled",
            }
        ))
        .with_hint(hint)
        .into());
    }
    let now = crate::store::now();
    if step == Step::Accept {
        let accepted = accept(db, actor, &before, &now, "invite accept")?;
        return Ok(StepOutcome {
            invitation: accepted.invitation,
            customer: accepted.customer,
            provider: accepted.provider,
        });
    }
    db.set_invitation_status(&before.id, step.target(), &now)?;
    let customer = db
        .customer(&before.customer_id)?
        .ok_or_else(|| anyhow::anyhow!("customer {} vanished", before.customer_id))?;
    let invitation = db
        .invitation(&before.id)?
        .ok_or_else(|| anyhow::anyhow!("invitation {} vanished", before.id))?;
    db.append_audit(
        actor,
        &Change {
            action: step.action(),
            entity: "invitation",
            entity_id: Some(before.id.clone()),
            customer_id: Some(before.customer_id.clone()),
            reason: None,
            details: json!({
                "before": { "status": before.status },
                "after": { "status": invitation.status },
                "customer_relationship": {
                    "before": customer.relationship,
                    "after": customer.relationship,
                },
                "provider_id": null,
            }),
        },
    )?;
    Ok(StepOutcome {
        invitation,
        customer,
        provider: None,
    })
}

/// A reminder about a sent invitation, drafted and not yet recorded.
#[derive(Debug, Clone)]
pub struct Reminder {
    pub invitation: Invitation,
    pub draft: Draft,
}

/// Drafts a reminder for invitation `reference` from the built-in reminder
/// of its kind, in `locale` (default: the invitation's own language), with
/// the same link and the same recipient. Only a `sent` invitation can be
/// chased: a draft was never sent (send it, then `invite done`), and an
/// accepted or cancelled one waits for nothing (status 5). Writes nothing.
pub fn plan_reminder(
    db: &Db<'_>,
    sender: &Sender,
    reference: &str,
    locale: Option<Locale>,
) -> anyhow::Result<Reminder> {
    let invitation = resolve(db, reference)?;
    check_remindable(&invitation)?;
    let customer = db
        .customer(&invitation.customer_id)?
        .ok_or_else(|| anyhow::anyhow!("customer {} vanished", invitation.customer_id))?;
    let provider_name = match &invitation.provider_id {
        Some(id) => db.provider(id)?.map(|p| p.name),
        None => None,
    };
    let locale = match locale {
        Some(l) => l,
        None => Locale::parse(&invitation.locale).unwrap_or_default(),
    };
    let values = Values {
        locale,
        customer_name: customer.company_name.clone(),
        contact_name: customer.contact_name.clone(),
        domain: customer.domain.clone(),
        partner_name: sender.partner_name.clone(),
        partner_mpn_id: sender.partner_mpn_id.clone(),
        provider_name,
        sender_name: sender.sender_name.clone(),
        sender_email: sender.sender_email.clone(),
        link: invitation.link.clone(),
        reference: invitation.reference.clone(),
    };
    let template = draft::built_in_reminder(invitation.kind, locale);
    let draft = draft::draft(&template, &values, invitation.to.clone())?;
    Ok(Reminder { invitation, draft })
}

fn check_remindable(invitation: &Invitation) -> Result<(), Error> {
    let short = short_id(&invitation.id);
    match invitation.status {
        InvitationStatus::Sent => Ok(()),
        InvitationStatus::Draft => Err(Error::conflict(format!(
            "invitation {short} is a draft that was never sent: there is nothing to remind {} of",
            invitation.customer_domain
        ))
        .with_hint(format!(
            "send it (`csp invite show {short}` prints it), then record it with `csp invite done {short}`"
        ))),
        status => Err(Error::conflict(format!(
            "invitation {short} is {status}: it waits for no answer, so there is nothing to remind"
        ))
        .with_hint(format!("see `csp invite show {short}`"))),
    }
}

/// Records that the reminder was drafted for sending: `reminded_at` now,
/// one more in `reminders`, and one audit entry. The status is checked
/// again inside the write transaction (another admin may have cancelled it).
pub fn remind(db: &Db<'_>, actor: &Actor, reminder: &Reminder) -> anyhow::Result<Invitation> {
    let id = &reminder.invitation.id;
    let before = db
        .invitation(id)?
        .ok_or_else(|| Error::not_found(format!("invitation {id} no longer exists")))?;
    check_remindable(&before)?;
    let now = crate::store::now();
    db.record_reminder(id, &now)?;
    let invitation = db
        .invitation(id)?
        .ok_or_else(|| anyhow::anyhow!("invitation {id} vanished"))?;
    db.append_audit(
        actor,
        &Change {
            action: "invitation.remind",
            entity: "invitation",
            entity_id: Some(id.clone()),
            customer_id: Some(invitation.customer_id.clone()),
            reason: None,
            details: json!({
                "reminders": invitation.reminders,
                "to": reminder.draft.to,
                "subject": reminder.draft.subject,
                "sent_at": invitation.sent_at,
            }),
        },
    )?;
    Ok(invitation)
}

/// What one acceptance changed.
#[derive(Debug, Clone)]
pub struct Accepted {
    pub invitation: Invitation,
    /// The customer after the acceptance (`active`).
    pub customer: Customer,
    /// The provider that gained its own relationship (a joint invitation).
    pub provider: Option<Provider>,
}

/// The customer accepted a pending invitation: the one path every way of
/// learning it takes (`invite accept`, an import that lists the customer,
/// later a sync), so each has the same effects. Our relationship is in
/// force (`active`, found through the invitation); a legacy link that asked
/// for DAP records the grant; a joint invitation records the provider's own
/// relationship; and one audit entry about that customer says so, `via`
/// naming what told us.
pub fn accept(
    db: &Db<'_>,
    actor: &Actor,
    pending: &Invitation,
    now: &str,
    via: &str,
) -> anyhow::Result<Accepted> {
    db.set_invitation_status(&pending.id, InvitationStatus::Accepted, now)?;
    let customer_before = db
        .customer(&pending.customer_id)?
        .ok_or_else(|| anyhow::anyhow!("customer {} vanished", pending.customer_id))?;
    let mut changes = CustomerChanges::default();
    if customer_before.relationship != Relationship::Active {
        changes.relationship = Some(Relationship::Active);
        changes.source = Some(Source::Invitation);
    }
    if db.invitation_delegated_admin(&pending.id)? && !customer_before.delegated_admin {
        changes.delegated_admin = Some(true);
    }
    if changes != CustomerChanges::default() {
        db.update_customer(&customer_before.id, &changes, now)?;
    }
    let provider = match &pending.provider_id {
        Some(provider_id) => {
            db.link_provider(provider_id, &pending.customer_id, now, Some(&pending.id))?;
            db.provider(provider_id)?
        }
        None => None,
    };
    let invitation = db
        .invitation(&pending.id)?
        .ok_or_else(|| anyhow::anyhow!("invitation {} vanished", pending.id))?;
    let customer = db
        .customer(&pending.customer_id)?
        .ok_or_else(|| anyhow::anyhow!("customer {} vanished", pending.customer_id))?;
    db.append_audit(
        actor,
        &Change {
            action: Step::Accept.action(),
            entity: "invitation",
            entity_id: Some(pending.id.clone()),
            customer_id: Some(pending.customer_id.clone()),
            reason: None,
            details: json!({
                "before": { "status": pending.status },
                "after": { "status": invitation.status },
                "customer_relationship": {
                    "before": customer_before.relationship,
                    "after": customer.relationship,
                },
                "provider_id": provider.as_ref().map(|p| p.id.clone()),
                "via": via,
            }),
        },
    )?;
    Ok(Accepted {
        invitation,
        customer,
        provider,
    })
}
