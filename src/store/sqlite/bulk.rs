//! A bulk load of customers into an empty table (an import): see
//! `Db::begin_bulk_load` in the store's API.
//!
//! Inserting a million rows into an indexed table writes each index in the
//! rows' order: random domains and tenant IDs touch a random page of a
//! large B-tree per row. So the load drops customers' secondary indexes
//! and the domain triggers (inside the import's transaction: SQLite's DDL
//! is transactional, a kill leaves the old schema), appends the rows (ids
//! from `IdSequence` arrive in order), then builds each index by sorting,
//! as `CREATE INDEX` does, and checks what the triggers would have. The
//! definitions below are those of the last migration that made them
//! (`migrations.rs`); a test compares the schema after a bulk import with
//! the migrated one.

use super::Db;
use crate::domain::customer::Relationship;
use crate::store::BulkCustomer;
use rusqlite::OptionalExtension;

/// What a bulk load drops, and how `finish_bulk_load` makes it again.
const DROPPED: &[(&str, &str)] = &[
    (
        "DROP INDEX customers_domain",
        "CREATE UNIQUE INDEX customers_domain ON customers (domain)",
    ),
    (
        "DROP INDEX customers_tenant_id",
        "CREATE UNIQUE INDEX customers_tenant_id ON customers (tenant_id)",
    ),
    (
        "DROP INDEX customers_company_name",
        "CREATE INDEX customers_company_name ON customers (company_name COLLATE NOCASE, domain)",
    ),
    (
        "DROP INDEX customers_removed",
        "CREATE INDEX customers_removed ON customers (removed_at) WHERE relationship = 'removed'",
    ),
    (
        "DROP INDEX customers_without_admin_access",
        "CREATE INDEX customers_without_admin_access ON customers (id)
    WHERE relationship = 'active' AND delegated_admin = 0 AND open_gdap = 0",
    ),
    (
        "DROP TRIGGER customers_counted_on_insert",
        "CREATE TRIGGER customers_counted_on_insert AFTER INSERT ON customers
WHEN NEW.relationship = 'active'
BEGIN UPDATE customer_counts SET active = active + 1; END",
    ),
    (
        "DROP INDEX customer_domains_customer",
        "CREATE INDEX customer_domains_customer ON customer_domains (customer_id)",
    ),
    (
        "DROP TRIGGER customer_domains_unique_across_customers",
        "CREATE TRIGGER customer_domains_unique_across_customers BEFORE INSERT ON customer_domains
WHEN EXISTS (SELECT 1 FROM customers WHERE domain = NEW.domain)
BEGIN SELECT RAISE(ABORT, 'UNIQUE constraint failed: customer_domains.domain'); END",
    ),
    (
        "DROP TRIGGER customers_domain_unique_on_insert",
        "CREATE TRIGGER customers_domain_unique_on_insert BEFORE INSERT ON customers
WHEN EXISTS (SELECT 1 FROM customer_domains WHERE domain = NEW.domain)
BEGIN SELECT RAISE(IGNORE); END",
    ),
];

/// The plain insert of a bulk load: no trigger, no index but the id's.
/// Rows go [`ROWS_A_STATEMENT`] to a statement: one statement's start (its
/// cursors, its transaction check) for many rows.
fn bulk_insert_sql(rows: usize) -> String {
    let one = "(?, ?, ?, ?, ?, ?, ?, coalesce(?, ?), ?, ?, ?, ?, ?, ?, ?, ?)";
    format!(
        "INSERT INTO customers (id, company_name, domain, tenant_id, contact_name, contact_email,
           relationship, relationship_since, delegated_admin, source, channel, tags,
           partner_center_relationship, created_at, updated_at, removed_at)
         VALUES {}",
        vec![one; rows].join(", ")
    )
}

/// The page cache of a bulk load, in KiB (what the expert gives the shell).
const BULK_LOAD_CACHE_KIB: i64 = 64 * 1024;

/// A text value or NULL, as a parameter.
fn text(value: Option<&str>) -> rusqlite::types::ToSqlOutput<'_> {
    match value {
        Some(v) => rusqlite::types::ToSqlOutput::from(v),
        None => rusqlite::types::ToSqlOutput::from(rusqlite::types::Null),
    }
}

/// Rows a statement of a bulk load inserts (17 parameters each, well
/// under SQLite's limit of 32766).
const ROWS_A_STATEMENT: usize = 32;

impl Db<'_> {
    pub fn no_customers(&self) -> anyhow::Result<bool> {
        Ok(self
            .conn
            .prepare_cached("SELECT 1 FROM customers LIMIT 1")?
            .query_row([], |_| Ok(()))
            .optional()?
            .is_none())
    }

    pub fn begin_bulk_load(&self) -> anyhow::Result<()> {
        // Rows are appended and indexes built by sorting: a large page
        // cache buys nothing here, and the sorter's runs (a cache's worth
        // each) sort faster when smaller.
        self.conn
            .execute_batch(&format!("PRAGMA cache_size = -{BULK_LOAD_CACHE_KIB}"))?;
        for (drop, _) in DROPPED {
            self.conn.execute_batch(drop)?;
        }
        Ok(())
    }

    pub fn bulk_insert_customers(&self, rows: &[BulkCustomer], now: &str) -> anyhow::Result<()> {
        use rusqlite::types::ToSqlOutput;
        use rusqlite::ToSql;
        let mut insert_domain = self.conn.prepare_cached(
            "INSERT INTO customer_domains (domain, customer_id, added_at) VALUES (?1, ?2, ?3)",
        )?;
        for chunk in rows.chunks(ROWS_A_STATEMENT) {
            let mut insert = self.conn.prepare_cached(&bulk_insert_sql(chunk.len()))?;
            let mut tenants = Vec::with_capacity(chunk.len());
            let mut tags = Vec::with_capacity(chunk.len());
            for row in chunk {
                tenants.push(row.new.tenant_id.map(|t| t.to_string()));
                tags.push(crate::store::records::join_tags(&row.new.tags));
            }
            let mut values: Vec<ToSqlOutput<'_>> = Vec::with_capacity(chunk.len() * 17);
            for (i, row) in chunk.iter().enumerate() {
                let new = &row.new;
                values.extend([
                    row.id.to_sql()?,
                    new.company_name.to_sql()?,
                    new.domain.as_str().to_sql()?,
                    tenants[i].to_sql()?,
                    new.contact_name.to_sql()?,
                    text(new.contact_email.as_ref().map(|e| e.as_str())),
                    new.relationship.to_sql()?,
                    new.relationship_since.to_sql()?,
                    now.to_sql()?,
                    new.delegated_admin.to_sql()?,
                    new.source.to_sql()?,
                    new.channel.to_sql()?,
                    tags[i].to_sql()?,
                    row.partner_center_relationship.to_sql()?,
                    now.to_sql()?,
                    now.to_sql()?,
                    text((new.relationship == Relationship::Removed).then_some(now)),
                ]);
            }
            insert.execute(rusqlite::params_from_iter(values.iter()))?;
            for row in chunk {
                for domain in &row.other_domains {
                    insert_domain.execute([domain.as_str(), row.id.as_str(), now])?;
                }
            }
        }
        Ok(())
    }

    pub fn finish_bulk_load(&self) -> anyhow::Result<()> {
        // CREATE INDEX sorts every row: SQLite's sorter may use worker
        // threads, one a core (up to 4), then only one again.
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get().min(4));
        self.conn
            .execute_batch(&format!("PRAGMA threads = {threads}"))?;
        let built = self.build_dropped();
        self.conn.execute_batch("PRAGMA threads = 0")?;
        built?;
        // The insert trigger was dropped: the active customers counted
        // once (the table was empty; the load links no provider).
        self.conn.execute_batch(
            "UPDATE customer_counts SET active = (SELECT count(*) FROM customers WHERE relationship = 'active')",
        )?;
        Ok(())
    }

    fn build_dropped(&self) -> anyhow::Result<()> {
        for (_, create) in DROPPED {
            if let Err(e) = self.conn.execute_batch(create) {
                return Err(self.duplicate_of_load(e));
            }
        }
        // What the triggers check row by row: no domain is both a
        // customer's primary domain and one of another's (or its own) other
        // domains. Said as row by row, at the first clash in the load's
        // order (the table's: it was empty; other domains come right after
        // their customer).
        let clash: Option<(String, String, bool)> = self
            .conn
            .query_row(
                "SELECT d.domain, d.customer_id, o.rowid < c.rowid
                 FROM customer_domains d
                 JOIN customers c ON c.domain = d.domain
                 JOIN customers o ON o.id = d.customer_id
                 ORDER BY max(o.rowid, c.rowid) LIMIT 1",
                [],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?;
        if let Some((domain, owner, customer_second)) = clash {
            if customer_second {
                // Row by row, the customer's insert was skipped by its trigger.
                anyhow::bail!(
                    "UNIQUE constraint failed: customers.domain ({domain} is another customer's domain)"
                );
            }
            // Row by row, the other domain's insert was refused by its
            // trigger: inserted again, it is, in the trigger's own words.
            let added_at: String = self.conn.query_row(
                "DELETE FROM customer_domains WHERE domain = ?1 RETURNING added_at",
                [&domain],
                |r| r.get(0),
            )?;
            self.add_customer_domain(&owner, &domain, &added_at)?;
            anyhow::bail!("the domain {domain} is both a customer's and another's other domain");
        }
        Ok(())
    }

    /// A unique index the load could not build, said with the value two
    /// of its customers share.
    fn duplicate_of_load(&self, e: rusqlite::Error) -> anyhow::Error {
        for column in ["domain", "tenant_id"] {
            let shared: Option<String> = self
                .conn
                .query_row(
                    &format!(
                        "SELECT {column} FROM customers WHERE {column} IS NOT NULL
                         GROUP BY {column} HAVING count(*) > 1 LIMIT 1"
                    ),
                    [],
                    |r| r.get(0),
                )
                .optional()
                .ok()
                .flatten();
            if let Some(value) = shared {
                return anyhow::Error::new(e).context(format!(
                    "two customers of the import share the {column} {value}"
                ));
            }
        }
        e.into()
    }
}
