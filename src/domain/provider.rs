//! Indirect providers (distributors) we are connected with. Connecting with a
//! provider does not bring us its customers; a provider may order for a
//! customer only when it holds its own reseller relationship with it.

use crate::domain::customer::Relationship;
use crate::domain::invitation::Invitation;
use crate::domain::word_enum::word_enum;
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
    /// How many of our active customers it holds its own relationship with
    /// (may order for).
    pub customer_count: u64,
}

/// The fields a provider is connected with (`providers add`).
#[derive(Debug, Clone, PartialEq)]
pub struct NewProvider {
    pub name: String,
    pub tenant_id: crate::domain::values::TenantId,
    pub mpn_id: Option<String>,
    pub location: Option<String>,
}

/// Which providers `providers list` shows.
#[derive(Debug, Clone, Default)]
pub struct ProviderFilter {
    /// `None` means every provider, removed ones included.
    pub status: Option<ProviderStatus>,
    pub limit: Option<u64>,
}

/// For one connected provider: may it order for this customer, and if not, what to do.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OrderEligibility {
    pub provider: String,
    pub can_order: bool,
    pub hint: Option<String>,
}

/// One customer a provider holds its own reseller relationship with.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ProviderCustomer {
    /// The customer's id.
    pub id: String,
    pub company_name: String,
    pub domain: String,
    /// Our own relationship with the customer.
    pub relationship: Relationship,
    /// When the provider's relationship was recorded.
    pub since: String,
    /// The joint invitation that created it; `null` when it was attached.
    pub invitation_id: Option<String>,
}

/// The provider card (`providers show`): the record, the customers it holds
/// a relationship with, and its joint invitations.
#[derive(Debug, Clone, Serialize)]
pub struct ProviderCard {
    #[serde(flatten)]
    pub provider: Provider,
    pub removed_at: Option<String>,
    pub customers: Vec<ProviderCustomer>,
    pub invitations: Vec<Invitation>,
}

/// What `providers remove` did: the provider as it now stands, and its joint
/// invitations still pending, which removal reports but leaves as they are.
#[derive(Debug, Clone, Serialize)]
pub struct ProviderRemoval {
    #[serde(flatten)]
    pub provider: Provider,
    pub removed_at: Option<String>,
    pub pending_invitations: Vec<Invitation>,
}
