//! The store's contract, written against its API rather than its SQL, so
//! the same tests run on every engine: each test takes a fresh store of
//! each engine from [`engines`] — the SQLite file, and PostgreSQL when
//! `CSP_TEST_POSTGRES_URL` names a server (a throwaway database per test) —
//! and checks what the layers above rely on.

use csp::domain::audit::{Actor, Change, LogFilter};
use csp::domain::customer::{CustomerFilter, NewCustomer, Relationship, Source};
use csp::domain::invitation::{InvitationKind, InvitationStatus};
use csp::domain::provider::NewProvider;
use csp::domain::values::{Domain, TenantId};
use csp::store::{CustomerChanges, NewInvitation, Store};

/// What keeps a test's store alive: its temp folder, or its database.
enum Keep {
    // Held for its Drop, which removes the folder.
    Dir(#[allow(dead_code)] tempfile::TempDir),
    Database(crate::common::postgres::Database),
}

/// A fresh, empty store of each engine, with what keeps it alive.
fn engines() -> Vec<(&'static str, Keep, Store)> {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::open(&dir.path().join("csp.db")).expect("open the SQLite store");
    let mut all = vec![("sqlite", Keep::Dir(dir), store)];
    if let Some(db) = crate::common::postgres::Database::create() {
        let store = Store::open_at(
            &csp::store::Location::Server(db.url.clone()),
            csp::store::Access::Write,
        )
        .expect("open the PostgreSQL store");
        all.push(("postgres", Keep::Database(db), store));
    }
    all
}

fn customer(name: &str, domain: &str, tenant: Option<&str>) -> NewCustomer {
    NewCustomer {
        company_name: name.to_string(),
        domain: Domain::parse(domain).expect("domain"),
        tenant_id: tenant.map(|t| TenantId::parse(t).expect("tenant")),
        contact_name: None,
        contact_email: None,
        relationship: Relationship::Active,
        relationship_since: None,
        delegated_admin: false,
        source: Source::Manual,
        channel: None,
        tags: vec!["gold".to_string()],
    }
}

fn actor() -> Actor {
    Actor {
        user: "tester".to_string(),
        role: None,
    }
}

fn change(action: &'static str, customer_id: Option<&str>) -> Change {
    Change {
        action,
        entity: "customer",
        entity_id: customer_id.map(str::to_string),
        customer_id: customer_id.map(str::to_string),
        reason: None,
        details: serde_json::json!({"n": 1}),
    }
}

const ID_A: &str = "11111111-1111-4111-8111-111111111111";
const ID_B: &str = "22222222-2222-4222-8222-222222222222";
const TENANT: &str = "0b5c4a3e-6f70-4d8e-9a1b-2c3d4e5f6a7b";

#[test]
fn a_customer_reads_back_as_written() {
    for (engine, _dir, mut store) in engines() {
        let now = csp::store::now();
        store
            .write(|db| {
                db.insert_customer(
                    ID_A,
                    &customer("Fabrikam", "fabrikam.com", Some(TENANT)),
                    &now,
                )
            })
            .expect("insert");
        let c = store.read().customer(ID_A).expect("read").expect("found");
        assert_eq!(c.company_name, "Fabrikam", "{engine}");
        assert_eq!(c.domain, "fabrikam.com", "{engine}");
        assert_eq!(c.tenant_id.as_deref(), Some(TENANT), "{engine}");
        assert_eq!(c.relationship, Relationship::Active, "{engine}");
        assert_eq!(c.tags, vec!["gold".to_string()], "{engine}");
        assert_eq!(c.created_at, now, "{engine}");
    }
}

#[test]
fn domains_and_tenant_ids_are_unique() {
    for (engine, _dir, mut store) in engines() {
        let now = csp::store::now();
        store
            .write(|db| {
                db.insert_customer(
                    ID_A,
                    &customer("Fabrikam", "fabrikam.com", Some(TENANT)),
                    &now,
                )
            })
            .expect("insert");
        let same_domain = store
            .write(|db| db.insert_customer(ID_B, &customer("Other", "fabrikam.com", None), &now));
        assert!(
            same_domain.is_err(),
            "{engine}: a second customer took fabrikam.com"
        );
        let same_tenant = store.write(|db| {
            db.insert_customer(ID_B, &customer("Other", "other.com", Some(TENANT)), &now)
        });
        assert!(
            same_tenant.is_err(),
            "{engine}: a second customer took the tenant ID"
        );
        assert_eq!(store.read().customer(ID_B).expect("read"), None, "{engine}");
    }
}

#[test]
fn a_failed_write_leaves_nothing_behind_not_even_its_audit_entry() {
    for (engine, _dir, mut store) in engines() {
        let now = csp::store::now();
        let result: anyhow::Result<()> = store.write(|db| {
            db.insert_customer(ID_A, &customer("Fabrikam", "fabrikam.com", None), &now)?;
            db.append_audit(&actor(), &change("customer.add", Some(ID_A)))?;
            anyhow::bail!("the command failed after writing")
        });
        assert!(result.is_err(), "{engine}");
        assert_eq!(store.read().customer(ID_A).expect("read"), None, "{engine}");
        let mut entries = 0;
        store
            .read()
            .for_each_log_entry(&LogFilter::default(), |_| {
                entries += 1;
                Ok(())
            })
            .expect("log");
        assert_eq!(entries, 0, "{engine}");
    }
}

#[test]
fn references_find_a_customer_by_id_prefix_domain_tenant_or_name() {
    for (engine, _dir, mut store) in engines() {
        let now = csp::store::now();
        store
            .write(|db| {
                db.insert_customer(
                    ID_A,
                    &customer("Fabrikam Ltd", "fabrikam.com", Some(TENANT)),
                    &now,
                )
            })
            .expect("insert");
        for reference in [
            ID_A,
            "11111111",
            "fabrikam.com",
            "FABRIKAM.COM",
            TENANT,
            "fabrikam ltd",
        ] {
            let found = store
                .read()
                .customers_matching(reference, 5)
                .expect("match");
            assert_eq!(
                found.iter().map(|c| c.id.as_str()).collect::<Vec<_>>(),
                vec![ID_A],
                "{engine}: {reference}"
            );
        }
        assert!(store
            .read()
            .customers_matching("nobody.com", 5)
            .expect("match")
            .is_empty());
    }
}

#[test]
fn updates_change_only_what_they_name() {
    for (engine, _dir, mut store) in engines() {
        let now = csp::store::now();
        store
            .write(|db| db.insert_customer(ID_A, &customer("Fabrikam", "fabrikam.com", None), &now))
            .expect("insert");
        let changes = CustomerChanges {
            company_name: Some("Fabrikam Group".to_string()),
            relationship: Some(Relationship::Removed),
            ..CustomerChanges::default()
        };
        store
            .write(|db| db.update_customer(ID_A, &changes, &now))
            .expect("update");
        let c = store.read().customer(ID_A).expect("read").expect("found");
        assert_eq!(c.company_name, "Fabrikam Group", "{engine}");
        assert_eq!(c.relationship, Relationship::Removed, "{engine}");
        assert_eq!(c.domain, "fabrikam.com", "{engine}");
        assert_eq!(c.tags, vec!["gold".to_string()], "{engine}");
    }
}

#[test]
fn lists_filter_by_relationship_and_come_sorted_by_name() {
    for (engine, _dir, mut store) in engines() {
        let now = csp::store::now();
        store
            .write(|db| {
                db.insert_customer(ID_B, &customer("Zeta", "zeta.com", None), &now)?;
                let mut invited = customer("Alpha", "alpha.com", None);
                invited.relationship = Relationship::Invited;
                db.insert_customer(ID_A, &invited, &now)?;
                db.insert_customer(
                    "33333333-3333-4333-8333-333333333333",
                    &customer("beta", "beta.com", None),
                    &now,
                )
            })
            .expect("insert");
        let names = |filter: CustomerFilter| {
            let mut names = Vec::new();
            store
                .read()
                .for_each_customer(&filter, |c| {
                    names.push(c.company_name.clone());
                    Ok(())
                })
                .expect("list");
            names
        };
        assert_eq!(
            names(CustomerFilter::default()),
            ["Alpha", "beta", "Zeta"],
            "{engine}"
        );
        let active = CustomerFilter {
            relationship: Some(Relationship::Active),
            ..CustomerFilter::default()
        };
        assert_eq!(names(active), ["beta", "Zeta"], "{engine}");
    }
}

#[test]
fn a_provider_link_is_recorded_once() {
    for (engine, _dir, mut store) in engines() {
        let now = csp::store::now();
        let provider = NewProvider {
            name: "Ingram Micro".to_string(),
            tenant_id: TenantId::parse("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d").expect("tenant"),
            mpn_id: None,
            location: None,
        };
        store
            .write(|db| {
                db.insert_customer(ID_A, &customer("Fabrikam", "fabrikam.com", None), &now)?;
                db.insert_provider(ID_B, &provider, &now)?;
                db.link_provider(ID_B, ID_A, &now, None)?;
                db.link_provider(ID_B, ID_A, &now, None)
            })
            .expect("link twice");
        assert!(
            store.read().provider_holds(ID_B, ID_A).expect("holds"),
            "{engine}"
        );
        let c = store.read().customer(ID_A).expect("read").expect("found");
        assert_eq!(c.providers, vec!["Ingram Micro".to_string()], "{engine}");
        assert!(store
            .write(|db| db.detach_provider(ID_B, ID_A))
            .expect("detach"));
        assert!(
            !store.read().provider_holds(ID_B, ID_A).expect("holds"),
            "{engine}"
        );
    }
}

#[test]
fn an_invitation_moves_through_its_steps() {
    for (engine, _dir, mut store) in engines() {
        let now = csp::store::now();
        let inv = "44444444-4444-4444-8444-444444444444";
        store
            .write(|db| {
                db.insert_customer(ID_A, &customer("Fabrikam", "fabrikam.com", None), &now)?;
                db.insert_invitation(&NewInvitation {
                    id: inv,
                    kind: InvitationKind::Reseller,
                    status: InvitationStatus::Draft,
                    customer_id: ID_A,
                    provider_id: None,
                    to: Some("it@fabrikam.com"),
                    link: "https://admin.microsoft.com/x",
                    subject: "s",
                    body: "b",
                    locale: "en",
                    reference: None,
                    now: &now,
                })
            })
            .expect("insert");
        let pending = store
            .read()
            .pending_invitation(ID_A, None)
            .expect("pending");
        assert_eq!(pending.map(|i| i.id), Some(inv.to_string()), "{engine}");
        store
            .write(|db| db.set_invitation_status(inv, InvitationStatus::Sent, &now))
            .expect("sent");
        let i = store.read().invitation(inv).expect("read").expect("found");
        assert_eq!(i.status, InvitationStatus::Sent, "{engine}");
        assert_eq!(i.sent_at.as_deref(), Some(now.as_str()), "{engine}");
        assert_eq!(i.customer_domain, "fabrikam.com", "{engine}");
        store
            .write(|db| db.set_invitation_status(inv, InvitationStatus::Accepted, &now))
            .expect("accepted");
        assert!(store
            .read()
            .pending_invitation(ID_A, None)
            .expect("pending")
            .is_none());
        assert!(store
            .read()
            .pending_invitations_of_customer(ID_A)
            .expect("pending")
            .is_empty());
    }
}

#[test]
fn audit_entries_read_back_newest_first_and_by_customer() {
    for (engine, keep, mut store) in engines() {
        let now = csp::store::now();
        store
            .write(|db| {
                db.insert_customer(ID_A, &customer("Fabrikam", "fabrikam.com", None), &now)?;
                db.append_audit(&actor(), &change("customer.add", Some(ID_A)))?;
                db.append_audit(&actor(), &change("customer.import", None))
            })
            .expect("write");
        let mut actions = Vec::new();
        store
            .read()
            .for_each_log_entry(&LogFilter::default(), |e| {
                actions.push(e.action.clone());
                Ok(())
            })
            .expect("log");
        assert_eq!(actions, ["customer.import", "customer.add"], "{engine}");
        let mut about_a = Vec::new();
        let filter = LogFilter {
            customer_id: Some(ID_A.to_string()),
            ..LogFilter::default()
        };
        store
            .read()
            .for_each_log_entry(&filter, |e| {
                about_a.push((e.action.clone(), e.user.clone()));
                Ok(())
            })
            .expect("log");
        // On PostgreSQL the entry names the database user the server
        // authenticated, whatever the client says.
        let user = match &keep {
            Keep::Dir(_) => "tester".to_string(),
            Keep::Database(db) => db
                .client()
                .query_one("SELECT session_user::text", &[])
                .expect("session user")
                .get(0),
        };
        assert_eq!(about_a, [("customer.add".to_string(), user)], "{engine}");
    }
}

// The bulk load (an import into a store without customers): the same
// contents as inserting row by row, every rule proven, nothing left behind
// by a failure. On PostgreSQL it runs twice: as the tables' owner (the load
// rebuilds the indexes) and as a role granted `--writer` (it cannot).

/// A role granted `csp db grant --writer`, dropped with its database.
struct Writer {
    role: String,
    db: crate::common::postgres::Database,
}

impl Drop for Writer {
    fn drop(&mut self) {
        let mut client = self.db.client();
        let _ = client.batch_execute(&format!(
            "DROP OWNED BY {0}; SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '{0}'",
            self.role
        ));
        let _ = client.batch_execute(&format!("DROP ROLE IF EXISTS {}", self.role));
    }
}

/// Each engine, and on PostgreSQL also a writer role's connection.
fn bulk_engines() -> Vec<(&'static str, Box<dyn std::any::Any>, Store)> {
    let mut all: Vec<(&'static str, Box<dyn std::any::Any>, Store)> = Vec::new();
    for (engine, keep, store) in engines() {
        let keep: Box<dyn std::any::Any> = match keep {
            Keep::Dir(d) => Box::new(d),
            Keep::Database(d) => Box::new(d),
        };
        all.push((engine, keep, store));
    }
    if let Some(db) = crate::common::postgres::Database::create() {
        let mut owner = Store::open_at(
            &csp::store::Location::Server(db.url.clone()),
            csp::store::Access::Write,
        )
        .expect("open the PostgreSQL store");
        let role = format!("csp_bulk_{}", uuid::Uuid::new_v4().simple());
        db.client()
            .batch_execute(&format!("CREATE ROLE {role} LOGIN PASSWORD 'writer-pw'"))
            .expect("create a writer role");
        let writer = Writer { role, db };
        owner
            .grant(&writer.role, csp::store::Grant::Writer)
            .expect("grant --writer");
        drop(owner);
        let store = Store::open_at(
            &csp::store::Location::Server(writer.db.url_as(&writer.role, "writer-pw")),
            csp::store::Access::Write,
        )
        .expect("open as the writer");
        all.push(("postgres as a writer", Box::new(writer), store));
    }
    all
}

fn bulk_id(i: usize) -> String {
    format!("{i:08x}-0000-4000-8000-000000000000")
}

/// `n` customers of every kind: each relationship, with and without a
/// tenant, contact, channel, `--since`, tags and other domains.
fn bulk_rows(n: usize) -> Vec<csp::store::BulkCustomer> {
    use csp::domain::customer::Channel;
    (0..n)
        .map(|i| {
            let mut new = customer(
                &format!("Bulk \\ Company\t{} \"{i}\"", ["a", "B", "c"][i % 3]),
                &format!("bulk{i}.example"),
                None,
            );
            new.tenant_id = (i % 4 != 0).then(|| {
                TenantId::parse(&format!("{i:08x}-1111-4111-8111-111111111111")).expect("tenant")
            });
            new.relationship = [
                Relationship::Active,
                Relationship::Invited,
                Relationship::Removed,
            ][i % 3];
            new.relationship_since = (i % 5 == 0).then(|| "2024-03-01T00:00:00Z".to_string());
            new.contact_name = (i % 2 == 0).then(|| format!("Contact {i}"));
            new.contact_email = (i % 2 == 0).then(|| {
                csp::domain::values::Email::parse(&format!("it@bulk{i}.example")).expect("email")
            });
            new.delegated_admin = i % 7 == 0;
            new.source = [Source::Manual, Source::PartnerCenter][i % 2];
            new.channel = (i % 3 == 1).then_some(Channel::MicrosoftReferral);
            new.tags = match i % 3 {
                0 => vec![],
                1 => vec!["gold".to_string()],
                _ => vec!["eu".to_string(), "smb".to_string()],
            };
            csp::store::BulkCustomer {
                id: bulk_id(i),
                new,
                partner_center_relationship: (i % 6 == 1).then(|| "Reseller".to_string()),
                other_domains: (0..i % 3)
                    .map(|k| format!("other{k}-bulk{i}.example"))
                    .collect(),
            }
        })
        .collect()
}

/// The load, in batches of `batch`, inside the caller's transaction.
fn load(
    db: &csp::store::Db<'_>,
    rows: &[csp::store::BulkCustomer],
    batch: usize,
    now: &str,
) -> anyhow::Result<()> {
    db.begin_bulk_load()?;
    for chunk in rows.chunks(batch) {
        db.bulk_insert_customers(chunk, now)?;
    }
    db.finish_bulk_load()
}

/// The same rows inserted one by one.
fn insert_one_by_one(
    db: &csp::store::Db<'_>,
    rows: &[csp::store::BulkCustomer],
    now: &str,
) -> anyhow::Result<()> {
    for row in rows {
        db.insert_customer_with(
            &row.id,
            &row.new,
            row.partner_center_relationship.as_deref(),
            now,
        )?;
        for domain in &row.other_domains {
            db.add_customer_domain(&row.id, domain, now)?;
        }
    }
    Ok(())
}

/// Everything a list and a card show, in list order.
fn contents(store: &Store) -> Vec<String> {
    let mut out = Vec::new();
    store
        .read()
        .for_each_customer(&CustomerFilter::default(), |c| {
            out.push((c.id.clone(), format!("{c:?}")));
            Ok(())
        })
        .expect("list");
    out.into_iter()
        .map(|(id, c)| {
            let extras = store.read().customer_extras(&id).expect("extras");
            format!("{c} {extras:?}")
        })
        .collect()
}

/// The rules a store keeps after a load: no domain or tenant twice, a
/// domain to one customer across both tables.
fn assert_rules_hold(engine: &str, store: &mut Store, now: &str) {
    let taken = [
        ("primary domain", customer("Dup", "bulk1.example", None)),
        (
            "other domain",
            customer("Dup", "other0-bulk1.example", None),
        ),
        (
            "tenant",
            customer(
                "Dup",
                "fresh.example",
                Some("00000001-1111-4111-8111-111111111111"),
            ),
        ),
    ];
    for (what, new) in taken {
        let result = store.write(|db| db.insert_customer(ID_A, &new, now));
        assert!(
            result.is_err(),
            "{engine}: a new customer took a loaded {what}"
        );
    }
    let result = store.write(|db| db.add_customer_domain(&bulk_id(2), "bulk1.example", now));
    assert!(
        result.is_err(),
        "{engine}: another's domain became an other domain"
    );
    let c = store
        .read()
        .customer_id_by_domain("other1-bulk2.example")
        .expect("by other domain");
    assert_eq!(c, Some(bulk_id(2)), "{engine}");
}

#[test]
fn a_bulk_load_stores_what_inserting_row_by_row_stores() {
    let rows = bulk_rows(40);
    let now = csp::store::now();
    for ((engine, _keep, mut bulk), (_, _keep2, mut one_by_one)) in
        bulk_engines().into_iter().zip(bulk_engines())
    {
        assert!(
            bulk.read().no_customers().expect("no customers"),
            "{engine}"
        );
        bulk.write(|db| load(db, &rows, 7, &now))
            .unwrap_or_else(|e| panic!("{engine}: bulk load: {e:#}"));
        one_by_one
            .write(|db| insert_one_by_one(db, &rows, &now))
            .expect("row by row");
        assert!(
            !bulk.read().no_customers().expect("no customers"),
            "{engine}"
        );
        let loaded = contents(&bulk);
        assert_eq!(loaded.len(), rows.len(), "{engine}");
        assert_eq!(loaded, contents(&one_by_one), "{engine}");
        assert_rules_hold(engine, &mut bulk, &now);
    }
}

#[test]
fn a_bulk_load_refuses_what_row_by_row_refuses_in_the_same_words() {
    let now = csp::store::now();
    let base = bulk_rows(12);
    let with = |f: &dyn Fn(&mut Vec<csp::store::BulkCustomer>)| {
        let mut rows = base.clone();
        f(&mut rows);
        rows
    };
    let cases: Vec<(&str, Vec<csp::store::BulkCustomer>)> = vec![
        ("an id twice", with(&|r| r[9].id = r[1].id.clone())),
        (
            "a domain twice, across batches",
            with(&|r| r[9].new.domain = r[1].new.domain.clone()),
        ),
        (
            "a domain twice, in one batch",
            with(&|r| r[3].new.domain = r[1].new.domain.clone()),
        ),
        (
            "a tenant twice",
            with(&|r| r[10].new.tenant_id = r[1].new.tenant_id),
        ),
        (
            "a domain that an earlier row has as an other domain, in one batch",
            with(&|r| r[2].new.domain = Domain::parse("other0-bulk1.example").expect("domain")),
        ),
        (
            "a domain that an earlier batch has as an other domain",
            with(&|r| r[8].new.domain = Domain::parse("other0-bulk1.example").expect("domain")),
        ),
        (
            "an other domain that is an earlier customer's domain",
            with(&|r| r[10].other_domains = vec!["bulk3.example".to_string()]),
        ),
        (
            "an other domain that is the customer's own domain",
            with(&|r| r[5].other_domains = vec!["bulk5.example".to_string()]),
        ),
        (
            "an other domain twice",
            with(&|r| r[8].other_domains = vec!["other0-bulk1.example".to_string()]),
        ),
    ];
    for ((engine, _keep, mut bulk), (_, _keep2, mut one_by_one)) in
        bulk_engines().into_iter().zip(bulk_engines())
    {
        for (case, rows) in &cases {
            let expected = one_by_one
                .write(|db| insert_one_by_one(db, rows, &now))
                .expect_err("row by row refuses it");
            let got = bulk
                .write(|db| load(db, rows, 5, &now))
                .expect_err(&format!("{engine}: a bulk load with {case} was accepted"));
            // The row-by-row refusal's words, after what the bulk load
            // may add (which rows of the load share the value).
            let (got, expected) = (format!("{got:#}"), format!("{expected:#}"));
            assert!(
                got.ends_with(&expected),
                "{engine}: {case}:\n  bulk: {got}\n  row by row: {expected}"
            );
            assert!(
                bulk.read().no_customers().expect("read"),
                "{engine}: {case}"
            );
        }
        // The refused loads left the schema whole: a good load keeps every rule.
        bulk.write(|db| load(db, &base, 5, &now))
            .unwrap_or_else(|e| panic!("{engine}: {e:#}"));
        assert_rules_hold(engine, &mut bulk, &now);
    }
}

#[test]
fn a_rolled_back_bulk_load_leaves_nothing_behind() {
    let now = csp::store::now();
    let rows = bulk_rows(20);
    for (engine, _keep, mut store) in bulk_engines() {
        store
            .dry_run(|db| load(db, &rows, 6, &now))
            .unwrap_or_else(|e| panic!("{engine}: {e:#}"));
        assert!(store.read().no_customers().expect("read"), "{engine}");
        let failed: anyhow::Result<()> = store.write(|db| {
            db.begin_bulk_load()?;
            db.bulk_insert_customers(&rows[..10], &now)?;
            anyhow::bail!("the import failed half way")
        });
        assert!(failed.is_err(), "{engine}");
        assert!(store.read().no_customers().expect("read"), "{engine}");
        assert_eq!(
            store
                .read()
                .customer_id_by_domain("other0-bulk1.example")
                .expect("read"),
            None,
            "{engine}"
        );
        // Indexes, constraints and triggers are back: the rules hold.
        store
            .write(|db| insert_one_by_one(db, &rows, &now))
            .expect("row by row after the rollback");
        assert_rules_hold(engine, &mut store, &now);
    }
}
