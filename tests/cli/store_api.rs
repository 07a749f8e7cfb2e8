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
