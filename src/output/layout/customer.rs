//! How a customer prints: its columns, and its card for `customers show`.

use crate::domain::customer::Customer;
use crate::ops::customers::CustomerCard;

impl crate::output::Record for Customer {
    const FIELDS: &'static [&'static str] = &[
        "id",
        "company_name",
        "domain",
        "tenant_id",
        "domains",
        "contact_name",
        "contact_email",
        "relationship",
        "relationship_since",
        "delegated_admin",
        "admin_access",
        "source",
        "channel",
        "tags",
        "providers",
        "created_at",
        "updated_at",
        "removed_at",
    ];
    // id, company, domain, relationship, admin access, tags, providers
    const TABLE: &'static [usize] = &[0, 1, 2, 7, 10, 13, 14];

    fn cell(&self, i: usize) -> std::borrow::Cow<'_, str> {
        use crate::output::{opt, yes_no};
        use std::borrow::Cow;
        match i {
            0 => Cow::Borrowed(&self.id),
            1 => Cow::Borrowed(&self.company_name),
            2 => Cow::Borrowed(&self.domain),
            3 => opt(&self.tenant_id),
            4 => Cow::Owned(self.domains.join(";")),
            5 => opt(&self.contact_name),
            6 => opt(&self.contact_email),
            7 => Cow::Borrowed(self.relationship.as_str()),
            8 => Cow::Borrowed(&self.relationship_since),
            9 => yes_no(self.delegated_admin),
            10 => Cow::Borrowed(self.admin_access.as_str()),
            11 => Cow::Borrowed(self.source.as_str()),
            12 => Cow::Borrowed(self.channel.map(|c| c.as_str()).unwrap_or("")),
            13 => Cow::Owned(self.tags.join(";")),
            14 => Cow::Owned(self.providers.join(";")),
            15 => Cow::Borrowed(&self.created_at),
            16 => Cow::Borrowed(&self.updated_at),
            17 => opt(&self.removed_at),
            _ => Cow::Borrowed(""),
        }
    }
}

/// The admin access field of a card, in words.
fn admin_access_words(a: crate::domain::gdap::AdminAccess) -> &'static str {
    use crate::domain::gdap::AdminAccess;
    match a {
        AdminAccess::None => "none",
        AdminAccess::Pending => "pending: a GDAP relationship awaits the customer's approval",
        AdminAccess::Active => "active: a GDAP relationship is in force",
        AdminAccess::Expiring => "expiring: GDAP ends within 30 days without auto-extend",
        AdminAccess::Expired => "expired: no GDAP relationship is in force any more",
        AdminAccess::LegacyDap => {
            "legacy-dap: a legacy DAP grant is recorded, and no GDAP relationship is in force"
        }
    }
}

impl crate::output::Card for CustomerCard {
    type Row = Customer;
    fn row(&self) -> &Customer {
        &self.customer
    }
    fn sections(&self) -> Vec<crate::output::Section> {
        use crate::output::Section;
        let c = &self.customer;
        let dash = |v: &Option<String>| v.clone().unwrap_or_default();
        let mut relationship = format!("{} since {}", c.relationship, c.relationship_since);
        if let Some(pc) = &self.partner_center_relationship {
            relationship.push_str(&format!(" (Partner Center: {pc})"));
        }
        let contact = match (&c.contact_name, &c.contact_email) {
            (Some(n), Some(e)) => format!("{n} <{e}>"),
            (Some(n), None) => n.clone(),
            (None, Some(e)) => e.clone(),
            (None, None) => String::new(),
        };
        let mut sections = vec![Section::Fields {
            title: Some(c.company_name.clone()),
            fields: vec![
                ("id".into(), c.id.clone()),
                ("domain".into(), shown_domain(&c.domain)),
                (
                    "other domains".into(),
                    c.domains[1.min(c.domains.len())..]
                        .iter()
                        .map(|d| shown_domain(d))
                        .collect::<Vec<_>>()
                        .join(", "),
                ),
                ("tenant ID".into(), dash(&c.tenant_id)),
                ("contact".into(), contact),
                ("relationship".into(), relationship),
                (
                    "delegated admin".into(),
                    if c.delegated_admin {
                        "yes, we hold delegated admin privileges"
                    } else {
                        "no"
                    }
                    .into(),
                ),
                (
                    "admin access".into(),
                    admin_access_words(c.admin_access).into(),
                ),
                ("source".into(), c.source.to_string()),
                (
                    "channel".into(),
                    c.channel.map(|ch| ch.to_string()).unwrap_or_default(),
                ),
                ("tags".into(), c.tags.join(", ")),
                ("created".into(), c.created_at.clone()),
                ("updated".into(), c.updated_at.clone()),
                ("removed".into(), dash(&c.removed_at)),
            ],
        }];
        let mut manage = Vec::new();
        match &self.partner_center_url {
            Some(url) => manage.push(("Partner Center".into(), url.clone())),
            None => manage.push((
                "Partner Center".into(),
                "unknown until the tenant ID is recorded (csp customers update … --tenant-id)"
                    .into(),
            )),
        }
        match &self.admin_center_url {
            Some(url) => manage.push(("admin center".into(), url.clone())),
            None if c.admin_access.is_held() => {}
            None => manage.push((
                "admin center".into(),
                "not available: we hold no admin access (see `csp gdap`)".into(),
            )),
        }
        if c.relationship != crate::domain::customer::Relationship::Invited {
            manage.push((
                "remove via".into(),
                match self.remove_via.as_deref() {
                    Some("partner-center") => {
                        "Partner Center (Account → Remove a customer relationship)".into()
                    }
                    Some(provider) => format!("your indirect provider {provider}"),
                    None => {
                        "your indirect provider (not recorded: csp providers attach P CUSTOMER)"
                            .into()
                    }
                },
            ));
        }
        sections.push(Section::Fields {
            title: Some("Account, services, users and licenses".into()),
            fields: manage,
        });
        sections.push(Section::Table {
            title: "Indirect providers".into(),
            headers: vec!["provider".into(), "can order".into(), "what to do".into()],
            rows: self
                .order_eligibility
                .iter()
                .map(|e| {
                    vec![
                        e.provider.clone(),
                        if e.can_order { "yes" } else { "no" }.into(),
                        e.hint.clone().unwrap_or_default(),
                    ]
                })
                .collect(),
            empty: "no connected providers".into(),
        });
        sections.push(Section::Table {
            title: "Admin relationships (GDAP)".into(),
            headers: vec![
                "id".into(),
                "name".into(),
                "status".into(),
                "ends".into(),
                "auto-extend".into(),
                "roles".into(),
            ],
            rows: self
                .admin_relationships
                .iter()
                .map(|r| {
                    vec![
                        crate::domain::values::short_id(&r.id).to_string(),
                        r.display_name.clone(),
                        r.status.to_string(),
                        r.ends_at.clone().unwrap_or_default(),
                        if r.auto_extend { "yes" } else { "no" }.into(),
                        r.roles.len().to_string(),
                    ]
                })
                .collect(),
            empty: "none".into(),
        });
        sections.push(Section::Table {
            title: "Invitations".into(),
            headers: vec![
                "id".into(),
                "status".into(),
                "kind".into(),
                "created".into(),
                "to".into(),
            ],
            rows: self
                .invitations
                .iter()
                .map(|i| {
                    vec![
                        i.id.clone(),
                        i.status.to_string(),
                        i.kind.to_string(),
                        i.created_at.clone(),
                        i.to.clone().unwrap_or_default(),
                    ]
                })
                .collect(),
            empty: "none".into(),
        });
        sections
    }
}

/// A domain as people read it, with its stored punycode beside it when the
/// two differ: `société.fr (xn--socit-esab.fr)`.
fn shown_domain(stored: &str) -> String {
    let shown = crate::domain::values::display_domains(stored);
    if shown == stored {
        stored.to_string()
    } else {
        format!("{shown} ({stored})")
    }
}
