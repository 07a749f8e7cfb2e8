//! `csp status`: everything that waits on the admin, each with the command
//! that deals with it. Small things (invitations, GDAP relationships) are
//! listed one item each, the most urgent first and at most
//! [`ITEMS_PER_KIND`] of a kind; large ones (customers by the hundred
//! thousand) are one item with a bounded count and the command that lists
//! them. Every question is bounded, so the answer is instant at any size.

use crate::domain::gdap::{EXPIRING_WITHIN_DAYS, GLOBAL_ADMINISTRATOR};
use crate::domain::provider::Provider;
use crate::domain::status::{
    shell_word, AttentionKind, Count, StatusItem, REQUEST_LAPSES_WITHIN_DAYS,
};
use crate::domain::values::short_id;
use crate::store::{Db, GdapAttention, WaitingInvitation};
use chrono::{DateTime, Duration, Utc};

/// At most this many items of one kind; past it, one item says how many more.
pub const ITEMS_PER_KIND: usize = 50;
/// Counting stops here ("1000+"): an exact count over a million customers
/// would take longer than the whole screen may.
pub const COUNT_CAP: u64 = 1000;

/// What the rules need besides the records.
pub struct Settings<'a> {
    /// `[status] chase_after_days`.
    pub chase_after_days: u32,
    /// The profile's default provider, resolved (an indirect reseller's).
    pub default_provider: Option<&'a Provider>,
}

/// Every item, in the order of [`AttentionKind`], most urgent first within.
pub fn attention(
    db: &Db<'_>,
    settings: &Settings<'_>,
    now: DateTime<Utc>,
) -> anyhow::Result<Vec<StatusItem>> {
    let stamp = crate::util::time::format(now);
    let in_days = |days: i64| crate::util::time::format(now + Duration::days(days));
    let mut items = Vec::new();

    // Admin access left behind in the tenants of removed customers.
    let gdap_left = db.gdap_after_removal(&stamp, ITEMS_PER_KIND + 1)?;
    let dap_left = db.dap_after_removal(ITEMS_PER_KIND + 1)?;
    let mut left: Vec<StatusItem> = gdap_left
        .iter()
        .map(gdap_after_removal)
        .chain(dap_left.iter().map(|d| {
            StatusItem::new(
                AttentionKind::AdminAccessAfterRemoval,
                customer(&d.customer_name, &d.customer_domain),
                format!(
                    "removed{}, but a legacy DAP grant is still recorded: remove it in Partner Center (the customer's Admin relationships), then record that",
                    on(d.removed_at.as_deref())
                ),
                d.removed_at.clone(),
                format!(
                    "csp customers update {} --delegated-admin false",
                    shell_word(&d.customer_domain)
                ),
            )
        }))
        .collect();
    left.sort_by(|a, b| a.since.cmp(&b.since));
    let total = if gdap_left.len() + dap_left.len() > ITEMS_PER_KIND {
        let cap = ITEMS_PER_KIND as u64 + COUNT_CAP;
        let n = db.count_gdap_after_removal(&stamp, cap)? + db.count_dap_after_removal(cap)?;
        Some(bounded(n, cap))
    } else {
        None
    };
    push_capped(
        &mut items,
        left,
        total,
        AttentionKind::AdminAccessAfterRemoval,
        "relationships or DAP grants left in removed customers' tenants",
        "csp customers list --status removed --admin-access any",
    );

    // Active customers whose GDAP access has expired.
    let expired = db.expired_gdap(&stamp, ITEMS_PER_KIND + 1)?;
    let total = more(expired.len(), |cap| db.count_expired_gdap(&stamp, cap))?;
    push_capped(
        &mut items,
        expired.iter().map(gdap_expired).collect(),
        total,
        AttentionKind::GdapExpired,
        "customers whose GDAP access has expired",
        "csp gdap list --status expired",
    );

    // Requests lapsing (90 days unapproved) within 14 days, or lapsed.
    let until = in_days(REQUEST_LAPSES_WITHIN_DAYS);
    let lapsing = db.lapsing_gdap_requests(&stamp, &until, ITEMS_PER_KIND + 1)?;
    let total = more(lapsing.len(), |cap| {
        db.count_lapsing_gdap_requests(&stamp, &until, cap)
    })?;
    push_capped(
        &mut items,
        lapsing.iter().map(|g| gdap_lapsing(g, now)).collect(),
        total,
        AttentionKind::GdapRequestLapsing,
        "GDAP requests lapsing",
        "csp gdap list --status approval_pending",
    );

    // In force, ending within 30 days, no auto-extend.
    let until = in_days(EXPIRING_WITHIN_DAYS);
    let ending = db.ending_gdap(&stamp, &until, ITEMS_PER_KIND + 1)?;
    let total = more(ending.len(), |cap| {
        db.count_ending_gdap(&stamp, &until, cap)
    })?;
    push_capped(
        &mut items,
        ending.iter().map(|g| gdap_ending(g, now)).collect(),
        total,
        AttentionKind::GdapEnding,
        "GDAP relationships ending",
        &format!("csp gdap list --expiring {EXPIRING_WITHIN_DAYS}d"),
    );

    // Invitations to chase: no answer since the last contact.
    let days = i64::from(settings.chase_after_days);
    let before = crate::util::time::format(now - Duration::days(days));
    let unanswered = db.unanswered_invitations(&before, ITEMS_PER_KIND + 1)?;
    let total = more(unanswered.len(), |cap| {
        db.count_unanswered_invitations(&before, cap)
    })?;
    push_capped(
        &mut items,
        unanswered
            .iter()
            .map(|i| invitation_unanswered(i, now))
            .collect(),
        total,
        AttentionKind::InvitationUnanswered,
        "invitations to chase",
        &format!("csp invite list --status sent --older-than {days}d"),
    );

    let drafts = db.draft_invitations(ITEMS_PER_KIND + 1)?;
    let total = more(drafts.len(), |cap| db.count_draft_invitations(cap))?;
    push_capped(
        &mut items,
        drafts.iter().map(invitation_draft).collect(),
        total,
        AttentionKind::InvitationDraft,
        "drafts never sent",
        "csp invite list --status draft",
    );

    // The large categories: one item each, with a bounded count.
    let n = db.count_without_admin_access(COUNT_CAP)?;
    if n > 0 {
        let count = bounded(n, COUNT_CAP);
        items.push(StatusItem::new(
            AttentionKind::NoAdminAccess,
            customers(count),
            "active, with no admin access (no GDAP relationship, no legacy DAP grant): request it in Partner Center, then record it with `csp gdap add CUSTOMER --microsoft-id ID --name NAME --roles ROLES`".into(),
            None,
            "csp customers list --admin-access none".into(),
        ));
    }
    if let Some(p) = settings.default_provider {
        let n = db.count_provider_cannot_order(&p.id, COUNT_CAP)?;
        if n > 0 {
            let count = bounded(n, COUNT_CAP);
            items.push(StatusItem::new(
                AttentionKind::ProviderCannotOrder,
                customers(count),
                format!(
                    "active, but {} (your default provider) holds no reseller relationship with them, so it cannot order for them: invite each jointly with `csp invite --customer CUSTOMER --provider {}`",
                    p.name,
                    shell_word(&p.name)
                ),
                None,
                format!("csp customers list --not-provider {}", shell_word(&p.name)),
            ));
        }
    }
    Ok(items)
}

/// The total of a kind when its list overflowed (`shown` > the cap).
fn more(
    shown: usize,
    count: impl FnOnce(u64) -> anyhow::Result<u64>,
) -> anyhow::Result<Option<Count>> {
    if shown <= ITEMS_PER_KIND {
        return Ok(None);
    }
    let cap = ITEMS_PER_KIND as u64 + COUNT_CAP;
    Ok(Some(bounded(count(cap)?, cap)))
}

fn bounded(n: u64, cap: u64) -> Count {
    Count {
        n: n.min(cap),
        at_least: n >= cap,
    }
}

/// Adds at most [`ITEMS_PER_KIND`] items, then one saying how many more.
fn push_capped(
    items: &mut Vec<StatusItem>,
    mut found: Vec<StatusItem>,
    total: Option<Count>,
    kind: AttentionKind,
    what: &str,
    list_command: &str,
) {
    found.truncate(ITEMS_PER_KIND);
    items.append(&mut found);
    if let Some(total) = total {
        let rest = Count {
            n: total.n.saturating_sub(ITEMS_PER_KIND as u64),
            at_least: total.at_least,
        };
        items.push(StatusItem::new(
            kind,
            format!("{rest} more"),
            format!("{total} {what} in all; the {ITEMS_PER_KIND} most urgent are listed above"),
            None,
            list_command.to_string(),
        ));
    }
}

fn customer(name: &str, domain: &str) -> String {
    format!("{name} ({domain})")
}

fn customers(count: Count) -> String {
    if count.n == 1 && !count.at_least {
        "1 customer".into()
    } else {
        format!("{count} customers")
    }
}

/// " on 2026-05-01", from a stored time ("" when unknown).
fn on(time: Option<&str>) -> String {
    time.map(|t| format!(" on {}", date(t))).unwrap_or_default()
}

fn date(time: &str) -> &str {
    time.get(..10).unwrap_or(time)
}

/// Whole days from `now` to `time` (negative when past).
fn days_until(time: &str, now: DateTime<Utc>) -> Option<i64> {
    crate::domain::gdap::parse_time(time).map(|t| (t - now).num_days())
}

fn in_so_many_days(time: &str, now: DateTime<Utc>) -> String {
    match days_until(time, now) {
        Some(0) => " (today)".into(),
        Some(1) => " (tomorrow)".into(),
        Some(n) => format!(" (in {n} days)"),
        None => String::new(),
    }
}

/// The command that records a new relationship, once created in Partner Center.
fn record_new(domain: &str) -> String {
    format!(
        "csp gdap add {} --microsoft-id ID --name NAME --roles ROLES",
        shell_word(domain)
    )
}

fn gdap_after_removal(g: &GdapAttention) -> StatusItem {
    let state = if g.status.is_in_force() {
        "is still active"
    } else {
        "still awaits approval or activation"
    };
    StatusItem::new(
        AttentionKind::AdminAccessAfterRemoval,
        customer(&g.customer_name, &g.customer_domain),
        format!(
            "removed{}, but GDAP relationship '{}' {state}: terminate it in Partner Center (or Graph) — csp does not end it there — then record that with the command",
            on(g.customer_removed_at.as_deref()),
            g.display_name
        ),
        g.customer_removed_at.clone(),
        format!("csp gdap terminate {}", short_id(&g.id)),
    )
}

fn gdap_expired(g: &GdapAttention) -> StatusItem {
    StatusItem::new(
        AttentionKind::GdapExpired,
        customer(&g.customer_name, &g.customer_domain),
        format!(
            "GDAP relationship '{}' ended{}, and no other grants admin access: create a new request in Partner Center (a new relationship; an expired one cannot be renewed), then record it",
            g.display_name,
            on(g.ends_at.as_deref())
        ),
        g.ends_at.clone(),
        record_new(&g.customer_domain),
    )
}

fn gdap_lapsing(g: &GdapAttention, now: DateTime<Utc>) -> StatusItem {
    let lapses = g.request_expires_at.as_deref().unwrap_or("");
    let lapsed = crate::domain::gdap::parse_time(lapses).is_none_or(|t| t <= now);
    let subject = customer(&g.customer_name, &g.customer_domain);
    if lapsed {
        StatusItem::new(
            AttentionKind::GdapRequestLapsing,
            subject,
            format!(
                "GDAP request '{}' lapsed{} without the customer's approval (90 days): create a new request in Partner Center, then record it",
                g.display_name,
                on(Some(lapses))
            ),
            g.requested_at.clone(),
            record_new(&g.customer_domain),
        )
    } else {
        StatusItem::new(
            AttentionKind::GdapRequestLapsing,
            subject,
            format!(
                "GDAP request '{}' awaits the customer's approval and lapses{}{}: send the approval email again (or record a new request with `csp gdap add`)",
                g.display_name,
                on(Some(lapses)),
                in_so_many_days(lapses, now)
            ),
            g.requested_at.clone(),
            format!("csp gdap invite {}", short_id(&g.id)),
        )
    }
}

fn gdap_ending(g: &GdapAttention, now: DateTime<Utc>) -> StatusItem {
    let ends = g.ends_at.as_deref().unwrap_or("");
    // In the window since 30 days before its end.
    let since = crate::domain::gdap::parse_time(ends)
        .map(|t| crate::util::time::format(t - Duration::days(EXPIRING_WITHIN_DAYS)));
    let subject = customer(&g.customer_name, &g.customer_domain);
    let when = format!("{}{}", on(Some(ends)), in_so_many_days(ends, now));
    if g.roles.iter().any(|r| r == GLOBAL_ADMINISTRATOR) {
        StatusItem::new(
            AttentionKind::GdapEnding,
            subject,
            format!(
                "GDAP relationship '{}' ends{when}; it grants Global Administrator, so Microsoft will not auto-extend it: create a new relationship without Global Administrator in Partner Center, then record it",
                g.display_name
            ),
            since,
            record_new(&g.customer_domain),
        )
    } else {
        StatusItem::new(
            AttentionKind::GdapEnding,
            subject,
            format!(
                "GDAP relationship '{}' ends{when} without auto-extend: turn auto-extend on in Partner Center (180 days at a time), then record it",
                g.display_name
            ),
            since,
            format!("csp gdap extend {} --auto-extend true", short_id(&g.id)),
        )
    }
}

fn invitation_unanswered(i: &WaitingInvitation, now: DateTime<Utc>) -> StatusItem {
    let sent = i.sent_at.as_deref().unwrap_or(&i.created_at);
    let waited = days_until(sent, now).map(|d| -d).unwrap_or(0);
    let with = i
        .provider_name
        .as_deref()
        .map(|p| format!(" (jointly with {p})"))
        .unwrap_or_default();
    let reminded = match (&i.reminded_at, i.reminders) {
        (Some(at), 1) => format!("; reminded once, on {}", date(at)),
        (Some(at), n) => format!("; reminded {n} times, last on {}", date(at)),
        (None, _) => String::new(),
    };
    StatusItem::new(
        AttentionKind::InvitationUnanswered,
        customer(&i.customer_name, &i.customer_domain),
        format!(
            "invitation {}{with} sent on {}, not accepted after {waited} days{reminded}: send a reminder",
            short_id(&i.id),
            date(sent)
        ),
        i.sent_at.clone(),
        format!("csp invite remind {}", short_id(&i.id)),
    )
}

fn invitation_draft(i: &WaitingInvitation) -> StatusItem {
    let with = i
        .provider_name
        .as_deref()
        .map(|p| format!(" (jointly with {p})"))
        .unwrap_or_default();
    StatusItem::new(
        AttentionKind::InvitationDraft,
        customer(&i.customer_name, &i.customer_domain),
        format!(
            "invitation {}{with} drafted on {}, never marked sent: send it, then record that with the command (or drop it with `csp invite cancel {}`)",
            short_id(&i.id),
            date(&i.created_at),
            short_id(&i.id)
        ),
        Some(i.created_at.clone()),
        format!("csp invite done {}", short_id(&i.id)),
    )
}
