//! The error of parsing a `one_of` field's value into its generated enum.

use core::fmt;

use link_errors_wire::suggest::closest_in;

use crate::parse::write_list;

/// A string that is none of a `one_of` field's values: the error of `FromStr` on the enum
/// generated for the field (`LinkErrorSeverity` for `severity` of `LinkError`).
///
/// ```
/// # #[link_errors::spec("../tests/ui/specs/payments.toml", overlay = "../tests/ui/specs/payments-app.toml")]
/// # pub enum PayError {}
/// let err = "warnign".parse::<PayErrorSeverity>().unwrap_err();
/// assert_eq!(err.field(), "severity");
/// assert_eq!(err.suggestion(), Some("warning"));
/// assert_eq!(
///     err.to_string(),
///     "`warnign` is not a value of field `severity` (`info`, `warning`, `fatal`); did you mean `warning`?"
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseValueError {
    field: &'static str,
    input: String,
    expected: &'static [&'static str],
}

impl ParseValueError {
    /// An error for `input`, which is none of `expected`, the values of `field`: made by
    /// generated code only.
    #[doc(hidden)]
    #[must_use]
    pub fn __new(field: &'static str, input: &str, expected: &'static [&'static str]) -> Self {
        Self {
            field,
            input: input.to_owned(),
            expected,
        }
    }

    /// The field's name.
    #[must_use]
    pub fn field(&self) -> &'static str {
        self.field
    }

    /// The string that was parsed.
    #[must_use]
    pub fn input(&self) -> &str {
        &self.input
    }

    /// The field's values, in the order `one_of` lists them.
    #[must_use]
    pub fn expected(&self) -> &'static [&'static str] {
        self.expected
    }

    /// The value closest to the input, if one is close.
    #[must_use]
    pub fn suggestion(&self) -> Option<&'static str> {
        closest_in(&self.input, self.expected)
    }
}

impl fmt::Display for ParseValueError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "`{}` is not a value of field `{}` (",
            self.input.escape_debug(),
            self.field
        )?;
        write_list(f, self.expected)?;
        f.write_str(")")?;
        if let Some(s) = self.suggestion() {
            write!(f, "; did you mean `{s}`?")?;
        }
        Ok(())
    }
}

impl std::error::Error for ParseValueError {}

#[cfg(test)]
mod tests {
    use super::ParseValueError;

    #[test]
    fn the_message_lists_the_values_and_escapes_the_input() {
        let e = ParseValueError::__new("kind", "a\nb", &["ab", "cd"]);
        assert_eq!(
            e.to_string(),
            "`a\\nb` is not a value of field `kind` (`ab`, `cd`); did you mean `ab`?"
        );
        assert_eq!((e.input(), e.expected()), ("a\nb", &["ab", "cd"][..]));
        let far = ParseValueError::__new("kind", "zzzzzz", &["ab", "cd"]);
        assert_eq!(far.suggestion(), None);
        assert_eq!(
            far.to_string(),
            "`zzzzzz` is not a value of field `kind` (`ab`, `cd`)"
        );
    }
}
