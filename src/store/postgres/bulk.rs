//! A bulk load of customers into an empty table (an import): see
//! `Db::begin_bulk_load` in the store's API.
//!
//! Rows go to the server by `COPY … FROM STDIN (FORMAT binary)` — one
//! statement per batch, no escaping — inside the command's transaction.
//! When the connected role owns the tables (the database's owner, the one
//! who loads a team's customers first), the load also drops the unique
//! constraints and secondary indexes of `customers` and builds them again at
//! the end, sorted, which is more than twice as fast at a million rows as
//! keeping them up to date row by row (README, "Working as a team").
//! PostgreSQL's DDL is transactional: a failed load leaves the schema as it
//! was. The price is an `ACCESS
//! EXCLUSIVE` lock on `customers` until the import commits — other admins'
//! reads of customers wait for it — which the bulk path accepts because it
//! only runs while no customer is recorded at all (the team's first load).
//! A role that does not own the tables (a writer) loads into the indexed
//! table instead: slower, no DDL, same result.
//!
//! Every rule holds afterwards and a violation fails the load with the
//! message the row-by-row path gives (`queries.rs`): the primary key stays
//! in place; a domain or tenant ID twice fails when its unique constraint is
//! built again; the rule the triggers of `migrations.rs` keep (a domain
//! belongs to one customer across `customers` and `customer_domains`) is
//! checked once at the end by one join in the owner's load — the triggers,
//! disabled meanwhile, cost about a third of the `COPY` per row, and the
//! one on `customer_domains` would scan the unindexed table — and by the
//! triggers themselves in a writer's.

use super::Db;
use crate::store::records::join_tags;
use crate::store::BulkCustomer;
use postgres::binary_copy::BinaryCopyInWriter;
use postgres::types::{ToSql, Type};
use std::collections::HashMap;

const COPY_CUSTOMERS: &str = "COPY customers (id, company_name, domain, tenant_id, contact_name,
    contact_email, relationship, relationship_since, delegated_admin, source, channel, tags,
    partner_center_relationship, created_at, updated_at, removed_at) FROM STDIN (FORMAT binary)";

const COPY_DOMAINS: &str =
    "COPY customer_domains (domain, customer_id, added_at) FROM STDIN (FORMAT binary)";

/// What an owner's load takes away, and builds again in `finish_bulk_load`,
/// exactly as `migrations.rs` creates it.
const DROP: &str = "
    ALTER TABLE customers DISABLE TRIGGER customers_domain_unique_on_insert;
    ALTER TABLE customer_domains DISABLE TRIGGER customer_domains_unique_across_customers;
    DROP INDEX customers_company_name, customers_removed, customers_company_name_prefix;
    ALTER TABLE customers DROP CONSTRAINT customers_domain_key,
        DROP CONSTRAINT customers_tenant_id_key;";

/// The unique constraints, one statement each so that a duplicate names its own.
const UNIQUE: &[(&str, &str, &str)] = &[
    (
        "customers_domain_key",
        "domain",
        "ALTER TABLE customers ADD CONSTRAINT customers_domain_key UNIQUE (domain)",
    ),
    (
        "customers_tenant_id_key",
        "tenant_id",
        "ALTER TABLE customers ADD CONSTRAINT customers_tenant_id_key UNIQUE (tenant_id)",
    ),
];

const REBUILD: &str = "
    CREATE INDEX customers_company_name ON customers (lower(company_name), domain);
    CREATE INDEX customers_removed ON customers (removed_at) WHERE relationship = 'removed';
    CREATE INDEX customers_company_name_prefix ON customers (lower(company_name) text_pattern_ops);
    ALTER TABLE customers ENABLE TRIGGER customers_domain_unique_on_insert;
    ALTER TABLE customer_domains ENABLE TRIGGER customer_domains_unique_across_customers;";

/// The name the connection gives the temporary settings of an owner's load.
const OWNER_LOAD: &str = "csp.bulk_load";

impl Db<'_> {
    pub fn no_customers(&self) -> anyhow::Result<bool> {
        Ok(self
            .strings("SELECT id FROM customers LIMIT 1", &[])?
            .is_empty())
    }

    pub fn begin_bulk_load(&self) -> anyhow::Result<()> {
        let mut client = self.client()?;
        let owner: bool = client
            .query_one(
                "SELECT pg_has_role(current_user, relowner, 'MEMBER') FROM pg_class
                 WHERE oid = 'customers'::regclass",
                &[],
            )?
            .try_get(0)?;
        if owner {
            client.batch_execute(DROP)?;
        }
        // Remembered for finish_bulk_load, until the transaction ends.
        client.execute(
            "SELECT set_config($1, $2, true)",
            &[&OWNER_LOAD, &if owner { "owner" } else { "writer" }],
        )?;
        Ok(())
    }

    pub fn bulk_insert_customers(&self, rows: &[BulkCustomer], now: &str) -> anyhow::Result<()> {
        if rows.is_empty() {
            return Ok(());
        }
        refuse_domain_taken_earlier(rows)?;
        let mut client = self.client()?;
        let copied = {
            let types = [
                Type::TEXT,
                Type::TEXT,
                Type::TEXT,
                Type::TEXT,
                Type::TEXT,
                Type::TEXT,
                Type::TEXT,
                Type::TEXT,
                Type::BOOL,
                Type::TEXT,
                Type::TEXT,
                Type::TEXT,
                Type::TEXT,
                Type::TEXT,
                Type::TEXT,
                Type::TEXT,
            ];
            let mut writer = BinaryCopyInWriter::new(client.copy_in(COPY_CUSTOMERS)?, &types);
            for row in rows {
                let new = &row.new;
                let removed_at = (new.relationship
                    == crate::domain::customer::Relationship::Removed)
                    .then_some(now);
                let since = new.relationship_since.as_deref().unwrap_or(now);
                let tenant_id = new.tenant_id.map(|t| t.to_string());
                let email = new.contact_email.as_ref().map(|e| e.as_str());
                let tags = join_tags(&new.tags);
                let values: [&(dyn ToSql + Sync); 16] = [
                    &row.id,
                    &new.company_name,
                    &new.domain.as_str(),
                    &tenant_id,
                    &new.contact_name,
                    &email,
                    &new.relationship,
                    &since,
                    &new.delegated_admin,
                    &new.source,
                    &new.channel,
                    &tags,
                    &row.partner_center_relationship,
                    &now,
                    &now,
                    &removed_at,
                ];
                writer.write(&values)?;
            }
            writer.finish()?
        };
        if copied < rows.len() as u64 {
            // The schema's trigger skipped a customer whose domain is already
            // another's other domain: the row-by-row insert's refusal.
            let domains: Vec<&str> = rows.iter().map(|r| r.new.domain.as_str()).collect();
            let taken: Option<String> = client
                .query_opt(
                    "SELECT domain FROM customer_domains WHERE domain = ANY($1::text[]) LIMIT 1",
                    &[&domains],
                )?
                .map(|r| r.try_get(0))
                .transpose()?;
            anyhow::bail!(
                "duplicate key value violates unique constraint \"customers_domain_key\" ({} is another customer's domain)",
                taken.unwrap_or_default()
            );
        }
        if rows.iter().any(|r| !r.other_domains.is_empty()) {
            let types = [Type::TEXT, Type::TEXT, Type::TEXT];
            let mut writer = BinaryCopyInWriter::new(client.copy_in(COPY_DOMAINS)?, &types);
            for row in rows {
                for domain in &row.other_domains {
                    writer.write(&[domain, &row.id, &now])?;
                }
            }
            writer.finish()?;
        }
        Ok(())
    }

    pub fn finish_bulk_load(&self) -> anyhow::Result<()> {
        let mut client = self.client()?;
        let mode: Option<String> = client
            .query_one("SELECT current_setting($1, true)", &[&OWNER_LOAD])?
            .try_get(0)?;
        if mode.as_deref() != Some("owner") {
            return Ok(());
        }
        for (constraint, column, sql) in UNIQUE {
            client.batch_execute("SAVEPOINT csp_bulk_unique")?;
            if let Err(e) = client.batch_execute(sql) {
                let duplicate = e.code() == Some(&postgres::error::SqlState::UNIQUE_VIOLATION);
                if !duplicate {
                    return Err(e.into());
                }
                client.batch_execute("ROLLBACK TO SAVEPOINT csp_bulk_unique")?;
                let value: String = client
                    .query_one(
                        &format!(
                            "SELECT v FROM (SELECT {column} AS v, ctid,
                                 row_number() OVER (PARTITION BY {column} ORDER BY ctid) AS n
                                 FROM customers WHERE {column} IS NOT NULL) AS s
                             WHERE n = 2 ORDER BY ctid LIMIT 1"
                        ),
                        &[],
                    )?
                    .try_get(0)?;
                // The words the row-by-row insert gets from the unique index.
                anyhow::bail!(
                    "db error: ERROR: duplicate key value violates unique constraint \"{constraint}\"\nDETAIL: Key ({column})=({value}) already exists."
                );
            }
            client.batch_execute("RELEASE SAVEPOINT csp_bulk_unique")?;
        }
        // A domain both a customer's and another's (or its own) other
        // domain, the first in the load's order (the table's, as it was
        // empty; an other domain comes right after its customer): row by
        // row, the customer coming second would have been skipped by its
        // trigger, and an other domain coming second refused by its own.
        let clash = client.query_opt(
            "SELECT d.domain, o.ctid < c.ctid FROM customer_domains d
               JOIN customers c ON c.domain = d.domain
               JOIN customers o ON o.id = d.customer_id
             ORDER BY greatest(o.ctid, c.ctid) LIMIT 1",
            &[],
        )?;
        client.batch_execute(REBUILD)?;
        if let Some(row) = clash {
            let domain: String = row.try_get(0)?;
            let customer_second: bool = row.try_get(1)?;
            if customer_second {
                anyhow::bail!(
                    "duplicate key value violates unique constraint \"customers_domain_key\" ({domain} is another customer's domain)"
                );
            }
            // The trigger, enabled again, refuses it in its own words.
            client.execute(
                "UPDATE customer_domains SET domain = domain WHERE domain = $1",
                &[&domain],
            )?;
            anyhow::bail!("the domain {domain} is both a customer's and another's other domain");
        }
        client.execute("SELECT set_config($1, '', true)", &[&OWNER_LOAD])?;
        Ok(())
    }
}

/// A customer whose domain an earlier row of the batch has as an other
/// domain: inserted row by row, the schema's trigger would skip it (the
/// customers of a batch are copied before their other domains).
fn refuse_domain_taken_earlier(rows: &[BulkCustomer]) -> anyhow::Result<()> {
    let mut others: HashMap<&str, ()> = HashMap::new();
    for row in rows {
        if others.contains_key(row.new.domain.as_str()) {
            anyhow::bail!(
                "duplicate key value violates unique constraint \"customers_domain_key\" ({} is another customer's domain)",
                row.new.domain
            );
        }
        for d in &row.other_domains {
            others.insert(d.as_str(), ());
        }
    }
    Ok(())
}
