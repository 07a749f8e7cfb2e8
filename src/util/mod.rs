//! Plumbing with no knowledge of partners or customers: CSV line numbers,
//! time, where files live.

pub mod csv_lines;
pub mod interrupt;
pub mod paths;
pub mod private_file;
pub mod terminal;
pub mod time;
