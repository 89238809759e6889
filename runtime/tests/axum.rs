//! The `axum` feature over real HTTP: an axum server on 127.0.0.1 (a free port) whose
//! handlers take `Callback<LinkError>`, driven by a real client (ureq). The strict parser
//! runs on the raw query; what it refuses is a 400 that does not echo the request.
#![cfg(feature = "axum")]

mod common;

use axum::Router;
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::routing::get;
use common::LinkError;
use link_errors::{Callback, CallbackError, CallbackRejection, RedirectUrl, Reported};
use link_errors_testing::{Reply, Server, agent};

/// What an application writes: the extractor runs before the handler, which sees only a
/// redirect that parsed.
async fn callback(redirect: Callback<LinkError>) -> String {
    let state = redirect.param("state").unwrap_or("-");
    match redirect.error() {
        None => format!("connected, state {state}"),
        Some(Reported::Known(e)) => format!("{}, state {state}", e.code()),
        Some(Reported::Unknown(code)) => format!("unknown {code}, state {state}"),
    }
}

/// An application that answers refused redirects its own way, matching on the error.
async fn shaped(redirect: Result<Callback<LinkError>, CallbackRejection>) -> impl IntoResponse {
    match redirect {
        Ok(_) => (StatusCode::OK, "ok".to_owned()),
        Err(r) if matches!(r.error(), CallbackError::RepeatedError { .. }) => {
            (StatusCode::CONFLICT, "twice".to_owned())
        }
        Err(r) => (StatusCode::UNPROCESSABLE_ENTITY, r.to_string()),
    }
}

/// `GET url`, read whole.
fn get_url(url: &str) -> Reply {
    link_errors_testing::get(&agent(), url, &[])
}

#[test]
fn the_extractor_over_http() {
    let server = Server::start(
        Router::new()
            .route("/callback", get(callback))
            .route("/shaped", get(shaped)),
    );
    let at = |path: &str| format!("{}{path}", server.base());

    // What the vendor sends, built with the spec's parameter names.
    let url = RedirectUrl::<LinkError>::new(at("/callback"))
        .error(LinkError::InvalidSca)
        .param("state", "n0nce a/b")
        .build()
        .unwrap();
    let r = get_url(&url);
    assert_eq!(
        (r.status, r.body.as_str()),
        (200, "INVALID_SCA, state n0nce a/b")
    );
    let r = get_url(&at("/callback?state=x"));
    assert_eq!((r.status, r.body.as_str()), (200, "connected, state x"));
    let r = get_url(&at("/callback"));
    assert_eq!((r.status, r.body.as_str()), (200, "connected, state -"));
    let r = get_url(&at("/callback?error=NEW_CODE.2&state=x"));
    assert_eq!(
        (r.status, r.body.as_str()),
        (200, "unknown NEW_CODE.2, state x")
    );
    // A second state is not one state: the handler's check sees none.
    let r = get_url(&at("/callback?state=n0nce&state=other"));
    assert_eq!((r.status, r.body.as_str()), (200, "connected, state -"));

    // Refused by the strict parser: 400, plain text, what and where, no echo.
    for (query, says) in [
        (
            "error=%3Cscript%3Ealert(1)%3C/script%3E",
            "invalid redirect: the `error` parameter at byte 0 of the query is not a code \
             (codes are 1 to 128 ASCII letters, digits, `_`, `-` and `.`)",
        ),
        (
            "state=1&error=%FF",
            "invalid redirect: the text at byte 14 of the query is not UTF-8 once percent-decoded",
        ),
        (
            "state=%3Cb%3E%zz",
            "invalid redirect: invalid percent-encoding at byte 13 of the query: \
             `%` must be followed by two hexadecimal digits",
        ),
        (
            "error=INVALID_SCA&error=INTERNAL_ERROR",
            "invalid redirect: the `error` parameter is in the query twice, at bytes 0 and 18",
        ),
        (
            "error=",
            "invalid redirect: the `error` parameter at byte 0 of the query is empty",
        ),
    ] {
        let r = get_url(&at(&format!("/callback?{query}")));
        assert_eq!(r.status, 400, "{query}");
        assert_eq!(r.body, says, "{query}");
        assert_eq!(r.header("content-type"), Some("text/plain; charset=utf-8"));
        assert_eq!(
            r.header("x-content-type-options"),
            Some("nosniff"),
            "{query}"
        );
        for echo in ["<", "%3C", "%FF", "%zz", "INTERNAL_ERROR"] {
            assert!(!r.body.contains(echo), "{query}: {}", r.body);
        }
    }

    // An application that shapes the rejection itself.
    assert_eq!(get_url(&at("/shaped?error=INVALID_SCA")).status, 200);
    assert_eq!(get_url(&at("/shaped?error=A&error=B")).status, 409);
    let r = get_url(&at("/shaped?error=a%20b"));
    assert_eq!(r.status, 422);
    assert!(r.body.contains("is not a code"), "{}", r.body);
}

#[test]
fn the_rejection_matches_the_parser() {
    let err = Callback::<LinkError>::from_query("error=%3C").unwrap_err();
    let rejection = CallbackRejection::from(err.clone());
    assert_eq!(rejection.error(), &err);
    assert_eq!(
        std::error::Error::source(&rejection).map(ToString::to_string),
        Some(err.to_string())
    );
    let response = rejection.clone().into_response();
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    assert_eq!(rejection.into_error(), err);
}
