//! The test harness: each test gets a temp home (database, config, XDG
//! folders, no display, so no clipboard and no browser) and runs the real
//! `csp` binary in it.

use assert_cmd::Command;
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

/// A temp home for one test.
pub struct Home {
    pub dir: tempfile::TempDir,
}

impl Home {
    /// An empty home: no profile, no database.
    pub fn empty() -> Home {
        Home {
            dir: tempfile::tempdir().expect("temp dir"),
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
    /// made on first use, as on a fresh machine.
    pub fn db(&self) -> PathBuf {
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

    /// Opens the database directly, to check what a command left there.
    pub fn sql(&self) -> rusqlite::Connection {
        rusqlite::Connection::open(self.db()).expect("open db")
    }

    /// One value from the database.
    pub fn query<T: rusqlite::types::FromSql>(&self, sql: &str) -> T {
        self.sql().query_row(sql, [], |r| r.get(0)).expect(sql)
    }

    /// A fingerprint of every table's content, to prove a command changed nothing.
    pub fn snapshot(&self) -> String {
        if !self.db().exists() {
            return "<no database>".into();
        }
        let conn = self.sql();
        let mut out = String::new();
        for table in [
            "customers",
            "providers",
            "provider_customers",
            "invitations",
            "audit_log",
        ] {
            let mut stmt = match conn.prepare(&format!("SELECT * FROM {table} ORDER BY 1")) {
                Ok(s) => s,
                Err(_) => continue,
            };
            let n = stmt.column_count();
            let mut rows = stmt.query([]).expect("query");
            while let Some(row) = rows.next().expect("row") {
                out.push_str(table);
                for i in 0..n {
                    let v: rusqlite::types::Value = row.get(i).expect("value");
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
