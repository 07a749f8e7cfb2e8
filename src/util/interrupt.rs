//! Ctrl-C (SIGINT) and SIGTERM during a long write (`invite --batch`, an
//! import): once [`catch`] is called, a signal no longer kills `csp` at a
//! random point but is noted here, and the command stops at its next safe
//! point: before its commit it rolls everything back (and removes its temp
//! files); after it, it finishes putting its files in place. Either way it
//! says which on stderr and exits 130. Commands that never call [`catch`]
//! keep the default (a prompt can still be left with Ctrl-C).

use std::sync::atomic::{AtomicBool, Ordering};

static REQUESTED: AtomicBool = AtomicBool::new(false);

/// From now on a Ctrl-C or SIGTERM is noted rather than fatal. Failing to
/// install the handler only leaves the default behaviour (the database
/// stays whole: SQLite rolls back an unfinished transaction).
pub fn catch() {
    let _ = ctrlc::set_handler(|| REQUESTED.store(true, Ordering::SeqCst));
}

/// Whether a Ctrl-C or SIGTERM arrived since [`catch`].
pub fn requested() -> bool {
    REQUESTED.load(Ordering::SeqCst)
}
