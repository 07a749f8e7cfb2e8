//! `csp remove`: ending a reseller relationship, only once acknowledged.

use crate::common::{on_both_engines, Home};

const FABRIKAM_TENANT: &str = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";

/// Records an invitation directly (as `csp invite` would), returning its id.
fn insert_invitation(home: &Home, id: &str, customer_id: &str, status: &str) -> String {
    let sent_at = match status {
        "sent" | "accepted" => "'2026-01-02T00:00:00Z'",
        _ => "NULL",
    };
    let accepted_at = match status {
        "accepted" => "'2026-01-03T00:00:00Z'",
        _ => "NULL",
    };
    home.exec(&format!(
        "INSERT INTO invitations (id, kind, status, customer_id, to_address, link, subject, body, locale, created_at, sent_at, accepted_at)
         VALUES ('{id}', 'reseller', '{status}', '{customer_id}', 'it@fabrikam.com', 'https://admin.microsoft.com/x', 'Subject', 'Body', 'en',
                 '2026-01-01T00:00:00Z', {sent_at}, {accepted_at})"
    ));
    id.to_string()
}

/// A plain `csp` process in this home (for running several at once, or on a
/// pseudo-terminal), with the same environment as `home.command`.
fn std_command(home: &Home, args: &[&str]) -> std::process::Command {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_csp"));
    cmd.args(args);
    in_home(home, &mut cmd);
    cmd
}

/// Gives any process this home's environment and nothing else.
fn in_home(home: &Home, cmd: &mut std::process::Command) {
    cmd.env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", home.path())
        .env("USER", "tester")
        .env("CSP_DB", home.db_arg())
        .env("CSP_CONFIG", home.config())
        .current_dir(home.path());
}

fn audit_count(home: &Home) -> i64 {
    home.query("SELECT count(*) FROM audit_log")
}

fn add_with_delegated_admin(home: &Home) -> String {
    let run = home.csp(&[
        "customers",
        "add",
        "--name",
        "Fabrikam Inc",
        "--domain",
        "fabrikam.com",
        "--tenant-id",
        FABRIKAM_TENANT,
        "--delegated-admin",
        "--json",
    ]);
    run.ok();
    run.json()["id"].as_str().expect("id").to_string()
}

fn help_says_what_the_admin_acknowledges() {
    let home = Home::new();
    let help = home.csp(&["remove", "--help"]);
    let text = help.ok();
    for said in [
        "(GDAP relationships, a\n     legacy DAP grant) is NOT removed by this",
        "Record in csp the end of the reseller relationship",
        "Remove a customer\nrelationship",
        "an indirect reseller cannot",
        "savings plans",
        "good faith, for legitimate business reasons",
        "agreement with the customer or the partner",
        "legal notice of termination; csp does not write",
        "--acknowledge",
    ] {
        assert!(text.contains(said), "missing {said}:\n{text}");
    }
}

fn remove_without_acknowledgement_changes_nothing() {
    let home = Home::new();
    home.add_customer("Fabrikam Inc", "fabrikam.com");
    let before = home.snapshot();
    let err = home.csp(&["remove", "fabrikam.com"]).fails(4).to_string();
    assert!(err.contains("acknowledge"), "{err}");
    assert!(err.contains("nothing was changed"), "{err}");
    assert_eq!(home.snapshot(), before);
}

fn remove_with_no_input_still_requires_acknowledgement() {
    let home = Home::new();
    home.add_customer("Fabrikam Inc", "fabrikam.com");
    let before = home.snapshot();
    home.csp(&["remove", "fabrikam.com", "--no-input"]).fails(4);
    home.csp(&["--no-input", "remove", "fabrikam.com", "--reason", "x"])
        .fails(4);
    let run = home
        .command(&["remove", "fabrikam.com"])
        .env("CSP_NO_INPUT", "1")
        .write_stdin("fabrikam.com\n")
        .output()
        .expect("run csp");
    assert_eq!(run.status.code(), Some(4));
    assert_eq!(home.snapshot(), before);
}

fn remove_with_acknowledgement_ends_the_relationship_and_keeps_the_history() {
    let home = Home::new();
    let id = home.add_customer("Fabrikam Inc", "fabrikam.com");
    let audit_before = audit_count(&home);
    let run = home.csp(&[
        "remove",
        "fabrikam.com",
        "--acknowledge",
        "--reason",
        "contract ended",
        "--json",
    ]);
    run.ok();
    let record = run.json();
    assert_eq!(record["id"], id.as_str());
    assert_eq!(record["relationship"], "removed");
    let removed_at = record["removed_at"].as_str().expect("removed_at is set");
    assert!(removed_at.ends_with('Z'));
    // The record is printed whole, every field present.
    for field in [
        "id",
        "company_name",
        "domain",
        "tenant_id",
        "contact_name",
        "contact_email",
        "relationship",
        "delegated_admin",
        "source",
        "channel",
        "tags",
        "providers",
        "created_at",
        "updated_at",
        "removed_at",
    ] {
        assert!(record.get(field).is_some(), "missing {field}");
    }
    // The row stays; the relationship's start moves to the removal.
    let (relationship, since, stored_removed_at): (String, String, String) = home.query(&format!(
        "SELECT relationship, relationship_since, removed_at FROM customers WHERE id = '{0}'",
        id
    ));
    assert_eq!(relationship, "removed");
    assert_eq!(since, removed_at);
    assert_eq!(stored_removed_at, removed_at);
    // One audit entry, with the reason and the before/after.
    assert_eq!(audit_count(&home), audit_before + 1);
    let (action, customer_id, reason, details): (String, String, String, String) = home.query(
        "SELECT action, customer_id, reason, details FROM audit_log ORDER BY id DESC LIMIT 1",
    );
    assert_eq!(action, "customer.remove");
    assert_eq!(customer_id, id);
    assert_eq!(reason, "contract ended");
    let details: serde_json::Value = serde_json::from_str(&details).expect("details JSON");
    assert_eq!(details["before"]["relationship"], "active");
    assert_eq!(details["after"]["relationship"], "removed");
    assert_eq!(details["acknowledged"], "flag");
    // It says what the admin acknowledged, and reminds about the notice.
    assert!(run.stderr.contains("good faith"), "{}", run.stderr);
    assert!(run.stderr.contains("legitimate business reasons"));
    assert!(run.stderr.contains("legal notice of termination"));
    assert!(run.stderr.contains("Reminder:"), "{}", run.stderr);
    // The card still shows it, as removed.
    let card = home.csp(&["customers", "show", "fabrikam.com", "--json"]);
    assert_eq!(card.json()["relationship"], "removed");
}

fn remove_prints_the_statement_before_the_customer_details() {
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
    ])
    .ok();
    let run = home.csp(&["remove", "Fabrikam Inc", "--acknowledge"]);
    run.ok();
    for shown in [
        "Fabrikam Inc",
        "fabrikam.com",
        FABRIKAM_TENANT,
        "active since",
        "legacy DAP",
        "providers",
        "is NOT removed by this",
    ] {
        assert!(
            run.stderr.contains(shown),
            "missing {shown}:\n{}",
            run.stderr
        );
    }
    // Data on stdout only: the piped record is one TSV row.
    assert_eq!(run.stdout.lines().count(), 1, "{}", run.stdout);
    assert!(run.stdout.contains("\tremoved\t"), "{}", run.stdout);
}

fn quiet_remove_prints_only_the_record() {
    let home = Home::new();
    home.add_customer("Fabrikam Inc", "fabrikam.com");
    let run = home.csp(&["remove", "fabrikam.com", "--acknowledge", "-q", "--json"]);
    run.ok();
    assert_eq!(run.stderr, "");
    assert_eq!(run.json()["relationship"], "removed");
}

fn the_warning_names_delegated_admin_privileges_whenever_they_are_held() {
    let home = Home::new();
    add_with_delegated_admin(&home);
    let run = home.csp(&["remove", "fabrikam.com", "--acknowledge"]);
    run.ok();
    assert!(
        run.stderr
            .contains("yes: a legacy DAP grant is recorded in its tenant"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains(
            "warning: admin access REMAINS in Fabrikam Inc's tenant (3f2504e0-4f89-41d3-9a0c-0305e82c3301): a legacy DAP grant"
        ),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("csp customers update fabrikam.com --delegated-admin false"),
        "{}",
        run.stderr
    );
    // The record still says so: the privileges were not touched.
    assert_eq!(
        home.query::<i64>("SELECT delegated_admin FROM customers WHERE domain = 'fabrikam.com'"),
        1
    );
}

fn without_delegated_admin_privileges_it_says_none_are_recorded() {
    let home = Home::new();
    home.add_customer("Fabrikam Inc", "fabrikam.com");
    let run = home.csp(&["remove", "fabrikam.com", "--acknowledge"]);
    run.ok();
    assert!(!run.stderr.contains("REMAIN"), "{}", run.stderr);
    assert!(!run.stderr.contains("warning:"), "{}", run.stderr);
    assert!(
        run.stderr
            .contains("No admin access is recorded in Fabrikam Inc's tenant"),
        "{}",
        run.stderr
    );
    // The acknowledgement still says removal never touches it.
    assert!(run.stderr.contains("is NOT removed by this"));
}

/// Sets `[partner] kind` in the profile written by `Home::new`.
fn set_kind(home: &Home, kind: &str) {
    let config = std::fs::read_to_string(home.config()).unwrap();
    let config = config.replace(
        "kind = \"indirect-reseller\"",
        &format!("kind = \"{kind}\""),
    );
    std::fs::write(home.config(), config).unwrap();
}

fn the_wording_says_csp_recorded_it_and_never_that_it_removed_it() {
    let home = Home::new();
    home.add_customer("Fabrikam Inc", "fabrikam.com");
    let run = home.csp(&["remove", "fabrikam.com", "--acknowledge"]);
    run.ok();
    assert!(
        run.stderr.contains(
            "recorded in csp the end of the reseller relationship with Fabrikam Inc (fabrikam.com)"
        ),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains("removed the reseller relationship"));
    for prerequisite in ["NCE subscriptions", "Azure reservations", "savings plans"] {
        assert!(run.stderr.contains(prerequisite), "{}", run.stderr);
    }
}

fn an_indirect_reseller_is_sent_to_its_provider_and_a_direct_partner_to_partner_center() {
    // Indirect (the default), no provider recorded: "your indirect provider".
    let home = Home::new();
    home.add_customer("Fabrikam Inc", "fabrikam.com");
    let card = home
        .csp(&["customers", "show", "fabrikam.com", "--json"])
        .json();
    assert!(card["remove_via"].is_null(), "{card}");
    let run = home.csp(&["remove", "fabrikam.com", "--acknowledge"]);
    run.ok();
    assert!(
        run.stderr
            .contains("ask your indirect provider to remove it"),
        "{}",
        run.stderr
    );
    assert!(!run
        .stderr
        .contains("Account → Remove a customer relationship"));

    // Indirect, with the provider that holds its relationship: named.
    let home = Home::new();
    home.add_customer("Fabrikam Inc", "fabrikam.com");
    home.csp(&[
        "providers",
        "add",
        "--name",
        "Ingram Micro",
        "--tenant-id",
        "5d6e7f80-1a2b-4c3d-8e9f-0a1b2c3d4e5f",
    ])
    .ok();
    home.csp(&["providers", "attach", "Ingram Micro", "fabrikam.com"])
        .ok();
    let card = home
        .csp(&["customers", "show", "fabrikam.com", "--json"])
        .json();
    assert_eq!(card["remove_via"], "Ingram Micro");
    let run = home.csp(&["remove", "fabrikam.com", "--acknowledge"]);
    run.ok();
    assert!(
        run.stderr
            .contains("ask your indirect provider (Ingram Micro) to remove it"),
        "{}",
        run.stderr
    );
    // Still named once removed: the removal may not be done at Microsoft yet.
    let card = home
        .csp(&["customers", "show", "fabrikam.com", "--json"])
        .json();
    assert_eq!(card["remove_via"], "Ingram Micro");

    // Direct: Partner Center.
    let home = Home::new();
    set_kind(&home, "direct");
    home.add_customer("Fabrikam Inc", "fabrikam.com");
    let card = home
        .csp(&["customers", "show", "fabrikam.com", "--json"])
        .json();
    assert_eq!(card["remove_via"], "partner-center");
    let run = home.csp(&["remove", "fabrikam.com", "--acknowledge"]);
    run.ok();
    assert!(
        run.stderr.contains(
            "End it in Partner Center: Customers → Fabrikam Inc → Account → Remove a customer relationship."
        ),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains("indirect provider"), "{}", run.stderr);
}

fn an_invited_customer_has_no_removal_route() {
    let home = Home::new();
    home.csp(&["invite", "--name", "Northwind", "--domain", "northwind.com"])
        .ok();
    let card = home
        .csp(&["customers", "show", "northwind.com", "--json"])
        .json();
    assert!(card["remove_via"].is_null(), "{card}");
}

fn a_reinvited_removed_customer_keeps_its_admin_access_records() {
    let home = Home::new();
    add_with_delegated_admin(&home);
    home.csp(&["remove", "fabrikam.com", "--acknowledge"]).ok();
    let run = home.csp(&["invite", "--customer", "fabrikam.com", "--json"]);
    run.ok();
    assert_eq!(
        home.query::<String>("SELECT relationship FROM customers WHERE domain = 'fabrikam.com'"),
        "invited"
    );
    assert_eq!(
        home.query::<i64>("SELECT delegated_admin FROM customers WHERE domain = 'fabrikam.com'"),
        1,
        "re-inviting must not forget the legacy DAP grant"
    );
    let id = run.json()["id"].as_str().unwrap().to_string();
    home.csp(&["invite", "accept", &id]).ok();
    assert_eq!(
        home.query::<i64>("SELECT delegated_admin FROM customers WHERE domain = 'fabrikam.com'"),
        1
    );
}

fn a_removed_customer_leaves_the_default_list_but_stays_in_removed_and_all() {
    let home = Home::new();
    home.add_customer("Fabrikam Inc", "fabrikam.com");
    home.add_customer("Northwind Traders", "northwind.com");
    home.csp(&["remove", "fabrikam.com", "--acknowledge"]).ok();
    let domains = |args: &[&str]| -> Vec<String> {
        let mut all = vec!["customers", "list", "--json"];
        all.extend_from_slice(args);
        home.csp(&all)
            .json()
            .as_array()
            .expect("array")
            .iter()
            .map(|c| c["domain"].as_str().unwrap_or_default().to_string())
            .collect()
    };
    assert_eq!(domains(&[]), ["northwind.com"]);
    assert_eq!(domains(&["--status", "active"]), ["northwind.com"]);
    assert_eq!(domains(&["--status", "removed"]), ["fabrikam.com"]);
    assert_eq!(
        domains(&["--status", "all"]),
        ["fabrikam.com", "northwind.com"]
    );
}

fn removal_cancels_pending_invitations_and_keeps_the_others() {
    let home = Home::new();
    let id = home.add_customer("Fabrikam Inc", "fabrikam.com");
    let other = home.add_customer("Northwind Traders", "northwind.com");
    insert_invitation(&home, "11111111-aaaa-4000-8000-000000000001", &id, "draft");
    // The second pending one is a joint invitation: one customer has at
    // most one pending invitation of each kind (PostgreSQL's schema says so).
    home.exec(&format!(
        "INSERT INTO providers (id, name, tenant_id, status, connected_at)
           VALUES ('aaaaaaaa-0000-4000-8000-000000000000', 'Tailspin', '11111111-2222-4333-8444-555555555555', 'connected', '2026-01-01T00:00:00Z');
         INSERT INTO invitations (id, kind, status, customer_id, provider_id, to_address, link, subject, body, locale, created_at, sent_at)
           VALUES ('22222222-aaaa-4000-8000-000000000002', 'reseller_with_provider', 'sent', '{id}', 'aaaaaaaa-0000-4000-8000-000000000000',
                   'it@fabrikam.com', 'https://admin.microsoft.com/x', 'Subject', 'Body', 'en', '2026-01-01T00:00:00Z', '2026-01-02T00:00:00Z')"
    ));
    insert_invitation(
        &home,
        "33333333-aaaa-4000-8000-000000000003",
        &id,
        "accepted",
    );
    insert_invitation(
        &home,
        "44444444-aaaa-4000-8000-000000000004",
        &other,
        "sent",
    );
    let run = home.csp(&["remove", "fabrikam.com", "--acknowledge"]);
    run.ok();
    let status = |inv: &str| -> (String, Option<String>) {
        home.query(&format!(
            "SELECT status, cancelled_at FROM invitations WHERE id = '{0}'",
            inv
        ))
    };
    let (s, at) = status("11111111-aaaa-4000-8000-000000000001");
    assert_eq!(s, "cancelled");
    assert!(at.is_some());
    let (s, at) = status("22222222-aaaa-4000-8000-000000000002");
    assert_eq!(s, "cancelled");
    assert!(at.is_some());
    assert_eq!(
        status("33333333-aaaa-4000-8000-000000000003"),
        ("accepted".to_string(), None)
    );
    assert_eq!(
        status("44444444-aaaa-4000-8000-000000000004"),
        ("sent".to_string(), None)
    );
    // The statement listed them before, and the summary names them after.
    assert!(
        run.stderr.contains("2 (removal cancels them"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains(
            "cancelled pending invitation 11111111-aaaa-4000-8000-000000000001, 22222222-aaaa-4000-8000-000000000002"
        ),
        "{}",
        run.stderr
    );
    // One audit entry for the whole removal, naming what it cancelled.
    let entries: i64 =
        home.query("SELECT count(*) FROM audit_log WHERE action = 'customer.remove'");
    assert_eq!(entries, 1);
    let details: String = home.query("SELECT details FROM audit_log ORDER BY id DESC LIMIT 1");
    let details: serde_json::Value = serde_json::from_str(&details).expect("JSON");
    assert_eq!(
        details["cancelled_invitations"],
        serde_json::json!([
            "11111111-aaaa-4000-8000-000000000001",
            "22222222-aaaa-4000-8000-000000000002"
        ])
    );
    // History kept: the card still lists all three.
    let card = home
        .csp(&["customers", "show", "fabrikam.com", "--json"])
        .json();
    assert_eq!(card["invitations"].as_array().map(Vec::len), Some(3));
}

fn removing_a_removed_customer_is_a_conflict() {
    let home = Home::new();
    home.add_customer("Fabrikam Inc", "fabrikam.com");
    home.csp(&["remove", "fabrikam.com", "--acknowledge"]).ok();
    let before = home.snapshot();
    let err = home
        .csp(&["remove", "fabrikam.com", "--acknowledge"])
        .fails(5)
        .to_string();
    assert!(err.contains("already removed"), "{err}");
    // Without acknowledgement it is still the conflict that is reported.
    home.csp(&["remove", "fabrikam.com"]).fails(5);
    assert_eq!(home.snapshot(), before);
}

fn removing_an_invited_customer_is_a_conflict() {
    let home = Home::new();
    let id = home.add_customer("Fabrikam Inc", "fabrikam.com");
    home.exec(&format!(
        "UPDATE customers SET relationship = 'invited' WHERE id = '{0}'",
        id
    ));
    insert_invitation(&home, "11111111-aaaa-4000-8000-000000000001", &id, "sent");
    let before = home.snapshot();
    let err = home
        .csp(&["remove", "fabrikam.com", "--acknowledge"])
        .fails(5)
        .to_string();
    assert!(err.contains("invited"), "{err}");
    assert!(err.contains("csp invite cancel"), "{err}");
    assert_eq!(home.snapshot(), before);
}

fn removing_an_unknown_customer_is_not_found() {
    let home = Home::new();
    home.add_customer("Fabrikam Inc", "fabrikam.com");
    let before = home.snapshot();
    home.csp(&["remove", "contoso.com", "--acknowledge"])
        .fails(3);
    assert_eq!(home.snapshot(), before);
}

fn a_reason_with_a_line_break_is_refused() {
    let home = Home::new();
    home.add_customer("Fabrikam Inc", "fabrikam.com");
    let before = home.snapshot();
    home.csp(&[
        "remove",
        "fabrikam.com",
        "--acknowledge",
        "--reason",
        "ended\nnow",
    ])
    .fails(2);
    assert_eq!(home.snapshot(), before);
}

fn two_removals_at_once_end_the_relationship_once() {
    let home = Home::new();
    home.add_customer("Fabrikam Inc", "fabrikam.com");
    let spawn = || {
        std_command(&home, &["remove", "fabrikam.com", "--acknowledge"])
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("spawn")
    };
    let mut children: Vec<_> = (0..4).map(|_| spawn()).collect();
    let codes: Vec<i32> = children
        .iter_mut()
        .map(|c| c.wait().expect("wait").code().unwrap_or(-1))
        .collect();
    assert_eq!(codes.iter().filter(|&&c| c == 0).count(), 1, "{codes:?}");
    assert_eq!(codes.iter().filter(|&&c| c == 5).count(), 3, "{codes:?}");
    let entries: i64 =
        home.query("SELECT count(*) FROM audit_log WHERE action = 'customer.remove'");
    assert_eq!(entries, 1);
}

/// The flow that finds access left behind: customers whose relationship
/// ended while we still hold delegated admin privileges, cleaned one by one.
fn leftover_delegated_admin_privileges_are_listed_until_recorded_as_revoked() {
    let home = Home::new();
    add_with_delegated_admin(&home);
    home.add_customer("Northwind Traders", "northwind.com");
    home.csp(&[
        "customers",
        "add",
        "--name",
        "Tailspin Toys",
        "--domain",
        "tailspin.com",
        "--delegated-admin",
    ])
    .ok();
    home.csp(&["remove", "fabrikam.com", "--acknowledge"]).ok();
    home.csp(&["remove", "northwind.com", "--acknowledge"]).ok();
    let leftover = || -> Vec<String> {
        home.csp(&[
            "customers",
            "list",
            "--status",
            "removed",
            "--delegated-admin",
            "--json",
        ])
        .json()
        .as_array()
        .expect("array")
        .iter()
        .map(|c| c["domain"].as_str().unwrap_or_default().to_string())
        .collect()
    };
    // Tailspin still holds privileges but is active: not leftover access.
    assert_eq!(leftover(), ["fabrikam.com"]);
    let run = home.csp(&[
        "customers",
        "update",
        "fabrikam.com",
        "--delegated-admin",
        "false",
        "--json",
    ]);
    run.ok();
    assert_eq!(run.json()["delegated_admin"], false);
    assert_eq!(run.json()["relationship"], "removed");
    assert!(leftover().is_empty());
    // The revocation is in the log, before and after.
    let log = home
        .csp(&[
            "log",
            "--customer",
            "fabrikam.com",
            "--limit",
            "1",
            "--json",
        ])
        .json();
    assert_eq!(log[0]["action"], "customer.update");
    assert_eq!(log[0]["details"]["before"]["delegated_admin"], true);
    assert_eq!(log[0]["details"]["after"]["delegated_admin"], false);
}

#[cfg(unix)]
mod terminal {
    //! `csp remove` on a terminal: the admin types the customer's domain.

    use crate::common::{on_both_engines, Home};
    use rexpect::process::wait::WaitStatus;
    use rexpect::session::spawn_command;

    fn remove_on_a_terminal(home: &Home, typed: &str) -> (i32, String) {
        let mut cmd = super::std_command(
            home,
            &["remove", "fabrikam.com", "--reason", "contract ended"],
        );
        cmd.env("TERM", "xterm");
        let mut p = spawn_command(cmd, Some(15_000)).expect("spawn csp on a pty");
        let shown = p
            .exp_string("to remove it, anything else cancels")
            .expect("the confirmation prompt");
        p.send_line(typed).expect("type");
        let rest = p.exp_eof().expect("csp ends");
        let code = match p.process().wait().expect("wait") {
            WaitStatus::Exited(_, code) => code,
            other => panic!("csp did not exit normally: {other:?}"),
        };
        (code, format!("{shown}{rest}"))
    }

    /// Runs csp on a pseudo-terminal and waits for it to end, answering nothing.
    fn run_on_a_terminal(mut cmd: std::process::Command) -> (i32, String) {
        cmd.env("TERM", "xterm");
        let mut p = spawn_command(cmd, Some(15_000)).expect("spawn on a pty");
        let screen = p.exp_eof().expect("ends without waiting for an answer");
        let code = match p.process().wait().expect("wait") {
            WaitStatus::Exited(_, code) => code,
            other => panic!("did not exit normally: {other:?}"),
        };
        (code, screen)
    }

    fn no_input_on_a_terminal_still_requires_acknowledgement() {
        let home = Home::new();
        home.add_customer("Fabrikam Inc", "fabrikam.com");
        let before = home.snapshot();
        let cmd = super::std_command(&home, &["remove", "fabrikam.com", "--no-input"]);
        let (code, screen) = run_on_a_terminal(cmd);
        assert_eq!(code, 4, "{screen}");
        assert!(!screen.contains("anything else cancels"), "{screen}");
        assert_eq!(home.snapshot(), before);
    }

    fn without_a_terminal_on_stderr_there_is_no_prompt() {
        let home = Home::new();
        home.add_customer("Fabrikam Inc", "fabrikam.com");
        let before = home.snapshot();
        // stdin is the terminal, stderr is not: nobody can read the statement.
        let mut sh = std::process::Command::new("sh");
        sh.args([
            "-c",
            "\"$0\" remove fabrikam.com 2>/dev/null",
            env!("CARGO_BIN_EXE_csp"),
        ]);
        super::in_home(&home, &mut sh);
        let (code, screen) = run_on_a_terminal(sh);
        assert_eq!(code, 4, "{screen}");
        assert_eq!(home.snapshot(), before);
    }

    fn acknowledge_on_a_terminal_removes_without_a_prompt() {
        let home = Home::new();
        home.add_customer("Fabrikam Inc", "fabrikam.com");
        let cmd = super::std_command(&home, &["remove", "fabrikam.com", "--acknowledge"]);
        let (code, screen) = run_on_a_terminal(cmd);
        assert_eq!(code, 0, "{screen}");
        assert!(!screen.contains("anything else cancels"), "{screen}");
        assert!(screen.contains("is NOT removed by this"), "{screen}");
        assert_eq!(
            home.query::<String>(
                "SELECT relationship FROM customers WHERE domain = 'fabrikam.com'"
            ),
            "removed"
        );
    }

    fn typing_the_wrong_domain_changes_nothing() {
        let home = Home::new();
        home.add_customer("Fabrikam Inc", "fabrikam.com");
        let before = home.snapshot();
        let (code, screen) = remove_on_a_terminal(&home, "fabrikam");
        assert_eq!(code, 4, "{screen}");
        assert!(screen.contains("is NOT removed by this"), "{screen}");
        assert!(
            screen.contains("error: cancelled: the domain typed was not fabrikam.com"),
            "{screen}"
        );
        assert_eq!(home.snapshot(), before);
    }

    fn typing_nothing_changes_nothing() {
        let home = Home::new();
        home.add_customer("Fabrikam Inc", "fabrikam.com");
        let before = home.snapshot();
        let (code, screen) = remove_on_a_terminal(&home, "");
        assert_eq!(code, 4, "{screen}");
        assert_eq!(home.snapshot(), before);
    }

    fn typing_the_domain_removes() {
        let home = Home::new();
        home.add_customer("Fabrikam Inc", "fabrikam.com");
        let (code, screen) = remove_on_a_terminal(&home, "fabrikam.com");
        assert_eq!(code, 0, "{screen}");
        assert!(screen.contains("Reminder:"), "{screen}");
        assert_eq!(
            home.query::<String>(
                "SELECT relationship FROM customers WHERE domain = 'fabrikam.com'"
            ),
            "removed"
        );
        let reason: String =
            home.query("SELECT reason FROM audit_log WHERE action = 'customer.remove'");
        assert_eq!(reason, "contract ended");
        let details: String =
            home.query("SELECT details FROM audit_log WHERE action = 'customer.remove'");
        assert!(
            details.contains(r#""acknowledged":"typed the domain""#),
            "{details}"
        );
    }

    on_both_engines! {
        no_input_on_a_terminal_still_requires_acknowledgement,
        without_a_terminal_on_stderr_there_is_no_prompt,
        acknowledge_on_a_terminal_removes_without_a_prompt,
        typing_the_wrong_domain_changes_nothing,
        typing_nothing_changes_nothing,
        typing_the_domain_removes,
    }
}

fn after_removal_the_gdap_relationships_still_in_force_are_listed_with_how_to_end_them() {
    let home = Home::new();
    home.csp(&[
        "customers",
        "add",
        "--name",
        "Fabrikam",
        "--domain",
        "fabrikam.com",
        "--tenant-id",
        "3f2504e0-4f89-41d3-9a0c-0305e82c3301",
    ])
    .ok();
    let ms = "5d027261-d21f-4aa9-b7db-7fa1f56fb163-8777b240-c6f0-4469-9e98-a3205431b836";
    home.csp(&[
        "gdap",
        "add",
        "fabrikam.com",
        "--microsoft-id",
        ms,
        "--name",
        "Fabrikam support",
        "--roles",
        "least-privilege",
        "--status",
        "active",
        "--activated",
        "2026-06-01",
    ])
    .ok();
    let run = home.csp(&["remove", "fabrikam.com", "--acknowledge"]);
    run.ok();
    assert!(run.stderr.contains("Fabrikam support"), "{}", run.stderr);
    assert!(run.stderr.contains("csp gdap terminate"), "{}", run.stderr);
    // The relationship itself is untouched: csp only recorded the removal.
    let rel = home
        .csp(&["gdap", "show", "Fabrikam support", "--json"])
        .json();
    assert_eq!(rel["status"], "active");
}

on_both_engines! {
    help_says_what_the_admin_acknowledges,
    remove_without_acknowledgement_changes_nothing,
    remove_with_no_input_still_requires_acknowledgement,
    remove_with_acknowledgement_ends_the_relationship_and_keeps_the_history,
    remove_prints_the_statement_before_the_customer_details,
    quiet_remove_prints_only_the_record,
    the_warning_names_delegated_admin_privileges_whenever_they_are_held,
    without_delegated_admin_privileges_it_says_none_are_recorded,
    the_wording_says_csp_recorded_it_and_never_that_it_removed_it,
    an_indirect_reseller_is_sent_to_its_provider_and_a_direct_partner_to_partner_center,
    an_invited_customer_has_no_removal_route,
    a_reinvited_removed_customer_keeps_its_admin_access_records,
    a_removed_customer_leaves_the_default_list_but_stays_in_removed_and_all,
    removal_cancels_pending_invitations_and_keeps_the_others,
    removing_a_removed_customer_is_a_conflict,
    removing_an_invited_customer_is_a_conflict,
    removing_an_unknown_customer_is_not_found,
    a_reason_with_a_line_break_is_refused,
    two_removals_at_once_end_the_relationship_once,
    leftover_delegated_admin_privileges_are_listed_until_recorded_as_revoked,
    after_removal_the_gdap_relationships_still_in_force_are_listed_with_how_to_end_them,

}
