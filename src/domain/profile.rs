//! The partner profile and the rest of `config.toml`: who we are (the partner
//! tenant every invitation link names), the admin's role, and the settings.
//! `CSP_PARTNER_ID`, `CSP_PARTNER_NAME`, `CSP_ROLE` and `CSP_KIND` override
//! the file, so a fresh machine can invite without `csp init`.

use crate::domain::values::{Email, TenantId};
use crate::domain::word_enum::word_enum;
use crate::error::Error;
use anyhow::Context;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

word_enum! {
    /// The admin's role in Partner Center, which says what the admin may change
    /// (Microsoft's current role table; see [`Role::may`]).
    Role {
        GlobalAdmin = "global-admin",
        AdminAgent = "admin-agent",
        SalesAgent = "sales-agent",
        HelpdeskAgent = "helpdesk-agent",
        BillingAdmin = "billing-admin",
    }
}

impl Role {
    /// Partner Center's current role table: global admins, admin agents and
    /// sales agents may request reseller relationships (and so record
    /// customers and send invitations); removing a relationship and managing
    /// indirect providers stays with global admins and admin agents. Helpdesk
    /// agents and billing admins read.
    pub fn may(self, permission: Permission) -> bool {
        match permission {
            Permission::Record => matches!(
                self,
                Role::GlobalAdmin | Role::AdminAgent | Role::SalesAgent
            ),
            Permission::Manage | Permission::Gdap => {
                matches!(self, Role::GlobalAdmin | Role::AdminAgent)
            }
        }
    }
}

/// What a state-changing command needs the admin's role to allow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Permission {
    /// Record customers (add, update, import) and send reseller invitations
    /// (invite, done, accept, cancel, remind).
    Record,
    /// Remove a relationship, and manage indirect providers (add, remove,
    /// attach, detach).
    Manage,
    /// Manage GDAP admin relationships (Partner Center: admin agents).
    Gdap,
}

impl Permission {
    /// The roles that have it, for messages.
    fn roles(self) -> &'static str {
        match self {
            Permission::Record => "global-admin, admin-agent or sales-agent",
            Permission::Manage | Permission::Gdap => "global-admin or admin-agent",
        }
    }
    /// What it lets one do, for messages.
    fn what(self) -> &'static str {
        match self {
            Permission::Record => "recording customers and sending invitations",
            Permission::Manage => "removing a relationship and managing indirect providers",
            Permission::Gdap => "managing GDAP admin relationships",
        }
    }
}

/// What kind of CSP partner we are: an indirect reseller (the default) works
/// through an indirect provider and cannot remove a relationship itself; a
/// direct partner bills Microsoft directly.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "kebab-case")]
pub enum PartnerKind {
    #[default]
    IndirectReseller,
    Direct,
}

impl PartnerKind {
    pub fn as_str(self) -> &'static str {
        match self {
            PartnerKind::IndirectReseller => "indirect-reseller",
            PartnerKind::Direct => "direct",
        }
    }
    pub fn parse(s: &str) -> Result<PartnerKind, Error> {
        match s.trim() {
            "indirect-reseller" => Ok(PartnerKind::IndirectReseller),
            "direct" => Ok(PartnerKind::Direct),
            other => Err(Error::invalid(format!(
                "unknown partner kind '{other}': expected indirect-reseller or direct"
            ))),
        }
    }
}

/// The language of built-in invitation templates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Locale {
    #[default]
    En,
    Fr,
}

impl Locale {
    pub fn as_str(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Fr => "fr",
        }
    }
    pub fn parse(s: &str) -> Result<Locale, Error> {
        match s.trim() {
            "en" => Ok(Locale::En),
            "fr" => Ok(Locale::Fr),
            other => Err(Error::invalid(format!(
                "unknown language '{other}': expected en or fr"
            ))),
        }
    }
}

/// `[partner]` in config.toml, as written by `csp init`.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct PartnerSection {
    pub name: Option<String>,
    pub tenant_id: Option<String>,
    pub mpn_id: Option<String>,
    pub role: Option<String>,
    pub sender_name: Option<String>,
    pub email: Option<String>,
    pub locale: Option<String>,
    /// `indirect-reseller` (the default) or `direct`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// An indirect reseller's usual provider (a reference, as `P` anywhere).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default_provider: Option<String>,
    /// The link Partner Center shows under *Request a reseller relationship*.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reseller_link: Option<String>,
}

/// `[links]`: the admin center's address, changed for sovereign clouds.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct LinksSection {
    /// Default `https://admin.microsoft.com`.
    pub admin_center: Option<String>,
    /// Default `https://partner.microsoft.com`.
    pub partner_center: Option<String>,
}

/// `[microsoft]`: the partner's own Entra app and Microsoft's addresses,
/// changed for sovereign clouds (and, on the loopback only, for tests).
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
pub struct MicrosoftSection {
    /// Default `https://login.microsoftonline.com`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub login: Option<String>,
    /// Default `https://api.partnercenter.microsoft.com`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub partner_center: Option<String>,
    /// Default `https://graph.microsoft.com`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub graph: Option<String>,
    /// The application (client) ID of the partner's app registration.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
    /// The tenant to sign in to; default the partner tenant of `[partner]`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tenant: Option<String>,
}

/// `[clipboard]`: how long the background copy keeps serving the draft.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct ClipboardSection {
    pub hold_minutes: Option<u64>,
}

/// `[status]`: what `csp status` counts as waiting.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct StatusSection {
    /// Days after which a sent, unanswered invitation is shown to chase
    /// (1 to 365; default 14).
    pub chase_after_days: Option<i64>,
}

/// The whole config.toml. Templates stay raw TOML here: a broken template is
/// reported only when chosen, and never stops other commands.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct ConfigFile {
    #[serde(default)]
    pub partner: PartnerSection,
    #[serde(default, skip_serializing_if = "is_default_links")]
    pub links: LinksSection,
    #[serde(default, skip_serializing_if = "is_default_clipboard")]
    pub clipboard: ClipboardSection,
    #[serde(default, skip_serializing_if = "is_default_microsoft")]
    pub microsoft: MicrosoftSection,
    #[serde(default, skip_serializing_if = "is_default_status")]
    pub status: StatusSection,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub templates: BTreeMap<String, toml::Value>,
}

fn is_default_links(l: &LinksSection) -> bool {
    l.admin_center.is_none() && l.partner_center.is_none()
}
fn is_default_microsoft(m: &MicrosoftSection) -> bool {
    *m == MicrosoftSection::default()
}
fn is_default_status(s: &StatusSection) -> bool {
    s.chase_after_days.is_none()
}
fn is_default_clipboard(c: &ClipboardSection) -> bool {
    c.hold_minutes.is_none()
}

impl ConfigFile {
    /// Reads config.toml; a missing file is an empty config.
    pub fn load(path: &Path) -> anyhow::Result<ConfigFile> {
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(ConfigFile::default()),
            Err(e) => {
                return Err(e).with_context(|| format!("cannot read config {}", path.display()))
            }
        };
        toml::from_str(&text).map_err(|e| {
            let at = e
                .span()
                .map(|span| {
                    let (line, column) = line_and_column(&text, span.start);
                    format!(" at line {line}, column {column}")
                })
                .unwrap_or_default();
            Error::failure(format!(
                "config {} is not valid{at}: {}",
                path.display(),
                e.message().trim()
            ))
            .with_hint("fix the file, or write a new one with `csp init --force`")
            .into()
        })
    }

    /// Writes config.toml (creating its folder), replacing it atomically.
    pub fn save(&self, path: &Path) -> anyhow::Result<()> {
        let text = toml::to_string_pretty(self).context("cannot serialise the config")?;
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            crate::util::private_file::create_dir_private(dir)
                .with_context(|| format!("cannot create folder {}", dir.display()))?;
        }
        crate::util::private_file::write(path, text.as_bytes())
            .with_context(|| format!("cannot write {}", path.display()))
    }
}

/// The 1-based line and column (in characters) of byte `offset` in `text`.
fn line_and_column(text: &str, offset: usize) -> (usize, usize) {
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
    (line, column)
}

/// The partner profile in force: the file, overridden by the environment.
#[derive(Debug, Clone)]
pub struct Profile {
    pub name: Option<String>,
    pub tenant_id: Option<TenantId>,
    pub mpn_id: Option<String>,
    pub role: Option<Role>,
    pub sender_name: Option<String>,
    pub email: Option<Email>,
    pub locale: Locale,
    pub kind: PartnerKind,
    /// The provider `csp invite` invites jointly with unless `--no-provider`
    /// (indirect resellers only).
    pub default_provider: Option<String>,
    /// Partner Center's own reseller link, checked; used verbatim.
    pub reseller_link: Option<String>,
}

/// Where Microsoft's services answer and which app signs in: `[microsoft]`
/// with its defaults, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Microsoft {
    pub login: String,
    pub partner_center: String,
    pub graph: String,
    /// `CSP_MS_CLIENT_ID`, else `[microsoft] client_id`.
    pub client_id: Option<String>,
    /// `[microsoft] tenant`, else the partner tenant ID.
    pub tenant: Option<String>,
}

pub const DEFAULT_LOGIN: &str = "https://login.microsoftonline.com";
pub const DEFAULT_PARTNER_CENTER_API: &str = "https://api.partnercenter.microsoft.com";
pub const DEFAULT_GRAPH: &str = "https://graph.microsoft.com";

/// The loaded configuration: profile, links, clipboard, raw templates.
#[derive(Debug, Clone)]
pub struct Config {
    pub path: PathBuf,
    pub profile: Profile,
    pub admin_center: String,
    pub partner_center: String,
    pub microsoft: Microsoft,
    pub clipboard_hold_minutes: u64,
    /// `[status] chase_after_days`: an invitation sent (or last reminded)
    /// longer ago than this is shown by `csp status`.
    pub chase_after_days: u32,
    pub templates: BTreeMap<String, toml::Value>,
}

pub const DEFAULT_ADMIN_CENTER: &str = "https://admin.microsoft.com";
pub const DEFAULT_PARTNER_CENTER: &str = "https://partner.microsoft.com";

fn env_value(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}

impl Config {
    pub fn load(path: PathBuf) -> anyhow::Result<Config> {
        let file = ConfigFile::load(&path)?;
        let p = &file.partner;
        let in_file = |field: &str, e: Error| {
            Error::failure(format!(
                "config {}: partner.{field}: {}",
                path.display(),
                e.message
            ))
            .with_hint("fix the file, or write a new one with `csp init --force`")
        };
        let in_env = |var: &str, e: Error| Error::invalid(format!("{var}: {}", e.message));

        // Every value is checked as it enters, the file included: a hand
        // edit must not put a line break into an email header later.
        let name = match env_value("CSP_PARTNER_NAME") {
            Some(v) => Some(crate::domain::values::required_line(
                "CSP_PARTNER_NAME",
                &v,
            )?),
            None => match &p.name {
                Some(v) => Some(
                    crate::domain::values::required_line("name", v)
                        .map_err(|e| in_file("name", e))?,
                ),
                None => None,
            },
        };
        let sender_name = match &p.sender_name {
            Some(v) => crate::domain::values::optional_line("sender name", v)
                .map_err(|e| in_file("sender_name", e))?,
            None => None,
        };
        let mpn_id = match &p.mpn_id {
            Some(v) => crate::domain::values::mpn_id(v).map_err(|e| in_file("mpn_id", e))?,
            None => None,
        };
        let tenant_id = match env_value("CSP_PARTNER_ID") {
            Some(v) => Some(TenantId::parse(&v).map_err(|e| in_env("CSP_PARTNER_ID", e))?),
            None => match &p.tenant_id {
                Some(v) => Some(TenantId::parse(v).map_err(|e| in_file("tenant_id", e))?),
                None => None,
            },
        };
        let role = match env_value("CSP_ROLE") {
            Some(v) => Some(Role::parse_field(&v, "role").map_err(|e| in_env("CSP_ROLE", e))?),
            None => match &p.role {
                Some(v) => Some(Role::parse_field(v, "role").map_err(|e| in_file("role", e))?),
                None => None,
            },
        };
        let email = match &p.email {
            Some(v) => Some(Email::parse(v).map_err(|e| in_file("email", e))?),
            None => None,
        };
        let locale = match &p.locale {
            Some(v) => Locale::parse(v).map_err(|e| in_file("locale", e))?,
            None => Locale::En,
        };
        let kind = match env_value("CSP_KIND") {
            Some(v) => PartnerKind::parse(&v).map_err(|e| in_env("CSP_KIND", e))?,
            None => match &p.kind {
                Some(v) => PartnerKind::parse(v).map_err(|e| in_file("kind", e))?,
                None => PartnerKind::default(),
            },
        };
        let default_provider = match &p.default_provider {
            Some(v) => crate::domain::values::optional_line("default provider", v)
                .map_err(|e| in_file("default_provider", e))?,
            None => None,
        };
        let trim = |s: &Option<String>, d: &str| {
            s.as_deref()
                .unwrap_or(d)
                .trim()
                .trim_end_matches('/')
                .to_string()
        };
        let in_links = |key: &str, e: Error| {
            Error::failure(format!(
                "config {}: links.{key}: {}",
                path.display(),
                e.message
            ))
            .with_hint("an https address such as https://admin.microsoft.com")
        };
        if let Some(v) = &file.links.admin_center {
            check_link_base("admin_center", v).map_err(|e| in_links("admin_center", e))?;
        }
        if let Some(v) = &file.links.partner_center {
            check_link_base("partner_center", v).map_err(|e| in_links("partner_center", e))?;
        }
        let admin_center = trim(&file.links.admin_center, DEFAULT_ADMIN_CENTER);
        let reseller_link = match &p.reseller_link {
            Some(v) => Some(
                crate::domain::link::check_reseller_link(v, &admin_center, tenant_id)
                    .map_err(|e| in_file("reseller_link", e))?,
            ),
            None => None,
        };
        let microsoft = microsoft(&file.microsoft, tenant_id, &path)?;
        let chase_after_days = match file.status.chase_after_days {
            Some(days) => crate::domain::status::chase_after_days(days).map_err(|e| {
                Error::failure(format!(
                    "config {}: status.chase_after_days: {}",
                    path.display(),
                    e.message
                ))
                .with_hint("e.g. chase_after_days = 14 under [status]")
            })?,
            None => crate::domain::status::DEFAULT_CHASE_AFTER_DAYS,
        };
        Ok(Config {
            microsoft,
            chase_after_days,
            profile: Profile {
                name,
                tenant_id,
                mpn_id,
                role,
                sender_name,
                email,
                locale,
                kind,
                default_provider,
                reseller_link,
            },
            admin_center,
            partner_center: trim(&file.links.partner_center, DEFAULT_PARTNER_CENTER),
            clipboard_hold_minutes: file.clipboard.hold_minutes.unwrap_or(10),
            templates: file.templates,
            path,
        })
    }

    /// The role, when the command changes state: refused (status 4) unless
    /// the role has `permission`.
    pub fn require_role(&self, permission: Permission) -> Result<Role, Error> {
        match self.profile.role {
            None => Err(Error::not_allowed(format!(
                "no role is configured, and {} needs the {} role",
                permission.what(),
                permission.roles()
            ))
            .with_hint("run `csp init --role admin-agent …`, or set CSP_ROLE")),
            Some(r) if r.may(permission) => Ok(r),
            Some(r) if r.may(Permission::Record) => Err(Error::not_allowed(format!(
                "the {} role may record customers and send invitations, but {} needs the {} role",
                r.as_str(),
                permission.what(),
                permission.roles()
            ))
            .with_hint("ask an admin agent or a global admin to do it")),
            Some(r) => Err(Error::not_allowed(format!(
                "the {} role may read but not change records; {} needs the {} role",
                r.as_str(),
                permission.what(),
                permission.roles()
            ))
            .with_hint(match permission {
                Permission::Record => {
                    "ask a sales agent, an admin agent or a global admin to do it"
                }
                Permission::Manage | Permission::Gdap => {
                    "ask an admin agent or a global admin to do it"
                }
            })),
        }
    }

    /// The partner tenant ID that every invitation link carries.
    pub fn require_partner_id(&self) -> Result<TenantId, Error> {
        self.profile.tenant_id.ok_or_else(|| {
            Error::invalid("the partner tenant ID is not configured")
                .with_hint("run `csp init --tenant-id …`, or set CSP_PARTNER_ID")
        })
    }
}

/// A base address from `[links]`: every invitation link starts with it, so
/// it must be an `https` URL with a host and nothing a reader could not see
/// (control, bidi or invisible characters, spaces).
pub fn check_link_base(key: &str, value: &str) -> Result<(), Error> {
    let v = value.trim();
    if let Some(c) = v
        .chars()
        .find(|&c| c.is_control() || c.is_whitespace() || crate::util::terminal::is_invisible(c))
    {
        return Err(Error::invalid(format!(
            "{key} holds a character an address cannot have ({})",
            c.escape_unicode()
        )));
    }
    let Some(rest) = v.strip_prefix("https://") else {
        return Err(Error::invalid(format!(
            "{key} must be an https:// address, not '{v}'"
        )));
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    if host.is_empty() || host.contains('@') || v.len() > 2048 {
        return Err(Error::invalid(format!(
            "{key} must be an https:// address with a host name, not '{v}'"
        )));
    }
    Ok(())
}

/// `[microsoft]` checked: addresses are https (plain http only on the
/// loopback, for tests), the client ID and tenant are GUIDs (a tenant may
/// also be a domain such as `contoso.onmicrosoft.com`).
pub fn microsoft(
    m: &MicrosoftSection,
    partner: Option<TenantId>,
    path: &Path,
) -> Result<Microsoft, Error> {
    let in_file = |key: &str, e: Error| {
        Error::failure(format!(
            "config {}: microsoft.{key}: {}",
            path.display(),
            e.message
        ))
        .with_hint("an https address such as https://graph.microsoft.com, or a GUID")
    };
    let base = |key: &str, value: &Option<String>, default: &str| -> Result<String, Error> {
        match value {
            Some(v) => {
                check_api_base(key, v).map_err(|e| in_file(key, e))?;
                Ok(v.trim().trim_end_matches('/').to_string())
            }
            None => Ok(default.to_string()),
        }
    };
    let client_id = match env_value("CSP_MS_CLIENT_ID") {
        Some(v) => Some(
            TenantId::parse(&v)
                .map_err(|e| Error::invalid(format!("CSP_MS_CLIENT_ID: {}", e.message)))?
                .to_string(),
        ),
        None => match &m.client_id {
            Some(v) => Some(
                TenantId::parse(v)
                    .map_err(|e| in_file("client_id", e))?
                    .to_string(),
            ),
            None => None,
        },
    };
    let tenant = match &m.tenant {
        Some(v) => Some(match TenantId::parse(v) {
            Ok(t) => t.to_string(),
            Err(_) => crate::domain::values::Domain::parse(v)
                .map_err(|e| in_file("tenant", e))?
                .to_string(),
        }),
        None => partner.map(|t| t.to_string()),
    };
    Ok(Microsoft {
        login: base("login", &m.login, DEFAULT_LOGIN)?,
        partner_center: base(
            "partner_center",
            &m.partner_center,
            DEFAULT_PARTNER_CENTER_API,
        )?,
        graph: base("graph", &m.graph, DEFAULT_GRAPH)?,
        client_id,
        tenant,
    })
}

/// A base address of Microsoft's APIs: `https://` with a host, or — for a
/// test server on this machine only — `http://127.0.0.1` or
/// `http://localhost` (with a port), so that a token never crosses a
/// network in the clear.
pub fn check_api_base(key: &str, value: &str) -> Result<(), Error> {
    let v = value.trim();
    if let Some(rest) = v.strip_prefix("http://") {
        let host = rest.split(['/', '?', '#']).next().unwrap_or("");
        let name = host.rsplit_once(':').map_or(host, |(h, _)| h);
        if name == "127.0.0.1" || name == "localhost" {
            return Ok(());
        }
        return Err(Error::invalid(format!(
            "{key} must be an https:// address (plain http only for 127.0.0.1 or localhost), not '{v}'"
        )));
    }
    check_link_base(key, v)
}

/// The keys and sections of config.toml that csp does not know (a typo, a
/// setting of a newer csp): each is a warning naming it, not an error, so
/// an old csp still reads a newer file.
pub fn unknown_keys(path: &Path) -> Vec<String> {
    let Ok(text) = std::fs::read_to_string(path) else {
        return Vec::new();
    };
    let mut unknown = Vec::new();
    let Ok(deserializer) = toml::Deserializer::parse(&text) else {
        return Vec::new();
    };
    let parsed: Result<ConfigFile, _> =
        serde_ignored::deserialize(deserializer, |key| unknown.push(key.to_string()));
    match parsed {
        Ok(_) => unknown,
        Err(_) => Vec::new(),
    }
}

/// Fuzzing the config parser (`cargo test --lib profile::fuzz`, bounded: a
/// fixed number of cases): any config.toml is loaded or refused with an
/// error, never a panic; and what loads holds only checked values.
#[cfg(test)]
mod fuzz {
    use super::*;
    use proptest::prelude::*;

    fn config_text() -> impl Strategy<Value = String> {
        let line = prop_oneof![
            Just("[partner]".to_string()),
            Just("[links]".to_string()),
            Just("[clipboard]".to_string()),
            Just("[templates.t]".to_string()),
            "\\[[a-z.]{1,8}\\]",
            "(name|tenant_id|mpn_id|role|sender_name|email|locale|admin_center|partner_center|hold_minutes|subject|body|[a-z]{1,5}) = \"[^\"\\\\]{0,20}\"",
            "(hold_minutes|mpn_id) = -?[0-9]{1,20}",
            "\\PC{0,30}",
        ];
        proptest::collection::vec(line, 0..12).prop_map(|lines| lines.join("\n"))
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 512, failure_persistence: None, ..ProptestConfig::default() })]

        #[test]
        fn any_config_is_loaded_or_refused_never_a_panic(text in config_text()) {
            let dir = tempfile::tempdir().expect("temp dir");
            let path = dir.path().join("config.toml");
            std::fs::write(&path, &text).expect("write");
            let _ = unknown_keys(&path);
            if let Ok(config) = Config::load(path) {
                if let Some(name) = &config.profile.name {
                    prop_assert!(!name.chars().any(|c| c.is_control() || crate::util::terminal::is_invisible(c)));
                }
                prop_assert!(config.admin_center.starts_with("https://"));
                prop_assert!(config.partner_center.starts_with("https://"));
            }
        }
    }
}
