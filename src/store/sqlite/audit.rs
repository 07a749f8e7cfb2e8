use super::Db;
use crate::domain::audit::{Actor, Change, LogEntry, LogFilter};
use rusqlite::params;

impl Db<'_> {
    /// Appends one audit entry; call it inside the change's own transaction.
    pub fn append_audit(&self, actor: &Actor, change: &Change) -> anyhow::Result<()> {
        let details = if change.details.is_null() {
            None
        } else {
            Some(change.details.to_string())
        };
        self.conn
            .prepare_cached(
                "INSERT INTO audit_log (at, user, role, action, entity, entity_id, customer_id, reason, details)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            )?
            .execute(params![
                crate::store::now(),
                actor.user,
                actor.role,
                change.action,
                change.entity,
                change.entity_id,
                change.customer_id,
                change.reason,
                details,
            ])?;
        Ok(())
    }

    /// Streams the entries, newest first.
    pub fn for_each_log_entry(
        &self,
        filter: &LogFilter,
        mut f: impl FnMut(LogEntry) -> anyhow::Result<()>,
    ) -> anyhow::Result<()> {
        let mut stmt = self.conn.prepare(
            "SELECT id, at, user, role, action, entity, entity_id, customer_id, reason, details
             FROM audit_log
             WHERE (?1 IS NULL OR customer_id = ?1)
               AND (?2 IS NULL OR at >= ?2)
             ORDER BY id DESC
             LIMIT ?3",
        )?;
        let limit = filter.limit.map(|l| l as i64).unwrap_or(-1);
        let mut rows = stmt.query(params![filter.customer_id, filter.since, limit])?;
        while let Some(row) = rows.next()? {
            let details: Option<String> = row.get(9)?;
            f(LogEntry {
                id: row.get(0)?,
                at: row.get(1)?,
                user: row.get(2)?,
                role: row.get(3)?,
                action: row.get(4)?,
                entity: row.get(5)?,
                entity_id: row.get(6)?,
                customer_id: row.get(7)?,
                reason: row.get(8)?,
                details: details.and_then(|d| serde_json::from_str(&d).ok()),
            })?;
        }
        Ok(())
    }
}
