//! The invitation record and its life: `draft → sent → accepted`, or
//! `cancelled`.

use crate::customer::word_enum;
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
    pub link: String,
    pub subject: String,
    pub body: String,
    pub locale: String,
    pub reference: Option<String>,
    pub created_at: String,
    pub sent_at: Option<String>,
    pub accepted_at: Option<String>,
}

impl crate::output::Record for Invitation {
    const FIELDS: &'static [&'static str] = &[
        "id",
        "kind",
        "status",
        "customer_id",
        "customer_domain",
        "provider_id",
        "to",
        "link",
        "subject",
        "body",
        "locale",
        "reference",
        "created_at",
        "sent_at",
        "accepted_at",
    ];
    // id, kind, status, customer domain, to, created
    const TABLE: &'static [usize] = &[0, 2, 1, 4, 6, 12];

    fn cell(&self, i: usize) -> std::borrow::Cow<'_, str> {
        use crate::output::opt;
        use std::borrow::Cow;
        match i {
            0 => Cow::Borrowed(&self.id),
            1 => Cow::Borrowed(self.kind.as_str()),
            2 => Cow::Borrowed(self.status.as_str()),
            3 => Cow::Borrowed(&self.customer_id),
            4 => Cow::Borrowed(&self.customer_domain),
            5 => opt(&self.provider_id),
            6 => opt(&self.to),
            7 => Cow::Borrowed(&self.link),
            8 => Cow::Borrowed(&self.subject),
            9 => Cow::Borrowed(&self.body),
            10 => Cow::Borrowed(&self.locale),
            11 => opt(&self.reference),
            12 => Cow::Borrowed(&self.created_at),
            13 => opt(&self.sent_at),
            14 => opt(&self.accepted_at),
            _ => Cow::Borrowed(""),
        }
    }
}
