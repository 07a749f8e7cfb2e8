//! The PostgreSQL engine, for a team sharing one server: connecting the way
//! libpq does (`sslmode`, `PGPASSWORD`, `~/.pgpass`), migrating the schema
//! under an advisory lock, and one write transaction per command; its
//! children hold the engine's SQL.

mod bulk;
mod connect;
mod copy;
mod grants;
pub mod migrations;
mod queries;
mod status;
mod tls;

use super::Access;
use crate::error::Error;
use std::cell::RefCell;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

pub use connect::is_url;

/// The key of the transaction-level advisory lock every write takes first:
/// csp's writers follow each other as they do on the SQLite file (where
/// `BEGIN IMMEDIATE` takes the file's write lock), so a command's reads and
/// the writes it bases on them see no other admin's change in between.
pub(super) const WRITE_LOCK: i64 = 0x6373_705f_7772_6974; // "csp_writ"

/// The connection, shared with the thread that copies a bulk load's rows
/// while the importer reads the next ones (`bulk.rs`).
type Connection = Arc<Mutex<postgres::Client>>;

/// The connection, once nobody else uses it.
pub(super) fn lock(connection: &Connection) -> MutexGuard<'_, postgres::Client> {
    connection.lock().unwrap_or_else(PoisonError::into_inner)
}

/// An open, migrated PostgreSQL database.
pub struct Store {
    client: Connection,
    /// The bulk load's copy under way, if any.
    copying: RefCell<Option<bulk::Copying>>,
    /// Statements prepared on this connection, by their SQL: an import
    /// runs the same few thousands of times, one round trip each.
    statements: RefCell<std::collections::HashMap<String, postgres::Statement>>,
    /// The server as messages name it (host and database, never the password).
    server: String,
}

/// The queries, on the connection (reads) or inside the write transaction
/// that [`Store::write`] opened.
#[derive(Clone, Copy)]
pub struct Db<'c> {
    pub(super) client: &'c Connection,
    pub(super) statements: &'c RefCell<std::collections::HashMap<String, postgres::Statement>>,
    copying: &'c RefCell<Option<bulk::Copying>>,
}

impl Store {
    pub fn connect(url: &str, access: Access) -> anyhow::Result<Store> {
        let (client, server) = connect::connect(url)?;
        let store = Store {
            client: Arc::new(Mutex::new(client)),
            copying: RefCell::default(),
            statements: RefCell::default(),
            server,
        };
        migrations::check_and_migrate(&store, access)?;
        Ok(store)
    }

    /// The server as messages name it.
    pub fn server(&self) -> &str {
        &self.server
    }

    pub fn read(&self) -> Db<'_> {
        Db {
            client: &self.client,
            statements: &self.statements,
            copying: &self.copying,
        }
    }

    pub fn write<T>(&mut self, f: impl FnOnce(&Db<'_>) -> anyhow::Result<T>) -> anyhow::Result<T> {
        self.transaction(true, f)
    }

    pub fn dry_run<T>(
        &mut self,
        f: impl FnOnce(&Db<'_>) -> anyhow::Result<T>,
    ) -> anyhow::Result<T> {
        self.transaction(false, f)
    }

    fn transaction<T>(
        &mut self,
        commit: bool,
        f: impl FnOnce(&Db<'_>) -> anyhow::Result<T>,
    ) -> anyhow::Result<T> {
        let begin = format!("BEGIN; SELECT pg_advisory_xact_lock({WRITE_LOCK});");
        lock(&self.client)
            .batch_execute(&begin)
            .map_err(|e| self.refused(e.into()))?;
        let result = f(&self.read());
        // A copy still under way (the command failed before its bulk load
        // ended) finishes inside the transaction, whatever it says.
        let copied = self.read().settle_bulk();
        let result = result.and_then(|value| copied.map(|()| value));
        let end = if commit && result.is_ok() {
            "COMMIT"
        } else {
            "ROLLBACK"
        };
        let ended = lock(&self.client).batch_execute(end);
        let value = result.map_err(|e| self.refused(e))?;
        ended.map_err(|e| self.refused(e.into()))?;
        Ok(value)
    }

    /// The server's refusals a user can act on, as csp's statuses: a role
    /// without the grant is status 4 naming the database's refusal; a lost
    /// connection or a server failure says which server.
    fn refused(&self, e: anyhow::Error) -> anyhow::Error {
        refused(&self.server, e)
    }
}

pub(super) fn refused(server: &str, e: anyhow::Error) -> anyhow::Error {
    let Some(pg) = e.chain().find_map(|c| c.downcast_ref::<postgres::Error>()) else {
        return e;
    };
    if let Some(db) = pg.as_db_error() {
        if *db.code() == postgres::error::SqlState::INSUFFICIENT_PRIVILEGE {
            return Error::not_allowed(format!(
                "the database {server} refused the change: {}; nothing was changed",
                db.message()
            ))
            .with_hint("your database role may only read: ask the database's owner for `csp db grant --writer`")
            .into();
        }
        return e;
    }
    if pg.is_closed() || pg.as_db_error().is_none() {
        let msg = format!("lost the connection to the PostgreSQL server {server}: {pg}");
        return Error::failure(msg)
            .with_hint("check that the server is up and reachable, then run the command again; nothing was changed")
            .into();
    }
    e
}

/// A failure of the server itself (disk full, read-only, shut down).
pub(super) fn is_storage_failure(e: &anyhow::Error) -> bool {
    use postgres::error::SqlState;
    e.chain()
        .filter_map(|c| c.downcast_ref::<postgres::Error>())
        .filter_map(|e| e.code())
        .any(|code| {
            [
                SqlState::DISK_FULL,
                SqlState::IO_ERROR,
                SqlState::READ_ONLY_SQL_TRANSACTION,
                SqlState::ADMIN_SHUTDOWN,
            ]
            .contains(code)
        })
}
