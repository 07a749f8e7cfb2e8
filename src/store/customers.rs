use super::Db;
use crate::customer::{Channel, Customer, CustomerFilter, NewCustomer, Relationship, Source};
use rusqlite::{params, OptionalExtension, Row};

/// The columns [`customer_from_row`] reads, in order; `providers` is the
/// names of the connected providers holding their own relationship, joined
/// by U+001F (a removed provider's links stay as history, out of this field).
const CUSTOMER_COLUMNS: &str = "c.id, c.company_name, c.domain, c.tenant_id, c.contact_name, c.contact_email,
     c.relationship, c.delegated_admin, c.source, c.channel, c.tags,
     (SELECT group_concat(p.name, char(31)) FROM provider_customers pc JOIN providers p ON p.id = pc.provider_id
       WHERE pc.customer_id = c.id AND p.status = 'connected') AS providers,
     c.created_at, c.updated_at, c.removed_at";

fn bad_value(column: usize, what: &str, value: &str) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(
        column,
        rusqlite::types::Type::Text,
        format!("unknown {what} '{value}' in the database").into(),
    )
}

fn customer_from_row(row: &Row<'_>) -> rusqlite::Result<Customer> {
    let relationship: String = row.get(6)?;
    let source: String = row.get(8)?;
    let channel: Option<String> = row.get(9)?;
    let tags: String = row.get(10)?;
    let providers: Option<String> = row.get(11)?;
    Ok(Customer {
        id: row.get(0)?,
        company_name: row.get(1)?,
        domain: row.get(2)?,
        tenant_id: row.get(3)?,
        contact_name: row.get(4)?,
        contact_email: row.get(5)?,
        relationship: Relationship::parse(&relationship)
            .ok_or_else(|| bad_value(6, "relationship", &relationship))?,
        delegated_admin: row.get(7)?,
        source: Source::parse(&source).ok_or_else(|| bad_value(8, "source", &source))?,
        channel: match channel {
            Some(c) => Some(Channel::parse(&c).ok_or_else(|| bad_value(9, "channel", &c))?),
            None => None,
        },
        tags: split_tags(&tags),
        providers: providers
            .map(|p| {
                let mut names: Vec<String> = p.split('\u{1f}').map(str::to_string).collect();
                names.sort();
                names
            })
            .unwrap_or_default(),
        created_at: row.get(12)?,
        updated_at: row.get(13)?,
        removed_at: row.get(14)?,
    })
}

/// Tags are stored `;`-joined, the way CSV and TSV cells show them.
pub(crate) fn join_tags(tags: &[String]) -> String {
    tags.join(";")
}

fn split_tags(stored: &str) -> Vec<String> {
    stored
        .split(';')
        .filter(|t| !t.is_empty())
        .map(str::to_string)
        .collect()
}

/// A customer's details beyond the listed fields, for its card.
#[derive(Debug, Clone, Default)]
pub struct CustomerExtras {
    pub relationship_since: String,
    pub partner_center_relationship: Option<String>,
}

/// Fields `update` may change; `None` leaves a field as it is.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CustomerChanges {
    pub company_name: Option<String>,
    pub domain: Option<String>,
    pub tenant_id: Option<Option<String>>,
    pub contact_name: Option<Option<String>>,
    pub contact_email: Option<Option<String>>,
    pub delegated_admin: Option<bool>,
    pub tags: Option<Vec<String>>,
    pub relationship: Option<Relationship>,
    pub source: Option<Source>,
    pub partner_center_relationship: Option<Option<String>>,
}

impl Db<'_> {
    pub fn insert_customer(&self, id: &str, new: &NewCustomer, now: &str) -> anyhow::Result<()> {
        self.insert_customer_with(id, new, None, now)
    }

    pub fn insert_customer_with(
        &self,
        id: &str,
        new: &NewCustomer,
        partner_center_relationship: Option<&str>,
        now: &str,
    ) -> anyhow::Result<()> {
        let removed_at = (new.relationship == Relationship::Removed).then_some(now);
        self.conn
            .prepare_cached(
                "INSERT INTO customers (id, company_name, domain, tenant_id, contact_name, contact_email,
                   relationship, relationship_since, delegated_admin, source, channel, tags,
                   partner_center_relationship, created_at, updated_at, removed_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?8, ?8, ?14)",
            )?
            .execute(params![
                id,
                new.company_name,
                new.domain.as_str(),
                new.tenant_id.map(|t| t.to_string()),
                new.contact_name,
                new.contact_email.as_ref().map(|e| e.as_str()),
                new.relationship.as_str(),
                now,
                new.delegated_admin,
                new.source.as_str(),
                new.channel.map(|c| c.as_str()),
                join_tags(&new.tags),
                partner_center_relationship,
                removed_at,
            ])?;
        Ok(())
    }

    pub fn customer(&self, id: &str) -> anyhow::Result<Option<Customer>> {
        let sql = format!("SELECT {CUSTOMER_COLUMNS} FROM customers c WHERE c.id = ?1");
        Ok(self
            .conn
            .prepare_cached(&sql)?
            .query_row([id], customer_from_row)
            .optional()?)
    }

    pub fn customer_extras(&self, id: &str) -> anyhow::Result<CustomerExtras> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT relationship_since, partner_center_relationship FROM customers WHERE id = ?1",
            )?
            .query_row([id], |r| {
                Ok(CustomerExtras {
                    relationship_since: r.get(0)?,
                    partner_center_relationship: r.get(1)?,
                })
            })?)
    }

    pub fn customer_id_by_domain(&self, domain: &str) -> anyhow::Result<Option<String>> {
        Ok(self
            .conn
            .prepare_cached("SELECT id FROM customers WHERE domain = ?1")?
            .query_row([domain], |r| r.get(0))
            .optional()?)
    }

    pub fn customer_id_by_tenant(&self, tenant_id: &str) -> anyhow::Result<Option<String>> {
        Ok(self
            .conn
            .prepare_cached("SELECT id FROM customers WHERE tenant_id = ?1")?
            .query_row([tenant_id], |r| r.get(0))
            .optional()?)
    }

    /// Every customer a reference could mean: its id or an id prefix, its
    /// domain, its tenant ID, or its exact company name (case-insensitive).
    /// At most `cap` are returned.
    pub fn customers_matching(&self, reference: &str, cap: usize) -> anyhow::Result<Vec<Customer>> {
        let r = reference.trim().to_ascii_lowercase();
        let prefix_end = format!("{r}\u{10ffff}");
        let id_prefix = r.len() >= 8;
        let sql = format!(
            "SELECT {CUSTOMER_COLUMNS} FROM customers c WHERE c.id IN (
                SELECT id FROM customers WHERE id = ?1
                UNION SELECT id FROM customers WHERE ?2 AND id >= ?1 AND id < ?3
                UNION SELECT id FROM customers WHERE domain = ?1
                UNION SELECT id FROM customers WHERE tenant_id = ?1
                UNION SELECT id FROM customers WHERE company_name = ?4 COLLATE NOCASE
             ) ORDER BY c.company_name COLLATE NOCASE, c.domain LIMIT ?5"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(
            params![r, id_prefix, prefix_end, reference.trim(), cap as i64],
            customer_from_row,
        )?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Streams the customers a list shows, ordered by company name.
    pub fn for_each_customer(
        &self,
        filter: &CustomerFilter,
        mut f: impl FnMut(Customer) -> anyhow::Result<()>,
    ) -> anyhow::Result<()> {
        let search = filter.search.as_deref().map(like_prefix);
        let sql = format!(
            "SELECT {CUSTOMER_COLUMNS} FROM customers c
             WHERE (?1 IS NULL OR c.relationship = ?1)
               AND (?2 IS NULL OR c.company_name LIKE ?2 ESCAPE '\\' OR c.domain LIKE ?2 ESCAPE '\\')
               AND (?3 IS NULL OR EXISTS (SELECT 1 FROM provider_customers pc
                                          WHERE pc.customer_id = c.id AND pc.provider_id = ?3))
               AND (?4 IS NULL OR (';' || c.tags || ';') LIKE ('%;' || ?4 || ';%'))
               AND (?5 IS NULL OR c.channel = ?5)
               AND (?6 = 0 OR c.delegated_admin = 1)
             ORDER BY c.company_name COLLATE NOCASE, c.domain
             LIMIT ?7"
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let mut rows = stmt.query(params![
            filter.relationship.map(|r| r.as_str()),
            search,
            filter.provider_id,
            filter.tag,
            filter.channel.map(|c| c.as_str()),
            filter.delegated_admin,
            filter.limit.map(|l| l as i64).unwrap_or(-1),
        ])?;
        while let Some(row) = rows.next()? {
            f(customer_from_row(row)?)?;
        }
        Ok(())
    }

    /// Applies `changes` to customer `id`.
    pub fn update_customer(
        &self,
        id: &str,
        changes: &CustomerChanges,
        now: &str,
    ) -> anyhow::Result<()> {
        let c = changes;
        self.conn
            .prepare_cached(
                "UPDATE customers SET
                   company_name = coalesce(?2, company_name),
                   domain = coalesce(?16, domain),
                   tenant_id = CASE WHEN ?3 THEN ?4 ELSE tenant_id END,
                   contact_name = CASE WHEN ?5 THEN ?6 ELSE contact_name END,
                   contact_email = CASE WHEN ?7 THEN ?8 ELSE contact_email END,
                   delegated_admin = coalesce(?9, delegated_admin),
                   tags = coalesce(?10, tags),
                   relationship_since = CASE WHEN ?11 IS NOT NULL AND ?11 <> relationship THEN ?15 ELSE relationship_since END,
                   removed_at = CASE WHEN ?11 IS NULL OR ?11 = relationship THEN removed_at
                                     WHEN ?11 = 'removed' THEN ?15 ELSE NULL END,
                   relationship = coalesce(?11, relationship),
                   source = coalesce(?12, source),
                   partner_center_relationship = CASE WHEN ?13 THEN ?14 ELSE partner_center_relationship END,
                   updated_at = ?15
                 WHERE id = ?1",
            )?
            .execute(params![
                id,
                c.company_name,
                c.tenant_id.is_some(),
                c.tenant_id.clone().flatten(),
                c.contact_name.is_some(),
                c.contact_name.clone().flatten(),
                c.contact_email.is_some(),
                c.contact_email.clone().flatten(),
                c.delegated_admin,
                c.tags.as_deref().map(join_tags),
                c.relationship.map(|r| r.as_str()),
                c.source.map(|s| s.as_str()),
                c.partner_center_relationship.is_some(),
                c.partner_center_relationship.clone().flatten(),
                now,
                c.domain,
            ])?;
        Ok(())
    }

    /// Marks a customer's pending invitations accepted (it now appears in a
    /// customer list we imported); returns their ids. A joint invitation's
    /// acceptance also records the provider's own relationship.
    pub fn accept_pending_invitations(
        &self,
        customer_id: &str,
        now: &str,
    ) -> anyhow::Result<Vec<String>> {
        let ids: Vec<(String, Option<String>)> = self
            .conn
            .prepare_cached(
                "SELECT id, provider_id FROM invitations
                 WHERE customer_id = ?1 AND status IN ('draft', 'sent') ORDER BY created_at, id",
            )?
            .query_map([customer_id], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<Result<_, _>>()?;
        for (id, provider) in &ids {
            self.conn
                .prepare_cached(
                    "UPDATE invitations SET status = 'accepted', accepted_at = ?2 WHERE id = ?1",
                )?
                .execute(params![id, now])?;
            if let Some(provider) = provider {
                self.conn
                    .prepare_cached(
                        "INSERT OR IGNORE INTO provider_customers (provider_id, customer_id, since, invitation_id)
                         VALUES (?1, ?2, ?3, ?4)",
                    )?
                    .execute(params![provider, customer_id, now, id])?;
            }
        }
        Ok(ids.into_iter().map(|(id, _)| id).collect())
    }
}

/// A LIKE pattern matching values that start with `text`, wildcards escaped.
fn like_prefix(text: &str) -> String {
    let mut p = String::with_capacity(text.len() + 1);
    for ch in text.trim().chars() {
        if matches!(ch, '%' | '_' | '\\') {
            p.push('\\');
        }
        p.push(ch);
    }
    p.push('%');
    p
}
