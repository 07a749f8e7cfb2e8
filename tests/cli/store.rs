//! The database file: created safely, migrated forward, and never touched
//! when it is junk or from a newer csp.

use crate::common::Home;

#[test]
fn the_database_is_created_with_its_folder_in_wal_mode() {
    let home = Home::new();
    assert!(!home.db().exists());
    home.csp(&["customers", "list"]).ok();
    assert!(home.db().exists());
    assert_eq!(home.query::<String>("PRAGMA journal_mode"), "wal");
    assert_eq!(
        home.query::<i64>("PRAGMA user_version"),
        i64::from(csp::store::SCHEMA_VERSION)
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(home.db()).unwrap().permissions().mode();
        assert_eq!(
            mode & 0o777,
            0o600,
            "only its owner may read the customer list"
        );
    }
}

#[test]
fn the_default_paths_follow_xdg() {
    let home = Home::new();
    let mut cmd = home.command(&["customers", "list"]);
    cmd.env_remove("CSP_DB").env_remove("CSP_CONFIG");
    assert!(cmd.output().unwrap().status.success());
    assert!(home.path().join("xdg-data/csp/csp.db").exists());
}

#[test]
fn the_db_flag_wins_over_the_environment() {
    let home = Home::new();
    let other = home.path().join("other.db");
    home.csp(&[
        "customers",
        "add",
        "--name",
        "F",
        "--domain",
        "f.com",
        "--db",
        other.to_str().unwrap(),
    ])
    .ok();
    assert!(other.exists());
    assert!(!home.db().exists());
}

#[test]
fn migrations_apply_to_an_empty_file() {
    let home = Home::new();
    std::fs::create_dir_all(home.db().parent().unwrap()).unwrap();
    std::fs::write(home.db(), b"").unwrap();
    home.add_customer("Fabrikam", "fabrikam.com");
    let tables: Vec<String> = {
        let conn = home.sql();
        let mut stmt = conn
            .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
            .unwrap();
        stmt.query_map([], |r| r.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect()
    };
    assert_eq!(
        tables,
        [
            "audit_log",
            "customer_counts",
            "customer_domains",
            "customers",
            "gdap_access_assignments",
            "gdap_relationships",
            "invitations",
            "provider_customers",
            "providers"
        ]
    );
}

#[test]
fn every_earlier_schema_version_migrates_forward() {
    // Build a database at each earlier version by applying the first N steps,
    // then let csp migrate it and use it.
    for version in 0..csp::store::SCHEMA_VERSION as usize {
        let home = Home::new();
        std::fs::create_dir_all(home.db().parent().unwrap()).unwrap();
        {
            let conn = rusqlite::Connection::open(home.db()).unwrap();
            for step in &csp::store::MIGRATIONS[..version] {
                conn.execute_batch(step).unwrap();
            }
            conn.execute_batch(&format!("PRAGMA user_version = {version}"))
                .unwrap();
        }
        home.add_customer("Fabrikam", "fabrikam.com");
        assert_eq!(
            home.query::<i64>("PRAGMA user_version"),
            i64::from(csp::store::SCHEMA_VERSION)
        );
    }
}

#[test]
fn a_junk_file_is_refused_and_left_as_it_was() {
    let home = Home::new();
    std::fs::create_dir_all(home.db().parent().unwrap()).unwrap();
    let junk = b"this is not a database, it is a shopping list\n".repeat(200);
    std::fs::write(home.db(), &junk).unwrap();
    let err = home.csp(&["customers", "list"]).fails(1).to_string();
    assert!(err.contains("not a csp database"), "{err}");
    home.csp(&["customers", "add", "--name", "F", "--domain", "f.com"])
        .fails(1);
    assert_eq!(std::fs::read(home.db()).unwrap(), junk);
}

#[test]
fn another_programs_database_is_refused() {
    let home = Home::new();
    std::fs::create_dir_all(home.db().parent().unwrap()).unwrap();
    rusqlite::Connection::open(home.db())
        .unwrap()
        .execute_batch("CREATE TABLE recipes (name TEXT)")
        .unwrap();
    let before = std::fs::read(home.db()).unwrap();
    home.csp(&["customers", "list"]).fails(1);
    assert_eq!(std::fs::read(home.db()).unwrap(), before);
}

#[test]
fn a_database_from_a_newer_csp_is_refused_and_left_as_it_was() {
    let home = Home::new();
    home.add_customer("Fabrikam", "fabrikam.com");
    let newer = csp::store::SCHEMA_VERSION + 1;
    home.sql()
        .execute_batch(&format!(
            "PRAGMA user_version = {newer}; PRAGMA journal_mode = DELETE;"
        ))
        .unwrap();
    let before = std::fs::read(home.db()).unwrap();
    let err = home.csp(&["customers", "list"]).fails(1).to_string();
    assert!(err.contains("newer"), "{err}");
    home.csp(&["customers", "add", "--name", "G", "--domain", "g.com"])
        .fails(1);
    assert_eq!(
        std::fs::read(home.db()).unwrap(),
        before,
        "not even the journal mode changed"
    );
}

#[test]
fn the_audit_log_cannot_be_edited_or_deleted() {
    let home = Home::new();
    home.add_customer("Fabrikam", "fabrikam.com");
    let conn = home.sql();
    assert!(conn
        .execute("UPDATE audit_log SET user = 'someone else'", [])
        .is_err());
    assert!(conn.execute("DELETE FROM audit_log", []).is_err());
    assert_eq!(home.query::<i64>("SELECT count(*) FROM audit_log"), 1);
}

/// A file another program stamped with a `user_version` of its own.
fn stamped(home: &Home, setup: &str) -> Vec<u8> {
    std::fs::create_dir_all(home.db().parent().expect("folder")).expect("folder");
    rusqlite::Connection::open(home.db())
        .expect("open")
        .execute_batch(setup)
        .expect("setup");
    std::fs::read(home.db()).expect("read")
}

#[test]
fn a_negative_user_version_is_not_taken_for_an_old_csp_database() {
    let home = Home::new();
    let before = stamped(&home, "PRAGMA user_version = -5;");
    let err = home.csp(&["customers", "list"]).fails(1).to_string();
    assert!(err.contains("not a csp database"), "{err}");
    assert!(err.contains("outside csp's history"), "{err}");
    home.csp(&["customers", "add", "--name", "F", "--domain", "f.com"])
        .fails(1);
    assert_eq!(
        std::fs::read(home.db()).expect("read"),
        before,
        "left as it was"
    );
    assert_eq!(home.query::<i64>("PRAGMA user_version"), -5);
}

#[test]
fn a_foreign_user_version_with_foreign_tables_is_refused_untouched() {
    let home = Home::new();
    let before = stamped(
        &home,
        "CREATE TABLE recipes (name TEXT); PRAGMA user_version = 1;",
    );
    let err = home.csp(&["customers", "list"]).fails(1).to_string();
    assert!(err.contains("recipes"), "{err}");
    assert_eq!(std::fs::read(home.db()).expect("read"), before);
}

#[test]
fn a_user_version_in_csps_history_without_csps_tables_is_refused() {
    let home = Home::new();
    let before = stamped(&home, "PRAGMA user_version = 1;");
    let err = home
        .csp(&["customers", "add", "--name", "F", "--domain", "f.com"])
        .fails(1)
        .to_string();
    assert!(err.contains("none of csp's tables"), "{err}");
    assert_eq!(std::fs::read(home.db()).expect("read"), before);
}
