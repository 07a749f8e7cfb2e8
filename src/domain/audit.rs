//! The audit log: who changed what, when, to which record. Every command that
//! changes state appends exactly one entry in the same transaction as its
//! change; nothing edits or deletes an entry (the table's triggers refuse).

use crate::domain::profile::Role;
use serde::Serialize;

/// Who is acting: the OS user and the role in the profile.
#[derive(Debug, Clone)]
pub struct Actor {
    pub user: String,
    pub role: Option<Role>,
}

impl Actor {
    pub fn current(role: Option<Role>) -> Actor {
        // The account the system runs us as (getpwuid of the real uid on
        // Unix, the process token's account on Windows), never $USER,
        // $USERNAME or $LOGNAME: anyone can set those to anyone.
        let user = whoami::username()
            .ok()
            .filter(|u| !u.is_empty())
            .unwrap_or_else(|| "unknown".to_string());
        Actor { user, role }
    }
}

/// One change, as the command that made it describes it.
#[derive(Debug, Clone)]
pub struct Change {
    /// What happened, e.g. `customer.add`, `customer.import`, `invitation.accept`.
    pub action: &'static str,
    /// The kind of record: `customer`, `invitation`, `provider`, `provider_customer`.
    pub entity: &'static str,
    pub entity_id: Option<String>,
    /// The customer the change is about, so `csp log --customer` finds it.
    pub customer_id: Option<String>,
    pub reason: Option<String>,
    /// Before/after values, counts: free-form JSON.
    pub details: serde_json::Value,
}

/// An entry as `csp log` prints it.
#[derive(Debug, Clone, Serialize)]
pub struct LogEntry {
    pub id: i64,
    pub at: String,
    pub user: String,
    pub role: Option<String>,
    pub action: String,
    pub entity: String,
    pub entity_id: Option<String>,
    pub customer_id: Option<String>,
    pub reason: Option<String>,
    pub details: Option<serde_json::Value>,
}

/// Which entries `csp log` shows.
#[derive(Debug, Clone, Default)]
pub struct LogFilter {
    pub customer_id: Option<String>,
    pub since: Option<String>,
    pub limit: Option<u64>,
}
