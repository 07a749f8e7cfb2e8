//! `csp gdap`: GDAP admin relationships — recorded, approved, followed to
//! their end; the role catalogue; Graph's list imported; and the admin
//! access every customer shows.

use crate::common::{on_both_engines, Home, Run};
use serde_json::Value;

const FABRIKAM_TENANT: &str = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";
const LITWARE_TENANT: &str = "0a9b8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d";
const MS_ID: &str = "5d027261-d21f-4aa9-b7db-7fa1f56fb163-8777b240-c6f0-4469-9e98-a3205431b836";
const MS_ID_2: &str = "11111111-2222-4333-8444-555555555555-66666666-7777-4888-9999-000000000000";
const GLOBAL_ADMIN: &str = "62e90394-69f5-4237-9190-012177145e10";
const GLOBAL_READER: &str = "f2ef992c-3afb-46b9-b7cf-a126ee74c451";
const GROUP: &str = "0b7c1c7e-5a4b-4c3d-9e8f-7a6b5c4d3e2f";

fn fixture(name: &str) -> String {
    format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))
}

/// A home with Fabrikam recorded (tenant ID and contact).
fn fabrikam() -> Home {
    let home = Home::new();
    home.csp(&[
        "customers",
        "add",
        "--name",
        "Fabrikam Inc",
        "--domain",
        "fabrikam.com",
        "--tenant-id",
        FABRIKAM_TENANT,
        "--contact-name",
        "Jo Kim",
        "--contact-email",
        "jo@fabrikam.com",
    ])
    .ok();
    home
}

/// `csp gdap add fabrikam.com` with Microsoft id `ms`, name `name` and `extra`.
fn add(home: &Home, ms: &str, name: &str, extra: &[&str]) -> Run {
    let mut args = vec![
        "gdap",
        "add",
        "fabrikam.com",
        "--microsoft-id",
        ms,
        "--name",
        name,
    ];
    if !extra.contains(&"--roles") {
        args.extend(["--roles", "least-privilege"]);
    }
    args.extend(extra);
    args.push("--json");
    home.csp(&args)
}

/// A date `days` ago, as `--activated` takes it.
fn days_ago(days: i64) -> String {
    (chrono::Utc::now() - chrono::Duration::days(days))
        .format("%Y-%m-%dT%H:%M:%SZ")
        .to_string()
}

fn count(home: &Home) -> i64 {
    home.query("SELECT count(*) FROM gdap_relationships")
}

fn customer_json(home: &Home, domain: &str) -> Value {
    home.csp(&["customers", "show", domain, "--json"]).json()
}

// ------------------------------------------------------------ recording

fn add_records_a_pending_relationship_with_every_field_and_its_approval_link() {
    let home = fabrikam();
    let run = add(&home, &MS_ID.to_uppercase(), "Fabrikam support", &[]);
    run.ok();
    let r = run.json();
    let fields = [
        "id",
        "microsoft_id",
        "customer_id",
        "customer_domain",
        "display_name",
        "roles",
        "duration_days",
        "auto_extend",
        "status",
        "requested_at",
        "request_expires_at",
        "activated_at",
        "ends_at",
        "terminated_at",
        "access_assignments",
        "approval_link",
    ];
    let keys: Vec<&str> = r.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(keys.len(), fields.len(), "{keys:?}");
    for f in fields {
        assert!(r.get(f).is_some(), "missing {f}");
    }
    assert_eq!(r["microsoft_id"], MS_ID, "kept lower-cased");
    assert_eq!(r["customer_domain"], "fabrikam.com");
    assert_eq!(r["status"], "approval_pending");
    assert_eq!(r["duration_days"], 730);
    assert_eq!(r["auto_extend"], false);
    assert_eq!(r["roles"].as_array().unwrap().len(), 5);
    assert_eq!(
        r["roles"][0],
        serde_json::json!({"id": GLOBAL_READER, "name": "Global Reader"})
    );
    assert_eq!(
        r["approval_link"],
        format!("https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/granularAdminRelationships/{MS_ID}")
    );
    // The request lapses 90 days after it was made.
    let requested =
        chrono::DateTime::parse_from_rfc3339(r["requested_at"].as_str().unwrap()).unwrap();
    let lapses =
        chrono::DateTime::parse_from_rfc3339(r["request_expires_at"].as_str().unwrap()).unwrap();
    assert_eq!((lapses - requested).num_days(), 90);
    assert!(r["ends_at"].is_null() && r["activated_at"].is_null());
}

fn roles_are_taken_by_name_in_any_case_by_id_or_as_a_named_set() {
    let home = fabrikam();
    let run = add(
        &home,
        MS_ID,
        "Mixed",
        &["--roles", "global reader, DIRECTORY-READERS,4A5D8F65-41DA-4DE4-8968-E035B65339CF,11111111-2222-4333-8444-555555555555"],
    );
    run.ok();
    let roles = run.json()["roles"].clone();
    assert_eq!(
        roles,
        serde_json::json!([
            {"id": GLOBAL_READER, "name": "Global Reader"},
            {"id": "88d8e3e3-8f55-4a1e-953a-9b9898b8876b", "name": "Directory Readers"},
            {"id": "4a5d8f65-41da-4de4-8968-e035b65339cf", "name": "Reports Reader"},
            {"id": "11111111-2222-4333-8444-555555555555", "name": null},
        ])
    );
    let cipp = add(&home, MS_ID_2, "CIPP", &["--roles", "cipp"]);
    cipp.ok();
    assert_eq!(cipp.json()["roles"].as_array().unwrap().len(), 12);
}

fn an_unknown_role_is_refused_naming_it_and_how_to_see_the_catalogue() {
    let home = fabrikam();
    let run = add(
        &home,
        MS_ID,
        "Bad",
        &["--roles", "Global Reader,Coffee Maker"],
    );
    let err = run.fails(2);
    assert!(err.contains("unknown role 'Coffee Maker'"), "{err}");
    assert!(err.contains("csp gdap roles"), "{err}");
    assert_eq!(count(&home), 0);
}

fn roles_prints_the_catalogue_and_each_set() {
    let home = Home::new();
    let all = home.csp(&["gdap", "roles", "--json"]).json();
    assert_eq!(all.as_array().unwrap().len(), 33);
    let reader = all
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["name"] == "Global Reader")
        .unwrap();
    assert_eq!(reader["role_id"], GLOBAL_READER);
    assert_eq!(
        reader["sets"],
        serde_json::json!(["default", "least-privilege"])
    );
    for (set, n) in [("default", 9), ("least-privilege", 5), ("cipp", 12)] {
        let roles = home.csp(&["gdap", "roles", "--set", set, "--json"]).json();
        assert_eq!(roles.as_array().unwrap().len(), n, "{set}");
    }
    let bad = home.csp(&["gdap", "roles", "--set", "everything"]);
    assert!(bad.fails(2).contains("least-privilege"));
}

fn auto_extend_is_refused_with_global_administrator() {
    let home = fabrikam();
    let run = add(
        &home,
        MS_ID,
        "Too much",
        &[
            "--roles",
            "Global Administrator,Global Reader",
            "--auto-extend",
        ],
    );
    assert!(run.fails(2).contains("Global Administrator"));
    assert_eq!(count(&home), 0);
    // Without auto-extend it is recorded; turning it on later is refused too.
    add(
        &home,
        MS_ID,
        "Too much",
        &["--roles", GLOBAL_ADMIN, "--activated", &days_ago(1)],
    )
    .ok();
    let extend = home.csp(&["gdap", "extend", "Too much", "--auto-extend", "true"]);
    assert!(extend.fails(5).contains("Global Administrator"));
    assert_eq!(
        home.query::<i64>("SELECT auto_extend FROM gdap_relationships"),
        0
    );
    // The database refuses it as well.
    assert!(!home.try_exec("UPDATE gdap_relationships SET auto_extend = TRUE"));
}

fn a_relationship_lasts_1_to_730_days() {
    let home = fabrikam();
    assert!(add(&home, MS_ID, "Long", &["--duration", "731d"])
        .fails(2)
        .contains("730"));
    assert!(add(&home, MS_ID, "Long", &["--duration", "0d"])
        .fails(2)
        .contains("730"));
    assert_eq!(count(&home), 0);
    let ok = add(&home, MS_ID, "Long", &["--duration", "730d"]);
    ok.ok();
    assert_eq!(ok.json()["duration_days"], 730);
    let short = add(&home, MS_ID_2, "Short", &["--duration", "30"]);
    short.ok();
    assert_eq!(short.json()["duration_days"], 30);
}

fn display_names_are_unique_ignoring_case_and_at_most_50_characters() {
    let home = fabrikam();
    add(&home, MS_ID, "Fabrikam support", &[]).ok();
    let again = add(&home, MS_ID_2, "FABRIKAM SUPPORT", &[]);
    assert!(again.fails(5).contains("already recorded"));
    let long = "x".repeat(51);
    assert!(add(&home, MS_ID_2, &long, &[]).fails(2).contains("50"));
    let same_id = add(&home, MS_ID, "Other", &[]);
    assert!(same_id.fails(5).contains("already recorded"));
    assert_eq!(count(&home), 1);
}

fn a_relationship_is_named_by_id_prefix_microsoft_id_or_display_name() {
    let home = fabrikam();
    let id = add(&home, MS_ID, "Fabrikam support", &[]).json()["id"]
        .as_str()
        .unwrap()
        .to_string();
    for reference in [id.as_str(), &id[..8], MS_ID, "fabrikam SUPPORT"] {
        let run = home.csp(&["gdap", "show", reference, "--json"]);
        run.ok();
        assert_eq!(run.json()["id"], id.as_str(), "{reference}");
    }
    let card = home.csp(&["gdap", "show", &id[..8], "--json"]).json();
    assert_eq!(card["customer_name"], "Fabrikam Inc");
    let missing = home.csp(&["gdap", "show", "no such relationship"]);
    assert!(missing.fails(3).contains("no GDAP relationship matches"));
    let short = home.csp(&["gdap", "show", &id[..6]]);
    assert!(short.fails(3).contains("8 characters"));
    let activate = home.csp(&["gdap", "activate", "nothing-like-it"]);
    activate.fails(3);
}

fn only_admin_agents_and_global_admins_manage_gdap() {
    let home = fabrikam();
    add(&home, MS_ID, "Fabrikam support", &[]).ok();
    let before = home.snapshot();
    for role in ["sales-agent", "helpdesk-agent", "billing-admin"] {
        for args in [
            vec![
                "gdap",
                "add",
                "fabrikam.com",
                "--microsoft-id",
                MS_ID_2,
                "--name",
                "x",
                "--roles",
                "default",
            ],
            vec!["gdap", "activate", "Fabrikam support"],
            vec!["gdap", "terminate", "Fabrikam support"],
            vec!["gdap", "invite", "Fabrikam support"],
            vec!["gdap", "import", "-"],
        ] {
            let run = home
                .command(&args)
                .env("CSP_ROLE", role)
                .write_stdin("")
                .output()
                .unwrap();
            assert_eq!(run.status.code(), Some(4), "{role} {args:?}");
            let stderr = String::from_utf8_lossy(&run.stderr);
            assert!(
                stderr.contains(
                    "managing GDAP admin relationships needs the global-admin or admin-agent role"
                ),
                "{stderr}"
            );
        }
        // Reading is for everyone.
        let list = home
            .command(&["gdap", "list", "--json"])
            .env("CSP_ROLE", role)
            .output()
            .unwrap();
        assert_eq!(list.status.code(), Some(0));
    }
    assert_eq!(home.snapshot(), before);
    let global = home
        .command(&["gdap", "activate", "Fabrikam support"])
        .env("CSP_ROLE", "global-admin")
        .output()
        .unwrap();
    assert_eq!(global.status.code(), Some(0));
}

fn request_needs_a_sign_in_and_says_how_to_record_one_instead() {
    let home = fabrikam();
    let run = home.csp(&[
        "gdap",
        "request",
        "fabrikam.com",
        "--roles",
        "default",
        "--name",
        "Fabrikam support",
    ]);
    let err = run.stderr.clone();
    assert_eq!(run.code, 4, "{err}");
    assert!(err.contains("not signed in"), "{err}");
    assert!(err.contains("csp login"), "{err}");
    assert!(err.contains("csp gdap add"), "{err}");
    assert_eq!(
        home.query::<i64>("SELECT count(*) FROM gdap_relationships"),
        0
    );
}

// ------------------------------------------------------------ its life

fn activate_sets_the_end_to_activation_plus_duration() {
    let home = fabrikam();
    add(&home, MS_ID, "Fabrikam support", &["--duration", "365d"]).ok();
    let at = days_ago(10);
    let run = home.csp(&[
        "gdap",
        "activate",
        "Fabrikam support",
        "--at",
        &at,
        "--json",
    ]);
    run.ok();
    let r = run.json();
    assert_eq!(r["status"], "active");
    assert_eq!(r["activated_at"], at.as_str());
    let activated = chrono::DateTime::parse_from_rfc3339(&at).unwrap();
    let ends = chrono::DateTime::parse_from_rfc3339(r["ends_at"].as_str().unwrap()).unwrap();
    assert_eq!((ends - activated).num_days(), 365);
    assert!(r["approval_link"].is_null(), "nothing left to approve");
    let again = home.csp(&["gdap", "activate", "Fabrikam support"]);
    assert!(again.fails(5).contains("is active"));
}

fn terminate_records_it_and_says_microsoft_ends_it_elsewhere() {
    let home = fabrikam();
    add(
        &home,
        MS_ID,
        "Fabrikam support",
        &["--activated", &days_ago(3)],
    )
    .ok();
    let run = home.csp(&[
        "gdap",
        "terminate",
        "Fabrikam support",
        "--reason",
        "contract ended",
        "--json",
    ]);
    run.ok();
    assert_eq!(run.json()["status"], "terminated");
    assert!(run.json()["terminated_at"].is_string());
    assert!(
        run.stderr.contains("csp does not end it at Microsoft"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("Partner Center"), "{}", run.stderr);
    let card = home
        .csp(&["gdap", "show", "Fabrikam support", "--json"])
        .json();
    assert_eq!(card["termination_reason"], "contract ended");
    home.csp(&["gdap", "terminate", "Fabrikam support"])
        .fails(5);
    assert_eq!(customer_json(&home, "fabrikam.com")["admin_access"], "none");
}

fn extend_turns_auto_extend_on_and_off() {
    let home = fabrikam();
    add(
        &home,
        MS_ID,
        "Fabrikam support",
        &["--activated", &days_ago(3)],
    )
    .ok();
    let on = home.csp(&[
        "gdap",
        "extend",
        "Fabrikam support",
        "--auto-extend",
        "true",
        "--json",
    ]);
    on.ok();
    assert_eq!(on.json()["auto_extend"], true);
    let same = home.csp(&[
        "gdap",
        "extend",
        "Fabrikam support",
        "--auto-extend",
        "true",
    ]);
    same.ok();
    assert!(same.stderr.contains("already on"));
    let off = home.csp(&[
        "gdap",
        "extend",
        "Fabrikam support",
        "--auto-extend",
        "false",
        "--json",
    ]);
    assert_eq!(off.json()["auto_extend"], false);
    home.csp(&["gdap", "extend", "Fabrikam support"]).fails(2);
}

fn an_auto_extended_end_moves_on_180_days_at_a_time() {
    let home = fabrikam();
    // Activated 740 days ago for 730: ended 10 days ago, then extended once.
    let run = add(
        &home,
        MS_ID,
        "Fabrikam support",
        &["--activated", &days_ago(740), "--auto-extend"],
    );
    run.ok();
    let r = run.json();
    assert_eq!(r["status"], "active");
    let ends = chrono::DateTime::parse_from_rfc3339(r["ends_at"].as_str().unwrap()).unwrap();
    let left = (ends.with_timezone(&chrono::Utc) - chrono::Utc::now()).num_days();
    assert!((169..=170).contains(&left), "{left} days left");
    assert_eq!(
        customer_json(&home, "fabrikam.com")["admin_access"],
        "active"
    );
}

fn assign_gives_a_group_a_subset_of_the_roles() {
    let home = fabrikam();
    add(&home, MS_ID, "Fabrikam support", &[]).ok();
    let pending = home.csp(&[
        "gdap",
        "assign",
        "Fabrikam support",
        "--group",
        GROUP,
        "--roles",
        "Global Reader",
    ]);
    assert!(pending.fails(5).contains("approval_pending"));
    home.csp(&["gdap", "activate", "Fabrikam support"]).ok();
    let extra = home.csp(&[
        "gdap",
        "assign",
        "Fabrikam support",
        "--group",
        GROUP,
        "--roles",
        "Exchange Administrator",
    ]);
    assert!(extra
        .fails(2)
        .contains("Exchange Administrator is not among the roles"));
    let run = home.csp(&[
        "gdap",
        "assign",
        "Fabrikam support",
        "--group",
        GROUP,
        "--group-name",
        "Helpdesk",
        "--roles",
        "Global Reader,Service Support Administrator",
        "--json",
    ]);
    run.ok();
    let assignments = run.json()["access_assignments"].clone();
    assert_eq!(assignments.as_array().unwrap().len(), 1);
    assert_eq!(assignments[0]["group_id"], GROUP);
    assert_eq!(assignments[0]["group_name"], "Helpdesk");
    assert_eq!(assignments[0]["roles"][0]["name"], "Global Reader");
    // The same group again replaces what it held.
    home.csp(&[
        "gdap",
        "assign",
        "Fabrikam support",
        "--group",
        GROUP,
        "--roles",
        "Global Reader",
    ])
    .ok();
    let card = home
        .csp(&["gdap", "show", "Fabrikam support", "--json"])
        .json();
    assert_eq!(
        card["access_assignments"][0]["roles"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    assert_eq!(card["access_assignments"][0]["group_name"], "Helpdesk");
    home.csp(&[
        "gdap",
        "assign",
        "Fabrikam support",
        "--group",
        "nope",
        "--roles",
        "Global Reader",
    ])
    .fails(2);
}

// ------------------------------------------------------------ admin access

fn admin_access_follows_the_relationships_and_the_clock() {
    let home = Home::new();
    for (name, domain, tenant) in [
        (
            "None Co",
            "none.example",
            "10000000-0000-4000-8000-000000000001",
        ),
        (
            "Pending Co",
            "pending.example",
            "10000000-0000-4000-8000-000000000002",
        ),
        (
            "Active Co",
            "active.example",
            "10000000-0000-4000-8000-000000000003",
        ),
        (
            "Expiring Co",
            "expiring.example",
            "10000000-0000-4000-8000-000000000004",
        ),
        (
            "Expired Co",
            "expired.example",
            "10000000-0000-4000-8000-000000000005",
        ),
        (
            "Lapsed Co",
            "lapsed.example",
            "10000000-0000-4000-8000-000000000006",
        ),
    ] {
        home.csp(&[
            "customers",
            "add",
            "--name",
            name,
            "--domain",
            domain,
            "--tenant-id",
            tenant,
        ])
        .ok();
    }
    home.csp(&[
        "customers",
        "add",
        "--name",
        "Dap Co",
        "--domain",
        "dap.example",
        "--delegated-admin",
    ])
    .ok();
    let rel = |domain: &str, n: u8, extra: &[&str]| {
        let ms =
            format!("5d027261-d21f-4aa9-b7db-7fa1f56fb16{n}-8777b240-c6f0-4469-9e98-a3205431b836");
        let mut args = vec![
            "gdap",
            "add",
            domain,
            "--microsoft-id",
            &ms,
            "--name",
            domain,
            "--roles",
            "Global Reader",
        ];
        args.extend(extra);
        home.csp(&args).ok();
    };
    rel("pending.example", 1, &[]);
    rel("active.example", 2, &["--activated", &days_ago(100)]);
    // 730 days from 710 days ago: 20 days left, no auto-extend.
    rel("expiring.example", 3, &["--activated", &days_ago(710)]);
    rel("expired.example", 4, &["--activated", &days_ago(740)]);
    rel("lapsed.example", 5, &["--requested", &days_ago(91)]);
    let access = |domain: &str| customer_json(&home, domain)["admin_access"].clone();
    assert_eq!(access("none.example"), "none");
    assert_eq!(access("pending.example"), "pending");
    assert_eq!(access("active.example"), "active");
    assert_eq!(access("expiring.example"), "expiring");
    assert_eq!(access("expired.example"), "expired");
    assert_eq!(access("lapsed.example"), "expired");
    assert_eq!(access("dap.example"), "legacy-dap");

    // The list computes the same, and filters on it.
    let list = home.csp(&["customers", "list", "--json"]).json();
    for c in list.as_array().unwrap() {
        assert_eq!(
            c["admin_access"],
            access(c["domain"].as_str().unwrap()),
            "{c}"
        );
    }
    let filtered = |value: &str| -> Vec<String> {
        home.csp(&["customers", "list", "--admin-access", value, "--json"])
            .json()
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["domain"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(filtered("none"), ["none.example"]);
    assert_eq!(filtered("pending"), ["pending.example"]);
    assert_eq!(filtered("expiring"), ["expiring.example"]);
    assert_eq!(filtered("expired"), ["expired.example", "lapsed.example"]);
    assert_eq!(filtered("legacy-dap"), ["dap.example"]);
    assert_eq!(
        filtered("any"),
        ["active.example", "dap.example", "expiring.example"]
    );
    home.csp(&["customers", "list", "--admin-access", "some"])
        .fails(2);

    // In CSV, after delegated_admin.
    let csv = home.csp(&["customers", "list", "--format", "csv", "--search", "dap"]);
    let header = csv.ok().lines().next().unwrap().to_string();
    assert!(
        header.contains("delegated_admin,admin_access,source"),
        "{header}"
    );
    assert!(csv.stdout.contains(",true,legacy-dap,"), "{}", csv.stdout);

    // The relationships show the same statuses.
    let show = |name: &str| home.csp(&["gdap", "show", name, "--json"]).json();
    assert_eq!(show("expired.example")["status"], "expired");
    assert_eq!(show("lapsed.example")["status"], "expired");
    assert_eq!(show("expiring.example")["status"], "active");
    let expiring = home
        .csp(&["gdap", "list", "--expiring", "30d", "--json"])
        .json();
    let names: Vec<&str> = expiring
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["display_name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["expiring.example"]);
    let expired = home
        .csp(&["gdap", "list", "--status", "expired", "--json"])
        .json();
    assert_eq!(expired.as_array().unwrap().len(), 2);
    let of_one = home
        .csp(&["gdap", "list", "--customer", "active.example", "--json"])
        .json();
    assert_eq!(of_one.as_array().unwrap().len(), 1);
}

fn the_customer_card_lists_its_admin_relationships() {
    let home = fabrikam();
    add(
        &home,
        MS_ID,
        "Fabrikam support",
        &["--activated", &days_ago(5)],
    )
    .ok();
    let card = customer_json(&home, "fabrikam.com");
    assert_eq!(card["admin_access"], "active");
    let rels = card["admin_relationships"].as_array().unwrap();
    assert_eq!(rels.len(), 1);
    assert_eq!(rels[0]["display_name"], "Fabrikam support");
    assert!(card["admin_center_url"]
        .as_str()
        .unwrap()
        .contains(FABRIKAM_TENANT));
    let table = home.csp(&["customers", "show", "fabrikam.com", "--format", "table"]);
    let text = table.ok();
    assert!(text.contains("Admin relationships (GDAP)"), "{text}");
    assert!(text.contains("Fabrikam support"), "{text}");
}

fn the_admin_center_opens_only_where_admin_access_exists() {
    let home = fabrikam();
    let none = home.csp(&["customers", "open", "fabrikam.com", "--admin-center"]);
    let err = none.fails(5);
    assert!(err.contains("no admin access"), "{err}");
    assert!(err.contains("csp gdap"), "{err}");
    add(&home, MS_ID, "Fabrikam support", &[]).ok();
    home.csp(&["customers", "open", "fabrikam.com", "--admin-center"])
        .fails(5);
    home.csp(&["gdap", "activate", "Fabrikam support"]).ok();
    let open = home.csp(&["customers", "open", "fabrikam.com", "--admin-center"]);
    assert!(open
        .ok()
        .contains(&format!("BeginClientSession.aspx?CTID={FABRIKAM_TENANT}")));
}

// ------------------------------------------------------------ import

fn import_reads_graphs_list_and_reports_unknown_tenants() {
    let home = fabrikam();
    let run = home.csp(&[
        "gdap",
        "import",
        &fixture("gdap-relationships.json"),
        "--json",
    ]);
    run.ok();
    let s = run.json();
    assert_eq!(s["items"], 3);
    assert_eq!(s["added"], 2);
    assert_eq!(s["skipped"], 1);
    assert!(run.stderr.contains(LITWARE_TENANT), "{}", run.stderr);
    assert!(run.stderr.contains("--add-customers"), "{}", run.stderr);
    assert_eq!(
        home.query::<i64>("SELECT count(*) FROM customers"),
        1,
        "no customer invented"
    );

    let support = home.csp(&["gdap", "show", MS_ID, "--json"]).json();
    assert_eq!(support["display_name"], "Fabrikam support");
    assert_eq!(support["status"], "active");
    assert_eq!(support["auto_extend"], true);
    assert_eq!(support["activated_at"], "2025-04-29T08:12:40Z");
    assert_eq!(support["ends_at"], "2027-04-29T08:12:40Z");
    let reseller = home
        .csp(&["gdap", "show", "Fabrikam via Tailspin", "--json"])
        .json();
    assert_eq!(
        reseller["status"], "approval_pending",
        "Graph's approvalPending"
    );
    assert_eq!(reseller["duration_days"], 365);
    assert_eq!(reseller["roles"][0]["name"], "Global Administrator");
    assert_eq!(
        customer_json(&home, "fabrikam.com")["admin_access"],
        "active"
    );

    // The same file again changes nothing and records nothing.
    let before = home.snapshot();
    let again = home.csp(&[
        "gdap",
        "import",
        &fixture("gdap-relationships.json"),
        "--json",
    ]);
    again.ok();
    assert_eq!(again.json()["unchanged"], 2);
    assert_eq!(again.json()["added"], 0);
    assert_eq!(home.snapshot(), before);
    let rows: i64 = home.query("SELECT count(*) FROM gdap_relationships");
    assert_eq!(rows, 2);
}

fn import_matches_a_recorded_relationship_by_its_microsoft_id() {
    let home = fabrikam();
    let id = add(&home, MS_ID, "Old name", &["--roles", "Global Reader"]).json()["id"]
        .as_str()
        .unwrap()
        .to_string();
    let run = home.csp(&[
        "gdap",
        "import",
        &fixture("gdap-relationships.json"),
        "--json",
    ]);
    run.ok();
    assert_eq!(run.json()["updated"], 1);
    assert_eq!(run.json()["added"], 1);
    let r = home.csp(&["gdap", "show", &id, "--json"]).json();
    assert_eq!(r["display_name"], "Fabrikam support");
    assert_eq!(r["status"], "active");
}

fn import_with_add_customers_records_the_unknown_tenant() {
    let home = fabrikam();
    let run = home.csp(&[
        "gdap",
        "import",
        &fixture("gdap-relationships.json"),
        "--add-customers",
        "--json",
    ]);
    run.ok();
    assert_eq!(run.json()["added"], 3);
    assert_eq!(run.json()["customers_added"], 1);
    let litware = customer_json(&home, LITWARE_TENANT);
    assert_eq!(litware["company_name"], "Litware");
    assert_eq!(litware["tenant_id"], LITWARE_TENANT);
    assert_eq!(litware["domain"], format!("{LITWARE_TENANT}.invalid"));
    // Ended on 2026-01-10 without auto-extend.
    assert_eq!(litware["admin_access"], "expired");
}

fn import_dry_run_changes_nothing() {
    let home = fabrikam();
    let before = home.snapshot();
    let run = home.csp(&[
        "gdap",
        "import",
        &fixture("gdap-relationships.json"),
        "--dry-run",
        "--json",
    ]);
    run.ok();
    assert_eq!(run.json()["added"], 2);
    assert_eq!(home.snapshot(), before);
    assert_eq!(count(&home), 0);
}

fn a_bad_item_aborts_the_whole_import_naming_it() {
    let home = fabrikam();
    let text = std::fs::read_to_string(fixture("gdap-relationships.json"))
        .unwrap()
        .replace("\"P365D\"", "\"P900D\"");
    let file = home.file("bad.json", &text);
    let err = home.csp(&["gdap", "import", &file]).fails(2).to_string();
    assert!(err.contains("item 2"), "{err}");
    assert_eq!(count(&home), 0);
    home.csp_stdin(&["gdap", "import", "-"], "[1, 2]").fails(2);
    home.csp_stdin(&["gdap", "import", "-"], "not json")
        .fails(2);
}

fn every_change_is_in_the_customers_log() {
    let home = fabrikam();
    add(&home, MS_ID, "Fabrikam support", &[]).ok();
    home.csp(&["gdap", "activate", "Fabrikam support"]).ok();
    home.csp(&[
        "gdap",
        "extend",
        "Fabrikam support",
        "--auto-extend",
        "true",
    ])
    .ok();
    home.csp(&[
        "gdap",
        "assign",
        "Fabrikam support",
        "--group",
        GROUP,
        "--roles",
        "Global Reader",
    ])
    .ok();
    home.csp(&["gdap", "terminate", "Fabrikam support"]).ok();
    home.csp(&["gdap", "import", &fixture("gdap-relationships.json")])
        .ok();
    let log = home
        .csp(&["log", "--customer", "fabrikam.com", "--json"])
        .json();
    let actions: Vec<&str> = log
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(
        actions,
        [
            "gdap.import.add",
            "gdap.import.update",
            "gdap.terminate",
            "gdap.assign",
            "gdap.extend",
            "gdap.activate",
            "gdap.add",
            "customer.add"
        ]
    );
    assert!(log[0]["entity"] == "gdap_relationship");
    let all = home.csp(&["log", "--json"]).json();
    assert_eq!(all[0]["action"], "gdap.import");
    assert_eq!(all[0]["details"]["added"], 1);
}

// ------------------------------------------------------------ the approval email

fn invite_drafts_the_approval_email_to_stdout_and_records_nothing_until_done() {
    let home = fabrikam();
    add(&home, MS_ID, "Fabrikam support", &[]).ok();
    let before = home.snapshot();
    let run = home.csp(&["gdap", "invite", "Fabrikam support"]);
    let text = run.ok();
    assert!(
        text.starts_with("To: Jo Kim <jo@fabrikam.com>\nSubject: "),
        "{text}"
    );
    assert!(
        text.contains(&format!("granularAdminRelationships/{MS_ID}")),
        "{text}"
    );
    assert!(text.contains("Global Reader"), "{text}");
    assert!(text.contains("730 days"), "{text}");
    assert!(run.stderr.contains("--done"), "{}", run.stderr);
    assert_eq!(home.snapshot(), before);

    let done = home.csp(&["gdap", "invite", "Fabrikam support", "--done", "--json"]);
    done.ok();
    assert_eq!(done.json()["display_name"], "Fabrikam support");
    let card = home
        .csp(&["gdap", "show", "Fabrikam support", "--json"])
        .json();
    assert!(card["approval_sent_at"].is_string());
    let last: String = home.query("SELECT action FROM audit_log ORDER BY id DESC LIMIT 1");
    assert_eq!(last, "gdap.invite");
}

fn invite_writes_an_eml_and_refuses_a_relationship_not_awaiting_approval() {
    let home = fabrikam();
    add(&home, MS_ID, "Fabrikam support", &[]).ok();
    let path = home.path().join("approval.eml");
    let run = home.csp(&[
        "gdap",
        "invite",
        "Fabrikam support",
        "--lang",
        "fr",
        "--email",
        "admin@fabrikam.com",
        "--eml",
        path.to_str().unwrap(),
    ]);
    run.ok();
    let bytes = std::fs::read(&path).unwrap();
    let message = mail_parser::MessageParser::default().parse(&bytes).unwrap();
    assert!(message
        .subject()
        .unwrap()
        .contains("accès d'administration"));
    let body = message.body_text(0).unwrap();
    assert!(body.contains(&format!("granularAdminRelationships/{MS_ID}")));
    assert!(body.contains("Customer Delegated Admin Relationship Administrator"));
    assert_eq!(
        message.to().unwrap().first().unwrap().address().unwrap(),
        "admin@fabrikam.com"
    );

    home.csp(&["gdap", "activate", "Fabrikam support"]).ok();
    let err = home
        .csp(&["gdap", "invite", "Fabrikam support"])
        .fails(5)
        .to_string();
    assert!(err.contains("active"), "{err}");
}

/// The approval email in `lang`, with the dates that depend on today
/// replaced by `[date]`.
fn approval_email(lang: &str) -> String {
    let home = fabrikam();
    add(
        &home,
        MS_ID,
        "Fabrikam support",
        &[
            "--roles",
            "least-privilege,11111111-2222-4333-8444-555555555555",
            "--auto-extend",
        ],
    )
    .ok();
    let text = home
        .csp(&["gdap", "invite", "Fabrikam support", "--lang", lang])
        .ok()
        .to_string();
    let mut out = text;
    for (start, end) in [
        ("until ", " if you approve"),
        ("expires on ", " if it is"),
        ("jusqu'au ", " si vous"),
        ("expire le ", " si elle"),
    ] {
        if let Some(i) = out.find(start) {
            let from = i + start.len();
            if let Some(j) = out[from..].find(end) {
                out.replace_range(from..from + j, "[date]");
            }
        }
    }
    out
}

fn snapshot(name: &str, command: &str, text: &str) {
    let mut settings = insta::Settings::clone_current();
    settings.set_prepend_module_to_snapshot(false);
    settings.set_description(command);
    settings.set_omit_expression(true);
    settings.bind(|| insta::assert_snapshot!(name, text));
}

fn the_english_gdap_approval_email() {
    snapshot(
        "gdap-approval-en",
        "csp gdap invite \"Fabrikam support\" --lang en",
        &approval_email("en"),
    );
}

fn the_french_gdap_approval_email() {
    snapshot(
        "gdap-approval-fr",
        "csp gdap invite \"Fabrikam support\" --lang fr",
        &approval_email("fr"),
    );
}

on_both_engines! {
    add_records_a_pending_relationship_with_every_field_and_its_approval_link,
    roles_are_taken_by_name_in_any_case_by_id_or_as_a_named_set,
    an_unknown_role_is_refused_naming_it_and_how_to_see_the_catalogue,
    roles_prints_the_catalogue_and_each_set,
    auto_extend_is_refused_with_global_administrator,
    a_relationship_lasts_1_to_730_days,
    display_names_are_unique_ignoring_case_and_at_most_50_characters,
    a_relationship_is_named_by_id_prefix_microsoft_id_or_display_name,
    only_admin_agents_and_global_admins_manage_gdap,
    request_needs_a_sign_in_and_says_how_to_record_one_instead,
    activate_sets_the_end_to_activation_plus_duration,
    terminate_records_it_and_says_microsoft_ends_it_elsewhere,
    extend_turns_auto_extend_on_and_off,
    an_auto_extended_end_moves_on_180_days_at_a_time,
    assign_gives_a_group_a_subset_of_the_roles,
    admin_access_follows_the_relationships_and_the_clock,
    the_customer_card_lists_its_admin_relationships,
    the_admin_center_opens_only_where_admin_access_exists,
    import_reads_graphs_list_and_reports_unknown_tenants,
    import_matches_a_recorded_relationship_by_its_microsoft_id,
    import_with_add_customers_records_the_unknown_tenant,
    import_dry_run_changes_nothing,
    a_bad_item_aborts_the_whole_import_naming_it,
    every_change_is_in_the_customers_log,
    invite_drafts_the_approval_email_to_stdout_and_records_nothing_until_done,
    invite_writes_an_eml_and_refuses_a_relationship_not_awaiting_approval,
    the_english_gdap_approval_email,
    the_french_gdap_approval_email,
}
