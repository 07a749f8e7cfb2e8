//! `csp invite --batch`: one invitation per CSV row, all in one transaction.

use crate::common::{on_both_engines, Home};
use serde_json::Value;

fn lines(stdout: &str) -> Vec<Value> {
    stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
        .collect()
}

fn migrated() -> Home {
    let home = Home::new();
    home.csp(&["customers", "list"]).ok();
    home
}

fn a_good_file_records_one_invitation_per_row_and_prints_json_lines() {
    let home = migrated();
    let audit_before: i64 = home.query("SELECT count(*) FROM audit_log");
    let file = home.file(
        "prospects.csv",
        "name,domain,email,contact_name,reference\n\
         Northwind Traders,northwind.com,it@northwind.com,Bo Chen,deal 1\n\
         \n\
         \"Litware, Inc.\",Litware.com,,,\n",
    );
    let run = home.csp(&["invite", "--batch", &file, "--channel", "marketing"]);
    let drafts = lines(run.ok());
    assert_eq!(drafts.len(), 2);
    assert_eq!(drafts[0]["customer_domain"], "northwind.com");
    assert_eq!(drafts[0]["to"], "Bo Chen <it@northwind.com>");
    assert_eq!(drafts[0]["reference"], "deal 1");
    assert_eq!(drafts[0]["status"], "draft");
    assert!(drafts[0]["body"]
        .as_str()
        .unwrap()
        .contains("Hello Bo Chen,"));
    assert_eq!(drafts[1]["customer_domain"], "litware.com");
    assert!(drafts[1]["to"].is_null());
    assert!(drafts[1]["subject"]
        .as_str()
        .unwrap()
        .contains("Litware, Inc."));
    let invited: i64 = home.query(
        "SELECT count(*) FROM customers WHERE relationship = 'invited' AND channel = 'marketing' AND source = 'invitation'",
    );
    assert_eq!(invited, 2);
    let stored: i64 = home.query("SELECT count(*) FROM invitations WHERE status = 'draft'");
    assert_eq!(stored, 2);
    // One summary entry naming every invitation, plus one per customer
    // (its story in `csp log --customer`).
    let audit_after: i64 = home.query("SELECT count(*) FROM audit_log");
    assert_eq!(audit_after, audit_before + 1 + 2);
    let details: String =
        home.query("SELECT details FROM audit_log WHERE action = 'invitation.batch'");
    let details: Value = serde_json::from_str(&details).unwrap();
    assert_eq!(details["count"], 2);
}

fn a_batch_from_stdin_with_a_provider_and_done_records_sent_joint_invitations() {
    let home = migrated();
    home.exec("INSERT INTO providers (id, name, tenant_id, status, connected_at)
             VALUES ('aaaaaaaa-0000-4000-8000-000000000000', 'Tailspin', '11111111-2222-4333-8444-555555555555', 'connected', '2026-01-01T00:00:00Z')");
    home.add_customer("Fabrikam", "fabrikam.com");
    let run = home.csp_stdin(
        &[
            "invite",
            "--batch",
            "-",
            "--provider",
            "Tailspin",
            "--done",
            "--lang",
            "fr",
        ],
        "domain,name\nfabrikam.com,Fabrikam\nnorthwind.com,Northwind\n",
    );
    let drafts = lines(run.ok());
    assert_eq!(drafts.len(), 2);
    for d in &drafts {
        assert_eq!(d["kind"], "reseller_with_provider");
        assert_eq!(d["status"], "sent");
        assert_eq!(d["locale"], "fr");
        assert!(d["link"]
            .as_str()
            .unwrap()
            .contains("indirectCSPId=11111111-2222-4333-8444-555555555555"));
    }
    // The recorded active customer stays active; the new one is invited.
    let rel: String =
        home.query("SELECT relationship FROM customers WHERE domain = 'fabrikam.com'");
    assert_eq!(rel, "active");
    let rel: String =
        home.query("SELECT relationship FROM customers WHERE domain = 'northwind.com'");
    assert_eq!(rel, "invited");
}

fn a_bad_row_aborts_the_whole_batch_naming_its_line() {
    let home = migrated();
    home.add_customer("Fabrikam", "fabrikam.com");
    let before = home.snapshot();
    let cases: &[(&str, i32, &str)] = &[
        (
            "name,domain\nA,a.com\nB,not a domain\n",
            2,
            "error: line 3: invalid domain",
        ),
        (
            "name,domain,email\nA,a.com,\nB,b.com,nope\n",
            2,
            "error: line 3: invalid email",
        ),
        (
            "name,domain\nA,a.com\n,b.com\n",
            2,
            "error: line 3: name must not be empty",
        ),
        (
            "name,domain\nA,a.com\nB,b.com,extra\n",
            2,
            "error: line 3: expected 2 fields",
        ),
        (
            "name,domain\nA,a.com\nA again,A.com\n",
            5,
            "error: line 3: a.com is already invited on line 2 of this file",
        ),
        (
            "name,domain\nA,a.com\nFabrikam,fabrikam.com\n",
            5,
            "error: line 3: Fabrikam (fabrikam.com) is already an active customer",
        ),
        (
            "name,email\nA,a@a.com\n",
            2,
            "error: line 1: the header has no 'domain' column",
        ),
        (
            "name,domain,phone\nA,a.com,1\n",
            2,
            "error: line 1: unknown column 'phone'",
        ),
        ("", 2, "error: line 1: the file is empty"),
    ];
    for (contents, code, message) in cases {
        let file = home.file("batch.csv", contents);
        let run = home.csp(&["invite", "--batch", &file]);
        let err = run.fails(*code);
        assert!(err.starts_with(message), "for {contents:?}: {err}");
        assert_eq!(
            run.stdout, "",
            "nothing is printed when nothing is recorded"
        );
        assert_eq!(home.snapshot(), before, "for {contents:?}");
    }
}

fn batch_flags_that_name_one_invitation_are_refused() {
    let home = migrated();
    let file = home.file("batch.csv", "name,domain\nA,a.com\n");
    let before = home.snapshot();
    for extra in [
        &["--customer", "a.com"][..],
        &["--name", "A", "--domain", "a.com"],
        &["--email", "a@a.com"],
        &["--copy"],
        &["--edit"],
    ] {
        let mut args = vec!["invite", "--batch", file.as_str()];
        args.extend_from_slice(extra);
        home.csp(&args).fails(2);
    }
    home.csp(&["invite", "--batch", "missing.csv"]).fails(1);
    home.csp(&[
        "invite",
        "--name",
        "A",
        "--domain",
        "a.com",
        "--eml-dir",
        "out",
    ])
    .fails(2);
    assert_eq!(home.snapshot(), before);
}

fn eml_dir_gets_one_message_per_invitation_that_a_mail_parser_reads() {
    let home = migrated();
    let file = home.file(
        "batch.csv",
        "name,domain,email,contact_name\nSociété Générale Démo,demo.fr,it@demo.fr,Zoé Durand\nLitware,litware.com,ops@litware.com,\n",
    );
    let dir = home.path().join("drafts").join("new");
    let run = home.csp(&[
        "invite",
        "--batch",
        &file,
        "--eml-dir",
        dir.to_str().unwrap(),
        "--lang",
        "fr",
    ]);
    let drafts = lines(run.ok());
    assert_eq!(drafts.len(), 2);
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names.len(), 2, "{names:?}");
    for d in &drafts {
        let domain = d["customer_domain"].as_str().unwrap();
        let id = d["id"].as_str().unwrap();
        let path = dir.join(format!("{domain}-{}.eml", &id[..8]));
        let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let message = mail_parser::MessageParser::default()
            .parse(&bytes)
            .expect("an RFC 5322 message");
        assert_eq!(message.subject(), d["subject"].as_str());
        let body = message.body_text(0).expect("a text body");
        assert!(body.contains(d["link"].as_str().unwrap()), "{body}");
        let to = message
            .to()
            .and_then(|a| a.first())
            .and_then(|a| a.address())
            .unwrap();
        assert!(d["to"].as_str().unwrap().contains(to), "{to}");
        let from = message
            .from()
            .and_then(|a| a.first())
            .and_then(|a| a.address())
            .unwrap();
        assert_eq!(from, "ann@contoso-reseller.com");
    }
    assert!(drafts[0]["subject"]
        .as_str()
        .unwrap()
        .contains("Société Générale Démo"));
}

fn an_eml_dir_that_cannot_be_made_changes_nothing() {
    let home = migrated();
    let file = home.file("batch.csv", "name,domain\nA,a.com\n");
    let blocker = home.file("not-a-dir", "");
    let before = home.snapshot();
    home.csp(&[
        "invite",
        "--batch",
        &file,
        "--eml-dir",
        &format!("{blocker}/sub"),
    ])
    .fails(1);
    assert_eq!(home.snapshot(), before);
}

fn a_domain_repeated_in_the_file_names_its_first_line_not_a_rolled_back_invitation() {
    let home = migrated();
    let before = home.snapshot();
    let file = home.file(
        "twice.csv",
        "name,domain\n\
         Northwind,northwind.com\n\
         Litware,litware.com\n\
         Northwind again,NorthWind.com\n",
    );
    let err = home.csp(&["invite", "--batch", &file]).fails(5).to_string();
    assert!(
        err.contains("line 4: northwind.com is already invited on line 2 of this file"),
        "{err}"
    );
    assert!(!err.contains("csp invite show"), "{err}");
    assert_eq!(home.snapshot(), before);
}

fn a_contact_name_with_a_comma_is_quoted_in_to_and_in_the_message() {
    let home = migrated();
    let file = home.file(
        "batch.csv",
        "name,domain,email,contact_name\nSG,sg.fr,jean@sg.fr,\"Dupont, Jean \"\"JJ\"\"\"\n",
    );
    let dir = home.path().join("drafts");
    let run = home.csp(&[
        "invite",
        "--batch",
        &file,
        "--eml-dir",
        dir.to_str().unwrap(),
    ]);
    let drafts = lines(run.ok());
    assert_eq!(drafts[0]["to"], r#""Dupont, Jean \"JJ\"" <jean@sg.fr>"#);
    let id = drafts[0]["id"].as_str().unwrap();
    let bytes = std::fs::read(dir.join(format!("sg.fr-{}.eml", &id[..8]))).expect("written");
    let message = mail_parser::MessageParser::default()
        .parse(&bytes)
        .expect("an RFC 5322 message");
    let to = message.to().expect("To");
    assert_eq!(to.iter().count(), 1);
    assert_eq!(to.first().unwrap().name(), Some(r#"Dupont, Jean "JJ""#));
    assert_eq!(to.first().unwrap().address(), Some("jean@sg.fr"));
    let left: Vec<_> = std::fs::read_dir(&dir).expect("dir").collect();
    assert_eq!(left.len(), 1, "no temp file left");
}

fn a_crlf_file_names_the_bad_row_by_its_line() {
    let home = migrated();
    let before = home.snapshot();
    let file = home.file(
        "crlf.csv",
        "name,domain,email\r\nA,a.com,it@a.com\r\nB,b.com,it@b.com\r\nC,not a domain,it@c.com\r\n",
    );
    let err = home.csp(&["invite", "--batch", &file]).fails(2).to_string();
    assert!(err.starts_with("error: line 4:"), "{err}");
    assert_eq!(home.snapshot(), before);
}

fn a_batch_file_that_cannot_be_read_changes_nothing() {
    let home = migrated();
    let before = home.snapshot();
    // A missing file is an I/O failure like any other (1); one that is not
    // text is a bad input (2).
    let err = home
        .csp(&["invite", "--batch", "no-such-file.csv"])
        .fails(1)
        .to_string();
    assert!(err.contains("cannot read no-such-file.csv"), "{err}");
    let file = home.file("latin1.csv", "name,domain\nCaf\u{e9},cafe.fr\n");
    std::fs::write(&file, b"name,domain\nCaf\xe9,cafe.fr\n").unwrap();
    let err = home.csp(&["invite", "--batch", &file]).fails(2).to_string();
    assert!(
        err.starts_with("error: line 2: the file is not UTF-8 text"),
        "{err}"
    );
    assert_eq!(home.snapshot(), before);
}

fn the_log_of_each_invited_customer_tells_its_invitation() {
    let home = migrated();
    let file = home.file(
        "batch.csv",
        "name,domain,email\nAlpha,alpha.com,it@alpha.com\nBeta,beta.com,it@beta.com\n",
    );
    home.csp(&["invite", "--batch", &file, "--no-provider"])
        .ok();
    for domain in ["alpha.com", "beta.com"] {
        let log = home.csp(&["log", "--customer", domain, "--json"]).json();
        let actions: Vec<&str> = log
            .as_array()
            .expect("list")
            .iter()
            .filter_map(|e| e["action"].as_str())
            .collect();
        assert_eq!(actions, ["invitation.create"], "{domain}: {log}");
        assert_eq!(log[0]["details"]["via"], "invite --batch");
    }
    let all = home.csp(&["log", "--json"]).json();
    let batches = all
        .as_array()
        .expect("list")
        .iter()
        .filter(|e| e["action"] == "invitation.batch")
        .count();
    assert_eq!(batches, 1, "one summary entry for the batch");
}

on_both_engines! {
    a_good_file_records_one_invitation_per_row_and_prints_json_lines,
    a_batch_from_stdin_with_a_provider_and_done_records_sent_joint_invitations,
    a_bad_row_aborts_the_whole_batch_naming_its_line,
    batch_flags_that_name_one_invitation_are_refused,
    eml_dir_gets_one_message_per_invitation_that_a_mail_parser_reads,
    an_eml_dir_that_cannot_be_made_changes_nothing,
    a_domain_repeated_in_the_file_names_its_first_line_not_a_rolled_back_invitation,
    a_contact_name_with_a_comma_is_quoted_in_to_and_in_the_message,
    a_crlf_file_names_the_bad_row_by_its_line,
    a_batch_file_that_cannot_be_read_changes_nothing,
    the_log_of_each_invited_customer_tells_its_invitation,
}
