//! How an import's summary prints.

use crate::ops::import::ImportSummary;

impl crate::output::Record for ImportSummary {
    const FIELDS: &'static [&'static str] = &[
        "format",
        "rows",
        "added",
        "updated",
        "unchanged",
        "accepted_invitations",
        "dry_run",
        "drift",
    ];
    const TABLE: &'static [usize] = &[0, 1, 2, 3, 4, 5, 6];
    fn cell(&self, i: usize) -> std::borrow::Cow<'_, str> {
        use std::borrow::Cow;
        match i {
            0 => Cow::Borrowed(self.format),
            1 => Cow::Owned(self.rows.to_string()),
            2 => Cow::Owned(self.added.to_string()),
            3 => Cow::Owned(self.updated.to_string()),
            4 => Cow::Owned(self.unchanged.to_string()),
            5 => Cow::Owned(self.accepted_invitations.join(";")),
            6 => crate::output::yes_no(self.dry_run),
            // In a cell: the counts, `absent;removed-but-present;accepted`.
            7 => match &self.drift {
                Some(d) => Cow::Owned(format!(
                    "{};{};{}",
                    d.absent_from_export.len(),
                    d.removed_but_present.len(),
                    d.accepted.len()
                )),
                None => Cow::Borrowed(""),
            },
            _ => Cow::Borrowed(""),
        }
    }
}
