//! `csp db`: the database itself — bringing its schema up to date, and on
//! PostgreSQL, which database roles may read or write.

use super::App;
use crate::domain::audit::Change;
use crate::error::Result;
use crate::store::{Access, Grant, Location, Store};
use clap::{Args, Subcommand};

#[derive(Debug, Subcommand)]
pub enum DbCommand {
    /// Bring the database's schema up to date (every command does it when needed)
    #[command(
        after_help = "Examples:\n  csp --db postgres://admin@db.example.com/csp db migrate\n  CSP_DB=~/csp.db csp db migrate"
    )]
    Migrate,
    /// Copy the whole database to another one, of either engine (a file to a server, a server to a file)
    #[command(
        after_help = "Examples:\n  csp db copy --to postgres://admin@db.example.com/csp\n  csp --db postgres://admin@db.example.com/csp db copy --to backup.db"
    )]
    Copy(CopyArgs),
    /// Let a PostgreSQL role read csp's tables, or read and write them
    #[command(
        after_help = "Examples:\n  csp db grant --read-only helpdesk\n  csp db grant --writer alice"
    )]
    Grant(GrantArgs),
}

#[derive(Debug, Args)]
pub struct CopyArgs {
    /// The target: a file, or a postgres:// URL; it must hold no csp data
    #[arg(long, value_name = "PATH|URL")]
    pub to: std::ffi::OsString,
    /// Replace everything the target holds (its audit log included)
    #[arg(long)]
    pub replace: bool,
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("grant").required(true).args(["read_only", "writer"])))]
pub struct GrantArgs {
    /// The role may read everything and change nothing (the server refuses its writes)
    #[arg(long, value_name = "ROLE")]
    pub read_only: Option<String>,
    /// The role may read and record; the audit log is appended to, never changed
    #[arg(long, value_name = "ROLE")]
    pub writer: Option<String>,
}

pub fn run(app: &App, cmd: DbCommand) -> Result<()> {
    match cmd {
        DbCommand::Migrate => {
            app.mark_writing();
            let store = app.store()?;
            let (engine, version) = store.schema();
            app.output.note(format!(
                "{engine} database {} is at schema version {version}, this csp's",
                store.describe()
            ));
            Ok(())
        }
        DbCommand::Copy(args) => {
            app.actor_for_change()?;
            let source = app.store()?;
            let location = Location::parse(&args.to);
            let created =
                matches!(&location, Location::File(p) if std::fs::symlink_metadata(p).is_err());
            let mut target = Store::open_at(&location, Access::Write)?;
            if created {
                app.output
                    .note(format!("created a new database {}", target.describe()));
            }
            let counts = source.copy_to(&mut target, args.replace)?;
            let summary: Vec<String> = counts.iter().map(|(t, n)| format!("{n} {t}")).collect();
            app.output.note(format!(
                "copied {} to {}: {} (counts checked)",
                source.describe(),
                target.describe(),
                summary.join(", ")
            ));
            Ok(())
        }
        DbCommand::Grant(args) => {
            let actor = app.actor_for_change()?;
            let (role, grant) = match (args.read_only, args.writer) {
                (Some(role), _) => (role, Grant::ReadOnly),
                (None, Some(role)) => (role, Grant::Writer),
                (None, None) => unreachable!("clap requires one of them"),
            };
            let role = crate::domain::values::one_line("role", &role)?;
            if app.db_url().is_none() {
                // Said before anything is opened: a file named by --db is
                // not created just to refuse.
                return Err(crate::error::Error::invalid(
                    "a SQLite file has no database roles: grants are for a PostgreSQL server",
                )
                .with_hint("on a file, who may change what follows the profile's role (csp init --role); name a server with --db postgres://…")
                .into());
            }
            let mut store = app.store()?;
            store.grant(&role, grant)?;
            let what = match grant {
                Grant::ReadOnly => "read-only",
                Grant::Writer => "writer",
            };
            store.write(|db| {
                db.append_audit(
                    &actor,
                    &Change {
                        action: "db.grant",
                        entity: "database",
                        entity_id: Some(role.clone()),
                        customer_id: None,
                        reason: None,
                        details: serde_json::json!({ "role": role, "grant": what }),
                    },
                )
            })?;
            app.output.note(format!(
                "granted {what} access to role {role} on {}",
                store.describe()
            ));
            Ok(())
        }
    }
}
