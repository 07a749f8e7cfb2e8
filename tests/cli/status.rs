//! `csp status`: every kind of item, each with its command; `--json` field
//! names; `--exit-code`; `[status] chase_after_days`; the default
//! provider's item; the bounded counts; and the index every question reads.

use crate::common::{on_both_engines, Home};
use serde_json::Value;

const INGRAM: &str = "5d6e7f80-1a2b-4c3d-8e9f-0a1b2c3d4e5f";

/// A time `days` from now (negative: ago), as csp stores and takes times.
fn days_from_now(days: i64) -> String {
    (chrono::Utc::now() + chrono::Duration::days(days))
        .format("%Y-%m-%dT%H:%M:%SZ")
        .to_string()
}

/// A Microsoft relationship id, distinct per `n`.
fn ms_id(n: u32) -> String {
    format!("5d027261-1111-2222-3333-{n:012}-8777b240-aaaa-bbbb-cccc-ddddeeeeffff")
}

/// `csp gdap add DOMAIN` with `extra` flags; returns the relationship's id.
fn gdap_add(home: &Home, domain: &str, n: u32, name: &str, extra: &[&str]) -> String {
    let ms = ms_id(n);
    let mut args = vec!["gdap", "add", domain, "--microsoft-id", &ms, "--name", name];
    if !extra.contains(&"--roles") {
        args.extend(["--roles", "least-privilege"]);
    }
    args.extend(extra);
    args.push("--json");
    let run = home.csp(&args);
    run.ok();
    run.json()["id"].as_str().expect("id").to_string()
}

/// `csp invite` of a new customer; returns the invitation's id.
fn invite(home: &Home, name: &str, domain: &str, extra: &[&str]) -> String {
    let email = format!("it@{domain}");
    let mut args = vec![
        "invite",
        "--name",
        name,
        "--domain",
        domain,
        "--email",
        &email,
        "--no-provider",
        "--json",
    ];
    args.extend(extra);
    let run = home.csp(&args);
    run.ok();
    run.json()["id"].as_str().expect("id").to_string()
}

fn status(home: &Home) -> Vec<Value> {
    let run = home.csp(&["status", "--json"]);
    run.ok();
    run.json().as_array().expect("an array").clone()
}

fn of_kind<'a>(items: &'a [Value], kind: &str) -> Vec<&'a Value> {
    items.iter().filter(|i| i["kind"] == kind).collect()
}

/// The one item of `kind` whose subject names `domain`.
#[track_caller]
fn item<'a>(items: &'a [Value], kind: &str, domain: &str) -> &'a Value {
    let found: Vec<&Value> = of_kind(items, kind)
        .into_iter()
        .filter(|i| i["subject"].as_str().unwrap_or("").contains(domain))
        .collect();
    assert_eq!(found.len(), 1, "{kind} about {domain} in {items:#?}");
    found[0]
}

fn short(id: &str) -> &str {
    &id[..8]
}

/// Adds `toml` to the config file (a section, or lines under `[partner]`).
fn configure(home: &Home, partner_lines: &str, sections: &str) {
    let path = home.config();
    let text = std::fs::read_to_string(&path).expect("config");
    let text = text.replacen("[partner]\n", &format!("[partner]\n{partner_lines}"), 1);
    std::fs::write(&path, format!("{text}\n{sections}")).expect("write config");
}

fn nothing_to_do_is_an_empty_array_and_exit_status_0() {
    let home = Home::new();
    let run = home.csp(&["status", "--exit-code", "--json"]);
    run.ok();
    assert_eq!(run.json(), serde_json::json!([]));
    let run = home.csp(&["status", "--exit-code", "--format", "table"]);
    run.ok();
    assert_eq!(run.stdout, "");
    assert!(
        run.stderr.contains("nothing needs attention"),
        "{}",
        run.stderr
    );
}

fn exit_code_is_6_when_something_needs_attention_and_the_items_are_printed() {
    let home = Home::new();
    home.add_customer("Fabrikam", "fabrikam.com");
    let run = home.csp(&["status", "--exit-code", "--json"]);
    assert_eq!(run.code, 6, "{}", run.stderr);
    assert_eq!(run.stderr, "");
    let items = run.json();
    assert_eq!(items.as_array().map(Vec::len), Some(1));
    // Without --exit-code the same items are a success.
    home.csp(&["status"]).ok();
}

fn items_have_the_documented_json_fields() {
    let home = Home::new();
    home.add_customer("Fabrikam", "fabrikam.com");
    let items = status(&home);
    let keys: Vec<&str> = items[0]
        .as_object()
        .expect("an object")
        .keys()
        .map(String::as_str)
        .collect();
    let mut expected = vec!["kind", "severity", "subject", "detail", "since", "command"];
    expected.sort();
    let mut keys = keys;
    keys.sort();
    assert_eq!(keys, expected);
    let tsv = home.csp(&["status", "--format", "csv"]);
    assert!(tsv
        .ok()
        .starts_with("kind,severity,subject,detail,since,command\n"));
}

fn active_customers_without_admin_access_are_one_counted_item() {
    let home = Home::new();
    home.add_customer("Fabrikam", "fabrikam.com");
    home.add_customer("Northwind", "northwind.com");
    home.csp(&[
        "customers",
        "add",
        "--name",
        "Dapper",
        "--domain",
        "dapper.com",
        "--delegated-admin",
    ])
    .ok();
    gdap_add(&home, "northwind.com", 1, "Northwind support", &[]);
    let items = status(&home);
    let none = of_kind(&items, "no-admin-access");
    assert_eq!(none.len(), 1, "{items:#?}");
    assert_eq!(none[0]["subject"], "1 customer");
    assert_eq!(none[0]["severity"], "info");
    assert_eq!(none[0]["since"], Value::Null);
    assert_eq!(none[0]["command"], "csp customers list --admin-access none");
    // The command lists exactly them.
    let listed = home.csp(&["customers", "list", "--admin-access", "none", "--json"]);
    let listed = listed.json();
    assert_eq!(listed.as_array().map(Vec::len), Some(1));
    assert_eq!(listed[0]["domain"], "fabrikam.com");
}

fn large_categories_are_counted_up_to_a_bound() {
    let home = Home::new();
    home.add_customer("Fabrikam", "fabrikam.com");
    let rows: Vec<String> = (1..=1200)
        .map(|i| {
            format!(
                "('{i:08}-0000-4000-8000-000000000000', 'Bulk {i}', 'bulk{i}.example', 'active',
                  '2026-01-01T00:00:00Z', 'manual', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"
            )
        })
        .collect();
    home.exec(&format!(
        "INSERT INTO customers (id, company_name, domain, relationship, relationship_since,
             source, created_at, updated_at) VALUES {}",
        rows.join(",\n")
    ));
    let items = status(&home);
    let none = of_kind(&items, "no-admin-access");
    assert_eq!(none[0]["subject"], "1000+ customers", "{items:#?}");
}

fn a_small_category_lists_the_50_most_urgent_then_says_how_many_more() {
    let home = Home::new();
    invite(&home, "Tailspin", "tailspin.com", &[]);
    // 54 more drafts, as many customers, older than the first.
    let customers: Vec<String> = (1..=54)
        .map(|i| {
            format!(
                "('{i:08}-0000-4000-8000-000000000000', 'Prospect {i}', 'prospect{i}.example', 'invited',
                  '2026-01-01T00:00:00Z', 'invitation', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"
            )
        })
        .collect();
    let drafts: Vec<String> = (1..=54)
        .map(|i| {
            format!(
                "('{i:08}-1111-4000-8000-000000000000', 'reseller', 'draft', '{i:08}-0000-4000-8000-000000000000',
                  'https://admin.microsoft.com/x', 's', 'b', 'en', '2025-01-01T00:00:{i:02}Z')"
            )
        })
        .collect();
    home.exec(&format!(
        "INSERT INTO customers (id, company_name, domain, relationship, relationship_since,
             source, created_at, updated_at) VALUES {};
         INSERT INTO invitations (id, kind, status, customer_id, link, subject, body, locale, created_at)
             VALUES {};",
        customers.join(",\n"),
        drafts.join(",\n")
    ));
    let items = status(&home);
    let drafts = of_kind(&items, "invitation-draft");
    assert_eq!(drafts.len(), 51, "{items:#?}");
    // The oldest first; the newest (Tailspin's) is past the cap.
    assert!(drafts[0]["subject"]
        .as_str()
        .unwrap()
        .contains("prospect1.example"));
    assert!(!drafts
        .iter()
        .any(|d| d["subject"].as_str().unwrap().contains("tailspin.com")));
    let more = drafts[50];
    assert_eq!(more["subject"], "5 more");
    assert_eq!(more["command"], "csp invite list --status draft");
    assert!(more["detail"].as_str().unwrap().contains("55 drafts"));
}

fn drafts_never_sent_are_done_or_cancelled() {
    let home = Home::new();
    let id = invite(&home, "Tailspin", "tailspin.com", &[]);
    let items = status(&home);
    let draft = item(&items, "invitation-draft", "tailspin.com");
    assert_eq!(draft["severity"], "info");
    assert_eq!(draft["command"], format!("csp invite done {}", short(&id)));
    assert!(draft["detail"]
        .as_str()
        .unwrap()
        .contains(&format!("csp invite cancel {}", short(&id))));
    let created: String = home.query(&format!(
        "SELECT created_at FROM invitations WHERE id = '{id}'"
    ));
    assert_eq!(draft["since"], created);
    // Sent: no longer a draft, and too recent to chase.
    home.csp(&["invite", "done", &id]).ok();
    assert!(status(&home).is_empty());
}

fn invitations_unanswered_past_chase_after_days_are_chased_with_a_reminder() {
    let home = Home::new();
    let id = invite(&home, "Northwind", "northwind.com", &["--done"]);
    let sent = days_from_now(-20);
    home.exec(&format!(
        "UPDATE invitations SET sent_at = '{0}' WHERE id = '{1}'",
        sent, id
    ));
    let items = status(&home);
    let chase = item(&items, "invitation-unanswered", "northwind.com");
    assert_eq!(chase["severity"], "info");
    assert_eq!(chase["since"], sent);
    assert_eq!(
        chase["command"],
        format!("csp invite remind {}", short(&id))
    );
    assert!(chase["detail"]
        .as_str()
        .unwrap()
        .contains("not accepted after 20 days"));

    // [status] chase_after_days moves the threshold.
    configure(&home, "", "[status]\nchase_after_days = 30\n");
    assert!(of_kind(&status(&home), "invitation-unanswered").is_empty());

    // A reminder is a new contact: chased again only after as many days.
    configure(&home, "", "");
    let path = home.config();
    let text = std::fs::read_to_string(&path)
        .unwrap()
        .replace("= 30", "= 10");
    std::fs::write(&path, text).unwrap();
    assert_eq!(of_kind(&status(&home), "invitation-unanswered").len(), 1);
    home.exec(&format!(
        "UPDATE invitations SET reminded_at = '{0}', reminders = 1 WHERE id = '{1}'",
        days_from_now(-3),
        id
    ));
    assert!(of_kind(&status(&home), "invitation-unanswered").is_empty());
    home.exec(&format!(
        "UPDATE invitations SET reminded_at = '{0}' WHERE id = '{1}'",
        days_from_now(-11),
        id
    ));
    let items = status(&home);
    let chase = item(&items, "invitation-unanswered", "northwind.com");
    assert!(
        chase["detail"].as_str().unwrap().contains("reminded once"),
        "{chase}"
    );
    // Accepted: nothing to chase.
    home.csp(&["invite", "accept", &id]).ok();
    assert!(of_kind(&status(&home), "invitation-unanswered").is_empty());
}

fn chase_after_days_must_be_a_day_to_a_year() {
    let home = Home::new();
    for bad in ["0", "366", "-1"] {
        let h = Home::new();
        configure(&h, "", &format!("[status]\nchase_after_days = {bad}\n"));
        let err = h.csp(&["status"]).fails(1).to_string();
        assert!(err.contains("status.chase_after_days"), "{err}");
        assert!(err.contains("1 to 365"), "{err}");
    }
    configure(&home, "", "[status]\nchase_after_days = 365\n");
    home.csp(&["status"]).ok();
    // `csp init --force` keeps the section.
    home.csp(&[
        "init",
        "--force",
        "--name",
        "Contoso Reseller",
        "--tenant-id",
        crate::common::PARTNER_ID,
        "--role",
        "admin-agent",
    ])
    .ok();
    let text = std::fs::read_to_string(home.config()).unwrap();
    assert!(text.contains("chase_after_days = 365"), "{text}");
}

fn gdap_requests_about_to_lapse_are_sent_again_and_lapsed_ones_recorded_anew() {
    let home = Home::new();
    home.add_customer("Fabrikam", "fabrikam.com");
    home.add_customer("Litware", "litware.com");
    home.add_customer("Adatum", "adatum.com");
    let requested = days_from_now(-80);
    let soon = gdap_add(
        &home,
        "fabrikam.com",
        1,
        "Fabrikam support",
        &["--requested", &requested],
    );
    gdap_add(
        &home,
        "litware.com",
        2,
        "Litware support",
        &["--requested", &days_from_now(-100)],
    );
    // Requested recently: nothing to do yet.
    gdap_add(
        &home,
        "adatum.com",
        3,
        "Adatum support",
        &["--requested", &days_from_now(-10)],
    );
    let items = status(&home);
    let lapsing = item(&items, "gdap-request-lapsing", "fabrikam.com");
    assert_eq!(lapsing["severity"], "warning");
    assert_eq!(lapsing["since"], requested);
    assert_eq!(
        lapsing["command"],
        format!("csp gdap invite {}", short(&soon))
    );
    assert!(
        lapsing["detail"].as_str().unwrap().contains("in 9 days")
            || lapsing["detail"].as_str().unwrap().contains("in 10 days"),
        "{lapsing}"
    );
    let lapsed = item(&items, "gdap-request-lapsing", "litware.com");
    assert_eq!(
        lapsed["command"],
        "csp gdap add litware.com --microsoft-id ID --name NAME --roles ROLES"
    );
    assert!(lapsed["detail"].as_str().unwrap().contains("lapsed"));
    assert!(of_kind(&items, "gdap-request-lapsing")
        .iter()
        .all(|i| !i["subject"].as_str().unwrap().contains("adatum.com")));
    // A new request for Litware takes the lapsed one's place.
    gdap_add(&home, "litware.com", 4, "Litware support 2", &[]);
    let items = status(&home);
    assert_eq!(
        of_kind(&items, "gdap-request-lapsing").len(),
        1,
        "{items:#?}"
    );
}

fn gdap_relationships_ending_without_auto_extend_are_extended_unless_global_admin() {
    let home = Home::new();
    home.add_customer("Fabrikam", "fabrikam.com");
    home.add_customer("Litware", "litware.com");
    home.add_customer("Adatum", "adatum.com");
    let activated = days_from_now(-720);
    let ending = gdap_add(
        &home,
        "fabrikam.com",
        1,
        "Fabrikam support",
        &["--activated", &activated],
    );
    gdap_add(
        &home,
        "litware.com",
        2,
        "Litware admin",
        &["--activated", &activated, "--roles", "Global Administrator"],
    );
    // Auto-extended: Microsoft moves it on.
    gdap_add(
        &home,
        "adatum.com",
        3,
        "Adatum support",
        &["--activated", &activated, "--auto-extend"],
    );
    let items = status(&home);
    let item1 = item(&items, "gdap-ending", "fabrikam.com");
    assert_eq!(item1["severity"], "warning");
    assert_eq!(
        item1["command"],
        format!("csp gdap extend {} --auto-extend true", short(&ending))
    );
    let ga = item(&items, "gdap-ending", "litware.com");
    assert_eq!(
        ga["command"],
        "csp gdap add litware.com --microsoft-id ID --name NAME --roles ROLES"
    );
    assert!(ga["detail"]
        .as_str()
        .unwrap()
        .contains("without Global Administrator"));
    assert!(of_kind(&items, "gdap-ending")
        .iter()
        .all(|i| !i["subject"].as_str().unwrap().contains("adatum.com")));
    // since: when it entered the 30-day window.
    let ends: String = home.query(&format!(
        "SELECT ends_at FROM gdap_relationships WHERE id = '{ending}'"
    ));
    let since = chrono::DateTime::parse_from_rfc3339(item1["since"].as_str().unwrap()).unwrap();
    let end = chrono::DateTime::parse_from_rfc3339(&ends).unwrap();
    assert_eq!((end - since).num_days(), 30);
    // Auto-extend turned on: no longer ending.
    home.csp(&["gdap", "extend", &ending, "--auto-extend", "true"])
        .ok();
    assert!(of_kind(&status(&home), "gdap-ending")
        .iter()
        .all(|i| !i["subject"].as_str().unwrap().contains("fabrikam.com")));
}

fn expired_gdap_of_active_customers_is_recorded_anew() {
    let home = Home::new();
    home.add_customer("Fabrikam", "fabrikam.com");
    home.add_customer("Litware", "litware.com");
    gdap_add(
        &home,
        "fabrikam.com",
        1,
        "Fabrikam old",
        &["--activated", &days_from_now(-800)],
    );
    gdap_add(
        &home,
        "fabrikam.com",
        2,
        "Fabrikam older",
        &["--activated", &days_from_now(-900)],
    );
    // Litware's expired one was replaced by an active one.
    gdap_add(
        &home,
        "litware.com",
        3,
        "Litware old",
        &["--activated", &days_from_now(-800)],
    );
    gdap_add(
        &home,
        "litware.com",
        4,
        "Litware new",
        &["--activated", &days_from_now(-5)],
    );
    let items = status(&home);
    // One item per customer: its latest relationship.
    let expired = item(&items, "gdap-expired", "fabrikam.com");
    assert_eq!(expired["severity"], "warning");
    assert!(expired["detail"].as_str().unwrap().contains("Fabrikam old"));
    assert_eq!(
        expired["command"],
        "csp gdap add fabrikam.com --microsoft-id ID --name NAME --roles ROLES"
    );
    let ends: String =
        home.query("SELECT ends_at FROM gdap_relationships WHERE display_name = 'Fabrikam old'");
    assert_eq!(expired["since"], ends);
    assert_eq!(of_kind(&items, "gdap-expired").len(), 1, "{items:#?}");
    // Neither customer lacks admin access altogether (an expired one is not none).
    assert!(of_kind(&items, "no-admin-access").is_empty());
}

fn admin_access_left_after_removal_is_terminated_in_partner_center() {
    let home = Home::new();
    home.add_customer("Fabrikam", "fabrikam.com");
    home.csp(&[
        "customers",
        "add",
        "--name",
        "Dapper",
        "--domain",
        "dapper.com",
        "--delegated-admin",
    ])
    .ok();
    home.add_customer("Gone", "gone.com");
    let rel = gdap_add(
        &home,
        "fabrikam.com",
        1,
        "Fabrikam support",
        &["--activated", &days_from_now(-10)],
    );
    // A terminated relationship leaves nothing behind.
    let old = gdap_add(
        &home,
        "gone.com",
        2,
        "Gone support",
        &["--activated", &days_from_now(-10)],
    );
    home.csp(&["gdap", "terminate", &old]).ok();
    for domain in ["fabrikam.com", "dapper.com", "gone.com"] {
        home.csp(&[
            "remove",
            domain,
            "--acknowledge",
            "--reason",
            "contract ended",
        ])
        .ok();
    }
    let items = status(&home);
    let left = of_kind(&items, "admin-access-after-removal");
    assert_eq!(left.len(), 2, "{items:#?}");
    let gdap = item(&items, "admin-access-after-removal", "fabrikam.com");
    assert_eq!(gdap["severity"], "warning");
    assert_eq!(
        gdap["command"],
        format!("csp gdap terminate {}", short(&rel))
    );
    let detail = gdap["detail"].as_str().unwrap();
    assert!(detail.contains("Partner Center"), "{detail}");
    assert!(detail.contains("csp does not end it"), "{detail}");
    let removed: String =
        home.query("SELECT removed_at FROM customers WHERE domain = 'fabrikam.com'");
    assert_eq!(gdap["since"], removed);
    let dap = item(&items, "admin-access-after-removal", "dapper.com");
    assert_eq!(
        dap["command"],
        "csp customers update dapper.com --delegated-admin false"
    );
    // Recorded terminated: the item goes.
    home.csp(&["gdap", "terminate", &rel]).ok();
    home.csp(&[
        "customers",
        "update",
        "dapper.com",
        "--delegated-admin",
        "false",
    ])
    .ok();
    assert!(of_kind(&status(&home), "admin-access-after-removal").is_empty());
}

fn customers_the_default_provider_cannot_order_for_are_one_counted_item() {
    let home = Home::new();
    home.csp(&[
        "providers",
        "add",
        "--name",
        "Ingram Micro",
        "--tenant-id",
        INGRAM,
    ])
    .ok();
    home.add_customer("Fabrikam", "fabrikam.com");
    home.add_customer("Northwind", "northwind.com");
    home.add_customer("Litware", "litware.com");
    home.csp(&["providers", "attach", "Ingram Micro", "northwind.com"])
        .ok();
    // No default provider: no such item.
    assert!(of_kind(&status(&home), "provider-cannot-order").is_empty());
    configure(&home, "default_provider = \"Ingram Micro\"\n", "");
    let items = status(&home);
    let cannot = of_kind(&items, "provider-cannot-order");
    assert_eq!(cannot.len(), 1, "{items:#?}");
    assert_eq!(cannot[0]["subject"], "2 customers");
    assert_eq!(cannot[0]["severity"], "info");
    assert_eq!(
        cannot[0]["command"],
        "csp customers list --not-provider 'Ingram Micro'"
    );
    assert!(cannot[0]["detail"]
        .as_str()
        .unwrap()
        .contains("csp invite --customer CUSTOMER --provider 'Ingram Micro'"));
    // The command lists exactly them.
    let listed = home
        .csp(&[
            "customers",
            "list",
            "--not-provider",
            "Ingram Micro",
            "--json",
        ])
        .json();
    let domains: Vec<&str> = listed
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["domain"].as_str().unwrap())
        .collect();
    assert_eq!(domains, ["fabrikam.com", "litware.com"]);
    // A default provider that names nothing is a warning, not a failure.
    configure(&home, "", "");
    let path = home.config();
    let text = std::fs::read_to_string(&path)
        .unwrap()
        .replace("\"Ingram Micro\"", "\"Nobody\"");
    std::fs::write(&path, text).unwrap();
    let run = home.csp(&["status", "--json"]);
    run.ok();
    assert!(run.stderr.contains("warning:"), "{}", run.stderr);
    assert!(of_kind(run.json().as_array().unwrap(), "provider-cannot-order").is_empty());
}

fn reading_the_status_needs_no_role() {
    let home = Home::new();
    home.add_customer("Fabrikam", "fabrikam.com");
    let path = home.config();
    let text = std::fs::read_to_string(&path)
        .unwrap()
        .replace("role = \"admin-agent\"", "role = \"helpdesk-agent\"");
    std::fs::write(&path, text).unwrap();
    assert_eq!(status(&home).len(), 1);
}

fn the_table_shows_severity_subject_detail_and_the_whole_command() {
    let home = Home::new();
    home.csp(&[
        "providers",
        "add",
        "--name",
        "Ingram Micro",
        "--tenant-id",
        INGRAM,
    ])
    .ok();
    home.add_customer("Fabrikam", "fabrikam.com");
    configure(&home, "default_provider = \"Ingram Micro\"\n", "");
    let run = home.csp(&["status", "--format", "table"]);
    let mut settings = insta::Settings::clone_current();
    settings.set_prepend_module_to_snapshot(false);
    settings.set_description("csp status --format table");
    settings.set_omit_expression(true);
    settings.bind(|| insta::assert_snapshot!("status-table", run.ok()));
}

/// The customers without admin access, as `status` counts them: each
/// customer's count of open GDAP relationships (kept by the database's
/// triggers) follows every change of a relationship — recorded, terminated,
/// active again, moved to another customer, deleted — whoever makes it.
fn customers_without_admin_access_follow_every_change_of_their_gdap() {
    let home = Home::new();
    home.add_customer("Fabrikam", "fabrikam.com");
    home.add_customer("Northwind", "northwind.com");
    let without = |home: &Home| -> u64 {
        let items = status(home);
        let mismatched: i64 = home.query(
            "SELECT count(*) FROM customers c WHERE c.open_gdap <> (SELECT count(*)
               FROM gdap_relationships g WHERE g.customer_id = c.id
               AND g.status NOT IN ('termination_requested', 'terminating', 'terminated'))",
        );
        assert_eq!(mismatched, 0, "open_gdap differs from a recount");
        match of_kind(&items, "no-admin-access").as_slice() {
            [] => 0,
            [item] => {
                let subject = item["subject"].as_str().expect("subject");
                subject
                    .split(' ')
                    .next()
                    .and_then(|n| n.parse().ok())
                    .expect("a count")
            }
            more => panic!("{more:#?}"),
        }
    };
    assert_eq!(without(&home), 2);
    gdap_add(&home, "fabrikam.com", 1, "Fabrikam support", &[]);
    assert_eq!(without(&home), 1);
    // Two open relationships: ending one leaves access.
    gdap_add(&home, "fabrikam.com", 2, "Fabrikam billing", &[]);
    home.csp(&["gdap", "terminate", "Fabrikam billing"]).ok();
    assert_eq!(without(&home), 1);
    home.csp(&["gdap", "terminate", "Fabrikam support"]).ok();
    assert_eq!(without(&home), 2);
    // Changed by other means than csp's commands: the triggers still count.
    home.exec(
        "UPDATE gdap_relationships SET status = 'active' WHERE display_name = 'Fabrikam support'",
    );
    assert_eq!(without(&home), 1);
    home.exec(
        "UPDATE gdap_relationships SET customer_id = (SELECT id FROM customers WHERE domain = 'northwind.com')
         WHERE display_name = 'Fabrikam support'",
    );
    assert_eq!(without(&home), 1);
    let northwind_open: i64 =
        home.query("SELECT open_gdap FROM customers WHERE domain = 'northwind.com'");
    assert_eq!(northwind_open, 1);
    home.exec("DELETE FROM gdap_access_assignments");
    home.exec("DELETE FROM gdap_relationships WHERE display_name = 'Fabrikam support'");
    assert_eq!(without(&home), 2);
}

/// A database from before the open GDAP counts (SQLite's version 6,
/// PostgreSQL's 1) gets them counted when csp migrates it.
fn a_migrated_database_counts_the_open_gdap_relationships_it_holds() {
    use crate::common::Engine;
    let rows = "INSERT INTO customers (id, company_name, domain, relationship, relationship_since, source, created_at, updated_at)
         VALUES ('c1', 'Served', 'served.example', 'active', '2024-01-01T00:00:00Z', 'manual', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
                ('c2', 'Ended', 'ended.example', 'active', '2024-01-01T00:00:00Z', 'manual', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
                ('c3', 'Never', 'never.example', 'active', '2024-01-01T00:00:00Z', 'manual', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z');
         INSERT INTO gdap_relationships (id, customer_id, display_name, roles, duration_days, status, created_at, updated_at)
         VALUES ('g1', 'c1', 'Served support', '88d8e3e3-8f55-4a1e-953a-9b9898b8876b', 730, 'active', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
                ('g2', 'c1', 'Served billing', '88d8e3e3-8f55-4a1e-953a-9b9898b8876b', 730, 'approval_pending', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
                ('g3', 'c2', 'Ended support', '88d8e3e3-8f55-4a1e-953a-9b9898b8876b', 730, 'terminated', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z');";
    let home = Home::new();
    match Engine::current() {
        Engine::Sqlite => {
            std::fs::create_dir_all(home.db().parent().expect("folder")).expect("mkdir");
            let conn = rusqlite::Connection::open(home.db()).expect("open");
            for step in &csp::store::MIGRATIONS[..6] {
                conn.execute_batch(step).expect("migration");
            }
            conn.execute_batch(&format!("PRAGMA user_version = 6; {rows}"))
                .expect("rows");
        }
        Engine::Postgres => {
            // Back to version 1: what the second migration adds, taken away.
            home.csp(&["customers", "list"]).ok();
            home.exec(
                "DROP TRIGGER gdap_relationships_open ON gdap_relationships;
                 DROP FUNCTION csp_gdap_relationships_open();
                 DROP INDEX customers_without_admin_access;
                 ALTER TABLE customers DROP COLUMN open_gdap;
                 DELETE FROM csp_schema; INSERT INTO csp_schema (version) VALUES (1);",
            );
            home.exec(rows);
        }
    }
    let items = status(&home);
    let none = of_kind(&items, "no-admin-access");
    assert_eq!(none.len(), 1, "{items:#?}");
    assert_eq!(none[0]["subject"], "2 customers");
    let open: Vec<(String, i64)> =
        home.query_all("SELECT domain, open_gdap FROM customers ORDER BY domain");
    assert_eq!(
        open,
        vec![
            ("ended.example".to_string(), 0),
            ("never.example".to_string(), 0),
            ("served.example".to_string(), 2),
        ]
    );
}

/// How many active customers the default provider cannot order for, as
/// `status` says it, follows every change of a customer's relationship and
/// of the provider's links — made by csp's commands or directly — and on
/// SQLite the counts it subtracts (kept by triggers) match a recount.
fn the_customers_the_default_provider_cannot_order_for_follow_every_change() {
    use crate::common::Engine;
    let home = Home::new();
    home.csp(&[
        "providers",
        "add",
        "--name",
        "Ingram Micro",
        "--tenant-id",
        INGRAM,
    ])
    .ok();
    configure(&home, "default_provider = \"Ingram Micro\"\n", "");
    for (name, domain) in [
        ("Alpha", "alpha.example"),
        ("Beta", "beta.example"),
        ("Gamma", "gamma.example"),
    ] {
        home.add_customer(name, domain);
    }
    let said = |home: &Home| -> i64 {
        let items = status(home);
        let recount: i64 = home.query(
            "SELECT count(*) FROM customers c WHERE c.relationship = 'active' AND NOT EXISTS (
               SELECT 1 FROM provider_customers pc JOIN providers p ON p.id = pc.provider_id
               WHERE p.name = 'Ingram Micro' AND pc.customer_id = c.id)",
        );
        if Engine::current() == Engine::Sqlite {
            let counted: i64 = home.query(
                "SELECT (SELECT active FROM customer_counts) = (SELECT count(*) FROM customers WHERE relationship = 'active')
                    AND NOT EXISTS (SELECT 1 FROM providers p WHERE p.active_customers <> (SELECT count(*)
                        FROM provider_customers pc JOIN customers c ON c.id = pc.customer_id
                        WHERE pc.provider_id = p.id AND c.relationship = 'active'))",
            );
            assert_eq!(counted, 1, "the kept counts differ from a recount");
        }
        let n = match of_kind(&items, "provider-cannot-order").as_slice() {
            [] => 0,
            [item] => item["subject"]
                .as_str()
                .and_then(|s| s.split(' ').next())
                .and_then(|n| n.parse().ok())
                .expect("a count"),
            more => panic!("{more:#?}"),
        };
        assert_eq!(n, recount, "status against a recount");
        n
    };
    let link = |domain: &str| {
        format!(
            "INSERT INTO provider_customers (provider_id, customer_id, since)
             SELECT p.id, c.id, '2026-01-01T00:00:00Z' FROM providers p, customers c
             WHERE p.name = 'Ingram Micro' AND c.domain = '{domain}'"
        )
    };
    assert_eq!(said(&home), 3);
    home.csp(&["providers", "attach", "Ingram Micro", "alpha.example"])
        .ok();
    assert_eq!(said(&home), 2);
    // An import row by row adds two active customers.
    let file = home.file(
        "more.csv",
        "company_name,domain\nDelta,delta.example\nEpsilon,epsilon.example\n",
    );
    home.csp(&["customers", "import", &file]).ok();
    assert_eq!(said(&home), 4);
    home.csp(&["remove", "beta.example", "--acknowledge"]).ok();
    assert_eq!(said(&home), 3);
    home.csp(&["remove", "alpha.example", "--acknowledge"]).ok();
    assert_eq!(said(&home), 3);
    // Directly: a relationship back to active, links added, moved, deleted.
    home.exec("UPDATE customers SET relationship = 'active' WHERE domain IN ('alpha.example', 'beta.example')");
    assert_eq!(said(&home), 4);
    home.exec(&link("beta.example"));
    home.exec(&link("gamma.example"));
    assert_eq!(said(&home), 2);
    home.exec(
        "UPDATE provider_customers SET customer_id = (SELECT id FROM customers WHERE domain = 'delta.example')
         WHERE customer_id = (SELECT id FROM customers WHERE domain = 'gamma.example')",
    );
    assert_eq!(said(&home), 2);
    home.exec("UPDATE customers SET relationship = 'invited' WHERE domain = 'delta.example'");
    assert_eq!(said(&home), 2);
    home.exec(
        "DELETE FROM provider_customers WHERE customer_id = (SELECT id FROM customers WHERE domain = 'alpha.example')",
    );
    assert_eq!(said(&home), 3);
}

// SQLite only: the counts are SQLite's (migration 8).
#[test]
fn a_file_migrated_to_provider_counts_counts_what_it_holds() {
    let home = Home::new();
    std::fs::create_dir_all(home.db().parent().expect("folder")).expect("mkdir");
    let conn = rusqlite::Connection::open(home.db()).expect("open");
    for step in &csp::store::MIGRATIONS[..7] {
        conn.execute_batch(step).expect("migration");
    }
    conn.execute_batch(
        "PRAGMA user_version = 7;
         INSERT INTO customers (id, company_name, domain, relationship, relationship_since, source, created_at, updated_at)
         VALUES ('c1', 'One', 'one.example', 'active', '2024-01-01T00:00:00Z', 'manual', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
                ('c2', 'Two', 'two.example', 'active', '2024-01-01T00:00:00Z', 'manual', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
                ('c3', 'Three', 'three.example', 'removed', '2024-01-01T00:00:00Z', 'manual', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z');
         INSERT INTO providers (id, name, tenant_id, status, connected_at)
         VALUES ('p1', 'Ingram Micro', '5d6e7f80-1a2b-4c3d-8e9f-0a1b2c3d4e5f', 'connected', '2024-01-01T00:00:00Z');
         INSERT INTO provider_customers (provider_id, customer_id, since)
         VALUES ('p1', 'c1', '2024-01-01T00:00:00Z'), ('p1', 'c3', '2024-01-01T00:00:00Z');",
    )
    .expect("rows");
    drop(conn);
    configure(&home, "default_provider = \"Ingram Micro\"\n", "");
    let items = status(&home);
    let cannot = of_kind(&items, "provider-cannot-order");
    assert_eq!(cannot.len(), 1, "{items:#?}");
    assert_eq!(cannot[0]["subject"], "1 customer");
    assert_eq!(home.query::<i64>("SELECT active FROM customer_counts"), 2);
    assert_eq!(
        home.query::<i64>("SELECT active_customers FROM providers WHERE id = 'p1'"),
        1
    );
}

// SQLite only: the counts are SQLite's (migration 8).
#[test]
fn a_file_without_its_row_of_counts_still_counts_what_the_provider_cannot_order_for() {
    let home = Home::new();
    home.csp(&[
        "providers",
        "add",
        "--name",
        "Ingram Micro",
        "--tenant-id",
        INGRAM,
    ])
    .ok();
    home.add_customer("Fabrikam", "fabrikam.com");
    home.add_customer("Northwind", "northwind.com");
    home.add_customer("Litware", "litware.com");
    home.csp(&["providers", "attach", "Ingram Micro", "northwind.com"])
        .ok();
    configure(&home, "default_provider = \"Ingram Micro\"\n", "");
    // Someone edited the file: the counts are gone; the customers are read.
    home.exec("DELETE FROM customer_counts");
    let items = status(&home);
    let cannot = of_kind(&items, "provider-cannot-order");
    assert_eq!(cannot.len(), 1, "{items:#?}");
    assert_eq!(cannot[0]["subject"], "2 customers");
}

// SQLite only: it reads the plans SQLite makes for the status queries.
#[test]
fn every_status_question_reads_an_index() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = csp::store::Store::open(&dir.path().join("csp.db")).expect("open");
    for (name, plan) in store.read().status_query_plans().expect("plans") {
        // Only the count of customers the default provider cannot order
        // for may walk the table: it stops at its LIMIT (1000 rows). The
        // customers without admin access are a partial index of their own.
        let bounded_count = name == "provider_cannot_order";
        for step in &plan {
            let whole_table = step.starts_with("SCAN ") && !step.contains(" USING ");
            assert!(
                !whole_table || (bounded_count && step == "SCAN c"),
                "{name} reads a whole table: {plan:?}"
            );
        }
        assert!(
            plan.iter()
                .any(|s| s.contains("INDEX") || s.contains("PRIMARY KEY")),
            "{name} reads no index: {plan:?}"
        );
    }
}

on_both_engines! {
    nothing_to_do_is_an_empty_array_and_exit_status_0,
    exit_code_is_6_when_something_needs_attention_and_the_items_are_printed,
    items_have_the_documented_json_fields,
    active_customers_without_admin_access_are_one_counted_item,
    customers_without_admin_access_follow_every_change_of_their_gdap,
    a_migrated_database_counts_the_open_gdap_relationships_it_holds,
    large_categories_are_counted_up_to_a_bound,
    a_small_category_lists_the_50_most_urgent_then_says_how_many_more,
    drafts_never_sent_are_done_or_cancelled,
    invitations_unanswered_past_chase_after_days_are_chased_with_a_reminder,
    chase_after_days_must_be_a_day_to_a_year,
    gdap_requests_about_to_lapse_are_sent_again_and_lapsed_ones_recorded_anew,
    gdap_relationships_ending_without_auto_extend_are_extended_unless_global_admin,
    expired_gdap_of_active_customers_is_recorded_anew,
    admin_access_left_after_removal_is_terminated_in_partner_center,
    customers_the_default_provider_cannot_order_for_are_one_counted_item,
    the_customers_the_default_provider_cannot_order_for_follow_every_change,
    reading_the_status_needs_no_role,
    the_table_shows_severity_subject_detail_and_the_whole_command,
}
