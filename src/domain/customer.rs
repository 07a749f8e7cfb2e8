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
#[derive(Debug, PartialEq, Serialize)]
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

impl Clone for Customer {
    fn clone(&self) -> Customer {
        let Customer {
            id,
            company_name,
            domain,
            tenant_id,
            domains,
            contact_name,
            contact_email,
            relationship,
            relationship_since,
            delegated_admin,
            admin_access,
            source,
            channel,
            tags,
            providers,
            created_at,
            updated_at,
            removed_at,
        } = self;
        Customer {
            id: id.clone(),
            company_name: company_name.clone(),
            domain: domain.clone(),
            tenant_id: tenant_id.clone(),
            domains: domains.clone(),
            contact_name: contact_name.clone(),
            contact_email: contact_email.clone(),
            relationship: *relationship,
            relationship_since: relationship_since.clone(),
            delegated_admin: *delegated_admin,
            admin_access: *admin_access,
            source: *source,
            channel: *channel,
            tags: tags.clone(),
            providers: providers.clone(),
            created_at: created_at.clone(),
            updated_at: updated_at.clone(),
            removed_at: removed_at.clone(),
        }
    }

    /// Field by field, into the strings and lists already there: a list
    /// that hands customers to another thread copies them without
    /// allocating once its buffers have grown. The source is taken apart
    /// whole, so a field added to `Customer` cannot be forgotten here.
    fn clone_from(&mut self, source: &Customer) {
        let Customer {
            id,
            company_name,
            domain,
            tenant_id,
            domains,
            contact_name,
            contact_email,
            relationship,
            relationship_since,
            delegated_admin,
            admin_access,
            source,
            channel,
            tags,
            providers,
            created_at,
            updated_at,
            removed_at,
        } = source;
        self.id.clone_from(id);
        self.company_name.clone_from(company_name);
        self.domain.clone_from(domain);
        self.tenant_id.clone_from(tenant_id);
        self.domains.clone_from(domains);
        self.contact_name.clone_from(contact_name);
        self.contact_email.clone_from(contact_email);
        self.relationship = *relationship;
        self.relationship_since.clone_from(relationship_since);
        self.delegated_admin = *delegated_admin;
        self.admin_access = *admin_access;
        self.source = *source;
        self.channel = *channel;
        self.tags.clone_from(tags);
        self.providers.clone_from(providers);
        self.created_at.clone_from(created_at);
        self.updated_at.clone_from(updated_at);
        self.removed_at.clone_from(removed_at);
    }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::gdap::AdminAccess;

    fn customer(n: u8) -> Customer {
        let text = |what: &str| format!("{what}-{n}");
        Customer {
            id: text("id"),
            company_name: text("name"),
            domain: text("domain"),
            tenant_id: Some(text("tenant")),
            domains: vec![text("other"); usize::from(n)],
            contact_name: (n == 1).then(|| text("contact")),
            contact_email: Some(text("email")),
            relationship: if n == 1 {
                Relationship::Active
            } else {
                Relationship::Removed
            },
            relationship_since: text("since"),
            delegated_admin: n == 1,
            admin_access: if n == 1 {
                AdminAccess::Active
            } else {
                AdminAccess::None
            },
            source: if n == 1 {
                Source::Manual
            } else {
                Source::Azure
            },
            channel: (n == 1).then_some(Channel::Other),
            tags: vec![text("tag")],
            providers: vec![text("provider"); usize::from(n)],
            created_at: text("created"),
            updated_at: text("updated"),
            removed_at: (n != 1).then(|| text("removed")),
        }
    }

    #[test]
    fn clone_from_copies_every_field_into_a_customer_that_differs_in_each() {
        let source = customer(1);
        let mut target = customer(2);
        assert_ne!(target, source);
        target.clone_from(&source);
        assert_eq!(target, source);
        assert_eq!(customer(2).clone(), customer(2));
    }
}
