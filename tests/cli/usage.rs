//! Usage errors: one `error:` line built from clap's error kind and
//! context (never from its rendered English), a hint, status 2.

use crate::common::Home;

#[test]
fn a_mistyped_subcommand_names_it_and_suggests_the_right_one() {
    let home = Home::new();
    let err = home.csp(&["customers", "lst"]).fails(2).to_string();
    assert!(
        err.contains("error: unrecognized subcommand 'lst'"),
        "{err}"
    );
    assert!(err.contains("hint: a similar one exists: 'list'"), "{err}");
}

#[test]
fn a_value_outside_the_fixed_set_lists_the_valid_ones() {
    let home = Home::new();
    let err = home
        .csp(&["customers", "list", "--status", "bogus"])
        .fails(2)
        .to_string();
    assert!(err.contains("invalid value 'bogus' for '--status"), "{err}");
    assert!(
        err.contains("hint: possible values: active, invited, removed, all"),
        "{err}"
    );
}

#[test]
fn a_value_that_does_not_parse_says_why() {
    let home = Home::new();
    let err = home
        .csp(&["customers", "list", "--limit", "many"])
        .fails(2)
        .to_string();
    assert!(err.contains("invalid value 'many' for '--limit"), "{err}");
    assert!(err.contains("invalid digit"), "{err}");
}

#[test]
fn conflicting_and_unknown_flags_are_named() {
    let home = Home::new();
    let err = home
        .csp(&["invite", "--customer", "a.com", "--name", "A"])
        .fails(2)
        .to_string();
    assert!(
        err.contains("'--customer <CUSTOMER>' cannot be used with '--name <NAME>'"),
        "{err}"
    );
    let err = home.csp(&["init", "--forc"]).fails(2).to_string();
    assert!(err.contains("unexpected argument '--forc' found"), "{err}");
    assert!(err.contains("'--force'"), "{err}");
}

#[test]
fn missing_required_arguments_are_all_named_on_one_line() {
    let home = Home::new();
    let err = home.csp(&["providers", "attach"]).fails(2).to_string();
    let first = err.lines().next().unwrap_or_default();
    assert!(
        first.starts_with("error: the following required arguments were not provided: "),
        "{err}"
    );
    assert!(
        first.contains("<P>") || first.contains("<PROVIDER>"),
        "{err}"
    );
}

#[test]
fn an_unknown_status_lists_the_valid_ones_rather_than_a_lookalike() {
    let home = Home::new();
    let err = home
        .csp(&["customers", "list", "--status", "inactive"])
        .fails(2)
        .to_string();
    assert!(
        err.contains("hint: possible values: active, invited, removed, all"),
        "{err}"
    );
    assert!(!err.contains("similar"), "{err}");
}

#[test]
fn every_option_of_every_command_says_what_it_does() {
    use clap::CommandFactory;
    fn walk(cmd: &clap::Command, path: &str, missing: &mut Vec<String>) {
        for arg in cmd.get_arguments() {
            if arg.is_hide_set() || arg.get_help().is_some() {
                continue;
            }
            missing.push(format!("{path} --{}", arg.get_id()));
        }
        for sub in cmd.get_subcommands() {
            walk(sub, &format!("{path} {}", sub.get_name()), missing);
        }
    }
    let mut missing = Vec::new();
    walk(&csp::cli::Cli::command(), "csp", &mut missing);
    assert!(
        missing.is_empty(),
        "options without a description:\n  {}",
        missing.join("\n  ")
    );
}

#[test]
fn providers_invite_does_not_offer_provider_flags() {
    let home = Home::new();
    let help = home
        .csp(&["providers", "invite", "--help"])
        .ok()
        .to_string();
    assert!(!help.contains("--provider"), "{help}");
    assert!(!help.contains("--no-provider"), "{help}");
    home.csp(&[
        "providers",
        "add",
        "--name",
        "Ingram Micro",
        "--tenant-id",
        "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
    ])
    .ok();
    let err = home
        .csp(&[
            "providers",
            "invite",
            "Ingram Micro",
            "--name",
            "A",
            "--domain",
            "a.com",
            "--provider",
            "Ingram Micro",
        ])
        .fails(2)
        .to_string();
    assert!(err.contains("takes no --provider"), "{err}");
}

#[test]
fn global_options_have_their_own_heading_in_every_help() {
    let home = Home::new();
    for args in [
        &["customers", "add", "--help"][..],
        &["invite", "--help"],
        &["--help"],
    ] {
        let help = home.csp(args).ok().to_string();
        let global = help
            .find("Global options:")
            .unwrap_or_else(|| panic!("{args:?}: {help}"));
        assert!(help[global..].contains("--db <PATH|URL>"), "{args:?}");
        assert!(
            !help[..global].contains("--db <PATH|URL>"),
            "{args:?}: --db among the command's own"
        );
    }
}
