//! How a `csp status` item prints: a terminal shows how serious it is, what
//! it is about, what to do and the command (never cut, to be pasted).

use crate::domain::status::StatusItem;

impl crate::output::Record for StatusItem {
    const FIELDS: &'static [&'static str] =
        &["kind", "severity", "subject", "detail", "since", "command"];
    const TABLE: &'static [usize] = &[1, 2, 3, 5];

    fn cell(&self, i: usize) -> std::borrow::Cow<'_, str> {
        use crate::output::opt;
        use std::borrow::Cow;
        match i {
            0 => Cow::Borrowed(self.kind.as_str()),
            1 => Cow::Borrowed(self.severity.as_str()),
            2 => Cow::Borrowed(&self.subject),
            3 => Cow::Borrowed(&self.detail),
            4 => opt(&self.since),
            5 => Cow::Borrowed(&self.command),
            _ => Cow::Borrowed(""),
        }
    }
}
