//! What waits on the admin (`csp status`): one item per thing to do, each
//! with how serious it is, what it is about, since when, and the command
//! that deals with it. The rules that find them are in `ops::status`.

use crate::domain::word_enum::word_enum;
use crate::error::Error;
use serde::Serialize;

/// `[status] chase_after_days` when the config does not say.
pub const DEFAULT_CHASE_AFTER_DAYS: u32 = 14;
/// The longest `chase_after_days` may be (a year).
pub const MAX_CHASE_AFTER_DAYS: u32 = 365;
/// A GDAP request this close to lapsing (90 days after it was made) is shown.
pub const REQUEST_LAPSES_WITHIN_DAYS: i64 = 14;

word_enum! {
    /// `warning`: admin access is lost, lapsing or left behind — act soon.
    /// `info`: work waiting on the admin that loses nothing by waiting a day.
    Severity {
        Warning = "warning",
        Info = "info",
    }
}

word_enum! {
    /// What an item is about; the order here is the order `csp status` prints.
    AttentionKind {
        AdminAccessAfterRemoval = "admin-access-after-removal",
        GdapExpired = "gdap-expired",
        GdapRequestLapsing = "gdap-request-lapsing",
        GdapEnding = "gdap-ending",
        InvitationUnanswered = "invitation-unanswered",
        InvitationDraft = "invitation-draft",
        NoAdminAccess = "no-admin-access",
        ProviderCannotOrder = "provider-cannot-order",
    }
}

impl AttentionKind {
    pub fn severity(self) -> Severity {
        match self {
            AttentionKind::AdminAccessAfterRemoval
            | AttentionKind::GdapExpired
            | AttentionKind::GdapRequestLapsing
            | AttentionKind::GdapEnding => Severity::Warning,
            AttentionKind::InvitationUnanswered
            | AttentionKind::InvitationDraft
            | AttentionKind::NoAdminAccess
            | AttentionKind::ProviderCannotOrder => Severity::Info,
        }
    }
}

/// One thing that needs attention (`--json` field names are the contract).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StatusItem {
    pub kind: AttentionKind,
    pub severity: Severity,
    /// What it is about: a customer, an invitation, a relationship, or a
    /// count of customers.
    pub subject: String,
    pub detail: String,
    /// When the condition started (RFC 3339), or null for a count.
    pub since: Option<String>,
    /// The command that deals with it (or lists the customers it counts).
    pub command: String,
}

impl StatusItem {
    pub fn new(
        kind: AttentionKind,
        subject: String,
        detail: String,
        since: Option<String>,
        command: String,
    ) -> StatusItem {
        StatusItem {
            kind,
            severity: kind.severity(),
            subject,
            detail,
            since,
            command,
        }
    }
}

/// How many of something were found, where counting stops at a bound so
/// that counting stays fast whatever the size: "1000+".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Count {
    pub n: u64,
    /// Counting stopped at `n`: there are at least that many.
    pub at_least: bool,
}

impl std::fmt::Display for Count {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}{}", self.n, if self.at_least { "+" } else { "" })
    }
}

/// `[status] chase_after_days`: 1 to 365.
pub fn chase_after_days(value: i64) -> Result<u32, Error> {
    if (1..=i64::from(MAX_CHASE_AFTER_DAYS)).contains(&value) {
        Ok(value as u32)
    } else {
        Err(Error::invalid(format!(
            "chase_after_days must be a number of days from 1 to {MAX_CHASE_AFTER_DAYS}, not {value}"
        )))
    }
}

/// A value as one shell word, so an item's command can be pasted as is:
/// plain words stay bare, anything else is single-quoted.
pub fn shell_word(value: &str) -> String {
    let plain = !value.is_empty()
        && value
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "._-@:/+=,%".contains(c));
    if plain {
        value.to_string()
    } else {
        format!("'{}'", value.replace('\'', r"'\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shell_words_quote_only_what_needs_it() {
        assert_eq!(shell_word("fabrikam.com"), "fabrikam.com");
        assert_eq!(shell_word("Ingram Micro"), "'Ingram Micro'");
        assert_eq!(shell_word("O'Neil $HOME"), r"'O'\''Neil $HOME'");
        assert_eq!(shell_word(""), "''");
    }

    #[test]
    fn chase_after_days_is_a_day_to_a_year() {
        assert_eq!(chase_after_days(1).ok(), Some(1));
        assert_eq!(chase_after_days(365).ok(), Some(365));
        assert!(chase_after_days(0).is_err());
        assert!(chase_after_days(366).is_err());
        assert!(chase_after_days(-3).is_err());
    }

    #[test]
    fn counts_say_when_they_stopped() {
        let c = Count {
            n: 1000,
            at_least: true,
        };
        assert_eq!(c.to_string(), "1000+");
    }
}
