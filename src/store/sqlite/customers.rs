use super::Db;
use crate::domain::customer::{Customer, CustomerFilter, NewCustomer, Relationship, Source};
use crate::domain::gdap::AdminAccess;
use crate::store::records::{join_tags, CustomerChanges, CustomerExtras};
use rusqlite::{params, OptionalExtension, Row};

/// The columns [`customer_from_row`] reads, in order. `providers` is the
/// names of the connected providers holding their own relationship, joined
/// by U+001F (a removed provider's links stay as history, out of this field);
/// `domains` the customer's other domains, joined the same way;
/// `admin_access` is computed from the GDAP relationships and the legacy DAP
/// flag. With `providers`, `domains` or `gdap` false (nothing of the kind is
/// recorded), a list skips a subquery per row (a third of a million-row
/// list's time each).
fn customer_columns(providers: bool, domains: bool, gdap: bool) -> String {
    let providers = if providers {
        "(SELECT group_concat(p.name, char(31)) FROM provider_customers pc JOIN providers p ON p.id = pc.provider_id
           WHERE pc.customer_id = c.id AND p.status = 'connected')"
    } else {
        "NULL"
    };
    let domains = if domains {
        "(SELECT group_concat(d.domain, char(31)) FROM customer_domains d WHERE d.customer_id = c.id)"
    } else {
        "NULL"
    };
    let admin_access = if gdap {
        super::gdap::ADMIN_ACCESS_SQL
    } else {
        super::gdap::ADMIN_ACCESS_NO_GDAP_SQL
    };
    format!(
        "c.id, c.company_name, c.domain, c.tenant_id, c.contact_name, c.contact_email,
         c.relationship, c.delegated_admin, c.source, c.channel, c.tags, {providers} AS providers,
         c.created_at, c.updated_at, c.removed_at, c.relationship_since, {domains} AS domains,
         {admin_access} AS admin_access"
    )
}

/// Every column, for reading one customer or a few.
fn all_customer_columns() -> String {
    customer_columns(true, true, true)
}

const INSERT_CUSTOMER: &str =
    "INSERT INTO customers (id, company_name, domain, tenant_id, contact_name, contact_email,
       relationship, relationship_since, delegated_admin, source, channel, tags,
       partner_center_relationship, created_at, updated_at, removed_at)
     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, coalesce(?15, ?8), ?9, ?10, ?11, ?12, ?13, ?8, ?8, ?14)";

/// [`INSERT_CUSTOMER`] that does nothing when a unique column (id, domain,
/// tenant ID) is taken; other constraints still fail loudly.
const INSERT_CUSTOMER_IF_NEW: &str =
    "INSERT INTO customers (id, company_name, domain, tenant_id, contact_name, contact_email,
       relationship, relationship_since, delegated_admin, source, channel, tags,
       partner_center_relationship, created_at, updated_at, removed_at)
     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, coalesce(?15, ?8), ?9, ?10, ?11, ?12, ?13, ?8, ?8, ?14)
     ON CONFLICT DO NOTHING";

fn customer_from_row(row: &Row<'_>) -> rusqlite::Result<Customer> {
    let mut customer = Customer {
        id: String::new(),
        company_name: String::new(),
        domain: String::new(),
        tenant_id: None,
        contact_name: None,
        contact_email: None,
        relationship: Relationship::Active,
        delegated_admin: false,
        admin_access: AdminAccess::None,
        source: Source::Manual,
        channel: None,
        tags: Vec::new(),
        providers: Vec::new(),
        domains: Vec::new(),
        relationship_since: String::new(),
        created_at: String::new(),
        updated_at: String::new(),
        removed_at: None,
    };
    read_customer(row, &mut customer)?;
    Ok(customer)
}

/// Reads a row into `c`, reusing its strings: a list of a million customers
/// then allocates almost nothing per row.
/// Reads a row into `c`, into the strings and lists already there. Every
/// field is written (`c` may hold another customer's values: a list hands
/// its customers on by swapping); `c` is taken apart whole, so a field added
/// to `Customer` cannot be forgotten here.
fn read_customer(row: &Row<'_>, c: &mut Customer) -> rusqlite::Result<()> {
    let Customer {
        id,
        company_name,
        domain,
        tenant_id,
        domains,
        contact_name,
        contact_email,
        relationship,
        relationship_since,
        delegated_admin,
        admin_access,
        source,
        channel,
        tags,
        providers,
        created_at,
        updated_at,
        removed_at,
    } = c;
    set_text(row, 0, id)?;
    set_text(row, 1, company_name)?;
    set_text(row, 2, domain)?;
    set_opt_text(row, 3, tenant_id)?;
    set_opt_text(row, 4, contact_name)?;
    set_opt_text(row, 5, contact_email)?;
    *relationship = row.get(6)?;
    *delegated_admin = row.get(7)?;
    *source = row.get(8)?;
    *channel = row.get(9)?;
    set_list(tags, text(row, 10)?.split(';').filter(|t| !t.is_empty()));
    match opt_text(row, 11)? {
        Some(p) => {
            set_list(providers, p.split('\u{1f}'));
            providers.sort();
        }
        None => providers.clear(),
    }
    set_text(row, 12, created_at)?;
    set_text(row, 13, updated_at)?;
    set_opt_text(row, 14, removed_at)?;
    set_text(row, 15, relationship_since)?;
    // The primary domain first, then the others in order.
    set_list(
        domains,
        std::iter::once(domain.as_str()).chain(
            opt_text(row, 16)?
                .into_iter()
                .flat_map(|d| d.split('\u{1f}')),
        ),
    );
    domains[1..].sort();
    *admin_access = row.get(17)?;
    Ok(())
}

fn text<'r>(row: &'r Row<'_>, i: usize) -> rusqlite::Result<&'r str> {
    Ok(row.get_ref(i)?.as_str()?)
}

fn opt_text<'r>(row: &'r Row<'_>, i: usize) -> rusqlite::Result<Option<&'r str>> {
    Ok(row.get_ref(i)?.as_str_or_null()?)
}

fn set_text(row: &Row<'_>, i: usize, to: &mut String) -> rusqlite::Result<()> {
    let value = text(row, i)?;
    to.clear();
    to.push_str(value);
    Ok(())
}

fn set_opt_text(row: &Row<'_>, i: usize, to: &mut Option<String>) -> rusqlite::Result<()> {
    match (opt_text(row, i)?, to.as_mut()) {
        (None, _) => *to = None,
        (Some(v), Some(s)) => {
            s.clear();
            s.push_str(v);
        }
        (Some(v), None) => *to = Some(v.to_string()),
    }
    Ok(())
}

/// Fills `list` with `items`, reusing the strings it already holds.
fn set_list<'a>(list: &mut Vec<String>, items: impl Iterator<Item = &'a str>) {
    let mut n = 0;
    for item in items {
        if let Some(s) = list.get_mut(n) {
            s.clear();
            s.push_str(item);
        } else {
            list.push(item.to_string());
        }
        n += 1;
    }
    list.truncate(n);
}

impl Db<'_> {
    pub fn insert_customer(&self, id: &str, new: &NewCustomer, now: &str) -> anyhow::Result<()> {
        self.insert_customer_with(id, new, None, now)
    }

    pub fn insert_customer_with(
        &self,
        id: &str,
        new: &NewCustomer,
        partner_center_relationship: Option<&str>,
        now: &str,
    ) -> anyhow::Result<()> {
        let inserted =
            self.insert_customer_sql(INSERT_CUSTOMER, id, new, partner_center_relationship, now)?;
        if inserted == 0 {
            // The schema's trigger skipped it: another customer has that domain.
            anyhow::bail!(
                "UNIQUE constraint failed: customers.domain ({} is another customer's domain)",
                new.domain
            );
        }
        Ok(())
    }

    /// Inserts the customer unless its id, domain or tenant ID is already
    /// recorded; says whether it did. Other errors are errors.
    pub fn insert_customer_if_new(
        &self,
        id: &str,
        new: &NewCustomer,
        partner_center_relationship: Option<&str>,
        now: &str,
    ) -> anyhow::Result<bool> {
        Ok(self.insert_customer_sql(
            INSERT_CUSTOMER_IF_NEW,
            id,
            new,
            partner_center_relationship,
            now,
        )? == 1)
    }

    fn insert_customer_sql(
        &self,
        sql: &str,
        id: &str,
        new: &NewCustomer,
        partner_center_relationship: Option<&str>,
        now: &str,
    ) -> anyhow::Result<usize> {
        let removed_at = (new.relationship == Relationship::Removed).then_some(now);
        let tenant_id = new.tenant_id.map(|t| t.to_string());
        let tags = join_tags(&new.tags);
        Ok(self.conn.prepare_cached(sql)?.execute(params![
            id,
            new.company_name,
            new.domain.as_str(),
            tenant_id,
            new.contact_name,
            new.contact_email.as_ref().map(|e| e.as_str()),
            new.relationship,
            now,
            new.delegated_admin,
            new.source,
            new.channel,
            tags,
            partner_center_relationship,
            removed_at,
            new.relationship_since,
        ])?)
    }

    pub fn customer(&self, id: &str) -> anyhow::Result<Option<Customer>> {
        static SQL: std::sync::OnceLock<String> = std::sync::OnceLock::new();
        let sql = SQL.get_or_init(|| {
            format!(
                "SELECT {} FROM customers c WHERE c.id = ?1",
                all_customer_columns()
            )
        });
        Ok(self
            .conn
            .prepare_cached(sql)?
            .query_row([id], customer_from_row)
            .optional()?)
    }

    /// A customer as an import compares it with a row: its fields and
    /// domains, without its providers and GDAP access (two index searches
    /// fewer a row of an upsert).
    pub fn customer_for_import(&self, id: &str) -> anyhow::Result<Option<Customer>> {
        static SQL: std::sync::OnceLock<String> = std::sync::OnceLock::new();
        let sql = SQL.get_or_init(|| {
            format!(
                "SELECT {} FROM customers c WHERE c.id = ?1",
                customer_columns(false, true, false)
            )
        });
        Ok(self
            .conn
            .prepare_cached(sql)?
            .query_row([id], customer_from_row)
            .optional()?)
    }

    /// [`Db::customer_for_import`] found by its tenant ID.
    pub fn customer_for_import_by_tenant(
        &self,
        tenant_id: &str,
    ) -> anyhow::Result<Option<Customer>> {
        static SQL: std::sync::OnceLock<String> = std::sync::OnceLock::new();
        let sql = SQL.get_or_init(|| {
            format!(
                "SELECT {} FROM customers c WHERE c.tenant_id = ?1",
                customer_columns(false, true, false)
            )
        });
        Ok(self
            .conn
            .prepare_cached(sql)?
            .query_row([tenant_id], customer_from_row)
            .optional()?)
    }

    pub fn customer_extras(&self, id: &str) -> anyhow::Result<CustomerExtras> {
        Ok(self
            .conn
            .prepare_cached("SELECT partner_center_relationship FROM customers WHERE id = ?1")?
            .query_row([id], |r| {
                Ok(CustomerExtras {
                    partner_center_relationship: r.get(0)?,
                })
            })?)
    }

    /// The customer that has `domain`, as its primary domain or another.
    pub fn customer_id_by_domain(&self, domain: &str) -> anyhow::Result<Option<String>> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT id FROM customers WHERE domain = ?1
                 UNION ALL SELECT customer_id FROM customer_domains WHERE domain = ?1
                 LIMIT 1",
            )?
            .query_row([domain], |r| r.get(0))
            .optional()?)
    }

    /// Records another domain of a customer (its `*.onmicrosoft.com` one,
    /// say). The schema refuses a domain another customer has.
    pub fn add_customer_domain(
        &self,
        customer_id: &str,
        domain: &str,
        now: &str,
    ) -> anyhow::Result<()> {
        self.conn
            .prepare_cached(
                "INSERT INTO customer_domains (domain, customer_id, added_at) VALUES (?1, ?2, ?3)",
            )?
            .execute([domain, customer_id, now])?;
        Ok(())
    }

    /// Forgets one of a customer's other domains; false if it had none such.
    pub fn remove_customer_domain(&self, customer_id: &str, domain: &str) -> anyhow::Result<bool> {
        Ok(self
            .conn
            .prepare_cached("DELETE FROM customer_domains WHERE customer_id = ?1 AND domain = ?2")?
            .execute([customer_id, domain])?
            > 0)
    }

    /// Makes `domain` the customer's primary domain. One of its other
    /// domains trades places with the primary one (which stays known);
    /// a domain new to it replaces the primary one.
    pub fn set_primary_domain(
        &self,
        customer_id: &str,
        domain: &str,
        now: &str,
    ) -> anyhow::Result<()> {
        let old: String = self
            .conn
            .prepare_cached("SELECT domain FROM customers WHERE id = ?1")?
            .query_row([customer_id], |r| r.get(0))?;
        let swapped = self.remove_customer_domain(customer_id, domain)?;
        self.conn
            .prepare_cached("UPDATE customers SET domain = ?2, updated_at = ?3 WHERE id = ?1")?
            .execute([customer_id, domain, now])?;
        if swapped {
            self.add_customer_domain(customer_id, &old, now)?;
        }
        Ok(())
    }

    /// Whether an invited customer with no tenant ID is recorded: only then
    /// can an import's row be a prospect who accepted under another domain.
    pub fn any_invited_without_tenant(&self) -> anyhow::Result<bool> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT EXISTS (SELECT 1 FROM customers WHERE relationship = 'invited' AND tenant_id IS NULL)",
            )?
            .query_row([], |r| r.get(0))?)
    }

    /// The invited customers with no tenant ID named exactly `name`
    /// (case-insensitive): a prospect whose tenant we learn only now.
    pub fn invited_without_tenant_named(&self, name: &str) -> anyhow::Result<Vec<String>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id FROM customers WHERE company_name = ?1 COLLATE NOCASE
               AND relationship = 'invited' AND tenant_id IS NULL",
        )?;
        let rows = stmt.query_map([name], |r| r.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    pub fn customer_id_by_tenant(&self, tenant_id: &str) -> anyhow::Result<Option<String>> {
        Ok(self
            .conn
            .prepare_cached("SELECT id FROM customers WHERE tenant_id = ?1")?
            .query_row([tenant_id], |r| r.get(0))
            .optional()?)
    }

    /// Every customer a reference could mean: its id or an id prefix, its
    /// domain, its tenant ID, or its exact company name (case-insensitive).
    /// At most `cap` are returned.
    pub fn customers_matching(&self, reference: &str, cap: usize) -> anyhow::Result<Vec<Customer>> {
        let r = reference.trim().to_ascii_lowercase();
        let prefix_end = format!("{r}\u{10ffff}");
        let id_prefix = r.len() >= 8;
        let columns = all_customer_columns();
        let sql = format!(
            "SELECT {columns} FROM customers c WHERE c.id IN (
                SELECT id FROM customers WHERE id = ?1
                UNION SELECT id FROM customers WHERE ?2 AND id >= ?1 AND id < ?3
                UNION SELECT id FROM customers WHERE domain = ?1
                UNION SELECT customer_id FROM customer_domains WHERE domain = ?1
                UNION SELECT id FROM customers WHERE tenant_id = ?1
                UNION SELECT id FROM customers WHERE company_name = ?4 COLLATE NOCASE
             ) ORDER BY c.company_name COLLATE NOCASE, c.domain LIMIT ?5"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(
            params![r, id_prefix, prefix_end, reference.trim(), cap as i64],
            customer_from_row,
        )?;
        let mut found: Vec<Customer> = rows.collect::<Result<_, _>>()?;
        let name = reference.trim();
        if !name.is_ascii() && found.len() < cap {
            // SQLite's NOCASE folds ASCII letters only: `SOCIÉTÉ` must find
            // `Société` too. Compared here, on the names of the same length
            // (a full scan, taken only for a reference beyond ASCII).
            let wanted = name.to_lowercase();
            let mut same_length = self.conn.prepare_cached(
                "SELECT id, company_name FROM customers WHERE length(company_name) = ?1",
            )?;
            let mut rows = same_length.query([name.chars().count() as i64])?;
            let mut ids = Vec::new();
            while let Some(row) = rows.next()? {
                let company: String = row.get(1)?;
                if company.to_lowercase() == wanted {
                    ids.push(row.get::<_, String>(0)?);
                }
            }
            for id in ids {
                if found.len() >= cap {
                    break;
                }
                if !found.iter().any(|c| c.id == id) {
                    if let Some(c) = self.customer(&id)? {
                        found.push(c);
                    }
                }
            }
        }
        Ok(found)
    }

    /// Whether the table's rows lie in about the order of the name index:
    /// judged on the index's first entries (a few milliseconds), each of
    /// which must mostly be followed by a row stored after it.
    fn rows_follow_name_order(&self) -> anyhow::Result<bool> {
        const SAMPLE: i64 = 4096;
        let mut stmt = self.conn.prepare_cached(
            "SELECT rowid FROM customers INDEXED BY customers_company_name
             ORDER BY company_name COLLATE NOCASE, domain LIMIT ?1",
        )?;
        let mut rows = stmt.query([SAMPLE])?;
        let (mut pairs, mut ascending, mut last) = (0i64, 0i64, None::<i64>);
        while let Some(row) = rows.next()? {
            let rowid: i64 = row.get(0)?;
            if let Some(last) = last {
                pairs += 1;
                ascending += i64::from(rowid > last);
            }
            last = Some(rowid);
        }
        Ok(pairs >= 100 && ascending * 10 >= pairs * 9)
    }

    /// Streams the customers a list shows, ordered by company name. The
    /// record handed to `f` is reused from row to row.
    pub fn for_each_customer(
        &self,
        filter: &CustomerFilter,
        mut f: impl FnMut(&mut Customer) -> anyhow::Result<()>,
    ) -> anyhow::Result<()> {
        use rusqlite::types::Value;
        let (any_provider_links, any_other_domains): (bool, bool) = self
            .conn
            .prepare_cached(
                "SELECT EXISTS (SELECT 1 FROM provider_customers),
                        EXISTS (SELECT 1 FROM customer_domains)",
            )?
            .query_row([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        let any_gdap = self.any_gdap()?;
        let columns = customer_columns(any_provider_links, any_other_domains, any_gdap);
        // Only the filters given are in the SQL, so the planner can use the
        // name and domain indexes for a search instead of scanning.
        // A whole list walks the table once and sorts it in SQLite's external
        // sorter (bounded memory, spilling to a temp file) when the rows lie
        // in no particular order: reading them in name order through the
        // name index would cost one random page read per row, twice the
        // time at a million rows. When the rows were written in name order
        // (a file sorted by name, by domain or by number), the name index
        // reads the table front to back and no sort is needed: half the
        // time, cold or warm. A search or a limit reads few rows, so the
        // indexes serve it best.
        let whole_table = filter.search.is_none() && filter.limit.is_none();
        let scan = if !whole_table {
            ""
        } else if self.rows_follow_name_order()? {
            "INDEXED BY customers_company_name"
        } else {
            "NOT INDEXED"
        };
        let mut sql = format!("SELECT {columns} FROM customers c {scan} WHERE 1");
        let mut values: Vec<Value> = Vec::new();
        let param = |values: &mut Vec<Value>, v: Value| {
            values.push(v);
            format!("?{}", values.len())
        };
        if let Some(r) = filter.relationship {
            let p = param(&mut values, Value::Text(r.as_str().into()));
            sql += &format!(" AND c.relationship = {p}");
        }
        if let Some(search) = filter.search.as_deref() {
            let text = search.trim();
            // A prefix is a range of the NOCASE indexes; LIKE then keeps
            // exactly the values that start with it. NOCASE folds ASCII
            // letters only, so a prefix with accented letters is searched in
            // each of its case spellings (`élan`, `Élan`): still ranges of
            // the index, so a search stays fast whatever the size.
            let mut names = Vec::new();
            for variant in case_variants(text) {
                let lo = param(&mut values, Value::Text(variant.clone()));
                let hi = param(&mut values, Value::Text(format!("{variant}\u{10ffff}")));
                let like = param(&mut values, Value::Text(like_prefix(&variant)));
                names.push(format!(
                    "(c.company_name >= {lo} COLLATE NOCASE AND c.company_name < {hi} COLLATE NOCASE
                        AND c.company_name LIKE {like} ESCAPE '\\')"
                ));
            }
            // Domains are stored as punycode: an international prefix is
            // searched as the punycode of what was typed, where it is whole.
            let domain_text = crate::domain::values::Domain::parse(text)
                .map(|d| d.to_string())
                .unwrap_or_else(|_| text.to_ascii_lowercase());
            let lo = param(&mut values, Value::Text(domain_text.clone()));
            let hi = param(&mut values, Value::Text(format!("{domain_text}\u{10ffff}")));
            let like = param(&mut values, Value::Text(like_prefix(&domain_text)));
            sql += &format!(
                " AND ({names}
                    OR (c.domain >= {lo} AND c.domain < {hi} AND c.domain LIKE {like} ESCAPE '\\')
                    OR c.id IN (SELECT d.customer_id FROM customer_domains d
                                WHERE d.domain >= {lo} AND d.domain < {hi} AND d.domain LIKE {like} ESCAPE '\\'))",
                names = names.join(" OR ")
            );
        }
        if let Some(provider) = &filter.provider_id {
            let p = param(&mut values, Value::Text(provider.clone()));
            sql += &format!(
                " AND EXISTS (SELECT 1 FROM provider_customers pc WHERE pc.customer_id = c.id AND pc.provider_id = {p})"
            );
        }
        if let Some(provider) = &filter.not_provider_id {
            let p = param(&mut values, Value::Text(provider.clone()));
            sql += &format!(
                " AND NOT EXISTS (SELECT 1 FROM provider_customers pc WHERE pc.customer_id = c.id AND pc.provider_id = {p})"
            );
        }
        if let Some(tag) = &filter.tag {
            let p = param(&mut values, Value::Text(tag.clone()));
            sql += &format!(" AND (';' || c.tags || ';') LIKE ('%;' || {p} || ';%')");
        }
        if let Some(channel) = filter.channel {
            let p = param(&mut values, Value::Text(channel.as_str().into()));
            sql += &format!(" AND c.channel = {p}");
        }
        if filter.delegated_admin {
            sql += " AND c.delegated_admin = 1";
        }
        if let Some(wanted) = &filter.admin_access {
            let admin_access = if any_gdap {
                super::gdap::ADMIN_ACCESS_SQL
            } else {
                super::gdap::ADMIN_ACCESS_NO_GDAP_SQL
            };
            let words: Vec<String> = wanted
                .iter()
                .map(|a| param(&mut values, Value::Text(a.as_str().into())))
                .collect();
            sql += &format!(" AND {admin_access} IN ({})", words.join(", "));
        }
        sql += " ORDER BY c.company_name COLLATE NOCASE, c.domain";
        if let Some(limit) = filter.limit {
            let p = param(
                &mut values,
                Value::Integer(limit.min(i64::MAX as u64) as i64),
            );
            sql += &format!(" LIMIT {p}");
        }
        let mut stmt = self.conn.prepare(&sql)?;
        let mut rows = stmt.query(rusqlite::params_from_iter(values))?;
        let mut customer = None;
        while let Some(row) = rows.next()? {
            match customer.as_mut() {
                None => customer = Some(customer_from_row(row)?),
                Some(c) => read_customer(row, c)?,
            }
            if let Some(c) = customer.as_mut() {
                f(c)?;
            }
        }
        Ok(())
    }

    /// Sets what `changes` names, and `updated_at`. Only the columns that
    /// change are in the statement: SQLite rewrites the entries of every
    /// index on a column named in `SET` (and fires `UPDATE OF` triggers)
    /// even when the value stays the same, so naming them all cost an
    /// upsert three index rewrites and a trigger for each changed contact.
    pub fn update_customer(
        &self,
        id: &str,
        changes: &CustomerChanges,
        now: &str,
    ) -> anyhow::Result<()> {
        use rusqlite::types::Value;
        let c = changes;
        let text = |t: &Option<String>| t.clone().map_or(Value::Null, Value::Text);
        let columns: [(&str, Option<Value>); 10] = [
            ("company_name", c.company_name.clone().map(Value::Text)),
            ("domain", c.domain.clone().map(Value::Text)),
            ("tenant_id", c.tenant_id.as_ref().map(text)),
            ("contact_name", c.contact_name.as_ref().map(text)),
            ("contact_email", c.contact_email.as_ref().map(text)),
            (
                "delegated_admin",
                c.delegated_admin.map(|v| Value::Integer(v.into())),
            ),
            ("tags", c.tags.as_deref().map(|t| Value::Text(join_tags(t)))),
            ("source", c.source.map(|v| Value::Text(v.as_str().into()))),
            (
                "partner_center_relationship",
                c.partner_center_relationship.as_ref().map(text),
            ),
            (
                "channel",
                c.channel
                    .map(|v| v.map_or(Value::Null, |ch| Value::Text(ch.as_str().into()))),
            ),
        ];
        // ?1 is the id, ?2 the time; each change adds its value.
        let mut values = vec![Value::Text(id.into()), Value::Text(now.into())];
        let mut sets: Vec<String> = Vec::new();
        for (column, value) in columns {
            if let Some(value) = value {
                values.push(value);
                sets.push(format!("{column} = ?{}", values.len()));
            }
        }
        let since = c.relationship_since.clone().map(|v| {
            values.push(Value::Text(v));
            format!("?{}", values.len())
        });
        match c.relationship {
            // A relationship that changes starts now (unless `--since`
            // says when) and ends, when it becomes removed, now.
            Some(r) => {
                values.push(Value::Text(r.as_str().into()));
                let r = format!("?{}", values.len());
                let since = since.unwrap_or_else(|| "NULL".to_string());
                sets.push(format!(
                    "relationship_since = CASE WHEN {since} IS NOT NULL THEN {since}
                                               WHEN {r} <> relationship THEN ?2
                                               ELSE relationship_since END,
                     removed_at = CASE WHEN {r} = relationship THEN removed_at
                                       WHEN {r} = 'removed' THEN ?2 ELSE NULL END,
                     relationship = {r}"
                ));
            }
            None => {
                if let Some(since) = since {
                    sets.push(format!("relationship_since = {since}"));
                }
            }
        }
        sets.push("updated_at = ?2".to_string());
        let sql = format!("UPDATE customers SET {} WHERE id = ?1", sets.join(", "));
        self.conn
            .prepare_cached(&sql)?
            .execute(rusqlite::params_from_iter(values))?;
        Ok(())
    }
}

/// The spellings of `text` that differ in the case of its non-ASCII letters
/// (NOCASE and LIKE fold ASCII letters themselves): `élan` gives `élan` and
/// `Élan`. At most 8: past three such letters, only all-lower, all-upper
/// and first-upper are tried.
fn case_variants(text: &str) -> Vec<String> {
    let foldable = |c: char| !c.is_ascii() && c.to_lowercase().ne(c.to_uppercase());
    let n = text.chars().filter(|&c| foldable(c)).count();
    if n == 0 {
        return vec![text.to_string()];
    }
    if n > 3 {
        let lower = text.to_lowercase();
        let mut first_upper: String = lower.chars().take(1).flat_map(char::to_uppercase).collect();
        first_upper.extend(lower.chars().skip(1));
        let mut variants = vec![lower, text.to_uppercase(), first_upper, text.to_string()];
        variants.sort();
        variants.dedup();
        return variants;
    }
    let mut variants = vec![String::new()];
    for c in text.chars() {
        if foldable(c) {
            let lower: String = c.to_lowercase().collect();
            let upper: String = c.to_uppercase().collect();
            variants = variants
                .into_iter()
                .flat_map(|v| [format!("{v}{lower}"), format!("{v}{upper}")])
                .collect();
        } else {
            for v in &mut variants {
                v.push(c);
            }
        }
    }
    variants
}

/// A LIKE pattern matching values that start with `text`, wildcards escaped.
fn like_prefix(text: &str) -> String {
    let mut p = String::with_capacity(text.len() + 1);
    for ch in text.trim().chars() {
        if matches!(ch, '%' | '_' | '\\') {
            p.push('\\');
        }
        p.push(ch);
    }
    p.push('%');
    p
}

#[cfg(test)]
mod tests {
    use crate::domain::customer::{CustomerFilter, NewCustomer, Relationship, Source};
    use crate::domain::values::Domain;
    use crate::store::Store;

    fn store_with(customers: &[(&str, &str)]) -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut store = Store::open(&dir.path().join("csp.db")).expect("open");
        store
            .write(|db| {
                for (i, (name, domain)) in customers.iter().enumerate() {
                    let new = NewCustomer {
                        company_name: name.to_string(),
                        domain: Domain::parse(domain)?,
                        tenant_id: None,
                        contact_name: None,
                        contact_email: None,
                        relationship: Relationship::Active,
                        relationship_since: None,
                        delegated_admin: false,
                        source: Source::Manual,
                        channel: None,
                        tags: vec!["gold".into(); i % 2],
                    };
                    db.insert_customer(&format!("id-{i}"), &new, "2026-01-01T00:00:00Z")?;
                }
                Ok(())
            })
            .expect("insert");
        (dir, store)
    }

    fn domains(store: &Store, filter: CustomerFilter) -> Vec<String> {
        let mut out = Vec::new();
        store
            .read()
            .for_each_customer(&filter, |c| {
                out.push(c.domain.clone());
                Ok(())
            })
            .expect("list");
        out
    }

    fn search(text: &str) -> CustomerFilter {
        CustomerFilter {
            search: Some(text.into()),
            ..CustomerFilter::default()
        }
    }

    #[test]
    fn accented_letters_are_searched_in_both_cases() {
        assert_eq!(super::case_variants("fab"), ["fab"]);
        assert_eq!(super::case_variants("élan"), ["élan", "Élan"]);
        assert_eq!(super::case_variants("ÉLAN").len(), 2);
        assert!(super::case_variants("éééééé").len() <= 4);
        let (_dir, store) = store_with(&[("Élan Vital", "elan.fr"), ("Elan", "elan.com")]);
        assert_eq!(domains(&store, search("élan")), ["elan.fr"]);
        assert_eq!(domains(&store, search("ÉLAN V")), ["elan.fr"]);
    }

    #[test]
    fn search_finds_name_or_domain_prefixes_ignoring_ascii_case_and_wildcards() {
        let (_dir, store) = store_with(&[
            ("Fabrikam Inc", "fabrikam.com"),
            ("fab_lab", "lab.example"),
            ("Contoso", "fabric.example"),
            ("100% Fabric", "percent.example"),
            ("Northwind", "northwind.com"),
        ]);
        assert_eq!(
            domains(&store, search("FAB")),
            ["fabric.example", "lab.example", "fabrikam.com"]
        );
        assert_eq!(domains(&store, search("fab_")), ["lab.example"]);
        assert_eq!(domains(&store, search("100%")), ["percent.example"]);
        assert_eq!(domains(&store, search("  north ")), ["northwind.com"]);
        assert!(domains(&store, search("abrikam")).is_empty());
    }

    #[test]
    fn a_whole_list_and_a_limited_one_come_in_the_same_order() {
        let names: Vec<(String, String)> = (0..200)
            .map(|i| {
                (
                    format!("{} Co", ["beta", "Alpha", "gamma", "Delta"][i % 4]),
                    format!("c{i}.example"),
                )
            })
            .collect();
        let refs: Vec<(&str, &str)> = names
            .iter()
            .map(|(n, d)| (n.as_str(), d.as_str()))
            .collect();
        let (_dir, store) = store_with(&refs);
        let whole = domains(&store, CustomerFilter::default());
        let limited = domains(
            &store,
            CustomerFilter {
                limit: Some(1000),
                ..CustomerFilter::default()
            },
        );
        assert_eq!(whole.len(), 200);
        assert_eq!(whole, limited);
        // Reused records must not carry one row's tags into the next.
        let mut tags = Vec::new();
        store
            .read()
            .for_each_customer(&CustomerFilter::default(), |c| {
                tags.push((c.id.clone(), c.tags.clone()));
                Ok(())
            })
            .expect("list");
        for (id, t) in tags {
            let i: usize = id.trim_start_matches("id-").parse().expect("id");
            assert_eq!(t.len(), i % 2, "{id}");
        }
    }
}
