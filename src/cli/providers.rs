//! `csp providers`: list, show, add, remove, attach, detach.

use super::pick::{customer_reference, pick_provider, provider_reference};
use super::App;
use crate::domain::audit::Actor;
use crate::domain::customer::Customer;
use crate::domain::provider::{NewProvider, Provider, ProviderFilter, ProviderStatus};
use crate::domain::values::{self, TenantId};
use crate::error::{Error, Result};
use crate::store::Db;
use clap::{Args, Subcommand, ValueEnum};

#[derive(Debug, Subcommand)]
pub enum ProvidersCommand {
    /// List providers (by default those we are connected with) and how many of our customers each may order for
    #[command(
        after_help = "Examples:\n  csp providers list\n  csp providers list --status all --json"
    )]
    List(ListArgs),
    /// Show a provider's card: details, the customers it holds a relationship with, its joint invitations
    #[command(
        after_help = "Examples:\n  csp providers show \"Ingram Micro\"\n  csp providers show 5d6e7f80-1a2b-4c3d-8e9f-0a1b2c3d4e5f --json"
    )]
    Show(ShowArgs),
    /// Connect with an indirect provider (its customers do not come with it)
    #[command(
        after_help = "Examples:\n  csp providers add --name \"Ingram Micro\" --tenant-id 5d6e7f80-1a2b-4c3d-8e9f-0a1b2c3d4e5f --mpn-id 4321987 --location \"Irvine, US\""
    )]
    Add(AddArgs),
    /// Disconnect from a provider (it stays in history; pending joint invitations are reported)
    #[command(after_help = "Examples:\n  csp providers remove \"Ingram Micro\"")]
    Remove(ShowArgs),
    /// Record that a provider already holds its own reseller relationship with an active customer
    #[command(after_help = "Examples:\n  csp providers attach \"Ingram Micro\" fabrikam.com")]
    Attach(LinkArgs),
    /// Forget a provider's recorded relationship with a customer
    #[command(after_help = "Examples:\n  csp providers detach \"Ingram Micro\" fabrikam.com")]
    Detach(LinkArgs),
    /// Invite a customer jointly with this provider (as csp invite does with a provider)
    #[command(
        after_help = "Examples:\n  csp providers invite \"Ingram Micro\" --customer fabrikam.com --email it@fabrikam.com --copy\n  csp providers invite \"Ingram Micro\" --name \"Northwind Traders\" --domain northwind.com --email it@northwind.com",
        // The provider is the positional P: the flags that name one (or
        // none) are not offered here, nor completed; given, they are refused.
        mut_arg("provider", |a| a.hide(true)),
        mut_arg("no_provider", |a| a.hide(true))
    )]
    Invite(Box<InviteArgs>),
}

#[derive(Debug, Args)]
pub struct InviteArgs {
    /// Id (or 8+ character prefix), tenant ID or exact name of the provider
    #[arg(value_name = "PROVIDER")]
    pub provider_ref: String,
    #[command(flatten)]
    pub invitation: crate::cli::invite::NewInvitationArgs,
}

/// `--status` of `providers list`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StatusFilter {
    Connected,
    Removed,
    All,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Which providers to show
    #[arg(long, value_enum, default_value_t = StatusFilter::Connected)]
    pub status: StatusFilter,
    /// At most N providers
    #[arg(long, value_name = "N")]
    pub limit: Option<u64>,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// Id (or 8+ character prefix), tenant ID or exact name
    pub provider: String,
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// The provider's name
    #[arg(long)]
    pub name: Option<String>,
    /// The provider's tenant ID (GUID): the indirectCSPId of joint invitation links
    #[arg(long, value_name = "GUID")]
    pub tenant_id: Option<String>,
    /// The provider's PartnerID (MPN ID)
    #[arg(long, value_name = "ID")]
    pub mpn_id: Option<String>,
    /// Where the provider is, e.g. "Irvine, US"
    #[arg(long)]
    pub location: Option<String>,
}

#[derive(Debug, Args)]
pub struct LinkArgs {
    /// Provider: id (or 8+ character prefix), tenant ID or exact name
    pub provider: String,
    /// Customer: id (or 8+ character prefix), domain, tenant ID or exact company name
    pub customer: String,
}

pub fn run(app: &App, cmd: ProvidersCommand) -> Result<()> {
    match cmd {
        ProvidersCommand::List(args) => list(app, args),
        ProvidersCommand::Show(args) => show(app, args),
        ProvidersCommand::Add(args) => add(app, args),
        ProvidersCommand::Remove(args) => remove(app, args),
        ProvidersCommand::Attach(args) => attach(app, args),
        ProvidersCommand::Detach(args) => detach(app, args),
        ProvidersCommand::Invite(args) => invite(app, *args),
    }
}

/// `providers invite P …` is `invite --provider P …`, said from the provider's side.
fn invite(app: &App, args: InviteArgs) -> Result<()> {
    let mut invitation = args.invitation;
    if let Some(other) = &invitation.provider {
        return Err(crate::error::Error::invalid(format!(
            "`csp providers invite` takes no --provider ('{other}'): the provider is '{}'",
            args.provider_ref
        ))
        .with_hint("drop --provider: `csp providers invite P` already names it")
        .into());
    }
    if invitation.no_provider {
        return Err(crate::error::Error::invalid(
            "--no-provider contradicts `csp providers invite P`, which invites jointly with P",
        )
        .with_hint("for an invitation alone, use `csp invite --no-provider …`")
        .into());
    }
    invitation.provider = Some(args.provider_ref);
    crate::cli::invite::invite(app, invitation)
}

fn list(app: &App, args: ListArgs) -> Result<()> {
    let filter = ProviderFilter {
        status: match args.status {
            StatusFilter::Connected => Some(ProviderStatus::Connected),
            StatusFilter::Removed => Some(ProviderStatus::Removed),
            StatusFilter::All => None,
        },
        limit: args.limit,
    };
    let store = app.store()?;
    let db = store.read();
    let mut list = app.output.list()?;
    db.for_each_provider(&filter, |p| list.row(&p))?;
    list.finish()?;
    Ok(())
}

fn show(app: &App, args: ShowArgs) -> Result<()> {
    let store = app.store()?;
    let db = store.read();
    let provider = pick_provider(app, &db, &args.provider)?;
    let card = crate::ops::providers::card(&db, provider)?;
    app.output.card(&card)
}

fn add(app: &App, args: AddArgs) -> Result<()> {
    let actor = app.actor_for_change()?;
    let mut ask = app.ask();
    let name = ask.checked(args.name, "--name", "The provider's name", |s| {
        values::required_line("provider name", s).map(drop)
    })?;
    let tenant_id = ask.checked(
        args.tenant_id,
        "--tenant-id",
        "The provider's tenant ID (GUID)",
        |s| TenantId::parse(s).map(drop),
    )?;
    ask.finish()?;
    let (Some(name), Some(tenant_id)) = (name, tenant_id) else {
        return Err(Error::invalid("missing --name or --tenant-id").into());
    };
    let new = NewProvider {
        name: values::required_line("provider name", &name)?,
        tenant_id: TenantId::parse(&tenant_id)?,
        mpn_id: args
            .mpn_id
            .as_deref()
            .map(|m| values::optional_line("MPN ID", m))
            .transpose()?
            .flatten(),
        location: args
            .location
            .as_deref()
            .map(|l| values::optional_line("location", l))
            .transpose()?
            .flatten(),
    };
    let mut store = app.store()?;
    let added = store.write(|db| crate::ops::providers::add(db, &actor, new))?;
    let p = &added.provider;
    if added.reconnected {
        app.output.note(format!(
            "connected again with {} (tenant {}); the customers recorded for it before count again",
            p.name, p.tenant_id
        ));
    } else {
        app.output.note(format!(
            "connected with {} (tenant {}); its customers do not come with it: record those it already serves with `csp providers attach`, or invite them jointly",
            p.name, p.tenant_id
        ));
    }
    if added.name_shared {
        app.output.warn(format!(
            "another provider is also named {}: name it by id or tenant ID",
            p.name
        ));
    }
    app.output.record(p)
}

fn remove(app: &App, args: ShowArgs) -> Result<()> {
    let actor = app.actor_for_change()?;
    let mut store = app.store()?;
    let reference = provider_reference(app, &store.read(), &args.provider)?;
    let removal = store.write(|db| {
        let provider = crate::ops::providers::resolve(db, &reference)?;
        crate::ops::providers::remove(db, &actor, &provider)
    })?;
    let p = &removal.provider;
    app.output.note(format!(
        "disconnected from {}; it stays in history with the relationships recorded for it",
        p.name
    ));
    if !removal.pending_invitations.is_empty() {
        let list: Vec<String> = removal
            .pending_invitations
            .iter()
            .map(|i| format!("{} ({}, {})", i.id, i.status, i.customer_domain))
            .collect();
        app.output.warn(format!(
            "{} joint invitation(s) with {} still pending, not cancelled: {}; a customer who accepts one still gives {} a relationship; cancel one with `csp invite cancel ID`",
            list.len(),
            p.name,
            list.join(", "),
            p.name
        ));
    }
    app.output.record(&removal)
}

/// The provider and customer of `attach`/`detach`, picked on a terminal
/// before the write transaction starts.
fn link_references(
    app: &App,
    store: &crate::store::Store,
    args: &LinkArgs,
) -> Result<(String, String)> {
    let db = store.read();
    Ok((
        provider_reference(app, &db, &args.provider)?,
        customer_reference(app, &db, &args.customer)?,
    ))
}

fn attach(app: &App, args: LinkArgs) -> Result<()> {
    change_link(app, args, crate::ops::providers::attach, |p, c| {
        format!(
            "recorded that {} holds its own reseller relationship with {}: it may order for it",
            p.name, c.domain
        )
    })
}

fn detach(app: &App, args: LinkArgs) -> Result<()> {
    change_link(app, args, crate::ops::providers::detach, |p, c| {
        format!(
            "{} no longer holds a recorded relationship with {}: it may not order for it",
            p.name, c.domain
        )
    })
}

/// attach and detach: resolve both records, make the change in one
/// transaction, say what it means, print the customer as it now is.
fn change_link(
    app: &App,
    args: LinkArgs,
    change: fn(&Db<'_>, &Actor, &Provider, &Customer) -> anyhow::Result<Customer>,
    says: fn(&Provider, &Customer) -> String,
) -> Result<()> {
    let actor = app.actor_for_change()?;
    let mut store = app.store()?;
    let (provider_ref, customer_ref) = link_references(app, &store, &args)?;
    let (provider, customer) = store.write(|db| {
        let provider = crate::ops::providers::resolve(db, &provider_ref)?;
        let customer = crate::ops::customers::resolve(db, &customer_ref)?;
        let customer = change(db, &actor, &provider, &customer)?;
        Ok((provider, customer))
    })?;
    app.output.note(says(&provider, &customer));
    app.output.record(&customer)
}
