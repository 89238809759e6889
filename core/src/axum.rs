//! With the `axum` feature: [`Callback`] as an axum extractor running the strict parser, and
//! [`CallbackRejection`], the 400 it answers with when it refuses the query.

use core::fmt;

use axum_core::body::Body;
use axum_core::extract::FromRequestParts;
use axum_core::response::{IntoResponse, Response};
use http::request::Parts;
use http::{HeaderValue, StatusCode, header};

use crate::callback::{Callback, CallbackError, Place};
use crate::code::ErrorCode;

/// Runs [`Callback::from_query`] on the request's raw query (none is an empty query): the
/// same strict rules as [`Callback::parse`], unlike `Query<Callback<E>>`, where axum decodes
/// leniently first. A refused query is a [`CallbackRejection`]; take
/// `Result<Callback<E>, CallbackRejection>` instead to answer it your own way.
impl<E: ErrorCode, S: Send + Sync> FromRequestParts<S> for Callback<E> {
    type Rejection = CallbackRejection;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Self::from_query(parts.uri.query().unwrap_or_default()).map_err(CallbackRejection)
    }
}

/// Why the [`Callback`] extractor refused a request: the [`CallbackError`], to match on with
/// [`error`](Self::error). As a response it is `400 Bad Request` with a plain-text body that
/// says what was wrong and where, without echoing the request's text (which the error's own
/// `Display` quotes).
///
/// ```
/// # #[link_errors::spec("../link-errors-spec.toml")] pub enum LinkError {}
/// use axum_core::extract::FromRequestParts;
/// use link_errors::{Callback, CallbackError};
///
/// let (mut parts, ()) = http::Request::get("/cb?error=%3Cb%3E").body(()).unwrap().into_parts();
/// let extracted = Callback::<LinkError>::from_request_parts(&mut parts, &());
/// let runtime = tokio::runtime::Builder::new_current_thread().build().unwrap();
/// let rejection = runtime.block_on(extracted).unwrap_err();
/// assert!(matches!(rejection.error(), CallbackError::NotACode { .. }));
/// assert_eq!(
///     rejection.to_string(),
///     "invalid redirect: the `error` parameter at byte 0 of the query is not a code \
///      (codes are 1 to 128 ASCII letters, digits, `_`, `-` and `.`)"
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CallbackRejection(CallbackError);

impl CallbackRejection {
    /// What the parser refused.
    pub fn error(&self) -> &CallbackError {
        &self.0
    }

    /// What the parser refused, by value.
    pub fn into_error(self) -> CallbackError {
        self.0
    }
}

impl From<CallbackError> for CallbackRejection {
    fn from(error: CallbackError) -> Self {
        Self(error)
    }
}

/// The response body: what and where, in words of ours only (no byte of the request).
impl fmt::Display for CallbackRejection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid redirect: {}", self.0.describe(Place::Response))
    }
}

impl std::error::Error for CallbackRejection {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.0)
    }
}

/// `400 Bad Request`, `text/plain`, `X-Content-Type-Options: nosniff`, the `Display` text.
impl IntoResponse for CallbackRejection {
    fn into_response(self) -> Response {
        let mut response = respond(
            StatusCode::BAD_REQUEST,
            HeaderValue::from_static("text/plain; charset=utf-8"),
            self.to_string().into_bytes(),
        );
        let nosniff = HeaderValue::from_static("nosniff");
        response
            .headers_mut()
            .insert(header::X_CONTENT_TYPE_OPTIONS, nosniff);
        response
    }
}

/// A response of `status` with `body` and its `Content-Type`, which every response of this
/// crate is, built without axum's tuple responses: each of those is generic code that every
/// build with the feature compiles.
pub(crate) fn respond(status: StatusCode, content_type: HeaderValue, body: Vec<u8>) -> Response {
    let mut response = Response::new(Body::from(body));
    *response.status_mut() = status;
    response
        .headers_mut()
        .insert(header::CONTENT_TYPE, content_type);
    response
}
