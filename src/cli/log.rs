//! `csp log`: the audit log, newest first.

use super::App;
use crate::domain::audit::LogFilter;
use crate::error::Result;
use clap::Args;

#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  csp log --customer fabrikam.com\n  csp log --since 2026-11-01 --json"
)]
pub struct LogArgs {
    /// Only entries about this customer (its invitations and provider links included)
    #[arg(long, value_name = "CUSTOMER")]
    pub customer: Option<String>,
    /// Only entries at or after this date (YYYY-MM-DD) or time (RFC 3339)
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
    /// At most this many entries
    #[arg(long, value_name = "N")]
    pub limit: Option<u64>,
}

pub fn run(app: &App, args: LogArgs) -> Result<()> {
    let since = args
        .since
        .as_deref()
        .map(crate::util::time::parse_since)
        .transpose()?;
    let store = app.store()?;
    let db = store.read();
    let customer_id = match &args.customer {
        Some(c) => Some(super::pick::pick_customer(app, &db, c)?.id),
        None => None,
    };
    let filter = LogFilter {
        customer_id,
        since,
        limit: args.limit,
    };
    let mut list = app.output.list()?;
    db.for_each_log_entry(&filter, |e| list.row(&e))?;
    list.finish()?;
    Ok(())
}
