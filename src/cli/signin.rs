//! `csp login`, `csp logout`, `csp whoami`: signing in to Microsoft with
//! the device-code flow, forgetting the sign-in, and showing who is signed
//! in (never a token).

use super::App;
use crate::error::{Error, Result};
use crate::online::http::Http;
use crate::online::signin::{self, Keeper, SignIn, SignedIn};
use crate::online::token_store::{self, StoreKind};
use crate::output::message as say;
use clap::Args;

#[derive(Debug, Args)]
pub struct LoginArgs {}

pub fn login(app: &App, _args: LoginArgs) -> Result<()> {
    let config = app.config()?;
    let ms = &config.microsoft;
    let (client_id, tenant) = signin::app(ms)?;
    let http = Http::new();
    crate::util::interrupt::catch();
    let code = signin::device_code(&http, ms)?;
    // The code is what the admin needs: said even with -q.
    say(&format!(
        "To sign in, open {} and enter the code {}",
        crate::util::terminal::escape(&code.verification_uri, false),
        crate::util::terminal::escape(&code.user_code, false)
    ));
    app.output.note(format!(
        "waiting for the sign-in to tenant {tenant} (app {client_id}) …"
    ));
    let token = signin::wait_for_sign_in(&http, ms, &code)?;
    let refresh_token = token.refresh_token.clone().ok_or_else(|| {
        Error::online("Microsoft signed you in but gave no refresh token")
            .with_hint("the app registration must allow the offline_access scope")
    })?;
    // The OS keychain where one answers; else the 0600 file, saying why.
    let (store, no_keychain) = token_store::keep(&refresh_token, &config.path)?;
    let sign_in = SignIn {
        client_id,
        tenant,
        account: token.account.clone(),
        scopes: token.scopes.clone(),
        signed_in_at: crate::util::time::format(chrono::Utc::now()),
        expires_at: Some(crate::util::time::format(token.expires_at)),
        token_store: store.kind(),
        refresh_token,
    };
    signin::save(&sign_in, &config.path)?;
    match no_keychain {
        None => app.output.note(format!(
            "the refresh token is kept in {}; `csp logout` removes it",
            store.place()
        )),
        Some(why) => app.output.warn(format!(
            "the refresh token is kept in the file {} (readable by you only), not in an OS keychain: {why}; `csp logout` deletes it",
            store.place()
        )),
    }
    app.output
        .record(&SignedIn::of(&sign_in, &Keeper::Store(store)))
}

#[derive(Debug, Args)]
pub struct LogoutArgs {}

/// Removes the token from wherever it is (the keychain the sign-in file
/// names, the token file), then the sign-in file.
pub fn logout(app: &App, _args: LogoutArgs) -> Result<()> {
    let config = app.config()?;
    // A sign-in file csp cannot read is deleted all the same.
    let named = signin::read_sign_in(&config.path)
        .ok()
        .flatten()
        .map(|s| s.token_store);
    let mut removed = Vec::new();
    let file = token_store::store(StoreKind::File, &config.path)?;
    if file.remove()? {
        removed.push(file.place());
    }
    match token_store::store(StoreKind::Keychain, &config.path) {
        Ok(keychain) => match keychain.remove() {
            Ok(true) => removed.push(keychain.place()),
            Ok(false) => {}
            Err(e) if named == Some(StoreKind::Keychain) => return Err(e.into()),
            Err(_) => {}
        },
        Err(e) if named == Some(StoreKind::Keychain) => return Err(e.into()),
        Err(_) => {}
    }
    let path = signin::sign_in_file(&config.path);
    match std::fs::remove_file(&path) {
        Ok(()) => removed.push(path.display().to_string()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => {
            return Err(Error::failure(format!("cannot delete {}: {e}", path.display())).into())
        }
    }
    if removed.is_empty() {
        app.output.note("not signed in: nothing to delete");
    } else {
        app.output.note(format!(
            "signed out: removed the sign-in from {} (the refresh token stays valid at Microsoft until it expires or an admin revokes it)",
            removed.join(" and ")
        ));
    }
    if std::env::var_os("CSP_MS_REFRESH_TOKEN").is_some() {
        app.output
            .warn("CSP_MS_REFRESH_TOKEN is still set: csp signs in with it until you unset it");
    }
    Ok(())
}

#[derive(Debug, Args)]
pub struct WhoamiArgs {}

pub fn whoami(app: &App, _args: WhoamiArgs) -> Result<()> {
    let config = app.config()?;
    let session = signin::Session::open(&config.microsoft, &config.path)?;
    app.output
        .record(&SignedIn::of(&session.sign_in, &session.keeper))
}
