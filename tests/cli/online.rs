//! The online part against a small HTTP server of the suite on 127.0.0.1
//! that serves the documented shapes of PARTNER-CENTER.md: contract tests of
//! Microsoft's documented API, not of the live service. Each test asserts on
//! the requests csp sent and on the records afterwards.

use crate::common::{Home, PARTNER_ID};
use serde_json::{json, Value};
use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::sync::{Arc, Mutex};

const CLIENT_ID: &str = "3f2a1b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b";
const FABRIKAM: &str = "11111111-2222-4333-8444-555555555555";
const NORTHWIND: &str = "22222222-3333-4444-8555-666666666666";
const TAILSPIN: &str = "33333333-4444-4555-8666-777777777777";
const PROVIDER: &str = "5d6e7f80-1a2b-4c3d-8e9f-0a1b2c3d4e5f";

/// One request as the server saw it.
#[derive(Debug, Clone)]
pub struct Seen {
    pub method: String,
    /// Path and query.
    pub path: String,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Seen {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.body).expect("JSON body")
    }
    pub fn form(&self, key: &str) -> Option<String> {
        self.body.split('&').find_map(|pair| {
            let (k, v) = pair.split_once('=')?;
            (k == key).then(|| decode(v))
        })
    }
}

fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).expect("hex");
            out.push(u8::from_str_radix(hex, 16).expect("hex"));
            i += 3;
        } else {
            out.push(if bytes[i] == b'+' { b' ' } else { bytes[i] });
            i += 1;
        }
    }
    String::from_utf8(out).expect("utf-8")
}

/// Reads one request (line, headers, body) from a connection.
fn read_request(reader: &mut impl BufRead) -> Option<Seen> {
    let mut line = String::new();
    if reader.read_line(&mut line).unwrap_or(0) == 0 {
        return None;
    }
    let mut parts = line.split_whitespace();
    let method = parts.next().unwrap_or("").to_string();
    let path = parts.next().unwrap_or("").to_string();
    let mut headers = Vec::new();
    loop {
        let mut h = String::new();
        if reader.read_line(&mut h).unwrap_or(0) == 0 || h.trim().is_empty() {
            break;
        }
        if let Some((k, v)) = h.split_once(':') {
            headers.push((k.trim().to_string(), v.trim().to_string()));
        }
    }
    let length = headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case("content-length"))
        .and_then(|(_, v)| v.parse::<usize>().ok())
        .unwrap_or(0);
    let mut body = vec![0; length];
    let _ = reader.read_exact(&mut body);
    Some(Seen {
        method,
        path,
        headers,
        body: String::from_utf8_lossy(&body).into_owned(),
    })
}

/// What the server answers.
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

pub fn reply(status: u16, body: Value) -> Reply {
    Reply {
        status,
        headers: Vec::new(),
        body: if body.is_null() {
            String::new()
        } else {
            body.to_string()
        },
    }
}

/// Closes the connection without answering, once the request is read (as
/// a connection lost after the request went out looks to csp).
pub fn hang_up() -> Reply {
    Reply {
        status: 0,
        headers: Vec::new(),
        body: String::new(),
    }
}

impl Reply {
    pub fn with(mut self, name: &str, value: &str) -> Reply {
        self.headers.push((name.to_string(), value.to_string()));
        self
    }
}

/// Answers a request, given how many earlier requests had the same method
/// and path (without query).
type Handler = dyn Fn(&Seen, usize) -> Reply + Send + Sync;

pub struct Server {
    pub base: String,
    seen: Arc<Mutex<Vec<Seen>>>,
}

impl Server {
    pub fn start(handler: impl Fn(&Seen, usize) -> Reply + Send + Sync + 'static) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind loopback");
        let base = format!("http://{}", listener.local_addr().expect("address"));
        let seen: Arc<Mutex<Vec<Seen>>> = Arc::default();
        let log = seen.clone();
        let handler: Arc<Handler> = Arc::new(handler);
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(mut stream) = stream else { continue };
                let mut reader = BufReader::new(stream.try_clone().expect("clone"));
                let Some(mut request) = read_request(&mut reader) else {
                    continue;
                };
                // A proxy's tunnel: say it is open, then serve what comes through.
                if request.method == "CONNECT" {
                    log.lock().expect("log").push(request.clone());
                    let _ = stream.write_all(b"HTTP/1.1 200 Connection established\r\n\r\n");
                    match read_request(&mut reader) {
                        Some(inner) => request = inner,
                        None => continue,
                    }
                }
                let key =
                    |s: &Seen| format!("{} {}", s.method, s.path.split('?').next().unwrap_or(""));
                let nth = {
                    let mut log = log.lock().expect("log");
                    let n = log.iter().filter(|s| key(s) == key(&request)).count();
                    log.push(request.clone());
                    n
                };
                let answer = handler(&request, nth);
                if answer.status == 0 {
                    drop(reader);
                    drop(stream);
                    continue;
                }
                let mut text = format!(
                    "HTTP/1.1 {} X\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n",
                    answer.status,
                    answer.body.len()
                );
                for (k, v) in &answer.headers {
                    text.push_str(&format!("{k}: {v}\r\n"));
                }
                text.push_str("\r\n");
                text.push_str(&answer.body);
                let _ = stream.write_all(text.as_bytes());
            }
        });
        Server { base, seen }
    }

    pub fn requests(&self) -> Vec<Seen> {
        self.seen.lock().expect("log").clone()
    }

    pub fn to(&self, method: &str, path_start: &str) -> Vec<Seen> {
        self.requests()
            .into_iter()
            .filter(|s| s.method == method && s.path.starts_with(path_start))
            .collect()
    }
}

/// A home signed in for automation (CSP_MS_REFRESH_TOKEN), its
/// `[microsoft]` addresses all on `server`.
fn home_for(server: &Server) -> Home {
    let home = Home::new();
    let mut config = std::fs::read_to_string(home.config()).expect("config");
    config.push_str(&format!(
        "\n[microsoft]\nclient_id = \"{CLIENT_ID}\"\nlogin = \"{0}/login\"\npartner_center = \"{0}/pc\"\ngraph = \"{0}/graph\"\n",
        server.base
    ));
    std::fs::write(home.config(), config).expect("write config");
    home
}

/// Asserts the status and one `error:` line (after what the command said
/// it would do), and returns stderr.
#[track_caller]
fn refused(run: &crate::common::Run, code: i32) -> String {
    assert_eq!(
        run.code, code,
        "stdout:\n{}\nstderr:\n{}",
        run.stdout, run.stderr
    );
    let errors = run
        .stderr
        .lines()
        .filter(|l| l.starts_with("error: "))
        .count();
    assert_eq!(errors, 1, "{}", run.stderr);
    run.stderr.clone()
}

fn online(home: &Home, args: &[&str]) -> crate::common::Run {
    crate::common::run(
        home.command(args)
            .env("CSP_MS_REFRESH_TOKEN", "refresh-0")
            .env("CSP_MS_RETRY_CAP_MS", "50")
            .write_stdin(""),
    )
}

/// The token endpoint: a new access token (and a rotated refresh token) on
/// each refresh.
fn token(seen: &Seen, nth: usize) -> Option<Reply> {
    if seen.path.ends_with("/oauth2/v2.0/token") {
        return Some(reply(
            200,
            json!({
                "token_type": "Bearer",
                "access_token": format!("access-{nth}"),
                "refresh_token": format!("refresh-{}", nth + 1),
                "expires_in": 3600,
                "scope": "user_impersonation",
            }),
        ));
    }
    None
}

fn customer(tenant: &str, name: &str, domain: &str) -> Value {
    json!({
        "id": tenant,
        "companyProfile": {
            "tenantId": tenant, "domain": domain, "companyName": name,
            "attributes": {"objectType": "CustomerCompanyProfile"}
        },
        "relationshipToPartner": "reseller",
        "attributes": {"objectType": "Customer"}
    })
}

fn page(items: Vec<Value>, next: Option<&str>) -> Value {
    let mut links =
        json!({"self": {"uri": "/v1/customers?size=500", "method": "GET", "headers": []}});
    if let Some(token) = next {
        links["next"] = json!({
            "uri": "/v1/customers?size=500&seekOperation=Next",
            "method": "GET",
            "headers": [{"key": "MS-ContinuationToken", "value": token}]
        });
    }
    json!({"totalCount": items.len(), "items": items, "links": links, "attributes": {"objectType": "Collection"}})
}

fn gdap_item(id: &str, name: &str, tenant: &str, status: &str) -> Value {
    json!({
        "@odata.etag": "W/\"1\"",
        "id": id,
        "displayName": name,
        "duration": "P730D",
        "status": status,
        "autoExtendDuration": "PT0S",
        "createdDateTime": "2026-01-02T10:00:00Z",
        "activatedDateTime": "2026-01-03T10:00:00Z",
        "endDateTime": "2028-01-03T10:00:00Z",
        "lastModifiedDateTime": "2026-01-03T10:00:00Z",
        "customer": {"tenantId": tenant, "displayName": name},
        "accessDetails": {"unifiedRoles": [{"roleDefinitionId": "f2ef992c-3afb-46b9-b7cf-a126ee74c451"}]}
    })
}

const REL_1: &str = "5d027261-d21f-4aa9-b7db-7fa1f56fb163-8777b240-c6f0-4469-9e98-a3205431b836";
const REL_2: &str = "6e027261-d21f-4aa9-b7db-7fa1f56fb163-8777b240-c6f0-4469-9e98-a3205431b837";

/// The Graph next link must name the server's own address: the server
/// learns it only once bound, so the handler writes a placeholder and the
/// tests serve through this wrapper.
fn microsoft_here() -> Server {
    let slot: Arc<Mutex<String>> = Arc::default();
    let s2 = slot.clone();
    let server = Server::start(move |seen, nth| {
        let mut r = routes(seen, nth);
        r.body = r.body.replace("http://HOST", &s2.lock().expect("base"));
        r
    });
    *slot.lock().expect("base") = server.base.clone();
    server
}

/// Partner Center and Graph as documented: three pages of customers, one
/// provider, two pages of GDAP relationships (the second for a tenant no
/// customer has).
fn routes(seen: &Seen, nth: usize) -> Reply {
    if let Some(r) = token(seen, nth) {
        return r;
    }
    let path = seen.path.as_str();
    if path == "/pc/v1/customers?size=500" {
        return reply(
            200,
            page(
                vec![customer(FABRIKAM, "Fabrikam", "fabrikam.onmicrosoft.com")],
                Some("page-2"),
            ),
        );
    }
    if path == "/pc/v1/customers?size=500&seekOperation=Next" {
        return match seen.header("MS-ContinuationToken") {
            Some("page-2") => reply(
                200,
                page(
                    vec![customer(
                        NORTHWIND,
                        "Northwind",
                        "northwind.onmicrosoft.com",
                    )],
                    Some("page-3"),
                ),
            ),
            Some("page-3") => reply(
                200,
                page(
                    vec![customer(TAILSPIN, "Tailspin", "tailspin.onmicrosoft.com")],
                    None,
                ),
            ),
            _ => reply(
                400,
                json!({"code": 400, "description": "bad continuation token"}),
            ),
        };
    }
    if path == "/pc/v1/relationships?relationship_type=IsIndirectResellerOf" {
        return reply(
            200,
            json!({"totalCount": 1, "items": [{
                "id": PROVIDER, "name": "Ingram Micro", "relationshipType": "is_indirect_reseller_of",
                "state": "Active", "mpnId": "4812345", "location": "US",
                "attributes": {"objectType": "PartnerRelationship"}
            }], "attributes": {"objectType": "Collection"}}),
        );
    }
    if path == "/graph/v1.0/tenantRelationships/delegatedAdminRelationships" {
        return reply(
            200,
            json!({
                "value": [gdap_item(REL_1, "Fabrikam support", FABRIKAM, "active")],
                "@odata.nextLink": "http://HOST/graph/v1.0/tenantRelationships/delegatedAdminRelationships?$skiptoken=2"
            }),
        );
    }
    if path.starts_with("/graph/v1.0/tenantRelationships/delegatedAdminRelationships?$skiptoken=2")
    {
        return reply(
            200,
            json!({"value": [gdap_item(REL_2, "Unknown tenant", "44444444-5555-4666-8777-888888888888", "active")]}),
        );
    }
    reply(
        404,
        json!({"error": {"code": "NotFound", "message": "no route"}}),
    )
}

#[test]
fn sync_reads_every_page_and_reconciles_customers_providers_and_gdap() {
    let server = microsoft_here();
    let home = home_for(&server);
    // Recorded before: Fabrikam by its domain only (sync adds the tenant),
    // Northwind invited (sync records the acceptance).
    let fabrikam = home.add_customer("Fabrikam", "fabrikam.onmicrosoft.com");
    home.csp(&[
        "invite",
        "--name",
        "Northwind",
        "--domain",
        "northwind.onmicrosoft.com",
    ])
    .ok();

    let run = online(&home, &["sync", "--json"]);
    run.ok();
    let report = run.json();
    assert_eq!(report["customers"]["rows"], 3, "{report}");
    assert_eq!(report["customers"]["added"], 1, "{report}");
    assert_eq!(report["customers"]["updated"], 2, "{report}");
    assert_eq!(report["providers"]["added"], json!(["Ingram Micro"]));
    assert_eq!(report["gdap"]["added"], 1);
    assert_eq!(report["gdap"]["skipped"], 1);
    assert!(run.stderr.contains("not recorded"), "{}", run.stderr);

    // The requests: the headers Partner Center documents, the same
    // correlation id throughout, each page's continuation token.
    let pages = server.to("GET", "/pc/v1/customers");
    assert_eq!(pages.len(), 3);
    assert_eq!(pages[1].header("MS-ContinuationToken"), Some("page-2"));
    assert_eq!(pages[2].header("MS-ContinuationToken"), Some("page-3"));
    let correlation = pages[0].header("MS-CorrelationId").expect("correlation id");
    for p in &pages {
        assert_eq!(p.header("MS-Contract-Version"), Some("v1"));
        assert_eq!(p.header("MS-CorrelationId"), Some(correlation));
        assert!(p.header("MS-RequestId").is_some_and(|id| id.len() == 36));
        assert_eq!(p.header("Authorization"), Some("Bearer access-0"));
        assert_eq!(p.header("Accept"), Some("application/json"));
    }
    let ids: std::collections::HashSet<_> =
        pages.iter().map(|p| p.header("MS-RequestId")).collect();
    assert_eq!(ids.len(), 3, "a new request id per request");
    assert_eq!(server.to("GET", "/graph/v1.0/").len(), 2);
    // One refresh per service, with the service's scope; the secret never sent.
    let tokens = server.to("POST", "/login/");
    assert_eq!(tokens.len(), 2);
    assert!(tokens[0]
        .path
        .starts_with(&format!("/login/{PARTNER_ID}/oauth2/v2.0/token")));
    assert_eq!(
        tokens[0].form("grant_type").as_deref(),
        Some("refresh_token")
    );
    assert_eq!(tokens[0].form("client_id").as_deref(), Some(CLIENT_ID));
    assert_eq!(
        tokens[0].form("refresh_token").as_deref(),
        Some("refresh-0")
    );
    assert!(tokens[0]
        .form("scope")
        .expect("scope")
        .contains("/pc/user_impersonation"));
    assert!(tokens[1]
        .form("scope")
        .expect("scope")
        .contains("/graph/DelegatedAdminRelationship.ReadWrite.All"));
    assert!(tokens.iter().all(|t| t.form("client_secret").is_none()));

    // The records.
    let tenant: String = home.query(&format!(
        "SELECT tenant_id FROM customers WHERE id = '{fabrikam}'"
    ));
    assert_eq!(tenant, FABRIKAM);
    let northwind: String =
        home.query("SELECT relationship FROM customers WHERE company_name = 'Northwind'");
    assert_eq!(northwind, "active");
    assert_eq!(home.query::<i64>("SELECT count(*) FROM customers"), 3);
    assert_eq!(
        home.query::<String>(&format!(
            "SELECT name FROM providers WHERE tenant_id = '{PROVIDER}'"
        )),
        "Ingram Micro"
    );
    assert_eq!(
        home.query::<String>("SELECT display_name FROM gdap_relationships"),
        "Fabrikam support"
    );
    // One summary entry, one per customer changed.
    assert_eq!(
        home.query::<i64>("SELECT count(*) FROM audit_log WHERE action = 'sync'"),
        1
    );
    let details: String = home.query("SELECT details FROM audit_log WHERE action = 'sync'");
    let details: Value = serde_json::from_str(&details).expect("details");
    assert_eq!(details["customers"]["listed"], 3);
    assert!(home.query::<i64>(&format!(
        "SELECT count(*) FROM audit_log WHERE customer_id = '{fabrikam}' AND details LIKE '%\"via\":\"sync\"%'"
    )) >= 1);

    // Again: nothing changes, nothing is logged.
    let again = online(&home, &["sync", "--json"]);
    again.ok();
    assert_eq!(again.json()["customers"]["unchanged"], 3);
    assert_eq!(
        home.query::<i64>("SELECT count(*) FROM audit_log WHERE action = 'sync'"),
        1
    );
}

#[test]
fn sync_dry_run_reports_and_records_nothing() {
    let server = microsoft_here();
    let home = home_for(&server);
    home.add_customer("Fabrikam", "fabrikam.onmicrosoft.com");
    let before: i64 = home.query("SELECT count(*) FROM audit_log");
    let run = online(&home, &["sync", "--dry-run", "--customers", "--json"]);
    run.ok();
    assert_eq!(run.json()["customers"]["added"], 2);
    assert!(run.json()["providers"].is_null());
    assert_eq!(home.query::<i64>("SELECT count(*) FROM customers"), 1);
    assert_eq!(home.query::<i64>("SELECT count(*) FROM audit_log"), before);
    assert!(
        server.to("GET", "/graph/").is_empty(),
        "only customers were asked for"
    );
}

#[test]
fn online_commands_without_sign_in_say_so() {
    let home = Home::new();
    for args in [&["sync"][..], &["whoami"][..]] {
        let run = home.csp(args);
        let err = run.fails(4);
        assert!(err.contains("not signed in"), "{err}");
        assert!(err.contains("csp login"), "{err}");
    }
    // Offline commands are as before.
    home.csp(&["customers", "list"]).ok();
}

#[test]
fn an_unreachable_host_is_named_with_status_7() {
    let port = {
        let l = TcpListener::bind("127.0.0.1:0").expect("bind");
        l.local_addr().expect("addr").port()
    };
    let server = Server {
        base: format!("http://127.0.0.1:{port}"),
        seen: Arc::default(),
    };
    let home = home_for(&server);
    let err = refused(&online(&home, &["sync", "--customers"]), 7);
    assert!(
        err.contains(&format!("cannot reach 127.0.0.1:{port}")),
        "{err}"
    );
    // A refused connection carried nothing: tried five times in all.
    assert_eq!(err.matches("trying again").count(), 4, "{err}");
}

#[test]
fn a_read_whose_connection_is_lost_is_sent_again_with_the_same_request_id() {
    let server = Server::start(|seen, nth| {
        if seen.path == "/pc/v1/customers?size=500" && nth < 2 {
            return hang_up();
        }
        routes(seen, nth)
    });
    let home = home_for(&server);
    let run = online(&home, &["sync", "--customers", "--json"]);
    run.ok();
    assert_eq!(run.json()["customers"]["rows"], 3, "{}", run.stdout);
    assert_eq!(
        run.stderr.matches("trying again").count(),
        2,
        "{}",
        run.stderr
    );
    let first = server.to("GET", "/pc/v1/customers?size=500");
    let first: Vec<_> = first
        .iter()
        .filter(|s| s.path == "/pc/v1/customers?size=500")
        .collect();
    assert_eq!(first.len(), 3, "lost twice, then answered");
    assert!(first
        .iter()
        .all(|s| s.header("MS-RequestId") == first[0].header("MS-RequestId")));
}

#[test]
fn a_partner_center_write_whose_connection_is_lost_is_sent_again_under_its_request_id() {
    let server = Server::start(|seen, nth| {
        if let Some(r) = token(seen, nth) {
            return r;
        }
        if nth == 0 {
            return hang_up();
        }
        reply(
            200,
            json!({"id": FABRIKAM, "relationshipToPartner": "none"}),
        )
    });
    let home = direct_customer(&server);
    let run = online(
        &home,
        &[
            "remove",
            "fabrikam.com",
            "--acknowledge",
            "--in-partner-center",
        ],
    );
    run.ok();
    let patch = server.to("PATCH", &format!("/pc/v1/customers/{FABRIKAM}"));
    assert_eq!(patch.len(), 2, "{}", run.stderr);
    assert!(patch[0].header("MS-RequestId").is_some());
    assert_eq!(
        patch[0].header("MS-RequestId"),
        patch[1].header("MS-RequestId"),
        "Partner Center recognises the repeat by its request id"
    );
    assert_eq!(
        home.query::<String>("SELECT relationship FROM customers"),
        "removed"
    );
}

#[test]
fn a_graph_post_whose_connection_is_lost_is_not_sent_twice() {
    let server = Server::start(|seen, nth| {
        if seen.method == "POST" && seen.path == GRAPH_RELS {
            return hang_up();
        }
        graph_gdap(seen, nth)
    });
    let home = fabrikam_for(&server);
    let before: i64 = home.query("SELECT count(*) FROM audit_log");
    let err = refused(
        &online(
            &home,
            &[
                "gdap",
                "request",
                "fabrikam.com",
                "--roles",
                "least-privilege",
                "--name",
                "Fabrikam support",
            ],
        ),
        7,
    );
    assert_eq!(server.to("POST", GRAPH_RELS).len(), 1, "{err}");
    assert!(
        err.contains("may or may not have been carried out"),
        "{err}"
    );
    assert!(err.contains("Microsoft Graph"), "{err}");
    assert_eq!(
        home.query::<i64>("SELECT count(*) FROM gdap_relationships"),
        0
    );
    assert_eq!(home.query::<i64>("SELECT count(*) FROM audit_log"), before);
}

#[test]
fn a_plain_http_address_is_refused_unless_on_the_loopback() {
    let home = Home::new();
    let mut config = std::fs::read_to_string(home.config()).expect("config");
    config.push_str("\n[microsoft]\ngraph = \"http://graph.example.com\"\n");
    std::fs::write(home.config(), config).expect("write");
    let err = home.csp(&["whoami"]).fails(1).to_string();
    assert!(err.contains("microsoft.graph"), "{err}");
}

#[test]
fn throttling_is_retried_after_the_time_microsoft_asks_with_the_same_request_id() {
    let server = Server::start(|seen, nth| {
        if let Some(r) = token(seen, nth) {
            return r;
        }
        match nth {
            0 => reply(
                429,
                json!({"code": 429, "description": "Too many requests"}),
            )
            .with("Retry-After", "1"),
            _ => reply(
                200,
                page(
                    vec![customer(FABRIKAM, "Fabrikam", "fabrikam.onmicrosoft.com")],
                    None,
                ),
            ),
        }
    });
    let home = home_for(&server);
    let started = std::time::Instant::now();
    // No cap here: the wait is Microsoft's second.
    let run = crate::common::run(
        home.command(&["sync", "--customers", "--json"])
            .env("CSP_MS_REFRESH_TOKEN", "refresh-0")
            .write_stdin(""),
    );
    run.ok();
    assert!(started.elapsed() >= std::time::Duration::from_secs(1));
    assert!(
        run.stderr
            .contains("answered HTTP 429 to GET /pc/v1/customers?size=500; trying again in 1.0 s"),
        "{}",
        run.stderr
    );
    let calls = server.to("GET", "/pc/v1/customers");
    assert_eq!(calls.len(), 2);
    assert_eq!(
        calls[0].header("MS-RequestId"),
        calls[1].header("MS-RequestId")
    );
}

#[test]
fn a_server_error_is_retried_then_succeeds() {
    let server = Server::start(|seen, nth| {
        if let Some(r) = token(seen, nth) {
            return r;
        }
        if nth < 2 {
            return reply(503, Value::Null);
        }
        reply(
            200,
            page(
                vec![customer(FABRIKAM, "Fabrikam", "fabrikam.onmicrosoft.com")],
                None,
            ),
        )
    });
    let home = home_for(&server);
    online(&home, &["sync", "--customers"]).ok();
    assert_eq!(server.to("GET", "/pc/v1/customers").len(), 3);
    assert_eq!(home.query::<i64>("SELECT count(*) FROM customers"), 1);
}

#[test]
fn retries_are_bounded_and_the_last_answer_is_the_error() {
    let server = Server::start(|seen, nth| {
        if let Some(r) = token(seen, nth) {
            return r;
        }
        reply(
            503,
            json!({"code": 503, "description": "Service unavailable"}),
        )
        .with("MS-RequestId", "rid-503")
    });
    let home = home_for(&server);
    let err = refused(&online(&home, &["sync", "--customers"]), 7);
    assert!(err.contains("HTTP 503") && err.contains("rid-503"), "{err}");
    assert_eq!(server.to("GET", "/pc/v1/customers").len(), 5);
}

#[test]
fn an_expired_token_is_refreshed_once() {
    let server = Server::start(|seen, nth| {
        if let Some(r) = token(seen, nth) {
            return r;
        }
        if seen.header("Authorization") == Some("Bearer access-0") {
            return reply(401, json!({"code": 401, "description": "token expired"}));
        }
        reply(
            200,
            page(
                vec![customer(FABRIKAM, "Fabrikam", "fabrikam.onmicrosoft.com")],
                None,
            ),
        )
    });
    let home = home_for(&server);
    online(&home, &["sync", "--customers"]).ok();
    let tokens = server.to("POST", "/login/");
    assert_eq!(tokens.len(), 2);
    assert_eq!(
        tokens[1].form("refresh_token").as_deref(),
        Some("refresh-1"),
        "the rotated token"
    );
    let calls = server.to("GET", "/pc/v1/customers");
    assert_eq!(calls[1].header("Authorization"), Some("Bearer access-1"));

    // Always 401: refreshed once, then Microsoft's refusal, status 7.
    let refusing = Server::start(|seen, nth| {
        token(seen, nth).unwrap_or_else(|| reply(401, json!({"code": 401, "description": "no"})))
    });
    let home = home_for(&refusing);
    let err = refused(&online(&home, &["sync", "--customers"]), 7);
    assert!(err.contains("HTTP 401"), "{err}");
    assert!(err.contains("csp login"), "{err}");
    assert_eq!(refusing.to("GET", "/pc/").len(), 2);
}

#[test]
fn a_partner_center_error_carries_its_code_and_request_id() {
    let server = Server::start(|seen, nth| {
        if let Some(r) = token(seen, nth) {
            return r;
        }
        reply(
            403,
            json!({"code": 600011, "description": "The partner is not authorized", "data": [], "source": "PartnerFD"}),
        )
        .with("MS-RequestId", "9b6c5a1e-0000-4000-8000-000000000001")
    });
    let home = home_for(&server);
    let err = refused(&online(&home, &["sync", "--customers"]), 7);
    assert!(
        err.contains("Partner Center refused GET /pc/v1/customers?size=500"),
        "{err}"
    );
    assert!(err.contains("code 600011"), "{err}");
    assert!(err.contains("The partner is not authorized"), "{err}");
    assert!(
        err.contains("9b6c5a1e-0000-4000-8000-000000000001"),
        "{err}"
    );
    // Refused before anything was recorded: not even a database was made.
    assert!(!home.db().exists());
}

#[test]
fn a_graph_error_carries_its_code_and_request_id() {
    let server = Server::start(|seen, nth| {
        if let Some(r) = token(seen, nth) {
            return r;
        }
        reply(
            403,
            json!({"error": {"code": "Authorization_RequestDenied", "message": "Insufficient privileges",
                   "innerError": {"request-id": "c0ffee00-0000-4000-8000-000000000002"}}}),
        )
        .with("request-id", "c0ffee00-0000-4000-8000-000000000002")
    });
    let home = home_for(&server);
    let err = refused(&online(&home, &["sync", "--gdap"]), 7);
    assert!(err.contains("Microsoft Graph refused"), "{err}");
    assert!(err.contains("code Authorization_RequestDenied"), "{err}");
    assert!(
        err.contains("c0ffee00-0000-4000-8000-000000000002"),
        "{err}"
    );
}

/// Entra's device-code flow as documented: one code, one "pending" poll,
/// then the tokens; a refresh gives a rotated refresh token.
fn device_code_server() -> Server {
    // {"preferred_username":"ann@contoso-reseller.com","tid":"…"}
    let id_token = format!(
        "e30.{}.sig",
        "eyJwcmVmZXJyZWRfdXNlcm5hbWUiOiJhbm5AY29udG9zby1yZXNlbGxlci5jb20ifQ"
    );
    Server::start(move |seen, nth| {
        if seen.form("grant_type").as_deref() == Some("refresh_token") {
            return reply(
                200,
                json!({
                    "token_type": "Bearer", "access_token": "SECRET-ACCESS-2",
                    "refresh_token": "SECRET-REFRESH-2", "expires_in": 3600
                }),
            );
        }
        if seen.path.ends_with("/oauth2/v2.0/devicecode") {
            return reply(
                200,
                json!({
                    "device_code": "DEVICE-1", "user_code": "ABCD-EFGH",
                    "verification_uri": "https://microsoft.com/devicelogin",
                    "expires_in": 900, "interval": 1,
                    "message": "To sign in, use a web browser…"
                }),
            );
        }
        match nth {
            0 => reply(
                400,
                json!({"error": "authorization_pending", "error_description": "AADSTS70016: pending"}),
            ),
            _ => reply(
                200,
                json!({
                    "token_type": "Bearer", "access_token": "SECRET-ACCESS",
                    "refresh_token": "SECRET-REFRESH", "expires_in": 3600,
                    "scope": "https://api.partnercenter.microsoft.com/user_impersonation",
                    "id_token": id_token
                }),
            ),
        }
    })
}

#[test]
fn a_sign_in_kept_by_an_earlier_csp_moves_its_token_out_of_the_sign_in_file() {
    let server = device_code_server();
    let home = home_for(&server);
    let file = home.config().with_file_name("microsoft-sign-in.json");
    let token_file = home.config().with_file_name("microsoft-refresh-token");
    std::fs::create_dir_all(file.parent().expect("config folder")).expect("folder");
    std::fs::write(
        &file,
        format!(
            r#"{{"client_id": "{CLIENT_ID}", "tenant": "{PARTNER_ID}", "account": "ann@contoso-reseller.com",
  "scopes": ["https://api.partnercenter.microsoft.com/user_impersonation"],
  "signed_in_at": "2026-11-30T09:00:00Z", "expires_at": "2026-11-30T10:00:00Z",
  "refresh_token": "EARLIER-SECRET"}}"#
        ),
    )
    .expect("earlier sign-in");

    let who = home.csp(&["whoami", "--json"]);
    who.ok();
    assert_eq!(who.json()["account"], "ann@contoso-reseller.com");
    assert_eq!(who.json()["kept_in"], token_file.display().to_string());
    assert!(!who.stdout.contains("EARLIER-SECRET"));
    let kept = std::fs::read_to_string(&file).expect("sign-in rewritten");
    assert!(!kept.contains("EARLIER-SECRET"), "{kept}");
    assert!(kept.contains("\"token_store\": \"file\""), "{kept}");
    assert_eq!(
        std::fs::read_to_string(&token_file).expect("token moved"),
        "EARLIER-SECRET"
    );
    #[cfg(unix)]
    for f in [&file, &token_file] {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(f).expect("meta").permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "{}", f.display());
    }
    home.csp(&["logout"]).ok();
    assert!(!file.exists() && !token_file.exists());
}

#[test]
fn login_with_a_device_code_keeps_the_refresh_token_private_and_whoami_never_shows_it() {
    let server = device_code_server();
    let home = home_for(&server);
    let run = crate::common::run(home.command(&["login", "--json"]).write_stdin(""));
    run.ok();
    assert!(run.stderr.contains("ABCD-EFGH"), "{}", run.stderr);
    assert!(
        run.stderr.contains("https://microsoft.com/devicelogin"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("not in an OS keychain"),
        "{}",
        run.stderr
    );
    assert!(!run.stdout.contains("SECRET") && !run.stderr.contains("SECRET"));
    assert_eq!(run.json()["account"], "ann@contoso-reseller.com");

    let device = server.to(
        "POST",
        &format!("/login/{PARTNER_ID}/oauth2/v2.0/devicecode"),
    );
    assert_eq!(device.len(), 1);
    assert_eq!(device[0].form("client_id").as_deref(), Some(CLIENT_ID));
    let scope = device[0].form("scope").expect("scope");
    assert!(
        scope.contains("user_impersonation") && scope.contains("offline_access"),
        "{scope}"
    );
    let polls = server.to("POST", &format!("/login/{PARTNER_ID}/oauth2/v2.0/token"));
    assert_eq!(polls.len(), 2, "pending, then signed in");
    assert_eq!(
        polls[0].form("grant_type").as_deref(),
        Some("urn:ietf:params:oauth:grant-type:device_code")
    );
    assert_eq!(polls[0].form("device_code").as_deref(), Some("DEVICE-1"));

    // No D-Bus session here (the suite clears the environment): no
    // Secret Service, so the file, with a warning that says why.
    assert!(run.stderr.contains("no D-Bus session"), "{}", run.stderr);
    let file = home.config().with_file_name("microsoft-sign-in.json");
    let token_file = home.config().with_file_name("microsoft-refresh-token");
    let kept = std::fs::read_to_string(&file).expect("kept sign-in");
    assert!(!kept.contains("SECRET"), "{kept}");
    assert!(kept.contains("\"token_store\": \"file\""), "{kept}");
    let token = std::fs::read_to_string(&token_file).expect("kept token");
    assert_eq!(token, "SECRET-REFRESH");
    #[cfg(unix)]
    for f in [&file, &token_file] {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(f).expect("meta").permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "{}", f.display());
    }
    assert_eq!(run.json()["kept_in"], token_file.display().to_string());

    let who = home.csp(&["whoami", "--json"]);
    who.ok();
    assert_eq!(who.json()["account"], "ann@contoso-reseller.com");
    assert_eq!(who.json()["tenant"], PARTNER_ID);
    assert_eq!(who.json()["kept_in"], token_file.display().to_string());
    assert!(!who.stdout.contains("SECRET"));

    // The kept token is the one the next command renews.
    let sync = crate::common::run(
        home.command(&["sync", "--customers"])
            .env("CSP_MS_RETRY_CAP_MS", "50")
            .write_stdin(""),
    );
    assert_eq!(
        sync.code, 7,
        "the server has no customers route: {}",
        sync.stderr
    );
    let renewals: Vec<_> = server
        .to("POST", &format!("/login/{PARTNER_ID}/oauth2/v2.0/token"))
        .into_iter()
        .filter(|s| s.form("grant_type").as_deref() == Some("refresh_token"))
        .collect();
    assert_eq!(renewals.len(), 1);
    assert_eq!(
        renewals[0].form("refresh_token").as_deref(),
        Some("SECRET-REFRESH")
    );
    assert_eq!(
        std::fs::read_to_string(&token_file).expect("rotated token"),
        "SECRET-REFRESH-2",
        "the rotated token replaces the old one"
    );

    let out = home.csp(&["logout"]);
    out.ok();
    assert!(out.stderr.contains("signed out"), "{}", out.stderr);
    assert!(!file.exists() && !token_file.exists());
    home.csp(&["whoami"]).fails(4);
    assert!(home.csp(&["logout"]).stderr.contains("nothing to delete"));
}

#[test]
fn an_expired_device_code_is_status_7() {
    let server = Server::start(|seen, _| {
        if seen.path.ends_with("/devicecode") {
            return reply(
                200,
                json!({"device_code": "D", "user_code": "U", "verification_uri": "https://microsoft.com/devicelogin", "expires_in": 900, "interval": 1}),
            );
        }
        reply(
            400,
            json!({"error": "expired_token", "error_description": "AADSTS70019: expired"}),
        )
    });
    let home = home_for(&server);
    let run = crate::common::run(home.command(&["login"]).write_stdin(""));
    assert_eq!(run.code, 7, "{}", run.stderr);
    assert!(run.stderr.contains("expired"), "{}", run.stderr);
}

// ------------------------------------------------------------ GDAP online

const GRAPH_RELS: &str = "/graph/v1.0/tenantRelationships/delegatedAdminRelationships";

fn fabrikam_for(server: &Server) -> Home {
    let home = home_for(server);
    home.csp(&[
        "customers",
        "add",
        "--name",
        "Fabrikam",
        "--domain",
        "fabrikam.com",
        "--tenant-id",
        FABRIKAM,
        "--contact-email",
        "jo@fabrikam.com",
    ])
    .ok();
    home
}

/// Graph's GDAP calls as documented: create (201, etag), read (etag),
/// requests (lock, terminate), patch and access assignments.
fn graph_gdap(seen: &Seen, nth: usize) -> Reply {
    if let Some(r) = token(seen, nth) {
        return r;
    }
    let rel = format!("{GRAPH_RELS}/{REL_1}");
    match (seen.method.as_str(), seen.path.as_str()) {
        ("POST", p) if p == GRAPH_RELS => {
            let mut body = seen.json();
            body["id"] = json!(REL_1);
            body["status"] = json!("created");
            body["@odata.etag"] = json!("W/\"created-1\"");
            reply(201, body)
        }
        ("GET", p) if p == rel => reply(
            200,
            json!({"id": REL_1, "status": "active", "@odata.etag": "W/\"active-7\""}),
        ),
        ("POST", p) if p == format!("{rel}/requests") => reply(
            201,
            json!({"id": "7c2a0000-0000-4000-8000-000000000001", "action": seen.json()["action"], "status": "created"}),
        ),
        ("PATCH", p) if p == rel => reply(204, Value::Null),
        ("POST", p) if p == format!("{rel}/accessAssignments") => {
            reply(201, json!({"id": "assignment-1", "status": "pending"}))
        }
        _ => reply(
            404,
            json!({"error": {"code": "NotFound", "message": "no route"}}),
        ),
    }
}

#[test]
fn gdap_request_creates_locks_with_the_etag_records_the_id_and_drafts_the_approval() {
    let server = Server::start(graph_gdap);
    let home = fabrikam_for(&server);
    let run = online(
        &home,
        &[
            "gdap",
            "request",
            "fabrikam.com",
            "--roles",
            "least-privilege",
            "--name",
            "Fabrikam support",
        ],
    );
    run.ok();
    assert!(
        run.stderr
            .contains("creating GDAP relationship 'Fabrikam support'"),
        "{}",
        run.stderr
    );
    assert!(
        run.stdout
            .contains(&format!("granularAdminRelationships/{REL_1}")),
        "the approval email carries the approval link:\n{}",
        run.stdout
    );

    let create = server.to("POST", GRAPH_RELS);
    let body = create[0].json();
    assert_eq!(body["displayName"], "Fabrikam support");
    assert_eq!(body["duration"], "P730D");
    assert_eq!(body["customer"]["tenantId"], FABRIKAM);
    assert_eq!(body["customer"]["displayName"], "Fabrikam");
    assert_eq!(body["autoExtendDuration"], "PT0S");
    assert_eq!(
        body["accessDetails"]["unifiedRoles"]
            .as_array()
            .map(Vec::len),
        Some(5)
    );
    assert_eq!(create[0].header("Content-Type"), Some("application/json"));
    let lock = server.to("POST", &format!("{GRAPH_RELS}/{REL_1}/requests"));
    assert_eq!(lock.len(), 1);
    assert_eq!(lock[0].header("If-Match"), Some("W/\"created-1\""));
    assert_eq!(lock[0].json(), json!({"action": "lockForApproval"}));

    assert_eq!(
        home.query::<String>("SELECT microsoft_id || ' ' || status FROM gdap_relationships"),
        format!("{REL_1} approval_pending")
    );
}

#[test]
fn gdap_request_dry_run_prints_the_requests_and_sends_nothing() {
    let home = Home::new();
    home.csp(&[
        "customers",
        "add",
        "--name",
        "Fabrikam",
        "--domain",
        "fabrikam.com",
        "--tenant-id",
        FABRIKAM,
    ])
    .ok();
    let run = home.csp(&[
        "gdap",
        "request",
        "fabrikam.com",
        "--roles",
        "default",
        "--name",
        "Fabrikam support",
        "--dry-run",
    ]);
    run.ok();
    assert!(run.stdout.contains(
        "POST https://graph.microsoft.com/v1.0/tenantRelationships/delegatedAdminRelationships"
    ));
    assert!(run.stdout.contains("\"lockForApproval\""), "{}", run.stdout);
    assert!(run.stdout.contains("If-Match"), "{}", run.stdout);
    assert!(run.stderr.contains("would create"), "{}", run.stderr);
    assert_eq!(
        home.query::<i64>("SELECT count(*) FROM gdap_relationships"),
        0
    );
}

#[test]
fn gdap_request_refused_by_graph_records_nothing() {
    let server = Server::start(|seen, nth| {
        token(seen, nth).unwrap_or_else(|| {
            reply(
                400,
                json!({"error": {"code": "DuplicateDisplayName", "message": "The display name is already used"}}),
            )
            .with("request-id", "dup-1")
        })
    });
    let home = fabrikam_for(&server);
    let err = refused(
        &online(
            &home,
            &[
                "gdap",
                "request",
                "fabrikam.com",
                "--roles",
                "default",
                "--name",
                "Taken",
            ],
        ),
        7,
    );
    assert!(
        err.contains("DuplicateDisplayName") && err.contains("dup-1"),
        "{err}"
    );
    assert_eq!(
        home.query::<i64>("SELECT count(*) FROM gdap_relationships"),
        0
    );
}

fn with_active_relationship(server: &Server) -> Home {
    let home = fabrikam_for(server);
    home.csp(&[
        "gdap",
        "add",
        "fabrikam.com",
        "--microsoft-id",
        REL_1,
        "--name",
        "Fabrikam support",
        "--roles",
        "least-privilege",
        "--activated",
        "2026-01-03",
    ])
    .ok();
    home
}

#[test]
fn gdap_terminate_online_reads_the_etag_then_asks_graph_and_records_once_accepted() {
    let server = Server::start(graph_gdap);
    let home = with_active_relationship(&server);
    online(
        &home,
        &[
            "gdap",
            "terminate",
            "Fabrikam support",
            "--online",
            "--reason",
            "contract ended",
        ],
    )
    .ok();
    let requests = server.to("POST", &format!("{GRAPH_RELS}/{REL_1}/requests"));
    assert_eq!(requests[0].header("If-Match"), Some("W/\"active-7\""));
    assert_eq!(requests[0].json(), json!({"action": "terminate"}));
    assert_eq!(
        home.query::<String>("SELECT status FROM gdap_relationships"),
        "terminated"
    );

    // Refused by Graph: recorded as it was.
    let refusing = Server::start(|seen, nth| {
        token(seen, nth).unwrap_or_else(|| {
            reply(
                403,
                json!({"error": {"code": "Forbidden", "message": "Not an admin agent"}}),
            )
        })
    });
    let home = with_active_relationship(&refusing);
    refused(
        &online(
            &home,
            &["gdap", "terminate", "Fabrikam support", "--online"],
        ),
        7,
    );
    assert_eq!(
        home.query::<String>("SELECT status FROM gdap_relationships"),
        "active"
    );
}

#[test]
fn gdap_extend_and_assign_online_send_the_documented_bodies() {
    let server = Server::start(graph_gdap);
    let home = with_active_relationship(&server);
    online(
        &home,
        &[
            "gdap",
            "extend",
            "Fabrikam support",
            "--auto-extend",
            "true",
            "--online",
        ],
    )
    .ok();
    let patch = server.to("PATCH", &format!("{GRAPH_RELS}/{REL_1}"));
    assert_eq!(patch[0].header("If-Match"), Some("W/\"active-7\""));
    assert_eq!(patch[0].json(), json!({"autoExtendDuration": "P180D"}));
    assert_eq!(
        home.query::<i64>("SELECT auto_extend FROM gdap_relationships"),
        1
    );

    let group = "0b7c1c7e-5a4b-4c3d-9e8f-7a6b5c4d3e2f";
    online(
        &home,
        &[
            "gdap",
            "assign",
            "Fabrikam support",
            "--group",
            group,
            "--roles",
            "Global Reader",
            "--online",
        ],
    )
    .ok();
    let assign = server.to("POST", &format!("{GRAPH_RELS}/{REL_1}/accessAssignments"));
    assert_eq!(
        assign[0].json(),
        json!({
            "accessContainer": {"accessContainerId": group, "accessContainerType": "securityGroup"},
            "accessDetails": {"unifiedRoles": [{"roleDefinitionId": "f2ef992c-3afb-46b9-b7cf-a126ee74c451"}]}
        })
    );

    // --dry-run sends nothing and records nothing.
    let before = server.requests().len();
    let run = online(
        &home,
        &[
            "gdap",
            "extend",
            "Fabrikam support",
            "--auto-extend",
            "false",
            "--online",
            "--dry-run",
        ],
    );
    run.ok();
    assert!(
        run.stdout.contains("PATCH") && run.stdout.contains("PT0S"),
        "{}",
        run.stdout
    );
    assert_eq!(server.requests().len(), before);
    assert_eq!(
        home.query::<i64>("SELECT auto_extend FROM gdap_relationships"),
        1
    );
}

// ------------------------------------------------------------ Partner Center writes

const LINK: &str = "https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=8c1e2f40-5b6a-4d3c-9e7f-0a1b2c3d4e5f&msppId=0&DAP=false#/BillingAccounts/partner-invitation";

#[test]
fn invite_link_online_fetches_partner_center_s_link_and_keeps_it() {
    let server = Server::start(|seen, nth| {
        if let Some(r) = token(seen, nth) {
            return r;
        }
        reply(
            200,
            json!({"url": LINK, "attributes": {"objectType": "RelationshipRequest"}}),
        )
    });
    let home = home_for(&server);
    let run = online(&home, &["invite", "link", "--online"]);
    run.ok();
    assert_eq!(run.stdout.trim(), LINK);
    assert_eq!(
        server
            .to("GET", "/pc/v1/customers/relationshiprequests")
            .len(),
        1
    );
    let config = std::fs::read_to_string(home.config()).expect("config");
    assert!(config.contains("reseller_link"), "{config}");
    // The kept link is the one offline commands use from now on.
    assert_eq!(home.csp(&["invite", "link"]).ok().trim(), LINK);
}

/// `csp init` again (`--force`) with the same partner, asking Partner Center.
fn init_online(extra: &[&'static str]) -> Vec<&'static str> {
    let mut args = vec![
        "init",
        "--force",
        "--name",
        "Contoso Reseller",
        "--tenant-id",
        PARTNER_ID,
        "--role",
        "admin-agent",
        "--online",
    ];
    args.extend_from_slice(extra);
    args
}

fn link_server(link: &'static str) -> Server {
    Server::start(move |seen, nth| {
        if let Some(r) = token(seen, nth) {
            return r;
        }
        reply(
            200,
            json!({"url": link, "attributes": {"objectType": "RelationshipRequest"}}),
        )
    })
}

#[test]
fn init_online_fetches_the_reseller_link_and_keeps_it_in_the_profile() {
    let server = link_server(LINK);
    let home = home_for(&server);
    let run = online(&home, &init_online(&["--default-provider", "Ingram Micro"]));
    run.ok();
    assert!(
        run.stderr
            .contains("asking Partner Center for your reseller link"),
        "{}",
        run.stderr
    );
    // The request: yours alone (no indirectCloudSolutionProviderId), with
    // Partner Center's headers and a token for the tenant being set up.
    let asked = server.to("GET", "/pc/v1/customers/relationshiprequests");
    assert_eq!(asked.len(), 1);
    assert_eq!(asked[0].path, "/pc/v1/customers/relationshiprequests");
    assert_eq!(asked[0].header("Authorization"), Some("Bearer access-0"));
    assert_eq!(asked[0].header("MS-Contract-Version"), Some("v1"));
    assert!(asked[0].header("MS-RequestId").is_some());
    let tokens = server.to("POST", &format!("/login/{PARTNER_ID}/oauth2/v2.0/token"));
    assert_eq!(tokens.len(), 1);
    assert!(tokens[0]
        .form("scope")
        .is_some_and(|s| s.contains("/pc/user_impersonation")));

    // The profile written, the link in it, [microsoft] kept.
    let config: toml::Table = std::fs::read_to_string(home.config())
        .expect("config")
        .parse()
        .expect("toml");
    assert_eq!(config["partner"]["reseller_link"].as_str(), Some(LINK));
    assert_eq!(config["partner"]["name"].as_str(), Some("Contoso Reseller"));
    assert_eq!(
        config["partner"]["default_provider"].as_str(),
        Some("Ingram Micro")
    );
    assert_eq!(config["microsoft"]["client_id"].as_str(), Some(CLIENT_ID));
    // Offline commands use it from now on.
    assert_eq!(
        home.csp(&["invite", "link", "--no-provider"]).ok().trim(),
        LINK
    );
}

#[test]
fn init_online_dry_run_prints_the_request_and_sends_and_writes_nothing() {
    let server = link_server(LINK);
    let home = home_for(&server);
    let before = std::fs::read(home.config()).expect("config");
    // No sign-in is needed to print what would be asked.
    let run = home.csp(&init_online(&["--dry-run"]));
    run.ok();
    assert_eq!(
        run.stdout.trim(),
        format!("GET {}/pc/v1/customers/relationshiprequests", server.base)
    );
    assert!(run.stderr.contains("would ask"), "{}", run.stderr);
    assert!(server.requests().is_empty());
    assert_eq!(std::fs::read(home.config()).expect("config"), before);
    // --dry-run alone, or --online with a pasted link, is a usage error.
    home.csp(&[
        "init",
        "--force",
        "--name",
        "C",
        "--tenant-id",
        PARTNER_ID,
        "--role",
        "admin-agent",
        "--dry-run",
    ])
    .fails(2);
    home.csp(&init_online(&["--reseller-link", LINK])).fails(2);
    assert_eq!(std::fs::read(home.config()).expect("config"), before);
}

#[test]
fn init_online_refused_or_unusable_writes_nothing() {
    // Not signed in: status 4, nothing asked, nothing written.
    let server = link_server(LINK);
    let home = home_for(&server);
    let before = std::fs::read(home.config()).expect("config");
    let err = home.csp(&init_online(&[])).fails(4).to_string();
    assert!(err.contains("not signed in"), "{err}");
    assert!(server.requests().is_empty());
    assert_eq!(std::fs::read(home.config()).expect("config"), before);

    // A link for another partner tenant: checked as --reseller-link is.
    let other = link_server(
        "https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=99999999-5b6a-4d3c-9e7f-0a1b2c3d4e5f&msppId=0&DAP=false#/BillingAccounts/partner-invitation",
    );
    let home = home_for(&other);
    let before_other = std::fs::read(home.config()).expect("config");
    let err = refused(&online(&home, &init_online(&[])), 7);
    assert!(err.contains("not one csp can use"), "{err}");
    assert_eq!(std::fs::read(home.config()).expect("config"), before_other);

    // Partner Center's refusal: its words, status 7, nothing written.
    let refusing = Server::start(|seen, nth| {
        token(seen, nth).unwrap_or_else(|| {
            reply(
                403,
                json!({"code": 900903, "description": "Caller is not authorized"}),
            )
        })
    });
    let home = home_for(&refusing);
    let before_refusing = std::fs::read(home.config()).expect("config");
    let err = refused(&online(&home, &init_online(&[])), 7);
    assert!(err.contains("900903"), "{err}");
    assert_eq!(
        std::fs::read(home.config()).expect("config"),
        before_refusing
    );
}

fn direct_customer(server: &Server) -> Home {
    let home = home_for(server);
    let mut config = std::fs::read_to_string(home.config()).expect("config");
    config = config.replace("kind = \"indirect-reseller\"", "kind = \"direct\"");
    assert!(config.contains("kind = \"direct\""), "{config}");
    std::fs::write(home.config(), config).expect("write");
    home.csp(&[
        "customers",
        "add",
        "--name",
        "Fabrikam",
        "--domain",
        "fabrikam.com",
        "--tenant-id",
        FABRIKAM,
    ])
    .ok();
    home
}

#[test]
fn remove_in_partner_center_sends_the_documented_patch_and_records_only_on_success() {
    let server = Server::start(|seen, nth| {
        if let Some(r) = token(seen, nth) {
            return r;
        }
        reply(
            200,
            json!({"id": FABRIKAM, "relationshipToPartner": "none"}),
        )
    });
    let home = direct_customer(&server);
    online(
        &home,
        &[
            "remove",
            "fabrikam.com",
            "--acknowledge",
            "--in-partner-center",
        ],
    )
    .ok();
    let patch = server.to("PATCH", &format!("/pc/v1/customers/{FABRIKAM}"));
    assert_eq!(patch.len(), 1);
    assert_eq!(
        patch[0].json(),
        json!({"relationshipToPartner": "none", "attributes": {"objectType": "Customer"}})
    );
    assert_eq!(
        home.query::<String>("SELECT relationship FROM customers"),
        "removed"
    );
}

#[test]
fn remove_in_partner_center_refused_explains_and_records_nothing() {
    let server = Server::start(|seen, nth| {
        if let Some(r) = token(seen, nth) {
            return r;
        }
        reply(
            400,
            json!({"code": 800055, "description": "Customer has active subscriptions"}),
        )
    });
    let home = direct_customer(&server);
    let err = refused(
        &online(
            &home,
            &[
                "remove",
                "fabrikam.com",
                "--acknowledge",
                "--in-partner-center",
            ],
        ),
        7,
    );
    assert!(
        err.contains("800055") && err.contains("active subscriptions"),
        "{err}"
    );
    assert!(err.contains("nothing was recorded"), "{err}");
    assert_eq!(
        home.query::<String>("SELECT relationship FROM customers"),
        "active"
    );

    // Without the acknowledgement nothing is sent.
    let before = server.requests().len();
    let run = online(
        &home,
        &[
            "remove",
            "fabrikam.com",
            "--in-partner-center",
            "--no-input",
        ],
    );
    assert_eq!(run.code, 4, "{}", run.stderr);
    assert_eq!(server.requests().len(), before);
}

#[test]
fn an_indirect_reseller_cannot_remove_in_partner_center() {
    let server = Server::start(|_, _| reply(500, Value::Null));
    let home = home_for(&server);
    home.csp(&[
        "customers",
        "add",
        "--name",
        "Fabrikam",
        "--domain",
        "fabrikam.com",
        "--tenant-id",
        FABRIKAM,
    ])
    .ok();
    let err = refused(
        &online(
            &home,
            &[
                "remove",
                "fabrikam.com",
                "--acknowledge",
                "--in-partner-center",
            ],
        ),
        4,
    );
    assert!(err.contains("indirect provider"), "{err}");
    assert!(server.requests().is_empty());
}

#[test]
fn calls_go_through_https_proxy_and_a_client_secret_is_sent_when_set() {
    // The "proxy" answers as Microsoft would; requests reach it in absolute form.
    let proxy = Server::start(|seen, nth| {
        token(seen, nth).unwrap_or_else(|| {
            reply(
                200,
                page(
                    vec![customer(FABRIKAM, "Fabrikam", "fabrikam.onmicrosoft.com")],
                    None,
                ),
            )
        })
    });
    // Microsoft's addresses point to a port where nothing listens.
    let port = {
        let l = TcpListener::bind("127.0.0.1:0").expect("bind");
        l.local_addr().expect("addr").port()
    };
    let nowhere = Server {
        base: format!("http://127.0.0.1:{port}"),
        seen: Arc::default(),
    };
    let home = home_for(&nowhere);
    let run = crate::common::run(
        home.command(&["sync", "--customers"])
            .env("CSP_MS_REFRESH_TOKEN", "refresh-0")
            .env("CSP_MS_CLIENT_SECRET", "s3cret")
            .env("HTTPS_PROXY", &proxy.base)
            .write_stdin(""),
    );
    run.ok();
    let seen = proxy.requests();
    let target = format!("127.0.0.1:{port}");
    assert!(
        seen.iter()
            .any(|s| s.method == "CONNECT" && s.path == target),
        "{seen:?}"
    );
    assert_eq!(proxy.to("GET", "/pc/v1/customers").len(), 1, "{seen:?}");
    let token = seen
        .iter()
        .find(|s| s.path.contains("/oauth2/v2.0/token"))
        .expect("token call");
    assert_eq!(token.form("client_secret").as_deref(), Some("s3cret"));
    assert!(!run.stderr.contains("s3cret"));
}

// ------------------------------------------------- the token in a keychain

/// The Secret Service (Linux and the BSDs' desktops), in a private session.
#[cfg(target_os = "linux")]
mod secret_service {
    use super::*;

    /// A private D-Bus session bus (`dbus-run-session`) for one test, with
    /// GNOME Keyring's Secret Service unlocked on it, or no Secret Service at
    /// all. Ended when dropped.
    struct DbusSession {
        address: String,
        /// The shell that keeps the session open (it `exec`s `sleep`): when it
        /// ends, `dbus-run-session` ends the bus and, with it, the keyring.
        holder: String,
        child: std::process::Child,
        env: Vec<(String, std::ffi::OsString)>,
    }

    impl DbusSession {
        fn start(home: &Home, keyring: bool) -> DbusSession {
            let env: Vec<(String, std::ffi::OsString)> = vec![
                ("PATH".into(), std::env::var_os("PATH").unwrap_or_default()),
                ("HOME".into(), home.path().into()),
                ("XDG_DATA_HOME".into(), home.path().join("xdg-data").into()),
                (
                    "XDG_CONFIG_HOME".into(),
                    home.path().join("xdg-config").into(),
                ),
                ("LANG".into(), "C.UTF-8".into()),
            ];
            let mut command = std::process::Command::new("dbus-run-session");
            if !keyring {
                // A session bus that activates nothing: no Secret Service.
                let config = home.path().join("bare-session.conf");
                std::fs::write(
                    &config,
                    r#"<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
     "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
    <busconfig>
      <type>session</type>
      <listen>unix:tmpdir=/tmp</listen>
      <policy context="default">
        <allow send_destination="*" eavesdrop="true"/>
        <allow eavesdrop="true"/>
        <allow own="*"/>
      </policy>
    </busconfig>
    "#,
                )
                .expect("bus config");
                command.arg(format!("--config-file={}", config.display()));
            }
            let script = if keyring {
                "printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null || exit 1\n\
                 echo \"$$ $DBUS_SESSION_BUS_ADDRESS\"\nexec sleep 120"
            } else {
                "echo \"$$ $DBUS_SESSION_BUS_ADDRESS\"\nexec sleep 120"
            };
            command
                .args(["--", "sh", "-c", script])
                .env_clear()
                .envs(env.iter().map(|(k, v)| (k, v)))
                .stdin(std::process::Stdio::null())
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::null());
            let mut child = command.spawn().expect("dbus-run-session");
            let mut line = String::new();
            BufReader::new(child.stdout.take().expect("stdout"))
                .read_line(&mut line)
                .expect("the session's address");
            let (holder, address) = line
                .trim()
                .split_once(' ')
                .unwrap_or_else(|| panic!("no session bus started: {line:?}"));
            DbusSession {
                address: address.to_string(),
                holder: holder.to_string(),
                child,
                env,
            }
        }

        /// `csp ARGS` on this session.
        fn csp(&self, home: &Home, args: &[&str]) -> crate::common::Run {
            crate::common::run(
                home.command(args)
                    .env("DBUS_SESSION_BUS_ADDRESS", &self.address)
                    .env("CSP_MS_RETRY_CAP_MS", "50")
                    .write_stdin(""),
            )
        }

        /// What the Secret Service holds for csp's entry of this sign-in file.
        fn lookup(&self, sign_in_file: &std::path::Path) -> Option<String> {
            let out = std::process::Command::new("secret-tool")
                .args(["lookup", "service", "csp: Microsoft sign-in", "username"])
                .arg(sign_in_file)
                .env_clear()
                .envs(self.env.iter().map(|(k, v)| (k, v)))
                .env("DBUS_SESSION_BUS_ADDRESS", &self.address)
                .output()
                .expect("secret-tool");
            out.status
                .success()
                .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
        }
    }

    impl Drop for DbusSession {
        fn drop(&mut self) {
            let _ = std::process::Command::new("kill")
                .arg(&self.holder)
                .status();
            let _ = self.child.wait();
        }
    }

    fn secret_service_programs() -> bool {
        crate::common::require_program("dbus-run-session", "dbus-daemon")
            && crate::common::require_program("gnome-keyring-daemon", "gnome-keyring")
            && crate::common::require_program("secret-tool", "libsecret-tools")
    }

    #[test]
    fn login_keeps_the_refresh_token_in_the_secret_service_where_one_answers() {
        if !secret_service_programs() {
            return;
        }
        let server = device_code_server();
        let home = home_for(&server);
        let session = DbusSession::start(&home, true);
        let sign_in_file = home.config().with_file_name("microsoft-sign-in.json");
        let token_file = home.config().with_file_name("microsoft-refresh-token");

        let run = session.csp(&home, &["login", "--json"]);
        run.ok();
        assert!(
            run.stderr.contains("kept in the Secret Service"),
            "{}",
            run.stderr
        );
        assert!(!run.stderr.contains("warning"), "{}", run.stderr);
        assert!(!run.stdout.contains("SECRET") && !run.stderr.contains("SECRET"));
        assert!(run.json()["kept_in"]
            .as_str()
            .is_some_and(|k| k.contains("Secret Service")));
        // In the keyring, not in a file.
        assert_eq!(
            session.lookup(&sign_in_file).as_deref(),
            Some("SECRET-REFRESH")
        );
        assert!(!token_file.exists());
        let kept = std::fs::read_to_string(&sign_in_file).expect("sign-in file");
        assert!(!kept.contains("SECRET"), "{kept}");
        assert!(kept.contains("\"token_store\": \"keychain\""), "{kept}");

        let who = session.csp(&home, &["whoami", "--json"]);
        who.ok();
        assert!(who.json()["kept_in"]
            .as_str()
            .is_some_and(|k| k.contains("Secret Service")));

        // The next command renews with the kept token; the rotated one
        // replaces it in the keyring.
        let sync = session.csp(&home, &["sync", "--customers"]);
        assert_eq!(sync.code, 7, "no customers route: {}", sync.stderr);
        let renewal = server
            .to("POST", "/login/")
            .into_iter()
            .find(|s| s.form("grant_type").as_deref() == Some("refresh_token"))
            .expect("a renewal");
        assert_eq!(
            renewal.form("refresh_token").as_deref(),
            Some("SECRET-REFRESH")
        );
        assert_eq!(
            session.lookup(&sign_in_file).as_deref(),
            Some("SECRET-REFRESH-2")
        );

        // Away from the desktop session, csp says where the token is.
        let away = home.csp(&["whoami"]);
        assert_ne!(away.code, 0);
        assert!(away.stderr.contains("Secret Service"), "{}", away.stderr);

        let out = session.csp(&home, &["logout"]);
        out.ok();
        assert!(out.stderr.contains("Secret Service"), "{}", out.stderr);
        assert_eq!(session.lookup(&sign_in_file), None);
        assert!(!sign_in_file.exists());
        session.csp(&home, &["whoami"]).fails(4);
    }

    #[test]
    fn login_falls_back_to_the_file_with_a_warning_where_the_bus_has_no_secret_service() {
        if !crate::common::require_program("dbus-run-session", "dbus-daemon") {
            return;
        }
        let server = device_code_server();
        let home = home_for(&server);
        let session = DbusSession::start(&home, false);
        let run = session.csp(&home, &["login", "--json"]);
        run.ok();
        assert!(
            run.stderr.contains("warning") && run.stderr.contains("not in an OS keychain"),
            "{}",
            run.stderr
        );
        assert!(run.stderr.contains("Secret Service"), "{}", run.stderr);
        let token_file = home.config().with_file_name("microsoft-refresh-token");
        assert_eq!(
            std::fs::read_to_string(&token_file).expect("token file"),
            "SECRET-REFRESH"
        );
        assert_eq!(run.json()["kept_in"], token_file.display().to_string());
        session.csp(&home, &["logout"]).ok();
        assert!(!token_file.exists());
    }
}
