//! `csp customers`: recording, finding, changing, importing and exporting customers.

use crate::common::{on_both_engines, Home, PARTNER_ID};

const FABRIKAM_TENANT: &str = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";

fn fixture(name: &str) -> String {
    format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))
}

fn add_records_an_active_customer_with_every_field_in_json() {
    let home = Home::new();
    let run = home.csp(&[
        "customers",
        "add",
        "--name",
        "Fabrikam Inc",
        "--domain",
        "Fabrikam.COM",
        "--tenant-id",
        FABRIKAM_TENANT,
        "--contact-name",
        "Jo Kim",
        "--contact-email",
        "jo@fabrikam.com",
        "--tag",
        "gold",
        "--json",
    ]);
    run.ok();
    let c = run.json();
    assert_eq!(c["company_name"], "Fabrikam Inc");
    assert_eq!(c["domain"], "fabrikam.com", "domains are lower-cased");
    assert_eq!(c["tenant_id"], FABRIKAM_TENANT);
    assert_eq!(c["relationship"], "active");
    assert_eq!(c["source"], "manual");
    assert_eq!(c["delegated_admin"], false);
    assert_eq!(c["tags"], serde_json::json!(["gold"]));
    assert_eq!(c["providers"], serde_json::json!([]));
    assert!(c["removed_at"].is_null() && c["channel"].is_null());
    for field in [
        "id",
        "company_name",
        "domain",
        "tenant_id",
        "domains",
        "contact_name",
        "contact_email",
        "relationship",
        "relationship_since",
        "delegated_admin",
        "admin_access",
        "source",
        "channel",
        "tags",
        "providers",
        "created_at",
        "updated_at",
        "removed_at",
    ] {
        assert!(c.get(field).is_some(), "missing field {field}");
    }
    assert_eq!(c.as_object().map(|o| o.len()), Some(18));
    assert!(
        c["created_at"].as_str().is_some_and(|t| t.ends_with('Z')),
        "RFC 3339 UTC"
    );
    assert_eq!(
        home.query::<i64>("SELECT count(*) FROM customers WHERE domain = 'fabrikam.com'"),
        1
    );
}

fn a_duplicate_domain_in_another_case_is_a_conflict_and_changes_nothing() {
    let home = Home::new();
    home.add_customer("Fabrikam", "fabrikam.com");
    let before = home.snapshot();
    let err = home
        .csp(&[
            "customers",
            "add",
            "--name",
            "Other",
            "--domain",
            "FABRIKAM.com",
        ])
        .fails(5)
        .to_string();
    assert!(err.contains("fabrikam.com"), "{err}");
    assert_eq!(home.snapshot(), before);
}

fn a_duplicate_tenant_id_is_a_conflict() {
    let home = Home::new();
    home.csp(&[
        "customers",
        "add",
        "--name",
        "A",
        "--domain",
        "a.com",
        "--tenant-id",
        FABRIKAM_TENANT,
    ])
    .ok();
    let before = home.snapshot();
    home.csp(&[
        "customers",
        "add",
        "--name",
        "B",
        "--domain",
        "b.com",
        "--tenant-id",
        FABRIKAM_TENANT,
    ])
    .fails(5);
    assert_eq!(home.snapshot(), before);
}

fn bad_values_are_refused_with_status_2_and_change_nothing() {
    let home = Home::new();
    home.add_customer("Fabrikam", "fabrikam.com");
    let before = home.snapshot();
    let cases: &[(&[&str], &str)] = &[
        (
            &["--name", "X", "--domain", "not a domain"],
            "invalid domain",
        ),
        (
            &[
                "--name",
                "X",
                "--domain",
                "x.com",
                "--tenant-id",
                "not-a-guid",
            ],
            "invalid tenant ID",
        ),
        (
            &[
                "--name",
                "X",
                "--domain",
                "x.com",
                "--contact-email",
                "jo(at)x.com",
            ],
            "invalid email",
        ),
        (
            &["--name", "Evil\tName", "--domain", "x.com"],
            "control characters",
        ),
        (
            &["--name", "Evil\nBcc: a@b.com", "--domain", "x.com"],
            "control characters",
        ),
        (&["--name", "  ", "--domain", "x.com"], "must not be empty"),
        (
            &["--name", "X", "--domain", "x.com", "--tag", "a;b"],
            "must not contain ';'",
        ),
    ];
    for (args, message) in cases {
        let mut full = vec!["customers", "add"];
        full.extend_from_slice(args);
        let err = home.csp(&full).fails(2).to_string();
        assert!(err.contains(message), "{args:?}: {err}");
    }
    assert_eq!(home.snapshot(), before);
}

fn customers_resolve_by_id_prefix_domain_tenant_and_name_case_insensitively() {
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
    let id = home.query::<String>("SELECT id FROM customers");
    for reference in [
        id.as_str(),
        &id[..8],
        "FABRIKAM.com",
        &FABRIKAM_TENANT.to_uppercase(),
        "fabrikam inc",
    ] {
        let run = home.csp(&["customers", "show", reference, "--json"]);
        run.ok();
        assert_eq!(run.json()["id"], id.as_str(), "{reference}");
    }
}

fn an_unknown_customer_is_status_3() {
    let home = Home::new();
    let err = home
        .csp(&["customers", "show", "nobody.com"])
        .fails(3)
        .to_string();
    assert!(err.contains("no customer matches 'nobody.com'"), "{err}");
}

fn an_ambiguous_name_is_status_3_listing_the_candidates() {
    let home = Home::new();
    home.add_customer("Contoso", "contoso.com");
    home.add_customer("Contoso", "contoso.fr");
    let err = home
        .csp(&["customers", "show", "contoso"])
        .fails(3)
        .to_string();
    assert!(
        err.contains("ambiguous") && err.contains("contoso.com") && err.contains("contoso.fr"),
        "{err}"
    );
}

fn list_shows_active_customers_and_filters() {
    let home = Home::new();
    home.add_customer("Fabrikam", "fabrikam.com");
    home.add_customer("Fourth Coffee", "fourthcoffee.com");
    home.add_customer("Adatum", "adatum.com");
    home.csp(&[
        "customers",
        "update",
        "adatum.com",
        "--tag",
        "gold",
        "--delegated-admin",
        "true",
    ])
    .ok();
    // Someone we only invited is not in the default list.
    home.exec("UPDATE customers SET relationship = 'invited' WHERE domain = 'fourthcoffee.com'");

    let domains = |args: &[&str]| -> Vec<String> {
        let mut full = vec!["customers", "list", "--json"];
        full.extend_from_slice(args);
        let run = home.csp(&full);
        run.ok();
        run.json()
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["domain"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(domains(&[]), ["adatum.com", "fabrikam.com"]);
    assert_eq!(domains(&["--status", "invited"]), ["fourthcoffee.com"]);
    assert_eq!(
        domains(&["--status", "all"]),
        ["adatum.com", "fabrikam.com", "fourthcoffee.com"]
    );
    assert_eq!(domains(&["--search", "FAB"]), ["fabrikam.com"]);
    assert_eq!(
        domains(&["--search", "adatum.c"]),
        ["adatum.com"],
        "the domain is searched too"
    );
    assert_eq!(
        domains(&["--search", "abrikam"]),
        Vec::<String>::new(),
        "search is by prefix"
    );
    assert_eq!(domains(&["--tag", "gold"]), ["adatum.com"]);
    assert_eq!(domains(&["--delegated-admin"]), ["adatum.com"]);
    assert_eq!(domains(&["--limit", "1"]), ["adatum.com"]);
}

fn json_lists_are_arrays_even_of_zero_or_one_items() {
    let home = Home::new();
    let run = home.csp(&["customers", "list", "--json"]);
    assert_eq!(run.json(), serde_json::json!([]));
    home.add_customer("Fabrikam", "fabrikam.com");
    let run = home.csp(&["customers", "list", "--json"]);
    assert_eq!(run.json().as_array().map(|a| a.len()), Some(1));
}

fn piped_output_is_tab_separated_without_a_header() {
    let home = Home::new();
    let id = home.add_customer("Fabrikam", "fabrikam.com");
    let out = home.csp(&["customers", "list"]).ok().to_string();
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 1, "{out}");
    let cells: Vec<&str> = lines[0].split('\t').collect();
    assert_eq!(cells.len(), 18);
    assert_eq!(&cells[..3], [id.as_str(), "Fabrikam", "fabrikam.com"]);
}

fn update_changes_contact_tenant_tags_and_delegated_admin() {
    let home = Home::new();
    home.add_customer("Fabrikam", "fabrikam.com");
    let run = home.csp(&[
        "customers",
        "update",
        "fabrikam.com",
        "--contact-name",
        "Jo Kim",
        "--contact-email",
        "jo@fabrikam.com",
        "--tenant-id",
        FABRIKAM_TENANT,
        "--delegated-admin",
        "true",
        "--tag",
        "gold",
        "--tag",
        "eu",
        "--json",
    ]);
    run.ok();
    let c = run.json();
    assert_eq!(c["contact_name"], "Jo Kim");
    assert_eq!(c["contact_email"], "jo@fabrikam.com");
    assert_eq!(c["tenant_id"], FABRIKAM_TENANT);
    assert_eq!(c["delegated_admin"], true);
    assert_eq!(c["tags"], serde_json::json!(["gold", "eu"]));
    let c = home.csp(&[
        "customers",
        "update",
        "fabrikam.com",
        "--untag",
        "gold",
        "--delegated-admin",
        "false",
        "--json",
    ]);
    assert_eq!(c.json()["tags"], serde_json::json!(["eu"]));
    assert_eq!(c.json()["delegated_admin"], false);
    assert_eq!(
        home.query::<i64>("SELECT delegated_admin FROM customers"),
        0
    );
}

fn update_with_nothing_to_change_is_a_usage_error() {
    let home = Home::new();
    home.add_customer("Fabrikam", "fabrikam.com");
    let before = home.snapshot();
    home.csp(&["customers", "update", "fabrikam.com"]).fails(2);
    home.csp(&["customers", "update", "fabrikam.com", "--tenant-id", "nope"])
        .fails(2);
    home.csp(&["customers", "update", "nobody.com", "--contact-name", "X"])
        .fails(3);
    assert_eq!(home.snapshot(), before);
}

fn import_with_accents_sql_and_quotes_round_trips_through_list_and_export() {
    let home = Home::new();
    let run = home.csp(&[
        "customers",
        "import",
        &fixture("accented-and-sql.csv"),
        "--json",
    ]);
    run.ok();
    assert_eq!(run.json()["added"], 4);
    assert_eq!(
        home.query::<i64>("SELECT count(*) FROM customers"),
        4,
        "the table survived"
    );

    let list = home.csp(&["customers", "list", "--json"]).json();
    let by_domain = |d: &str| {
        list.as_array()
            .unwrap()
            .iter()
            .find(|c| c["domain"] == d)
            .cloned()
            .unwrap()
    };
    assert_eq!(
        by_domain("bobby-tables.com")["company_name"],
        "Robert'); DROP TABLE customers;--"
    );
    assert_eq!(
        by_domain("bobby-tables.com")["contact_name"],
        "O'Brien \"Bob\""
    );
    assert_eq!(
        by_domain("bobby-tables.com")["tags"],
        serde_json::json!(["x", "y"])
    );
    assert_eq!(by_domain("bobby-tables.com")["delegated_admin"], true);
    assert_eq!(
        by_domain("creme-brulee.fr")["company_name"],
        "Crème Brûlée Café"
    );
    assert_eq!(by_domain("creme-brulee.fr")["contact_name"], "Zoë Ångström");
    assert_eq!(by_domain("tokyo-shoji.jp")["company_name"], "東京商事");
    assert_eq!(
        by_domain("cqs.com")["company_name"],
        "Comma, Quote \" and Semicolon Inc"
    );

    // What export writes, import reads back as is, into another database.
    let export = home.csp(&["customers", "export"]).ok().to_string();
    assert!(export.starts_with("id,company_name,domain,"), "{export}");
    let other = Home::new();
    let file = other.file("export.csv", &export);
    other.csp(&["customers", "import", &file]).ok();
    let again = other.csp(&["customers", "export"]).ok().to_string();
    let strip_times = |csv: &str| -> Vec<String> {
        // created_at and updated_at are when each database recorded the row.
        csv.lines()
            .map(|l| l.rsplitn(4, ',').nth(3).unwrap_or(l).to_string())
            .collect()
    };
    assert_eq!(strip_times(&again), strip_times(&export));
}

fn importing_the_same_file_twice_changes_nothing() {
    let home = Home::new();
    home.csp(&["customers", "import", &fixture("accented-and-sql.csv")])
        .ok();
    let before = home.snapshot();
    let run = home.csp(&[
        "customers",
        "import",
        &fixture("accented-and-sql.csv"),
        "--json",
    ]);
    run.ok();
    assert_eq!(run.json()["added"], 0);
    assert_eq!(run.json()["updated"], 0);
    assert_eq!(run.json()["unchanged"], 4);
    assert_eq!(home.snapshot(), before);
}

fn import_updates_changed_rows_and_says_so() {
    let home = Home::new();
    home.add_customer("Fabrikam", "fabrikam.com");
    let file = home.file("c.csv", "company_name,domain,contact_email\nFabrikam Inc,fabrikam.com,jo@fabrikam.com\nAdatum,adatum.com,\n");
    let run = home.csp(&["customers", "import", &file, "--json"]);
    run.ok();
    assert_eq!(
        (run.json()["added"].as_u64(), run.json()["updated"].as_u64()),
        (Some(1), Some(1))
    );
    assert_eq!(
        home.query::<String>("SELECT company_name FROM customers WHERE domain = 'fabrikam.com'"),
        "Fabrikam Inc"
    );
    assert!(
        run.stderr.contains("added 1, updated 1, left 0 unchanged"),
        "{}",
        run.stderr
    );
}

fn one_bad_row_aborts_the_whole_import_with_its_line_number() {
    let home = Home::new();
    home.add_customer("Existing", "existing.com");
    let before = home.snapshot();
    let file = home.file(
        "bad.csv",
        "company_name,domain\nGood One,good-one.com\n\"Multi\nLine Quoted\",two.com\nBad,not_a_domain\n",
    );
    // The header is line 1; the quoted field spans lines 3-4; the bad row is line 5.
    let err = home
        .csp(&["customers", "import", &file])
        .fails(2)
        .to_string();
    assert!(
        err.contains("error: line 3:") || err.contains("error: line 5:"),
        "{err}"
    );
    assert_eq!(home.snapshot(), before, "nothing was imported");

    let file = home.file(
        "bad2.csv",
        "company_name,domain\nGood,good.com\nBad,bad.com,extra\n",
    );
    let err = home
        .csp(&["customers", "import", &file])
        .fails(2)
        .to_string();
    assert!(err.starts_with("error: line 3:"), "{err}");
    let file = home.file("bad3.csv", "name,domain\nA,a.com\n");
    let err = home
        .csp(&["customers", "import", &file])
        .fails(2)
        .to_string();
    assert!(err.contains("line 1") && err.contains("'name'"), "{err}");
    home.csp(&["customers", "import", "no-such-file.csv"])
        .fails(1);
    assert_eq!(home.snapshot(), before);
}

fn a_multi_line_name_is_refused_on_its_line() {
    let home = Home::new();
    let file = home.file(
        "bad.csv",
        "company_name,domain\nGood One,good-one.com\n\"Multi\nLine\",two.com\n",
    );
    let err = home
        .csp(&["customers", "import", &file])
        .fails(2)
        .to_string();
    assert!(
        err.starts_with("error: line 3: company_name must be one line"),
        "{err}"
    );
}

fn dry_run_reports_and_changes_nothing() {
    let home = Home::new();
    home.add_customer("Fabrikam", "fabrikam.com");
    let before = home.snapshot();
    let run = home.csp(&[
        "customers",
        "import",
        &fixture("accented-and-sql.csv"),
        "--dry-run",
        "--json",
    ]);
    run.ok();
    assert_eq!(run.json()["added"], 4);
    assert_eq!(run.json()["dry_run"], true);
    assert_eq!(home.snapshot(), before);
}

fn import_reads_standard_input() {
    let home = Home::new();
    home.csp_stdin(
        &["customers", "import", "-"],
        "company_name,domain\nFabrikam,fabrikam.com\n",
    )
    .ok();
    assert_eq!(home.query::<i64>("SELECT count(*) FROM customers"), 1);
}

fn partner_center_customers_csv_imports_with_tenant_ids_and_tags() {
    let home = Home::new();
    let run = home.csp(&[
        "customers",
        "import",
        &fixture("partner-center-Customers.csv"),
        "--json",
    ]);
    run.ok();
    assert_eq!(run.json()["format"], "partner-center");
    assert_eq!(run.json()["added"], 3);
    let list = home.csp(&["customers", "list", "--json"]).json();
    let fabrikam = list
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["domain"] == "fabrikam.onmicrosoft.com")
        .unwrap();
    assert_eq!(fabrikam["tenant_id"], FABRIKAM_TENANT);
    assert_eq!(fabrikam["source"], "partner-center");
    assert_eq!(fabrikam["relationship"], "active");
    assert_eq!(fabrikam["tags"], serde_json::json!(["gold", "renewals-q1"]));
    let northwind = list
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["domain"] == "northwindtraders.com")
        .unwrap();
    assert_eq!(northwind["company_name"], "Northwind Traders, Ltd.");
    let card = home
        .csp(&["customers", "show", "exemple-sg.fr", "--format", "table"])
        .ok()
        .to_string();
    assert!(
        card.contains("Cloud Reseller"),
        "the Relationship column is kept as information:\n{card}"
    );
    // Same file again: nothing changes.
    let again = home.csp(&[
        "customers",
        "import",
        &fixture("partner-center-Customers.csv"),
        "--json",
    ]);
    assert_eq!(again.json()["unchanged"], 3);
}

fn partner_center_headers_match_ignoring_case_and_spaces() {
    let home = Home::new();
    let file = home.file(
        "pc.csv",
        "MICROSOFTID,companyname, Primary Domain Name ,relationship\r\n3f2504e0-4f89-41d3-9a0c-0305e82c3301,Fabrikam,fabrikam.com,Cloud Reseller\r\n",
    );
    home.csp(&["customers", "import", &file]).ok();
    assert_eq!(
        home.query::<String>("SELECT tenant_id FROM customers"),
        FABRIKAM_TENANT
    );
}

fn the_card_gives_the_addresses_where_the_customer_is_managed() {
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
    let card = home
        .csp(&["customers", "show", "fabrikam.com", "--json"])
        .json();
    assert_eq!(
        card["partner_center_url"],
        format!(
            "https://partner.microsoft.com/dashboard/commerce2/customers/{FABRIKAM_TENANT}/account"
        )
    );
    assert!(
        card["admin_center_url"].is_null(),
        "no delegated admin privileges"
    );
    assert_eq!(card["order_eligibility"], serde_json::json!([]));
    assert_eq!(card["invitations"], serde_json::json!([]));

    home.csp(&[
        "customers",
        "update",
        "fabrikam.com",
        "--delegated-admin",
        "true",
    ])
    .ok();
    let card = home
        .csp(&["customers", "show", "fabrikam.com", "--json"])
        .json();
    let admin = format!(
        "https://admin.microsoft.com/Partner/BeginClientSession.aspx?CTID={FABRIKAM_TENANT}&CSDEST=o365admincenter"
    );
    assert_eq!(card["admin_center_url"], admin.as_str());
    let text = home
        .csp(&["customers", "show", "fabrikam.com", "--format", "table"])
        .ok()
        .to_string();
    assert!(
        text.lines().any(|l| l.ends_with(&admin)),
        "addresses are printed whole:\n{text}"
    );
}

fn open_without_a_desktop_prints_the_address_and_says_why() {
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
    let run = home.csp(&["customers", "open", "fabrikam.com"]);
    assert_eq!(
        run.ok().trim(),
        format!(
            "https://partner.microsoft.com/dashboard/commerce2/customers/{FABRIKAM_TENANT}/account"
        )
    );
    assert!(run.stderr.contains("DISPLAY"), "{}", run.stderr);
    // No admin access (no GDAP relationship, no legacy DAP grant): a conflict.
    home.csp(&["customers", "open", "fabrikam.com", "--admin-center"])
        .fails(5);
    home.add_customer("Adatum", "adatum.com");
    home.csp(&["customers", "open", "adatum.com"]).fails(2);
}

fn a_configured_partner_center_address_is_used_for_sovereign_clouds() {
    let home = Home::new();
    let mut config = std::fs::read_to_string(home.config()).unwrap();
    config.push_str("\n[links]\npartner_center = \"https://partner.microsoftonline.cn/\"\n");
    std::fs::write(home.config(), config).unwrap();
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
    let card = home
        .csp(&["customers", "show", "fabrikam.com", "--json"])
        .json();
    assert_eq!(
        card["partner_center_url"],
        format!("https://partner.microsoftonline.cn/dashboard/commerce2/customers/{FABRIKAM_TENANT}/account")
    );
}

fn reading_roles_may_list_but_not_add() {
    let home = Home::new();
    home.add_customer("Fabrikam", "fabrikam.com");
    let before = home.snapshot();
    let run = {
        let mut cmd = home.command(&["customers", "add", "--name", "X", "--domain", "x.com"]);
        cmd.env("CSP_ROLE", "helpdesk-agent");
        cmd.output().unwrap()
    };
    assert_eq!(run.status.code(), Some(4));
    assert!(
        String::from_utf8_lossy(&run.stderr).contains("global-admin, admin-agent or sales-agent")
    );
    assert_eq!(home.snapshot(), before);
    let mut cmd = home.command(&["customers", "list"]);
    cmd.env("CSP_ROLE", "helpdesk-agent");
    assert!(cmd.output().unwrap().status.success());
    let _ = PARTNER_ID;
}

fn updating_to_the_values_it_already_has_changes_nothing() {
    let home = Home::new();
    home.add_customer("Fabrikam", "fabrikam.com");
    home.csp(&[
        "customers",
        "update",
        "fabrikam.com",
        "--contact-name",
        "Jo",
        "--tag",
        "gold",
    ])
    .ok();
    let before = home.snapshot();
    let run = home.csp(&[
        "customers",
        "update",
        "fabrikam.com",
        "--contact-name",
        "Jo",
        "--tag",
        "gold",
        "--json",
    ]);
    assert_eq!(run.json()["contact_name"], "Jo");
    assert_eq!(home.snapshot(), before, "no write and no audit entry");
}

fn line_numbers_count_the_files_lines_with_crlf_ends_too() {
    let home = Home::new();
    home.add_customer("Existing", "existing.com");
    let before = home.snapshot();
    let crlf = home.file(
        "crlf.csv",
        "company_name,domain\r\nB1,b1.org\r\nB2,b2.org\r\nB3,b3.org\r\nB4,bad domain\r\n",
    );
    let err = home
        .csp(&["customers", "import", &crlf])
        .fails(2)
        .to_string();
    assert!(err.starts_with("error: line 5:"), "{err}");
    let quoted = home.file(
        "quoted.csv",
        "company_name,domain\r\n\"Multi\r\nLine\",b1.org\r\n",
    );
    let err = home
        .csp(&["customers", "import", &quoted])
        .fails(2)
        .to_string();
    assert!(err.starts_with("error: line 2:"), "{err}");
    let pc = home.file(
        "Customers.csv",
        "\u{feff}Microsoft ID,Company name,Primary domain name,Relationship,Tags\r\n\
         3f2504e0-4f89-41d3-9a0c-0305e82c3301,Fabrikam,fabrikam.com,Cloud Reseller,\r\n\
         not-a-guid,Adatum,adatum.com,Cloud Reseller,\r\n",
    );
    let err = home.csp(&["customers", "import", &pc]).fails(2).to_string();
    assert!(err.starts_with("error: line 3:"), "{err}");
    assert_eq!(home.snapshot(), before);
}

fn import_updates_the_channel_of_a_recorded_customer() {
    let home = Home::new();
    home.add_customer("Litware", "litware.com");
    let file = home.file(
        "ch.csv",
        "company_name,domain,channel\nLitware,litware.com,marketing\n",
    );
    let run = home.csp(&["customers", "import", &file, "--json"]);
    assert_eq!(run.json()["updated"], 1);
    assert_eq!(
        home.query::<String>("SELECT channel FROM customers"),
        "marketing"
    );
}

fn an_empty_contact_email_clears_it() {
    let home = Home::new();
    home.csp(&[
        "customers",
        "add",
        "--name",
        "F",
        "--domain",
        "f.com",
        "--contact-email",
        "jo@f.com",
    ])
    .ok();
    let run = home.csp(&[
        "customers",
        "update",
        "f.com",
        "--contact-email",
        "",
        "--json",
    ]);
    assert!(run.json()["contact_email"].is_null(), "{}", run.stdout);
    home.csp(&[
        "customers",
        "update",
        "f.com",
        "--contact-email",
        "not an address",
    ])
    .fails(2);
}

fn names_that_disguise_themselves_are_refused() {
    let home = Home::new();
    home.add_customer("Existing", "existing.com");
    let before = home.snapshot();
    home.csp(&[
        "customers",
        "add",
        "--name",
        "Invoice\u{202e}fdp.exe",
        "--domain",
        "x.com",
    ])
    .fails(2);
    assert_eq!(home.snapshot(), before);
}

fn an_exact_name_matches_whatever_the_case_beyond_ascii() {
    let home = Home::new();
    let id = home.add_customer("Société \"Générale\", Ltd", "sg.fr");
    for reference in ["SOCIÉTÉ \"GÉNÉRALE\", LTD", "société \"générale\", ltd"] {
        let run = home.csp(&["customers", "show", reference, "--json"]);
        run.ok();
        assert_eq!(run.json()["id"], id.as_str(), "{reference}");
    }
    home.csp(&["customers", "show", "SOCIÉTÉ"]).fails(3);
}

fn add_without_a_terminal_names_the_missing_flags() {
    let home = Home::new();
    let err = home
        .csp(&["customers", "add", "--name", "Fabrikam"])
        .fails(2)
        .to_string();
    assert!(err.contains("missing --domain"), "{err}");
    let err = home.csp(&["customers", "add"]).fails(2).to_string();
    assert!(err.contains("--name") && err.contains("--domain"), "{err}");
}

fn the_audit_log_names_the_os_user_when_the_environment_does_not() {
    let home = Home::new();
    let mut cmd = home.command(&["customers", "add", "--name", "Q", "--domain", "q.org"]);
    cmd.env_remove("USER");
    assert!(cmd.output().unwrap().status.success());
    let user = home.query::<String>(r#"SELECT "user" FROM audit_log"#);
    assert!(!user.is_empty() && user != "unknown", "{user}");
}

fn ids_with_accents_are_shortened_without_a_panic() {
    // A hand-edited database may hold any text as an id: 36 bytes with four
    // dashes look like a UUID, and the 8th byte falls inside an `é`.
    let home = Home::new();
    let first = home.add_customer("Acme", "acme.com");
    home.add_customer("Acme", "acme.fr");
    let odd = "aéééé-bbbb-cccc-dddd-eeeeeeeeeee";
    assert_eq!(odd.len(), 36);
    home.exec(&format!(
        "UPDATE customers SET id = '{odd}' WHERE id = '{first}'"
    ));
    let table = home.csp(&["customers", "list", "--format", "table"]);
    assert!(table.ok().contains("aéééé"), "{}", table.stdout);
    let err = home
        .csp(&["customers", "show", "Acme"])
        .fails(3)
        .to_string();
    assert!(err.contains("aéééé"), "the candidates name the id: {err}");
}

fn files_saved_by_excel_are_read_or_refused_with_how_to_save_them() {
    let home = Home::new();
    // "Unicode text" / UTF-16 with its byte order mark: read.
    let text = "company_name,domain\r\nSociété Élan,elan.fr\r\n";
    let mut utf16 = vec![0xFF, 0xFE];
    for unit in text.encode_utf16() {
        utf16.extend_from_slice(&unit.to_le_bytes());
    }
    let path = home.path().join("utf16.csv");
    std::fs::write(&path, &utf16).expect("write");
    home.csp(&["customers", "import", &path.display().to_string()])
        .ok();
    let c = home.csp(&["customers", "show", "elan.fr", "--json"]).json();
    assert_eq!(c["company_name"], "Société Élan");
    let before = home.snapshot();
    // Windows-1252 ("CSV (Comma delimited)" in Excel): refused, saying how.
    let path = home.path().join("ansi.csv");
    std::fs::write(&path, b"company_name,domain\r\nCaf\xe9 Ltd,cafe.fr\r\n").expect("write");
    let err = home
        .csp(&["customers", "import", &path.display().to_string()])
        .fails(2)
        .to_string();
    assert!(err.contains("line 2: the file is not UTF-8 text"), "{err}");
    assert!(err.contains("CSV UTF-8"), "{err}");
    // `;` separators (Excel where the list separator is `;`): refused.
    let path = home.file("semi.csv", "company_name;domain\nA;a.com\n");
    let err = home
        .csp(&["customers", "import", &path])
        .fails(2)
        .to_string();
    assert!(err.contains("separated by ';'"), "{err}");
    assert!(err.contains("CSV UTF-8"), "{err}");
    assert_eq!(home.snapshot(), before);
}

/// A whole list reads the name index when the rows were written in name
/// order, and sorts the table otherwise: the same rows in the same order.
fn a_whole_list_is_in_name_order_whether_the_rows_were_written_in_it_or_not() {
    let names: Vec<String> = (0..300).map(|i| format!("Customer {i:03}")).collect();
    for order in ["in order", "reversed", "interleaved"] {
        let mut rows: Vec<(usize, &String)> = names.iter().enumerate().collect();
        match order {
            "reversed" => rows.reverse(),
            "interleaved" => rows.sort_by_key(|(i, _)| (i % 7, *i)),
            _ => {}
        }
        let mut csv = String::from("company_name,domain\n");
        for (i, name) in rows {
            csv.push_str(&format!("{name},c{i:03}.example\n"));
        }
        let home = Home::new();
        let file = home.file("c.csv", &csv);
        home.csp(&["customers", "import", &file]).ok();
        let list = home
            .csp(&["customers", "list", "--status", "all", "--format", "tsv"])
            .ok()
            .to_string();
        let listed: Vec<String> = list
            .lines()
            .map(|l| l.split('\t').nth(1).unwrap_or_default().to_string())
            .collect();
        assert_eq!(listed, names, "rows written {order}");
    }
}

/// A whole list hands its rows from one thread to another in batches that
/// go round, each row read into the strings of a customer listed before:
/// over several batches, of customers that differ in every field that may
/// be empty, each row shows its own values and nothing of another's.
fn a_long_list_shows_each_customer_s_own_values_across_batches() {
    let n = 1000;
    let tenant = |i: usize| format!("{i:08x}-1111-4111-8111-111111111111");
    let mut csv = String::from(
        "company_name,domain,tenant_id,contact_name,contact_email,delegated_admin,channel,tags,domains\n",
    );
    for i in 0..n {
        csv.push_str(&format!(
            "Customer {i:04},c{i:04}.example,{},{},{},{},{},{},{}\n",
            if i % 3 == 0 { tenant(i) } else { String::new() },
            if i % 5 == 0 {
                format!("Contact {i}")
            } else {
                String::new()
            },
            if i % 5 == 0 {
                format!("it@c{i:04}.example")
            } else {
                String::new()
            },
            i % 4 == 0,
            if i % 6 == 0 { "marketing" } else { "" },
            match i % 3 {
                0 => "gold;eu",
                1 => "",
                _ => "smb",
            },
            if i % 7 == 0 {
                format!("c{i:04}.onmicrosoft.com")
            } else {
                String::new()
            },
        ));
    }
    let home = Home::new();
    let file = home.file("c.csv", &csv);
    home.csp(&["customers", "import", &file]).ok();
    // Every eleventh customer served with a provider too.
    home.exec(
        "INSERT INTO providers (id, name, tenant_id, status, connected_at)
         VALUES ('p1', 'Prov', '0a9b8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d', 'connected', '2024-01-01T00:00:00Z')",
    );
    for i in (0..n).step_by(11) {
        home.exec(&format!(
            "INSERT INTO provider_customers (provider_id, customer_id, since)
             SELECT 'p1', id, '2024-01-01T00:00:00Z' FROM customers WHERE domain = 'c{i:04}.example'"
        ));
    }
    let list = home
        .csp(&["customers", "list", "--status", "all", "--format", "json"])
        .json();
    let rows = list.as_array().expect("an array");
    assert_eq!(rows.len(), n);
    for (i, c) in rows.iter().enumerate() {
        let domain = format!("c{i:04}.example");
        let mut domains = vec![serde_json::json!(domain)];
        if i % 7 == 0 {
            domains.push(serde_json::json!(format!("c{i:04}.onmicrosoft.com")));
        }
        let expected = serde_json::json!({
            "company_name": format!("Customer {i:04}"),
            "domain": domain,
            "tenant_id": (i % 3 == 0).then(|| tenant(i)),
            "domains": domains,
            "contact_name": (i % 5 == 0).then(|| format!("Contact {i}")),
            "contact_email": (i % 5 == 0).then(|| format!("it@c{i:04}.example")),
            "delegated_admin": i % 4 == 0,
            "admin_access": if i % 4 == 0 { "legacy-dap" } else { "none" },
            "channel": (i % 6 == 0).then_some("marketing"),
            "tags": match i % 3 { 0 => vec!["gold", "eu"], 1 => vec![], _ => vec!["smb"] },
            "providers": if i % 11 == 0 { vec!["Prov"] } else { vec![] },
        });
        for (field, value) in expected.as_object().expect("an object") {
            assert_eq!(&c[field], value, "row {i}, {field}");
        }
    }
}

on_both_engines! {
    add_records_an_active_customer_with_every_field_in_json,
    a_long_list_shows_each_customer_s_own_values_across_batches,
    a_duplicate_domain_in_another_case_is_a_conflict_and_changes_nothing,
    a_duplicate_tenant_id_is_a_conflict,
    bad_values_are_refused_with_status_2_and_change_nothing,
    customers_resolve_by_id_prefix_domain_tenant_and_name_case_insensitively,
    an_unknown_customer_is_status_3,
    an_ambiguous_name_is_status_3_listing_the_candidates,
    list_shows_active_customers_and_filters,
    json_lists_are_arrays_even_of_zero_or_one_items,
    piped_output_is_tab_separated_without_a_header,
    update_changes_contact_tenant_tags_and_delegated_admin,
    update_with_nothing_to_change_is_a_usage_error,
    import_with_accents_sql_and_quotes_round_trips_through_list_and_export,
    importing_the_same_file_twice_changes_nothing,
    import_updates_changed_rows_and_says_so,
    one_bad_row_aborts_the_whole_import_with_its_line_number,
    a_multi_line_name_is_refused_on_its_line,
    dry_run_reports_and_changes_nothing,
    import_reads_standard_input,
    partner_center_customers_csv_imports_with_tenant_ids_and_tags,
    partner_center_headers_match_ignoring_case_and_spaces,
    the_card_gives_the_addresses_where_the_customer_is_managed,
    open_without_a_desktop_prints_the_address_and_says_why,
    a_configured_partner_center_address_is_used_for_sovereign_clouds,
    reading_roles_may_list_but_not_add,
    updating_to_the_values_it_already_has_changes_nothing,
    line_numbers_count_the_files_lines_with_crlf_ends_too,
    import_updates_the_channel_of_a_recorded_customer,
    an_empty_contact_email_clears_it,
    names_that_disguise_themselves_are_refused,
    an_exact_name_matches_whatever_the_case_beyond_ascii,
    add_without_a_terminal_names_the_missing_flags,
    the_audit_log_names_the_os_user_when_the_environment_does_not,
    ids_with_accents_are_shortened_without_a_panic,
    files_saved_by_excel_are_read_or_refused_with_how_to_save_them,
    a_whole_list_is_in_name_order_whether_the_rows_were_written_in_it_or_not,
}
