//! `csp customers`: list, show, add, import, update, export, open.

use super::pick::{pick_customer, pick_provider};
use super::App;
use crate::domain::customer::{
    Channel, Customer, CustomerFilter, NewCustomer, Relationship, Source,
};
use crate::domain::gdap::AdminAccess;
use crate::domain::values::{self, Domain, Email, TenantId};
use crate::error::{Error, Result};
use crate::ops::customers::{self, Update};
use crate::output::{Format, Progress, Unit};
use anyhow::Context;
use clap::{Args, Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Debug, Subcommand)]
pub enum CustomersCommand {
    /// List customers (by default those with an active relationship)
    #[command(
        after_help = "Examples:\n  csp customers list --search fab\n  csp customers list --status removed --delegated-admin\n  csp customers list --json | jq -r '.[].domain'"
    )]
    List(ListArgs),
    /// Show a customer's card: details, where to manage it, providers, invitations
    #[command(
        after_help = "Examples:\n  csp customers show fabrikam.com\n  csp customers show \"Fabrikam Inc\" --json"
    )]
    Show(ShowArgs),
    /// Record a customer you already serve through another portal (active)
    #[command(
        after_help = "Examples:\n  csp customers add --name \"Fabrikam Inc\" --domain fabrikam.com --tenant-id 3f2504e0-4f89-41d3-9a0c-0305e82c3301"
    )]
    Add(AddArgs),
    /// Import customers from CSV: csp's own columns or Partner Center's Customers.csv
    #[command(
        after_help = "Examples:\n  csp customers import customers.csv --dry-run\n  csp customers import Customers.csv          # exported from Partner Center\n  cat list.csv | csp customers import -"
    )]
    Import(ImportArgs),
    /// Change a customer's details, tags or delegated admin status
    #[command(
        after_help = "Examples:\n  csp customers update fabrikam.com --contact-email it@fabrikam.com --tag gold\n  csp customers update fabrikam.com --delegated-admin false"
    )]
    Update(UpdateArgs),
    /// Export customers as CSV (re-imports as is)
    #[command(after_help = "Examples:\n  csp customers export > customers.csv")]
    Export(ExportArgs),
    /// Open the customer in Partner Center, or its admin center
    #[command(
        after_help = "Examples:\n  csp customers open fabrikam.com\n  csp customers open fabrikam.com --admin-center"
    )]
    Open(OpenArgs),
}

/// `--status` of `customers list` and `export`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StatusFilter {
    Active,
    Invited,
    Removed,
    All,
}

impl StatusFilter {
    fn relationship(self) -> Option<Relationship> {
        match self {
            StatusFilter::Active => Some(Relationship::Active),
            StatusFilter::Invited => Some(Relationship::Invited),
            StatusFilter::Removed => Some(Relationship::Removed),
            StatusFilter::All => None,
        }
    }
}

/// `--admin-access` of `customers list`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AdminAccessFilter {
    None,
    Pending,
    Active,
    Expiring,
    Expired,
    LegacyDap,
    // Active, expiring or legacy-dap: we can administer the tenant now.
    Any,
}

impl AdminAccessFilter {
    fn values(self) -> Vec<AdminAccess> {
        match self {
            AdminAccessFilter::None => vec![AdminAccess::None],
            AdminAccessFilter::Pending => vec![AdminAccess::Pending],
            AdminAccessFilter::Active => vec![AdminAccess::Active],
            AdminAccessFilter::Expiring => vec![AdminAccess::Expiring],
            AdminAccessFilter::Expired => vec![AdminAccess::Expired],
            AdminAccessFilter::LegacyDap => vec![AdminAccess::LegacyDap],
            AdminAccessFilter::Any => AdminAccess::ALL
                .iter()
                .copied()
                .filter(|a| a.is_held())
                .collect(),
        }
    }
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Which relationships to show
    #[arg(long, value_enum, default_value_t = StatusFilter::Active)]
    pub status: StatusFilter,
    /// Company names or domains starting with TEXT (case-insensitive)
    #[arg(long, value_name = "TEXT")]
    pub search: Option<String>,
    /// Only customers this provider holds a relationship with
    #[arg(long, value_name = "PROVIDER")]
    pub provider: Option<String>,
    /// Only customers this provider holds no relationship with, so it cannot order for them
    #[arg(long, value_name = "PROVIDER", conflicts_with = "provider")]
    pub not_provider: Option<String>,
    /// Only customers with this tag
    #[arg(long, value_name = "TAG")]
    pub tag: Option<String>,
    /// Only customers found through this channel
    #[arg(long, value_enum)]
    pub channel: Option<Channel>,
    /// Only customers where a legacy DAP grant (delegated admin, from before GDAP) is recorded
    #[arg(long)]
    pub delegated_admin: bool,
    /// Only customers with this admin access (any: active, expiring or legacy-dap, where we can administer now)
    #[arg(long, value_enum, value_name = "ACCESS")]
    pub admin_access: Option<AdminAccessFilter>,
    /// At most N customers
    #[arg(long, value_name = "N")]
    pub limit: Option<u64>,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// Id (or 8+ character prefix), domain, tenant ID or exact company name
    pub customer: String,
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// Company name (asked for on a terminal when missing)
    #[arg(long)]
    pub name: Option<String>,
    /// Primary domain, e.g. fabrikam.com (asked for on a terminal when missing)
    #[arg(long)]
    pub domain: Option<String>,
    /// The customer's tenant ID (GUID)
    #[arg(long, value_name = "GUID")]
    pub tenant_id: Option<String>,
    /// The customer's contact person
    #[arg(long)]
    pub contact_name: Option<String>,
    /// The contact's email address (where invitations go)
    #[arg(long, value_name = "EMAIL")]
    pub contact_email: Option<String>,
    /// Where the customer came from
    #[arg(long, value_enum, default_value_t = Source::Manual)]
    pub source: Source,
    /// When the relationship really started (YYYY-MM-DD), for customers served long before csp
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
    /// A legacy DAP grant (delegated admin, from before GDAP) still exists in its tenant
    #[arg(long)]
    pub delegated_admin: bool,
    /// A tag (repeatable)
    #[arg(long, value_name = "TAG")]
    pub tag: Vec<String>,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// A CSV file, or - for standard input
    pub file: PathBuf,
    /// The source of new customers when the file has no source column
    #[arg(long, value_enum)]
    pub source: Option<Source>,
    /// Check the file and report what would change, changing nothing
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
pub struct UpdateArgs {
    /// Id (or 8+ character prefix), domain, tenant ID or exact company name
    pub customer: String,
    /// The new company name
    #[arg(long)]
    pub name: Option<String>,
    /// The contact person (empty clears it)
    #[arg(long)]
    pub contact_name: Option<String>,
    /// The contact's email address (empty clears it)
    #[arg(long, value_name = "EMAIL")]
    pub contact_email: Option<String>,
    /// The customer's tenant ID (GUID)
    #[arg(long, value_name = "GUID")]
    pub tenant_id: Option<String>,
    /// Whether a legacy DAP grant (delegated admin, from before GDAP) still exists in its tenant
    #[arg(long, value_name = "BOOL", action = clap::ArgAction::Set)]
    pub delegated_admin: Option<bool>,
    /// Add a tag (repeatable)
    #[arg(long, value_name = "TAG")]
    pub tag: Vec<String>,
    /// Remove a tag (repeatable)
    #[arg(long, value_name = "TAG")]
    pub untag: Vec<String>,
    /// Make DOMAIN the primary domain (one of its other domains trades places with it)
    #[arg(long, value_name = "DOMAIN")]
    pub domain: Option<String>,
    /// Record another domain of its tenant, e.g. its .onmicrosoft.com one (repeatable)
    #[arg(long, value_name = "DOMAIN")]
    pub add_domain: Vec<String>,
    /// Forget one of its other domains (repeatable)
    #[arg(long, value_name = "DOMAIN")]
    pub remove_domain: Vec<String>,
    /// When the relationship really started (YYYY-MM-DD)
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Which relationships to export
    #[arg(long, value_enum, default_value_t = StatusFilter::All)]
    pub status: StatusFilter,
}

#[derive(Debug, Args)]
pub struct OpenArgs {
    /// Id (or 8+ character prefix), domain, tenant ID or exact company name
    pub customer: String,
    /// The Microsoft 365 admin center on the customer's behalf (needs admin access: active GDAP, or legacy DAP)
    #[arg(long)]
    pub admin_center: bool,
}

pub fn run(app: &App, cmd: CustomersCommand) -> Result<()> {
    match cmd {
        CustomersCommand::List(args) => list(app, args),
        CustomersCommand::Show(args) => show(app, args),
        CustomersCommand::Add(args) => add(app, args),
        CustomersCommand::Import(args) => import(app, args),
        CustomersCommand::Update(args) => update(app, args),
        CustomersCommand::Export(args) => export(app, args),
        CustomersCommand::Open(args) => open(app, args),
    }
}

fn list(app: &App, args: ListArgs) -> Result<()> {
    let tag = args.tag.as_deref().map(values::tag).transpose()?;
    let search = args
        .search
        .as_deref()
        .map(|s| values::one_line("search", s))
        .transpose()?;
    let store = app.store()?;
    let db = store.read();
    let provider_id = match &args.provider {
        Some(p) => Some(pick_provider(app, &db, p)?.id),
        None => None,
    };
    let not_provider_id = match &args.not_provider {
        Some(p) => Some(pick_provider(app, &db, p)?.id),
        None => None,
    };
    let filter = CustomerFilter {
        relationship: args.status.relationship(),
        search,
        provider_id,
        not_provider_id,
        tag,
        channel: args.channel,
        delegated_admin: args.delegated_admin,
        admin_access: args.admin_access.map(AdminAccessFilter::values),
        limit: args.limit,
    };
    list_in_two_threads(app, &db, &filter)
}

/// Customers handed from the database's thread to the writing one at once.
const LIST_BATCH: usize = 256;

/// Streams the list: this thread reads the rows, another formats and
/// writes them, so a long list costs what the slower of the two costs
/// rather than both. Batches go round between the two (the writer sends
/// each written batch back), so memory stays a few batches whatever the
/// size. The reader is the slower: it swaps each row the store read for a
/// customer of a written batch, whose strings the store reads the next row
/// into, rather than copy it (a tenth of its time at a million rows).
fn list_in_two_threads(
    app: &App,
    db: &crate::store::Db<'_>,
    filter: &CustomerFilter,
) -> Result<()> {
    use std::sync::mpsc::sync_channel;
    let output = &app.output;
    std::thread::scope(|scope| {
        let (full, to_write) = sync_channel::<(Vec<Customer>, usize)>(2);
        let (written, back) = sync_channel::<Vec<Customer>>(3);
        let writer = scope.spawn(move || -> Result<()> {
            let mut list = output.list()?;
            for (batch, used) in to_write {
                for customer in &batch[..used] {
                    list.row(customer)?;
                }
                let _ = written.try_send(batch);
            }
            list.finish()?;
            Ok(())
        });
        let mut batch: Vec<Customer> = Vec::with_capacity(LIST_BATCH);
        let mut used = 0;
        let read = db.for_each_customer(filter, |c| {
            if used < batch.len() {
                std::mem::swap(&mut batch[used], c);
            } else {
                batch.push(c.clone());
            }
            used += 1;
            if used == LIST_BATCH {
                let next = back.try_recv().unwrap_or_default();
                let done = std::mem::replace(&mut batch, next);
                if full.send((done, used)).is_err() {
                    // The writer stopped (a closed pipe): its error says why.
                    anyhow::bail!("the list's writer stopped");
                }
                used = 0;
            }
            Ok(())
        });
        if read.is_ok() && used > 0 {
            let _ = full.send((batch, used));
        }
        drop(full);
        let wrote = writer
            .join()
            .unwrap_or_else(|_| Err(anyhow::anyhow!("the list's writer failed")));
        match (read, wrote) {
            (_, Err(e)) => Err(e),
            (Err(e), Ok(())) => Err(e),
            (Ok(()), Ok(())) => Ok(()),
        }
    })
}

fn show(app: &App, args: ShowArgs) -> Result<()> {
    let store = app.store()?;
    let db = store.read();
    let customer = pick_customer(app, &db, &args.customer)?;
    let card = customers::card(&db, app.config()?, customer)?;
    app.output.card(&card)
}

fn add(app: &App, args: AddArgs) -> Result<()> {
    let actor = app.actor_for_recording()?;
    let mut ask = app.ask();
    let name = ask.checked(args.name, "--name", "Company name", |s| {
        values::required_line("company name", s).map(drop)
    })?;
    let domain = ask.checked(
        args.domain,
        "--domain",
        "Primary domain (e.g. fabrikam.com)",
        |s| Domain::parse(s).map(drop),
    )?;
    ask.finish()?;
    let (Some(name), Some(domain)) = (name, domain) else {
        return Err(Error::invalid("missing --name or --domain").into());
    };
    let new = NewCustomer {
        company_name: values::required_line("company name", &name)?,
        domain: Domain::parse(&domain)?,
        tenant_id: args.tenant_id.as_deref().map(TenantId::parse).transpose()?,
        contact_name: args
            .contact_name
            .as_deref()
            .map(|n| values::optional_line("contact name", n))
            .transpose()?
            .flatten(),
        contact_email: args
            .contact_email
            .as_deref()
            .map(Email::parse)
            .transpose()?,
        relationship: Relationship::Active,
        relationship_since: args
            .since
            .as_deref()
            .map(crate::util::time::parse_since)
            .transpose()?,
        delegated_admin: args.delegated_admin,
        source: args.source,
        channel: None,
        tags: args
            .tag
            .iter()
            .map(|t| values::tag(t))
            .collect::<Result<_, _>>()?,
    };
    let mut store = app.store()?;
    let partner_tenant = app.config()?.profile.tenant_id.map(|t| t.to_string());
    let customer = store.write(|db| customers::add(db, &actor, new, partner_tenant.as_deref()))?;
    app.output.note(format!(
        "recorded {} ({}) as an active customer",
        customer.company_name, customer.domain
    ));
    app.output.record(&customer)
}

fn update(app: &App, args: UpdateArgs) -> Result<()> {
    let actor = app.actor_for_recording()?;
    let request = Update {
        company_name: args
            .name
            .as_deref()
            .map(|n| values::required_line("company name", n))
            .transpose()?,
        contact_name: args
            .contact_name
            .as_deref()
            .map(|n| values::one_line("contact name", n))
            .transpose()?,
        // An empty --contact-email clears it, as an empty --contact-name does.
        contact_email: args
            .contact_email
            .as_deref()
            .map(|e| (!e.trim().is_empty()).then(|| Email::parse(e)).transpose())
            .transpose()?,
        tenant_id: args.tenant_id.as_deref().map(TenantId::parse).transpose()?,
        delegated_admin: args.delegated_admin,
        add_tags: args
            .tag
            .iter()
            .map(|t| values::tag(t))
            .collect::<Result<_, _>>()?,
        remove_tags: args
            .untag
            .iter()
            .map(|t| values::tag(t))
            .collect::<Result<_, _>>()?,
        domain: args.domain.as_deref().map(Domain::parse).transpose()?,
        add_domains: args
            .add_domain
            .iter()
            .map(|d| Domain::parse(d))
            .collect::<Result<_, _>>()?,
        remove_domains: args
            .remove_domain
            .iter()
            .map(|d| Domain::parse(d))
            .collect::<Result<_, _>>()?,
        since: args
            .since
            .as_deref()
            .map(crate::util::time::parse_since)
            .transpose()?,
    };
    if request.is_empty() {
        return Err(Error::invalid("nothing to update")
            .with_hint("pass --name, --domain, --add-domain, --remove-domain, --contact-name, --contact-email, --tenant-id, --since, --delegated-admin, --tag or --untag")
            .into());
    }
    let partner_tenant = app.config()?.profile.tenant_id.map(|t| t.to_string());
    let mut store = app.store()?;
    // Pick before the write transaction: a person choosing must not hold the lock.
    let id = pick_customer(app, &store.read(), &args.customer)?.id;
    let customer = store.write(|db| {
        let before = customers::resolve(db, &id)?;
        customers::update(db, &actor, &before, request, partner_tenant.as_deref())
    })?;
    app.output.record(&customer)
}

fn import(app: &App, args: ImportArgs) -> Result<()> {
    let actor = app.actor_for_recording()?;
    let label = args.file.display().to_string();
    let (input, size) = super::open_input(&args.file)?;
    let mut progress = app
        .output
        .progress(size, Unit::Bytes, &format!("importing {label}"));
    let input = std::io::BufReader::with_capacity(256 * 1024, input);
    let mut store = app.store()?;
    store.prepare_bulk_load()?;
    let options = crate::ops::import::ImportOptions {
        label: label.clone(),
        default_source: args.source,
        dry_run: args.dry_run,
        partner_tenant: app.config()?.profile.tenant_id.map(|t| t.to_string()),
        via: None,
    };
    // A Ctrl-C stops the import at a row: everything or nothing, said on stderr.
    crate::util::interrupt::catch();
    let run = |db: &crate::store::Db<'_>| {
        crate::ops::import::import(db, &actor, input, &options, &mut |bytes| {
            progress.set(bytes)
        })
    };
    let summary = if args.dry_run {
        store.dry_run(run)?
    } else {
        store.write(run)?
    };
    progress.finish();
    if crate::util::interrupt::requested() && !args.dry_run {
        return Err(Error::interrupted(format!(
            "interrupted after the commit: the whole file is imported ({} added, {} updated)",
            summary.added, summary.updated
        ))
        .into());
    }
    if let Some(drift) = &summary.drift {
        for line in crate::ops::import::drift_report(drift, args.dry_run) {
            app.output.note(line);
        }
    }
    let verb = if args.dry_run { "would add" } else { "added" };
    app.output.note(format!(
        "{verb} {}, updated {}, left {} unchanged ({} rows, {} format){}",
        summary.added,
        summary.updated,
        summary.unchanged,
        summary.rows,
        summary.format,
        if summary.accepted_invitations.is_empty() {
            String::new()
        } else {
            format!(
                "; marked accepted: invitation {}",
                summary.accepted_invitations.join(", ")
            )
        }
    ));
    app.output.record(&summary)
}

fn export(app: &App, args: ExportArgs) -> Result<()> {
    // CSV unless a format was asked for: what export writes, import reads.
    let output = crate::output::Output {
        format: match app.output.format {
            Format::Table | Format::Tsv if !app.output.format_chosen => Format::Csv,
            f => f,
        },
        ..app.output
    };
    let store = app.store()?;
    let db = store.read();
    let filter = CustomerFilter {
        relationship: args.status.relationship(),
        ..CustomerFilter::default()
    };
    // A bar only while the rows go elsewhere than the terminal.
    let mut progress = if app.output.stdout_is_terminal {
        Progress::hidden()
    } else {
        app.output.progress(None, Unit::Rows, "exporting customers")
    };
    let mut list = output.list()?;
    db.for_each_customer(&filter, |c| {
        progress.inc(1);
        list.row(c)
    })?;
    list.finish()?;
    progress.finish();
    Ok(())
}

fn open(app: &App, args: OpenArgs) -> Result<()> {
    let store = app.store()?;
    let db = store.read();
    let customer = pick_customer(app, &db, &args.customer)?;
    let links = customers::portal_links(app.config()?, &customer);
    let url = if args.admin_center {
        if !customer.admin_access.is_held() {
            return Err(Error::conflict(format!(
                "we hold no admin access in {}'s tenant (admin access: {})",
                customer.domain, customer.admin_access
            ))
            .with_hint(format!(
                "admin access is a GDAP relationship: see `csp gdap list --customer {}`, or record one with `csp gdap add`; or drop --admin-center for Partner Center",
                customer.domain
            ))
            .into());
        }
        links.admin_center
    } else {
        links.partner_center
    };
    let url = url.ok_or_else(|| {
        Error::invalid(format!(
            "the tenant ID of {} is not recorded",
            customer.domain
        ))
        .with_hint(format!(
            "csp customers update {} --tenant-id GUID",
            customer.domain
        ))
    })?;
    match crate::delivery::desktop::open_url(&url) {
        Ok(()) => {
            app.output.note(format!("opened {url}"));
            Ok(())
        }
        Err(why) => {
            app.output.note(format!(
                "cannot open a browser here ({why}); the address is:"
            ));
            app.output.text(&url).context("cannot write to stdout")?;
            Ok(())
        }
    }
}
