//! `csp init`: write the partner profile to config.toml.

use super::App;
use crate::domain::profile::{ConfigFile, Locale, PartnerKind, Role};
use crate::domain::values::{self, Email, TenantId};
use crate::error::{Error, Result};
use clap::Args;

#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  csp init --name \"Contoso Reseller\" --tenant-id 8c1e2f40-5b6a-4d3c-9e7f-0a1b2c3d4e5f \\\n           --mpn-id 1234567 --role admin-agent --sender-name \"Ann Lee\" --email ann@contoso.com --locale en\n  csp init --force --name \"Contoso Reseller\" --tenant-id 8c1e2f40-5b6a-4d3c-9e7f-0a1b2c3d4e5f \\\n           --mpn-id 1234567 --role sales-agent --default-provider \"Ingram Micro\" \\\n           --reseller-link 'https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=8c1e2f40-5b6a-4d3c-9e7f-0a1b2c3d4e5f&msppId=0&DAP=false#/BillingAccounts/partner-invitation'\n  csp init --force --name \"Contoso Reseller\" --tenant-id 8c1e2f40-5b6a-4d3c-9e7f-0a1b2c3d4e5f \\\n           --role admin-agent --online    # signed in: Partner Center's reseller link"
)]
pub struct InitArgs {
    /// Your company's name, as customers know it
    #[arg(long)]
    pub name: Option<String>,
    /// Your partner tenant ID (a GUID): the partnerId of every invitation link
    #[arg(long, value_name = "GUID")]
    pub tenant_id: Option<String>,
    /// Your PartnerID (MPN ID; Partner Center's PLA ID): the msppId of joint invitations, which need it
    #[arg(long, value_name = "ID")]
    pub mpn_id: Option<String>,
    /// Your role in Partner Center: global-admin, admin-agent and sales-agent record customers and invite; only global-admin and admin-agent remove and manage providers; the others read
    #[arg(long, value_enum)]
    pub role: Option<Role>,
    /// What kind of CSP partner you are [default: indirect-reseller]
    #[arg(long, value_enum)]
    pub kind: Option<PartnerKind>,
    /// Your usual indirect provider (distributor): plain `csp invite` then invites jointly with it, unless --no-provider
    #[arg(long, value_name = "P")]
    pub default_provider: Option<String>,
    /// The link Partner Center shows under Customers → Request a reseller relationship; used as it is
    #[arg(long, value_name = "URL", conflicts_with = "online")]
    pub reseller_link: Option<String>,
    /// Ask Partner Center for your reseller link (signed in: `csp login`, or CSP_MS_REFRESH_TOKEN) and keep it as the profile's reseller_link
    #[arg(long)]
    pub online: bool,
    /// With --online: print the request, send nothing, write nothing
    #[arg(long, requires = "online")]
    pub dry_run: bool,
    /// The name invitations are signed with
    #[arg(long)]
    pub sender_name: Option<String>,
    /// Your email address (the From of .eml drafts)
    #[arg(long)]
    pub email: Option<String>,
    /// The language of invitations by default
    #[arg(long, value_enum)]
    pub locale: Option<Locale>,
    /// Overwrite an existing profile
    #[arg(long)]
    pub force: bool,
}

pub fn run(app: &App, args: InitArgs) -> Result<()> {
    let path = app.config_path()?;
    // A config that cannot be read is never overwritten silently: its
    // templates and links would be lost. `--force` starts afresh.
    let mut file = match ConfigFile::load(&path) {
        Ok(file) => file,
        Err(_) if args.force => ConfigFile::default(),
        Err(e) => return Err(e),
    };
    if file.partner.tenant_id.is_some() && !args.force {
        return Err(
            Error::conflict(format!("a profile already exists in {}", path.display()))
                .with_hint("pass --force to overwrite it")
                .into(),
        );
    }
    let mut ask = app.ask();
    let name = ask.checked(args.name, "--name", "Your company's name", |s| {
        values::required_line("name", s).map(drop)
    })?;
    let tenant_id = ask.checked(
        args.tenant_id,
        "--tenant-id",
        "Your partner tenant ID (GUID)",
        |s| TenantId::parse(s).map(drop),
    )?;
    let roles: Vec<(Role, &str)> = Role::ALL.iter().map(|r| (*r, r.as_str())).collect();
    let role = ask.choice(
        args.role,
        "--role",
        "Your role in Partner Center",
        &roles,
        1,
    )?;
    ask.finish()?;
    let (Some(name), Some(tenant_id), Some(role)) = (name, tenant_id, role) else {
        return Err(Error::invalid("missing --name, --tenant-id or --role").into());
    };
    let name = values::required_line("name", &name)?;
    let tenant_id = TenantId::parse(&tenant_id)?;
    let mpn_id = match args.mpn_id {
        Some(m) => values::mpn_id(&m)?,
        None => None,
    };
    let sender_name = match args.sender_name {
        Some(s) => values::optional_line("sender name", &s)?,
        None => None,
    };
    let email = match args.email {
        Some(e) => Some(Email::parse(&e)?),
        None => None,
    };
    let kind = args.kind.unwrap_or_default();
    let default_provider = match args.default_provider {
        Some(p) => values::optional_line("default provider", &p)?,
        None => None,
    };
    if default_provider.is_some() && kind == PartnerKind::Direct {
        return Err(Error::invalid(
            "--default-provider is for an indirect reseller; a direct partner invites for itself",
        )
        .with_hint("drop --default-provider, or use --kind indirect-reseller")
        .into());
    }
    // Checked against the admin center this config names (sovereign clouds).
    let admin_center = file
        .links
        .admin_center
        .as_deref()
        .unwrap_or(crate::domain::profile::DEFAULT_ADMIN_CENTER)
        .trim()
        .trim_end_matches('/')
        .to_string();
    let reseller_link = match args.reseller_link {
        Some(link) => Some(crate::domain::link::check_reseller_link(
            &link,
            &admin_center,
            Some(tenant_id),
        )?),
        None if args.online => {
            match reseller_link_online(app, &file, &path, tenant_id, &admin_center, args.dry_run)? {
                Some(link) => Some(link),
                // --dry-run: the request is printed, nothing is written.
                None => return Ok(()),
            }
        }
        None => None,
    };
    file.partner.name = Some(name);
    file.partner.tenant_id = Some(tenant_id.to_string());
    file.partner.mpn_id = mpn_id;
    file.partner.role = Some(role.as_str().to_string());
    file.partner.sender_name = sender_name;
    file.partner.email = email.map(|e| e.to_string());
    file.partner.locale = Some(args.locale.unwrap_or_default().as_str().to_string());
    file.partner.kind = Some(kind.as_str().to_string());
    file.partner.default_provider = default_provider;
    file.partner.reseller_link = reseller_link;
    file.save(&path)?;
    app.output
        .note(format!("wrote the partner profile to {}", path.display()));
    Ok(())
}

/// `init --online`: Partner Center's reseller link for the partner being
/// set up (`GET /v1/customers/relationshiprequests`), signed in with the
/// `[microsoft]` settings and tenant this profile will have, checked as
/// `--reseller-link` is. `None` after `--dry-run` printed the request.
fn reseller_link_online(
    app: &App,
    file: &ConfigFile,
    path: &std::path::Path,
    tenant_id: TenantId,
    admin_center: &str,
    dry_run: bool,
) -> Result<Option<String>> {
    use crate::online::partner_center;
    let ms = crate::domain::profile::microsoft(&file.microsoft, Some(tenant_id), path)?;
    let request = partner_center::reseller_link_request(&ms.partner_center, None);
    if dry_run {
        app.output.note(format!(
            "would ask Partner Center for your reseller link; nothing is sent and {} is not written (--dry-run)",
            path.display()
        ));
        app.output.text(&request.describe())?;
        return Ok(None);
    }
    let mut online = app.online_with(&ms, path)?;
    app.output
        .note("asking Partner Center for your reseller link");
    let url = partner_center::reseller_link(&mut online, &request)?;
    let checked = crate::domain::link::check_reseller_link(&url, admin_center, Some(tenant_id))
        .map_err(|e| {
            Error::online(format!(
                "Partner Center's link is not one csp can use: {}",
                e.message
            ))
            .with_hint("paste the link from Partner Center with --reseller-link instead")
        })?;
    app.output
        .note("keeping Partner Center's reseller link as partner.reseller_link");
    Ok(Some(checked))
}
