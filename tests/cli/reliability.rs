//! Nothing lost under load, kills and bad files: many `csp` at once, a
//! `kill -9` in the middle of an import, files that are not (or no longer)
//! csp databases, read-only files and folders, a full disk, and any CSV at all.

use crate::common::{self, Home};
use proptest::prelude::*;
#[cfg(unix)]
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// `csp` as a plain process (to spawn, kill, or run as another user), with
/// the same environment as [`Home::command`].
fn csp_process(home: &Home, program: Option<&[&str]>, args: &[&str]) -> Command {
    let csp = assert_cmd::cargo::cargo_bin("csp");
    let mut cmd = match program {
        Some(wrapper) => {
            let mut c = Command::new(wrapper[0]);
            c.args(&wrapper[1..]).arg(&csp);
            c
        }
        None => Command::new(&csp),
    };
    cmd.args(args)
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", home.path())
        .env("USER", "tester")
        .env("XDG_DATA_HOME", home.path().join("xdg-data"))
        .env("XDG_CONFIG_HOME", home.path().join("xdg-config"))
        .env("CSP_DB", home.db())
        .env("CSP_CONFIG", home.config())
        .env("LANG", "C.UTF-8")
        .current_dir(home.path())
        .stdin(Stdio::null());
    cmd
}

#[cfg(unix)]
fn finish(out: std::process::Output) -> common::Run {
    common::Run {
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        code: out.status.code().unwrap_or(-1),
    }
}

/// A CSV of `n` new customers in csp's import format.
fn customers_csv(n: usize, tag: &str) -> String {
    let mut csv = String::from("company_name,domain,tenant_id,contact_name,contact_email,tags\n");
    for i in 0..n {
        csv.push_str(&format!(
            "Company {tag} {i},{tag}{i}.example,{:08x}-0000-4000-8000-{:012x},Ann Lee,ann@{tag}{i}.example,gold;eu\n",
            i, i
        ));
    }
    csv
}

fn count(home: &Home) -> i64 {
    home.query("SELECT count(*) FROM customers")
}

#[test]
fn eight_processes_adding_at_once_from_no_database_lose_nothing_and_fail_none() {
    let home = Home::new();
    let _ = std::fs::remove_file(home.db());
    assert!(
        !home.db().exists(),
        "the race must include creating the file"
    );
    let workers: Vec<_> = (0..8)
        .map(|w| {
            let cmds: Vec<Command> = (0..50)
                .map(|i| {
                    let name = format!("Worker {w} Customer {i}");
                    let domain = format!("w{w}-c{i}.example");
                    let mut c = csp_process(
                        &home,
                        None,
                        &["customers", "add", "--name", &name, "--domain", &domain],
                    );
                    c.stdout(Stdio::null()).stderr(Stdio::piped());
                    c
                })
                .collect();
            std::thread::spawn(move || {
                let mut failures = Vec::new();
                for mut cmd in cmds {
                    let out = cmd.output().expect("run csp");
                    if !out.status.success() {
                        failures.push(String::from_utf8_lossy(&out.stderr).into_owned());
                    }
                }
                failures
            })
        })
        .collect();
    let failures: Vec<String> = workers
        .into_iter()
        .flat_map(|w| w.join().expect("worker thread"))
        .collect();
    assert!(
        failures.is_empty(),
        "{} adds failed, e.g.:\n{}",
        failures.len(),
        failures[0]
    );
    assert_eq!(count(&home), 400);
    let audited: i64 = home.query("SELECT count(*) FROM audit_log WHERE action = 'customer.add'");
    assert_eq!(audited, 400);
    let check: String = home.query("PRAGMA integrity_check");
    assert_eq!(check, "ok");
}

/// Every index and trigger of the database, with its SQL.
#[cfg(unix)]
fn indexes_and_triggers(home: &Home) -> Vec<(String, String)> {
    let conn = home.sql();
    let mut stmt = conn
        .prepare(
            "SELECT name, sql FROM sqlite_schema WHERE sql IS NOT NULL AND type IN ('index', 'trigger') ORDER BY name",
        )
        .unwrap();
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

/// Starts a large import, kills it (SIGKILL) once `now` says so, and checks
/// the database: sound, and holding all of the import or none of it. Into
/// an empty database (`bulk`: the import drops customers' indexes and
/// triggers and builds them again at the end, in its transaction) or into
/// one holding a customer (row by row).
#[cfg(unix)]
fn kill_import_when(bulk: bool, now: impl Fn(&Home, std::time::Duration) -> bool) {
    let home = Home::new();
    let before = if bulk {
        let file = home.file("none.csv", "company_name,domain\n");
        home.csp(&["customers", "import", &file]).ok();
        0
    } else {
        home.add_customer("Fabrikam", "fabrikam.com");
        1
    };
    let schema = indexes_and_triggers(&home);
    let rows = 150_000;
    let file = home.file("big.csv", &customers_csv(rows, "k"));
    let started = std::time::Instant::now();
    let mut child = csp_process(&home, None, &["customers", "import", &file])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start import");
    let mut killed_while_running = false;
    while started.elapsed() < std::time::Duration::from_secs(120) {
        if child.try_wait().expect("wait").is_some() {
            break;
        }
        if now(&home, started.elapsed()) {
            child.kill().expect("kill -9");
            killed_while_running = true;
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(1));
    }
    let _ = child.kill();
    let _ = child.wait();
    assert!(
        killed_while_running,
        "the import ended before the moment to kill it came"
    );
    let check: String = home.query("PRAGMA integrity_check");
    assert_eq!(check, "ok");
    assert_eq!(
        indexes_and_triggers(&home),
        schema,
        "the schema is not as it was"
    );
    let n = count(&home);
    assert!(
        n == before || n == before + rows as i64,
        "a partial import: {n} customers"
    );
    let imports: i64 =
        home.query("SELECT count(*) FROM audit_log WHERE action = 'customer.import'");
    assert_eq!(imports, if n == before { 0 } else { 1 });
    // And the next csp works on it as if nothing happened.
    let list = home.csp(&["customers", "list", "--format", "tsv"]);
    assert_eq!(list.ok().lines().count() as i64, n);
}

#[cfg(unix)]
#[test]
fn import_killed_while_reading_the_file_leaves_a_sound_database_and_nothing_of_it() {
    kill_import_when(false, |_, elapsed| {
        elapsed >= std::time::Duration::from_millis(700)
    });
}

#[cfg(unix)]
#[test]
fn import_killed_while_writing_its_pages_leaves_a_sound_database_and_all_or_nothing() {
    // The commit is under way once the write-ahead log grows past a few MB.
    kill_import_when(false, |home, _| {
        let wal = home.db().with_extension("db-wal");
        std::fs::metadata(wal).is_ok_and(|m| m.len() > 4 << 20)
    });
}

#[cfg(unix)]
#[test]
fn bulk_import_killed_while_reading_the_file_leaves_a_sound_database_and_nothing_of_it() {
    kill_import_when(true, |_, elapsed| {
        elapsed >= std::time::Duration::from_millis(700)
    });
}

#[cfg(unix)]
#[test]
fn bulk_import_killed_while_writing_its_pages_leaves_a_sound_database_and_all_or_nothing() {
    // A first load writes without the WAL when it is alone on the file:
    // its pages go to the file itself (a rollback journal beside it), which
    // grows past a few MB while the transaction is under way.
    let size = |home: &Home, suffix: &str| {
        let path = home.db().with_extension(format!("db{suffix}"));
        std::fs::metadata(path).map_or(0, |m| m.len())
    };
    kill_import_when(true, |home, _| {
        let writing = size(home, "") > 4 << 20 && size(home, "-journal") > 0;
        writing || size(home, "-wal") > 4 << 20
    });
}

/// Runs `args` against the database as it is and checks the documented
/// refusal: status 1, one `error:` line, the file byte for byte as it was.
#[track_caller]
fn refused_unchanged(home: &Home, args: &[&str]) -> String {
    let before = std::fs::read(home.db()).expect("read db");
    let run = home.csp(args);
    let stderr = run.fails(1).to_string();
    let after = std::fs::read(home.db()).expect("read db");
    assert!(
        before == after,
        "`csp {}` modified the file",
        args.join(" ")
    );
    stderr
}

const READ: &[&str] = &["customers", "list"];
const WRITE: &[&str] = &[
    "customers",
    "add",
    "--name",
    "Northwind",
    "--domain",
    "northwind.com",
];

#[test]
fn a_junk_file_is_refused_and_left_as_it_was() {
    let home = Home::new();
    std::fs::create_dir_all(home.db().parent().expect("folder")).expect("mkdir");
    let junk: Vec<u8> = (0..10_000u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    std::fs::write(home.db(), &junk).expect("write junk");
    for args in [READ, WRITE] {
        let stderr = refused_unchanged(&home, args);
        assert!(stderr.contains("not a csp database"), "{stderr}");
    }
}

#[test]
fn a_text_file_is_refused_and_left_as_it_was() {
    let home = Home::new();
    std::fs::create_dir_all(home.db().parent().expect("folder")).expect("mkdir");
    std::fs::write(home.db(), "company_name,domain\nFabrikam,fabrikam.com\n").expect("write");
    for args in [READ, WRITE] {
        refused_unchanged(&home, args);
    }
}

#[test]
fn a_truncated_database_is_refused_and_left_as_it_was() {
    let home = Home::new();
    home.csp(&[
        "customers",
        "import",
        &home.file("c.csv", &customers_csv(3000, "t")),
    ])
    .ok();
    let full = std::fs::read(home.db()).expect("read db");
    assert!(
        full.len() > 64 * 1024,
        "the database is too small to truncate meaningfully"
    );
    for keep in [full.len() / 2, 4096, 60] {
        std::fs::write(home.db(), &full[..keep]).expect("truncate");
        for args in [READ, WRITE] {
            refused_unchanged(&home, args);
        }
    }
}

#[test]
fn a_database_from_a_newer_csp_is_refused_and_left_as_it_was() {
    let home = Home::new();
    home.add_customer("Fabrikam", "fabrikam.com");
    home.sql()
        .execute_batch("PRAGMA user_version = 99")
        .expect("set version");
    for args in [READ, WRITE] {
        let stderr = refused_unchanged(&home, args);
        assert!(stderr.contains("newer"), "{stderr}");
    }
}

/// Tests run as root, and root ignores file modes: the read-only checks run
/// `csp` as `nobody` through `setpriv`, so the modes mean what they say.
#[cfg(unix)]
fn as_nobody(home: &Home, args: &[&str]) -> common::Run {
    use std::os::unix::fs::PermissionsExt;
    // csp makes its folders 0700: open the way to the files for nobody
    // (the database's own folder keeps the mode each test gives it).
    let config_dir = home.config().parent().expect("config folder").to_path_buf();
    let mut dirs: Vec<PathBuf> = config_dir
        .ancestors()
        .take_while(|d| d.starts_with(home.path()))
        .map(Path::to_path_buf)
        .collect();
    if let Some(db_dir) = home.db().parent().and_then(Path::parent) {
        dirs.extend(
            db_dir
                .ancestors()
                .take_while(|d| d.starts_with(home.path()))
                .map(Path::to_path_buf),
        );
    }
    for dir in dirs {
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    }
    std::fs::set_permissions(home.config(), std::fs::Permissions::from_mode(0o644)).expect("chmod");
    let wrapper = [
        "setpriv",
        "--reuid=65534",
        "--regid=65534",
        "--clear-groups",
    ];
    finish(
        csp_process(home, Some(&wrapper), args)
            .output()
            .expect("run setpriv"),
    )
}

#[cfg(unix)]
fn nobody_can_run() -> bool {
    if !common::require_program("setpriv", "util-linux") {
        return false;
    }
    // Only root may switch users; as anyone else the modes already apply.
    let me = Command::new("id").arg("-u").output().expect("id");
    String::from_utf8_lossy(&me.stdout).trim() == "0"
}

#[cfg(unix)]
fn assert_refused_as_nobody(home: &Home, file: &Path) {
    let before = std::fs::read(file).expect("read db");
    let run = as_nobody(home, WRITE);
    let stderr = run.fails(1);
    // Refused because it cannot write, not because nobody cannot reach it.
    assert!(!stderr.contains("does not exist"), "{stderr}");
    assert_eq!(
        std::fs::read(file).expect("read db"),
        before,
        "the file changed"
    );
}

#[cfg(unix)]
#[test]
fn a_read_only_database_file_is_refused_and_left_as_it_was() {
    use std::os::unix::fs::PermissionsExt;
    if !nobody_can_run() {
        return;
    }
    let home = Home::new();
    home.add_customer("Fabrikam", "fabrikam.com");
    let folder = home.db().parent().expect("folder").to_path_buf();
    // The folder is writable by anyone, the file by nobody but its owner.
    std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o777)).expect("chmod");
    std::fs::set_permissions(home.db(), std::fs::Permissions::from_mode(0o644)).expect("chmod");
    assert_refused_as_nobody(&home, &home.db());
    assert_eq!(count(&home), 1);
}

#[cfg(unix)]
#[test]
fn a_read_only_database_file_or_folder_still_serves_reads() {
    use std::os::unix::fs::PermissionsExt;
    if !nobody_can_run() {
        return;
    }
    for (folder_mode, file_mode) in [(0o777, 0o644), (0o755, 0o644), (0o755, 0o666)] {
        let home = Home::new();
        home.add_customer("Fabrikam", "fabrikam.com");
        let folder = home.db().parent().expect("folder").to_path_buf();
        std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(folder_mode))
            .expect("chmod");
        std::fs::set_permissions(home.db(), std::fs::Permissions::from_mode(file_mode))
            .expect("chmod");
        let before = std::fs::read(home.db()).expect("read db");
        let run = as_nobody(&home, READ);
        assert!(
            run.ok().contains("fabrikam.com"),
            "folder {folder_mode:o}, file {file_mode:o}"
        );
        assert_eq!(std::fs::read(home.db()).expect("read db"), before);
    }
}

#[cfg(unix)]
#[test]
fn a_database_in_a_read_only_folder_is_refused_and_left_as_it_was() {
    use std::os::unix::fs::PermissionsExt;
    if !nobody_can_run() {
        return;
    }
    let home = Home::new();
    home.add_customer("Fabrikam", "fabrikam.com");
    let folder: PathBuf = home.db().parent().expect("folder").to_path_buf();
    // The file is writable by anyone, but its folder (for the WAL) is not.
    std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    std::fs::set_permissions(home.db(), std::fs::Permissions::from_mode(0o666)).expect("chmod");
    assert_refused_as_nobody(&home, &home.db());
    assert_eq!(count(&home), 1);
}

/// A full disk, simulated by a file size limit (`ulimit -f`, in 512-byte
/// blocks). SIGXFSZ is ignored, as a shell does for its children when asked,
/// so the write fails with EFBIG instead of killing `csp`.
#[cfg(unix)]
#[test]
fn a_full_disk_fails_the_import_cleanly_and_changes_nothing() {
    let home = Home::new();
    home.add_customer("Fabrikam", "fabrikam.com");
    let file = home.file("big.csv", &customers_csv(20_000, "f"));
    let before = std::fs::read(home.db()).expect("read db");
    let script = "trap '' XFSZ; ulimit -f 2048; exec \"$0\" \"$@\"";
    let csp = assert_cmd::cargo::cargo_bin("csp");
    let mut cmd = csp_process(
        &home,
        Some(&["sh", "-c", script]),
        &["customers", "import", &file],
    );
    // csp_process put the binary after the wrapper: here it is "$0".
    let args: Vec<_> = cmd.get_args().map(|a| a.to_owned()).collect();
    assert_eq!(args[2], csp.as_os_str());
    let run = finish(cmd.output().expect("run sh"));
    run.fails(1);
    assert_eq!(
        std::fs::read(home.db()).expect("read db"),
        before,
        "the file changed"
    );
    assert_eq!(count(&home), 1);
    let check: String = home.query("PRAGMA integrity_check");
    assert_eq!(check, "ok");
}

// ---------------------------------------------------------------------------
// Any CSV at all: no panic, and what is accepted comes back out of `export`.

/// A cell as people and programs write them: plain, quoted, with commas,
/// quotes, line breaks, control characters, non-ASCII, or empty.
fn cell() -> impl Strategy<Value = String> {
    prop_oneof![
        60 => "[A-Za-z0-9][A-Za-z0-9 .&'-]{0,12}",
        2 => "[ -~]{0,10}",
        1 => "\\PC{0,6}",
        1 => Just(String::new()),
        1 => "[a-z]{1,3}[\t\r\n\u{0}\u{1b}][a-z]{0,3}",
    ]
}

fn domain() -> impl Strategy<Value = String> {
    prop_oneof![
        30 => "[a-zA-Z][a-zA-Z0-9]{0,4}(-[a-zA-Z0-9]{1,3})?\\.(com|fr|io|co\\.uk)",
        1 => "[ -~]{0,12}",
    ]
}

fn email() -> impl Strategy<Value = String> {
    prop_oneof![
        12 => "[a-zA-Z][a-zA-Z0-9]{0,4}(\\.[a-z]{1,3})?@[a-z]{1,6}\\.(com|fr)",
        1 => Just(String::new()),
        1 => cell(),
    ]
}

fn quote(cell: &str) -> String {
    if cell.contains([',', '"', '\n', '\r']) || cell.starts_with(' ') {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell.to_string()
    }
}

/// Rows in csp's format; tenant IDs, when present, are unique per row, so the
/// rows meet only through their domains.
fn csp_rows() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        (
            cell(),
            domain(),
            any::<bool>(),
            cell(),
            email(),
            proptest::collection::vec("[a-z]{1,5}", 0..3),
        ),
        0..8,
    )
    .prop_map(|rows| {
        let mut csv =
            String::from("company_name,domain,tenant_id,contact_name,contact_email,tags\n");
        for (i, (name, domain, tenant, contact, email, tags)) in rows.into_iter().enumerate() {
            let tenant = if tenant {
                format!("{i:08x}-1111-4000-8000-{i:012x}")
            } else {
                String::new()
            };
            csv.push_str(
                &[
                    quote(&name),
                    quote(&domain),
                    tenant,
                    quote(&contact),
                    quote(&email),
                    tags.join(";"),
                ]
                .join(","),
            );
            csv.push('\n');
        }
        csv
    })
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        "\\PC{0,200}",
        "[a-z_,;\"\r\n ]{0,200}",
        proptest::collection::vec(any::<u8>(), 0..200)
            .prop_map(|b| String::from_utf8_lossy(&b).into_owned()),
        csp_rows().prop_map(|s| s.replacen('\n', "\r\n", 3)),
    ]
}

/// The export's rows, without the columns a new import sets anew.
fn exported(home: &Home) -> Vec<Vec<String>> {
    let out = home.csp(&["customers", "export"]);
    let mut reader = csv::ReaderBuilder::new().from_reader(out.ok().as_bytes());
    let header: Vec<String> = reader
        .headers()
        .expect("header")
        .iter()
        .map(str::to_string)
        .collect();
    let keep: Vec<usize> = header
        .iter()
        .enumerate()
        .filter(|(_, h)| !matches!(h.as_str(), "created_at" | "updated_at"))
        .map(|(i, _)| i)
        .collect();
    let mut rows: Vec<Vec<String>> = reader
        .records()
        .map(|r| {
            let r = r.expect("export is valid CSV");
            keep.iter().map(|&i| unguard(&r[i]).to_string()).collect()
        })
        .collect();
    rows.sort();
    rows
}

/// A cell without the `'` that export puts before a formula-like value.
fn unguard(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest)
            if rest
                .trim_start_matches('\'')
                .starts_with(['=', '+', '-', '@', '\t', '\r']) =>
        {
            rest
        }
        _ => cell,
    }
}

#[track_caller]
fn no_panic(run: &common::Run) {
    assert!(
        run.code != 101 && !run.stderr.contains("panicked"),
        "csp panicked:\n{}",
        run.stderr
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn any_csv_is_imported_or_refused_with_one_error_and_never_panics(text in any_text()) {
        let home = Home::new();
        home.add_customer("Fabrikam", "fabrikam.com");
        let before = home.snapshot();
        let run = home.csp(&["customers", "import", &home.file("in.csv", &text)]);
        no_panic(&run);
        if run.code != 0 {
            run.fails(2);
            prop_assert_eq!(home.snapshot(), before);
        }
    }

    #[test]
    fn what_an_import_accepts_comes_back_out_of_export(text in csp_rows()) {
        let home = Home::new();
        let run = home.csp(&["customers", "import", &home.file("in.csv", &text)]);
        no_panic(&run);
        if run.code == 0 {
            // Every accepted row is there, under its lower-cased domain, with
            // its values as written (trimmed). (Two rows naming one
            // customer are refused, so each domain is one row.)
            let rows = exported(&home);
            let mut reader = csv::ReaderBuilder::new().from_reader(text.as_bytes());
            let mut expected = std::collections::BTreeMap::new();
            for r in reader.records() {
                let r = r.expect("accepted input is CSV");
                if r.iter().all(|c| c.trim().is_empty()) {
                    continue;
                }
                let domain = unguard(r[1].trim()).trim_end_matches('.').to_ascii_lowercase();
                expected.insert(domain, (unguard(r[0].trim()).to_string(), unguard(r[3].trim()).to_string(), unguard(r[4].trim()).to_string()));
            }
            prop_assert_eq!(rows.len(), expected.len());
            for row in &rows {
                // id, company_name, domain, tenant_id, domains, contact_name, contact_email, …
                let (name, contact, email) = expected.get(&row[2]).expect("an exported domain was imported");
                prop_assert_eq!(&row[1], name);
                prop_assert_eq!(&row[5], contact);
                prop_assert_eq!(&row[6], email);
            }
            // And the export is itself an import that gives the same export.
            let export = home.csp(&["customers", "export"]).ok().to_string();
            let again = Home::new();
            again.csp(&["customers", "import", &again.file("export.csv", &export)]).ok();
            prop_assert_eq!(exported(&again), rows);
        } else {
            run.fails(2);
            prop_assert_eq!(count(&home), 0);
        }
    }
}
