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
