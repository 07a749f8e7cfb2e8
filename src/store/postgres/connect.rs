//! Connecting as libpq does: a `postgres://` URL, `sslmode`
//! (`disable`, `prefer`, `require`, `verify-ca`, `verify-full`), the CA
//! file that checks the server (`sslrootcert`) and a client certificate
//! (`sslcert`, `sslkey`) — each from the URL, else `PGSSLMODE`,
//! `PGSSLROOTCERT`, `PGSSLCERT`, `PGSSLKEY` —, the password from the URL,
//! else `PGPASSWORD`, else the password file (`PGPASSFILE`, `~/.pgpass`,
//! `%APPDATA%\postgresql\pgpass.conf`). The password is never part of a
//! message.

use super::tls::{self, Ssl, SslMode};
use crate::error::Error;
use std::str::FromStr;
use std::time::Duration;

/// How long a connection attempt may take before csp says the server
/// cannot be reached (`connect_timeout` in the URL changes it).
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

pub fn is_url(value: &str) -> bool {
    let lower = value.get(..13).unwrap_or(value).to_ascii_lowercase();
    lower.starts_with("postgres://") || lower.starts_with("postgresql://")
}

/// Takes `sslmode`, `sslrootcert`, `sslcert` and `sslkey` out of the URL's
/// query; the environment gives what the URL does not.
fn split_ssl(url: &str) -> anyhow::Result<(String, Ssl)> {
    let env = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
    let mut mode = env("PGSSLMODE");
    let mut root_cert = env("PGSSLROOTCERT");
    let mut cert = env("PGSSLCERT");
    let mut key = env("PGSSLKEY");
    let (base, query) = match url.split_once('?') {
        Some((b, q)) => (b, Some(q)),
        None => (url, None),
    };
    let mut kept = Vec::new();
    for pair in query.into_iter().flat_map(|q| q.split('&')) {
        match pair.split_once('=') {
            Some(("sslmode", v)) => mode = Some(v.to_string()),
            Some(("sslrootcert", v)) => root_cert = Some(percent_decoded(v)),
            Some(("sslcert", v)) => cert = Some(percent_decoded(v)),
            Some(("sslkey", v)) => key = Some(percent_decoded(v)),
            _ if pair.is_empty() => {}
            _ => kept.push(pair),
        }
    }
    let mode = match mode.as_deref().unwrap_or("prefer") {
        "disable" | "allow" => SslMode::Disable,
        "prefer" => SslMode::Prefer,
        "require" => SslMode::Require,
        "verify-ca" => SslMode::VerifyCa,
        "verify-full" => SslMode::VerifyFull,
        other => {
            return Err(Error::invalid(format!(
                "unknown sslmode '{other}' in the database URL: expected disable, prefer, require, verify-ca or verify-full"
            ))
            .into())
        }
    };
    let url = if kept.is_empty() {
        base.to_string()
    } else {
        format!("{base}?{}", kept.join("&"))
    };
    Ok((
        url,
        Ssl {
            mode,
            root_cert,
            cert,
            key,
        },
    ))
}

/// A URL query value as text: `%2F` is `/`, as libpq reads it.
fn percent_decoded(value: &str) -> String {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match (
            bytes[i],
            bytes.get(i + 1).copied(),
            bytes.get(i + 2).copied(),
        ) {
            (b'%', Some(h), Some(l)) if hex(h).is_some() && hex(l).is_some() => {
                out.push((hex(h).unwrap_or(0) * 16 + hex(l).unwrap_or(0)) as u8);
                i += 3;
            }
            (b, _, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Connects; returns the client and the server's name for messages
/// (`host:port/database`, no user, no password).
pub fn connect(url: &str) -> anyhow::Result<(postgres::Client, String)> {
    let (url, ssl) = split_ssl(url)?;
    let mode = ssl.mode;
    let mut config = postgres::Config::from_str(&url).map_err(|e| {
        Error::invalid(format!(
            "the database URL is not a valid PostgreSQL URL: {e}"
        ))
        .with_hint("the form is postgres://USER@HOST[:PORT]/DATABASE[?sslmode=require]")
    })?;
    fill_from_environment(&mut config);
    let server = server_name(&config);
    if config.get_password().is_none() {
        if let Some(password) = password_for(&config) {
            config.password(password);
        }
    }
    if config.get_connect_timeout().is_none() {
        config.connect_timeout(CONNECT_TIMEOUT);
    }
    config.application_name("csp");
    let unreachable = |e: postgres::Error| -> anyhow::Error {
        let detail = e
            .as_db_error()
            .map(|d| d.message().to_string())
            .or_else(|| std::error::Error::source(&e).map(|s| s.to_string()))
            .unwrap_or_else(|| e.to_string());
        let hint = if e.as_db_error().is_some() {
            "check the user, the password (PGPASSWORD or ~/.pgpass) and the database name in --db or CSP_DB"
        } else if detail.contains("certificate") {
            "the server's TLS certificate was not accepted: it is checked against the CA file of sslrootcert, else the web's trusted roots (Mozilla's list), and under sslmode=verify-full against the host name too (use the name the certificate gives); sslmode=require without sslrootcert encrypts without checking it"
        } else {
            "is the server running and accepting connections there? check the host and port in --db or CSP_DB"
        };
        Error::failure(format!(
            "cannot connect to the PostgreSQL server {server}: {detail}"
        ))
        .with_hint(hint)
        .into()
    };
    let client = match mode {
        SslMode::Disable => {
            config.ssl_mode(postgres::config::SslMode::Disable);
            config.connect(postgres::NoTls).map_err(unreachable)?
        }
        _ => {
            config.ssl_mode(if mode == SslMode::Prefer {
                postgres::config::SslMode::Prefer
            } else {
                postgres::config::SslMode::Require
            });
            // libpq: `prefer` and `require` encrypt without checking the
            // certificate (unless sslrootcert names a CA file); `verify-ca`
            // checks it, `verify-full` the host too (`tls.rs`).
            let files = tls::Files::read(&ssl)?;
            let tls = tls::config(mode, files, &server)?;
            let tls = tokio_postgres_rustls::MakeRustlsConnect::new(tls);
            config.connect(tls).map_err(unreachable)?
        }
    };
    Ok((client, server))
}

/// libpq's environment fills what the URL leaves out.
fn fill_from_environment(config: &mut postgres::Config) {
    let env = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
    if config.get_hosts().is_empty() {
        config.host(&env("PGHOST").unwrap_or_else(|| "localhost".to_string()));
    }
    if config.get_ports().is_empty() {
        if let Some(port) = env("PGPORT").and_then(|p| p.parse().ok()) {
            config.port(port);
        }
    }
    if config.get_user().is_none() {
        let user = env("PGUSER").unwrap_or_else(|| whoami::username().unwrap_or_default());
        config.user(&user);
    }
    if config.get_dbname().is_none() {
        if let Some(db) = env("PGDATABASE") {
            config.dbname(&db);
        }
    }
}

fn host_text(config: &postgres::Config) -> String {
    match config.get_hosts().first() {
        Some(postgres::config::Host::Tcp(h)) => h.clone(),
        #[cfg(unix)]
        Some(postgres::config::Host::Unix(p)) => p.display().to_string(),
        None => "localhost".to_string(),
    }
}

fn port(config: &postgres::Config) -> u16 {
    config.get_ports().first().copied().unwrap_or(5432)
}

fn database(config: &postgres::Config) -> String {
    config
        .get_dbname()
        .or(config.get_user())
        .unwrap_or_default()
        .to_string()
}

fn server_name(config: &postgres::Config) -> String {
    format!(
        "{}:{}/{}",
        host_text(config),
        port(config),
        database(config)
    )
}

/// `PGPASSWORD`, else the first matching line of the password file
/// (`host:port:database:user:password`, `*` matching anything, `\:` and
/// `\\` escaped), as libpq reads it.
fn password_for(config: &postgres::Config) -> Option<String> {
    if let Some(p) = std::env::var("PGPASSWORD").ok().filter(|p| !p.is_empty()) {
        return Some(p);
    }
    let file = match std::env::var_os("PGPASSFILE") {
        Some(f) => std::path::PathBuf::from(f),
        None if cfg!(windows) => {
            std::path::PathBuf::from(std::env::var_os("APPDATA")?).join("postgresql/pgpass.conf")
        }
        None => directories::BaseDirs::new()?.home_dir().join(".pgpass"),
    };
    let text = std::fs::read_to_string(file).ok()?;
    let wanted = [
        host_text(config),
        port(config).to_string(),
        database(config),
        config.get_user().unwrap_or_default().to_string(),
    ];
    text.lines()
        .filter(|l| !l.starts_with('#'))
        .map(pgpass_fields)
        .find(|fields| {
            fields.len() == 5
                && fields[..4]
                    .iter()
                    .zip(&wanted)
                    .all(|(f, w)| f == "*" || f == w)
        })
        .map(|mut fields| fields.remove(4))
}

fn pgpass_fields(line: &str) -> Vec<String> {
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => field.extend(chars.next()),
            ':' => fields.push(std::mem::take(&mut field)),
            c => field.push(c),
        }
    }
    fields.push(field);
    fields
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sslmode_is_taken_out_of_the_url() {
        let (url, ssl) = split_ssl(
            "postgres://a@h/db?sslmode=verify-full&x=1&sslrootcert=%2Fetc%2Fca.pem&sslcert=c.pem&sslkey=k.pem",
        )
        .unwrap();
        assert_eq!(url, "postgres://a@h/db?x=1");
        assert_eq!(ssl.mode, SslMode::VerifyFull);
        assert_eq!(ssl.root_cert.as_deref(), Some("/etc/ca.pem"));
        assert_eq!(ssl.cert.as_deref(), Some("c.pem"));
        assert_eq!(ssl.key.as_deref(), Some("k.pem"));
    }

    #[test]
    fn a_pgpass_line_unescapes_colons() {
        assert_eq!(
            pgpass_fields(r"h:5432:*:u:pa\:ss"),
            vec!["h", "5432", "*", "u", "pa:ss"]
        );
    }

    #[test]
    fn urls_of_both_schemes_name_a_server() {
        assert!(is_url("postgres://h/db"));
        assert!(is_url("PostgreSQL://h/db"));
        assert!(!is_url("/tmp/csp.db"));
    }
}
