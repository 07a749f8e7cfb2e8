//! csp cannot be turned against the admin who runs it: hostile files
//! (devices, FIFOs, symlinks, empty or locked databases), a permissive
//! umask, hostile values (invisible characters, huge names, formulas,
//! escape sequences), a lying environment (`USER`), and Ctrl-C at any point
//! of a long batch. Each test here failed before csp guarded against it.

use crate::common::{self, Home, Run};
#[cfg(unix)]
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const INVITE: &[&str] = &[
    "invite",
    "--name",
    "Northwind",
    "--domain",
    "northwind.com",
    "--email",
    "it@northwind.com",
];

fn invite_with(extra: &[&str]) -> Vec<String> {
    INVITE.iter().chain(extra).map(|s| s.to_string()).collect()
}

fn run(home: &Home, args: &[String]) -> Run {
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    home.csp(&args)
}

fn invitations(home: &Home) -> i64 {
    if !home.db().exists() {
        return 0;
    }
    home.query("SELECT count(*) FROM invitations")
}

/// Tests that make device nodes must run as root (they do here and in CI);
/// anywhere else they say loudly that they were skipped.
#[cfg(unix)]
fn is_root() -> bool {
    let me = Command::new("id").arg("-u").output().expect("id");
    if String::from_utf8_lossy(&me.stdout).trim() == "0" {
        return true;
    }
    eprintln!(
        "\n**********\nSKIPPED: this test makes device nodes and must run as root\n**********\n"
    );
    false
}

#[cfg(unix)]
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::symlink_metadata(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .permissions()
        .mode()
        & 0o777
}

#[cfg(unix)]
fn mkfifo(path: &Path) {
    let ok = Command::new("mkfifo")
        .arg(path)
        .status()
        .expect("mkfifo")
        .success();
    assert!(ok, "mkfifo {}", path.display());
}

/// A character device like /dev/null (1, 3), made in the test's home so the
/// system's own is never at risk.
#[cfg(unix)]
fn mknod_null(path: &Path) {
    let ok = Command::new("mknod")
        .args([path.to_str().expect("path"), "c", "1", "3"])
        .status()
        .expect("mknod")
        .success();
    assert!(ok, "mknod {}", path.display());
}

#[cfg(unix)]
fn is_char_device(path: &Path) -> bool {
    use std::os::unix::fs::FileTypeExt;
    std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_char_device())
}

#[cfg(unix)]
fn is_fifo(path: &Path) -> bool {
    use std::os::unix::fs::FileTypeExt;
    std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_fifo())
}

#[cfg(unix)]
fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// `csp ARGS` run by `sh` under `umask 000`, in `home`.
#[cfg(unix)]
fn under_umask_000(home: &Home, args: &[&str]) -> Command {
    let mut cmd = Command::new("sh");
    cmd.arg("-c")
        .arg("umask 000; exec \"$0\" \"$@\"")
        .arg(assert_cmd::cargo::cargo_bin("csp"))
        .args(args)
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", home.path())
        .env("CSP_DB", home.db())
        .env("CSP_CONFIG", home.config())
        .env("LANG", "C.UTF-8")
        .current_dir(home.path())
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    cmd
}

/// `csp ARGS` as a plain process, to spawn and signal, in `home`.
fn process(home: &Home, args: &[&str]) -> Command {
    let mut cmd = Command::new(assert_cmd::cargo::cargo_bin("csp"));
    cmd.args(args)
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", home.path())
        .env("CSP_DB", home.db())
        .env("CSP_CONFIG", home.config())
        .env("LANG", "C.UTF-8")
        .current_dir(home.path());
    cmd
}

#[cfg(unix)]
fn customers_csv(n: usize) -> String {
    let mut csv = String::from("company_name,domain\n");
    for i in 0..n {
        csv.push_str(&format!("Company {i},c{i}.example\n"));
    }
    csv
}

// ---------------------------------------------------------------------------
// Files

#[cfg(unix)]
#[test]
fn under_umask_000_every_file_is_0600_and_every_folder_0700() {
    let home = Home::empty();
    let ok = |cmd: &mut Command| {
        let out = cmd.output().expect("run csp");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    ok(&mut under_umask_000(
        &home,
        &[
            "init",
            "--name",
            "Contoso Reseller",
            "--tenant-id",
            common::PARTNER_ID,
            "--role",
            "admin-agent",
            "--email",
            "ann@contoso-reseller.com",
        ],
    ));
    ok(&mut under_umask_000(
        &home,
        &[
            "customers",
            "add",
            "--name",
            "Fabrikam",
            "--domain",
            "fabrikam.com",
        ],
    ));
    let batch = home.file("b.csv", "name,domain\nNorthwind,northwind.com\n");
    ok(&mut under_umask_000(
        &home,
        &["invite", "--batch", &batch, "--eml-dir", "out/drafts"],
    ));
    ok(&mut under_umask_000(
        &home,
        &[
            "invite",
            "--name",
            "Tailspin",
            "--domain",
            "tailspin.com",
            "--eml",
            "tailspin.eml",
        ],
    ));
    for folder in [
        home.config().parent().expect("config folder").to_path_buf(),
        home.db().parent().expect("data folder").to_path_buf(),
        home.path().join("out"),
        home.path().join("out/drafts"),
    ] {
        assert_eq!(mode(&folder), 0o700, "{}", folder.display());
    }
    let drafts = home.path().join("out/drafts");
    let eml = drafts.join(&names_in(&drafts)[0]);
    for file in [
        home.config(),
        home.db(),
        eml,
        home.path().join("tailspin.eml"),
    ] {
        assert_eq!(mode(&file), 0o600, "{}", file.display());
    }

    // The WAL and shared-memory files SQLite makes while a command writes.
    let csv = home.file("big.csv", &customers_csv(20_000));
    let mut import = under_umask_000(&home, &["customers", "import", &csv])
        .spawn()
        .expect("start import");
    let wal = PathBuf::from(format!("{}-wal", home.db().display()));
    let shm = PathBuf::from(format!("{}-shm", home.db().display()));
    let started = Instant::now();
    let mut seen = Vec::new();
    while started.elapsed() < Duration::from_secs(20) {
        for f in [&wal, &shm] {
            if let Ok(m) = std::fs::metadata(f) {
                use std::os::unix::fs::PermissionsExt;
                seen.push((f.clone(), m.permissions().mode() & 0o777));
            }
        }
        if seen.len() >= 2 || import.try_wait().expect("wait").is_some() {
            break;
        }
        std::thread::sleep(Duration::from_millis(2));
    }
    let _ = import.wait();
    assert!(!seen.is_empty(), "no WAL or SHM file was ever seen");
    for (file, mode) in seen {
        assert_eq!(mode, 0o600, "{}", file.display());
    }
}

#[cfg(unix)]
#[test]
fn a_config_replaced_through_a_symlink_replaces_the_link_not_its_target() {
    let home = Home::new();
    let victim = home.path().join("victim.txt");
    std::fs::write(&victim, "precious").expect("victim");
    std::fs::remove_file(home.config()).expect("remove config");
    std::os::unix::fs::symlink(&victim, home.config()).expect("symlink");
    home.csp(&[
        "init",
        "--force",
        "--name",
        "Contoso Reseller",
        "--tenant-id",
        common::PARTNER_ID,
        "--role",
        "admin-agent",
    ])
    .ok();
    assert_eq!(
        std::fs::read_to_string(&victim).expect("victim"),
        "precious"
    );
    assert!(std::fs::symlink_metadata(home.config())
        .expect("config")
        .is_file());
    assert_eq!(mode(&home.config()), 0o600);
}

#[cfg(unix)]
#[test]
fn eml_onto_a_fifo_or_a_device_is_refused_and_the_node_left_as_it_was() {
    let home = Home::new();
    let fifo = home.path().join("fifo.eml");
    mkfifo(&fifo);
    let run_on = |target: &Path| {
        let mut cmd = home.command(&[]);
        cmd.args(invite_with(&["--eml", target.to_str().expect("path")]))
            .timeout(Duration::from_secs(20));
        let out = cmd.output().expect("run csp");
        Run {
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
            code: out.status.code().unwrap_or(-1),
        }
    };
    let refused = run_on(&fifo);
    let stderr = refused.fails(2);
    assert!(stderr.contains("not a regular file"), "{stderr}");
    assert!(is_fifo(&fifo), "the FIFO was replaced");
    assert_eq!(invitations(&home), 0);
    if is_root() {
        let null = home.path().join("null");
        mknod_null(&null);
        let refused = run_on(&null);
        refused.fails(2);
        assert!(is_char_device(&null), "the device node was replaced");
        assert_eq!(invitations(&home), 0);
    }
    // No temp file was left beside them.
    let left: Vec<String> = names_in(home.path())
        .into_iter()
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

#[test]
fn eml_dash_writes_the_message_to_stdout() {
    let home = Home::new();
    let run = run(&home, &invite_with(&["--eml", "-"]));
    let out = run.ok();
    assert!(out.contains("X-Unsent: 1"), "{out}");
    assert!(out.contains("Subject:"), "{out}");
    assert!(!home.path().join("-").exists());
    assert_eq!(invitations(&home), 1);
}

// ---------------------------------------------------------------------------
// Databases

#[cfg(unix)]
#[test]
fn a_fifo_or_a_device_as_the_database_is_refused_leaving_nothing_beside_it() {
    let home = Home::new();
    let dir = home.path().join("dbs");
    std::fs::create_dir(&dir).expect("mkdir");
    let mut nodes = vec![dir.join("fifo.db")];
    mkfifo(&nodes[0]);
    if is_root() {
        nodes.push(dir.join("null.db"));
        mknod_null(&nodes[1]);
    }
    for node in &nodes {
        for args in [
            &["customers", "list"][..],
            &["customers", "add", "--name", "A", "--domain", "a.com"][..],
        ] {
            let out = home
                .command(args)
                .env("CSP_DB", node)
                .timeout(Duration::from_secs(20))
                .output()
                .expect("run csp");
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert_eq!(out.status.code(), Some(1), "{stderr}");
            assert!(stderr.contains("not a regular file"), "{stderr}");
        }
    }
    let expected: Vec<String> = nodes
        .iter()
        .map(|n| n.file_name().expect("name").to_string_lossy().into_owned())
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    assert_eq!(names_in(&dir), expected, "something was left beside them");
    assert!(is_fifo(&nodes[0]));
}

#[test]
fn an_empty_file_is_refused_by_a_read_and_made_a_database_by_a_write() {
    let home = Home::new();
    std::fs::create_dir_all(home.db().parent().expect("folder")).expect("mkdir");
    std::fs::write(home.db(), "").expect("empty file");
    let stderr = home.csp(&["customers", "list"]).fails(1).to_string();
    assert!(stderr.contains("empty"), "{stderr}");
    assert_eq!(std::fs::metadata(home.db()).expect("db").len(), 0);
    home.add_customer("Fabrikam", "fabrikam.com");
    assert!(home
        .csp(&["customers", "list"])
        .ok()
        .contains("fabrikam.com"));
}

#[test]
fn waiting_on_a_lock_says_so_and_gives_up_after_the_busy_timeout_with_a_hint() {
    let home = Home::new();
    home.add_customer("Fabrikam", "fabrikam.com");
    let holder = home.sql();
    holder
        .execute_batch("BEGIN IMMEDIATE; UPDATE customers SET updated_at = updated_at")
        .expect("hold the write lock");
    let started = Instant::now();
    let out = home
        .command(&[
            "customers",
            "add",
            "--name",
            "Tailspin",
            "--domain",
            "tailspin.com",
        ])
        .env("CSP_BUSY_TIMEOUT", "2")
        .timeout(Duration::from_secs(20))
        .output()
        .expect("run csp");
    let took = started.elapsed();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("waiting"), "{stderr}");
    assert!(stderr.contains("locked"), "{stderr}");
    assert!(stderr.contains("hint:"), "{stderr}");
    assert!(took < Duration::from_secs(10), "{took:?}");
    holder.execute_batch("ROLLBACK").expect("release");

    // A lock released while csp waits: it says it waited, then succeeds.
    holder
        .execute_batch("BEGIN IMMEDIATE; DELETE FROM customers WHERE 0")
        .expect("hold again");
    let child = process(
        &home,
        &[
            "customers",
            "add",
            "--name",
            "Tailspin",
            "--domain",
            "tailspin.com",
        ],
    )
    .env("CSP_BUSY_TIMEOUT", "20")
    .stdout(Stdio::null())
    .stderr(Stdio::piped())
    .spawn()
    .expect("start csp");
    std::thread::sleep(Duration::from_millis(1800));
    holder.execute_batch("COMMIT").expect("release");
    let out = child.wait_with_output().expect("wait");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains("waiting"), "{stderr}");
}

// ---------------------------------------------------------------------------
// Audit identity

#[test]
fn user_mallory_in_the_environment_does_not_change_the_audit_user() {
    let home = Home::new();
    let out = home
        .command(&[
            "customers",
            "add",
            "--name",
            "Fabrikam",
            "--domain",
            "fabrikam.com",
        ])
        .env("USER", "mallory")
        .env("USERNAME", "mallory")
        .env("LOGNAME", "mallory")
        .output()
        .expect("run csp");
    assert!(out.status.success());
    let user: String = home.query("SELECT user FROM audit_log");
    assert_ne!(user, "mallory");
    assert_eq!(user, whoami::username().expect("the system's user name"));
}

// ---------------------------------------------------------------------------
// Values

#[test]
fn invisible_characters_are_refused_in_names_from_every_source() {
    let home = Home::new();
    for name in [
        "Fab\u{200b}rikam",
        "\u{feff}Fabrikam",
        "Fab\u{200f}rikam",
        "Fab\u{2028}rikam",
        "Fab\u{e0041}rikam",
        "\u{3164}",
        "\u{2800}",
    ] {
        let run = home.csp(&[
            "customers",
            "add",
            "--name",
            name,
            "--domain",
            "fabrikam.com",
        ]);
        run.fails(2);
        let csv = home.file(
            "in.csv",
            &format!("company_name,domain\n{name},fabrikam.com\n"),
        );
        let stderr = home
            .csp(&["customers", "import", &csv])
            .fails(2)
            .to_string();
        assert!(stderr.contains("line 2"), "{stderr}");
    }
    // From the config too: a disguised partner name never reaches a draft.
    std::fs::write(
        home.config(),
        format!(
            "[partner]\nname = \"Contoso\u{200b}\"\ntenant_id = \"{}\"\nrole = \"admin-agent\"\n",
            common::PARTNER_ID
        ),
    )
    .expect("config");
    let stderr = run(&home, &invite_with(&[])).fails(1).to_string();
    assert!(stderr.contains("partner.name"), "{stderr}");
    assert_eq!(home.query::<i64>("SELECT count(*) FROM customers"), 0);
}

#[test]
fn one_line_values_are_at_most_256_characters() {
    let home = Home::new();
    let long = "N".repeat(257);
    let stderr = home
        .csp(&[
            "customers",
            "add",
            "--name",
            &long,
            "--domain",
            "fabrikam.com",
        ])
        .fails(2)
        .to_string();
    assert!(stderr.contains("256"), "{stderr}");
    home.csp(&[
        "customers",
        "add",
        "--name",
        &"N".repeat(256),
        "--domain",
        "fabrikam.com",
    ])
    .ok();
}

#[test]
fn a_csv_line_over_1_mib_is_refused_quickly_naming_the_line() {
    let home = Home::new();
    let huge = format!(
        "company_name,domain\nFabrikam,fabrikam.com\n{},big.com\n",
        "A".repeat(8 * 1024 * 1024)
    );
    let file = home.file("huge.csv", &huge);
    let started = Instant::now();
    let stderr = home
        .csp(&["customers", "import", &file])
        .fails(2)
        .to_string();
    assert!(
        stderr.contains("line 3") && stderr.contains("1 MiB"),
        "{stderr}"
    );
    assert!(started.elapsed() < Duration::from_secs(5));
    let batch = home.file(
        "batch.csv",
        &huge.replace("company_name,domain", "name,domain"),
    );
    let stderr = home
        .csp(&["invite", "--batch", &batch])
        .fails(2)
        .to_string();
    assert!(stderr.contains("line 3"), "{stderr}");
}

fn config_with(home: &Home, extra: &str) {
    let mut text = std::fs::read_to_string(home.config()).expect("config");
    text.push_str(extra);
    std::fs::write(home.config(), text).expect("config");
}

#[test]
fn templates_refuse_control_and_bidi_characters_and_bodies_over_64_kib() {
    for (subject, body) in [
        ("Hi", "Hello\u{1b}[2J {link}"),
        ("Hi", "Hello \u{202e}{link}"),
        ("Hi\u{200b}", "Hello {link}"),
        ("Hi", &format!("{} {{link}}", "x".repeat(65 * 1024))),
    ] {
        let home = Home::new();
        config_with(
            &home,
            &format!(
                "\n[templates.bad]\nsubject = {}\nbody = {}\n",
                toml_string(subject),
                toml_string(body)
            ),
        );
        let stderr = run(&home, &invite_with(&["--template", "bad"]))
            .fails(2)
            .to_string();
        assert!(stderr.contains("template 'bad'"), "{stderr}");
        assert_eq!(invitations(&home), 0);
    }
}

fn toml_string(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}

#[test]
fn links_must_be_https_and_unknown_config_keys_are_warnings_naming_them() {
    let home = Home::new();
    config_with(
        &home,
        "\n[links]\nadmin_center = \"http://phish.example\"\n",
    );
    let stderr = run(&home, &invite_with(&[])).fails(1).to_string();
    assert!(stderr.contains("links.admin_center"), "{stderr}");
    assert_eq!(invitations(&home), 0);

    let home = Home::new();
    config_with(
        &home,
        "\n[linkz]\nadmin_center = \"x\"\n[clipboard]\nhold_minuts = 3\n",
    );
    let run = run(&home, &invite_with(&[]));
    let _ = run.ok();
    assert!(
        run.stderr.contains("warning:") && run.stderr.contains("`linkz`"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("`clipboard.hold_minuts`"),
        "{}",
        run.stderr
    );
}

// ---------------------------------------------------------------------------
// Output

/// A customer whose stored values a hand-edited database made hostile.
fn hostile_customer(home: &Home, name: &str) {
    home.add_customer("Placeholder", "fabrikam.com");
    home.sql()
        .execute(
            "UPDATE customers SET company_name = ?1, contact_name = ?1",
            [name],
        )
        .expect("edit");
}

#[test]
fn escape_sequences_from_the_database_never_reach_a_terminal_raw() {
    let home = Home::new();
    let evil = "Fab\u{1b}]52;c;ZXZpbA==\u{7}\u{1b}[2Jrikam\u{9b}31m\u{202e}";
    hostile_customer(&home, evil);
    for args in [
        &["customers", "list", "--format", "table"][..],
        &["customers", "show", "fabrikam.com", "--format", "table"][..],
        &["log", "--format", "table"][..],
    ] {
        let out = home.csp(args);
        let text = out.ok();
        assert!(
            !text.contains('\u{1b}') && !text.contains('\u{9b}') && !text.contains('\u{202e}'),
            "`csp {}` printed {text:?}",
            args.join(" ")
        );
        if args[0] == "customers" {
            assert!(text.contains("\\u{1b}"), "{text}");
        }
    }
}

#[test]
fn formula_cells_are_guarded_on_export_and_round_trip_through_import() {
    let home = Home::new();
    let formula = "=HYPERLINK(\"https://evil.example\",\"Click\")";
    home.csp(&[
        "customers",
        "add",
        "--name",
        formula,
        "--domain",
        "fabrikam.com",
        "--contact-name",
        "@SUM(A1)",
    ])
    .ok();
    home.csp(&[
        "customers",
        "add",
        "--name",
        "'=already quoted",
        "--domain",
        "tailspin.com",
        "--contact-name=-2+3",
    ])
    .ok();
    let export = home.csp(&["customers", "export"]).ok().to_string();
    assert!(export.contains("\"'=HYPERLINK("), "{export}");
    assert!(export.contains("'@SUM(A1)"), "{export}");
    assert!(export.contains("''=already quoted"), "{export}");
    assert!(export.contains("'-2+3"), "{export}");
    for format in ["csv", "tsv"] {
        let out = home
            .csp(&["customers", "list", "--format", format])
            .ok()
            .to_string();
        for line in out.lines() {
            for cell in line.split([',', '\t']) {
                let cell = cell.trim_start_matches('"');
                assert!(
                    !cell.starts_with(['=', '+', '-', '@']),
                    "--format {format}: {line}"
                );
            }
        }
    }
    let again = Home::new();
    again
        .csp(&["customers", "import", &again.file("export.csv", &export)])
        .ok();
    let names = |h: &Home| -> Vec<(String, String)> {
        let conn = h.sql();
        let mut stmt = conn
            .prepare("SELECT company_name, contact_name FROM customers ORDER BY domain")
            .expect("query");
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .expect("rows")
            .map(|r| r.expect("row"))
            .collect()
    };
    assert_eq!(names(&again), names(&home));
    assert_eq!(names(&home)[0].0, formula);
}

/// `csp ARGS` on a terminal (a pty from `script`), `cols` wide.
#[cfg(unix)]
fn on_a_terminal(home: &Home, cols: u16, args: &str) -> (String, Duration) {
    let csp = assert_cmd::cargo::cargo_bin("csp");
    let started = Instant::now();
    let out = Command::new("script")
        .args([
            "-qec",
            &format!("stty cols {cols}; '{}' {args}", csp.display()),
            "/dev/null",
        ])
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", home.path())
        .env("CSP_DB", home.db())
        .env("CSP_CONFIG", home.config())
        .env("LANG", "C.UTF-8")
        .env("TERM", "dumb")
        .stdin(Stdio::null())
        .output()
        .expect("run script");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        started.elapsed(),
    )
}

#[cfg(unix)]
#[test]
fn a_1_mb_name_keeps_a_terminal_table_under_a_second_cut_with_an_ellipsis() {
    if !common::require_program("script", "util-linux") {
        return;
    }
    let home = Home::new();
    let huge = "Fabrikam ".repeat(1024 * 1024 / 9);
    hostile_customer(&home, &huge);
    for i in 0..50 {
        home.add_customer(&format!("Company {i}"), &format!("c{i}.example"));
    }
    for cols in [80, 200] {
        let (out, took) = on_a_terminal(&home, cols, "customers list");
        assert!(took < Duration::from_secs(1), "{cols} columns: {took:?}");
        assert!(out.contains('…'), "{out}");
        assert!(out.len() < 64 * 1024, "{} bytes", out.len());
    }
    let started = Instant::now();
    let out = home.csp(&["customers", "list", "--format", "table"]);
    assert!(out.ok().contains('…'));
    assert!(started.elapsed() < Duration::from_secs(1));
    // Never cut in show, JSON or CSV.
    let json = home
        .csp(&["customers", "show", "fabrikam.com", "--json"])
        .json();
    assert_eq!(
        json["company_name"].as_str().map(str::len),
        Some(huge.len())
    );
    assert!(home
        .csp(&["customers", "list", "--format", "csv"])
        .ok()
        .contains(&huge));
}

// ---------------------------------------------------------------------------
// Interruption

/// Sends SIGINT to `child` after `after`, and waits for it.
#[cfg(unix)]
fn interrupt_after(child: &mut std::process::Child, after: Duration) -> std::process::ExitStatus {
    std::thread::sleep(after);
    let _ = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status();
    child.wait().expect("wait")
}

#[cfg(unix)]
fn batch_command(home: &Home, file: &str, dir: &Path) -> std::process::Child {
    process(
        home,
        &[
            "invite",
            "--batch",
            file,
            "--eml-dir",
            dir.to_str().expect("dir"),
        ],
    )
    .stdin(Stdio::null())
    .stdout(Stdio::null())
    .stderr(Stdio::piped())
    .spawn()
    .expect("start the batch")
}

#[cfg(unix)]
#[track_caller]
fn all_or_nothing(home: &Home, dir: &Path, rows: i64, code: Option<i32>, stderr: &str) {
    let names = if dir.exists() {
        names_in(dir)
    } else {
        Vec::new()
    };
    let temps: Vec<&String> = names.iter().filter(|n| !n.ends_with(".eml")).collect();
    assert!(
        temps.is_empty(),
        "temp files left: {:?}",
        &temps[..temps.len().min(3)]
    );
    let recorded = invitations(home);
    assert!(
        recorded == 0 || recorded == rows,
        "{recorded} of {rows} invitations recorded"
    );
    assert_eq!(
        names.len() as i64,
        recorded,
        "invitations without their .eml"
    );
    match code {
        Some(130) => {
            let said = if recorded == 0 {
                "nothing was recorded"
            } else {
                "all"
            };
            assert!(stderr.contains(said), "{stderr}");
        }
        Some(0) => assert_eq!(recorded, rows),
        other => panic!("status {other:?}: {stderr}"),
    }
}

#[cfg(unix)]
#[test]
fn sigint_at_random_points_of_a_30000_row_batch_leaves_no_temp_file_and_all_or_nothing() {
    let home = Home::new();
    let mut csv = String::from("name,domain,email\n");
    for i in 0..30_000 {
        csv.push_str(&format!("Company {i},c{i}.example,it@c{i}.example\n"));
    }
    let file = home.file("prospects.csv", &csv);
    // A few random points while the batch reads, records and writes.
    let seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(7, |d| d.subsec_nanos() as u64);
    for k in 0..4u64 {
        let dir = home.path().join(format!("drafts-{k}"));
        let after = Duration::from_millis(50 + (seed.wrapping_mul(k + 1) * 2_654_435_761) % 700);
        let mut child = batch_command(&home, &file, &dir);
        let status = interrupt_after(&mut child, after);
        let mut stderr = String::new();
        std::io::Read::read_to_string(&mut child.stderr.take().expect("stderr"), &mut stderr)
            .expect("stderr");
        all_or_nothing(&home, &dir, 30_000, status.code(), &stderr);
        if invitations(&home) > 0 {
            return; // a later run would conflict with the recorded ones
        }
    }
}

#[cfg(unix)]
#[test]
fn sigint_right_after_the_commit_still_puts_every_eml_in_place() {
    let home = Home::new();
    let mut csv = String::from("name,domain,email\n");
    let rows = 2_000;
    for i in 0..rows {
        csv.push_str(&format!("Company {i},c{i}.example,it@c{i}.example\n"));
    }
    let file = home.file("prospects.csv", &csv);
    let dir = home.path().join("drafts");
    let mut child = batch_command(&home, &file, &dir);
    // The first message put in place means the commit is done: interrupt then.
    let started = Instant::now();
    loop {
        let renamed = dir.exists()
            && std::fs::read_dir(&dir).expect("list").any(|e| {
                e.expect("entry")
                    .file_name()
                    .to_string_lossy()
                    .ends_with(".eml")
            });
        if renamed || started.elapsed() > Duration::from_secs(60) {
            break;
        }
        if child.try_wait().expect("wait").is_some() {
            break;
        }
        std::thread::sleep(Duration::from_micros(200));
    }
    let status = interrupt_after(&mut child, Duration::ZERO);
    let mut stderr = String::new();
    std::io::Read::read_to_string(&mut child.stderr.take().expect("stderr"), &mut stderr)
        .expect("stderr");
    all_or_nothing(&home, &dir, rows, status.code(), &stderr);
    assert_eq!(invitations(&home), rows);
}

#[cfg(unix)]
#[test]
fn sigint_during_an_import_is_status_130_and_changes_nothing() {
    let home = Home::new();
    home.add_customer("Fabrikam", "fabrikam.com");
    let before = home.snapshot();
    let file = home.file("big.csv", &customers_csv(200_000));
    let mut child = process(&home, &["customers", "import", &file])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start import");
    let status = interrupt_after(&mut child, Duration::from_millis(400));
    let mut stderr = String::new();
    std::io::Read::read_to_string(&mut child.stderr.take().expect("stderr"), &mut stderr)
        .expect("stderr");
    assert_eq!(status.code(), Some(130), "{stderr}");
    assert!(stderr.contains("nothing was imported"), "{stderr}");
    assert_eq!(home.snapshot(), before);
}

// ---------------------------------------------------------------------------
// Fuzzing the parsers of untrusted input through the real binary, bounded
// by a fixed number of cases: Partner Center's export and the batch file
// (csp's own import format is fuzzed in `reliability`; templates and config
// by `cargo test --lib fuzz`). Any input is accepted or refused with one
// error (status 2), never a panic, and a refusal changes nothing.

mod fuzz {
    use crate::common::Home;
    use proptest::prelude::*;

    fn cell() -> impl Strategy<Value = String> {
        prop_oneof![
            20 => "[A-Za-z0-9][A-Za-z0-9 .&'-]{0,12}",
            2 => "[=+@'-][ -~]{0,8}",
            1 => "[ -~]{0,10}",
            1 => "\\PC{0,6}",
            1 => "[a-z]{1,3}[\t\r\n\u{0}\u{1b}\u{200b}\u{202e}\u{feff}][a-z]{0,3}",
            1 => Just(String::new()),
        ]
    }

    fn quote(cell: &str) -> String {
        if cell.contains([',', '"', '\n', '\r']) {
            format!("\"{}\"", cell.replace('"', "\"\""))
        } else {
            cell.to_string()
        }
    }

    fn rows(header: &'static str, columns: usize) -> impl Strategy<Value = String> {
        (
            any::<bool>(),
            any::<bool>(),
            proptest::collection::vec(proptest::collection::vec(cell(), columns), 0..6),
        )
            .prop_map(move |(bom, crlf, rows)| {
                let end = if crlf { "\r\n" } else { "\n" };
                let mut text = String::new();
                if bom {
                    text.push('\u{feff}');
                }
                text.push_str(header);
                text.push_str(end);
                for (i, row) in rows.into_iter().enumerate() {
                    let mut cells: Vec<String> = row.iter().map(|c| quote(c)).collect();
                    // Mostly plausible keys, so rows get past the first check.
                    if i % 2 == 0 && cells.len() > 2 {
                        cells[1] = format!("c{i}.example");
                    }
                    text.push_str(&cells.join(","));
                    text.push_str(end);
                }
                text
            })
    }

    fn no_panic(run: &crate::common::Run) -> Result<(), TestCaseError> {
        prop_assert!(
            run.code != 101 && !run.stderr.contains("panicked"),
            "csp panicked:\n{}",
            run.stderr
        );
        if run.code != 0 {
            prop_assert_eq!(run.code, 2, "{}", run.stderr);
            prop_assert_eq!(run.stderr.matches("error:").count(), 1, "{}", run.stderr);
        }
        Ok(())
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 48, failure_persistence: None, max_shrink_time: 30_000, ..ProptestConfig::default() })]

        #[test]
        fn any_partner_center_export_is_imported_or_refused_never_a_panic(
            text in rows("Microsoft ID,Company name,Primary domain name,Relationship,Tags", 5)
        ) {
            let home = Home::new();
            home.add_customer("Fabrikam", "fabrikam.com");
            let before = home.snapshot();
            let run = home.csp(&["customers", "import", &home.file("Customers.csv", &text)]);
            no_panic(&run)?;
            if run.code != 0 {
                prop_assert_eq!(home.snapshot(), before);
            }
        }

        #[test]
        fn any_batch_file_is_recorded_or_refused_never_a_panic(
            text in rows("name,domain,email,contact_name,reference", 5)
        ) {
            let home = Home::new();
            let run = home.csp(&["invite", "--batch", &home.file("b.csv", &text), "--eml-dir", "out"]);
            no_panic(&run)?;
            if run.code != 0 {
                prop_assert_eq!(home.query::<i64>("SELECT count(*) FROM invitations"), 0);
            }
        }

        #[test]
        fn any_graph_json_is_imported_or_refused_never_a_panic(text in graph_json()) {
            let home = Home::new();
            home.csp(&[
                "customers", "add", "--name", "Fabrikam", "--domain", "fabrikam.com",
                "--tenant-id", "3f2504e0-4f89-41d3-9a0c-0305e82c3301",
            ])
            .ok();
            let before = home.snapshot();
            let run = home.csp(&["gdap", "import", &home.file("rel.json", &text)]);
            no_panic(&run)?;
            if run.code != 0 {
                prop_assert_eq!(home.snapshot(), before);
            }
        }
    }

    /// Graph's list of delegatedAdminRelationships, mostly well formed, with
    /// hostile values where Microsoft's (or an attacker's) file could put them.
    fn graph_json() -> impl Strategy<Value = String> {
        let value = prop_oneof![
            3 => cell().prop_map(serde_json::Value::from),
            1 => any::<i64>().prop_map(serde_json::Value::from),
            1 => Just(serde_json::Value::Null),
            1 => Just(serde_json::json!({"nested": [1, 2]})),
        ];
        let status = prop_oneof![
            Just("active"),
            Just("approvalPending"),
            Just("terminated"),
            Just("created"),
            Just("expiring"),
            Just("bogus"),
        ];
        let item = (value.clone(), value.clone(), status, 0u32..900, any::<bool>(), any::<bool>()).prop_map(
            |(name, role, status, days, known_tenant, reseller)| {
                let tenant = if known_tenant {
                    "3f2504e0-4f89-41d3-9a0c-0305e82c3301".to_string()
                } else {
                    "0b5c4a3e-6f70-4d8e-9a1b-2c3d4e5f6a7b".to_string()
                };
                let mut item = serde_json::json!({
                    "id": "5d027261-d21f-4aa9-b7db-7fa1f56fb163-8777b240-c6f0-4469-9e98-a3205431b836",
                    "displayName": name,
                    "duration": format!("P{days}D"),
                    "status": status,
                    "autoExtendDuration": "PT0S",
                    "customer": {"tenantId": tenant, "displayName": "Fabrikam"},
                    "accessDetails": {"unifiedRoles": [{"roleDefinitionId": role}]},
                    "createdDateTime": "2026-06-01T10:00:00Z",
                    "activatedDateTime": "2026-06-02T10:00:00Z",
                    "endDateTime": "2028-06-01T10:00:00Z",
                });
                if reseller {
                    item["@odata.type"] = "#microsoft.graph.resellerDelegatedAdminRelationship".into();
                }
                item
            },
        );
        prop_oneof![
            8 => proptest::collection::vec(item, 0..4)
                .prop_map(|items| serde_json::json!({"@odata.context": "x", "value": items}).to_string()),
            1 => "\\PC{0,40}",
            1 => Just("{\"value\": 3}".to_string()),
        ]
    }
}

#[cfg(unix)]
#[test]
fn eml_never_replaces_another_users_file() {
    if !is_root() {
        return;
    }
    use std::os::unix::fs::MetadataExt;
    let home = Home::new();
    let theirs = home.path().join("theirs.eml");
    std::fs::write(&theirs, "someone else's message").expect("write");
    let status = Command::new("chown")
        .args(["65534:65534", &theirs.display().to_string()])
        .status()
        .expect("chown");
    assert!(status.success());
    let mut args = INVITE.to_vec();
    let path = theirs.display().to_string();
    args.extend(["--eml", &path]);
    let err = home.csp(&args).fails(2).to_string();
    assert!(err.contains("belongs to another user"), "{err}");
    assert_eq!(
        std::fs::read_to_string(&theirs).expect("read"),
        "someone else's message"
    );
    assert_eq!(std::fs::metadata(&theirs).expect("meta").uid(), 65534);
    assert!(!home.db().exists() || home.query::<i64>("SELECT count(*) FROM invitations") == 0);
}

#[cfg(unix)]
#[test]
fn a_draft_on_a_terminal_never_carries_escape_sequences_from_the_database() {
    if !common::require_program("script", "util-linux") {
        return;
    }
    let home = Home::new();
    home.add_customer("Fabrikam", "fabrikam.com");
    // A removed customer may be invited again.
    home.csp(&["remove", "fabrikam.com", "--acknowledge"]).ok();
    // A hand-edited database: the name carries a terminal escape sequence.
    home.sql()
        .execute(
            "UPDATE customers SET company_name = 'Fab' || char(27) || '[2J' || char(27) || ']0;pwned' || char(7) || 'rikam'",
            [],
        )
        .expect("update");
    let (out, _) = on_a_terminal(
        &home,
        120,
        "invite --customer fabrikam.com --no-provider --email it@fabrikam.com --no-input",
    );
    assert!(out.contains("Subject:"), "the draft was printed: {out}");
    assert!(
        !out.contains('\u{1b}'),
        "a raw ESC reached the terminal: {out:?}"
    );
    assert!(
        !out.contains('\u{7}'),
        "a raw BEL reached the terminal: {out:?}"
    );
    assert!(
        out.contains("\\u{1b}"),
        "the escape is shown escaped: {out}"
    );
}
