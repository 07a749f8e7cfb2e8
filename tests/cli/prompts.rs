//! Prompts only for a person at a terminal: without one (or with
//! `--no-input` / `CSP_NO_INPUT`) a missing value is a usage error naming
//! the flags, and an ambiguous reference is status 3 naming the candidates.
//! With one, `csp init` asks, and an ambiguous reference offers a picker.

use crate::common::Home;

#[test]
fn init_without_a_terminal_is_a_usage_error_naming_the_flags() {
    let home = Home::empty();
    let run = home.csp(&["init"]);
    let stderr = run.fails(2);
    for flag in ["--name", "--tenant-id", "--role"] {
        assert!(stderr.contains(flag), "{flag} is not named: {stderr}");
    }
    assert!(!home.config().exists(), "nothing was written");
    // Only what is missing is named.
    let run = home.csp(&["init", "--name", "Contoso", "--role", "admin-agent"]);
    let stderr = run.fails(2);
    assert!(
        stderr.contains("--tenant-id") && !stderr.contains("--name,"),
        "{stderr}"
    );
}

#[test]
fn an_ambiguous_customer_without_a_terminal_is_status_3_naming_the_candidates() {
    let home = Home::new();
    home.add_customer("Fabrikam", "fabrikam.com");
    home.add_customer("Fabrikam", "fabrikam.fr");
    let before = home.snapshot();
    for args in [
        vec!["customers", "show", "fabrikam"],
        vec!["customers", "update", "Fabrikam", "--tag", "x"],
        vec!["log", "--customer", "FABRIKAM"],
    ] {
        let run = home.csp(&args);
        let stderr = run.fails(3);
        assert!(
            stderr.contains("fabrikam.com") && stderr.contains("fabrikam.fr"),
            "{args:?}: {stderr}"
        );
    }
    assert_eq!(home.snapshot(), before);
}

#[cfg(unix)]
mod on_a_terminal {
    use super::*;
    use crate::common;
    use rexpect::process::WaitStatus;
    use rexpect::session::PtySession;

    /// `csp ARGS` on a pseudo-terminal (stdin, stdout and stderr all on it).
    fn spawn(home: &Home, args: &[&str], env: &[(&str, &str)]) -> PtySession {
        let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_csp"));
        cmd.args(args)
            .env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", home.path())
            .env("USER", "tester")
            .env("CSP_DB", home.db())
            .env("CSP_CONFIG", home.config())
            .env("TERM", "xterm")
            .env("NO_COLOR", "1");
        for (k, v) in env {
            cmd.env(k, v);
        }
        rexpect::session::spawn_command(cmd, Some(15_000)).expect("spawn csp")
    }

    /// Types `keys` (unbuffered, as a person would).
    fn send(session: &mut PtySession, keys: &str) {
        session.send(keys).expect("type");
        session.flush().expect("flush");
    }

    fn exit_code(session: &mut PtySession) -> i32 {
        match session.process().wait().expect("wait") {
            WaitStatus::Exited(_, code) => code,
            other => panic!("csp did not exit normally: {other:?}"),
        }
    }

    #[test]
    fn init_asks_for_what_is_missing() {
        let home = Home::empty();
        let mut csp = spawn(&home, &["init"], &[]);
        csp.exp_string("Your company's name").expect("name prompt");
        csp.send_line("Contoso Reseller").expect("type");
        csp.exp_string("partner tenant ID").expect("tenant prompt");
        csp.send_line(common::PARTNER_ID).expect("type");
        csp.exp_string("Your role in Partner Center")
            .expect("role picker");
        // The picker starts on admin-agent; Enter takes it.
        send(&mut csp, "\r");
        csp.exp_string("wrote the partner profile").expect("done");
        csp.exp_eof().expect("ends");
        assert_eq!(exit_code(&mut csp), 0);
        let config = std::fs::read_to_string(home.config()).expect("config written");
        assert!(config.contains(common::PARTNER_ID), "{config}");
        assert!(config.contains("admin-agent"), "{config}");
        assert!(config.contains("Contoso Reseller"), "{config}");
    }

    #[test]
    fn a_bad_answer_is_asked_again_saying_why() {
        let home = Home::empty();
        let mut csp = spawn(
            &home,
            &["init", "--name", "Contoso", "--role", "admin-agent"],
            &[],
        );
        csp.exp_string("partner tenant ID").expect("tenant prompt");
        csp.send_line("not-a-guid").expect("type");
        csp.exp_string("invalid tenant ID").expect("says why");
        csp.send_line(common::PARTNER_ID).expect("type");
        csp.exp_string("wrote the partner profile").expect("done");
        csp.exp_eof().expect("ends");
        assert_eq!(exit_code(&mut csp), 0);
        let config = std::fs::read_to_string(home.config()).expect("config written");
        assert!(config.contains(common::PARTNER_ID), "{config}");
    }

    #[test]
    fn no_input_refuses_to_prompt_even_on_a_terminal() {
        for (args, env) in [
            (vec!["init", "--no-input"], vec![]),
            (vec!["--no-input", "init"], vec![]),
            (vec!["init"], vec![("CSP_NO_INPUT", "true")]),
            (vec!["init"], vec![("CSP_NO_INPUT", "1")]),
            (vec!["init"], vec![("CSP_NO_INPUT", "yes")]),
        ] {
            let home = Home::empty();
            let mut csp = spawn(&home, &args, &env);
            let out = csp.exp_eof().expect("ends without asking");
            assert_eq!(exit_code(&mut csp), 2, "{args:?} {env:?}: {out}");
            assert!(
                out.contains("error: missing --name, --tenant-id, --role"),
                "{out}"
            );
            assert!(!out.contains("Your company's name"), "{out}");
            assert!(!home.config().exists());
        }
    }

    #[test]
    fn csp_no_input_set_to_a_false_value_still_prompts() {
        let home = Home::empty();
        let mut csp = spawn(&home, &["init"], &[("CSP_NO_INPUT", "0")]);
        csp.exp_string("Your company's name").expect("name prompt");
        csp.send_control('c').expect("ctrl-c");
        assert!(!home.config().exists());
    }

    #[test]
    fn an_ambiguous_customer_offers_a_picker() {
        let home = Home::new();
        home.add_customer("Fabrikam", "fabrikam.com");
        home.add_customer("Fabrikam", "fabrikam.fr");
        let mut csp = spawn(&home, &["customers", "show", "fabrikam", "--json"], &[]);
        csp.exp_string("matches several customers").expect("picker");
        // Fuzzy: typing narrows the list to the French one.
        send(&mut csp, ".fr");
        csp.exp_string("fabrikam.fr").expect("filtered");
        send(&mut csp, "\r");
        let out = csp.exp_eof().expect("ends");
        assert_eq!(exit_code(&mut csp), 0, "{out}");
        assert!(out.contains("\"domain\": \"fabrikam.fr\""), "{out}");
        assert!(!out.contains("\"domain\": \"fabrikam.com\""), "{out}");
    }

    #[test]
    fn the_picked_customer_is_the_one_updated() {
        let home = Home::new();
        home.add_customer("Fabrikam", "fabrikam.com");
        home.add_customer("Fabrikam", "fabrikam.fr");
        let mut csp = spawn(
            &home,
            &["customers", "update", "Fabrikam", "--tag", "picked"],
            &[],
        );
        csp.exp_string("matches several customers").expect("picker");
        send(&mut csp, ".fr");
        csp.exp_string("fabrikam.fr").expect("filtered");
        send(&mut csp, "\r");
        let out = csp.exp_eof().expect("ends");
        assert_eq!(exit_code(&mut csp), 0, "{out}");
        assert_eq!(
            home.query::<String>("SELECT domain FROM customers WHERE tags = 'picked'"),
            "fabrikam.fr"
        );
        assert_eq!(
            home.query::<i64>("SELECT count(*) FROM customers WHERE tags = ''"),
            1
        );
    }

    #[test]
    fn cancelling_the_picker_leaves_the_reference_ambiguous() {
        let home = Home::new();
        home.add_customer("Fabrikam", "fabrikam.com");
        home.add_customer("Fabrikam", "fabrikam.fr");
        let before = home.snapshot();
        let mut csp = spawn(
            &home,
            &["customers", "update", "Fabrikam", "--tag", "x"],
            &[],
        );
        csp.exp_string("matches several customers").expect("picker");
        send(&mut csp, "\x1b");
        let out = csp.exp_eof().expect("ends");
        assert_eq!(exit_code(&mut csp), 3, "{out}");
        assert!(
            out.contains("error: customer 'Fabrikam' is ambiguous"),
            "{out}"
        );
        assert_eq!(home.snapshot(), before);
    }

    const TAILSPIN_1: &str = "5d6e7f80-1a2b-4c3d-8e9f-0a1b2c3d4e51";
    const TAILSPIN_2: &str = "5d6e7f80-1a2b-4c3d-8e9f-0a1b2c3d4e52";

    fn two_providers_named_alike(home: &Home) {
        for tenant in [TAILSPIN_1, TAILSPIN_2] {
            home.csp(&[
                "providers",
                "add",
                "--name",
                "Tailspin",
                "--tenant-id",
                tenant,
            ])
            .ok();
        }
    }

    #[test]
    fn an_ambiguous_provider_offers_a_picker() {
        let home = Home::new();
        two_providers_named_alike(&home);
        let mut csp = spawn(&home, &["providers", "show", "tailspin", "--json"], &[]);
        csp.exp_string("matches several providers").expect("picker");
        send(&mut csp, "4e52");
        csp.exp_string("4e52").expect("typed");
        send(&mut csp, "\r");
        let out = csp.exp_eof().expect("ends");
        assert_eq!(exit_code(&mut csp), 0, "{out}");
        assert!(
            out.contains(&format!("\"tenant_id\": \"{TAILSPIN_2}\"")),
            "{out}"
        );
    }

    #[test]
    fn attach_picks_both_the_provider_and_the_customer() {
        let home = Home::new();
        two_providers_named_alike(&home);
        home.add_customer("Fabrikam", "fabrikam.com");
        home.add_customer("Fabrikam", "fabrikam.fr");
        let mut csp = spawn(&home, &["providers", "attach", "Tailspin", "Fabrikam"], &[]);
        csp.exp_string("matches several providers")
            .expect("provider picker");
        send(&mut csp, "4e52");
        csp.exp_string("4e52").expect("typed");
        send(&mut csp, "\r");
        csp.exp_string("matches several customers")
            .expect("customer picker");
        send(&mut csp, ".fr");
        csp.exp_string(".fr").expect("typed");
        send(&mut csp, "\r");
        let out = csp.exp_eof().expect("ends");
        assert_eq!(exit_code(&mut csp), 0, "{out}");
        assert_eq!(
            home.query::<String>(
                "SELECT p.tenant_id || ' ' || c.domain FROM provider_customers pc
                 JOIN providers p ON p.id = pc.provider_id JOIN customers c ON c.id = pc.customer_id"
            ),
            format!("{TAILSPIN_2} fabrikam.fr")
        );
    }

    #[test]
    fn a_unique_reference_never_prompts() {
        let home = Home::new();
        home.add_customer("Fabrikam", "fabrikam.com");
        home.add_customer("Fabrikam", "fabrikam.fr");
        let mut csp = spawn(&home, &["customers", "show", "fabrikam.fr", "--json"], &[]);
        let out = csp.exp_eof().expect("ends");
        assert_eq!(exit_code(&mut csp), 0, "{out}");
        assert!(!out.contains("matches several"), "{out}");
    }

    #[test]
    fn a_long_import_shows_progress_on_a_terminal() {
        let home = Home::new();
        let mut csv = String::from("company_name,domain\n");
        for i in 0..100_000 {
            csv.push_str(&format!("Customer {i:05},c{i:05}.example.com\n"));
        }
        let file = home.file("big.csv", &csv);
        let mut csp = spawn(&home, &["customers", "import", &file], &[]);
        let out = csp.exp_eof().expect("ends");
        assert_eq!(exit_code(&mut csp), 0, "{out}");
        assert!(out.contains("importing"), "no progress bar: {out}");
        assert!(out.contains("added 100000"), "{out}");
        // -q: no bar, only the data.
        let fresh = Home::new();
        let file = fresh.file("big.csv", &csv);
        let mut quiet = spawn(&fresh, &["customers", "import", &file, "-q"], &[]);
        let out = quiet.exp_eof().expect("ends");
        assert!(!out.contains("importing"), "{out}");
    }
}
