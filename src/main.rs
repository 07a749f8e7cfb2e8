//! The `csp` binary: parse, dispatch, and map errors to exit statuses.

use clap::Parser;
use csp::output::message as say;
use std::process::ExitCode;

fn main() -> ExitCode {
    // The clipboard keeper `csp invite --copy` starts: not a user command.
    let args: Vec<std::ffi::OsString> = std::env::args_os().skip(1).collect();
    if args
        .first()
        .is_some_and(|a| a == csp::delivery::clipboard::KEEPER_COMMAND)
    {
        return csp::cli::internal::keep_clipboard(&args[1..]);
    }
    let cli = match csp::cli::Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return usage_error(e),
    };
    match csp::cli::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            let report = csp::error::Report::from_error(&err);
            if let Some(message) = report.message {
                say(&format!("error: {message}"));
            }
            if let Some(hint) = report.hint {
                say(&format!("hint: {hint}"));
            }
            ExitCode::from(report.code as u8)
        }
    }
}

/// Help and version print as clap makes them; a usage error is one
/// `error:` line (and a hint), status 2.
fn usage_error(e: clap::Error) -> ExitCode {
    use clap::error::ErrorKind;
    match e.kind() {
        ErrorKind::DisplayHelp
        | ErrorKind::DisplayVersion
        | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let _ = e.print();
            if e.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand {
                return ExitCode::from(2);
            }
            ExitCode::SUCCESS
        }
        _ => {
            let text = e.render().to_string();
            let mut lines = text.lines().filter(|l| !l.trim().is_empty());
            let mut first = lines
                .next()
                .unwrap_or("error: invalid arguments")
                .to_string();
            // "the following required arguments were not provided:" names
            // them on the indented lines below: keep them on the one line.
            if first.ends_with(':') {
                let named: Vec<&str> = text
                    .lines()
                    .skip_while(|l| l.trim() != first.trim())
                    .skip(1)
                    .take_while(|l| l.starts_with(' '))
                    .map(str::trim)
                    .collect();
                first = format!("{first} {}", named.join(", "));
            }
            say(&first);
            match lines.find_map(|l| l.trim().strip_prefix("tip: ")) {
                Some(tip) => say(&format!("hint: {tip}")),
                None => say("hint: see `csp --help`, or `csp COMMAND --help`"),
            }
            ExitCode::from(2)
        }
    }
}
