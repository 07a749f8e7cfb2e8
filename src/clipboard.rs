//! The system clipboard. On X11 and Wayland the program that copied must keep
//! serving the text, so a short-lived background child (this same binary)
//! holds it after `csp` exits, for a bounded time.

use std::time::Duration;

/// Why nothing could be copied (no display, no clipboard service…).
#[derive(Debug)]
pub struct Unavailable(pub String);

impl std::fmt::Display for Unavailable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Puts `text` on the clipboard so that it is still there after `csp` exits
/// (served at most `hold`).
pub fn copy(_text: &str, _hold: Duration) -> Result<(), Unavailable> {
    Err(Unavailable("clipboard support is not built yet".into()))
}
