//! `csp log`: every change appended, one entry per command, newest first.

use crate::common::{lit, on_both_engines, Engine, Home};
use serde_json::Value;

const LOG_FIELDS: [&str; 10] = [
    "id",
    "at",
    "user",
    "role",
    "action",
    "entity",
    "entity_id",
    "customer_id",
    "reason",
    "details",
];

fn audit_count(home: &Home) -> i64 {
    home.query("SELECT count(*) FROM audit_log")
}

fn actions(log: &Value) -> Vec<String> {
    log.as_array()
        .expect("a JSON array")
        .iter()
        .map(|e| e["action"].as_str().unwrap_or_default().to_string())
        .collect()
}

/// Appends an entry the way another command (an invitation, a provider
/// link) writes one about a customer.
fn append_entry(home: &Home, at: &str, action: &str, entity: &str, customer_id: Option<&str>) {
    home.exec(&format!(
        "INSERT INTO audit_log (at, \"user\", role, action, entity, entity_id, customer_id)
             VALUES ('{0}', 'tester', 'admin-agent', '{1}', '{2}', 'x', {3})",
        at,
        action,
        entity,
        customer_id.map_or("NULL".to_string(), lit)
    ));
}

fn init_writes_no_database_and_no_entry() {
    let home = Home::new();
    match home.engine() {
        Engine::Sqlite => assert!(!home.db().exists(), "init must not create the database"),
        Engine::Postgres => assert_eq!(home.snapshot(), "", "init must write nothing"),
    }
    let log = home.csp(&["log", "--json"]);
    assert_eq!(log.json(), serde_json::json!([]));
}

fn every_change_leaves_exactly_one_entry() {
    let home = Home::new();
    let csv = home.file(
        "customers.csv",
        "company_name,domain\nNorthwind Traders,northwind.com\nTailspin Toys,tailspin.com\nAdatum,adatum.com\n",
    );
    let changes: [(&[&str], &str); 4] = [
        (
            &[
                "customers",
                "add",
                "--name",
                "Fabrikam Inc",
                "--domain",
                "fabrikam.com",
            ],
            "customer.add",
        ),
        (
            &["customers", "update", "fabrikam.com", "--tag", "gold"],
            "customer.update",
        ),
        (&["customers", "import", &csv], "customer.import"),
        (
            &[
                "remove",
                "fabrikam.com",
                "--acknowledge",
                "--reason",
                "contract ended",
            ],
            "customer.remove",
        ),
    ];
    home.csp(&["customers", "list"]).ok(); // creates the database
    for (args, action) in changes {
        let before = audit_count(&home);
        home.csp(args).ok();
        assert_eq!(audit_count(&home), before + 1, "{args:?}");
        let last: String = home.query("SELECT action FROM audit_log ORDER BY id DESC LIMIT 1");
        assert_eq!(last, action, "{args:?}");
    }
    let log = home.csp(&["log", "--json"]).json();
    assert_eq!(
        actions(&log),
        [
            "customer.remove",
            "customer.import",
            "customer.update",
            "customer.add"
        ]
    );
    // The import of three rows is one entry, with its counts.
    assert_eq!(log[1]["details"]["added"], 3);
    assert_eq!(log[1]["details"]["rows"], 3);
}

fn importing_the_same_file_again_changes_nothing_and_records_nothing() {
    let home = Home::new();
    let csv = home.file(
        "customers.csv",
        "company_name,domain\nNorthwind Traders,northwind.com\n",
    );
    home.csp(&["customers", "import", &csv]).ok();
    let before = home.snapshot();
    home.csp(&["customers", "import", &csv]).ok();
    assert_eq!(home.snapshot(), before);
}

fn a_failed_command_leaves_no_entry() {
    let home = Home::new();
    home.add_customer("Fabrikam Inc", "fabrikam.com");
    let bad_csv = home.file(
        "bad.csv",
        "company_name,domain\nNorthwind Traders,northwind.com\nBroken,not a domain\n",
    );
    let good_csv = home.file(
        "good.csv",
        "company_name,domain\nTailspin Toys,tailspin.com\n",
    );
    let before = home.snapshot();
    let failures: [(&[&str], i32); 7] = [
        (
            &[
                "customers",
                "add",
                "--name",
                "Again",
                "--domain",
                "fabrikam.com",
            ],
            5,
        ),
        (
            &[
                "customers",
                "add",
                "--name",
                "Bad\tname",
                "--domain",
                "bad.com",
            ],
            2,
        ),
        (&["customers", "update", "contoso.com", "--tag", "x"], 3),
        (&["customers", "update", "fabrikam.com"], 2),
        (&["customers", "import", &bad_csv], 2),
        (&["remove", "fabrikam.com"], 4),
        (&["remove", "contoso.com", "--acknowledge"], 3),
    ];
    for (args, code) in failures {
        home.csp(args).fails(code);
        assert_eq!(home.snapshot(), before, "{args:?} changed something");
    }
    // A dry run succeeds and changes nothing, entry included.
    home.csp(&["customers", "import", &good_csv, "--dry-run"])
        .ok();
    assert_eq!(home.snapshot(), before);
}

fn entries_have_every_field_and_say_who_did_what() {
    let home = Home::new();
    let id = home.add_customer("Fabrikam Inc", "fabrikam.com");
    home.csp(&[
        "customers",
        "update",
        "fabrikam.com",
        "--contact-email",
        "it@fabrikam.com",
    ])
    .ok();
    let log = home.csp(&["log", "--json"]).json();
    let entry = &log[0];
    let keys: Vec<&str> = entry
        .as_object()
        .expect("object")
        .keys()
        .map(String::as_str)
        .collect();
    let mut expected = LOG_FIELDS.to_vec();
    expected.sort();
    let mut keys_sorted = keys.clone();
    keys_sorted.sort();
    assert_eq!(keys_sorted, expected);
    // The system's account (USER=tester in the harness is not trusted), or
    // on PostgreSQL the role the server authenticated.
    assert_eq!(entry["user"], home.audit_user().as_str());
    assert_eq!(entry["role"], "admin-agent");
    assert_eq!(entry["action"], "customer.update");
    assert_eq!(entry["entity"], "customer");
    assert_eq!(entry["entity_id"], id.as_str());
    assert_eq!(entry["customer_id"], id.as_str());
    assert_eq!(entry["reason"], Value::Null);
    assert_eq!(entry["details"]["before"]["contact_email"], Value::Null);
    assert_eq!(
        entry["details"]["after"]["contact_email"],
        "it@fabrikam.com"
    );
    let at = entry["at"].as_str().expect("at");
    assert!(at.ends_with('Z') && at.contains('T'), "{at}");
    assert!(log[0]["id"].as_i64() > log[1]["id"].as_i64());
}

fn the_customer_filter_includes_its_invitations_and_provider_links() {
    let home = Home::new();
    let fabrikam = home.add_customer("Fabrikam Inc", "fabrikam.com");
    let northwind = home.add_customer("Northwind Traders", "northwind.com");
    let now = "2026-11-20T10:00:00Z";
    append_entry(
        &home,
        now,
        "invitation.create",
        "invitation",
        Some(&fabrikam),
    );
    append_entry(
        &home,
        now,
        "provider.attach",
        "provider_customer",
        Some(&fabrikam),
    );
    append_entry(
        &home,
        now,
        "invitation.create",
        "invitation",
        Some(&northwind),
    );
    append_entry(&home, now, "provider.add", "provider", None);
    let log = home
        .csp(&["log", "--customer", "fabrikam.com", "--json"])
        .json();
    assert_eq!(
        actions(&log),
        ["provider.attach", "invitation.create", "customer.add"]
    );
    assert!(log
        .as_array()
        .expect("array")
        .iter()
        .all(|e| e["customer_id"] == fabrikam.as_str()));
    // By any reference the customer has: name, id prefix.
    let by_name = home
        .csp(&["log", "--customer", "fabrikam inc", "--json"])
        .json();
    assert_eq!(by_name, log);
    let by_prefix = home
        .csp(&["log", "--customer", &fabrikam[..8], "--json"])
        .json();
    assert_eq!(by_prefix, log);
}

fn the_customer_filter_finds_a_removed_customer() {
    let home = Home::new();
    home.add_customer("Fabrikam Inc", "fabrikam.com");
    home.add_customer("Northwind Traders", "northwind.com");
    home.csp(&[
        "remove",
        "fabrikam.com",
        "--acknowledge",
        "--reason",
        "moved on",
    ])
    .ok();
    let log = home
        .csp(&["log", "--customer", "fabrikam.com", "--json"])
        .json();
    assert_eq!(actions(&log), ["customer.remove", "customer.add"]);
    assert_eq!(log[0]["reason"], "moved on");
}

fn an_unknown_customer_is_not_found() {
    let home = Home::new();
    home.add_customer("Fabrikam Inc", "fabrikam.com");
    home.csp(&["log", "--customer", "contoso.com"]).fails(3);
}

fn since_keeps_entries_at_or_after_the_date() {
    let home = Home::new();
    home.csp(&["customers", "list"]).ok(); // creates the database
    append_entry(
        &home,
        "2025-12-31T23:59:59Z",
        "old.change",
        "customer",
        None,
    );
    append_entry(
        &home,
        "2026-01-01T00:00:00Z",
        "new.change",
        "customer",
        None,
    );
    append_entry(
        &home,
        "2026-03-01T12:00:00Z",
        "later.change",
        "customer",
        None,
    );
    let since = |s: &str| actions(&home.csp(&["log", "--since", s, "--json"]).json());
    assert_eq!(since("2026-01-01"), ["later.change", "new.change"]);
    assert_eq!(
        since("2025-01-01"),
        ["later.change", "new.change", "old.change"]
    );
    assert_eq!(since("2026-03-01T13:00:00+01:00"), ["later.change"]);
    assert!(since("2027-01-01").is_empty());
    let before = home.snapshot();
    home.csp(&["log", "--since", "yesterday"]).fails(2);
    home.csp(&["log", "--since", "2026-02-30"]).fails(2);
    assert_eq!(home.snapshot(), before);
}

fn limit_keeps_the_newest() {
    let home = Home::new();
    for (name, domain) in [("A Co", "a.com"), ("B Co", "b.com"), ("C Co", "c.com")] {
        home.add_customer(name, domain);
    }
    let log = home.csp(&["log", "--limit", "2", "--json"]).json();
    let ids: Vec<i64> = log
        .as_array()
        .expect("array")
        .iter()
        .map(|e| e["id"].as_i64().unwrap_or_default())
        .collect();
    assert_eq!(ids, [3, 2]);
    // One entry is still an array in JSON.
    let one = home.csp(&["log", "--limit", "1", "--json"]).json();
    assert_eq!(one.as_array().map(Vec::len), Some(1));
    home.csp(&["log", "--limit", "-1"]).fails(2);
}

fn the_log_prints_in_every_format() {
    let home = Home::new();
    home.add_customer("Fabrikam Inc", "fabrikam.com");
    home.csp(&[
        "remove",
        "fabrikam.com",
        "--acknowledge",
        "--reason",
        "a, \"quoted\" reason",
    ])
    .ok();

    let tsv = home.csp(&["log"]);
    let rows: Vec<&str> = tsv.ok().lines().collect();
    assert_eq!(rows.len(), 2, "piped: TSV, no header");
    assert!(rows
        .iter()
        .all(|r| r.split('\t').count() == LOG_FIELDS.len()));
    assert!(rows[0].contains("\tcustomer.remove\t"));

    let csv = home.csp(&["log", "--format", "csv"]);
    let mut reader = csv::Reader::from_reader(csv.ok().as_bytes());
    let header: Vec<String> = reader
        .headers()
        .expect("header")
        .iter()
        .map(str::to_string)
        .collect();
    assert_eq!(header, LOG_FIELDS);
    let records: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
    assert_eq!(records.len(), 2);
    assert_eq!(&records[0][4], "customer.remove");
    assert_eq!(&records[0][8], "a, \"quoted\" reason");
    let details: Value = serde_json::from_str(&records[0][9]).expect("details as JSON");
    assert_eq!(details["after"]["relationship"], "removed");

    let jsonl = home.csp(&["log", "--format", "jsonl"]);
    let lines: Vec<Value> = jsonl
        .ok()
        .lines()
        .map(|l| serde_json::from_str(l).expect("one object a line"))
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["action"], "customer.remove");

    let table = home.csp(&["log", "--format", "table"]);
    let text = table.ok();
    assert!(text.contains("customer.remove"), "{text}");
    assert!(text.contains("a, \"quoted\" reason"), "{text}");
}

fn the_log_cannot_be_edited() {
    let home = Home::new();
    home.add_customer("Fabrikam Inc", "fabrikam.com");
    assert!(!home.try_exec(r#"UPDATE audit_log SET "user" = 'someone else'"#));
    assert!(!home.try_exec("DELETE FROM audit_log"));
    assert_eq!(audit_count(&home), 1);
}

on_both_engines! {
    init_writes_no_database_and_no_entry,
    every_change_leaves_exactly_one_entry,
    importing_the_same_file_again_changes_nothing_and_records_nothing,
    a_failed_command_leaves_no_entry,
    entries_have_every_field_and_say_who_did_what,
    the_customer_filter_includes_its_invitations_and_provider_links,
    the_customer_filter_finds_a_removed_customer,
    an_unknown_customer_is_not_found,
    since_keeps_entries_at_or_after_the_date,
    limit_keeps_the_newest,
    the_log_prints_in_every_format,
    the_log_cannot_be_edited,
}
