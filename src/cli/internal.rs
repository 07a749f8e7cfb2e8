//! What `csp` runs itself, never a user: the clipboard keeper that serves a
//! copied draft after `csp invite --copy` has exited. It is not in clap's
//! tree, so completions and man pages never offer it; `main` dispatches it
//! when argv[1] is [`crate::delivery::clipboard::KEEPER_COMMAND`].

use std::io::Read;
use std::process::ExitCode;
use std::time::Duration;

/// `csp internal-keep-clipboard --hold-seconds N`: the text on stdin, one
/// line on stdout (`ok` or `error: why`) once the clipboard is taken.
pub fn keep_clipboard(args: &[std::ffi::OsString]) -> ExitCode {
    let hold = match args {
        [flag, seconds] if flag == "--hold-seconds" => {
            seconds.to_str().and_then(|s| s.parse::<u64>().ok())
        }
        _ => None,
    };
    let Some(hold) = hold else {
        tell(&format!(
            "error: usage: csp {} --hold-seconds N",
            crate::delivery::clipboard::KEEPER_COMMAND
        ));
        return ExitCode::from(2);
    };
    let mut text = String::new();
    if let Err(e) = std::io::stdin().read_to_string(&mut text) {
        tell(&format!("error: cannot read the text to copy: {e}"));
        return ExitCode::from(1);
    }
    // Success or failure, the parent has been told on stdout; nobody reads stderr.
    match crate::delivery::clipboard::keep(&text, Duration::from_secs(hold), std::io::stdout()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(_) => ExitCode::from(1),
    }
}

/// One line to the parent on stdout; a parent that stopped listening is no
/// reason to panic (`println!` would).
fn tell(line: &str) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "{line}");
    let _ = out.flush();
}
