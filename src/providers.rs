//! Connecting with indirect providers and recording which of our customers
//! each holds its own reseller relationship with.

use crate::error::Error;
use crate::provider::Provider;
use crate::store::Db;

/// Every provider a reference could mean (at most `cap`), for a picker
/// that lets a person choose where [`resolve`] would call it ambiguous.
pub fn candidates(db: &Db<'_>, reference: &str, cap: usize) -> anyhow::Result<Vec<Provider>> {
    db.providers_matching(reference, cap)
}

/// The provider a reference names: an id or unique id prefix (8+), a tenant
/// ID, or an exact name, case-insensitive. None or several is status 3.
pub fn resolve(db: &Db<'_>, reference: &str) -> anyhow::Result<Provider> {
    let mut candidates = db.providers_matching(reference, 11)?;
    match candidates.len() {
        0 => Err(
            Error::not_found(format!("no provider matches '{}'", reference.trim()))
                .with_hint("see `csp providers list`")
                .into(),
        ),
        1 => Ok(candidates.remove(0)),
        _ => {
            let names: Vec<String> = candidates
                .iter()
                .map(|p| {
                    format!(
                        "{} ({}, id {})",
                        p.name,
                        p.tenant_id,
                        &p.id[..p.id.len().min(8)]
                    )
                })
                .collect();
            Err(Error::ambiguous("provider", reference.trim(), &names).into())
        }
    }
}
