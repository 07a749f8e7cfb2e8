//! The questions `csp status` asks. Each reads an index range (migration 5
//! adds the ones it needs) and stops at a LIMIT, so the answer comes in
//! milliseconds whatever the size of the database: lists stop at the few
//! most urgent rows, counts at a bound ("1000+").
//!
//! Times are stored as `YYYY-MM-DDTHH:MM:SSZ`, so text compares as time does.

use super::Db;
use crate::store::records::{DapAfterRemoval, GdapAttention, WaitingInvitation};
use rusqlite::types::Value;
use rusqlite::{params_from_iter, Row};

/// A relationship `o` that grants admin access now or may soon: in force
/// and not past its end (an auto-extending one never is), on its way to
/// activation, or a request not yet lapsed. `?1` is now.
const LIVE: &str = "(o.status IN ('approved', 'activating')
    OR (o.status IN ('active', 'expiring') AND (o.auto_extend = 1 OR o.ends_at IS NULL OR o.ends_at > ?1))
    OR (o.status IN ('created', 'approval_pending') AND (o.request_expires_at IS NULL OR o.request_expires_at > ?1)))";

const INVITATION_COLUMNS: &str = "i.id, c.company_name, c.domain, p.name, i.created_at, i.sent_at,
    i.reminded_at, i.reminders";

const GDAP_COLUMNS: &str = "g.id, g.display_name, g.status, g.roles, g.auto_extend, g.requested_at,
    g.request_expires_at, g.ends_at, c.company_name, c.domain, c.removed_at";

/// One question: the FROM and WHERE shared by its list and its count, and
/// the order of its list (most urgent first).
struct Question {
    from_where: String,
    order: &'static str,
}

impl Question {
    fn list<T>(
        &self,
        db: &Db<'_>,
        columns: &str,
        params: &[Value],
        limit: usize,
        read: impl Fn(&Row<'_>) -> rusqlite::Result<T>,
    ) -> anyhow::Result<Vec<T>> {
        let sql = format!(
            "SELECT {columns} {} ORDER BY {} LIMIT {limit}",
            self.from_where, self.order
        );
        let mut stmt = db.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(params_from_iter(params), |r| read(r))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// How many rows answer, counted up to `cap` at most.
    fn count(&self, db: &Db<'_>, params: &[Value], cap: u64) -> anyhow::Result<u64> {
        let sql = format!(
            "SELECT count(*) FROM (SELECT 1 {} LIMIT {cap})",
            self.from_where
        );
        let n: i64 = db
            .conn
            .prepare_cached(&sql)?
            .query_row(params_from_iter(params), |r| r.get(0))?;
        Ok(n as u64)
    }
}

fn invitation(r: &Row<'_>) -> rusqlite::Result<WaitingInvitation> {
    Ok(WaitingInvitation {
        id: r.get(0)?,
        customer_name: r.get(1)?,
        customer_domain: r.get(2)?,
        provider_name: r.get(3)?,
        created_at: r.get(4)?,
        sent_at: r.get(5)?,
        reminded_at: r.get(6)?,
        reminders: r.get(7)?,
    })
}

fn gdap(r: &Row<'_>) -> rusqlite::Result<GdapAttention> {
    let roles: String = r.get(3)?;
    Ok(GdapAttention {
        id: r.get(0)?,
        display_name: r.get(1)?,
        status: r.get(2)?,
        roles: roles
            .split(',')
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect(),
        auto_extend: r.get(4)?,
        requested_at: r.get(5)?,
        request_expires_at: r.get(6)?,
        ends_at: r.get(7)?,
        customer_name: r.get(8)?,
        customer_domain: r.get(9)?,
        customer_removed_at: r.get(10)?,
    })
}

fn text(s: &str) -> Value {
    Value::Text(s.to_string())
}

/// Sent invitations not answered since their last contact (sent, or last
/// reminded) at or before `?1`: the longest waiting first.
fn unanswered() -> Question {
    Question {
        from_where: "FROM invitations i JOIN customers c ON c.id = i.customer_id
             LEFT JOIN providers p ON p.id = i.provider_id
             WHERE i.status = 'sent' AND coalesce(i.reminded_at, i.sent_at) <= ?1"
            .into(),
        order: "coalesce(i.reminded_at, i.sent_at), i.id",
    }
}

/// Drafts never marked sent: the oldest first.
fn drafts() -> Question {
    Question {
        from_where: "FROM invitations i INDEXED BY invitations_status
             JOIN customers c ON c.id = i.customer_id
             LEFT JOIN providers p ON p.id = i.provider_id
             WHERE i.status = 'draft'"
            .into(),
        order: "i.created_at, i.id",
    }
}

/// Requests awaiting approval that lapse by `?2` (or have lapsed, unless
/// another relationship has taken their place), of customers not removed.
fn lapsing() -> Question {
    Question {
        from_where: format!(
            "FROM gdap_relationships g JOIN customers c ON c.id = g.customer_id
             WHERE g.status IN ('created', 'approval_pending') AND g.request_expires_at <= ?2
               AND c.relationship <> 'removed'
               AND NOT (g.request_expires_at <= ?1 AND EXISTS (SELECT 1 FROM gdap_relationships o
                        WHERE o.customer_id = g.customer_id AND o.id <> g.id AND {LIVE}))"
        ),
        order: "g.request_expires_at, g.id",
    }
}

/// Relationships in force without auto-extend ending after `?1` and by
/// `?2`, of customers not removed, unless another relationship that lasts
/// longer (or awaits approval) takes over.
fn ending() -> Question {
    Question {
        from_where: format!(
            "FROM gdap_relationships g JOIN customers c ON c.id = g.customer_id
             WHERE g.status IN ('active', 'expiring') AND g.ends_at > ?1 AND g.ends_at <= ?2
               AND g.auto_extend = 0 AND c.relationship <> 'removed'
               AND NOT EXISTS (SELECT 1 FROM gdap_relationships o
                        WHERE o.customer_id = g.customer_id AND o.id <> g.id AND {LIVE}
                          AND (o.ends_at IS NULL OR o.ends_at > g.ends_at))"
        ),
        order: "g.ends_at, g.id",
    }
}

/// Active customers whose admin access has ended: their last relationship
/// past its end (or recorded expired) and none other granting access now
/// or soon. One row a customer, its latest-ending relationship.
fn expired() -> Question {
    Question {
        from_where: format!(
            "FROM gdap_relationships g JOIN customers c ON c.id = g.customer_id
             WHERE ((g.status IN ('active', 'expiring') AND g.ends_at <= ?1 AND g.auto_extend = 0)
                    OR g.status = 'expired')
               AND c.relationship = 'active'
               AND NOT EXISTS (SELECT 1 FROM gdap_relationships o
                        WHERE o.customer_id = g.customer_id AND o.id <> g.id AND {LIVE})
               AND NOT EXISTS (SELECT 1 FROM gdap_relationships o
                        WHERE o.customer_id = g.customer_id AND o.id <> g.id
                          AND ((o.status IN ('active', 'expiring') AND o.ends_at <= ?1) OR o.status = 'expired')
                          AND (coalesce(o.ends_at, '') > coalesce(g.ends_at, '')
                               OR (coalesce(o.ends_at, '') = coalesce(g.ends_at, '') AND o.id > g.id)))"
        ),
        order: "g.ends_at, g.id",
    }
}

/// Relationships still granting (or about to grant) access in the tenant
/// of a removed customer: the longest-removed first. Read from the removed
/// customers (a partial index) rather than from every live relationship:
/// customers with admin access outnumber removed ones.
fn gdap_after_removal() -> Question {
    Question {
        from_where: format!(
            "FROM customers c INDEXED BY customers_removed
             JOIN gdap_relationships g ON g.customer_id = c.id
             WHERE c.relationship = 'removed' AND {}",
            LIVE.replace("o.", "g.")
        ),
        order: "c.removed_at, c.id, g.id",
    }
}

/// Removed customers whose legacy DAP grant is still recorded.
fn dap_after_removal() -> Question {
    Question {
        from_where: "FROM customers c WHERE c.relationship = 'removed' AND c.delegated_admin = 1"
            .into(),
        order: "c.removed_at, c.id",
    }
}

/// Active customers with no admin access at all: no GDAP relationship
/// other than terminated ones (`open_gdap`, kept by triggers), no legacy
/// DAP grant (`admin_access` none). The partial index of migration 7 holds
/// exactly these.
fn without_admin_access() -> Question {
    Question {
        from_where: "FROM customers c WHERE c.relationship = 'active' AND c.delegated_admin = 0
               AND c.open_gdap = 0"
            .into(),
        order: "c.id",
    }
}

/// Active customers provider `?1` holds no reseller relationship with,
/// found by reading them (`count_provider_cannot_order` subtracts counts).
fn provider_cannot_order() -> Question {
    Question {
        from_where: "FROM customers c WHERE c.relationship = 'active'
               AND NOT EXISTS (SELECT 1 FROM provider_customers pc
                   WHERE pc.provider_id = ?1 AND pc.customer_id = c.id)"
            .into(),
        order: "c.id",
    }
}

impl Db<'_> {
    /// Sent invitations whose last contact was at or before `before`.
    pub fn unanswered_invitations(
        &self,
        before: &str,
        limit: usize,
    ) -> anyhow::Result<Vec<WaitingInvitation>> {
        unanswered().list(self, INVITATION_COLUMNS, &[text(before)], limit, invitation)
    }

    pub fn count_unanswered_invitations(&self, before: &str, cap: u64) -> anyhow::Result<u64> {
        unanswered().count(self, &[text(before)], cap)
    }

    pub fn draft_invitations(&self, limit: usize) -> anyhow::Result<Vec<WaitingInvitation>> {
        drafts().list(self, INVITATION_COLUMNS, &[], limit, invitation)
    }

    pub fn count_draft_invitations(&self, cap: u64) -> anyhow::Result<u64> {
        drafts().count(self, &[], cap)
    }

    /// GDAP requests lapsing by `until` (or lapsed) as of `now`.
    pub fn lapsing_gdap_requests(
        &self,
        now: &str,
        until: &str,
        limit: usize,
    ) -> anyhow::Result<Vec<GdapAttention>> {
        lapsing().list(self, GDAP_COLUMNS, &[text(now), text(until)], limit, gdap)
    }

    pub fn count_lapsing_gdap_requests(
        &self,
        now: &str,
        until: &str,
        cap: u64,
    ) -> anyhow::Result<u64> {
        lapsing().count(self, &[text(now), text(until)], cap)
    }

    /// GDAP relationships ending after `now` and by `until`, not auto-extended.
    pub fn ending_gdap(
        &self,
        now: &str,
        until: &str,
        limit: usize,
    ) -> anyhow::Result<Vec<GdapAttention>> {
        ending().list(self, GDAP_COLUMNS, &[text(now), text(until)], limit, gdap)
    }

    pub fn count_ending_gdap(&self, now: &str, until: &str, cap: u64) -> anyhow::Result<u64> {
        ending().count(self, &[text(now), text(until)], cap)
    }

    /// Active customers whose GDAP access has expired, as of `now`.
    pub fn expired_gdap(&self, now: &str, limit: usize) -> anyhow::Result<Vec<GdapAttention>> {
        expired().list(self, GDAP_COLUMNS, &[text(now)], limit, gdap)
    }

    pub fn count_expired_gdap(&self, now: &str, cap: u64) -> anyhow::Result<u64> {
        expired().count(self, &[text(now)], cap)
    }

    /// GDAP relationships left in the tenants of removed customers.
    pub fn gdap_after_removal(
        &self,
        now: &str,
        limit: usize,
    ) -> anyhow::Result<Vec<GdapAttention>> {
        gdap_after_removal().list(self, GDAP_COLUMNS, &[text(now)], limit, gdap)
    }

    pub fn count_gdap_after_removal(&self, now: &str, cap: u64) -> anyhow::Result<u64> {
        gdap_after_removal().count(self, &[text(now)], cap)
    }

    /// Removed customers with a legacy DAP grant still recorded.
    pub fn dap_after_removal(&self, limit: usize) -> anyhow::Result<Vec<DapAfterRemoval>> {
        dap_after_removal().list(
            self,
            "c.company_name, c.domain, c.removed_at",
            &[],
            limit,
            |r| {
                Ok(DapAfterRemoval {
                    customer_name: r.get(0)?,
                    customer_domain: r.get(1)?,
                    removed_at: r.get(2)?,
                })
            },
        )
    }

    pub fn count_dap_after_removal(&self, cap: u64) -> anyhow::Result<u64> {
        dap_after_removal().count(self, &[], cap)
    }

    /// Active customers with no admin access, counted up to `cap`.
    pub fn count_without_admin_access(&self, cap: u64) -> anyhow::Result<u64> {
        without_admin_access().count(self, &[], cap)
    }

    /// Active customers `provider_id` cannot order for, counted up to `cap`:
    /// the active customers less those it holds a relationship with, both
    /// kept by triggers (migration 8). Counted by reading the customers if
    /// the counts are missing (a file someone edited).
    pub fn count_provider_cannot_order(&self, provider_id: &str, cap: u64) -> anyhow::Result<u64> {
        let n: Option<i64> = self
            .conn
            .prepare_cached(
                "SELECT (SELECT active FROM customer_counts)
                      - (SELECT active_customers FROM providers WHERE id = ?1)",
            )?
            .query_row([provider_id], |r| r.get(0))?;
        match n {
            Some(n) => Ok((n.max(0) as u64).min(cap)),
            None => provider_cannot_order().count(self, &[text(provider_id)], cap),
        }
    }

    /// The query plan of every `csp status` question, one line per step:
    /// the tests check that each reads an index, not a whole table (except
    /// `provider_cannot_order`, which stops at its LIMIT and is read only
    /// when the counts of migration 8 are missing).
    pub fn status_query_plans(&self) -> anyhow::Result<Vec<(String, Vec<String>)>> {
        let questions = [
            ("unanswered", unanswered()),
            ("drafts", drafts()),
            ("lapsing", lapsing()),
            ("ending", ending()),
            ("expired", expired()),
            ("gdap_after_removal", gdap_after_removal()),
            ("dap_after_removal", dap_after_removal()),
            ("without_admin_access", without_admin_access()),
            ("provider_cannot_order", provider_cannot_order()),
        ];
        let mut out = Vec::new();
        for (name, q) in questions {
            let sql = format!("EXPLAIN QUERY PLAN SELECT 1 {} LIMIT 51", q.from_where);
            let mut stmt = self.conn.prepare(&sql)?;
            let n = stmt.parameter_count();
            let values: Vec<Value> = (0..n).map(|_| text("2026-01-01T00:00:00Z")).collect();
            let rows = stmt.query_map(params_from_iter(values), |r| r.get::<_, String>(3))?;
            out.push((name.to_string(), rows.collect::<Result<_, _>>()?));
        }
        Ok(out)
    }
}
