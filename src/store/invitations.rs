use super::Db;
use crate::invitation::{Invitation, InvitationKind, InvitationStatus};
use rusqlite::Row;

pub(crate) const INVITATION_COLUMNS: &str = "i.id, i.kind, i.status, i.customer_id, c.domain, i.provider_id,
     i.to_address, i.link, i.subject, i.body, i.locale, i.reference, i.created_at, i.sent_at, i.accepted_at";

pub(crate) fn invitation_from_row(row: &Row<'_>) -> rusqlite::Result<Invitation> {
    let kind: String = row.get(1)?;
    let status: String = row.get(2)?;
    let bad = |i: usize, what: &str, v: &str| {
        rusqlite::Error::FromSqlConversionFailure(
            i,
            rusqlite::types::Type::Text,
            format!("unknown {what} '{v}' in the database").into(),
        )
    };
    Ok(Invitation {
        id: row.get(0)?,
        kind: InvitationKind::parse(&kind).ok_or_else(|| bad(1, "invitation kind", &kind))?,
        status: InvitationStatus::parse(&status)
            .ok_or_else(|| bad(2, "invitation status", &status))?,
        customer_id: row.get(3)?,
        customer_domain: row.get(4)?,
        provider_id: row.get(5)?,
        to: row.get(6)?,
        link: row.get(7)?,
        subject: row.get(8)?,
        body: row.get(9)?,
        locale: row.get(10)?,
        reference: row.get(11)?,
        created_at: row.get(12)?,
        sent_at: row.get(13)?,
        accepted_at: row.get(14)?,
    })
}

impl Db<'_> {
    /// A customer's invitations, oldest first (for its card).
    pub fn invitations_of_customer(&self, customer_id: &str) -> anyhow::Result<Vec<Invitation>> {
        let sql = format!(
            "SELECT {INVITATION_COLUMNS} FROM invitations i JOIN customers c ON c.id = i.customer_id
             WHERE i.customer_id = ?1 ORDER BY i.created_at, i.id"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map([customer_id], invitation_from_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}
