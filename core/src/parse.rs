//! The error of parsing a wire string into a generated enum.

use core::fmt;

use link_errors_wire::suggest::closest_in;

/// A string that is not a code of the spec: the error of `FromStr` and `TryFrom<&str>` on a
/// generated enum.
///
/// It keeps the input and the codes that were expected, and suggests the closest one.
///
/// ```
/// #[link_errors::spec("../link-errors-spec.toml")]
/// pub enum LinkError {}
///
/// let err = "INVALID_SAC".parse::<LinkError>().unwrap_err();
/// assert_eq!(err.input(), "INVALID_SAC");
/// assert_eq!(err.suggestion(), Some("INVALID_SCA"));
/// assert!(err.to_string().starts_with("unknown error code `INVALID_SAC`; did you mean `INVALID_SCA`?"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseCodeError {
    input: String,
    expected: &'static [&'static str],
}

impl ParseCodeError {
    /// An error for `input`, which is none of `expected`: made by generated code only.
    #[doc(hidden)]
    #[must_use]
    pub fn __new(input: &str, expected: &'static [&'static str]) -> Self {
        Self {
            input: input.to_owned(),
            expected,
        }
    }

    /// The string that was parsed.
    #[must_use]
    pub fn input(&self) -> &str {
        &self.input
    }

    /// The codes the spec has, in spec order.
    #[must_use]
    pub fn expected(&self) -> &'static [&'static str] {
        self.expected
    }

    /// The expected code closest to the input, if one is close enough to be a likely typo.
    #[must_use]
    pub fn suggestion(&self) -> Option<&'static str> {
        closest_in(&self.input, self.expected)
    }
}

/// How many expected codes `Display` lists before it counts the rest.
const LISTED: usize = 12;

impl fmt::Display for ParseCodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown error code `{}`", self.input.escape_debug())?;
        match self.suggestion() {
            Some(s) => write!(f, "; did you mean `{s}`?")?,
            None => f.write_str(";")?,
        }
        if self.expected.is_empty() {
            return f.write_str(" the spec has no codes");
        }
        f.write_str(" expected one of ")?;
        write_list(f, &self.expected[..self.expected.len().min(LISTED)])?;
        if self.expected.len() > LISTED {
            write!(f, " and {} more", self.expected.len() - LISTED)?;
        }
        Ok(())
    }
}

impl std::error::Error for ParseCodeError {}

/// `items` in backticks, separated by `, `: the lists of both parse errors' messages.
pub(crate) fn write_list(f: &mut fmt::Formatter<'_>, items: &[&str]) -> fmt::Result {
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            f.write_str(", ")?;
        }
        write!(f, "`{item}`")?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const CODES: &[&str] = &["INVALID_CREDENTIALS", "INVALID_SCA", "INTERNAL_ERROR"];

    #[test]
    fn suggests_typos_and_case() {
        let suggestion = |input| ParseCodeError::__new(input, CODES).suggestion();
        assert_eq!(suggestion("INVALID_SAC"), Some("INVALID_SCA"));
        assert_eq!(suggestion("invalid_sca"), Some("INVALID_SCA"));
        assert_eq!(suggestion("TOTALLY_DIFFERENT"), None);
        assert_eq!(suggestion(""), None);
    }

    #[test]
    fn display_lists_expected_and_counts_the_rest() {
        let e = ParseCodeError::__new("NOPE", CODES);
        assert_eq!(
            e.to_string(),
            "unknown error code `NOPE`; expected one of `INVALID_CREDENTIALS`, `INVALID_SCA`, `INTERNAL_ERROR`"
        );
        let many: &'static [&'static str] = Box::leak(
            (0..20)
                .map(|i| &*Box::leak(format!("C{i}").into_boxed_str()))
                .collect::<Vec<_>>()
                .into_boxed_slice(),
        );
        assert!(
            ParseCodeError::__new("X", many)
                .to_string()
                .ends_with("`C11` and 8 more")
        );
    }
}
