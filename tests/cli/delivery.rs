//! Where `csp invite` sends its draft: stdout, `--mailto`, `--open`,
//! `--eml FILE`, and `--edit` before anything is recorded. (The clipboard
//! has its own module: tests/cli/clipboard.rs.)

use crate::common::{on_both_engines, Home, Run, PARTNER_ID};
use mail_parser::{HeaderName, MessageParser, MimeHeaders};
use std::path::{Path, PathBuf};

fn link() -> String {
    format!("https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId={PARTNER_ID}&msppId=0&DAP=false#/BillingAccounts/partner-invitation")
}

fn invite(home: &Home, extra: &[&str]) -> Run {
    let mut args = vec![
        "invite",
        "--name",
        "Northwind Café",
        "--domain",
        "northwind.com",
        "--email",
        "it@northwind.com",
        "--contact-name",
        "Zoë Ørsted",
    ];
    args.extend_from_slice(extra);
    home.csp(&args)
}

fn invitation_count(home: &Home) -> i64 {
    home.query("SELECT count(*) FROM invitations")
}

fn stored(home: &Home, column: &str) -> String {
    home.query(&format!("SELECT {column} FROM invitations"))
}

fn with_template(home: &Home, toml: &str) {
    let mut config = std::fs::read_to_string(home.config()).expect("config");
    config.push_str(toml);
    std::fs::write(home.config(), config).expect("write config");
}

/// A shell script usable as `$EDITOR`: it gets the file to edit as its last argument.
fn editor_script(home: &Home, name: &str, script: &str) -> String {
    let path = home.path().join(name);
    std::fs::write(&path, format!("#!/bin/sh\nset -e\n{script}\n")).expect("write script");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    }
    path.display().to_string()
}

fn invite_with_editor(home: &Home, editor: &str, extra: &[&str]) -> Run {
    let mut args = vec![
        "invite",
        "--name",
        "Northwind",
        "--domain",
        "northwind.com",
        "--edit",
    ];
    args.extend_from_slice(extra);
    let out = home
        .command(&args)
        .env("EDITOR", editor)
        .write_stdin("")
        .output()
        .expect("run csp");
    Run {
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        code: out.status.code().unwrap_or(-1),
    }
}

// ---------------------------------------------------------------- stdout

fn default_prints_to_subject_blank_line_and_body() {
    let home = Home::new();
    let out = invite(&home, &[]).ok().to_string();
    let mut lines = out.lines();
    assert_eq!(lines.next(), Some("To: Zoë Ørsted <it@northwind.com>"));
    assert_eq!(
        lines.next(),
        Some(format!("Subject: {}", stored(&home, "subject")).as_str())
    );
    assert_eq!(lines.next(), Some(""));
    let body: String = lines.map(|l| format!("{l}\n")).collect();
    assert_eq!(body.trim_end(), stored(&home, "body").trim_end());
    assert!(body.contains(&link()));
}

fn json_prints_the_invitation_record_whatever_the_destinations() {
    let home = Home::new();
    let eml = home.path().join("n.eml");
    let run = invite(
        &home,
        &["--json", "--mailto", "--eml", eml.to_str().unwrap()],
    );
    run.ok();
    let record = run.json();
    assert_eq!(record["link"], link());
    assert_eq!(record["status"], "draft");
    assert!(eml.exists());
    // The URI went to stderr, not into the JSON.
    assert!(
        run.stderr.contains("mailto:it@northwind.com?subject="),
        "{}",
        run.stderr
    );
}

// ---------------------------------------------------------------- mailto

fn mailto_encodes_spaces_ampersands_accents_and_newlines_exactly() {
    let home = Home::new();
    with_template(
        &home,
        "[templates.enc]\nsubject = \"Café & co: 100% ready?\"\nbody = \"Hi {contact_name},\\nline 2 + more\\n{link}\\n\"\n",
    );
    let run = home.csp(&[
        "invite",
        "--name",
        "Fabrikam",
        "--domain",
        "fabrikam.com",
        "--email",
        "it@fabrikam.com",
        "--contact-name",
        "Zoë",
        "--template",
        "enc",
        "--mailto",
    ]);
    let expected = format!(
        "mailto:it@fabrikam.com?subject=Caf%C3%A9%20%26%20co%3A%20100%25%20ready%3F\
         &body=Hi%20Zo%C3%AB%2C%0D%0Aline%202%20%2B%20more%0D%0A\
         https%3A%2F%2Fadmin.microsoft.com%2FAdminportal%2FHome%3FinvType%3DResellerRelationship\
         %26partnerId%3D{PARTNER_ID}%26msppId%3D0%26DAP%3Dfalse%23%2FBillingAccounts%2Fpartner-invitation%0D%0A\n"
    );
    assert_eq!(run.ok(), expected);
    assert_eq!(invitation_count(&home), 1);
}

fn open_without_a_desktop_prints_the_uri_and_says_why() {
    let home = Home::new();
    let run = invite(&home, &["--open"]);
    let uri = run.ok().trim_end().to_string();
    assert!(uri.starts_with("mailto:it@northwind.com?subject="), "{uri}");
    assert!(uri.contains("%26msppId%3D0%26DAP%3Dfalse"), "{uri}");
    assert!(
        run.stderr
            .contains("cannot open a mail client: no desktop session"),
        "{}",
        run.stderr
    );
    assert_eq!(invitation_count(&home), 1);
}

// ---------------------------------------------------------------- .eml

fn parse_eml(path: &Path) -> (Vec<u8>, mail_parser::Message<'static>) {
    let bytes = std::fs::read(path).expect("eml written");
    let message = MessageParser::default()
        .parse(&bytes)
        .expect("a parseable message")
        .into_owned();
    (bytes, message)
}

fn eml_is_a_message_mail_parser_reads_with_utf8_subject_names_and_body() {
    let home = Home::new();
    let path = home.path().join("northwind.eml");
    invite(&home, &["--eml", path.to_str().unwrap()]).ok();
    let (bytes, message) = parse_eml(&path);
    assert!(bytes.is_ascii(), "headers and body are transfer-encoded");

    let subject = stored(&home, "subject");
    assert!(subject.contains("Northwind Café"), "{subject}");
    assert_eq!(message.subject(), Some(subject.as_str()));

    let to = message.to().and_then(|a| a.first()).expect("To");
    assert_eq!(to.name(), Some("Zoë Ørsted"));
    assert_eq!(to.address(), Some("it@northwind.com"));
    let from = message.from().and_then(|a| a.first()).expect("From");
    assert_eq!(from.name(), Some("Ann Lee"));
    assert_eq!(from.address(), Some("ann@contoso-reseller.com"));

    assert!(message.date().is_some(), "Date header");
    let id = message.message_id().expect("Message-ID");
    assert!(id.ends_with("@contoso-reseller.com"), "{id}");
    let body = message.body_text(0).expect("text body");
    assert_eq!(
        body.replace("\r\n", "\n").trim_end(),
        stored(&home, "body").trim_end()
    );
    assert!(body.contains(&link()));
    let part = message.text_part(0).expect("text part");
    let ct = part.content_type().expect("content type");
    assert_eq!((ct.ctype(), ct.subtype()), ("text", Some("plain")));
    assert_eq!(
        ct.attribute("charset")
            .map(str::to_ascii_lowercase)
            .as_deref(),
        Some("utf-8")
    );
}

fn eml_names_are_encoded_words_never_in_quotes() {
    let home = Home::new();
    let path = home.path().join("elan.eml");
    home.csp(&[
        "invite",
        "--name",
        "Société Élan",
        "--domain",
        "elan.fr",
        "--email",
        "it@elan.fr",
        "--contact-name",
        "Dupont, Élodie « la directrice » avec un nom très long en vérité",
        "--eml",
        path.to_str().expect("path"),
    ])
    .ok();
    let (bytes, message) = parse_eml(&path);
    let text = String::from_utf8_lossy(&bytes);
    let to_header: String = text
        .split("\r\n")
        .skip_while(|l| !l.starts_with("To:"))
        .take_while(|l| l.starts_with("To:") || l.starts_with(' '))
        .collect::<Vec<_>>()
        .join("\r\n");
    assert!(
        !to_header.contains("\"=?"),
        "an encoded word in quotes: {to_header}"
    );
    for word in to_header.split_whitespace().filter(|w| w.starts_with("=?")) {
        assert!(word.len() <= 75, "encoded word longer than 75: {word}");
    }
    let to = message.to().and_then(|a| a.first()).expect("To");
    assert_eq!(
        to.name(),
        Some("Dupont, Élodie « la directrice » avec un nom très long en vérité")
    );
    assert_eq!(to.address(), Some("it@elan.fr"));
}

fn eml_replaces_an_existing_file_and_leaves_no_temp_file() {
    let home = Home::new();
    let path = home.file("old.eml", "not a message");
    invite(&home, &["--eml", &path]).ok();
    let (_, message) = parse_eml(Path::new(&path));
    assert!(message.subject().is_some());
    let names: Vec<String> = std::fs::read_dir(home.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("old.eml"))
        .collect();
    assert_eq!(names, ["old.eml"]);
}

fn header_injection_through_a_name_or_address_is_refused_and_changes_nothing() {
    let home = Home::new();
    home.csp(&["customers", "list"]).ok();
    let before = home.snapshot();
    let path = home.path().join("evil.eml");
    for extra in [
        ["--contact-name", "Eve\r\nBcc: victim@evil.test"],
        ["--contact-name", "Eve\nBcc: victim@evil.test"],
        ["--email", "eve@evil.test\r\nBcc: victim@evil.test"],
    ] {
        let mut args = vec![
            "invite",
            "--name",
            "Evil",
            "--domain",
            "evil.test",
            "--eml",
            path.to_str().unwrap(),
        ];
        args.extend_from_slice(&extra);
        home.csp(&args).fails(2);
        assert_eq!(home.snapshot(), before, "{extra:?}");
        assert!(!path.exists());
    }
}

fn a_name_that_looks_like_a_header_stays_inside_the_to_header() {
    let home = Home::new();
    let path = home.path().join("odd.eml");
    let name = "Bcc: victim@evil.test, \"Eve\" <x@evil.test>";
    home.csp(&[
        "invite",
        "--name",
        "Northwind",
        "--domain",
        "northwind.com",
        "--email",
        "it@northwind.com",
        "--contact-name",
        name,
        "--eml",
        path.to_str().unwrap(),
    ])
    .ok();
    let (_, message) = parse_eml(&path);
    let names: Vec<String> = message
        .headers()
        .iter()
        .map(|h| h.name().to_ascii_lowercase())
        .collect();
    assert!(!names.iter().any(|n| n == "bcc" || n == "cc"), "{names:?}");
    assert_eq!(names.iter().filter(|n| *n == "to").count(), 1);
    let to = message.to().expect("To");
    assert_eq!(to.iter().count(), 1, "one recipient");
    let to = to.first().unwrap();
    assert_eq!(to.address(), Some("it@northwind.com"));
    assert_eq!(to.name(), Some(name));
    assert!(message.header(HeaderName::Bcc).is_none());
}

// ---------------------------------------------------------------- --edit

fn edit_that_keeps_the_link_stores_the_edited_text() {
    let home = Home::new();
    // Rewrites the subject line and puts a line before the body.
    let editor = editor_script(
        &home,
        "edit.sh",
        r#"f="$1"; { echo "Subject: Edited subject — Northwind"; echo; echo "A personal word."; tail -n +3 "$f"; } > "$f.new"; mv "$f.new" "$f""#,
    );
    let run = invite_with_editor(&home, &editor, &[]);
    let out = run.ok();
    assert_eq!(stored(&home, "subject"), "Edited subject — Northwind");
    let body = stored(&home, "body");
    assert!(body.starts_with("A personal word.\n"), "{body}");
    assert!(body.contains(&link()));
    // stdout shows the edited draft, the one stored.
    assert!(
        out.contains("Subject: Edited subject — Northwind\n\nA personal word.\n"),
        "{out}"
    );
}

fn editor_with_arguments_is_run_without_a_shell() {
    let home = Home::new();
    let script = editor_script(
        &home,
        "append.sh",
        r#"echo "$1" >> "$2.args"; echo "P.S. $1" >> "$2""#,
    );
    // `$EDITOR` = program + argument; the file comes last.
    let editor = format!("{script} 'see you soon'");
    invite_with_editor(&home, &editor, &[]).ok();
    assert!(
        stored(&home, "body").ends_with("P.S. see you soon\n"),
        "{}",
        stored(&home, "body")
    );
}

fn edit_that_deletes_the_link_records_nothing_and_saves_the_text() {
    let home = Home::new();
    home.csp(&["customers", "list"]).ok();
    let before = home.snapshot();
    let editor = editor_script(
        &home,
        "cut.sh",
        r#"grep -v 'https://' "$1" > "$1.new"; echo "My own words." >> "$1.new"; mv "$1.new" "$1""#,
    );
    let run = invite_with_editor(&home, &editor, &[]);
    let stderr = run.fails(2).to_string();
    assert!(
        stderr.contains("no longer contains the invitation link"),
        "{stderr}"
    );
    assert_eq!(home.snapshot(), before, "nothing recorded");
    assert_eq!(run.stdout, "");

    let saved: PathBuf = stderr
        .lines()
        .find_map(|l| l.strip_prefix("hint: your edited text is saved in "))
        .map(|p| PathBuf::from(p.trim()))
        .unwrap_or_else(|| panic!("no saved path in:\n{stderr}"));
    // In drafts/ beside the SQLite file; for a database on a server, in
    // csp's data folder: never the temp folder, which may be emptied.
    let folder = home.path().join("xdg-data").join("csp").join("drafts");
    assert!(saved.starts_with(&folder), "saved in {}", saved.display());
    let text = std::fs::read_to_string(&saved).expect("saved file");
    assert!(text.starts_with("Subject: "), "{text}");
    assert!(text.ends_with("My own words.\n"), "{text}");
    std::fs::remove_file(&saved).expect("remove the saved text");
    assert!(!text.contains("https://"));
}

fn a_failing_editor_records_nothing() {
    let home = Home::new();
    home.csp(&["customers", "list"]).ok();
    let before = home.snapshot();
    let editor = editor_script(&home, "fail.sh", "exit 3");
    let run = invite_with_editor(&home, &editor, &[]);
    assert!(run.fails(1).contains("failed"), "{}", run.stderr);
    assert_eq!(home.snapshot(), before);
    let missing = invite_with_editor(&home, "/no/such/editor", &[]);
    assert!(
        missing.fails(1).contains("cannot start the editor"),
        "{}",
        missing.stderr
    );
    assert_eq!(home.snapshot(), before);
}

// ---------------------------------------------------------------- together

fn destinations_combine_edit_mailto_and_eml() {
    let home = Home::new();
    let editor = editor_script(&home, "ps.sh", r#"echo "P.S. call me" >> "$1""#);
    let path = home.path().join("both.eml");
    let run = invite_with_editor(
        &home,
        &editor,
        &["--mailto", "--eml", path.to_str().unwrap()],
    );
    let out = run.ok();
    assert!(
        out.starts_with("mailto:?subject="),
        "no recipient given: {out}"
    );
    assert!(out.trim_end().ends_with("P.S.%20call%20me%0D%0A"), "{out}");
    assert_eq!(out.lines().count(), 1, "only the URI on stdout");
    let (_, message) = parse_eml(&path);
    assert!(message.body_text(0).unwrap().contains("P.S. call me"));
    assert!(stored(&home, "body").ends_with("P.S. call me\n"));
}

/// `csp invite --edit` on a terminal (a pseudo-terminal), with `editor` as `$EDITOR`.
#[cfg(unix)]
fn invite_on_a_terminal(home: &Home, editor: &str) -> rexpect::session::PtySession {
    let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("csp"));
    cmd.args([
        "invite",
        "--name",
        "Northwind",
        "--domain",
        "northwind.com",
        "--edit",
    ])
    .env_clear()
    .env("PATH", std::env::var_os("PATH").unwrap_or_default())
    .env("HOME", home.path())
    .env("TERM", "xterm")
    .env("CSP_DB", home.db_arg())
    .env("CSP_CONFIG", home.config())
    .env("EDITOR", editor)
    .current_dir(home.path());
    rexpect::session::spawn_command(cmd, Some(20_000)).expect("spawn csp on a pty")
}

#[cfg(unix)]
fn exit_code(session: &rexpect::session::PtySession) -> i32 {
    match session.process.wait().expect("wait") {
        rexpect::process::WaitStatus::Exited(_, code) => code,
        other => panic!("csp did not exit normally: {other:?}"),
    }
}

/// Answers a yes/no prompt once it waits for a key (raw mode drops what
/// was typed before).
#[cfg(unix)]
fn answer(session: &mut rexpect::session::PtySession, key: &str) {
    session.exp_string("[Y/n]").expect("the yes/no prompt");
    std::thread::sleep(std::time::Duration::from_millis(300));
    session.send(key).expect("answer");
    session.flush().expect("flush");
}

/// First pass cuts the link; later passes put it back with a note.
#[cfg(unix)]
fn two_pass_editor(home: &Home) -> String {
    editor_script(
        home,
        "twice.sh",
        &format!(
            r#"if [ ! -e "$HOME/first-pass" ]; then : > "$HOME/first-pass"; grep -v 'https://' "$1" > "$1.new"; mv "$1.new" "$1"; else echo "second pass" >> "$1"; echo '{}' >> "$1"; fi"#,
            link()
        ),
    )
}

#[cfg(unix)]
fn on_a_terminal_a_refused_edit_can_be_edited_again() {
    let home = Home::new();
    let mut session = invite_on_a_terminal(&home, &two_pass_editor(&home));
    session
        .exp_string("no longer contains the invitation link")
        .expect("the refusal");
    session
        .exp_string("Edit the draft again?")
        .expect("the offer");
    answer(&mut session, "y");
    session.exp_eof().expect("csp ends");
    assert_eq!(exit_code(&session), 0);
    let body = stored(&home, "body");
    assert!(
        body.contains("second pass") && body.contains(&link()),
        "{body}"
    );
}

#[cfg(unix)]
fn on_a_terminal_declining_to_edit_again_records_nothing() {
    let home = Home::new();
    home.csp(&["customers", "list"]).ok();
    let before = home.snapshot();
    let mut session = invite_on_a_terminal(&home, &two_pass_editor(&home));
    session
        .exp_string("Edit the draft again?")
        .expect("the offer");
    answer(&mut session, "n");
    let rest = session.exp_eof().expect("csp ends");
    assert_eq!(exit_code(&session), 2);
    assert!(rest.contains("your edited text is saved in"), "{rest}");
    assert_eq!(home.snapshot(), before);
}

// ------------------------------------------ a failed delivery records nothing

fn eml_into_a_missing_folder_fails_and_records_nothing_so_a_retry_succeeds() {
    let home = Home::new();
    home.csp(&["customers", "list"]).ok();
    let before = home.snapshot();
    let missing = home.path().join("nonexistent").join("dir").join("x.eml");
    let err = invite(&home, &["--eml", missing.to_str().unwrap()])
        .fails(1)
        .to_string();
    assert!(err.contains("does not exist"), "{err}");
    assert!(!err.contains("recorded;"), "{err}");
    assert_eq!(home.snapshot(), before);
    // Nothing was recorded, so the same invitation is not a duplicate.
    let good = home.path().join("x.eml");
    invite(&home, &["--eml", good.to_str().unwrap()]).ok();
    assert!(good.exists());
    assert_eq!(invitation_count(&home), 1);
}

fn eml_naming_a_folder_is_refused_and_records_nothing() {
    let home = Home::new();
    home.csp(&["customers", "list"]).ok();
    let before = home.snapshot();
    let folder = home.path().join("drafts");
    std::fs::create_dir(&folder).expect("mkdir");
    for path in [
        folder.display().to_string(),
        format!("{}/", folder.display()),
    ] {
        let err = invite(&home, &["--eml", &path]).fails(2).to_string();
        assert!(err.contains("is a folder"), "{err}");
        assert_eq!(home.snapshot(), before, "{path}");
    }
    let left: Vec<_> = std::fs::read_dir(&folder).expect("read dir").collect();
    assert!(left.is_empty(), "nothing written in the folder");
}

/// The config with `line` in place of the `sender_name` that `csp init` wrote.
fn with_sender_name(home: &Home, line: &str) {
    let config = std::fs::read_to_string(home.config()).expect("config");
    assert!(config.contains("sender_name = \"Ann Lee\""), "{config}");
    let config = config.replace("sender_name = \"Ann Lee\"", line);
    std::fs::write(home.config(), config).expect("write config");
}

fn a_sender_name_with_control_characters_in_the_config_records_nothing() {
    let home = Home::new();
    home.csp(&["customers", "list"]).ok();
    let before = home.snapshot();
    with_sender_name(&home, r#"sender_name = "Ann\r\nBcc: eve@evil.test""#);
    let path = home.path().join("evil.eml");
    for extra in [vec!["--eml", path.to_str().unwrap()], vec![]] {
        let err = invite(&home, &extra).fails(1).to_string();
        assert!(err.contains("sender_name"), "{err}");
        assert!(!err.contains("recorded;"), "{err}");
        assert_eq!(home.snapshot(), before, "{extra:?}");
        assert!(!path.exists());
    }
}

fn the_sender_name_is_quoted_in_the_from_header() {
    let home = Home::new();
    with_sender_name(&home, r#"sender_name = "Lee, Ann""#);
    let path = home.path().join("from.eml");
    invite(&home, &["--eml", path.to_str().unwrap()]).ok();
    let (_, message) = parse_eml(&path);
    let from = message.from().and_then(|a| a.first()).expect("From");
    assert_eq!(from.name(), Some("Lee, Ann"));
    assert_eq!(from.address(), Some("ann@contoso-reseller.com"));
}

// ------------------------------------------------- the `to` as RFC 5322 writes it

fn a_display_name_with_a_comma_or_quotes_is_quoted_in_to_everywhere() {
    let home = Home::new();
    let name = r#"Jean "JJ" Dupont, Jr."#;
    let quoted = r#""Jean \"JJ\" Dupont, Jr." <jean@sg.fr>"#;
    let path = home.path().join("jean.eml");
    let args = |domain: &'static str| {
        vec![
            "invite",
            "--name",
            "SG",
            "--domain",
            domain,
            "--email",
            "jean@sg.fr",
            "--contact-name",
            name,
        ]
    };
    let out = home.csp(&args("sg.fr")).ok().to_string();
    assert_eq!(out.lines().next(), Some(format!("To: {quoted}").as_str()));
    assert_eq!(stored(&home, "to_address"), quoted);

    let mut json = args("sg2.fr");
    json.extend(["--json", "--eml", path.to_str().unwrap()]);
    assert_eq!(home.csp(&json).json()["to"], quoted);
    // The message names the same person, once.
    let (_, message) = parse_eml(&path);
    let to = message.to().expect("To");
    assert_eq!(to.iter().count(), 1);
    let to = to.first().unwrap();
    assert_eq!(to.name(), Some(name));
    assert_eq!(to.address(), Some("jean@sg.fr"));
    // `invite show` reads back what was stored.
    let id: String = home.query("SELECT id FROM invitations ORDER BY created_at LIMIT 1");
    assert_eq!(
        home.csp(&["invite", "show", &id, "--json"]).json()["to"],
        quoted
    );
}

fn plain_and_accented_display_names_stay_unquoted() {
    let home = Home::new();
    let out = invite(&home, &["--json"]).json();
    assert_eq!(out["to"], "Zoë Ørsted <it@northwind.com>");
}

// ------------------------------------------------ --edit with no editor to run

#[cfg(unix)]
fn edit_without_an_editor_or_a_terminal_is_refused_and_records_nothing() {
    let home = Home::new();
    home.csp(&["customers", "list"]).ok();
    let before = home.snapshot();
    // A stand-in for vi, which without a terminal writes escape codes to
    // stdout (and may wait for ever): it must never be started.
    let bin = home.path().join("bin");
    std::fs::create_dir(&bin).expect("mkdir");
    let vi = editor_script(&home, "bin/vi", "printf '\\033[?1049h' ; exit 0");
    assert!(vi.ends_with("vi"));
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let out = home
        .command(&[
            "invite",
            "--name",
            "Northwind",
            "--domain",
            "northwind.com",
            "--edit",
        ])
        .env("PATH", path)
        .write_stdin("")
        .output()
        .expect("run csp");
    let out = Run {
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        code: out.status.code().unwrap_or(-1),
    };
    let err = out.fails(2);
    assert!(err.contains("EDITOR"), "{err}");
    assert!(out.stdout.is_empty(), "nothing on stdout: {:?}", out.stdout);
    assert_eq!(home.snapshot(), before);
}

on_both_engines! {
    default_prints_to_subject_blank_line_and_body,
    json_prints_the_invitation_record_whatever_the_destinations,
    mailto_encodes_spaces_ampersands_accents_and_newlines_exactly,
    open_without_a_desktop_prints_the_uri_and_says_why,
    eml_is_a_message_mail_parser_reads_with_utf8_subject_names_and_body,
    eml_names_are_encoded_words_never_in_quotes,
    eml_replaces_an_existing_file_and_leaves_no_temp_file,
    header_injection_through_a_name_or_address_is_refused_and_changes_nothing,
    a_name_that_looks_like_a_header_stays_inside_the_to_header,
    edit_that_keeps_the_link_stores_the_edited_text,
    editor_with_arguments_is_run_without_a_shell,
    edit_that_deletes_the_link_records_nothing_and_saves_the_text,
    a_failing_editor_records_nothing,
    destinations_combine_edit_mailto_and_eml,
    #[cfg(unix)]
    on_a_terminal_a_refused_edit_can_be_edited_again,
    #[cfg(unix)]
    on_a_terminal_declining_to_edit_again_records_nothing,
    eml_into_a_missing_folder_fails_and_records_nothing_so_a_retry_succeeds,
    eml_naming_a_folder_is_refused_and_records_nothing,
    a_sender_name_with_control_characters_in_the_config_records_nothing,
    the_sender_name_is_quoted_in_the_from_header,
    a_display_name_with_a_comma_or_quotes_is_quoted_in_to_everywhere,
    plain_and_accented_display_names_stay_unquoted,
    #[cfg(unix)]
    edit_without_an_editor_or_a_terminal_is_refused_and_records_nothing,
}
