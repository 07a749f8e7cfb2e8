//! Every record's layout: which fields it prints in CSV/TSV/JSON, which
//! columns a terminal table shows, and the sections of its `show` card.
//! One file per record, so "how does a customer print?" has one answer.

mod customer;
mod gdap;
mod import;
mod invitation;
mod log;
mod provider;
mod status;
