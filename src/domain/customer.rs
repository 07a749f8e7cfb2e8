//! The customer record and its states. A customer we already serve is
//! recorded `active`; one we only invited stays `invited` (out of the default
//! list) until it accepts; `removed` ends our reseller relationship but keeps
//! the history.

use serde::Serialize;

macro_rules! word_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $word:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, clap::ValueEnum)]
        pub enum $name { $( #[serde(rename = $word)] #[value(name = $word)] $variant ),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $word),+ }
            }
            pub fn parse(s: &str) -> Option<$name> {
                let s = s.trim();
                Self::ALL.iter().copied().find(|v| v.as_str().eq_ignore_ascii_case(s))
            }
            pub fn words() -> String {
                Self::ALL.iter().map(|v| v.as_str()).collect::<Vec<_>>().join(", ")
            }
            /// Like [`Self::parse`], for a value read from a file or a flag:
            /// an unknown word is status 2 naming the `field` and the choices.
            pub fn parse_field(s: &str, field: &str) -> Result<$name, crate::error::Error> {
                Self::parse(s).ok_or_else(|| {
                    crate::error::Error::invalid(format!(
                        "unknown {field} '{}': expected one of {}",
                        s.trim(),
                        Self::words()
                    ))
                })
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}
pub(crate) use word_enum;

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
    pub domain: String,
    pub tenant_id: Option<String>,
    pub contact_name: Option<String>,
    pub contact_email: Option<String>,
    pub relationship: Relationship,
    pub delegated_admin: bool,
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
    pub tag: Option<String>,
    pub channel: Option<Channel>,
    pub delegated_admin: bool,
    pub limit: Option<u64>,
}

impl crate::output::Record for Customer {
    const FIELDS: &'static [&'static str] = &[
        "id",
        "company_name",
        "domain",
        "tenant_id",
        "contact_name",
        "contact_email",
        "relationship",
        "delegated_admin",
        "source",
        "channel",
        "tags",
        "providers",
        "created_at",
        "updated_at",
        "removed_at",
    ];
    // id, company, domain, relationship, delegated admin, tags, providers
    const TABLE: &'static [usize] = &[0, 1, 2, 6, 7, 10, 11];

    fn cell(&self, i: usize) -> std::borrow::Cow<'_, str> {
        use crate::output::{opt, yes_no};
        use std::borrow::Cow;
        match i {
            0 => Cow::Borrowed(&self.id),
            1 => Cow::Borrowed(&self.company_name),
            2 => Cow::Borrowed(&self.domain),
            3 => opt(&self.tenant_id),
            4 => opt(&self.contact_name),
            5 => opt(&self.contact_email),
            6 => Cow::Borrowed(self.relationship.as_str()),
            7 => yes_no(self.delegated_admin),
            8 => Cow::Borrowed(self.source.as_str()),
            9 => Cow::Borrowed(self.channel.map(|c| c.as_str()).unwrap_or("")),
            10 => Cow::Owned(self.tags.join(";")),
            11 => Cow::Owned(self.providers.join(";")),
            12 => Cow::Borrowed(&self.created_at),
            13 => Cow::Borrowed(&self.updated_at),
            14 => opt(&self.removed_at),
            _ => Cow::Borrowed(""),
        }
    }
}
