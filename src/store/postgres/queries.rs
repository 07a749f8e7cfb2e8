//! The store's queries on PostgreSQL: the same results as the SQLite
//! engine's. Names compare case-insensitively through `lower()` (Unicode
//! case folding, by the database's locale) and lists sort by the lower-cased
//! name, then the domain, byte by byte (`COLLATE "C"`), whatever the
//! server's locale.

use super::Db;
use crate::domain::audit::{Actor, Change, LogEntry, LogFilter};
use crate::domain::customer::Source;
use crate::domain::customer::{Customer, CustomerFilter, NewCustomer, Relationship};
use crate::domain::gdap::{AccessAssignment, AdminAccess, GdapCard, GdapRelationship};
use crate::domain::invitation::{Invitation, InvitationStatus};
use crate::domain::provider::{NewProvider, Provider, ProviderCustomer, ProviderFilter};
use crate::store::records::*;
use postgres::fallible_iterator::FallibleIterator;
use postgres::types::ToSql;
use postgres::Row;

type Param<'a> = &'a (dyn ToSql + Sync);

/// `now` and 30 days from now as stored times (`YYYY-MM-DDTHH:MM:SSZ`).
const NOW: &str = r#"to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')"#;
const IN_30_DAYS: &str =
    r#"to_char((now() + interval '30 days') AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')"#;

/// A customer's admin access computed per row, as on SQLite (see
/// `store/sqlite/gdap.rs`): 1 active, 2 expiring, 3 legacy DAP, 4 pending,
/// 5 expired, 6 none.
fn admin_access_sql(gdap: bool) -> String {
    if !gdap {
        return "(CASE WHEN c.delegated_admin THEN 'legacy-dap' ELSE 'none' END)".to_string();
    }
    format!(
        "(SELECT CASE min(r)
              WHEN 1 THEN 'active' WHEN 2 THEN 'expiring' WHEN 3 THEN 'legacy-dap'
              WHEN 4 THEN 'pending' WHEN 5 THEN 'expired' ELSE 'none' END
            FROM (SELECT CASE
                WHEN g.status IN ('active', 'expiring') THEN CASE
                  WHEN g.auto_extend OR g.ends_at IS NULL THEN 1
                  WHEN g.ends_at <= {NOW} THEN 5
                  WHEN g.ends_at <= {IN_30_DAYS} THEN 2
                  ELSE 1 END
                WHEN g.status IN ('created', 'approval_pending') THEN CASE
                  WHEN g.request_expires_at IS NOT NULL AND g.request_expires_at <= {NOW} THEN 5
                  ELSE 4 END
                WHEN g.status IN ('approved', 'activating') THEN 4
                WHEN g.status = 'expired' THEN 5
                ELSE 6 END AS r
              FROM gdap_relationships g WHERE g.customer_id = c.id
              UNION ALL SELECT CASE WHEN c.delegated_admin THEN 3 ELSE 6 END) AS ranks)"
    )
}

fn customer_columns(providers: bool, domains: bool, gdap: bool) -> String {
    let providers = if providers {
        "(SELECT string_agg(p.name, chr(31)) FROM provider_customers pc JOIN providers p ON p.id = pc.provider_id
           WHERE pc.customer_id = c.id AND p.status = 'connected')"
    } else {
        "NULL::text"
    };
    let domains = if domains {
        "(SELECT string_agg(d.domain, chr(31)) FROM customer_domains d WHERE d.customer_id = c.id)"
    } else {
        "NULL::text"
    };
    format!(
        "c.id, c.company_name, c.domain, c.tenant_id, c.contact_name, c.contact_email,
         c.relationship, c.delegated_admin, c.source, c.channel, c.tags, {providers} AS providers,
         c.created_at, c.updated_at, c.removed_at, c.relationship_since, {domains} AS domains,
         {} AS admin_access",
        admin_access_sql(gdap)
    )
}

const CUSTOMER_ORDER: &str = r#"lower(c.company_name) COLLATE "C", c.domain COLLATE "C""#;

fn customer_from_row(row: &Row) -> anyhow::Result<Customer> {
    let tags: String = row.try_get(10)?;
    let mut providers: Vec<String> = row
        .try_get::<_, Option<String>>(11)?
        .map(|p| p.split('\u{1f}').map(str::to_string).collect())
        .unwrap_or_default();
    providers.sort();
    let domain: String = row.try_get(2)?;
    let mut others: Vec<String> = row
        .try_get::<_, Option<String>>(16)?
        .map(|d| d.split('\u{1f}').map(str::to_string).collect())
        .unwrap_or_default();
    others.sort();
    let admin_access: String = row.try_get(17)?;
    Ok(Customer {
        id: row.try_get(0)?,
        company_name: row.try_get(1)?,
        domains: std::iter::once(domain.clone()).chain(others).collect(),
        domain,
        tenant_id: row.try_get(3)?,
        contact_name: row.try_get(4)?,
        contact_email: row.try_get(5)?,
        relationship: row.try_get(6)?,
        delegated_admin: row.try_get(7)?,
        source: row.try_get(8)?,
        channel: row.try_get(9)?,
        tags: tags
            .split(';')
            .filter(|t| !t.is_empty())
            .map(str::to_string)
            .collect(),
        providers,
        created_at: row.try_get(12)?,
        updated_at: row.try_get(13)?,
        removed_at: row.try_get(14)?,
        relationship_since: row.try_get(15)?,
        admin_access: AdminAccess::parse(&admin_access).ok_or_else(|| {
            anyhow::anyhow!("unknown admin access '{admin_access}' in the database")
        })?,
    })
}

const INVITATION_COLUMNS: &str = "i.id, i.kind, i.status, i.customer_id, c.domain, i.provider_id,
     i.to_address, c.company_name, i.link, i.subject, i.body, i.locale, i.reference, i.created_at, i.sent_at,
     i.accepted_at, i.reminded_at, i.reminders";

fn invitation_from_row(row: &Row) -> anyhow::Result<Invitation> {
    Ok(Invitation {
        id: row.try_get(0)?,
        kind: row.try_get(1)?,
        status: row.try_get(2)?,
        customer_id: row.try_get(3)?,
        customer_domain: row.try_get(4)?,
        provider_id: row.try_get(5)?,
        to: row.try_get(6)?,
        customer_name: row.try_get(7)?,
        link: row.try_get(8)?,
        subject: row.try_get(9)?,
        body: row.try_get(10)?,
        locale: row.try_get(11)?,
        reference: row.try_get(12)?,
        created_at: row.try_get(13)?,
        sent_at: row.try_get(14)?,
        accepted_at: row.try_get(15)?,
        reminded_at: row.try_get(16)?,
        reminders: u32::try_from(row.try_get::<_, i32>(17)?)?,
    })
}

const PROVIDER_COLUMNS: &str =
    "p.id, p.name, p.tenant_id, p.mpn_id, p.location, p.status, p.connected_at,
     (SELECT count(*) FROM provider_customers pc JOIN customers c ON c.id = pc.customer_id
       WHERE pc.provider_id = p.id AND c.relationship = 'active') AS customer_count";

fn provider_from_row(row: &Row) -> anyhow::Result<Provider> {
    Ok(Provider {
        id: row.try_get(0)?,
        name: row.try_get(1)?,
        tenant_id: row.try_get(2)?,
        mpn_id: row.try_get(3)?,
        location: row.try_get(4)?,
        status: row.try_get(5)?,
        connected_at: row.try_get(6)?,
        customer_count: row.try_get::<_, i64>(7)? as u64,
    })
}

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

fn card_from_row(row: &Row) -> anyhow::Result<GdapCard> {
    let roles: String = row.try_get(5)?;
    Ok(GdapCard {
        relationship: GdapRelationship {
            id: row.try_get(0)?,
            microsoft_id: row.try_get(1)?,
            customer_id: row.try_get(2)?,
            customer_domain: row.try_get(3)?,
            display_name: row.try_get(4)?,
            roles: crate::domain::gdap::roles(&split_roles(&roles)),
            duration_days: u32::try_from(row.try_get::<_, i32>(6)?)?,
            auto_extend: row.try_get(7)?,
            status: row.try_get(8)?,
            requested_at: row.try_get(9)?,
            request_expires_at: row.try_get(10)?,
            activated_at: row.try_get(11)?,
            ends_at: row.try_get(12)?,
            terminated_at: row.try_get(13)?,
            access_assignments: Vec::new(),
            approval_link: None,
        },
        customer_name: row.try_get(14)?,
        approval_sent_at: row.try_get(15)?,
        termination_reason: row.try_get(16)?,
        created_at: row.try_get(17)?,
        updated_at: row.try_get(18)?,
    })
}

/// A limit as SQL takes it: `NULL` for none.
fn limit(l: Option<u64>) -> Option<i64> {
    l.map(|l| l.min(i64::MAX as u64) as i64)
}

/// The connection: one statement at a time, never re-entered while a
/// stream of rows is being read.
impl Db<'_> {
    pub(super) fn client(&self) -> anyhow::Result<std::sync::MutexGuard<'_, postgres::Client>> {
        self.settle_bulk()?;
        match self.client.try_lock() {
            Ok(client) => Ok(client),
            Err(std::sync::TryLockError::Poisoned(p)) => Ok(p.into_inner()),
            Err(std::sync::TryLockError::WouldBlock) => Err(anyhow::anyhow!(
                "the PostgreSQL connection is busy reading a list"
            )),
        }
    }

    /// The prepared statement for `sql`, prepared once per connection.
    fn statement(&self, sql: &str) -> anyhow::Result<postgres::Statement> {
        if let Some(stmt) = self.statements.borrow().get(sql) {
            return Ok(stmt.clone());
        }
        let stmt = self.client()?.prepare(sql)?;
        self.statements
            .borrow_mut()
            .insert(sql.to_string(), stmt.clone());
        Ok(stmt)
    }

    fn rows(&self, sql: &str, params: &[Param<'_>]) -> anyhow::Result<Vec<Row>> {
        let stmt = self.statement(sql)?;
        Ok(self.client()?.query(&stmt, params)?)
    }

    fn row(&self, sql: &str, params: &[Param<'_>]) -> anyhow::Result<Option<Row>> {
        let stmt = self.statement(sql)?;
        Ok(self.client()?.query_opt(&stmt, params)?)
    }

    fn one(&self, sql: &str, params: &[Param<'_>]) -> anyhow::Result<Row> {
        let stmt = self.statement(sql)?;
        Ok(self.client()?.query_one(&stmt, params)?)
    }

    fn exec(&self, sql: &str, params: &[Param<'_>]) -> anyhow::Result<u64> {
        let stmt = self.statement(sql)?;
        Ok(self.client()?.execute(&stmt, params)?)
    }

    /// Streams rows to `f` as the server sends them.
    fn each(
        &self,
        sql: &str,
        params: &[Param<'_>],
        mut f: impl FnMut(&Row) -> anyhow::Result<()>,
    ) -> anyhow::Result<()> {
        let mut client = self.client()?;
        let mut rows = client.query_raw(sql, params.iter().copied())?;
        while let Some(row) = rows.next()? {
            f(&row)?;
        }
        Ok(())
    }

    pub(super) fn strings(&self, sql: &str, params: &[Param<'_>]) -> anyhow::Result<Vec<String>> {
        self.rows(sql, params)?
            .iter()
            .map(|r| Ok(r.try_get(0)?))
            .collect()
    }
}

// The audit log.
impl Db<'_> {
    /// Appends one audit entry. On PostgreSQL the entry's user is the
    /// database user the server authenticated, not a name the client gives.
    pub fn append_audit(&self, actor: &Actor, change: &Change) -> anyhow::Result<()> {
        let details = (!change.details.is_null()).then(|| change.details.to_string());
        let now = crate::store::now();
        self.exec(
            r#"INSERT INTO audit_log (at, "user", role, action, entity, entity_id, customer_id, reason, details)
               VALUES ($1, session_user, $2, $3, $4, $5, $6, $7, $8)"#,
            &[
                &now,
                &actor.role,
                &change.action,
                &change.entity,
                &change.entity_id,
                &change.customer_id,
                &change.reason,
                &details,
            ],
        )?;
        Ok(())
    }

    pub fn for_each_log_entry(
        &self,
        filter: &LogFilter,
        mut f: impl FnMut(LogEntry) -> anyhow::Result<()>,
    ) -> anyhow::Result<()> {
        self.each(
            r#"SELECT id, at, "user", role, action, entity, entity_id, customer_id, reason, details
               FROM audit_log
               WHERE ($1::text IS NULL OR customer_id = $1)
                 AND ($2::text IS NULL OR at >= $2)
               ORDER BY id DESC
               LIMIT $3::bigint"#,
            &[&filter.customer_id, &filter.since, &limit(filter.limit)],
            |row| {
                let details: Option<String> = row.try_get(9)?;
                f(LogEntry {
                    id: row.try_get(0)?,
                    at: row.try_get(1)?,
                    user: row.try_get(2)?,
                    role: row.try_get(3)?,
                    action: row.try_get(4)?,
                    entity: row.try_get(5)?,
                    entity_id: row.try_get(6)?,
                    customer_id: row.try_get(7)?,
                    reason: row.try_get(8)?,
                    details: details.and_then(|d| serde_json::from_str(&d).ok()),
                })
            },
        )
    }
}

const INSERT_CUSTOMER: &str =
    "INSERT INTO customers (id, company_name, domain, tenant_id, contact_name, contact_email,
       relationship, relationship_since, delegated_admin, source, channel, tags,
       partner_center_relationship, created_at, updated_at, removed_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, coalesce($15::text, $8), $9, $10, $11, $12, $13, $8, $8, $14)";

// Customers.
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
        let inserted =
            self.insert_customer_sql(INSERT_CUSTOMER, id, new, partner_center_relationship, now)?;
        if inserted == 0 {
            // The schema's trigger skipped it: another customer has that domain.
            anyhow::bail!(
                "duplicate key value violates unique constraint \"customers_domain_key\" ({} is another customer's domain)",
                new.domain
            );
        }
        Ok(())
    }

    pub fn insert_customer_if_new(
        &self,
        id: &str,
        new: &NewCustomer,
        partner_center_relationship: Option<&str>,
        now: &str,
    ) -> anyhow::Result<bool> {
        let sql = format!("{INSERT_CUSTOMER} ON CONFLICT DO NOTHING");
        Ok(self.insert_customer_sql(&sql, id, new, partner_center_relationship, now)? == 1)
    }

    fn insert_customer_sql(
        &self,
        sql: &str,
        id: &str,
        new: &NewCustomer,
        partner_center_relationship: Option<&str>,
        now: &str,
    ) -> anyhow::Result<u64> {
        let removed_at = (new.relationship == Relationship::Removed).then_some(now);
        let tenant_id = new.tenant_id.map(|t| t.to_string());
        let tags = join_tags(&new.tags);
        let email = new.contact_email.as_ref().map(|e| e.as_str());
        self.exec(
            sql,
            &[
                &id,
                &new.company_name,
                &new.domain.as_str(),
                &tenant_id,
                &new.contact_name,
                &email,
                &new.relationship,
                &now,
                &new.delegated_admin,
                &new.source,
                &new.channel,
                &tags,
                &partner_center_relationship,
                &removed_at,
                &new.relationship_since,
            ],
        )
    }

    pub fn customer(&self, id: &str) -> anyhow::Result<Option<Customer>> {
        let sql = format!(
            "SELECT {} FROM customers c WHERE c.id = $1",
            customer_columns(true, true, true)
        );
        self.row(&sql, &[&id])?
            .map(|r| customer_from_row(&r))
            .transpose()
    }

    pub fn customer_extras(&self, id: &str) -> anyhow::Result<CustomerExtras> {
        let r = self.one(
            "SELECT partner_center_relationship FROM customers WHERE id = $1",
            &[&id],
        )?;
        Ok(CustomerExtras {
            partner_center_relationship: r.try_get(0)?,
        })
    }

    pub fn customer_id_by_domain(&self, domain: &str) -> anyhow::Result<Option<String>> {
        Ok(self
            .strings(
                "SELECT id FROM customers WHERE domain = $1
                 UNION ALL SELECT customer_id FROM customer_domains WHERE domain = $1
                 LIMIT 1",
                &[&domain],
            )?
            .into_iter()
            .next())
    }

    pub fn add_customer_domain(
        &self,
        customer_id: &str,
        domain: &str,
        now: &str,
    ) -> anyhow::Result<()> {
        self.exec(
            "INSERT INTO customer_domains (domain, customer_id, added_at) VALUES ($1, $2, $3)",
            &[&domain, &customer_id, &now],
        )?;
        Ok(())
    }

    pub fn remove_customer_domain(&self, customer_id: &str, domain: &str) -> anyhow::Result<bool> {
        Ok(self.exec(
            "DELETE FROM customer_domains WHERE customer_id = $1 AND domain = $2",
            &[&customer_id, &domain],
        )? > 0)
    }

    pub fn set_primary_domain(
        &self,
        customer_id: &str,
        domain: &str,
        now: &str,
    ) -> anyhow::Result<()> {
        let old: String = self
            .one(
                "SELECT domain FROM customers WHERE id = $1",
                &[&customer_id],
            )?
            .try_get(0)?;
        let swapped = self.remove_customer_domain(customer_id, domain)?;
        self.exec(
            "UPDATE customers SET domain = $2, updated_at = $3 WHERE id = $1",
            &[&customer_id, &domain, &now],
        )?;
        if swapped {
            self.add_customer_domain(customer_id, &old, now)?;
        }
        Ok(())
    }

    pub fn any_invited_without_tenant(&self) -> anyhow::Result<bool> {
        Ok(self
            .one(
                "SELECT EXISTS (SELECT 1 FROM customers WHERE relationship = 'invited' AND tenant_id IS NULL)",
                &[],
            )?
            .try_get(0)?)
    }

    pub fn invited_without_tenant_named(&self, name: &str) -> anyhow::Result<Vec<String>> {
        self.strings(
            "SELECT id FROM customers WHERE lower(company_name) = lower($1)
               AND relationship = 'invited' AND tenant_id IS NULL",
            &[&name],
        )
    }

    pub fn customer_id_by_tenant(&self, tenant_id: &str) -> anyhow::Result<Option<String>> {
        Ok(self
            .strings(
                "SELECT id FROM customers WHERE tenant_id = $1",
                &[&tenant_id],
            )?
            .into_iter()
            .next())
    }

    pub fn customers_matching(&self, reference: &str, cap: usize) -> anyhow::Result<Vec<Customer>> {
        let r = reference.trim().to_ascii_lowercase();
        let id_prefix = r.len() >= 8;
        let sql = format!(
            "SELECT {} FROM customers c WHERE c.id IN (
                SELECT id FROM customers WHERE id = $1
                UNION SELECT id FROM customers WHERE $2 AND starts_with(id, $1)
                UNION SELECT id FROM customers WHERE domain = $1
                UNION SELECT customer_id FROM customer_domains WHERE domain = $1
                UNION SELECT id FROM customers WHERE tenant_id = $1
                UNION SELECT id FROM customers WHERE lower(company_name) = lower($3)
             ) ORDER BY {CUSTOMER_ORDER} LIMIT $4",
            customer_columns(true, true, true)
        );
        let name = reference.trim();
        self.rows(&sql, &[&r, &id_prefix, &name, &(cap as i64)])?
            .iter()
            .map(customer_from_row)
            .collect()
    }

    pub fn for_each_customer(
        &self,
        filter: &CustomerFilter,
        mut f: impl FnMut(&mut Customer) -> anyhow::Result<()>,
    ) -> anyhow::Result<()> {
        let flags = self.one(
            "SELECT EXISTS (SELECT 1 FROM provider_customers),
                    EXISTS (SELECT 1 FROM customer_domains),
                    EXISTS (SELECT 1 FROM gdap_relationships)",
            &[],
        )?;
        let any_gdap: bool = flags.try_get(2)?;
        let columns = customer_columns(flags.try_get(0)?, flags.try_get(1)?, any_gdap);
        let mut sql = format!("SELECT {columns} FROM customers c WHERE true");
        let mut values: Vec<Box<dyn ToSql + Sync>> = Vec::new();
        let mut param = |v: Box<dyn ToSql + Sync>| {
            values.push(v);
            format!("${}", values.len())
        };
        if let Some(r) = filter.relationship {
            sql += &format!(" AND c.relationship = {}", param(Box::new(r)));
        }
        if let Some(search) = filter.search.as_deref() {
            let text = search.trim();
            let name = param(Box::new(text.to_lowercase()));
            // Domains are stored as punycode: an international prefix is
            // searched as the punycode of what was typed, where it is whole.
            let domain_text = crate::domain::values::Domain::parse(text)
                .map(|d| d.to_string())
                .unwrap_or_else(|_| text.to_ascii_lowercase());
            let domain = param(Box::new(domain_text));
            sql += &format!(
                " AND (starts_with(lower(c.company_name), {name})
                    OR starts_with(c.domain, {domain})
                    OR c.id IN (SELECT d.customer_id FROM customer_domains d
                                WHERE starts_with(d.domain, {domain})))"
            );
        }
        if let Some(provider) = &filter.provider_id {
            let p = param(Box::new(provider.clone()));
            sql += &format!(
                " AND EXISTS (SELECT 1 FROM provider_customers pc WHERE pc.customer_id = c.id AND pc.provider_id = {p})"
            );
        }
        if let Some(provider) = &filter.not_provider_id {
            let p = param(Box::new(provider.clone()));
            sql += &format!(
                " AND NOT EXISTS (SELECT 1 FROM provider_customers pc WHERE pc.customer_id = c.id AND pc.provider_id = {p})"
            );
        }
        if let Some(tag) = &filter.tag {
            let p = param(Box::new(tag.clone()));
            sql += &format!(" AND strpos(';' || c.tags || ';', ';' || {p} || ';') > 0");
        }
        if let Some(channel) = filter.channel {
            sql += &format!(" AND c.channel = {}", param(Box::new(channel)));
        }
        if filter.delegated_admin {
            sql += " AND c.delegated_admin";
        }
        if let Some(wanted) = &filter.admin_access {
            let words: Vec<String> = wanted.iter().map(|a| a.as_str().to_string()).collect();
            sql += &format!(
                " AND {} = ANY({}::text[])",
                admin_access_sql(any_gdap),
                param(Box::new(words))
            );
        }
        sql += &format!(" ORDER BY {CUSTOMER_ORDER}");
        if let Some(l) = limit(filter.limit) {
            sql += &format!(" LIMIT {}", param(Box::new(l)));
        }
        let params: Vec<Param<'_>> = values.iter().map(|v| &**v as Param<'_>).collect();
        self.each(&sql, &params, |row| f(&mut customer_from_row(row)?))
    }

    /// Sets what `changes` names, and `updated_at`; only the columns that
    /// change are in the statement (an `UPDATE OF domain` trigger fires
    /// whenever `domain` is named, whatever its value), as on SQLite.
    pub fn update_customer(
        &self,
        id: &str,
        changes: &CustomerChanges,
        now: &str,
    ) -> anyhow::Result<()> {
        let c = changes;
        let tags = c.tags.as_deref().map(join_tags);
        let channel = c.channel.map(|ch| ch.map(|ch| ch.as_str()));
        let relationship = c.relationship.map(Relationship::as_str);
        let source = c.source.map(Source::as_str);
        // $1 is the id, $2 the time; each change adds its value.
        let mut sets: Vec<String> = Vec::new();
        let mut params: Vec<Param<'_>> = vec![&id, &now];
        let columns: [(&str, &str, Option<Param<'_>>); 10] = [
            (
                "company_name",
                "text",
                c.company_name.as_ref().map(|v| v as Param),
            ),
            ("domain", "text", c.domain.as_ref().map(|v| v as Param)),
            (
                "tenant_id",
                "text",
                c.tenant_id.as_ref().map(|v| v as Param),
            ),
            (
                "contact_name",
                "text",
                c.contact_name.as_ref().map(|v| v as Param),
            ),
            (
                "contact_email",
                "text",
                c.contact_email.as_ref().map(|v| v as Param),
            ),
            (
                "delegated_admin",
                "boolean",
                c.delegated_admin.as_ref().map(|v| v as Param),
            ),
            ("tags", "text", tags.as_ref().map(|v| v as Param)),
            ("source", "text", source.as_ref().map(|v| v as Param)),
            (
                "partner_center_relationship",
                "text",
                c.partner_center_relationship.as_ref().map(|v| v as Param),
            ),
            ("channel", "text", channel.as_ref().map(|v| v as Param)),
        ];
        for (column, kind, value) in columns {
            if let Some(value) = value {
                params.push(value);
                sets.push(format!("{column} = ${}::{kind}", params.len()));
            }
        }
        let since_n = c.relationship_since.as_ref().map(|v| {
            params.push(v);
            params.len()
        });
        match &relationship {
            // A relationship that changes starts now (unless `--since` says
            // when) and ends, when it becomes removed, now.
            Some(r) => {
                params.push(r);
                let r = format!("${}::text", params.len());
                let since = since_n.map_or("NULL".to_string(), |n| format!("${n}::text"));
                sets.push(format!(
                    "relationship_since = CASE WHEN {since} IS NOT NULL THEN {since}
                                               WHEN {r} <> relationship THEN $2::text
                                               ELSE relationship_since END,
                     removed_at = CASE WHEN {r} = relationship THEN removed_at
                                       WHEN {r} = 'removed' THEN $2::text ELSE NULL END,
                     relationship = {r}"
                ));
            }
            None => {
                if let Some(n) = since_n {
                    sets.push(format!("relationship_since = ${n}::text"));
                }
            }
        }
        sets.push("updated_at = $2::text".to_string());
        self.exec(
            &format!("UPDATE customers SET {} WHERE id = $1", sets.join(", ")),
            &params,
        )?;
        Ok(())
    }
}

// GDAP relationships.
impl Db<'_> {
    pub fn any_gdap(&self) -> anyhow::Result<bool> {
        Ok(self
            .one("SELECT EXISTS (SELECT 1 FROM gdap_relationships)", &[])?
            .try_get(0)?)
    }

    pub fn insert_gdap(&self, row: &GdapRow, now: &str) -> anyhow::Result<()> {
        self.write_gdap(
            "INSERT INTO gdap_relationships (id, microsoft_id, customer_id, display_name, roles,
               duration_days, auto_extend, status, requested_at, request_expires_at, activated_at,
               ends_at, terminated_at, termination_reason, approval_sent_at, created_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $16)",
            row,
            now,
        )
    }

    pub fn update_gdap(&self, row: &GdapRow, now: &str) -> anyhow::Result<()> {
        self.write_gdap(
            "UPDATE gdap_relationships SET microsoft_id = $2, customer_id = $3, display_name = $4,
               roles = $5, duration_days = $6, auto_extend = $7, status = $8, requested_at = $9,
               request_expires_at = $10, activated_at = $11, ends_at = $12, terminated_at = $13,
               termination_reason = $14, approval_sent_at = $15, updated_at = $16
             WHERE id = $1",
            row,
            now,
        )
    }

    /// Runs `sql` (an insert or an update) with every field of `row` as
    /// $1…$15 in the table's order and `now` as $16.
    fn write_gdap(&self, sql: &str, row: &GdapRow, now: &str) -> anyhow::Result<()> {
        let roles = row.roles.join(",");
        let days = i32::try_from(row.duration_days)?;
        self.exec(
            sql,
            &[
                &row.id,
                &row.microsoft_id,
                &row.customer_id,
                &row.display_name,
                &roles,
                &days,
                &row.auto_extend,
                &row.status,
                &row.requested_at,
                &row.request_expires_at,
                &row.activated_at,
                &row.ends_at,
                &row.terminated_at,
                &row.termination_reason,
                &row.approval_sent_at,
                &now,
            ],
        )?;
        Ok(())
    }

    pub fn gdap_row(&self, id: &str) -> anyhow::Result<Option<GdapRow>> {
        let Some(r) = self.row(
            "SELECT id, microsoft_id, customer_id, display_name, roles, duration_days, auto_extend,
               status, requested_at, request_expires_at, activated_at, ends_at, terminated_at,
               termination_reason, approval_sent_at
             FROM gdap_relationships WHERE id = $1",
            &[&id],
        )?
        else {
            return Ok(None);
        };
        let roles: String = r.try_get(4)?;
        Ok(Some(GdapRow {
            id: r.try_get(0)?,
            microsoft_id: r.try_get(1)?,
            customer_id: r.try_get(2)?,
            display_name: r.try_get(3)?,
            roles: split_roles(&roles),
            duration_days: u32::try_from(r.try_get::<_, i32>(5)?)?,
            auto_extend: r.try_get(6)?,
            status: r.try_get(7)?,
            requested_at: r.try_get(8)?,
            request_expires_at: r.try_get(9)?,
            activated_at: r.try_get(10)?,
            ends_at: r.try_get(11)?,
            terminated_at: r.try_get(12)?,
            termination_reason: r.try_get(13)?,
            approval_sent_at: r.try_get(14)?,
        }))
    }

    fn gdap_cards(&self, sql: &str, params: &[Param<'_>]) -> anyhow::Result<Vec<GdapCard>> {
        let mut cards = self
            .rows(sql, params)?
            .iter()
            .map(card_from_row)
            .collect::<anyhow::Result<Vec<_>>>()?;
        for card in &mut cards {
            card.relationship.access_assignments =
                self.access_assignments(&card.relationship.id)?;
        }
        Ok(cards)
    }

    pub fn gdap_card(&self, id: &str) -> anyhow::Result<Option<GdapCard>> {
        let sql = format!(
            "SELECT {GDAP_COLUMNS} FROM gdap_relationships g JOIN customers c ON c.id = g.customer_id
             WHERE g.id = $1"
        );
        Ok(self.gdap_cards(&sql, &[&id])?.into_iter().next())
    }

    pub fn gdap_matching(&self, reference: &str, cap: usize) -> anyhow::Result<Vec<GdapCard>> {
        let r = reference.trim().to_ascii_lowercase();
        let sql = format!(
            r#"SELECT {GDAP_COLUMNS} FROM gdap_relationships g JOIN customers c ON c.id = g.customer_id
             WHERE g.id IN (
                SELECT id FROM gdap_relationships WHERE id = $1
                UNION SELECT id FROM gdap_relationships WHERE $2 AND starts_with(id, $1)
                UNION SELECT id FROM gdap_relationships WHERE microsoft_id = $1
                UNION SELECT id FROM gdap_relationships WHERE lower(display_name) = lower($3)
             ) ORDER BY lower(g.display_name) COLLATE "C" LIMIT $4"#
        );
        let name = reference.trim();
        self.gdap_cards(&sql, &[&r, &(r.len() >= 8), &name, &(cap as i64)])
    }

    pub fn gdap_id_by_microsoft_id(&self, microsoft_id: &str) -> anyhow::Result<Option<String>> {
        Ok(self
            .strings(
                "SELECT id FROM gdap_relationships WHERE microsoft_id = $1",
                &[&microsoft_id],
            )?
            .into_iter()
            .next())
    }

    pub fn gdap_id_by_display_name(&self, name: &str) -> anyhow::Result<Option<String>> {
        Ok(self
            .strings(
                "SELECT id FROM gdap_relationships WHERE lower(display_name) = lower($1)",
                &[&name],
            )?
            .into_iter()
            .next())
    }

    pub fn gdap_of_customer(&self, customer_id: &str) -> anyhow::Result<Vec<GdapRelationship>> {
        let mut out = Vec::new();
        self.for_each_gdap(Some(customer_id), |card| {
            out.push(card.relationship);
            Ok(())
        })?;
        Ok(out)
    }

    /// Relationships are few (tens per customer at most): read whole, then
    /// handed over with their access assignments.
    pub fn for_each_gdap(
        &self,
        customer_id: Option<&str>,
        mut f: impl FnMut(GdapCard) -> anyhow::Result<()>,
    ) -> anyhow::Result<()> {
        let sql = format!(
            "SELECT {GDAP_COLUMNS} FROM gdap_relationships g JOIN customers c ON c.id = g.customer_id
             WHERE $1::text IS NULL OR g.customer_id = $1
             ORDER BY {CUSTOMER_ORDER}, g.created_at DESC, g.id COLLATE \"C\""
        );
        for card in self.gdap_cards(&sql, &[&customer_id])? {
            f(card)?;
        }
        Ok(())
    }

    fn access_assignments(&self, relationship_id: &str) -> anyhow::Result<Vec<AccessAssignment>> {
        self.rows(
            r#"SELECT group_id, group_name, roles FROM gdap_access_assignments
               WHERE relationship_id = $1 ORDER BY created_at, group_id COLLATE "C""#,
            &[&relationship_id],
        )?
        .iter()
        .map(|r| {
            let roles: String = r.try_get(2)?;
            Ok(AccessAssignment {
                group_id: r.try_get(0)?,
                group_name: r.try_get(1)?,
                roles: crate::domain::gdap::roles(&split_roles(&roles)),
            })
        })
        .collect()
    }

    pub fn put_access_assignment(
        &self,
        relationship_id: &str,
        group_id: &str,
        group_name: Option<&str>,
        roles: &[String],
        now: &str,
    ) -> anyhow::Result<()> {
        let roles = roles.join(",");
        self.exec(
            "INSERT INTO gdap_access_assignments AS a (relationship_id, group_id, group_name, roles, created_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, $5)
             ON CONFLICT (relationship_id, group_id) DO UPDATE SET
               group_name = coalesce(excluded.group_name, a.group_name),
               roles = excluded.roles, updated_at = excluded.updated_at",
            &[&relationship_id, &group_id, &group_name, &roles, &now],
        )?;
        Ok(())
    }
}

// Invitations.
impl Db<'_> {
    fn invitations(&self, filter: &str, params: &[Param<'_>]) -> anyhow::Result<Vec<Invitation>> {
        let sql = format!(
            r#"SELECT {INVITATION_COLUMNS} FROM invitations i JOIN customers c ON c.id = i.customer_id
               WHERE {filter} ORDER BY i.created_at, i.id COLLATE "C""#
        );
        self.rows(&sql, params)?
            .iter()
            .map(invitation_from_row)
            .collect()
    }

    pub fn invitations_of_customer(&self, customer_id: &str) -> anyhow::Result<Vec<Invitation>> {
        self.invitations("i.customer_id = $1", &[&customer_id])
    }

    pub fn insert_invitation(&self, new: &NewInvitation<'_>) -> anyhow::Result<()> {
        let sent_at = (new.status == InvitationStatus::Sent).then_some(new.now);
        self.exec(
            "INSERT INTO invitations (id, kind, status, customer_id, provider_id, to_address,
               link, subject, body, locale, reference, created_at, sent_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)",
            &[
                &new.id,
                &new.kind,
                &new.status,
                &new.customer_id,
                &new.provider_id,
                &new.to,
                &new.link,
                &new.subject,
                &new.body,
                &new.locale,
                &new.reference,
                &new.now,
                &sent_at,
            ],
        )?;
        Ok(())
    }

    pub fn invitation(&self, id: &str) -> anyhow::Result<Option<Invitation>> {
        Ok(self.invitations("i.id = $1", &[&id])?.into_iter().next())
    }

    pub fn invitations_matching(
        &self,
        reference: &str,
        cap: usize,
    ) -> anyhow::Result<Vec<Invitation>> {
        let r = reference.trim().to_ascii_lowercase();
        let mut found = self.invitations(
            "i.id = $1 OR ($2 AND starts_with(i.id, $1))",
            &[&r, &(r.len() >= 8)],
        )?;
        found.truncate(cap);
        Ok(found)
    }

    pub fn pending_invitation(
        &self,
        customer_id: &str,
        provider_id: Option<&str>,
    ) -> anyhow::Result<Option<Invitation>> {
        Ok(self
            .invitations(
                "i.customer_id = $1 AND i.provider_id IS NOT DISTINCT FROM $2::text
                 AND i.status IN ('draft', 'sent')",
                &[&customer_id, &provider_id],
            )?
            .into_iter()
            .next())
    }

    pub fn pending_invitations_of_customer(
        &self,
        customer_id: &str,
    ) -> anyhow::Result<Vec<Invitation>> {
        self.invitations(
            "i.customer_id = $1 AND i.status IN ('draft', 'sent')",
            &[&customer_id],
        )
    }

    pub fn set_invitation_status(
        &self,
        id: &str,
        status: InvitationStatus,
        now: &str,
    ) -> anyhow::Result<()> {
        let stamp = match status {
            InvitationStatus::Draft => "created_at",
            InvitationStatus::Sent => "sent_at",
            InvitationStatus::Accepted => "accepted_at",
            InvitationStatus::Cancelled => "cancelled_at",
        };
        self.exec(
            &format!("UPDATE invitations SET status = $2, {stamp} = $3 WHERE id = $1"),
            &[&id, &status, &now],
        )?;
        Ok(())
    }

    pub fn record_reminder(&self, id: &str, now: &str) -> anyhow::Result<()> {
        self.exec(
            "UPDATE invitations SET reminded_at = $2, reminders = reminders + 1 WHERE id = $1",
            &[&id, &now],
        )?;
        Ok(())
    }

    pub fn invitation_delegated_admin(&self, id: &str) -> anyhow::Result<bool> {
        Ok(self
            .one(
                "SELECT delegated_admin FROM invitations WHERE id = $1",
                &[&id],
            )?
            .try_get(0)?)
    }

    pub fn for_each_invitation(
        &self,
        filter: &crate::domain::invitation::InvitationFilter,
        mut f: impl FnMut(Invitation) -> anyhow::Result<()>,
    ) -> anyhow::Result<()> {
        let statuses: Option<Vec<String>> = (!filter.statuses.is_empty()).then(|| {
            filter
                .statuses
                .iter()
                .map(|s| s.as_str().to_string())
                .collect()
        });
        let sql = format!(
            r#"SELECT {INVITATION_COLUMNS} FROM invitations i JOIN customers c ON c.id = i.customer_id
               WHERE ($1::text[] IS NULL OR i.status = ANY($1))
                 AND ($2::text IS NULL OR coalesce(i.sent_at, i.created_at) < $2)
                 AND ($3::text IS NULL OR i.customer_id = $3)
                 AND ($4::text IS NULL OR i.provider_id = $4)
               ORDER BY i.created_at, i.id COLLATE "C"
               LIMIT $5::bigint"#
        );
        self.each(
            &sql,
            &[
                &statuses,
                &filter.older_than,
                &filter.customer_id,
                &filter.provider_id,
                &limit(filter.limit),
            ],
            |row| f(invitation_from_row(row)?),
        )
    }

    pub fn cancel_pending_invitations(
        &self,
        customer_id: &str,
        now: &str,
    ) -> anyhow::Result<Vec<String>> {
        let ids = self.strings(
            r#"SELECT id FROM invitations
               WHERE customer_id = $1 AND status IN ('draft', 'sent') ORDER BY created_at, id COLLATE "C""#,
            &[&customer_id],
        )?;
        self.exec(
            "UPDATE invitations SET status = 'cancelled', cancelled_at = $2 WHERE id = ANY($1)",
            &[&ids, &now],
        )?;
        Ok(ids)
    }
}

// Providers.
impl Db<'_> {
    fn providers(&self, filter: &str, params: &[Param<'_>]) -> anyhow::Result<Vec<Provider>> {
        let sql = format!(
            r#"SELECT {PROVIDER_COLUMNS} FROM providers p WHERE {filter}
               ORDER BY lower(p.name) COLLATE "C", p.id COLLATE "C""#
        );
        self.rows(&sql, params)?
            .iter()
            .map(provider_from_row)
            .collect()
    }

    pub fn provider_links_of_customer(
        &self,
        customer_id: &str,
    ) -> anyhow::Result<Vec<ProviderLink>> {
        self.rows(
            r#"SELECT p.id, p.name, EXISTS (SELECT 1 FROM provider_customers pc
                                           WHERE pc.provider_id = p.id AND pc.customer_id = $1)
               FROM providers p WHERE p.status = 'connected'
               ORDER BY lower(p.name) COLLATE "C", p.id COLLATE "C""#,
            &[&customer_id],
        )?
        .iter()
        .map(|r| {
            Ok(ProviderLink {
                provider_id: r.try_get(0)?,
                provider_name: r.try_get(1)?,
                holds_relationship: r.try_get(2)?,
            })
        })
        .collect()
    }

    pub fn providers_matching(&self, reference: &str, cap: usize) -> anyhow::Result<Vec<Provider>> {
        let r = reference.trim().to_ascii_lowercase();
        let name = reference.trim();
        let mut found = self.providers(
            "p.id IN (
                SELECT id FROM providers WHERE id = $1
                UNION SELECT id FROM providers WHERE $2 AND starts_with(id, $1)
                UNION SELECT id FROM providers WHERE tenant_id = $1
                UNION SELECT id FROM providers WHERE lower(name) = lower($3))",
            &[&r, &(r.len() >= 8), &name],
        )?;
        found.truncate(cap);
        Ok(found)
    }

    pub fn provider(&self, id: &str) -> anyhow::Result<Option<Provider>> {
        Ok(self.providers("p.id = $1", &[&id])?.into_iter().next())
    }

    pub fn provider_by_tenant(&self, tenant_id: &str) -> anyhow::Result<Option<Provider>> {
        Ok(self
            .providers("p.tenant_id = $1", &[&tenant_id])?
            .into_iter()
            .next())
    }

    pub fn provider_removed_at(&self, id: &str) -> anyhow::Result<Option<String>> {
        Ok(self
            .row("SELECT removed_at FROM providers WHERE id = $1", &[&id])?
            .map(|r| r.try_get::<_, Option<String>>(0))
            .transpose()?
            .flatten())
    }

    pub fn providers_named(&self, name: &str, except_id: Option<&str>) -> anyhow::Result<u64> {
        let n: i64 = self
            .one(
                "SELECT count(*) FROM providers WHERE lower(name) = lower($1)
                   AND ($2::text IS NULL OR id <> $2)",
                &[&name, &except_id],
            )?
            .try_get(0)?;
        Ok(n as u64)
    }

    pub fn insert_provider(&self, id: &str, new: &NewProvider, now: &str) -> anyhow::Result<()> {
        let tenant = new.tenant_id.to_string();
        self.exec(
            "INSERT INTO providers (id, name, tenant_id, mpn_id, location, status, connected_at)
             VALUES ($1, $2, $3, $4, $5, 'connected', $6)",
            &[&id, &new.name, &tenant, &new.mpn_id, &new.location, &now],
        )?;
        Ok(())
    }

    pub fn reconnect_provider(&self, id: &str, new: &NewProvider, now: &str) -> anyhow::Result<()> {
        self.exec(
            "UPDATE providers SET name = $2, mpn_id = coalesce($3::text, mpn_id),
               location = coalesce($4::text, location), status = 'connected',
               connected_at = $5, removed_at = NULL
             WHERE id = $1",
            &[&id, &new.name, &new.mpn_id, &new.location, &now],
        )?;
        Ok(())
    }

    pub fn remove_provider(&self, id: &str, now: &str) -> anyhow::Result<()> {
        self.exec(
            "UPDATE providers SET status = 'removed', removed_at = $2 WHERE id = $1",
            &[&id, &now],
        )?;
        Ok(())
    }

    pub fn for_each_provider(
        &self,
        filter: &ProviderFilter,
        mut f: impl FnMut(Provider) -> anyhow::Result<()>,
    ) -> anyhow::Result<()> {
        let sql = format!(
            r#"SELECT {PROVIDER_COLUMNS} FROM providers p
               WHERE ($1::text IS NULL OR p.status = $1)
               ORDER BY lower(p.name) COLLATE "C", p.id COLLATE "C"
               LIMIT $2::bigint"#
        );
        let status = filter.status.map(|s| s.as_str());
        self.each(&sql, &[&status, &limit(filter.limit)], |row| {
            f(provider_from_row(row)?)
        })
    }

    pub fn customers_of_provider(
        &self,
        provider_id: &str,
    ) -> anyhow::Result<Vec<ProviderCustomer>> {
        self.rows(
            &format!(
                "SELECT c.id, c.company_name, c.domain, c.relationship, pc.since, pc.invitation_id
                 FROM provider_customers pc JOIN customers c ON c.id = pc.customer_id
                 WHERE pc.provider_id = $1
                 ORDER BY {CUSTOMER_ORDER}"
            ),
            &[&provider_id],
        )?
        .iter()
        .map(|r| {
            Ok(ProviderCustomer {
                id: r.try_get(0)?,
                company_name: r.try_get(1)?,
                domain: r.try_get(2)?,
                relationship: r.try_get(3)?,
                since: r.try_get(4)?,
                invitation_id: r.try_get(5)?,
            })
        })
        .collect()
    }

    pub fn invitations_of_provider(&self, provider_id: &str) -> anyhow::Result<Vec<Invitation>> {
        self.invitations("i.provider_id = $1", &[&provider_id])
    }

    pub fn provider_tenants(&self) -> anyhow::Result<Vec<(String, String)>> {
        self.rows(
            "SELECT tenant_id, name FROM providers WHERE status = 'connected'",
            &[],
        )?
        .iter()
        .map(|r| Ok((r.try_get(0)?, r.try_get(1)?)))
        .collect()
    }

    pub fn provider_holds(&self, provider_id: &str, customer_id: &str) -> anyhow::Result<bool> {
        Ok(self
            .one(
                "SELECT EXISTS (SELECT 1 FROM provider_customers
                                WHERE provider_id = $1 AND customer_id = $2)",
                &[&provider_id, &customer_id],
            )?
            .try_get(0)?)
    }

    pub fn link_provider(
        &self,
        provider_id: &str,
        customer_id: &str,
        now: &str,
        invitation_id: Option<&str>,
    ) -> anyhow::Result<()> {
        self.exec(
            "INSERT INTO provider_customers (provider_id, customer_id, since, invitation_id)
             VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
            &[&provider_id, &customer_id, &now, &invitation_id],
        )?;
        Ok(())
    }

    pub fn detach_provider(&self, provider_id: &str, customer_id: &str) -> anyhow::Result<bool> {
        Ok(self.exec(
            "DELETE FROM provider_customers WHERE provider_id = $1 AND customer_id = $2",
            &[&provider_id, &customer_id],
        )? > 0)
    }
}
