//! How a GDAP relationship prints: its columns, its card for `gdap show`,
//! the import summary and the role catalogue of `gdap roles`.

use crate::domain::gdap::{GdapCard, GdapRelationship};
use crate::ops::gdap::{CatalogueRole, GdapImportSummary};
use std::borrow::Cow;

fn role_labels(roles: &[crate::domain::gdap::GdapRole]) -> String {
    roles
        .iter()
        .map(|r| r.label())
        .collect::<Vec<_>>()
        .join(";")
}

impl crate::output::Record for GdapRelationship {
    const FIELDS: &'static [&'static str] = &[
        "id",
        "microsoft_id",
        "customer_id",
        "customer_domain",
        "display_name",
        "roles",
        "duration_days",
        "auto_extend",
        "status",
        "requested_at",
        "request_expires_at",
        "activated_at",
        "ends_at",
        "terminated_at",
        "access_assignments",
        "approval_link",
    ];
    // id, display name, customer domain, status, ends, auto-extend
    const TABLE: &'static [usize] = &[0, 4, 3, 8, 12, 7];

    fn cell(&self, i: usize) -> Cow<'_, str> {
        use crate::output::{opt, yes_no};
        match i {
            0 => Cow::Borrowed(&self.id),
            1 => opt(&self.microsoft_id),
            2 => Cow::Borrowed(&self.customer_id),
            3 => Cow::Borrowed(&self.customer_domain),
            4 => Cow::Borrowed(&self.display_name),
            // Names (ids for roles the catalogue does not know), `;`-joined
            // as tags are.
            5 => Cow::Owned(role_labels(&self.roles)),
            6 => Cow::Owned(self.duration_days.to_string()),
            7 => yes_no(self.auto_extend),
            8 => Cow::Borrowed(self.status.as_str()),
            9 => opt(&self.requested_at),
            10 => opt(&self.request_expires_at),
            11 => opt(&self.activated_at),
            12 => opt(&self.ends_at),
            13 => opt(&self.terminated_at),
            // A list of objects: compact JSON in a cell.
            14 if self.access_assignments.is_empty() => Cow::Borrowed(""),
            14 => Cow::Owned(serde_json::to_string(&self.access_assignments).unwrap_or_default()),
            15 => opt(&self.approval_link),
            _ => Cow::Borrowed(""),
        }
    }
}

impl crate::output::Card for GdapCard {
    type Row = GdapRelationship;
    fn row(&self) -> &GdapRelationship {
        &self.relationship
    }
    fn sections(&self) -> Vec<crate::output::Section> {
        use crate::output::Section;
        let r = &self.relationship;
        let or_empty = |v: &Option<String>| v.clone().unwrap_or_default();
        let mut fields = vec![
            ("id".to_string(), r.id.clone()),
            ("Microsoft id".into(), or_empty(&r.microsoft_id)),
            (
                "customer".into(),
                format!("{} ({})", self.customer_name, r.customer_domain),
            ),
            ("status".into(), r.status.to_string()),
            ("duration".into(), format!("{} days", r.duration_days)),
            (
                "auto-extend".into(),
                if r.auto_extend {
                    "yes, 180 days at a time"
                } else {
                    "no"
                }
                .into(),
            ),
            ("requested".into(), or_empty(&r.requested_at)),
            ("request lapses".into(), or_empty(&r.request_expires_at)),
            ("approval sent".into(), or_empty(&self.approval_sent_at)),
            ("activated".into(), or_empty(&r.activated_at)),
            ("ends".into(), or_empty(&r.ends_at)),
            ("terminated".into(), or_empty(&r.terminated_at)),
        ];
        if let Some(reason) = &self.termination_reason {
            fields.push(("reason".into(), reason.clone()));
        }
        if let Some(link) = &r.approval_link {
            fields.push(("approval link".into(), link.clone()));
        }
        vec![
            Section::Fields {
                title: Some(r.display_name.clone()),
                fields,
            },
            Section::Table {
                title: "Roles".into(),
                headers: vec!["role".into(), "id".into()],
                rows: r
                    .roles
                    .iter()
                    .map(|role| vec![role.label().to_string(), role.id.clone()])
                    .collect(),
                empty: "none".into(),
            },
            Section::Table {
                title: "Access assignments (partner security groups)".into(),
                headers: vec!["group".into(), "name".into(), "roles".into()],
                rows: r
                    .access_assignments
                    .iter()
                    .map(|a| {
                        vec![
                            a.group_id.clone(),
                            a.group_name.clone().unwrap_or_default(),
                            a.roles
                                .iter()
                                .map(|x| x.label())
                                .collect::<Vec<_>>()
                                .join(", "),
                        ]
                    })
                    .collect(),
                empty: "none (csp gdap assign REL --group GROUP-ID --roles …)".into(),
            },
        ]
    }
}

impl crate::output::Record for GdapImportSummary {
    const FIELDS: &'static [&'static str] = &[
        "items",
        "added",
        "updated",
        "unchanged",
        "skipped",
        "customers_added",
        "not_recorded",
    ];
    const TABLE: &'static [usize] = &[0, 1, 2, 3, 4, 5];
    fn cell(&self, i: usize) -> Cow<'_, str> {
        match i {
            0 => Cow::Owned(self.items.to_string()),
            1 => Cow::Owned(self.added.to_string()),
            2 => Cow::Owned(self.updated.to_string()),
            3 => Cow::Owned(self.unchanged.to_string()),
            4 => Cow::Owned(self.skipped.to_string()),
            5 => Cow::Owned(self.customers_added.to_string()),
            6 => Cow::Owned(self.not_recorded.join(";")),
            _ => Cow::Borrowed(""),
        }
    }
}

impl crate::output::Record for CatalogueRole {
    // `role_id`, not `id`: a table shows an `id` column's GUIDs cut to 8
    // characters, and here the whole id is the point.
    const FIELDS: &'static [&'static str] = &["name", "role_id", "sets"];
    const TABLE: &'static [usize] = &[0, 1, 2];
    fn cell(&self, i: usize) -> Cow<'_, str> {
        match i {
            0 => Cow::Borrowed(&self.name),
            1 => Cow::Borrowed(&self.role_id),
            2 => Cow::Owned(self.sets.join(";")),
            _ => Cow::Borrowed(""),
        }
    }
}
