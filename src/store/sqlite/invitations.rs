use super::Db;
use crate::domain::invitation::{Invitation, InvitationStatus};
use crate::store::records::*;
use rusqlite::Row;

pub(crate) const INVITATION_COLUMNS: &str = "i.id, i.kind, i.status, i.customer_id, c.domain, i.provider_id,
     i.to_address, c.company_name, i.link, i.subject, i.body, i.locale, i.reference, i.created_at, i.sent_at,
     i.accepted_at, i.reminded_at, i.reminders";

pub(crate) fn invitation_from_row(row: &Row<'_>) -> rusqlite::Result<Invitation> {
    Ok(Invitation {
        id: row.get(0)?,
        kind: row.get(1)?,
        status: row.get(2)?,
        customer_id: row.get(3)?,
        customer_domain: row.get(4)?,
        provider_id: row.get(5)?,
        to: row.get(6)?,
        customer_name: row.get(7)?,
        link: row.get(8)?,
        subject: row.get(9)?,
        body: row.get(10)?,
        locale: row.get(11)?,
        reference: row.get(12)?,
        created_at: row.get(13)?,
        sent_at: row.get(14)?,
        accepted_at: row.get(15)?,
        reminded_at: row.get(16)?,
        reminders: row.get(17)?,
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

impl Db<'_> {
    pub fn insert_invitation(&self, new: &NewInvitation<'_>) -> anyhow::Result<()> {
        let sent_at = (new.status == InvitationStatus::Sent).then_some(new.now);
        self.conn
            .prepare_cached(
                "INSERT INTO invitations (id, kind, status, customer_id, provider_id, to_address,
                   link, subject, body, locale, reference, created_at, sent_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
            )?
            .execute(rusqlite::params![
                new.id,
                new.kind,
                new.status,
                new.customer_id,
                new.provider_id,
                new.to,
                new.link,
                new.subject,
                new.body,
                new.locale,
                new.reference,
                new.now,
                sent_at,
            ])?;
        Ok(())
    }

    pub fn invitation(&self, id: &str) -> anyhow::Result<Option<Invitation>> {
        use rusqlite::OptionalExtension;
        let sql = format!(
            "SELECT {INVITATION_COLUMNS} FROM invitations i JOIN customers c ON c.id = i.customer_id
             WHERE i.id = ?1"
        );
        Ok(self
            .conn
            .prepare_cached(&sql)?
            .query_row([id], invitation_from_row)
            .optional()?)
    }

    /// The invitations an id or an id prefix of 8+ characters names (at most `cap`).
    pub fn invitations_matching(
        &self,
        reference: &str,
        cap: usize,
    ) -> anyhow::Result<Vec<Invitation>> {
        let r = reference.trim().to_ascii_lowercase();
        let prefix_end = format!("{r}\u{10ffff}");
        let sql = format!(
            "SELECT {INVITATION_COLUMNS} FROM invitations i JOIN customers c ON c.id = i.customer_id
             WHERE i.id = ?1 OR (?2 AND i.id >= ?1 AND i.id < ?3)
             ORDER BY i.created_at, i.id LIMIT ?4"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(
            rusqlite::params![r, r.len() >= 8, prefix_end, cap as i64],
            invitation_from_row,
        )?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// A pending (draft or sent) invitation of this customer, alone
    /// (`provider_id` `None`) or with this provider.
    pub fn pending_invitation(
        &self,
        customer_id: &str,
        provider_id: Option<&str>,
    ) -> anyhow::Result<Option<Invitation>> {
        use rusqlite::OptionalExtension;
        let sql = format!(
            "SELECT {INVITATION_COLUMNS} FROM invitations i JOIN customers c ON c.id = i.customer_id
             WHERE i.customer_id = ?1 AND i.provider_id IS ?2 AND i.status IN ('draft', 'sent')
             ORDER BY i.created_at, i.id LIMIT 1"
        );
        Ok(self
            .conn
            .prepare_cached(&sql)?
            .query_row(
                rusqlite::params![customer_id, provider_id],
                invitation_from_row,
            )
            .optional()?)
    }

    /// A customer's pending (draft or sent) invitations, oldest first.
    pub fn pending_invitations_of_customer(
        &self,
        customer_id: &str,
    ) -> anyhow::Result<Vec<Invitation>> {
        let sql = format!(
            "SELECT {INVITATION_COLUMNS} FROM invitations i JOIN customers c ON c.id = i.customer_id
             WHERE i.customer_id = ?1 AND i.status IN ('draft', 'sent')
             ORDER BY i.created_at, i.id"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map([customer_id], invitation_from_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Moves an invitation to `status`, stamping the time of that step.
    pub fn set_invitation_status(
        &self,
        id: &str,
        status: InvitationStatus,
        now: &str,
    ) -> anyhow::Result<()> {
        let stamp = match status {
            InvitationStatus::Draft => "created_at",
            InvitationStatus::Sent => "sent_at",
            InvitationStatus::Accepted => "accepted_at",
            InvitationStatus::Cancelled => "cancelled_at",
        };
        self.conn
            .prepare_cached(&format!(
                "UPDATE invitations SET status = ?2, {stamp} = ?3 WHERE id = ?1"
            ))?
            .execute(rusqlite::params![id, status, now])?;
        Ok(())
    }

    /// Records a reminder: when, and one more of them.
    pub fn record_reminder(&self, id: &str, now: &str) -> anyhow::Result<()> {
        self.conn
            .prepare_cached(
                "UPDATE invitations SET reminded_at = ?2, reminders = reminders + 1 WHERE id = ?1",
            )?
            .execute(rusqlite::params![id, now])?;
        Ok(())
    }

    /// Whether the invitation's link asked for delegated admin privileges:
    /// only a legacy invitation, recorded before csp stopped producing
    /// `DAP=true` links, can say yes.
    pub fn invitation_delegated_admin(&self, id: &str) -> anyhow::Result<bool> {
        Ok(self
            .conn
            .prepare_cached("SELECT delegated_admin FROM invitations WHERE id = ?1")?
            .query_row([id], |r| r.get(0))?)
    }

    /// Streams the invitations a list shows, oldest first.
    pub fn for_each_invitation(
        &self,
        filter: &crate::domain::invitation::InvitationFilter,
        mut f: impl FnMut(Invitation) -> anyhow::Result<()>,
    ) -> anyhow::Result<()> {
        // `,draft,sent,` — the statuses wanted; NULL for every status.
        let statuses = (!filter.statuses.is_empty()).then(|| {
            let words: Vec<&str> = filter.statuses.iter().map(|s| s.as_str()).collect();
            format!(",{},", words.join(","))
        });
        let sql = format!(
            "SELECT {INVITATION_COLUMNS} FROM invitations i JOIN customers c ON c.id = i.customer_id
             WHERE (?1 IS NULL OR instr(?1, ',' || i.status || ',') > 0)
               AND (?2 IS NULL OR coalesce(i.sent_at, i.created_at) < ?2)
               AND (?3 IS NULL OR i.customer_id = ?3)
               AND (?4 IS NULL OR i.provider_id = ?4)
             ORDER BY i.created_at, i.id
             LIMIT ?5"
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let mut rows = stmt.query(rusqlite::params![
            statuses,
            filter.older_than,
            filter.customer_id,
            filter.provider_id,
            filter.limit.map(|l| l as i64).unwrap_or(-1),
        ])?;
        while let Some(row) = rows.next()? {
            f(invitation_from_row(row)?)?;
        }
        Ok(())
    }
}
