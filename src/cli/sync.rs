//! `csp sync`: read Partner Center's customers and indirect providers and
//! Graph's GDAP relationships, and reconcile them into the records.

use super::App;
use crate::error::Result;
use crate::ops::sync::{self, Wanted};
use crate::output::Unit;
use clap::Args;

#[derive(Debug, Args)]
pub struct SyncArgs {
    /// Read and report, change nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Partner Center's customers (GET /v1/customers, every page)
    #[arg(long)]
    pub customers: bool,
    /// Our indirect providers (GET /v1/relationships?relationship_type=IsIndirectResellerOf)
    #[arg(long)]
    pub providers: bool,
    /// GDAP relationships (Graph: /tenantRelationships/delegatedAdminRelationships)
    #[arg(long)]
    pub gdap: bool,
}

pub fn run(app: &App, args: SyncArgs) -> Result<()> {
    let all = !(args.customers || args.providers || args.gdap);
    let wanted = Wanted {
        customers: all || args.customers,
        providers: all || args.providers,
        gdap: all || args.gdap,
    };
    // Customers need the recording role; providers and GDAP, admin agent.
    let actor = if wanted.providers || wanted.gdap {
        app.actor_for_change()?
    } else {
        app.actor_for_recording()?
    };
    let config = app.config()?;
    let mut online = app.online()?;
    let mut reading = Vec::new();
    if wanted.customers {
        reading.push("customers");
    }
    if wanted.providers {
        reading.push("indirect providers");
    }
    if wanted.gdap {
        reading.push("GDAP relationships");
    }
    app.output.note(format!(
        "reading {} from Microsoft (only reads there){}",
        reading.join(", "),
        if args.dry_run {
            "; --dry-run: nothing will be recorded"
        } else {
            ""
        }
    ));
    crate::util::interrupt::catch();
    let mut bar = app
        .output
        .progress(None, Unit::Rows, "reading from Microsoft");
    let fetched = sync::fetch(&mut online, wanted, &mut |_, n| bar.set(n as u64))?;
    bar.finish();
    if crate::util::interrupt::requested() {
        return Err(crate::error::Error::interrupted("interrupted: nothing was recorded").into());
    }
    let partner_tenant = config.profile.tenant_id.map(|t| t.to_string());
    let mut store = app.store()?;
    store.prepare_bulk_load()?;
    let run = |db: &crate::store::Db<'_>| {
        sync::reconcile(db, &actor, &fetched, partner_tenant, args.dry_run)
    };
    let report = if args.dry_run {
        store.dry_run(run)?
    } else {
        store.write(run)?
    };
    let would =
        |done: &'static str, planned: &'static str| if args.dry_run { planned } else { done };
    if let Some(c) = &report.customers {
        if let Some(drift) = &c.drift {
            for line in crate::ops::import::drift_report(drift, args.dry_run) {
                app.output.note(line);
            }
        }
        app.output.note(format!(
            "customers: {} {}, {} {}, {} unchanged, of {} in Partner Center",
            would("added", "would add"),
            c.added,
            would("updated", "would update"),
            c.updated,
            c.unchanged,
            c.rows
        ));
    }
    if let Some(p) = &report.providers {
        if !p.absent_from_partner_center.is_empty() {
            app.output.note(format!(
                "drift: connected in csp but not among Partner Center's indirect providers: {}",
                p.absent_from_partner_center.join(", ")
            ));
        }
        if !p.not_active.is_empty() {
            app.output.note(format!(
                "not connected (not active in Partner Center): {}",
                p.not_active.join(", ")
            ));
        }
        app.output.note(format!(
            "providers: {} {}, {} unchanged, of {} in Partner Center",
            would("connected", "would connect"),
            p.added.len(),
            p.unchanged,
            p.listed
        ));
    }
    if let Some(g) = &report.gdap {
        for line in &g.not_recorded {
            app.output.warn(format!("not recorded: {line}"));
        }
        app.output.note(format!(
            "GDAP: {} {}, {} {}, {} unchanged, {} skipped, of {} in Graph",
            would("added", "would add"),
            g.added,
            would("updated", "would update"),
            g.updated,
            g.unchanged,
            g.skipped,
            g.items
        ));
    }
    app.output.record(&report)
}
