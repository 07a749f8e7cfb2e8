//! `csp customers import`: a CSV of customers, in csp's own columns (what
//! `customers export` writes) or Partner Center's `Customers.csv`, upserted by
//! domain or tenant ID in one transaction. A bad row aborts everything with
//! `line N: …`; importing the same file twice changes nothing.

use crate::domain::audit::{Actor, Change};
use crate::domain::customer::{Channel, Customer, NewCustomer, Relationship, Source};
use crate::domain::values::{self, Domain, Email, TenantId};
use crate::error::Error;
use crate::ops::invitations;
use crate::store::{BulkCustomer, CustomerChanges, Db, IdSequence};
use serde::Serialize;
use serde_json::json;
use std::collections::{HashMap, HashSet};
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
    /// Partner Center's export against csp's records (that format only).
    pub drift: Option<Drift>,
}

/// How csp's records and Partner Center's export disagree: the export is
/// the truth about Partner Center, csp the record of what the admin did.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Drift {
    /// Active in csp, absent from the export: gone in Partner Center?
    pub absent_from_export: Vec<DriftCustomer>,
    /// Removed in csp, still in the export: the removal is not yet done
    /// in Partner Center (or by the provider).
    pub removed_but_present: Vec<DriftCustomer>,
    /// Invited in csp, present in the export: they accepted (recorded).
    pub accepted: Vec<DriftCustomer>,
}

#[derive(Debug, Clone, Serialize)]
pub struct DriftCustomer {
    pub id: String,
    pub company_name: String,
    pub domain: String,
}

impl DriftCustomer {
    fn of(c: &Customer) -> DriftCustomer {
        DriftCustomer {
            id: c.id.clone(),
            company_name: c.company_name.clone(),
            domain: c.domain.clone(),
        }
    }
}

/// The drift report in words, a line each (`would` with `--dry-run`): what
/// Partner Center's export says that csp's records do not, and what to do.
pub fn drift_report(drift: &Drift, dry_run: bool) -> Vec<String> {
    let names = |list: &[DriftCustomer]| {
        let mut shown: Vec<String> = list
            .iter()
            .take(10)
            .map(|c| format!("{} ({})", c.company_name, c.domain))
            .collect();
        if list.len() > 10 {
            shown.push(format!("and {} more", list.len() - 10));
        }
        shown.join(", ")
    };
    let mut lines = Vec::new();
    if !drift.accepted.is_empty() {
        lines.push(format!(
            "{} {} invited customer(s) as accepted, now in Partner Center: {}",
            if dry_run { "would record" } else { "recorded" },
            drift.accepted.len(),
            names(&drift.accepted)
        ));
    }
    if !drift.removed_but_present.is_empty() {
        lines.push(format!(
            "drift: {} customer(s) removed in csp are still in Partner Center (the relationship ends there, or through your indirect provider): {}",
            drift.removed_but_present.len(),
            names(&drift.removed_but_present)
        ));
    }
    if !drift.absent_from_export.is_empty() {
        lines.push(format!(
            "drift: {} active customer(s) in csp are not in this export (gone in Partner Center? csp changes nothing for them): {}",
            drift.absent_from_export.len(),
            names(&drift.absent_from_export)
        ));
    }
    if lines.is_empty() {
        lines.push("no drift: csp's records agree with Partner Center's export".to_string());
    }
    lines
}

/// What the caller knows that the file does not.
#[derive(Debug, Clone, Default)]
pub struct ImportOptions {
    /// The file's name, for the audit log.
    pub label: String,
    /// The source of new customers when the file has no source column.
    pub default_source: Option<Source>,
    pub dry_run: bool,
    /// Our own partner tenant: never a customer's.
    pub partner_tenant: Option<String>,
    /// The command, for the log [default: `customers import`].
    pub via: Option<&'static str>,
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
    /// Every known domain, `;`-joined (the primary one may be among them).
    Domains,
    RelationshipSince,
    /// Written by export, derived from provider links: read and ignored.
    Ignored,
    /// Partner Center's Relationship column (e.g. `Cloud Reseller`): kept as information.
    PartnerCenterRelationship,
}

/// Which of the two formats a header names.
#[derive(Clone)]
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
        for (i, h) in names.iter().enumerate() {
            if !h.is_empty() && names[..i].contains(h) {
                return Err(Error::invalid(format!(
                    "line 1: column '{}' appears twice",
                    header.get(i).unwrap_or_default().trim()
                )));
            }
        }
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
            "domains" => Column::Domains,
            "relationship_since" => Column::RelationshipSince,
            "providers" | "admin_access" | "created_at" | "updated_at" | "removed_at" => {
                Column::Ignored
            }
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
    domains: Vec<Domain>,
    relationship_since: Option<String>,
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
            Column::Domains => {
                for d in cell.split(';').map(str::trim).filter(|d| !d.is_empty()) {
                    let d = Domain::parse(d)?;
                    if !row.domains.contains(&d) {
                        row.domains.push(d);
                    }
                }
            }
            Column::RelationshipSince => {
                if !cell.is_empty() {
                    row.relationship_since = Some(crate::util::time::parse_since(cell)?)
                }
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
    input: impl Read + Send,
    options: &ImportOptions,
    progress: &mut dyn FnMut(u64),
) -> anyhow::Result<ImportSummary> {
    db.prepare_bulk_load()?;
    // The file is read and each row checked on a thread of its own, while
    // this one writes the rows before: on two cores, an import costs what
    // the database's work costs.
    std::thread::scope(|scope| {
        let (send, rows) = std::sync::mpsc::sync_channel(4);
        scope.spawn(move || read_rows(input, send));
        let layout = match rows.recv() {
            Ok(FromFile::Header(layout)) => layout,
            Ok(FromFile::Failed(e)) => return Err(e),
            Ok(FromFile::Rows(..)) | Err(_) => anyhow::bail!("the file's reader stopped"),
        };
        write_rows(db, actor, options, progress, layout, rows)
    })
}

/// What the reading thread hands over: the header's layout first, then the
/// rows in batches with the bytes read so far, or why it stopped.
enum FromFile {
    Header(Layout),
    Rows(Vec<(u64, Result<Row, Error>)>, u64),
    Failed(anyhow::Error),
}

/// Rows a batch of the reading thread holds.
const READ_BATCH: usize = 512;

/// Reads the CSV: the header, then every non-blank row parsed and checked
/// on its own, with its line number; stops when the other side hangs up.
fn read_rows(input: impl Read, send: std::sync::mpsc::SyncSender<FromFile>) {
    let (input, lines) = crate::util::csv_lines::counting(crate::util::csv_lines::utf8(input));
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(true)
        .from_reader(input);
    let header = match reader.headers() {
        Ok(h) => h.clone(),
        Err(e) => {
            let _ = send.send(FromFile::Failed(lines.error(e)));
            return;
        }
    };
    let layout = (|| {
        if header.iter().all(|h| h.trim().is_empty()) {
            return Err(Error::invalid("line 1: the file is empty or has no header row").into());
        }
        crate::util::csv_lines::refuse_semicolons(&header)?;
        anyhow::Ok(layout(&header)?)
    })();
    let layout = match layout {
        Ok(layout) => layout,
        Err(e) => {
            let _ = send.send(FromFile::Failed(e));
            return;
        }
    };
    let parse = layout.clone();
    if send.send(FromFile::Header(layout)).is_err() {
        return;
    }
    let mut record = csv::StringRecord::new();
    let mut batch = Vec::with_capacity(READ_BATCH);
    loop {
        match reader.read_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => {
                let _ = send.send(FromFile::Failed(lines.error(e)));
                return;
            }
        }
        let line = lines.line_at(record.position().map_or(0, |p| p.byte()));
        if record.iter().all(|c| c.trim().is_empty()) {
            continue; // a blank line
        }
        let row = parse_row(&parse, &record);
        let failed = row.is_err();
        batch.push((line, row));
        if batch.len() == READ_BATCH || failed {
            let full = std::mem::replace(&mut batch, Vec::with_capacity(READ_BATCH));
            if send
                .send(FromFile::Rows(full, reader.position().byte()))
                .is_err()
                || failed
            {
                return;
            }
        }
    }
    if !batch.is_empty() {
        let _ = send.send(FromFile::Rows(batch, reader.position().byte()));
    }
}

/// Records the rows the reading thread hands over, inside the caller's
/// transaction, and the import's log entry.
fn write_rows(
    db: &Db<'_>,
    actor: &Actor,
    options: &ImportOptions,
    progress: &mut dyn FnMut(u64),
    layout: Layout,
    rows: std::sync::mpsc::Receiver<FromFile>,
) -> anyhow::Result<ImportSummary> {
    let source = if layout.partner_center {
        Source::PartnerCenter
    } else {
        options.default_source.unwrap_or(Source::Manual)
    };
    let format = if layout.partner_center {
        "partner-center"
    } else {
        "csp"
    };
    let mut importer = Importer::new(db, actor, source, format, layout.partner_center, options)?;
    // Into a database without customers, every valid row is a new customer:
    // the rows go to the store in chunks, its indexes are built at the end.
    if db.no_customers()? {
        importer.begin_bulk_load(layout.columns.contains(&Column::Id))?;
    }
    let mut bytes = 0;
    for read in rows {
        let batch = match read {
            FromFile::Rows(batch, read_so_far) => {
                bytes = read_so_far;
                batch
            }
            FromFile::Failed(e) => return Err(e),
            FromFile::Header(_) => anyhow::bail!("the file's reader sent its header twice"),
        };
        for (line, row) in batch {
            if crate::util::interrupt::requested() {
                return Err(Error::interrupted(
                    "interrupted: nothing was imported (the whole file was rolled back)",
                )
                .into());
            }
            importer.summary.rows += 1;
            let row = row.map_err(|e| at_line(e, line))?;
            importer
                .upsert(row, line)
                .map_err(|e| match e.downcast::<Error>() {
                    Ok(e) => at_line(e, line).into(),
                    // A full disk or a failing device is no fault of the row.
                    Err(e) if crate::store::is_storage_failure(&e) => e,
                    Err(e) => e.context(format!("line {line}")),
                })?;
            if importer.summary.rows % 4096 == 0 {
                importer.flush_bulk()?;
                progress(bytes);
            }
        }
    }
    importer.finish_bulk_load()?;
    progress(bytes);
    if crate::util::interrupt::requested() {
        return Err(Error::interrupted(
            "interrupted: nothing was imported (the whole file was rolled back)",
        )
        .into());
    }
    importer.absent_from_export()?;
    let summary = importer.summary;
    let drift_counts = summary.drift.as_ref().map(|d| {
        json!({
            "absent_from_export": d.absent_from_export.len(),
            "removed_but_present": d.removed_but_present.len(),
            "accepted": d.accepted.len(),
        })
    });
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
                "file": options.label,
                "format": summary.format,
                "rows": summary.rows,
                "added": summary.added,
                "updated": summary.updated,
                "unchanged": summary.unchanged,
                "accepted_invitations": summary.accepted_invitations,
                "drift": drift_counts,
            }),
        },
    )?;
    Ok(summary)
}

/// Reconciles Partner Center's own list of customers (what `csp sync`
/// reads from `GET /v1/customers`) into the store by the same rules as an
/// import of its export: matched by tenant ID, then by any domain; a new
/// domain joins the customer's domains; an invited customer now listed is
/// accepted; the drift report compares the two. The caller writes the
/// summary entry of the log.
pub fn reconcile_partner_center(
    db: &Db<'_>,
    actor: &Actor,
    customers: &[crate::online::partner_center::PartnerCenterCustomer],
    options: &ImportOptions,
) -> anyhow::Result<ImportSummary> {
    let mut importer = Importer::new(
        db,
        actor,
        Source::PartnerCenter,
        "partner-center",
        true,
        options,
    )?;
    // One customer per tenant: the same tenant twice is Microsoft's list
    // going wrong (a page served twice), not two customers.
    let mut tenants: HashMap<&str, u64> = HashMap::new();
    for (index, listed) in customers.iter().enumerate() {
        let n = index as u64 + 1;
        if let Some(first) = tenants.insert(listed.tenant_id.as_str(), n) {
            return Err(Error::online(format!(
                "Partner Center listed tenant {} twice (customers {first} and {n}); nothing was recorded",
                crate::util::terminal::escape(&listed.tenant_id, false)
            ))
            .with_hint("run csp sync again; if it persists, Partner Center's paging is at fault")
            .into());
        }
        let at = |e: Error| {
            let mut out = Error::new(
                e.kind,
                format!(
                    "Partner Center's customer {n} ({}): {}",
                    crate::util::terminal::escape(&listed.company_name, false),
                    e.message
                ),
            );
            out.hint = e.hint;
            out
        };
        importer.summary.rows += 1;
        let domain = Domain::parse(&listed.domain).map_err(at)?;
        let row = Row {
            id: None,
            company_name: Some(
                values::required_line("company name", &listed.company_name).map_err(at)?,
            ),
            domain: Some(domain.clone()),
            tenant_id: Some(Some(TenantId::parse(&listed.tenant_id).map_err(at)?)),
            contact_name: None,
            contact_email: None,
            relationship: None,
            delegated_admin: None,
            source: None,
            channel: None,
            tags: None,
            domains: Vec::new(),
            relationship_since: None,
            // The API words it `reseller`, the export `Cloud Reseller`:
            // sync leaves the export's word alone rather than flip it.
            partner_center_relationship: None,
        };
        importer
            .upsert(row, n)
            .map_err(|e| match e.downcast::<Error>() {
                Ok(e) => at(e).into(),
                Err(e) => e,
            })?;
    }
    importer.absent_from_export()?;
    Ok(importer.summary)
}

/// A UUID's 128 bits, for a set of ids.
fn uuid_bits(id: &str) -> anyhow::Result<u128> {
    Ok(uuid::Uuid::parse_str(id)?.as_u128())
}

fn at_line(e: Error, line: u64) -> Error {
    Error {
        message: format!("line {line}: {}", e.message),
        ..e
    }
}

/// Tenants that are never a customer's: our own partner tenant, and our
/// connected providers'. A row naming one is a mistake in the file.
fn tenants_not_customers(
    db: &Db<'_>,
    partner_tenant: Option<&str>,
) -> anyhow::Result<HashMap<String, String>> {
    let mut tenants = HashMap::new();
    if let Some(t) = partner_tenant {
        tenants.insert(t.to_string(), "our own partner tenant".to_string());
    }
    for (tenant, name) in db.provider_tenants()? {
        tenants.insert(tenant, format!("the tenant of our provider {name}"));
    }
    Ok(tenants)
}

/// One import's state while it reads the file (or sync's while it reads
/// Partner Center's list): the one reconciliation path of both.
struct Importer<'a, 'c> {
    db: &'a Db<'c>,
    actor: &'a Actor,
    /// The command, for the log: `customers import` or `sync`.
    via: &'static str,
    /// A log entry for each customer added (sync), not only the summary.
    log_each_added: bool,
    source: Source,
    now: String,
    ids: IdSequence,
    summary: ImportSummary,
    /// The line of each tenant ID and domain the file named so far, by
    /// hash: two rows naming one customer are an error naming both lines.
    /// (Hashes keep a million-row file's memory small; two different
    /// values sharing a 64-bit hash is a chance of about 1 in 10^7.)
    seen: HashMap<u64, u64>,
    hasher: std::collections::hash_map::RandomState,
    /// The customers the file names (Partner Center's export only: the
    /// drift report lists the active ones it does not).
    touched: Option<HashSet<String>>,
    /// Whether an invited customer without a tenant ID exists: only then
    /// can a row be a prospect who accepted under another domain.
    prospects: bool,
    not_customers: HashMap<String, String>,
    /// An import into a database with no customer: the new customers wait
    /// here for the store's bulk load, a chunk at a time.
    bulk: Option<BulkLoad>,
}

/// The state of an import's bulk load (see `Db::begin_bulk_load`).
struct BulkLoad {
    rows: Vec<BulkCustomer>,
    /// Every id given so far, when the file has an id column: a repeated id
    /// (or one the sequence gave already) gets a new one, as row by row.
    ids: Option<HashSet<u128>>,
}

/// Rows handed to the store at once.
const BULK_CHUNK: usize = 4096;

impl<'a, 'c> Importer<'a, 'c> {
    fn new(
        db: &'a Db<'c>,
        actor: &'a Actor,
        source: Source,
        format: &'static str,
        partner_center: bool,
        options: &ImportOptions,
    ) -> anyhow::Result<Importer<'a, 'c>> {
        Ok(Importer {
            db,
            actor,
            via: options.via.unwrap_or("customers import"),
            log_each_added: options.via.is_some(),
            source,
            now: crate::store::now(),
            ids: IdSequence::new(),
            summary: ImportSummary {
                format,
                dry_run: options.dry_run,
                drift: partner_center.then(Drift::default),
                ..ImportSummary::default()
            },
            seen: HashMap::new(),
            hasher: std::collections::hash_map::RandomState::new(),
            touched: partner_center.then(HashSet::new),
            prospects: db.any_invited_without_tenant()?,
            not_customers: tenants_not_customers(db, options.partner_tenant.as_deref())?,
            bulk: None,
        })
    }

    /// Loads every row as a new customer from now on (the database has
    /// none). Not when each added customer gets its own log entry (sync).
    fn begin_bulk_load(&mut self, file_has_ids: bool) -> anyhow::Result<()> {
        if self.log_each_added || self.prospects {
            return Ok(());
        }
        self.db.begin_bulk_load()?;
        self.bulk = Some(BulkLoad {
            rows: Vec::with_capacity(BULK_CHUNK),
            ids: file_has_ids.then(HashSet::new),
        });
        Ok(())
    }

    /// Hands the rows waiting to the store.
    fn flush_bulk(&mut self) -> anyhow::Result<()> {
        if let Some(bulk) = self.bulk.as_mut() {
            if !bulk.rows.is_empty() {
                self.db.bulk_insert_customers(&bulk.rows, &self.now)?;
                bulk.rows.clear();
            }
        }
        Ok(())
    }

    /// Ends the bulk load: the store proves every uniqueness rule.
    fn finish_bulk_load(&mut self) -> anyhow::Result<()> {
        if self.bulk.is_none() {
            return Ok(());
        }
        self.flush_bulk()?;
        self.bulk = None;
        self.db.finish_bulk_load()
    }

    /// A row of a bulk load: a new customer, its id the file's unless an
    /// earlier row took it. Every check of the file's own rows is done.
    fn bulk_add(
        &mut self,
        row: &Row,
        new: NewCustomer,
        domain: &Domain,
        pc_relationship: Option<String>,
    ) -> anyhow::Result<()> {
        let Some(bulk) = self.bulk.as_mut() else {
            anyhow::bail!("no bulk load under way");
        };
        let id = match bulk.ids.as_mut() {
            None => self.ids.next_id(),
            Some(ids) => {
                let mut id = row.id.clone().unwrap_or_else(|| self.ids.next_id());
                while !ids.insert(uuid_bits(&id)?) {
                    id = self.ids.next_id();
                }
                id
            }
        };
        if let Some(touched) = self.touched.as_mut() {
            touched.insert(id.clone());
        }
        bulk.rows.push(BulkCustomer {
            id,
            new,
            partner_center_relationship: pc_relationship,
            other_domains: row
                .domains
                .iter()
                .filter(|d| *d != domain)
                .map(|d| d.as_str().to_string())
                .collect(),
        });
        self.summary.added += 1;
        Ok(())
    }

    fn upsert(&mut self, row: Row, line: u64) -> anyhow::Result<()> {
        let domain = row
            .domain
            .clone()
            .ok_or_else(|| Error::invalid("the domain is empty"))?;
        let tenant = row.tenant_id.flatten().map(|t| t.to_string());
        if let Some(who) = tenant.as_ref().and_then(|t| self.not_customers.get(t)) {
            return Err(Error::invalid(format!(
                "tenant ID {} is {who}, not a customer's",
                tenant.as_deref().unwrap_or_default()
            ))
            .into());
        }
        self.check_not_seen(line, tenant.as_deref(), &domain, &row.domains)?;
        let new = new_customer(&row, &domain, self.source)?;
        let pc_relationship = row
            .partner_center_relationship
            .as_ref()
            .and_then(|p| p.as_deref())
            .map(str::to_string);
        if self.bulk.is_some() {
            return self.bulk_add(&row, new, &domain, pc_relationship);
        }
        let may_be_prospect = self.prospects && tenant.is_some();
        // While most rows so far were new customers, try the insert first
        // and let the unique indexes say whether the customer exists (two
        // index searches fewer a row); while most named recorded ones (an
        // upsert), look them up first (a failed insert costs a statement
        // journal and the domain trigger's search for nothing).
        let insert_first = self.summary.added >= self.summary.updated + self.summary.unchanged;
        if !may_be_prospect && insert_first {
            let id = row.id.clone().unwrap_or_else(|| self.ids.next_id());
            if self
                .db
                .insert_customer_if_new(&id, &new, pc_relationship.as_deref(), &self.now)?
            {
                self.added(&id, &domain, &row.domains)?;
                return Ok(());
            }
        }
        match self.existing(&row, &domain, tenant.as_deref())? {
            Some(before) => self.update(row, domain, &before),
            None => {
                // Only the id the file carried was taken: keep the row, not the id.
                let id = match &row.id {
                    Some(id) if self.db.customer(id)?.is_none() => id.clone(),
                    _ => self.ids.next_id(),
                };
                self.db
                    .insert_customer_with(&id, &new, pc_relationship.as_deref(), &self.now)?;
                self.added(&id, &domain, &row.domains)
            }
        }
    }

    /// Refuses a row naming a customer an earlier row of the file named.
    fn check_not_seen(
        &mut self,
        line: u64,
        tenant: Option<&str>,
        domain: &Domain,
        domains: &[Domain],
    ) -> Result<(), Error> {
        let mut keys: Vec<(&str, char)> = Vec::with_capacity(2 + domains.len());
        if let Some(t) = tenant {
            keys.push((t, 't'));
        }
        keys.push((domain.as_str(), 'd'));
        keys.extend(
            domains
                .iter()
                .filter(|d| *d != domain)
                .map(|d| (d.as_str(), 'd')),
        );
        for (key, kind) in keys {
            let hash = std::hash::BuildHasher::hash_one(&self.hasher, (kind, key));
            if let Some(earlier) = self.seen.get(&hash) {
                let what = if kind == 't' { "tenant ID" } else { "domain" };
                return Err(Error::invalid(format!(
                    "names the same customer as line {earlier} ({what} {key}); one row per customer"
                )));
            }
            self.seen.insert(hash, line);
        }
        Ok(())
    }

    /// The recorded customer a row names: by tenant ID first, then by any
    /// of its domains, then — for a prospect we invited before knowing its
    /// tenant — by its exact company name among invited customers without
    /// a tenant ID, when exactly one matches. A domain the tenant's customer
    /// already holds needs no search (the common row of an upsert: one).
    fn existing(
        &self,
        row: &Row,
        domain: &Domain,
        tenant: Option<&str>,
    ) -> anyhow::Result<Option<Customer>> {
        let by_tenant = match tenant {
            Some(t) => self.db.customer_for_import_by_tenant(t)?,
            None => None,
        };
        let mut by_domain = None;
        for d in std::iter::once(domain).chain(row.domains.iter()) {
            if let Some(c) = &by_tenant {
                if c.domains.iter().any(|k| k.eq_ignore_ascii_case(d.as_str())) {
                    continue;
                }
            }
            if let Some(id) = self.db.customer_id_by_domain(d.as_str())? {
                match (&by_tenant, &by_domain) {
                    (Some(t), _) if t.id != id => {
                        return Err(Error::conflict(format!(
                            "domain {d} belongs to customer {id} but tenant ID {} to customer {}",
                            tenant.unwrap_or_default(),
                            t.id
                        ))
                        .into())
                    }
                    (None, Some(other)) if *other != id => {
                        return Err(Error::conflict(format!(
                            "its domains belong to two customers, {other} and {id}"
                        ))
                        .into())
                    }
                    _ => by_domain = Some(id),
                }
            }
        }
        if by_tenant.is_some() {
            return Ok(by_tenant);
        }
        let found = match by_domain {
            Some(id) => Some(id),
            None if tenant.is_some() && self.prospects => match &row.company_name {
                Some(name) => match self.db.invited_without_tenant_named(name)?.as_slice() {
                    [id] => Some(id.clone()),
                    _ => None,
                },
                None => None,
            },
            None => None,
        };
        match found {
            Some(id) => Ok(Some(self.db.customer_for_import(&id)?.ok_or_else(
                || anyhow::anyhow!("customer {id} vanished during import"),
            )?)),
            None => Ok(None),
        }
    }

    fn added(&mut self, id: &str, domain: &Domain, domains: &[Domain]) -> anyhow::Result<()> {
        for d in domains.iter().filter(|d| *d != domain) {
            self.add_domain(id, d)?;
        }
        if let Some(touched) = self.touched.as_mut() {
            touched.insert(id.to_string());
        }
        self.summary.added += 1;
        if self.log_each_added {
            self.db.append_audit(
                self.actor,
                &Change {
                    action: "customer.add",
                    entity: "customer",
                    entity_id: Some(id.to_string()),
                    customer_id: Some(id.to_string()),
                    reason: None,
                    details: json!({ "via": self.via, "domain": domain.as_str() }),
                },
            )?;
        }
        Ok(())
    }

    fn add_domain(&self, id: &str, domain: &Domain) -> anyhow::Result<()> {
        if let Some(owner) = self.db.customer_id_by_domain(domain.as_str())? {
            if owner != id {
                return Err(Error::conflict(format!(
                    "domain {domain} belongs to another customer ({owner})"
                ))
                .into());
            }
            return Ok(());
        }
        self.db.add_customer_domain(id, domain.as_str(), &self.now)
    }

    fn update(&mut self, row: Row, domain: Domain, before: &Customer) -> anyhow::Result<()> {
        let db = self.db;
        let now = self.now.clone();
        if let Some(touched) = self.touched.as_mut() {
            touched.insert(before.id.clone());
        }
        let differs = |new: &Option<String>, old: &Option<String>| new != old;
        let mut changes = CustomerChanges::default();
        // A domain new to the customer joins its domains; the primary one
        // stays (an export names a tenant by its initial domain, people by
        // their own).
        let mut added_domains = Vec::new();
        for d in std::iter::once(&domain).chain(row.domains.iter()) {
            if !before.domains.iter().any(|k| k == d.as_str()) && !added_domains.contains(d) {
                self.add_domain(&before.id, d)?;
                added_domains.push(d.clone());
            }
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
        changes.relationship_since = row
            .relationship_since
            .filter(|s| *s != before.relationship_since);
        if let Some(pc) = row.partner_center_relationship {
            let extras = db.customer_extras(&before.id)?;
            if pc != extras.partner_center_relationship {
                changes.partner_center_relationship = Some(pc);
            }
        }
        if before.relationship == Relationship::Removed {
            if let Some(drift) = self.summary.drift.as_mut() {
                drift.removed_but_present.push(DriftCustomer::of(before));
            }
        }
        // An invited customer that now appears in a list of customers we
        // serve has accepted: its pending invitations are accepted as
        // `invite accept` does. Removal is never done by import: it needs
        // `csp remove`.
        let now_active = before.relationship == Relationship::Invited
            && row.relationship.is_none_or(|r| r == Relationship::Active);
        let mut accepted = false;
        if now_active {
            for pending in db.pending_invitations_of_customer(&before.id)? {
                invitations::accept(db, self.actor, &pending, &now, self.via)?;
                self.summary.accepted_invitations.push(pending.id);
                accepted = true;
            }
            // The acceptance made it active; with no invitation left
            // pending (one cancelled, say), the list alone says it is served.
            if accepted {
                changes.source = None;
            } else {
                changes.relationship = Some(Relationship::Active);
                changes.source = Some(Source::Invitation);
            }
            if let Some(drift) = self.summary.drift.as_mut() {
                drift.accepted.push(DriftCustomer::of(before));
            }
        }
        if changes == CustomerChanges::default() && added_domains.is_empty() {
            if accepted {
                self.summary.updated += 1;
            } else {
                self.summary.unchanged += 1;
            }
            return Ok(());
        }
        if changes != CustomerChanges::default() {
            db.update_customer(&before.id, &changes, &now)?;
        }
        self.summary.updated += 1;
        // The customer's story in the log: its identity or relationship
        // changed (an acceptance wrote its own entry).
        let identity = !added_domains.is_empty()
            || changes.tenant_id.is_some()
            || changes.relationship.is_some();
        if identity {
            let after = db
                .customer(&before.id)?
                .ok_or_else(|| anyhow::anyhow!("customer {} vanished", before.id))?;
            db.append_audit(
                self.actor,
                &Change {
                    action: "customer.update",
                    entity: "customer",
                    entity_id: Some(before.id.clone()),
                    customer_id: Some(before.id.clone()),
                    reason: None,
                    details: json!({
                        "via": self.via,
                        "added_domains": added_domains.iter().map(Domain::as_str).collect::<Vec<_>>(),
                        "before": { "tenant_id": before.tenant_id, "relationship": before.relationship },
                        "after": { "tenant_id": after.tenant_id, "relationship": after.relationship },
                    }),
                },
            )?;
        }
        Ok(())
    }

    /// The drift report's first list: active customers the export omits.
    fn absent_from_export(&mut self) -> anyhow::Result<()> {
        let (Some(touched), Some(drift)) = (self.touched.as_ref(), self.summary.drift.as_mut())
        else {
            return Ok(());
        };
        let filter = crate::domain::customer::CustomerFilter {
            relationship: Some(Relationship::Active),
            ..Default::default()
        };
        self.db.for_each_customer(&filter, |c| {
            if !touched.contains(&c.id) {
                drift.absent_from_export.push(DriftCustomer::of(c));
            }
            Ok(())
        })
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
        relationship_since: row.relationship_since.clone(),
        delegated_admin: row.delegated_admin.unwrap_or(false),
        source: row.source.unwrap_or(source),
        channel: row.channel.flatten(),
        tags: row.tags.clone().unwrap_or_default(),
    })
}
