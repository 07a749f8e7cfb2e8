//! The PostgreSQL side of `csp db copy`: reading a table's rows, and
//! loading a whole copy in one transaction.

use super::Store;
use crate::store::copy::{column_list, verify, Kind, Rows, Table, Value, TABLES};
use postgres::fallible_iterator::FallibleIterator;
use postgres::types::ToSql;

impl Store {
    pub(in crate::store) fn count(&self, table: &str) -> anyhow::Result<u64> {
        let n: i64 = super::lock(&self.client)
            .query_one(&format!("SELECT count(*) FROM {table}"), &[])?
            .get(0);
        Ok(n as u64)
    }

    pub(in crate::store) fn stream(
        &self,
        table: &Table,
        f: &mut dyn FnMut(&[Value]) -> anyhow::Result<()>,
    ) -> anyhow::Result<()> {
        let mut client = super::lock(&self.client);
        let sql = format!("SELECT {} FROM {}", column_list(table), table.0);
        let mut rows = client.query_raw(&sql, std::iter::empty::<&(dyn ToSql + Sync)>())?;
        let mut values = Vec::with_capacity(table.1.len());
        while let Some(row) = rows.next()? {
            values.clear();
            for (i, (_, kind)) in table.1.iter().enumerate() {
                values.push(match kind {
                    Kind::Text => row
                        .try_get::<_, Option<String>>(i)?
                        .map_or(Value::Null, Value::Text),
                    Kind::Bool => row
                        .try_get::<_, Option<bool>>(i)?
                        .map_or(Value::Null, Value::Bool),
                    Kind::Int32 => row
                        .try_get::<_, Option<i32>>(i)?
                        .map_or(Value::Null, |n| Value::Int(n.into())),
                    Kind::Int64 => row
                        .try_get::<_, Option<i64>>(i)?
                        .map_or(Value::Null, Value::Int),
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
        let server = self.server.clone();
        let mut client = super::lock(&self.client);
        let mut tx = client.transaction()?;
        tx.execute("SELECT pg_advisory_xact_lock($1)", &[&super::WRITE_LOCK])?;
        if replace {
            // Only the owner may: the audit log's trigger is off for this
            // transaction's deletes, then on again.
            let tables: Vec<&str> = TABLES.iter().map(|t| t.0).collect();
            tx.batch_execute(&format!(
                "ALTER TABLE audit_log DISABLE TRIGGER audit_log_is_append_only;
                 TRUNCATE {};
                 ALTER TABLE audit_log ENABLE TRIGGER audit_log_is_append_only;",
                tables.join(", ")
            ))
            .map_err(|e| super::refused(&server, e.into()))?;
        }
        let mut sent = Vec::new();
        for table in TABLES {
            let marks: Vec<String> = table
                .1
                .iter()
                .enumerate()
                .map(|(i, (_, kind))| match kind {
                    Kind::Text => format!("${}::text", i + 1),
                    Kind::Bool => format!("${}::boolean", i + 1),
                    Kind::Int32 => format!("${}::integer", i + 1),
                    Kind::Int64 => format!("${}::bigint", i + 1),
                })
                .collect();
            let overriding = if table.0 == "audit_log" {
                "OVERRIDING SYSTEM VALUE"
            } else {
                ""
            };
            let insert = tx.prepare(&format!(
                "INSERT INTO {} ({}) {overriding} VALUES ({})",
                table.0,
                column_list(table),
                marks.join(", ")
            ))?;
            let mut n = 0u64;
            rows(table, &mut |values| {
                let mut bound: Vec<Box<dyn ToSql + Sync>> = Vec::with_capacity(values.len());
                for (v, (_, kind)) in values.iter().zip(table.1) {
                    bound.push(match (v, kind) {
                        (Value::Null, Kind::Text) => Box::new(None::<String>),
                        (Value::Null, Kind::Bool) => Box::new(None::<bool>),
                        (Value::Null, Kind::Int32) => Box::new(None::<i32>),
                        (Value::Null, Kind::Int64) => Box::new(None::<i64>),
                        (Value::Text(t), _) => Box::new(t.clone()),
                        (Value::Bool(b), _) => Box::new(*b),
                        (Value::Int(i), Kind::Int32) => Box::new(i32::try_from(*i)?),
                        (Value::Int(i), Kind::Bool) => Box::new(*i != 0),
                        (Value::Int(i), _) => Box::new(*i),
                    });
                }
                let params: Vec<&(dyn ToSql + Sync)> = bound.iter().map(|b| &**b).collect();
                tx.execute(&insert, &params)?;
                n += 1;
                Ok(())
            })?;
            sent.push((table.0, n));
        }
        // The audit log's next id follows the copied ones.
        tx.batch_execute(
            "SELECT setval(pg_get_serial_sequence('audit_log', 'id'), coalesce(max(id), 0) + 1, false) FROM audit_log",
        )?;
        let counted = TABLES
            .iter()
            .map(|t| {
                let n: i64 = tx
                    .query_one(&format!("SELECT count(*) FROM {}", t.0), &[])?
                    .get(0);
                Ok((t.0, n as u64))
            })
            .collect::<anyhow::Result<Vec<_>>>()?;
        let counted = verify(counted, &sent)?;
        tx.commit()?;
        Ok(counted)
    }
}
