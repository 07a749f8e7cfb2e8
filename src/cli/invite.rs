//! `csp invite`: draft, record and deliver invitations, one or a CSV batch,
//! and follow each through its life (list, show, done, accept, cancel,
//! remind, link).

use super::delivery::{self, DeliveryArgs};
use super::App;
use crate::domain::customer::Channel;
use crate::domain::invitation::{InvitationFilter, InvitationStatus};
use crate::domain::profile::Locale;
use crate::domain::values::short_id;
use crate::domain::values::{self, Domain, Email};
use crate::error::{Error, Result};
use crate::ops::invitations::{self, Request, Sender, Step, Target};
use crate::output::Format;
use anyhow::Context;
use clap::{Args, Subcommand, ValueEnum};
use std::path::PathBuf;

const EXAMPLES: &str = "\
Examples:
  csp invite --name \"Northwind\" --domain northwind.com --email it@northwind.com
  csp invite --customer fabrikam.com --provider \"Tailspin Distribution\" --lang fr --copy
  csp invite --batch prospects.csv --eml-dir drafts/
  csp invite list --status sent --older-than 14d
  csp invite done 1a2b3c4d
  csp invite remind 1a2b3c4d --copy
  csp invite accept 1a2b3c4d

A reseller invitation grants no admin access: ask for it as a GDAP relationship (csp gdap).";

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true, after_help = EXAMPLES)]
pub struct InviteArgs {
    #[command(subcommand)]
    pub command: Option<InviteCommand>,
    #[command(flatten)]
    pub new: NewInvitationArgs,
}

/// A new invitation (or a batch of them).
#[derive(Debug, Clone, Args)]
pub struct NewInvitationArgs {
    /// A recorded customer: id (or 8+ character prefix), domain, tenant ID or exact company name
    #[arg(long, value_name = "CUSTOMER", conflicts_with_all = ["name", "domain"])]
    pub customer: Option<String>,
    /// A new customer's company name (with --domain); it is recorded as invited
    // Not `requires = "domain"`: on a terminal the other one is asked for.
    #[arg(long)]
    pub name: Option<String>,
    /// A new customer's primary domain, e.g. northwind.com
    #[arg(long)]
    pub domain: Option<String>,
    /// How a new customer found you
    #[arg(long, value_enum)]
    pub channel: Option<Channel>,
    /// The address the invitation goes to [default: the customer's contact email]
    #[arg(long, value_name = "ADDR")]
    pub email: Option<String>,
    /// The name of the person it goes to [default: the customer's contact name]
    #[arg(long, value_name = "NAME")]
    pub contact_name: Option<String>,
    /// Invite jointly with this indirect provider (distributor), which gains the right to order [default: the profile's default_provider]
    #[arg(long, value_name = "PROVIDER", conflicts_with = "no_provider")]
    pub provider: Option<String>,
    /// Invite for yourself alone, even if the profile names a default_provider
    #[arg(long)]
    pub no_provider: bool,
    /// Retired (DAP): refused; admin access is requested as a GDAP relationship
    #[arg(long, hide = true)]
    pub delegated_admin: bool,
    /// The language of the built-in template [default: the profile's]
    #[arg(long, value_enum)]
    pub lang: Option<Locale>,
    /// Your own template, [templates.NAME] in config.toml
    #[arg(long, value_name = "NAME")]
    pub template: Option<String>,
    /// A note kept with the invitation (a ticket, a deal)
    #[arg(long, value_name = "TEXT")]
    pub reference: Option<String>,
    #[command(flatten)]
    pub delivery: DeliveryArgs,
    /// Record it as sent at once (you are sending it now)
    #[arg(long)]
    pub done: bool,
    /// One invitation per row of a CSV file (- for stdin); header: name, domain, email, contact_name, reference
    #[arg(long, value_name = "FILE", conflicts_with_all = [
        "customer", "name", "domain", "email", "contact_name", "reference",
        "copy", "mailto", "open", "eml", "edit",
    ])]
    pub batch: Option<PathBuf>,
    /// With --batch: also write one .eml message per invitation into DIR (created if missing)
    #[arg(long, value_name = "DIR", requires = "batch")]
    pub eml_dir: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum InviteCommand {
    /// List invitations (by default the pending ones: draft or sent)
    #[command(
        after_help = "Examples:\n  csp invite list\n  csp invite list --status sent --older-than 14d\n  csp invite list --status all --json"
    )]
    List(ListArgs),
    /// Show an invitation and its draft
    #[command(
        after_help = "Examples:\n  csp invite show 1f0c9a2e\n  csp invite show 1f0c9a2e --json"
    )]
    Show(IdArgs),
    /// Record that you sent it (draft → sent)
    #[command(after_help = "Examples:\n  csp invite done 1f0c9a2e")]
    Done(IdArgs),
    /// Record that the customer accepted it: the customer becomes active
    #[command(after_help = "Examples:\n  csp invite accept 1f0c9a2e")]
    Accept(IdArgs),
    /// Cancel a pending invitation
    #[command(after_help = "Examples:\n  csp invite cancel 1f0c9a2e")]
    Cancel(IdArgs),
    /// Draft a reminder for a sent invitation (same link); records reminded_at
    #[command(
        after_help = "Examples:\n  csp invite remind 1f0c9a2e\n  csp invite remind 1f0c9a2e --lang fr --copy\n  csp invite list --status sent --older-than 14d   # the ones to chase\n\nOnly a sent invitation can be reminded: a draft was never sent (send it, then\n`csp invite done ID`). Each reminder sets reminded_at and adds one to reminders."
    )]
    Remind(RemindArgs),
    /// Print the invitation link alone
    #[command(
        after_help = "Examples:\n  csp invite link\n  csp invite link --provider \"Tailspin Distribution\"\n  csp invite link --no-provider\n\nWith a reseller_link in the profile (pasted from Partner Center), that link is\nprinted as it is, and the joint link is derived from it. DAP=true is never produced."
    )]
    Link(LinkArgs),
}

/// `--status` of `invite list`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StatusFilter {
    Draft,
    Sent,
    /// Draft or sent
    Pending,
    Accepted,
    Cancelled,
    All,
}

impl StatusFilter {
    fn statuses(self) -> Vec<InvitationStatus> {
        match self {
            StatusFilter::Draft => vec![InvitationStatus::Draft],
            StatusFilter::Sent => vec![InvitationStatus::Sent],
            StatusFilter::Pending => vec![InvitationStatus::Draft, InvitationStatus::Sent],
            StatusFilter::Accepted => vec![InvitationStatus::Accepted],
            StatusFilter::Cancelled => vec![InvitationStatus::Cancelled],
            StatusFilter::All => Vec::new(),
        }
    }
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Which invitations to show
    #[arg(long, value_enum, default_value_t = StatusFilter::Pending)]
    pub status: StatusFilter,
    /// Only those sent (or created, if never sent) longer ago than AGE: 14d, 36h, 2w
    #[arg(long, value_name = "AGE")]
    pub older_than: Option<String>,
    /// Only this customer's invitations
    #[arg(long, value_name = "CUSTOMER")]
    pub customer: Option<String>,
    /// Only joint invitations with this provider
    #[arg(long, value_name = "PROVIDER")]
    pub provider: Option<String>,
    /// At most N invitations
    #[arg(long, value_name = "N")]
    pub limit: Option<u64>,
}

#[derive(Debug, Args)]
pub struct IdArgs {
    /// The invitation's id, or its first 8+ characters
    pub id: String,
}

#[derive(Debug, Args)]
pub struct RemindArgs {
    /// The invitation's id, or its first 8+ characters
    pub id: String,
    /// The language of the reminder [default: the invitation's]
    #[arg(long, value_enum)]
    pub lang: Option<Locale>,
    #[command(flatten)]
    pub delivery: DeliveryArgs,
}

#[derive(Debug, Args)]
pub struct LinkArgs {
    /// The joint link with this indirect provider [default: the profile's default_provider]
    #[arg(long, value_name = "PROVIDER", conflicts_with = "no_provider")]
    pub provider: Option<String>,
    /// The link for yourself alone, even if the profile names a default_provider
    #[arg(long)]
    pub no_provider: bool,
    /// Retired (DAP): refused; admin access is requested as a GDAP relationship
    #[arg(long, hide = true)]
    pub delegated_admin: bool,
    /// Ask Partner Center for the link (signed in) and keep yours as partner.reseller_link
    #[arg(long)]
    pub online: bool,
    /// With --online: print the request, send nothing
    #[arg(long, requires = "online")]
    pub dry_run: bool,
}

/// `invite link --online`: Partner Center's own link
/// (`GET /v1/customers/relationshiprequests`, joint with
/// `indirectCloudSolutionProviderId`). Yours alone is checked and kept as
/// `partner.reseller_link`, from which csp derives every joint link; a
/// joint one is printed only.
fn link_online(app: &App, args: &LinkArgs, provider: Option<&str>) -> Result<()> {
    use crate::online::partner_center;
    let config = app.config()?;
    let provider_tenant = match provider {
        Some(p) => {
            let store = app.store()?;
            let db = store.read();
            Some(invitations::usable_provider(&db, p)?.tenant_id)
        }
        None => None,
    };
    let request = partner_center::reseller_link_request(
        &config.microsoft.partner_center,
        provider_tenant.as_deref(),
    );
    app.output.note(format!(
        "{} Partner Center for the {}reseller link{}",
        if args.dry_run { "would ask" } else { "asking" },
        if provider_tenant.is_some() {
            "joint "
        } else {
            ""
        },
        if provider_tenant.is_none() && !args.dry_run {
            ", and keeping it as partner.reseller_link in the config"
        } else {
            ""
        }
    ));
    if args.dry_run {
        app.output.text(&request.describe())?;
        return Ok(());
    }
    let mut online = app.online()?;
    let url = partner_center::reseller_link(&mut online, &request)?;
    let url = match provider_tenant {
        Some(_) => crate::domain::values::required_line("link", &url)?,
        None => {
            let checked = crate::domain::link::check_reseller_link(
                &url,
                &config.admin_center,
                config.profile.tenant_id,
            )
            .map_err(|e| {
                Error::online(format!(
                    "Partner Center's link is not one csp can use: {}",
                    e.message
                ))
            })?;
            let mut file = crate::domain::profile::ConfigFile::load(&config.path)?;
            file.partner.reseller_link = Some(checked.clone());
            file.save(&config.path)?;
            app.output.note(format!(
                "kept as partner.reseller_link in {}",
                config.path.display()
            ));
            checked
        }
    };
    if app.output.format == Format::Json || app.output.format == Format::Jsonl {
        let out = serde_json::json!({ "link": url });
        app.output
            .text(&out.to_string())
            .context("cannot write to stdout")?;
    } else {
        app.output.text(&url).context("cannot write to stdout")?;
    }
    Ok(())
}

/// `--delegated-admin` on an invitation: Microsoft stopped granting DAP
/// through reseller invitations in October 2023, so csp refuses to pretend.
fn refuse_delegated_admin(asked: bool) -> Result<()> {
    if asked {
        return Err(Error::invalid(
            "--delegated-admin is retired: since October 2023 a reseller invitation grants no delegated admin privileges (DAP=true does nothing), and csp never produces such a link",
        )
        .with_hint("admin access is requested as a GDAP relationship with chosen roles and an end date: see `csp gdap --help`")
        .into());
    }
    Ok(())
}

/// Says, once the invitation is recorded, that the profile's
/// `default_provider` made it joint.
fn note_default_provider(app: &App, provider: Option<&str>, by_default: bool) {
    if let (Some(p), true) = (provider, by_default) {
        app.output.note(format!(
            "invited jointly with {p}, the profile's default provider; --no-provider invites for yourself alone"
        ));
    }
}

/// An error about the default provider says where it comes from.
fn about_default(e: anyhow::Error, by_default: bool) -> anyhow::Error {
    if !by_default {
        return e;
    }
    match e.downcast::<Error>() {
        Ok(err) => err
            .with_hint("it is [partner] default_provider in config.toml: fix it (csp init --force --default-provider P), or pass --no-provider")
            .into(),
        Err(other) => other,
    }
}

pub fn run(app: &App, args: InviteArgs) -> Result<()> {
    match args.command {
        None => invite(app, args.new),
        Some(InviteCommand::List(a)) => list(app, a),
        Some(InviteCommand::Show(a)) => show(app, a),
        Some(InviteCommand::Done(a)) => step(app, a, Step::Done),
        Some(InviteCommand::Accept(a)) => step(app, a, Step::Accept),
        Some(InviteCommand::Cancel(a)) => step(app, a, Step::Cancel),
        Some(InviteCommand::Remind(a)) => remind(app, a),
        Some(InviteCommand::Link(a)) => link(app, a),
    }
}

/// `csp invite …` (and `csp providers invite P …`, which sets `provider`).
pub fn invite(app: &App, args: NewInvitationArgs) -> Result<()> {
    refuse_delegated_admin(args.delegated_admin)?;
    if args.batch.is_some() {
        return batch(app, args);
    }
    // clap drops `requires = "batch"` when a flag that conflicts with
    // --batch is present, so this is checked here.
    if args.eml_dir.is_some() {
        return Err(Error::invalid("--eml-dir goes with --batch")
            .with_hint("for one invitation, use --eml FILE")
            .into());
    }
    let actor = app.actor_for_recording()?;
    let config = app.config()?;
    let sender = Sender::from_config(config)?;
    let template = args
        .template
        .as_deref()
        .map(|n| crate::domain::draft::user_template(&config.templates, n))
        .transpose()?;
    let email = args.email.as_deref().map(Email::parse).transpose()?;
    let contact_name = args
        .contact_name
        .as_deref()
        .map(|n| values::optional_line("contact name", n))
        .transpose()?
        .flatten();
    let reference = args
        .reference
        .as_deref()
        .map(|r| values::optional_line("reference", r))
        .transpose()?
        .flatten();
    let mut store = app.store()?;
    let target = target(app, &store, &args)?;
    let (provider, by_default) =
        invitations::chosen_provider(&sender, args.provider.as_deref(), args.no_provider);
    let provider = provider
        .map(|p| super::pick::provider_reference(app, &store.read(), &p))
        .transpose()
        .map_err(|e| about_default(e, by_default))?;
    let request = Request {
        target,
        email,
        contact_name,
        provider,
        locale: args.lang.unwrap_or(config.profile.locale),
        template,
        reference,
    };
    let plan = invitations::plan(&store.read(), &sender, &request)
        .map_err(|e| about_default(e, by_default))?;
    if let (Target::New { .. }, Some(c)) = (&request.target, &plan.customer) {
        app.output.note(format!(
            "{} is already recorded as {} ({}); inviting that customer",
            c.domain, c.company_name, c.relationship
        ));
    }
    let draft = plan.draft()?;
    delivery::check(&args.delivery, &sender, &draft)?;
    let draft = delivery::edit(app, &args.delivery, draft)?;
    // Written before the invitation is recorded, put in place after.
    let eml = delivery::prepare(&args.delivery, &sender, &draft)?;
    let invitation = store.write(|db| {
        // Checked again inside the transaction: another csp may have
        // invited or removed the customer meanwhile.
        let plan = invitations::plan(db, &sender, &request)?;
        invitations::invite(db, &actor, &plan, &draft, args.done)
    })?;
    let short = short_id(&invitation.id);
    note_default_provider(
        app,
        plan.provider.as_ref().map(|p| p.name.as_str()),
        by_default,
    );
    app.output.note(if args.done {
        format!(
            "recorded invitation {short} for {} as sent; when the customer accepts: csp invite accept {short}",
            invitation.customer_domain
        )
    } else {
        format!(
            "recorded invitation {short} for {} as a draft; once you have sent it: csp invite done {short}",
            invitation.customer_domain
        )
    });
    delivery::deliver(app, &args.delivery, &draft, &invitation, eml)
}

/// Whom to invite: the flags, or, on a terminal, the answers to prompts.
fn target(app: &App, store: &crate::store::Store, args: &NewInvitationArgs) -> Result<Target> {
    if args.customer.is_some() && args.channel.is_some() {
        return Err(Error::invalid(
            "--channel says how a new customer found you; it does not apply to --customer",
        )
        .with_hint("use --name and --domain for a new customer")
        .into());
    }
    if let Some(c) = &args.customer {
        let reference = super::pick::customer_reference(app, &store.read(), c)?;
        return Ok(Target::Customer(reference));
    }
    if args.name.is_some() || args.domain.is_some() {
        // One of the pair given: the other is asked for, or is a usage error.
        let mut ask = app.ask();
        let name = ask.text(args.name.clone(), "--name", "Company name")?;
        let domain = ask.text(args.domain.clone(), "--domain", "Customer's primary domain")?;
        ask.finish()?;
        if let (Some(name), Some(domain)) = (name, domain) {
            return Ok(Target::New {
                name: values::required_line("company name", &name)?,
                domain: Domain::parse(&domain)?,
                channel: args.channel,
            });
        }
    }
    if !app.interactive {
        return Err(Error::invalid(
            "name the customer to invite: --customer CUSTOMER, or --name NAME --domain DOMAIN for a new one",
        )
        .with_hint("or --batch FILE for many; see `csp invite --help`")
        .into());
    }
    let ask = super::prompt::line;
    let answer = ask("Customer's primary domain (or a recorded customer's name)")?;
    if crate::ops::customers::resolve(&store.read(), &answer).is_ok() {
        return Ok(Target::Customer(answer));
    }
    let domain = Domain::parse(&answer)?;
    let name = values::required_line("company name", &ask("Company name")?)?;
    Ok(Target::New {
        name,
        domain,
        channel: args.channel,
    })
}

fn batch(app: &App, args: NewInvitationArgs) -> Result<()> {
    let actor = app.actor_for_recording()?;
    let config = app.config()?;
    let sender = Sender::from_config(config)?;
    let template = args
        .template
        .as_deref()
        .map(|n| crate::domain::draft::user_template(&config.templates, n))
        .transpose()?;
    let (provider, by_default) =
        invitations::chosen_provider(&sender, args.provider.as_deref(), args.no_provider);
    let options = crate::ops::batch::Options {
        provider,
        channel: args.channel,
        locale: args.lang.unwrap_or(config.profile.locale),
        template,
        sent: args.done,
    };
    let file = args.batch.clone().unwrap_or_default();
    let label = file.display().to_string();
    let (input, _) = super::open_input(&file)?;
    // Made before anything is recorded, so a folder that cannot be made changes nothing.
    if let Some(dir) = &args.eml_dir {
        crate::util::private_file::create_dir_private(dir)
            .map_err(|e| Error::failure(format!("cannot create folder {}: {e}", dir.display())))?;
    }
    let mut store = app.store()?;
    let from = sender.mailbox();
    // A Ctrl-C stops the batch at a safe point: before the commit nothing is
    // recorded and no temp file stays; after it every message is put in place.
    crate::util::interrupt::catch();
    let (invited, messages) = store.write(|db| {
        let invited = crate::ops::batch::invite_all(
            db,
            &actor,
            &sender,
            std::io::BufReader::new(input),
            &label,
            &options,
        )
        .map_err(|e| about_default(e, by_default))?;
        // Written before the commit, so a message that cannot be written
        // records nothing; put in place after it.
        let mut messages = Vec::new();
        if let Some(dir) = &args.eml_dir {
            for item in &invited {
                if crate::util::interrupt::requested() {
                    return Err(crate::ops::batch::nothing_recorded().into());
                }
                let path = dir.join(format!(
                    "{}-{}.eml",
                    item.invitation.customer_domain,
                    short_id(&item.invitation.id)
                ));
                messages.push(crate::delivery::PendingEml::write(
                    &path,
                    from.as_deref(),
                    &item.draft,
                )?);
            }
        }
        if crate::util::interrupt::requested() {
            return Err(crate::ops::batch::nothing_recorded().into());
        }
        Ok((invited, messages))
    })?;
    note_default_provider(app, options.provider.as_deref(), by_default);
    app.output.note(format!(
        "recorded {} invitation{} as {}",
        invited.len(),
        if invited.len() == 1 { "" } else { "s" },
        if args.done { "sent" } else { "drafts" }
    ));
    if let Some(dir) = &args.eml_dir {
        for message in messages {
            let path = message.path().display().to_string();
            message.keep().with_context(|| {
                format!("the invitations are recorded, but {path} could not be written")
            })?;
        }
        app.output.note(format!(
            "wrote {} message{} to {}",
            invited.len(),
            if invited.len() == 1 { "" } else { "s" },
            dir.display()
        ));
    }
    if crate::util::interrupt::requested() {
        return Err(Error::interrupted(format!(
            "interrupted after the commit: all {} invitations are recorded{}",
            invited.len(),
            if args.eml_dir.is_some() {
                " and their .eml files written"
            } else {
                ""
            }
        ))
        .into());
    }
    // The drafts as JSON lines unless a format was asked for.
    let output = crate::output::Output {
        format: if app.output.format_chosen {
            app.output.format
        } else {
            Format::Jsonl
        },
        ..app.output
    };
    let mut list = output.list()?;
    for item in &invited {
        list.row(&item.invitation)?;
    }
    list.finish()?;
    Ok(())
}

/// `csp invite remind ID`: drafts the reminder, records it, delivers it
/// like `csp invite` delivers an invitation.
fn remind(app: &App, args: RemindArgs) -> Result<()> {
    let actor = app.actor_for_recording()?;
    let sender = Sender::from_config(app.config()?)?;
    let mut store = app.store()?;
    let reminder = invitations::plan_reminder(&store.read(), &sender, &args.id, args.lang)?;
    delivery::check(&args.delivery, &sender, &reminder.draft)?;
    let draft = delivery::edit(app, &args.delivery, reminder.draft.clone())?;
    let eml = delivery::prepare(&args.delivery, &sender, &draft)?;
    let reminder = invitations::Reminder { draft, ..reminder };
    let invitation = store.write(|db| invitations::remind(db, &actor, &reminder))?;
    let short = short_id(&invitation.id);
    app.output.note(format!(
        "recorded reminder {} for invitation {short} to {}; when the customer accepts: csp invite accept {short}",
        invitation.reminders, invitation.customer_domain
    ));
    delivery::deliver(app, &args.delivery, &reminder.draft, &invitation, eml)
}

fn list(app: &App, args: ListArgs) -> Result<()> {
    let older_than = args
        .older_than
        .as_deref()
        .map(crate::util::time::parse_age)
        .transpose()?;
    let store = app.store()?;
    let db = store.read();
    let customer_id = match &args.customer {
        Some(c) => Some(super::pick::pick_customer(app, &db, c)?.id),
        None => None,
    };
    let provider_id = match &args.provider {
        Some(p) => Some(super::pick::pick_provider(app, &db, p)?.id),
        None => None,
    };
    let filter = InvitationFilter {
        statuses: args.status.statuses(),
        older_than,
        customer_id,
        provider_id,
        limit: args.limit,
    };
    let mut list = app.output.list()?;
    db.for_each_invitation(&filter, |i| list.row(&i))?;
    list.finish()?;
    Ok(())
}

fn show(app: &App, args: IdArgs) -> Result<()> {
    let store = app.store()?;
    let db = store.read();
    let invitation = invitations::resolve(&db, &args.id)?;
    app.output.card(&invitations::card(&db, invitation)?)
}

fn step(app: &App, args: IdArgs, step: Step) -> Result<()> {
    let actor = app.actor_for_recording()?;
    let mut store = app.store()?;
    let outcome = store.write(|db| invitations::step(db, &actor, &args.id, step))?;
    let i = &outcome.invitation;
    let short = short_id(&i.id);
    let c = &outcome.customer;
    match step {
        Step::Done => app.output.note(format!(
            "invitation {short} for {} is marked sent; when the customer accepts: csp invite accept {short}",
            i.customer_domain
        )),
        Step::Accept => {
            app.output.note(format!(
                "invitation {short} accepted: {} ({}) is an active customer",
                c.company_name, c.domain
            ));
            if let Some(p) = &outcome.provider {
                app.output.note(format!(
                    "{} now holds its own reseller relationship with {} and may order for it",
                    p.name, c.domain
                ));
            }
        }
        Step::Cancel => app.output.note(format!(
            "invitation {short} for {} is cancelled",
            i.customer_domain
        )),
    }
    app.output.record(i)
}

fn link(app: &App, args: LinkArgs) -> Result<()> {
    refuse_delegated_admin(args.delegated_admin)?;
    let sender = Sender::link_only(app.config()?)?;
    let (provider, by_default) =
        invitations::chosen_provider(&sender, args.provider.as_deref(), args.no_provider);
    if args.online {
        return link_online(app, &args, provider.as_deref());
    }
    let url = match &provider {
        // Only a joint link needs the database, to find the provider.
        Some(p) => {
            let store = app.store()?;
            let db = store.read();
            invitations::link_for(&db, &sender, Some(p))
                .map_err(|e| about_default(e, by_default))?
        }
        None => invitations::link_for_reseller(&sender)?,
    };
    if app.output.format == Format::Json || app.output.format == Format::Jsonl {
        let out = serde_json::json!({ "link": url });
        app.output
            .text(&out.to_string())
            .context("cannot write to stdout")?;
    } else {
        app.output.text(&url).context("cannot write to stdout")?;
    }
    Ok(())
}
