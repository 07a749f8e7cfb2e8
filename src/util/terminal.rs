//! Text on its way to a terminal: control characters, bidi controls and
//! invisible format characters, which a terminal would obey or hide, are
//! shown as `\u{…}` escapes instead; and the one function that writes a
//! message line to stderr.

use std::borrow::Cow;
use std::io::Write;

/// Characters that change how text displays without being seen: bidi
/// embeddings, overrides, isolates and marks (LRM, RLM, ALM), zero-width
/// characters, the BOM, the line and paragraph separators, the Hangul
/// fillers, interlinear annotations and tag characters.
pub fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{00ad}'                  // soft hyphen
        | '\u{034f}'                // combining grapheme joiner
        | '\u{061c}'                // Arabic letter mark (ALM)
        | '\u{115f}' | '\u{1160}'   // Hangul choseong/jungseong fillers
        | '\u{17b4}' | '\u{17b5}'
        | '\u{180b}'..='\u{180f}'   // Mongolian variation selectors, vowel separator
        | '\u{200b}'..='\u{200f}'   // zero-width space, ZWNJ, ZWJ, LRM, RLM
        | '\u{2028}'..='\u{202e}'   // line/paragraph separators, bidi embeddings and overrides
        | '\u{2060}'..='\u{206f}'   // word joiner, invisible operators, bidi isolates
        | '\u{3164}'                // Hangul filler
        | '\u{fe00}'..='\u{fe0f}'   // variation selectors
        | '\u{feff}'                // BOM, zero-width no-break space
        | '\u{ffa0}'                // halfwidth Hangul filler
        | '\u{fff9}'..='\u{fffb}'   // interlinear annotations
        | '\u{1d173}'..='\u{1d17a}' // musical formatting
        | '\u{e0000}'..='\u{e007f}' // tag characters
        | '\u{e0100}'..='\u{e01ef}' // variation selectors supplement
    )
}

/// Whether a terminal would act on `c` rather than show it.
fn needs_escape(c: char, keep_newlines: bool) -> bool {
    (c.is_control() && !(keep_newlines && c == '\n')) || is_invisible(c)
}

/// `text` as a terminal may show it: every control, bidi or invisible
/// format character as a visible `\u{…}` escape (line feeds kept when
/// `keep_newlines`). Borrowed, at no cost, when there is nothing to escape.
pub fn escape(text: &str, keep_newlines: bool) -> Cow<'_, str> {
    if !text.chars().any(|c| needs_escape(c, keep_newlines)) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if needs_escape(c, keep_newlines) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Writes one message to stderr, escaped (line feeds kept: some messages
/// are several lines). A closed stderr (`2>&-`, a reader that quit) is
/// ignored: there is no one left to tell, and `eprintln!` would panic.
pub fn message(line: &str) {
    let line = escape(line, true);
    let mut err = std::io::stderr().lock();
    let _ = err.write_all(line.as_bytes());
    let _ = err.write_all(b"\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_what_a_terminal_would_obey() {
        assert_eq!(escape("plain Café", false), "plain Café");
        assert_eq!(escape("a\x1b[31mb", false), "a\\u{1b}[31mb");
        assert_eq!(escape("a\nb", true), "a\nb");
        assert_eq!(escape("a\nb", false), "a\\u{a}b");
        assert_eq!(escape("x\u{202e}y\u{200b}", false), "x\\u{202e}y\\u{200b}");
        assert_eq!(escape("\u{9b}2J", false), "\\u{9b}2J");
    }
}
