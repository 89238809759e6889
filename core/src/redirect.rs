//! [`Redirect`]: what arrives at the application's redirect URI.

use core::fmt;
use std::borrow::Cow;

use crate::code::ErrorCode;
use crate::untyped::UntypedRedirect;
use link_errors_wire::form::{DecodeError, decode};

/// The longest input [`Redirect::parse`] accepts, in bytes (64 KiB): far above any real
/// redirect, low enough that a hostile one cannot make the parser allocate much.
///
/// ```
/// # #[link_errors::spec("../link-errors-spec.toml")] pub enum LinkError {}
/// use link_errors::{MAX_REDIRECT_LEN, Redirect, RedirectError};
///
/// let huge = format!("?state={}", "x".repeat(MAX_REDIRECT_LEN));
/// assert!(matches!(Redirect::<LinkError>::parse(&huge), Err(RedirectError::TooLong { .. })));
/// ```
pub const MAX_REDIRECT_LEN: usize = 64 * 1024;

pub use link_errors_wire::code::MAX_CODE_LEN;
use link_errors_wire::code::{ShapeRule, check_shape as check_code_shape};

/// The error a redirect reports, as sent by the vendor.
///
/// ```
/// # #[link_errors::spec("../link-errors-spec.toml")] pub enum LinkError {}
/// use link_errors::{Redirect, Reported};
///
/// let r = Redirect::<LinkError>::parse("?error=NEW_VENDOR_CODE").unwrap();
/// assert_eq!(r.error(), Some(&Reported::Unknown("NEW_VENDOR_CODE".into())));
/// assert_eq!(r.error().unwrap().code(), "NEW_VENDOR_CODE");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Reported<E> {
    /// A code of the spec (an alias resolves to its code).
    Known(E),
    /// A code the spec does not have (newer than the spec, most likely), exactly as sent.
    /// What the parsers put here is code-shaped (see [`MAX_CODE_LEN`]); still, escape it
    /// like any text when you write it into HTML.
    Unknown(String),
}

impl<E: ErrorCode> From<E> for Reported<E> {
    fn from(e: E) -> Self {
        Self::Known(e)
    }
}

impl<E: ErrorCode> Reported<E> {
    /// The wire string: the code of a known error, the string as sent for an unknown one.
    ///
    /// ```
    /// # #[link_errors::spec("../link-errors-spec.toml")] pub enum LinkError {}
    /// # use link_errors::Reported;
    /// assert_eq!(Reported::Known(LinkError::InvalidSca).code(), "INVALID_SCA");
    /// ```
    pub fn code(&self) -> &str {
        match self {
            Self::Known(e) => e.code(),
            Self::Unknown(s) => s,
        }
    }

    /// The code, if the spec knows it.
    ///
    /// ```
    /// # #[link_errors::spec("../link-errors-spec.toml")] pub enum LinkError {}
    /// # use link_errors::Reported;
    /// assert_eq!(Reported::Known(LinkError::InvalidSca).known(), Some(LinkError::InvalidSca));
    /// assert_eq!(Reported::<LinkError>::Unknown("X".into()).known(), None);
    /// ```
    pub fn known(&self) -> Option<E> {
        match self {
            Self::Known(e) => Some(*e),
            Self::Unknown(_) => None,
        }
    }

    /// Whether the user pressed the EXIT button: the error is the spec's
    /// [`EXIT_CODE`](ErrorCode::EXIT_CODE) (Flanks: `ABORTED_BY_USER`).
    ///
    /// ```
    /// # #[link_errors::spec("../link-errors-spec.toml")] pub enum LinkError {}
    /// # use link_errors::Reported;
    /// assert!(Reported::Known(LinkError::AbortedByUser).is_exit());
    /// ```
    pub fn is_exit(&self) -> bool {
        self.known().is_some_and(|e| Some(e) == E::EXIT_CODE)
    }
}

/// The parameters of a request to the application's redirect URI: the reported error, if
/// any, and every other parameter, decoded, in order, duplicates kept.
///
/// ```
/// use link_errors::{Redirect, Reported};
///
/// #[link_errors::spec("../link-errors-spec.toml")]
/// pub enum LinkError {}
///
/// let r = Redirect::<LinkError>::parse(
///     "https://app.example/callback?error=INVALID_CREDENTIALS&extraparams=value",
/// )?;
/// assert_eq!(r.error(), Some(&Reported::Known(LinkError::InvalidCredentials)));
/// assert_eq!(r.extra(), [("extraparams".to_owned(), "value".to_owned())]);
/// # Ok::<(), link_errors::RedirectError>(())
/// ```
///
/// With the `serde` feature it is also `Deserialize` from a map of parameters, so a web
/// framework's query extractor (`Query<Redirect<LinkError>>`) gives it directly; the framework
/// then does the percent-decoding, and its rules for malformed input apply instead of
/// [`parse`](Self::parse)'s.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Redirect<E> {
    error: Option<Reported<E>>,
    extra: Vec<(String, String)>,
}

impl<E: ErrorCode> Redirect<E> {
    /// Parses what arrived at the redirect URI: a full URL (`https://app.example/cb?error=X`),
    /// a path with a query (`/cb?error=X`), or the query alone, with or without its `?`. The
    /// fragment is ignored. Without a `?`, input that starts like a URL or a path (`scheme://`
    /// or `/`) has no parameters, and anything else is a query unless the text before its
    /// first `?` has no `=` or `&` (`callback?error=X` is a path and a query).
    ///
    /// `+` decodes to a space and `%XX` to a byte, in names and values; a parameter without
    /// `=` has the value `""`; empty pairs (`a=1&&b=2`) are skipped.
    ///
    /// # Errors
    /// Input longer than [`MAX_REDIRECT_LEN`], a `%` not followed by two hex digits, text
    /// that is not UTF-8 once decoded, an error parameter that is empty or repeated, and an
    /// error value that is neither a code of the spec nor code-shaped ([`MAX_CODE_LEN`]).
    /// See [`RedirectError`].
    ///
    /// ```
    /// # #[link_errors::spec("../link-errors-spec.toml")] pub enum LinkError {}
    /// # use link_errors::{Redirect, RedirectError};
    /// let r = Redirect::<LinkError>::parse("state=a+b%21&flag&state=2#frag").unwrap();
    /// assert_eq!(r.error(), None);
    /// assert_eq!(r.params("state").collect::<Vec<_>>(), ["a b!", "2"]);
    /// assert_eq!(r.param("flag"), Some(""));
    /// assert_eq!(r.extra().len(), 3);
    ///
    /// let err = Redirect::<LinkError>::parse("?error=INVALID_SCA&error=INTERNAL_ERROR").unwrap_err();
    /// assert_eq!(err, RedirectError::RepeatedError { param: "error".into(), first: 1, second: 19 });
    /// ```
    pub fn parse(input: &str) -> Result<Self, RedirectError> {
        let param = E::LINK.error_param;
        parse_query(param, input, query_of(input))?
            .finish()
            .map_err(|f| f.at_byte(param))
    }

    /// Parses a query string alone, without its `?` (what `http::Uri::query` gives), with the
    /// rules of [`parse`](Self::parse); every character is the query's, so `a?b=1` is the
    /// parameter `a?b`, where `parse` would read a path `a`. Offsets in errors count from
    /// the query's first byte. The axum extractor (feature `axum`) uses it.
    ///
    /// # Errors
    /// As [`parse`](Self::parse): see [`RedirectError`].
    ///
    /// ```
    /// # #[link_errors::spec("../link-errors-spec.toml")] pub enum LinkError {}
    /// # use link_errors::Redirect;
    /// let r = Redirect::<LinkError>::from_query("next=a?b&error=INVALID_SCA").unwrap();
    /// assert_eq!(r.param("next"), Some("a?b"));
    /// let r = Redirect::<LinkError>::from_query("cb?error=INVALID_SCA").unwrap();
    /// assert_eq!((r.error(), r.param("cb?error")), (None, Some("INVALID_SCA")));
    /// ```
    pub fn from_query(query: &str) -> Result<Self, RedirectError> {
        let param = E::LINK.error_param;
        parse_query(param, query, (query, 0))?
            .finish()
            .map_err(|f| f.at_byte(param))
    }

    /// The error the redirect reports, if any (the spec's `error_param`).
    ///
    /// ```
    /// # #[link_errors::spec("../link-errors-spec.toml")] pub enum LinkError {}
    /// # use link_errors::{Redirect, Reported};
    /// let r = Redirect::<LinkError>::parse("/cb?error=ABORTED_BY_USER").unwrap();
    /// assert!(r.error().is_some_and(Reported::is_exit));
    /// assert_eq!(Redirect::<LinkError>::parse("/cb").unwrap().error(), None);
    /// ```
    pub fn error(&self) -> Option<&Reported<E>> {
        self.error.as_ref()
    }

    /// Every parameter other than the error, decoded, in order, duplicates kept.
    ///
    /// ```
    /// # #[link_errors::spec("../link-errors-spec.toml")] pub enum LinkError {}
    /// # use link_errors::Redirect;
    /// let r = Redirect::<LinkError>::parse("a=1&error=INVALID_SCA&a=2").unwrap();
    /// assert_eq!(r.extra(), [("a".into(), "1".into()), ("a".into(), "2".into())]);
    /// ```
    pub fn extra(&self) -> &[(String, String)] {
        &self.extra
    }

    /// The value of the extra parameter called `name`, if it was sent exactly once: `None`
    /// when it is missing **or repeated**, so that `state=n0nce&state=other` never passes a
    /// check of one value against `Some("n0nce")`. [`params`](Self::params) gives every value.
    ///
    /// ```
    /// # #[link_errors::spec("../link-errors-spec.toml")] pub enum LinkError {}
    /// # use link_errors::Redirect;
    /// let r = Redirect::<LinkError>::parse("?state=n0nce&user=42&user=43").unwrap();
    /// assert_eq!(r.param("state"), Some("n0nce"));
    /// assert_eq!(r.param("user"), None); // given twice: ambiguous
    /// assert_eq!(r.param("missing"), None);
    /// ```
    pub fn param(&self, name: &str) -> Option<&str> {
        let mut values = self.extra.iter().filter(|(n, _)| n == name);
        let first = values.next().map(|(_, v)| v.as_str());
        if values.next().is_some() {
            return None;
        }
        first
    }

    /// Every value of the extra parameter called `name`, in order (none if it is missing).
    ///
    /// ```
    /// # #[link_errors::spec("../link-errors-spec.toml")] pub enum LinkError {}
    /// # use link_errors::Redirect;
    /// let r = Redirect::<LinkError>::parse("?user=42&x=1&user=43").unwrap();
    /// assert_eq!(r.params("user").collect::<Vec<_>>(), ["42", "43"]);
    /// assert_eq!(r.params("missing").count(), 0);
    /// ```
    pub fn params<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.extra
            .iter()
            .filter(move |(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// The error and the extra parameters, by value.
    ///
    /// ```
    /// # #[link_errors::spec("../link-errors-spec.toml")] pub enum LinkError {}
    /// # use link_errors::Redirect;
    /// let (error, extra) = Redirect::<LinkError>::parse("?x=1").unwrap().into_parts();
    /// assert!(error.is_none() && extra.len() == 1);
    /// ```
    pub fn into_parts(self) -> (Option<Reported<E>>, Vec<(String, String)>) {
        (self.error, self.extra)
    }
}

/// [`Redirect::parse`] without the enum: the one implementation behind it and
/// [`untyped::parse_redirect`](crate::untyped::parse_redirect), compiled once rather than
/// per enum.
///
/// `(query, at)` is the query part of `input` and its offset: [`query_of`] for what arrived
/// at the redirect URI, the whole input for a query alone.
pub(crate) fn parse_query<'a>(
    error_param: &str,
    input: &'a str,
    (query, mut at): (&'a str, usize),
) -> Result<Builder<'a>, RedirectError> {
    if input.len() > MAX_REDIRECT_LEN {
        return Err(RedirectError::TooLong { len: input.len() });
    }
    let mut builder = Builder::default();
    for pair in query.split('&') {
        if !pair.is_empty() {
            let (name, value, value_at) = match pair.split_once('=') {
                Some((n, v)) => (n, v, at + n.len() + 1),
                None => (pair, "", at + pair.len()),
            };
            let name = decode_at(input, at, name)?;
            let value = decode_at(input, value_at, value)?;
            builder
                .push(error_param, name, value, at)
                .map_err(|f| f.at_byte(error_param))?;
        }
        at += pair.len() + 1;
    }
    Ok(builder)
}

/// The query part of the input and its byte offset (see [`Redirect::parse`] for the forms).
pub(crate) fn query_of(input: &str) -> (&str, usize) {
    let s = input.split('#').next().unwrap_or_default();
    if let Some(q) = s.strip_prefix('?') {
        return (q, 1);
    }
    match s.find('?') {
        Some(q) if has_scheme(s) || s.starts_with('/') || !s[..q].contains(PAIR_SYNTAX) => {
            (&s[q + 1..], q + 1)
        }
        None if has_scheme(s) || s.starts_with('/') => ("", s.len()),
        _ => (s, 0),
    }
}

/// A `=` or `&` before the first `?` makes the input a bare query (whose values may hold a `?`),
/// not a URL or a path.
const PAIR_SYNTAX: &[char] = &['=', '&'];

/// Whether `s` starts with `scheme://` (RFC 3986: a letter, then letters, digits, `+-.`).
pub(crate) fn has_scheme(s: &str) -> bool {
    let Some((scheme, rest)) = s.split_once(':') else {
        return false;
    };
    rest.starts_with("//")
        && matches!(scheme.bytes().next(), Some(b) if b.is_ascii_alphabetic())
        && scheme
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'-' | b'.'))
}

/// `component`, which starts at byte `at` of `input`, decoded.
fn decode_at<'a>(
    input: &str,
    at: usize,
    component: &'a str,
) -> Result<Cow<'a, str>, RedirectError> {
    decode(component).map_err(|e| match e {
        DecodeError::Percent { at: i } => {
            // The `%` and at most two more characters.
            let rest = &component[i..];
            let end = rest
                .char_indices()
                .nth(3)
                .map_or(rest.len(), |(cut, _)| cut);
            RedirectError::InvalidPercentEncoding {
                offset: at + i,
                found: rest[..end].to_owned(),
            }
        }
        DecodeError::Utf8 { at: i } => RedirectError::InvalidUtf8 {
            offset: at + i,
            text: input[at..at + component.len()].to_owned(),
        },
    })
}

/// Why a parameter was refused, where positions are what the caller counts (bytes or
/// parameters).
#[derive(Clone, Copy)]
enum Fault {
    Repeated {
        first: usize,
        second: usize,
    },
    Empty {
        at: usize,
    },
    NotACode {
        at: usize,
        len: usize,
        found: Option<char>,
    },
}

impl Fault {
    /// The error, where positions are byte offsets into the input of [`Redirect::parse`].
    fn at_byte(self, param: &str) -> RedirectError {
        let param = param.to_owned();
        match self {
            Self::Repeated { first, second } => RedirectError::RepeatedError {
                param,
                first,
                second,
            },
            Self::Empty { at } => RedirectError::EmptyError { param, offset: at },
            Self::NotACode { at, len, found } => RedirectError::NotACode {
                param,
                offset: at,
                len,
                found,
            },
        }
    }
}

/// The logic shared by [`Redirect::parse`], `Deserialize` and
/// [`untyped::parse_redirect`](crate::untyped::parse_redirect): the error is kept as its wire
/// string until the caller resolves it (or not) against an enum.
#[derive(Default)]
pub(crate) struct Builder<'a> {
    error: Option<(Cow<'a, str>, usize)>,
    extra: Vec<(String, String)>,
}

impl<'a> Builder<'a> {
    fn push(
        &mut self,
        error_param: &str,
        name: Cow<'a, str>,
        value: Cow<'a, str>,
        at: usize,
    ) -> Result<(), Fault> {
        if name != error_param {
            self.extra.push((name.into_owned(), value.into_owned()));
            return Ok(());
        }
        if let Some((_, first)) = self.error {
            return Err(Fault::Repeated { first, second: at });
        }
        if value.is_empty() {
            return Err(Fault::Empty { at });
        }
        self.error = Some((value, at));
        Ok(())
    }

    /// Resolves the error against the enum. Only a code the spec does not have is checked
    /// for its shape: the spec's own codes are code-shaped by construction, so a known code
    /// costs nothing more.
    fn finish<E: ErrorCode>(self) -> Result<Redirect<E>, Fault> {
        let error = match self.error {
            None => None,
            Some((code, at)) => Some(match E::from_code(&code) {
                Some(e) => Reported::Known(e),
                None => {
                    check_shape(&code, at)?;
                    Reported::Unknown(code.into_owned())
                }
            }),
        };
        Ok(Redirect {
            error,
            extra: self.extra,
        })
    }

    /// The error's wire string, as sent (checked for its shape: there is no enum to resolve
    /// it against), and the other parameters.
    pub(crate) fn finish_untyped(
        self,
        error_param: &str,
    ) -> Result<UntypedRedirect, RedirectError> {
        let error = match self.error {
            None => None,
            Some((code, at)) => {
                check_shape(&code, at).map_err(|f| f.at_byte(error_param))?;
                Some(code.into_owned())
            }
        };
        Ok(UntypedRedirect {
            error,
            extra: self.extra,
        })
    }
}

fn check_shape(code: &str, at: usize) -> Result<(), Fault> {
    check_code_shape(code).map_err(|found| Fault::NotACode {
        at,
        len: code.len(),
        found,
    })
}

/// Why [`Redirect::parse`] refused its input; offsets are bytes into that input.
///
/// ```
/// # #[link_errors::spec("../link-errors-spec.toml")] pub enum LinkError {}
/// # use link_errors::{Redirect, RedirectError};
/// let err = Redirect::<LinkError>::parse("/cb?error=INVALID_SCA&state=50%").unwrap_err();
/// assert_eq!(err, RedirectError::InvalidPercentEncoding { offset: 30, found: "%".into() });
/// assert_eq!(
///     err.to_string(),
///     "invalid percent-encoding `%` at byte 30 of the redirect: \
///      `%` must be followed by two hexadecimal digits"
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum RedirectError {
    /// The input is longer than [`MAX_REDIRECT_LEN`].
    TooLong {
        /// Its length in bytes.
        len: usize,
    },
    /// A `%` not followed by two hexadecimal digits.
    InvalidPercentEncoding {
        /// Where the `%` is.
        offset: usize,
        /// The `%` and up to two characters after it.
        found: String,
    },
    /// A name or value that is not UTF-8 once percent-decoded.
    InvalidUtf8 {
        /// Where the first escape or character of the bad sequence is.
        offset: usize,
        /// The name or value, as written.
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
    /// [`MAX_CODE_LEN`]): it has a character outside the code alphabet, or it is too long.
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

impl fmt::Display for RedirectError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::TooLong { len } => write!(
                f,
                "the redirect is {len} bytes long, over the limit of {MAX_REDIRECT_LEN} bytes"
            ),
            Self::InvalidPercentEncoding { offset, found } => write!(
                f,
                "invalid percent-encoding `{}` at byte {offset} of the redirect: `%` must be followed by two hexadecimal digits",
                found.escape_debug()
            ),
            Self::InvalidUtf8 { offset, text } => {
                write!(
                    f,
                    "the redirect's text at byte {offset} is not UTF-8 once percent-decoded, in `"
                )?;
                match text.char_indices().nth(80) {
                    Some((cut, _)) => write!(f, "{}`...", text[..cut].escape_debug()),
                    None => write!(f, "{}`", text.escape_debug()),
                }
            }
            Self::RepeatedError {
                param,
                first,
                second,
            } => write!(
                f,
                "the redirect has the `{param}` parameter twice, at bytes {first} and {second}"
            ),
            Self::EmptyError { param, offset } => {
                write!(
                    f,
                    "the redirect's `{param}` parameter at byte {offset} is empty"
                )
            }
            Self::NotACode {
                param,
                offset,
                len,
                found,
            } => {
                write!(
                    f,
                    "the redirect's `{param}` parameter at byte {offset} is not a code: "
                )?;
                not_a_code(f, *len, *found)
            }
        }
    }
}

/// Why a value is not code-shaped, in words; the value itself is not echoed.
fn not_a_code(f: &mut fmt::Formatter<'_>, len: usize, found: Option<char>) -> fmt::Result {
    match found {
        Some(c) if c.is_ascii_graphic() => write!(f, "it contains '{c}'")?,
        Some(c) => write!(f, "it contains '{}'", c.escape_unicode())?,
        None => write!(f, "it is {len} bytes long")?,
    }
    write!(f, " ({ShapeRule})")
}

impl std::error::Error for RedirectError {}

#[cfg(feature = "serde")]
mod serde_impls {
    use core::fmt;
    use core::marker::PhantomData;

    use serde::de::{self, Deserializer, MapAccess, Visitor};

    use super::{Builder, Fault, MAX_REDIRECT_LEN, Redirect, not_a_code};
    use crate::code::ErrorCode;

    /// From a map of parameters in arrival order (what `serde_urlencoded`, and the query
    /// extractors built on it, give), with the same rules as [`Redirect::parse`]. Positions
    /// in errors count parameters from 1, as the decoded map has no byte offsets.
    impl<'de, E: ErrorCode> serde::Deserialize<'de> for Redirect<E> {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            struct V<E>(PhantomData<E>);
            impl<'de, E: ErrorCode> Visitor<'de> for V<E> {
                type Value = Redirect<E>;
                fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                    f.write_str("the query parameters of a redirect")
                }
                fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Redirect<E>, A::Error> {
                    let mut builder = Builder::default();
                    let (mut n, mut len) = (0, 0);
                    while let Some((name, value)) = map.next_entry::<String, String>()? {
                        n += 1;
                        len += name.len() + value.len();
                        if len > MAX_REDIRECT_LEN {
                            return Err(de::Error::custom(format_args!(
                                "the redirect's parameters are over the limit of {MAX_REDIRECT_LEN} bytes"
                            )));
                        }
                        builder
                            .push(E::LINK.error_param, name.into(), value.into(), n)
                            .map_err(fault::<A::Error, E>)?;
                    }
                    builder.finish::<E>().map_err(fault::<A::Error, E>)
                }
            }
            deserializer.deserialize_map(V(PhantomData))
        }
    }

    /// A [`Fault`] as a serde error; positions count parameters from 1.
    fn fault<D: de::Error, E: ErrorCode>(f: Fault) -> D {
        let param = E::LINK.error_param;
        match f {
            Fault::Repeated { first, second } => D::custom(format_args!(
                "the redirect has the `{param}` parameter twice, as parameters {first} and {second}"
            )),
            Fault::Empty { at } => D::custom(format_args!(
                "the redirect's `{param}` parameter (parameter {at}) is empty"
            )),
            Fault::NotACode { at, len, found } => D::custom(format_args!(
                "the redirect's `{param}` parameter (parameter {at}) is not a code: {}",
                NotACode(len, found)
            )),
        }
    }

    struct NotACode(usize, Option<char>);
    impl fmt::Display for NotACode {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            not_a_code(f, self.0, self.1)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_enum::{Big, Flanks};

    fn parse(s: &str) -> Result<Redirect<Flanks>, RedirectError> {
        Redirect::parse(s)
    }

    fn pairs(p: &[(&str, &str)]) -> Vec<(String, String)> {
        p.iter().map(|&(a, b)| (a.into(), b.into())).collect()
    }

    #[test]
    fn a_scheme_is_what_comes_before_the_first_colon_and_two_slashes() {
        for s in ["https://a", "x+y-z.1://", "A://b:c//"] {
            assert!(has_scheme(s), "{s}");
        }
        for s in [
            "", "://a", "1a://b", "a:b://c", "a b://c", "mailto:x", "a:/b", "/a://b",
        ] {
            assert!(!has_scheme(s), "{s}");
        }
    }

    #[test]
    fn seed_redirect() {
        let r = parse("redirect_url?error=INVALID_CREDENTIALS&extraparams=value").unwrap();
        assert_eq!(
            r.error(),
            Some(&Reported::Known(Flanks::InvalidCredentials))
        );
        assert_eq!(r.extra(), pairs(&[("extraparams", "value")]));
    }

    #[test]
    fn forms() {
        let want = parse("error=INVALID_SCA&a=1").unwrap();
        for s in [
            "https://app.example/cb?error=INVALID_SCA&a=1#x",
            "/cb?error=INVALID_SCA&a=1",
            "?error=INVALID_SCA&a=1",
            "error=INVALID_SCA&&a=1&",
            "cb?error=INVALID_SCA&a=1",
            "error=INVALID_CREDS&a=1"
                .replace("INVALID_CREDS", "INVALID_SCA")
                .as_str(),
        ] {
            assert_eq!(parse(s).as_ref(), Ok(&want), "{s}");
        }
        let r = parse("error=INVALID_CREDS").unwrap();
        assert_eq!(r.error().unwrap().code(), "INVALID_CREDENTIALS");
        assert_eq!(parse("https://app.example/cb").unwrap().extra(), []);
        assert_eq!(
            parse("").unwrap(),
            Redirect {
                error: None,
                extra: vec![]
            }
        );
        let r = parse("next=/a?b&flag&k=v=w&%65rror=NEW&=").unwrap();
        assert_eq!(r.error(), Some(&Reported::Unknown("NEW".into())));
        assert_eq!(
            r.extra(),
            pairs(&[("next", "/a?b"), ("flag", ""), ("k", "v=w"), ("", "")])
        );
    }

    #[test]
    fn errors_say_where() {
        assert_eq!(
            parse("?a=%e2%82&error=X"),
            Err(RedirectError::InvalidUtf8 {
                offset: 3,
                text: "%e2%82".into()
            })
        );
        assert_eq!(
            parse("?%zz=1"),
            Err(RedirectError::InvalidPercentEncoding {
                offset: 1,
                found: "%zz".into()
            })
        );
        // Three characters, not bytes, of what follows.
        assert_eq!(
            parse("?a=%zñé"),
            Err(RedirectError::InvalidPercentEncoding {
                offset: 3,
                found: "%zñ".into()
            })
        );
        assert_eq!(
            parse("/cb?a=1&error="),
            Err(RedirectError::EmptyError {
                param: "error".into(),
                offset: 8
            })
        );
        assert_eq!(
            parse("error"),
            Err(RedirectError::EmptyError {
                param: "error".into(),
                offset: 0
            })
        );
        let long = "a".repeat(MAX_REDIRECT_LEN + 1);
        assert_eq!(
            parse(&long),
            Err(RedirectError::TooLong {
                len: MAX_REDIRECT_LEN + 1
            })
        );
        assert!(parse(&long[1..]).is_ok());
        assert_eq!(
            parse("?a=ñ%").unwrap_err().to_string(),
            "invalid percent-encoding `%` at byte 5 of the redirect: `%` must be followed by two hexadecimal digits"
        );
    }

    #[test]
    fn custom_error_param() {
        let r = Redirect::<Big>::parse("?error=x&err=oauth-error&err2=").unwrap();
        assert_eq!(r.error(), Some(&Reported::Known(Big::ALL[1])));
        assert_eq!(r.extra(), pairs(&[("error", "x"), ("err2", "")]));
        assert!(
            Redirect::<Big>::parse("?err=aborted.by.user")
                .unwrap()
                .error()
                .unwrap()
                .is_exit()
        );
        assert_eq!(
            Redirect::<Big>::parse("err=a&err=b")
                .unwrap_err()
                .to_string(),
            "the redirect has the `err` parameter twice, at bytes 0 and 6"
        );
    }
}
