//! The SQLite engine: opening the file safely, migrating it forward, and
//! one write transaction per command; its children hold the engine's SQL.

mod audit;
mod bulk;
mod copy;
mod customers;
mod gdap;
mod invitations;
pub mod migrations;
mod providers;
mod removal;
mod status;

pub use migrations::MIGRATIONS;

use crate::error::Error;
use anyhow::Context;
use rusqlite::{Connection, OpenFlags, OptionalExtension, TransactionBehavior};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The schema version this binary writes.
pub const SCHEMA_VERSION: u32 = MIGRATIONS.len() as u32;

/// How far past [`SCHEMA_VERSION`] a `user_version` may be and still be
/// taken for a newer csp's file (refused as newer) rather than another
/// program's (refused as not csp's).
const FUTURE_VERSIONS: u32 = 1000;

/// How long a command waits for another `csp` holding the write lock
/// (`CSP_BUSY_TIMEOUT`, in seconds, changes it).
const BUSY_TIMEOUT: Duration = Duration::from_secs(30);

/// After this long waiting on a lock, a command says so on stderr.
const SAY_WAITING_AFTER: Duration = Duration::from_secs(1);

fn busy_timeout() -> Duration {
    std::env::var("CSP_BUSY_TIMEOUT")
        .ok()
        .and_then(|v| v.trim().parse::<u64>().ok())
        .map_or(BUSY_TIMEOUT, Duration::from_secs)
}

use super::Access;

/// An open, migrated SQLite file.
pub struct Store {
    conn: Connection,
    path: PathBuf,
    /// A first load writes without the WAL (see `prepare_bulk_load`);
    /// WAL is back when the store closes.
    wal_paused: bool,
}

impl Drop for Store {
    fn drop(&mut self) {
        if self.wal_paused {
            // Busy (another csp opened the file meanwhile): its open
            // switches to WAL itself, as every open does.
            let _ = self
                .conn
                .query_row("PRAGMA journal_mode = WAL", [], |r| r.get::<_, String>(0));
        }
    }
}

/// The queries, on a plain connection (reads) or inside the write
/// transaction that [`Store::write`] opened.
#[derive(Clone, Copy)]
pub struct Db<'c> {
    pub(super) conn: &'c Connection,
}

impl Store {
    /// Opens the file at `path`, creating it (mode 0600) and its folder if
    /// missing, and migrating it forward. A file that is not a csp database,
    /// or one from a newer csp, is refused and left as it was. For a command
    /// that only reads, an existing empty file is refused rather than made a
    /// database, and a read-only file (or file system) serves the read.
    pub(super) fn open_for(path: &Path, access: Access) -> anyhow::Result<Store> {
        refuse_special_file(path, access)?;
        create_if_missing(path)?;
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_NO_MUTEX
                | OpenFlags::SQLITE_OPEN_URI,
        )
        .with_context(|| format!("cannot open database {}", path.display()))?;
        waiting::watch(&conn, path)?;
        let store = Store {
            conn,
            path: path.to_path_buf(),
            wal_paused: false,
        };
        match store.check_and_migrate() {
            Ok(()) => Ok(store),
            Err(e) if access == Access::Read && is_read_only_failure(&e) => {
                drop(store);
                Store::open_read_only(path)
            }
            Err(e) => Err(e),
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// A file (or folder) this user may not write still serves a read: a
    /// WAL database whose `-shm` cannot be made is opened immutable, a
    /// snapshot that never writes anything, not even beside the file.
    fn open_read_only(path: &Path) -> anyhow::Result<Store> {
        let uri = format!("file:{}?immutable=1", uri_path(path));
        let conn = Connection::open_with_flags(
            &uri,
            OpenFlags::SQLITE_OPEN_READ_ONLY
                | OpenFlags::SQLITE_OPEN_NO_MUTEX
                | OpenFlags::SQLITE_OPEN_URI,
        )
        .with_context(|| format!("cannot open database {}", path.display()))?;
        let store = Store {
            conn,
            path: path.to_path_buf(),
            wal_paused: false,
        };
        let version = store.read_version()?;
        store.refuse_newer(version)?;
        if version < SCHEMA_VERSION {
            return Err(Error::failure(format!(
                "database {} is from an older csp and read-only, so it cannot be brought up to date",
                store.path.display()
            ))
            .with_hint("run csp once as a user who may write to it")
            .into());
        }
        Ok(store)
    }

    fn not_csp(&self, why: impl std::fmt::Display) -> Error {
        Error::failure(format!(
            "{} is not a csp database ({why}); it was left as it was",
            self.path.display()
        ))
        .with_hint("pass another file with --db or CSP_DB")
    }

    fn check_and_migrate(&self) -> anyhow::Result<()> {
        // Read before writing anything: a junk file or a newer schema must not
        // be touched, not even by switching the journal mode.
        // A truncated file needs no check of ours: SQLite finds its header's
        // page count larger than the file and reports it malformed.
        let version = self.read_version()?;
        self.refuse_newer(version)?;
        self.set_journal_mode()?;
        self.conn
            .execute_batch("PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;")?;
        if version < SCHEMA_VERSION {
            self.migrate()?;
        }
        Ok(())
    }

    /// The schema version, and the proof that the file is a csp database of
    /// that version, read in one transaction: another csp migrating the new
    /// file at the same moment must not make its tables look foreign.
    ///
    /// `user_version` is a 32-bit field that csp only ever sets to an index
    /// of its history; it is read unsigned, so a negative value stamped by
    /// another program is far outside that history, never "before it".
    fn read_version(&self) -> anyhow::Result<u32> {
        let read = || -> rusqlite::Result<(u32, Vec<String>)> {
            self.conn.execute_batch("BEGIN DEFERRED")?;
            let raw: i64 = self
                .conn
                .query_row("PRAGMA user_version", [], |r| r.get(0))?;
            let version = raw as i32 as u32;
            let mut stmt = self.conn.prepare(
                "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
            )?;
            let tables = stmt
                .query_map([], |r| r.get(0))?
                .collect::<rusqlite::Result<Vec<String>>>()?;
            Ok((version, tables))
        };
        let result = read();
        let _ = self.conn.execute_batch("COMMIT");
        let (version, tables) = result.map_err(|e| {
            if is_busy(&e) {
                self.locked()
            } else {
                self.unreadable(e)
            }
        })?;
        if version == 0 {
            if !tables.is_empty() {
                return Err(self.not_csp("it holds tables of another program").into());
            }
            return Ok(0);
        }
        if version > SCHEMA_VERSION + FUTURE_VERSIONS {
            return Err(self
                .not_csp(format_args!(
                    "its user_version {version} is outside csp's history"
                ))
                .into());
        }
        let ours = migrations::tables();
        if let Some(other) = tables.iter().find(|t| !ours.contains(&t.as_str())) {
            return Err(self
                .not_csp(format_args!("it holds a table `{other}` csp never made"))
                .into());
        }
        if !tables.iter().any(|t| t == "customers") {
            return Err(self
                .not_csp(format_args!(
                    "its user_version is {version} but it has none of csp's tables"
                ))
                .into());
        }
        Ok(version)
    }

    /// A file that is not a database at all says so; one that cannot be
    /// opened (permissions, a read-only folder) says that instead.
    fn unreadable(&self, e: rusqlite::Error) -> anyhow::Error {
        match e.sqlite_error_code() {
            Some(rusqlite::ErrorCode::NotADatabase | rusqlite::ErrorCode::DatabaseCorrupt) => {
                self.not_csp(e).into()
            }
            _ => anyhow::Error::new(e)
                .context(format!("cannot open database {}", self.path.display())),
        }
    }

    fn refuse_newer(&self, version: u32) -> anyhow::Result<()> {
        if version > SCHEMA_VERSION {
            return Err(Error::failure(format!(
                "database {} has schema version {version}, newer than this csp knows ({SCHEMA_VERSION}); it was left as it was",
                self.path.display()
            ))
            .with_hint("upgrade csp to use this database")
            .into());
        }
        Ok(())
    }

    /// WAL lets readers go on while one `csp` writes. Switching needs a moment
    /// of exclusive access, which SQLite does not wait for: retry briefly.
    fn set_journal_mode(&self) -> anyhow::Result<()> {
        // A file that is already in WAL mode needs no switch (a read-only
        // file could not make it anyway).
        let current: Result<String, _> =
            self.conn.query_row("PRAGMA journal_mode", [], |r| r.get(0));
        if current.is_ok_and(|m| m.eq_ignore_ascii_case("wal")) {
            return Ok(());
        }
        let deadline = std::time::Instant::now() + busy_timeout();
        loop {
            let mode: Result<String, _> =
                self.conn
                    .query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0));
            match mode {
                Ok(_) => return Ok(()),
                Err(e) if is_busy(&e) && std::time::Instant::now() >= deadline => {
                    return Err(self.locked())
                }
                Err(e) if is_busy(&e) && std::time::Instant::now() < deadline => {
                    std::thread::sleep(Duration::from_millis(20));
                }
                Err(e) => {
                    return Err(anyhow::Error::new(e)
                        .context(format!("cannot open database {}", self.path.display())))
                }
            }
        }
    }

    fn migrate(&self) -> anyhow::Result<()> {
        // A step may rebuild a table others refer to (SQLite's documented
        // way: foreign keys off, which only works outside a transaction;
        // every reference is checked before the commit).
        self.conn.execute_batch("PRAGMA foreign_keys = OFF")?;
        let migrated = self.migrate_steps();
        self.conn.execute_batch("PRAGMA foreign_keys = ON")?;
        migrated
    }

    fn migrate_steps(&self) -> anyhow::Result<()> {
        self.conn
            .execute_batch("BEGIN EXCLUSIVE")
            .map_err(|e| self.locked_or(e, "cannot migrate database"))?;
        let result = (|| -> anyhow::Result<()> {
            // Another csp may have migrated while we waited for the lock.
            let raw: i64 = self
                .conn
                .query_row("PRAGMA user_version", [], |r| r.get(0))?;
            let version = raw as i32 as u32;
            self.refuse_newer(version)?;
            for (index, step) in MIGRATIONS.iter().enumerate().skip(version as usize) {
                self.conn
                    .execute_batch(step)
                    .with_context(|| format!("migration {} failed", index + 1))?;
            }
            let broken: Option<String> = self
                .conn
                .prepare("PRAGMA foreign_key_check")?
                .query_row([], |r| r.get(0))
                .optional()?;
            if let Some(table) = broken {
                anyhow::bail!("migration left a broken reference in table {table}");
            }
            self.conn
                .execute_batch(&format!("PRAGMA user_version = {SCHEMA_VERSION}"))?;
            Ok(())
        })();
        match result {
            Ok(()) => {
                self.conn.execute_batch("COMMIT")?;
                Ok(())
            }
            Err(e) => {
                let _ = self.conn.execute_batch("ROLLBACK");
                Err(e.context(format!("cannot migrate database {}", self.path.display())))
            }
        }
    }

    /// Reads outside a transaction (each statement sees a consistent snapshot).
    pub fn read(&self) -> Db<'_> {
        Db { conn: &self.conn }
    }

    /// The statement journal in memory for a bulk load: SQLite keeps one
    /// for each statement that fires a trigger (every customer insert does,
    /// to keep domains unique across tables), and in a temp file it is
    /// written a dozen times a row — 35 times the syscalls of an import. It
    /// holds one statement's pages at a time. Not for every command: a full
    /// list sorts in temp storage, which must stay on disk to keep its
    /// memory small. SQLite changes temp_store only outside a transaction.
    ///
    /// An import row by row also reads the file through a memory map (up
    /// to 1 GiB): an upsert of 100,000 rows into a million reads nearly
    /// every page of the table once, and 94,000 `pread` calls were a fifth
    /// of its time (0.95 s → 0.80 s, measured). Not for the other
    /// commands: mapped pages count in a process's resident set, and a full
    /// list must stay under 16 MB. SQLite still writes through the WAL.
    ///
    /// Only for an import row by row (a database holding customers): an
    /// import into an empty table drops the triggers, so it needs no
    /// statement journal, and its index builds sort in temp storage, which
    /// SQLite's sorter does twice as fast in temp files (the OS caches
    /// them) as in its in-memory ones (measured: 12.1 s against 6.9 s for
    /// customers' four indexes at 1M rows). Checked before the transaction
    /// (another csp may add a customer meanwhile: then that import is only
    /// slower).
    ///
    /// Into an empty table, the load also writes without the WAL when no
    /// other connection has the file open: with a rollback journal, pages
    /// new to the file are written once and need no journal, where the WAL
    /// writes every page twice (to the log, then to the file at the
    /// checkpoint) — 1.7 s of the shell's 10.6 s for 1M rows, measured.
    /// SQLite refuses the switch at once (busy) when another connection
    /// is open: then the load goes through the WAL, as any write. Still all
    /// or nothing: a load killed leaves a hot journal, rolled back by the
    /// next open. WAL is back when the store closes.
    pub fn prepare_bulk_load(&mut self) -> anyhow::Result<()> {
        let empty = self.read().no_customers()?;
        if !empty {
            self.conn.execute_batch(&format!(
                "PRAGMA temp_store = MEMORY; PRAGMA mmap_size = {UPSERT_MMAP_BYTES};"
            ))?;
            return Ok(());
        }
        let mode: Result<String, _> =
            self.conn
                .query_row("PRAGMA journal_mode = DELETE", [], |r| r.get(0));
        self.wal_paused = mode.is_ok_and(|m| m.eq_ignore_ascii_case("delete"));
        Ok(())
    }

    /// Runs `f` inside one immediate write transaction: everything it writes,
    /// audit entry included, commits together or not at all.
    pub fn write<T>(&mut self, f: impl FnOnce(&Db<'_>) -> anyhow::Result<T>) -> anyhow::Result<T> {
        let path = self.path.clone();
        let locked_or = |e: rusqlite::Error| {
            if is_busy(&e) {
                locked(&path)
            } else {
                anyhow::Error::new(e)
                    .context(format!("cannot write to database {}", path.display()))
            }
        };
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(locked_or)?;
        let value = f(&Db { conn: &tx }).map_err(|e| {
            if is_busy_error(&e) {
                locked(&path)
            } else if is_storage_failure(&e) {
                e.context(format!("cannot write to database {}", path.display()))
            } else {
                e
            }
        })?;
        tx.commit().map_err(locked_or)?;
        Ok(value)
    }

    fn locked(&self) -> anyhow::Error {
        locked(&self.path)
    }

    fn locked_or(&self, e: rusqlite::Error, what: &str) -> anyhow::Error {
        if is_busy(&e) {
            self.locked()
        } else {
            anyhow::Error::new(e).context(format!("{what} {}", self.path.display()))
        }
    }

    /// Like [`Store::write`], but rolls back at the end (`--dry-run`).
    pub fn dry_run<T>(
        &mut self,
        f: impl FnOnce(&Db<'_>) -> anyhow::Result<T>,
    ) -> anyhow::Result<T> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Deferred)?;
        let value = f(&Db { conn: &tx })?;
        tx.rollback()?;
        Ok(value)
    }
}

/// A failure of the file or the disk (read-only, full, failing), not of the
/// data being written: the message names the database rather than a record.
pub(super) fn is_storage_failure(e: &anyhow::Error) -> bool {
    use rusqlite::ErrorCode::*;
    e.chain()
        .filter_map(|c| c.downcast_ref::<rusqlite::Error>())
        .filter_map(rusqlite::Error::sqlite_error_code)
        .any(|code| matches!(code, DiskFull | SystemIoFailure | ReadOnly | CannotOpen))
}

/// Another program held the lock past the busy timeout.
fn locked(path: &Path) -> anyhow::Error {
    Error::failure(format!(
        "database {} is locked: another program kept it busy for {} s; nothing was changed",
        path.display(),
        busy_timeout().as_secs()
    ))
    .with_hint("another csp (or an open sqlite3 shell) is writing to it: let it finish, then run the command again")
    .into()
}

/// The database or its folder cannot be written by this user.
fn is_read_only_failure(e: &anyhow::Error) -> bool {
    use rusqlite::ErrorCode::*;
    e.chain()
        .filter_map(|c| c.downcast_ref::<rusqlite::Error>())
        .filter_map(rusqlite::Error::sqlite_error_code)
        .any(|code| matches!(code, ReadOnly | CannotOpen | PermissionDenied))
}

/// A path as the path part of an SQLite `file:` URI.
fn uri_path(path: &Path) -> String {
    let text = path.to_string_lossy();
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"/-_.~".contains(&b) {
            out.push(b as char);
        } else if cfg!(windows) && (b == b'\\' || b == b':') {
            out.push(if b == b'\\' { '/' } else { ':' });
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn is_busy_error(e: &anyhow::Error) -> bool {
    e.chain()
        .filter_map(|c| c.downcast_ref::<rusqlite::Error>())
        .any(is_busy)
}

/// Waiting on another program's lock: SQLite retries, csp says so on
/// stderr once a second has passed, and gives up after the busy timeout.
mod waiting {
    use super::{busy_timeout, SAY_WAITING_AFTER};
    use rusqlite::Connection;
    use std::path::Path;
    use std::sync::{Mutex, OnceLock};
    use std::time::{Duration, Instant};

    /// The database's name for the message, and when the current wait began.
    static PATH: OnceLock<String> = OnceLock::new();
    static WAIT: Mutex<Option<(Instant, bool)>> = Mutex::new(None);

    pub fn watch(conn: &Connection, path: &Path) -> rusqlite::Result<()> {
        let _ = PATH.set(path.display().to_string());
        conn.busy_handler(Some(busy))
    }

    /// SQLite calls this each time it finds the lock taken; `tries` is 0 at
    /// the start of each new wait. `true` means "try again".
    fn busy(tries: i32) -> bool {
        let Ok(mut wait) = WAIT.lock() else {
            return false;
        };
        let now = Instant::now();
        if tries == 0 || wait.is_none() {
            *wait = Some((now, false));
        }
        let Some((since, said)) = wait.as_mut() else {
            return false;
        };
        let waited = now.duration_since(*since);
        if waited >= busy_timeout() {
            *wait = None;
            return false;
        }
        if waited >= SAY_WAITING_AFTER && !*said {
            *said = true;
            crate::util::terminal::message(&format!(
                "waiting for another program to finish writing to {} (up to {} s)…",
                PATH.get().map(String::as_str).unwrap_or("the database"),
                busy_timeout().as_secs()
            ));
        }
        drop(wait);
        std::thread::sleep(Duration::from_millis(if tries < 10 { 5 } else { 50 }));
        true
    }
}

fn is_busy(e: &rusqlite::Error) -> bool {
    matches!(
        e.sqlite_error_code(),
        Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked)
    )
}

/// The page cache an import may use, in KiB. Random inserts into the four
/// indexes (id, domain, tenant ID, name) of a large table thrash SQLite's
/// default 2 MB cache: pages are spilled to the WAL and read back many times.
/// With a larger cache each dirty page is written once, at commit. SQLite
/// allocates the cache as pages are used, so a small import stays small.
const BULK_CACHE_KIB: i64 = 256 * 1024;

/// How much of the file an import row by row reads through a memory map.
const UPSERT_MMAP_BYTES: i64 = 1 << 30;

impl Db<'_> {
    /// Tunes this connection for a bulk load (an import). Durability is
    /// unchanged: the commit is the same WAL commit as any other.
    pub fn prepare_bulk_load(&self) -> anyhow::Result<()> {
        self.conn
            .execute_batch(&format!("PRAGMA cache_size = -{BULK_CACHE_KIB}"))?;
        Ok(())
    }
}

/// Refuses, before SQLite opens anything (and leaves a journal beside it),
/// what is not a database file csp may use: a device, a FIFO, a folder; and,
/// for a command that only reads, an existing empty file (which SQLite would
/// happily make a database of).
fn refuse_special_file(path: &Path, access: Access) -> anyhow::Result<()> {
    let Ok(meta) = std::fs::metadata(path) else {
        return Ok(());
    };
    if !meta.is_file() {
        return Err(Error::failure(format!(
            "{} is not a regular file (a device, a FIFO or a folder); it was left as it was",
            path.display()
        ))
        .with_hint("pass a database file with --db or CSP_DB")
        .into());
    }
    if meta.len() == 0 && access == Access::Read {
        return Err(Error::failure(format!(
            "{} is an empty file, not a csp database; it was left as it was",
            path.display()
        ))
        .with_hint(
            "a command that records something makes it a database; or pass another file with --db",
        )
        .into());
    }
    Ok(())
}

/// Creates the folder (0700) and an empty file (0600) readable by its owner
/// only, whatever the umask: the database holds customer contacts. SQLite
/// gives the `-wal` and `-shm` files it makes beside it the same mode.
fn create_if_missing(path: &Path) -> anyhow::Result<()> {
    if path.exists() {
        return Ok(());
    }
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        crate::util::private_file::create_dir_private(dir)
            .with_context(|| format!("cannot create folder {}", dir.display()))?;
    }
    match crate::util::private_file::create_new(path) {
        Ok(_) => Ok(()),
        // Another csp created it first: fine, SQLite serialises the rest.
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(e).with_context(|| format!("cannot create database {}", path.display())),
    }
}
