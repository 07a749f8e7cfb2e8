//! Access control by the server: what a read-only or a writer role may do
//! on csp's tables. Nobody but the owner may UPDATE or DELETE the audit
//! log (and the owner is stopped by its trigger).

use super::Store;
use crate::error::Error;
use crate::store::Grant;

/// The tables a writer changes; the audit log is appended to only.
const WRITTEN: &[&str] = &[
    "customers",
    "providers",
    "invitations",
    "provider_customers",
    "customer_domains",
    "gdap_relationships",
    "gdap_access_assignments",
];

impl Store {
    pub fn grant(&mut self, role: &str, grant: Grant) -> anyhow::Result<()> {
        let server = self.server.clone();
        let mut client = super::lock(&self.client);
        let exists: bool = client
            .query_one(
                "SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = $1)",
                &[&role],
            )?
            .get(0);
        if !exists {
            return Err(Error::not_found(format!(
                "the database {server} has no role '{role}'"
            ))
            .with_hint(format!(
                "create it first, e.g. CREATE ROLE \"{role}\" LOGIN PASSWORD '…' (in psql, as the database's owner)"
            ))
            .into());
        }
        let quoted = quote_identifier(role);
        let mut sql = format!(
            "DO $$ BEGIN EXECUTE format('GRANT CONNECT ON DATABASE %I TO {quoted_escaped}', current_database()); END $$;
             GRANT USAGE ON SCHEMA public TO {quoted};
             GRANT SELECT ON ALL TABLES IN SCHEMA public TO {quoted};",
            quoted_escaped = quoted.replace('\'', "''"),
        );
        if grant == Grant::Writer {
            sql += &format!(
                "GRANT INSERT, UPDATE, DELETE ON {} TO {quoted};
                 GRANT INSERT ON audit_log TO {quoted};",
                WRITTEN.join(", ")
            );
        }
        let mut tx = client.transaction()?;
        tx.batch_execute(&sql)
            .map_err(|e| super::refused(&server, e.into()))?;
        tx.commit()?;
        Ok(())
    }
}

/// A role name as an SQL identifier, quoted as PostgreSQL quotes it.
fn quote_identifier(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}
