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
/// `error:` line (and a hint), status 2, built from the error's kind and
/// context rather than from clap's rendered English.
fn usage_error(e: clap::Error) -> ExitCode {
    use clap::error::{ContextKind, ErrorKind};
    match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let _ = e.print();
            return ExitCode::SUCCESS;
        }
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let _ = e.print();
            return ExitCode::from(2);
        }
        _ => {}
    }
    let arg = context(&e, ContextKind::InvalidArg);
    let value = context(&e, ContextKind::InvalidValue);
    let message = match (e.kind(), arg.as_deref(), value.as_deref()) {
        (ErrorKind::MissingRequiredArgument, Some(args), _) => {
            format!("the following required arguments were not provided: {args}")
        }
        (ErrorKind::InvalidValue, Some(arg), Some("")) => {
            format!("a value is required for '{arg}' but none was supplied")
        }
        (ErrorKind::InvalidValue | ErrorKind::ValueValidation, Some(arg), Some(value)) => {
            match std::error::Error::source(&e) {
                Some(why) => format!("invalid value '{value}' for '{arg}': {why}"),
                None => format!("invalid value '{value}' for '{arg}'"),
            }
        }
        (ErrorKind::UnknownArgument, Some(arg), _) => format!("unexpected argument '{arg}' found"),
        (ErrorKind::InvalidSubcommand, _, _) => match context(&e, ContextKind::InvalidSubcommand) {
            Some(name) => format!("unrecognized subcommand '{name}'"),
            None => "unrecognized subcommand".to_string(),
        },
        (ErrorKind::ArgumentConflict, Some(arg), _) => match context(&e, ContextKind::PriorArg) {
            Some(prior) => format!("the argument '{arg}' cannot be used with '{prior}'"),
            None => format!("the argument '{arg}' cannot be used here"),
        },
        (ErrorKind::MissingSubcommand, _, _) => "a subcommand is required".to_string(),
        (ErrorKind::InvalidUtf8, _, _) => "an argument is not valid UTF-8".to_string(),
        (kind, arg, _) => {
            let what = kind.as_str().unwrap_or("invalid arguments");
            match arg {
                Some(arg) => format!("{what}: {arg}"),
                None => what.to_string(),
            }
        }
    };
    say(&format!("error: {message}"));
    let hint = if let Some(valid) = context(&e, ContextKind::ValidValue) {
        format!("possible values: {valid}")
    } else if let Some(similar) = context(&e, ContextKind::SuggestedArg)
        .or_else(|| context(&e, ContextKind::SuggestedSubcommand))
        .or_else(|| context(&e, ContextKind::SuggestedValue))
    {
        format!("a similar one exists: '{similar}'")
    } else {
        "see `csp --help`, or `csp COMMAND --help`".to_string()
    };
    say(&format!("hint: {hint}"));
    ExitCode::from(2)
}

/// One piece of a clap error's context, as text (lists joined by `, `).
fn context(e: &clap::Error, kind: clap::error::ContextKind) -> Option<String> {
    use clap::error::ContextValue;
    match e.get(kind)? {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::Strings(list) => Some(list.join(", ")),
        ContextValue::StyledStr(s) => Some(s.to_string()),
        ContextValue::StyledStrs(list) => Some(
            list.iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", "),
        ),
        ContextValue::Number(n) => Some(n.to_string()),
        _ => None,
    }
}
