//! [`CallbackError`], and the one table that phrases each refusal: the error's `Display`, the
//! serde error of `Deserialize` and the axum rejection's body all come from [`Describe`], which
//! differ only in how they count positions and whether they quote the request.

use core::fmt;

use link_errors_wire::code::{NotShaped, ShapeRule};
use link_errors_wire::form::hex_pair;
use link_errors_wire::shown::{Codepoint, Cut};

/// The longest input [`Callback::parse`](crate::Callback::parse) accepts, in bytes (64 KiB): far above any real
/// redirect, low enough that a hostile one cannot make the parser allocate much.
///
/// ```
/// # #[link_errors::spec("../link-errors-spec.toml")] pub enum LinkError {}
/// use link_errors::{MAX_REDIRECT_LEN, Callback, CallbackError};
///
/// let huge = format!("?state={}", "x".repeat(MAX_REDIRECT_LEN));
/// assert!(matches!(Callback::<LinkError>::parse(&huge), Err(CallbackError::TooLong { .. })));
/// ```
pub const MAX_REDIRECT_LEN: usize = 64 * 1024;

/// Why [`Callback::parse`](crate::Callback::parse) refused its input; offsets are bytes into that input.
///
/// ```
/// # #[link_errors::spec("../link-errors-spec.toml")] pub enum LinkError {}
/// # use link_errors::{Callback, CallbackError};
/// let err = Callback::<LinkError>::parse("/cb?error=INVALID_SCA&state=50%").unwrap_err();
/// assert_eq!(err, CallbackError::InvalidPercentEncoding { offset: 30, found: "%".into() });
/// assert_eq!(
///     err.to_string(),
///     "invalid percent-encoding at byte 30 of the redirect: \
///      `%` must be followed by two hexadecimal digits, and the text ends there"
/// );
/// ```
///
/// The message is safe to show in a page and to write to a log as it is: it never holds the
/// request's characters, only plain ASCII of it (letters, digits, `%+-._~*`), cut short. Any
/// other character it names by its code point:
///
/// ```
/// # #[link_errors::spec("../link-errors-spec.toml")] pub enum LinkError {}
/// # use link_errors::Callback;
/// let err = Callback::<LinkError>::parse("error=<script>").unwrap_err();
/// assert_eq!(
///     err.to_string(),
///     "the `error` parameter at byte 0 of the redirect is not a code: it contains U+003C \
///      (codes are 1 to 128 ASCII letters, digits, `_`, `-` and `.`)"
/// );
/// let err = Callback::<LinkError>::parse("state=%<b>").unwrap_err();
/// assert!(err.to_string().ends_with("two hexadecimal digits, not U+003C"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum CallbackError {
    /// The input is longer than [`MAX_REDIRECT_LEN`].
    TooLong {
        /// Its length in bytes.
        len: usize,
    },
    /// A `%` not followed by two hexadecimal digits.
    InvalidPercentEncoding {
        /// Where the `%` is.
        offset: usize,
        /// The `%` and up to two characters after it, as the request has them (the message
        /// names the first that is not a hexadecimal digit by its code point instead).
        found: String,
    },
    /// A name or value that is not UTF-8 once percent-decoded.
    InvalidUtf8 {
        /// Where the first escape or character of the bad sequence is.
        offset: usize,
        /// The name or value, as written in the request (the message shows it cut short, with
        /// anything but plain ASCII by code point).
        text: String,
    },
    /// The error parameter appears more than once.
    RepeatedError {
        /// The error parameter's name (the spec's `error_param`).
        param: String,
        /// Where its first occurrence starts.
        first: usize,
        /// Where its second occurrence starts.
        second: usize,
    },
    /// The error parameter has an empty value.
    EmptyError {
        /// The error parameter's name (the spec's `error_param`).
        param: String,
        /// Where it starts.
        offset: usize,
    },
    /// The error parameter's value is neither a code of the spec nor code-shaped (see
    /// [`MAX_CODE_LEN`](crate::MAX_CODE_LEN)): it has a character outside the code alphabet, or it is too long.
    NotACode {
        /// The error parameter's name (the spec's `error_param`).
        param: String,
        /// Where the parameter starts.
        offset: usize,
        /// The value's length in bytes, once decoded.
        len: usize,
        /// The first character outside the alphabet; `None` when only the length is wrong.
        found: Option<char>,
    },
}

/// Where a refused callback was read from: what positions count and whether its text may be
/// quoted back.
#[derive(Clone, Copy)]
// Each feature (serde, axum) reads from its own place: without them only `Redirect` is used.
#[cfg_attr(not(all(feature = "serde", feature = "axum")), allow(dead_code))]
pub(crate) enum Place {
    /// What [`Callback::parse`](crate::Callback::parse) read: byte offsets into it; the
    /// request's text is quoted.
    Redirect,
    /// The raw query, answered in an HTTP response: byte offsets into it; nothing of the
    /// request is quoted.
    Response,
    /// A map of parameters (serde): positions count parameters from 1; the text is quoted.
    Parameters,
}

impl Place {
    /// The thing refused.
    fn subject(self) -> &'static str {
        match self {
            Self::Redirect | Self::Parameters => "the redirect",
            Self::Response => "the query",
        }
    }

    /// Where one position is.
    fn at(self, f: &mut fmt::Formatter<'_>, at: usize) -> fmt::Result {
        match self {
            Self::Parameters => write!(f, "(parameter {at})"),
            _ => write!(f, "at byte {at} of {}", self.subject()),
        }
    }

    /// Where two positions are.
    fn at_both(self, f: &mut fmt::Formatter<'_>, first: usize, second: usize) -> fmt::Result {
        match self {
            Self::Parameters => write!(f, "as parameters {first} and {second}"),
            _ => write!(f, "at bytes {first} and {second}"),
        }
    }
}

impl CallbackError {
    /// The message for this error read from `place`.
    pub(crate) fn describe(&self, place: Place) -> Describe<'_> {
        Describe { error: self, place }
    }
}

/// A [`CallbackError`] phrased for a [`Place`]: the one message table of every refusal.
pub(crate) struct Describe<'a> {
    error: &'a CallbackError,
    place: Place,
}

impl fmt::Display for Describe<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let place = self.place;
        let quote = !matches!(place, Place::Response);
        match self.error {
            CallbackError::TooLong { len } => write!(
                f,
                "{} is {len} bytes long, over the limit of {MAX_REDIRECT_LEN} bytes",
                place.subject()
            ),
            CallbackError::InvalidPercentEncoding { offset, found } => {
                f.write_str("invalid percent-encoding ")?;
                place.at(f, *offset)?;
                f.write_str(": `%` must be followed by two hexadecimal digits")?;
                if quote {
                    not_hex(f, found)?;
                }
                Ok(())
            }
            CallbackError::InvalidUtf8 { offset, text } => {
                f.write_str("the text ")?;
                place.at(f, *offset)?;
                f.write_str(" is not UTF-8 once percent-decoded")?;
                if !quote {
                    return Ok(());
                }
                write!(f, ", in `{}`", Cut::new(text, QUOTED))
            }
            CallbackError::RepeatedError {
                param,
                first,
                second,
            } => {
                write!(
                    f,
                    "the `{param}` parameter is in {} twice, ",
                    place.subject()
                )?;
                place.at_both(f, *first, *second)
            }
            CallbackError::EmptyError { param, offset } => {
                write!(f, "the `{param}` parameter ")?;
                place.at(f, *offset)?;
                f.write_str(" is empty")
            }
            CallbackError::NotACode {
                param,
                offset,
                len,
                found,
            } => {
                write!(f, "the `{param}` parameter ")?;
                place.at(f, *offset)?;
                f.write_str(" is not a code")?;
                if quote {
                    let (found, len) = (*found, *len);
                    write!(f, ": {}", NotShaped { found, len })?;
                }
                write!(f, " ({ShapeRule})")
            }
        }
    }
}

/// How many characters of a value a message shows.
const QUOTED: usize = 32;

/// What follows the `%` of a bad escape (`found`, the `%` and up to two characters): the first
/// character that is not a hexadecimal digit, by its code point, or the end of the text.
fn not_hex(f: &mut fmt::Formatter<'_>, found: &str) -> fmt::Result {
    let after = found.strip_prefix('%').unwrap_or(found);
    match after.chars().find(|c| !c.is_ascii_hexdigit()) {
        Some(c) => write!(f, ", not {}", Codepoint(c)),
        None if hex_pair(after.as_bytes()).is_none() => f.write_str(", and the text ends there"),
        None => Ok(()),
    }
}

/// The message for what [`Callback::parse`](crate::Callback::parse) read.
impl fmt::Display for CallbackError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.describe(Place::Redirect).fmt(f)
    }
}

impl std::error::Error for CallbackError {}
