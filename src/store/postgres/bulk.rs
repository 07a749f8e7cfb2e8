//! A bulk load of customers into an empty table (an import): see
//! `Db::begin_bulk_load` in the store's API.
//!
//! Rows go to the server by `COPY … FROM STDIN (FORMAT binary)` — one
//! statement per chunk, encoded here (no escaping), inside the command's
//! transaction — from a thread that holds the connection while the
//! importer reads the next chunk, so the client's parsing and the server's
//! copying overlap (3 s of a million-row import's 11 s on two cores).
//! When the connected role owns the tables (the database's owner, the one
//! who loads a team's customers first), the load also drops the unique
//! constraints and secondary indexes of `customers` and builds them again at
//! the end, sorted in memory (`maintenance_work_mem` raised for the
//! transaction), which is more than twice as fast at a million rows as
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
use std::collections::HashMap;
use std::io::Write;

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
    DROP INDEX customers_company_name, customers_removed, customers_company_name_prefix,
        customers_without_admin_access;
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
    CREATE INDEX customers_without_admin_access ON customers (id)
        WHERE relationship = 'active' AND NOT delegated_admin AND open_gdap = 0;
    ALTER TABLE customers ENABLE TRIGGER customers_domain_unique_on_insert;
    ALTER TABLE customer_domains ENABLE TRIGGER customer_domains_unique_across_customers;";

/// Memory for the index builds at the end, for this transaction only: at
/// a million customers each key's sort then fits in memory instead of
/// spilling to disk (the server's default is 64 MB).
const SORT_MEMORY: &str = "SET LOCAL maintenance_work_mem = '256MB'";

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
            client.batch_execute(SORT_MEMORY)?;
        }
        // Remembered for finish_bulk_load, until the transaction ends.
        client.execute(
            "SELECT set_config($1, $2, true)",
            &[&OWNER_LOAD, &if owner { "owner" } else { "writer" }],
        )?;
        Ok(())
    }

    /// Hands a chunk to the server: encoded here, copied by a thread that
    /// holds the connection meanwhile, so the server works on this chunk
    /// while the importer reads the next. The previous chunk's copy is
    /// waited for first, and its failure reported.
    pub fn bulk_insert_customers(&self, rows: &[BulkCustomer], now: &str) -> anyhow::Result<()> {
        self.settle_bulk()?;
        if rows.is_empty() {
            return Ok(());
        }
        refuse_domain_taken_earlier(rows)?;
        let customers = encode_customers(rows, now);
        let domains = rows
            .iter()
            .any(|r| !r.other_domains.is_empty())
            .then(|| encode_domains(rows, now));
        let primary: Vec<String> = rows.iter().map(|r| r.new.domain.to_string()).collect();
        let connection = std::sync::Arc::clone(self.client);
        let (locked, wait_for_lock) = std::sync::mpsc::sync_channel(1);
        let thread = std::thread::spawn(move || {
            let mut client = super::lock(&connection);
            let _ = locked.send(());
            copy(&mut client, customers, domains, &primary)
        });
        // The connection is the thread's before anything else may ask for it.
        let _ = wait_for_lock.recv();
        *self.copying.borrow_mut() = Some(Copying(thread));
        Ok(())
    }

    /// Waits for the bulk load's copy under way, if any: its failure is
    /// this call's.
    pub(super) fn settle_bulk(&self) -> anyhow::Result<()> {
        let Some(Copying(thread)) = self.copying.borrow_mut().take() else {
            return Ok(());
        };
        thread
            .join()
            .unwrap_or_else(|_| Err(anyhow::anyhow!("the bulk load's copy failed")))
    }

    pub fn finish_bulk_load(&self) -> anyhow::Result<()> {
        let mut client = self.client()?; // after the last copy
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

/// A chunk's copy under way, on its thread.
pub(super) struct Copying(std::thread::JoinHandle<anyhow::Result<()>>);

/// Copies an encoded chunk: its customers, then their other domains.
fn copy(
    client: &mut postgres::Client,
    customers: Vec<u8>,
    domains: Option<Vec<u8>>,
    primary: &[String],
) -> anyhow::Result<()> {
    let mut writer = client.copy_in(COPY_CUSTOMERS)?;
    writer.write_all(&customers)?;
    let copied = writer.finish()?;
    if copied < primary.len() as u64 {
        // The schema's trigger skipped a customer whose domain is already
        // another's other domain: the row-by-row insert's refusal.
        let taken: Option<String> = client
            .query_opt(
                "SELECT domain FROM customer_domains WHERE domain = ANY($1::text[]) LIMIT 1",
                &[&primary],
            )?
            .map(|r| r.try_get(0))
            .transpose()?;
        anyhow::bail!(
            "duplicate key value violates unique constraint \"customers_domain_key\" ({} is another customer's domain)",
            taken.unwrap_or_default()
        );
    }
    if let Some(domains) = domains {
        let mut writer = client.copy_in(COPY_DOMAINS)?;
        writer.write_all(&domains)?;
        writer.finish()?;
    }
    Ok(())
}

/// `COPY … (FORMAT binary)`: a header, then per row the number of fields
/// and each as its length and bytes (-1 for NULL), then -1.
struct Binary(Vec<u8>);

impl Binary {
    fn new(capacity: usize) -> Binary {
        let mut out = Vec::with_capacity(capacity);
        out.extend_from_slice(b"PGCOPY\n\xff\r\n\0");
        out.extend_from_slice(&0i32.to_be_bytes()); // flags
        out.extend_from_slice(&0i32.to_be_bytes()); // header extension
        Binary(out)
    }

    fn row(&mut self, fields: i16) {
        self.0.extend_from_slice(&fields.to_be_bytes());
    }

    fn text(&mut self, value: Option<&str>) {
        match value {
            None => self.0.extend_from_slice(&(-1i32).to_be_bytes()),
            Some(v) => {
                // A value is at most a CSV line (1 MiB): its length fits.
                self.0
                    .extend_from_slice(&(v.len().min(i32::MAX as usize) as i32).to_be_bytes());
                self.0.extend_from_slice(v.as_bytes());
            }
        }
    }

    fn bool(&mut self, value: bool) {
        self.0.extend_from_slice(&1i32.to_be_bytes());
        self.0.push(u8::from(value));
    }

    fn end(mut self) -> Vec<u8> {
        self.0.extend_from_slice(&(-1i16).to_be_bytes());
        self.0
    }
}

fn encode_customers(rows: &[BulkCustomer], now: &str) -> Vec<u8> {
    let mut out = Binary::new(rows.len() * 300);
    for row in rows {
        let new = &row.new;
        let removed_at =
            (new.relationship == crate::domain::customer::Relationship::Removed).then_some(now);
        let tenant_id = new.tenant_id.map(|t| t.to_string());
        out.row(16);
        out.text(Some(&row.id));
        out.text(Some(&new.company_name));
        out.text(Some(new.domain.as_str()));
        out.text(tenant_id.as_deref());
        out.text(new.contact_name.as_deref());
        out.text(new.contact_email.as_ref().map(|e| e.as_str()));
        out.text(Some(new.relationship.as_str()));
        out.text(Some(new.relationship_since.as_deref().unwrap_or(now)));
        out.bool(new.delegated_admin);
        out.text(Some(new.source.as_str()));
        out.text(new.channel.map(|c| c.as_str()));
        out.text(Some(&join_tags(&new.tags)));
        out.text(row.partner_center_relationship.as_deref());
        out.text(Some(now));
        out.text(Some(now));
        out.text(removed_at);
    }
    out.end()
}

fn encode_domains(rows: &[BulkCustomer], now: &str) -> Vec<u8> {
    let mut out = Binary::new(rows.len() * 64);
    for row in rows {
        for domain in &row.other_domains {
            out.row(3);
            out.text(Some(domain));
            out.text(Some(&row.id));
            out.text(Some(now));
        }
    }
    out.end()
}
