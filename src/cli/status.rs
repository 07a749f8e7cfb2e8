//! `csp status`: what needs attention, each item with the command that deals
//! with it; `--exit-code` makes it a check for cron or CI (status 6).

use super::App;
use crate::domain::profile::PartnerKind;
use crate::domain::provider::{Provider, ProviderStatus};
use crate::error::{Result, SilentExit};
use crate::ops::status::{self, Settings};
use crate::output::Format;
use clap::Args;

/// The exit status of `--exit-code` when something needs attention.
pub const NEEDS_ATTENTION: i32 = 6;

pub const ABOUT: &str = "\
What needs attention, each with the command that deals with it.

Everything that waits on you, most serious first:

  warning  admin-access-after-removal  a removed customer's tenant still has an active or
                                       pending GDAP relationship, or a legacy DAP grant
  warning  gdap-expired                an active customer's GDAP access has expired
  warning  gdap-request-lapsing        a GDAP request unapproved for 76+ days (it lapses at 90)
  warning  gdap-ending                 a GDAP relationship ends within 30 days, no auto-extend
  info     invitation-unanswered       an invitation sent (or last reminded) more than
                                       [status] chase_after_days ago (default 14), not accepted
  info     invitation-draft            an invitation drafted but never marked sent
  info     no-admin-access             active customers with no admin access (one item, a count)
  info     provider-cannot-order       active customers your default provider holds no
                                       relationship with (one item, a count)

At most 50 items of a kind are listed, then one item says how many more (and
the command that lists them all); counts stop at 1000 (\"1000+\") so the
screen comes back at once whatever the size of the database.";

#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  csp status\n  csp status --json | jq '.[] | select(.severity == \"warning\")'\n  csp status --exit-code -q >/dev/null || echo \"something needs attention\"\n\nconfig.toml:\n  [status]\n  chase_after_days = 14"
)]
pub struct StatusArgs {
    /// Exit with status 6 when anything needs attention (the items are printed too)
    #[arg(long)]
    pub exit_code: bool,
}

pub fn run(app: &App, args: StatusArgs) -> Result<()> {
    let config = app.config()?;
    let store = app.store()?;
    let db = store.read();
    let provider = default_provider(app, &db)?;
    let settings = Settings {
        chase_after_days: config.chase_after_days,
        default_provider: provider.as_ref(),
    };
    let items = status::attention(&db, &settings, crate::ops::gdap::now())?;
    if items.is_empty() && app.output.format == Format::Table {
        app.output.note("nothing needs attention");
    } else {
        let mut list = app.output.list()?;
        for item in &items {
            list.row(item)?;
        }
        list.finish()?;
    }
    if args.exit_code && !items.is_empty() {
        return Err(SilentExit(NEEDS_ATTENTION).into());
    }
    Ok(())
}

/// The profile's default provider, for an indirect reseller, if it names a
/// connected provider; otherwise a warning, and that item is left out.
fn default_provider(app: &App, db: &crate::store::Db<'_>) -> Result<Option<Provider>> {
    let profile = &app.config()?.profile;
    let Some(reference) = profile.default_provider.as_deref() else {
        return Ok(None);
    };
    if profile.kind == PartnerKind::Direct {
        return Ok(None);
    }
    match crate::ops::providers::resolve(db, reference) {
        Ok(p) if p.status == ProviderStatus::Connected => Ok(Some(p)),
        Ok(p) => {
            app.output.warn(format!(
                "the default provider {} is disconnected: which customers it cannot order for is not shown",
                p.name
            ));
            Ok(None)
        }
        Err(e) => match e.downcast::<crate::error::Error>() {
            Ok(err) if err.kind == crate::error::ErrorKind::NotFound => {
                app.output.warn(format!(
                    "[partner] default_provider: {}; which customers it cannot order for is not shown",
                    err.message
                ));
                Ok(None)
            }
            Ok(err) => Err(err.into()),
            Err(other) => Err(other),
        },
    }
}
