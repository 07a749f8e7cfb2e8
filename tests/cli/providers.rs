//! `csp providers`: connecting with indirect providers, recording which of
//! our customers each holds its own relationship with, and what the customer
//! card and list say about it.

use crate::common::{self, on_both_engines, Home, Run};
use serde_json::Value;

const INGRAM: &str = "5d6e7f80-1a2b-4c3d-8e9f-0a1b2c3d4e5f";
const TD_SYNNEX: &str = "0a9b8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d";

/// Connects a provider and returns its id.
fn add_provider(home: &Home, name: &str, tenant: &str) -> String {
    let run = home.csp(&[
        "providers",
        "add",
        "--name",
        name,
        "--tenant-id",
        tenant,
        "--json",
    ]);
    run.ok();
    run.json()["id"].as_str().expect("id").to_string()
}

/// Runs `csp ARGS` with another role from the environment.
fn as_role(home: &Home, role: &str, args: &[&str]) -> Run {
    let out = home
        .command(args)
        .env("CSP_ROLE", role)
        .write_stdin("")
        .output()
        .expect("run csp");
    Run {
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        code: out.status.code().unwrap_or(-1),
    }
}

fn audit_count(home: &Home) -> i64 {
    home.query("SELECT count(*) FROM audit_log")
}

/// A joint invitation as the invite command would store it.
fn insert_joint_invitation(
    home: &Home,
    id: &str,
    customer_id: &str,
    provider_id: &str,
    status: &str,
) {
    let created_at = format!("2026-11-0{}T10:00:00Z", id.len() % 9 + 1);
    home.exec(&format!(
        "INSERT INTO invitations (id, kind, status, customer_id, provider_id, to_address, link,
           subject, body, locale, created_at, sent_at, accepted_at, cancelled_at)
         VALUES ('{id}', 'reseller_with_provider', '{status}', '{customer_id}', '{provider_id}', 'it@example.com',
           'https://example.invalid/link', 'subject', 'body', 'en', '{created_at}', NULL, NULL, NULL)"
    ));
}

fn card(home: &Home, customer: &str) -> Value {
    home.csp(&["customers", "show", customer, "--json"]).json()
}

fn eligibility_of<'a>(card: &'a Value, provider: &str) -> &'a Value {
    card["order_eligibility"]
        .as_array()
        .expect("order_eligibility array")
        .iter()
        .find(|e| e["provider"] == provider)
        .unwrap_or_else(|| panic!("no eligibility for {provider} in {card:#}"))
}

// ---------------------------------------------------------------- add

fn adding_a_provider_leaves_the_customer_list_unchanged() {
    let home = Home::new();
    home.add_customer("Fabrikam", "fabrikam.com");
    home.add_customer("Northwind", "northwind.com");
    let before = home
        .csp(&["customers", "list", "--status", "all", "--json"])
        .json();

    let run = home.csp(&[
        "providers",
        "add",
        "--name",
        "Ingram Micro",
        "--tenant-id",
        INGRAM,
        "--json",
    ]);
    run.ok();
    assert!(run.stderr.contains("do not come with it"), "{}", run.stderr);

    let after = home
        .csp(&["customers", "list", "--status", "all", "--json"])
        .json();
    assert_eq!(before, after);
    assert_eq!(home.query::<i64>("SELECT count(*) FROM customers"), 2);
    assert_eq!(
        home.query::<i64>("SELECT count(*) FROM provider_customers"),
        0
    );
    assert_eq!(run.json()["customer_count"], 0);
}

fn add_prints_the_provider_with_the_designed_fields() {
    let home = Home::new();
    let run = home.csp(&[
        "providers",
        "add",
        "--name",
        "Ingram Micro",
        "--tenant-id",
        &INGRAM.to_uppercase(),
        "--mpn-id",
        "4321987",
        "--location",
        "Irvine, US",
        "--json",
    ]);
    run.ok();
    let p = run.json();
    let keys: Vec<&str> = p
        .as_object()
        .expect("object")
        .keys()
        .map(String::as_str)
        .collect();
    let mut expected = vec![
        "id",
        "name",
        "tenant_id",
        "mpn_id",
        "location",
        "status",
        "connected_at",
        "customer_count",
    ];
    expected.sort();
    let mut keys = keys;
    keys.sort();
    assert_eq!(keys, expected);
    assert_eq!(p["name"], "Ingram Micro");
    assert_eq!(p["tenant_id"], INGRAM, "tenant IDs are kept lower-cased");
    assert_eq!(p["mpn_id"], "4321987");
    assert_eq!(p["location"], "Irvine, US");
    assert_eq!(p["status"], "connected");
    assert!(p["connected_at"].as_str().expect("time").ends_with('Z'));
}

fn add_appends_one_audit_entry() {
    let home = Home::new();
    let id = add_provider(&home, "Ingram Micro", INGRAM);
    assert_eq!(audit_count(&home), 1);
    let (action, entity, entity_id): (String, String, String) =
        home.query("SELECT action, entity, entity_id FROM audit_log");
    assert_eq!(
        (action.as_str(), entity.as_str(), entity_id.as_str()),
        ("provider.add", "provider", id.as_str())
    );
}

fn add_with_a_bad_tenant_id_is_status_2_and_changes_nothing() {
    let home = Home::new();
    add_provider(&home, "Ingram Micro", INGRAM);
    let before = home.snapshot();
    for bad in [
        "not-a-guid",
        "5d6e7f80-1a2b-4c3d-8e9f-0a1b2c3d4e5",
        "5d6e7f801a2b4c3d8e9f0a1b2c3d4e5f",
        "",
    ] {
        let err = home
            .csp(&[
                "providers",
                "add",
                "--name",
                "TD SYNNEX",
                "--tenant-id",
                bad,
            ])
            .fails(2)
            .to_string();
        assert!(err.contains("tenant ID"), "{err}");
    }
    assert_eq!(home.snapshot(), before);
}

fn add_with_a_bad_name_or_location_is_status_2_and_changes_nothing() {
    let home = Home::new();
    let before = home.snapshot();
    home.csp(&[
        "providers",
        "add",
        "--name",
        "Ingram\tMicro",
        "--tenant-id",
        INGRAM,
    ])
    .fails(2);
    home.csp(&["providers", "add", "--name", "  ", "--tenant-id", INGRAM])
        .fails(2);
    home.csp(&[
        "providers",
        "add",
        "--name",
        "Ingram",
        "--tenant-id",
        INGRAM,
        "--location",
        "a\nb",
    ])
    .fails(2);
    home.csp(&[
        "providers",
        "add",
        "--name",
        "Ingram",
        "--tenant-id",
        INGRAM,
        "--mpn-id",
        "1\r2",
    ])
    .fails(2);
    assert_eq!(home.snapshot(), before);
}

fn add_without_a_terminal_and_missing_values_is_a_usage_error() {
    let home = Home::new();
    let before = home.snapshot();
    let err = home
        .csp(&["providers", "add", "--name", "Ingram Micro"])
        .fails(2)
        .to_string();
    assert!(err.contains("--tenant-id"), "{err}");
    let err = home
        .csp(&["--no-input", "providers", "add"])
        .fails(2)
        .to_string();
    assert!(
        err.contains("--name") && err.contains("--tenant-id"),
        "{err}"
    );
    assert_eq!(home.snapshot(), before);
}

fn adding_a_connected_tenant_id_again_is_status_5_and_changes_nothing() {
    let home = Home::new();
    add_provider(&home, "Ingram Micro", INGRAM);
    let before = home.snapshot();
    let err = home
        .csp(&[
            "providers",
            "add",
            "--name",
            "Ingram Micro EU",
            "--tenant-id",
            &format!("{{{}}}", INGRAM.to_uppercase()),
        ])
        .fails(5)
        .to_string();
    assert!(
        err.contains(INGRAM) && err.contains("already connected"),
        "{err}"
    );
    assert_eq!(home.snapshot(), before);
}

fn adding_a_removed_providers_tenant_id_connects_it_again_with_its_history() {
    let home = Home::new();
    let fab = home.add_customer("Fabrikam", "fabrikam.com");
    let id = add_provider(&home, "Ingram Micro", INGRAM);
    home.csp(&["providers", "attach", INGRAM, &fab]).ok();
    home.csp(&["providers", "remove", INGRAM]).ok();
    let entries = audit_count(&home);

    let run = home.csp(&[
        "providers",
        "add",
        "--name",
        "Ingram Micro Europe",
        "--tenant-id",
        INGRAM,
        "--json",
    ]);
    run.ok();
    let p = run.json();
    assert_eq!(p["id"], id.as_str(), "the same record comes back");
    assert_eq!(p["status"], "connected");
    assert_eq!(p["name"], "Ingram Micro Europe");
    assert_eq!(p["customer_count"], 1);
    assert_eq!(home.query::<i64>("SELECT count(*) FROM providers"), 1);
    assert_eq!(
        home.query::<Option<String>>("SELECT removed_at FROM providers"),
        None
    );
    assert_eq!(audit_count(&home), entries + 1);
    assert_eq!(
        home.query::<String>("SELECT action FROM audit_log ORDER BY id DESC LIMIT 1"),
        "provider.reconnect"
    );
}

fn a_second_provider_with_the_same_name_is_allowed_with_a_warning() {
    let home = Home::new();
    add_provider(&home, "Ingram Micro", INGRAM);
    let run = home.csp(&[
        "providers",
        "add",
        "--name",
        "ingram micro",
        "--tenant-id",
        TD_SYNNEX,
    ]);
    run.ok();
    assert!(
        run.stderr.contains("warning:") && run.stderr.contains("id or tenant ID"),
        "{}",
        run.stderr
    );
    assert_eq!(home.query::<i64>("SELECT count(*) FROM providers"), 2);
}

// ---------------------------------------------------------------- roles

fn other_roles_may_read_but_not_change_providers() {
    let home = Home::new();
    let fab = home.add_customer("Fabrikam", "fabrikam.com");
    add_provider(&home, "Ingram Micro", INGRAM);
    add_provider(&home, "TD SYNNEX", TD_SYNNEX);
    home.csp(&["providers", "attach", TD_SYNNEX, &fab]).ok();
    let before = home.snapshot();
    for role in ["sales-agent", "helpdesk-agent", "billing-admin"] {
        let changes: [&[&str]; 4] = [
            &[
                "providers",
                "add",
                "--name",
                "Arrow",
                "--tenant-id",
                "11111111-2222-4333-8444-555555555555",
            ],
            &["providers", "remove", INGRAM],
            &["providers", "attach", INGRAM, "fabrikam.com"],
            &["providers", "detach", TD_SYNNEX, "fabrikam.com"],
        ];
        for args in changes {
            let err = as_role(&home, role, args).fails(4).to_string();
            assert!(err.contains(role), "{args:?}: {err}");
        }
        as_role(&home, role, &["providers", "list"]).ok();
        as_role(&home, role, &["providers", "show", INGRAM]).ok();
    }
    assert_eq!(home.snapshot(), before);
}

fn without_any_role_a_change_is_status_4_with_a_hint() {
    let home = Home::empty();
    let before = home.snapshot();
    let err = home
        .csp(&[
            "providers",
            "add",
            "--name",
            "Ingram Micro",
            "--tenant-id",
            INGRAM,
        ])
        .fails(4)
        .to_string();
    assert!(err.contains("hint:") && err.contains("CSP_ROLE"), "{err}");
    assert_eq!(home.snapshot(), before);
}

// ---------------------------------------------------------------- list

fn list_shows_connected_providers_by_default_and_removed_ones_on_request() {
    let home = Home::new();
    add_provider(&home, "TD SYNNEX", TD_SYNNEX);
    add_provider(&home, "Ingram Micro", INGRAM);
    home.csp(&["providers", "remove", "TD SYNNEX"]).ok();

    let names = |args: &[&str]| -> Vec<String> {
        home.csp(args)
            .json()
            .as_array()
            .expect("array")
            .iter()
            .map(|p| p["name"].as_str().expect("name").to_string())
            .collect()
    };
    assert_eq!(names(&["providers", "list", "--json"]), ["Ingram Micro"]);
    assert_eq!(
        names(&["providers", "list", "--status", "removed", "--json"]),
        ["TD SYNNEX"]
    );
    assert_eq!(
        names(&["providers", "list", "--status", "all", "--json"]),
        ["Ingram Micro", "TD SYNNEX"]
    );
    assert_eq!(
        names(&[
            "providers",
            "list",
            "--status",
            "all",
            "--limit",
            "1",
            "--json"
        ]),
        ["Ingram Micro"]
    );
}

fn list_in_json_is_always_an_array() {
    let home = Home::new();
    assert_eq!(
        home.csp(&["providers", "list", "--json"]).json(),
        serde_json::json!([])
    );
    add_provider(&home, "Ingram Micro", INGRAM);
    assert_eq!(
        home.csp(&["providers", "list", "--json"])
            .json()
            .as_array()
            .map(Vec::len),
        Some(1)
    );
}

fn list_piped_is_tsv_with_every_field() {
    let home = Home::new();
    let id = add_provider(&home, "Ingram Micro", INGRAM);
    let out = home.csp(&["providers", "list"]).ok().to_string();
    let cells: Vec<&str> = out.trim_end_matches('\n').split('\t').collect();
    assert_eq!(cells.len(), 8, "{out}");
    assert_eq!(cells[0], id);
    assert_eq!(cells[1], "Ingram Micro");
    assert_eq!(cells[2], INGRAM);
    assert_eq!(cells[5], "connected");
    assert_eq!(cells[7], "0");
    let csv = home
        .csp(&["providers", "list", "--format", "csv"])
        .ok()
        .to_string();
    assert!(
        csv.starts_with("id,name,tenant_id,mpn_id,location,status,connected_at,customer_count\n"),
        "{csv}"
    );
}

fn customer_count_counts_our_active_customers_the_provider_holds_a_relationship_with() {
    let home = Home::new();
    let fab = home.add_customer("Fabrikam", "fabrikam.com");
    let north = home.add_customer("Northwind", "northwind.com");
    let wood = home.add_customer("Woodgrove", "woodgrove.com");
    add_provider(&home, "Ingram Micro", INGRAM);
    add_provider(&home, "TD SYNNEX", TD_SYNNEX);
    for c in [&fab, &north, &wood] {
        home.csp(&["providers", "attach", "Ingram Micro", c]).ok();
    }
    home.csp(&["providers", "attach", "TD SYNNEX", &fab]).ok();
    // Our relationship with Woodgrove ends: Ingram may no longer order for it through us.
    home.exec(&format!(
        "UPDATE customers SET relationship = 'removed' WHERE id = '{0}'",
        wood
    ));

    let list = home.csp(&["providers", "list", "--json"]).json();
    let count = |name: &str| {
        list.as_array()
            .expect("array")
            .iter()
            .find(|p| p["name"] == name)
            .expect("provider")["customer_count"]
            .clone()
    };
    assert_eq!(count("Ingram Micro"), 2);
    assert_eq!(count("TD SYNNEX"), 1);
    assert_eq!(
        home.csp(&["providers", "show", "Ingram Micro", "--json"])
            .json()["customer_count"],
        2
    );
}

// ---------------------------------------------------------------- show and references

fn show_gives_the_customers_and_the_joint_invitations_with_their_status() {
    let home = Home::new();
    let fab = home.add_customer("Fabrikam", "fabrikam.com");
    let north = home.add_customer("Northwind", "northwind.com");
    let ingram = add_provider(&home, "Ingram Micro", INGRAM);
    let synnex = add_provider(&home, "TD SYNNEX", TD_SYNNEX);
    home.csp(&["providers", "attach", "Ingram Micro", &fab])
        .ok();
    insert_joint_invitation(&home, "inv-sent", &north, &ingram, "sent");
    insert_joint_invitation(&home, "inv-accepted", &fab, &ingram, "accepted");
    insert_joint_invitation(&home, "inv-other", &north, &synnex, "draft");

    let card = home
        .csp(&["providers", "show", "Ingram Micro", "--json"])
        .json();
    let mut keys: Vec<&str> = card
        .as_object()
        .expect("object")
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort();
    assert_eq!(
        keys,
        [
            "connected_at",
            "customer_count",
            "customers",
            "id",
            "invitations",
            "location",
            "mpn_id",
            "name",
            "removed_at",
            "status",
            "tenant_id",
        ]
    );
    assert_eq!(card["id"], ingram.as_str());
    assert_eq!(card["status"], "connected");
    assert_eq!(card["customer_count"], 1);
    assert_eq!(card["removed_at"], Value::Null);
    let customers = card["customers"].as_array().expect("customers");
    assert_eq!(customers.len(), 1);
    assert_eq!(customers[0]["id"], fab.as_str());
    assert_eq!(customers[0]["domain"], "fabrikam.com");
    assert_eq!(customers[0]["relationship"], "active");
    assert_eq!(customers[0]["invitation_id"], Value::Null);
    let mut invitations: Vec<(String, String)> = card["invitations"]
        .as_array()
        .expect("invitations")
        .iter()
        .map(|i| {
            (
                i["id"].as_str().unwrap_or("").to_string(),
                i["status"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    invitations.sort();
    assert_eq!(
        invitations,
        [
            ("inv-accepted".to_string(), "accepted".to_string()),
            ("inv-sent".to_string(), "sent".to_string())
        ]
    );

    let table = home
        .csp(&["providers", "show", "Ingram Micro", "--format", "table"])
        .ok()
        .to_string();
    for expected in [
        "Ingram Micro",
        INGRAM,
        "fabrikam.com",
        "Joint invitations",
        "inv-sent",
        "sent",
        "northwind.com",
        "attach",
    ] {
        assert!(table.contains(expected), "missing {expected}:\n{table}");
    }
    assert!(!table.contains("inv-other"), "{table}");
}

fn a_provider_is_named_by_id_prefix_tenant_id_or_name_in_any_case() {
    let home = Home::new();
    let id = add_provider(&home, "Ingram Micro", INGRAM);
    for reference in [
        id.as_str(),
        &id[..8],
        INGRAM,
        &INGRAM.to_uppercase(),
        "ingram MICRO",
        " Ingram Micro ",
    ] {
        let run = home.csp(&["providers", "show", reference, "--json"]);
        run.ok();
        assert_eq!(run.json()["id"], id.as_str(), "{reference}");
    }
}

fn an_unknown_provider_is_status_3_and_changes_nothing() {
    let home = Home::new();
    home.add_customer("Fabrikam", "fabrikam.com");
    add_provider(&home, "Ingram Micro", INGRAM);
    let before = home.snapshot();
    for args in [
        &["providers", "show", "Arrow"][..],
        &["providers", "remove", "Arrow"][..],
        &["providers", "attach", "Arrow", "fabrikam.com"][..],
        &["providers", "detach", "Arrow", "fabrikam.com"][..],
        &["customers", "list", "--provider", "Arrow"][..],
    ] {
        let err = home.csp(args).fails(3).to_string();
        assert!(err.contains("no provider matches 'Arrow'"), "{err}");
    }
    home.csp(&["providers", "attach", "Ingram Micro", "nowhere.com"])
        .fails(3);
    assert_eq!(home.snapshot(), before);
}

fn an_ambiguous_name_is_status_3_listing_the_candidates_and_changes_nothing() {
    let home = Home::new();
    home.add_customer("Fabrikam", "fabrikam.com");
    add_provider(&home, "Ingram Micro", INGRAM);
    add_provider(&home, "Ingram Micro", TD_SYNNEX);
    let before = home.snapshot();
    for args in [
        &["providers", "show", "ingram micro"][..],
        &["providers", "remove", "Ingram Micro"][..],
        &["providers", "attach", "Ingram Micro", "fabrikam.com"][..],
    ] {
        let err = home.csp(args).fails(3).to_string();
        assert!(
            err.contains("ambiguous") && err.contains(INGRAM) && err.contains(TD_SYNNEX),
            "{err}"
        );
        assert!(err.contains("tenant ID"), "the hint names a way out: {err}");
    }
    assert_eq!(home.snapshot(), before);
    // The tenant ID names exactly one.
    home.csp(&["providers", "show", TD_SYNNEX]).ok();
}

// ---------------------------------------------------------------- remove

fn remove_disconnects_and_keeps_the_provider_in_history() {
    let home = Home::new();
    let fab = home.add_customer("Fabrikam", "fabrikam.com");
    let id = add_provider(&home, "Ingram Micro", INGRAM);
    home.csp(&["providers", "attach", "Ingram Micro", &fab])
        .ok();
    let entries = audit_count(&home);

    let run = home.csp(&["providers", "remove", "Ingram Micro", "--json"]);
    run.ok();
    let removed = run.json();
    assert_eq!(removed["status"], "removed");
    assert!(removed["removed_at"]
        .as_str()
        .is_some_and(|t| t.ends_with('Z')));
    assert_eq!(removed["pending_invitations"], serde_json::json!([]));
    assert_eq!(
        home.query::<String>("SELECT status FROM providers"),
        "removed"
    );
    assert!(home
        .query::<Option<String>>("SELECT removed_at FROM providers")
        .is_some());
    assert_eq!(
        home.query::<i64>("SELECT count(*) FROM provider_customers"),
        1,
        "its links stay as history"
    );
    assert_eq!(audit_count(&home), entries + 1);
    let (action, entity_id): (String, String) =
        home.query("SELECT action, entity_id FROM audit_log ORDER BY id DESC LIMIT 1");
    assert_eq!(
        (action.as_str(), entity_id.as_str()),
        ("provider.remove", id.as_str())
    );

    // Still shown on request, no longer in the customer card nor the providers field.
    let card = home.csp(&["providers", "show", &id, "--json"]).json();
    assert_eq!(card["status"], "removed");
    assert_eq!(card["customers"].as_array().map(Vec::len), Some(1));
    let fab_card = home
        .csp(&["customers", "show", "fabrikam.com", "--json"])
        .json();
    assert_eq!(fab_card["order_eligibility"], serde_json::json!([]));
    assert_eq!(fab_card["providers"], serde_json::json!([]));
}

fn remove_reports_pending_joint_invitations_and_leaves_them_as_they_are() {
    let home = Home::new();
    let fab = home.add_customer("Fabrikam", "fabrikam.com");
    let north = home.add_customer("Northwind", "northwind.com");
    let ingram = add_provider(&home, "Ingram Micro", INGRAM);
    insert_joint_invitation(&home, "inv-draft", &fab, &ingram, "draft");
    insert_joint_invitation(&home, "inv-sent", &north, &ingram, "sent");
    insert_joint_invitation(&home, "inv-done", &fab, &ingram, "accepted");
    insert_joint_invitation(&home, "inv-gone", &north, &ingram, "cancelled");

    let run = home.csp(&["providers", "remove", "Ingram Micro", "--json"]);
    run.ok();
    let mut pending: Vec<String> = run.json()["pending_invitations"]
        .as_array()
        .expect("array")
        .iter()
        .map(|i| i["id"].as_str().unwrap_or("").to_string())
        .collect();
    pending.sort();
    assert_eq!(pending, ["inv-draft", "inv-sent"]);
    assert!(run.stderr.contains("warning:"), "{}", run.stderr);
    for expected in [
        "inv-draft",
        "inv-sent",
        "fabrikam.com",
        "northwind.com",
        "csp invite cancel",
    ] {
        assert!(
            run.stderr.contains(expected),
            "missing {expected}: {}",
            run.stderr
        );
    }
    assert!(
        !run.stderr.contains("inv-done") && !run.stderr.contains("inv-gone"),
        "{}",
        run.stderr
    );
    let statuses: String =
        home.query("SELECT string_agg(id || '=' || status, ',' ORDER BY id) FROM invitations");
    assert_eq!(
        statuses,
        "inv-done=accepted,inv-draft=draft,inv-gone=cancelled,inv-sent=sent"
    );
}

fn removing_a_removed_provider_is_status_5_and_changes_nothing() {
    let home = Home::new();
    add_provider(&home, "Ingram Micro", INGRAM);
    home.csp(&["providers", "remove", "Ingram Micro"]).ok();
    let before = home.snapshot();
    let err = home
        .csp(&["providers", "remove", "Ingram Micro"])
        .fails(5)
        .to_string();
    assert!(err.contains("already removed"), "{err}");
    assert_eq!(home.snapshot(), before);
}

// ---------------------------------------------------------------- attach, detach, order eligibility

fn the_card_says_a_provider_without_its_own_relationship_cannot_order_and_what_to_do() {
    let home = Home::new();
    home.add_customer("Fabrikam", "fabrikam.com");
    add_provider(&home, "Ingram Micro", INGRAM);
    add_provider(&home, "TD SYNNEX", TD_SYNNEX);
    home.csp(&["providers", "attach", "TD SYNNEX", "fabrikam.com"])
        .ok();

    let card = card(&home, "fabrikam.com");
    let ingram = eligibility_of(&card, "Ingram Micro");
    assert_eq!(ingram["can_order"], false);
    let hint = ingram["hint"].as_str().expect("a hint");
    assert!(hint.contains("joint invitation"), "{hint}");
    assert!(
        hint.contains("csp invite --customer fabrikam.com --provider \"Ingram Micro\""),
        "{hint}"
    );
    let synnex = eligibility_of(&card, "TD SYNNEX");
    assert_eq!(synnex["can_order"], true);
    assert_eq!(synnex["hint"], Value::Null);
    assert_eq!(card["providers"], serde_json::json!(["TD SYNNEX"]));

    let table = home
        .csp(&["customers", "show", "fabrikam.com", "--format", "table"])
        .ok()
        .to_string();
    assert!(
        table.contains("csp invite --customer fabrikam.com --provider"),
        "addresses and commands are whole:\n{table}"
    );
}

fn attach_lets_the_provider_order_and_detach_takes_it_back() {
    let home = Home::new();
    let fab = home.add_customer("Fabrikam", "fabrikam.com");
    let ingram = add_provider(&home, "Ingram Micro", INGRAM);
    assert_eq!(
        eligibility_of(&card(&home, "fabrikam.com"), "Ingram Micro")["can_order"],
        false
    );

    let run = home.csp(&[
        "providers",
        "attach",
        "Ingram Micro",
        "fabrikam.com",
        "--json",
    ]);
    run.ok();
    assert_eq!(run.json()["providers"], serde_json::json!(["Ingram Micro"]));
    assert_eq!(
        eligibility_of(&card(&home, "fabrikam.com"), "Ingram Micro")["can_order"],
        true
    );
    let link: (String, String, Option<String>) =
        home.query("SELECT provider_id, customer_id, invitation_id FROM provider_customers");
    assert_eq!(link, (ingram.clone(), fab.clone(), None));

    let run = home.csp(&["providers", "detach", INGRAM, &fab, "--json"]);
    run.ok();
    assert_eq!(run.json()["providers"], serde_json::json!([]));
    assert_eq!(
        eligibility_of(&card(&home, "fabrikam.com"), "Ingram Micro")["can_order"],
        false
    );
    assert_eq!(
        home.query::<i64>("SELECT count(*) FROM provider_customers"),
        0
    );
}

fn attach_and_detach_each_append_one_entry_that_log_customer_shows() {
    let home = Home::new();
    let fab = home.add_customer("Fabrikam", "fabrikam.com");
    home.add_customer("Northwind", "northwind.com");
    let ingram = add_provider(&home, "Ingram Micro", INGRAM);
    let entries = audit_count(&home);
    home.csp(&["providers", "attach", "Ingram Micro", "fabrikam.com"])
        .ok();
    assert_eq!(audit_count(&home), entries + 1);
    home.csp(&["providers", "detach", "Ingram Micro", "fabrikam.com"])
        .ok();
    assert_eq!(audit_count(&home), entries + 2);

    let log = home
        .csp(&["log", "--customer", "fabrikam.com", "--json"])
        .json();
    let entries: Vec<(String, String, String, String)> = log
        .as_array()
        .expect("array")
        .iter()
        .map(|e| {
            let s = |k: &str| e[k].as_str().unwrap_or("").to_string();
            (s("action"), s("entity"), s("entity_id"), s("customer_id"))
        })
        .collect();
    assert_eq!(
        entries[..2],
        [
            (
                "provider.detach".into(),
                "provider_customer".into(),
                ingram.clone(),
                fab.clone()
            ),
            (
                "provider.attach".into(),
                "provider_customer".into(),
                ingram.clone(),
                fab.clone()
            ),
        ]
    );
    let north_log = home
        .csp(&["log", "--customer", "northwind.com", "--json"])
        .json();
    assert!(north_log
        .as_array()
        .expect("array")
        .iter()
        .all(|e| !e["action"].as_str().unwrap_or("").starts_with("provider.")));
}

fn attaching_twice_is_status_5_and_changes_nothing() {
    let home = Home::new();
    home.add_customer("Fabrikam", "fabrikam.com");
    add_provider(&home, "Ingram Micro", INGRAM);
    home.csp(&["providers", "attach", "Ingram Micro", "fabrikam.com"])
        .ok();
    let before = home.snapshot();
    let err = home
        .csp(&["providers", "attach", INGRAM, "Fabrikam"])
        .fails(5)
        .to_string();
    assert!(err.contains("already holds"), "{err}");
    assert_eq!(home.snapshot(), before);
}

fn detaching_a_customer_that_is_not_attached_is_status_5_and_changes_nothing() {
    let home = Home::new();
    home.add_customer("Fabrikam", "fabrikam.com");
    add_provider(&home, "Ingram Micro", INGRAM);
    let before = home.snapshot();
    let err = home
        .csp(&["providers", "detach", "Ingram Micro", "fabrikam.com"])
        .fails(5)
        .to_string();
    assert!(err.contains("no recorded relationship"), "{err}");
    assert_eq!(home.snapshot(), before);
}

fn attach_needs_an_active_customer_and_a_connected_provider() {
    let home = Home::new();
    let invited = home.add_customer("Northwind", "northwind.com");
    let removed = home.add_customer("Woodgrove", "woodgrove.com");
    home.add_customer("Fabrikam", "fabrikam.com");
    home.exec(&format!(
        "UPDATE customers SET relationship = 'invited' WHERE id = '{invited}';
         UPDATE customers SET relationship = 'removed', removed_at = '2026-11-01T00:00:00Z' WHERE id = '{removed}';"
    ));
    add_provider(&home, "Ingram Micro", INGRAM);
    add_provider(&home, "TD SYNNEX", TD_SYNNEX);
    home.csp(&["providers", "remove", "TD SYNNEX"]).ok();
    let before = home.snapshot();

    let err = home
        .csp(&["providers", "attach", "Ingram Micro", "northwind.com"])
        .fails(5)
        .to_string();
    assert!(
        err.contains("invited") && err.contains("joint invitation"),
        "{err}"
    );
    let err = home
        .csp(&["providers", "attach", "Ingram Micro", "woodgrove.com"])
        .fails(5)
        .to_string();
    assert!(err.contains("removed"), "{err}");
    let err = home
        .csp(&["providers", "attach", "TD SYNNEX", "fabrikam.com"])
        .fails(5)
        .to_string();
    assert!(err.contains("TD SYNNEX is removed"), "{err}");
    assert_eq!(home.snapshot(), before);
}

fn a_provider_cannot_order_for_a_customer_that_is_not_active_with_us() {
    let home = Home::new();
    let fab = home.add_customer("Fabrikam", "fabrikam.com");
    let north = home.add_customer("Northwind", "northwind.com");
    add_provider(&home, "Ingram Micro", INGRAM);
    home.csp(&["providers", "attach", "Ingram Micro", &fab])
        .ok();
    home.exec(&format!(
        "UPDATE customers SET relationship = 'removed', removed_at = '2026-11-01T00:00:00Z' WHERE id = '{fab}';
         UPDATE customers SET relationship = 'invited' WHERE id = '{north}';"
    ));

    let removed = eligibility_of(&card(&home, "fabrikam.com"), "Ingram Micro").clone();
    assert_eq!(removed["can_order"], false);
    let hint = removed["hint"].as_str().expect("hint");
    assert!(
        hint.contains("removed") && hint.contains("csp invite --customer fabrikam.com --provider"),
        "{hint}"
    );

    let invited = eligibility_of(&card(&home, "northwind.com"), "Ingram Micro").clone();
    assert_eq!(invited["can_order"], false);
    assert!(
        invited["hint"]
            .as_str()
            .is_some_and(|h| h.contains("not accepted")),
        "{invited}"
    );
}

// ---------------------------------------------------------------- customers list --provider, providers field

fn customers_list_provider_shows_only_the_customers_it_holds_a_relationship_with() {
    let home = Home::new();
    home.add_customer("Fabrikam", "fabrikam.com");
    home.add_customer("Northwind", "northwind.com");
    home.add_customer("Woodgrove", "woodgrove.com");
    add_provider(&home, "Ingram Micro", INGRAM);
    add_provider(&home, "TD SYNNEX", TD_SYNNEX);
    home.csp(&["providers", "attach", "Ingram Micro", "fabrikam.com"])
        .ok();
    home.csp(&["providers", "attach", "Ingram Micro", "woodgrove.com"])
        .ok();
    home.csp(&["providers", "attach", "TD SYNNEX", "woodgrove.com"])
        .ok();

    let domains = |args: &[&str]| -> Vec<String> {
        home.csp(args)
            .json()
            .as_array()
            .expect("array")
            .iter()
            .map(|c| c["domain"].as_str().expect("domain").to_string())
            .collect()
    };
    assert_eq!(
        domains(&["customers", "list", "--provider", "ingram micro", "--json"]),
        ["fabrikam.com", "woodgrove.com"]
    );
    assert_eq!(
        domains(&["customers", "list", "--provider", TD_SYNNEX, "--json"]),
        ["woodgrove.com"]
    );

    let all = home.csp(&["customers", "list", "--json"]).json();
    let providers_of = |domain: &str| {
        all.as_array()
            .expect("array")
            .iter()
            .find(|c| c["domain"] == domain)
            .expect("customer")["providers"]
            .clone()
    };
    assert_eq!(
        providers_of("fabrikam.com"),
        serde_json::json!(["Ingram Micro"])
    );
    assert_eq!(providers_of("northwind.com"), serde_json::json!([]));
    assert_eq!(
        providers_of("woodgrove.com"),
        serde_json::json!(["Ingram Micro", "TD SYNNEX"])
    );

    let tsv = home
        .csp(&["customers", "list", "--search", "wood"])
        .ok()
        .to_string();
    assert_eq!(
        tsv.trim_end().split('\t').nth(14),
        Some("Ingram Micro;TD SYNNEX"),
        "{tsv}"
    );
}

#[cfg(unix)]
fn add_asks_for_missing_values_on_a_terminal() {
    let home = Home::new();
    let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("csp"));
    cmd.args(["providers", "add", "--location", "Irvine, US"])
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", home.path())
        .env("USER", "tester")
        .env("TERM", "dumb")
        .env("CSP_DB", home.db_arg())
        .env("CSP_CONFIG", home.config());
    let mut session = rexpect::session::spawn_command(cmd, Some(10_000)).expect("spawn csp");
    session
        .exp_string("The provider's name")
        .expect("name prompt");
    session.send_line("Ingram Micro").expect("send");
    session.exp_string("tenant ID").expect("tenant prompt");
    session.send_line(INGRAM).expect("send");
    session.exp_eof().expect("csp ends");
    let (name, tenant, location): (String, String, String) =
        home.query("SELECT name, tenant_id, location FROM providers");
    assert_eq!(
        (name.as_str(), tenant.as_str(), location.as_str()),
        ("Ingram Micro", INGRAM, "Irvine, US")
    );
}

fn providers_invite_is_a_joint_invitation_with_that_provider() {
    let home = Home::new();
    let ingram = add_provider(&home, "Ingram Micro", INGRAM);
    let run = home.csp(&[
        "providers",
        "invite",
        "ingram micro",
        "--name",
        "Northwind Traders",
        "--domain",
        "northwind.com",
        "--email",
        "it@northwind.com",
        "--json",
    ]);
    run.ok();
    let invitation = run.json();
    assert_eq!(invitation["kind"], "reseller_with_provider");
    assert_eq!(invitation["provider_id"], ingram.as_str());
    assert_eq!(
        invitation["link"],
        format!(
            "https://admin.microsoft.com/Adminportal/Home?invType=IndirectResellerRelationship&partnerId={}&msppId=1234567&DAP=false&indirectCSPId={INGRAM}#/BillingAccounts/partner-invitation",
            common::PARTNER_ID
        )
    );
    assert!(
        invitation["body"]
            .as_str()
            .unwrap()
            .contains("Ingram Micro"),
        "the joint draft names the provider"
    );

    let before = home.snapshot();
    add_provider(&home, "TD Synnex", TD_SYNNEX);
    let before_second = home.snapshot();
    assert_ne!(before, before_second);
    home.csp(&[
        "providers",
        "invite",
        "Ingram Micro",
        "--provider",
        "TD Synnex",
        "--name",
        "Adatum",
        "--domain",
        "adatum.com",
    ])
    .fails(2);
    assert_eq!(
        home.snapshot(),
        before_second,
        "two providers named: nothing recorded"
    );
}

fn the_card_says_when_a_joint_invitation_is_already_pending() {
    let home = Home::new();
    add_provider(&home, "Ingram Micro", INGRAM);
    home.add_customer("Fabrikam", "fabrikam.com");
    let run = home.csp(&[
        "invite",
        "--customer",
        "fabrikam.com",
        "--provider",
        "Ingram Micro",
        "--email",
        "it@fabrikam.com",
        "--json",
    ]);
    run.ok();
    let id = run.json()["id"].as_str().unwrap().to_string();
    let card = home
        .csp(&["customers", "show", "fabrikam.com", "--json"])
        .json();
    let eligibility = &card["order_eligibility"][0];
    assert_eq!(eligibility["can_order"], false);
    let hint = eligibility["hint"].as_str().unwrap();
    assert!(hint.contains("pending") && hint.contains(&id), "{hint}");
    home.csp(&["invite", "accept", &id]).ok();
    let card = home
        .csp(&["customers", "show", "fabrikam.com", "--json"])
        .json();
    assert_eq!(card["order_eligibility"][0]["can_order"], true);
    assert!(card["order_eligibility"][0]["hint"].is_null());
}

on_both_engines! {
    adding_a_provider_leaves_the_customer_list_unchanged,
    add_prints_the_provider_with_the_designed_fields,
    add_appends_one_audit_entry,
    add_with_a_bad_tenant_id_is_status_2_and_changes_nothing,
    add_with_a_bad_name_or_location_is_status_2_and_changes_nothing,
    add_without_a_terminal_and_missing_values_is_a_usage_error,
    adding_a_connected_tenant_id_again_is_status_5_and_changes_nothing,
    adding_a_removed_providers_tenant_id_connects_it_again_with_its_history,
    a_second_provider_with_the_same_name_is_allowed_with_a_warning,
    other_roles_may_read_but_not_change_providers,
    without_any_role_a_change_is_status_4_with_a_hint,
    list_shows_connected_providers_by_default_and_removed_ones_on_request,
    list_in_json_is_always_an_array,
    list_piped_is_tsv_with_every_field,
    customer_count_counts_our_active_customers_the_provider_holds_a_relationship_with,
    show_gives_the_customers_and_the_joint_invitations_with_their_status,
    a_provider_is_named_by_id_prefix_tenant_id_or_name_in_any_case,
    an_unknown_provider_is_status_3_and_changes_nothing,
    an_ambiguous_name_is_status_3_listing_the_candidates_and_changes_nothing,
    remove_disconnects_and_keeps_the_provider_in_history,
    remove_reports_pending_joint_invitations_and_leaves_them_as_they_are,
    removing_a_removed_provider_is_status_5_and_changes_nothing,
    the_card_says_a_provider_without_its_own_relationship_cannot_order_and_what_to_do,
    attach_lets_the_provider_order_and_detach_takes_it_back,
    attach_and_detach_each_append_one_entry_that_log_customer_shows,
    attaching_twice_is_status_5_and_changes_nothing,
    detaching_a_customer_that_is_not_attached_is_status_5_and_changes_nothing,
    attach_needs_an_active_customer_and_a_connected_provider,
    a_provider_cannot_order_for_a_customer_that_is_not_active_with_us,
    customers_list_provider_shows_only_the_customers_it_holds_a_relationship_with,
    #[cfg(unix)]
    add_asks_for_missing_values_on_a_terminal,
    providers_invite_is_a_joint_invitation_with_that_provider,
    the_card_says_when_a_joint_invitation_is_already_pending,
}
