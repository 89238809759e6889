//! The code alphabet: what a code or an alias of a spec is made of, and what a redirect may
//! report as a code the spec does not know.
//!
//! A code travels in a URL query and in the rollback list, so it is ASCII letters, digits,
//! `_`, `-` and `.`: characters that need no encoding and that no separator may contain.

use crate::shown::Codepoint;

/// The longest code a redirect may report that the spec does not know, in bytes: far above
/// any real code, low enough to log and show. A code the spec has is accepted at any length.
///
/// An unknown code must be *code-shaped*: 1 to `MAX_CODE_LEN` bytes of the code alphabet
/// ([`is_code_char`]); see [`check_shape`].
pub const MAX_CODE_LEN: usize = 128;

/// The alphabet, in words, for help and error messages.
pub const ALPHABET: &str = "ASCII letters, digits, `_`, `-` and `.`";

/// The rule of [`check_shape`] in words, for error messages: "codes are 1 to 128 ASCII
/// letters, digits, `_`, `-` and `.`".
///
/// ```
/// use link_errors_wire::code::ShapeRule;
/// assert_eq!(
///     ShapeRule.to_string(),
///     "codes are 1 to 128 ASCII letters, digits, `_`, `-` and `.`"
/// );
/// ```
#[derive(Debug, Clone, Copy)]
pub struct ShapeRule;

impl core::fmt::Display for ShapeRule {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "codes are 1 to {MAX_CODE_LEN} {ALPHABET}")
    }
}

/// Why a value is not code-shaped, in words, from what [`check_shape`] found and the value's
/// length: "it contains U+003C" (the character by its [`Codepoint`]), or "it is 129 bytes
/// long". Neither the value nor the character itself is quoted: it may be anything, and the
/// message is safe to show and log as it is.
///
/// ```
/// use link_errors_wire::code::NotShaped;
/// assert_eq!(NotShaped { found: Some('<'), len: 3 }.to_string(), "it contains U+003C");
/// assert_eq!(NotShaped { found: Some('\u{202e}'), len: 3 }.to_string(), "it contains U+202E");
/// assert_eq!(NotShaped { found: None, len: 0 }.to_string(), "it is 0 bytes long");
/// ```
#[derive(Debug, Clone, Copy)]
pub struct NotShaped {
    /// The first character outside the alphabet, if any.
    pub found: Option<char>,
    /// The value's length in bytes.
    pub len: usize,
}

impl core::fmt::Display for NotShaped {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self.found {
            Some(c) => write!(f, "it contains {}", Codepoint(c)),
            None => write!(f, "it is {} bytes long", self.len),
        }
    }
}

/// Whether `c` may appear in a code: an ASCII letter or digit, `_`, `-` or `.`.
///
/// ```
/// use link_errors_wire::code::is_code_char;
/// assert!("INVALID_SCA-2.b".chars().all(is_code_char));
/// assert!(!is_code_char(',') && !is_code_char(' ') && !is_code_char('é'));
/// ```
#[must_use]
pub const fn is_code_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.')
}

/// Whether `s` is code-shaped: 1 to [`MAX_CODE_LEN`] bytes of the alphabet. If not, the first
/// character outside the alphabet, or `None` when only the length is wrong.
///
/// # Errors
/// The first character outside the alphabet; `None` for an empty or too long `s`.
///
/// ```
/// use link_errors_wire::code::{MAX_CODE_LEN, check_shape};
/// assert_eq!(check_shape("INVALID_SCA"), Ok(()));
/// assert_eq!(check_shape("<b>"), Err(Some('<')));
/// assert_eq!(check_shape(""), Err(None));
/// assert_eq!(check_shape(&"X".repeat(MAX_CODE_LEN + 1)), Err(None));
/// ```
pub fn check_shape(s: &str) -> Result<(), Option<char>> {
    if let Some(bad) = s.chars().find(|&c| !is_code_char(c)) {
        return Err(Some(bad));
    }
    if s.is_empty() || s.len() > MAX_CODE_LEN {
        return Err(None);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::{MAX_CODE_LEN, check_shape, is_code_char};
    use proptest::prelude::*;

    proptest! {
        /// Code-shaped exactly when every character is in the alphabet and the length fits.
        #[test]
        fn shape_is_alphabet_and_length(s in "[A-Za-z0-9_.,<é -]{0,140}") {
            let ok = !s.is_empty() && s.len() <= MAX_CODE_LEN && s.chars().all(is_code_char);
            prop_assert_eq!(check_shape(&s).is_ok(), ok);
        }
    }
}
