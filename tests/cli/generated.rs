//! The committed completions and man pages are what the clap definitions
//! make, the man pages render cleanly, and the documented schema is the real one.

use crate::common;

#[path = "../../tools/generate.rs"]
#[allow(dead_code)]
mod generate;

use generate::{files, FOLDERS, REGENERATE, SCHEMA};
use std::path::Path;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn committed_completions_and_man_pages_match_the_code() {
    let generated = files().expect("generate");
    let mut stale = Vec::new();
    for file in &generated {
        match std::fs::read(root().join(&file.path)) {
            Ok(committed) if committed == file.contents => {}
            Ok(_) => stale.push(format!("{} differs", file.path)),
            Err(_) => stale.push(format!("{} is missing", file.path)),
        }
    }
    for folder in FOLDERS {
        for entry in std::fs::read_dir(root().join(folder)).expect("generated folder") {
            let name = format!(
                "{folder}/{}",
                entry.expect("entry").file_name().to_string_lossy()
            );
            if !generated.iter().any(|f| f.path == name) {
                stale.push(format!("{name} is no longer generated"));
            }
        }
    }
    assert!(
        stale.is_empty(),
        "the committed completions and man pages are stale:\n  {}\nregenerate them with:\n  {REGENERATE}\nand commit the result",
        stale.join("\n  ")
    );
}

#[test]
fn generating_twice_gives_the_same_bytes() {
    assert_eq!(files().expect("first"), files().expect("second"));
}

#[test]
fn every_shell_and_every_subcommand_has_its_file() {
    let generated = files().expect("generate");
    let paths: Vec<&str> = generated.iter().map(|f| f.path.as_str()).collect();
    for expected in [
        "completions/csp.bash",
        "completions/_csp",
        "completions/csp.fish",
        "completions/_csp.ps1",
        "completions/csp.elv",
        "man/csp.1",
        "man/csp-init.1",
        "man/csp-customers.1",
        "man/csp-customers-list.1",
        "man/csp-customers-import.1",
        "man/csp-invite.1",
        "man/csp-providers.1",
        "man/csp-remove.1",
        "man/csp-log.1",
    ] {
        assert!(
            paths.contains(&expected),
            "{expected} is not generated: {paths:?}"
        );
    }
}

fn page(name: &str) -> String {
    let generated = files().expect("generate");
    let file = generated
        .iter()
        .find(|f| f.path == format!("man/{name}"))
        .unwrap_or_else(|| panic!("no man/{name}"));
    String::from_utf8(file.contents.clone()).expect("utf-8")
}

#[test]
fn the_main_page_has_exit_status_environment_files_and_examples() {
    let csp = page("csp.1");
    for section in [
        ".SH \"EXIT STATUS\"",
        ".SH ENVIRONMENT",
        ".SH FILES",
        ".SS \"Database schema\"",
        ".SH EXAMPLES",
        ".SH \"SEE ALSO\"",
    ] {
        assert!(csp.contains(section), "csp.1 lacks {section}");
    }
    for variable in [
        "CSP_DB",
        "CSP_CONFIG",
        "CSP_NO_INPUT",
        "CSP_ROLE",
        "NO_COLOR",
    ] {
        assert!(csp.contains(variable), "csp.1 does not document {variable}");
    }
    // Every page is plain ASCII, so groff reads it the same with or without preconv.
    assert!(csp.is_ascii());
}

#[test]
fn subcommand_pages_show_their_examples() {
    let import = page("csp-customers-import.1");
    assert!(import.contains(".SH EXAMPLES"));
    assert!(
        import.contains("cat list.csv | csp customers import \\-\n"),
        "{import}"
    );
    let log = page("csp-log.1");
    assert!(log.contains("csp log \\-\\-customer fabrikam.com"), "{log}");
}

#[test]
fn the_man_page_documents_every_column_of_the_real_schema() {
    let home = common::Home::new();
    home.csp(&["customers", "list"]).ok();
    let conn = home.sql();
    let mut tables = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        .expect("tables");
    let tables: Vec<String> = tables
        .query_map([], |r| r.get(0))
        .expect("query")
        .collect::<Result<_, _>>()
        .expect("names");
    let mut documented_tables: Vec<String> = SCHEMA.iter().map(|(t, _, _)| t.to_string()).collect();
    documented_tables.sort();
    assert_eq!(
        tables, documented_tables,
        "tables in the database vs. the man page"
    );
    for (table, _, columns) in SCHEMA {
        let mut stmt = conn
            .prepare(&format!(
                "SELECT name FROM pragma_table_info('{table}') ORDER BY cid"
            ))
            .expect("columns");
        let real: Vec<String> = stmt
            .query_map([], |r| r.get(0))
            .expect("query")
            .collect::<Result<_, _>>()
            .expect("names");
        let documented: Vec<String> = columns.iter().map(|(c, _)| c.to_string()).collect();
        assert_eq!(
            real, documented,
            "columns of {table}: the database vs. the man page"
        );
    }
    let csp = page("csp.1");
    assert!(csp.contains("relationship_since") && csp.contains("partner_center_relationship"));
}

#[test]
fn man_pages_render_without_groff_warnings() {
    if !common::require_program("groff", "groff") {
        return;
    }
    let mut pages: Vec<_> = std::fs::read_dir(root().join("man"))
        .expect("man/")
        .map(|e| e.expect("entry").path())
        .collect();
    pages.sort();
    assert!(pages.len() >= 10, "too few man pages: {pages:?}");
    for page in pages {
        let out = std::process::Command::new("groff")
            .args(["-man", "-Tutf8", "-ww", "-z"])
            .arg(&page)
            .output()
            .expect("run groff");
        let warnings = String::from_utf8_lossy(&out.stderr);
        assert!(
            out.status.success() && warnings.trim().is_empty(),
            "{} does not render cleanly:\n{warnings}",
            page.display()
        );
        // And it renders something readable.
        let text = std::process::Command::new("groff")
            .args(["-man", "-Tutf8", "-P-cbou"])
            .arg(&page)
            .output()
            .expect("run groff");
        let text = String::from_utf8_lossy(&text.stdout);
        assert!(
            text.contains("NAME") && text.contains("SYNOPSIS"),
            "{}",
            page.display()
        );
    }
}

#[test]
fn every_command_has_examples_in_its_help() {
    use clap::CommandFactory;
    fn walk(cmd: &clap::Command, path: &str, missing: &mut Vec<String>) {
        for sub in cmd
            .get_subcommands()
            .filter(|s| !s.is_hide_set() && s.get_name() != "help")
        {
            let path = format!("{path} {}", sub.get_name());
            let help = sub
                .get_after_help()
                .map(|h| h.to_string())
                .unwrap_or_default();
            if !help.contains("Examples:\n  csp ") {
                missing.push(path.clone());
            }
            walk(sub, &path, missing);
        }
    }
    let root = csp::cli::Cli::command();
    assert!(root
        .get_after_help()
        .is_some_and(|h| h.to_string().contains("Examples:")));
    let mut missing = Vec::new();
    walk(&root, "csp", &mut missing);
    assert!(
        missing.is_empty(),
        "commands without examples in --help: {missing:?}"
    );
}

#[test]
fn completions_and_man_pages_never_offer_the_internal_clipboard_keeper() {
    for file in generate::files().expect("generate") {
        let text = String::from_utf8_lossy(&file.contents);
        assert!(
            !text.contains(csp::delivery::clipboard::KEEPER_COMMAND),
            "{} offers csp's internal clipboard keeper",
            file.path
        );
    }
}
