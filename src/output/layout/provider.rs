//! How a provider prints: its columns, its card, and what its removal left.

use crate::domain::provider::{Provider, ProviderCard, ProviderRemoval, ProviderStatus};

impl crate::output::Record for Provider {
    const FIELDS: &'static [&'static str] = &[
        "id",
        "name",
        "tenant_id",
        "mpn_id",
        "location",
        "status",
        "connected_at",
        "customer_count",
    ];
    const TABLE: &'static [usize] = &[0, 1, 2, 4, 5, 7];

    fn cell(&self, i: usize) -> std::borrow::Cow<'_, str> {
        use crate::output::opt;
        use std::borrow::Cow;
        match i {
            0 => Cow::Borrowed(&self.id),
            1 => Cow::Borrowed(&self.name),
            2 => Cow::Borrowed(&self.tenant_id),
            3 => opt(&self.mpn_id),
            4 => opt(&self.location),
            5 => Cow::Borrowed(self.status.as_str()),
            6 => Cow::Borrowed(&self.connected_at),
            7 => Cow::Owned(self.customer_count.to_string()),
            _ => Cow::Borrowed(""),
        }
    }
}

/// CSV and TSV print the provider's own row; JSON adds the pending invitations.
impl crate::output::Record for ProviderRemoval {
    const FIELDS: &'static [&'static str] = Provider::FIELDS;
    const TABLE: &'static [usize] = Provider::TABLE;

    fn cell(&self, i: usize) -> std::borrow::Cow<'_, str> {
        self.provider.cell(i)
    }
}

impl crate::output::Card for ProviderCard {
    type Row = Provider;
    fn row(&self) -> &Provider {
        &self.provider
    }
    fn sections(&self) -> Vec<crate::output::Section> {
        use crate::output::Section;
        let p = &self.provider;
        let dash = |v: &Option<String>| v.clone().unwrap_or_default();
        let status = match (&p.status, &self.removed_at) {
            (ProviderStatus::Removed, Some(at)) => {
                format!("removed on {at} (connected {})", p.connected_at)
            }
            _ => format!("{} since {}", p.status, p.connected_at),
        };
        let count = match p.customer_count {
            1 => "1 active customer: it may order for it".to_string(),
            n => format!("{n} active customers: it may order for them"),
        };
        let mut sections = vec![Section::Fields {
            title: Some(p.name.clone()),
            fields: vec![
                ("id".into(), p.id.clone()),
                ("tenant ID".into(), p.tenant_id.clone()),
                ("MPN ID".into(), dash(&p.mpn_id)),
                ("location".into(), dash(&p.location)),
                ("status".into(), status),
                ("customers".into(), count),
            ],
        }];
        sections.push(Section::Table {
            title: "Customers it holds a reseller relationship with".into(),
            headers: vec![
                "id".into(),
                "company".into(),
                "domain".into(),
                "with us".into(),
                "since".into(),
                "recorded by".into(),
            ],
            rows: self
                .customers
                .iter()
                .map(|c| {
                    vec![
                        c.id.clone(),
                        c.company_name.clone(),
                        c.domain.clone(),
                        c.relationship.to_string(),
                        c.since.clone(),
                        match &c.invitation_id {
                            Some(i) => format!("invitation {i}"),
                            None => "attach".into(),
                        },
                    ]
                })
                .collect(),
            empty: "none recorded (csp providers attach, or a joint invitation)".into(),
        });
        sections.push(Section::Table {
            title: "Joint invitations".into(),
            headers: vec![
                "id".into(),
                "status".into(),
                "customer".into(),
                "created".into(),
                "sent".into(),
                "accepted".into(),
            ],
            rows: self
                .invitations
                .iter()
                .map(|i| {
                    vec![
                        i.id.clone(),
                        i.status.to_string(),
                        i.customer_domain.clone(),
                        i.created_at.clone(),
                        dash(&i.sent_at),
                        dash(&i.accepted_at),
                    ]
                })
                .collect(),
            empty: "none".into(),
        });
        sections
    }
}
