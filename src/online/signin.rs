//! Signing in to Microsoft Entra: the device-code flow of `csp login`, the
//! refresh-token grant every online command uses, and where the refresh
//! token is kept. No access token is ever written to disk or printed.

use crate::domain::profile::Microsoft;
use crate::error::Error;
use crate::online::http::{Http, Request, Service, Tokens};
use crate::online::token_store::{self, StoreKind, TokenStore};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// What `csp login` keeps: who signed in, to which tenant, with which app
/// and scopes (in a 0600 file beside the config), and the refresh token
/// (in the store the file names: the OS keychain, or its own 0600 file).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SignIn {
    pub client_id: String,
    pub tenant: String,
    pub account: Option<String>,
    pub scopes: Vec<String>,
    pub signed_in_at: String,
    /// When the last access token obtained expires (RFC 3339).
    pub expires_at: Option<String>,
    /// Where the refresh token is.
    pub token_store: StoreKind,
    /// Never written to the sign-in file.
    #[serde(skip)]
    pub refresh_token: String,
}

/// What `csp whoami` shows: never a token.
#[derive(Debug, Clone, Serialize)]
pub struct SignedIn {
    pub account: Option<String>,
    pub tenant: String,
    pub client_id: String,
    pub scopes: Vec<String>,
    pub signed_in_at: String,
    pub expires_at: Option<String>,
    /// The file the refresh token is kept in, or `CSP_MS_REFRESH_TOKEN`.
    pub kept_in: String,
}

impl SignedIn {
    pub fn of(sign_in: &SignIn, keeper: &Keeper) -> SignedIn {
        SignedIn {
            account: sign_in.account.clone(),
            tenant: sign_in.tenant.clone(),
            client_id: sign_in.client_id.clone(),
            scopes: sign_in.scopes.clone(),
            signed_in_at: sign_in.signed_in_at.clone(),
            expires_at: sign_in.expires_at.clone(),
            kept_in: match keeper {
                Keeper::Store(store) => store.place(),
                Keeper::Environment => "CSP_MS_REFRESH_TOKEN".to_string(),
            },
        }
    }
}

/// Where a refresh token comes from.
pub enum Keeper {
    /// The OS keychain or the 0600 token file, as the sign-in file says.
    Store(Box<dyn TokenStore>),
    /// `CSP_MS_REFRESH_TOKEN`: nothing is written back.
    Environment,
}

/// The 0600 file that holds the sign-in, beside config.toml.
pub fn sign_in_file(config_path: &Path) -> PathBuf {
    config_path
        .parent()
        .unwrap_or_else(|| Path::new("."))
        .join("microsoft-sign-in.json")
}

/// The scopes of one service, from its address (`…/user_impersonation`
/// for Partner Center, `…/DelegatedAdminRelationship.ReadWrite.All` for
/// Graph), so a sovereign cloud's addresses give its own scopes.
pub fn scope(ms: &Microsoft, service: Service) -> String {
    match service {
        Service::PartnerCenter => format!("{}/user_impersonation", ms.partner_center),
        Service::Graph => format!("{}/DelegatedAdminRelationship.ReadWrite.All", ms.graph),
        Service::SignIn => "openid profile offline_access".to_string(),
    }
}

fn token_url(ms: &Microsoft, tenant: &str) -> String {
    format!("{}/{}/oauth2/v2.0/token", ms.login, tenant)
}

/// The client ID and tenant, or why there are none.
pub fn app(ms: &Microsoft) -> Result<(String, String), Error> {
    let client_id = ms.client_id.clone().ok_or_else(|| {
        Error::invalid("no Entra app is configured for signing in")
            .with_hint("set client_id in [microsoft] of the config (your app registration's application ID), or CSP_MS_CLIENT_ID")
    })?;
    let tenant = ms.tenant.clone().ok_or_else(|| {
        Error::invalid("no tenant to sign in to").with_hint(
            "run `csp init --tenant-id …` (your partner tenant), or set tenant in [microsoft]",
        )
    })?;
    Ok((client_id, tenant))
}

/// The first answer of the device-code flow: what the admin types where.
#[derive(Debug, Clone)]
pub struct DeviceCode {
    pub user_code: String,
    pub verification_uri: String,
    pub device_code: String,
    pub interval: Duration,
    pub expires_in: Duration,
}

/// `POST {login}/{tenant}/oauth2/v2.0/devicecode`.
pub fn device_code(http: &Http, ms: &Microsoft) -> Result<DeviceCode, Error> {
    let (client_id, tenant) = app(ms)?;
    let request = Request::new(
        "POST",
        format!("{}/{}/oauth2/v2.0/devicecode", ms.login, tenant),
    )
    .form(vec![
        ("client_id".into(), client_id),
        (
            "scope".into(),
            format!(
                "{} {}",
                scope(ms, Service::PartnerCenter),
                scope(ms, Service::SignIn)
            ),
        ),
    ]);
    let answer = http.send(Service::SignIn, &request, None)?.json;
    let text = |field: &str| {
        answer
            .get(field)
            .and_then(Value::as_str)
            .map(str::to_string)
            .ok_or_else(|| Error::online(format!("Microsoft sign-in's device code has no {field}")))
    };
    let seconds =
        |field: &str, default: u64| answer.get(field).and_then(Value::as_u64).unwrap_or(default);
    Ok(DeviceCode {
        user_code: text("user_code")?,
        verification_uri: text("verification_uri")?,
        device_code: text("device_code")?,
        interval: Duration::from_secs(seconds("interval", 5).clamp(1, 60)),
        expires_in: Duration::from_secs(seconds("expires_in", 900).min(3600)),
    })
}

/// A token answer, kept only in memory.
#[derive(Debug, Clone)]
pub struct Token {
    pub access_token: String,
    pub refresh_token: Option<String>,
    pub expires_at: chrono::DateTime<chrono::Utc>,
    pub scopes: Vec<String>,
    pub account: Option<String>,
}

fn token_of(answer: &Value) -> Result<Token, Error> {
    let access_token = answer
        .get("access_token")
        .and_then(Value::as_str)
        .ok_or_else(|| Error::online("Microsoft sign-in answered without an access token"))?
        .to_string();
    let expires_in = answer.get("expires_in").and_then(|v| {
        v.as_i64()
            .or_else(|| v.as_str().and_then(|s| s.parse().ok()))
    });
    Ok(Token {
        access_token,
        refresh_token: answer
            .get("refresh_token")
            .and_then(Value::as_str)
            .map(str::to_string),
        expires_at: chrono::Utc::now()
            + chrono::Duration::seconds(expires_in.unwrap_or(3600).clamp(0, 86_400)),
        scopes: answer
            .get("scope")
            .and_then(Value::as_str)
            .map(|s| s.split_whitespace().map(str::to_string).collect())
            .unwrap_or_default(),
        account: answer
            .get("id_token")
            .and_then(Value::as_str)
            .and_then(account_of_id_token),
    })
}

/// The account an ID token names (`preferred_username`, else `upn`). The
/// token is not verified: it only labels the sign-in for `whoami`.
fn account_of_id_token(jwt: &str) -> Option<String> {
    let payload = jwt.split('.').nth(1)?;
    let bytes = base64url(payload)?;
    let claims: Value = serde_json::from_slice(&bytes).ok()?;
    let name = claims
        .get("preferred_username")
        .or_else(|| claims.get("upn"))
        .and_then(Value::as_str)?;
    crate::domain::values::optional_line("account", name)
        .ok()
        .flatten()
}

/// A JWT segment: base64url without padding (RFC 7515); padded or
/// standard-alphabet text is taken too, as some issuers send it.
fn base64url(text: &str) -> Option<Vec<u8>> {
    use base64::engine::general_purpose::{GeneralPurpose, GeneralPurposeConfig};
    use base64::engine::DecodePaddingMode;
    use base64::Engine;
    let lenient =
        GeneralPurposeConfig::new().with_decode_padding_mode(DecodePaddingMode::Indifferent);
    let url = GeneralPurpose::new(&base64::alphabet::URL_SAFE, lenient);
    let standard = GeneralPurpose::new(&base64::alphabet::STANDARD, lenient);
    url.decode(text).or_else(|_| standard.decode(text)).ok()
}

/// Polls `token` until the admin has signed in, honouring `interval`,
/// `authorization_pending`, `slow_down` and `expired_token`.
pub fn wait_for_sign_in(http: &Http, ms: &Microsoft, code: &DeviceCode) -> Result<Token, Error> {
    let (client_id, tenant) = app(ms)?;
    let started = Instant::now();
    let mut interval = code.interval;
    let mut fields = vec![
        (
            "grant_type".to_string(),
            "urn:ietf:params:oauth:grant-type:device_code".to_string(),
        ),
        ("client_id".to_string(), client_id),
        ("device_code".to_string(), code.device_code.clone()),
    ];
    if let Some(secret) = client_secret() {
        fields.push(("client_secret".to_string(), secret));
    }
    let request = Request::new("POST", token_url(ms, &tenant)).form(fields);
    loop {
        if crate::util::interrupt::requested() {
            return Err(Error::interrupted("interrupted: not signed in"));
        }
        let (status, answer) = http.send_raw(Service::SignIn, &request)?;
        if (200..300).contains(&status) {
            return token_of(&answer);
        }
        let (code_word, message) = crate::online::http::error_words(&answer);
        match code_word.as_deref() {
            Some("authorization_pending") => {}
            Some("slow_down") => interval += Duration::from_secs(5),
            Some("expired_token") | Some("code_expired") => {
                return Err(Error::online("the sign-in code expired before it was used")
                    .with_hint("run `csp login` again and enter the code sooner"))
            }
            Some("authorization_declined") | Some("access_denied") => {
                return Err(Error::not_allowed("the sign-in was declined"))
            }
            _ => {
                return Err(Error::online(format!(
                    "Microsoft sign-in refused the sign-in (HTTP {status}{}){}",
                    code_word.map(|c| format!(", code {c}")).unwrap_or_default(),
                    message.map(|m| format!(": {m}")).unwrap_or_default()
                ))
                .with_hint("check client_id and tenant in [microsoft], and that the app allows public client flows"))
            }
        }
        if started.elapsed() + interval > code.expires_in {
            return Err(Error::online("the sign-in code expired before it was used")
                .with_hint("run `csp login` again and enter the code sooner"));
        }
        sleep_interruptibly(interval);
    }
}

fn sleep_interruptibly(total: Duration) {
    let step = Duration::from_millis(100);
    let until = Instant::now() + total;
    while Instant::now() < until && !crate::util::interrupt::requested() {
        std::thread::sleep(step.min(until.saturating_duration_since(Instant::now())));
    }
}

fn client_secret() -> Option<String> {
    std::env::var("CSP_MS_CLIENT_SECRET")
        .ok()
        .filter(|s| !s.trim().is_empty())
}

/// `grant_type=refresh_token` for one service's scope.
pub fn refresh(
    http: &Http,
    ms: &Microsoft,
    client_id: &str,
    tenant: &str,
    refresh_token: &str,
    service: Service,
) -> Result<Token, Error> {
    let mut fields = vec![
        ("grant_type".to_string(), "refresh_token".to_string()),
        ("client_id".to_string(), client_id.to_string()),
        ("refresh_token".to_string(), refresh_token.to_string()),
        (
            "scope".to_string(),
            format!("{} offline_access", scope(ms, service)),
        ),
    ];
    if let Some(secret) = client_secret() {
        fields.push(("client_secret".to_string(), secret));
    }
    let request = Request::new("POST", token_url(ms, tenant)).form(fields);
    let (status, answer) = http.send_raw(Service::SignIn, &request)?;
    if (200..300).contains(&status) {
        return token_of(&answer);
    }
    let (code, message) = crate::online::http::error_words(&answer);
    Err(Error::online(format!(
        "Microsoft sign-in refused to renew the sign-in (HTTP {status}{}){}",
        code.map(|c| format!(", code {c}")).unwrap_or_default(),
        message.map(|m| format!(": {m}")).unwrap_or_default()
    ))
    .with_hint("sign in again with `csp login`"))
}

/// Reads the kept sign-in: `CSP_MS_REFRESH_TOKEN` first, then the sign-in
/// file and the token from the store it names. `None` when neither exists.
pub fn load(ms: &Microsoft, config_path: &Path) -> Result<Option<(SignIn, Keeper)>, Error> {
    if let Some(token) = std::env::var("CSP_MS_REFRESH_TOKEN")
        .ok()
        .filter(|t| !t.trim().is_empty())
    {
        let (client_id, tenant) = app(ms).map_err(|e| {
            Error::invalid(format!("CSP_MS_REFRESH_TOKEN is set but {}", e.message))
                .with_hint(e.hint.unwrap_or_default())
        })?;
        return Ok(Some((
            SignIn {
                client_id,
                tenant,
                account: None,
                scopes: Vec::new(),
                signed_in_at: crate::util::time::format(chrono::Utc::now()),
                expires_at: None,
                token_store: StoreKind::File,
                refresh_token: token.trim().to_string(),
            },
            Keeper::Environment,
        )));
    }
    let Some(mut sign_in) = read_sign_in(config_path)? else {
        return Ok(None);
    };
    let store = token_store::store(sign_in.token_store, config_path)?;
    sign_in.refresh_token = store.get()?.ok_or_else(|| {
        Error::not_allowed(format!(
            "signed in, but {} holds no refresh token for this sign-in",
            store.place()
        ))
        .with_hint("run `csp login` again")
    })?;
    Ok(Some((sign_in, Keeper::Store(store))))
}

/// The sign-in file without its token, if there is one.
pub fn read_sign_in(config_path: &Path) -> Result<Option<SignIn>, Error> {
    let path = sign_in_file(config_path);
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => {
            return Err(Error::failure(format!(
                "cannot read {}: {e}",
                path.display()
            )))
        }
    };
    if let Ok(sign_in) = serde_json::from_str::<SignIn>(&text) {
        return Ok(Some(sign_in));
    }
    let earlier: EarlierSignIn = serde_json::from_str(&text).map_err(|_| {
        Error::failure(format!("{} is not a sign-in csp wrote", path.display()))
            .with_hint("run `csp logout`, then `csp login`")
    })?;
    // The previous release kept the token inside this file: it moves to
    // the OS keychain (or its own 0600 file) and the file is written anew,
    // so an upgrade never asks for a new sign-in.
    let (store, _) = token_store::keep(&earlier.refresh_token, config_path)?;
    let sign_in = SignIn {
        client_id: earlier.client_id,
        tenant: earlier.tenant,
        account: earlier.account,
        scopes: earlier.scopes,
        signed_in_at: earlier.signed_in_at,
        expires_at: earlier.expires_at,
        token_store: store.kind(),
        refresh_token: String::new(),
    };
    save(&sign_in, config_path)?;
    Ok(Some(sign_in))
}

/// The sign-in file as csp wrote it before it used the keychain: the
/// refresh token inside.
#[derive(Deserialize)]
struct EarlierSignIn {
    client_id: String,
    tenant: String,
    account: Option<String>,
    #[serde(default)]
    scopes: Vec<String>,
    signed_in_at: String,
    expires_at: Option<String>,
    refresh_token: String,
}

/// Writes the sign-in file (without the token) atomically, 0600.
pub fn save(sign_in: &SignIn, config_path: &Path) -> Result<(), Error> {
    let path = sign_in_file(config_path);
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        crate::util::private_file::create_dir_private(dir)
            .map_err(|e| Error::failure(format!("cannot create folder {}: {e}", dir.display())))?;
    }
    let text = serde_json::to_string_pretty(sign_in).unwrap_or_default();
    crate::util::private_file::write(&path, text.as_bytes())
        .map_err(|e| Error::failure(format!("cannot write {}: {e}", path.display())))
}

/// The signed-in admin's tokens for one command: a refresh token, and the
/// access tokens obtained with it (in memory only).
pub struct Session {
    pub ms: Microsoft,
    pub sign_in: SignIn,
    pub keeper: Keeper,
    config_path: PathBuf,
    access: HashMap<Service, Token>,
}

impl Session {
    /// The kept sign-in, or `not signed in` (status 4).
    pub fn open(ms: &Microsoft, config_path: &Path) -> Result<Session, Error> {
        let (sign_in, keeper) = load(ms, config_path)?.ok_or_else(|| {
            Error::not_allowed("not signed in to Microsoft").with_hint(
                "run `csp login` (or set CSP_MS_REFRESH_TOKEN and CSP_MS_CLIENT_ID for automation)",
            )
        })?;
        Ok(Session {
            ms: ms.clone(),
            sign_in,
            keeper,
            config_path: config_path.to_path_buf(),
            access: HashMap::new(),
        })
    }
}

impl Tokens for Session {
    fn token(&mut self, http: &Http, service: Service, fresh: bool) -> Result<String, Error> {
        if !fresh {
            if let Some(t) = self.access.get(&service) {
                if t.expires_at > chrono::Utc::now() + chrono::Duration::seconds(60) {
                    return Ok(t.access_token.clone());
                }
            }
        }
        let token = refresh(
            http,
            &self.ms,
            &self.sign_in.client_id,
            &self.sign_in.tenant,
            &self.sign_in.refresh_token,
            service,
        )?;
        // Entra rotates refresh tokens: keep the newest one.
        let rotated = token
            .refresh_token
            .as_ref()
            .filter(|t| **t != self.sign_in.refresh_token);
        if let Some(rotated) = rotated {
            self.sign_in.refresh_token = rotated.clone();
        }
        self.sign_in.expires_at = Some(crate::util::time::format(token.expires_at));
        if let Keeper::Store(store) = &self.keeper {
            if let Some(rotated) = rotated {
                store.put(rotated)?;
            }
            save(&self.sign_in, &self.config_path)?;
        }
        let access = token.access_token.clone();
        self.access.insert(service, token);
        Ok(access)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_id_token_names_its_account() {
        // {"preferred_username":"ann@contoso.com"}
        let jwt = "e30.eyJwcmVmZXJyZWRfdXNlcm5hbWUiOiJhbm5AY29udG9zby5jb20ifQ.sig";
        assert_eq!(account_of_id_token(jwt).as_deref(), Some("ann@contoso.com"));
        assert_eq!(account_of_id_token("junk"), None);
        assert_eq!(account_of_id_token("e30.@@@.sig"), None);
    }

    #[test]
    fn base64url_takes_the_url_alphabet_with_or_without_padding() {
        // {"upn":"ann~?@contoso.com"}: `-` in the URL alphabet, `+` in the standard one.
        for payload in [
            "eyJ1cG4iOiJhbm5-P0Bjb250b3NvLmNvbSJ9",
            "eyJ1cG4iOiJhbm5+P0Bjb250b3NvLmNvbSJ9",
        ] {
            let jwt = format!("e30.{payload}.sig");
            assert_eq!(
                account_of_id_token(&jwt).as_deref(),
                Some("ann~?@contoso.com")
            );
        }
        // {"upn":"j>>?@x.com"}: `_`, padded and not.
        assert_eq!(
            base64url("eyJ1cG4iOiJqPj4_QHguY29tIn0="),
            base64url("eyJ1cG4iOiJqPj4_QHguY29tIn0")
        );
        assert_eq!(
            base64url("eyJ1cG4iOiJqPj4_QHguY29tIn0").as_deref(),
            Some(&br#"{"upn":"j>>?@x.com"}"#[..])
        );
    }
}
