//! The `show` cards: a record's details as aligned `label  value` lines, then
//! sections (providers, invitations, …). Addresses are printed whole, never
//! wrapped or cut, whatever the terminal's width.

use super::Record;
use serde::Serialize;
use std::io::{self, Write};

/// A record with sections, for `show` commands.
pub trait Card: Serialize {
    type Row: Record;
    /// The plain record (what CSV/TSV print).
    fn row(&self) -> &Self::Row;
    /// What a terminal shows, in order.
    fn sections(&self) -> Vec<Section>;
}

pub enum Section {
    /// `label  value` lines under an optional title.
    Fields {
        title: Option<String>,
        fields: Vec<(String, String)>,
    },
    /// A small table (a customer's invitations, say), or `empty` when it has no rows.
    Table {
        title: String,
        headers: Vec<String>,
        rows: Vec<Vec<String>>,
        empty: String,
    },
    /// Free text (a hint, a warning).
    Text { title: Option<String>, text: String },
}

/// Writes `label  value` lines, values escaped for the terminal.
pub(super) fn write_fields(out: &mut impl Write, fields: &[(String, String)]) -> io::Result<()> {
    write_aligned(out, &escaped(fields))
}

/// Values as a terminal may show them (never cut: a card shows them whole).
fn escaped(fields: &[(String, String)]) -> Vec<(String, String)> {
    fields
        .iter()
        .map(|(l, v)| {
            (
                l.clone(),
                crate::util::terminal::escape(v, false).into_owned(),
            )
        })
        .collect()
}

fn write_aligned(out: &mut impl Write, fields: &[(String, String)]) -> io::Result<()> {
    let width = fields
        .iter()
        .map(|(l, _)| l.chars().count())
        .max()
        .unwrap_or(0);
    for (label, value) in fields {
        let pad = width - label.chars().count();
        let value = if value.is_empty() { "-" } else { value };
        writeln!(out, "{label}{:pad$}  {value}", "")?;
    }
    Ok(())
}

/// The relationship or status word that opens a value ("active since …"),
/// in its color, so the state of a record stands out on a terminal.
fn with_status_color(fields: &[(String, String)]) -> Vec<(String, String)> {
    fields
        .iter()
        .map(|(label, value)| {
            let word = value.split(' ').next().unwrap_or("");
            let rest = &value[word.len()..];
            match super::table::status_ansi(word) {
                Some(code) if label == "relationship" || label == "status" => {
                    (label.clone(), format!("\x1b[{code}m{word}\x1b[0m{rest}"))
                }
                _ => (label.clone(), value.clone()),
            }
        })
        .collect()
}

pub(super) fn write_sections(
    out: &mut impl Write,
    sections: &[Section],
    color: bool,
) -> io::Result<()> {
    for (n, section) in sections.iter().enumerate() {
        if n > 0 {
            writeln!(out)?;
        }
        let title = |out: &mut dyn Write, t: &str| -> io::Result<()> {
            // A title may be a record's name (a card opens with it).
            let t = crate::util::terminal::escape(t, false);
            if color {
                writeln!(out, "\x1b[1m{t}\x1b[0m")
            } else {
                writeln!(out, "{t}")
            }
        };
        match section {
            Section::Fields { title: t, fields } => {
                if let Some(t) = t {
                    title(out, t)?;
                }
                if color {
                    write_aligned(out, &with_status_color(&escaped(fields)))?;
                } else {
                    write_fields(out, fields)?;
                }
            }
            Section::Table {
                title: t,
                headers,
                rows,
                empty,
            } => {
                title(out, t)?;
                if rows.is_empty() {
                    writeln!(out, "  {empty}")?;
                } else {
                    let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
                    super::table::write_plain(out, &headers, rows)?;
                }
            }
            Section::Text { title: t, text } => {
                if let Some(t) = t {
                    title(out, t)?;
                }
                writeln!(out, "{}", crate::util::terminal::escape(text, true))?;
            }
        }
    }
    Ok(())
}
