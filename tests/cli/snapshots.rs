//! What a user reads whole, kept as insta snapshots in tests/cli/snapshots/:
//! every built-in invitation draft, the customer card, what `csp remove`
//! makes the admin acknowledge, and the `--help` of every command. Values
//! that change from run to run (ids, times) are redacted; a change to any
//! text shows as a diff to review (`cargo insta review`, or
//! `INSTA_UPDATE=always cargo test` and `git diff`).

use crate::common::{Home, Run};

const INGRAM: &str = "5d6e7f80-1a2b-4c3d-8e9f-0a1b2c3d4e5f";
const TD_SYNNEX: &str = "0a9b8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d";
const LITWARE_TENANT: &str = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";

/// Compares `text` with tests/cli/snapshots/NAME.snap, whose header says
/// which command printed it.
fn check(name: &str, command: &str, text: &str) {
    let mut settings = insta::Settings::clone_current();
    settings.set_prepend_module_to_snapshot(false);
    settings.set_description(command);
    settings.set_omit_expression(true);
    settings.bind(|| insta::assert_snapshot!(name, text));
}

/// `text` with each varying value replaced by `[label]`: the given ids (whole,
/// or as the 8-character prefix `csp` prints in messages) and every RFC 3339
/// time. A placeholder in a table column is padded to the value's width, so
/// the columns still line up.
fn redact(text: &str, ids: &[(&str, &str)]) -> String {
    let mut needles: Vec<(&str, String)> = Vec::new();
    for (id, label) in ids {
        needles.push((id, format!("[{label}]")));
        needles.push((&id[..8], format!("[{label}]")));
    }
    let mut out = String::new();
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        let time = rest.get(..20).filter(|t| is_time(t));
        let found = needles
            .iter()
            .map(|(value, placeholder)| (*value, placeholder.as_str()))
            .chain(time.map(|t| (t, "[time]")))
            .find(|(value, _)| rest.starts_with(value));
        match found {
            Some((value, placeholder)) => {
                rest = &rest[value.len()..];
                out.push_str(placeholder);
                if rest.starts_with("  ") {
                    out.push_str(&" ".repeat(value.len().saturating_sub(placeholder.len())));
                }
            }
            None => {
                out.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    out
}

/// `2026-12-05T21:20:27Z`, as `csp` writes every time.
fn is_time(s: &str) -> bool {
    s.len() == 20
        && s.bytes().enumerate().all(|(i, b)| match i {
            4 | 7 => b == b'-',
            10 => b == b'T',
            13 | 16 => b == b':',
            19 => b == b'Z',
            _ => b.is_ascii_digit(),
        })
}

/// Connects a provider and returns its id.
fn add_provider(home: &Home, name: &str, tenant: &str) -> String {
    let run = home.csp(&[
        "providers",
        "add",
        "--name",
        name,
        "--tenant-id",
        tenant,
        "--json",
    ]);
    run.ok();
    run.json()["id"].as_str().expect("provider id").to_string()
}

// ---------------------------------------------------------------------------
// Invitation drafts: printed on stdout, the default delivery.

/// `csp invite` for a new customer in `lang`, jointly with a provider or
/// not; returns the draft it printed.
fn draft(lang: &str, provider: Option<&str>) -> String {
    let home = Home::new();
    let mut args = vec![
        "invite",
        "--name",
        "Northwind Traders",
        "--domain",
        "northwind.com",
        "--email",
        "it@northwind.com",
        "--contact-name",
        "Bo Chen",
        "--lang",
        lang,
    ];
    if let Some(provider) = provider {
        add_provider(&home, provider, INGRAM);
        args.extend(["--provider", provider]);
    }
    let run = home.csp(&args);
    let stdout = run.ok().to_string();
    assert!(
        run.stderr.starts_with("recorded invitation "),
        "the note goes to stderr, not into the draft: {}",
        run.stderr
    );
    stdout
}

#[test]
fn the_english_reseller_invitation() {
    check(
        "draft-en-reseller",
        "csp invite --name 'Northwind Traders' --domain northwind.com --email it@northwind.com --contact-name 'Bo Chen' --lang en",
        &draft("en", None),
    );
}

#[test]
fn the_english_joint_invitation_with_an_indirect_provider() {
    check(
        "draft-en-joint",
        "csp invite --name 'Northwind Traders' --domain northwind.com --email it@northwind.com --contact-name 'Bo Chen' --lang en --provider 'Ingram Micro'",
        &draft("en", Some("Ingram Micro")),
    );
}

#[test]
fn the_french_reseller_invitation() {
    check(
        "draft-fr-reseller",
        "csp invite --name 'Northwind Traders' --domain northwind.com --email it@northwind.com --contact-name 'Bo Chen' --lang fr",
        &draft("fr", None),
    );
}

#[test]
fn the_french_joint_invitation_with_an_indirect_provider() {
    check(
        "draft-fr-joint",
        "csp invite --name 'Northwind Traders' --domain northwind.com --email it@northwind.com --contact-name 'Bo Chen' --lang fr --provider 'Ingram Micro'",
        &draft("fr", Some("Ingram Micro")),
    );
}

// ---------------------------------------------------------------------------
// Reminders: `csp invite remind ID` about a sent invitation.

/// Sends an invitation (as `draft` does, recorded sent), then drafts its
/// reminder in `lang`; returns the reminder it printed.
fn reminder(lang: &str, provider: Option<&str>) -> String {
    let home = Home::new();
    let mut args = vec![
        "invite",
        "--name",
        "Northwind Traders",
        "--domain",
        "northwind.com",
        "--email",
        "it@northwind.com",
        "--contact-name",
        "Bo Chen",
        "--lang",
        lang,
        "--done",
        "--json",
    ];
    if let Some(provider) = provider {
        add_provider(&home, provider, INGRAM);
        args.extend(["--provider", provider]);
    }
    let run = home.csp(&args);
    run.ok();
    let id = run.json()["id"]
        .as_str()
        .expect("invitation id")
        .to_string();
    let run = home.csp(&["invite", "remind", &id]);
    let stdout = run.ok().to_string();
    assert!(
        run.stderr.starts_with("recorded reminder 1 "),
        "the note goes to stderr, not into the draft: {}",
        run.stderr
    );
    stdout
}

#[test]
fn the_english_reminder() {
    check(
        "reminder-en-reseller",
        "csp invite remind ID (an invitation sent with --lang en)",
        &reminder("en", None),
    );
}

#[test]
fn the_english_joint_reminder() {
    check(
        "reminder-en-joint",
        "csp invite remind ID (a joint invitation with Ingram Micro sent with --lang en)",
        &reminder("en", Some("Ingram Micro")),
    );
}

#[test]
fn the_french_reminder() {
    check(
        "reminder-fr-reseller",
        "csp invite remind ID (an invitation sent with --lang fr)",
        &reminder("fr", None),
    );
}

#[test]
fn the_french_joint_reminder() {
    check(
        "reminder-fr-joint",
        "csp invite remind ID (a joint invitation with Ingram Micro sent with --lang fr)",
        &reminder("fr", Some("Ingram Micro")),
    );
}

// ---------------------------------------------------------------------------
// The customer card, and what removal makes the admin acknowledge.

/// Litware, an active customer with a tenant ID and a contact; Ingram Micro
/// holds its own relationship with it, and a joint invitation with TD SYNNEX
/// waits. Returns the home and the ids to redact.
fn litware(extra: &[&str]) -> (Home, Vec<(String, &'static str)>) {
    let home = Home::new();
    let mut args = vec![
        "customers",
        "add",
        "--name",
        "Litware, Inc.",
        "--domain",
        "litware.com",
        "--tenant-id",
        LITWARE_TENANT,
        "--contact-name",
        "Jo Kim",
        "--contact-email",
        "jo@litware.com",
        "--tag",
        "gold",
        "--json",
    ];
    args.extend_from_slice(extra);
    let run = home.csp(&args);
    run.ok();
    let customer = run.json()["id"].as_str().expect("customer id").to_string();
    let ingram = add_provider(&home, "Ingram Micro", INGRAM);
    let td_synnex = add_provider(&home, "TD SYNNEX", TD_SYNNEX);
    home.csp(&["providers", "attach", "Ingram Micro", "litware.com"])
        .ok();
    let run = home.csp(&[
        "invite",
        "--customer",
        "litware.com",
        "--provider",
        "TD SYNNEX",
        "--json",
    ]);
    run.ok();
    let invitation = run.json()["id"]
        .as_str()
        .expect("invitation id")
        .to_string();
    let ids = vec![
        (customer, "customer id"),
        (ingram, "provider id"),
        (td_synnex, "provider id"),
        (invitation, "invitation id"),
    ];
    (home, ids)
}

fn as_refs<'a>(ids: &'a [(String, &'static str)]) -> Vec<(&'a str, &'a str)> {
    ids.iter()
        .map(|(id, label)| (id.as_str(), *label))
        .collect()
}

#[test]
fn the_customer_card_with_a_provider_and_an_invitation() {
    let (home, ids) = litware(&[]);
    let run = home.csp(&["customers", "show", "litware.com", "--format", "table"]);
    let card = redact(run.ok(), &as_refs(&ids));
    check(
        "customer-card",
        "csp customers show litware.com --format table",
        &card,
    );
}

#[test]
fn what_remove_makes_the_admin_acknowledge_and_says_afterwards() {
    let (home, ids) = litware(&["--delegated-admin"]);
    let run = home.csp(&[
        "remove",
        "litware.com",
        "--acknowledge",
        "--reason",
        "contract ended",
    ]);
    run.ok();
    // With --acknowledge the statement is shown as a note, the same text a
    // terminal shows before asking for the domain.
    check(
        "remove-acknowledgement",
        "csp remove litware.com --acknowledge --reason 'contract ended' (stderr)",
        &redact(&run.stderr, &as_refs(&ids)),
    );
}

// ---------------------------------------------------------------------------
// `--help` of every command, found by walking the tree from `csp --help`.

/// `csp ARGS --help` at a fixed width (with no terminal attached, clap
/// wraps to $COLUMNS), with no CSP_* variable set, so `[env: …]` shows no
/// value.
fn help(path: &[&str]) -> String {
    let home = Home::empty();
    let mut args = path.to_vec();
    args.push("--help");
    let out = home
        .command(&args)
        .env_remove("CSP_DB")
        .env_remove("CSP_CONFIG")
        .env("COLUMNS", "100")
        .write_stdin("")
        .output()
        .expect("run csp");
    let run = Run {
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        code: out.status.code().unwrap_or(-1),
    };
    assert_eq!(run.stderr, "", "csp {} --help", path.join(" "));
    // clap pads an option with no description, and the blank lines of long
    // help, with spaces: dropped, so an editor that trims them keeps the
    // snapshot valid.
    run.ok()
        .lines()
        .map(str::trim_end)
        .collect::<Vec<_>>()
        .join("\n")
}

/// The subcommands a help text lists under `Commands:` (but `help`).
fn subcommands(help: &str) -> Vec<String> {
    help.lines()
        .skip_while(|l| *l != "Commands:")
        .skip(1)
        .take_while(|l| l.starts_with("  "))
        // A long description goes on over more deeply indented lines.
        .filter(|l| !l[2..].starts_with(' '))
        .filter_map(|l| l.split_whitespace().next())
        .filter(|name| *name != "help")
        .map(str::to_string)
        .collect()
}

#[test]
fn every_command_has_the_help_it_had() {
    let mut walked = Vec::new();
    let mut queue: Vec<Vec<String>> = vec![vec![]];
    while let Some(path) = queue.pop() {
        let args: Vec<&str> = path.iter().map(String::as_str).collect();
        let text = help(&args);
        let command = ["csp"].iter().chain(&args).copied().collect::<Vec<_>>();
        let name = format!("help-{}", command.join("-"));
        check(&name, &format!("{} --help", command.join(" ")), &text);
        walked.push(command.join(" "));
        for sub in subcommands(&text).into_iter().rev() {
            let mut next = path.clone();
            next.push(sub);
            queue.push(next);
        }
    }
    // The walk reached the whole tree, not just the top.
    for leaf in [
        "csp customers list",
        "csp invite accept",
        "csp invite remind",
        "csp providers attach",
        "csp remove",
        "csp log",
    ] {
        assert!(
            walked.iter().any(|w| w == leaf),
            "{leaf} not walked: {walked:?}"
        );
    }
    check(
        "help-tree",
        "every command whose --help is kept",
        &walked.join("\n"),
    );
}
