//! Turning a customer or provider reference into one record, the way a
//! command line should: exactly as the core resolves it, except that a
//! person at a terminal who typed an ambiguous reference gets a fuzzy picker
//! of the candidates instead of an error. Scripts (no terminal, or
//! `--no-input`) still get the ambiguity error, status 3, naming them.

use super::App;
use crate::domain::customer::Customer;
use crate::domain::provider::Provider;
use crate::domain::values::short_id;
use crate::error::Result;
use crate::store::Db;

/// How many candidates the picker offers at most.
const PICKER_CAP: usize = 50;

/// The customer `reference` names; on a terminal, the one the admin picks
/// when it names several. Call it outside a write transaction: a person may
/// take their time, and the database must not stay locked meanwhile.
pub fn pick_customer(app: &App, db: &Db<'_>, reference: &str) -> Result<Customer> {
    if app.interactive {
        let mut candidates = crate::ops::customers::candidates(db, reference, PICKER_CAP)?;
        if candidates.len() > 1 {
            let items: Vec<String> = candidates
                .iter()
                .map(|c| {
                    format!(
                        "{} ({}, {}, id {})",
                        c.company_name,
                        c.domain,
                        c.relationship.as_str(),
                        short_id(&c.id)
                    )
                })
                .collect();
            let prompt = format!(
                "'{}' matches several customers; which one?",
                reference.trim()
            );
            if let Some(i) = choose(&prompt, &items)? {
                return Ok(candidates.swap_remove(i));
            }
        }
    }
    crate::ops::customers::resolve(db, reference)
}

/// The provider `reference` names; on a terminal, the one the admin picks
/// when it names several. Call it outside a write transaction.
pub fn pick_provider(app: &App, db: &Db<'_>, reference: &str) -> Result<Provider> {
    if app.interactive {
        let mut candidates = crate::ops::providers::candidates(db, reference, PICKER_CAP)?;
        if candidates.len() > 1 {
            let items: Vec<String> = candidates
                .iter()
                .map(|p| format!("{} ({}, id {})", p.name, p.tenant_id, short_id(&p.id)))
                .collect();
            let prompt = format!(
                "'{}' matches several providers; which one?",
                reference.trim()
            );
            if let Some(i) = choose(&prompt, &items)? {
                return Ok(candidates.swap_remove(i));
            }
        }
    }
    crate::ops::providers::resolve(db, reference)
}

/// For a core call that resolves the reference itself, inside its own
/// transaction: on a terminal, the id of the customer the admin means
/// (picked now, before any lock is taken); otherwise the reference as
/// typed, so the core reports a missing or ambiguous one as usual.
pub fn customer_reference(app: &App, db: &Db<'_>, reference: &str) -> Result<String> {
    if app.interactive {
        Ok(pick_customer(app, db, reference)?.id)
    } else {
        Ok(reference.to_string())
    }
}

/// Like [`customer_reference`], for a provider.
pub fn provider_reference(app: &App, db: &Db<'_>, reference: &str) -> Result<String> {
    if app.interactive {
        Ok(pick_provider(app, db, reference)?.id)
    } else {
        Ok(reference.to_string())
    }
}

/// A fuzzy picker on stderr. `None` when the admin cancels (Esc): the
/// reference then stays ambiguous and the caller reports it so.
fn choose(prompt: &str, items: &[String]) -> Result<Option<usize>> {
    // Names come from the database: escaped before the terminal sees them.
    let escape = |s: &str| crate::util::terminal::escape(s, false).into_owned();
    let items: Vec<String> = items.iter().map(|i| escape(i)).collect();
    Ok(dialoguer::FuzzySelect::new()
        .with_prompt(escape(prompt))
        .items(&items)
        .default(0)
        .interact_opt()?)
}
