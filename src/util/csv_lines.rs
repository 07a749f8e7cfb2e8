//! Line numbers for CSV errors as the file shows them, the header being
//! line 1, whatever the file's line ends. The csv crate's own count runs one
//! short after a CRLF line end (what Partner Center writes), so the lines are
//! counted here from the bytes, and a record is found by its byte offset.

use crate::error::Error;
use std::cell::RefCell;
use std::collections::VecDeque;
use std::io::Read;
use std::rc::Rc;

/// The longest line a CSV file may have, and the most a record spread over
/// several lines (quoted line breaks) may take: past them the file is
/// refused, naming the line, before the CSV reader holds it all in memory.
pub const MAX_LINE_BYTES: u64 = 1024 * 1024;
const MAX_RECORD_BYTES: u64 = 4 * MAX_LINE_BYTES;

#[derive(Default)]
struct Count {
    /// Bytes handed to the CSV reader so far.
    read: u64,
    /// Where the current line began (just after the last line feed).
    line_start: u64,
    /// Where the last record asked about began.
    record_start: u64,
    /// All line feeds seen so far.
    lines_seen: u64,
    /// Offsets of the line feeds read ahead of the records asked about.
    ahead: VecDeque<u64>,
    /// Line feeds before the last offset asked about.
    passed: u64,
}

/// A reader that notes where each line feed is.
pub struct CountingReader<R> {
    inner: R,
    count: Rc<RefCell<Count>>,
}

/// Turns the byte offsets the csv crate reports into line numbers.
#[derive(Clone)]
pub struct LineIndex {
    count: Rc<RefCell<Count>>,
}

/// Wraps `input`; ask the index for the line of any byte offset read since,
/// in increasing order (records, then errors, as the reader meets them).
pub fn counting<R: Read>(input: R) -> (CountingReader<R>, LineIndex) {
    let count = Rc::new(RefCell::new(Count::default()));
    (
        CountingReader {
            inner: input,
            count: count.clone(),
        },
        LineIndex { count },
    )
}

/// A line (or record) past the limits, as the reading error carries it.
#[derive(Debug)]
pub struct TooLong {
    pub line: u64,
    pub record: bool,
}

impl std::fmt::Display for TooLong {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.record {
            write!(
                f,
                "line {}: a row spread over several lines (a quoted line break) is longer than {} MiB by this line",
                self.line,
                MAX_RECORD_BYTES >> 20
            )
        } else {
            write!(f, "line {}: the line is longer than 1 MiB", self.line)
        }
    }
}

impl std::error::Error for TooLong {}

impl<R: Read> Read for CountingReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        let mut count = self.count.borrow_mut();
        let start = count.read;
        for (i, _) in buf[..n].iter().enumerate().filter(|(_, b)| **b == b'\n') {
            let at = start + i as u64;
            if at - count.line_start > MAX_LINE_BYTES {
                let line = count.lines_seen + 1;
                return Err(std::io::Error::other(TooLong {
                    line,
                    record: false,
                }));
            }
            count.ahead.push_back(at);
            count.line_start = at + 1;
            count.lines_seen += 1;
        }
        count.read += n as u64;
        if count.read - count.line_start > MAX_LINE_BYTES {
            let line = count.lines_seen + 1;
            return Err(std::io::Error::other(TooLong {
                line,
                record: false,
            }));
        }
        if count.read - count.record_start > MAX_RECORD_BYTES + 2 * MAX_LINE_BYTES {
            // Buffered reading runs ahead of the records: allow for it.
            let line = count.lines_seen + 1;
            return Err(std::io::Error::other(TooLong { line, record: true }));
        }
        Ok(n)
    }
}

impl LineIndex {
    /// The 1-based line of the record the csv crate says starts at `offset`.
    /// After a CRLF it names the `\n` itself (the `\r` ended the record
    /// before), so a line feed at `offset` is counted as passed.
    pub fn line_at(&self, offset: u64) -> u64 {
        let mut count = self.count.borrow_mut();
        count.record_start = count.record_start.max(offset);
        while count.ahead.front().is_some_and(|&nl| nl <= offset) {
            count.ahead.pop_front();
            count.passed += 1;
        }
        count.passed + 1
    }

    /// A CSV reading error as csp reports it: the file's line, status 2 for
    /// what the file holds, status 1 for a read that failed.
    pub fn error(&self, e: csv::Error) -> anyhow::Error {
        let line = self.line_at(e.position().map_or(0, |p| p.byte()));
        match e.kind() {
            csv::ErrorKind::Io(io) => {
                if let Some(too_long) = io.get_ref().and_then(|i| i.downcast_ref::<TooLong>()) {
                    return Error::invalid(too_long.to_string())
                        .with_hint("a CSV line is at most 1 MiB; is this the right file?")
                        .into();
                }
                anyhow::Error::new(e).context("cannot read the CSV file")
            }
            csv::ErrorKind::Utf8 { .. } => {
                Error::invalid(format!("line {line}: the file is not UTF-8 text"))
                    .with_hint(SAVE_AS_CSV_UTF8)
                    .into()
            }
            _ => Error::invalid(format!("line {line}: {e}")).into(),
        }
    }
}

/// What to do with a file Excel saved in its regional "CSV" format.
pub const SAVE_AS_CSV_UTF8: &str = "it looks like a file Excel saved as \"CSV (Comma delimited)\" in Windows-1252; in Excel choose File > Save As > \"CSV UTF-8 (Comma delimited) (*.csv)\" and import that file";

/// Refuses a header that is one cell holding `;`: a file saved where the
/// list separator is `;` (Excel in much of Europe), which csp does not read.
pub fn refuse_semicolons(header: &csv::StringRecord) -> Result<(), Error> {
    if header.len() == 1 && header.get(0).is_some_and(|h| h.contains(';')) {
        return Err(Error::invalid(
            "line 1: the columns are separated by ';', not ','",
        )
        .with_hint("save it from Excel as \"CSV UTF-8 (Comma delimited) (*.csv)\", or replace the separators with commas"));
    }
    Ok(())
}

/// The file as UTF-8: a UTF-16 file (with its byte order mark, as Excel's
/// "Unicode text" and some exports write it) is transcoded as it is read;
/// anything else passes through as it is, its UTF-8 checked by the reader.
/// (The file is peeked through a buffer, never read in a short first
/// chunk: the csv reader takes a first read holding only a UTF-8 BOM for
/// an empty header.)
pub fn utf8<R: Read>(input: R) -> Utf8Reader<R> {
    let mut buffered = std::io::BufReader::with_capacity(64 * 1024, input);
    let utf16 = match std::io::BufRead::fill_buf(&mut buffered) {
        Ok(head) => head.starts_with(&[0xFF, 0xFE]) || head.starts_with(&[0xFE, 0xFF]),
        Err(_) => false, // the reader reports it on its first read
    };
    if utf16 {
        Utf8Reader::Utf16(
            encoding_rs_io::DecodeReaderBytesBuilder::new()
                .bom_sniffing(true)
                .strip_bom(true)
                .build(buffered),
        )
    } else {
        Utf8Reader::Plain(buffered)
    }
}

/// What [`utf8`] reads through.
pub enum Utf8Reader<R: Read> {
    Plain(std::io::BufReader<R>),
    Utf16(encoding_rs_io::DecodeReaderBytes<std::io::BufReader<R>, Vec<u8>>),
}

impl<R: Read> Read for Utf8Reader<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        match self {
            Utf8Reader::Plain(r) => r.read(buf),
            Utf8Reader::Utf16(r) => r.read(buf),
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn lines_count_the_same_for_lf_and_crlf() {
        for text in [
            "a,b\nc,d\n\"e\nf\",g\nh,i\n",
            "a,b\r\nc,d\r\n\"e\r\nf\",g\r\nh,i\r\n",
        ] {
            let (input, lines) = super::counting(text.as_bytes());
            let mut reader = csv::ReaderBuilder::new()
                .has_headers(true)
                .from_reader(input);
            let mut found = Vec::new();
            for record in reader.records() {
                let record = record.expect("record");
                found.push(lines.line_at(record.position().expect("position").byte()));
            }
            assert_eq!(found, [2, 3, 5], "{text:?}");
        }
    }
}
