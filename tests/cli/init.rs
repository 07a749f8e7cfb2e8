//! `csp init`: the partner profile in config.toml, and the environment overrides.

use crate::common::{Home, PARTNER_ID};

#[test]
fn init_writes_the_profile() {
    let home = Home::new();
    let config = std::fs::read_to_string(home.config()).unwrap();
    let parsed: toml::Value = toml::from_str(&config).unwrap();
    let partner = &parsed["partner"];
    assert_eq!(partner["name"].as_str(), Some("Contoso Reseller"));
    assert_eq!(partner["tenant_id"].as_str(), Some(PARTNER_ID));
    assert_eq!(partner["mpn_id"].as_str(), Some("1234567"));
    assert_eq!(partner["role"].as_str(), Some("admin-agent"));
    assert_eq!(partner["sender_name"].as_str(), Some("Ann Lee"));
    assert_eq!(partner["email"].as_str(), Some("ann@contoso-reseller.com"));
    assert_eq!(partner["locale"].as_str(), Some("en"));
    assert!(!home.db().exists(), "init does not need the database");
}

#[test]
fn without_a_terminal_missing_values_are_usage_errors_naming_the_flags() {
    let home = Home::empty();
    let err = home
        .csp(&["init", "--name", "Contoso"])
        .fails(2)
        .to_string();
    assert!(
        err.contains("--tenant-id") && err.contains("--role"),
        "{err}"
    );
    assert!(!home.config().exists());
}

#[test]
fn a_bad_tenant_id_or_role_is_refused() {
    let home = Home::empty();
    home.csp(&[
        "init",
        "--name",
        "C",
        "--tenant-id",
        "123",
        "--role",
        "admin-agent",
    ])
    .fails(2);
    home.csp(&[
        "init",
        "--name",
        "C",
        "--tenant-id",
        PARTNER_ID,
        "--role",
        "boss",
    ])
    .fails(2);
    home.csp(&[
        "init",
        "--name",
        "C",
        "--tenant-id",
        PARTNER_ID,
        "--role",
        "admin-agent",
        "--email",
        "no",
    ])
    .fails(2);
    assert!(!home.config().exists());
}

#[test]
fn an_existing_profile_is_kept_unless_forced() {
    let home = Home::new();
    let before = std::fs::read_to_string(home.config()).unwrap();
    let args = [
        "init",
        "--name",
        "Other",
        "--tenant-id",
        PARTNER_ID,
        "--role",
        "global-admin",
    ];
    home.csp(&args).fails(5);
    assert_eq!(std::fs::read_to_string(home.config()).unwrap(), before);
    let mut forced = args.to_vec();
    forced.push("--force");
    home.csp(&forced).ok();
    assert!(std::fs::read_to_string(home.config())
        .unwrap()
        .contains("global-admin"));
}

#[test]
fn the_environment_overrides_the_file() {
    let home = Home::new();
    let mut cmd = home.command(&["customers", "add", "--name", "X", "--domain", "x.com"]);
    cmd.env("CSP_ROLE", "billing-admin");
    assert_eq!(cmd.output().unwrap().status.code(), Some(4));
    let mut cmd = home.command(&["customers", "add", "--name", "X", "--domain", "x.com"]);
    cmd.env("CSP_ROLE", "nonsense");
    assert_eq!(cmd.output().unwrap().status.code(), Some(2));
}

#[test]
fn without_any_role_a_change_is_refused_with_a_hint() {
    let home = Home::empty();
    let err = home
        .csp(&["customers", "add", "--name", "X", "--domain", "x.com"])
        .fails(4)
        .to_string();
    assert!(
        err.contains("csp init") && err.contains("CSP_ROLE"),
        "{err}"
    );
}

#[test]
fn a_broken_config_is_a_clear_failure() {
    let home = Home::empty();
    std::fs::create_dir_all(home.config().parent().unwrap()).unwrap();
    std::fs::write(home.config(), "[partner\nname = ").unwrap();
    let err = home
        .csp(&["customers", "add", "--name", "F", "--domain", "f.com"])
        .fails(1)
        .to_string();
    assert!(err.contains("config.toml"), "{err}");
    assert!(err.contains("at line 1, column"), "names where: {err}");
}

#[test]
fn a_config_error_names_its_line_and_column() {
    let home = Home::new();
    let mut text = std::fs::read_to_string(home.config()).expect("config");
    text.push_str("\n[clipboard]\nhold_minutes = \"ten\"\n");
    std::fs::write(home.config(), &text).expect("write");
    let line = text.lines().count();
    let err = home
        .csp(&["customers", "add", "--name", "F", "--domain", "f.com"])
        .fails(1)
        .to_string();
    assert!(err.contains(&format!("at line {line}, column 16")), "{err}");
}

#[test]
fn a_broken_template_does_not_stop_other_commands() {
    let home = Home::new();
    let mut config = std::fs::read_to_string(home.config()).unwrap();
    config.push_str("\n[templates.broken]\nsubject = 42\n");
    std::fs::write(home.config(), config).unwrap();
    home.csp(&[
        "customers",
        "add",
        "--name",
        "Fabrikam",
        "--domain",
        "fabrikam.com",
    ])
    .ok();
}

#[test]
fn the_mpn_id_is_a_number() {
    let home = Home::empty();
    let err = home
        .csp(&[
            "init",
            "--name",
            "C",
            "--tenant-id",
            PARTNER_ID,
            "--role",
            "admin-agent",
            "--mpn-id",
            "abc def",
        ])
        .fails(2)
        .to_string();
    assert!(err.contains("MPN ID"), "{err}");
    assert!(!home.config().exists());
}

#[test]
fn a_hand_edited_profile_value_with_a_line_break_is_refused() {
    let home = Home::new();
    let config = std::fs::read_to_string(home.config()).unwrap().replace(
        "sender_name = \"Ann Lee\"",
        "sender_name = \"Ann\\r\\nBcc: eve@example.com\"",
    );
    std::fs::write(home.config(), config).unwrap();
    let err = home
        .csp(&["customers", "add", "--name", "F", "--domain", "f.com"])
        .fails(1)
        .to_string();
    assert!(err.contains("sender_name"), "{err}");
    assert!(!home.db().exists() || home.query::<i64>("SELECT count(*) FROM customers") == 0);
}

#[test]
fn init_refuses_to_overwrite_a_config_it_cannot_parse_unless_forced() {
    let home = Home::empty();
    std::fs::create_dir_all(home.config().parent().expect("folder")).expect("folder");
    let broken = "[partner\nname = \"Contoso\"\n[templates.mine]\nsubject = \"kept\"\n";
    std::fs::write(home.config(), broken).expect("write");
    let args = [
        "init",
        "--name",
        "Other",
        "--tenant-id",
        PARTNER_ID,
        "--role",
        "admin-agent",
    ];
    let err = home.csp(&args).fails(1).to_string();
    assert!(err.contains("is not valid"), "names the parse error: {err}");
    assert!(err.contains("--force"), "says how to start afresh: {err}");
    assert_eq!(
        std::fs::read_to_string(home.config()).expect("read"),
        broken,
        "the broken file is left as it was"
    );
    let mut forced = args.to_vec();
    forced.push("--force");
    home.csp(&forced).ok();
    let written = std::fs::read_to_string(home.config()).expect("read");
    assert!(written.contains("Other"), "{written}");
}

/// `csp init --force` with the usual values and `extra`.
fn init_with(home: &Home, extra: &[&str]) -> crate::common::Run {
    let mut args = vec![
        "init",
        "--force",
        "--name",
        "Contoso Reseller",
        "--tenant-id",
        PARTNER_ID,
        "--mpn-id",
        "1234567",
        "--role",
        "sales-agent",
    ];
    args.extend_from_slice(extra);
    home.csp(&args)
}

fn pasted_link() -> String {
    format!("https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId={PARTNER_ID}&msppId=0&DAP=false#/BillingAccounts/partner-invitation")
}

#[test]
fn init_writes_kind_default_provider_and_reseller_link() {
    let home = Home::new();
    let partner = |home: &Home| -> toml::Value {
        let config = std::fs::read_to_string(home.config()).unwrap();
        toml::from_str::<toml::Value>(&config).unwrap()["partner"].clone()
    };
    // An indirect reseller by default.
    assert_eq!(partner(&home)["kind"].as_str(), Some("indirect-reseller"));
    assert!(partner(&home).get("default_provider").is_none());
    init_with(
        &home,
        &[
            "--default-provider",
            "Ingram Micro",
            "--reseller-link",
            &pasted_link(),
        ],
    )
    .ok();
    let p = partner(&home);
    assert_eq!(p["kind"].as_str(), Some("indirect-reseller"));
    assert_eq!(p["default_provider"].as_str(), Some("Ingram Micro"));
    assert_eq!(p["reseller_link"].as_str(), Some(pasted_link().as_str()));
    init_with(&home, &["--kind", "direct"]).ok();
    assert_eq!(partner(&home)["kind"].as_str(), Some("direct"));
}

#[test]
fn a_reseller_link_that_is_not_ours_is_refused() {
    let home = Home::new();
    let before = std::fs::read_to_string(home.config()).unwrap();
    let other = "11111111-2222-4333-8444-555555555555";
    for (bad, said) in [
        (
            pasted_link().replace("https://", "http://"),
            "not an https address",
        ),
        (
            pasted_link().replace("admin.microsoft.com", "admin.microsoft.com.evil.example"),
            "not on the admin center",
        ),
        (
            pasted_link().replace(PARTNER_ID, other),
            "not our partner tenant ID",
        ),
        (pasted_link().replace("DAP=false", "DAP=true"), "DAP=true"),
        (
            pasted_link().replace("Home?", "Home?\u{7}"),
            "control characters",
        ),
        (
            pasted_link().replace("#", &format!("&indirectCSPId={other}#")),
            "alone",
        ),
    ] {
        let err = init_with(&home, &["--reseller-link", &bad])
            .fails(2)
            .to_string();
        assert!(err.contains(said), "{bad:?}: {err}");
    }
    assert_eq!(std::fs::read_to_string(home.config()).unwrap(), before);
}

#[test]
fn a_direct_partner_has_no_default_provider() {
    let home = Home::new();
    let err = init_with(
        &home,
        &["--kind", "direct", "--default-provider", "Ingram Micro"],
    )
    .fails(2)
    .to_string();
    assert!(err.contains("indirect reseller"), "{err}");
}

#[test]
fn csp_kind_overrides_the_profile_and_a_bad_kind_is_refused() {
    let home = Home::new();
    home.csp(&[
        "customers",
        "add",
        "--name",
        "Fabrikam",
        "--domain",
        "fabrikam.com",
    ])
    .ok();
    let card = |kind: &str| {
        let out = home
            .command(&["customers", "show", "fabrikam.com", "--json"])
            .env("CSP_KIND", kind)
            .output()
            .unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
        )
    };
    let (code, json) = card("direct");
    assert_eq!(code, Some(0));
    let shown: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(shown["remove_via"], "partner-center", "{json}");
    let (code, _) = card("distributor");
    assert_eq!(code, Some(2));
    let config = std::fs::read_to_string(home.config()).unwrap();
    std::fs::write(
        home.config(),
        config.replace("kind = \"indirect-reseller\"", "kind = \"tier-1\""),
    )
    .unwrap();
    let err = home.csp(&["invite", "link"]).fails(1).to_string();
    assert!(err.contains("partner.kind"), "{err}");
}

#[test]
fn a_profile_written_before_kind_existed_still_works() {
    let home = Home::new();
    let config = std::fs::read_to_string(home.config()).unwrap();
    let old: String = config
        .lines()
        .filter(|l| !l.starts_with("kind"))
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::write(home.config(), old).unwrap();
    home.csp(&["invite", "link"]).ok();
}
