//! [`RedirectUrl`]: what the vendor sends the user back to, built for tests and tools (the
//! inverse of [`Callback::parse`](crate::Callback::parse)).

use core::fmt;

use link_errors_wire::base_url::BaseUrlError;
use link_errors_wire::code::{NotShaped, ShapeRule, check_shape as check_code_shape};

use crate::code::ErrorCode;
use crate::query::{QueryWriter, find_name, has_scheme, split_fragment};
use crate::reported::Reported;

/// A builder for the URL the link page redirects to: the application's redirect URI, the
/// error (if any) under the spec's `error_param`, then the extra parameters the application
/// put on the link, in order, form-encoded as the link encodes them. It is what
/// [`Callback::parse`](crate::Callback::parse) reads: a test or a tool simulates the vendor
/// with it instead of writing `error=` by hand, so a spec with another error parameter still
/// works.
///
/// ```
/// use link_errors::{Callback, RedirectUrl, Reported};
///
/// #[link_errors::spec("../link-errors-spec.toml")]
/// pub enum LinkError {}
///
/// let url = RedirectUrl::<LinkError>::new("https://app.example/callback")
///     .error(LinkError::InvalidCredentials)
///     .param("extraparams", "value")
///     .build()?;
/// assert_eq!(url, "https://app.example/callback?error=INVALID_CREDENTIALS&extraparams=value");
///
/// let back = Callback::<LinkError>::parse(&url)?;
/// assert_eq!(back.error(), Some(&Reported::Known(LinkError::InvalidCredentials)));
///
/// // Success (no error), and a code newer than the spec.
/// let ok = RedirectUrl::<LinkError>::new("/cb").param("state", "a b").build()?;
/// assert_eq!(ok, "/cb?state=a+b");
/// let new = RedirectUrl::<LinkError>::new("/cb").error(Reported::Unknown("NEW_CODE".into()));
/// assert_eq!(new.build()?, "/cb?error=NEW_CODE");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RedirectUrl<E> {
    base: String,
    error: Option<Reported<E>>,
    params: Vec<(String, String)>,
}

impl<E: ErrorCode> RedirectUrl<E> {
    /// A redirect to `redirect_uri` (an absolute URL, a path starting with `/`, or `""` for
    /// the query alone) that reports success: no error, no extra parameter.
    #[must_use]
    pub fn new(redirect_uri: impl Into<String>) -> Self {
        Self {
            base: redirect_uri.into(),
            error: None,
            params: Vec::new(),
        }
    }

    /// The error it reports (replaces an earlier call): a code of the spec, or
    /// [`Reported::Unknown`] for a code the spec does not have, which must be code-shaped
    /// ([`MAX_CODE_LEN`](crate::MAX_CODE_LEN)).
    #[must_use]
    pub fn error(mut self, error: impl Into<Reported<E>>) -> Self {
        self.error = Some(error.into());
        self
    }

    /// Adds an extra parameter, after those added before; a name may repeat. It may not be
    /// the spec's `error_param`: [`build`](Self::build) fails then.
    #[must_use]
    pub fn param(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.params.push((name.into(), value.into()));
        self
    }

    /// The URL.
    ///
    /// # Errors
    /// An unknown error that is not code-shaped, an extra parameter named like the error
    /// parameter, and a redirect URI that is neither an absolute URL nor a path, or whose
    /// query sets the error parameter. See [`RedirectUrlError`].
    ///
    /// ```
    /// # #[link_errors::spec("../link-errors-spec.toml")] pub enum LinkError {}
    /// # use link_errors::{RedirectUrl, RedirectUrlError, Reported};
    /// let err = RedirectUrl::<LinkError>::new("/cb").param("error", "x").build().unwrap_err();
    /// assert_eq!(err, RedirectUrlError::ReservedParam { name: "error".into() });
    /// let err = RedirectUrl::<LinkError>::new("/cb").error(Reported::Unknown("<b>".into())).build();
    /// assert!(matches!(err, Err(RedirectUrlError::NotACode { .. })));
    /// ```
    pub fn build(&self) -> Result<String, RedirectUrlError> {
        let error = match &self.error {
            None => None,
            // The spec's own codes are accepted at any length, as the parser accepts them.
            Some(Reported::Known(e)) => Some(e.code()),
            Some(Reported::Unknown(code)) => {
                check(code)?;
                Some(code.as_str())
            }
        };
        build_redirect(E::LINK.error_param, &self.base, error, &self.params)
    }
}

fn check(code: &str) -> Result<(), RedirectUrlError> {
    check_code_shape(code).map_err(|found| RedirectUrlError::NotACode {
        code: code.to_owned(),
        found,
    })
}

/// [`RedirectUrl::build`] without the enum: the one implementation behind it and
/// `untyped::redirect_url`. The error, when given by `untyped`, is checked for its shape here.
#[cfg(feature = "untyped")]
pub(crate) fn build_redirect_untyped(
    error_param: &str,
    base: &str,
    error: Option<&str>,
    params: &[(String, String)],
) -> Result<String, RedirectUrlError> {
    if let Some(code) = error {
        check(code)?;
    }
    build_redirect(error_param, base, error, params)
}

fn build_redirect(
    error_param: &str,
    base: &str,
    error: Option<&str>,
    params: &[(String, String)],
) -> Result<String, RedirectUrlError> {
    if let Some((name, _)) = params.iter().find(|(n, _)| n == error_param) {
        return Err(RedirectUrlError::ReservedParam { name: name.clone() });
    }
    let invalid = |reason| RedirectUrlError::InvalidBase {
        base: base.to_owned(),
        reason,
    };
    if base.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(invalid(BaseUrlError::Whitespace.reason()));
    }
    // The forms `Callback::parse` reads as a URL or a path; anything else would be read
    // back as a query.
    if !(base.is_empty() || base.starts_with('/') || has_scheme(base)) {
        return Err(invalid(
            "it must be an absolute URL (`https://...`), a path (`/...`) or empty",
        ));
    }
    let (head, fragment) = split_fragment(base);
    let in_base = find_name(head, |name| name == error_param)
        .map_err(|_| invalid("its query has invalid encoding"))?;
    if let Some(name) = in_base {
        return Err(RedirectUrlError::ReservedInBase {
            base: base.to_owned(),
            name: name.into_owned(),
        });
    }
    let mut out = QueryWriter::new(head, 64);
    if let Some(code) = error {
        out.pair(error_param, code);
    }
    for (name, value) in params {
        out.pair(name, value);
    }
    Ok(out.finish(fragment))
}

/// Why [`RedirectUrl::build`] failed.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum RedirectUrlError {
    /// An unknown error that is not code-shaped ([`MAX_CODE_LEN`](crate::MAX_CODE_LEN)): the parser would refuse it.
    NotACode {
        /// The code as given.
        code: String,
        /// Its first character outside the alphabet; `None` when only the length is wrong.
        found: Option<char>,
    },
    /// An extra parameter named like the spec's error parameter.
    ReservedParam {
        /// The parameter's name.
        name: String,
    },
    /// The redirect URI is not an absolute URL, a path or empty.
    InvalidBase {
        /// The redirect URI.
        base: String,
        /// What is wrong with it.
        reason: &'static str,
    },
    /// The redirect URI's query already has the error parameter.
    ReservedInBase {
        /// The redirect URI.
        base: String,
        /// The parameter's name.
        name: String,
    },
}

impl fmt::Display for RedirectUrlError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NotACode { code, found } => {
                let why = NotShaped {
                    found: *found,
                    len: code.len(),
                };
                write!(
                    f,
                    "`{}` is not a code: {why} ({ShapeRule})",
                    code.escape_debug()
                )
            }
            Self::ReservedParam { name } => write!(
                f,
                "extra redirect parameter `{}` is the error parameter",
                name.escape_debug()
            ),
            Self::InvalidBase { base, reason } => write!(
                f,
                "invalid redirect URI `{}`: {reason}",
                base.escape_debug()
            ),
            Self::ReservedInBase { base, name } => write!(
                f,
                "the query of redirect URI `{}` already has `{}`, the error parameter",
                base.escape_debug(),
                name.escape_debug()
            ),
        }
    }
}

impl std::error::Error for RedirectUrlError {}
