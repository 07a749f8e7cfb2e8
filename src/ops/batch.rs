//! `csp invite --batch`: one invitation per row of a CSV file (header row
//! required: name, domain, email, contact_name, reference), all in the
//! caller's one transaction, with one audit entry. A bad row aborts all of
//! them with `line N: …`.

use crate::domain::audit::{Actor, Change};
use crate::domain::customer::Channel;
use crate::domain::draft::Draft;
use crate::domain::draft::Template;
use crate::domain::invitation::Invitation;
use crate::domain::profile::Locale;
use crate::domain::values::{self, Domain, Email};
use crate::error::Error;
use crate::ops::invitations::{self, Request, Sender, Target};
use crate::store::Db;
use serde_json::json;
use std::collections::HashMap;
use std::io::Read;

/// What applies to every row.
#[derive(Debug, Clone)]
pub struct Options {
    pub provider: Option<String>,
    pub channel: Option<Channel>,
    pub locale: Locale,
    pub template: Option<Template>,
    /// Record them as sent already (`--done`).
    pub sent: bool,
}

/// One recorded invitation and the draft it was recorded with.
#[derive(Debug, Clone)]
pub struct Invited {
    pub invitation: Invitation,
    pub draft: Draft,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Column {
    Name,
    Domain,
    Email,
    ContactName,
    Reference,
}

const COLUMNS: &[(&str, Column)] = &[
    ("name", Column::Name),
    ("domain", Column::Domain),
    ("email", Column::Email),
    ("contact_name", Column::ContactName),
    ("reference", Column::Reference),
];

fn header(record: &csv::StringRecord) -> Result<Vec<Column>, Error> {
    if record.iter().all(|h| h.trim().is_empty()) {
        return Err(Error::invalid(
            "line 1: the file is empty or has no header row (name, domain, email, contact_name, reference)",
        ));
    }
    crate::util::csv_lines::refuse_semicolons(record)?;
    let mut columns = Vec::new();
    for h in record.iter() {
        let name = h.trim_start_matches('\u{feff}').trim().to_lowercase();
        let column = COLUMNS
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, c)| *c)
            .ok_or_else(|| {
                Error::invalid(format!(
                    "line 1: unknown column '{}' (expected name, domain, email, contact_name, reference)",
                    h.trim()
                ))
            })?;
        if columns.contains(&column) {
            return Err(Error::invalid(format!(
                "line 1: column '{name}' appears twice"
            )));
        }
        columns.push(column);
    }
    for (required, column) in [("name", Column::Name), ("domain", Column::Domain)] {
        if !columns.contains(&column) {
            return Err(Error::invalid(format!(
                "line 1: the header has no '{required}' column"
            )));
        }
    }
    Ok(columns)
}

struct Row {
    name: String,
    domain: Domain,
    email: Option<Email>,
    contact_name: Option<String>,
    reference: Option<String>,
}

fn row(columns: &[Column], record: &csv::StringRecord) -> Result<Row, Error> {
    if record.len() != columns.len() {
        return Err(Error::invalid(format!(
            "expected {} fields, found {}",
            columns.len(),
            record.len()
        )));
    }
    let (mut name, mut domain, mut email, mut contact_name, mut reference) =
        (None, None, None, None, None);
    for (column, cell) in columns.iter().zip(record.iter()) {
        let cell = values::strip_formula_guard(cell.trim());
        match column {
            Column::Name => name = Some(values::required_line("name", cell)?),
            Column::Domain => domain = Some(Domain::parse(cell)?),
            Column::Email => email = (!cell.is_empty()).then(|| Email::parse(cell)).transpose()?,
            Column::ContactName => contact_name = values::optional_line("contact_name", cell)?,
            Column::Reference => reference = values::optional_line("reference", cell)?,
        }
    }
    match (name, domain) {
        (Some(name), Some(domain)) => Ok(Row {
            name,
            domain,
            email,
            contact_name,
            reference,
        }),
        _ => Err(Error::invalid("the name and the domain are required")),
    }
}

fn at_line(e: anyhow::Error, line: u64) -> anyhow::Error {
    match e.downcast::<Error>() {
        Ok(e) => Error {
            message: format!("line {line}: {}", e.message),
            ..e
        }
        .into(),
        Err(e) => e.context(format!("line {line}")),
    }
}

/// A Ctrl-C before the commit: the caller's transaction rolls back.
pub fn nothing_recorded() -> Error {
    Error::interrupted("interrupted: nothing was recorded (the whole batch was rolled back)")
}

/// Reads the file and records every invitation in the caller's transaction.
pub fn invite_all(
    db: &Db<'_>,
    actor: &Actor,
    sender: &Sender,
    input: impl Read,
    label: &str,
    options: &Options,
) -> anyhow::Result<Vec<Invited>> {
    let (input, lines) = crate::util::csv_lines::counting(crate::util::csv_lines::utf8(input));
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(input);
    let mut record = csv::StringRecord::new();
    let mut columns = None;
    let mut invited = Vec::new();
    // Each domain's line: a repeat names it, not an invitation that the
    // error is about to roll back.
    let mut seen: HashMap<Domain, u64> = HashMap::new();
    loop {
        match reader.read_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => return Err(lines.error(e)),
        }
        if crate::util::interrupt::requested() {
            return Err(nothing_recorded().into());
        }
        let line = lines.line_at(record.position().map_or(0, |p| p.byte()));
        let Some(columns) = &columns else {
            columns = Some(header(&record)?);
            continue;
        };
        if record.iter().all(|c| c.trim().is_empty()) {
            continue; // a blank line
        }
        let mut one = || -> anyhow::Result<Invited> {
            let row = row(columns, &record)?;
            if let Some(first) = seen.get(&row.domain) {
                return Err(Error::conflict(format!(
                    "{} is already invited on line {first} of this file",
                    row.domain.as_str()
                ))
                .with_hint("keep one row per customer, then run the batch again")
                .into());
            }
            seen.insert(row.domain.clone(), line);
            let request = Request {
                target: Target::New {
                    name: row.name,
                    domain: row.domain,
                    channel: options.channel,
                },
                email: row.email,
                contact_name: row.contact_name,
                provider: options.provider.clone(),
                locale: options.locale,
                template: options.template.clone(),
                reference: row.reference,
            };
            let plan = invitations::plan(db, sender, &request)?;
            let draft = plan.draft()?;
            let invitation = invitations::record(db, &plan, &draft, options.sent)?;
            // Each customer's story in the log: it was invited (a new one,
            // or a removed one again), besides the batch's summary entry.
            db.append_audit(
                actor,
                &Change {
                    action: "invitation.create",
                    entity: "invitation",
                    entity_id: Some(invitation.id.clone()),
                    customer_id: Some(invitation.customer_id.clone()),
                    reason: None,
                    details: json!({
                        "via": "invite --batch",
                        "line": line,
                        "kind": invitation.kind,
                        "status": invitation.status,
                        "customer_domain": invitation.customer_domain,
                        "new_customer": plan.new_customer.is_some(),
                        "previous_relationship": plan.customer.as_ref().map(|c| c.relationship),
                        "provider_id": invitation.provider_id,
                    }),
                },
            )?;
            Ok(Invited { invitation, draft })
        };
        invited.push(one().map_err(|e| at_line(e, line))?);
    }
    if columns.is_none() {
        return Err(Error::invalid(
            "line 1: the file is empty or has no header row (name, domain, email, contact_name, reference)",
        )
        .into());
    }
    let ids: Vec<&str> = invited.iter().map(|i| i.invitation.id.as_str()).collect();
    let customers: Vec<&str> = invited
        .iter()
        .map(|i| i.invitation.customer_id.as_str())
        .collect();
    db.append_audit(
        actor,
        &Change {
            action: "invitation.batch",
            entity: "invitation",
            entity_id: (ids.len() == 1).then(|| ids[0].to_string()),
            customer_id: (customers.len() == 1).then(|| customers[0].to_string()),
            reason: None,
            details: json!({
                "file": label,
                "count": ids.len(),
                "status": if options.sent { "sent" } else { "draft" },
                "provider": options.provider,
                "invitations": ids,
                "customers": customers,
            }),
        },
    )?;
    Ok(invited)
}
