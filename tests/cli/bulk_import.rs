//! An import into a database without customers takes the bulk path (rows
//! first, indexes built at the end); into one with customers, row by row.
//! Both must leave the same records, refuse the same files with the same
//! words, and keep the schema whole.

use crate::common::Home;

/// Every index and trigger of the schema, with its SQL.
fn schema(home: &Home) -> Vec<(String, String)> {
    let conn = home.sql();
    let mut stmt = conn
        .prepare(
            "SELECT name, sql FROM sqlite_schema WHERE sql IS NOT NULL AND type IN ('index', 'trigger', 'table')
             ORDER BY name",
        )
        .unwrap();
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

/// A database csp made and migrated, holding no customer.
fn empty(home: &Home) {
    let file = home.file("none.csv", "company_name,domain\n");
    home.csp(&["customers", "import", &file]).ok();
    assert_eq!(home.query::<i64>("SELECT count(*) FROM customers"), 0);
}

/// Every kind of cell an import reads, in csp's own format: ids given,
/// repeated and absent, other domains, tags, Unicode, every relationship.
const MIXED: &str = "\
id,company_name,domain,tenant_id,contact_name,contact_email,relationship,delegated_admin,source,channel,tags,domains,relationship_since
0b0e6f2a-1111-4222-8333-444455556666,Société Générale,societe.example,3f2504e0-4f89-41d3-9a0c-0305e82c3301,Zoë Müller,zoe@societe.example,active,true,partner-center,marketing,gold;eu,societe.onmicrosoft.com;societe.fr,2024-01-15
,東京 Trading,tokyo.example,,,,invited,false,manual,,,,
0b0e6f2a-1111-4222-8333-444455556666,Repeated Id Ltd,repeated.example,8c1e2f40-5b6a-4d3c-9e7f-0a1b2c3d4e5e,Ann Lee,ann@repeated.example,active,false,azure,other,smb,,
,Removed Co,removed.example,,,,removed,false,office365,,enterprise;us,removed.onmicrosoft.com,
";

/// The export without what differs between two imports of one file: the
/// ids csp gave (not the file's) and the times.
fn export_rows(home: &Home, skip_domain: Option<&str>) -> Vec<String> {
    let out = home.csp(&["customers", "export"]).ok().to_string();
    let mut lines = out.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    let keep: Vec<usize> = header
        .iter()
        .enumerate()
        // relationship_since is the time of the import where the file
        // gives none: compared apart (see the test).
        .filter(|(_, h)| {
            !matches!(
                **h,
                "created_at" | "updated_at" | "removed_at" | "relationship_since"
            )
        })
        .map(|(i, _)| i)
        .collect();
    let mut rows: Vec<String> = lines
        .filter(|l| skip_domain.is_none_or(|d| !l.contains(d)))
        .map(|l| {
            let cells: Vec<&str> = l.split(',').collect();
            keep.iter()
                .map(|&i| {
                    let c = cells.get(i).copied().unwrap_or_default();
                    // An id csp gave is random: only the file's are compared.
                    if i == 0 && !c.starts_with("0b0e6f2a") {
                        "<given>"
                    } else {
                        c
                    }
                })
                .collect::<Vec<_>>()
                .join(",")
        })
        .collect();
    rows.sort();
    rows
}

#[test]
fn a_bulk_import_records_what_a_row_by_row_import_records() {
    let bulk = Home::new();
    empty(&bulk);
    let before = schema(&bulk);
    let file = bulk.file("mixed.csv", MIXED);
    let said = bulk.csp(&["customers", "import", &file]).ok().to_string();
    // format, rows, added, updated, unchanged
    assert!(said.starts_with("csp\t4\t4\t0\t0\t"), "{said}");

    let rows = Home::new();
    rows.add_customer("Unrelated", "unrelated.example");
    let file = rows.file("mixed.csv", MIXED);
    let said = rows.csp(&["customers", "import", &file]).ok().to_string();
    // format, rows, added, updated, unchanged
    assert!(said.starts_with("csp\t4\t4\t0\t0\t"), "{said}");

    let a = export_rows(&bulk, None);
    let b = export_rows(&rows, Some("unrelated.example"));
    assert_eq!(a.len(), 4, "{a:?}");
    assert_eq!(a, b);
    // The first load wrote without the WAL; the file is in WAL mode again.
    assert_eq!(bulk.query::<String>("PRAGMA journal_mode"), "wal");
    assert!(!bulk.db().with_extension("db-journal").exists());
    for home in [&bulk, &rows] {
        assert_eq!(
            home.query::<String>(
                "SELECT relationship_since FROM customers WHERE domain = 'societe.example'"
            ),
            "2024-01-15T00:00:00Z"
        );
    }
    // The repeated id went to the first row; the second got a new one.
    assert_eq!(
        bulk.query::<String>(
            "SELECT domain FROM customers WHERE id = '0b0e6f2a-1111-4222-8333-444455556666'"
        ),
        "societe.example"
    );
    for home in [&bulk, &rows] {
        assert_eq!(
            home.query::<i64>("SELECT count(*) FROM customer_domains"),
            3
        );
        assert_eq!(home.query::<String>("PRAGMA integrity_check"), "ok");
        assert_eq!(
            home.query::<i64>("SELECT count(*) FROM pragma_foreign_key_check"),
            0
        );
        assert_eq!(
            home.query::<i64>("SELECT count(*) FROM audit_log WHERE action = 'customer.import'"),
            1
        );
    }
    // Every index and trigger the bulk load dropped is back, as it was.
    assert_eq!(schema(&bulk), before);
    // The active customers are counted once at the end (the load dropped
    // the trigger that counts them one by one).
    let active: i64 = bulk.query("SELECT count(*) FROM customers WHERE relationship = 'active'");
    assert_eq!(
        bulk.query::<i64>("SELECT active FROM customer_counts"),
        active
    );
    assert_eq!(
        rows.query::<i64>("SELECT active FROM customer_counts"),
        rows.query::<i64>("SELECT count(*) FROM customers WHERE relationship = 'active'")
    );
    // `status` counts the customers without admin access from the partial
    // index the load rebuilt: every active one without a DAP grant.
    let without: i64 = bulk.query(
        "SELECT count(*) FROM customers WHERE relationship = 'active' AND delegated_admin = 0",
    );
    assert!(without > 0);
    let status = bulk.csp(&["status", "--format", "tsv"]).ok().to_string();
    let expected = format!(
        "no-admin-access\tinfo\t{without} customer{}\t",
        if without == 1 { "" } else { "s" }
    );
    assert!(status.contains(&expected), "{expected:?} in {status}");
    // And they work: a domain or tenant ID taken is refused.
    let err = bulk
        .csp(&[
            "customers",
            "add",
            "--name",
            "X",
            "--domain",
            "TOKYO.example",
        ])
        .fails(5)
        .to_string();
    assert!(err.contains("tokyo.example"), "{err}");
    let err = bulk
        .csp(&["customers", "add", "--name", "X", "--domain", "societe.fr"])
        .fails(5)
        .to_string();
    assert!(err.contains("societe.fr"), "{err}");
    // The same file again, now row by row: nothing changes.
    let file = bulk.file("mixed.csv", MIXED);
    let said = bulk.csp(&["customers", "import", &file]).ok().to_string();
    assert!(said.starts_with("csp\t4\t0\t0\t4\t"), "{said}");
}

/// Imports `csv` into an empty database: refused with `expected` in the one
/// error line, nothing recorded, the schema whole.
#[track_caller]
fn refused_in_bulk(csv: &str, expected: &str) {
    let home = Home::new();
    empty(&home);
    let before = schema(&home);
    let snapshot = home.snapshot();
    let file = home.file("dup.csv", csv);
    let err = home
        .csp(&["customers", "import", &file])
        .fails(2)
        .to_string();
    assert!(err.contains(expected), "{err}");
    assert_eq!(
        err.lines().filter(|l| l.starts_with("error:")).count(),
        1,
        "{err}"
    );
    assert_eq!(home.snapshot(), snapshot);
    assert_eq!(schema(&home), before);
}

#[test]
fn a_bulk_import_names_both_lines_of_a_customer_named_twice() {
    // A domain that differs only in case.
    refused_in_bulk(
        "company_name,domain\nA,a.example\nB,b.example\nA again,A.Example\n",
        "line 4: names the same customer as line 2 (domain a.example)",
    );
    // A tenant ID written two ways.
    refused_in_bulk(
        "company_name,domain,tenant_id\nA,a.example,3F2504E0-4F89-41D3-9A0C-0305E82C3301\nB,b.example,{3f2504e0-4f89-41d3-9a0c-0305e82c3301}\n",
        "line 3: names the same customer as line 2 (tenant ID 3f2504e0-4f89-41d3-9a0c-0305e82c3301)",
    );
    // One row's other domain, another's primary one.
    refused_in_bulk(
        "company_name,domain,domains\nA,a.example,a.onmicrosoft.com\nB,A.onmicrosoft.com,\n",
        "line 3: names the same customer as line 2 (domain a.onmicrosoft.com)",
    );
}

#[test]
fn the_migration_to_named_unique_indexes_keeps_every_row_and_reference() {
    // A database at the version before (5), with a customer of each kind
    // of reference: an invitation, a provider link, another domain.
    let home = Home::new();
    std::fs::create_dir_all(home.db().parent().unwrap()).unwrap();
    {
        let conn = rusqlite::Connection::open(home.db()).unwrap();
        for step in &csp::store::MIGRATIONS[..5] {
            conn.execute_batch(step).unwrap();
        }
        conn.execute_batch(
            "PRAGMA user_version = 5;
             INSERT INTO customers (id, company_name, domain, tenant_id, relationship, relationship_since, source, created_at, updated_at)
             VALUES ('c1', 'Fabrikam', 'fabrikam.com', '3f2504e0-4f89-41d3-9a0c-0305e82c3301', 'invited', '2024-01-01T00:00:00Z', 'manual', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
                    ('c2', 'Contoso', 'contoso.com', NULL, 'active', '2024-01-01T00:00:00Z', 'manual', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z');
             INSERT INTO customer_domains (domain, customer_id, added_at) VALUES ('fabrikam.onmicrosoft.com', 'c1', '2024-01-01T00:00:00Z');
             INSERT INTO providers (id, name, tenant_id, status, connected_at) VALUES ('p1', 'Prov', '0a9b8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d', 'connected', '2024-01-01T00:00:00Z');
             INSERT INTO provider_customers (provider_id, customer_id, since) VALUES ('p1', 'c2', '2024-01-01T00:00:00Z');
             INSERT INTO invitations (id, kind, status, customer_id, link, subject, body, locale, created_at)
             VALUES ('i1', 'reseller', 'draft', 'c1', 'https://example', 's', 'b', 'en', '2024-01-01T00:00:00Z');",
        )
        .unwrap();
    }
    let list = home
        .csp(&["customers", "list", "--status", "all", "--format", "tsv"])
        .ok()
        .to_string();
    assert!(
        list.contains("fabrikam.com") && list.contains("contoso.com"),
        "{list}"
    );
    assert_eq!(
        home.query::<i64>("PRAGMA user_version"),
        i64::from(csp::store::SCHEMA_VERSION)
    );
    assert_eq!(home.query::<String>("PRAGMA integrity_check"), "ok");
    assert_eq!(
        home.query::<i64>("SELECT count(*) FROM pragma_foreign_key_check"),
        0
    );
    assert_eq!(
        home.query::<String>("SELECT group_concat(id) FROM (SELECT id FROM customers ORDER BY id)"),
        "c1,c2"
    );
    // The unique columns are named indexes now; no automatic index remains
    // but the id's.
    let names: Vec<String> = schema(&home)
        .into_iter()
        .map(|(n, _)| n)
        .filter(|n| n.starts_with("customer"))
        .collect();
    for n in [
        "customers_domain",
        "customers_tenant_id",
        "customers_company_name",
        "customers_removed",
        "customers_domain_unique_on_insert",
        "customers_domain_unique_on_update",
        "customer_domains_unique_across_customers",
    ] {
        assert!(names.contains(&n.to_string()), "{n} missing from {names:?}");
    }
    assert_eq!(
        home.query::<i64>(
            "SELECT count(*) FROM sqlite_schema WHERE tbl_name = 'customers' AND name LIKE 'sqlite_autoindex%'"
        ),
        1
    );
    // The same schema as a database made new.
    let fresh = Home::new();
    empty(&fresh);
    assert_eq!(schema(&home), schema(&fresh));
    // The rules still hold: a taken domain (another's other domain too) and
    // tenant ID are refused.
    home.csp(&[
        "customers",
        "add",
        "--name",
        "X",
        "--domain",
        "FABRIKAM.com",
    ])
    .fails(5);
    home.csp(&[
        "customers",
        "add",
        "--name",
        "X",
        "--domain",
        "fabrikam.onmicrosoft.com",
    ])
    .fails(5);
    home.csp(&[
        "customers",
        "add",
        "--name",
        "X",
        "--domain",
        "x.com",
        "--tenant-id",
        "3f2504e0-4f89-41d3-9a0c-0305e82c3301",
    ])
    .fails(5);
}
