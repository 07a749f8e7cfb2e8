//! The SQLite side of `csp db copy`: reading a table's rows, and loading a
//! whole copy in one transaction.

use super::Store;
use crate::store::copy::{column_list, verify, Kind, Rows, Table, Value, TABLES};
use rusqlite::types::ValueRef;

/// The trigger that keeps the audit log append-only; a `--replace` drops it
/// and makes it again in the copy's transaction.
const AUDIT_DELETE_TRIGGER: &str =
    "CREATE TRIGGER audit_log_is_append_only_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;";

impl Store {
    pub(in crate::store) fn count(&self, table: &str) -> anyhow::Result<u64> {
        let n: i64 = self
            .conn
            .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))?;
        Ok(n as u64)
    }

    pub(in crate::store) fn stream(
        &self,
        table: &Table,
        f: &mut dyn FnMut(&[Value]) -> anyhow::Result<()>,
    ) -> anyhow::Result<()> {
        let mut stmt =
            self.conn
                .prepare(&format!("SELECT {} FROM {}", column_list(table), table.0))?;
        let mut rows = stmt.query([])?;
        let mut values = Vec::with_capacity(table.1.len());
        while let Some(row) = rows.next()? {
            values.clear();
            for (i, (_, kind)) in table.1.iter().enumerate() {
                values.push(match (row.get_ref(i)?, kind) {
                    (ValueRef::Null, _) => Value::Null,
                    (ValueRef::Integer(n), Kind::Bool) => Value::Bool(n != 0),
                    (ValueRef::Integer(n), _) => Value::Int(n),
                    (ValueRef::Text(t), _) => Value::Text(String::from_utf8(t.to_vec())?),
                    (other, _) => anyhow::bail!(
                        "{}.{} holds a {:?} value csp never writes",
                        table.0,
                        table.1[i].0,
                        other.data_type()
                    ),
                });
            }
            f(&values)?;
        }
        Ok(())
    }

    pub(in crate::store) fn load(
        &mut self,
        replace: bool,
        rows: &mut Rows<'_>,
    ) -> anyhow::Result<Vec<(&'static str, u64)>> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        if replace {
            tx.execute_batch("DROP TRIGGER audit_log_is_append_only_delete;")?;
            for table in TABLES.iter().rev() {
                tx.execute(&format!("DELETE FROM {}", table.0), [])?;
            }
            tx.execute_batch(AUDIT_DELETE_TRIGGER)?;
        }
        let mut sent = Vec::new();
        for table in TABLES {
            let marks: Vec<String> = (1..=table.1.len()).map(|i| format!("?{i}")).collect();
            let mut insert = tx.prepare(&format!(
                "INSERT INTO {} ({}) VALUES ({})",
                table.0,
                column_list(table),
                marks.join(", ")
            ))?;
            let mut n = 0u64;
            rows(table, &mut |values| {
                let params = values.iter().map(|v| match v {
                    Value::Null => rusqlite::types::Value::Null,
                    Value::Text(t) => rusqlite::types::Value::Text(t.clone()),
                    Value::Int(i) => rusqlite::types::Value::Integer(*i),
                    Value::Bool(b) => rusqlite::types::Value::Integer(i64::from(*b)),
                });
                insert.execute(rusqlite::params_from_iter(params))?;
                n += 1;
                Ok(())
            })?;
            sent.push((table.0, n));
        }
        let counted = TABLES
            .iter()
            .map(|t| {
                let n: i64 =
                    tx.query_row(&format!("SELECT count(*) FROM {}", t.0), [], |r| r.get(0))?;
                Ok((t.0, n as u64))
            })
            .collect::<anyhow::Result<Vec<_>>>()?;
        let counted = verify(counted, &sent)?;
        tx.commit()?;
        Ok(counted)
    }
}
