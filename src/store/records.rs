//! The values the store's API takes and returns beyond the domain's records:
//! what every engine reads and writes the same way.

use crate::domain::customer::{Channel, Relationship, Source};
use crate::domain::gdap::GdapStatus;
use crate::domain::invitation::{InvitationKind, InvitationStatus};

/// Tags are stored `;`-joined, the way CSV and TSV cells show them.
pub(crate) fn join_tags(tags: &[String]) -> String {
    tags.join(";")
}

/// One new customer of a bulk load — an import into a database that has no
/// customer yet. The caller has checked it against every other row of the
/// load (ids, domains and tenant IDs all distinct); the engine still proves
/// it, by its unique indexes, before the load commits.
#[derive(Debug, Clone)]
pub struct BulkCustomer {
    pub id: String,
    pub new: crate::domain::customer::NewCustomer,
    pub partner_center_relationship: Option<String>,
    /// Its domains besides `new.domain` (`customer_domains`).
    pub other_domains: Vec<String>,
}

/// A customer's details beyond the listed fields, for its card.
#[derive(Debug, Clone, Default)]
pub struct CustomerExtras {
    pub partner_center_relationship: Option<String>,
}

/// Fields `update` may change; `None` leaves a field as it is.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CustomerChanges {
    pub company_name: Option<String>,
    pub domain: Option<String>,
    pub tenant_id: Option<Option<String>>,
    pub contact_name: Option<Option<String>>,
    pub contact_email: Option<Option<String>>,
    pub delegated_admin: Option<bool>,
    pub tags: Option<Vec<String>>,
    pub relationship: Option<Relationship>,
    pub source: Option<Source>,
    pub channel: Option<Option<Channel>>,
    pub partner_center_relationship: Option<Option<String>>,
    /// When the relationship really started (`--since`).
    pub relationship_since: Option<String>,
}

/// A GDAP relationship as stored: what `gdap add`, `import` and the steps write.
#[derive(Debug, Clone, PartialEq)]
pub struct GdapRow {
    pub id: String,
    pub microsoft_id: Option<String>,
    pub customer_id: String,
    pub display_name: String,
    /// Role definition ids, lower-case.
    pub roles: Vec<String>,
    pub duration_days: u32,
    pub auto_extend: bool,
    pub status: GdapStatus,
    pub requested_at: Option<String>,
    pub request_expires_at: Option<String>,
    pub activated_at: Option<String>,
    pub ends_at: Option<String>,
    pub terminated_at: Option<String>,
    pub termination_reason: Option<String>,
    pub approval_sent_at: Option<String>,
}

/// An invitation about to be recorded.
#[derive(Debug, Clone)]
pub struct NewInvitation<'a> {
    pub id: &'a str,
    pub kind: InvitationKind,
    pub status: InvitationStatus,
    pub customer_id: &'a str,
    pub provider_id: Option<&'a str>,
    pub to: Option<&'a str>,
    pub link: &'a str,
    pub subject: &'a str,
    pub body: &'a str,
    pub locale: &'a str,
    pub reference: Option<&'a str>,
    pub now: &'a str,
}

/// A connected provider, and whether it holds its own relationship with one customer.
#[derive(Debug, Clone)]
pub struct ProviderLink {
    pub provider_id: String,
    pub provider_name: String,
    pub holds_relationship: bool,
}

/// An invitation waiting on the admin: sent and unanswered, or a draft.
#[derive(Debug, Clone, PartialEq)]
pub struct WaitingInvitation {
    pub id: String,
    pub customer_name: String,
    pub customer_domain: String,
    pub provider_name: Option<String>,
    pub created_at: String,
    pub sent_at: Option<String>,
    pub reminded_at: Option<String>,
    pub reminders: u32,
}

/// A GDAP relationship that needs attention, with its customer.
#[derive(Debug, Clone, PartialEq)]
pub struct GdapAttention {
    pub id: String,
    pub display_name: String,
    pub status: GdapStatus,
    /// Role definition ids, lower-case.
    pub roles: Vec<String>,
    pub auto_extend: bool,
    pub requested_at: Option<String>,
    pub request_expires_at: Option<String>,
    pub ends_at: Option<String>,
    pub customer_name: String,
    pub customer_domain: String,
    pub customer_removed_at: Option<String>,
}

/// A removed customer whose legacy DAP grant is still recorded.
#[derive(Debug, Clone, PartialEq)]
pub struct DapAfterRemoval {
    pub customer_name: String,
    pub customer_domain: String,
    pub removed_at: Option<String>,
}
