//! `csp`: keep a Cloud Solution Provider partner's reseller relationships —
//! customers, invitations, indirect providers, removals — in one SQLite file.
//!
//! The binary (`src/main.rs`) only parses and maps errors to exit statuses;
//! [`cli`] holds one module per command group; the rest is the core.

pub mod audit;
pub mod cli;
pub mod clipboard;
pub mod csv_lines;
pub mod customer;
pub mod customers;
pub mod delivery;
pub mod desktop;
pub mod draft;
pub mod editor;
pub mod eml;
pub mod error;
pub mod generate;
pub mod import;
pub mod invitation;
pub mod invitation_batch;
pub mod invitations;
pub mod link;
pub mod mailto;
pub mod output;
pub mod paths;
pub mod profile;
pub mod provider;
pub mod providers;
pub mod removal;
pub mod store;
pub mod time;
pub mod values;
