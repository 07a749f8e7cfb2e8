//! The rules, over the store: who may do what to which record, and in which
//! state. Knows nothing of terminals, clap or the database engine.

pub mod batch;
pub mod customers;
pub mod gdap;
pub mod import;
pub mod invitations;
pub mod providers;
pub mod removal;
pub mod status;
