//! A bulk load of customers into an empty table (an import): see
//! `Db::begin_bulk_load` in the store's API.

use super::Db;
use crate::store::BulkCustomer;

impl Db<'_> {
    pub fn no_customers(&self) -> anyhow::Result<bool> {
        Ok(self
            .strings("SELECT id FROM customers LIMIT 1", &[])?
            .is_empty())
    }

    pub fn begin_bulk_load(&self) -> anyhow::Result<()> {
        Ok(())
    }

    pub fn bulk_insert_customers(&self, rows: &[BulkCustomer], now: &str) -> anyhow::Result<()> {
        for row in rows {
            self.insert_customer_with(
                &row.id,
                &row.new,
                row.partner_center_relationship.as_deref(),
                now,
            )?;
            for domain in &row.other_domains {
                self.add_customer_domain(&row.id, domain, now)?;
            }
        }
        Ok(())
    }

    pub fn finish_bulk_load(&self) -> anyhow::Result<()> {
        Ok(())
    }
}
