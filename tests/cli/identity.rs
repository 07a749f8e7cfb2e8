//! A customer's identity: every domain of its tenant, matching by tenant ID
//! then any domain, imports that add a domain instead of replacing the
//! primary one, the drift report against Partner Center's export, and a log
//! that tells each customer's story.

use crate::common::{on_both_engines, Home, PARTNER_ID};

const FABRIKAM_TENANT: &str = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";
const NORTHWIND_TENANT: &str = "7c9e6679-7425-40de-944b-e07fc1f90ae7";

fn export(rows: &[(&str, &str, &str)]) -> String {
    let mut csv =
        String::from("\u{feff}Microsoft ID,Company name,Primary domain name,Relationship,Tags\r\n");
    for (tenant, name, domain) in rows {
        csv.push_str(&format!("{tenant},{name},{domain},Cloud Reseller,\r\n"));
    }
    csv
}

fn log_actions(home: &Home, customer: &str) -> Vec<String> {
    let log = home.csp(&["log", "--customer", customer, "--json"]).json();
    log.as_array()
        .expect("a list")
        .iter()
        .map(|e| e["action"].as_str().unwrap_or_default().to_string())
        .collect()
}

fn the_newcomers_case_one_customer_with_both_domains() {
    let home = Home::new();
    home.csp(&[
        "customers",
        "add",
        "--name",
        "Fabrikam",
        "--domain",
        "fabrikam.com",
        "--tenant-id",
        FABRIKAM_TENANT,
    ])
    .ok();
    let file = home.file(
        "Customers.csv",
        &export(&[(FABRIKAM_TENANT, "Fabrikam", "fabrikam.onmicrosoft.com")]),
    );
    home.csp(&["customers", "import", &file]).ok();
    assert_eq!(home.query::<i64>("SELECT count(*) FROM customers"), 1);
    for reference in [
        "fabrikam.com",
        "fabrikam.onmicrosoft.com",
        "FABRIKAM.ONMICROSOFT.COM.",
    ] {
        let c = home.csp(&["customers", "show", reference, "--json"]).json();
        assert_eq!(
            c["domain"], "fabrikam.com",
            "{reference}: the primary stays"
        );
        assert_eq!(
            c["domains"],
            serde_json::json!(["fabrikam.com", "fabrikam.onmicrosoft.com"]),
            "{reference}"
        );
    }
    let log = home
        .csp(&["log", "--customer", "fabrikam.com", "--json"])
        .json();
    let added =
        log.as_array().expect("list").iter().find(|e| {
            e["details"]["added_domains"] == serde_json::json!(["fabrikam.onmicrosoft.com"])
        });
    assert!(added.is_some(), "the log shows the added domain: {log}");
    // The same file again changes nothing.
    let again = home.csp(&["customers", "import", &file, "--json"]).json();
    assert_eq!(again["unchanged"], 1);
}

fn a_prospect_who_accepted_under_its_initial_domain_is_accepted_not_duplicated() {
    let home = Home::new();
    let invitation = home
        .csp(&[
            "invite",
            "--name",
            "Northwind Traders",
            "--domain",
            "northwind.com",
            "--email",
            "it@northwind.com",
            "--json",
        ])
        .json();
    let file = home.file(
        "Customers.csv",
        &export(&[(
            NORTHWIND_TENANT,
            "Northwind Traders",
            "northwindtraders.onmicrosoft.com",
        )]),
    );
    let run = home.csp(&["customers", "import", &file, "--json"]);
    let summary = run.json();
    assert_eq!(summary["added"], 0, "{}", run.stderr);
    assert_eq!(
        summary["accepted_invitations"],
        serde_json::json!([invitation["id"]])
    );
    assert_eq!(summary["drift"]["accepted"][0]["domain"], "northwind.com");
    assert_eq!(home.query::<i64>("SELECT count(*) FROM customers"), 1);
    let c = home
        .csp(&["customers", "show", "northwind.com", "--json"])
        .json();
    assert_eq!(c["relationship"], "active");
    assert_eq!(c["tenant_id"], NORTHWIND_TENANT);
    assert_eq!(
        c["domains"],
        serde_json::json!(["northwind.com", "northwindtraders.onmicrosoft.com"])
    );
    assert_eq!(c["invitations"][0]["status"], "accepted");
    let actions = log_actions(&home, "northwind.com");
    assert!(
        actions.contains(&"invitation.accept".to_string()),
        "{actions:?}"
    );
    assert!(
        actions.contains(&"customer.update".to_string()),
        "{actions:?}"
    );
}

fn the_drift_report_names_what_partner_center_and_csp_disagree_on() {
    let home = Home::new();
    home.add_customer("Gone Ltd", "gone.com");
    home.csp(&[
        "customers",
        "add",
        "--name",
        "Fabrikam",
        "--domain",
        "fabrikam.com",
        "--tenant-id",
        FABRIKAM_TENANT,
    ])
    .ok();
    home.csp(&["remove", "fabrikam.com", "--acknowledge"]).ok();
    let file = home.file(
        "Customers.csv",
        &export(&[(FABRIKAM_TENANT, "Fabrikam", "fabrikam.onmicrosoft.com")]),
    );
    let dry = home.csp(&["customers", "import", &file, "--dry-run", "--json"]);
    let summary = dry.json();
    assert_eq!(
        summary["drift"]["absent_from_export"][0]["domain"],
        "gone.com"
    );
    assert_eq!(
        summary["drift"]["removed_but_present"][0]["domain"],
        "fabrikam.com"
    );
    assert!(
        dry.stderr.contains("drift: 1 active customer"),
        "{}",
        dry.stderr
    );
    assert!(dry.stderr.contains("would add"), "{}", dry.stderr);
    let real = home.csp(&["customers", "import", &file]);
    assert!(
        real.stderr.contains("still in Partner Center"),
        "{}",
        real.stderr
    );
    let c = home
        .csp(&["customers", "show", "fabrikam.com", "--json"])
        .json();
    assert_eq!(
        c["relationship"], "removed",
        "an import never undoes a removal"
    );
}

fn two_rows_naming_one_customer_are_an_error_naming_both_lines() {
    let home = Home::new();
    home.add_customer("Existing", "existing.com");
    let before = home.snapshot();
    let file = home.file(
        "two.csv",
        "company_name,domain,tenant_id\nA,a.com,\nB,b.com,\nA again,A.COM.,\n",
    );
    let err = home
        .csp(&["customers", "import", &file])
        .fails(2)
        .to_string();
    assert!(err.contains("line 4") && err.contains("line 2"), "{err}");
    let by_tenant = home.file(
        "tenant.csv",
        &export(&[
            (FABRIKAM_TENANT, "Fabrikam", "fabrikam.onmicrosoft.com"),
            (FABRIKAM_TENANT, "Fabrikam EU", "fabrikameu.onmicrosoft.com"),
        ]),
    );
    let err = home
        .csp(&["customers", "import", &by_tenant])
        .fails(2)
        .to_string();
    assert!(err.contains("line 3") && err.contains("line 2"), "{err}");
    assert!(err.contains("tenant ID"), "{err}");
    assert_eq!(home.snapshot(), before);
}

fn a_duplicated_header_is_an_error_in_both_formats() {
    let home = Home::new();
    let file = home.file("dup.csv", "company_name,domain,domain\nA,a.com,b.com\n");
    let err = home
        .csp(&["customers", "import", &file])
        .fails(2)
        .to_string();
    assert!(err.contains("line 1") && err.contains("twice"), "{err}");
    let pc = home.file(
        "pc.csv",
        "Microsoft ID,Company name,Primary domain name,Company name\nx,A,a.com,B\n",
    );
    let err = home.csp(&["customers", "import", &pc]).fails(2).to_string();
    assert!(err.contains("line 1") && err.contains("twice"), "{err}");
}

fn update_changes_the_domains() {
    let home = Home::new();
    home.add_customer("Fabrikam", "fabrikam.com");
    home.add_customer("Other", "other.com");
    let c = home
        .csp(&[
            "customers",
            "update",
            "fabrikam.com",
            "--add-domain",
            "fabrikam.onmicrosoft.com",
            "--add-domain",
            "fabrikam.fr",
            "--json",
        ])
        .json();
    assert_eq!(
        c["domains"],
        serde_json::json!(["fabrikam.com", "fabrikam.fr", "fabrikam.onmicrosoft.com"])
    );
    // Another domain of its own trades places with the primary one.
    let c = home
        .csp(&[
            "customers",
            "update",
            "fabrikam.onmicrosoft.com",
            "--domain",
            "fabrikam.fr",
            "--json",
        ])
        .json();
    assert_eq!(c["domain"], "fabrikam.fr");
    assert_eq!(
        c["domains"],
        serde_json::json!(["fabrikam.fr", "fabrikam.com", "fabrikam.onmicrosoft.com"])
    );
    let c = home
        .csp(&[
            "customers",
            "update",
            "fabrikam.fr",
            "--remove-domain",
            "fabrikam.com",
            "--json",
        ])
        .json();
    assert_eq!(
        c["domains"],
        serde_json::json!(["fabrikam.fr", "fabrikam.onmicrosoft.com"])
    );
    // Another customer's domain, the primary one, or one it lacks.
    let before = home.snapshot();
    home.csp(&[
        "customers",
        "update",
        "fabrikam.fr",
        "--add-domain",
        "other.com",
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
        "update",
        "fabrikam.fr",
        "--remove-domain",
        "fabrikam.fr",
    ])
    .fails(5);
    home.csp(&[
        "customers",
        "update",
        "fabrikam.fr",
        "--remove-domain",
        "nope.com",
    ])
    .fails(3);
    assert_eq!(home.snapshot(), before);
}

fn since_records_when_the_relationship_really_started() {
    let home = Home::new();
    let c = home
        .csp(&[
            "customers",
            "add",
            "--name",
            "Old",
            "--domain",
            "old.com",
            "--since",
            "2019-03-01",
            "--json",
        ])
        .json();
    assert_eq!(c["relationship_since"], "2019-03-01T00:00:00Z");
    let c = home
        .csp(&[
            "customers",
            "update",
            "old.com",
            "--since",
            "2018-01-15",
            "--json",
        ])
        .json();
    assert_eq!(c["relationship_since"], "2018-01-15T00:00:00Z");
    home.csp(&["customers", "update", "old.com", "--since", "last year"])
        .fails(2);
}

fn our_own_or_a_providers_tenant_is_never_a_customers() {
    let home = Home::new();
    home.add_customer("Existing", "existing.com");
    let before = home.snapshot();
    let err = home
        .csp(&[
            "customers",
            "add",
            "--name",
            "Us",
            "--domain",
            "us.com",
            "--tenant-id",
            PARTNER_ID,
        ])
        .fails(2)
        .to_string();
    assert!(err.contains("our own partner tenant"), "{err}");
    assert_eq!(home.snapshot(), before);
    let provider_tenant = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";
    home.csp(&[
        "providers",
        "add",
        "--name",
        "Ingram Micro",
        "--tenant-id",
        provider_tenant,
    ])
    .ok();
    home.add_customer("Fabrikam", "fabrikam.com");
    let err = home
        .csp(&[
            "customers",
            "update",
            "fabrikam.com",
            "--tenant-id",
            provider_tenant,
        ])
        .fails(2)
        .to_string();
    assert!(err.contains("Ingram Micro"), "{err}");
    let file = home.file(
        "pc.csv",
        &export(&[(provider_tenant, "Ingram", "ingram.onmicrosoft.com")]),
    );
    let err = home
        .csp(&["customers", "import", &file])
        .fails(2)
        .to_string();
    assert!(
        err.contains("line 2") && err.contains("Ingram Micro"),
        "{err}"
    );
}

fn references_are_read_as_input_is_and_short_prefixes_are_refused() {
    let home = Home::new();
    home.csp(&[
        "customers",
        "add",
        "--name",
        "Fabrikam",
        "--domain",
        "fabrikam.com",
        "--tenant-id",
        FABRIKAM_TENANT,
    ])
    .ok();
    for reference in ["{3F2504E0-4F89-41D3-9A0C-0305E82C3301}", "FABRIKAM.COM."] {
        home.csp(&["customers", "show", reference]).ok();
    }
    let err = home
        .csp(&["customers", "show", "3f2504"])
        .fails(2)
        .to_string();
    assert!(err.contains("at least 8 characters"), "{err}");
}

fn international_domains_are_stored_as_punycode_and_shown_in_unicode() {
    let home = Home::new();
    let c = home
        .csp(&[
            "customers",
            "add",
            "--name",
            "Société Élan",
            "--domain",
            "Société-Élan.fr",
            "--json",
        ])
        .json();
    assert_eq!(c["domain"], "xn--socit-lan-e4abb.fr");
    let card = home
        .csp(&["customers", "show", "société-élan.fr", "--format", "table"])
        .ok()
        .to_string();
    assert!(
        card.contains("société-élan.fr (xn--socit-lan-e4abb.fr)"),
        "{card}"
    );
    let table = home
        .csp(&["customers", "list", "--format", "table"])
        .ok()
        .to_string();
    assert!(table.contains("société-élan.fr"), "{table}");
    let before = home.snapshot();
    let err = home
        .csp(&[
            "customers",
            "add",
            "--name",
            "Bad",
            "--domain",
            "xn--zz.com",
        ])
        .fails(2)
        .to_string();
    assert!(
        err.contains("not a valid international domain name"),
        "{err}"
    );
    assert_eq!(home.snapshot(), before);
}

fn search_and_exact_names_fold_unicode_case() {
    let home = Home::new();
    home.add_customer("Élan Vital", "elan.fr");
    home.add_customer("Elan", "elan.com");
    let found = home
        .csp(&["customers", "list", "--search", "élan", "--json"])
        .json();
    assert_eq!(found.as_array().map(Vec::len), Some(1), "{found}");
    assert_eq!(found[0]["domain"], "elan.fr");
    let c = home
        .csp(&["customers", "show", "ÉLAN VITAL", "--json"])
        .json();
    assert_eq!(c["domain"], "elan.fr");
}

fn provider_references_are_read_as_input_is_too() {
    let home = Home::new();
    home.csp(&[
        "providers",
        "add",
        "--name",
        "Ingram Micro",
        "--tenant-id",
        "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
    ])
    .ok();
    let p = home
        .csp(&[
            "providers",
            "show",
            "{9A8B7C6D-5E4F-4A3B-8C2D-1E0F9A8B7C6D}",
            "--json",
        ])
        .json();
    assert_eq!(p["name"], "Ingram Micro");
    let err = home
        .csp(&["providers", "show", "9a8b7c"])
        .fails(2)
        .to_string();
    assert!(err.contains("at least 8 characters"), "{err}");
}

on_both_engines! {
    the_newcomers_case_one_customer_with_both_domains,
    a_prospect_who_accepted_under_its_initial_domain_is_accepted_not_duplicated,
    the_drift_report_names_what_partner_center_and_csp_disagree_on,
    two_rows_naming_one_customer_are_an_error_naming_both_lines,
    a_duplicated_header_is_an_error_in_both_formats,
    update_changes_the_domains,
    since_records_when_the_relationship_really_started,
    our_own_or_a_providers_tenant_is_never_a_customers,
    references_are_read_as_input_is_and_short_prefixes_are_refused,
    international_domains_are_stored_as_punycode_and_shown_in_unicode,
    search_and_exact_names_fold_unicode_case,
    provider_references_are_read_as_input_is_too,
}
