//! The store: the only code that speaks SQL. Its API — [`Store`] to open a
//! database and run one transaction per command, [`Db`] with one method per
//! use — is engine-blind; `sqlite` and `postgres` each hold one engine's
//! SQL, schema history and connection rules.

mod copy;
mod postgres;
mod records;
mod sqlite;

pub use records::{
    BulkCustomer, CustomerChanges, CustomerExtras, DapAfterRemoval, GdapAttention, GdapRow,
    NewInvitation, ProviderLink, WaitingInvitation,
};
pub use sqlite::migrations::MIGRATIONS;

use crate::domain::audit::{Actor, Change, LogEntry, LogFilter};
use crate::domain::customer::{Customer, CustomerFilter, NewCustomer};
use crate::domain::gdap::{GdapCard, GdapRelationship};
use crate::domain::invitation::{Invitation, InvitationStatus};
use crate::domain::provider::{NewProvider, Provider, ProviderCustomer, ProviderFilter};
use std::path::Path;

/// The SQLite schema version this binary writes.
pub const SCHEMA_VERSION: u32 = sqlite::SCHEMA_VERSION;

/// Whether a command may write: a read never turns an existing empty file
/// into a database.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    Read,
    Write,
}

/// Where the database is: a file (SQLite), or a PostgreSQL server named by
/// a `postgres://` or `postgresql://` URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    File(std::path::PathBuf),
    Server(String),
}

impl Location {
    /// `--db` / `CSP_DB`: a URL of PostgreSQL's schemes names a server,
    /// anything else a file.
    pub fn parse(value: &std::ffi::OsStr) -> Location {
        match value.to_str() {
            Some(url) if postgres::is_url(url) => Location::Server(url.to_string()),
            _ => Location::File(value.into()),
        }
    }
}

/// What a database role may do (`csp db grant`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grant {
    /// Read every table; every write is refused by the server.
    ReadOnly,
    /// Read and record; the audit log is appended to, never changed.
    Writer,
}

/// An open, migrated database of either engine.
pub struct Store {
    engine: Engine,
}

enum Engine {
    Sqlite(sqlite::Store),
    Postgres(Box<postgres::Store>),
}

/// The queries, on a plain connection (reads) or inside the write
/// transaction that [`Store::write`] opened. The `ops` layer sees this type
/// only; which engine answers is the store's business.
#[derive(Clone, Copy)]
pub struct Db<'c>(Handle<'c>);

#[derive(Clone, Copy)]
enum Handle<'c> {
    Sqlite(sqlite::Db<'c>),
    Postgres(postgres::Db<'c>),
}

impl Store {
    /// Opens the SQLite file at `path`, creating it (mode 0600) and its
    /// folder if missing, and migrating it forward. A file that is not a csp
    /// database, or one from a newer csp, is refused and left as it was.
    pub fn open(path: &Path) -> anyhow::Result<Store> {
        Store::open_at(&Location::File(path.to_path_buf()), Access::Write)
    }

    /// Opens the SQLite file for a command that only reads: an existing
    /// empty file is refused rather than made a database; a read-only file
    /// (or file system) serves the read.
    pub fn open_to_read(path: &Path) -> anyhow::Result<Store> {
        Store::open_at(&Location::File(path.to_path_buf()), Access::Read)
    }

    /// Opens the database at `location` with the engine it names.
    pub fn open_at(location: &Location, access: Access) -> anyhow::Result<Store> {
        let engine = match location {
            Location::File(path) => Engine::Sqlite(sqlite::Store::open_for(path, access)?),
            Location::Server(url) => {
                Engine::Postgres(Box::new(postgres::Store::connect(url, access)?))
            }
        };
        Ok(Store { engine })
    }

    /// The database as messages name it: the file's path, or the server's
    /// host, port and database (never a password).
    pub fn describe(&self) -> String {
        match &self.engine {
            Engine::Sqlite(s) => s.path().display().to_string(),
            Engine::Postgres(s) => s.server().to_string(),
        }
    }

    /// The engine's name and the schema version the database is at.
    pub fn schema(&self) -> (&'static str, u32) {
        match &self.engine {
            Engine::Sqlite(_) => ("SQLite", SCHEMA_VERSION),
            Engine::Postgres(_) => ("PostgreSQL", postgres::migrations::SCHEMA_VERSION as u32),
        }
    }

    /// Lets a database role read, or read and write, csp's tables. Roles
    /// are the server's: a SQLite file has none.
    pub fn grant(&mut self, role: &str, grant: Grant) -> anyhow::Result<()> {
        match &mut self.engine {
            Engine::Postgres(s) => s.grant(role, grant),
            Engine::Sqlite(_) => Err(crate::error::Error::invalid(
                "a SQLite file has no database roles: grants are for a PostgreSQL server",
            )
            .with_hint("who may change what on a file follows the profile's role (csp init --role)")
            .into()),
        }
    }

    /// Reads outside a write transaction.
    pub fn read(&self) -> Db<'_> {
        match &self.engine {
            Engine::Sqlite(s) => Db(Handle::Sqlite(s.read())),
            Engine::Postgres(s) => Db(Handle::Postgres(s.read())),
        }
    }

    /// Runs `f` inside one write transaction: everything it writes, audit
    /// entry included, commits together or not at all.
    /// Readies the connection for a bulk load (an import, a sync), before
    /// its write transaction opens: settings SQLite takes only outside one.
    pub fn prepare_bulk_load(&mut self) -> anyhow::Result<()> {
        match &mut self.engine {
            Engine::Sqlite(s) => s.prepare_bulk_load(),
            Engine::Postgres(_) => Ok(()),
        }
    }

    pub fn write<T>(&mut self, f: impl FnOnce(&Db<'_>) -> anyhow::Result<T>) -> anyhow::Result<T> {
        match &mut self.engine {
            Engine::Sqlite(s) => s.write(|db| f(&Db(Handle::Sqlite(*db)))),
            Engine::Postgres(s) => s.write(|db| f(&Db(Handle::Postgres(*db)))),
        }
    }

    /// Like [`Store::write`], but rolls back at the end (`--dry-run`).
    pub fn dry_run<T>(
        &mut self,
        f: impl FnOnce(&Db<'_>) -> anyhow::Result<T>,
    ) -> anyhow::Result<T> {
        match &mut self.engine {
            Engine::Sqlite(s) => s.dry_run(|db| f(&Db(Handle::Sqlite(*db)))),
            Engine::Postgres(s) => s.dry_run(|db| f(&Db(Handle::Postgres(*db)))),
        }
    }
}

/// A failure of the file, the disk or the server (read-only, full,
/// failing), not of the data being written: the message names the database
/// rather than a record.
pub(crate) fn is_storage_failure(e: &anyhow::Error) -> bool {
    sqlite::is_storage_failure(e) || postgres::is_storage_failure(e)
}

impl Db<'_> {
    /// Tunes the connection for a bulk load (an import). Durability is
    /// unchanged.
    /// Sent invitations whose last contact was at or before `before`.
    pub fn unanswered_invitations(
        &self,
        before: &str,
        limit: usize,
    ) -> anyhow::Result<Vec<WaitingInvitation>> {
        match self.0 {
            Handle::Sqlite(db) => db.unanswered_invitations(before, limit),
            Handle::Postgres(db) => db.unanswered_invitations(before, limit),
        }
    }

    pub fn count_unanswered_invitations(&self, before: &str, cap: u64) -> anyhow::Result<u64> {
        match self.0 {
            Handle::Sqlite(db) => db.count_unanswered_invitations(before, cap),
            Handle::Postgres(db) => db.count_unanswered_invitations(before, cap),
        }
    }

    pub fn draft_invitations(&self, limit: usize) -> anyhow::Result<Vec<WaitingInvitation>> {
        match self.0 {
            Handle::Sqlite(db) => db.draft_invitations(limit),
            Handle::Postgres(db) => db.draft_invitations(limit),
        }
    }

    pub fn count_draft_invitations(&self, cap: u64) -> anyhow::Result<u64> {
        match self.0 {
            Handle::Sqlite(db) => db.count_draft_invitations(cap),
            Handle::Postgres(db) => db.count_draft_invitations(cap),
        }
    }

    /// GDAP requests lapsing by `until` (or lapsed) as of `now`.
    pub fn lapsing_gdap_requests(
        &self,
        now: &str,
        until: &str,
        limit: usize,
    ) -> anyhow::Result<Vec<GdapAttention>> {
        match self.0 {
            Handle::Sqlite(db) => db.lapsing_gdap_requests(now, until, limit),
            Handle::Postgres(db) => db.lapsing_gdap_requests(now, until, limit),
        }
    }

    pub fn count_lapsing_gdap_requests(
        &self,
        now: &str,
        until: &str,
        cap: u64,
    ) -> anyhow::Result<u64> {
        match self.0 {
            Handle::Sqlite(db) => db.count_lapsing_gdap_requests(now, until, cap),
            Handle::Postgres(db) => db.count_lapsing_gdap_requests(now, until, cap),
        }
    }

    /// GDAP relationships ending after `now` and by `until`, not auto-extended.
    pub fn ending_gdap(
        &self,
        now: &str,
        until: &str,
        limit: usize,
    ) -> anyhow::Result<Vec<GdapAttention>> {
        match self.0 {
            Handle::Sqlite(db) => db.ending_gdap(now, until, limit),
            Handle::Postgres(db) => db.ending_gdap(now, until, limit),
        }
    }

    pub fn count_ending_gdap(&self, now: &str, until: &str, cap: u64) -> anyhow::Result<u64> {
        match self.0 {
            Handle::Sqlite(db) => db.count_ending_gdap(now, until, cap),
            Handle::Postgres(db) => db.count_ending_gdap(now, until, cap),
        }
    }

    /// Active customers whose GDAP access has expired, as of `now`.
    pub fn expired_gdap(&self, now: &str, limit: usize) -> anyhow::Result<Vec<GdapAttention>> {
        match self.0 {
            Handle::Sqlite(db) => db.expired_gdap(now, limit),
            Handle::Postgres(db) => db.expired_gdap(now, limit),
        }
    }

    pub fn count_expired_gdap(&self, now: &str, cap: u64) -> anyhow::Result<u64> {
        match self.0 {
            Handle::Sqlite(db) => db.count_expired_gdap(now, cap),
            Handle::Postgres(db) => db.count_expired_gdap(now, cap),
        }
    }

    /// GDAP relationships left in the tenants of removed customers.
    pub fn gdap_after_removal(
        &self,
        now: &str,
        limit: usize,
    ) -> anyhow::Result<Vec<GdapAttention>> {
        match self.0 {
            Handle::Sqlite(db) => db.gdap_after_removal(now, limit),
            Handle::Postgres(db) => db.gdap_after_removal(now, limit),
        }
    }

    pub fn count_gdap_after_removal(&self, now: &str, cap: u64) -> anyhow::Result<u64> {
        match self.0 {
            Handle::Sqlite(db) => db.count_gdap_after_removal(now, cap),
            Handle::Postgres(db) => db.count_gdap_after_removal(now, cap),
        }
    }

    /// Removed customers with a legacy DAP grant still recorded.
    pub fn dap_after_removal(&self, limit: usize) -> anyhow::Result<Vec<DapAfterRemoval>> {
        match self.0 {
            Handle::Sqlite(db) => db.dap_after_removal(limit),
            Handle::Postgres(db) => db.dap_after_removal(limit),
        }
    }

    pub fn count_dap_after_removal(&self, cap: u64) -> anyhow::Result<u64> {
        match self.0 {
            Handle::Sqlite(db) => db.count_dap_after_removal(cap),
            Handle::Postgres(db) => db.count_dap_after_removal(cap),
        }
    }

    /// Active customers with no admin access, counted up to `cap`.
    pub fn count_without_admin_access(&self, cap: u64) -> anyhow::Result<u64> {
        match self.0 {
            Handle::Sqlite(db) => db.count_without_admin_access(cap),
            Handle::Postgres(db) => db.count_without_admin_access(cap),
        }
    }

    /// Active customers `provider_id` cannot order for, counted up to `cap`.
    pub fn count_provider_cannot_order(&self, provider_id: &str, cap: u64) -> anyhow::Result<u64> {
        match self.0 {
            Handle::Sqlite(db) => db.count_provider_cannot_order(provider_id, cap),
            Handle::Postgres(db) => db.count_provider_cannot_order(provider_id, cap),
        }
    }

    /// The query plan of every `csp status` question, one line per step:
    /// the tests check that each reads an index, not a whole table (except
    /// the two bounded counts over customers, which stop at their LIMIT).
    pub fn status_query_plans(&self) -> anyhow::Result<Vec<(String, Vec<String>)>> {
        match self.0 {
            Handle::Sqlite(db) => db.status_query_plans(),
            Handle::Postgres(db) => db.status_query_plans(),
        }
    }

    pub fn prepare_bulk_load(&self) -> anyhow::Result<()> {
        match self.0 {
            Handle::Sqlite(db) => db.prepare_bulk_load(),
            Handle::Postgres(_) => Ok(()),
        }
    }

    /// Appends one audit entry; call it inside the change's own transaction.
    pub fn append_audit(&self, actor: &Actor, change: &Change) -> anyhow::Result<()> {
        match self.0 {
            Handle::Sqlite(db) => db.append_audit(actor, change),
            Handle::Postgres(db) => db.append_audit(actor, change),
        }
    }

    /// Streams the entries, newest first.
    pub fn for_each_log_entry(
        &self,
        filter: &LogFilter,
        f: impl FnMut(LogEntry) -> anyhow::Result<()>,
    ) -> anyhow::Result<()> {
        match self.0 {
            Handle::Sqlite(db) => db.for_each_log_entry(filter, f),
            Handle::Postgres(db) => db.for_each_log_entry(filter, f),
        }
    }

    /// Whether no customer is recorded at all (removed ones included): an
    /// import may then load in bulk.
    pub fn no_customers(&self) -> anyhow::Result<bool> {
        match self.0 {
            Handle::Sqlite(db) => db.no_customers(),
            Handle::Postgres(db) => db.no_customers(),
        }
    }

    /// Starts a bulk load into an empty customers table, inside the write
    /// transaction: rows come by [`Db::bulk_insert_customers`], then
    /// [`Db::finish_bulk_load`] proves every uniqueness rule. Nothing else
    /// may write customers in between.
    pub fn begin_bulk_load(&self) -> anyhow::Result<()> {
        match self.0 {
            Handle::Sqlite(db) => db.begin_bulk_load(),
            Handle::Postgres(db) => db.begin_bulk_load(),
        }
    }

    /// Appends new customers (and their other domains) to a bulk load.
    pub fn bulk_insert_customers(&self, rows: &[BulkCustomer], now: &str) -> anyhow::Result<()> {
        match self.0 {
            Handle::Sqlite(db) => db.bulk_insert_customers(rows, now),
            Handle::Postgres(db) => db.bulk_insert_customers(rows, now),
        }
    }

    /// Ends a bulk load: the table is as if every row had been inserted one
    /// by one, or this fails (a duplicate id, domain or tenant ID).
    pub fn finish_bulk_load(&self) -> anyhow::Result<()> {
        match self.0 {
            Handle::Sqlite(db) => db.finish_bulk_load(),
            Handle::Postgres(db) => db.finish_bulk_load(),
        }
    }

    pub fn insert_customer(&self, id: &str, new: &NewCustomer, now: &str) -> anyhow::Result<()> {
        match self.0 {
            Handle::Sqlite(db) => db.insert_customer(id, new, now),
            Handle::Postgres(db) => db.insert_customer(id, new, now),
        }
    }

    pub fn insert_customer_with(
        &self,
        id: &str,
        new: &NewCustomer,
        partner_center_relationship: Option<&str>,
        now: &str,
    ) -> anyhow::Result<()> {
        match self.0 {
            Handle::Sqlite(db) => {
                db.insert_customer_with(id, new, partner_center_relationship, now)
            }
            Handle::Postgres(db) => {
                db.insert_customer_with(id, new, partner_center_relationship, now)
            }
        }
    }

    /// Inserts the customer unless its id, domain or tenant ID is already
    /// recorded; says whether it did. Other errors are errors.
    pub fn insert_customer_if_new(
        &self,
        id: &str,
        new: &NewCustomer,
        partner_center_relationship: Option<&str>,
        now: &str,
    ) -> anyhow::Result<bool> {
        match self.0 {
            Handle::Sqlite(db) => {
                db.insert_customer_if_new(id, new, partner_center_relationship, now)
            }
            Handle::Postgres(db) => {
                db.insert_customer_if_new(id, new, partner_center_relationship, now)
            }
        }
    }

    pub fn customer(&self, id: &str) -> anyhow::Result<Option<Customer>> {
        match self.0 {
            Handle::Sqlite(db) => db.customer(id),
            Handle::Postgres(db) => db.customer(id),
        }
    }

    /// A customer as an import compares it with a row: every field and its
    /// domains; its providers and admin access may be left out.
    pub fn customer_for_import(&self, id: &str) -> anyhow::Result<Option<Customer>> {
        match self.0 {
            Handle::Sqlite(db) => db.customer_for_import(id),
            Handle::Postgres(db) => db.customer(id),
        }
    }

    /// [`Db::customer_for_import`] found by its tenant ID.
    pub fn customer_for_import_by_tenant(
        &self,
        tenant_id: &str,
    ) -> anyhow::Result<Option<Customer>> {
        match self.0 {
            Handle::Sqlite(db) => db.customer_for_import_by_tenant(tenant_id),
            Handle::Postgres(db) => match db.customer_id_by_tenant(tenant_id)? {
                Some(id) => db.customer(&id),
                None => Ok(None),
            },
        }
    }

    pub fn customer_extras(&self, id: &str) -> anyhow::Result<CustomerExtras> {
        match self.0 {
            Handle::Sqlite(db) => db.customer_extras(id),
            Handle::Postgres(db) => db.customer_extras(id),
        }
    }

    /// The customer that has `domain`, as its primary domain or another.
    pub fn customer_id_by_domain(&self, domain: &str) -> anyhow::Result<Option<String>> {
        match self.0 {
            Handle::Sqlite(db) => db.customer_id_by_domain(domain),
            Handle::Postgres(db) => db.customer_id_by_domain(domain),
        }
    }

    /// Records another domain of a customer (its `*.onmicrosoft.com` one,
    /// say). The schema refuses a domain another customer has.
    pub fn add_customer_domain(
        &self,
        customer_id: &str,
        domain: &str,
        now: &str,
    ) -> anyhow::Result<()> {
        match self.0 {
            Handle::Sqlite(db) => db.add_customer_domain(customer_id, domain, now),
            Handle::Postgres(db) => db.add_customer_domain(customer_id, domain, now),
        }
    }

    /// Forgets one of a customer's other domains; false if it had none such.
    pub fn remove_customer_domain(&self, customer_id: &str, domain: &str) -> anyhow::Result<bool> {
        match self.0 {
            Handle::Sqlite(db) => db.remove_customer_domain(customer_id, domain),
            Handle::Postgres(db) => db.remove_customer_domain(customer_id, domain),
        }
    }

    /// Makes `domain` the customer's primary domain. One of its other
    /// domains trades places with the primary one (which stays known);
    /// a domain new to it replaces the primary one.
    pub fn set_primary_domain(
        &self,
        customer_id: &str,
        domain: &str,
        now: &str,
    ) -> anyhow::Result<()> {
        match self.0 {
            Handle::Sqlite(db) => db.set_primary_domain(customer_id, domain, now),
            Handle::Postgres(db) => db.set_primary_domain(customer_id, domain, now),
        }
    }

    /// Whether an invited customer with no tenant ID is recorded: only then
    /// can an import's row be a prospect who accepted under another domain.
    pub fn any_invited_without_tenant(&self) -> anyhow::Result<bool> {
        match self.0 {
            Handle::Sqlite(db) => db.any_invited_without_tenant(),
            Handle::Postgres(db) => db.any_invited_without_tenant(),
        }
    }

    /// The invited customers with no tenant ID named exactly `name`
    /// (case-insensitive): a prospect whose tenant we learn only now.
    pub fn invited_without_tenant_named(&self, name: &str) -> anyhow::Result<Vec<String>> {
        match self.0 {
            Handle::Sqlite(db) => db.invited_without_tenant_named(name),
            Handle::Postgres(db) => db.invited_without_tenant_named(name),
        }
    }

    pub fn customer_id_by_tenant(&self, tenant_id: &str) -> anyhow::Result<Option<String>> {
        match self.0 {
            Handle::Sqlite(db) => db.customer_id_by_tenant(tenant_id),
            Handle::Postgres(db) => db.customer_id_by_tenant(tenant_id),
        }
    }

    /// Every customer a reference could mean: its id or an id prefix, its
    /// domain, its tenant ID, or its exact company name (case-insensitive).
    /// At most `cap` are returned.
    pub fn customers_matching(&self, reference: &str, cap: usize) -> anyhow::Result<Vec<Customer>> {
        match self.0 {
            Handle::Sqlite(db) => db.customers_matching(reference, cap),
            Handle::Postgres(db) => db.customers_matching(reference, cap),
        }
    }

    /// Streams the customers a list shows, ordered by company name. The
    /// record handed to `f` is reused from row to row: `f` may swap it for
    /// another customer (a list keeping the rows for another thread does),
    /// whose strings the next row is then read into.
    pub fn for_each_customer(
        &self,
        filter: &CustomerFilter,
        f: impl FnMut(&mut Customer) -> anyhow::Result<()>,
    ) -> anyhow::Result<()> {
        match self.0 {
            Handle::Sqlite(db) => db.for_each_customer(filter, f),
            Handle::Postgres(db) => db.for_each_customer(filter, f),
        }
    }

    /// Applies `changes` to customer `id`.
    pub fn update_customer(
        &self,
        id: &str,
        changes: &CustomerChanges,
        now: &str,
    ) -> anyhow::Result<()> {
        match self.0 {
            Handle::Sqlite(db) => db.update_customer(id, changes, now),
            Handle::Postgres(db) => db.update_customer(id, changes, now),
        }
    }

    /// Whether any GDAP relationship is recorded (a customer list then
    /// computes admin access per row).
    pub fn any_gdap(&self) -> anyhow::Result<bool> {
        match self.0 {
            Handle::Sqlite(db) => db.any_gdap(),
            Handle::Postgres(db) => db.any_gdap(),
        }
    }

    pub fn insert_gdap(&self, row: &GdapRow, now: &str) -> anyhow::Result<()> {
        match self.0 {
            Handle::Sqlite(db) => db.insert_gdap(row, now),
            Handle::Postgres(db) => db.insert_gdap(row, now),
        }
    }

    /// Writes every field of `row` over the stored relationship `row.id`.
    pub fn update_gdap(&self, row: &GdapRow, now: &str) -> anyhow::Result<()> {
        match self.0 {
            Handle::Sqlite(db) => db.update_gdap(row, now),
            Handle::Postgres(db) => db.update_gdap(row, now),
        }
    }

    /// The stored row of relationship `id`, for a change.
    pub fn gdap_row(&self, id: &str) -> anyhow::Result<Option<GdapRow>> {
        match self.0 {
            Handle::Sqlite(db) => db.gdap_row(id),
            Handle::Postgres(db) => db.gdap_row(id),
        }
    }

    /// Relationship `id` as recorded, with its access assignments.
    pub fn gdap_card(&self, id: &str) -> anyhow::Result<Option<GdapCard>> {
        match self.0 {
            Handle::Sqlite(db) => db.gdap_card(id),
            Handle::Postgres(db) => db.gdap_card(id),
        }
    }

    /// Every relationship a reference could mean: its id or an id prefix
    /// (8+ characters), its Microsoft id, or its display name (any case).
    pub fn gdap_matching(&self, reference: &str, cap: usize) -> anyhow::Result<Vec<GdapCard>> {
        match self.0 {
            Handle::Sqlite(db) => db.gdap_matching(reference, cap),
            Handle::Postgres(db) => db.gdap_matching(reference, cap),
        }
    }

    /// The relationship with this Microsoft id, if recorded.
    pub fn gdap_id_by_microsoft_id(&self, microsoft_id: &str) -> anyhow::Result<Option<String>> {
        match self.0 {
            Handle::Sqlite(db) => db.gdap_id_by_microsoft_id(microsoft_id),
            Handle::Postgres(db) => db.gdap_id_by_microsoft_id(microsoft_id),
        }
    }

    /// The relationship with this display name (any case), if recorded.
    pub fn gdap_id_by_display_name(&self, name: &str) -> anyhow::Result<Option<String>> {
        match self.0 {
            Handle::Sqlite(db) => db.gdap_id_by_display_name(name),
            Handle::Postgres(db) => db.gdap_id_by_display_name(name),
        }
    }

    /// A customer's relationships, newest first.
    pub fn gdap_of_customer(&self, customer_id: &str) -> anyhow::Result<Vec<GdapRelationship>> {
        match self.0 {
            Handle::Sqlite(db) => db.gdap_of_customer(customer_id),
            Handle::Postgres(db) => db.gdap_of_customer(customer_id),
        }
    }

    /// Streams relationships (of one customer, or all), by customer then
    /// newest first, with their access assignments.
    pub fn for_each_gdap(
        &self,
        customer_id: Option<&str>,
        f: impl FnMut(GdapCard) -> anyhow::Result<()>,
    ) -> anyhow::Result<()> {
        match self.0 {
            Handle::Sqlite(db) => db.for_each_gdap(customer_id, f),
            Handle::Postgres(db) => db.for_each_gdap(customer_id, f),
        }
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
        match self.0 {
            Handle::Sqlite(db) => {
                db.put_access_assignment(relationship_id, group_id, group_name, roles, now)
            }
            Handle::Postgres(db) => {
                db.put_access_assignment(relationship_id, group_id, group_name, roles, now)
            }
        }
    }

    /// A customer's invitations, oldest first (for its card).
    pub fn invitations_of_customer(&self, customer_id: &str) -> anyhow::Result<Vec<Invitation>> {
        match self.0 {
            Handle::Sqlite(db) => db.invitations_of_customer(customer_id),
            Handle::Postgres(db) => db.invitations_of_customer(customer_id),
        }
    }

    pub fn insert_invitation(&self, new: &NewInvitation<'_>) -> anyhow::Result<()> {
        match self.0 {
            Handle::Sqlite(db) => db.insert_invitation(new),
            Handle::Postgres(db) => db.insert_invitation(new),
        }
    }

    pub fn invitation(&self, id: &str) -> anyhow::Result<Option<Invitation>> {
        match self.0 {
            Handle::Sqlite(db) => db.invitation(id),
            Handle::Postgres(db) => db.invitation(id),
        }
    }

    /// The invitations an id or an id prefix of 8+ characters names (at most `cap`).
    pub fn invitations_matching(
        &self,
        reference: &str,
        cap: usize,
    ) -> anyhow::Result<Vec<Invitation>> {
        match self.0 {
            Handle::Sqlite(db) => db.invitations_matching(reference, cap),
            Handle::Postgres(db) => db.invitations_matching(reference, cap),
        }
    }

    /// A pending (draft or sent) invitation of this customer, alone
    /// (`provider_id` `None`) or with this provider.
    pub fn pending_invitation(
        &self,
        customer_id: &str,
        provider_id: Option<&str>,
    ) -> anyhow::Result<Option<Invitation>> {
        match self.0 {
            Handle::Sqlite(db) => db.pending_invitation(customer_id, provider_id),
            Handle::Postgres(db) => db.pending_invitation(customer_id, provider_id),
        }
    }

    /// A customer's pending (draft or sent) invitations, oldest first.
    pub fn pending_invitations_of_customer(
        &self,
        customer_id: &str,
    ) -> anyhow::Result<Vec<Invitation>> {
        match self.0 {
            Handle::Sqlite(db) => db.pending_invitations_of_customer(customer_id),
            Handle::Postgres(db) => db.pending_invitations_of_customer(customer_id),
        }
    }

    /// Moves an invitation to `status`, stamping the time of that step.
    pub fn set_invitation_status(
        &self,
        id: &str,
        status: InvitationStatus,
        now: &str,
    ) -> anyhow::Result<()> {
        match self.0 {
            Handle::Sqlite(db) => db.set_invitation_status(id, status, now),
            Handle::Postgres(db) => db.set_invitation_status(id, status, now),
        }
    }

    /// Records a reminder: when, and one more of them.
    pub fn record_reminder(&self, id: &str, now: &str) -> anyhow::Result<()> {
        match self.0 {
            Handle::Sqlite(db) => db.record_reminder(id, now),
            Handle::Postgres(db) => db.record_reminder(id, now),
        }
    }

    /// Whether the invitation's link asked for delegated admin privileges:
    /// only a legacy invitation, recorded before csp stopped producing
    /// `DAP=true` links, can say yes.
    pub fn invitation_delegated_admin(&self, id: &str) -> anyhow::Result<bool> {
        match self.0 {
            Handle::Sqlite(db) => db.invitation_delegated_admin(id),
            Handle::Postgres(db) => db.invitation_delegated_admin(id),
        }
    }

    /// Streams the invitations a list shows, oldest first.
    pub fn for_each_invitation(
        &self,
        filter: &crate::domain::invitation::InvitationFilter,
        f: impl FnMut(Invitation) -> anyhow::Result<()>,
    ) -> anyhow::Result<()> {
        match self.0 {
            Handle::Sqlite(db) => db.for_each_invitation(filter, f),
            Handle::Postgres(db) => db.for_each_invitation(filter, f),
        }
    }

    /// Every connected provider, each with whether it holds a relationship
    /// with `customer_id` (for the customer card's order eligibility).
    pub fn provider_links_of_customer(
        &self,
        customer_id: &str,
    ) -> anyhow::Result<Vec<ProviderLink>> {
        match self.0 {
            Handle::Sqlite(db) => db.provider_links_of_customer(customer_id),
            Handle::Postgres(db) => db.provider_links_of_customer(customer_id),
        }
    }

    /// Every provider a reference could mean (id, id prefix, tenant ID, exact name).
    pub fn providers_matching(&self, reference: &str, cap: usize) -> anyhow::Result<Vec<Provider>> {
        match self.0 {
            Handle::Sqlite(db) => db.providers_matching(reference, cap),
            Handle::Postgres(db) => db.providers_matching(reference, cap),
        }
    }

    pub fn provider(&self, id: &str) -> anyhow::Result<Option<Provider>> {
        match self.0 {
            Handle::Sqlite(db) => db.provider(id),
            Handle::Postgres(db) => db.provider(id),
        }
    }

    /// The provider with this tenant ID, connected or removed.
    pub fn provider_by_tenant(&self, tenant_id: &str) -> anyhow::Result<Option<Provider>> {
        match self.0 {
            Handle::Sqlite(db) => db.provider_by_tenant(tenant_id),
            Handle::Postgres(db) => db.provider_by_tenant(tenant_id),
        }
    }

    /// When we disconnected from the provider (`None` while connected).
    pub fn provider_removed_at(&self, id: &str) -> anyhow::Result<Option<String>> {
        match self.0 {
            Handle::Sqlite(db) => db.provider_removed_at(id),
            Handle::Postgres(db) => db.provider_removed_at(id),
        }
    }

    /// How many providers, other than `except_id`, have exactly this name
    /// (case-insensitive): a second one makes the name ambiguous as a reference.
    pub fn providers_named(&self, name: &str, except_id: Option<&str>) -> anyhow::Result<u64> {
        match self.0 {
            Handle::Sqlite(db) => db.providers_named(name, except_id),
            Handle::Postgres(db) => db.providers_named(name, except_id),
        }
    }

    pub fn insert_provider(&self, id: &str, new: &NewProvider, now: &str) -> anyhow::Result<()> {
        match self.0 {
            Handle::Sqlite(db) => db.insert_provider(id, new, now),
            Handle::Postgres(db) => db.insert_provider(id, new, now),
        }
    }

    /// Connects again with a removed provider: its name as given, its MPN ID
    /// and location where given, connected from `now`.
    pub fn reconnect_provider(&self, id: &str, new: &NewProvider, now: &str) -> anyhow::Result<()> {
        match self.0 {
            Handle::Sqlite(db) => db.reconnect_provider(id, new, now),
            Handle::Postgres(db) => db.reconnect_provider(id, new, now),
        }
    }

    /// Disconnects from a provider; the row and its links stay as history.
    pub fn remove_provider(&self, id: &str, now: &str) -> anyhow::Result<()> {
        match self.0 {
            Handle::Sqlite(db) => db.remove_provider(id, now),
            Handle::Postgres(db) => db.remove_provider(id, now),
        }
    }

    /// Streams the providers a list shows, ordered by name.
    pub fn for_each_provider(
        &self,
        filter: &ProviderFilter,
        f: impl FnMut(Provider) -> anyhow::Result<()>,
    ) -> anyhow::Result<()> {
        match self.0 {
            Handle::Sqlite(db) => db.for_each_provider(filter, f),
            Handle::Postgres(db) => db.for_each_provider(filter, f),
        }
    }

    /// The customers a provider holds its own relationship with, by name.
    pub fn customers_of_provider(
        &self,
        provider_id: &str,
    ) -> anyhow::Result<Vec<ProviderCustomer>> {
        match self.0 {
            Handle::Sqlite(db) => db.customers_of_provider(provider_id),
            Handle::Postgres(db) => db.customers_of_provider(provider_id),
        }
    }

    /// A provider's joint invitations, oldest first.
    pub fn invitations_of_provider(&self, provider_id: &str) -> anyhow::Result<Vec<Invitation>> {
        match self.0 {
            Handle::Sqlite(db) => db.invitations_of_provider(provider_id),
            Handle::Postgres(db) => db.invitations_of_provider(provider_id),
        }
    }

    /// The tenant ID and name of every connected provider.
    pub fn provider_tenants(&self) -> anyhow::Result<Vec<(String, String)>> {
        match self.0 {
            Handle::Sqlite(db) => db.provider_tenants(),
            Handle::Postgres(db) => db.provider_tenants(),
        }
    }

    /// Whether the provider holds a recorded relationship with the customer.
    pub fn provider_holds(&self, provider_id: &str, customer_id: &str) -> anyhow::Result<bool> {
        match self.0 {
            Handle::Sqlite(db) => db.provider_holds(provider_id, customer_id),
            Handle::Postgres(db) => db.provider_holds(provider_id, customer_id),
        }
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
        match self.0 {
            Handle::Sqlite(db) => db.link_provider(provider_id, customer_id, now, invitation_id),
            Handle::Postgres(db) => db.link_provider(provider_id, customer_id, now, invitation_id),
        }
    }

    /// Forgets the provider's relationship with a customer; false if none was recorded.
    pub fn detach_provider(&self, provider_id: &str, customer_id: &str) -> anyhow::Result<bool> {
        match self.0 {
            Handle::Sqlite(db) => db.detach_provider(provider_id, customer_id),
            Handle::Postgres(db) => db.detach_provider(provider_id, customer_id),
        }
    }

    /// Cancels a customer's pending (draft or sent) invitations when its
    /// relationship ends; returns their ids, oldest first. Accepted and
    /// already cancelled ones stay as they were: they are history.
    pub fn cancel_pending_invitations(
        &self,
        customer_id: &str,
        now: &str,
    ) -> anyhow::Result<Vec<String>> {
        match self.0 {
            Handle::Sqlite(db) => db.cancel_pending_invitations(customer_id, now),
            Handle::Postgres(db) => db.cancel_pending_invitations(customer_id, now),
        }
    }
}

/// A fresh id for a record: a random UUID, so that 8 characters of it are
/// almost always enough to name it.
pub fn new_id() -> String {
    uuid::Uuid::new_v4().hyphenated().to_string()
}

/// Ids for many records created together (an import). Random ids scatter
/// inserts over the whole id index, one page read and written per row once
/// the table is large; these ids follow each other, so inserts go to the same
/// few pages, yet they stay UUIDs (RFC 9562 version 8) whose first 8
/// characters name a record: the first 32 bits count up from a random start,
/// so no two records of one batch share them, and the other bits are drawn at
/// random once per batch (scrambled by the counter), so batches do not collide.
pub struct IdSequence {
    bytes: [u8; 16],
    next: u32,
}

impl IdSequence {
    pub fn new() -> IdSequence {
        let bytes = *uuid::Uuid::new_v4().as_bytes();
        let next = u32::from_be_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]);
        IdSequence { bytes, next }
    }

    pub fn next_id(&mut self) -> String {
        let mut bytes = self.bytes;
        bytes[..4].copy_from_slice(&self.next.to_be_bytes());
        // Scramble the tail by the counter too, so neighbours do not look alike.
        let mix = splitmix64(u64::from(self.next)).to_be_bytes();
        for (b, m) in bytes[8..].iter_mut().zip(mix) {
            *b ^= m;
        }
        self.next = self.next.wrapping_add(1);
        uuid::Builder::from_custom_bytes(bytes)
            .into_uuid()
            .hyphenated()
            .to_string()
    }
}

fn splitmix64(x: u64) -> u64 {
    let mut z = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

impl Default for IdSequence {
    fn default() -> Self {
        IdSequence::new()
    }
}

/// Now, in RFC 3339 UTC to the second: the form every stored time has.
pub fn now() -> String {
    crate::util::time::format(chrono::Utc::now())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_of_a_batch_are_uuids_ordered_with_distinct_8_character_prefixes() {
        let mut ids = IdSequence::new();
        let batch: Vec<String> = (0..1000).map(|_| ids.next_id()).collect();
        let mut prefixes: Vec<&str> = batch.iter().map(|id| &id[..8]).collect();
        prefixes.sort();
        prefixes.dedup();
        assert_eq!(prefixes.len(), batch.len());
        for id in &batch {
            let parsed = uuid::Uuid::parse_str(id).expect("a UUID");
            assert_eq!(parsed.get_version_num(), 8);
            assert_eq!(parsed.hyphenated().to_string(), *id);
        }
        // Sorted by insertion, except where the 32-bit counter wraps around.
        let ordered = batch.windows(2).filter(|w| w[0] < w[1]).count();
        assert!(ordered >= batch.len() - 2);
    }
}
