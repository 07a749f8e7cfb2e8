//! Indirect providers (distributors) we are connected with. Connecting with a
//! provider does not bring us its customers; a provider may order for a
//! customer only when it holds its own reseller relationship with it.

use crate::customer::word_enum;
use serde::Serialize;

word_enum! {
    /// Whether we are still connected with the provider.
    ProviderStatus { Connected = "connected", Removed = "removed" }
}

/// A provider as stored and printed (`--json` field names are the contract).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Provider {
    pub id: String,
    pub name: String,
    pub tenant_id: String,
    pub mpn_id: Option<String>,
    pub location: Option<String>,
    pub status: ProviderStatus,
    pub connected_at: String,
    /// How many of our customers it holds its own relationship with (may order for).
    pub customer_count: u64,
}

/// For one connected provider: may it order for this customer, and if not, what to do.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OrderEligibility {
    pub provider: String,
    pub can_order: bool,
    pub hint: Option<String>,
}

impl crate::output::Record for Provider {
    const FIELDS: &'static [&'static str] = &[
        "id",
        "name",
        "tenant_id",
        "mpn_id",
        "location",
        "status",
        "connected_at",
        "customer_count",
    ];
    const TABLE: &'static [usize] = &[0, 1, 2, 4, 5, 7];

    fn cell(&self, i: usize) -> std::borrow::Cow<'_, str> {
        use crate::output::opt;
        use std::borrow::Cow;
        match i {
            0 => Cow::Borrowed(&self.id),
            1 => Cow::Borrowed(&self.name),
            2 => Cow::Borrowed(&self.tenant_id),
            3 => opt(&self.mpn_id),
            4 => opt(&self.location),
            5 => Cow::Borrowed(self.status.as_str()),
            6 => Cow::Borrowed(&self.connected_at),
            7 => Cow::Owned(self.customer_count.to_string()),
            _ => Cow::Borrowed(""),
        }
    }
}
