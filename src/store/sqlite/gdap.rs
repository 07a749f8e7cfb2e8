use super::Db;
use crate::domain::gdap::{AccessAssignment, GdapCard, GdapRelationship};
use crate::store::records::GdapRow;
use rusqlite::{params, OptionalExtension, Row};

/// A customer's admin access, computed in SQL for every row of a customer
/// list (`c` is the customer): the same ranks as
/// `domain::gdap::admin_access` — 1 active, 2 expiring (in force, ending
/// within 30 days without auto-extend), 3 a legacy DAP grant, 4 pending, 5
/// expired (past its end, or a request past its 90 days), 6 none. Times are
/// stored as `YYYY-MM-DDTHH:MM:SSZ`, so text compares as time does.
pub(super) const ADMIN_ACCESS_SQL: &str = "(SELECT CASE min(r)
      WHEN 1 THEN 'active' WHEN 2 THEN 'expiring' WHEN 3 THEN 'legacy-dap'
      WHEN 4 THEN 'pending' WHEN 5 THEN 'expired' ELSE 'none' END
    FROM (SELECT CASE
        WHEN g.status IN ('active', 'expiring') THEN CASE
          WHEN g.auto_extend = 1 OR g.ends_at IS NULL THEN 1
          WHEN g.ends_at <= strftime('%Y-%m-%dT%H:%M:%SZ', 'now') THEN 5
          WHEN g.ends_at <= strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '+30 days') THEN 2
          ELSE 1 END
        WHEN g.status IN ('created', 'approval_pending') THEN CASE
          WHEN g.request_expires_at IS NOT NULL
           AND g.request_expires_at <= strftime('%Y-%m-%dT%H:%M:%SZ', 'now') THEN 5
          ELSE 4 END
        WHEN g.status IN ('approved', 'activating') THEN 4
        WHEN g.status = 'expired' THEN 5
        ELSE 6 END AS r
      FROM gdap_relationships g WHERE g.customer_id = c.id
      UNION ALL SELECT CASE WHEN c.delegated_admin = 1 THEN 3 ELSE 6 END))";

/// [`ADMIN_ACCESS_SQL`] when no GDAP relationship is recorded at all: a
/// list then skips a subquery per row.
pub(super) const ADMIN_ACCESS_NO_GDAP_SQL: &str =
    "(CASE WHEN c.delegated_admin = 1 THEN 'legacy-dap' ELSE 'none' END)";

const GDAP_COLUMNS: &str = "g.id, g.microsoft_id, g.customer_id, c.domain, g.display_name, g.roles,
     g.duration_days, g.auto_extend, g.status, g.requested_at, g.request_expires_at,
     g.activated_at, g.ends_at, g.terminated_at, c.company_name, g.approval_sent_at,
     g.termination_reason, g.created_at, g.updated_at";

fn split_roles(roles: &str) -> Vec<String> {
    roles
        .split(',')
        .filter(|r| !r.is_empty())
        .map(str::to_string)
        .collect()
}

fn card_from_row(row: &Row<'_>) -> rusqlite::Result<GdapCard> {
    let roles: String = row.get(5)?;
    Ok(GdapCard {
        relationship: GdapRelationship {
            id: row.get(0)?,
            microsoft_id: row.get(1)?,
            customer_id: row.get(2)?,
            customer_domain: row.get(3)?,
            display_name: row.get(4)?,
            roles: crate::domain::gdap::roles(&split_roles(&roles)),
            duration_days: row.get(6)?,
            auto_extend: row.get(7)?,
            status: row.get(8)?,
            requested_at: row.get(9)?,
            request_expires_at: row.get(10)?,
            activated_at: row.get(11)?,
            ends_at: row.get(12)?,
            terminated_at: row.get(13)?,
            access_assignments: Vec::new(),
            approval_link: None,
        },
        customer_name: row.get(14)?,
        approval_sent_at: row.get(15)?,
        termination_reason: row.get(16)?,
        created_at: row.get(17)?,
        updated_at: row.get(18)?,
    })
}

impl Db<'_> {
    /// Whether any GDAP relationship is recorded (a customer list then
    /// computes admin access per row).
    pub fn any_gdap(&self) -> anyhow::Result<bool> {
        Ok(self
            .conn
            .prepare_cached("SELECT EXISTS (SELECT 1 FROM gdap_relationships)")?
            .query_row([], |r| r.get(0))?)
    }

    pub fn insert_gdap(&self, row: &GdapRow, now: &str) -> anyhow::Result<()> {
        self.write_gdap(
            "INSERT INTO gdap_relationships (id, microsoft_id, customer_id, display_name, roles,
                   duration_days, auto_extend, status, requested_at, request_expires_at, activated_at,
                   ends_at, terminated_at, termination_reason, approval_sent_at, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?16)",
            row,
            now,
        )
    }

    /// Writes every field of `row` over the stored relationship `row.id`.
    pub fn update_gdap(&self, row: &GdapRow, now: &str) -> anyhow::Result<()> {
        self.write_gdap(
            "UPDATE gdap_relationships SET microsoft_id = ?2, customer_id = ?3, display_name = ?4,
                   roles = ?5, duration_days = ?6, auto_extend = ?7, status = ?8, requested_at = ?9,
                   request_expires_at = ?10, activated_at = ?11, ends_at = ?12, terminated_at = ?13,
                   termination_reason = ?14, approval_sent_at = ?15, updated_at = ?16
                 WHERE id = ?1",
            row,
            now,
        )
    }

    /// Runs `sql` (an insert or an update) with every field of `row` as
    /// ?1…?15 in the table's order and `now` as ?16.
    fn write_gdap(&self, sql: &str, row: &GdapRow, now: &str) -> anyhow::Result<()> {
        self.conn.prepare_cached(sql)?.execute(params![
            row.id,
            row.microsoft_id,
            row.customer_id,
            row.display_name,
            row.roles.join(","),
            row.duration_days,
            row.auto_extend,
            row.status,
            row.requested_at,
            row.request_expires_at,
            row.activated_at,
            row.ends_at,
            row.terminated_at,
            row.termination_reason,
            row.approval_sent_at,
            now,
        ])?;
        Ok(())
    }

    /// The stored row of relationship `id`, for a change.
    pub fn gdap_row(&self, id: &str) -> anyhow::Result<Option<GdapRow>> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT id, microsoft_id, customer_id, display_name, roles, duration_days, auto_extend,
                   status, requested_at, request_expires_at, activated_at, ends_at, terminated_at,
                   termination_reason, approval_sent_at
                 FROM gdap_relationships WHERE id = ?1",
            )?
            .query_row([id], |r| {
                let roles: String = r.get(4)?;
                Ok(GdapRow {
                    id: r.get(0)?,
                    microsoft_id: r.get(1)?,
                    customer_id: r.get(2)?,
                    display_name: r.get(3)?,
                    roles: split_roles(&roles),
                    duration_days: r.get(5)?,
                    auto_extend: r.get(6)?,
                    status: r.get(7)?,
                    requested_at: r.get(8)?,
                    request_expires_at: r.get(9)?,
                    activated_at: r.get(10)?,
                    ends_at: r.get(11)?,
                    terminated_at: r.get(12)?,
                    termination_reason: r.get(13)?,
                    approval_sent_at: r.get(14)?,
                })
            })
            .optional()?)
    }

    /// Relationship `id` as recorded, with its access assignments.
    pub fn gdap_card(&self, id: &str) -> anyhow::Result<Option<GdapCard>> {
        let sql = format!(
            "SELECT {GDAP_COLUMNS} FROM gdap_relationships g JOIN customers c ON c.id = g.customer_id
             WHERE g.id = ?1"
        );
        let card = self
            .conn
            .prepare_cached(&sql)?
            .query_row([id], card_from_row)
            .optional()?;
        match card {
            Some(mut card) => {
                card.relationship.access_assignments = self.access_assignments(id)?;
                Ok(Some(card))
            }
            None => Ok(None),
        }
    }

    /// Every relationship a reference could mean: its id or an id prefix
    /// (8+ characters), its Microsoft id, or its display name (any case).
    pub fn gdap_matching(&self, reference: &str, cap: usize) -> anyhow::Result<Vec<GdapCard>> {
        let r = reference.trim().to_ascii_lowercase();
        let prefix_end = format!("{r}\u{10ffff}");
        let sql = format!(
            "SELECT {GDAP_COLUMNS} FROM gdap_relationships g JOIN customers c ON c.id = g.customer_id
             WHERE g.id IN (
                SELECT id FROM gdap_relationships WHERE id = ?1
                UNION SELECT id FROM gdap_relationships WHERE ?2 AND id >= ?1 AND id < ?3
                UNION SELECT id FROM gdap_relationships WHERE microsoft_id = ?1
                UNION SELECT id FROM gdap_relationships WHERE display_name = ?4
             ) ORDER BY g.display_name LIMIT ?5"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(
            params![r, r.len() >= 8, prefix_end, reference.trim(), cap as i64],
            card_from_row,
        )?;
        let mut cards: Vec<GdapCard> = rows.collect::<Result<_, _>>()?;
        for card in &mut cards {
            card.relationship.access_assignments =
                self.access_assignments(&card.relationship.id)?;
        }
        Ok(cards)
    }

    /// The relationship with this Microsoft id, if recorded.
    pub fn gdap_id_by_microsoft_id(&self, microsoft_id: &str) -> anyhow::Result<Option<String>> {
        Ok(self
            .conn
            .prepare_cached("SELECT id FROM gdap_relationships WHERE microsoft_id = ?1")?
            .query_row([microsoft_id], |r| r.get(0))
            .optional()?)
    }

    /// The relationship with this display name (any case), if recorded.
    pub fn gdap_id_by_display_name(&self, name: &str) -> anyhow::Result<Option<String>> {
        Ok(self
            .conn
            .prepare_cached("SELECT id FROM gdap_relationships WHERE display_name = ?1")?
            .query_row([name], |r| r.get(0))
            .optional()?)
    }

    /// A customer's relationships, newest first.
    pub fn gdap_of_customer(&self, customer_id: &str) -> anyhow::Result<Vec<GdapRelationship>> {
        let mut out = Vec::new();
        self.for_each_gdap(Some(customer_id), |card| {
            out.push(card.relationship);
            Ok(())
        })?;
        Ok(out)
    }

    /// Streams relationships (of one customer, or all), by customer then
    /// newest first, with their access assignments.
    pub fn for_each_gdap(
        &self,
        customer_id: Option<&str>,
        mut f: impl FnMut(GdapCard) -> anyhow::Result<()>,
    ) -> anyhow::Result<()> {
        let sql = format!(
            "SELECT {GDAP_COLUMNS} FROM gdap_relationships g JOIN customers c ON c.id = g.customer_id
             WHERE ?1 IS NULL OR g.customer_id = ?1
             ORDER BY c.company_name COLLATE NOCASE, c.domain, g.created_at DESC, g.id"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let mut rows = stmt.query([customer_id])?;
        while let Some(row) = rows.next()? {
            let mut card = card_from_row(row)?;
            card.relationship.access_assignments =
                self.access_assignments(&card.relationship.id)?;
            f(card)?;
        }
        Ok(())
    }

    fn access_assignments(&self, relationship_id: &str) -> anyhow::Result<Vec<AccessAssignment>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT group_id, group_name, roles FROM gdap_access_assignments
             WHERE relationship_id = ?1 ORDER BY created_at, group_id",
        )?;
        let rows = stmt.query_map([relationship_id], |r| {
            let roles: String = r.get(2)?;
            Ok(AccessAssignment {
                group_id: r.get(0)?,
                group_name: r.get(1)?,
                roles: crate::domain::gdap::roles(&split_roles(&roles)),
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Records which roles a partner security group holds, replacing what
    /// that group held before in this relationship.
    pub fn put_access_assignment(
        &self,
        relationship_id: &str,
        group_id: &str,
        group_name: Option<&str>,
        roles: &[String],
        now: &str,
    ) -> anyhow::Result<()> {
        self.conn
            .prepare_cached(
                "INSERT INTO gdap_access_assignments (relationship_id, group_id, group_name, roles, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?5)
                 ON CONFLICT (relationship_id, group_id) DO UPDATE SET
                   group_name = coalesce(excluded.group_name, group_name),
                   roles = excluded.roles, updated_at = excluded.updated_at",
            )?
            .execute(params![relationship_id, group_id, group_name, roles.join(","), now])?;
        Ok(())
    }
}
