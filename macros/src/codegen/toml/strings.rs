//! Decodes a string token: strips its delimiters, resolves escapes and checks for the
//! characters TOML forbids, reporting each problem with the span of the offending characters.

use core::ops::Range;

use crate::codegen::toml::lexer::{Kind, Token, is_whitespace};
use crate::codegen::toml::{Errors, count_while};

/// The decoded text of the string `token` of `source`.
pub(crate) fn decode(source: &str, token: &Token, errors: &mut Errors) -> String {
    let (delimiter, multi_line, escapes) = match token.kind {
        Kind::Basic => ("\"", false, true),
        Kind::MultiLineBasic => ("\"\"\"", true, true),
        Kind::Literal => ("'", false, false),
        _ => ("'''", true, false),
    };
    let start = token.span.start + delimiter.len();
    let mut end = token.span.end;
    if token.closed {
        end -= delimiter.len();
    } else {
        let what = if multi_line { "the input" } else { "the line" };
        errors.push(
            format!("unclosed string: expected `{delimiter}` before the end of {what}"),
            token.span.clone(),
        );
    }
    let mut body = Body {
        source,
        at: start.min(end),
        end,
        out: String::with_capacity(end.saturating_sub(start)),
    };
    if multi_line {
        // A newline right after the opening delimiter is not part of the string.
        body.skip_newline();
    }
    while let Some(c) = body.next_char() {
        let at = body.at - c.len_utf8();
        match c {
            '\\' if escapes => body.escape(at, multi_line, errors),
            '\n' if multi_line => body.out.push('\n'),
            '\r' if multi_line && body.rest().starts_with('\n') => {
                body.at += 1;
                body.out.push_str("\r\n");
            }
            '\t' => body.out.push('\t'),
            c if c <= '\u{1f}' || c == '\u{7f}' => {
                errors.push(control_message(c, escapes), at..body.at);
            }
            c => body.out.push(c),
        }
    }
    body.out
}

/// What is wrong with control character `c` in a string.
fn control_message(c: char, escapes: bool) -> String {
    let name = match c {
        '\n' => "a newline".to_owned(),
        '\r' => "a carriage return".to_owned(),
        c => format!("control character U+{:04X}", u32::from(c)),
    };
    if escapes {
        format!("{name} is not allowed in this string; write it as an escape")
    } else {
        format!("{name} is not allowed in a literal string")
    }
}

/// The text between a string's delimiters, being decoded.
struct Body<'s> {
    source: &'s str,
    at: usize,
    end: usize,
    out: String,
}

impl Body<'_> {
    /// What is left to decode.
    fn rest(&self) -> &str {
        self.source.get(self.at..self.end).unwrap_or("")
    }

    /// Reads the next character.
    fn next_char(&mut self) -> Option<char> {
        let c = self.rest().chars().next()?;
        self.at += c.len_utf8();
        Some(c)
    }

    /// Skips a newline (`\n` or `\r\n`): whether there was one.
    fn skip_newline(&mut self) -> bool {
        let rest = self.rest();
        if rest.starts_with('\n') {
            self.at += 1;
            true
        } else if rest.starts_with("\r\n") {
            self.at += 2;
            true
        } else {
            false
        }
    }

    /// The escape after the backslash at `at`.
    fn escape(&mut self, at: usize, multi_line: bool, errors: &mut Errors) {
        let Some(c) = self.next_char() else {
            errors.push("a backslash must start an escape", at..self.at);
            return;
        };
        let simple = match c {
            'b' => Some('\u{8}'),
            't' => Some('\t'),
            'n' => Some('\n'),
            'f' => Some('\u{c}'),
            'r' => Some('\r'),
            'e' => Some('\u{1b}'),
            '"' => Some('"'),
            '\\' => Some('\\'),
            _ => None,
        };
        if let Some(s) = simple {
            self.out.push(s);
            return;
        }
        match c {
            'x' => self.unicode(at, 2, errors),
            'u' => self.unicode(at, 4, errors),
            'U' => self.unicode(at, 8, errors),
            ' ' | '\t' | '\r' | '\n' if multi_line && self.line_ending(c) => {}
            c => {
                // `char`'s `Debug`, compiled once in `core` rather than here, is its
                // `escape_debug` in single quotes for every character but `"`, which is a
                // valid escape and so never here.
                let quoted = format!("{c:?}");
                let shown = &quoted[1..quoted.len() - 1];
                errors.push(
                    format!(
                        "invalid escape `\\{shown}`: expected one of \\b \\t \\n \\f \\r \\e \\\" \\\\ \\xHH \\uHHHH \\UHHHHHHHH"
                    ),
                    at..self.at,
                );
            }
        }
    }

    /// A backslash at the end of a line, `c` the character after it: skips the whitespace and
    /// newlines up to the next other character. `false` when no newline follows.
    fn line_ending(&mut self, c: char) -> bool {
        let rest = self.rest();
        let blank = count_while(rest.as_bytes(), is_whitespace);
        let after = &rest[blank..];
        let newline = c == '\n' || (c == '\r' && rest.starts_with('\n'));
        if !newline && !after.starts_with('\n') && !after.starts_with("\r\n") {
            return false;
        }
        let bytes = rest.as_bytes();
        let blank = count_while(bytes, |b| is_whitespace(b) || b == b'\n' || b == b'\r');
        // A lone `\r` among them is left to be reported.
        let mut skip = 0;
        while skip < blank && !(bytes[skip] == b'\r' && bytes.get(skip + 1) != Some(&b'\n')) {
            skip += 1;
        }
        self.at += skip;
        true
    }

    /// `\x`, `\u` or `\U` and its `digits` hex digits, at `at`.
    fn unicode(&mut self, at: usize, digits: usize, errors: &mut Errors) {
        let rest = self.rest();
        let hex = count_while(&rest.as_bytes()[..digits.min(rest.len())], |b| {
            b.is_ascii_hexdigit()
        });
        let escape: Range<usize> = at..self.at + hex;
        if hex < digits {
            errors.push(
                format!("invalid escape: expected {digits} hexadecimal digits"),
                escape,
            );
            self.at += hex;
            return;
        }
        // At most eight hexadecimal digits: the value fits a `u32`.
        let mut value = 0;
        for &b in &rest.as_bytes()[..digits] {
            value = value << 4 | char::from(b).to_digit(16).unwrap_or(0);
        }
        self.at += digits;
        match char::from_u32(value) {
            Some(c) => self.out.push(c),
            None => errors.push("invalid escape: not a Unicode scalar value", escape),
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn an_invalid_escape_shows_its_character_escaped_for_debug() {
        for c in [
            'q', '\'', ' ', '\u{7}', '\u{7f}', 'é', '\u{301}', '\u{200b}', '😀',
        ] {
            let (_, errors) = crate::codegen::toml::parse(&format!("a = \"\\{c}\""));
            let want = format!("invalid escape `\\{}`", c.escape_debug());
            assert!(
                errors.iter().any(|e| e.message.starts_with(&want)),
                "{c:?}: {errors:?}"
            );
        }
    }
}
