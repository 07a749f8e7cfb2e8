//! `csp db copy`: a whole database from one engine to the other (or the
//! same), every table, in one transaction on the target, the counts checked
//! before it commits. The tables and columns are the same on both engines;
//! only their SQL types differ, which [`Kind`] bridges.

use super::{Engine, Store};
use crate::error::Error;

/// How a column's values travel between engines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    Text,
    /// 0/1 on SQLite, `boolean` on PostgreSQL.
    Bool,
    Int32,
    Int64,
}

/// One value of one row.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Value {
    Null,
    Text(String),
    Int(i64),
    Bool(bool),
}

/// A table and its columns, in an order that copies respect (a table after
/// those it references).
pub(super) type Table = (&'static str, &'static [(&'static str, Kind)]);

use Kind::{Bool, Int32, Int64, Text};

pub(super) const TABLES: &[Table] = &[
    (
        "customers",
        &[
            ("id", Text),
            ("company_name", Text),
            ("domain", Text),
            ("tenant_id", Text),
            ("contact_name", Text),
            ("contact_email", Text),
            ("relationship", Text),
            ("relationship_since", Text),
            ("delegated_admin", Bool),
            ("source", Text),
            ("channel", Text),
            ("tags", Text),
            ("partner_center_relationship", Text),
            ("created_at", Text),
            ("updated_at", Text),
            ("removed_at", Text),
        ],
    ),
    (
        "providers",
        &[
            ("id", Text),
            ("name", Text),
            ("tenant_id", Text),
            ("mpn_id", Text),
            ("location", Text),
            ("status", Text),
            ("connected_at", Text),
            ("removed_at", Text),
        ],
    ),
    (
        "invitations",
        &[
            ("id", Text),
            ("kind", Text),
            ("status", Text),
            ("customer_id", Text),
            ("provider_id", Text),
            ("to_address", Text),
            ("delegated_admin", Bool),
            ("link", Text),
            ("subject", Text),
            ("body", Text),
            ("locale", Text),
            ("reference", Text),
            ("created_at", Text),
            ("sent_at", Text),
            ("accepted_at", Text),
            ("cancelled_at", Text),
            ("reminded_at", Text),
            ("reminders", Int32),
        ],
    ),
    (
        "provider_customers",
        &[
            ("provider_id", Text),
            ("customer_id", Text),
            ("since", Text),
            ("invitation_id", Text),
        ],
    ),
    (
        "audit_log",
        &[
            ("id", Int64),
            ("at", Text),
            ("user", Text),
            ("role", Text),
            ("action", Text),
            ("entity", Text),
            ("entity_id", Text),
            ("customer_id", Text),
            ("reason", Text),
            ("details", Text),
        ],
    ),
    (
        "customer_domains",
        &[("domain", Text), ("customer_id", Text), ("added_at", Text)],
    ),
    (
        "gdap_relationships",
        &[
            ("id", Text),
            ("microsoft_id", Text),
            ("customer_id", Text),
            ("display_name", Text),
            ("roles", Text),
            ("duration_days", Int32),
            ("auto_extend", Bool),
            ("status", Text),
            ("requested_at", Text),
            ("request_expires_at", Text),
            ("activated_at", Text),
            ("ends_at", Text),
            ("terminated_at", Text),
            ("termination_reason", Text),
            ("approval_sent_at", Text),
            ("created_at", Text),
            ("updated_at", Text),
        ],
    ),
    (
        "gdap_access_assignments",
        &[
            ("relationship_id", Text),
            ("group_id", Text),
            ("group_name", Text),
            ("roles", Text),
            ("created_at", Text),
            ("updated_at", Text),
        ],
    ),
];

/// The columns of a table as a SELECT or INSERT lists them (quoted: the
/// audit log's `user` is a keyword on PostgreSQL).
pub(super) fn column_list(table: &Table) -> String {
    table
        .1
        .iter()
        .map(|(c, _)| format!("\"{c}\""))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Streams one table's rows.
pub(super) type Rows<'a> =
    dyn FnMut(&Table, &mut dyn FnMut(&[Value]) -> anyhow::Result<()>) -> anyhow::Result<()> + 'a;

impl Store {
    /// The number of rows of each table, in [`TABLES`] order.
    pub fn counts(&self) -> anyhow::Result<Vec<(&'static str, u64)>> {
        TABLES
            .iter()
            .map(|t| {
                let n = match &self.engine {
                    Engine::Sqlite(s) => s.count(t.0)?,
                    Engine::Postgres(s) => s.count(t.0)?,
                };
                Ok((t.0, n))
            })
            .collect()
    }

    /// Copies every table of this database into `target`, in one
    /// transaction there. A target that holds anything is refused unless
    /// `replace`; the counts are compared before the commit.
    pub fn copy_to(
        &self,
        target: &mut Store,
        replace: bool,
    ) -> anyhow::Result<Vec<(&'static str, u64)>> {
        if self.describe() == target.describe() {
            return Err(Error::invalid("the copy's target is the database it copies").into());
        }
        let expected = self.counts()?;
        let held: u64 = target.counts()?.iter().map(|(_, n)| n).sum();
        if held > 0 && !replace {
            return Err(Error::conflict(format!(
                "{} already holds csp data ({held} rows); nothing was copied",
                target.describe()
            ))
            .with_hint("pass --replace to replace everything it holds by this database's contents")
            .into());
        }
        let mut rows =
            |table: &Table, f: &mut dyn FnMut(&[Value]) -> anyhow::Result<()>| match &self.engine {
                Engine::Sqlite(s) => s.stream(table, f),
                Engine::Postgres(s) => s.stream(table, f),
            };
        let copied = match &mut target.engine {
            Engine::Sqlite(s) => s.load(replace, &mut rows)?,
            Engine::Postgres(s) => s.load(replace, &mut rows)?,
        };
        debug_assert_eq!(copied, expected);
        Ok(copied)
    }
}

/// Compares what the target holds, inside its transaction, to what was
/// read: a difference rolls the copy back.
pub(super) fn verify(
    counted: Vec<(&'static str, u64)>,
    sent: &[(&'static str, u64)],
) -> anyhow::Result<Vec<(&'static str, u64)>> {
    for ((table, have), (_, sent)) in counted.iter().zip(sent) {
        if have != sent {
            return Err(Error::failure(format!(
                "the copy of {table} holds {have} rows, not the {sent} read; nothing was copied"
            ))
            .into());
        }
    }
    Ok(counted)
}
