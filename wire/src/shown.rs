//! How a value from outside (a request, a spec) is shown in a message: a character by its code
//! point, a value cut short and with anything but plain ASCII named by code point. What these
//! write is safe to put in a page or a log line as it is: no markup, no control characters, no
//! line breaks, and a bounded length.

use core::fmt;

/// A character by its code point, `U+003C`: how a message names a character it refuses.
///
/// ```
/// use link_errors_wire::shown::Codepoint;
/// assert_eq!(Codepoint('<').to_string(), "U+003C");
/// assert_eq!(Codepoint('\u{1F600}').to_string(), "U+1F600");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Codepoint(pub char);

impl fmt::Display for Codepoint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "U+{:04X}", u32::from(self.0))
    }
}

/// Whether `c` is shown as it is: ASCII letters and digits, and the marks of a percent-encoded
/// query that mean nothing to HTML or a terminal.
fn plain(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '%' | '+' | '-' | '.' | '_' | '~' | '*')
}

/// A value shown safely: its first `max` characters, each plain one (ASCII letters, digits,
/// `%+-._~*`) as it is and any other by its [`Codepoint`], then `...` if it was longer.
///
/// ```
/// use link_errors_wire::shown::Cut;
/// assert_eq!(Cut::new("%C3%28", 32).to_string(), "%C3%28");
/// assert_eq!(Cut::new("a<b>", 32).to_string(), "aU+003CbU+003E");
/// assert_eq!(Cut::new("abcdef", 3).to_string(), "abc...");
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Cut<'a> {
    text: &'a str,
    max: usize,
}

impl<'a> Cut<'a> {
    /// `text`, cut after `max` characters.
    #[must_use]
    pub const fn new(text: &'a str, max: usize) -> Self {
        Self { text, max }
    }
}

impl fmt::Display for Cut<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut chars = self.text.chars();
        for c in chars.by_ref().take(self.max) {
            if plain(c) {
                fmt::Write::write_char(f, c)?;
            } else {
                Codepoint(c).fmt(f)?;
            }
        }
        if chars.next().is_some() {
            f.write_str("...")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nothing_unsafe_comes_through() {
        let hostile = "<script>alert('x')</script>\n\u{202e}\"&;\u{7f}";
        let shown = Cut::new(hostile, 1000).to_string();
        assert!(
            shown
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "%+-._~*".contains(c))
        );
        assert!(shown.starts_with("U+003Cscript"), "{shown}");
        assert_eq!(Cut::new(&"x".repeat(40), 32).to_string().len(), 35);
    }
}
