//! `csp remove`: record the end of the reseller relationship with a customer,
//! after the admin has acknowledged what that does and does not do, and say
//! how the relationship really ends at Microsoft.

use super::App;
use crate::domain::values;
use crate::error::{Error, Result};
use crate::ops::removal::{self, Acknowledgement};
use clap::Args;

/// What `csp remove --help` says before the options: what the admin acknowledges.
pub fn long_about() -> String {
    format!(
        "\
Record in csp the end of the reseller relationship with a customer, safely.

csp records the end; the relationship itself ends at Microsoft. A direct partner
ends it in Partner Center (Customers → the customer → Account → Remove a customer
relationship); an indirect reseller cannot, and asks its indirect provider (named
on the customer card, `remove_via`). Microsoft refuses the removal while
subscriptions are active: cancel NCE subscriptions, Azure reservations and
savings plans first.

Before anything changes, csp shows the customer and asks you to acknowledge that:
{}
On a terminal you confirm by typing the customer's domain; anything else cancels
(status 4, nothing changed). Without a terminal, or with --no-input, --acknowledge
is required; --acknowledge also skips the prompt on a terminal. Only an active
relationship can be removed (status 5 otherwise).

The customer then leaves the default list (it stays in --status removed and all),
its pending invitations are cancelled, and its history is kept; the audit log gets
one entry with the reason. Afterwards csp says on stderr who ends the relationship
at Microsoft, which admin access remains in its tenant (GDAP relationships, a
legacy DAP grant) and how to end it, reminds you of the notice, and prints the
updated customer record on stdout.",
        removal::ACKNOWLEDGEMENT
    )
}

#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  csp remove fabrikam.com\n  csp remove fabrikam.com --acknowledge --reason \"contract ended\"\n  csp customers list --status removed --delegated-admin   # where a legacy DAP grant remains"
)]
pub struct RemoveArgs {
    /// Id (or 8+ character prefix), domain, tenant ID or exact company name
    pub customer: String,
    /// Confirm without a prompt that you have read and accept what removal means (see --help)
    #[arg(long)]
    pub acknowledge: bool,
    /// Why the relationship ends (kept in the audit log)
    #[arg(long, value_name = "TEXT")]
    pub reason: Option<String>,
    /// Direct partners: end it in Partner Center too (signed in), recording it only once Microsoft accepted
    #[arg(long)]
    pub in_partner_center: bool,
    /// With --in-partner-center: print the request, send and record nothing
    #[arg(long, requires = "in_partner_center")]
    pub dry_run: bool,
}

pub fn run(app: &App, args: RemoveArgs) -> Result<()> {
    let actor = app.actor_for_change()?;
    let reason = args
        .reason
        .as_deref()
        .map(|r| values::optional_line("reason", r))
        .transpose()?
        .flatten();
    let kind = app.config()?.profile.kind;
    let mut store = app.store()?;
    let preview = {
        let db = store.read();
        let customer = super::pick::pick_customer(app, &db, &args.customer)?;
        removal::preview(&db, kind, customer)?
    };
    // Online: who may end it at Microsoft, and the request, before asking.
    let mut online = None;
    let mut patch = None;
    if args.in_partner_center {
        let config = app.config()?;
        if preview.route != removal::Route::PartnerCenter {
            return Err(Error::not_allowed(
                "an indirect reseller cannot end a reseller relationship in Partner Center: its indirect provider does (Microsoft's rule)",
            )
            .with_hint("ask the provider named on the customer card (remove_via), then record it with `csp remove` without --in-partner-center")
            .into());
        }
        let tenant = preview.customer.tenant_id.clone().ok_or_else(|| {
            Error::invalid(format!(
                "{} has no tenant ID, and Partner Center names the customer by it",
                preview.customer.company_name
            ))
            .with_hint(
                "record it (csp customers update … --tenant-id …, or csp sync), then try again",
            )
        })?;
        let request = crate::online::partner_center::end_relationship_request(
            &config.microsoft.partner_center,
            &tenant,
        );
        app.output.note(format!(
            "{} the reseller relationship with {} in Partner Center (PATCH /v1/customers/{tenant}, relationshipToPartner none), then record it",
            if args.dry_run { "would end" } else { "will end" },
            preview.customer.company_name
        ));
        if args.dry_run {
            app.output.text(&request.describe())?;
            return Ok(());
        }
        online = Some(app.online()?);
        patch = Some(request);
    }
    let ack = if args.acknowledge {
        app.output.note(removal::statement(&preview));
        Acknowledgement::Flag
    } else if app.interactive {
        // The admin is about to confirm this text: show it even under -q.
        crate::output::message(&removal::statement(&preview));
        let typed = dialoguer::Input::<String>::new()
            .with_prompt(format!(
                "Type the customer's domain ({}) to remove it, anything else cancels",
                preview.customer.domain
            ))
            .allow_empty(true)
            .interact_text()
            // A closed or broken terminal is an answer that cancels.
            .unwrap_or_default();
        Acknowledgement::Typed(typed)
    } else {
        Acknowledgement::Missing
    };
    removal::check_acknowledged(&preview.customer, &ack)?;
    if let (Some(online), Some(request)) = (online.as_mut(), patch.as_ref()) {
        crate::online::partner_center::end_relationship(online, request).map_err(|e| {
                // Microsoft's own words say why; the usual reasons, named.
                let hint = "nothing was recorded. Microsoft refuses while NCE subscriptions, Azure reservations or savings plans are active (cancel them first), and refuses an indirect reseller (its provider removes it)";
                e.with_hint(hint)
            })?;
        app.output
            .note("Partner Center accepted the end of the reseller relationship");
    }
    let removed = store.write(|db| {
        removal::remove(db, &actor, kind, &preview.customer.id, &ack, reason.clone())
    })?;
    let after = removal::aftermath(&removed);
    app.output.note(after.done);
    if let Some(w) = after.warning {
        app.output.warn(w);
    }
    // Once Partner Center accepted the end, the first two lines (who ends
    // it at Microsoft, what to cancel first) are done: the rest still holds.
    let done_online = usize::from(patch.is_some()) * 2;
    for line in after.advice.into_iter().skip(done_online) {
        app.output.note(line);
    }
    app.output.record(&removed.customer)
}
