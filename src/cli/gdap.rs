//! `csp gdap`: GDAP admin relationships — record one created in Partner
//! Center, draft its approval email, follow it (activate, extend, assign,
//! terminate), load Graph's list, and print the role catalogue.

use super::delivery::{self, DeliveryArgs, Kept};
use super::App;
use crate::domain::gdap::{self, GdapFilter, GdapStatus};
use crate::domain::gdap_draft::{self, ApprovalValues};
use crate::domain::profile::Locale;
use crate::domain::values::{self, short_id, Email, TenantId};
use crate::error::{Error, Result};
use crate::online::{graph, Online};
use crate::ops::gdap::{self as ops, NewRelationship};
use crate::ops::invitations::Sender;
use clap::{Args, Subcommand, ValueEnum};
use std::path::PathBuf;

const REL_HELP: &str =
    "The relationship: csp id (or its first 8+ characters), Microsoft id, or display name";

#[derive(Debug, Subcommand)]
pub enum GdapCommand {
    /// List GDAP relationships, each as it stands now
    #[command(
        after_help = "Examples:\n  csp gdap list\n  csp gdap list --customer fabrikam.com\n  csp gdap list --expiring 30d\n  csp gdap list --status approval_pending --json"
    )]
    List(ListArgs),
    /// Show a relationship: roles, dates, approval link, access assignments
    #[command(
        after_help = "Examples:\n  csp gdap show \"Fabrikam support\"\n  csp gdap show 1f0c9a2e --json"
    )]
    Show(RelArgs),
    /// Record a relationship created in Partner Center
    #[command(
        after_help = "Examples:\n  csp gdap add fabrikam.com --microsoft-id \"$ID\" --name \"Fabrikam support\" --roles least-privilege --auto-extend\n  csp gdap add fabrikam.com --microsoft-id \"$ID\" --name \"Fabrikam 2024\" --roles default --activated 2024-05-02"
    )]
    Add(AddArgs),
    /// Create it in Microsoft Graph, lock it for approval, record it, draft the approval (online)
    #[command(
        after_help = "Examples:\n  csp gdap request fabrikam.com --roles least-privilege --name \"Fabrikam support\" --dry-run\n  csp gdap request fabrikam.com --roles least-privilege --name \"Fabrikam support\" --copy"
    )]
    Request(RequestArgs),
    /// Draft the approval email the customer's admin opens (the approval link)
    #[command(
        after_help = "Examples:\n  csp gdap invite \"Fabrikam support\"\n  csp gdap invite \"Fabrikam support\" --lang fr --copy --done\n  csp gdap invite 1f0c9a2e --eml approval.eml"
    )]
    Invite(Box<InviteArgs>),
    /// Record that the customer approved it and it is active
    #[command(
        after_help = "Examples:\n  csp gdap activate \"Fabrikam support\"\n  csp gdap activate 1f0c9a2e --at 2026-03-02"
    )]
    Activate(ActivateArgs),
    /// Record that it was terminated (or, --online, terminate it in Graph)
    #[command(
        after_help = "Examples:\n  csp gdap terminate \"Fabrikam support\" --reason \"contract ended\"\n  csp gdap terminate \"Fabrikam support\" --online --dry-run"
    )]
    Terminate(TerminateArgs),
    /// Turn auto-extend (180 days at a time) on or off
    #[command(after_help = "Examples:\n  csp gdap extend \"Fabrikam support\" --auto-extend true")]
    Extend(ExtendArgs),
    /// Record which partner security group holds which of its roles
    #[command(
        after_help = "Examples:\n  csp gdap assign \"Fabrikam support\" --group 0b7c1c7e-5a4b-4c3d-9e8f-7a6b5c4d3e2f --group-name \"Helpdesk\" --roles \"Service Support Administrator\""
    )]
    Assign(AssignArgs),
    /// Load relationships from Graph's JSON (GET /tenantRelationships/delegatedAdminRelationships)
    #[command(
        after_help = "Examples:\n  csp gdap import relationships.json --dry-run\n  csp gdap import relationships.json --add-customers"
    )]
    Import(ImportArgs),
    /// Print the Entra roles csp knows and the named sets
    #[command(after_help = "Examples:\n  csp gdap roles\n  csp gdap roles --set least-privilege")]
    Roles(RolesArgs),
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only this customer's relationships
    #[arg(long, value_name = "CUSTOMER")]
    pub customer: Option<String>,
    /// Only relationships in this status (as it stands now)
    #[arg(long, value_enum)]
    pub status: Option<GdapStatus>,
    /// Only those in force that end within PERIOD without auto-extend: 30d, 2w
    #[arg(long, value_name = "PERIOD")]
    pub expiring: Option<String>,
}

#[derive(Debug, Args)]
pub struct RelArgs {
    #[arg(help = REL_HELP)]
    pub rel: String,
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// The customer: id (or 8+ character prefix), domain, tenant ID or exact company name
    pub customer: String,
    /// Graph's id of the relationship (Partner Center shows it)
    #[arg(long, value_name = "ID")]
    pub microsoft_id: String,
    /// Its display name (at most 50 characters, unique among yours)
    #[arg(long, value_name = "NAME")]
    pub name: String,
    /// Role names, role definition ids, or a set: default, least-privilege, cipp (see `csp gdap roles`)
    #[arg(long, value_name = "ROLES")]
    pub roles: String,
    /// How long it lasts once approved: 1 to 730 days
    #[arg(long, value_name = "DAYS", default_value = "730d")]
    pub duration: String,
    /// Microsoft extends it by 180 days at a time (not with Global Administrator)
    #[arg(long)]
    pub auto_extend: bool,
    /// Its status [default: approval_pending, or active with --activated]
    #[arg(long, value_enum)]
    pub status: Option<GdapStatus>,
    /// When it was requested (YYYY-MM-DD or RFC 3339) [default: now, while pending]
    #[arg(long, value_name = "DATE")]
    pub requested: Option<String>,
    /// When it became active (YYYY-MM-DD or RFC 3339)
    #[arg(long, value_name = "DATE")]
    pub activated: Option<String>,
}

#[derive(Debug, Args)]
pub struct RequestArgs {
    /// The customer (it needs its tenant ID)
    pub customer: String,
    /// Role names, ids or a named set, comma-separated (see `csp gdap roles`)
    #[arg(long, value_name = "ROLES")]
    pub roles: String,
    /// The relationship's display name (at most 50 characters, unique)
    #[arg(long, value_name = "NAME")]
    pub name: String,
    /// How long it lasts once approved, e.g. 730d (1 to 730 days)
    #[arg(long, value_name = "DAYS", default_value = "730d")]
    pub duration: String,
    /// Extend it by 180 days at a time (not with Global Administrator)
    #[arg(long)]
    pub auto_extend: bool,
    /// Print the requests csp would send to Graph, send nothing
    #[arg(long)]
    pub dry_run: bool,
    /// The approval email's address [default: the customer's contact email]
    #[arg(long, value_name = "ADDR")]
    pub email: Option<String>,
    /// The name of the person it goes to [default: the customer's contact name]
    #[arg(long, value_name = "NAME")]
    pub contact_name: Option<String>,
    /// The language of the email [default: the profile's]
    #[arg(long, value_enum)]
    pub lang: Option<Locale>,
    #[command(flatten)]
    pub delivery: DeliveryArgs,
    /// Record the approval email as sent at once (you are sending it now)
    #[arg(long)]
    pub done: bool,
}

/// `--online` (call Graph first, record only once it accepted) and
/// `--dry-run` (print the requests, send nothing).
#[derive(Debug, Args)]
pub struct OnlineArgs {
    /// Make the change in Microsoft Graph first (signed in with `csp login`), then record it
    #[arg(long)]
    pub online: bool,
    /// With --online: print the requests, send and record nothing
    #[arg(long, requires = "online")]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
pub struct InviteArgs {
    #[arg(help = REL_HELP)]
    pub rel: String,
    /// The address it goes to [default: the customer's contact email]
    #[arg(long, value_name = "ADDR")]
    pub email: Option<String>,
    /// The name of the person it goes to [default: the customer's contact name]
    #[arg(long, value_name = "NAME")]
    pub contact_name: Option<String>,
    /// The language of the email [default: the profile's]
    #[arg(long, value_enum)]
    pub lang: Option<Locale>,
    #[command(flatten)]
    pub delivery: DeliveryArgs,
    /// Record it as sent at once (you are sending it now)
    #[arg(long)]
    pub done: bool,
}

#[derive(Debug, Args)]
pub struct ActivateArgs {
    #[arg(help = REL_HELP)]
    pub rel: String,
    /// When it became active (YYYY-MM-DD or RFC 3339) [default: now]
    #[arg(long, value_name = "DATE")]
    pub at: Option<String>,
}

#[derive(Debug, Args)]
pub struct TerminateArgs {
    #[arg(help = REL_HELP)]
    pub rel: String,
    /// Why, kept in the record and the audit log
    #[arg(long, value_name = "TEXT")]
    pub reason: Option<String>,
    #[command(flatten)]
    pub online: OnlineArgs,
}

#[derive(Debug, Args)]
pub struct ExtendArgs {
    #[arg(help = REL_HELP)]
    pub rel: String,
    /// true: Microsoft extends it 180 days at a time; false: it ends at its end date
    #[arg(long, value_name = "BOOL", action = clap::ArgAction::Set, required = true)]
    pub auto_extend: bool,
    #[command(flatten)]
    pub online: OnlineArgs,
}

#[derive(Debug, Args)]
pub struct AssignArgs {
    #[arg(help = REL_HELP)]
    pub rel: String,
    /// The partner security group's object id (GUID)
    #[arg(long, value_name = "GROUP-ID")]
    pub group: String,
    /// The group's name, for people
    #[arg(long, value_name = "NAME")]
    pub group_name: Option<String>,
    /// The roles it holds: a subset of the relationship's
    #[arg(long, value_name = "ROLES")]
    pub roles: String,
    #[command(flatten)]
    pub online: OnlineArgs,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// Graph's JSON ({"value": [...]}), or - for standard input
    pub file: PathBuf,
    /// Record a customer (by tenant ID and name) for a relationship with an unknown tenant
    #[arg(long)]
    pub add_customers: bool,
    /// Check the file and report what would change, changing nothing
    #[arg(long)]
    pub dry_run: bool,
}

/// `gdap roles --set`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RoleSet {
    // Microsoft's default GDAP relationship.
    Default,
    // Read and support roles only.
    LeastPrivilege,
    // The roles the CIPP community tool requires.
    Cipp,
}

#[derive(Debug, Args)]
pub struct RolesArgs {
    /// Only the roles of this set: default (Microsoft's default relationship), least-privilege (read and support only), cipp (what the CIPP tool requires)
    #[arg(long, value_enum)]
    pub set: Option<RoleSet>,
}

pub fn run(app: &App, cmd: GdapCommand) -> Result<()> {
    match cmd {
        GdapCommand::List(a) => list(app, a),
        GdapCommand::Show(a) => show(app, a),
        GdapCommand::Add(a) => add(app, a),
        GdapCommand::Request(a) => request(app, a),
        GdapCommand::Invite(a) => invite(app, *a),
        GdapCommand::Activate(a) => activate(app, a),
        GdapCommand::Terminate(a) => terminate(app, a),
        GdapCommand::Extend(a) => extend(app, a),
        GdapCommand::Assign(a) => assign(app, a),
        GdapCommand::Import(a) => import(app, a),
        GdapCommand::Roles(a) => roles(app, a),
    }
}

fn admin_center(app: &App) -> Result<String> {
    Ok(app.config()?.admin_center.clone())
}

fn list(app: &App, args: ListArgs) -> Result<()> {
    let expiring_within = args
        .expiring
        .as_deref()
        .map(gdap::parse_window)
        .transpose()?;
    let admin_center = admin_center(app)?;
    let store = app.store()?;
    let db = store.read();
    let customer_id = match &args.customer {
        Some(c) => Some(super::pick::pick_customer(app, &db, c)?.id),
        None => None,
    };
    let filter = GdapFilter {
        customer_id,
        status: args.status,
        expiring_within,
    };
    let mut list = app.output.list()?;
    ops::list(&db, &admin_center, &filter, |r| list.row(r))?;
    list.finish()?;
    Ok(())
}

fn show(app: &App, args: RelArgs) -> Result<()> {
    let admin_center = admin_center(app)?;
    let store = app.store()?;
    let card = ops::show(&store.read(), &admin_center, &args.rel)?;
    app.output.card(&card)
}

fn add(app: &App, args: AddArgs) -> Result<()> {
    let actor = app.actor_for_gdap()?;
    let admin_center = admin_center(app)?;
    let status = match (args.status, &args.activated) {
        (Some(s), _) => s,
        (None, Some(_)) => GdapStatus::Active,
        (None, None) => GdapStatus::ApprovalPending,
    };
    let new = NewRelationship {
        customer: args.customer,
        microsoft_id: gdap::microsoft_id(&args.microsoft_id)?,
        display_name: gdap::display_name(&args.name)?,
        roles: gdap::parse_roles(&args.roles)?,
        duration_days: gdap::parse_duration(&args.duration)?,
        auto_extend: args.auto_extend,
        status,
        requested_at: args
            .requested
            .as_deref()
            .map(crate::util::time::parse_since)
            .transpose()?,
        activated_at: args
            .activated
            .as_deref()
            .map(crate::util::time::parse_since)
            .transpose()?,
    };
    gdap::check_auto_extend(new.auto_extend, &new.roles)?;
    let mut store = app.store()?;
    let card = store.write(|db| ops::add(db, &actor, &admin_center, new))?;
    let r = &card.relationship;
    let short = short_id(&r.id);
    app.output.note(format!(
        "recorded GDAP relationship '{}' ({short}) for {} as {}",
        r.display_name, r.customer_domain, r.status
    ));
    if r.approval_link.is_some() {
        app.output.note(format!(
            "next: send the approval link to the customer's admin: csp gdap invite {short}"
        ));
    }
    app.output.record(r)
}

/// Creates the relationship in Graph, locks it for the customer's
/// approval, records it with its Microsoft id, and drafts the approval
/// email as `gdap invite` does. Nothing is recorded unless Graph created it.
fn request(app: &App, args: RequestArgs) -> Result<()> {
    let actor = app.actor_for_gdap()?;
    let config = app.config()?;
    let roles = gdap::parse_roles(&args.roles)?;
    let name = gdap::display_name(&args.name)?;
    let duration = gdap::parse_duration(&args.duration)?;
    if let Some(e) = &args.email {
        Email::parse(e)?;
    }
    let mut store = app.store()?;
    let plan = ops::plan_request(
        &store.read(),
        &args.customer,
        name,
        roles,
        duration,
        args.auto_extend,
    )?;
    let graph_base = &config.microsoft.graph;
    app.output.note(format!(
        "{} GDAP relationship '{}' for {} (tenant {}) in Microsoft Graph: {} role(s), {} days{}, then lock it for the customer's approval, record it and draft the approval email",
        if args.dry_run { "would create" } else { "creating" },
        plan.display_name,
        plan.customer_name,
        plan.tenant_id,
        plan.roles.len(),
        plan.duration_days,
        if plan.auto_extend { ", auto-extended" } else { "" },
    ));
    if args.dry_run {
        let create = graph::create_request(graph_base, plan.body.clone());
        let lock = graph::action_request(
            graph_base,
            "{id Graph answers}",
            "lockForApproval",
            graph::ETAG_TO_READ,
        );
        app.output.text(&format!(
            "{}

{}",
            create.describe(),
            lock.describe()
        ))?;
        return Ok(());
    }
    let mut online = open_online(app)?;
    let created = graph::create(&mut online, plan.body.clone())?;
    let locked = graph::act(&mut online, &created.id, "lockForApproval", &created.etag);
    let status = if locked.is_ok() {
        GdapStatus::ApprovalPending
    } else {
        GdapStatus::Created
    };
    let card = store.write(|db| {
        ops::record_requested(
            db,
            &actor,
            &config.admin_center,
            &plan,
            created.id.clone(),
            status,
        )
    })?;
    let short = short_id(&card.relationship.id).to_string();
    if let Err(e) = locked {
        app.output.warn(format!(
            "Graph created '{}' ({}) but did not lock it for approval; recorded as created",
            plan.display_name, created.id
        ));
        return Err(e.into());
    }
    app.output.note(format!(
        "created and locked '{}' in Graph (id {}); recorded as {short}",
        plan.display_name, created.id
    ));
    invite(
        app,
        InviteArgs {
            rel: card.relationship.id,
            email: args.email,
            contact_name: args.contact_name,
            lang: args.lang,
            delivery: args.delivery,
            done: args.done,
        },
    )
}

/// The signed-in session for an online GDAP action.
fn open_online(app: &App) -> Result<Online> {
    app.online().map_err(|e| match e.downcast::<Error>() {
        Ok(e) if e.kind == crate::error::ErrorKind::NotAllowed => e
            .with_hint("run `csp login`; or act in Partner Center and record it offline (without --online, or with `csp gdap add`)")
            .into(),
        Ok(e) => e.into(),
        Err(e) => e,
    })
}

/// Before an online change: the Microsoft id of a relationship whose
/// change the records allow (checked by running the change and rolling it
/// back), so Graph is not asked for what csp would then refuse to record.
fn checked_microsoft_id(
    store: &mut crate::store::Store,
    check: impl FnOnce(&crate::store::Db<'_>) -> anyhow::Result<gdap::GdapCard>,
) -> Result<(String, String)> {
    let card = store.dry_run(check)?;
    let r = card.relationship;
    let id = r.microsoft_id.clone().ok_or_else(|| {
        Error::invalid(format!(
            "'{}' has no Microsoft id, so csp cannot name it to Graph",
            r.display_name
        ))
        .with_hint("change it in Partner Center and record it without --online")
    })?;
    Ok((id, r.display_name))
}

/// Prints what `--dry-run` would send: a read for the etag, then the change.
fn print_requests(app: &App, requests: &[crate::online::http::Request]) -> Result<()> {
    let text: Vec<String> = requests.iter().map(|r| r.describe()).collect();
    app.output.text(&text.join("\n\n"))?;
    Ok(())
}

fn invite(app: &App, args: InviteArgs) -> Result<()> {
    let actor = app.actor_for_gdap()?;
    let config = app.config()?;
    let sender = Sender::from_config(config)?;
    let email = args.email.as_deref().map(Email::parse).transpose()?;
    let contact_name = args
        .contact_name
        .as_deref()
        .map(|n| values::optional_line("contact name", n))
        .transpose()?
        .flatten();
    let mut store = app.store()?;
    let (card, customer) = {
        let db = store.read();
        let card = ops::awaiting_approval(&db, &config.admin_center, &args.rel)?;
        let customer = crate::ops::customers::resolve(&db, &card.relationship.customer_id)?;
        (card, customer)
    };
    let contact_name = contact_name.or_else(|| customer.contact_name.clone());
    let address = email
        .map(|e| e.to_string())
        .or_else(|| customer.contact_email.clone());
    let to = address
        .as_deref()
        .map(|a| crate::domain::mailbox::mailbox(contact_name.as_deref(), a));
    let values = ApprovalValues {
        locale: args.lang.unwrap_or(config.profile.locale),
        partner_name: &sender.partner_name,
        sender_name: &sender.sender_name,
        customer_name: &customer.company_name,
        contact_name: contact_name.as_deref(),
        to,
        now: ops::now(),
    };
    let draft = gdap_draft::approval(&card.relationship, &values)?;
    delivery::check(&args.delivery, &sender, &draft)?;
    let draft = delivery::edit(app, &args.delivery, draft)?;
    let eml = delivery::prepare(&args.delivery, &sender, &draft)?;
    let id = card.relationship.id.clone();
    let short = short_id(&id).to_string();
    let relationship = if args.done {
        let card = store.write(|db| ops::record_sent(db, &actor, &config.admin_center, &id))?;
        app.output.note(format!(
            "recorded the approval email for '{}' as sent; once the customer approves: csp gdap activate {short}",
            card.relationship.display_name
        ));
        card.relationship
    } else {
        app.output.note(format!(
            "drafted the approval email for '{}'; once you have sent it: csp gdap invite {short} --done",
            card.relationship.display_name
        ));
        card.relationship
    };
    let kept = Kept {
        what: format!("GDAP relationship {short}"),
        show: format!("csp gdap show {short}"),
    };
    delivery::deliver_record(app, &args.delivery, &draft, &relationship, &kept, eml)
}

fn activate(app: &App, args: ActivateArgs) -> Result<()> {
    let actor = app.actor_for_gdap()?;
    let admin_center = admin_center(app)?;
    let at = args
        .at
        .as_deref()
        .map(crate::util::time::parse_since)
        .transpose()?;
    let mut store = app.store()?;
    let card = store.write(|db| ops::activate(db, &actor, &admin_center, &args.rel, at))?;
    let r = &card.relationship;
    app.output.note(format!(
        "recorded GDAP relationship '{}' as active; it ends {}{}",
        r.display_name,
        r.ends_at.as_deref().unwrap_or("-"),
        if r.auto_extend {
            " and Microsoft then extends it 180 days at a time"
        } else {
            " (no auto-extend)"
        }
    ));
    app.output.record(r)
}

fn terminate(app: &App, args: TerminateArgs) -> Result<()> {
    let actor = app.actor_for_gdap()?;
    let admin_center = admin_center(app)?;
    let reason = args
        .reason
        .as_deref()
        .map(|r| values::optional_line("reason", r))
        .transpose()?
        .flatten();
    let mut store = app.store()?;
    if args.online.online {
        let (id, name) = checked_microsoft_id(&mut store, |db| {
            ops::terminate(db, &actor, &admin_center, &args.rel, reason.clone())
        })?;
        let graph_base = app.config()?.microsoft.graph.clone();
        app.output.note(format!(
            "{} '{name}' at Microsoft: Graph ends the customer's admin access",
            if args.online.dry_run {
                "would terminate"
            } else {
                "terminating"
            }
        ));
        if args.online.dry_run {
            return print_requests(
                app,
                &[
                    graph::get_request(&graph_base, &id),
                    graph::action_request(&graph_base, &id, "terminate", graph::ETAG_TO_READ),
                ],
            );
        }
        let mut online = open_online(app)?;
        let current = graph::get(&mut online, &id)?;
        let status = graph::act(&mut online, &id, "terminate", &current.etag)?;
        let card =
            store.write(|db| ops::terminate(db, &actor, &admin_center, &args.rel, reason))?;
        app.output.note(format!(
            "Graph accepted the termination of '{name}' (request {}); recorded as terminated",
            status.as_deref().unwrap_or("accepted")
        ));
        return app.output.record(&card.relationship);
    }
    let card = store.write(|db| ops::terminate(db, &actor, &admin_center, &args.rel, reason))?;
    let r = &card.relationship;
    app.output.note(format!(
        "recorded GDAP relationship '{}' as terminated in csp; csp does not end it at Microsoft: terminate it in Partner Center (Customers → {} → Admin relationships) or through Graph, if you have not already",
        r.display_name, r.customer_domain
    ));
    app.output.record(r)
}

fn extend(app: &App, args: ExtendArgs) -> Result<()> {
    let actor = app.actor_for_gdap()?;
    let admin_center = admin_center(app)?;
    let mut store = app.store()?;
    if args.online.online {
        let (card, changed) = store
            .dry_run(|db| ops::extend(db, &actor, &admin_center, &args.rel, args.auto_extend))?;
        if changed {
            let (id, name) = checked_microsoft_id(&mut store, |_| Ok(card))?;
            let graph_base = app.config()?.microsoft.graph.clone();
            let body = serde_json::json!({
                "autoExtendDuration": if args.auto_extend { "P180D" } else { "PT0S" }
            });
            app.output.note(format!(
                "{} auto-extend {} for '{name}' at Microsoft",
                if args.online.dry_run {
                    "would turn"
                } else {
                    "turning"
                },
                if args.auto_extend { "on" } else { "off" }
            ));
            if args.online.dry_run {
                return print_requests(
                    app,
                    &[
                        graph::get_request(&graph_base, &id),
                        graph::patch_request(&graph_base, &id, body, graph::ETAG_TO_READ),
                    ],
                );
            }
            let mut online = open_online(app)?;
            let current = graph::get(&mut online, &id)?;
            graph::patch(&mut online, &id, body, &current.etag)?;
        }
    }
    let (card, changed) =
        store.write(|db| ops::extend(db, &actor, &admin_center, &args.rel, args.auto_extend))?;
    let r = &card.relationship;
    let state = if r.auto_extend { "on" } else { "off" };
    if changed && args.online.online {
        app.output.note(format!(
            "Graph accepted auto-extend {state} for '{}'; recorded",
            r.display_name
        ));
    } else if changed {
        app.output.note(format!(
            "recorded auto-extend {state} for '{}'; make the same change in Partner Center, which is where it takes effect",
            r.display_name
        ));
    } else {
        app.output.note(format!(
            "auto-extend is already {state} for '{}'",
            r.display_name
        ));
    }
    app.output.record(r)
}

fn assign(app: &App, args: AssignArgs) -> Result<()> {
    let actor = app.actor_for_gdap()?;
    let admin_center = admin_center(app)?;
    let group = TenantId::parse(&args.group).map_err(|_| {
        Error::invalid(format!(
            "invalid group id '{}': expected the security group's object id, a GUID",
            args.group.trim()
        ))
    })?;
    let group_name = args
        .group_name
        .as_deref()
        .map(|n| values::optional_line("group name", n))
        .transpose()?
        .flatten();
    let roles = gdap::parse_roles(&args.roles)?;
    let mut store = app.store()?;
    if args.online.online {
        let (id, name) = checked_microsoft_id(&mut store, |db| {
            ops::assign(
                db,
                &actor,
                &admin_center,
                &args.rel,
                &group,
                group_name.clone(),
                roles.clone(),
            )
        })?;
        let graph_base = app.config()?.microsoft.graph.clone();
        let request = graph::assign_request(&graph_base, &id, &group.to_string(), &roles);
        app.output.note(format!(
            "{} {} role(s) of '{name}' to group {group} at Microsoft",
            if args.online.dry_run {
                "would assign"
            } else {
                "assigning"
            },
            roles.len()
        ));
        if args.online.dry_run {
            return print_requests(app, &[request]);
        }
        let mut online = open_online(app)?;
        graph::assign(&mut online, &id, &group.to_string(), &roles)?;
    }
    let card = store.write(|db| {
        ops::assign(
            db,
            &actor,
            &admin_center,
            &args.rel,
            &group,
            group_name,
            roles,
        )
    })?;
    if args.online.online {
        app.output.note(format!(
            "Graph accepted the roles of group {group} in '{}'; recorded",
            card.relationship.display_name
        ));
    } else {
        app.output.note(format!(
            "recorded the roles of group {group} in '{}'; assign them in Partner Center too, which is where they take effect",
            card.relationship.display_name
        ));
    }
    app.output.record(&card.relationship)
}

fn import(app: &App, args: ImportArgs) -> Result<()> {
    let actor = app.actor_for_gdap()?;
    let (input, _) = super::open_input(&args.file)?;
    let input = std::io::BufReader::new(input);
    let mut store = app.store()?;
    let run = |db: &crate::store::Db<'_>| ops::import(db, &actor, input, args.add_customers);
    let summary = if args.dry_run {
        store.dry_run(run)?
    } else {
        store.write(run)?
    };
    for line in &summary.not_recorded {
        app.output.warn(format!("not recorded: {line}"));
    }
    if summary.skipped > 0 && !args.add_customers {
        app.output.note(
            "record those customers first (csp customers add … --tenant-id), or import again with --add-customers",
        );
    }
    let verb = if args.dry_run { "would add" } else { "added" };
    app.output.note(format!(
        "{verb} {}, updated {}, left {} unchanged, skipped {} of {} relationships{}",
        summary.added,
        summary.updated,
        summary.unchanged,
        summary.skipped,
        summary.items,
        if summary.customers_added > 0 {
            format!(
                "; recorded {} new customer{} (domain unknown: TENANT.invalid until you set it)",
                summary.customers_added,
                if summary.customers_added == 1 {
                    ""
                } else {
                    "s"
                }
            )
        } else {
            String::new()
        }
    ));
    app.output.record(&summary)
}

fn roles(app: &App, args: RolesArgs) -> Result<()> {
    let set = args.set.map(|s| match s {
        RoleSet::Default => "default",
        RoleSet::LeastPrivilege => "least-privilege",
        RoleSet::Cipp => "cipp",
    });
    let mut list = app.output.list()?;
    for role in ops::catalogue(set) {
        list.row(&role)?;
    }
    list.finish()?;
    Ok(())
}
