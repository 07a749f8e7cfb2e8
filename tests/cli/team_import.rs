//! `csp customers import` into an empty PostgreSQL database — the bulk load
//! by `COPY` (`store/postgres/bulk.rs`) — stores what the same import
//! stores in a file, as the database's owner (who rebuilds the indexes) and
//! as a role granted `--writer` (who cannot), and refuses what it refuses.

use crate::common::postgres::Database;
use crate::common::{run, Home, Run};

fn csp_on(home: &Home, url: &str, args: &[&str]) -> Run {
    run(home.command(args).env("CSP_DB", url).write_stdin(""))
}

/// A file of `n` customers of every kind, other domains included.
fn customers_csv(n: usize) -> String {
    let mut csv = String::from(
        "company_name,domain,domains,tenant_id,contact_name,contact_email,relationship,channel,tags,relationship_since\n",
    );
    for i in 0..n {
        let tenant = if i % 4 == 0 {
            String::new()
        } else {
            format!("{i:08x}-1111-4111-8111-111111111111")
        };
        let domains = match i % 3 {
            0 => String::new(),
            1 => format!("c{i}.example;c{i}.onmicrosoft.com"),
            _ => format!("c{i}.example;mail.c{i}.example;c{i}.onmicrosoft.com"),
        };
        let relationship = ["active", "invited", "active"][i % 3];
        let channel = ["", "microsoft-referral", "marketing"][i % 3];
        let tags = ["", "gold", "eu;smb"][i % 3];
        let since = if i % 5 == 0 { "2024-03-01" } else { "" };
        csv += &format!(
            "\"Company, {i} \"\"Ltd\"\"\",C{i}.example,{domains},{tenant},Contact {i},it@c{i}.example,{relationship},{channel},{tags},{since}\n"
        );
    }
    csv
}

/// The list without what differs by nature between two imports: the ids
/// and the times of the import.
fn list(home: &Home, url: &str) -> Vec<String> {
    csp_on(
        home,
        url,
        &["customers", "list", "--status", "all", "--format", "tsv"],
    )
    .ok()
    .lines()
    .map(|l| {
        let cells: Vec<&str> = l.split('\t').collect();
        let since = cells[8];
        let since = if since.starts_with("2024-03-01") {
            since
        } else {
            "NOW"
        };
        format!(
            "{} {since} {}",
            cells[1..8].join("\t"),
            cells[9..15].join("\t")
        )
    })
    .collect()
}

#[test]
fn an_import_into_an_empty_server_database_stores_what_a_file_stores() {
    let Some(db) = Database::create() else {
        return;
    };
    let home = Home::new();
    let csv = home.file("customers.csv", &customers_csv(300));
    let file = home.path().join("csp.db").display().to_string();
    csp_on(&home, &file, &["customers", "import", &csv]).ok();
    let expected = list(&home, &file);
    assert_eq!(expected.len(), 300);
    assert!(expected.iter().any(|l| l.contains("c2.onmicrosoft.com")));
    // As the owner.
    let out = csp_on(&home, &db.url, &["customers", "import", &csv]);
    out.ok();
    assert!(out.stderr.contains("added 300"), "{}", out.stderr);
    assert_eq!(list(&home, &db.url), expected);
    // The rules hold afterwards: a domain already someone's, as primary or other.
    for domain in ["c7.example", "mail.c2.example"] {
        let err = csp_on(
            &home,
            &db.url,
            &["customers", "add", "--name", "Again", "--domain", domain],
        )
        .fails(5)
        .to_string();
        assert!(err.contains(domain), "{err}");
    }
    // As a writer, into another empty database.
    let Some(second) = Database::create() else {
        return;
    };
    csp_on(&home, &second.url, &["db", "migrate"]).ok();
    let role = format!("csp_writer_{}", uuid::Uuid::new_v4().simple());
    second
        .client()
        .batch_execute(&format!("CREATE ROLE {role} LOGIN PASSWORD 'writer-pw'"))
        .expect("create role");
    csp_on(&home, &second.url, &["db", "grant", "--writer", &role]).ok();
    let writer = second.url_as(&role, "writer-pw");
    csp_on(&home, &writer, &["customers", "import", &csv]).ok();
    assert_eq!(list(&home, &writer), expected);
    second
        .client()
        .batch_execute(&format!("DROP OWNED BY {role}; DROP ROLE {role}"))
        .expect("drop role");
}

#[test]
fn a_server_import_refuses_what_a_file_import_refuses_and_records_nothing() {
    let Some(db) = Database::create() else {
        return;
    };
    let home = Home::new();
    let mut csv = customers_csv(20);
    // Line 22: a domain that the customer of line 3 has as an other domain.
    csv += "Late Comer,c1.onmicrosoft.com,,,,,active,,,\n";
    let csv = home.file("customers.csv", &csv);
    let file = home.path().join("csp.db").display().to_string();
    let on_file = csp_on(&home, &file, &["customers", "import", &csv]);
    let on_server = csp_on(&home, &db.url, &["customers", "import", &csv]);
    let error = |r: &Run| {
        r.stderr
            .lines()
            .filter(|l| l.starts_with("error: ") || l.starts_with("hint: "))
            .collect::<Vec<_>>()
            .join("\n")
    };
    assert_eq!(on_server.code, on_file.code, "{}", on_server.stderr);
    assert!(error(&on_file).contains("line 22"), "{}", on_file.stderr);
    assert_eq!(error(&on_server), error(&on_file));
    on_server.fails(on_file.code);
    let left = db
        .client()
        .query_one("SELECT count(*) FROM customers", &[])
        .expect("count")
        .get::<_, i64>(0);
    assert_eq!(left, 0);
}
