//! Connecting as libpq does: a `postgres://` URL, `sslmode`
//! (`disable`, `prefer`, `require`, `verify-ca`, `verify-full`), the
//! password from the URL, else `PGPASSWORD`, else the password file
//! (`PGPASSFILE`, `~/.pgpass`, `%APPDATA%\postgresql\pgpass.conf`). The
//! password is never part of a message.

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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum SslMode {
    Disable,
    Prefer,
    Require,
    VerifyCa,
    VerifyFull,
}

/// Takes `sslmode` out of the URL's query (the driver knows only three of
/// libpq's five modes; csp sets up TLS itself).
fn split_sslmode(url: &str) -> anyhow::Result<(String, SslMode)> {
    let mut mode = std::env::var("PGSSLMODE").ok();
    let (base, query) = match url.split_once('?') {
        Some((b, q)) => (b, Some(q)),
        None => (url, None),
    };
    let mut kept = Vec::new();
    for pair in query.into_iter().flat_map(|q| q.split('&')) {
        match pair.split_once('=') {
            Some(("sslmode", v)) => mode = Some(v.to_string()),
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
    Ok((url, mode))
}

/// Connects; returns the client and the server's name for messages
/// (`host:port/database`, no user, no password).
pub fn connect(url: &str) -> anyhow::Result<(postgres::Client, String)> {
    let (url, mode) = split_sslmode(url)?;
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
            "the server's TLS certificate was not accepted: sslmode=verify-full checks it against the web's trusted roots (Mozilla's list) and the host name (use the name the certificate gives); sslmode=require encrypts without checking it"
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
            // certificate; `verify-ca` checks it, `verify-full` the host too.
            // rustls (as the HTTP client uses), so no command pays for
            // loading OpenSSL's libraries at start.
            let tls = tls_config(mode)
                .map_err(|e| Error::failure(format!("cannot set up TLS for {server}: {e}")))?;
            let tls = tokio_postgres_rustls::MakeRustlsConnect::new(tls);
            config.connect(tls).map_err(unreachable)?
        }
    };
    Ok((client, server))
}

/// The TLS settings of `sslmode`: the web's trusted roots for `verify-ca`
/// and `verify-full` (the latter also checks the host name); `prefer` and
/// `require` encrypt without checking the certificate, as libpq does.
fn tls_config(mode: SslMode) -> Result<rustls::ClientConfig, rustls::Error> {
    // ring, the provider the HTTP client (ureq) uses too: one crypto library.
    #[allow(deprecated)]
    let provider = std::sync::Arc::new(rustls::crypto::ring::default_provider());
    let roots = rustls::RootCertStore {
        roots: webpki_roots::TLS_SERVER_ROOTS.to_vec(),
    };
    let builder = rustls::ClientConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()?;
    Ok(match mode {
        SslMode::VerifyFull => builder.with_root_certificates(roots).with_no_client_auth(),
        _ => {
            let verifier = trust::Verifier {
                roots: std::sync::Arc::new(roots),
                check: mode == SslMode::VerifyCa,
                provider,
            };
            builder
                .dangerous()
                .with_custom_certificate_verifier(std::sync::Arc::new(verifier))
                .with_no_client_auth()
        }
    })
}

/// Certificate checks weaker than rustls' own, as libpq's `sslmode` asks:
/// none (`prefer`, `require`), or the chain without the host name (`verify-ca`).
mod trust {
    use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
    use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
    use rustls::{DigitallySignedStruct, Error, SignatureScheme};
    use std::sync::Arc;

    #[derive(Debug)]
    pub struct Verifier {
        pub roots: Arc<rustls::RootCertStore>,
        /// Check the chain (verify-ca); otherwise accept any certificate.
        pub check: bool,
        pub provider: Arc<rustls::crypto::CryptoProvider>,
    }

    impl ServerCertVerifier for Verifier {
        fn verify_server_cert(
            &self,
            end_entity: &CertificateDer<'_>,
            intermediates: &[CertificateDer<'_>],
            _server_name: &ServerName<'_>,
            _ocsp: &[u8],
            now: UnixTime,
        ) -> Result<ServerCertVerified, Error> {
            if self.check {
                let cert = rustls::server::ParsedCertificate::try_from(end_entity)?;
                rustls::client::verify_server_cert_signed_by_trust_anchor(
                    &cert,
                    &self.roots,
                    intermediates,
                    now,
                    self.provider.signature_verification_algorithms.all,
                )?;
            }
            Ok(ServerCertVerified::assertion())
        }

        fn verify_tls12_signature(
            &self,
            message: &[u8],
            cert: &CertificateDer<'_>,
            dss: &DigitallySignedStruct,
        ) -> Result<HandshakeSignatureValid, Error> {
            rustls::crypto::verify_tls12_signature(
                message,
                cert,
                dss,
                &self.provider.signature_verification_algorithms,
            )
        }

        fn verify_tls13_signature(
            &self,
            message: &[u8],
            cert: &CertificateDer<'_>,
            dss: &DigitallySignedStruct,
        ) -> Result<HandshakeSignatureValid, Error> {
            rustls::crypto::verify_tls13_signature(
                message,
                cert,
                dss,
                &self.provider.signature_verification_algorithms,
            )
        }

        fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
            self.provider
                .signature_verification_algorithms
                .supported_schemes()
        }
    }
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
        let (url, mode) = split_sslmode("postgres://a@h/db?sslmode=verify-full&x=1").unwrap();
        assert_eq!(url, "postgres://a@h/db?x=1");
        assert_eq!(mode, SslMode::VerifyFull);
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
