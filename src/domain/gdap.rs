//! GDAP admin relationships (Microsoft Graph `delegatedAdminRelationship`):
//! the Entra role catalogue and its named sets, the relationship record and
//! its rules — 1 to 730 days, no auto-extend with Global Administrator, a
//! request that lapses after 90 days, an end moved on 180 days by each
//! auto-extension — and what a customer's admin access amounts to.

use crate::domain::values::{one_line, TenantId};
use crate::domain::word_enum::word_enum;
use crate::error::Error;
use chrono::{DateTime, Duration, Utc};
use serde::Serialize;

/// Global Administrator: Microsoft refuses auto-extend while it is granted.
pub const GLOBAL_ADMINISTRATOR: &str = "62e90394-69f5-4237-9190-012177145e10";

/// The longest relationship Microsoft grants, in days (`P730D`).
pub const MAX_DURATION_DAYS: u32 = 730;
/// Each auto-extension moves the end this far.
pub const AUTO_EXTEND_DAYS: i64 = 180;
/// A request not approved in this many days lapses.
pub const REQUEST_LAPSES_DAYS: i64 = 90;
/// A relationship ending sooner than this without auto-extend is `expiring`.
pub const EXPIRING_WITHIN_DAYS: i64 = 30;
/// Microsoft's limit on a relationship's display name.
pub const MAX_DISPLAY_NAME: usize = 50;

/// Entra built-in role templates a GDAP relationship may grant: name and
/// role definition id (PARTNER-CENTER.md §3).
pub const ROLES: &[(&str, &str)] = &[
    ("Global Administrator", GLOBAL_ADMINISTRATOR),
    ("Global Reader", "f2ef992c-3afb-46b9-b7cf-a126ee74c451"),
    ("Directory Readers", "88d8e3e3-8f55-4a1e-953a-9b9898b8876b"),
    ("Directory Writers", "9360feb5-f418-4baa-8175-e2a00bac4301"),
    ("User Administrator", "fe930be7-5e62-47db-91af-98c3a49a38b1"),
    (
        "Helpdesk Administrator",
        "729827e3-9c14-49f7-bb1b-9608f156bbb8",
    ),
    (
        "License Administrator",
        "4d6ac14f-3453-41d0-bef9-a3e0c569773a",
    ),
    (
        "Service Support Administrator",
        "f023fd81-a637-4b56-95fd-791ac0226033",
    ),
    (
        "Privileged Role Administrator",
        "e8611ab8-c189-46e8-94e1-60213ab1f814",
    ),
    (
        "Privileged Authentication Administrator",
        "7be44c8a-adaf-4e2a-84d6-ab2649e08a13",
    ),
    (
        "Application Administrator",
        "9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3",
    ),
    (
        "Cloud Application Administrator",
        "158c047a-c907-4556-b7ef-446551a6b5f7",
    ),
    (
        "Intune Administrator",
        "3a2c62db-5318-420d-8d74-23affee5d9d5",
    ),
    (
        "Exchange Administrator",
        "29232cdf-9323-42fd-ade2-1d097af3e4de",
    ),
    (
        "Security Administrator",
        "194ae4cb-b126-40b2-bd5b-6091b380977d",
    ),
    ("Security Reader", "5d6b6bb7-de71-4623-b4af-96380a352509"),
    (
        "Cloud App Security Administrator",
        "892c5842-a9a6-463a-8041-72aa08ca3cf6",
    ),
    (
        "Cloud Device Administrator",
        "7698a772-787b-4ac8-901f-60d6b08affd2",
    ),
    (
        "Teams Administrator",
        "69091246-20e8-4a56-aa4d-066075b2a7a8",
    ),
    (
        "SharePoint Administrator",
        "f28a1f50-f6e7-4571-818b-6a12f2af6b6c",
    ),
    (
        "Authentication Policy Administrator",
        "0526716b-113d-4c15-b2c8-68e3c22b9f80",
    ),
    (
        "Authentication Administrator",
        "c4e39bd9-1100-46d3-8c65-fb160da0071f",
    ),
    (
        "Billing Administrator",
        "b0f54661-2d74-4c50-afa3-1ec803f12efe",
    ),
    (
        "Domain Name Administrator",
        "8329153b-31d0-4727-b945-745eb3bc5f31",
    ),
    (
        "Password Administrator",
        "966707d0-3269-4727-9be2-8c3a10f19b9d",
    ),
    (
        "Groups Administrator",
        "fdd7a751-b60b-444a-984c-02652fe8fa1c",
    ),
    (
        "Conditional Access Administrator",
        "b1be1c3e-b65d-4f19-8427-f6fa0d97feb9",
    ),
    (
        "Compliance Administrator",
        "17315797-102d-40b4-93e0-432062caca18",
    ),
    (
        "Office Apps Administrator",
        "2b745bdf-0803-4d80-aa65-822c4493daac",
    ),
    (
        "Power Platform Administrator",
        "11648597-926c-4cf3-9c36-bcebb0ba8dcc",
    ),
    (
        "Dynamics 365 Administrator",
        "44367163-eba1-44c3-98af-f5787879f96a",
    ),
    (
        "Message Center Reader",
        "790c1fb9-7f7d-4f88-86a1-ef1f95c05c1b",
    ),
    ("Reports Reader", "4a5d8f65-41da-4de4-8968-e035b65339cf"),
];

/// The named role sets `--roles` accepts (PARTNER-CENTER.md §3).
pub const ROLE_SETS: &[(&str, &str, &[&str])] = &[
    (
        "default",
        "Microsoft's default GDAP relationship",
        &[
            "Directory Readers",
            "Directory Writers",
            "License Administrator",
            "Service Support Administrator",
            "User Administrator",
            "Privileged Role Administrator",
            "Helpdesk Administrator",
            "Privileged Authentication Administrator",
            "Global Reader",
        ],
    ),
    (
        "least-privilege",
        "read and support roles only",
        &[
            "Global Reader",
            "Directory Readers",
            "Service Support Administrator",
            "Reports Reader",
            "Message Center Reader",
        ],
    ),
    (
        "cipp",
        "the roles the CIPP community tool requires",
        &[
            "Application Administrator",
            "User Administrator",
            "Intune Administrator",
            "Exchange Administrator",
            "Security Administrator",
            "Cloud App Security Administrator",
            "Cloud Device Administrator",
            "Teams Administrator",
            "SharePoint Administrator",
            "Authentication Policy Administrator",
            "Privileged Role Administrator",
            "Privileged Authentication Administrator",
        ],
    ),
];

/// The catalogue name of a role definition id, if it is in the catalogue.
pub fn role_name(id: &str) -> Option<&'static str> {
    ROLES
        .iter()
        .find(|(_, rid)| rid.eq_ignore_ascii_case(id))
        .map(|(name, _)| *name)
}

fn role_id(name: &str) -> Option<&'static str> {
    let wanted = squash(name);
    ROLES
        .iter()
        .find(|(n, _)| squash(n) == wanted)
        .map(|(_, id)| *id)
}

/// A name compared ignoring case, spaces, hyphens and underscores, so
/// `global-reader`, `GlobalReader` and `Global Reader` are one role.
fn squash(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The role ids of a named set, in the set's order.
pub fn role_set(name: &str) -> Option<Vec<&'static str>> {
    let (_, _, members) = ROLE_SETS
        .iter()
        .find(|(n, _, _)| n.eq_ignore_ascii_case(name.trim()))?;
    Some(members.iter().filter_map(|m| role_id(m)).collect())
}

/// The names of the sets a role belongs to.
pub fn sets_of(id: &str) -> Vec<&'static str> {
    ROLE_SETS
        .iter()
        .filter(|(_, _, members)| {
            members
                .iter()
                .any(|m| role_id(m).is_some_and(|r| r.eq_ignore_ascii_case(id)))
        })
        .map(|(n, _, _)| *n)
        .collect()
}

/// `--roles`: comma-separated role names (any case), role definition ids
/// (GUIDs, catalogued or not), or named sets; duplicates dropped, order
/// kept. Returns lower-case ids.
pub fn parse_roles(input: &str) -> Result<Vec<String>, Error> {
    let mut ids: Vec<String> = Vec::new();
    let push = |id: &str, ids: &mut Vec<String>| {
        let id = id.to_ascii_lowercase();
        if !ids.contains(&id) {
            ids.push(id);
        }
    };
    for item in input.split(',').map(str::trim).filter(|s| !s.is_empty()) {
        if let Some(set) = role_set(item) {
            for id in set {
                push(id, &mut ids);
            }
        } else if let Some(id) = role_id(item) {
            push(id, &mut ids);
        } else if let Ok(guid) = TenantId::parse(item) {
            push(&guid.to_string(), &mut ids);
        } else {
            return Err(Error::invalid(format!(
                "unknown role '{}': expected a role name, a role definition id (GUID), or a set ({})",
                item.escape_debug(),
                ROLE_SETS.iter().map(|(n, _, _)| *n).collect::<Vec<_>>().join(", ")
            ))
            .with_hint("`csp gdap roles` lists the role names, their ids and the sets"));
        }
    }
    if ids.is_empty() {
        return Err(Error::invalid("--roles names no role")
            .with_hint("`csp gdap roles` lists the role names, their ids and the sets"));
    }
    Ok(ids)
}

/// `--duration 730d`: days (`730d`, `730`, or Graph's `P730D`), 1 to 730.
pub fn parse_duration(input: &str) -> Result<u32, Error> {
    let s = input.trim();
    let digits = s
        .strip_prefix(['P', 'p'])
        .unwrap_or(s)
        .trim_end_matches(['d', 'D']);
    let days: u64 = digits.parse().map_err(|_| {
        Error::invalid(format!(
            "invalid duration '{s}': expected a number of days, like 730d"
        ))
    })?;
    check_duration(days)
}

fn check_duration(days: u64) -> Result<u32, Error> {
    if days == 0 || days > u64::from(MAX_DURATION_DAYS) {
        return Err(Error::invalid(format!(
            "a GDAP relationship lasts 1 to {MAX_DURATION_DAYS} days, not {days}"
        ))
        .with_hint("Microsoft's limit is 730 days (P730D); with auto-extend it then goes on 180 days at a time"));
    }
    Ok(days as u32)
}

/// An ISO 8601 duration as Graph writes it (`P730D`, `P2Y`, `P180D`,
/// `PT0S`), in whole days.
pub fn iso_days(input: &str) -> Option<u64> {
    let s = input.trim().to_ascii_uppercase();
    let rest = s.strip_prefix('P')?;
    if rest.starts_with('T') {
        // Only a time part (`PT0S`): less than a day.
        return Some(0);
    }
    let (date, _time) = rest.split_once('T').unwrap_or((rest, ""));
    let mut days = 0u64;
    let mut number = String::new();
    for c in date.chars() {
        if c.is_ascii_digit() {
            number.push(c);
            continue;
        }
        let n: u64 = number.parse().ok()?;
        number.clear();
        days += n * match c {
            'Y' => 365,
            'M' => 30,
            'W' => 7,
            'D' => 1,
            _ => return None,
        };
    }
    number.is_empty().then_some(days)
}

/// Graph's `duration` in days, checked like `--duration`.
pub fn graph_duration(input: &str) -> Result<u32, Error> {
    let days = iso_days(input).ok_or_else(|| {
        Error::invalid(format!(
            "invalid duration '{}': expected ISO 8601 like P730D",
            input.escape_debug()
        ))
    })?;
    check_duration(days)
}

/// A relationship's display name: one line, at most 50 characters.
pub fn display_name(input: &str) -> Result<String, Error> {
    let name = one_line("display name", input)?;
    if name.is_empty() {
        return Err(Error::invalid("a GDAP relationship needs a display name"));
    }
    let n = name.chars().count();
    if n > MAX_DISPLAY_NAME {
        return Err(Error::invalid(format!(
            "display name '{name}' has {n} characters; Microsoft allows at most {MAX_DISPLAY_NAME}"
        )));
    }
    Ok(name)
}

/// Graph's relationship id: two GUIDs joined by `-` (or one GUID), kept
/// lower-cased.
pub fn microsoft_id(input: &str) -> Result<String, Error> {
    let s = input.trim();
    let bad = || {
        Error::invalid(format!(
            "invalid Microsoft relationship id '{}': expected Graph's id, two GUIDs joined by '-' like 5d027261-d21f-4aa9-b7db-7fa1f56fb163-8777b240-c6f0-4469-9e98-a3205431b836",
            s.escape_debug()
        ))
    };
    let ok = match s.len() {
        36 => TenantId::parse(s).is_ok(),
        73 => {
            s.as_bytes()[36] == b'-'
                && TenantId::parse(&s[..36]).is_ok()
                && TenantId::parse(&s[37..]).is_ok()
        }
        _ => false,
    };
    if !ok {
        return Err(bad());
    }
    Ok(s.to_ascii_lowercase())
}

/// Refuses auto-extend while Global Administrator is among the roles, as
/// Microsoft does.
pub fn check_auto_extend(auto_extend: bool, roles: &[String]) -> Result<(), Error> {
    if auto_extend && roles.iter().any(|r| r == GLOBAL_ADMINISTRATOR) {
        return Err(Error::invalid(
            "auto-extend is not allowed while Global Administrator is among the roles (Microsoft refuses it)",
        )
        .with_hint("leave out --auto-extend, or drop Global Administrator from the roles"));
    }
    Ok(())
}

word_enum! {
    /// Where a relationship stands, in Graph's words (snake_case here).
    GdapStatus {
        Created = "created",
        ApprovalPending = "approval_pending",
        Approved = "approved",
        Activating = "activating",
        Active = "active",
        Expiring = "expiring",
        Expired = "expired",
        TerminationRequested = "termination_requested",
        Terminating = "terminating",
        Terminated = "terminated",
    }
}

impl GdapStatus {
    /// Graph's camelCase word (`approvalPending`) or ours (`approval_pending`).
    pub fn parse_graph(word: &str) -> Option<GdapStatus> {
        let mut snake = String::new();
        for c in word.trim().chars() {
            if c.is_ascii_uppercase() {
                snake.push('_');
                snake.push(c.to_ascii_lowercase());
            } else {
                snake.push(c);
            }
        }
        GdapStatus::parse(&snake)
    }

    /// Waiting for the customer's approval (or Microsoft's activation).
    pub fn is_pending(self) -> bool {
        matches!(
            self,
            GdapStatus::Created
                | GdapStatus::ApprovalPending
                | GdapStatus::Approved
                | GdapStatus::Activating
        )
    }

    /// In force: the roles are granted.
    pub fn is_in_force(self) -> bool {
        matches!(self, GdapStatus::Active | GdapStatus::Expiring)
    }

    /// On its way out, or out, by a termination.
    pub fn is_terminated(self) -> bool {
        matches!(
            self,
            GdapStatus::TerminationRequested | GdapStatus::Terminating | GdapStatus::Terminated
        )
    }
}

word_enum! {
    /// What admin access we hold in a customer's tenant, all relationships
    /// and a legacy DAP grant considered.
    AdminAccess {
        None = "none",
        Pending = "pending",
        Active = "active",
        Expiring = "expiring",
        Expired = "expired",
        LegacyDap = "legacy-dap",
    }
}

impl AdminAccess {
    /// Whether we can administer the tenant now (an admin center link works).
    pub fn is_held(self) -> bool {
        matches!(
            self,
            AdminAccess::Active | AdminAccess::Expiring | AdminAccess::LegacyDap
        )
    }
}

/// A role as a relationship lists it: its id, and its name when the
/// catalogue knows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GdapRole {
    pub id: String,
    pub name: Option<String>,
}

impl GdapRole {
    pub fn new(id: &str) -> GdapRole {
        GdapRole {
            id: id.to_string(),
            name: role_name(id).map(str::to_string),
        }
    }
    /// The name, or the id of a role the catalogue does not know.
    pub fn label(&self) -> &str {
        self.name.as_deref().unwrap_or(&self.id)
    }
}

/// Roles from their ids.
pub fn roles(ids: &[String]) -> Vec<GdapRole> {
    ids.iter().map(|id| GdapRole::new(id)).collect()
}

/// Which partner security group holds which of the relationship's roles.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AccessAssignment {
    pub group_id: String,
    pub group_name: Option<String>,
    pub roles: Vec<GdapRole>,
}

/// A GDAP relationship as printed (`--json` field names are the contract).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GdapRelationship {
    pub id: String,
    pub microsoft_id: Option<String>,
    pub customer_id: String,
    pub customer_domain: String,
    pub display_name: String,
    pub roles: Vec<GdapRole>,
    pub duration_days: u32,
    pub auto_extend: bool,
    pub status: GdapStatus,
    pub requested_at: Option<String>,
    pub request_expires_at: Option<String>,
    pub activated_at: Option<String>,
    pub ends_at: Option<String>,
    pub terminated_at: Option<String>,
    pub access_assignments: Vec<AccessAssignment>,
    /// Where the customer approves it; only while it awaits approval.
    pub approval_link: Option<String>,
}

/// The card of `gdap show`: the record and what only the card shows.
#[derive(Debug, Clone, Serialize)]
pub struct GdapCard {
    #[serde(flatten)]
    pub relationship: GdapRelationship,
    pub customer_name: String,
    pub approval_sent_at: Option<String>,
    pub termination_reason: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

/// Which relationships `gdap list` shows.
#[derive(Debug, Clone, Default)]
pub struct GdapFilter {
    pub customer_id: Option<String>,
    /// As the record shows it (brought up to date by the clock).
    pub status: Option<GdapStatus>,
    /// In force and ending within this long without auto-extend.
    pub expiring_within: Option<Duration>,
}

impl GdapFilter {
    pub fn matches(&self, r: &GdapRelationship, now: DateTime<Utc>) -> bool {
        if self.status.is_some_and(|s| s != r.status) {
            return false;
        }
        if let Some(window) = self.expiring_within {
            let ends = r.ends_at.as_deref().and_then(parse_time);
            let ending = r.status.is_in_force()
                && !r.auto_extend
                && ends.is_some_and(|e| e > now && e <= now + window);
            if !ending {
                return false;
            }
        }
        true
    }
}

/// `--expiring 30d`: how far ahead, in days (`d`), weeks (`w`) or hours (`h`).
pub fn parse_window(input: &str) -> Result<Duration, Error> {
    let s = input.trim();
    let bad = || {
        Error::invalid(format!(
            "invalid period '{s}': expected a number and a unit, like 30d, 2w or 48h"
        ))
    };
    let at = s.find(|c: char| !c.is_ascii_digit()).ok_or_else(bad)?;
    let n: i64 = s[..at].parse().map_err(|_| bad())?;
    match &s[at..] {
        "d" => Duration::try_days(n),
        "w" => Duration::try_weeks(n),
        "h" => Duration::try_hours(n),
        _ => None,
    }
    .filter(|d| *d <= Duration::days(100 * 365))
    .ok_or_else(bad)
}

pub fn parse_time(s: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(s)
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

fn format_time(t: DateTime<Utc>) -> String {
    crate::util::time::format(t)
}

/// `ends_at` = activation + duration.
pub fn end_of(activated_at: &str, duration_days: u32) -> Option<String> {
    parse_time(activated_at)
        .and_then(|t| t.checked_add_signed(Duration::days(i64::from(duration_days))))
        .map(format_time)
}

/// When a request made at `requested_at` lapses (90 days later).
pub fn request_expiry(requested_at: &str) -> Option<String> {
    parse_time(requested_at)
        .and_then(|t| t.checked_add_signed(Duration::days(REQUEST_LAPSES_DAYS)))
        .map(format_time)
}

/// The end in force at `now`: an auto-extending relationship whose recorded
/// end has passed was extended by Microsoft, 180 days at a time, so its end
/// is the first step after `now`. (csp sees no network: this is what
/// Microsoft does unless someone turned auto-extend off in the portal.)
pub fn effective_end(ends_at: &str, auto_extend: bool, now: DateTime<Utc>) -> Option<String> {
    let mut end = parse_time(ends_at)?;
    if auto_extend && end <= now {
        let step = Duration::days(AUTO_EXTEND_DAYS);
        let steps = (now - end).num_seconds() / step.num_seconds() + 1;
        end = end.checked_add_signed(step * steps as i32)?;
    }
    Some(format_time(end))
}

/// The approval link the customer opens, with the relationship's id.
pub fn approval_link(admin_center: &str, microsoft_id: &str) -> String {
    format!(
        "{}/AdminPortal/Home#/partners/invitation/granularAdminRelationships/{microsoft_id}",
        admin_center.trim().trim_end_matches('/')
    )
}

impl GdapRelationship {
    /// The record as it stands at `now`, from what was recorded: an
    /// auto-extended end moved on; a relationship past its end `expired`;
    /// a request past its 90 days `expired` (lapsed); the approval link
    /// while it awaits approval. Nothing is written back: the stored row
    /// keeps what was recorded.
    pub fn as_of(mut self, now: DateTime<Utc>, admin_center: &str) -> GdapRelationship {
        if self.status.is_in_force() || self.status == GdapStatus::Expired {
            if let Some(end) = self.ends_at.as_deref() {
                let effective = effective_end(end, self.auto_extend, now);
                if let Some(e) = effective {
                    if self.status.is_in_force() {
                        if parse_time(&e).is_some_and(|t| t <= now) {
                            self.status = GdapStatus::Expired;
                        }
                        self.ends_at = Some(e);
                    }
                }
            }
        }
        if matches!(
            self.status,
            GdapStatus::Created | GdapStatus::ApprovalPending
        ) && self
            .request_expires_at
            .as_deref()
            .and_then(parse_time)
            .is_some_and(|t| t <= now)
        {
            self.status = GdapStatus::Expired;
        }
        self.approval_link = match (&self.microsoft_id, self.status) {
            (Some(id), GdapStatus::Created | GdapStatus::ApprovalPending) => {
                Some(approval_link(admin_center, id))
            }
            _ => None,
        };
        self
    }

    pub fn role_ids(&self) -> Vec<String> {
        self.roles.iter().map(|r| r.id.clone()).collect()
    }

    /// In force and ending within 30 days without auto-extend.
    pub fn is_expiring(&self, now: DateTime<Utc>) -> bool {
        self.status.is_in_force()
            && !self.auto_extend
            && self
                .ends_at
                .as_deref()
                .and_then(parse_time)
                .is_some_and(|e| e <= now + Duration::days(EXPIRING_WITHIN_DAYS))
    }
}

/// A customer's admin access from its relationships (each already
/// [`GdapRelationship::as_of`] `now`) and its legacy DAP flag. The best
/// access wins: active, then expiring, then a legacy DAP grant, then a
/// pending request, then expired ones; terminated relationships grant
/// nothing. The customer list computes the same in SQL
/// (`store::gdap::ADMIN_ACCESS_SQL`).
pub fn admin_access(
    relationships: &[GdapRelationship],
    legacy_dap: bool,
    now: DateTime<Utc>,
) -> AdminAccess {
    let rank = |r: &GdapRelationship| -> u8 {
        match r.status {
            s if s.is_in_force() && r.is_expiring(now) => 2,
            s if s.is_in_force() => 1,
            s if s.is_pending() => 4,
            GdapStatus::Expired => 5,
            _ => 6,
        }
    };
    let best = relationships
        .iter()
        .map(rank)
        .chain(legacy_dap.then_some(3))
        .min()
        .unwrap_or(6);
    match best {
        1 => AdminAccess::Active,
        2 => AdminAccess::Expiring,
        3 => AdminAccess::LegacyDap,
        4 => AdminAccess::Pending,
        5 => AdminAccess::Expired,
        _ => AdminAccess::None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> DateTime<Utc> {
        parse_time(s).unwrap()
    }

    #[test]
    fn the_sets_name_only_catalogued_roles() {
        for (name, _, members) in ROLE_SETS {
            assert_eq!(
                role_set(name).unwrap().len(),
                members.len(),
                "set {name} names a role the catalogue lacks"
            );
        }
        assert_eq!(role_set("default").unwrap().len(), 9);
        assert_eq!(role_set("least-privilege").unwrap().len(), 5);
        assert_eq!(role_set("cipp").unwrap().len(), 12);
    }

    #[test]
    fn roles_parse_by_name_id_or_set() {
        assert_eq!(
            parse_roles("global reader, F2EF992C-3AFB-46B9-B7CF-A126EE74C451").unwrap(),
            ["f2ef992c-3afb-46b9-b7cf-a126ee74c451"]
        );
        assert_eq!(
            parse_roles("GlobalReader").unwrap(),
            ["f2ef992c-3afb-46b9-b7cf-a126ee74c451"]
        );
        let set = parse_roles("least-privilege,Reports Reader").unwrap();
        assert_eq!(set.len(), 5);
        let unknown = parse_roles("Global Reader,Coffee Maker").unwrap_err();
        assert!(unknown.message.contains("Coffee Maker"));
        assert!(parse_roles(" , ").is_err());
        // Any GUID is a role definition id, catalogued or not.
        assert_eq!(
            parse_roles("11111111-2222-4333-8444-555555555555").unwrap(),
            ["11111111-2222-4333-8444-555555555555"]
        );
    }

    #[test]
    fn durations_are_1_to_730_days() {
        assert_eq!(parse_duration("730d").unwrap(), 730);
        assert_eq!(parse_duration("P30D").unwrap(), 30);
        assert_eq!(parse_duration("1").unwrap(), 1);
        assert!(parse_duration("731d").is_err());
        assert!(parse_duration("0d").is_err());
        assert!(parse_duration("2y").is_err());
        assert_eq!(graph_duration("P2Y").unwrap(), 730);
        assert_eq!(iso_days("PT0S"), Some(0));
        assert_eq!(iso_days("P180D"), Some(180));
    }

    #[test]
    fn microsoft_ids_are_graph_ids() {
        let id = "5D027261-d21f-4aa9-b7db-7fa1f56fb163-8777b240-c6f0-4469-9e98-a3205431b836";
        assert_eq!(microsoft_id(id).unwrap(), id.to_ascii_lowercase());
        assert!(microsoft_id("5d027261").is_err());
        assert!(microsoft_id(
            "5d027261-d21f-4aa9-b7db-7fa1f56fb163x8777b240-c6f0-4469-9e98-a3205431b836"
        )
        .is_err());
    }

    #[test]
    fn graph_statuses_map_to_ours() {
        assert_eq!(
            GdapStatus::parse_graph("approvalPending"),
            Some(GdapStatus::ApprovalPending)
        );
        assert_eq!(
            GdapStatus::parse_graph("terminationRequested"),
            Some(GdapStatus::TerminationRequested)
        );
        assert_eq!(GdapStatus::parse_graph("active"), Some(GdapStatus::Active));
        assert_eq!(GdapStatus::parse_graph("bogus"), None);
    }

    fn relationship(status: GdapStatus, ends_at: Option<&str>, auto: bool) -> GdapRelationship {
        GdapRelationship {
            id: "r".into(),
            microsoft_id: Some("m".into()),
            customer_id: "c".into(),
            customer_domain: "fabrikam.com".into(),
            display_name: "x".into(),
            roles: roles(&["f2ef992c-3afb-46b9-b7cf-a126ee74c451".to_string()]),
            duration_days: 730,
            auto_extend: auto,
            status,
            requested_at: None,
            request_expires_at: Some("2026-01-01T00:00:00Z".into()),
            activated_at: None,
            ends_at: ends_at.map(str::to_string),
            terminated_at: None,
            access_assignments: Vec::new(),
            approval_link: None,
        }
    }

    #[test]
    fn an_auto_extended_end_moves_180_days_at_a_time() {
        let now = at("2026-06-01T00:00:00Z");
        assert_eq!(
            effective_end("2026-05-01T00:00:00Z", true, now).unwrap(),
            "2026-10-28T00:00:00Z"
        );
        assert_eq!(
            effective_end("2026-05-01T00:00:00Z", false, now).unwrap(),
            "2026-05-01T00:00:00Z"
        );
        assert_eq!(
            effective_end("2026-07-01T00:00:00Z", true, now).unwrap(),
            "2026-07-01T00:00:00Z"
        );
    }

    #[test]
    fn statuses_follow_the_clock() {
        let now = at("2026-06-01T00:00:00Z");
        let past = Some("2026-05-01T00:00:00Z");
        let r = relationship(GdapStatus::Active, past, false).as_of(now, "https://a");
        assert_eq!(r.status, GdapStatus::Expired);
        let r = relationship(GdapStatus::Active, past, true).as_of(now, "https://a");
        assert_eq!(r.status, GdapStatus::Active);
        let r = relationship(GdapStatus::ApprovalPending, None, false).as_of(now, "https://a");
        assert_eq!(r.status, GdapStatus::Expired, "the request lapsed");
        assert!(r.approval_link.is_none());
    }

    #[test]
    fn admin_access_is_the_best_access_held() {
        let now = at("2026-06-01T00:00:00Z");
        let long = relationship(GdapStatus::Active, Some("2027-06-01T00:00:00Z"), false);
        let soon = relationship(GdapStatus::Active, Some("2026-06-20T00:00:00Z"), false);
        let soon_auto = relationship(GdapStatus::Active, Some("2026-06-20T00:00:00Z"), true);
        let pending = relationship(GdapStatus::ApprovalPending, None, false);
        let expired = relationship(GdapStatus::Expired, None, false);
        let gone = relationship(GdapStatus::Terminated, None, false);
        assert_eq!(admin_access(&[], false, now), AdminAccess::None);
        assert_eq!(admin_access(&[], true, now), AdminAccess::LegacyDap);
        assert_eq!(
            admin_access(&[soon.clone(), long], true, now),
            AdminAccess::Active
        );
        assert_eq!(
            admin_access(std::slice::from_ref(&soon), true, now),
            AdminAccess::Expiring
        );
        assert_eq!(admin_access(&[soon_auto], false, now), AdminAccess::Active);
        let mut fresh = pending.clone();
        fresh.request_expires_at = None;
        assert_eq!(
            admin_access(&[fresh, expired.clone()], false, now),
            AdminAccess::Pending
        );
        assert_eq!(admin_access(&[expired], false, now), AdminAccess::Expired);
        assert_eq!(admin_access(&[gone], false, now), AdminAccess::None);
    }
}
