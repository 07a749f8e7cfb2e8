//! Writing data to stdout in the chosen format: `table` on a terminal, `tsv`
//! (no header) when piped, `csv` (header, RFC 4180), `json` (a list is always
//! an array), `jsonl` (one object a line). Lists stream: a million rows never
//! sit in memory, except in a terminal table, which must measure its columns.
//! Messages go to stderr through [`Output::note`].

mod card;
mod layout;
mod progress;
mod table;

pub use card::{Card, Section};
pub use progress::{Progress, Unit};

use serde::Serialize;
use std::borrow::Cow;
use std::io::{self, IsTerminal, Write};

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Table,
    Tsv,
    Csv,
    Json,
    Jsonl,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum ColorChoice {
    #[default]
    Auto,
    Always,
    Never,
}

/// A record that can be printed in every format: serde gives JSON, the
/// field list gives CSV/TSV columns, `TABLE` picks what a terminal shows.
pub trait Record: Serialize {
    /// Field names in order: the CSV header, the TSV columns, the JSON keys.
    const FIELDS: &'static [&'static str];
    /// Indexes of the columns a terminal table shows: into `FIELDS`, or,
    /// from `FIELDS.len()` on, into `TABLE_ONLY`.
    const TABLE: &'static [usize];
    /// Columns only a terminal table shows (a value derived for reading, such
    /// as an invitation's date that matters); `cell` gives them after `FIELDS`.
    const TABLE_ONLY: &'static [&'static str] = &[];
    /// The text of field `i` in a CSV or TSV cell (`""` when empty).
    fn cell(&self, i: usize) -> Cow<'_, str>;
}

pub fn opt(v: &Option<String>) -> Cow<'_, str> {
    Cow::Borrowed(v.as_deref().unwrap_or(""))
}

pub fn yes_no(v: bool) -> Cow<'static, str> {
    Cow::Borrowed(if v { "true" } else { "false" })
}

/// Writes one line to stderr, escaped for a terminal. A closed stderr
/// (`2>&-`, a reader that quit) is ignored: there is no one left to tell,
/// and `eprintln!` would panic.
pub fn message(line: &str) {
    crate::util::terminal::message(line);
}

/// Where data and messages go, and how.
pub struct Output {
    pub format: Format,
    /// Whether the user chose the format (`--format`, `--json`) rather than
    /// getting the default for stdout: drafts and exports read this.
    pub format_chosen: bool,
    pub color: bool,
    pub quiet: bool,
    /// Whether stdout is a terminal (tables are sized to it).
    pub stdout_is_terminal: bool,
}

impl Output {
    pub fn new(format: Option<Format>, color: ColorChoice, quiet: bool) -> Output {
        let stdout_is_terminal = io::stdout().is_terminal();
        let format_chosen = format.is_some();
        let format = format.unwrap_or(if stdout_is_terminal {
            Format::Table
        } else {
            Format::Tsv
        });
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
            || std::env::var("TERM").is_ok_and(|t| t == "dumb");
        let color = match color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => stdout_is_terminal && !no_color,
        };
        Output {
            format,
            format_chosen,
            color,
            quiet,
            stdout_is_terminal,
        }
    }

    /// A message for the person at the terminal (stderr), silenced by `-q`.
    pub fn note(&self, message: impl AsRef<str>) {
        if !self.quiet {
            self::message(message.as_ref());
        }
    }

    /// A warning that must be seen even when scripted: stderr, silenced only by `-q`.
    pub fn warn(&self, message: impl AsRef<str>) {
        if !self.quiet {
            self::message(&format!("warning: {}", message.as_ref()));
        }
    }

    /// A progress bar for long work, drawn on stderr only for a person at a
    /// terminal (stderr is one, no `-q`) and only once the work takes a while.
    pub fn progress(&self, total: Option<u64>, unit: Unit, message: &str) -> Progress {
        Progress::new(
            !self.quiet && io::stderr().is_terminal(),
            total,
            unit,
            message,
        )
    }

    /// Starts a list of `R`; call [`List::row`] for each, then [`List::finish`].
    pub fn list<R: Record>(&self) -> io::Result<List<'_, R>> {
        let mut out = io::BufWriter::with_capacity(64 * 1024, io::stdout().lock());
        let mut csv = None;
        match self.format {
            Format::Csv => {
                let mut w = csv::WriterBuilder::new()
                    .buffer_capacity(64 * 1024)
                    .from_writer(io::stdout().lock());
                w.write_record(R::FIELDS)?;
                csv = Some(w);
            }
            Format::Json => out.write_all(b"[")?,
            _ => {}
        }
        Ok(List {
            output: self,
            out,
            csv,
            table: Vec::new(),
            count: 0,
            _r: std::marker::PhantomData,
        })
    }

    /// Prints one record (`add`, `update`, `invite`): an object in JSON.
    pub fn record<R: Record>(&self, record: &R) -> anyhow::Result<()> {
        let mut out = io::stdout().lock();
        match self.format {
            Format::Table => {
                let fields: Vec<(String, String)> = R::FIELDS
                    .iter()
                    .enumerate()
                    .map(|(i, f)| (f.replace('_', " "), record.cell(i).into_owned()))
                    .collect();
                // Escaped in write_fields, like every card.
                card::write_fields(&mut out, &fields)?;
            }
            Format::Json => {
                serde_json::to_writer_pretty(&mut out, record)?;
                out.write_all(b"\n")?;
            }
            _ => {
                let mut list = self.list::<R>()?;
                list.row(record)?;
                list.finish()?;
            }
        }
        out.flush()?;
        Ok(())
    }

    /// Prints a `show` card: sections on a terminal, the record with its
    /// sections as fields in JSON, the record's row in CSV/TSV.
    pub fn card<C: Card>(&self, card: &C) -> anyhow::Result<()> {
        match self.format {
            Format::Table => {
                let mut out = io::stdout().lock();
                card::write_sections(&mut out, &card.sections(), self.color)?;
                out.flush()?;
                Ok(())
            }
            Format::Json => {
                let mut out = io::stdout().lock();
                serde_json::to_writer_pretty(&mut out, card)?;
                out.write_all(b"\n")?;
                out.flush()?;
                Ok(())
            }
            Format::Jsonl => {
                let mut out = io::stdout().lock();
                serde_json::to_writer(&mut out, card)?;
                out.write_all(b"\n")?;
                out.flush()?;
                Ok(())
            }
            Format::Tsv | Format::Csv => {
                let mut list = self.list::<C::Row>()?;
                list.row(card.row())?;
                list.finish()?;
                Ok(())
            }
        }
    }

    /// Prints plain text to stdout (a draft, a link): as it is to a pipe,
    /// with control and invisible characters escaped (line breaks kept) on
    /// a terminal, which would otherwise obey them.
    pub fn text(&self, text: &str) -> io::Result<()> {
        let mut out = io::stdout().lock();
        if self.stdout_is_terminal {
            out.write_all(crate::util::terminal::escape(text, true).as_bytes())?;
        } else {
            out.write_all(text.as_bytes())?;
        }
        if !text.ends_with('\n') {
            out.write_all(b"\n")?;
        }
        out.flush()
    }
}

/// A list being written, row by row.
pub struct List<'o, R: Record> {
    output: &'o Output,
    out: io::BufWriter<io::StdoutLock<'static>>,
    csv: Option<csv::Writer<io::StdoutLock<'static>>>,
    table: Vec<Vec<String>>,
    count: u64,
    _r: std::marker::PhantomData<R>,
}

impl<R: Record> List<'_, R> {
    pub fn row(&mut self, record: &R) -> anyhow::Result<()> {
        match self.output.format {
            Format::Tsv => {
                for i in 0..R::FIELDS.len() {
                    if i > 0 {
                        self.out.write_all(b"\t")?;
                    }
                    let cell = record.cell(i);
                    if needs_formula_guard(&cell) {
                        self.out.write_all(b"'")?;
                    }
                    write_tsv_cell(&mut self.out, &cell)?;
                }
                self.out.write_all(b"\n")?;
            }
            Format::Csv => {
                if let Some(w) = self.csv.as_mut() {
                    for i in 0..R::FIELDS.len() {
                        let cell = record.cell(i);
                        if needs_formula_guard(&cell) {
                            w.write_field(format!("'{cell}").as_bytes())?;
                        } else {
                            w.write_field(cell.as_bytes())?;
                        }
                    }
                    w.write_record(None::<&[u8]>)?;
                }
            }
            Format::Json => {
                self.out
                    .write_all(if self.count == 0 { b"\n" } else { b",\n" })?;
                serde_json::to_writer(&mut self.out, record)?;
            }
            Format::Jsonl => {
                serde_json::to_writer(&mut self.out, record)?;
                self.out.write_all(b"\n")?;
            }
            Format::Table => {
                self.table.push(
                    R::TABLE
                        .iter()
                        .map(|&i| table::cell_text(&record.cell(i)))
                        .collect(),
                );
            }
        }
        self.count += 1;
        Ok(())
    }

    /// How many rows were written.
    pub fn count(&self) -> u64 {
        self.count
    }

    pub fn finish(mut self) -> anyhow::Result<u64> {
        match self.output.format {
            Format::Json => self
                .out
                .write_all(if self.count == 0 { b"]\n" } else { b"\n]\n" })?,
            Format::Table => {
                let headers: Vec<&str> = R::TABLE
                    .iter()
                    .map(|&i| match R::FIELDS.get(i) {
                        Some(field) => *field,
                        None => R::TABLE_ONLY
                            .get(i - R::FIELDS.len())
                            .copied()
                            .unwrap_or(""),
                    })
                    .collect();
                table::write(&mut self.out, &headers, &self.table, self.output)?;
            }
            Format::Csv => {
                if let Some(w) = self.csv.as_mut() {
                    w.flush()?;
                }
            }
            _ => {}
        }
        self.out.flush()?;
        Ok(self.count)
    }
}

/// Whether a spreadsheet would run `cell` as a formula (it starts with `=`,
/// `+`, `-`, `@`, a tab or a CR), so CSV and TSV give it a `'` in front; a
/// cell that already starts with `'`s before such a character gets one more,
/// so that [`crate::domain::values::strip_formula_guard`] on import gives
/// every value back exactly.
pub fn needs_formula_guard(cell: &str) -> bool {
    cell.trim_start_matches('\'')
        .starts_with(['=', '+', '-', '@', '\t', '\r'])
}

/// A TSV cell is one line: a stored value with a tab or line break (only a
/// hand-edited database could hold one) gets a space in its place.
fn write_tsv_cell(out: &mut impl Write, cell: &str) -> io::Result<()> {
    if has_control_byte(cell.as_bytes()) {
        let clean: String = cell
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect();
        out.write_all(clean.as_bytes())
    } else {
        out.write_all(cell.as_bytes())
    }
}

/// Whether `bytes` hold an ASCII control character. Checked for every cell
/// of a list, so it looks at 16 bytes at a time without branching (the
/// compiler turns the inner fold into vector instructions).
fn has_control_byte(bytes: &[u8]) -> bool {
    bytes.chunks(16).any(|chunk| {
        chunk
            .iter()
            .fold(false, |found, &b| found | (b < 0x20) | (b == 0x7f))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tsv_cells_never_break_a_row() {
        let mut out = Vec::new();
        write_tsv_cell(
            &mut out,
            "a long enough value\twith a tab and\na line feed\u{7f}",
        )
        .unwrap();
        assert_eq!(out, b"a long enough value with a tab and a line feed ");
        assert!(!has_control_byte(
            "Fabrikam Ünïcode name, plenty long".as_bytes()
        ));
        assert!(has_control_byte(b"x\r"));
    }
}
