//! A team on one PostgreSQL database: the same commands give the same
//! results as on the SQLite file, the server enforces who may write, and
//! admins working at once lose nothing. Each test makes a throwaway
//! database on the server `CSP_TEST_POSTGRES_URL` names.

use crate::common::postgres::Database;
use crate::common::{run, Home, Run};

/// `csp ARGS` in `home` on the database `url`.
fn csp_on(home: &Home, url: &str, args: &[&str]) -> Run {
    run(home.command(args).env("CSP_DB", url).write_stdin(""))
}

/// What differs between two runs of one command and is not a difference:
/// ids and times.
fn normalized(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        if let Some((len, placeholder)) = [(36, "ID"), (20, "TIME")]
            .into_iter()
            .find(|&(len, _)| shaped(&chars[i..chars.len().min(i + len)], len))
        {
            out.push_str(placeholder);
            i += len;
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    short_ids(&out)
}

/// Replaces the 8-character id prefixes messages show (`invite done 1a2b3c4d`).
fn short_ids(text: &str) -> String {
    let mut out = String::new();
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        let id = word.len() == 8
            && word
                .chars()
                .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase())
            && word.chars().any(|c| c.is_ascii_digit());
        out.push_str(if id { "SHORTID" } else { word });
        word.clear();
    };
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    out
}

/// A UUID (36 characters) or a stored time (`YYYY-MM-DDTHH:MM:SSZ`, 20).
fn shaped(word: &[char], len: usize) -> bool {
    if word.len() != len {
        return false;
    }
    let pattern = if len == 36 {
        "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"
    } else {
        "dddd-dd-ddTdd:dd:ddZ"
    };
    word.iter().zip(pattern.chars()).all(|(&c, p)| match p {
        'x' => c.is_ascii_hexdigit(),
        'd' => c.is_ascii_digit(),
        p => c == p,
    })
}

#[test]
fn a_customer_story_reads_the_same_on_both_engines() {
    let Some(db) = Database::create() else {
        return;
    };
    let home = Home::new();
    let file = home.path().join("team.db");
    let file = file.to_str().expect("utf-8 path");
    let story: &[&[&str]] = &[
        &[
            "customers",
            "add",
            "--name",
            "Fabrikam",
            "--domain",
            "fabrikam.com",
            "--tenant-id",
            "0b5c4a3e-6f70-4d8e-9a1b-2c3d4e5f6a7b",
        ],
        &[
            "customers",
            "add",
            "--name",
            "éclair SARL",
            "--domain",
            "eclair.fr",
        ],
        &[
            "customers",
            "add",
            "--name",
            "Zeta",
            "--domain",
            "FABRIKAM.com",
        ],
        &[
            "customers",
            "update",
            "fabrikam.com",
            "--add-domain",
            "fabrikam.onmicrosoft.com",
            "--tag",
            "gold",
        ],
        &[
            "invite",
            "--name",
            "Northwind",
            "--domain",
            "northwind.com",
            "--email",
            "it@northwind.com",
        ],
        &[
            "invite",
            "--name",
            "Northwind",
            "--domain",
            "northwind.com",
            "--email",
            "it@northwind.com",
        ],
        &[
            "providers",
            "add",
            "--name",
            "Ingram Micro",
            "--tenant-id",
            "5d6e7f80-1a2b-4c3d-8e9f-0a1b2c3d4e5f",
        ],
        &["providers", "attach", "ingram micro", "fabrikam.com"],
        &[
            "customers",
            "add",
            "--name",
            "Contoso",
            "--domain",
            "contoso.com",
        ],
        &[
            "gdap",
            "add",
            "fabrikam.com",
            "--microsoft-id",
            "5d027261-d21f-4aa9-b7db-7fa1f56fb163-8777b240-c6f0-4469-9e98-a3205431b836",
            "--name",
            "Fabrikam support",
            "--roles",
            "least-privilege",
        ],
        &["customers", "list", "--status", "all", "--format", "tsv"],
        &["customers", "list", "--search", "FAB", "--format", "tsv"],
        &["customers", "show", "FABRIKAM.ONMICROSOFT.COM", "--json"],
        &["invite", "list", "--status", "all", "--format", "tsv"],
        &["providers", "list", "--format", "tsv"],
        &["gdap", "list", "--format", "tsv"],
        &["gdap", "activate", "fabrikam support", "--at", "2026-01-10"],
        &[
            "gdap",
            "assign",
            "Fabrikam support",
            "--group",
            "6c1e2f40-5b6a-4d3c-9e7f-0a1b2c3d4e5f",
            "--group-name",
            "Helpdesk",
            "--roles",
            "least-privilege",
        ],
        &["gdap", "show", "Fabrikam support", "--json"],
        &[
            "invite",
            "--customer",
            "fabrikam.com",
            "--provider",
            "ingram micro",
            "--email",
            "it@fabrikam.com",
        ],
        &["status", "--json"],
        &["remove", "eclair.fr", "--acknowledge"],
        &["status", "--format", "tsv"],
        &[
            "customers",
            "list",
            "--not-provider",
            "ingram micro",
            "--format",
            "tsv",
        ],
        &["customers", "export", "--status", "all"],
    ];
    let mut refused = Vec::new();
    for args in story {
        let on_file = csp_on(&home, file, args);
        let on_server = csp_on(&home, &db.url, args);
        if on_server.code != 0 {
            refused.push((args[0], args[1], on_server.code));
        }
        assert_eq!(
            (on_file.code, normalized(&on_file.stdout)),
            (on_server.code, normalized(&on_server.stdout)),
            "csp {}\nSQLite stderr: {}\nPostgreSQL stderr: {}",
            args.join(" "),
            on_file.stderr,
            on_server.stderr
        );
    }
    // Only the conflicts are refused: a taken domain, a second pending
    // invitation, a joint one for a provider that already holds a relationship.
    assert_eq!(
        refused,
        [
            ("customers", "add", 5),
            ("invite", "--name", 5),
            ("invite", "--customer", 5)
        ],
        "{refused:?}"
    );
    // The same entries, but for their user: the OS account on the file,
    // the database user on the server.
    let actions = |db: &str| -> Vec<String> {
        let log = csp_on(&home, db, &["log", "--format", "tsv"]);
        log.ok()
            .lines()
            .map(|l| l.split('\t').skip(3).take(3).collect::<Vec<_>>().join(" "))
            .collect()
    };
    let on_server = actions(&db.url);
    assert_eq!(actions(file), on_server);
    assert!(on_server.len() >= 7, "{on_server:?}");
}

#[test]
fn a_read_only_role_is_refused_every_write_with_status_4_and_nothing_changes() {
    let Some(db) = Database::create() else {
        return;
    };
    let home = Home::new();
    csp_on(
        &home,
        &db.url,
        &[
            "customers",
            "add",
            "--name",
            "Fabrikam",
            "--domain",
            "fabrikam.com",
        ],
    )
    .ok();
    let role = format!("ro_{}", &db.url.len());
    let mut admin = db.client();
    let role = format!("{role}_{}", uuid::Uuid::new_v4().simple());
    admin
        .batch_execute(&format!("CREATE ROLE {role} LOGIN PASSWORD 'secret-ro'"))
        .expect("create role");
    csp_on(&home, &db.url, &["db", "grant", "--read-only", &role]).ok();
    let reader = db.url_as(&role, "secret-ro");
    let list = csp_on(&home, &reader, &["customers", "list", "--format", "tsv"]);
    assert!(list.ok().contains("fabrikam.com"));
    for args in [
        &["customers", "add", "--name", "X", "--domain", "x.com"][..],
        &["customers", "update", "fabrikam.com", "--tag", "gold"],
        &[
            "invite", "--name", "Y", "--domain", "y.com", "--email", "a@y.com",
        ],
    ] {
        let err = csp_on(&home, &reader, args).fails(4).to_string();
        assert!(err.contains("permission denied"), "{err}");
        assert!(!err.contains("secret-ro"), "{err}");
    }
    let customers: i64 = admin
        .query_one("SELECT count(*) FROM customers", &[])
        .expect("count")
        .get(0);
    assert_eq!(customers, 1);
    admin
        .batch_execute(&format!("DROP OWNED BY {role}; DROP ROLE {role}"))
        .expect("drop role");
}

#[test]
fn the_audit_log_refuses_update_and_delete_even_to_its_owner() {
    let Some(db) = Database::create() else {
        return;
    };
    let home = Home::new();
    csp_on(
        &home,
        &db.url,
        &[
            "customers",
            "add",
            "--name",
            "Fabrikam",
            "--domain",
            "fabrikam.com",
        ],
    )
    .ok();
    let mut client = db.client();
    for sql in [
        "UPDATE audit_log SET action = 'x'",
        "DELETE FROM audit_log",
        "TRUNCATE audit_log",
    ] {
        let err = client.batch_execute(sql).expect_err(sql);
        assert!(
            err.to_string().contains("append-only") || format!("{err:?}").contains("append-only"),
            "{sql}: {err:?}"
        );
    }
    let entries: i64 = client
        .query_one("SELECT count(*) FROM audit_log", &[])
        .expect("count")
        .get(0);
    assert_eq!(entries, 1);
}

#[test]
fn eight_admins_adding_fifty_customers_each_at_once_lose_nothing() {
    let Some(db) = Database::create() else {
        return;
    };
    let home = Home::new();
    csp_on(&home, &db.url, &["db", "migrate"]).ok();
    let started = std::time::Instant::now();
    std::thread::scope(|s| {
        for admin in 0..8 {
            let (home, url) = (&home, &db.url);
            s.spawn(move || {
                for n in 0..50 {
                    let domain = format!("admin{admin}-customer{n}.com");
                    let name = format!("Customer {admin}-{n}");
                    csp_on(
                        home,
                        url,
                        &["customers", "add", "--name", &name, "--domain", &domain],
                    )
                    .ok();
                }
            });
        }
    });
    eprintln!("8 admins × 50 customers add: {:?}", started.elapsed());
    let mut client = db.client();
    let customers: i64 = client
        .query_one("SELECT count(*) FROM customers", &[])
        .expect("count")
        .get(0);
    let entries: i64 = client
        .query_one("SELECT count(*) FROM audit_log", &[])
        .expect("count")
        .get(0);
    assert_eq!((customers, entries), (400, 400));
}

#[test]
fn two_admins_inviting_one_customer_at_once_one_wins_the_other_is_a_conflict() {
    let Some(db) = Database::create() else {
        return;
    };
    let home = Home::new();
    csp_on(&home, &db.url, &["db", "migrate"]).ok();
    for round in 0..3 {
        let domain = format!("race{round}.com");
        let codes: Vec<i32> = std::thread::scope(|s| {
            let runs: Vec<_> = (0..2)
                .map(|_| {
                    let (home, url, domain) = (&home, &db.url, &domain);
                    s.spawn(move || {
                        csp_on(
                            home,
                            url,
                            &[
                                "invite",
                                "--name",
                                "Race",
                                "--domain",
                                domain,
                                "--email",
                                "it@race.com",
                            ],
                        )
                    })
                })
                .collect();
            runs.into_iter()
                .map(|r| r.join().expect("thread").code)
                .collect()
        });
        let mut sorted = codes.clone();
        sorted.sort();
        assert_eq!(sorted, [0, 5], "round {round}: {codes:?}");
    }
    let pending: i64 = db
        .client()
        .query_one(
            "SELECT count(*) FROM invitations WHERE status IN ('draft', 'sent')",
            &[],
        )
        .expect("count")
        .get(0);
    assert_eq!(pending, 3);
}

#[test]
fn an_unreachable_server_is_status_1_naming_the_host_never_the_password() {
    let home = Home::new();
    let run = csp_on(
        &home,
        "postgres://alice:hunter2-secret@127.0.0.1:1/csp?sslmode=disable&connect_timeout=3",
        &["customers", "list"],
    );
    let err = run.fails(1);
    assert!(err.contains("127.0.0.1:1"), "{err}");
    assert!(err.contains("hint:"), "{err}");
    assert!(!err.contains("hunter2"), "{err}");
}

#[test]
fn a_database_with_a_newer_schema_is_refused_and_left_untouched() {
    let Some(db) = Database::create() else {
        return;
    };
    let home = Home::new();
    csp_on(&home, &db.url, &["db", "migrate"]).ok();
    let mut client = db.client();
    client
        .batch_execute("UPDATE csp_schema SET version = 999")
        .expect("bump");
    let err = csp_on(
        &home,
        &db.url,
        &["customers", "add", "--name", "X", "--domain", "x.com"],
    )
    .fails(1)
    .to_string();
    assert!(err.contains("newer"), "{err}");
    let version: i32 = client
        .query_one("SELECT version FROM csp_schema", &[])
        .expect("v")
        .get(0);
    assert_eq!(version, 999);
}

#[test]
fn a_read_on_an_empty_database_creates_nothing() {
    let Some(db) = Database::create() else {
        return;
    };
    let home = Home::new();
    csp_on(&home, &db.url, &["customers", "list"]).fails(1);
    let tables: i64 = db
        .client()
        .query_one(
            "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'",
            &[],
        )
        .expect("count")
        .get(0);
    assert_eq!(tables, 0);
}

#[test]
fn a_copy_both_ways_exports_the_same_customers() {
    let Some(db) = Database::create() else {
        return;
    };
    let home = Home::new();
    let file = home.path().join("laptop.db");
    let file = file.to_str().expect("utf-8 path");
    for args in [
        &[
            "customers",
            "add",
            "--name",
            "Fabrikam",
            "--domain",
            "fabrikam.com",
            "--tenant-id",
            "0b5c4a3e-6f70-4d8e-9a1b-2c3d4e5f6a7b",
        ][..],
        &[
            "customers",
            "update",
            "fabrikam.com",
            "--add-domain",
            "fabrikam.onmicrosoft.com",
            "--tag",
            "gold",
        ],
        &[
            "invite",
            "--name",
            "Northwind",
            "--domain",
            "northwind.com",
            "--email",
            "it@northwind.com",
        ],
        &[
            "providers",
            "add",
            "--name",
            "Ingram Micro",
            "--tenant-id",
            "5d6e7f80-1a2b-4c3d-8e9f-0a1b2c3d4e5f",
        ],
        &["providers", "attach", "ingram micro", "fabrikam.com"],
        &[
            "customers",
            "add",
            "--name",
            "Contoso",
            "--domain",
            "contoso.com",
        ],
        &[
            "gdap",
            "add",
            "fabrikam.com",
            "--microsoft-id",
            "5d027261-1111-2222-3333-000000000001-8777b240-aaaa-bbbb-cccc-ddddeeeeffff",
            "--name",
            "Fabrikam support",
            "--roles",
            "least-privilege",
        ],
    ] {
        csp_on(&home, file, args).ok();
    }
    // What `status` counts (the customers without admin access among them:
    // counts the copy's own triggers keep) is the same on every copy.
    let status = |db: &str| {
        csp_on(&home, db, &["status", "--format", "tsv"])
            .ok()
            .to_string()
    };
    let export = |db: &str| {
        csp_on(&home, db, &["customers", "export", "--status", "all"])
            .ok()
            .to_string()
    };
    let log = |db: &str| {
        csp_on(&home, db, &["log", "--format", "tsv"])
            .ok()
            .to_string()
    };
    csp_on(&home, file, &["db", "copy", "--to", &db.url]).ok();
    assert_eq!(export(file), export(&db.url));
    assert_eq!(log(file), log(&db.url));
    assert_eq!(status(file), status(&db.url));
    // Contoso only: Fabrikam has a GDAP relationship.
    assert!(
        status(file).contains("no-admin-access\tinfo\t1 customer\t"),
        "{}",
        status(file)
    );
    // A second copy into a target that holds data is refused…
    csp_on(&home, file, &["db", "copy", "--to", &db.url]).fails(5);
    // …and the way back, from the server to a new file, gives the same again.
    let back = home.path().join("backup.db");
    let back = back.to_str().expect("utf-8 path");
    csp_on(&home, &db.url, &["db", "copy", "--to", back]).ok();
    assert_eq!(export(back), export(file));
    assert_eq!(log(back), log(file));
    assert_eq!(status(back), status(file));
    // The copy goes on where the original stopped.
    csp_on(
        &home,
        &db.url,
        &["customers", "add", "--name", "Zeta", "--domain", "zeta.com"],
    )
    .ok();
    let entries: i64 = db
        .client()
        .query_one("SELECT max(id) FROM audit_log", &[])
        .expect("max")
        .get(0);
    assert_eq!(entries as usize, log(file).lines().count() + 1);
}

#[test]
fn grants_on_a_file_are_refused_and_create_nothing() {
    let home = Home::new();
    let file = home.path().join("solo.db");
    let err = csp_on(
        &home,
        file.to_str().expect("utf-8"),
        &["db", "grant", "--writer", "alice"],
    )
    .fails(2)
    .to_string();
    assert!(err.contains("PostgreSQL"), "{err}");
    assert!(!file.exists());
}

#[test]
fn tls_follows_sslmode_when_the_server_offers_it() {
    let Some(db) = Database::create() else {
        return;
    };
    let ssl_on: String = db
        .client()
        .query_one("SHOW ssl", &[])
        .map(|row| row.get(0))
        .unwrap_or_default();
    if ssl_on != "on" {
        eprintln!("\n**********\nSKIPPED: the test server has ssl off; TLS was not exercised\n**********\n");
        return;
    }
    let home = Home::new();
    let with_mode = |mode: &str| {
        let base = db.url.split('?').next().unwrap_or(&db.url).to_string();
        format!("{base}?sslmode={mode}")
    };
    // require: encrypted, the certificate not checked (libpq's meaning);
    // a failed handshake would fail the command.
    csp_on(
        &home,
        &with_mode("require"),
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
    // verify-full: a self-signed test certificate is refused, with the hint.
    let err = csp_on(&home, &with_mode("verify-full"), &["customers", "list"])
        .fails(1)
        .to_string();
    assert!(err.contains("certificate"), "{err}");
}
