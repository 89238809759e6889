//! Cuts a document into tokens: punctuation, whitespace, newlines, comments, strings (their
//! extent only; [`crate::codegen::toml::strings`] decodes them) and atoms, the runs of other
//! characters that are bare keys or unquoted values.
//!
//! Every token boundary is an ASCII delimiter or the end of the input, so every span is on a
//! character boundary. Each byte is read a bounded number of times, whatever the input.

use core::ops::Range;

use crate::codegen::toml::{all, count_while, is_digit};

/// What a token is.
#[derive(Clone, Copy, PartialEq, Eq)]
#[cfg_attr(test, derive(Debug))]
pub(crate) enum Kind {
    /// `.`
    Dot,
    /// `=`
    Equals,
    /// `,`
    Comma,
    /// `[`
    LeftBracket,
    /// `]`
    RightBracket,
    /// `{`
    LeftBrace,
    /// `}`
    RightBrace,
    /// Spaces and tabs.
    Whitespace,
    /// `#` and the rest of its line, newline excluded.
    Comment,
    /// `\n` or `\r\n`.
    Newline,
    /// A carriage return not followed by `\n`.
    StrayCarriageReturn,
    /// `"..."`
    Basic,
    /// `'...'`
    Literal,
    /// `"""..."""`
    MultiLineBasic,
    /// `'''...'''`
    MultiLineLiteral,
    /// A run of any other characters: a bare key or an unquoted value.
    Atom,
    /// The end of the input.
    Eof,
}

/// A token and where it is.
#[cfg_attr(test, derive(Debug, PartialEq, Eq))]
pub(crate) struct Token {
    /// What it is.
    pub(crate) kind: Kind,
    /// Where it is.
    pub(crate) span: Range<usize>,
    /// A string with its closing delimiter; `false` for an unclosed one (and every other token).
    pub(crate) closed: bool,
}

/// How an atom ends, which depends on what the parser expects.
#[derive(Clone, Copy, PartialEq, Eq)]
#[cfg_attr(test, derive(Debug))]
pub(crate) enum Mode {
    /// A key: `.` separates dotted keys.
    Key,
    /// A value: `.` belongs to floats and times, and a date followed by a space and a digit
    /// runs on into its time (`1979-05-27 07:32:00`).
    Value,
}

/// A position in the input, from which tokens are read one at a time. Copying it is how the
/// parser looks ahead.
#[derive(Clone)]
#[cfg_attr(test, derive(Debug))]
pub(crate) struct Lexer<'s> {
    source: &'s str,
    pos: usize,
}

impl<'s> Lexer<'s> {
    /// A lexer at the start of `source`, after its byte order mark if it has one.
    pub(crate) fn new(source: &'s str) -> Self {
        let pos = if source.starts_with('\u{feff}') { 3 } else { 0 };
        Self { source, pos }
    }

    /// The input.
    pub(crate) fn source(&self) -> &'s str {
        self.source
    }

    /// Where the next token starts.
    pub(crate) fn pos(&self) -> usize {
        self.pos
    }

    /// Goes back to `pos`, a token boundary this lexer has passed.
    pub(crate) fn rewind(&mut self, pos: usize) {
        self.pos = pos;
    }

    /// The next token, without reading it.
    pub(crate) fn peek(&self, mode: Mode) -> Token {
        self.clone().next(mode)
    }

    /// Reads the next token.
    pub(crate) fn next(&mut self, mode: Mode) -> Token {
        let start = self.pos;
        let bytes = self.source.as_bytes();
        let Some(&first) = bytes.get(start) else {
            return self.token(Kind::Eof, start, false);
        };
        let (kind, end, closed) = match first {
            b'.' if mode == Mode::Key => (Kind::Dot, start + 1, false),
            b'=' => (Kind::Equals, start + 1, false),
            b',' => (Kind::Comma, start + 1, false),
            b'[' => (Kind::LeftBracket, start + 1, false),
            b']' => (Kind::RightBracket, start + 1, false),
            b'{' => (Kind::LeftBrace, start + 1, false),
            b'}' => (Kind::RightBrace, start + 1, false),
            b' ' | b'\t' => (Kind::Whitespace, self.run(start, is_whitespace), false),
            b'#' => (
                Kind::Comment,
                self.run(start, |b| b != b'\n' && b != b'\r'),
                false,
            ),
            b'\n' => (Kind::Newline, start + 1, false),
            b'\r' if bytes.get(start + 1) == Some(&b'\n') => (Kind::Newline, start + 2, false),
            b'\r' => (Kind::StrayCarriageReturn, start + 1, false),
            b'"' | b'\'' => return self.string(first),
            _ => (Kind::Atom, self.atom(start, mode), false),
        };
        self.token(kind, end, closed)
    }

    /// Moves to `end`, returning the token from the current position to there.
    fn token(&mut self, kind: Kind, end: usize, closed: bool) -> Token {
        let span = self.pos..end;
        self.pos = end;
        Token { kind, span, closed }
    }

    /// The end of the run of bytes from `start` that `keep` keeps.
    fn run(&self, start: usize, keep: fn(u8) -> bool) -> usize {
        start + count_while(&self.source.as_bytes()[start..], keep)
    }

    /// The end of the atom at `start`.
    fn atom(&self, start: usize, mode: Mode) -> usize {
        let in_atom: fn(u8) -> bool = match mode {
            Mode::Key => |b| !ends_atom(b, Mode::Key),
            Mode::Value => |b| !ends_atom(b, Mode::Value),
        };
        let end = self.run(start, in_atom);
        let bytes = self.source.as_bytes();
        let date_then_time = mode == Mode::Value
            && is_date(&bytes[start..end])
            && bytes.get(end) == Some(&b' ')
            && bytes.get(end + 1).is_some_and(u8::is_ascii_digit);
        if date_then_time {
            self.run(end + 1, in_atom)
        } else {
            end
        }
    }

    /// A string opening with `quote`, to its closing delimiter or, unclosed, to the end of its
    /// line (one-line strings) or of the input (multi-line ones).
    fn string(&mut self, quote: u8) -> Token {
        let start = self.pos;
        let bytes = self.source.as_bytes();
        let multi_line =
            bytes.get(start + 1) == Some(&quote) && bytes.get(start + 2) == Some(&quote);
        let (kind, escapes) = match (quote, multi_line) {
            (b'"', false) => (Kind::Basic, true),
            (b'"', true) => (Kind::MultiLineBasic, true),
            (_, false) => (Kind::Literal, false),
            (_, true) => (Kind::MultiLineLiteral, false),
        };
        let mut i = start + if multi_line { 3 } else { 1 };
        while let Some(&b) = bytes.get(i) {
            if b == b'\\' && escapes {
                // The escaped byte cannot close the string; a newline still ends a one-line one.
                let next = bytes.get(i + 1).copied();
                i += if multi_line || !matches!(next, Some(b'\n' | b'\r')) {
                    2
                } else {
                    1
                };
            } else if b == quote && !multi_line {
                return self.token(kind, i + 1, true);
            } else if b == quote {
                let mut quotes = 1;
                while bytes.get(i + quotes) == Some(&quote) {
                    quotes += 1;
                }
                if quotes >= 3 {
                    // Up to two quotes before the closing three are the string's own.
                    return self.token(kind, i + quotes.min(5), true);
                }
                i += quotes;
            } else if !multi_line && (b == b'\n' || b == b'\r') {
                break;
            } else {
                i += 1;
            }
        }
        self.token(kind, i.min(bytes.len()), false)
    }
}

/// A space or a tab.
pub(crate) fn is_whitespace(b: u8) -> bool {
    b == b' ' || b == b'\t'
}

/// Whether `b` ends an atom: punctuation, whitespace, a newline, a comment or a quote.
fn ends_atom(b: u8, mode: Mode) -> bool {
    match b {
        b'=' | b',' | b'[' | b']' | b'{' | b'}' | b' ' | b'\t' | b'#' | b'\r' | b'\n' | b'"'
        | b'\'' => true,
        b'.' => mode == Mode::Key,
        _ => false,
    }
}

/// `YYYY-MM-DD`, by its shape.
fn is_date(atom: &[u8]) -> bool {
    atom.len() == 10
        && all(&atom[..4], is_digit)
        && atom[4] == b'-'
        && all(&atom[5..7], is_digit)
        && atom[7] == b'-'
        && all(&atom[8..], is_digit)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(source: &str, mode: Mode) -> Vec<(Kind, &str, bool)> {
        let mut lexer = Lexer::new(source);
        let mut out = Vec::new();
        loop {
            let t = lexer.next(mode);
            if t.kind == Kind::Eof {
                return out;
            }
            out.push((t.kind, &source[t.span], t.closed));
        }
    }

    #[test]
    fn atoms_end_at_dots_only_in_keys() {
        assert_eq!(
            kinds("a.b", Mode::Key),
            [
                (Kind::Atom, "a", false),
                (Kind::Dot, ".", false),
                (Kind::Atom, "b", false)
            ]
        );
        assert_eq!(kinds("1.5e3", Mode::Value), [(Kind::Atom, "1.5e3", false)]);
        assert_eq!(
            kinds("1979-05-27 07:32:00 x", Mode::Value)[0],
            (Kind::Atom, "1979-05-27 07:32:00", false)
        );
        assert_eq!(
            kinds("1979-05-27 x", Mode::Value)[0],
            (Kind::Atom, "1979-05-27", false)
        );
    }

    #[test]
    fn strings_run_to_their_close_or_their_line_end() {
        assert_eq!(
            kinds(r#""a\"b" 'c\'"#, Mode::Key),
            [
                (Kind::Basic, r#""a\"b""#, true),
                (Kind::Whitespace, " ", false),
                (Kind::Literal, r"'c\'", true)
            ]
        );
        assert_eq!(
            kinds("\"open\nx", Mode::Value)[0],
            (Kind::Basic, "\"open", false)
        );
        assert_eq!(
            kinds("\"open\\\nx", Mode::Value)[0],
            (Kind::Basic, "\"open\\", false)
        );
        assert_eq!(
            kinds("\"\"\"a\n\"\"\"\"\"", Mode::Value),
            [(Kind::MultiLineBasic, "\"\"\"a\n\"\"\"\"\"", true)]
        );
        assert_eq!(
            kinds("'''a''''", Mode::Value),
            [(Kind::MultiLineLiteral, "'''a''''", true)]
        );
        assert_eq!(
            kinds("'''a\n", Mode::Value),
            [(Kind::MultiLineLiteral, "'''a\n", false)]
        );
        assert_eq!(kinds("\"\\", Mode::Value), [(Kind::Basic, "\"\\", false)]);
        assert_eq!(kinds("\"", Mode::Value), [(Kind::Basic, "\"", false)]);
    }

    #[test]
    fn newlines_and_comments() {
        assert_eq!(
            kinds("# c\r\n\r", Mode::Key),
            [
                (Kind::Comment, "# c", false),
                (Kind::Newline, "\r\n", false),
                (Kind::StrayCarriageReturn, "\r", false)
            ]
        );
    }
}
