//! Asking for the values a command needs, only when a person is at the
//! terminal (stdin and stderr are terminals, no `--no-input`); otherwise one
//! usage error naming every flag to pass.

use super::App;
use crate::error::{Error, Result};

/// Collects a command's required values, asking on a terminal.
pub struct Ask<'a> {
    app: &'a App,
    missing: Vec<&'static str>,
}

impl App {
    pub fn ask(&self) -> Ask<'_> {
        Ask {
            app: self,
            missing: Vec::new(),
        }
    }
}

impl Ask<'_> {
    /// `given`, else typed at the terminal, else noted as a missing `flag`.
    pub fn text(
        &mut self,
        given: Option<String>,
        flag: &'static str,
        prompt: &str,
    ) -> Result<Option<String>> {
        self.checked(given, flag, prompt, |_| Ok(()))
    }

    /// Like [`Ask::text`], but a typed answer `check` refuses is asked
    /// again, saying why (a given flag is checked by the command as usual).
    pub fn checked(
        &mut self,
        given: Option<String>,
        flag: &'static str,
        prompt: &str,
        check: impl Fn(&str) -> std::result::Result<(), Error>,
    ) -> Result<Option<String>> {
        match given {
            Some(v) => Ok(Some(v)),
            None if self.app.interactive => Ok(Some(
                dialoguer::Input::<String>::new()
                    .with_prompt(prompt)
                    .validate_with(|s: &String| check(s).map_err(|e| e.message))
                    .interact_text()?,
            )),
            None => {
                self.missing.push(flag);
                Ok(None)
            }
        }
    }

    /// `given`, else chosen from `choices` at the terminal, else a missing `flag`.
    pub fn choice<T: Copy>(
        &mut self,
        given: Option<T>,
        flag: &'static str,
        prompt: &str,
        choices: &[(T, &str)],
        default: usize,
    ) -> Result<Option<T>> {
        match given {
            Some(v) => Ok(Some(v)),
            None if self.app.interactive => {
                let labels: Vec<&str> = choices.iter().map(|(_, label)| *label).collect();
                let i = dialoguer::Select::new()
                    .with_prompt(prompt)
                    .items(&labels)
                    .default(default)
                    .interact()?;
                Ok(choices.get(i).map(|(v, _)| *v))
            }
            None => {
                self.missing.push(flag);
                Ok(None)
            }
        }
    }

    /// Status 2 naming every missing flag, if any.
    pub fn finish(self) -> Result<()> {
        if self.missing.is_empty() {
            return Ok(());
        }
        Err(
            Error::invalid(format!("missing {}", self.missing.join(", ")))
                .with_hint("pass them as flags (there is no terminal to ask, or --no-input is set)")
                .into(),
        )
    }
}

/// One line typed at the terminal.
pub fn line(prompt: &str) -> Result<String> {
    Ok(dialoguer::Input::<String>::new()
        .with_prompt(prompt)
        .interact_text()?)
}
