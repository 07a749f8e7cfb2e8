//! `csp invite remind`: chasing a sent invitation with a reminder (same
//! link, built-in en/fr texts, every delivery flag), and what invitations
//! show about it (`reminded_at`, `reminders`, the company name, the date
//! that matters).

use crate::common::{on_both_engines, Home};
use serde_json::Value;

const PROVIDER_TENANT: &str = "11111111-2222-4333-8444-555555555555";

/// Invites Northwind (sent at once unless `draft`) and returns the record.
fn invite(home: &Home, extra: &[&str]) -> Value {
    let mut args = vec![
        "invite",
        "--name",
        "Northwind Traders",
        "--domain",
        "northwind.com",
        "--email",
        "it@northwind.com",
        "--contact-name",
        "Bo Chen",
        "--json",
    ];
    args.extend_from_slice(extra);
    let run = home.csp(&args);
    run.ok();
    run.json()
}

fn id_of(inv: &Value) -> String {
    inv["id"].as_str().expect("id").to_string()
}

fn a_reminder_has_the_same_link_and_recipient_and_is_recorded() {
    let home = Home::new();
    let inv = invite(&home, &["--done"]);
    let id = id_of(&inv);
    let run = home.csp(&["invite", "remind", &id[..8]]);
    let text = run.ok().to_string();
    assert!(
        text.starts_with("To: Bo Chen <it@northwind.com>\nSubject: Reminder: "),
        "{text}"
    );
    assert!(
        text.lines().any(|l| l == inv["link"].as_str().unwrap()),
        "{text}"
    );
    assert!(text.contains("no administrative access"), "{text}");
    assert!(
        run.stderr.contains("recorded reminder 1 for invitation"),
        "{}",
        run.stderr
    );
    let (at, count): (Option<String>, i64) = home.query(&format!(
        "SELECT reminded_at, reminders FROM invitations WHERE id = '{0}'",
        id
    ));
    assert!(at.is_some_and(|t| t.ends_with('Z')));
    assert_eq!(count, 1);
    // The invitation itself is unchanged: still sent, its text as sent.
    let shown = home.csp(&["invite", "show", &id, "--json"]).json();
    assert_eq!(shown["status"], "sent");
    assert_eq!(shown["body"], inv["body"]);
    assert_eq!(shown["reminders"], 1);
    // A second reminder counts on.
    let again = home.csp(&["invite", "remind", &id, "--json"]);
    again.ok();
    assert_eq!(again.json()["reminders"], 2);
    assert!(again.json()["reminded_at"].is_string());
    // One audit entry each, about the customer.
    let log = home
        .csp(&["log", "--customer", "northwind.com", "--json"])
        .json();
    let reminders = log
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["action"] == "invitation.remind")
        .count();
    assert_eq!(reminders, 2);
}

fn a_draft_is_not_reminded_it_is_sent_first() {
    let home = Home::new();
    let id = id_of(&invite(&home, &[]));
    let before = home.snapshot();
    let err = home.csp(&["invite", "remind", &id]).fails(5).to_string();
    assert!(err.contains("never sent"), "{err}");
    assert!(
        err.contains(&format!("csp invite done {}", &id[..8])),
        "{err}"
    );
    assert_eq!(home.snapshot(), before);
}

fn an_accepted_or_cancelled_invitation_waits_for_nothing() {
    let home = Home::new();
    let accepted = id_of(&invite(&home, &["--done"]));
    home.csp(&["invite", "accept", &accepted]).ok();
    let run = home.csp(&[
        "invite",
        "--name",
        "Litware",
        "--domain",
        "litware.com",
        "--done",
        "--json",
    ]);
    run.ok();
    let cancelled = id_of(&run.json());
    home.csp(&["invite", "cancel", &cancelled]).ok();
    let before = home.snapshot();
    for (id, status) in [(accepted, "accepted"), (cancelled, "cancelled")] {
        let err = home.csp(&["invite", "remind", &id]).fails(5).to_string();
        assert!(err.contains(status), "{err}");
    }
    home.csp(&["invite", "remind", "00000000"]).fails(3);
    assert_eq!(home.snapshot(), before);
}

fn the_reminder_speaks_the_invitations_language_unless_told_otherwise() {
    let home = Home::new();
    let id = id_of(&invite(&home, &["--done", "--lang", "fr"]));
    let fr = home.csp(&["invite", "remind", &id]);
    assert!(fr.ok().contains("Subject: Rappel : "), "{}", fr.stdout);
    assert!(fr.stdout.contains("Bonjour Bo Chen,"));
    let en = home.csp(&["invite", "remind", &id, "--lang", "en"]);
    assert!(en.ok().contains("Subject: Reminder: "), "{}", en.stdout);
}

fn a_joint_reminder_names_the_provider() {
    let home = Home::new();
    home.csp(&[
        "providers",
        "add",
        "--name",
        "Tailspin Distribution",
        "--tenant-id",
        PROVIDER_TENANT,
    ])
    .ok();
    let inv = invite(&home, &["--done", "--provider", "Tailspin Distribution"]);
    let run = home.csp(&["invite", "remind", &id_of(&inv)]);
    let text = run.ok();
    assert!(text.contains("Tailspin Distribution"), "{text}");
    assert!(text.contains(inv["link"].as_str().unwrap()), "{text}");
    assert!(
        text.contains("neither of us administrative access"),
        "{text}"
    );
}

fn a_reminder_goes_wherever_an_invitation_goes() {
    let home = Home::new();
    let id = id_of(&invite(&home, &["--done"]));
    let eml = home.path().join("reminder.eml");
    let run = home.csp(&[
        "invite",
        "remind",
        &id,
        "--eml",
        eml.to_str().unwrap(),
        "--mailto",
    ]);
    let out = run.ok();
    assert!(out.starts_with("mailto:it@northwind.com?"), "{out}");
    let message = std::fs::read_to_string(&eml).unwrap();
    assert!(message.contains("Reminder"), "{message}");
    // No clipboard here: the draft is printed, status 1, the reminder recorded.
    let run = home.csp(&["invite", "remind", &id, "--copy"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stdout.contains("Subject: Reminder: "));
    assert_eq!(home.query::<i64>("SELECT reminders FROM invitations"), 2);
}

fn a_bad_eml_path_records_no_reminder() {
    let home = Home::new();
    let id = id_of(&invite(&home, &["--done"]));
    let before = home.snapshot();
    let dir = home.path().join("a-folder");
    std::fs::create_dir(&dir).unwrap();
    home.csp(&["invite", "remind", &id, "--eml", dir.to_str().unwrap()])
        .fails(2);
    assert_eq!(home.snapshot(), before);
}

fn invitation_json_has_every_field_in_designs_order() {
    let home = Home::new();
    invite(&home, &["--done"]);
    let run = home.csp(&["invite", "list", "--json"]);
    let text = run.ok();
    let fields = [
        "id",
        "kind",
        "status",
        "customer_id",
        "customer_domain",
        "provider_id",
        "to",
        "customer_name",
        "link",
        "subject",
        "body",
        "locale",
        "reference",
        "created_at",
        "sent_at",
        "accepted_at",
        "reminded_at",
        "reminders",
    ];
    let positions: Vec<usize> = fields
        .iter()
        .map(|f| {
            text.find(&format!("\"{f}\":"))
                .unwrap_or_else(|| panic!("{f} missing: {text}"))
        })
        .collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]), "{text}");
    let list = run.json();
    assert_eq!(list[0]["customer_name"], "Northwind Traders");
    assert!(list[0]["reminded_at"].is_null());
    assert_eq!(list[0]["reminders"], 0);
    // The show card has it once, not twice.
    let id = list[0]["id"].as_str().unwrap().to_string();
    let card = home
        .csp(&["invite", "show", &id, "--json"])
        .ok()
        .to_string();
    assert_eq!(card.matches("\"customer_name\"").count(), 1, "{card}");
    // TSV carries the same columns, in the same order.
    let tsv = home.csp(&["invite", "list"]).ok().to_string();
    assert_eq!(
        tsv.lines().next().unwrap().split('\t').count(),
        fields.len()
    );
}

fn invitation_tables_show_the_company_and_the_date_that_matters() {
    let home = Home::new();
    let sent = invite(&home, &["--done"]);
    let run = home.csp(&[
        "invite",
        "--name",
        "Litware Inc",
        "--domain",
        "litware.com",
        "--json",
    ]);
    run.ok();
    let draft = run.json();
    let table = home
        .csp(&["invite", "list", "--format", "table"])
        .ok()
        .to_string();
    let header = table.lines().next().unwrap();
    for column in ["CUSTOMER NAME", "CUSTOMER DOMAIN", "DATE", "REMINDERS"] {
        assert!(header.contains(column), "{header}");
    }
    assert!(
        table.contains("Northwind Traders") && table.contains("Litware Inc"),
        "{table}"
    );
    assert!(table.contains(sent["sent_at"].as_str().unwrap()), "{table}");
    assert!(
        table.contains(draft["created_at"].as_str().unwrap()),
        "{table}"
    );
}

// SQLite only: an old file's schema migrating forward.
#[test]
fn a_database_from_before_reminders_migrates_forward() {
    let home = Home::new();
    // Version 1: the first step of the history only, with one invitation in it.
    let db = home.db();
    std::fs::create_dir_all(db.parent().unwrap()).unwrap();
    let conn = rusqlite::Connection::open(&db).unwrap();
    conn.execute_batch(csp::store::MIGRATIONS[0]).unwrap();
    conn.execute_batch(
        "INSERT INTO customers (id, company_name, domain, relationship, relationship_since, source, created_at, updated_at)
           VALUES ('c0000000-0000-4000-8000-00000000000a', 'Northwind Traders', 'northwind.com', 'invited',
                   '2026-01-01T00:00:00Z', 'invitation', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
         INSERT INTO invitations (id, kind, status, customer_id, to_address, delegated_admin, link, subject, body, locale, created_at, sent_at)
           VALUES ('5e000000-0000-4000-8000-000000000002', 'reseller', 'sent', 'c0000000-0000-4000-8000-00000000000a',
                   'it@northwind.com', 1, 'https://admin.microsoft.com/x?DAP=true', 'Subject', 'Body', 'en',
                   '2026-01-01T00:00:00Z', '2026-01-02T00:00:00Z');
         PRAGMA user_version = 1;",
    )
    .unwrap();
    drop(conn);
    let list = home.csp(&["invite", "list", "--json"]).json();
    assert_eq!(list[0]["reminders"], 0);
    assert_eq!(list[0]["customer_name"], "Northwind Traders");
    home.csp(&["invite", "remind", "5e000000"]).ok();
    assert_eq!(home.query::<i64>("SELECT reminders FROM invitations"), 1);
    // The legacy invitation keeps its meaning: accepting it records the DAP grant.
    home.csp(&["invite", "accept", "5e000000"]).ok();
    assert_eq!(
        home.query::<i64>("SELECT delegated_admin FROM customers"),
        1
    );
}

on_both_engines! {
    a_reminder_has_the_same_link_and_recipient_and_is_recorded,
    a_draft_is_not_reminded_it_is_sent_first,
    an_accepted_or_cancelled_invitation_waits_for_nothing,
    the_reminder_speaks_the_invitations_language_unless_told_otherwise,
    a_joint_reminder_names_the_provider,
    a_reminder_goes_wherever_an_invitation_goes,
    a_bad_eml_path_records_no_reminder,
    invitation_json_has_every_field_in_designs_order,
    invitation_tables_show_the_company_and_the_date_that_matters,
}
