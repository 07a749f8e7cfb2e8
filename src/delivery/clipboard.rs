//! The system clipboard. On X11 and Wayland the program that copied must keep
//! serving the text, so a short-lived background child (this same binary,
//! `csp internal-keep-clipboard`) holds it after `csp` exits, for a bounded
//! time. Windows and macOS keep copied text themselves.

/// Why nothing could be copied (no display, no clipboard service…).
#[derive(Debug)]
pub struct Unavailable(pub String);

impl std::fmt::Display for Unavailable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// The first argument the keeper runs with (see `cli::internal`).
pub const KEEPER_COMMAND: &str = "internal-keep-clipboard";

pub use system::{copy, keep};

/// X11 and Wayland: the copying program must keep serving the text.
#[cfg(all(
    unix,
    not(any(target_os = "macos", target_os = "android", target_os = "emscripten"))
))]
mod system {
    use super::{watchdog, Unavailable, KEEPER_COMMAND};
    use std::time::Duration;

    /// How long the parent waits for the keeper to say it owns the clipboard.
    const KEEPER_ANSWER: Duration = Duration::from_secs(10);

    /// Puts `text` on the clipboard so that it is still there after `csp` exits
    /// (served at most `hold`, or until another program takes the clipboard).
    /// Returns only once the clipboard really holds the text.
    pub fn copy(text: &str, hold: Duration) -> Result<(), Unavailable> {
        use std::io::{BufRead, BufReader, Write};
        use std::os::unix::process::CommandExt;
        use std::process::{Command, Stdio};

        let has_display = ["DISPLAY", "WAYLAND_DISPLAY"]
            .iter()
            .any(|v| std::env::var_os(v).is_some_and(|d| !d.is_empty()));
        if !has_display {
            return Err(Unavailable(
                "no display: neither DISPLAY nor WAYLAND_DISPLAY is set".into(),
            ));
        }
        let exe = std::env::current_exe().map_err(|e| {
            Unavailable(format!(
                "cannot find csp's own program to keep the clipboard: {e}"
            ))
        })?;
        // Its own process group, so a Ctrl-C or a closing terminal aimed at
        // `csp` does not take the clipboard away with it; stdio not inherited,
        // so a caller reading csp's output never waits for the keeper.
        let mut child = Command::new(exe)
            .arg(KEEPER_COMMAND)
            .arg("--hold-seconds")
            .arg(hold.as_secs().max(1).to_string())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .current_dir("/")
            .process_group(0)
            .spawn()
            .map_err(|e| Unavailable(format!("cannot start the clipboard keeper: {e}")))?;

        let sent = child
            .stdin
            .take()
            .map(|mut stdin| stdin.write_all(text.as_bytes()))
            .unwrap_or_else(|| Err(std::io::ErrorKind::BrokenPipe.into()));
        let answer = child.stdout.take();
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let mut line = String::new();
            if let Some(out) = answer {
                let _ = BufReader::new(out).read_line(&mut line);
            }
            let _ = tx.send(line);
        });
        let line = match rx.recv_timeout(KEEPER_ANSWER) {
            Ok(line) => line,
            Err(_) => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(Unavailable(format!(
                    "the clipboard did not answer within {} s",
                    KEEPER_ANSWER.as_secs()
                )));
            }
        };
        match line.trim_end() {
            "ok" => Ok(()),
            answer => {
                // The keeper has ended (or is ending): reap it.
                let _ = child.wait();
                let why = answer.strip_prefix("error: ").unwrap_or(answer);
                Err(Unavailable(if why.is_empty() {
                    match sent {
                        Err(e) => format!("the clipboard keeper stopped: {e}"),
                        Ok(()) => "the clipboard keeper stopped without an answer".into(),
                    }
                } else {
                    why.to_string()
                }))
            }
        }
    }

    /// The keeper's side: takes the clipboard, tells the parent (`ok`, or
    /// `error: why`, one line on `status`), then keeps serving the text until
    /// another program takes the clipboard or `hold` has passed.
    pub fn keep(
        text: &str,
        hold: Duration,
        mut status: impl std::io::Write,
    ) -> Result<(), Unavailable> {
        use arboard::SetExtLinux;
        use std::time::Instant;

        let deadline = Instant::now() + hold.min(Duration::from_secs(24 * 3600));
        watchdog(deadline);
        let taken = arboard::Clipboard::new().and_then(|mut c| c.set_text(text).map(|()| c));
        let mut clipboard = match taken {
            Ok(c) => c,
            Err(e) => {
                let why = e.to_string().replace(['\r', '\n'], " ");
                let _ = writeln!(status, "error: {why}");
                return Err(Unavailable(why));
            }
        };
        // The parent reports success now: the clipboard is ours.
        let _ = writeln!(status, "ok");
        let _ = status.flush();
        drop(status);

        // X11: blocks until another program takes the clipboard or the
        // deadline (setting the same text again only re-asserts ownership).
        // Wayland: arboard serves from a thread and returns at once.
        let _ = clipboard.set().wait_until(deadline).text(text);
        // Either way, stay while the clipboard still holds our text, so the
        // Wayland server thread keeps serving it; stop as soon as someone else
        // copied, or the display went away.
        while Instant::now() < deadline {
            match clipboard.get_text() {
                Ok(current) if current == text => std::thread::sleep(
                    deadline
                        .saturating_duration_since(Instant::now())
                        .min(Duration::from_secs(1)),
                ),
                _ => break,
            }
        }
        Ok(())
    }
}

/// How long past its deadline a keeper may last, whatever the display does.
pub const KEEPER_GRACE: std::time::Duration = std::time::Duration::from_secs(3);

/// Ends the keeper process [`KEEPER_GRACE`] after `deadline`, from a thread
/// of its own: a display that froze (or a clipboard call that never
/// returns) cannot keep it alive, since this does not wait on X or Wayland.
#[allow(dead_code)] // Only the X11/Wayland keeper needs it.
fn watchdog(deadline: std::time::Instant) {
    std::thread::spawn(move || {
        let end = deadline + KEEPER_GRACE;
        loop {
            let now = std::time::Instant::now();
            if now >= end {
                std::process::exit(0);
            }
            std::thread::sleep(end - now);
        }
    });
}

/// Windows and macOS: the system keeps copied text.
#[cfg(not(all(
    unix,
    not(any(target_os = "macos", target_os = "android", target_os = "emscripten"))
)))]
mod system {
    use super::Unavailable;
    use std::time::Duration;

    /// Windows and macOS keep what was copied after the program exits.
    pub fn copy(text: &str, _hold: Duration) -> Result<(), Unavailable> {
        arboard::Clipboard::new()
            .and_then(|mut c| c.set_text(text))
            .map_err(|e| Unavailable(e.to_string()))
    }

    /// There is nothing to keep where the system holds copied text itself.
    pub fn keep(
        text: &str,
        _hold: Duration,
        mut status: impl std::io::Write,
    ) -> Result<(), Unavailable> {
        let result = copy(text, Duration::ZERO);
        let _ = match &result {
            Ok(()) => writeln!(status, "ok"),
            Err(e) => writeln!(status, "error: {e}"),
        };
        result
    }
}
