//! `csp invite`: the link, the draft, the invitation's life, and how
//! invitations show on customers.

use crate::common::{lit, on_both_engines, Home, Run, PARTNER_ID};
use serde_json::Value;

const PROVIDER_TENANT: &str = "11111111-2222-4333-8444-555555555555";

fn reseller_link(base: &str) -> String {
    format!("{base}/Adminportal/Home?invType=ResellerRelationship&partnerId={PARTNER_ID}&msppId=0&DAP=false#/BillingAccounts/partner-invitation")
}

fn joint_link(mspp: &str) -> String {
    format!("https://admin.microsoft.com/Adminportal/Home?invType=IndirectResellerRelationship&partnerId={PARTNER_ID}&msppId={mspp}&DAP=false&indirectCSPId={PROVIDER_TENANT}#/BillingAccounts/partner-invitation")
}

/// A link as Partner Center shows it in 2024–2026 (no DAP, the newer fragment).
fn pasted_link() -> String {
    format!("https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId={PARTNER_ID}#/partners/invitation")
}

/// Appends `[partner]` keys to the profile written by `Home::new`.
fn set_partner(home: &Home, lines: &str) {
    let config = std::fs::read_to_string(home.config()).unwrap();
    // A key set here replaces the one `csp init` wrote.
    let keys: Vec<&str> = lines.lines().filter_map(|l| l.split('=').next()).collect();
    let kept: String = config
        .lines()
        .filter(|l| !keys.iter().any(|k| l.split('=').next() == Some(k)))
        .map(|l| format!("{l}\n"))
        .collect();
    let config = kept.replacen("[partner]\n", &format!("[partner]\n{lines}\n"), 1);
    std::fs::write(home.config(), config).unwrap();
}

/// A connected provider, written straight into the table (its commands are
/// another module's).
fn add_provider(home: &Home, name: &str, tenant: &str, status: &str) -> String {
    // Make sure the database exists and is migrated.
    home.csp(&["customers", "list"]).ok();
    let id = format!("{:08x}-0000-4000-8000-000000000000", name.len() * 7919);
    home.exec(&format!(
        "INSERT INTO providers (id, name, tenant_id, status, connected_at)
         VALUES ({}, {}, {}, {}, '2026-01-01T00:00:00Z')",
        lit(&id),
        lit(name),
        lit(tenant),
        lit(status)
    ));
    id
}

fn run_with_env(home: &Home, args: &[&str], env: &[(&str, &str)]) -> Run {
    let mut cmd = home.command(args);
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.write_stdin("").output().expect("run csp");
    Run {
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        code: out.status.code().unwrap_or(-1),
    }
}

/// Invites a new customer and returns the invitation as JSON.
fn invite_new(home: &Home, name: &str, domain: &str, extra: &[&str]) -> Value {
    let mut args = vec!["invite", "--name", name, "--domain", domain, "--json"];
    args.extend_from_slice(extra);
    let run = home.csp(&args);
    run.ok();
    run.json()
}

fn invitation_status(home: &Home, id: &str) -> String {
    home.query(&format!("SELECT status FROM invitations WHERE id = '{id}'"))
}

fn relationship(home: &Home, domain: &str) -> String {
    home.query(&format!(
        "SELECT relationship FROM customers WHERE domain = '{domain}'"
    ))
}

fn audit_count(home: &Home) -> i64 {
    home.query("SELECT count(*) FROM audit_log")
}

// ---- the link ----

fn link_is_exact_and_never_asks_for_dap() {
    let home = Home::new();
    let plain = home.csp(&["invite", "link"]);
    assert_eq!(
        plain.ok(),
        format!("{}\n", reseller_link("https://admin.microsoft.com"))
    );
    let err = home
        .csp(&["invite", "link", "--delegated-admin"])
        .fails(2)
        .to_string();
    assert!(err.contains("--delegated-admin is retired"), "{err}");
    assert!(err.contains("csp gdap"), "{err}");
}

fn delegated_admin_is_refused_on_every_invitation_and_changes_nothing() {
    let home = Home::new();
    add_provider(&home, "Tailspin", PROVIDER_TENANT, "connected");
    home.file("batch.csv", "name,domain\nLitware,litware.com\n");
    let before = home.snapshot();
    for args in [
        &[
            "invite",
            "--name",
            "A",
            "--domain",
            "a.com",
            "--delegated-admin",
        ][..],
        &["invite", "--batch", "batch.csv", "--delegated-admin"],
        &[
            "invite",
            "link",
            "--provider",
            "Tailspin",
            "--delegated-admin",
        ],
        &[
            "providers",
            "invite",
            "Tailspin",
            "--name",
            "A",
            "--domain",
            "a.com",
            "--delegated-admin",
        ],
    ] {
        let err = home.csp(args).fails(2).to_string();
        assert!(
            err.contains("GDAP") && err.contains("csp gdap"),
            "{args:?}: {err}"
        );
    }
    assert_eq!(home.snapshot(), before);
    // The flag is kept only to refuse it: help does not offer it.
    assert!(!home
        .csp(&["invite", "--help"])
        .ok()
        .contains("--delegated-admin"));
}

fn no_link_or_draft_ever_says_dap_true() {
    let home = Home::new();
    add_provider(&home, "Tailspin", PROVIDER_TENANT, "connected");
    let alone = invite_new(&home, "Northwind", "northwind.com", &[]);
    let joint = invite_new(&home, "Litware", "litware.com", &["--provider", "Tailspin"]);
    for inv in [alone, joint] {
        assert!(inv["link"].as_str().unwrap().contains("DAP=false"), "{inv}");
        assert!(!inv["body"].as_str().unwrap().contains("DAP=true"));
    }
    assert_eq!(
        home.query::<i64>("SELECT count(*) FROM invitations WHERE delegated_admin"),
        0
    );
}

fn link_uses_the_configured_admin_center_base() {
    let home = Home::new();
    let mut config = std::fs::read_to_string(home.config()).unwrap();
    config.push_str("\n[links]\nadmin_center = \"https://admin.microsoft.de/\"\n");
    std::fs::write(home.config(), config).unwrap();
    let run = home.csp(&["invite", "link"]);
    assert_eq!(
        run.ok(),
        format!("{}\n", reseller_link("https://admin.microsoft.de"))
    );
    let invitation = invite_new(&home, "Northwind", "northwind.com", &[]);
    assert_eq!(
        invitation["link"],
        reseller_link("https://admin.microsoft.de")
    );
}

fn joint_link_carries_every_parameter() {
    let home = Home::new();
    add_provider(&home, "Tailspin", PROVIDER_TENANT, "connected");
    let run = home.csp(&["invite", "link", "--provider", "Tailspin"]);
    assert_eq!(run.ok(), format!("{}\n", joint_link("1234567")));
    let run = home.csp(&["invite", "link", "--provider", PROVIDER_TENANT]);
    assert_eq!(run.ok(), format!("{}\n", joint_link("1234567")));
}

fn a_pasted_reseller_link_is_used_verbatim_and_the_joint_link_derived_from_it() {
    let home = Home::new();
    add_provider(&home, "Tailspin", PROVIDER_TENANT, "connected");
    set_partner(&home, &format!("reseller_link = \"{}\"", pasted_link()));
    assert_eq!(
        home.csp(&["invite", "link"]).ok(),
        format!("{}\n", pasted_link())
    );
    let joint = format!("https://admin.microsoft.com/Adminportal/Home?invType=IndirectResellerRelationship&partnerId={PARTNER_ID}&msppId=1234567&indirectCSPId={PROVIDER_TENANT}#/partners/invitation");
    assert_eq!(
        home.csp(&["invite", "link", "--provider", "Tailspin"]).ok(),
        format!("{joint}\n")
    );
    let alone = invite_new(&home, "Northwind", "northwind.com", &[]);
    assert_eq!(alone["link"], pasted_link());
    assert!(alone["body"].as_str().unwrap().contains(&pasted_link()));
    let together = invite_new(&home, "Litware", "litware.com", &["--provider", "Tailspin"]);
    assert_eq!(together["link"], joint);
}

fn a_bad_reseller_link_in_the_config_is_refused_naming_it() {
    for bad in [
        pasted_link().replace("https://", "http://"),
        pasted_link().replace("admin.microsoft.com", "evil.example"),
        pasted_link().replace(PARTNER_ID, PROVIDER_TENANT),
        pasted_link().replace("#", "&DAP=true#"),
    ] {
        let home = Home::new();
        set_partner(&home, &format!("reseller_link = \"{bad}\""));
        let err = home.csp(&["invite", "link"]).fails(1).to_string();
        assert!(err.contains("partner.reseller_link"), "{bad}: {err}");
    }
}

fn joint_link_without_an_mpn_id_is_refused_never_msppid_zero() {
    let home = Home::empty();
    let env = [
        ("CSP_PARTNER_ID", PARTNER_ID),
        ("CSP_PARTNER_NAME", "Contoso"),
        ("CSP_ROLE", "admin-agent"),
    ];
    run_with_env(&home, &["customers", "list"], &env).ok();
    add_provider(&home, "Tailspin", PROVIDER_TENANT, "connected");
    let before = home.snapshot();
    let run = run_with_env(&home, &["invite", "link", "--provider", "Tailspin"], &env);
    let err = run.fails(2).to_string();
    assert!(err.contains("MPN ID"), "{err}");
    assert!(err.contains("csp init --force --mpn-id"), "{err}");
    assert!(!run.stdout.contains("msppId=0"));
    let run = run_with_env(
        &home,
        &[
            "invite",
            "--name",
            "A",
            "--domain",
            "a.com",
            "--provider",
            "Tailspin",
        ],
        &env,
    );
    assert!(run.fails(2).contains("--mpn-id"));
    assert_eq!(home.snapshot(), before);
}

// ---- the default provider ----

fn an_indirect_reseller_with_a_default_provider_invites_jointly_unless_no_provider() {
    let home = Home::new();
    let provider = add_provider(&home, "Tailspin", PROVIDER_TENANT, "connected");
    set_partner(&home, "default_provider = \"Tailspin\"");
    let run = home.csp(&[
        "invite",
        "--name",
        "Northwind",
        "--domain",
        "northwind.com",
        "--json",
    ]);
    run.ok();
    assert_eq!(run.json()["kind"], "reseller_with_provider");
    assert_eq!(run.json()["provider_id"], provider.as_str());
    assert_eq!(run.json()["link"], joint_link("1234567"));
    assert!(run.stderr.contains("default provider"), "{}", run.stderr);
    assert!(run.stderr.contains("--no-provider"), "{}", run.stderr);
    let alone = invite_new(&home, "Litware", "litware.com", &["--no-provider"]);
    assert_eq!(alone["kind"], "reseller");
    assert!(alone["provider_id"].is_null());
    // The link alone, and a batch, follow the same rule.
    assert_eq!(
        home.csp(&["invite", "link"]).ok(),
        format!("{}\n", joint_link("1234567"))
    );
    assert_eq!(
        home.csp(&["invite", "link", "--no-provider"]).ok(),
        format!("{}\n", reseller_link("https://admin.microsoft.com"))
    );
    home.file("one.csv", "name,domain\nAdatum,adatum.com\n");
    home.file("two.csv", "name,domain\nWingtip,wingtip.com\n");
    let joint = home.csp(&["invite", "--batch", "one.csv", "--json"]);
    assert_eq!(joint.json()[0]["kind"], "reseller_with_provider");
    let alone = home.csp(&["invite", "--batch", "two.csv", "--no-provider", "--json"]);
    assert_eq!(alone.json()[0]["kind"], "reseller");
}

fn a_direct_partner_ignores_a_default_provider() {
    let home = Home::new();
    add_provider(&home, "Tailspin", PROVIDER_TENANT, "connected");
    set_partner(&home, "kind = \"direct\"\ndefault_provider = \"Tailspin\"");
    let inv = invite_new(&home, "Northwind", "northwind.com", &[]);
    assert_eq!(inv["kind"], "reseller");
}

fn a_default_provider_that_is_not_there_says_where_it_comes_from() {
    let home = Home::new();
    home.csp(&["customers", "list"]).ok();
    set_partner(&home, "default_provider = \"Nobody\"");
    let before = home.snapshot();
    let err = home
        .csp(&["invite", "--name", "Northwind", "--domain", "northwind.com"])
        .fails(3)
        .to_string();
    assert!(err.contains("default_provider"), "{err}");
    assert!(err.contains("--no-provider"), "{err}");
    assert_eq!(home.snapshot(), before);
    home.csp(&[
        "invite",
        "--name",
        "Northwind",
        "--domain",
        "northwind.com",
        "--no-provider",
    ])
    .ok();
}

fn provider_and_no_provider_contradict_each_other() {
    let home = Home::new();
    add_provider(&home, "Tailspin", PROVIDER_TENANT, "connected");
    let before = home.snapshot();
    home.csp(&[
        "invite",
        "--name",
        "A",
        "--domain",
        "a.com",
        "--provider",
        "Tailspin",
        "--no-provider",
    ])
    .fails(2);
    home.csp(&["invite", "link", "--provider", "Tailspin", "--no-provider"])
        .fails(2);
    home.csp(&[
        "providers",
        "invite",
        "Tailspin",
        "--name",
        "A",
        "--domain",
        "a.com",
        "--no-provider",
    ])
    .fails(2);
    assert_eq!(home.snapshot(), before);
}

fn link_with_an_unknown_or_disconnected_provider_fails() {
    let home = Home::new();
    add_provider(&home, "Gone", PROVIDER_TENANT, "removed");
    home.csp(&["invite", "link", "--provider", "Nobody"])
        .fails(3);
    let err = home
        .csp(&["invite", "link", "--provider", "Gone"])
        .fails(5)
        .to_string();
    assert!(err.contains("disconnected"), "{err}");
}

fn link_without_a_partner_id_is_a_usage_error_with_a_hint() {
    let home = Home::empty();
    let run = run_with_env(&home, &["invite", "link"], &[("CSP_ROLE", "admin-agent")]);
    let err = run.fails(2);
    assert!(
        err.contains("hint:") && err.contains("CSP_PARTNER_ID"),
        "{err}"
    );
}

// ---- the draft ----

fn new_customer_invitation_prints_the_draft_and_records_it() {
    let home = Home::new();
    let run = home.csp(&[
        "invite",
        "--name",
        "Northwind Traders",
        "--domain",
        "Northwind.com",
        "--email",
        "it@northwind.com",
        "--contact-name",
        "Bo Chen",
        "--channel",
        "marketing",
        "--reference",
        "deal 42",
    ]);
    let out = run.ok();
    let mut lines = out.lines();
    assert_eq!(lines.next(), Some("To: Bo Chen <it@northwind.com>"));
    assert_eq!(
        lines.next(),
        Some("Subject: Contoso Reseller invites Northwind Traders to a Microsoft reseller relationship")
    );
    assert_eq!(lines.next(), Some(""));
    let link = reseller_link("https://admin.microsoft.com");
    assert!(
        out.lines().any(|l| l == link),
        "the link is not on its own line:\n{out}"
    );
    assert!(out.contains("Hello Bo Chen,"), "{out}");
    assert!(out.contains("Only a Global administrator"), "{out}");
    assert!(out.contains("Ann Lee\nContoso Reseller"), "{out}");
    // Recorded: an invited customer found through marketing, a draft invitation.
    assert_eq!(relationship(&home, "northwind.com"), "invited");
    let (source, channel, contact): (String, String, String) = home.query(
        "SELECT source, channel, contact_email FROM customers WHERE domain = 'northwind.com'",
    );
    assert_eq!(
        (source.as_str(), channel.as_str(), contact.as_str()),
        ("invitation", "marketing", "it@northwind.com")
    );
    let (status, body, reference, dap): (String, String, String, bool) =
        home.query("SELECT status, body, reference, delegated_admin FROM invitations");
    assert_eq!(status, "draft");
    assert!(out.contains(&body), "the stored body is what was printed");
    assert_eq!(reference, "deal 42");
    assert!(!dap);
    assert!(run.stderr.contains("csp invite done"), "{}", run.stderr);
}

fn json_gives_the_invitation_record_with_every_field() {
    let home = Home::new();
    let inv = invite_new(
        &home,
        "Northwind",
        "northwind.com",
        &["--email", "it@northwind.com"],
    );
    for field in [
        "id",
        "kind",
        "status",
        "customer_id",
        "customer_domain",
        "provider_id",
        "to",
        "link",
        "subject",
        "body",
        "locale",
        "reference",
        "created_at",
        "sent_at",
        "accepted_at",
    ] {
        assert!(inv.get(field).is_some(), "missing {field}: {inv}");
    }
    assert_eq!(inv["kind"], "reseller");
    assert_eq!(inv["status"], "draft");
    assert_eq!(inv["to"], "it@northwind.com");
    assert_eq!(inv["customer_domain"], "northwind.com");
    assert_eq!(inv["locale"], "en");
    assert!(inv["provider_id"].is_null() && inv["sent_at"].is_null());
}

fn french_draft_renders_with_the_link() {
    let home = Home::new();
    let inv = invite_new(
        &home,
        "Fabrikam",
        "fabrikam.fr",
        &["--lang", "fr", "--contact-name", "Léa"],
    );
    let body = inv["body"].as_str().unwrap();
    let link = reseller_link("https://admin.microsoft.com");
    assert_eq!(inv["link"], link);
    assert!(body.lines().any(|l| l == link), "{body}");
    assert!(body.starts_with("Bonjour Léa,"), "{body}");
    assert!(body.contains("administrateur général"), "{body}");
    assert!(body.contains("aucun accès d'administration"), "{body}");
    assert!(body.contains("GDAP"), "{body}");
    assert!(!body.contains("privilèges"), "{body}");
    assert_eq!(inv["locale"], "fr");
    assert!(inv["subject"]
        .as_str()
        .unwrap()
        .contains("relation de revendeur"));
}

fn the_profile_locale_chooses_the_language_by_default() {
    let home = Home::new();
    let mut config = std::fs::read_to_string(home.config()).unwrap();
    config = config.replace("locale = \"en\"", "locale = \"fr\"");
    std::fs::write(home.config(), config).unwrap();
    let inv = invite_new(&home, "Fabrikam", "fabrikam.fr", &[]);
    assert_eq!(inv["locale"], "fr");
    assert!(inv["body"].as_str().unwrap().starts_with("Bonjour,"));
}

fn joint_drafts_name_the_provider_in_both_languages() {
    let home = Home::new();
    let provider = add_provider(&home, "Tailspin Distribution", PROVIDER_TENANT, "connected");
    for (domain, lang, words) in [
        (
            "a-example.com",
            "en",
            [
                "Tailspin Distribution, the indirect provider",
                "your reseller",
            ],
        ),
        (
            "b-example.com",
            "fr",
            [
                "Tailspin Distribution, le fournisseur indirect",
                "votre revendeur",
            ],
        ),
    ] {
        let inv = invite_new(
            &home,
            domain,
            domain,
            &["--provider", "Tailspin Distribution", "--lang", lang],
        );
        assert_eq!(inv["kind"], "reseller_with_provider");
        assert_eq!(inv["provider_id"], provider.as_str());
        let link = joint_link("1234567");
        assert_eq!(inv["link"], link);
        let body = inv["body"].as_str().unwrap();
        assert!(body.lines().any(|l| l == link), "{body}");
        for w in words {
            assert!(body.contains(w), "{lang}: missing {w:?} in\n{body}");
        }
        assert!(inv["subject"]
            .as_str()
            .unwrap()
            .contains("Tailspin Distribution"));
    }
}

fn with_templates(home: &Home, toml: &str) {
    let mut config = std::fs::read_to_string(home.config()).unwrap();
    config.push('\n');
    config.push_str(toml);
    std::fs::write(home.config(), config).unwrap();
}

fn a_user_template_is_rendered_in_one_pass() {
    let home = Home::new();
    with_templates(
        &home,
        "[templates.short]\nsubject = \"Invitation for {customer_name}\"\nbody = \"Dear {contact_name} of {customer_name} ({domain}), {{literal}}:\\n{link}\\n-- {sender_name}, {partner_name} #{partner_mpn_id}\\n\"\n",
    );
    // A name that holds a placeholder is inserted as it is, never expanded again.
    let inv = invite_new(
        &home,
        "{link} Corp",
        "braces.com",
        &["--template", "short", "--contact-name", "{sender_name}"],
    );
    assert_eq!(inv["subject"], "Invitation for {link} Corp");
    let link = reseller_link("https://admin.microsoft.com");
    assert_eq!(
        inv["body"],
        format!("Dear {{sender_name}} of {{link}} Corp (braces.com), {{literal}}:\n{link}\n-- Ann Lee, Contoso Reseller #1234567\n")
    );
}

fn a_user_template_with_an_unknown_placeholder_is_refused_naming_it() {
    let home = Home::new();
    with_templates(
        &home,
        "[templates.bad]\nsubject = \"Hi {company}\"\nbody = \"{link}\"\n",
    );
    home.csp(&["customers", "list"]).ok();
    let before = home.snapshot();
    let err = home
        .csp(&[
            "invite",
            "--name",
            "A",
            "--domain",
            "a.com",
            "--template",
            "bad",
        ])
        .fails(2)
        .to_string();
    assert!(err.contains("{company}") && err.contains("bad"), "{err}");
    assert_eq!(home.snapshot(), before);
}

fn a_user_template_without_the_link_is_refused() {
    let home = Home::new();
    with_templates(
        &home,
        "[templates.nolink]\nsubject = \"Hi\"\nbody = \"Please accept, {customer_name}.\"\n",
    );
    home.csp(&["customers", "list"]).ok();
    let before = home.snapshot();
    let err = home
        .csp(&[
            "invite",
            "--name",
            "A",
            "--domain",
            "a.com",
            "--template",
            "nolink",
        ])
        .fails(2)
        .to_string();
    assert!(err.contains("{link}"), "{err}");
    let err = home
        .csp(&[
            "invite",
            "--name",
            "A",
            "--domain",
            "a.com",
            "--template",
            "missing",
        ])
        .fails(2)
        .to_string();
    assert!(err.contains("'missing'") && err.contains("nolink"), "{err}");
    assert_eq!(home.snapshot(), before);
}

fn a_broken_template_stops_only_the_command_that_chooses_it() {
    let home = Home::new();
    with_templates(&home, "[templates.broken]\nsubject = 3\n");
    home.csp(&["customers", "list"]).ok();
    invite_new(&home, "Northwind", "northwind.com", &[]);
    home.csp(&[
        "invite",
        "--name",
        "A",
        "--domain",
        "a.com",
        "--template",
        "broken",
    ])
    .fails(2);
}

// ---- who may invite ----

fn inviting_needs_a_role_that_may_request_a_reseller_relationship() {
    let home = Home::new();
    home.csp(&["customers", "list"]).ok();
    let before = home.snapshot();
    for role in ["helpdesk-agent", "billing-admin"] {
        let run = run_with_env(
            &home,
            &["invite", "--name", "A", "--domain", "a.com"],
            &[("CSP_ROLE", role)],
        );
        assert!(run.fails(4).contains(role));
    }
    let empty = Home::empty();
    let run = run_with_env(
        &empty,
        &["invite", "--name", "A", "--domain", "a.com"],
        &[
            ("CSP_PARTNER_ID", PARTNER_ID),
            ("CSP_PARTNER_NAME", "Contoso"),
        ],
    );
    assert!(run.fails(4).contains("CSP_ROLE"));
    assert_eq!(home.snapshot(), before);
}

fn a_fresh_machine_invites_with_the_profile_from_the_environment() {
    let home = Home::empty();
    let env = [
        ("CSP_PARTNER_ID", PARTNER_ID),
        ("CSP_PARTNER_NAME", "Contoso"),
        ("CSP_ROLE", "global-admin"),
    ];
    let run = run_with_env(
        &home,
        &["invite", "--name", "Northwind", "--domain", "northwind.com"],
        &env,
    );
    let out = run.ok();
    assert!(
        out.contains(&reseller_link("https://admin.microsoft.com")),
        "{out}"
    );
    assert!(out.contains("Kind regards,\nContoso\n"), "{out}");
    let run = run_with_env(
        &home,
        &["invite", "--name", "B", "--domain", "b.com"],
        &[
            ("CSP_ROLE", "global-admin"),
            ("CSP_PARTNER_NAME", "Contoso"),
        ],
    );
    assert!(run.fails(2).contains("CSP_PARTNER_ID"));
}

fn bad_values_are_usage_errors_that_change_nothing() {
    let home = Home::new();
    home.csp(&["customers", "list"]).ok();
    let before = home.snapshot();
    for args in [
        &["invite", "--name", "A", "--domain", "not a domain"][..],
        &[
            "invite",
            "--name",
            "A",
            "--domain",
            "a.com",
            "--email",
            "a@b.com\r\nBcc: x@y.com",
        ],
        &[
            "invite",
            "--name",
            "A",
            "--domain",
            "a.com",
            "--contact-name",
            "Bo\nBcc: x@y.com",
        ],
        &["invite", "--name", "A\tB", "--domain", "a.com"],
        &["invite", "--name", "A", "--domain", "a.com", "--lang", "de"],
        &["invite", "--name", "A"],
        &["invite"],
        &[
            "invite",
            "--customer",
            "a.com",
            "--name",
            "A",
            "--domain",
            "a.com",
        ],
        &["invite", "--name", "A", "--domain", "a.com", "list"],
    ] {
        home.csp(args).fails(2);
    }
    home.csp(&["invite", "--customer", "nobody.com"]).fails(3);
    home.csp(&[
        "invite",
        "--name",
        "A",
        "--domain",
        "a.com",
        "--provider",
        "nobody",
    ])
    .fails(3);
    assert_eq!(home.snapshot(), before);
}

// ---- which customers may be invited ----

fn inviting_an_active_customer_is_a_conflict_that_changes_nothing() {
    let home = Home::new();
    home.add_customer("Fabrikam", "fabrikam.com");
    let before = home.snapshot();
    let err = home
        .csp(&["invite", "--customer", "fabrikam.com"])
        .fails(5)
        .to_string();
    assert!(
        err.contains("already an active customer") && err.contains("--provider"),
        "{err}"
    );
    // The same through --name/--domain: the recorded customer is the one invited.
    home.csp(&["invite", "--name", "Fabrikam", "--domain", "fabrikam.com"])
        .fails(5);
    assert_eq!(home.snapshot(), before);
}

fn an_active_customer_may_be_invited_jointly_until_the_provider_holds_a_relationship() {
    let home = Home::new();
    let customer = home.add_customer("Fabrikam", "fabrikam.com");
    let provider = add_provider(&home, "Tailspin", PROVIDER_TENANT, "connected");
    let run = home.csp(&[
        "invite",
        "--customer",
        "fabrikam.com",
        "--provider",
        "Tailspin",
        "--json",
    ]);
    run.ok();
    let inv = run.json();
    assert_eq!(inv["kind"], "reseller_with_provider");
    assert_eq!(relationship(&home, "fabrikam.com"), "active");
    // A second joint invitation while this one is pending is a duplicate.
    home.csp(&[
        "invite",
        "--customer",
        "fabrikam.com",
        "--provider",
        "Tailspin",
    ])
    .fails(5);
    let id = inv["id"].as_str().unwrap();
    home.csp(&["invite", "accept", id]).ok();
    let holds: i64 = home.query(&format!(
        "SELECT count(*) FROM provider_customers WHERE provider_id = '{provider}' AND customer_id = '{customer}' AND invitation_id = '{id}'"
    ));
    assert_eq!(holds, 1);
    let card = home
        .csp(&["customers", "show", "fabrikam.com", "--json"])
        .json();
    assert_eq!(card["order_eligibility"][0]["can_order"], true);
    assert_eq!(card["providers"], serde_json::json!(["Tailspin"]));
    // Now the provider holds one: nothing left to invite it to.
    let before = home.snapshot();
    let err = home
        .csp(&[
            "invite",
            "--customer",
            "fabrikam.com",
            "--provider",
            "Tailspin",
        ])
        .fails(5)
        .to_string();
    assert!(err.contains("Tailspin already holds"), "{err}");
    assert_eq!(home.snapshot(), before);
}

fn a_disconnected_provider_cannot_be_part_of_a_new_invitation() {
    let home = Home::new();
    add_provider(&home, "Gone", PROVIDER_TENANT, "removed");
    let before = home.snapshot();
    home.csp(&[
        "invite",
        "--name",
        "A",
        "--domain",
        "a.com",
        "--provider",
        "Gone",
    ])
    .fails(5);
    assert_eq!(home.snapshot(), before);
}

fn a_second_pending_invitation_is_a_duplicate_but_a_cancelled_one_allows_a_new_one() {
    let home = Home::new();
    let first = invite_new(&home, "Northwind", "northwind.com", &[]);
    let before = home.snapshot();
    let err = home
        .csp(&["invite", "--customer", "northwind.com"])
        .fails(5)
        .to_string();
    assert!(err.contains(&first["id"].as_str().unwrap()[..8]), "{err}");
    assert_eq!(home.snapshot(), before);
    home.csp(&["invite", "cancel", first["id"].as_str().unwrap()])
        .ok();
    let run = home.csp(&["invite", "--customer", "northwind.com", "--json"]);
    run.ok();
    assert_eq!(run.json()["status"], "draft");
}

fn a_removed_customer_may_be_invited_again() {
    let home = Home::new();
    home.add_customer("Fabrikam", "fabrikam.com");
    home.exec(
        "UPDATE customers SET relationship = 'removed', removed_at = '2026-01-01T00:00:00Z' WHERE domain = 'fabrikam.com'",
    );
    let run = home.csp(&["invite", "--customer", "fabrikam.com", "--json"]);
    run.ok();
    assert_eq!(relationship(&home, "fabrikam.com"), "invited");
    let removed_at: Option<String> =
        home.query("SELECT removed_at FROM customers WHERE domain = 'fabrikam.com'");
    assert_eq!(removed_at, None);
    home.csp(&["invite", "accept", run.json()["id"].as_str().unwrap()])
        .ok();
    assert_eq!(relationship(&home, "fabrikam.com"), "active");
}

// ---- the invitation's life ----

fn done_then_accept_makes_the_customer_active() {
    let home = Home::new();
    let inv = invite_new(&home, "Northwind", "northwind.com", &[]);
    let id = inv["id"].as_str().unwrap();
    let run = home.csp(&["invite", "done", &id[..8], "--json"]);
    run.ok();
    assert_eq!(run.json()["status"], "sent");
    assert!(run.json()["sent_at"].is_string());
    let run = home.csp(&["invite", "accept", id, "--json"]);
    run.ok();
    let accepted = run.json();
    assert_eq!(accepted["status"], "accepted");
    assert!(accepted["accepted_at"].is_string());
    let (rel, source, since, dap): (String, String, String, bool) = home.query(
        "SELECT relationship, source, relationship_since, delegated_admin FROM customers WHERE domain = 'northwind.com'",
    );
    assert_eq!((rel.as_str(), source.as_str()), ("active", "invitation"));
    assert_eq!(since, accepted["accepted_at"].as_str().unwrap());
    assert!(
        !dap,
        "a reseller invitation grants no delegated admin privileges"
    );
    // Now it is in the default customer list.
    assert!(home
        .csp(&["customers", "list"])
        .ok()
        .contains("northwind.com"));
}

fn accepting_a_legacy_dap_invitation_still_records_the_grant() {
    // An invitation an older csp recorded with DAP=true: its acceptance
    // keeps meaning "a DAP grant was recorded".
    let home = Home::new();
    let inv = invite_new(&home, "Northwind", "northwind.com", &[]);
    let id = inv["id"].as_str().unwrap();
    home.exec("UPDATE invitations SET delegated_admin = TRUE");
    home.csp(&["invite", "accept", id]).ok();
    let dap: bool =
        home.query("SELECT delegated_admin FROM customers WHERE domain = 'northwind.com'");
    assert!(dap);
}

fn done_on_the_command_line_records_it_sent_at_once() {
    let home = Home::new();
    let inv = invite_new(&home, "Northwind", "northwind.com", &["--done"]);
    assert_eq!(inv["status"], "sent");
    assert!(inv["sent_at"].is_string());
}

fn every_step_the_status_does_not_allow_is_a_conflict_that_changes_nothing() {
    let home = Home::new();
    // sent
    let sent = invite_new(&home, "A", "a.com", &["--done"]);
    let sent = sent["id"].as_str().unwrap().to_string();
    // accepted
    let accepted = invite_new(&home, "B", "b.com", &[]);
    let accepted = accepted["id"].as_str().unwrap().to_string();
    home.csp(&["invite", "accept", &accepted]).ok();
    // cancelled
    let cancelled = invite_new(&home, "C", "c.com", &[]);
    let cancelled = cancelled["id"].as_str().unwrap().to_string();
    home.csp(&["invite", "cancel", &cancelled]).ok();
    assert_eq!(invitation_status(&home, &cancelled), "cancelled");

    let before = home.snapshot();
    for (step, id) in [
        ("done", &sent),
        ("done", &accepted),
        ("accept", &accepted),
        ("cancel", &accepted),
        ("done", &cancelled),
        ("accept", &cancelled),
        ("cancel", &cancelled),
    ] {
        home.csp(&["invite", step, id]).fails(5);
    }
    assert_eq!(home.snapshot(), before);
    // The allowed steps from sent and from draft.
    home.csp(&["invite", "cancel", &sent]).ok();
    assert_eq!(invitation_status(&home, &sent), "cancelled");
    let draft = invite_new(&home, "D", "d.com", &[]);
    home.csp(&["invite", "accept", draft["id"].as_str().unwrap()])
        .ok();
    assert_eq!(relationship(&home, "d.com"), "active");
}

fn invitation_ids_resolve_by_a_unique_prefix_of_eight_or_more() {
    let home = Home::new();
    let inv = invite_new(&home, "A", "a.com", &[]);
    let id = inv["id"].as_str().unwrap();
    assert_eq!(
        home.csp(&["invite", "show", &id[..8], "--json"]).json()["id"],
        id
    );
    assert_eq!(
        home.csp(&["invite", "show", &id.to_uppercase(), "--json"])
            .json()["id"],
        id
    );
    home.csp(&["invite", "show", &id[..7]]).fails(3);
    home.csp(&["invite", "done", "00000000-0000"]).fails(3);
}

fn show_prints_a_card_with_the_draft() {
    let home = Home::new();
    add_provider(&home, "Tailspin", PROVIDER_TENANT, "connected");
    let inv = invite_new(
        &home,
        "Northwind",
        "northwind.com",
        &["--provider", "Tailspin", "--email", "it@northwind.com"],
    );
    let out = home.csp(&[
        "invite",
        "show",
        inv["id"].as_str().unwrap(),
        "--format",
        "table",
    ]);
    let out = out.ok();
    assert!(out.contains("Northwind (northwind.com)"), "{out}");
    assert!(out.contains("Tailspin"), "{out}");
    assert!(
        out.contains(&format!("Subject: {}", inv["subject"].as_str().unwrap())),
        "{out}"
    );
    assert!(out.lines().any(|l| l == joint_link("1234567")), "{out}");
    let json = home
        .csp(&["invite", "show", inv["id"].as_str().unwrap(), "--json"])
        .json();
    assert_eq!(json["customer_name"], "Northwind");
    assert_eq!(json["provider_name"], "Tailspin");
}

fn each_command_appends_one_audit_entry_naming_the_customer() {
    let home = Home::new();
    home.csp(&["customers", "list"]).ok();
    let n = audit_count(&home);
    let inv = invite_new(&home, "Northwind", "northwind.com", &[]);
    let id = inv["id"].as_str().unwrap();
    assert_eq!(audit_count(&home), n + 1);
    home.csp(&["invite", "done", id]).ok();
    home.csp(&["invite", "accept", id]).ok();
    assert_eq!(audit_count(&home), n + 3);
    let customer = inv["customer_id"].as_str().unwrap();
    let actions: Vec<String> = home.query_all(&format!(
        "SELECT action FROM audit_log WHERE customer_id = '{customer}' AND entity_id = '{id}' ORDER BY id"
    ));
    assert_eq!(
        actions,
        ["invitation.create", "invitation.done", "invitation.accept"]
    );
    let log = home
        .csp(&["log", "--customer", "northwind.com", "--json"])
        .json();
    assert_eq!(log.as_array().unwrap().len(), 3);
}

// ---- lists and cards ----

fn list_shows_pending_by_default_and_filters_by_status_and_age() {
    let home = Home::new();
    let old = invite_new(&home, "Old", "old.com", &["--done"]);
    let new = invite_new(&home, "New", "new.com", &[]);
    let accepted = invite_new(&home, "Acc", "acc.com", &[]);
    home.csp(&["invite", "accept", accepted["id"].as_str().unwrap()])
        .ok();
    home.exec(&format!(
        "UPDATE invitations SET created_at = '2020-01-01T00:00:00Z', sent_at = '2020-01-02T00:00:00Z' WHERE id = '{}'",
        old["id"].as_str().unwrap()
    ));
    let ids = |args: &[&str]| -> Vec<String> {
        let mut all = vec!["invite", "list", "--json"];
        all.extend_from_slice(args);
        let run = home.csp(&all);
        run.ok();
        run.json()
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["id"].as_str().unwrap().to_string())
            .collect()
    };
    let (old, new, accepted) = (
        old["id"].as_str().unwrap().to_string(),
        new["id"].as_str().unwrap().to_string(),
        accepted["id"].as_str().unwrap().to_string(),
    );
    assert_eq!(ids(&[]), [old.as_str(), new.as_str()]);
    assert_eq!(ids(&["--status", "pending"]), [old.as_str(), new.as_str()]);
    assert_eq!(ids(&["--status", "sent"]), [old.as_str()]);
    assert_eq!(ids(&["--status", "draft"]), [new.as_str()]);
    assert_eq!(ids(&["--status", "accepted"]), [accepted.as_str()]);
    assert_eq!(ids(&["--status", "cancelled"]), Vec::<String>::new());
    assert_eq!(ids(&["--status", "all"]).len(), 3);
    assert_eq!(ids(&["--older-than", "14d"]), [old.as_str()]);
    assert_eq!(
        ids(&["--status", "all", "--customer", "acc.com"]),
        [accepted]
    );
    home.csp(&["invite", "list", "--older-than", "fortnight"])
        .fails(2);
    home.csp(&["invite", "list", "--status", "lost"]).fails(2);
}

fn invited_customers_stay_out_of_the_default_list() {
    let home = Home::new();
    home.add_customer("Fabrikam", "fabrikam.com");
    invite_new(
        &home,
        "Northwind",
        "northwind.com",
        &["--channel", "microsoft-referral"],
    );
    invite_new(&home, "Litware", "litware.com", &["--channel", "marketing"]);
    let domains = |args: &[&str]| -> Vec<String> {
        let mut all = vec!["customers", "list", "--json"];
        all.extend_from_slice(args);
        home.csp(&all)
            .json()
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["domain"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(domains(&[]), ["fabrikam.com"]);
    assert_eq!(
        domains(&["--status", "invited"]),
        ["litware.com", "northwind.com"]
    );
    assert_eq!(
        domains(&["--status", "invited", "--channel", "microsoft-referral"]),
        ["northwind.com"]
    );
    assert_eq!(
        domains(&["--status", "all", "--channel", "marketing"]),
        ["litware.com"]
    );
}

fn the_customer_card_lists_its_invitations() {
    let home = Home::new();
    let inv = invite_new(
        &home,
        "Northwind",
        "northwind.com",
        &["--email", "it@northwind.com"],
    );
    let id = inv["id"].as_str().unwrap();
    let card = home
        .csp(&["customers", "show", "northwind.com", "--json"])
        .json();
    assert_eq!(card["invitations"][0]["id"], id);
    assert_eq!(card["invitations"][0]["status"], "draft");
    let table = home.csp(&["customers", "show", "northwind.com", "--format", "table"]);
    let table = table.ok();
    assert!(
        table.contains(id) && table.contains("it@northwind.com"),
        "{table}"
    );
}

// ---- reconciliation through import ----

fn importing_an_invited_customer_by_domain_accepts_its_pending_invitation() {
    let home = Home::new();
    let inv = invite_new(&home, "Northwind", "northwind.com", &["--done"]);
    let id = inv["id"].as_str().unwrap();
    let file = home.file(
        "list.csv",
        "company_name,domain\nNorthwind Traders,NORTHWIND.com\nOther,other.com\n",
    );
    let run = home.csp(&["customers", "import", &file, "--json"]);
    run.ok();
    assert_eq!(run.json()["accepted_invitations"], serde_json::json!([id]));
    assert!(
        run.stderr.contains(id),
        "the summary names it: {}",
        run.stderr
    );
    assert_eq!(invitation_status(&home, id), "accepted");
    assert_eq!(relationship(&home, "northwind.com"), "active");
    let source: String = home.query("SELECT source FROM customers WHERE domain = 'northwind.com'");
    assert_eq!(source, "invitation");
}

fn importing_an_invited_customer_by_tenant_id_accepts_its_pending_joint_invitation() {
    let home = Home::new();
    let provider = add_provider(&home, "Tailspin", PROVIDER_TENANT, "connected");
    let inv = invite_new(
        &home,
        "Northwind",
        "northwind.com",
        &["--provider", "Tailspin"],
    );
    let id = inv["id"].as_str().unwrap();
    let tenant = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";
    home.csp(&[
        "customers",
        "update",
        "northwind.com",
        "--tenant-id",
        tenant,
    ])
    .ok();
    let file = home.file(
        "Customers.csv",
        &format!("\u{feff}Microsoft ID,Company name,Primary domain name,Relationship,Tags\r\n{tenant},Northwind Traders,northwind.onmicrosoft.com,Cloud Reseller,\r\n"),
    );
    let run = home.csp(&["customers", "import", &file, "--json"]);
    run.ok();
    assert_eq!(run.json()["accepted_invitations"], serde_json::json!([id]));
    assert_eq!(invitation_status(&home, id), "accepted");
    let rel: String = home.query(&format!(
        "SELECT relationship FROM customers WHERE tenant_id = '{tenant}'"
    ));
    assert_eq!(rel, "active");
    let holds: i64 = home.query(&format!(
        "SELECT count(*) FROM provider_customers WHERE provider_id = '{provider}'"
    ));
    assert_eq!(holds, 1);
    // Importing the same file again changes nothing and accepts nothing more.
    let again = home.csp(&["customers", "import", &file, "--json"]);
    again.ok();
    assert_eq!(again.json()["accepted_invitations"], serde_json::json!([]));
}

// ---- template rendering, for any input ----

mod rendering {
    use csp::domain::draft::{self, Template, Values};
    use proptest::prelude::*;

    fn values(customer: String, contact: String, link: String) -> Values {
        Values {
            customer_name: customer,
            contact_name: Some(contact),
            partner_name: "Contoso".into(),
            sender_name: "Ann".into(),
            link,
            ..Values::default()
        }
    }

    proptest! {
        #[test]
        fn rendering_never_panics(template in "[{}a-z_ \\n]{0,40}|\\PC{0,40}", v in "\\PC{0,20}") {
            let values = values(v.clone(), v.clone(), v);
            let _ = draft::render(&template, &values);
            let t = Template { name: "t".into(), subject: template.clone(), body: template };
            if draft::check(&t).is_ok() {
                prop_assert!(draft::draft(&t, &values, None).is_ok());
            }
        }

        #[test]
        fn values_with_braces_are_inserted_literally(
            customer in "[{}a-z_]{0,12}|\\PC{0,12}",
            contact in "\\{[a-z_]{1,12}\\}",
            link in "\\PC{0,20}",
        ) {
            let values = values(customer.clone(), contact.clone(), link.clone());
            let out = draft::render("A{customer_name}B{link}C{contact_name}D{{E}}", &values).unwrap();
            prop_assert_eq!(out, format!("A{customer}B{link}C{contact}D{{E}}"));
        }

        #[test]
        fn any_known_placeholder_renders(picks in proptest::collection::vec(0usize..draft::PLACEHOLDERS.len(), 0..8), text in "[^{}]{0,10}") {
            let template: String = picks
                .iter()
                .map(|&i| format!("{text}{{{}}}", draft::PLACEHOLDERS[i]))
                .collect();
            prop_assert!(draft::render(&template, &values("c".into(), "n".into(), "l".into())).is_ok());
        }
    }
}

fn invite_link_in_json_is_an_object() {
    let home = Home::new();
    let run = home.csp(&["invite", "link", "--json"]);
    run.ok();
    assert_eq!(
        run.json(),
        serde_json::json!({ "link": reseller_link("https://admin.microsoft.com") })
    );
}

/// On a terminal, a missing customer is asked for: a domain not yet
/// recorded, then its company name.
#[cfg(unix)]
fn on_a_terminal_the_customer_is_asked_for() {
    let home = Home::new();
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_csp"));
    cmd.arg("invite")
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", home.path())
        .env("USER", "tester")
        .env("TERM", "dumb")
        .env("CSP_DB", home.db_arg())
        .env("CSP_CONFIG", home.config());
    let mut session = rexpect::session::spawn_command(cmd, Some(10_000)).expect("spawn csp");
    session.exp_string("primary domain").expect("domain prompt");
    session.send_line("northwind.com").expect("answer");
    session.exp_string("Company name").expect("name prompt");
    session.send_line("Northwind").expect("answer");
    session.exp_eof().expect("csp ends");
    assert_eq!(relationship(&home, "northwind.com"), "invited");
    let name: String =
        home.query("SELECT company_name FROM customers WHERE domain = 'northwind.com'");
    assert_eq!(name, "Northwind");
}

fn other_roles_may_read_invitations_but_not_move_them() {
    let home = Home::new();
    let inv = invite_new(&home, "Northwind", "northwind.com", &[]);
    let id = inv["id"].as_str().unwrap();
    let before = home.snapshot();
    let helpdesk = [("CSP_ROLE", "helpdesk-agent")];
    for step in ["done", "accept", "cancel", "remind"] {
        run_with_env(&home, &["invite", step, id], &helpdesk).fails(4);
    }
    assert_eq!(home.snapshot(), before);
    run_with_env(&home, &["invite", "list"], &helpdesk).ok();
    run_with_env(&home, &["invite", "show", id], &helpdesk).ok();
    run_with_env(&home, &["invite", "link"], &helpdesk).ok();
}

// ---- one of --name and --domain ----

fn a_name_without_a_domain_off_a_terminal_is_a_usage_error_naming_the_missing_flag() {
    let home = Home::new();
    home.csp(&["customers", "list"]).ok();
    let before = home.snapshot();
    for (args, missing) in [
        (&["invite", "--name", "Prompted"][..], "--domain"),
        (&["invite", "--domain", "prompted.com"][..], "--name"),
        (
            &["invite", "--name", "Prompted", "--no-input"][..],
            "--domain",
        ),
    ] {
        let err = home.csp(args).fails(2).to_string();
        assert!(
            err.lines()
                .next()
                .is_some_and(|l| l == format!("error: missing {missing}")),
            "{args:?}: {err}"
        );
    }
    assert_eq!(home.snapshot(), before);
}

#[cfg(unix)]
mod on_a_terminal {
    use super::*;
    use rexpect::process::WaitStatus;

    /// `csp ARGS` on a pseudo-terminal (stdin, stdout and stderr all on it).
    fn spawn(home: &Home, args: &[&str]) -> rexpect::session::PtySession {
        let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_csp"));
        cmd.args(args)
            .env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", home.path())
            .env("USER", "tester")
            .env("CSP_DB", home.db_arg())
            .env("CSP_CONFIG", home.config())
            .env("TERM", "xterm")
            .env("NO_COLOR", "1");
        rexpect::session::spawn_command(cmd, Some(15_000)).expect("spawn csp")
    }

    fn exit_code(session: &mut rexpect::session::PtySession) -> i32 {
        match session.process().wait().expect("wait") {
            WaitStatus::Exited(_, code) => code,
            other => panic!("csp did not exit normally: {other:?}"),
        }
    }

    fn a_name_without_a_domain_asks_for_the_domain() {
        let home = Home::new();
        let mut csp = spawn(&home, &["invite", "--name", "Prompted"]);
        csp.exp_string("Customer's primary domain")
            .expect("domain prompt");
        csp.send_line("Prompted.com").expect("type");
        csp.exp_string("recorded invitation").expect("recorded");
        csp.exp_eof().expect("ends");
        assert_eq!(exit_code(&mut csp), 0);
        let name: String =
            home.query("SELECT company_name FROM customers WHERE domain = 'prompted.com'");
        assert_eq!(name, "Prompted");
    }

    fn a_domain_without_a_name_asks_for_the_name() {
        let home = Home::new();
        let mut csp = spawn(&home, &["invite", "--domain", "prompted.com"]);
        csp.exp_string("Company name").expect("name prompt");
        csp.send_line("Prompted Ltd").expect("type");
        csp.exp_string("recorded invitation").expect("recorded");
        csp.exp_eof().expect("ends");
        assert_eq!(exit_code(&mut csp), 0);
        let name: String =
            home.query("SELECT company_name FROM customers WHERE domain = 'prompted.com'");
        assert_eq!(name, "Prompted Ltd");
    }

    on_both_engines! {
        a_name_without_a_domain_asks_for_the_domain,
        a_domain_without_a_name_asks_for_the_name,
    }
}

fn french_texts_say_locataire_and_elide_de_before_a_vowel() {
    let home = Home::new();
    let draft = home
        .csp(&[
            "invite",
            "--name",
            "Élan Vital",
            "--domain",
            "elan.fr",
            "--email",
            "it@elan.fr",
            "--lang",
            "fr",
        ])
        .ok()
        .to_string();
    assert!(
        draft.contains("locataire Microsoft d'Élan Vital"),
        "{draft}"
    );
    assert!(!draft.contains("tenant"), "{draft}");
    assert!(!draft.contains("de Élan"), "{draft}");
    let draft = home
        .csp(&[
            "invite",
            "--name",
            "Contoso Ltd",
            "--domain",
            "contoso.fr",
            "--email",
            "it@contoso.fr",
            "--lang",
            "fr",
        ])
        .ok()
        .to_string();
    assert!(
        draft.contains("locataire Microsoft de Contoso Ltd"),
        "{draft}"
    );
}

on_both_engines! {
    link_is_exact_and_never_asks_for_dap,
    delegated_admin_is_refused_on_every_invitation_and_changes_nothing,
    no_link_or_draft_ever_says_dap_true,
    link_uses_the_configured_admin_center_base,
    joint_link_carries_every_parameter,
    a_pasted_reseller_link_is_used_verbatim_and_the_joint_link_derived_from_it,
    a_bad_reseller_link_in_the_config_is_refused_naming_it,
    joint_link_without_an_mpn_id_is_refused_never_msppid_zero,
    an_indirect_reseller_with_a_default_provider_invites_jointly_unless_no_provider,
    a_direct_partner_ignores_a_default_provider,
    a_default_provider_that_is_not_there_says_where_it_comes_from,
    provider_and_no_provider_contradict_each_other,
    link_with_an_unknown_or_disconnected_provider_fails,
    link_without_a_partner_id_is_a_usage_error_with_a_hint,
    new_customer_invitation_prints_the_draft_and_records_it,
    json_gives_the_invitation_record_with_every_field,
    french_draft_renders_with_the_link,
    the_profile_locale_chooses_the_language_by_default,
    joint_drafts_name_the_provider_in_both_languages,
    a_user_template_is_rendered_in_one_pass,
    a_user_template_with_an_unknown_placeholder_is_refused_naming_it,
    a_user_template_without_the_link_is_refused,
    a_broken_template_stops_only_the_command_that_chooses_it,
    inviting_needs_a_role_that_may_request_a_reseller_relationship,
    a_fresh_machine_invites_with_the_profile_from_the_environment,
    bad_values_are_usage_errors_that_change_nothing,
    inviting_an_active_customer_is_a_conflict_that_changes_nothing,
    an_active_customer_may_be_invited_jointly_until_the_provider_holds_a_relationship,
    a_disconnected_provider_cannot_be_part_of_a_new_invitation,
    a_second_pending_invitation_is_a_duplicate_but_a_cancelled_one_allows_a_new_one,
    a_removed_customer_may_be_invited_again,
    done_then_accept_makes_the_customer_active,
    accepting_a_legacy_dap_invitation_still_records_the_grant,
    done_on_the_command_line_records_it_sent_at_once,
    every_step_the_status_does_not_allow_is_a_conflict_that_changes_nothing,
    invitation_ids_resolve_by_a_unique_prefix_of_eight_or_more,
    show_prints_a_card_with_the_draft,
    each_command_appends_one_audit_entry_naming_the_customer,
    list_shows_pending_by_default_and_filters_by_status_and_age,
    invited_customers_stay_out_of_the_default_list,
    the_customer_card_lists_its_invitations,
    importing_an_invited_customer_by_domain_accepts_its_pending_invitation,
    importing_an_invited_customer_by_tenant_id_accepts_its_pending_joint_invitation,
    invite_link_in_json_is_an_object,
    #[cfg(unix)]
    on_a_terminal_the_customer_is_asked_for,
    other_roles_may_read_invitations_but_not_move_them,
    a_name_without_a_domain_off_a_terminal_is_a_usage_error_naming_the_missing_flag,
    french_texts_say_locataire_and_elide_de_before_a_vowel,
}
