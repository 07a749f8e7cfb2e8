//! Microsoft's side of the records: signing in, Partner Center's REST API
//! and Microsoft Graph's GDAP relationships. `ops` calls the functions here
//! and gets records back; no HTTP leaves this module.

pub mod graph;
pub mod http;
pub mod partner_center;
pub mod signin;
pub mod token_store;

use crate::error::Error;
use http::{Http, Request, Response, Service};
use signin::Session;

/// A signed-in connection to Microsoft for one command.
pub struct Online {
    pub http: Http,
    pub session: Session,
}

impl Online {
    /// The kept sign-in, or `not signed in` (status 4).
    pub fn open(
        ms: &crate::domain::profile::Microsoft,
        config_path: &std::path::Path,
    ) -> Result<Online, Error> {
        Ok(Online {
            http: Http::new(),
            session: Session::open(ms, config_path)?,
        })
    }

    /// Says each wait before a retry through `tell` (a note on stderr).
    pub fn telling(mut self, tell: impl Fn(&str) + 'static) -> Online {
        self.http.on_wait = Some(Box::new(tell));
        self
    }

    /// Sends a request to one service with the admin's token.
    pub fn send(&mut self, service: Service, request: &Request) -> Result<Response, Error> {
        self.http.send(service, request, Some(&mut self.session))
    }

    /// An address on Partner Center's API (`path` starts with `/v1/`).
    pub fn partner_center_url(&self, path: &str) -> String {
        format!("{}{path}", self.session.ms.partner_center)
    }

    /// An address on Graph v1.0 (`path` starts with `/`).
    pub fn graph_url(&self, path: &str) -> String {
        format!("{}/v1.0{path}", self.session.ms.graph)
    }

    /// Refuses to follow a next-page address to another host: the bearer
    /// token goes only where `[microsoft]` says.
    fn same_service(&self, base: &str, url: &str) -> Result<(), Error> {
        if url.starts_with(&format!("{base}/")) {
            Ok(())
        } else {
            Err(Error::online(format!(
                "Microsoft's next page points to {}, not to {}; csp does not follow it",
                http::host(url),
                http::host(base)
            )))
        }
    }
}
