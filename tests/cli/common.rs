//! The test harness: each test gets a temp home (database, config, XDG
//! folders, no display, so no clipboard and no browser) and runs the real
//! `csp` binary in it.
//!
//! The behaviour tests run on both engines: a test written as a plain
//! `fn name()` and listed in [`on_both_engines!`] becomes `name::sqlite`
//! and `name::postgres`, one body. On PostgreSQL each [`Home`] works on its
//! own migrated, empty database (see [`postgres::Pooled`]) and checks the
//! database with the same SQL through [`Home::query`], [`Home::exec`] and
//! [`Home::snapshot`].

use assert_cmd::Command;
use std::cell::Cell;
use std::path::{Path, PathBuf};

pub const PARTNER_ID: &str = "8c1e2f40-5b6a-4d3c-9e7f-0a1b2c3d4e5f";

/// The result of one `csp` run.
#[derive(Debug)]
pub struct Run {
    pub stdout: String,
    pub stderr: String,
    pub code: i32,
}

impl Run {
    /// Asserts success and returns stdout.
    #[track_caller]
    pub fn ok(&self) -> &str {
        assert_eq!(
            self.code, 0,
            "expected success\nstdout:\n{}\nstderr:\n{}",
            self.stdout, self.stderr
        );
        &self.stdout
    }

    /// Asserts the exit status and that stderr is one `error:` line (and an optional `hint:`).
    #[track_caller]
    pub fn fails(&self, code: i32) -> &str {
        assert_eq!(
            self.code, code,
            "expected status {code}\nstdout:\n{}\nstderr:\n{}",
            self.stdout, self.stderr
        );
        let lines: Vec<&str> = self.stderr.lines().collect();
        let errors = lines.iter().filter(|l| l.starts_with("error: ")).count();
        assert_eq!(errors, 1, "expected one error line, got:\n{}", self.stderr);
        assert!(
            lines
                .iter()
                .all(|l| l.starts_with("error: ") || l.starts_with("hint: ")),
            "stderr has more than error and hint lines:\n{}",
            self.stderr
        );
        &self.stderr
    }

    /// stdout parsed as JSON.
    #[track_caller]
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| {
            panic!(
                "stdout is not JSON ({e}):\n{}\nstderr:\n{}",
                self.stdout, self.stderr
            )
        })
    }
}

/// The database engine a test runs on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Engine {
    /// The default file, `$XDG_DATA_HOME/csp/csp.db`.
    Sqlite,
    /// A database on the server `CSP_TEST_POSTGRES_URL` names.
    Postgres,
}

thread_local! {
    /// The engine of the test running on this thread (each test has its own).
    static ENGINE: Cell<Engine> = const { Cell::new(Engine::Sqlite) };
}

impl Engine {
    /// The engine the running test's homes use.
    pub fn current() -> Engine {
        ENGINE.with(Cell::get)
    }

    /// Runs `test` with its homes on this engine; on PostgreSQL without a
    /// server the test is skipped loudly (failed under CI).
    pub fn run(self, test: fn()) {
        if self == Engine::Postgres && !postgres::available() {
            return;
        }
        ENGINE.with(|e| e.set(self));
        test();
    }
}

/// Makes each listed test (a plain `fn name()` in the same module) two
/// tests, `name::sqlite` and `name::postgres`, one body: every [`Home`] the
/// body makes is on that engine. A test left out of the list is dead code,
/// which the build refuses under `-D warnings`.
macro_rules! on_both_engines {
    ($($(#[$meta:meta])* $name:ident),* $(,)?) => {
        $(
            $(#[$meta])*
            mod $name {
                #[test]
                fn sqlite() {
                    $crate::common::Engine::Sqlite.run(super::$name)
                }
                #[test]
                fn postgres() {
                    $crate::common::Engine::Postgres.run(super::$name)
                }
            }
        )*
    };
}
pub(crate) use on_both_engines;

/// A temp home for one test.
pub struct Home {
    pub dir: tempfile::TempDir,
    /// The PostgreSQL database of this home, when the test runs there.
    pg: Option<postgres::Pooled>,
}

impl Home {
    /// An empty home: no profile, no data (on PostgreSQL a migrated, empty
    /// database, as a team's is after `csp db migrate`).
    pub fn empty() -> Home {
        let pg = match Engine::current() {
            Engine::Sqlite => None,
            Engine::Postgres => Some(postgres::Pooled::take()),
        };
        Home {
            dir: tempfile::tempdir().expect("temp dir"),
            pg,
        }
    }

    /// The engine this home's database is on.
    pub fn engine(&self) -> Engine {
        if self.pg.is_some() {
            Engine::Postgres
        } else {
            Engine::Sqlite
        }
    }

    /// What `--db` / `CSP_DB` names for this home: the SQLite file or the
    /// PostgreSQL URL.
    pub fn db_arg(&self) -> String {
        match &self.pg {
            Some(pg) => pg.url.clone(),
            None => self.db().display().to_string(),
        }
    }

    /// The user the audit log names: the system's account on the file, the
    /// role the server authenticated on PostgreSQL.
    pub fn audit_user(&self) -> String {
        match &self.pg {
            Some(_) => postgres::admin_user(),
            None => whoami::username().expect("user name"),
        }
    }

    /// A home with a profile whose role may change records.
    pub fn new() -> Home {
        let home = Home::empty();
        home.csp(&[
            "init",
            "--name",
            "Contoso Reseller",
            "--tenant-id",
            PARTNER_ID,
            "--mpn-id",
            "1234567",
            "--role",
            "admin-agent",
            "--sender-name",
            "Ann Lee",
            "--email",
            "ann@contoso-reseller.com",
        ])
        .ok();
        home
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }
    /// The default database of this home (`$XDG_DATA_HOME/csp/csp.db`):
    /// made on first use, as on a fresh machine. SQLite only: a test that
    /// asks for it on PostgreSQL fails, saying so.
    #[track_caller]
    pub fn db(&self) -> PathBuf {
        assert!(
            self.pg.is_none(),
            "this test reads the SQLite file, but its home is on PostgreSQL"
        );
        self.dir.path().join("xdg-data").join("csp").join("csp.db")
    }
    pub fn config(&self) -> PathBuf {
        self.dir.path().join("config").join("config.toml")
    }

    /// A `csp` command in this home, not yet run (for stdin, env, …).
    pub fn command(&self, args: &[&str]) -> Command {
        let mut cmd = Command::cargo_bin("csp").expect("csp binary");
        cmd.args(args)
            .env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", self.path())
            .env("USER", "tester")
            .env("XDG_DATA_HOME", self.path().join("xdg-data"))
            .env("XDG_CONFIG_HOME", self.path().join("xdg-config"))
            .env("CSP_CONFIG", self.config())
            .env("LANG", "C.UTF-8")
            .current_dir(self.path());
        if let Some(pg) = &self.pg {
            cmd.env("CSP_DB", &pg.url);
        }
        cmd
    }

    /// Runs `csp ARGS` with empty stdin.
    pub fn csp(&self, args: &[&str]) -> Run {
        run(self.command(args).write_stdin(""))
    }

    /// Runs `csp ARGS` with `stdin`.
    pub fn csp_stdin(&self, args: &[&str], stdin: &str) -> Run {
        run(self.command(args).write_stdin(stdin.to_string()))
    }

    /// Writes a file in the home and returns its path as a string.
    pub fn file(&self, name: &str, contents: &str) -> String {
        let p = self.path().join(name);
        std::fs::write(&p, contents).expect("write file");
        p.display().to_string()
    }

    /// Opens the SQLite file directly (SQLite only; engine-blind tests use
    /// [`Home::query`], [`Home::rows`] and [`Home::exec`]).
    #[track_caller]
    pub fn sql(&self) -> rusqlite::Connection {
        rusqlite::Connection::open(self.db()).expect("open db")
    }

    /// Every row `sql` returns, on this home's engine. Booleans read as
    /// 0/1 on both, as SQLite stores them.
    #[track_caller]
    pub fn rows(&self, sql: &str) -> Vec<Vec<Value>> {
        match &self.pg {
            Some(pg) => pg.rows(sql),
            None => {
                let conn = self.sql();
                let mut stmt = conn.prepare(sql).expect(sql);
                let n = stmt.column_count();
                let mut rows = stmt.query([]).expect(sql);
                let mut out = Vec::new();
                while let Some(row) = rows.next().expect(sql) {
                    out.push(
                        (0..n)
                            .map(
                                |i| match row.get::<_, rusqlite::types::Value>(i).expect(sql) {
                                    rusqlite::types::Value::Null => Value::Null,
                                    rusqlite::types::Value::Integer(v) => Value::Int(v),
                                    rusqlite::types::Value::Real(v) => Value::Real(v),
                                    rusqlite::types::Value::Text(v) => Value::Text(v),
                                    rusqlite::types::Value::Blob(v) => Value::Blob(v),
                                },
                            )
                            .collect(),
                    );
                }
                out
            }
        }
    }

    /// One row (the first) from the database, as `T`: a value or a tuple.
    #[track_caller]
    pub fn query<T: FromRow>(&self, sql: &str) -> T {
        let rows = self.rows(sql);
        let row = rows.first().unwrap_or_else(|| panic!("no row from {sql}"));
        T::from_row(row)
    }

    /// Every row, each as `T`.
    #[track_caller]
    pub fn query_all<T: FromRow>(&self, sql: &str) -> Vec<T> {
        self.rows(sql).iter().map(|r| T::from_row(r)).collect()
    }

    /// Runs statements that change the database behind csp's back (to set
    /// up a state), on this home's engine. Write booleans as TRUE/FALSE.
    #[track_caller]
    pub fn exec(&self, sql: &str) {
        match &self.pg {
            Some(pg) => pg.exec(sql),
            None => self.sql().execute_batch(sql).expect(sql),
        }
    }

    /// Runs statements as [`Home::exec`] does and returns whether the
    /// engine accepted them.
    pub fn try_exec(&self, sql: &str) -> bool {
        match &self.pg {
            Some(pg) => pg.try_exec(sql),
            None => self.sql().execute_batch(sql).is_ok(),
        }
    }

    /// A fingerprint of every table's content, to prove a command changed nothing.
    pub fn snapshot(&self) -> String {
        if self.pg.is_none() && !self.db().exists() {
            return "<no database>".into();
        }
        let tables: Vec<String> = self.query_all(match &self.pg {
            Some(_) => "SELECT tablename::text FROM pg_tables WHERE schemaname = 'public'",
            None => "SELECT name FROM sqlite_master WHERE type = 'table'",
        });
        let mut out = String::new();
        for table in [
            "customers",
            "customer_domains",
            "providers",
            "provider_customers",
            "invitations",
            "gdap_relationships",
            "gdap_access_assignments",
            "audit_log",
        ] {
            if !tables.iter().any(|t| t == table) {
                continue;
            }
            for row in self.rows(&format!("SELECT * FROM {table} ORDER BY 1")) {
                out.push_str(table);
                for v in row {
                    out.push_str(&format!("|{v:?}"));
                }
                out.push('\n');
            }
        }
        out
    }

    /// Adds a customer and returns its id.
    pub fn add_customer(&self, name: &str, domain: &str) -> String {
        let run = self.csp(&[
            "customers",
            "add",
            "--name",
            name,
            "--domain",
            domain,
            "--json",
        ]);
        run.ok();
        run.json()["id"].as_str().expect("id").to_string()
    }
}

/// `text` as an SQL string literal, for [`Home::exec`].
pub fn lit(text: &str) -> String {
    format!("'{}'", text.replace('\'', "''"))
}

/// A value read from either engine.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Null,
    Int(i64),
    Real(f64),
    Text(String),
    Blob(Vec<u8>),
}

/// What a read value may be turned into.
pub trait FromValue: Sized {
    fn from_value(v: &Value) -> Self;
}

impl FromValue for i64 {
    #[track_caller]
    fn from_value(v: &Value) -> i64 {
        match v {
            Value::Int(i) => *i,
            other => panic!("expected an integer, got {other:?}"),
        }
    }
}

impl FromValue for bool {
    #[track_caller]
    fn from_value(v: &Value) -> bool {
        match v {
            Value::Int(0) => false,
            Value::Int(1) => true,
            other => panic!("expected a boolean (0 or 1), got {other:?}"),
        }
    }
}

impl FromValue for String {
    #[track_caller]
    fn from_value(v: &Value) -> String {
        match v {
            Value::Text(t) => t.clone(),
            other => panic!("expected text, got {other:?}"),
        }
    }
}

impl<T: FromValue> FromValue for Option<T> {
    #[track_caller]
    fn from_value(v: &Value) -> Option<T> {
        match v {
            Value::Null => None,
            v => Some(T::from_value(v)),
        }
    }
}

/// What a read row may be turned into: its first value, or a tuple.
pub trait FromRow: Sized {
    fn from_row(row: &[Value]) -> Self;
}

impl<T: FromValue> FromRow for T {
    #[track_caller]
    fn from_row(row: &[Value]) -> T {
        T::from_value(&row[0])
    }
}

impl<A: FromValue, B: FromValue> FromRow for (A, B) {
    #[track_caller]
    fn from_row(row: &[Value]) -> (A, B) {
        (A::from_value(&row[0]), B::from_value(&row[1]))
    }
}

impl<A: FromValue, B: FromValue, C: FromValue> FromRow for (A, B, C) {
    #[track_caller]
    fn from_row(row: &[Value]) -> (A, B, C) {
        (
            A::from_value(&row[0]),
            B::from_value(&row[1]),
            C::from_value(&row[2]),
        )
    }
}

impl<A: FromValue, B: FromValue, C: FromValue, D: FromValue> FromRow for (A, B, C, D) {
    #[track_caller]
    fn from_row(row: &[Value]) -> (A, B, C, D) {
        (
            A::from_value(&row[0]),
            B::from_value(&row[1]),
            C::from_value(&row[2]),
            D::from_value(&row[3]),
        )
    }
}

pub fn run(cmd: &mut Command) -> Run {
    let out = cmd.output().expect("run csp");
    Run {
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        code: out.status.code().unwrap_or(-1),
    }
}

/// Whether a system program is there. Under CI (`CI=true`), where `.ci/run`
/// installed it, a missing one fails the test; elsewhere the test is skipped
/// with a loud message saying what to install.
/// Like [`require_program`], for a file a package installs (a script that
/// is sourced, not run).
pub fn require_file(path: &str, package: &str) -> bool {
    if std::path::Path::new(path).exists() {
        return true;
    }
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!("{path} is missing under CI: .ci/run must install the {package} package");
    }
    eprintln!("\n**********\nSKIPPED: this test needs {path}; install it (apt-get install {package}) to run it\n**********\n");
    false
}

pub fn require_program(program: &str, package: &str) -> bool {
    let found = std::process::Command::new("sh")
        .args(["-c", &format!("command -v {program}")])
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false);
    if found {
        return true;
    }
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!("{program} is missing under CI: .ci/run must install the {package} package");
    }
    eprintln!("\n**********\nSKIPPED: this test needs `{program}`; install it (apt-get install {package}) to run it\n**********\n");
    false
}

/// PostgreSQL for the tests: `CSP_TEST_POSTGRES_URL` names a server and a
/// role that may create databases; each test gets its own throwaway one.
pub mod postgres {
    /// A database made for one test, dropped when the test ends.
    pub struct Database {
        pub url: String,
        admin: String,
        name: String,
    }

    impl Database {
        /// A fresh, empty database; `None` (with a loud message) when no
        /// server is configured, and a failure under CI, where `.ci/run`
        /// starts one.
        pub fn create() -> Option<Database> {
            let Some(admin) = std::env::var("CSP_TEST_POSTGRES_URL")
                .ok()
                .filter(|u| !u.is_empty())
            else {
                if std::env::var("CI").is_ok_and(|v| v == "true") {
                    panic!("CSP_TEST_POSTGRES_URL is not set under CI: .ci/run must start PostgreSQL and export it");
                }
                eprintln!("\n**********\nSKIPPED: the PostgreSQL half of this test needs a server: set CSP_TEST_POSTGRES_URL=postgres://USER:PASSWORD@localhost/postgres (a role that may create databases)\n**********\n");
                return None;
            };
            let name = format!("csp_test_{}", uuid::Uuid::new_v4().simple());
            let mut client = ::postgres::Client::connect(&admin, ::postgres::NoTls)
                .expect("connect to CSP_TEST_POSTGRES_URL");
            client
                .batch_execute(&format!("CREATE DATABASE {name}"))
                .expect("create a test database");
            Some(Database {
                url: with_database(&admin, &name),
                admin,
                name,
            })
        }

        /// This database's URL for another role.
        pub fn url_as(&self, user: &str, password: &str) -> String {
            let scheme_end = self.url.find("://").map_or(0, |i| i + 3);
            let host_start = self.url[scheme_end..]
                .find('@')
                .map_or(scheme_end, |i| scheme_end + i + 1);
            format!(
                "{}{user}:{password}@{}",
                &self.url[..scheme_end],
                &self.url[host_start..]
            )
        }

        /// A plain connection to this database, to look at it from outside.
        pub fn client(&self) -> ::postgres::Client {
            ::postgres::Client::connect(&self.url, ::postgres::NoTls)
                .expect("connect to the test database")
        }
    }

    impl Drop for Database {
        fn drop(&mut self) {
            if let Ok(mut client) = ::postgres::Client::connect(&self.admin, ::postgres::NoTls) {
                let _ = client.batch_execute(&format!(
                    "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                    self.name
                ));
            }
        }
    }

    /// Whether a server is configured; a loud message once per run when
    /// not (written past the test harness's capture, so it is seen), and a
    /// failure under CI, where `.ci/run` starts one.
    pub fn available() -> bool {
        if admin_url().is_some() {
            return true;
        }
        if std::env::var("CI").is_ok_and(|v| v == "true") {
            panic!("CSP_TEST_POSTGRES_URL is not set under CI: .ci/run must start PostgreSQL and export it");
        }
        static SAID: std::sync::Once = std::sync::Once::new();
        SAID.call_once(|| {
            use std::io::Write;
            let _ = std::io::stderr().write_all(
                b"\n**********\nSKIPPED: the PostgreSQL half of the behaviour tests (NAME::postgres) needs a server: set CSP_TEST_POSTGRES_URL=postgres://USER:PASSWORD@localhost/postgres (a role that may create databases)\n**********\n",
            );
        });
        false
    }

    fn admin_url() -> Option<String> {
        std::env::var("CSP_TEST_POSTGRES_URL")
            .ok()
            .filter(|u| !u.is_empty())
    }

    /// The role `CSP_TEST_POSTGRES_URL` connects as.
    pub fn admin_user() -> String {
        let url = admin_url().expect("CSP_TEST_POSTGRES_URL");
        let config: ::postgres::Config = url.parse().expect("CSP_TEST_POSTGRES_URL parses");
        config
            .get_user()
            .expect("CSP_TEST_POSTGRES_URL names a user")
            .to_string()
    }

    /// A migrated, empty database for one home, taken from this test
    /// process's pool and given back emptied when the home ends.
    ///
    /// Making and dropping a database costs the server a second or more
    /// (a drop waits for a checkpoint), so each test process keeps the few
    /// it needs (as many as homes alive at once) and empties them between
    /// tests (every table but the schema version, identities restarted).
    /// They are named `csp_test_pool_<key>_<n>`; the process holds the
    /// advisory lock `<key>` on the server while it runs, and the first
    /// test of the next run drops the pools whose lock nobody holds.
    pub struct Pooled {
        pub url: String,
        name: String,
        /// The test's own connection, to look at the database (made on first use).
        client: std::sync::Mutex<Option<::postgres::Client>>,
    }

    struct Pool {
        admin: String,
        key: i64,
        made: usize,
        free: Vec<String>,
        /// Holds the advisory lock `key` for as long as the process lives.
        _keeper: ::postgres::Client,
    }

    /// The high half of every pool key: "cspt".
    const KEY_PREFIX: i64 = 0x6373_7074 << 32;

    fn pool() -> &'static std::sync::Mutex<Pool> {
        static POOL: std::sync::OnceLock<std::sync::Mutex<Pool>> = std::sync::OnceLock::new();
        POOL.get_or_init(|| {
            let admin = admin_url().expect("CSP_TEST_POSTGRES_URL");
            let key = KEY_PREFIX | i64::from(uuid::Uuid::new_v4().as_fields().0 >> 1);
            let mut keeper = ::postgres::Client::connect(&admin, ::postgres::NoTls)
                .expect("connect to CSP_TEST_POSTGRES_URL");
            keeper
                .execute("SELECT pg_advisory_lock($1)", &[&key])
                .expect("take the pool's advisory lock");
            let sweeper = admin.clone();
            std::thread::spawn(move || sweep(&sweeper));
            std::sync::Mutex::new(Pool {
                admin,
                key,
                made: 0,
                free: Vec::new(),
                _keeper: keeper,
            })
        })
    }

    /// Drops the pools of test processes that have ended.
    fn sweep(admin: &str) {
        let Ok(mut client) = ::postgres::Client::connect(admin, ::postgres::NoTls) else {
            return;
        };
        let Ok(rows) = client.query(
            "SELECT datname::text FROM pg_database WHERE datname LIKE 'csp\\_test\\_pool\\_%'",
            &[],
        ) else {
            return;
        };
        for row in rows {
            let name: String = row.get(0);
            let Some(key) = name
                .split('_')
                .nth(3)
                .and_then(|k| i64::from_str_radix(k, 16).ok())
            else {
                continue;
            };
            let free: bool = client
                .query_one("SELECT pg_try_advisory_lock($1)", &[&key])
                .map(|r| r.get(0))
                .unwrap_or(false);
            if free {
                let _ =
                    client.batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"));
                let _ = client.execute("SELECT pg_advisory_unlock($1)", &[&key]);
            }
        }
    }

    impl Pooled {
        pub fn take() -> Pooled {
            let (admin, name, fresh) = {
                let mut pool = pool().lock().unwrap_or_else(|e| e.into_inner());
                match pool.free.pop() {
                    Some(name) => (pool.admin.clone(), name, false),
                    None => {
                        pool.made += 1;
                        let name = format!("csp_test_pool_{:x}_{}", pool.key, pool.made);
                        (pool.admin.clone(), name, true)
                    }
                }
            };
            let url = with_database(&admin, &name);
            if fresh {
                let mut client = ::postgres::Client::connect(&admin, ::postgres::NoTls)
                    .expect("connect to CSP_TEST_POSTGRES_URL");
                client
                    .batch_execute(&format!("CREATE DATABASE {name}"))
                    .expect("create a test database");
                let out = assert_cmd::Command::cargo_bin("csp")
                    .expect("csp binary")
                    .args(["db", "migrate"])
                    .env_clear()
                    .env("PATH", std::env::var_os("PATH").unwrap_or_default())
                    .env("HOME", std::env::temp_dir())
                    .env("CSP_DB", &url)
                    .output()
                    .expect("run csp db migrate");
                assert!(
                    out.status.success(),
                    "csp db migrate: {}",
                    String::from_utf8_lossy(&out.stderr)
                );
            }
            Pooled {
                url,
                name,
                client: std::sync::Mutex::new(None),
            }
        }

        /// Runs `f` on this database's connection.
        fn with_client<T>(&self, f: impl FnOnce(&mut ::postgres::Client) -> T) -> T {
            let mut client = self.client.lock().unwrap_or_else(|e| e.into_inner());
            let client = client.get_or_insert_with(|| {
                ::postgres::Client::connect(&self.url, ::postgres::NoTls)
                    .expect("connect to the test database")
            });
            f(client)
        }

        /// Every row of `sql`, booleans as 0/1.
        #[track_caller]
        pub fn rows(&self, sql: &str) -> Vec<Vec<super::Value>> {
            let rows = self
                .with_client(|c| c.query(sql, &[]))
                .unwrap_or_else(|e| panic!("{sql}: {}", db_error(&e)));
            rows.iter().map(|row| values(sql, row)).collect()
        }

        #[track_caller]
        pub fn exec(&self, sql: &str) {
            self.with_client(|c| c.batch_execute(sql))
                .unwrap_or_else(|e| panic!("{sql}: {}", db_error(&e)));
        }

        pub fn try_exec(&self, sql: &str) -> bool {
            self.with_client(|c| c.batch_execute(sql)).is_ok()
        }

        /// Empties every table but the schema version (the audit log's
        /// guard set aside for it), in one transaction.
        fn empty(&self) -> Result<(), ::postgres::Error> {
            let mut client = match self.client.lock().unwrap_or_else(|e| e.into_inner()).take() {
                Some(client) => client,
                None => ::postgres::Client::connect(&self.url, ::postgres::NoTls)?,
            };
            let tables: String = client
                .query_one(
                    "SELECT string_agg(format('%I', tablename), ', ') FROM pg_tables
                     WHERE schemaname = 'public' AND tablename <> 'csp_schema'",
                    &[],
                )?
                .get(0);
            client.batch_execute(&format!(
                "BEGIN;
                 ALTER TABLE audit_log DISABLE TRIGGER USER;
                 TRUNCATE {tables} RESTART IDENTITY CASCADE;
                 ALTER TABLE audit_log ENABLE TRIGGER USER;
                 COMMIT;"
            ))
        }
    }

    impl Drop for Pooled {
        fn drop(&mut self) {
            let mut pool = match pool().lock() {
                Ok(pool) => pool,
                Err(e) => e.into_inner(),
            };
            if self.empty().is_ok() {
                pool.free.push(self.name.clone());
            } else if let Ok(mut client) =
                ::postgres::Client::connect(&pool.admin, ::postgres::NoTls)
            {
                let _ = client.batch_execute(&format!(
                    "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                    self.name
                ));
            }
        }
    }

    /// One row's values, booleans as 0/1.
    #[track_caller]
    fn values(sql: &str, row: &::postgres::Row) -> Vec<super::Value> {
        use super::Value;
        use ::postgres::types::Type;
        (0..row.len())
            .map(|i| {
                let t = row.columns()[i].type_().clone();
                let v = if t == Type::BOOL {
                    row.get::<_, Option<bool>>(i)
                        .map(|b| Value::Int(i64::from(b)))
                } else if t == Type::INT2 {
                    row.get::<_, Option<i16>>(i).map(|v| Value::Int(v.into()))
                } else if t == Type::INT4 {
                    row.get::<_, Option<i32>>(i).map(|v| Value::Int(v.into()))
                } else if t == Type::INT8 {
                    row.get::<_, Option<i64>>(i).map(Value::Int)
                } else if t == Type::FLOAT8 {
                    row.get::<_, Option<f64>>(i).map(Value::Real)
                } else if t == Type::BYTEA {
                    row.get::<_, Option<Vec<u8>>>(i).map(Value::Blob)
                } else if [Type::TEXT, Type::VARCHAR, Type::NAME, Type::BPCHAR].contains(&t) {
                    row.get::<_, Option<String>>(i).map(Value::Text)
                } else {
                    panic!("{sql}: column {i} is of type {t}, which the tests do not read");
                };
                v.unwrap_or(Value::Null)
            })
            .collect()
    }

    /// The server's message, not only "db error".
    fn db_error(e: &::postgres::Error) -> String {
        e.as_db_error()
            .map_or_else(|| e.to_string(), |d| d.to_string())
    }

    /// The URL with its database (the path) replaced by `name`.
    pub fn with_database(url: &str, name: &str) -> String {
        let (base, query) = match url.split_once('?') {
            Some((b, q)) => (b, Some(q)),
            None => (url, None),
        };
        let scheme_end = base.find("://").map_or(0, |i| i + 3);
        let authority_end = base[scheme_end..]
            .find('/')
            .map_or(base.len(), |i| scheme_end + i);
        let mut out = format!("{}/{name}", &base[..authority_end]);
        if let Some(q) = query {
            out.push('?');
            out.push_str(q);
        }
        out
    }
}
