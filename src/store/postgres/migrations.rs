//! The schema's history on PostgreSQL, its own (SQLite has another, in
//! `store/sqlite/migrations.rs`). Each step runs once, in order, by its
//! index in `csp_schema.version`, all of them in one transaction under an
//! advisory lock, so two csp starting at once migrate once.
//!
//! Rules: never edit or remove a step that has shipped; add a new one at
//! the end. Times are stored as RFC 3339 text (`YYYY-MM-DDTHH:MM:SSZ`) as
//! on SQLite, so both engines compare and print them alike. Domains are
//! stored lower-case (checked on entry and by constraint); names compare
//! case-insensitively through `lower()`.

use super::{Access, Store};
use crate::error::Error;

pub const MIGRATIONS: &[&str] = &[FIRST_STEP, OPEN_GDAP_STEP];

/// The schema version this binary writes on PostgreSQL.
pub const SCHEMA_VERSION: i32 = MIGRATIONS.len() as i32;

/// The advisory lock a migration holds (any csp migrating waits on it).
const MIGRATION_LOCK: i64 = 0x6373_705f_6d69_6772; // "csp_migr"

/// 1: everything the SQLite file has at its version 5 — customers and their
/// other domains, providers and their links, invitations (with reminders),
/// the append-only audit log, GDAP relationships and access assignments,
/// and the indexes `csp status` reads.
const FIRST_STEP: &str = r#"
CREATE TABLE csp_schema (
    version integer NOT NULL
);

CREATE TABLE customers (
    id               text PRIMARY KEY,
    company_name     text NOT NULL,
    domain           text NOT NULL UNIQUE CHECK (domain = lower(domain)),
    tenant_id        text UNIQUE,
    contact_name     text,
    contact_email    text,
    relationship     text NOT NULL CHECK (relationship IN ('active', 'invited', 'removed')),
    relationship_since text NOT NULL,
    delegated_admin  boolean NOT NULL DEFAULT false,
    source           text NOT NULL CHECK (source IN ('office365', 'azure', 'partner-center', 'invitation', 'manual')),
    channel          text CHECK (channel IN ('marketing', 'microsoft-referral', 'indirect-provider', 'other')),
    tags             text NOT NULL DEFAULT '',
    partner_center_relationship text,
    created_at       text NOT NULL,
    updated_at       text NOT NULL,
    removed_at       text
);
CREATE INDEX customers_company_name ON customers (lower(company_name), domain);
CREATE INDEX customers_removed ON customers (removed_at) WHERE relationship = 'removed';
CREATE INDEX customers_company_name_prefix ON customers (lower(company_name) text_pattern_ops);

CREATE TABLE providers (
    id            text PRIMARY KEY,
    name          text NOT NULL,
    tenant_id     text NOT NULL UNIQUE,
    mpn_id        text,
    location      text,
    status        text NOT NULL CHECK (status IN ('connected', 'removed')),
    connected_at  text NOT NULL,
    removed_at    text
);
CREATE INDEX providers_name ON providers (lower(name));

CREATE TABLE invitations (
    id              text PRIMARY KEY,
    kind            text NOT NULL CHECK (kind IN ('reseller', 'reseller_with_provider')),
    status          text NOT NULL CHECK (status IN ('draft', 'sent', 'accepted', 'cancelled')),
    customer_id     text NOT NULL REFERENCES customers (id),
    provider_id     text REFERENCES providers (id),
    to_address      text,
    delegated_admin boolean NOT NULL DEFAULT false,
    link            text NOT NULL,
    subject         text NOT NULL,
    body            text NOT NULL,
    locale          text NOT NULL,
    reference       text,
    created_at      text NOT NULL,
    sent_at         text,
    accepted_at     text,
    cancelled_at    text,
    reminded_at     text,
    reminders       integer NOT NULL DEFAULT 0 CHECK (reminders >= 0)
);
CREATE INDEX invitations_customer ON invitations (customer_id);
CREATE INDEX invitations_status ON invitations (status, created_at);
CREATE INDEX invitations_last_contact ON invitations (status, coalesce(reminded_at, sent_at));
-- At most one pending (draft or sent) invitation per customer and provider.
CREATE UNIQUE INDEX invitations_one_pending ON invitations (customer_id, coalesce(provider_id, ''))
    WHERE status IN ('draft', 'sent');

CREATE TABLE provider_customers (
    provider_id    text NOT NULL REFERENCES providers (id),
    customer_id    text NOT NULL REFERENCES customers (id),
    since          text NOT NULL,
    invitation_id  text REFERENCES invitations (id),
    PRIMARY KEY (provider_id, customer_id)
);
CREATE INDEX provider_customers_customer ON provider_customers (customer_id);

CREATE TABLE audit_log (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at          text NOT NULL,
    "user"      text NOT NULL,
    role        text,
    action      text NOT NULL,
    entity      text NOT NULL,
    entity_id   text,
    customer_id text,
    reason      text,
    details     text
);
CREATE INDEX audit_log_customer ON audit_log (customer_id);
CREATE FUNCTION csp_audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'integrity_constraint_violation'; END $$;
CREATE TRIGGER audit_log_is_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION csp_audit_log_is_append_only();
REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM PUBLIC;

-- A customer's other domains; every domain belongs to one customer only,
-- across both tables (the triggers keep it, as on SQLite: a new customer
-- whose domain is another's other domain is skipped, the import then
-- matches that customer).
CREATE TABLE customer_domains (
    domain       text PRIMARY KEY CHECK (domain = lower(domain)),
    customer_id  text NOT NULL REFERENCES customers (id),
    added_at     text NOT NULL
);
CREATE INDEX customer_domains_customer ON customer_domains (customer_id);
CREATE FUNCTION csp_customer_domains_unique() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM customers WHERE domain = NEW.domain) THEN
        RAISE EXCEPTION 'duplicate key value violates unique constraint "customer_domains_pkey"'
            USING ERRCODE = 'unique_violation';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER customer_domains_unique_across_customers BEFORE INSERT OR UPDATE ON customer_domains
    FOR EACH ROW EXECUTE FUNCTION csp_customer_domains_unique();
CREATE FUNCTION csp_customers_domain_unique() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM customer_domains WHERE domain = NEW.domain) THEN
        IF TG_OP = 'INSERT' THEN
            RETURN NULL;
        END IF;
        RAISE EXCEPTION 'duplicate key value violates unique constraint "customers_domain_key"'
            USING ERRCODE = 'unique_violation';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER customers_domain_unique_on_insert BEFORE INSERT ON customers
    FOR EACH ROW EXECUTE FUNCTION csp_customers_domain_unique();
CREATE TRIGGER customers_domain_unique_on_update BEFORE UPDATE OF domain ON customers
    FOR EACH ROW EXECUTE FUNCTION csp_customers_domain_unique();

CREATE TABLE gdap_relationships (
    id                 text PRIMARY KEY,
    microsoft_id       text UNIQUE,
    customer_id        text NOT NULL REFERENCES customers (id),
    display_name       text NOT NULL CHECK (char_length(display_name) BETWEEN 1 AND 50),
    roles              text NOT NULL CHECK (roles <> ''),
    duration_days      integer NOT NULL CHECK (duration_days BETWEEN 1 AND 730),
    auto_extend        boolean NOT NULL DEFAULT false,
    status             text NOT NULL CHECK (status IN ('created', 'approval_pending', 'approved', 'activating',
                         'active', 'expiring', 'expired', 'termination_requested', 'terminating', 'terminated')),
    requested_at       text,
    request_expires_at text,
    activated_at       text,
    ends_at            text,
    terminated_at      text,
    termination_reason text,
    approval_sent_at   text,
    created_at         text NOT NULL,
    updated_at         text NOT NULL,
    -- Microsoft refuses auto-extend while Global Administrator is granted.
    CHECK (NOT (auto_extend AND strpos(roles, '62e90394-69f5-4237-9190-012177145e10') > 0))
);
-- For `csp status`: each of its questions reads a few index entries.
CREATE INDEX gdap_relationships_request_expiry ON gdap_relationships (status, request_expires_at);
CREATE INDEX gdap_relationships_end ON gdap_relationships (status, ends_at);
CREATE UNIQUE INDEX gdap_relationships_display_name ON gdap_relationships (lower(display_name));
CREATE INDEX gdap_relationships_customer ON gdap_relationships (customer_id);

CREATE TABLE gdap_access_assignments (
    relationship_id  text NOT NULL REFERENCES gdap_relationships (id),
    group_id         text NOT NULL,
    group_name       text,
    roles            text NOT NULL CHECK (roles <> ''),
    created_at       text NOT NULL,
    updated_at       text NOT NULL,
    PRIMARY KEY (relationship_id, group_id)
);
"#;

/// 2: how many GDAP relationships of each customer are open, kept by a
/// trigger, and a partial index of the active customers with no admin
/// access, as SQLite's migration 7 (`csp status` reads the index).
const OPEN_GDAP_STEP: &str = r#"
ALTER TABLE customers ADD COLUMN open_gdap integer NOT NULL DEFAULT 0;
UPDATE customers c SET open_gdap = g.n
FROM (SELECT customer_id, count(*) AS n FROM gdap_relationships
      WHERE status NOT IN ('termination_requested', 'terminating', 'terminated') GROUP BY customer_id) g
WHERE g.customer_id = c.id;
CREATE FUNCTION csp_gdap_relationships_open() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        IF OLD.status NOT IN ('termination_requested', 'terminating', 'terminated') THEN
            UPDATE customers SET open_gdap = open_gdap - 1 WHERE id = OLD.customer_id;
        END IF;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        IF NEW.status NOT IN ('termination_requested', 'terminating', 'terminated') THEN
            UPDATE customers SET open_gdap = open_gdap + 1 WHERE id = NEW.customer_id;
        END IF;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER gdap_relationships_open
    AFTER INSERT OR DELETE OR UPDATE OF status, customer_id ON gdap_relationships
    FOR EACH ROW EXECUTE FUNCTION csp_gdap_relationships_open();
CREATE INDEX customers_without_admin_access ON customers (id)
    WHERE relationship = 'active' AND NOT delegated_admin AND open_gdap = 0;
"#;

/// The schema version in the connected database, 0 for one without csp's
/// tables; a database with tables of its own but no `csp_schema` is not
/// csp's, and is refused.
fn read_version(client: &mut postgres::Client, server: &str) -> anyhow::Result<i32> {
    let row = client.query_one(
        "SELECT to_regclass('csp_schema') IS NOT NULL,
                (SELECT count(*) FROM pg_tables WHERE schemaname = current_schema())",
        &[],
    )?;
    let has_schema: bool = row.get(0);
    let tables: i64 = row.get(1);
    if !has_schema {
        if tables > 0 {
            return Err(Error::failure(format!(
                "the database {server} is not a csp database (it holds tables of another program and no csp_schema); it was left as it was"
            ))
            .with_hint("create an empty database for csp (createdb csp) and name it in --db or CSP_DB")
            .into());
        }
        return Ok(0);
    }
    let version: Option<i32> = client
        .query_opt("SELECT max(version) FROM csp_schema", &[])?
        .and_then(|r| r.get(0));
    Ok(version.unwrap_or(0))
}

fn refuse_newer(version: i32, server: &str) -> anyhow::Result<()> {
    if version > SCHEMA_VERSION {
        return Err(Error::failure(format!(
            "the database {server} has schema version {version}, newer than this csp knows ({SCHEMA_VERSION}); it was left as it was"
        ))
        .with_hint("upgrade csp to use this database")
        .into());
    }
    Ok(())
}

/// Refuses a newer schema untouched; brings an older one up to date, in one
/// transaction under the migration lock. An empty database is made csp's
/// only by a command that writes.
pub(super) fn check_and_migrate(store: &Store, access: Access) -> anyhow::Result<()> {
    let server = store.server.as_str();
    let mut client = super::lock(&store.client);
    let version = read_version(&mut client, server).map_err(|e| super::refused(server, e))?;
    refuse_newer(version, server)?;
    if version == SCHEMA_VERSION {
        return Ok(());
    }
    if version == 0 && access == Access::Read {
        return Err(Error::failure(format!(
            "the database {server} holds no csp data yet"
        ))
        .with_hint("a command that records something (or csp db migrate) creates csp's tables there")
        .into());
    }
    migrate(&mut client, server)
}

/// Applies the steps after the version found once the lock is held.
pub(super) fn migrate(client: &mut postgres::Client, server: &str) -> anyhow::Result<()> {
    let mut tx = client.transaction()?;
    tx.execute("SELECT pg_advisory_xact_lock($1)", &[&MIGRATION_LOCK])?;
    let version = read_version_in(&mut tx, server)?;
    refuse_newer(version, server)?;
    for (index, step) in MIGRATIONS.iter().enumerate().skip(version as usize) {
        tx.batch_execute(step).map_err(|e| {
            super::refused(server, anyhow::Error::new(e))
                .context(format!("migration {} of {server} failed", index + 1))
        })?;
    }
    tx.execute("DELETE FROM csp_schema", &[])?;
    tx.execute(
        "INSERT INTO csp_schema (version) VALUES ($1)",
        &[&SCHEMA_VERSION],
    )?;
    tx.commit()?;
    Ok(())
}

fn read_version_in(tx: &mut postgres::Transaction<'_>, server: &str) -> anyhow::Result<i32> {
    let exists: bool = tx
        .query_one("SELECT to_regclass('csp_schema') IS NOT NULL", &[])?
        .get(0);
    if !exists {
        return Ok(0);
    }
    let version: Option<i32> = tx
        .query_one("SELECT max(version) FROM csp_schema", &[])?
        .get(0);
    let version = version.unwrap_or(0);
    refuse_newer(version, server)?;
    Ok(version)
}
