//! `csp login`, `csp logout`, `csp whoami`: signing in to Microsoft with
//! the device-code flow, forgetting the sign-in, and showing who is signed
//! in (never a token).

use super::App;
use crate::error::{Error, Result};
use crate::online::http::Http;
use crate::online::signin::{self, Keeper, SignIn, SignedIn};
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
    let sign_in = SignIn {
        client_id,
        tenant,
        account: token.account.clone(),
        scopes: token.scopes.clone(),
        signed_in_at: crate::util::time::format(chrono::Utc::now()),
        expires_at: Some(crate::util::time::format(token.expires_at)),
        refresh_token,
    };
    let path = signin::sign_in_file(&config.path);
    signin::save(&sign_in, &path)?;
    app.output.warn(format!(
        "the refresh token is kept in {} (readable by you only), not in an OS keychain: this csp uses none; `csp logout` deletes it",
        path.display()
    ));
    app.output
        .record(&SignedIn::of(&sign_in, &Keeper::File(path)))
}

#[derive(Debug, Args)]
pub struct LogoutArgs {}

pub fn logout(app: &App, _args: LogoutArgs) -> Result<()> {
    let config = app.config()?;
    let path = signin::sign_in_file(&config.path);
    match std::fs::remove_file(&path) {
        Ok(()) => app.output.note(format!(
            "signed out: deleted {} (the refresh token stays valid at Microsoft until it expires or an admin revokes it)",
            path.display()
        )),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            app.output.note("not signed in: nothing to delete")
        }
        Err(e) => {
            return Err(Error::failure(format!("cannot delete {}: {e}", path.display())).into())
        }
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
