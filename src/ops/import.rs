//! `csp customers import`: a CSV of customers, in csp's own columns (what
//! `customers export` writes) or Partner Center's `Customers.csv`, upserted by
//! domain or tenant ID in one transaction. A bad row aborts everything with
//! `line N: …`; importing the same file twice changes nothing.

use crate::domain::audit::{Actor, Change};
use crate::domain::customer::{Channel, Customer, NewCustomer, Relationship, Source};
use crate::domain::values::{self, Domain, Email, TenantId};
use crate::error::Error;
use crate::ops::invitations;
use crate::store::{CustomerChanges, Db, IdSequence};
use serde::Serialize;
use serde_json::json;
use std::io::Read;

/// What an import did (or, with `--dry-run`, would do).
#[derive(Debug, Clone, Default, Serialize)]
pub struct ImportSummary {
    pub format: &'static str,
    pub rows: u64,
    pub added: u64,
    pub updated: u64,
    pub unchanged: u64,
    /// Invitations marked accepted because their customer now appears in the list.
    pub accepted_invitations: Vec<String>,
    pub dry_run: bool,
}

/// The columns of csp's own format, as `customers export` writes them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Column {
    Id,
    CompanyName,
    Domain,
    TenantId,
    ContactName,
    ContactEmail,
    Relationship,
    DelegatedAdmin,
    Source,
    Channel,
    Tags,
    /// Written by export, derived from provider links: read and ignored.
    Ignored,
    /// Partner Center's Relationship column (e.g. `Cloud Reseller`): kept as information.
    PartnerCenterRelationship,
}

/// Which of the two formats a header names.
struct Layout {
    partner_center: bool,
    columns: Vec<Column>,
}

fn normalise(h: &str) -> String {
    h.trim_start_matches('\u{feff}')
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_lowercase()
}

fn layout(header: &csv::StringRecord) -> Result<Layout, Error> {
    let names: Vec<String> = header.iter().map(normalise).collect();
    let has = |n: &str| names.iter().any(|h| h == n);
    if has("microsoftid") && has("companyname") && has("primarydomainname") {
        let columns = names
            .iter()
            .map(|h| match h.as_str() {
                "microsoftid" => Column::TenantId,
                "companyname" => Column::CompanyName,
                "primarydomainname" => Column::Domain,
                "relationship" => Column::PartnerCenterRelationship,
                "tags" => Column::Tags,
                _ => Column::Ignored,
            })
            .collect();
        return Ok(Layout {
            partner_center: true,
            columns,
        });
    }
    let mut columns = Vec::with_capacity(names.len());
    for (i, h) in names.iter().enumerate() {
        let column = match h.as_str() {
            "id" => Column::Id,
            "company_name" => Column::CompanyName,
            "domain" => Column::Domain,
            "tenant_id" => Column::TenantId,
            "contact_name" => Column::ContactName,
            "contact_email" => Column::ContactEmail,
            "relationship" => Column::Relationship,
            "delegated_admin" => Column::DelegatedAdmin,
            "source" => Column::Source,
            "channel" => Column::Channel,
            "tags" => Column::Tags,
            "providers" | "created_at" | "updated_at" | "removed_at" => Column::Ignored,
            _ => {
                return Err(Error::invalid(format!(
                    "line 1: unknown column '{}' (expected customer fields: company_name, domain, tenant_id, contact_name, contact_email, relationship, delegated_admin, source, channel, tags; or Partner Center's Customers.csv)",
                    header.get(i).unwrap_or_default().trim()
                )));
            }
        };
        if columns.contains(&column) && column != Column::Ignored {
            return Err(Error::invalid(format!(
                "line 1: column '{h}' appears twice"
            )));
        }
        columns.push(column);
    }
    for required in [Column::CompanyName, Column::Domain] {
        if !columns.contains(&required) {
            let name = if required == Column::Domain {
                "domain"
            } else {
                "company_name"
            };
            return Err(Error::invalid(format!(
                "line 1: the header has no '{name}' column"
            )));
        }
    }
    Ok(Layout {
        partner_center: false,
        columns,
    })
}

/// One row, validated; `None` fields were not in the file.
#[derive(Default)]
struct Row {
    id: Option<String>,
    company_name: Option<String>,
    domain: Option<Domain>,
    tenant_id: Option<Option<TenantId>>,
    contact_name: Option<Option<String>>,
    contact_email: Option<Option<Email>>,
    relationship: Option<Relationship>,
    delegated_admin: Option<bool>,
    source: Option<Source>,
    channel: Option<Option<Channel>>,
    tags: Option<Vec<String>>,
    partner_center_relationship: Option<Option<String>>,
}

fn parse_bool(s: &str) -> Result<bool, Error> {
    match s.trim().to_ascii_lowercase().as_str() {
        "true" | "yes" | "1" => Ok(true),
        "false" | "no" | "0" | "" => Ok(false),
        other => Err(Error::invalid(format!(
            "delegated_admin must be true or false, not '{other}'"
        ))),
    }
}

fn parse_row(layout: &Layout, record: &csv::StringRecord) -> Result<Row, Error> {
    if record.len() != layout.columns.len() {
        return Err(Error::invalid(format!(
            "expected {} fields, found {}",
            layout.columns.len(),
            record.len()
        )));
    }
    let mut row = Row::default();
    for (column, cell) in layout.columns.iter().zip(record.iter()) {
        let cell = crate::domain::values::strip_formula_guard(cell.trim());
        match column {
            Column::Id => {
                if !cell.is_empty() {
                    let id = uuid::Uuid::parse_str(cell).map_err(|_| {
                        Error::invalid(format!("invalid id '{cell}': expected a UUID"))
                    })?;
                    row.id = Some(id.hyphenated().to_string());
                }
            }
            Column::CompanyName => {
                row.company_name = Some(values::required_line("company_name", cell)?)
            }
            Column::Domain => row.domain = Some(Domain::parse(cell)?),
            Column::TenantId => {
                row.tenant_id = Some(if cell.is_empty() {
                    None
                } else {
                    Some(TenantId::parse(cell)?)
                })
            }
            Column::ContactName => {
                row.contact_name = Some(values::optional_line("contact_name", cell)?)
            }
            Column::ContactEmail => {
                row.contact_email = Some(if cell.is_empty() {
                    None
                } else {
                    Some(Email::parse(cell)?)
                })
            }
            Column::Relationship => {
                if !cell.is_empty() {
                    row.relationship = Some(Relationship::parse_field(cell, "relationship")?)
                }
            }
            Column::DelegatedAdmin => row.delegated_admin = Some(parse_bool(cell)?),
            Column::Source => {
                if !cell.is_empty() {
                    row.source = Some(Source::parse_field(cell, "source")?)
                }
            }
            Column::Channel => {
                row.channel = Some(if cell.is_empty() {
                    None
                } else {
                    Some(Channel::parse_field(cell, "channel")?)
                })
            }
            Column::Tags => {
                // Partner Center separates tags with commas; csp with `;`.
                let cell = if layout.partner_center {
                    cell.replace(',', ";")
                } else {
                    cell.to_string()
                };
                row.tags = Some(values::tags_from_cell(&cell)?)
            }
            Column::PartnerCenterRelationship => {
                row.partner_center_relationship = Some(values::optional_line("Relationship", cell)?)
            }
            Column::Ignored => {}
        }
    }
    Ok(row)
}

/// Reads the CSV and upserts every row inside the caller's transaction.
/// `progress` is called now and then with the bytes read so far.
pub fn import(
    db: &Db<'_>,
    actor: &Actor,
    input: impl Read,
    label: &str,
    default_source: Option<Source>,
    dry_run: bool,
    progress: &mut dyn FnMut(u64),
) -> anyhow::Result<ImportSummary> {
    db.prepare_bulk_load()?;
    let (input, lines) = crate::util::csv_lines::counting(input);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(true)
        .from_reader(input);
    let header = reader.headers().map_err(|e| lines.error(e))?.clone();
    if header.iter().all(|h| h.trim().is_empty()) {
        return Err(Error::invalid("line 1: the file is empty or has no header row").into());
    }
    let layout = layout(&header)?;
    let mut summary = ImportSummary {
        format: if layout.partner_center {
            "partner-center"
        } else {
            "csp"
        },
        dry_run,
        ..ImportSummary::default()
    };
    let source = if layout.partner_center {
        Source::PartnerCenter
    } else {
        default_source.unwrap_or(Source::Manual)
    };
    let now = crate::store::now();
    let mut ids = IdSequence::new();
    let mut record = csv::StringRecord::new();
    loop {
        match reader.read_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => return Err(lines.error(e)),
        }
        if crate::util::interrupt::requested() {
            return Err(Error::interrupted(
                "interrupted: nothing was imported (the whole file was rolled back)",
            )
            .into());
        }
        let line = lines.line_at(record.position().map_or(0, |p| p.byte()));
        if record.iter().all(|c| c.trim().is_empty()) {
            continue; // a blank line
        }
        summary.rows += 1;
        let row = parse_row(&layout, &record).map_err(|e| at_line(e, line))?;
        upsert(db, actor, row, source, &mut ids, &now, &mut summary).map_err(|e| {
            match e.downcast::<Error>() {
                Ok(e) => at_line(e, line).into(),
                // A full disk or a failing device is no fault of the row.
                Err(e) if crate::store::is_storage_failure(&e) => e,
                Err(e) => e.context(format!("line {line}")),
            }
        })?;
        if summary.rows % 4096 == 0 {
            progress(reader.position().byte());
        }
    }
    progress(reader.position().byte());
    if crate::util::interrupt::requested() {
        return Err(Error::interrupted(
            "interrupted: nothing was imported (the whole file was rolled back)",
        )
        .into());
    }
    if summary.added == 0 && summary.updated == 0 {
        // Nothing changed (the same file again): nothing to record.
        return Ok(summary);
    }
    db.append_audit(
        actor,
        &Change {
            action: "customer.import",
            entity: "customer",
            entity_id: None,
            customer_id: None,
            reason: None,
            details: json!({
                "file": label,
                "format": summary.format,
                "rows": summary.rows,
                "added": summary.added,
                "updated": summary.updated,
                "unchanged": summary.unchanged,
                "accepted_invitations": summary.accepted_invitations,
            }),
        },
    )?;
    Ok(summary)
}

fn at_line(e: Error, line: u64) -> Error {
    Error {
        message: format!("line {line}: {}", e.message),
        ..e
    }
}

fn upsert(
    db: &Db<'_>,
    actor: &Actor,
    row: Row,
    source: Source,
    ids: &mut IdSequence,
    now: &str,
    summary: &mut ImportSummary,
) -> anyhow::Result<()> {
    let domain = row
        .domain
        .clone()
        .ok_or_else(|| Error::invalid("the domain is empty"))?;
    // Most rows of a large import are new: try the insert first and let the
    // unique indexes say whether the customer exists, rather than looking up
    // domain and tenant ID before inserting (two index searches fewer a row).
    let new = new_customer(&row, &domain, source)?;
    let id = row.id.clone().unwrap_or_else(|| ids.next_id());
    if db.insert_customer_if_new(
        &id,
        &new,
        row.partner_center_relationship
            .as_ref()
            .and_then(|p| p.as_deref()),
        now,
    )? {
        summary.added += 1;
        return Ok(());
    }
    let by_domain = db.customer_id_by_domain(domain.as_str())?;
    let tenant = new.tenant_id;
    let by_tenant = match tenant {
        Some(t) => db.customer_id_by_tenant(&t.to_string())?,
        None => None,
    };
    let existing = match (by_domain, by_tenant) {
        (Some(a), Some(b)) if a != b => {
            return Err(Error::conflict(format!(
                "domain {domain} belongs to customer {a} but tenant ID {} to customer {b}",
                tenant.map(|t| t.to_string()).unwrap_or_default()
            ))
            .into())
        }
        (Some(a), _) => Some(a),
        (None, b) => b,
    };
    match existing {
        // Only the id the file carried was taken: keep the row, not the id.
        None => {
            db.insert_customer_with(
                &ids.next_id(),
                &new,
                row.partner_center_relationship.flatten().as_deref(),
                now,
            )?;
            summary.added += 1;
            Ok(())
        }
        Some(id) => {
            let before = db
                .customer(&id)?
                .ok_or_else(|| anyhow::anyhow!("customer {id} vanished during import"))?;
            update(db, actor, row, domain, &before, now, summary)
        }
    }
}

/// The customer a row describes, were it new.
fn new_customer(row: &Row, domain: &Domain, source: Source) -> anyhow::Result<NewCustomer> {
    Ok(NewCustomer {
        company_name: row
            .company_name
            .clone()
            .ok_or_else(|| Error::invalid("the company name is empty"))?,
        domain: domain.clone(),
        tenant_id: row.tenant_id.flatten(),
        contact_name: row.contact_name.clone().flatten(),
        contact_email: row.contact_email.clone().flatten(),
        relationship: row.relationship.unwrap_or(Relationship::Active),
        delegated_admin: row.delegated_admin.unwrap_or(false),
        source: row.source.unwrap_or(source),
        channel: row.channel.flatten(),
        tags: row.tags.clone().unwrap_or_default(),
    })
}

fn update(
    db: &Db<'_>,
    actor: &Actor,
    row: Row,
    domain: Domain,
    before: &Customer,
    now: &str,
    summary: &mut ImportSummary,
) -> anyhow::Result<()> {
    let differs = |new: &Option<String>, old: &Option<String>| new != old;
    let mut changes = CustomerChanges::default();
    if domain.as_str() != before.domain {
        if db.customer_id_by_domain(domain.as_str())?.is_some() {
            return Err(Error::conflict(format!("domain {domain} is already recorded")).into());
        }
        changes.domain = Some(domain.as_str().to_string());
    }
    if let Some(name) = row.company_name.filter(|n| *n != before.company_name) {
        changes.company_name = Some(name);
    }
    if let Some(t) = row.tenant_id {
        let t = t.map(|t| t.to_string());
        if differs(&t, &before.tenant_id) {
            changes.tenant_id = Some(t);
        }
    }
    if let Some(n) = row
        .contact_name
        .filter(|n| differs(n, &before.contact_name))
    {
        changes.contact_name = Some(n);
    }
    if let Some(e) = row.contact_email {
        let e = e.map(|e| e.to_string());
        if differs(&e, &before.contact_email) {
            changes.contact_email = Some(e);
        }
    }
    changes.delegated_admin = row.delegated_admin.filter(|d| *d != before.delegated_admin);
    changes.source = row.source.filter(|s| *s != before.source);
    changes.tags = row.tags.filter(|t| *t != before.tags);
    changes.channel = row.channel.filter(|c| *c != before.channel);
    if let Some(pc) = row.partner_center_relationship {
        let extras = db.customer_extras(&before.id)?;
        if pc != extras.partner_center_relationship {
            changes.partner_center_relationship = Some(pc);
        }
    }
    // An invited customer that now appears in a list of customers we serve has
    // accepted: its pending invitations are accepted as `invite accept` does.
    // Removal is never done by import: it needs `csp remove`.
    let now_active = before.relationship == Relationship::Invited
        && row.relationship.is_none_or(|r| r == Relationship::Active);
    let mut accepted = false;
    if now_active {
        for pending in db.pending_invitations_of_customer(&before.id)? {
            invitations::accept(db, actor, &pending, now, "customers import")?;
            summary.accepted_invitations.push(pending.id);
            accepted = true;
        }
        // The acceptance made it active; with no invitation left pending
        // (one cancelled, say), the list alone says it is served.
        if accepted {
            changes.source = None;
        } else {
            changes.relationship = Some(Relationship::Active);
            changes.source = Some(Source::Invitation);
        }
    }
    if changes == CustomerChanges::default() {
        if accepted {
            summary.updated += 1;
        } else {
            summary.unchanged += 1;
        }
        return Ok(());
    }
    db.update_customer(&before.id, &changes, now)?;
    summary.updated += 1;
    Ok(())
}
