//! The integration tests: one binary (so the suite links once), one module
//! per command group, each driving the real `csp` in a temp home made by
//! [`common::Home`].

mod common;

mod architecture;
mod bulk_import;
mod clipboard;
mod customers;
mod delivery;
mod gdap;
mod generated;
mod hostile;
mod identity;
mod init;
mod invite;
mod invite_batch;
mod log;
mod online;
mod output;
mod prompts;
mod providers;
mod reliability;
mod remind;
mod remove;
mod roles;
mod shell;
mod snapshots;
mod status;
mod store;
mod store_api;
mod team;
mod team_import;
mod tls;
mod usage;
