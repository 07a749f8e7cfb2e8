//! `csp`: keep a Cloud Solution Provider partner's reseller relationships —
//! customers, invitations, indirect providers, removals — in one SQLite file.
//!
//! Layers, each using only those below it (see ARCHITECTURE.md):
//! [`util`] < [`domain`] < [`store`], [`online`] < [`ops`] < [`delivery`], [`output`] < [`cli`].
//! [`error`] is shared by all of them. The binary (`src/main.rs`) only
//! parses and maps errors to exit statuses.

pub mod cli;
pub mod delivery;
pub mod domain;
pub mod error;
pub mod online;
pub mod ops;
pub mod output;
pub mod store;
pub mod util;
