//! The partner's world as values: customers, invitations, providers, the
//! profile, the invitation link and draft, the audit entry. No SQL, no
//! terminal, no clap parsing beyond the value names of its enums.

pub mod audit;
pub mod customer;
pub mod draft;
pub mod gdap;
pub mod gdap_draft;
pub mod invitation;
pub mod link;
pub mod mailbox;
pub mod profile;
pub mod provider;
pub mod status;
pub mod values;
pub mod word_enum;
