//! TLS to a PostgreSQL server as libpq sets it up: `sslrootcert` (a CA file
//! that checks the server), `sslcert` and `sslkey` (a client certificate),
//! from the URL or `PGSSLROOTCERT`, `PGSSLCERT`, `PGSSLKEY`; a file that
//! cannot be used is one `error:` line naming the parameter and the file.

use crate::common::postgres::Database;
use crate::common::{require_program, run, Home, Run};
use std::path::{Path, PathBuf};

fn csp_on(home: &Home, url: &str, args: &[&str]) -> Run {
    run(home.command(args).env("CSP_DB", url).write_stdin(""))
}

/// `url` with its query replaced by `query` (and its host by `host`, if given).
fn with_query(url: &str, host: Option<&str>, query: &str) -> String {
    let base = url.split('?').next().unwrap_or(url);
    let base = match host {
        Some(h) => base.replacen("@localhost", &format!("@{h}"), 1),
        None => base.to_string(),
    };
    format!("{base}?{query}")
}

/// A throwaway CA and a key and certificate it signs, made by the openssl
/// program in `dir`: (ca.pem, cert.pem, key.pem).
fn throwaway_pki(dir: &Path) -> (PathBuf, PathBuf, PathBuf) {
    let sh = |script: &str| {
        let out = std::process::Command::new("sh")
            .current_dir(dir)
            .args(["-c", script])
            .output()
            .expect("run openssl");
        assert!(
            out.status.success(),
            "{script}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    sh("openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.pem -days 2 -subj /CN=csp-test-ca 2>/dev/null");
    std::fs::write(dir.join("v3.ext"), "basicConstraints=CA:FALSE\n").expect("write");
    sh("openssl req -newkey rsa:2048 -nodes -keyout key.pem -out client.csr -subj /CN=csp 2>/dev/null \
        && openssl x509 -req -in client.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out cert.pem -days 2 -extfile v3.ext 2>/dev/null");
    (
        dir.join("ca.pem"),
        dir.join("cert.pem"),
        dir.join("key.pem"),
    )
}

#[test]
fn a_tls_file_that_cannot_be_used_is_one_error_naming_it() {
    if !require_program("openssl", "openssl") {
        return;
    }
    let home = Home::new();
    let dir = tempfile::tempdir().expect("temp dir");
    let (ca, cert, key) = throwaway_pki(dir.path());
    let junk = dir.path().join("junk.pem");
    std::fs::write(&junk, "not a certificate\n").expect("write");
    let missing = dir.path().join("missing.pem");
    let other_key = dir.path().join("other.key");
    std::process::Command::new("openssl")
        .args(["genrsa", "-out"])
        .arg(&other_key)
        .arg("2048")
        .output()
        .expect("openssl genrsa");
    let p = |p: &Path| p.display().to_string();
    // No server is needed: the files are read before connecting (port 1).
    let url = "postgres://csp@127.0.0.1:1/csp";
    let cases: Vec<(String, &str, String)> = vec![
        (
            format!("sslmode=verify-full&sslrootcert={}", p(&missing)),
            "sslrootcert",
            "no such file".to_string(),
        ),
        (
            format!("sslmode=verify-ca&sslrootcert={}", p(&junk)),
            "sslrootcert",
            "holds no certificate".to_string(),
        ),
        (
            format!("sslmode=require&sslrootcert={}", p(&key)),
            "sslrootcert",
            "holds no certificate".to_string(),
        ),
        (
            format!("sslmode=require&sslcert={}", p(&cert)),
            "sslcert",
            "needs its key".to_string(),
        ),
        (
            format!("sslmode=require&sslcert={}&sslkey={}", p(&cert), p(&junk)),
            "sslkey",
            "holds no private key".to_string(),
        ),
        (
            format!("sslmode=require&sslcert={}&sslkey={}", p(&junk), p(&key)),
            "sslcert",
            "holds no certificate".to_string(),
        ),
        (
            format!(
                "sslmode=require&sslcert={}&sslkey={}",
                p(&cert),
                p(&other_key)
            ),
            "sslkey",
            "does not go with the certificate".to_string(),
        ),
    ];
    for (query, parameter, why) in &cases {
        let out = csp_on(&home, &format!("{url}?{query}"), &["customers", "list"]);
        let err = out.fails(2);
        assert!(
            err.contains(&format!("error: {parameter} '")),
            "{query}: {err}"
        );
        assert!(err.contains(why.as_str()), "{query}: {err}");
        assert!(
            err.contains(dir.path().to_str().expect("path")),
            "{query}: {err}"
        );
    }
    // The environment's variables, when the URL names none.
    let out = run(home
        .command(&["customers", "list"])
        .env("CSP_DB", format!("{url}?sslmode=verify-full"))
        .env("PGSSLROOTCERT", &missing)
        .write_stdin(""));
    let err = out.fails(2);
    assert!(
        err.contains("sslrootcert") && err.contains("PGSSLROOTCERT"),
        "{err}"
    );
    assert!(err.contains("no such file"), "{err}");
    // A good CA file and client certificate get as far as connecting.
    let out = csp_on(
        &home,
        &format!(
            "{url}?sslmode=verify-full&sslrootcert={}&sslcert={}&sslkey={}&connect_timeout=3",
            p(&ca),
            p(&cert),
            p(&key)
        ),
        &["customers", "list"],
    );
    let err = out.fails(1);
    assert!(
        err.contains("cannot connect to the PostgreSQL server"),
        "{err}"
    );
    // sslmode=disable reads no file (libpq ignores them).
    let out = csp_on(
        &home,
        &format!(
            "{url}?sslmode=disable&sslrootcert={}&connect_timeout=3",
            p(&missing)
        ),
        &["customers", "list"],
    );
    assert!(out.fails(1).contains("cannot connect"), "{}", out.stderr);
}

#[test]
fn sslrootcert_verifies_the_server_against_its_own_ca() {
    let Some(db) = Database::create() else {
        return;
    };
    if !require_program("openssl", "openssl") {
        return;
    }
    let mut client = db.client();
    let ssl: String = client.query_one("SHOW ssl", &[]).expect("show").get(0);
    let cert_file: String = client
        .query_one("SHOW ssl_cert_file", &[])
        .expect("show")
        .get(0);
    // The server's certificate is the test's CA (a self-signed one, as a
    // packaged server's snakeoil certificate is): readable when the server
    // runs on this machine.
    let server_cert = std::fs::read(&cert_file).ok();
    let (Some(server_cert), "on") = (server_cert, ssl.as_str()) else {
        eprintln!("\n**********\nSKIPPED: the test server has ssl off or its certificate ({cert_file}) is not readable here; sslrootcert was not verified against a server\n**********\n");
        return;
    };
    let names = std::process::Command::new("openssl")
        .args(["x509", "-noout", "-ext", "subjectAltName"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            use std::io::Write;
            child.stdin.take().expect("stdin").write_all(&server_cert)?;
            child.wait_with_output()
        })
        .expect("openssl x509");
    if !String::from_utf8_lossy(&names.stdout).contains("DNS:localhost") {
        eprintln!("\n**********\nSKIPPED: the test server's certificate does not name localhost; verify-full was not exercised\n**********\n");
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let ca = dir.path().join("server-ca.pem");
    std::fs::write(&ca, &server_cert).expect("write");
    let (other_ca, _, _) = throwaway_pki(dir.path());
    let home = Home::new();
    let ca = ca.display().to_string();
    // verify-full with the server's CA: the chain and the host name hold.
    csp_on(
        &home,
        &with_query(
            &db.url,
            None,
            &format!("sslmode=verify-full&sslrootcert={ca}"),
        ),
        &[
            "customers",
            "add",
            "--name",
            "Tls",
            "--domain",
            "tls.example",
        ],
    )
    .ok();
    // verify-ca: the chain only, so another name for the host is accepted…
    let list = csp_on(
        &home,
        &with_query(
            &db.url,
            Some("127.0.0.1"),
            &format!("sslmode=verify-ca&sslrootcert={ca}"),
        ),
        &["customers", "list", "--format", "tsv"],
    );
    assert!(list.ok().contains("tls.example"));
    // … which verify-full refuses: the certificate names localhost only.
    let err = csp_on(
        &home,
        &with_query(
            &db.url,
            Some("127.0.0.1"),
            &format!("sslmode=verify-full&sslrootcert={ca}"),
        ),
        &["customers", "list"],
    )
    .fails(1)
    .to_string();
    assert!(err.contains("certificate"), "{err}");
    // Another CA does not vouch for the server, even under sslmode=require
    // (libpq: with a CA file, require checks as verify-ca does).
    for mode in ["verify-full", "verify-ca", "require"] {
        let err = csp_on(
            &home,
            &with_query(
                &db.url,
                None,
                &format!("sslmode={mode}&sslrootcert={}", other_ca.display()),
            ),
            &["customers", "list"],
        )
        .fails(1)
        .to_string();
        assert!(err.contains("certificate"), "{mode}: {err}");
    }
    // PGSSLROOTCERT does what the URL's parameter does.
    let out = run(home
        .command(&["customers", "list", "--format", "tsv"])
        .env("CSP_DB", with_query(&db.url, None, "sslmode=verify-full"))
        .env("PGSSLROOTCERT", &ca)
        .write_stdin(""));
    assert!(out.ok().contains("tls.example"));
}
