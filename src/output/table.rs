//! Terminal tables (comfy-table): aligned, sized to the terminal's width
//! (characters counted as they display, so accents and CJK line up), times
//! as "3 days ago", and status words that stand out where color is allowed.
//! Only the `table` format comes here: scripts get exact values elsewhere.

use super::Output;
use chrono::{DateTime, Utc};
use comfy_table::{presets, Attribute, Cell, Color, ColumnConstraint, ContentArrangement, Table};
use std::io::{self, Write};

pub(super) fn write(
    out: &mut impl Write,
    headers: &[&str],
    rows: &[Vec<String>],
    output: &Output,
) -> io::Result<()> {
    if rows.is_empty() {
        // An empty list says so on stderr; stdout stays empty for scripts.
        output.note("(no results)");
        return Ok(());
    }
    let now = Utc::now();
    let kinds: Vec<ColumnKind> = headers.iter().map(|h| ColumnKind::of(h)).collect();
    let mut table = Table::new();
    table.load_preset(presets::NOTHING);
    // Wrap to the terminal's width; where it cannot be known (a terminal that
    // reports no size, and no usable $COLUMNS), don't wrap at all rather
    // than squeeze every column to one letter.
    match terminal_width(&table, output) {
        Some(width) => {
            table
                .set_content_arrangement(ContentArrangement::Dynamic)
                .set_width(width);
        }
        None => {
            table.set_content_arrangement(ContentArrangement::Disabled);
        }
    }
    if output.color {
        table.enforce_styling();
    }
    table.set_header(headers.iter().map(|h| {
        let cell = Cell::new(h.replace('_', " ").to_uppercase());
        if output.color {
            cell.add_attribute(Attribute::Bold)
        } else {
            cell
        }
    }));
    for row in rows {
        table.add_row(row.iter().zip(&kinds).map(|(value, kind)| {
            let text = match kind {
                ColumnKind::Time => relative(value, now).unwrap_or_else(|| value.clone()),
                ColumnKind::Id => shorten_uuid(value).to_string(),
                ColumnKind::Domain => crate::domain::values::display_domains(value).into_owned(),
                _ => value.clone(),
            };
            let cell = Cell::new(text);
            match (kind, output.color) {
                (ColumnKind::Status, true) => match status_color(value) {
                    Some(color) => cell.fg(color),
                    None => cell,
                },
                _ => cell,
            }
        }));
    }
    // Columns sit two spaces apart, flush left; ids, domains, statuses and
    // times never wrap (a domain is what users copy to name a customer).
    let last = headers.len().saturating_sub(1);
    for (i, kind) in kinds.iter().enumerate() {
        if let Some(column) = table.column_mut(i) {
            column.set_padding((0, if i == last { 0 } else { 2 }));
            // A command is pasted as it is: it never wraps either.
            let whole = matches!(
                kind,
                ColumnKind::Id | ColumnKind::Time | ColumnKind::Status | ColumnKind::Domain
            ) || headers[i] == "command";
            if whole {
                column.set_constraint(ColumnConstraint::ContentWidth);
            }
        }
    }
    for line in table.to_string().lines() {
        writeln!(out, "{}", line.trim_end())?;
    }
    Ok(())
}

/// The most characters a table cell shows: any valid one-line value fits
/// whole; a longer one (only a hand-edited database holds one) is cut with
/// `…`, so a table costs time in proportion to its size. `show`, JSON and
/// CSV always give the whole value.
pub(super) const MAX_CELL_CHARS: usize = 256;

/// A value as a table cell: escaped for the terminal, cut at
/// [`MAX_CELL_CHARS`] characters.
pub(super) fn cell_text(value: &str) -> String {
    let escaped = crate::util::terminal::escape(value, false);
    match escaped.char_indices().nth(MAX_CELL_CHARS) {
        Some((end, _)) => format!("{}…", &escaped[..end]),
        None => escaped.into_owned(),
    }
}

/// The width to wrap a table to, if stdout is a terminal of a sensible size.
fn terminal_width(table: &Table, output: &Output) -> Option<u16> {
    if !output.stdout_is_terminal {
        return None;
    }
    let columns = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse().ok());
    table
        .width()
        .filter(|&w| w >= MIN_WIDTH)
        .or(columns.filter(|&w| w >= MIN_WIDTH))
}

/// Below this, wrapping makes a table unreadable.
const MIN_WIDTH: u16 = 20;

/// A generated id (a UUID) shown by its first 8 characters, which is also the
/// shortest prefix `csp` accepts as a reference; other values stay whole.
fn shorten_uuid(value: &str) -> &str {
    let is_uuid = value.len() == 36 && value.bytes().filter(|&b| b == b'-').count() == 4;
    if is_uuid {
        crate::domain::values::short_id(value)
    } else {
        value
    }
}

/// How a column is shown, from its field name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ColumnKind {
    Id,
    Time,
    Status,
    /// Domains, stored as punycode, shown in Unicode.
    Domain,
    Text,
}

impl ColumnKind {
    fn of(field: &str) -> ColumnKind {
        if field == "at" || field.ends_with("_at") {
            ColumnKind::Time
        } else if field == "id" || field == "entity_id" {
            ColumnKind::Id
        } else if field == "status" || field == "relationship" || field == "severity" {
            ColumnKind::Status
        } else if field.ends_with("domain") || field == "domains" {
            ColumnKind::Domain
        } else {
            ColumnKind::Text
        }
    }
}

/// Settled states in green, ones waiting on someone in yellow, ended ones in red.
fn status_color(word: &str) -> Option<Color> {
    match word {
        "active" | "accepted" | "connected" => Some(Color::Green),
        "invited" | "draft" | "sent" | "pending" => Some(Color::Yellow),
        // GDAP relationships: waiting on the customer or Microsoft, or ending.
        "created"
        | "approval_pending"
        | "approved"
        | "activating"
        | "expiring"
        | "termination_requested"
        | "terminating" => Some(Color::Yellow),
        "removed" | "cancelled" | "expired" | "terminated" => Some(Color::Red),
        // `csp status` severities.
        "warning" => Some(Color::Yellow),
        _ => None,
    }
}

/// The same colors as ANSI SGR codes, for text outside a table (a card).
pub(super) fn status_ansi(word: &str) -> Option<&'static str> {
    match status_color(word)? {
        Color::Green => Some("32"),
        Color::Yellow => Some("33"),
        _ => Some("31"),
    }
}

/// An RFC 3339 time as a person reads it: "just now", "5 minutes ago",
/// "3 days ago"; past four weeks, the date, which is easier to place.
/// `None` when `value` is not a time (an empty cell stays empty).
fn relative(value: &str, now: DateTime<Utc>) -> Option<String> {
    let at = DateTime::parse_from_rfc3339(value)
        .ok()?
        .with_timezone(&Utc);
    let seconds = (now - at).num_seconds();
    let ago = |n: i64, unit: &str| {
        if n == 1 {
            format!("1 {unit} ago")
        } else {
            format!("{n} {unit}s ago")
        }
    };
    Some(match seconds {
        // A clock a little ahead (another machine) still reads as now.
        -120..60 => "just now".to_string(),
        60..3600 => ago(seconds / 60, "minute"),
        3600..86400 => ago(seconds / 3600, "hour"),
        86400..2419200 => ago(seconds / 86400, "day"),
        _ => at.format("%Y-%m-%d").to_string(),
    })
}

/// A table inside a card: no wrapping, so links and ids stay whole.
pub(super) fn write_plain(
    out: &mut impl Write,
    headers: &[&str],
    rows: &[Vec<String>],
) -> io::Result<()> {
    let mut table = Table::new();
    table
        .load_preset(presets::NOTHING)
        .set_content_arrangement(ContentArrangement::Disabled)
        .set_header(headers.iter().map(|h| h.to_uppercase()));
    for row in rows {
        table.add_row(row.iter().map(|v| crate::util::terminal::escape(v, false)));
    }
    for line in table.to_string().lines() {
        writeln!(out, "  {}", line.trim_end())?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    #[test]
    fn times_read_as_how_long_ago() {
        let now = at("2026-11-25T12:00:00Z");
        let r = |v: &str| relative(v, now).unwrap();
        assert_eq!(r("2026-11-25T11:59:30Z"), "just now");
        assert_eq!(r("2026-11-25T12:01:00Z"), "just now");
        assert_eq!(r("2026-11-25T11:59:00Z"), "1 minute ago");
        assert_eq!(r("2026-11-25T11:15:00Z"), "45 minutes ago");
        assert_eq!(r("2026-11-25T09:00:00Z"), "3 hours ago");
        assert_eq!(r("2026-11-24T11:00:00Z"), "1 day ago");
        assert_eq!(r("2026-11-22T12:00:00Z"), "3 days ago");
        assert_eq!(r("2026-09-01T08:00:00Z"), "2026-09-01");
        assert_eq!(r("2027-01-01T00:00:00Z"), "2027-01-01");
        assert_eq!(relative("", now), None);
        assert_eq!(relative("not a time", now), None);
    }

    #[test]
    fn columns_are_known_by_their_field_names() {
        assert_eq!(ColumnKind::of("created_at"), ColumnKind::Time);
        assert_eq!(ColumnKind::of("at"), ColumnKind::Time);
        assert_eq!(ColumnKind::of("id"), ColumnKind::Id);
        assert_eq!(ColumnKind::of("entity_id"), ColumnKind::Id);
        // A tenant ID is the customer's, typed into portals: always whole.
        assert_eq!(ColumnKind::of("tenant_id"), ColumnKind::Text);
        assert_eq!(ColumnKind::of("relationship"), ColumnKind::Status);
        assert_eq!(ColumnKind::of("status"), ColumnKind::Status);
        assert_eq!(ColumnKind::of("company_name"), ColumnKind::Text);
    }

    #[test]
    fn generated_ids_are_shortened_to_their_first_8_characters() {
        assert_eq!(
            shorten_uuid("969d07b8-b5fd-4d42-b9c6-9f11c2c154e8"),
            "969d07b8"
        );
        assert_eq!(shorten_uuid("42"), "42");
        assert_eq!(shorten_uuid(""), "");
    }

    #[test]
    fn status_words_have_colors() {
        assert_eq!(status_color("active"), Some(Color::Green));
        assert_eq!(status_color("invited"), Some(Color::Yellow));
        assert_eq!(status_color("removed"), Some(Color::Red));
        assert_eq!(status_color("whatever"), None);
    }
}
