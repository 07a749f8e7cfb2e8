use super::invitations::{invitation_from_row, INVITATION_COLUMNS};
use super::Db;
use crate::domain::invitation::Invitation;
use crate::domain::provider::{NewProvider, Provider, ProviderCustomer, ProviderFilter};
use crate::store::records::*;
use rusqlite::{params, OptionalExtension};

impl Db<'_> {
    /// Every connected provider, each with whether it holds a relationship
    /// with `customer_id` (for the customer card's order eligibility).
    pub fn provider_links_of_customer(
        &self,
        customer_id: &str,
    ) -> anyhow::Result<Vec<ProviderLink>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT p.id, p.name, EXISTS (SELECT 1 FROM provider_customers pc
                                          WHERE pc.provider_id = p.id AND pc.customer_id = ?1)
             FROM providers p WHERE p.status = 'connected' ORDER BY p.name COLLATE NOCASE, p.id",
        )?;
        let rows = stmt.query_map([customer_id], |r| {
            Ok(ProviderLink {
                provider_id: r.get(0)?,
                provider_name: r.get(1)?,
                holds_relationship: r.get(2)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

/// A provider's columns; its count of active customers is the one the
/// triggers keep (migration 8), not a count of its links (a million rows
/// when it serves every customer: half a second for every command that
/// names the provider, `status` among them).
const PROVIDER_COLUMNS: &str =
    "p.id, p.name, p.tenant_id, p.mpn_id, p.location, p.status, p.connected_at,
     p.active_customers AS customer_count";

pub(crate) fn provider_from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<Provider> {
    Ok(Provider {
        id: row.get(0)?,
        name: row.get(1)?,
        tenant_id: row.get(2)?,
        mpn_id: row.get(3)?,
        location: row.get(4)?,
        status: row.get(5)?,
        connected_at: row.get(6)?,
        customer_count: row.get::<_, i64>(7)? as u64,
    })
}

impl Db<'_> {
    /// Every provider a reference could mean (id, id prefix, tenant ID, exact name).
    pub fn providers_matching(&self, reference: &str, cap: usize) -> anyhow::Result<Vec<Provider>> {
        let r = reference.trim().to_ascii_lowercase();
        let prefix_end = format!("{r}\u{10ffff}");
        let sql = format!(
            "SELECT {PROVIDER_COLUMNS} FROM providers p WHERE p.id IN (
                SELECT id FROM providers WHERE id = ?1
                UNION SELECT id FROM providers WHERE ?2 AND id >= ?1 AND id < ?3
                UNION SELECT id FROM providers WHERE tenant_id = ?1
                UNION SELECT id FROM providers WHERE name = ?4 COLLATE NOCASE
             ) ORDER BY p.name COLLATE NOCASE LIMIT ?5"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(
            rusqlite::params![r, r.len() >= 8, prefix_end, reference.trim(), cap as i64],
            provider_from_row,
        )?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

impl Db<'_> {
    pub fn provider(&self, id: &str) -> anyhow::Result<Option<Provider>> {
        let sql = format!("SELECT {PROVIDER_COLUMNS} FROM providers p WHERE p.id = ?1");
        Ok(self
            .conn
            .prepare_cached(&sql)?
            .query_row([id], provider_from_row)
            .optional()?)
    }

    /// The provider with this tenant ID, connected or removed.
    pub fn provider_by_tenant(&self, tenant_id: &str) -> anyhow::Result<Option<Provider>> {
        let sql = format!("SELECT {PROVIDER_COLUMNS} FROM providers p WHERE p.tenant_id = ?1");
        Ok(self
            .conn
            .prepare_cached(&sql)?
            .query_row([tenant_id], provider_from_row)
            .optional()?)
    }

    /// When we disconnected from the provider (`None` while connected).
    pub fn provider_removed_at(&self, id: &str) -> anyhow::Result<Option<String>> {
        Ok(self
            .conn
            .prepare_cached("SELECT removed_at FROM providers WHERE id = ?1")?
            .query_row([id], |r| r.get(0))
            .optional()?
            .flatten())
    }

    /// How many providers, other than `except_id`, have exactly this name
    /// (case-insensitive): a second one makes the name ambiguous as a reference.
    pub fn providers_named(&self, name: &str, except_id: Option<&str>) -> anyhow::Result<u64> {
        let n: i64 = self
            .conn
            .prepare_cached(
                "SELECT count(*) FROM providers WHERE name = ?1 COLLATE NOCASE
                   AND (?2 IS NULL OR id <> ?2)",
            )?
            .query_row(params![name, except_id], |r| r.get(0))?;
        Ok(n as u64)
    }

    pub fn insert_provider(&self, id: &str, new: &NewProvider, now: &str) -> anyhow::Result<()> {
        self.conn
            .prepare_cached(
                "INSERT INTO providers (id, name, tenant_id, mpn_id, location, status, connected_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, 'connected', ?6)",
            )?
            .execute(params![
                id,
                new.name,
                new.tenant_id.to_string(),
                new.mpn_id,
                new.location,
                now
            ])?;
        Ok(())
    }

    /// Connects again with a removed provider: its name as given, its MPN ID
    /// and location where given, connected from `now`.
    pub fn reconnect_provider(&self, id: &str, new: &NewProvider, now: &str) -> anyhow::Result<()> {
        self.conn
            .prepare_cached(
                "UPDATE providers SET name = ?2, mpn_id = coalesce(?3, mpn_id),
                   location = coalesce(?4, location), status = 'connected',
                   connected_at = ?5, removed_at = NULL
                 WHERE id = ?1",
            )?
            .execute(params![id, new.name, new.mpn_id, new.location, now])?;
        Ok(())
    }

    /// Disconnects from a provider; the row and its links stay as history.
    pub fn remove_provider(&self, id: &str, now: &str) -> anyhow::Result<()> {
        self.conn
            .prepare_cached(
                "UPDATE providers SET status = 'removed', removed_at = ?2 WHERE id = ?1",
            )?
            .execute(params![id, now])?;
        Ok(())
    }

    /// Streams the providers a list shows, ordered by name.
    pub fn for_each_provider(
        &self,
        filter: &ProviderFilter,
        mut f: impl FnMut(Provider) -> anyhow::Result<()>,
    ) -> anyhow::Result<()> {
        let sql = format!(
            "SELECT {PROVIDER_COLUMNS} FROM providers p
             WHERE (?1 IS NULL OR p.status = ?1)
             ORDER BY p.name COLLATE NOCASE, p.id
             LIMIT ?2"
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let mut rows = stmt.query(params![
            filter.status,
            filter.limit.map(|l| l as i64).unwrap_or(-1),
        ])?;
        while let Some(row) = rows.next()? {
            f(provider_from_row(row)?)?;
        }
        Ok(())
    }

    /// The customers a provider holds its own relationship with, by name.
    pub fn customers_of_provider(
        &self,
        provider_id: &str,
    ) -> anyhow::Result<Vec<ProviderCustomer>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT c.id, c.company_name, c.domain, c.relationship, pc.since, pc.invitation_id
             FROM provider_customers pc JOIN customers c ON c.id = pc.customer_id
             WHERE pc.provider_id = ?1
             ORDER BY c.company_name COLLATE NOCASE, c.domain",
        )?;
        let rows = stmt.query_map([provider_id], |r| {
            Ok(ProviderCustomer {
                id: r.get(0)?,
                company_name: r.get(1)?,
                domain: r.get(2)?,
                relationship: r.get(3)?,
                since: r.get(4)?,
                invitation_id: r.get(5)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// A provider's joint invitations, oldest first.
    pub fn invitations_of_provider(&self, provider_id: &str) -> anyhow::Result<Vec<Invitation>> {
        let sql = format!(
            "SELECT {INVITATION_COLUMNS} FROM invitations i JOIN customers c ON c.id = i.customer_id
             WHERE i.provider_id = ?1 ORDER BY i.created_at, i.id"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map([provider_id], invitation_from_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The tenant ID and name of every connected provider.
    pub fn provider_tenants(&self) -> anyhow::Result<Vec<(String, String)>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT tenant_id, name FROM providers WHERE status = 'connected'")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Whether the provider holds a recorded relationship with the customer.
    pub fn provider_holds(&self, provider_id: &str, customer_id: &str) -> anyhow::Result<bool> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT EXISTS (SELECT 1 FROM provider_customers
                                WHERE provider_id = ?1 AND customer_id = ?2)",
            )?
            .query_row([provider_id, customer_id], |r| r.get(0))?)
    }

    /// Records the provider's own relationship with a customer: gained
    /// through an accepted joint invitation, or recorded by hand (`None`).
    /// A relationship already recorded is kept as it was.
    pub fn link_provider(
        &self,
        provider_id: &str,
        customer_id: &str,
        now: &str,
        invitation_id: Option<&str>,
    ) -> anyhow::Result<()> {
        self.conn
            .prepare_cached(
                "INSERT OR IGNORE INTO provider_customers (provider_id, customer_id, since, invitation_id)
                 VALUES (?1, ?2, ?3, ?4)",
            )?
            .execute(params![provider_id, customer_id, now, invitation_id])?;
        Ok(())
    }

    /// Forgets the provider's relationship with a customer; false if none was recorded.
    pub fn detach_provider(&self, provider_id: &str, customer_id: &str) -> anyhow::Result<bool> {
        let n = self
            .conn
            .prepare_cached(
                "DELETE FROM provider_customers WHERE provider_id = ?1 AND customer_id = ?2",
            )?
            .execute([provider_id, customer_id])?;
        Ok(n > 0)
    }
}
