//! `--edit`: the draft as a text file in `$VISUAL`/`$EDITOR`, and the edited
//! text read back. The editable form is a `Subject: …` line, a blank line,
//! then the body; it must still hold the invitation link, exactly.

use std::io::Write;
use std::path::PathBuf;
use std::process::Command;

/// The draft as the admin edits it.
pub fn editable(subject: &str, body: &str) -> String {
    let mut text = format!("Subject: {subject}\n\n{body}");
    if !text.ends_with('\n') {
        text.push('\n');
    }
    text
}

/// Reads an edited text back into (subject, body), or says why it is refused.
/// `body_ends_with_newline` keeps the template's own ending, since editors
/// add or drop a final newline at will.
pub fn parse(
    text: &str,
    link: &str,
    body_ends_with_newline: bool,
) -> Result<(String, String), String> {
    // Notepad writes a byte-order mark and CRLF line ends.
    let text = text.trim_start_matches('\u{feff}').replace("\r\n", "\n");
    let (first, rest) = text.split_once('\n').unwrap_or((&text, ""));
    let subject = match first.split_once(':') {
        Some((label, subject)) if label.trim().eq_ignore_ascii_case("subject") => subject.trim(),
        _ => return Err("the edited draft must start with a `Subject: …` line".into()),
    };
    if subject.is_empty() {
        return Err("the edited draft has an empty subject".into());
    }
    if let Some(c) = subject.chars().find(|c| c.is_control()) {
        return Err(format!(
            "the edited subject contains a control character ({})",
            c.escape_unicode()
        ));
    }
    let mut body = rest
        .strip_prefix('\n')
        .unwrap_or(rest)
        .trim_end()
        .to_string();
    if !body.contains(link) {
        return Err("the edited draft no longer contains the invitation link exactly".into());
    }
    if body_ends_with_newline {
        body.push('\n');
    }
    Ok((subject.to_string(), body))
}

/// Why the editor gave nothing back; `text` is what the file held, if any.
pub struct EditorFailed {
    pub why: String,
    pub text: Option<String>,
}

/// Opens `text` in the admin's editor and returns what was saved.
pub fn run(text: &str) -> Result<String, EditorFailed> {
    let fail = |why: String| EditorFailed { why, text: None };
    let command = command();
    let (program, args) = command
        .split_first()
        .ok_or_else(|| fail("the editor command is empty".into()))?;
    let file =
        TempFile::create(text).map_err(|e| fail(format!("cannot write the draft to edit: {e}")))?;
    let status = Command::new(program)
        .args(args)
        .arg(&file.0)
        .status()
        .map_err(|e| fail(format!("cannot start the editor `{program}`: {e}")))?;
    let edited = std::fs::read_to_string(&file.0)
        .map_err(|e| fail(format!("cannot read the edited draft back: {e}")))?;
    if !status.success() {
        return Err(EditorFailed {
            why: format!("the editor `{program}` failed ({status})"),
            text: (edited != text).then_some(edited),
        });
    }
    Ok(edited)
}

/// The editor `$VISUAL` or `$EDITOR` names, if either is set.
fn chosen() -> Option<String> {
    ["VISUAL", "EDITOR"]
        .iter()
        .filter_map(|v| std::env::var(v).ok())
        .find(|v| !v.trim().is_empty())
}

/// Whether the editor would be the platform's fallback, `vi` outside
/// Windows: it needs a terminal, and without one it only writes escape
/// codes to stdout.
pub fn falls_back_to_terminal_editor() -> bool {
    chosen().is_none() && !cfg!(windows)
}

/// `$VISUAL`, else `$EDITOR`, else the platform's plain editor, split into
/// program and arguments (`code -w` works) without a shell.
fn command() -> Vec<String> {
    match chosen() {
        Some(c) => split(&c),
        None if cfg!(windows) => vec!["notepad.exe".into()],
        None => vec!["vi".into()],
    }
}

/// Splits an editor command on spaces, keeping '…' and "…" together.
/// Backslashes stay as they are: they are path separators on Windows.
fn split(command: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut in_word = false;
    let mut quote = None;
    for c in command.chars() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), c) => word.push(c),
            (None, '"' | '\'') => {
                quote = Some(c);
                in_word = true;
            }
            (None, c) if c.is_whitespace() => {
                if in_word {
                    words.push(std::mem::take(&mut word));
                    in_word = false;
                }
            }
            (None, c) => {
                word.push(c);
                in_word = true;
            }
        }
    }
    if in_word {
        words.push(word);
    }
    words
}

/// The file the editor opens, private to the admin, removed afterwards.
struct TempFile(PathBuf);

impl TempFile {
    fn create(text: &str) -> std::io::Result<TempFile> {
        let path =
            std::env::temp_dir().join(format!("csp-draft-{}.txt", uuid::Uuid::new_v4().simple()));
        let mut file = crate::util::private_file::create_new(&path)?;
        // From here on, dropping the guard removes the file.
        let guard = TempFile(path);
        file.write_all(text.as_bytes())?;
        Ok(guard)
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LINK: &str =
        "https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=x#/y";

    #[test]
    fn an_unchanged_draft_reads_back_as_it_was() {
        let body = format!("Hello,\n\n{LINK}\n\nAnn\n");
        let text = editable("Invitation", &body);
        assert_eq!(parse(&text, LINK, true), Ok(("Invitation".into(), body)));
    }

    #[test]
    fn windows_line_ends_and_bom_are_accepted() {
        let text = format!("\u{feff}Subject: Hi\r\n\r\nA\r\n{LINK}\r\n");
        assert_eq!(
            parse(&text, LINK, false),
            Ok(("Hi".into(), format!("A\n{LINK}")))
        );
    }

    #[test]
    fn a_changed_link_or_missing_subject_is_refused() {
        let cut = &LINK[..LINK.len() - 1];
        assert!(parse(&format!("Subject: Hi\n\n{cut}\n"), LINK, true).is_err());
        assert!(parse(&format!("Hi\n\n{LINK}\n"), LINK, true).is_err());
        assert!(parse(&format!("Subject:   \n\n{LINK}\n"), LINK, true).is_err());
        assert!(parse("", LINK, true).is_err());
    }

    #[test]
    fn editor_commands_split_without_a_shell() {
        assert_eq!(split("code -w"), ["code", "-w"]);
        assert_eq!(split("  vim  "), ["vim"]);
        assert_eq!(
            split(r#""C:\Program Files\Notepad++\notepad++.exe" -multiInst"#),
            [r"C:\Program Files\Notepad++\notepad++.exe", "-multiInst"]
        );
        assert_eq!(split("emacs -nw ''"), ["emacs", "-nw", ""]);
    }
}
