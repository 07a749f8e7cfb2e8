//! The few ways a `csp` command can fail that a user or a script must tell
//! apart. Each carries its exit status (DESIGN.md, *Exit status*); anything
//! else is an `anyhow` error with context and exits 1.

use std::fmt;

/// A failure with a documented exit status and an optional hint.
#[derive(Debug)]
pub struct Error {
    pub kind: ErrorKind,
    pub message: String,
    pub hint: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// I/O, database, clipboard: status 1.
    Failure,
    /// A bad argument, value or file row: status 2.
    Invalid,
    /// No such record, or a reference that matches several: status 3.
    NotFound,
    /// The role, a missing acknowledgement, or the admin declined: status 4.
    NotAllowed,
    /// A duplicate, or a step the record's state does not allow: status 5.
    Conflict,
    /// Microsoft refused or could not be reached: status 7 (the message
    /// carries Microsoft's error code and request id, or names the host).
    Online,
    /// Ctrl-C or SIGTERM: status 130 (the message says what was kept).
    Interrupted,
}

impl ErrorKind {
    pub fn exit_code(self) -> i32 {
        match self {
            ErrorKind::Failure => 1,
            ErrorKind::Invalid => 2,
            ErrorKind::NotFound => 3,
            ErrorKind::NotAllowed => 4,
            ErrorKind::Conflict => 5,
            ErrorKind::Online => 7,
            ErrorKind::Interrupted => 130,
        }
    }
}

impl Error {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        Error {
            kind,
            message: message.into(),
            hint: None,
        }
    }
    pub fn invalid(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Invalid, message)
    }
    pub fn not_found(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::NotFound, message)
    }
    pub fn not_allowed(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::NotAllowed, message)
    }
    pub fn conflict(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Conflict, message)
    }
    pub fn failure(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Failure, message)
    }
    pub fn online(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Online, message)
    }
    pub fn interrupted(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Interrupted, message)
    }
    /// A reference that matches more than one record: status 3, naming them.
    pub fn ambiguous(what: &str, reference: &str, candidates: &[String]) -> Self {
        Self::new(
            ErrorKind::NotFound,
            format!(
                "{what} '{reference}' is ambiguous; it matches: {}",
                candidates.join(", ")
            ),
        )
        .with_hint("use the id or the domain to name exactly one")
    }
    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

/// The command has already told the user what went wrong (and, for `--copy`
/// with no clipboard, kept its change): exit with this status, print nothing.
#[derive(Debug)]
pub struct SilentExit(pub i32);

impl fmt::Display for SilentExit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "exit status {}", self.0)
    }
}

impl std::error::Error for SilentExit {}

pub type Result<T, E = anyhow::Error> = std::result::Result<T, E>;

/// What `main` prints and returns for any error a command gave back.
pub struct Report {
    pub code: i32,
    /// `None` when the command already said everything (a silent exit, a closed pipe).
    pub message: Option<String>,
    pub hint: Option<String>,
}

impl Report {
    pub fn from_error(err: &anyhow::Error) -> Report {
        if let Some(SilentExit(code)) = err.downcast_ref::<SilentExit>() {
            return Report {
                code: *code,
                message: None,
                hint: None,
            };
        }
        if is_broken_pipe(err) {
            return Report {
                code: 0,
                message: None,
                hint: None,
            };
        }
        if let Some(e) = err.downcast_ref::<Error>() {
            return Report {
                code: e.kind.exit_code(),
                message: Some(one_line(&e.message)),
                hint: e.hint.as_deref().map(one_line),
            };
        }
        // A database that is busy beyond the timeout, junk, or read-only: status 1
        // with SQLite's own words and the context chain.
        let message = err
            .chain()
            .map(|c| c.to_string())
            .collect::<Vec<_>>()
            .join(": ");
        Report {
            code: 1,
            message: Some(one_line(&message)),
            hint: None,
        }
    }
}

/// A value quoted in a message may hold a line break a user typed or a file
/// held: shown escaped, every error stays one line.
fn one_line(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_control() {
                c.escape_default().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}

/// A closed pipe (`csp customers list | head`) is a normal way for a reader to stop.
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
            || c.downcast_ref::<csv::Error>().is_some_and(|e| {
                matches!(e.kind(), csv::ErrorKind::Io(io) if io.kind() == std::io::ErrorKind::BrokenPipe)
            })
            || c.downcast_ref::<serde_json::Error>()
                .is_some_and(|e| e.io_error_kind() == Some(std::io::ErrorKind::BrokenPipe))
    })
}
