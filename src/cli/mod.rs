//! The command line: clap definitions and one `run` per command group. A
//! command parses, calls the core, and hands the data it gets back to the
//! output layer; it holds no SQL and no formatting rules.

pub mod customers;
pub mod db;
pub mod delivery;
pub mod gdap;
pub mod init;
pub mod internal;
pub mod invite;
pub mod log;
pub mod pick;
pub mod prompt;
pub mod providers;
pub mod remove;
pub mod signin;
pub mod status;
pub mod sync;

use crate::domain::audit::Actor;
use crate::domain::profile::{Config, Permission};
use crate::error::Result;
use crate::output::{ColorChoice, Format, Output};
use crate::store::{Access, Location, Store};
use clap::{Args, Parser, Subcommand};
use std::cell::OnceCell;
use std::io::IsTerminal;
use std::path::PathBuf;

const EXAMPLES: &str = "\
Examples:
  csp init --name \"Contoso Reseller\" --tenant-id 8c1e2f40-5b6a-4d3c-9e7f-0a1b2c3d4e5f --role admin-agent
  csp customers add --name \"Fabrikam\" --domain fabrikam.com
  csp invite --name \"Northwind\" --domain northwind.com --email it@northwind.com --copy
  csp customers list --json | jq '.[].domain'
  csp remove fabrikam.com --acknowledge --reason \"contract ended\"";

/// Keep your Cloud Solution Provider reseller relationships: customers,
/// invitations, indirect providers and removals, in one local SQLite file.
#[derive(Debug, Parser)]
#[command(name = "csp", version, about, long_about = None, after_help = EXAMPLES, propagate_version = true)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

/// Options every command takes, before or after the subcommand.
#[derive(Debug, Args)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// The database: a file, or a postgres:// URL for a team [default: $XDG_DATA_HOME/csp/csp.db]
    #[arg(long, global = true, env = "CSP_DB", value_name = "PATH|URL")]
    pub db: Option<PathBuf>,
    /// The config file [default: $XDG_CONFIG_HOME/csp/config.toml]
    #[arg(long, global = true, env = "CSP_CONFIG", value_name = "PATH")]
    pub config: Option<PathBuf>,
    /// Output format [default: table on a terminal, tsv when piped]
    #[arg(long, global = true, value_enum, value_name = "FORMAT")]
    pub format: Option<Format>,
    /// Same as --format json
    #[arg(long, global = true)]
    pub json: bool,
    /// Never prompt; missing values are usage errors
    #[arg(long, global = true, env = "CSP_NO_INPUT", value_parser = clap::builder::BoolishValueParser::new())]
    pub no_input: bool,
    /// When to use color (NO_COLOR and TERM=dumb are honoured)
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    pub color: ColorChoice,
    /// Print only data and errors
    #[arg(short, long, global = true)]
    pub quiet: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Write the partner profile (config.toml)
    Init(init::InitArgs),
    /// What needs attention, each with the command that deals with it
    #[command(long_about = status::ABOUT)]
    Status(status::StatusArgs),
    /// Keep the list of customers you hold a reseller relationship with
    #[command(
        subcommand,
        after_help = "Examples:\n  csp customers list --search fab\n  csp customers import Customers.csv\n  csp customers show fabrikam.com"
    )]
    Customers(customers::CustomersCommand),
    /// Draft and track the invitation that creates a reseller relationship
    Invite(Box<invite::InviteArgs>),
    /// GDAP admin relationships: admin access to customer tenants, with chosen roles, for a time
    #[command(
        subcommand,
        after_help = "Examples:\n  csp gdap add fabrikam.com --microsoft-id \"$ID\" --name \"Fabrikam support\" --roles least-privilege\n  csp gdap invite \"Fabrikam support\" --copy\n  csp gdap list --expiring 30d\n  csp gdap import relationships.json"
    )]
    Gdap(gdap::GdapCommand),
    /// Indirect providers you work through
    #[command(
        subcommand,
        after_help = "Examples:\n  csp providers add --name \"Ingram Micro\" --tenant-id 5d6e7f80-1a2b-4c3d-8e9f-0a1b2c3d4e5f\n  csp providers attach \"Ingram Micro\" fabrikam.com\n  csp providers list --json"
    )]
    Providers(providers::ProvidersCommand),
    /// Record the end of the reseller relationship with a customer, safely
    #[command(long_about = remove::long_about())]
    Remove(remove::RemoveArgs),
    /// The audit log of every change
    Log(log::LogArgs),
    /// Sign in to Microsoft (device code) for sync and online actions
    #[command(
        after_help = "Examples:\n  csp login\n  csp whoami\n\nNeeds [microsoft] client_id in the config (your Entra app), or CSP_MS_CLIENT_ID.\nThe refresh token goes to the OS keychain (macOS Keychain, Windows Credential\nManager, the desktop's Secret Service); where none answers, to a 0600 file\nbeside the config, with a warning saying why."
    )]
    Login(signin::LoginArgs),
    /// Forget the sign-in (remove the kept refresh token from the keychain or file)
    #[command(after_help = "Examples:\n  csp logout")]
    Logout(signin::LogoutArgs),
    /// Who is signed in to Microsoft, and where the token is kept (never a token)
    #[command(after_help = "Examples:\n  csp whoami\n  csp whoami --json")]
    Whoami(signin::WhoamiArgs),
    /// Read customers, providers and GDAP from Microsoft into the records
    #[command(
        after_help = "Examples:\n  csp sync --dry-run\n  csp sync --customers\n  csp sync --gdap --json"
    )]
    Sync(sync::SyncArgs),
    /// The database: its schema, and on PostgreSQL who may read or write it
    #[command(
        subcommand,
        after_help = "Examples:\n  csp --db postgres://admin@db.example.com/csp db migrate\n  csp db grant --read-only helpdesk\n  csp db grant --writer alice"
    )]
    Db(db::DbCommand),
}

/// What every command needs: where things are, how to print, whether a
/// person is there to answer prompts.
pub struct App {
    pub output: Output,
    pub interactive: bool,
    db_path: Option<PathBuf>,
    config_path: Option<PathBuf>,
    config: OnceCell<Config>,
    /// Whether the command changes state (it asked for an actor to change
    /// it): only such a command may create a database named by --db.
    writes: std::cell::Cell<bool>,
}

impl App {
    pub fn new(global: GlobalArgs) -> App {
        let format = if global.json {
            Some(Format::Json)
        } else {
            global.format
        };
        App {
            output: Output::new(format, global.color, global.quiet),
            interactive: !global.no_input
                && std::io::stdin().is_terminal()
                && std::io::stderr().is_terminal(),
            db_path: global.db,
            config_path: global.config,
            config: OnceCell::new(),
            writes: std::cell::Cell::new(false),
        }
    }

    pub fn config_path(&self) -> Result<PathBuf> {
        Ok(crate::util::paths::config(self.config_path.clone())?)
    }

    /// The config, read once.
    pub fn config(&self) -> Result<&Config> {
        if let Some(c) = self.config.get() {
            return Ok(c);
        }
        let path = self.config_path()?;
        let loaded = Config::load(path.clone())?;
        for key in crate::domain::profile::unknown_keys(&path) {
            self.output.warn(format!(
                "config {}: unknown setting `{key}` is ignored",
                path.display()
            ));
        }
        Ok(self.config.get_or_init(|| loaded))
    }

    /// The PostgreSQL server `--db` or `CSP_DB` names, if it names one.
    pub fn db_url(&self) -> Option<String> {
        match Location::parse(self.db_path.as_ref()?.as_os_str()) {
            Location::Server(url) => Some(url),
            Location::File(_) => None,
        }
    }

    /// The SQLite file: `--db`, `CSP_DB`, or the default one.
    pub fn db_path(&self) -> Result<PathBuf> {
        Ok(crate::util::paths::database(self.db_path.clone())?)
    }

    /// Opens (migrating if needed) the database. The default one is made on
    /// first use; one named by --db or CSP_DB that does not exist is made
    /// only by a command that writes, saying so, so that a typo in a path
    /// never silently starts an empty database.
    pub fn store(&self) -> Result<Store> {
        let access = if self.writes.get() {
            Access::Write
        } else {
            Access::Read
        };
        if let Some(url) = self.db_url() {
            return Store::open_at(&Location::Server(url), access);
        }
        let path = self.db_path()?;
        let named = self.db_path.is_some();
        let missing = named && std::fs::symlink_metadata(&path).is_err();
        if missing && !self.writes.get() {
            return Err(crate::error::Error::failure(format!(
                "database {} does not exist",
                path.display()
            ))
            .with_hint("check the path given by --db or CSP_DB; a command that records something creates it")
            .into());
        }
        let store = if self.writes.get() {
            Store::open(&path)?
        } else {
            // A read never makes a database of an existing empty file.
            Store::open_to_read(&path)?
        };
        if missing {
            self.output
                .note(format!("created a new database {}", path.display()));
        }
        Ok(store)
    }

    /// The signed-in connection to Microsoft (status 4 `not signed in`
    /// without one); each wait before a retry is a note on stderr.
    pub fn online(&self) -> Result<crate::online::Online> {
        let config = self.config()?;
        self.online_with(&config.microsoft, &config.path)
    }

    /// Signed in with `[microsoft]` settings not yet saved (`csp init`).
    pub fn online_with(
        &self,
        ms: &crate::domain::profile::Microsoft,
        config_path: &std::path::Path,
    ) -> Result<crate::online::Online> {
        let online = crate::online::Online::open(ms, config_path)?;
        let quiet = self.output.quiet;
        Ok(online.telling(move |line| {
            if !quiet {
                crate::output::message(line);
            }
        }))
    }

    /// Who is acting, for a command that only reads.
    pub fn actor(&self) -> Result<Actor> {
        Ok(Actor::current(self.config()?.profile.role))
    }

    /// Who is acting, for a command that changes state: refuses (status 4)
    /// a role without `permission` (Microsoft's role table, `Role::may`).
    /// Says that the command writes (a database it names may be created)
    /// though it records nothing as an actor (`csp db migrate`).
    pub fn mark_writing(&self) {
        self.writes.set(true);
    }

    pub fn actor_for(&self, permission: Permission) -> Result<Actor> {
        self.writes.set(true);
        let role = self.config()?.require_role(permission)?;
        Ok(Actor::current(Some(role)))
    }

    /// Who is acting, for a command that records customers or sends
    /// reseller invitations: global-admin, admin-agent or sales-agent.
    pub fn actor_for_recording(&self) -> Result<Actor> {
        self.actor_for(Permission::Record)
    }

    /// Who is acting, for a command that manages relationships (removal,
    /// indirect providers): global-admin or admin-agent only.
    pub fn actor_for_change(&self) -> Result<Actor> {
        self.actor_for(Permission::Manage)
    }

    /// Who is acting, for a command that manages GDAP relationships:
    /// global-admin or admin-agent only (Partner Center's GDAP role).
    pub fn actor_for_gdap(&self) -> Result<Actor> {
        self.actor_for(Permission::Gdap)
    }
}

/// A file named on the command line, or standard input for `-`, with its
/// size when known (for a progress bar). A file that cannot be opened is an
/// I/O failure like any other (status 1); what it holds is checked later.
pub fn open_input(path: &std::path::Path) -> Result<(Box<dyn std::io::Read + Send>, Option<u64>)> {
    if path.as_os_str() == "-" {
        return Ok((Box::new(std::io::stdin()), None));
    }
    let file = std::fs::File::open(path).map_err(|e| {
        crate::error::Error::failure(format!("cannot read {}: {e}", path.display()))
            .with_hint("check the file's name and that you may read it; - reads standard input")
    })?;
    let size = file.metadata().ok().map(|m| m.len());
    Ok((Box::new(file), size))
}

/// Runs the parsed command line.
pub fn run(cli: Cli) -> Result<()> {
    let app = App::new(cli.global);
    match cli.command {
        Command::Init(args) => init::run(&app, args),
        Command::Status(args) => status::run(&app, args),
        Command::Customers(cmd) => customers::run(&app, cmd),
        Command::Invite(args) => invite::run(&app, *args),
        Command::Gdap(cmd) => gdap::run(&app, cmd),
        Command::Providers(cmd) => providers::run(&app, cmd),
        Command::Remove(args) => remove::run(&app, args),
        Command::Log(args) => log::run(&app, args),
        Command::Login(args) => signin::login(&app, args),
        Command::Logout(args) => signin::logout(&app, args),
        Command::Whoami(args) => signin::whoami(&app, args),
        Command::Sync(args) => sync::run(&app, args),
        Command::Db(cmd) => db::run(&app, cmd),
    }
}
