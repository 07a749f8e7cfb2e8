//! How an invitation prints: its columns, and its card for `invite show`.

use crate::domain::invitation::{Invitation, InvitationCard};

impl crate::output::Record for Invitation {
    const FIELDS: &'static [&'static str] = &[
        "id",
        "kind",
        "status",
        "customer_id",
        "customer_domain",
        "provider_id",
        "to",
        "customer_name",
        "link",
        "subject",
        "body",
        "locale",
        "reference",
        "created_at",
        "sent_at",
        "accepted_at",
        "reminded_at",
        "reminders",
    ];
    // id, status, kind, company, domain, to, the date that matters, reminders
    const TABLE: &'static [usize] = &[0, 2, 1, 7, 4, 6, 18, 17];
    /// Sent, or created for a draft never sent: the date an admin chases by.
    const TABLE_ONLY: &'static [&'static str] = &["date"];

    fn cell(&self, i: usize) -> std::borrow::Cow<'_, str> {
        use crate::output::opt;
        use std::borrow::Cow;
        match i {
            0 => Cow::Borrowed(&self.id),
            1 => Cow::Borrowed(self.kind.as_str()),
            2 => Cow::Borrowed(self.status.as_str()),
            3 => Cow::Borrowed(&self.customer_id),
            4 => Cow::Borrowed(&self.customer_domain),
            5 => opt(&self.provider_id),
            6 => opt(&self.to),
            7 => Cow::Borrowed(&self.customer_name),
            8 => Cow::Borrowed(&self.link),
            9 => Cow::Borrowed(&self.subject),
            10 => Cow::Borrowed(&self.body),
            11 => Cow::Borrowed(&self.locale),
            12 => opt(&self.reference),
            13 => Cow::Borrowed(&self.created_at),
            14 => opt(&self.sent_at),
            15 => opt(&self.accepted_at),
            16 => opt(&self.reminded_at),
            17 => Cow::Owned(self.reminders.to_string()),
            18 => Cow::Borrowed(self.date_that_matters()),
            _ => Cow::Borrowed(""),
        }
    }
}

impl crate::output::Card for InvitationCard {
    type Row = Invitation;
    fn row(&self) -> &Invitation {
        &self.invitation
    }
    fn sections(&self) -> Vec<crate::output::Section> {
        use crate::output::Section;
        let i = &self.invitation;
        let or_dash = |v: &Option<String>| v.clone().unwrap_or_default();
        let mut fields = vec![
            ("id".to_string(), i.id.clone()),
            ("status".into(), i.status.to_string()),
            ("kind".into(), i.kind.to_string()),
            (
                "customer".into(),
                format!("{} ({})", i.customer_name, i.customer_domain),
            ),
        ];
        if let Some(p) = &self.provider_name {
            fields.push(("provider".into(), p.clone()));
        }
        let reminded = match (&i.reminded_at, i.reminders) {
            (_, 0) => String::new(),
            (Some(at), n) => format!("{at} ({n} reminder{})", if n == 1 { "" } else { "s" }),
            (None, n) => format!("{n}"),
        };
        fields.extend([
            ("to".into(), or_dash(&i.to)),
            ("language".into(), i.locale.clone()),
            ("reference".into(), or_dash(&i.reference)),
            ("created".into(), i.created_at.clone()),
            ("sent".into(), or_dash(&i.sent_at)),
            ("reminded".into(), reminded),
            ("accepted".into(), or_dash(&i.accepted_at)),
            ("link".into(), i.link.clone()),
        ]);
        vec![
            Section::Fields {
                title: Some(format!("Invitation for {}", i.customer_name)),
                fields,
            },
            Section::Text {
                title: Some("Draft".into()),
                text: format!("Subject: {}\n\n{}", i.subject, i.body.trim_end()),
            },
        ]
    }
}
