use super::Db;

/// A connected provider, and whether it holds its own relationship with one customer.
#[derive(Debug, Clone)]
pub struct ProviderLink {
    pub provider_id: String,
    pub provider_name: String,
    pub holds_relationship: bool,
}

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

const PROVIDER_COLUMNS: &str =
    "p.id, p.name, p.tenant_id, p.mpn_id, p.location, p.status, p.connected_at,
     (SELECT count(*) FROM provider_customers pc JOIN customers c ON c.id = pc.customer_id
       WHERE pc.provider_id = p.id AND c.relationship = 'active') AS customer_count";

pub(crate) fn provider_from_row(
    row: &rusqlite::Row<'_>,
) -> rusqlite::Result<crate::provider::Provider> {
    let status: String = row.get(5)?;
    Ok(crate::provider::Provider {
        id: row.get(0)?,
        name: row.get(1)?,
        tenant_id: row.get(2)?,
        mpn_id: row.get(3)?,
        location: row.get(4)?,
        status: crate::provider::ProviderStatus::parse(&status).ok_or_else(|| {
            rusqlite::Error::FromSqlConversionFailure(
                5,
                rusqlite::types::Type::Text,
                format!("unknown provider status '{status}' in the database").into(),
            )
        })?,
        connected_at: row.get(6)?,
        customer_count: row.get::<_, i64>(7)? as u64,
    })
}

impl Db<'_> {
    /// Every provider a reference could mean (id, id prefix, tenant ID, exact name).
    pub fn providers_matching(
        &self,
        reference: &str,
        cap: usize,
    ) -> anyhow::Result<Vec<crate::provider::Provider>> {
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
