//! Output as scripts and pipelines rely on it: each format's exact shape,
//! global options before or after the subcommand, `-q`, color rules, and a
//! closed pipe that ends quietly.

use crate::common::Home;

const CUSTOMER_FIELDS: [&str; 17] = [
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
    "source",
    "channel",
    "tags",
    "providers",
    "created_at",
    "updated_at",
    "removed_at",
];

/// A home with two customers, one with a tenant ID, contact, tags and a
/// name that needs CSV quoting.
fn two_customers() -> Home {
    let home = Home::new();
    home.csp(&[
        "customers",
        "add",
        "--name",
        "Fabrikam, \"The Best\"",
        "--domain",
        "fabrikam.com",
        "--tenant-id",
        "3f2504e0-4f89-41d3-9a0c-0305e82c3301",
        "--contact-name",
        "Jo Doe",
        "--contact-email",
        "jo@fabrikam.com",
        "--tag",
        "gold",
        "--tag",
        "eu",
        "--delegated-admin",
    ])
    .ok();
    home.add_customer("Northwind", "northwind.com");
    home
}

#[test]
fn piped_output_is_tsv_without_a_header_one_line_a_record() {
    let home = two_customers();
    let out = home.csp(&["customers", "list"]);
    let lines: Vec<&str> = out.ok().lines().collect();
    assert_eq!(lines.len(), 2, "{}", out.stdout);
    let first: Vec<&str> = lines[0].split('\t').collect();
    assert_eq!(first.len(), CUSTOMER_FIELDS.len());
    assert_eq!(first[1], "Fabrikam, \"The Best\"");
    assert_eq!(first[2], "fabrikam.com");
    assert_eq!(first[3], "3f2504e0-4f89-41d3-9a0c-0305e82c3301");
    assert_eq!(first[4], "fabrikam.com", "domains, the primary first");
    assert_eq!(first[7], "active");
    assert_eq!(first[9], "true");
    assert_eq!(first[12], "gold;eu");
    assert_eq!(first[16], "", "removed_at is empty, not null");
    let second: Vec<&str> = lines[1].split('\t').collect();
    assert_eq!(&second[1..4], ["Northwind", "northwind.com", ""]);
    // An explicit --format tsv is the same.
    assert_eq!(
        home.csp(&["customers", "list", "--format", "tsv"]).ok(),
        out.stdout
    );
}

#[test]
fn csv_has_a_header_and_quotes_as_rfc_4180_says() {
    let home = two_customers();
    let out = home.csp(&["customers", "list", "--format", "csv"]);
    let text = out.ok();
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some(CUSTOMER_FIELDS.join(",").as_str()));
    let first = lines.next().expect("a row");
    assert!(
        first.contains(",\"Fabrikam, \"\"The Best\"\"\",fabrikam.com,"),
        "{first}"
    );
    // Any CSV reader gets the values back.
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
    assert_eq!(rows.len(), 2);
    assert_eq!(&rows[0][1], "Fabrikam, \"The Best\"");
    assert_eq!(&rows[0][12], "gold;eu");
    assert_eq!(&rows[1][2], "northwind.com");
}

#[test]
fn json_lists_are_always_arrays_even_of_zero_or_one() {
    let home = two_customers();
    let none = home.csp(&["customers", "list", "--json", "--search", "nothing-matches"]);
    assert_eq!(none.ok(), "[]\n");
    assert_eq!(none.json(), serde_json::json!([]));
    let one = home.csp(&["customers", "list", "--json", "--search", "north"]);
    let one = one.json();
    assert_eq!(one.as_array().map(Vec::len), Some(1), "{one}");
    assert_eq!(one[0]["domain"], "northwind.com");
    let two = home.csp(&["customers", "list", "--format", "json"]).json();
    assert_eq!(two.as_array().map(Vec::len), Some(2));
}

#[test]
fn every_field_is_present_and_null_when_empty() {
    let home = two_customers();
    let list = home
        .csp(&["customers", "list", "--json", "--search", "north"])
        .json();
    let record = list[0].as_object().expect("object");
    let keys: Vec<&str> = record.keys().map(String::as_str).collect();
    let mut expected = CUSTOMER_FIELDS.to_vec();
    expected.sort();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(sorted, expected);
    for field in [
        "tenant_id",
        "contact_name",
        "contact_email",
        "channel",
        "removed_at",
    ] {
        assert!(
            record[field].is_null(),
            "{field} should be null: {record:?}"
        );
    }
    assert_eq!(record["tags"], serde_json::json!([]));
    assert_eq!(record["delegated_admin"], false);
    let full = home
        .csp(&["customers", "list", "--json", "--search", "fab"])
        .json();
    assert_eq!(full[0]["tags"], serde_json::json!(["gold", "eu"]));
    assert_eq!(full[0]["delegated_admin"], true);
}

#[test]
fn show_and_add_print_one_object_in_json() {
    let home = two_customers();
    let shown = home
        .csp(&["customers", "show", "northwind.com", "--json"])
        .json();
    assert!(shown.is_object(), "{shown}");
    assert_eq!(shown["domain"], "northwind.com");
    let added = home
        .csp(&[
            "customers",
            "add",
            "--name",
            "Litware",
            "--domain",
            "litware.com",
            "--json",
        ])
        .json();
    assert!(added.is_object());
    assert_eq!(added["relationship"], "active");
}

#[test]
fn jsonl_is_one_object_a_line() {
    let home = two_customers();
    let out = home.csp(&["customers", "list", "--format", "jsonl"]);
    let lines: Vec<&str> = out.ok().lines().collect();
    assert_eq!(lines.len(), 2);
    for line in &lines {
        let value: serde_json::Value = serde_json::from_str(line).expect("a JSON object");
        assert_eq!(
            value.as_object().map(|o| o.len()),
            Some(CUSTOMER_FIELDS.len())
        );
    }
    assert!(lines[1].contains("\"domain\":\"northwind.com\""));
    let none = home.csp(&["customers", "list", "--format", "jsonl", "--search", "zzz"]);
    assert_eq!(none.ok(), "");
}

#[test]
fn the_log_is_a_list_in_every_format() {
    let home = two_customers();
    let log = home.csp(&["log", "--json"]).json();
    let entries = log.as_array().expect("array");
    assert_eq!(entries.len(), 2);
    assert_eq!(entries[0]["action"], "customer.add");
    assert!(entries[0]
        .as_object()
        .expect("object")
        .contains_key("reason"));
    let one = home.csp(&["log", "--json", "--limit", "1"]).json();
    assert_eq!(one.as_array().map(Vec::len), Some(1));
    let tsv = home.csp(&["log"]);
    assert_eq!(tsv.ok().lines().count(), 2);
    let csv = home.csp(&["log", "--format", "csv"]);
    assert!(csv
        .ok()
        .starts_with("id,at,user,role,action,entity,entity_id,customer_id,reason,details\n"));
}

#[test]
fn a_table_aligns_columns_and_shows_times_as_how_long_ago() {
    let home = two_customers();
    let out = home.csp(&["log", "--format", "table"]);
    let lines: Vec<&str> = out.ok().lines().collect();
    assert!(lines[0].starts_with("AT "), "{}", out.stdout);
    assert!(lines[1].starts_with("just now "), "{}", out.stdout);
    let table = home.csp(&["customers", "list", "--format", "table"]);
    let lines: Vec<&str> = table.ok().lines().collect();
    assert!(lines[0].starts_with("ID "), "{}", table.stdout);
    // Every row's domain starts in the same column as its header.
    let column = lines[0].find("DOMAIN").expect("DOMAIN header");
    assert_eq!(
        lines[1][column..].split_whitespace().next(),
        Some("fabrikam.com")
    );
    assert_eq!(
        lines[2][column..].split_whitespace().next(),
        Some("northwind.com")
    );
    // No color unless asked for: stdout is not a terminal.
    assert!(!table.stdout.contains('\x1b'));
}

#[test]
fn wide_characters_line_up_in_a_table() {
    let home = Home::new();
    home.add_customer("日本商事", "nihon.example.com");
    home.add_customer("Ab", "ab.example.com");
    let table = home.csp(&["customers", "list", "--format", "table"]);
    let lines: Vec<&str> = table.ok().lines().collect();
    let width = |s: &str| -> usize {
        // Display width: the CJK characters here take two columns each.
        s.chars()
            .map(|c| if (c as u32) >= 0x3000 { 2 } else { 1 })
            .sum()
    };
    let header = lines[0].find("DOMAIN").expect("DOMAIN header");
    for line in &lines[1..] {
        let at = line.find(".example.com").expect("domain");
        let start = line[..at].rfind(' ').map(|i| i + 1).unwrap_or(0);
        assert_eq!(
            width(&line[..start]),
            header,
            "misaligned:\n{}",
            table.stdout
        );
    }
}

#[test]
fn color_only_when_asked_and_never_in_data_formats() {
    let home = two_customers();
    let always = home.csp(&[
        "customers",
        "list",
        "--format",
        "table",
        "--color",
        "always",
    ]);
    assert!(always.ok().contains("\x1b["), "--color always gives color");
    let never = home.csp(&["customers", "list", "--format", "table", "--color", "never"]);
    assert!(!never.ok().contains('\x1b'));
    // A card's relationship word stands out in green.
    let card = home.csp(&[
        "customers",
        "show",
        "northwind.com",
        "--format",
        "table",
        "--color",
        "always",
    ]);
    assert!(
        card.ok().contains("\x1b[32mactive\x1b[0m since "),
        "{:?}",
        card.stdout
    );
    let card = home.csp(&["customers", "show", "northwind.com", "--format", "table"]);
    assert!(card.ok().contains("active since ") && !card.stdout.contains('\x1b'));
    // And the list's relationship column too.
    assert!(
        always.stdout.contains("\x1b[38;5;10mactive"),
        "{:?}",
        always.stdout
    );
    for format in ["tsv", "csv", "json", "jsonl"] {
        let out = home.csp(&["customers", "list", "--format", format, "--color", "always"]);
        assert!(!out.ok().contains('\x1b'), "{format} has color");
    }
}

#[test]
fn quiet_silences_messages_but_not_data_or_errors() {
    let home = Home::new();
    let loud = home.csp(&[
        "customers",
        "add",
        "--name",
        "Fabrikam",
        "--domain",
        "fabrikam.com",
    ]);
    assert!(!loud.stderr.is_empty(), "a note is printed without -q");
    let quiet = home.csp(&[
        "customers",
        "add",
        "--name",
        "Northwind",
        "--domain",
        "northwind.com",
        "-q",
    ]);
    assert_eq!(quiet.ok().lines().count(), 1, "the record is still printed");
    assert_eq!(quiet.stderr, "");
    let empty = home.csp(&[
        "-q",
        "customers",
        "list",
        "--format",
        "table",
        "--search",
        "zzz",
    ]);
    assert_eq!((empty.ok(), empty.stderr.as_str()), ("", ""));
    let csv = home.file("c.csv", "company_name,domain\nLitware,litware.com\n");
    let import = home.csp(&["customers", "import", &csv, "-q"]);
    import.ok();
    assert_eq!(import.stderr, "");
    let failed = home.csp(&["-q", "customers", "show", "nobody.com"]);
    failed.fails(3);
}

/// Each global option, placed before and after the subcommand, has the same effect.
#[test]
fn a_read_never_creates_a_database_named_by_db_or_csp_db() {
    let home = Home::new();
    let typo = home.path().join("typo.db");
    let err = home
        .csp(&["--db", &typo.display().to_string(), "customers", "list"])
        .fails(1)
        .to_string();
    assert!(err.contains("does not exist"), "{err}");
    assert!(!typo.exists(), "nothing was created");
    let mut cmd = home.command(&["customers", "list"]);
    cmd.env("CSP_DB", &typo);
    let out = cmd.output().expect("run");
    assert_eq!(out.status.code(), Some(1));
    assert!(!typo.exists(), "nothing was created");
}

#[test]
fn global_options_work_before_or_after_the_subcommand() {
    let home = two_customers();
    let other_db = home.path().join("other.db").display().to_string();
    let made = home.csp(&[
        "--db",
        &other_db,
        "customers",
        "add",
        "--name",
        "Other",
        "--domain",
        "other.com",
    ]);
    assert!(made.ok().contains("other.com"));
    assert!(
        made.stderr.contains("created a new database"),
        "{}",
        made.stderr
    );
    for args in [
        vec!["--db", &other_db, "customers", "list", "--json"],
        vec!["customers", "list", "--json", "--db", &other_db],
        vec!["customers", "--db", &other_db, "list", "--json"],
    ] {
        let list = home.csp(&args).json();
        assert_eq!(list[0]["domain"], "other.com", "{args:?}");
        assert_eq!(list.as_array().map(Vec::len), Some(1), "{args:?}");
    }

    let before = home.csp(&["--json", "customers", "list"]).json();
    let after = home.csp(&["customers", "list", "--json"]).json();
    assert_eq!(before, after);
    assert_eq!(before.as_array().map(Vec::len), Some(2));

    let before = home.csp(&["--format", "csv", "customers", "list"]);
    let after = home.csp(&["customers", "list", "--format", "csv"]);
    assert_eq!(before.ok(), after.ok());
    assert!(before.stdout.starts_with("id,company_name,"));

    let before = home.csp(&["-q", "customers", "add", "--name", "A", "--domain", "a.com"]);
    let after = home.csp(&["customers", "add", "--name", "B", "--domain", "b.com", "-q"]);
    assert_eq!(
        (before.ok().is_empty(), before.stderr.as_str()),
        (false, "")
    );
    assert_eq!((after.ok().is_empty(), after.stderr.as_str()), (false, ""));

    let fresh = Home::empty();
    for args in [vec!["--no-input", "init"], vec!["init", "--no-input"]] {
        let run = fresh.csp(&args);
        assert!(run.fails(2).contains("--name"), "{args:?}: {}", run.stderr);
    }
}

/// 10,000 customers, imported from a generated CSV through `-`.
#[cfg(unix)]
fn ten_thousand_customers() -> Home {
    let home = Home::new();
    let mut csv = String::from("company_name,domain,tags\n");
    for i in 0..10_000 {
        csv.push_str(&format!("Customer {i:05},c{i:05}.example.com,bulk\n"));
    }
    let import = home.csp_stdin(&["customers", "import", "-"], &csv);
    import.ok();
    assert_eq!(home.query::<i64>("SELECT count(*) FROM customers"), 10_000);
    home
}

/// Runs `csp ARGS | head -1` in sh; returns csp's status, its stderr, and what head printed.
#[cfg(unix)]
fn piped_to_head(home: &Home, args: &str) -> (i32, String, String) {
    let csp = env!("CARGO_BIN_EXE_csp");
    let script = format!(
        "('{csp}' {args} 2>'{dir}/stderr'; echo $? >'{dir}/status') | head -1",
        dir = home.path().display()
    );
    let output = std::process::Command::new("sh")
        .args(["-c", &script])
        .env("CSP_DB", home.db())
        .env("CSP_CONFIG", home.config())
        .output()
        .expect("run sh");
    let status = std::fs::read_to_string(home.path().join("status")).expect("status");
    let stderr = std::fs::read_to_string(home.path().join("stderr")).expect("stderr");
    (
        status.trim().parse().expect("a number"),
        stderr,
        String::from_utf8_lossy(&output.stdout).into_owned(),
    )
}

#[cfg(unix)]
#[test]
fn a_closed_pipe_ends_quietly_with_status_0() {
    let home = ten_thousand_customers();
    for format in ["tsv", "csv", "json", "jsonl", "table"] {
        let (status, stderr, first) =
            piped_to_head(&home, &format!("customers list --format {format}"));
        assert_eq!(status, 0, "{format}: status {status}, stderr: {stderr}");
        assert_eq!(stderr, "", "{format}: stderr must be empty");
        assert_eq!(first.lines().count(), 1, "{format}: {first}");
    }
    let (status, stderr, first) = piped_to_head(&home, "customers list");
    assert_eq!((status, stderr.as_str()), (0, ""));
    assert!(
        first.contains("\tCustomer 00000\tc00000.example.com\t"),
        "{first}"
    );
    let (status, stderr, first) = piped_to_head(&home, "customers export");
    assert_eq!((status, stderr.as_str()), (0, ""));
    assert!(first.starts_with("id,company_name,"));
    let (status, stderr, _) = piped_to_head(&home, "log --format jsonl");
    assert_eq!((status, stderr.as_str()), (0, ""));
}

#[cfg(unix)]
#[test]
fn a_closed_stderr_is_not_a_crash() {
    let home = Home::new();
    for (args, code) in [
        (
            vec![
                "customers",
                "add",
                "--name",
                "Fabrikam",
                "--domain",
                "fabrikam.com",
            ],
            0,
        ),
        (vec!["customers", "show", "nobody.com"], 3),
        (vec!["customers", "--no-such-flag"], 2),
    ] {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_csp"))
            .args(&args)
            .env("CSP_DB", home.db())
            .env("CSP_CONFIG", home.config())
            .stdin(std::process::Stdio::null())
            .stderr(closed_pipe())
            .output()
            .expect("run csp");
        assert_eq!(out.status.code(), Some(code), "{args:?}");
    }
    assert_eq!(home.query::<i64>("SELECT count(*) FROM customers"), 1);
}

/// The write end of a pipe whose reader is already gone: writing to it fails with EPIPE.
#[cfg(unix)]
fn closed_pipe() -> std::process::Stdio {
    let mut child = std::process::Command::new("true")
        .stdin(std::process::Stdio::piped())
        .spawn()
        .expect("spawn true");
    let stdin = child.stdin.take().expect("stdin");
    child.wait().expect("wait");
    std::process::Stdio::from(stdin)
}

#[test]
fn a_dash_reads_the_file_from_stdin() {
    let home = Home::new();
    let out = home.csp_stdin(
        &["customers", "import", "-", "--json"],
        "company_name,domain\nFabrikam,fabrikam.com\nNorthwind,northwind.com\n",
    );
    assert_eq!(out.json()["added"], 2);
    assert_eq!(home.query::<i64>("SELECT count(*) FROM customers"), 2);
}

/// Runs `csp ARGS` on a pseudo-terminal and returns everything it printed.
#[cfg(unix)]
fn on_terminal(home: &Home, args: &[&str], env: &[(&str, &str)]) -> String {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_csp"));
    cmd.args(args)
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", home.path())
        .env("CSP_DB", home.db())
        .env("CSP_CONFIG", home.config())
        .env("TERM", "xterm");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let mut session = rexpect::session::spawn_command(cmd, Some(10_000)).expect("spawn");
    session.exp_eof().expect("csp ends")
}

#[cfg(unix)]
#[test]
fn a_table_on_a_terminal_fits_its_width() {
    let home = Home::new();
    home.add_customer(
        "A company with a very long name that would never fit on one narrow line",
        "long.example.com",
    );
    let out = on_terminal(
        &home,
        &["customers", "list"],
        &[("COLUMNS", "60"), ("NO_COLOR", "1")],
    );
    assert!(out.contains("long.example.com"), "{out}");
    for line in out.lines() {
        assert!(
            line.trim_end().chars().count() <= 60,
            "wider than 60:\n{out}"
        );
    }
    assert!(out.lines().count() > 2, "the long name wraps:\n{out}");
}

/// On a real terminal: a table in color by default; NO_COLOR, TERM=dumb and
/// --color never turn the color off.
#[cfg(unix)]
#[test]
fn color_on_a_terminal_follows_no_color_term_and_the_flag() {
    let home = two_customers();
    let on_terminal = |env: &[(&str, &str)], extra: &[&str]| -> String {
        let mut args = vec!["customers", "list"];
        args.extend(extra);
        on_terminal(&home, &args, env)
    };
    let plain = on_terminal(&[], &[]);
    assert!(
        plain.contains("northwind.com"),
        "a table on a terminal: {plain}"
    );
    assert!(
        plain.contains("\x1b["),
        "color by default on a terminal: {plain:?}"
    );
    for (env, extra) in [
        (vec![("NO_COLOR", "1")], vec![]),
        (vec![("TERM", "dumb")], vec![]),
        (vec![], vec!["--color", "never"]),
    ] {
        let out = on_terminal(&env, &extra);
        assert!(out.contains("northwind.com"), "{out}");
        assert!(
            !out.contains("\x1b["),
            "{env:?} {extra:?} still colors: {out:?}"
        );
    }
}
