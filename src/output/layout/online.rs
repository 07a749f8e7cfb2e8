//! How `csp whoami` and `csp sync` print.

use crate::online::signin::SignedIn;
use crate::ops::sync::SyncReport;
use std::borrow::Cow;

impl crate::output::Record for SignedIn {
    const FIELDS: &'static [&'static str] = &[
        "account",
        "tenant",
        "client_id",
        "scopes",
        "signed_in_at",
        "expires_at",
        "kept_in",
    ];
    const TABLE: &'static [usize] = &[0, 1, 2, 3, 4, 5, 6];
    fn cell(&self, i: usize) -> Cow<'_, str> {
        match i {
            0 => crate::output::opt(&self.account),
            1 => Cow::Borrowed(&self.tenant),
            2 => Cow::Borrowed(&self.client_id),
            3 => Cow::Owned(self.scopes.join(" ")),
            4 => Cow::Borrowed(&self.signed_in_at),
            5 => crate::output::opt(&self.expires_at),
            6 => Cow::Borrowed(&self.kept_in),
            _ => Cow::Borrowed(""),
        }
    }
}

/// In a cell, a list's counts: `added;updated;unchanged`.
impl crate::output::Record for SyncReport {
    const FIELDS: &'static [&'static str] = &["dry_run", "customers", "providers", "gdap"];
    const TABLE: &'static [usize] = &[0, 1, 2, 3];
    fn cell(&self, i: usize) -> Cow<'_, str> {
        match i {
            0 => crate::output::yes_no(self.dry_run),
            1 => match &self.customers {
                Some(c) => Cow::Owned(format!(
                    "{} listed: {} added, {} updated, {} unchanged",
                    c.rows, c.added, c.updated, c.unchanged
                )),
                None => Cow::Borrowed(""),
            },
            2 => match &self.providers {
                Some(p) => Cow::Owned(format!(
                    "{} listed: {} added, {} unchanged",
                    p.listed,
                    p.added.len(),
                    p.unchanged
                )),
                None => Cow::Borrowed(""),
            },
            3 => match &self.gdap {
                Some(g) => Cow::Owned(format!(
                    "{} listed: {} added, {} updated, {} unchanged, {} skipped",
                    g.items, g.added, g.updated, g.unchanged, g.skipped
                )),
                None => Cow::Borrowed(""),
            },
            _ => Cow::Borrowed(""),
        }
    }
}
