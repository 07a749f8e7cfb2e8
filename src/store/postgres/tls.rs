//! TLS to a PostgreSQL server by rustls (as the HTTP client uses), so no
//! command pays for loading OpenSSL's libraries at start: the certificate
//! checks of libpq's `sslmode`, the CA file of `sslrootcert` and the client
//! certificate of `sslcert` and `sslkey`.

use crate::error::Error;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum SslMode {
    Disable,
    Prefer,
    Require,
    VerifyCa,
    VerifyFull,
}

/// libpq's TLS parameters, which csp handles itself (the driver knows only
/// three of the five modes and none of the files).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Ssl {
    pub(super) mode: SslMode,
    /// `sslrootcert`: a PEM file of the CAs that sign the server's
    /// certificate, or `system` for the web's trusted roots (the default).
    pub(super) root_cert: Option<String>,
    /// `sslcert` and `sslkey`: a certificate (chain) and its key, in PEM,
    /// for servers that authenticate clients by certificate.
    pub(super) cert: Option<String>,
    pub(super) key: Option<String>,
}

/// What the files of the connection's TLS parameters hold, read and checked
/// before connecting.
pub(super) struct Files {
    /// The CAs of `sslrootcert`; `None` for the web's trusted roots.
    roots: Option<rustls::RootCertStore>,
    client: Option<(Vec<CertificateDer<'static>>, PrivateKeyDer<'static>)>,
    /// The parameters as given, for messages.
    key_file: Option<String>,
}

/// A file parameter that cannot be used: one line naming the parameter
/// (and its environment variable) and the file; status 2, like any bad input.
fn bad_file(parameter: &str, env: &str, file: &str, why: impl std::fmt::Display) -> anyhow::Error {
    Error::invalid(format!(
        "{parameter} '{}' (the database URL's {parameter}, or {env}): {why}",
        crate::util::terminal::escape(file, false)
    ))
    .with_hint(match parameter {
        "sslrootcert" => "sslrootcert names a PEM file of the CA certificates that signed the server's certificate (or `system` for the web's trusted roots)",
        _ => "sslcert names a PEM file of the client certificate, sslkey a PEM file of its private key (PKCS#8, PKCS#1 or SEC1); give both",
    })
    .into()
}

fn read_pem(parameter: &str, env: &str, file: &str) -> anyhow::Result<Vec<u8>> {
    std::fs::read(file).map_err(|e| {
        let why = match e.kind() {
            std::io::ErrorKind::NotFound => "no such file".to_string(),
            std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
            _ => format!("cannot be read ({e})"),
        };
        bad_file(parameter, env, file, why)
    })
}

fn certificates(
    parameter: &str,
    env: &str,
    file: &str,
) -> anyhow::Result<Vec<CertificateDer<'static>>> {
    let pem = read_pem(parameter, env, file)?;
    let certs = CertificateDer::pem_slice_iter(&pem)
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| bad_file(parameter, env, file, format!("not a valid PEM file ({e})")))?;
    if certs.is_empty() {
        return Err(bad_file(
            parameter,
            env,
            file,
            "holds no certificate (-----BEGIN CERTIFICATE-----)",
        ));
    }
    Ok(certs)
}

impl Files {
    pub(super) fn read(ssl: &Ssl) -> anyhow::Result<Files> {
        let roots = match ssl.root_cert.as_deref() {
            None | Some("system") => None,
            Some(file) => {
                let mut roots = rustls::RootCertStore::empty();
                for cert in certificates("sslrootcert", "PGSSLROOTCERT", file)? {
                    roots.add(cert).map_err(|e| {
                        bad_file(
                            "sslrootcert",
                            "PGSSLROOTCERT",
                            file,
                            format!("holds a certificate that cannot be a trust anchor ({e})"),
                        )
                    })?;
                }
                Some(roots)
            }
        };
        let client = match (ssl.cert.as_deref(), ssl.key.as_deref()) {
            (None, None) => None,
            (Some(cert), None) => {
                return Err(bad_file(
                    "sslcert",
                    "PGSSLCERT",
                    cert,
                    "needs its key: sslkey (or PGSSLKEY) is not set",
                ))
            }
            (None, Some(key)) => {
                return Err(bad_file(
                    "sslkey",
                    "PGSSLKEY",
                    key,
                    "needs its certificate: sslcert (or PGSSLCERT) is not set",
                ))
            }
            (Some(cert), Some(key)) => {
                let chain = certificates("sslcert", "PGSSLCERT", cert)?;
                let pem = read_pem("sslkey", "PGSSLKEY", key)?;
                let key = PrivateKeyDer::from_pem_slice(&pem).map_err(|e| {
                    bad_file(
                        "sslkey",
                        "PGSSLKEY",
                        key,
                        format!("holds no private key in PEM ({e})"),
                    )
                })?;
                Some((chain, key))
            }
        };
        Ok(Files {
            roots,
            client,
            key_file: ssl.key.clone(),
        })
    }
}

/// The TLS settings of `sslmode`: `verify-ca` checks the server's
/// certificate against the roots, `verify-full` also its host name;
/// `prefer` and `require` encrypt without checking it, except that with a
/// CA file (`sslrootcert`) they check as `verify-ca` does — libpq's rule.
/// The roots are the CA file's, else the web's (Mozilla's list).
pub(super) fn config(
    mode: SslMode,
    files: Files,
    server: &str,
) -> anyhow::Result<rustls::ClientConfig> {
    // ring, the provider the HTTP client (ureq) uses too: one crypto library.
    #[allow(deprecated)]
    let provider = std::sync::Arc::new(rustls::crypto::ring::default_provider());
    let has_ca_file = files.roots.is_some();
    let roots = files.roots.unwrap_or_else(|| rustls::RootCertStore {
        roots: webpki_roots::TLS_SERVER_ROOTS.to_vec(),
    });
    let builder = rustls::ClientConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .map_err(|e| Error::failure(format!("cannot set up TLS for {server}: {e}")))?;
    let builder = match mode {
        SslMode::VerifyFull => builder.with_root_certificates(roots),
        _ => {
            let verifier = trust::Verifier {
                roots: std::sync::Arc::new(roots),
                check: mode == SslMode::VerifyCa || has_ca_file,
                provider,
            };
            builder
                .dangerous()
                .with_custom_certificate_verifier(std::sync::Arc::new(verifier))
        }
    };
    Ok(match files.client {
        None => builder.with_no_client_auth(),
        Some((chain, key)) => builder.with_client_auth_cert(chain, key).map_err(|e| {
            bad_file(
                "sslkey",
                "PGSSLKEY",
                files.key_file.as_deref().unwrap_or_default(),
                format!("does not go with the certificate of sslcert ({e})"),
            )
        })?,
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
