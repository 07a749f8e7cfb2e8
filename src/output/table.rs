//! Terminal tables (comfy-table), sized to the terminal's width.

use super::Output;
use comfy_table::{presets, ContentArrangement, Table};
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
    let mut table = Table::new();
    table
        .load_preset(presets::NOTHING)
        .set_content_arrangement(if output.stdout_is_terminal {
            ContentArrangement::Dynamic
        } else {
            ContentArrangement::Disabled
        })
        .set_header(headers.iter().map(|h| h.replace('_', " ").to_uppercase()));
    for row in rows {
        table.add_row(row);
    }
    writeln!(
        out,
        "{}",
        table
            .to_string()
            .lines()
            .map(str::trim_end)
            .collect::<Vec<_>>()
            .join("\n")
    )
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
        table.add_row(row);
    }
    for line in table.to_string().lines() {
        writeln!(out, "  {}", line.trim_end())?;
    }
    Ok(())
}
