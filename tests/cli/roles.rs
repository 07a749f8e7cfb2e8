//! Roles, as Microsoft's current table has them: global-admin, admin-agent
//! and sales-agent record customers and send reseller invitations; only
//! global-admin and admin-agent remove a relationship and manage providers;
//! helpdesk-agent and billing-admin read.
//!
//! Table-driven: every state-changing command in `RECORDS` and `MANAGES` is
//! run under every role. The roles allowed succeed and leave exactly one
//! audit entry in their name; the other roles, and a profile with no role at
//! all, get status 4, one error line, and nothing changed. Every command in
//! `READS` works for every role and changes nothing. A new command is one
//! new line in a table.

use crate::common::{on_both_engines, Engine, Home};

/// Records every row may name (ids fixed so rows can be plain literals).
const FABRIKAM: &str = "fabrikam.com"; // active, delegated admin, linked to Adatum
const CONTOSO: &str = "contoso.com"; // active, no provider link
const ADATUM_ID: &str = "ad000000-0000-4000-8000-000000000001";
const ADATUM_TENANT: &str = "6f9619ff-8b86-4d11-b42d-00c04fc964ff";
/// A connected provider with no customer links.
const WIDE_WORLD_ID: &str = "b0000000-0000-4000-8000-000000000002";
/// A draft invitation to northwind.com (invited).
const DRAFT_INVITATION: &str = "d0000000-0000-4000-8000-000000000001";
/// A sent invitation to wingtip.com (invited).
const SENT_INVITATION: &str = "5e000000-0000-4000-8000-000000000002";

/// Every command that records customers or sends reseller invitations, one
/// line each. Files named here are written in the home, which is the working
/// directory.
const RECORDS: &[&[&str]] = &[
    &[
        "customers",
        "add",
        "--name",
        "Tailspin Toys",
        "--domain",
        "tailspin.com",
    ],
    &["customers", "update", FABRIKAM, "--tag", "gold"],
    &[
        "customers",
        "update",
        FABRIKAM,
        "--delegated-admin",
        "false",
    ],
    &["customers", "import", "new.csv"],
    &[
        "invite",
        "--name",
        "Northwind Two",
        "--domain",
        "northwind2.com",
        "--email",
        "it@northwind2.com",
    ],
    &[
        "invite",
        "--customer",
        CONTOSO,
        "--provider",
        ADATUM_ID,
        "--email",
        "it@contoso.com",
    ],
    &["invite", "--batch", "batch.csv"],
    &["invite", "done", DRAFT_INVITATION],
    &["invite", "accept", SENT_INVITATION],
    &["invite", "cancel", DRAFT_INVITATION],
    &["invite", "remind", SENT_INVITATION],
    &[
        "providers",
        "invite",
        ADATUM_ID,
        "--customer",
        CONTOSO,
        "--email",
        "it@contoso.com",
    ],
];

/// Every command that removes a relationship or manages providers.
const MANAGES: &[&[&str]] = &[
    &[
        "remove",
        FABRIKAM,
        "--acknowledge",
        "--reason",
        "contract ended",
    ],
    &[
        "providers",
        "add",
        "--name",
        "Litware Distribution",
        "--tenant-id",
        "1b4e28ba-2fa1-11d2-883f-0016d3cca427",
    ],
    &["providers", "remove", WIDE_WORLD_ID],
    &["providers", "attach", ADATUM_ID, CONTOSO],
    &["providers", "detach", ADATUM_ID, FABRIKAM],
];

/// Every reading command, one line each.
const READS: &[&[&str]] = &[
    &["customers", "list"],
    &["customers", "list", "--status", "all", "--json"],
    &["customers", "show", FABRIKAM],
    &["customers", "export"],
    &["log"],
    &["log", "--customer", FABRIKAM, "--json"],
    &["invite", "list", "--status", "all"],
    &["invite", "list", "--json"],
    &["invite", "show", DRAFT_INVITATION],
    &["invite", "link"],
    &["providers", "list"],
    &["providers", "show", ADATUM_ID],
];

const ADMIN_ROLES: [&str; 2] = ["global-admin", "admin-agent"];
/// The roles that may read but not change; `None` is a profile with no role.
const READ_ONLY_ROLES: [Option<&str>; 3] = [Some("helpdesk-agent"), Some("billing-admin"), None];

/// A home with an admin profile and the records the rows name.
fn fixture() -> Home {
    let home = Home::new();
    home.csp(&[
        "customers",
        "add",
        "--name",
        "Fabrikam Inc",
        "--domain",
        FABRIKAM,
        "--delegated-admin",
    ])
    .ok();
    home.add_customer("Contoso Ltd", CONTOSO);
    home.file(
        "new.csv",
        "company_name,domain\nLitware Inc,litware.com\nAdventure Works,adventure-works.com\n",
    );
    home.file(
        "batch.csv",
        "name,domain,email,contact_name,reference\nLitware Inc,litware.com,it@litware.com,Lee Park,Q3\n",
    );
    home.exec(&format!(
        "INSERT INTO providers (id, name, tenant_id, status, connected_at)
           VALUES ('{ADATUM_ID}', 'Adatum Distribution', '{ADATUM_TENANT}', 'connected', '2026-01-01T00:00:00Z');
         INSERT INTO providers (id, name, tenant_id, status, connected_at)
           VALUES ('{WIDE_WORLD_ID}', 'Wide World Distribution', '0f8fad5b-d9cb-469f-a165-70867728950e', 'connected', '2026-01-01T00:00:00Z');
         INSERT INTO provider_customers (provider_id, customer_id, since)
           SELECT '{ADATUM_ID}', id, '2026-01-01T00:00:00Z' FROM customers WHERE domain = '{FABRIKAM}';
         INSERT INTO customers (id, company_name, domain, relationship, relationship_since, source, created_at, updated_at)
           VALUES ('c0000000-0000-4000-8000-00000000000a', 'Northwind Traders', 'northwind.com', 'invited',
                   '2026-01-01T00:00:00Z', 'invitation', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
                  ('c0000000-0000-4000-8000-00000000000b', 'Wingtip Toys', 'wingtip.com', 'invited',
                   '2026-01-01T00:00:00Z', 'invitation', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
         INSERT INTO invitations (id, kind, status, customer_id, to_address, link, subject, body, locale, created_at, sent_at)
           VALUES ('{DRAFT_INVITATION}', 'reseller', 'draft', 'c0000000-0000-4000-8000-00000000000a',
                   'it@northwind.com', 'https://admin.microsoft.com/x', 'Subject', 'Body', 'en', '2026-01-01T00:00:00Z', NULL),
                  ('{SENT_INVITATION}', 'reseller', 'sent', 'c0000000-0000-4000-8000-00000000000b',
                   'it@wingtip.com', 'https://admin.microsoft.com/x', 'Subject', 'Body', 'en', '2026-01-01T00:00:00Z',
                   '2026-01-02T00:00:00Z');"
    ));
    home
}

/// Writes the profile's role into config.toml (or takes it out).
fn set_role(home: &Home, role: Option<&str>) {
    let config = std::fs::read_to_string(home.config()).expect("config");
    let mut lines: Vec<String> = config
        .lines()
        .filter(|l| !l.trim_start().starts_with("role"))
        .map(str::to_string)
        .collect();
    if let Some(role) = role {
        let at = lines
            .iter()
            .position(|l| l.trim() == "[partner]")
            .expect("[partner] section");
        lines.insert(at + 1, format!("role = \"{role}\""));
    }
    std::fs::write(home.config(), lines.join("\n") + "\n").expect("write config");
}

fn describe(role: Option<&str>) -> &str {
    role.unwrap_or("no role")
}

fn the_fixture_holds_what_the_rows_name() {
    let home = fixture();
    let count = |sql: &str| home.query::<i64>(sql);
    assert_eq!(
        count("SELECT count(*) FROM customers WHERE relationship = 'active'"),
        2
    );
    assert_eq!(
        count("SELECT count(*) FROM customers WHERE relationship = 'invited'"),
        2
    );
    assert_eq!(count("SELECT count(*) FROM provider_customers"), 1);
    assert_eq!(count("SELECT count(*) FROM providers"), 2);
    assert!(home.path().join("batch.csv").exists());
    assert_eq!(count("SELECT count(*) FROM invitations"), 2);
    let config = std::fs::read_to_string(home.config()).expect("config");
    set_role(&home, Some("billing-admin"));
    assert!(std::fs::read_to_string(home.config())
        .expect("config")
        .contains("role = \"billing-admin\""));
    set_role(&home, None);
    assert!(!std::fs::read_to_string(home.config())
        .expect("config")
        .contains("role"));
    assert!(config.contains("role = \"admin-agent\""));
}

/// Runs every row of `rows`: refused (status 4, naming the role, nothing
/// changed) for each of `refused`; allowed, with one audit entry in the
/// role's name, for each of `allowed`.
fn check_rows(rows: &[&[&str]], refused: &[Option<&str>], allowed: &[&str]) {
    for args in rows {
        // Refused: one home serves every refusal, since nothing may change.
        let home = fixture();
        let before = home.snapshot();
        for role in refused {
            set_role(&home, *role);
            let run = home.csp(args);
            let err = run.fails(4).to_string();
            match role {
                Some(r) => assert!(err.contains(r), "{args:?} as {r}: {err}"),
                None => assert!(err.contains("no role"), "{args:?} with no role: {err}"),
            }
            assert_eq!(
                home.snapshot(),
                before,
                "{args:?} as {} changed something",
                describe(*role)
            );
        }
        // Allowed: a fresh home each, audit entries in the role's name (one,
        // or for a batch one per customer besides its summary).
        for role in allowed {
            let home = fixture();
            set_role(&home, Some(role));
            let entries = home.query::<i64>("SELECT count(*) FROM audit_log");
            let run = home.csp(args);
            assert_eq!(
                run.code, 0,
                "{args:?} as {role}\nstdout:\n{}\nstderr:\n{}",
                run.stdout, run.stderr
            );
            let after = home.query::<i64>("SELECT count(*) FROM audit_log");
            assert!(after > entries, "{args:?} as {role}: no audit entry");
            if args[0] != "invite" || args.get(1) != Some(&"--batch") {
                assert_eq!(after, entries + 1, "{args:?} as {role}");
            }
            assert_eq!(
                home.query::<i64>(&format!(
                    "SELECT count(*) FROM audit_log WHERE id > (SELECT max(id) - {} FROM audit_log) AND role <> '{role}'",
                    after - entries
                )),
                0,
                "{args:?}: every new entry names the role {role}"
            );
        }
    }
}

fn sales_agents_and_admins_record_customers_and_invite() {
    check_rows(
        RECORDS,
        &READ_ONLY_ROLES,
        &["global-admin", "admin-agent", "sales-agent"],
    );
}

fn only_admin_roles_remove_and_manage_providers() {
    let mut refused = vec![Some("sales-agent")];
    refused.extend(READ_ONLY_ROLES);
    check_rows(MANAGES, &refused, &ADMIN_ROLES);
}

fn a_sales_agent_refused_is_told_who_may() {
    let home = fixture();
    set_role(&home, Some("sales-agent"));
    let err = home
        .csp(&["remove", FABRIKAM, "--acknowledge"])
        .fails(4)
        .to_string();
    assert!(
        err.contains("may record customers and send invitations"),
        "{err}"
    );
    assert!(err.contains("global-admin or admin-agent"), "{err}");
    set_role(&home, Some("helpdesk-agent"));
    let err = home
        .csp(&["invite", "remind", SENT_INVITATION])
        .fails(4)
        .to_string();
    assert!(err.contains("may read but not change"), "{err}");
    assert!(
        err.contains("global-admin, admin-agent or sales-agent"),
        "{err}"
    );
}

fn every_role_reads() {
    let home = fixture();
    let before = home.snapshot();
    let all_roles = ADMIN_ROLES.iter().map(|r| Some(*r)).chain(READ_ONLY_ROLES);
    for role in all_roles {
        set_role(&home, role);
        for args in READS {
            let run = home.csp(args);
            assert_eq!(
                run.code,
                0,
                "{args:?} as {}\nstdout:\n{}\nstderr:\n{}",
                describe(role),
                run.stdout,
                run.stderr
            );
            assert!(!run.stdout.is_empty(), "{args:?} printed nothing");
        }
    }
    assert_eq!(home.snapshot(), before, "reading changed something");
}

fn csp_role_overrides_the_profile() {
    let home = fixture();
    let before = home.snapshot();
    // An admin profile, but this shell says sales-agent: refused.
    let run = home
        .command(&["remove", FABRIKAM, "--acknowledge"])
        .env("CSP_ROLE", "sales-agent")
        .output()
        .expect("run csp");
    assert_eq!(run.status.code(), Some(4));
    assert!(String::from_utf8_lossy(&run.stderr).contains("sales-agent"));
    assert_eq!(home.snapshot(), before);
    // No role in the profile, but CSP_ROLE names an admin role: allowed.
    set_role(&home, None);
    let run = home
        .command(&["customers", "update", FABRIKAM, "--tag", "gold"])
        .env("CSP_ROLE", "global-admin")
        .output()
        .expect("run csp");
    assert_eq!(run.status.code(), Some(0));
    assert_eq!(
        home.query::<String>("SELECT role FROM audit_log ORDER BY id DESC LIMIT 1"),
        "global-admin"
    );
}

fn with_no_role_the_hint_says_how_to_set_one() {
    let home = fixture();
    set_role(&home, None);
    let err = home
        .csp(&[
            "customers",
            "add",
            "--name",
            "Tailspin Toys",
            "--domain",
            "tailspin.com",
        ])
        .fails(4)
        .to_string();
    assert!(err.contains("hint:"), "{err}");
    assert!(err.contains("CSP_ROLE"), "{err}");
}

fn with_no_profile_at_all_changes_are_refused() {
    let home = Home::empty();
    let err = home
        .csp(&[
            "customers",
            "add",
            "--name",
            "Tailspin Toys",
            "--domain",
            "tailspin.com",
        ])
        .fails(4)
        .to_string();
    assert!(err.contains("csp init"), "{err}");
    match home.engine() {
        Engine::Sqlite => assert!(
            !home.db().exists(),
            "a refused command created the database"
        ),
        Engine::Postgres => assert_eq!(home.snapshot(), "", "a refused command wrote"),
    }
    home.csp(&["customers", "list"]).ok();
}

on_both_engines! {
    the_fixture_holds_what_the_rows_name,
    sales_agents_and_admins_record_customers_and_invite,
    only_admin_roles_remove_and_manage_providers,
    a_sales_agent_refused_is_told_who_may,
    every_role_reads,
    csp_role_overrides_the_profile,
    with_no_role_the_hint_says_how_to_set_one,
    with_no_profile_at_all_changes_are_refused,
}
