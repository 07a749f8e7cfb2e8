//! One call to Microsoft, done right: rustls, timeouts, `HTTPS_PROXY`,
//! Partner Center's request headers (`MS-RequestId` kept across retries),
//! bounded retries with exponential backoff and jitter on 429 and 5xx
//! honouring `Retry-After` and on a lost connection (when sending the
//! request again is harmless), one fresh token on 401, and Microsoft's own
//! error code, message and request id in the error (status 7).

use crate::error::Error;
use serde_json::Value;
use std::time::{Duration, Instant};

/// Which of Microsoft's services answers: it decides the headers sent and
/// how an error body reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Service {
    SignIn,
    PartnerCenter,
    Graph,
}

impl Service {
    pub fn name(self) -> &'static str {
        match self {
            Service::SignIn => "Microsoft sign-in",
            Service::PartnerCenter => "Partner Center",
            Service::Graph => "Microsoft Graph",
        }
    }
}

/// What is sent: a method, an absolute URL, extra headers and a body.
#[derive(Debug, Clone)]
pub struct Request {
    pub method: &'static str,
    pub url: String,
    pub headers: Vec<(String, String)>,
    pub body: Option<Body>,
}

#[derive(Debug, Clone)]
pub enum Body {
    Json(Value),
    Form(Vec<(String, String)>),
}

impl Request {
    pub fn new(method: &'static str, url: impl Into<String>) -> Request {
        Request {
            method,
            url: url.into(),
            headers: Vec::new(),
            body: None,
        }
    }
    pub fn header(mut self, name: &str, value: impl Into<String>) -> Request {
        self.headers.push((name.to_string(), value.into()));
        self
    }
    pub fn json(mut self, body: Value) -> Request {
        self.body = Some(Body::Json(body));
        self
    }
    pub fn form(mut self, fields: Vec<(String, String)>) -> Request {
        self.body = Some(Body::Form(fields));
        self
    }
    /// The path and query, for messages (never the host's secrets: there are none in a path).
    pub fn path(&self) -> &str {
        let rest = self.url.split_once("://").map_or(&*self.url, |(_, r)| r);
        rest.find('/').map_or("/", |i| &rest[i..])
    }
    /// The request as `--dry-run` prints it: method, URL, body (a form's
    /// values other than the grant and scope are hidden).
    pub fn describe(&self) -> String {
        let mut out = format!("{} {}", self.method, self.url);
        for (k, v) in &self.headers {
            out.push_str(&format!("\n{k}: {v}"));
        }
        if let Some(Body::Json(v)) = &self.body {
            out.push('\n');
            out.push_str(&serde_json::to_string_pretty(v).unwrap_or_default());
        }
        out
    }
}

/// A 2xx answer: its JSON (null when empty) and the headers csp uses.
#[derive(Debug, Clone)]
pub struct Response {
    pub status: u16,
    pub json: Value,
    pub etag: Option<String>,
    pub request_id: Option<String>,
}

/// Gives the bearer token of a service; `fresh` after a 401.
pub trait Tokens {
    fn token(&mut self, http: &Http, service: Service, fresh: bool) -> Result<String, Error>;
}

/// Where a line for the person at the terminal goes.
pub type Notice = Box<dyn Fn(&str)>;

/// The client: one agent, one correlation id for every call of a command.
pub struct Http {
    /// Told of each wait before a retry, for the person at the terminal.
    pub on_wait: Option<Notice>,
    agent: ureq::Agent,
    correlation_id: String,
    max_attempts: u32,
    budget: Duration,
    cap: Duration,
}

/// The longest a single wait may be, and the whole of a call's waits.
const WAIT_CAP: Duration = Duration::from_secs(30);
const WAIT_BUDGET: Duration = Duration::from_secs(120);
const MAX_ATTEMPTS: u32 = 5;
/// The largest answer csp reads (a page of 500 customers is far less).
const BODY_LIMIT: u64 = 32 * 1024 * 1024;

impl Default for Http {
    fn default() -> Self {
        Http::new()
    }
}

impl Http {
    pub fn new() -> Http {
        let config = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_connect(Some(Duration::from_secs(15)))
            .timeout_recv_response(Some(Duration::from_secs(90)))
            .timeout_recv_body(Some(Duration::from_secs(90)))
            .timeout_send_body(Some(Duration::from_secs(60)))
            // Microsoft's APIs answer where they are asked: a redirect
            // would carry a bearer token elsewhere.
            .max_redirects(0)
            .proxy(ureq::Proxy::try_from_env())
            .user_agent(concat!("csp/", env!("CARGO_PKG_VERSION")))
            .build();
        // `CSP_MS_RETRY_CAP_MS` shortens every wait (the test suite's
        // servers ask for `Retry-After` in seconds; the suite stays fast).
        let cap = std::env::var("CSP_MS_RETRY_CAP_MS")
            .ok()
            .and_then(|v| v.trim().parse::<u64>().ok())
            .map(Duration::from_millis)
            .map_or(WAIT_CAP, |c| c.min(WAIT_CAP));
        Http {
            on_wait: None,
            agent: config.into(),
            correlation_id: uuid::Uuid::new_v4().to_string(),
            max_attempts: MAX_ATTEMPTS,
            budget: WAIT_BUDGET,
            cap,
        }
    }

    /// Sends `request`, retrying as Microsoft asks; any non-2xx answer left
    /// after the retries is an error carrying Microsoft's words.
    pub fn send(
        &self,
        service: Service,
        request: &Request,
        tokens: Option<&mut dyn Tokens>,
    ) -> Result<Response, Error> {
        let (status, headers, text, request_id) = self.exchange(service, request, tokens)?;
        if (200..300).contains(&status) {
            return Ok(Response {
                status,
                json: parse_json(service, request, &text)?,
                etag: headers.etag,
                request_id: headers.request_id.or(Some(request_id)),
            });
        }
        Err(refused(
            service,
            request,
            status,
            &text,
            headers.request_id.as_deref().unwrap_or(&request_id),
        ))
    }

    /// Like [`Http::send`], but a 4xx answer comes back as its status and
    /// JSON (the device-code poll reads `authorization_pending` there).
    pub fn send_raw(&self, service: Service, request: &Request) -> Result<(u16, Value), Error> {
        let (status, headers, text, request_id) = self.exchange(service, request, None)?;
        if (200..500).contains(&status) {
            let json = serde_json::from_str(&text).unwrap_or(Value::Null);
            return Ok((status, json));
        }
        Err(refused(
            service,
            request,
            status,
            &text,
            headers.request_id.as_deref().unwrap_or(&request_id),
        ))
    }

    fn exchange(
        &self,
        service: Service,
        request: &Request,
        mut tokens: Option<&mut dyn Tokens>,
    ) -> Result<(u16, Headers, String, String), Error> {
        // One id for the request, however often it is retried (Partner
        // Center's rule), so Microsoft's logs show one request.
        let request_id = uuid::Uuid::new_v4().to_string();
        let started = Instant::now();
        let mut refreshed = false;
        let mut fresh = false;
        let mut attempt = 0;
        loop {
            attempt += 1;
            let token = match tokens.as_deref_mut() {
                Some(t) => Some(t.token(self, service, fresh)?),
                None => None,
            };
            fresh = false;
            let (status, headers, text) =
                match self.once(service, request, &request_id, token.as_deref()) {
                    Ok(answer) => answer,
                    Err(lost) => {
                        let again = match lost.retry {
                            Retry::Always => true,
                            Retry::IfRepeatable => repeatable(service, request),
                            Retry::Never => false,
                        };
                        if again && attempt < self.max_attempts {
                            let wait = backoff(attempt).min(self.cap);
                            if started.elapsed() + wait <= self.budget {
                                self.tell(format!(
                                    "{} on {} {}; trying again in {:.1} s",
                                    lost.error.message,
                                    request.method,
                                    request.path(),
                                    wait.as_secs_f64()
                                ));
                                std::thread::sleep(wait);
                                continue;
                            }
                        }
                        if lost.retry == Retry::IfRepeatable && !again {
                            // The request may have been carried out: saying
                            // so beats sending it twice.
                            return Err(Error::online(format!(
                                "{}, after sending {} {}: it may or may not have been carried out",
                                lost.error.message,
                                request.method,
                                request.path()
                            ))
                            .with_hint(format!(
                                "look in {} whether it was, before running the command again",
                                service.name()
                            )));
                        }
                        return Err(lost.error);
                    }
                };
            if status == 401 && tokens.is_some() && !refreshed {
                // An access token may expire between two calls: one fresh
                // token, once.
                refreshed = true;
                fresh = true;
                continue;
            }
            let retryable = status == 429 || (500..600).contains(&status);
            if retryable && attempt < self.max_attempts {
                let wait = headers
                    .retry_after
                    .unwrap_or_else(|| backoff(attempt))
                    .min(self.cap);
                if started.elapsed() + wait <= self.budget {
                    self.tell(format!(
                        "{} answered HTTP {status} to {} {}; trying again in {:.1} s",
                        service.name(),
                        request.method,
                        request.path(),
                        wait.as_secs_f64()
                    ));
                    std::thread::sleep(wait);
                    continue;
                }
            }
            return Ok((status, headers, text, request_id));
        }
    }

    fn tell(&self, line: String) {
        if let Some(tell) = &self.on_wait {
            tell(&line);
        }
    }

    /// One attempt. A failure says whether the request may be sent again.
    fn once(
        &self,
        service: Service,
        request: &Request,
        request_id: &str,
        token: Option<&str>,
    ) -> Result<(u16, Headers, String), Lost> {
        let mut builder = ureq::http::Request::builder()
            .method(request.method)
            .uri(&request.url)
            .header("Accept", "application/json");
        match service {
            Service::PartnerCenter => {
                builder = builder
                    .header("MS-RequestId", request_id)
                    .header("MS-CorrelationId", &self.correlation_id)
                    .header("MS-Contract-Version", "v1");
            }
            Service::Graph => {
                builder = builder.header("client-request-id", request_id);
            }
            Service::SignIn => {
                builder = builder.header("client-request-id", request_id);
            }
        }
        if let Some(token) = token {
            builder = builder.header("Authorization", format!("Bearer {token}"));
        }
        for (k, v) in &request.headers {
            builder = builder.header(k.as_str(), v.as_str());
        }
        let bytes = match &request.body {
            None => Vec::new(),
            Some(Body::Json(v)) => {
                builder = builder.header("Content-Type", "application/json");
                serde_json::to_vec(v).unwrap_or_default()
            }
            Some(Body::Form(fields)) => {
                builder = builder.header("Content-Type", "application/x-www-form-urlencoded");
                form_encode(fields).into_bytes()
            }
        };
        let built = builder.body(bytes).map_err(|e| Lost {
            error: Error::invalid(format!("cannot build the request to {}: {e}", request.url)),
            retry: Retry::Never,
        })?;
        let mut response = self.agent.run(built).map_err(|e| Lost {
            retry: retry_after_failure(&e),
            error: unreachable(&request.url, &e),
        })?;
        let status = response.status().as_u16();
        let header = |name: &str| {
            response
                .headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(|v| v.trim().to_string())
                .filter(|v| !v.is_empty())
        };
        let headers = Headers {
            retry_after: header("retry-after")
                .and_then(|v| v.parse::<u64>().ok())
                .map(Duration::from_secs),
            etag: header("etag"),
            request_id: header("request-id")
                .or_else(|| header("ms-requestid"))
                .or_else(|| header("x-ms-request-id")),
        };
        let text = response
            .body_mut()
            .with_config()
            .limit(BODY_LIMIT)
            .read_to_string()
            .map_err(|e| Lost {
                // The answer had begun: the request was received.
                retry: match retry_after_failure(&e) {
                    Retry::Never => Retry::Never,
                    _ => Retry::IfRepeatable,
                },
                error: unreachable(&request.url, &e),
            })?;
        Ok((status, headers, text))
    }
}

/// A request that got no answer, and whether it may be sent again.
struct Lost {
    error: Error,
    retry: Retry,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Retry {
    /// It never left: no connection was made.
    Always,
    /// It may have reached Microsoft: again only if that is harmless.
    IfRepeatable,
    /// Another attempt would fail the same way (a name not found, a
    /// certificate refused, a proxy misconfigured).
    Never,
}

/// How a failed attempt may be retried: a refused connection or a
/// connect timeout never reached the server; a reset, a connection closed
/// without an answer or a timeout after sending may have.
fn retry_after_failure(e: &ureq::Error) -> Retry {
    use std::io::ErrorKind;
    use ureq::Timeout;
    match e {
        ureq::Error::ConnectionFailed => Retry::Always,
        ureq::Error::Timeout(Timeout::Resolve | Timeout::Connect) => Retry::Always,
        ureq::Error::Timeout(_) => Retry::IfRepeatable,
        ureq::Error::Io(io) => match io.kind() {
            ErrorKind::ConnectionRefused | ErrorKind::NotConnected => Retry::Always,
            ErrorKind::ConnectionReset
            | ErrorKind::ConnectionAborted
            | ErrorKind::BrokenPipe
            | ErrorKind::UnexpectedEof
            | ErrorKind::TimedOut
            | ErrorKind::Interrupted => Retry::IfRepeatable,
            _ => Retry::Never,
        },
        ureq::Error::Protocol(_) => Retry::IfRepeatable,
        _ => Retry::Never,
    }
}

/// Whether sending `request` twice does no harm: reads and the methods
/// HTTP defines as idempotent; every Partner Center call, as Partner
/// Center recognises a repeated `MS-RequestId` (kept across retries) as
/// the same call; and the sign-in's token requests, which create nothing.
/// A Graph POST or PATCH (creating, locking, extending a relationship) is
/// not repeated after it may have arrived.
fn repeatable(service: Service, request: &Request) -> bool {
    matches!(
        request.method,
        "GET" | "HEAD" | "PUT" | "DELETE" | "OPTIONS"
    ) || matches!(service, Service::PartnerCenter | Service::SignIn)
}

struct Headers {
    retry_after: Option<Duration>,
    etag: Option<String>,
    request_id: Option<String>,
}

/// 1 s, 2 s, 4 s, … with up to half again of jitter, so that many csp
/// processes throttled together do not come back together.
fn backoff(attempt: u32) -> Duration {
    let base = 1000u64 << (attempt.saturating_sub(1)).min(5);
    let jitter = u64::from(uuid::Uuid::new_v4().as_bytes()[0]) * base / 512;
    Duration::from_millis(base + jitter)
}

/// The host of an address, for messages.
pub fn host(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    rest.split(['/', '?', '#']).next().unwrap_or(rest)
}

fn unreachable(url: &str, e: &ureq::Error) -> Error {
    let why = match e {
        ureq::Error::HostNotFound => "the host name is not known".to_string(),
        ureq::Error::ConnectionFailed => "the connection failed".to_string(),
        ureq::Error::Timeout(_) => "it did not answer in time".to_string(),
        ureq::Error::Io(io) => io.to_string(),
        other => other.to_string(),
    };
    Error::online(format!("cannot reach {}: {why}", host(url)))
        .with_hint("check the network, HTTPS_PROXY, and the addresses in [microsoft] of the config")
}

fn parse_json(service: Service, request: &Request, text: &str) -> Result<Value, Error> {
    if text.trim().is_empty() {
        return Ok(Value::Null);
    }
    serde_json::from_str(text).map_err(|e| {
        Error::online(format!(
            "{} answered {} {} with something that is not JSON: {e}",
            service.name(),
            request.method,
            request.path()
        ))
    })
}

/// Microsoft's refusal in one line: the service, the call, the HTTP status,
/// Microsoft's code and message (each service words its errors its own
/// way), and the request id to quote to Microsoft's support.
fn refused(
    service: Service,
    request: &Request,
    status: u16,
    text: &str,
    request_id: &str,
) -> Error {
    let body: Value = serde_json::from_str(text).unwrap_or(Value::Null);
    let (code, message) = error_words(&body);
    let mut line = format!(
        "{} refused {} {} (HTTP {status}",
        service.name(),
        request.method,
        request.path()
    );
    if let Some(code) = &code {
        line.push_str(&format!(", code {code}"));
    }
    line.push(')');
    if let Some(message) = message {
        let short: String = message.chars().take(400).collect();
        line.push_str(&format!(": {short}"));
    }
    line.push_str(&format!(" [request id {request_id}]"));
    let hint = match status {
        401 => "sign in again with `csp login`",
        403 => "check the app's API permissions and your role in Partner Center (GDAP needs admin agent)",
        429 => "Microsoft is throttling this tenant; wait a minute and run it again",
        500..=599 => "Microsoft's service failed; run it again later, quoting the request id if it persists",
        _ => "Microsoft's message says why; quote the request id to Microsoft's support if it is unclear",
    };
    Error::online(line).with_hint(hint)
}

/// `{"error": {"code", "message"}}` (Graph), `{"code", "description"}`
/// (Partner Center), `{"error", "error_description"}` (sign-in).
pub fn error_words(body: &Value) -> (Option<String>, Option<String>) {
    let text = |v: Option<&Value>| match v {
        Some(Value::String(s)) => Some(s.clone()),
        Some(Value::Number(n)) => Some(n.to_string()),
        _ => None,
    };
    if let Some(err) = body.get("error").filter(|e| e.is_object()) {
        return (text(err.get("code")), text(err.get("message")));
    }
    if body.get("error").is_some() {
        let description =
            text(body.get("error_description")).map(|d| d.lines().next().unwrap_or("").to_string());
        return (text(body.get("error")), description);
    }
    (
        text(body.get("code")).or_else(|| text(body.get("errorName"))),
        text(body.get("description")).or_else(|| text(body.get("message"))),
    )
}

/// `application/x-www-form-urlencoded`.
pub fn form_encode(fields: &[(String, String)]) -> String {
    fields
        .iter()
        .map(|(k, v)| format!("{}={}", percent(k), percent(v)))
        .collect::<Vec<_>>()
        .join("&")
}

/// Percent-encodes everything but RFC 3986's unreserved characters.
pub fn percent(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn each_service_s_error_body_gives_code_and_message() {
        assert_eq!(
            error_words(&json!({"error": {"code": "Forbidden", "message": "no"}})),
            (Some("Forbidden".into()), Some("no".into()))
        );
        assert_eq!(
            error_words(&json!({"code": 600008, "description": "gone"})),
            (Some("600008".into()), Some("gone".into()))
        );
        assert_eq!(
            error_words(
                &json!({"error": "invalid_grant", "error_description": "AADSTS1\r\nTrace"})
            ),
            (Some("invalid_grant".into()), Some("AADSTS1".into()))
        );
    }

    #[test]
    fn a_form_is_percent_encoded() {
        assert_eq!(
            form_encode(&[("scope".into(), "a/b c".into())]),
            "scope=a%2Fb%20c"
        );
    }

    #[test]
    fn only_a_harmless_repeat_is_sent_after_a_lost_connection() {
        use std::io::{Error as Io, ErrorKind};
        let refused = ureq::Error::Io(Io::from(ErrorKind::ConnectionRefused));
        let reset = ureq::Error::Io(Io::from(ErrorKind::ConnectionReset));
        assert_eq!(retry_after_failure(&refused), Retry::Always);
        assert_eq!(
            retry_after_failure(&ureq::Error::Timeout(ureq::Timeout::Connect)),
            Retry::Always
        );
        assert_eq!(retry_after_failure(&reset), Retry::IfRepeatable);
        assert_eq!(
            retry_after_failure(&ureq::Error::Timeout(ureq::Timeout::RecvResponse)),
            Retry::IfRepeatable
        );
        assert_eq!(
            retry_after_failure(&ureq::Error::HostNotFound),
            Retry::Never
        );

        let graph_post = Request::new("POST", "https://graph.microsoft.com/v1.0/x");
        let graph_get = Request::new("GET", "https://graph.microsoft.com/v1.0/x");
        let pc_patch = Request::new("PATCH", "https://api.partnercenter.microsoft.com/v1/x");
        assert!(!repeatable(Service::Graph, &graph_post));
        assert!(repeatable(Service::Graph, &graph_get));
        assert!(repeatable(Service::PartnerCenter, &pc_patch));
        assert!(repeatable(Service::SignIn, &graph_post));
    }

    #[test]
    fn backoff_grows_and_stays_bounded() {
        assert!(backoff(1) >= Duration::from_secs(1) && backoff(1) < Duration::from_secs(2));
        assert!(backoff(3) >= Duration::from_secs(4));
        assert!(backoff(40) < Duration::from_secs(49));
    }
}
