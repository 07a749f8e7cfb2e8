//! How an audit log entry prints.

use crate::domain::audit::LogEntry;

impl crate::output::Record for LogEntry {
    const FIELDS: &'static [&'static str] = &[
        "id",
        "at",
        "user",
        "role",
        "action",
        "entity",
        "entity_id",
        "customer_id",
        "reason",
        "details",
    ];
    const TABLE: &'static [usize] = &[1, 2, 3, 4, 6, 8];

    fn cell(&self, i: usize) -> std::borrow::Cow<'_, str> {
        use crate::output::opt;
        use std::borrow::Cow;
        match i {
            0 => Cow::Owned(self.id.to_string()),
            1 => Cow::Borrowed(&self.at),
            2 => Cow::Borrowed(&self.user),
            3 => opt(&self.role),
            4 => Cow::Borrowed(&self.action),
            5 => Cow::Borrowed(&self.entity),
            6 => opt(&self.entity_id),
            7 => opt(&self.customer_id),
            8 => opt(&self.reason),
            9 => Cow::Owned(
                self.details
                    .as_ref()
                    .map(|d| d.to_string())
                    .unwrap_or_default(),
            ),
            _ => Cow::Borrowed(""),
        }
    }
}
