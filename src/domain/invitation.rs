//! The invitation record and its life: `draft → sent → accepted`, or
//! `cancelled`.

use crate::domain::word_enum::word_enum;
use serde::Serialize;

word_enum! {
    /// Where an invitation stands.
    InvitationStatus { Draft = "draft", Sent = "sent", Accepted = "accepted", Cancelled = "cancelled" }
}

word_enum! {
    /// A reseller relationship alone, or together with an indirect provider.
    InvitationKind { Reseller = "reseller", ResellerWithProvider = "reseller_with_provider" }
}

/// An invitation as stored and printed (`--json` field names are the contract).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Invitation {
    pub id: String,
    pub kind: InvitationKind,
    pub status: InvitationStatus,
    pub customer_id: String,
    pub customer_domain: String,
    pub provider_id: Option<String>,
    /// The address, optionally with a display name: `Ann Lee <ann@contoso.com>`.
    pub to: Option<String>,
    /// The customer's company name (from its record, as it is now).
    pub customer_name: String,
    pub link: String,
    pub subject: String,
    pub body: String,
    pub locale: String,
    pub reference: Option<String>,
    pub created_at: String,
    pub sent_at: Option<String>,
    pub accepted_at: Option<String>,
    /// When the last reminder was drafted (`csp invite remind`).
    pub reminded_at: Option<String>,
    /// How many reminders were drafted.
    pub reminders: u32,
}

impl Invitation {
    /// The date a list shows: when it was sent, or, for a draft never sent,
    /// when it was created.
    pub fn date_that_matters(&self) -> &str {
        self.sent_at.as_deref().unwrap_or(&self.created_at)
    }
}

/// Which invitations `csp invite list` shows.
#[derive(Debug, Clone, Default)]
pub struct InvitationFilter {
    /// Empty means every status.
    pub statuses: Vec<InvitationStatus>,
    /// Only those sent (or, never sent, created) before this time: the ones to chase.
    pub older_than: Option<String>,
    pub customer_id: Option<String>,
    pub provider_id: Option<String>,
    pub limit: Option<u64>,
}

impl InvitationStatus {
    /// Still waiting for the customer: a draft, or sent.
    pub fn is_pending(self) -> bool {
        matches!(self, InvitationStatus::Draft | InvitationStatus::Sent)
    }
}

/// `csp invite show`: the invitation (its customer's name included), its
/// provider's name, and its draft.
#[derive(Debug, Clone, Serialize)]
pub struct InvitationCard {
    #[serde(flatten)]
    pub invitation: Invitation,
    pub provider_name: Option<String>,
}
