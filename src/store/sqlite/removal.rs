use super::Db;
use rusqlite::params;

impl Db<'_> {
    /// Cancels a customer's pending (draft or sent) invitations when its
    /// relationship ends; returns their ids, oldest first. Accepted and
    /// already cancelled ones stay as they were: they are history.
    pub fn cancel_pending_invitations(
        &self,
        customer_id: &str,
        now: &str,
    ) -> anyhow::Result<Vec<String>> {
        let ids: Vec<String> = self
            .conn
            .prepare_cached(
                "SELECT id FROM invitations
                 WHERE customer_id = ?1 AND status IN ('draft', 'sent') ORDER BY created_at, id",
            )?
            .query_map([customer_id], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        let mut cancel = self.conn.prepare_cached(
            "UPDATE invitations SET status = 'cancelled', cancelled_at = ?2 WHERE id = ?1",
        )?;
        for id in &ids {
            cancel.execute(params![id, now])?;
        }
        Ok(ids)
    }
}
