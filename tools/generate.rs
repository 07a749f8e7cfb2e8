//! The shell completions in `completions/` and the man pages in `man/`, made
//! from the clap definitions so they never drift from what `csp` accepts.
//! [`REGENERATE`] writes them; the test `generated` fails when the committed
//! files differ from what this module makes.
//!
//! Nothing here may change between two runs of the same code: no dates, and
//! the only version is the one in Cargo.toml.

use clap::CommandFactory;
use clap_complete::{Generator, Shell};
use clap_mangen::roff::{bold, italic, roman, Inline, Roff};
use clap_mangen::Man;
use csp::cli::Cli;
use std::io;
use std::path::{Path, PathBuf};

/// The one command that rewrites `completions/` and `man/`.
pub const REGENERATE: &str = "cargo run --example generate";

const SOURCE: &str = concat!("csp ", env!("CARGO_PKG_VERSION"));
const MANUAL: &str = "csp manual";

/// The folders this module owns, relative to the crate's root.
pub const FOLDERS: [&str; 2] = ["completions", "man"];

/// One generated file: its path relative to the crate's root, and its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneratedFile {
    pub path: String,
    pub contents: Vec<u8>,
}

/// Every completion script and man page, in a stable order.
pub fn files() -> io::Result<Vec<GeneratedFile>> {
    let mut files = completions();
    files.extend(man_pages()?);
    Ok(files)
}

/// Writes [`files`] under `root`, and removes any other file in the generated
/// folders (a page for a subcommand that no longer exists).
pub fn write_to(root: &Path) -> io::Result<Vec<PathBuf>> {
    let files = files()?;
    for folder in FOLDERS {
        std::fs::create_dir_all(root.join(folder))?;
        for entry in std::fs::read_dir(root.join(folder))? {
            let entry = entry?;
            let relative = format!("{folder}/{}", entry.file_name().to_string_lossy());
            if entry.file_type()?.is_file() && !files.iter().any(|f| f.path == relative) {
                std::fs::remove_file(entry.path())?;
            }
        }
    }
    let mut written = Vec::new();
    for file in files {
        let path = root.join(&file.path);
        std::fs::write(&path, &file.contents)?;
        written.push(path);
    }
    Ok(written)
}

/// The clap tree as users see it (no `help` pseudo-subcommand in man pages).
fn command() -> clap::Command {
    Cli::command()
}

fn completions() -> Vec<GeneratedFile> {
    [
        Shell::Bash,
        Shell::Zsh,
        Shell::Fish,
        Shell::PowerShell,
        Shell::Elvish,
    ]
    .into_iter()
    .map(|shell| {
        let mut cmd = command();
        let mut contents = Vec::new();
        clap_complete::generate(shell, &mut cmd, "csp", &mut contents);
        GeneratedFile {
            path: format!("completions/{}", shell.file_name("csp")),
            contents,
        }
    })
    .collect()
}

fn man_pages() -> io::Result<Vec<GeneratedFile>> {
    let mut root = command().disable_help_subcommand(true);
    root.build();
    let mut pages = Vec::new();
    let mut names = Vec::new();
    collect_names(&root, &mut names);
    pages.push(GeneratedFile {
        path: "man/csp.1".into(),
        contents: ascii_roff(root_page(&root, &names)?),
    });
    subcommand_pages(&root, &mut pages)?;
    Ok(pages)
}

/// The page names of every subcommand, depth first (`csp-customers`, `csp-customers-list`, …).
fn collect_names(cmd: &clap::Command, names: &mut Vec<String>) {
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        names.push(page_name(sub));
        collect_names(sub, names);
    }
}

fn page_name(cmd: &clap::Command) -> String {
    cmd.get_display_name()
        .unwrap_or_else(|| cmd.get_name())
        .to_string()
}

fn subcommand_pages(cmd: &clap::Command, pages: &mut Vec<GeneratedFile>) -> io::Result<()> {
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        let name = page_name(sub);
        // The global options are described once, in csp(1).
        let page = sub
            .clone()
            .mut_args(|a| if a.is_global_set() { a.hide(true) } else { a });
        let man = Man::new(page)
            .title(name.to_uppercase())
            .source(SOURCE)
            .manual(MANUAL);
        let mut out = Vec::new();
        man.render_title(&mut out)?;
        man.render_name_section(&mut out)?;
        man.render_synopsis_section(&mut out)?;
        man.render_description_section(&mut out)?;
        man.render_options_section(&mut out)?;
        let mut roff = Roff::new();
        roff.text([
            roman("The global options of "),
            bold("csp"),
            roman("(1) (--db, --config, --format, --json, --no-input, --color, -q) may also be given, before or after the subcommand."),
        ]);
        roff.to_writer(&mut out)?;
        if sub.has_subcommands() {
            man.render_subcommands_section(&mut out)?;
        }
        let mut roff = Roff::new();
        examples(&mut roff, sub);
        let mut see_also = vec!["csp".to_string()];
        let parent = name.rsplit_once('-').map(|(p, _)| p.to_string());
        if let Some(p) = parent.filter(|p| p != "csp") {
            see_also.push(p);
        }
        see_also.extend(sub.get_subcommands().map(page_name));
        section_see_also(&mut roff, &see_also);
        roff.to_writer(&mut out)?;
        man.render_version_section(&mut out)?;
        pages.push(GeneratedFile {
            path: format!("man/{name}.1"),
            contents: ascii_roff(out),
        });
        subcommand_pages(sub, pages)?;
    }
    Ok(())
}

/// groff reads its input as Latin-1 unless told otherwise: every other
/// character is written as a groff escape (`\\[u2026]`), so pages render the
/// same under `man`, `groff -man` and `mandoc`.
fn ascii_roff(page: Vec<u8>) -> Vec<u8> {
    let text = String::from_utf8_lossy(&page);
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            out.push_str(&format!("\\[u{:04X}]", u32::from(c)));
        }
    }
    out.into_bytes()
}

fn root_page(cmd: &clap::Command, names: &[String]) -> io::Result<Vec<u8>> {
    let man = Man::new(cmd.clone())
        .title("CSP")
        .source(SOURCE)
        .manual(MANUAL);
    let mut out = Vec::new();
    man.render_title(&mut out)?;
    man.render_name_section(&mut out)?;
    man.render_synopsis_section(&mut out)?;
    man.render_description_section(&mut out)?;
    let mut roff = Roff::new();
    paragraphs(
        &mut roff,
        &[
            "csp keeps the list of customers a Cloud Solution Provider partner holds a reseller \
             relationship with, drafts the personalized invitation that creates such a relationship \
             (alone, or together with an indirect provider), and removes a relationship when it ends. \
             State lives in one local SQLite file; every change is written to an append-only audit log.",
            "Options may stand before or after the subcommand: csp --json customers list and \
             csp customers list --json are the same.",
        ],
    );
    roff.to_writer(&mut out)?;
    man.render_options_section(&mut out)?;
    man.render_subcommands_section(&mut out)?;
    let mut roff = Roff::new();
    section_output(&mut roff);
    section_exit_status(&mut roff);
    section_environment(&mut roff);
    section_files(&mut roff);
    examples(&mut roff, cmd);
    section_see_also(&mut roff, names);
    roff.to_writer(&mut out)?;
    man.render_version_section(&mut out)?;
    Ok(out)
}

fn paragraphs(roff: &mut Roff, texts: &[&str]) {
    for t in texts {
        roff.control("PP", []);
        roff.text([roman(*t)]);
    }
}

/// A tagged paragraph: `label` in bold, then its meaning indented.
fn item(roff: &mut Roff, label: Inline, text: &str) {
    roff.control("TP", []);
    roff.text([label]);
    roff.text([roman(text)]);
}

fn section_output(roff: &mut Roff) {
    roff.control("SH", ["OUTPUT"]);
    paragraphs(
        roff,
        &[
            "Data goes to standard output, messages to standard error. --format chooses how data \
             is written; without it, a terminal gets a table and a pipe gets tsv.",
        ],
    );
    for (format, what) in [
        (
            "table",
            "Aligned columns wrapped to the terminal's width (or $COLUMNS); times shown as \"3 days ago\", \
             ids by their first 8 characters (which csp accepts as a reference), relationship and \
             status words in color. For people, not scripts.",
        ),
        (
            "tsv",
            "One line a record, fields separated by tabs, no header. Tags are joined with \";\". \
             No value can hold a tab or a line break.",
        ),
        (
            "csv",
            "A header row of field names, then one row a record, quoted as RFC 4180 says.",
        ),
        (
            "json",
            "A list is always an array, even of zero or one item; show, add, update and invite print one object.",
        ),
        ("jsonl", "One JSON object a line, written as rows are read."),
    ] {
        item(roff, bold(format), what);
    }
    paragraphs(
        roff,
        &[
            "Every field is always present (null when empty); field names are snake_case and stable. \
             Times are RFC 3339 in UTC. Lists stream: tsv, csv and jsonl are written row by row. \
             A closed pipe (csp customers list | head) ends quietly with status 0.",
            "-q prints only data and errors. Color is used only on a terminal, never when NO_COLOR is \
             set or TERM is dumb, unless --color always asks for it.",
            "Prompts appear only when standard input and standard error are terminals and neither \
             --no-input nor CSP_NO_INPUT is set; otherwise a missing value is a usage error naming the \
             flag to pass. On a terminal, a customer or provider reference that matches several \
             records offers a picker.",
        ],
    );
}

fn section_exit_status(roff: &mut Roff) {
    roff.control("SH", ["EXIT STATUS"]);
    for (code, what) in [
        ("0", "Done. A closed pipe on standard output also ends with 0."),
        (
            "1",
            "Failure: input or output, the database (junk, locked, newer than this csp, read-only), the clipboard.",
        ),
        (
            "2",
            "Usage or invalid input: a bad argument, value or file row, a missing value with no terminal to ask.",
        ),
        ("3", "Not found, or a reference that matches several records."),
        (
            "4",
            "Not allowed: the role may not change records, an acknowledgement is missing, or the admin declined.",
        ),
        (
            "5",
            "Conflict: a duplicate, or a step that the record's state does not allow.",
        ),
        (
            "6",
            "csp status --exit-code found something that needs attention (the items are printed too).",
        ),
        (
            "130",
            "Interrupted (Ctrl-C or SIGTERM): an import or a batch stops at a safe point, leaves no temp file, and says on standard error whether nothing or everything was recorded.",
        ),
    ] {
        item(roff, bold(code), what);
    }
    paragraphs(
        roff,
        &[
            "Every error is one line starting with \"error:\" on standard error, with a \"hint:\" line \
             where one helps, and a failed command changes nothing. The audit log names the operating \
             system's account running csp, read from the system, never from USER or USERNAME.",
        ],
    );
}

fn section_environment(roff: &mut Roff) {
    roff.control("SH", ["ENVIRONMENT"]);
    for (name, what) in [
        ("CSP_DB", "The database file, as --db."),
        ("CSP_CONFIG", "The config file, as --config."),
        (
            "CSP_NO_INPUT",
            "When set to 1, true, yes or on, never prompt, as --no-input (0, false, no or off: prompt).",
        ),
        (
            "CSP_PARTNER_ID",
            "The partner tenant ID (a GUID), over the profile's; lets a fresh machine invite without csp init.",
        ),
        ("CSP_PARTNER_NAME", "The partner's name, over the profile's."),
        (
            "CSP_ROLE",
            "The admin's role (global-admin, admin-agent, sales-agent, helpdesk-agent, billing-admin), over the profile's.",
        ),
        (
            "CSP_KIND",
            "What kind of partner we are (indirect-reseller or direct), over the profile's kind.",
        ),
        (
            "NO_COLOR",
            "When set and not empty, no color (unless --color always).",
        ),
        ("TERM", "When dumb, no color (unless --color always)."),
        (
            "VISUAL, EDITOR",
            "The editor that --edit opens to change a draft before it is recorded.",
        ),
        (
            "XDG_DATA_HOME, XDG_CONFIG_HOME",
            "Where the database and the config live when no flag or variable names them.",
        ),
        (
            "CSP_BUSY_TIMEOUT",
            "How many seconds to wait for another program's lock on the database before giving up (default 30).",
        ),
        (
            "CSP_MS_CLIENT_ID",
            "The Entra app's client ID for signing in to Microsoft, over [microsoft] client_id.",
        ),
        (
            "CSP_MS_REFRESH_TOKEN",
            "A refresh token for automation: online commands sign in with it instead of the kept sign-in, and nothing is written.",
        ),
        (
            "CSP_MS_CLIENT_SECRET",
            "The client secret of a confidential app, sent with every token request.",
        ),
        (
            "HTTPS_PROXY, ALL_PROXY, NO_PROXY",
            "The proxy online commands go through.",
        ),
        (
            "CSP_MS_RETRY_CAP_MS",
            "The longest wait between two retries of a call to Microsoft, in milliseconds (at most the default 30000; the tests shorten it).",
        ),
    ] {
        item(roff, bold(name), what);
    }
}

/// One table of the database: its name, what it holds, and `(column, meaning)` pairs.
pub type SchemaTable = (&'static str, &'static str, &'static [Column]);
/// A column's name and what it means.
pub type Column = (&'static str, &'static str);

/// What each table of the database holds, so users can query it with sqlite3.
/// tests/generated.rs checks that every column of the real schema is here.
pub const SCHEMA: &[SchemaTable] = &[
    (
        "customers",
        "One row a customer, whatever its relationship; a removed customer keeps its row.",
        &[
            ("id", "The customer's id (text)."),
            ("company_name", "Company name."),
            ("domain", "Primary domain, lower-cased, unique."),
            ("tenant_id", "The customer's tenant ID (GUID), unique, or NULL."),
            ("contact_name", "Contact name, or NULL."),
            ("contact_email", "Contact email address, or NULL."),
            (
                "relationship",
                "Our reseller relationship: active, invited or removed.",
            ),
            (
                "relationship_since",
                "When the relationship took its current state (or began, with --since).",
            ),
            (
                "delegated_admin",
                "1 when a legacy DAP grant (delegated admin privileges from before GDAP) is recorded in its tenant, else 0.",
            ),
            (
                "source",
                "Where it came from: office365, azure, partner-center, invitation or manual.",
            ),
            (
                "channel",
                "How it was found: marketing, microsoft-referral, indirect-provider, other, or NULL.",
            ),
            ("tags", "Tags joined with ';' (empty when none)."),
            (
                "partner_center_relationship",
                "The Relationship column of Partner Center's Customers.csv (e.g. Cloud Reseller), kept as information.",
            ),
            ("created_at", "When it was recorded."),
            ("updated_at", "When it last changed."),
            ("removed_at", "When our relationship was removed, or NULL."),
            (
                "open_gdap",
                "How many of its GDAP relationships are not terminated or being terminated, kept by triggers (csp status counts the active customers with none from it).",
            ),
        ],
    ),
    (
        "providers",
        "Indirect providers we are connected with.",
        &[
            ("id", "The provider's id (text)."),
            ("name", "Name."),
            ("tenant_id", "The provider's tenant ID (GUID), unique."),
            ("mpn_id", "Its PartnerID (MPN ID), or NULL."),
            ("location", "Location, or NULL."),
            ("status", "connected or removed."),
            ("connected_at", "When it was added."),
            ("removed_at", "When it was removed, or NULL."),
            (
                "active_customers",
                "How many active customers it holds a relationship with, kept by triggers (csp status subtracts it from customer_counts.active). SQLite only.",
            ),
        ],
    ),
    (
        "customer_counts",
        "One row: how many customers are active, kept by triggers, for csp status. SQLite only: on PostgreSQL status counts when asked.",
        &[("active", "The number of active customers.")],
    ),
    (
        "customer_domains",
        "A customer's other domains (its initial *.onmicrosoft.com one above all); each domain belongs to one customer, across this table and customers.domain.",
        &[
            ("domain", "The domain, lower-cased, unique."),
            ("customer_id", "The customer (customers.id)."),
            ("added_at", "When csp learned it."),
        ],
    ),
    (
        "provider_customers",
        "Which provider holds its own reseller relationship with which customer (and so may order for it).",
        &[
            ("provider_id", "The provider (providers.id)."),
            ("customer_id", "The customer (customers.id)."),
            ("since", "When the relationship was recorded."),
            (
                "invitation_id",
                "The joint invitation whose acceptance recorded it (invitations.id), or NULL.",
            ),
        ],
    ),
    (
        "invitations",
        "Every invitation drafted, with the text as finally sent.",
        &[
            ("id", "The invitation's id (text)."),
            ("kind", "reseller, or reseller_with_provider for a joint invitation."),
            ("status", "draft, sent, accepted or cancelled."),
            ("customer_id", "The customer invited (customers.id)."),
            (
                "provider_id",
                "The indirect provider of a joint invitation (providers.id), or NULL.",
            ),
            ("to_address", "Who it is addressed to, or NULL."),
            (
                "delegated_admin",
                "1 when the link asked for delegated admin privileges (DAP=true, before October 2023), else 0; csp no longer produces such links.",
            ),
            ("link", "The invitation link."),
            ("subject", "The email's subject."),
            ("body", "The email's body, edits included."),
            ("locale", "The language: en or fr."),
            ("reference", "A reference note, or NULL."),
            ("created_at", "When it was drafted."),
            ("sent_at", "When the admin marked it sent, or NULL."),
            ("accepted_at", "When the customer accepted, or NULL."),
            ("cancelled_at", "When it was cancelled, or NULL."),
            ("reminded_at", "When the last reminder was drafted (csp invite remind), or NULL."),
            ("reminders", "How many reminders were drafted."),
        ],
    ),
    (
        "audit_log",
        "Every change, one entry a command, newest last; triggers refuse any update or delete.",
        &[
            ("id", "Entry number, increasing."),
            ("at", "When (RFC 3339, UTC)."),
            ("user", "The operating system user."),
            ("role", "The admin's role, or NULL."),
            (
                "action",
                "What was done, e.g. customer.add, customer.import, invitation.accept.",
            ),
            ("entity", "The kind of record changed: customer, provider, invitation, …"),
            ("entity_id", "The id of the record changed, or NULL."),
            (
                "customer_id",
                "The customer the change concerns, or NULL (csp log --customer reads it).",
            ),
            ("reason", "The reason given, or NULL."),
            ("details", "A JSON object with the change (before and after, counts)."),
        ],
    ),
    (
        "gdap_relationships",
        "GDAP admin relationships: chosen Entra roles in one customer tenant, for a limited time. Status and end date are as recorded; csp shows them brought up to date by the clock (an auto-extended end moved on 180 days at a time, a relationship past its end or a request past its 90 days shown expired).",
        &[
            ("id", "The relationship's csp id (text)."),
            (
                "microsoft_id",
                "Microsoft Graph's id of the relationship, unique, or NULL while unknown.",
            ),
            ("customer_id", "The customer (customers.id)."),
            (
                "display_name",
                "Its display name, at most 50 characters, unique (case-insensitive).",
            ),
            (
                "roles",
                "The Entra role definition ids it grants, lower-case GUIDs joined with ','.",
            ),
            ("duration_days", "How long it lasts once active: 1 to 730 days."),
            (
                "auto_extend",
                "1 when Microsoft extends it by 180 days at a time, else 0 (never 1 with Global Administrator).",
            ),
            (
                "status",
                "created, approval_pending, approved, activating, active, expiring, expired, termination_requested, terminating or terminated.",
            ),
            ("requested_at", "When it was requested, or NULL."),
            (
                "request_expires_at",
                "When the request lapses unless approved (90 days after it), or NULL.",
            ),
            ("activated_at", "When it became active, or NULL."),
            (
                "ends_at",
                "When it ends: activation plus duration, as last recorded, or NULL.",
            ),
            ("terminated_at", "When it was terminated, or NULL."),
            ("termination_reason", "The reason given for terminating it, or NULL."),
            (
                "approval_sent_at",
                "When the approval email was recorded as sent (csp gdap invite --done), or NULL.",
            ),
            ("created_at", "When it was recorded."),
            ("updated_at", "When its record last changed."),
        ],
    ),
    (
        "gdap_access_assignments",
        "Which partner security group holds which of a GDAP relationship's roles.",
        &[
            ("relationship_id", "The relationship (gdap_relationships.id)."),
            ("group_id", "The partner security group's object id (GUID)."),
            ("group_name", "The group's name, or NULL."),
            (
                "roles",
                "The role definition ids it holds, a subset of the relationship's, joined with ','.",
            ),
            ("created_at", "When it was recorded."),
            ("updated_at", "When it last changed."),
        ],
    ),
];

fn section_files(roff: &mut Roff) {
    roff.control("SH", ["FILES"]);
    item(
        roff,
        italic("$XDG_CONFIG_HOME/csp/config.toml"),
        "The partner profile that csp init writes ([partner]: name, tenant_id, mpn_id, role, \
         sender_name, email, locale), user templates as [templates.NAME] tables with subject \
         and body strings, and [status] chase_after_days (1 to 365, default 14: after how many \
         days without an answer csp status shows an invitation to chase). On macOS and Windows, the platform's config folder.",
    );
    item(
        roff,
        italic("$XDG_CONFIG_HOME/csp/microsoft-sign-in.json"),
        "What csp login keeps, beside the config: the account, tenant, app, scopes and where the \
         refresh token is (never a token itself), created with mode 0600; csp logout deletes it.",
    );
    item(
        roff,
        italic("$XDG_CONFIG_HOME/csp/microsoft-refresh-token"),
        "The refresh token, created with mode 0600, only where no OS keychain answered when \
         signing in (csp login says why, and csp whoami shows where the token is kept): \
         otherwise it is in the macOS Keychain, Windows Credential Manager or the desktop's \
         Secret Service. csp logout removes it from wherever it is.",
    );
    item(
        roff,
        italic("$XDG_DATA_HOME/csp/csp.db"),
        "The SQLite database, created with mode 0600, in WAL mode. On macOS and Windows, the \
         platform's data folder. It can be read with sqlite3; change it only through csp, which \
         keeps the audit log. Times are RFC 3339 text in UTC; ids are text.",
    );
    roff.control("SS", ["Database schema"]);
    for (table, about, columns) in SCHEMA {
        roff.control("TP", []);
        roff.text([bold(*table)]);
        roff.text([roman(*about)]);
        roff.control("RS", []);
        for (column, meaning) in *columns {
            roff.control("TP", []);
            roff.text([italic(*column)]);
            roff.text([roman(*meaning)]);
        }
        roff.control("RE", []);
    }
    paragraphs(
        roff,
        &["For example: sqlite3 -readonly csp.db \"SELECT domain, relationship FROM customers WHERE delegated_admin = 1\""],
    );
}

/// EXAMPLES from the command's `after_help` ("Examples:" then indented command lines).
fn examples(roff: &mut Roff, cmd: &clap::Command) {
    let Some(text) = cmd.get_after_help().map(|t| t.to_string()) else {
        return;
    };
    let lines: Vec<&str> = text
        .lines()
        .filter(|l| !l.trim().is_empty() && l.trim_end() != "Examples:")
        .collect();
    if lines.is_empty() {
        return;
    }
    roff.control("SH", ["EXAMPLES"]);
    roff.control("PP", []);
    roff.control("nf", []);
    roff.control("RS", ["4"]);
    for line in lines {
        roff.text([roman(line.strip_prefix("  ").unwrap_or(line))]);
    }
    roff.control("RE", []);
    roff.control("fi", []);
}

fn section_see_also(roff: &mut Roff, pages: &[String]) {
    if pages.is_empty() {
        return;
    }
    roff.control("SH", ["SEE ALSO"]);
    let mut inlines = Vec::new();
    for (n, page) in pages.iter().enumerate() {
        if n > 0 {
            inlines.push(roman(", "));
        }
        inlines.push(bold(page.as_str()));
        inlines.push(roman("(1)"));
    }
    roff.text(inlines);
}
