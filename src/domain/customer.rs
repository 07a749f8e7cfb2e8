//! The customer record and its states. A customer we already serve is
//! recorded `active`; one we only invited stays `invited` (out of the default
//! list) until it accepts; `removed` ends our reseller relationship but keeps
//! the history.

use serde::Serialize;

use crate::domain::word_enum::word_enum;

word_enum! {
    /// Our reseller relationship with the customer.
    Relationship { Active = "active", Invited = "invited", Removed = "removed" }
}

word_enum! {
    /// Where the record came from.
    Source {
        Office365 = "office365",
        Azure = "azure",
        PartnerCenter = "partner-center",
        Invitation = "invitation",
        Manual = "manual",
    }
}

word_enum! {
    /// How a new customer found us.
    Channel {
        Marketing = "marketing",
        MicrosoftReferral = "microsoft-referral",
        IndirectProvider = "indirect-provider",
        Other = "other",
    }
}

/// A customer as stored and as printed (`--json` field names are the contract).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Customer {
    pub id: String,
    pub company_name: String,
    /// The primary domain: the one people use.
    pub domain: String,
    pub tenant_id: Option<String>,
    /// Every domain known for its tenant, the primary one first.
    pub domains: Vec<String>,
    pub contact_name: Option<String>,
    pub contact_email: Option<String>,
    pub relationship: Relationship,
    /// When the relationship took its current state (`--since` for
    /// customers served long before csp).
    pub relationship_since: String,
    /// A legacy DAP grant is still recorded.
    pub delegated_admin: bool,
    /// What admin access we hold in its tenant (GDAP relationships, legacy DAP).
    pub admin_access: crate::domain::gdap::AdminAccess,
    pub source: Source,
    pub channel: Option<Channel>,
    pub tags: Vec<String>,
    /// Names of the indirect providers that hold their own relationship with it.
    pub providers: Vec<String>,
    pub created_at: String,
    pub updated_at: String,
    pub removed_at: Option<String>,
}

/// The fields a customer is created with (add, import, a new invitation).
#[derive(Debug, Clone, PartialEq)]
pub struct NewCustomer {
    pub company_name: String,
    pub domain: crate::domain::values::Domain,
    pub tenant_id: Option<crate::domain::values::TenantId>,
    pub contact_name: Option<String>,
    pub contact_email: Option<crate::domain::values::Email>,
    pub relationship: Relationship,
    /// When the relationship really started (RFC 3339); `None` is now.
    pub relationship_since: Option<String>,
    pub delegated_admin: bool,
    pub source: Source,
    pub channel: Option<Channel>,
    pub tags: Vec<String>,
}

/// Which customers a list shows.
#[derive(Debug, Clone, Default)]
pub struct CustomerFilter {
    /// `None` means every relationship (`--status all`).
    pub relationship: Option<Relationship>,
    /// Prefix of the company name or the domain, case-insensitive (ASCII).
    pub search: Option<String>,
    pub provider_id: Option<String>,
    /// Only customers this provider holds no relationship with (it cannot
    /// order for them).
    pub not_provider_id: Option<String>,
    pub tag: Option<String>,
    pub channel: Option<Channel>,
    pub delegated_admin: bool,
    /// Only customers whose admin access is one of these.
    pub admin_access: Option<Vec<crate::domain::gdap::AdminAccess>>,
    pub limit: Option<u64>,
}
