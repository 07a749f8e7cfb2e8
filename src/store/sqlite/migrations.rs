//! The schema's history. Each step runs once, in order, by its index in
//! `PRAGMA user_version`, inside one exclusive transaction.
//!
//! Rules (as cargo's `util/sqlite.rs` keeps them): never edit or remove a step
//! that has shipped; add a new one at the end. Never drop or rename a column
//! users may read with `sqlite3` — the man page documents them.

pub const MIGRATIONS: &[&str] = &[
    // 1: customers, indirect providers, their links, invitations, the audit log.
    r#"
CREATE TABLE customers (
    id               TEXT PRIMARY KEY NOT NULL,
    company_name     TEXT NOT NULL,
    domain           TEXT NOT NULL UNIQUE COLLATE NOCASE,
    tenant_id        TEXT UNIQUE,
    contact_name     TEXT,
    contact_email    TEXT,
    relationship     TEXT NOT NULL CHECK (relationship IN ('active', 'invited', 'removed')),
    relationship_since TEXT NOT NULL,
    delegated_admin  INTEGER NOT NULL DEFAULT 0 CHECK (delegated_admin IN (0, 1)),
    source           TEXT NOT NULL CHECK (source IN ('office365', 'azure', 'partner-center', 'invitation', 'manual')),
    channel          TEXT CHECK (channel IN ('marketing', 'microsoft-referral', 'indirect-provider', 'other')),
    tags             TEXT NOT NULL DEFAULT '',
    partner_center_relationship TEXT,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    removed_at       TEXT
);
CREATE INDEX customers_company_name ON customers (company_name COLLATE NOCASE, domain);

CREATE TABLE providers (
    id            TEXT PRIMARY KEY NOT NULL,
    name          TEXT NOT NULL,
    tenant_id     TEXT NOT NULL UNIQUE,
    mpn_id        TEXT,
    location      TEXT,
    status        TEXT NOT NULL CHECK (status IN ('connected', 'removed')),
    connected_at  TEXT NOT NULL,
    removed_at    TEXT
);
CREATE INDEX providers_name ON providers (name COLLATE NOCASE);

CREATE TABLE invitations (
    id              TEXT PRIMARY KEY NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('reseller', 'reseller_with_provider')),
    status          TEXT NOT NULL CHECK (status IN ('draft', 'sent', 'accepted', 'cancelled')),
    customer_id     TEXT NOT NULL REFERENCES customers (id),
    provider_id     TEXT REFERENCES providers (id),
    to_address      TEXT,
    delegated_admin INTEGER NOT NULL DEFAULT 0 CHECK (delegated_admin IN (0, 1)),
    link            TEXT NOT NULL,
    subject         TEXT NOT NULL,
    body            TEXT NOT NULL,
    locale          TEXT NOT NULL,
    reference       TEXT,
    created_at      TEXT NOT NULL,
    sent_at         TEXT,
    accepted_at     TEXT,
    cancelled_at    TEXT
);
CREATE INDEX invitations_customer ON invitations (customer_id);
CREATE INDEX invitations_status ON invitations (status, created_at);

CREATE TABLE provider_customers (
    provider_id    TEXT NOT NULL REFERENCES providers (id),
    customer_id    TEXT NOT NULL REFERENCES customers (id),
    since          TEXT NOT NULL,
    invitation_id  TEXT REFERENCES invitations (id),
    PRIMARY KEY (provider_id, customer_id)
) WITHOUT ROWID;
CREATE INDEX provider_customers_customer ON provider_customers (customer_id);

CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    at          TEXT NOT NULL,
    user        TEXT NOT NULL,
    role        TEXT,
    action      TEXT NOT NULL,
    entity      TEXT NOT NULL,
    entity_id   TEXT,
    customer_id TEXT,
    reason      TEXT,
    details     TEXT
);
CREATE INDEX audit_log_customer ON audit_log (customer_id);
CREATE TRIGGER audit_log_is_append_only_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_is_append_only_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
"#,
    DOMAINS_STEP,
    REMINDERS_STEP,
    GDAP_STEP,
    STATUS_STEP,
    NAMED_UNIQUE_STEP,
    OPEN_GDAP_STEP,
    PROVIDER_COUNTS_STEP,
];

/// 2: a customer's other domains (its initial `*.onmicrosoft.com` one above
/// all). `customers.domain` stays the primary domain; every domain belongs
/// to one customer only, across both tables, which the triggers keep: a
/// new customer whose domain is already another's is not inserted (the
/// import then matches that customer), and a domain recorded twice fails.
const DOMAINS_STEP: &str = r#"
CREATE TABLE customer_domains (
    domain       TEXT PRIMARY KEY NOT NULL COLLATE NOCASE,
    customer_id  TEXT NOT NULL REFERENCES customers (id),
    added_at     TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX customer_domains_customer ON customer_domains (customer_id);
CREATE TRIGGER customer_domains_unique_across_customers BEFORE INSERT ON customer_domains
WHEN EXISTS (SELECT 1 FROM customers WHERE domain = NEW.domain)
BEGIN SELECT RAISE(ABORT, 'UNIQUE constraint failed: customer_domains.domain'); END;
CREATE TRIGGER customers_domain_unique_on_insert BEFORE INSERT ON customers
WHEN EXISTS (SELECT 1 FROM customer_domains WHERE domain = NEW.domain)
BEGIN SELECT RAISE(IGNORE); END;
CREATE TRIGGER customers_domain_unique_on_update BEFORE UPDATE OF domain ON customers
WHEN EXISTS (SELECT 1 FROM customer_domains WHERE domain = NEW.domain)
BEGIN SELECT RAISE(ABORT, 'UNIQUE constraint failed: customers.domain'); END;
"#;

/// 3: chasing an invitation (`csp invite remind`): when it was last
/// re-sent, and how often.
const REMINDERS_STEP: &str = r#"
ALTER TABLE invitations ADD COLUMN reminded_at TEXT;
ALTER TABLE invitations ADD COLUMN reminders INTEGER NOT NULL DEFAULT 0 CHECK (reminders >= 0);
"#;

/// 4: GDAP admin relationships and their access assignments.
const GDAP_STEP: &str = r#"
CREATE TABLE gdap_relationships (
    id                 TEXT PRIMARY KEY NOT NULL,
    microsoft_id       TEXT UNIQUE,
    customer_id        TEXT NOT NULL REFERENCES customers (id),
    display_name       TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(display_name) BETWEEN 1 AND 50),
    roles              TEXT NOT NULL CHECK (roles <> ''),
    duration_days      INTEGER NOT NULL CHECK (duration_days BETWEEN 1 AND 730),
    auto_extend        INTEGER NOT NULL DEFAULT 0 CHECK (auto_extend IN (0, 1)),
    status             TEXT NOT NULL CHECK (status IN ('created', 'approval_pending', 'approved', 'activating',
                         'active', 'expiring', 'expired', 'termination_requested', 'terminating', 'terminated')),
    requested_at       TEXT,
    request_expires_at TEXT,
    activated_at       TEXT,
    ends_at            TEXT,
    terminated_at      TEXT,
    termination_reason TEXT,
    approval_sent_at   TEXT,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    -- Microsoft refuses auto-extend while Global Administrator is granted.
    CHECK (NOT (auto_extend = 1 AND instr(roles, '62e90394-69f5-4237-9190-012177145e10') > 0))
);
CREATE INDEX gdap_relationships_customer ON gdap_relationships (customer_id);

CREATE TABLE gdap_access_assignments (
    relationship_id  TEXT NOT NULL REFERENCES gdap_relationships (id),
    group_id         TEXT NOT NULL,
    group_name       TEXT,
    roles            TEXT NOT NULL CHECK (roles <> ''),
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    PRIMARY KEY (relationship_id, group_id)
) WITHOUT ROWID;
"#;

/// 5: indexes for `csp status`, so each of its questions reads a few index
/// entries, not a table: invitations waiting since their last contact
/// (sent, or last reminded), GDAP relationships by how soon their request
/// lapses or they end, and removed customers (a partial index: the active
/// customers an import writes cost it nothing).
const STATUS_STEP: &str = r#"
CREATE INDEX invitations_last_contact ON invitations (status, coalesce(reminded_at, sent_at));
CREATE INDEX gdap_relationships_request_expiry ON gdap_relationships (status, request_expires_at);
CREATE INDEX gdap_relationships_end ON gdap_relationships (status, ends_at);
CREATE INDEX customers_removed ON customers (removed_at) WHERE relationship = 'removed';
"#;

/// 6: customers' unique domain and tenant ID as named indexes, not column
/// constraints (whose automatic indexes cannot be dropped): an import into
/// an empty table drops them, loads the rows, and builds them by sorting
/// (see `bulk.rs`). The table is rebuilt the documented way (foreign keys
/// are off during a migration; `migrate` checks them before committing);
/// its columns, ids and rows stay as they were.
const NAMED_UNIQUE_STEP: &str = r#"
DROP TRIGGER customer_domains_unique_across_customers;
CREATE TABLE customers_rebuilt (
    id               TEXT PRIMARY KEY NOT NULL,
    company_name     TEXT NOT NULL,
    domain           TEXT NOT NULL COLLATE NOCASE,
    tenant_id        TEXT,
    contact_name     TEXT,
    contact_email    TEXT,
    relationship     TEXT NOT NULL CHECK (relationship IN ('active', 'invited', 'removed')),
    relationship_since TEXT NOT NULL,
    delegated_admin  INTEGER NOT NULL DEFAULT 0 CHECK (delegated_admin IN (0, 1)),
    source           TEXT NOT NULL CHECK (source IN ('office365', 'azure', 'partner-center', 'invitation', 'manual')),
    channel          TEXT CHECK (channel IN ('marketing', 'microsoft-referral', 'indirect-provider', 'other')),
    tags             TEXT NOT NULL DEFAULT '',
    partner_center_relationship TEXT,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    removed_at       TEXT
);
INSERT INTO customers_rebuilt SELECT id, company_name, domain, tenant_id, contact_name,
    contact_email, relationship, relationship_since, delegated_admin, source, channel, tags,
    partner_center_relationship, created_at, updated_at, removed_at
FROM customers ORDER BY rowid;
DROP TABLE customers;
ALTER TABLE customers_rebuilt RENAME TO customers;
CREATE UNIQUE INDEX customers_domain ON customers (domain);
CREATE UNIQUE INDEX customers_tenant_id ON customers (tenant_id);
CREATE INDEX customers_company_name ON customers (company_name COLLATE NOCASE, domain);
CREATE INDEX customers_removed ON customers (removed_at) WHERE relationship = 'removed';
CREATE TRIGGER customer_domains_unique_across_customers BEFORE INSERT ON customer_domains
WHEN EXISTS (SELECT 1 FROM customers WHERE domain = NEW.domain)
BEGIN SELECT RAISE(ABORT, 'UNIQUE constraint failed: customer_domains.domain'); END;
CREATE TRIGGER customers_domain_unique_on_insert BEFORE INSERT ON customers
WHEN EXISTS (SELECT 1 FROM customer_domains WHERE domain = NEW.domain)
BEGIN SELECT RAISE(IGNORE); END;
CREATE TRIGGER customers_domain_unique_on_update BEFORE UPDATE OF domain ON customers
WHEN EXISTS (SELECT 1 FROM customer_domains WHERE domain = NEW.domain)
BEGIN SELECT RAISE(ABORT, 'UNIQUE constraint failed: customers.domain'); END;
"#;

/// 7: how many GDAP relationships of each customer are open (not
/// terminated or being terminated), kept by triggers as they change, and a
/// partial index of the active customers with no admin access at all: `csp
/// status` counts those by reading that index (up to its bound), where it
/// read every active customer to find them once GDAP was everywhere (0.8 s
/// at a million customers). An import of new customers adds them with 0
/// and the index builds with the others.
const OPEN_GDAP_STEP: &str = r#"
ALTER TABLE customers ADD COLUMN open_gdap INTEGER NOT NULL DEFAULT 0;
UPDATE customers SET open_gdap = (SELECT count(*) FROM gdap_relationships g
    WHERE g.customer_id = customers.id AND g.status NOT IN ('termination_requested', 'terminating', 'terminated'))
WHERE id IN (SELECT customer_id FROM gdap_relationships);
CREATE TRIGGER gdap_relationships_open_on_insert AFTER INSERT ON gdap_relationships
WHEN NEW.status NOT IN ('termination_requested', 'terminating', 'terminated')
BEGIN UPDATE customers SET open_gdap = open_gdap + 1 WHERE id = NEW.customer_id; END;
CREATE TRIGGER gdap_relationships_open_on_delete AFTER DELETE ON gdap_relationships
WHEN OLD.status NOT IN ('termination_requested', 'terminating', 'terminated')
BEGIN UPDATE customers SET open_gdap = open_gdap - 1 WHERE id = OLD.customer_id; END;
CREATE TRIGGER gdap_relationships_open_on_update AFTER UPDATE OF status, customer_id ON gdap_relationships
BEGIN
    UPDATE customers SET open_gdap = open_gdap - 1
    WHERE id = OLD.customer_id AND OLD.status NOT IN ('termination_requested', 'terminating', 'terminated');
    UPDATE customers SET open_gdap = open_gdap + 1
    WHERE id = NEW.customer_id AND NEW.status NOT IN ('termination_requested', 'terminating', 'terminated');
END;
CREATE INDEX customers_without_admin_access ON customers (id)
    WHERE relationship = 'active' AND delegated_admin = 0 AND open_gdap = 0;
"#;

/// 8: how many customers are active, and how many of them each provider
/// holds a relationship with, kept by triggers as customers and links
/// change: `csp status` says how many active customers the default
/// provider cannot order for by subtracting one from the other, where it
/// read every active customer to find them once the provider served nearly
/// all (1.07 s at a million customers). SQLite only: the file has one
/// writer at a time, where on a server the one row of counts would be
/// locked by every admin's import until it commits. An import into an
/// empty table drops the insert trigger and counts once at the end.
const PROVIDER_COUNTS_STEP: &str = r#"
CREATE TABLE customer_counts (active INTEGER NOT NULL);
INSERT INTO customer_counts (active) SELECT count(*) FROM customers WHERE relationship = 'active';
ALTER TABLE providers ADD COLUMN active_customers INTEGER NOT NULL DEFAULT 0;
UPDATE providers SET active_customers = (SELECT count(*) FROM provider_customers pc
    JOIN customers c ON c.id = pc.customer_id
    WHERE pc.provider_id = providers.id AND c.relationship = 'active');
CREATE TRIGGER customers_counted_on_insert AFTER INSERT ON customers
WHEN NEW.relationship = 'active'
BEGIN UPDATE customer_counts SET active = active + 1; END;
CREATE TRIGGER customers_counted_on_delete AFTER DELETE ON customers
WHEN OLD.relationship = 'active'
BEGIN UPDATE customer_counts SET active = active - 1; END;
CREATE TRIGGER customers_counted_on_update AFTER UPDATE OF relationship ON customers
WHEN (OLD.relationship = 'active') <> (NEW.relationship = 'active')
BEGIN
    UPDATE customer_counts SET active = active + iif(NEW.relationship = 'active', 1, -1);
    UPDATE providers SET active_customers = active_customers + iif(NEW.relationship = 'active', 1, -1)
    WHERE id IN (SELECT provider_id FROM provider_customers WHERE customer_id = NEW.id);
END;
CREATE TRIGGER provider_customers_counted_on_insert AFTER INSERT ON provider_customers
WHEN (SELECT relationship FROM customers WHERE id = NEW.customer_id) = 'active'
BEGIN UPDATE providers SET active_customers = active_customers + 1 WHERE id = NEW.provider_id; END;
CREATE TRIGGER provider_customers_counted_on_delete AFTER DELETE ON provider_customers
WHEN (SELECT relationship FROM customers WHERE id = OLD.customer_id) = 'active'
BEGIN UPDATE providers SET active_customers = active_customers - 1 WHERE id = OLD.provider_id; END;
CREATE TRIGGER provider_customers_counted_on_update AFTER UPDATE OF provider_id, customer_id ON provider_customers
BEGIN
    UPDATE providers SET active_customers = active_customers - 1
    WHERE id = OLD.provider_id AND (SELECT relationship FROM customers WHERE id = OLD.customer_id) = 'active';
    UPDATE providers SET active_customers = active_customers + 1
    WHERE id = NEW.provider_id AND (SELECT relationship FROM customers WHERE id = NEW.customer_id) = 'active';
END;
"#;

/// Every table csp's history ever created: a file with any other table is
/// not a csp database.
pub(super) fn tables() -> Vec<&'static str> {
    MIGRATIONS
        .iter()
        .flat_map(|step| step.split("CREATE TABLE ").skip(1))
        .filter_map(|rest| rest.split_whitespace().next())
        .map(|name| {
            name.trim_start_matches("IF NOT EXISTS")
                .trim_end_matches('(')
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_history_names_its_tables() {
        let tables = super::tables();
        for t in [
            "customers",
            "providers",
            "invitations",
            "provider_customers",
            "audit_log",
            "gdap_relationships",
            "gdap_access_assignments",
        ] {
            assert!(tables.contains(&t), "{t} missing from {tables:?}");
        }
    }
}
