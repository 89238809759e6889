//! With the `axum` feature: [`Redirect`] as an axum extractor running the strict parser, and
//! [`RedirectRejection`], the 400 it answers with when it refuses the query.

use core::fmt;

use axum_core::extract::FromRequestParts;
use axum_core::response::{IntoResponse, Response};
use http::request::Parts;
use http::{StatusCode, header};

use crate::code::ErrorCode;
use link_errors_wire::code::ShapeRule;

use crate::redirect::{MAX_REDIRECT_LEN, Redirect, RedirectError};

/// Runs [`Redirect::from_query`] on the request's raw query (none is an empty query): the
/// same strict rules as [`Redirect::parse`], unlike `Query<Redirect<E>>`, where axum decodes
/// leniently first. A refused query is a [`RedirectRejection`]; take
/// `Result<Redirect<E>, RedirectRejection>` instead to answer it your own way.
impl<E: ErrorCode, S: Send + Sync> FromRequestParts<S> for Redirect<E> {
    type Rejection = RedirectRejection;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Self::from_query(parts.uri.query().unwrap_or_default()).map_err(RedirectRejection)
    }
}

/// Why the [`Redirect`] extractor refused a request: the [`RedirectError`], to match on with
/// [`error`](Self::error). As a response it is `400 Bad Request` with a plain-text body that
/// says what was wrong and where, without echoing the request's text (which the error's own
/// `Display` quotes).
///
/// ```
/// # #[link_errors::spec("../link-errors-spec.toml")] pub enum LinkError {}
/// use axum_core::extract::FromRequestParts;
/// use link_errors::{Redirect, RedirectError};
///
/// let (mut parts, ()) = http::Request::get("/cb?error=%3Cb%3E").body(()).unwrap().into_parts();
/// let extracted = Redirect::<LinkError>::from_request_parts(&mut parts, &());
/// let runtime = tokio::runtime::Builder::new_current_thread().build().unwrap();
/// let rejection = runtime.block_on(extracted).unwrap_err();
/// assert!(matches!(rejection.error(), RedirectError::NotACode { .. }));
/// assert_eq!(
///     rejection.to_string(),
///     "invalid redirect: the `error` parameter at byte 0 of the query is not a code \
///      (codes are 1 to 128 ASCII letters, digits, `_`, `-` and `.`)"
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RedirectRejection(RedirectError);

impl RedirectRejection {
    /// What the parser refused.
    pub fn error(&self) -> &RedirectError {
        &self.0
    }

    /// What the parser refused, by value.
    pub fn into_error(self) -> RedirectError {
        self.0
    }
}

impl From<RedirectError> for RedirectRejection {
    fn from(error: RedirectError) -> Self {
        Self(error)
    }
}

/// The response body: what and where, in words of ours only (no byte of the request).
impl fmt::Display for RedirectRejection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("invalid redirect: ")?;
        match &self.0 {
            RedirectError::TooLong { len } => write!(
                f,
                "the query is {len} bytes long, over the limit of {MAX_REDIRECT_LEN} bytes"
            ),
            RedirectError::InvalidPercentEncoding { offset, .. } => write!(
                f,
                "invalid percent-encoding at byte {offset} of the query: `%` must be followed by two hexadecimal digits"
            ),
            RedirectError::InvalidUtf8 { offset, .. } => write!(
                f,
                "the text at byte {offset} of the query is not UTF-8 once percent-decoded"
            ),
            RedirectError::RepeatedError {
                param,
                first,
                second,
            } => write!(
                f,
                "the `{param}` parameter is in the query twice, at bytes {first} and {second}"
            ),
            RedirectError::EmptyError { param, offset } => write!(
                f,
                "the `{param}` parameter at byte {offset} of the query is empty"
            ),
            RedirectError::NotACode { param, offset, .. } => write!(
                f,
                "the `{param}` parameter at byte {offset} of the query is not a code ({ShapeRule})"
            ),
        }
    }
}

impl std::error::Error for RedirectRejection {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.0)
    }
}

/// `400 Bad Request`, `text/plain`, `X-Content-Type-Options: nosniff`, the `Display` text.
impl IntoResponse for RedirectRejection {
    fn into_response(self) -> Response {
        (
            StatusCode::BAD_REQUEST,
            [
                (header::CONTENT_TYPE, "text/plain; charset=utf-8"),
                (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
            ],
            self.to_string(),
        )
            .into_response()
    }
}
