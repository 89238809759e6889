//! A web application that sends its users to the Flanks Link page and handles the redirect
//! back, as a user of `link-errors` writes it on axum.
//!
//! - `GET /connect` draws a state nonce from the operating system's generator, puts it in an
//!   `HttpOnly`, `SameSite=Lax` cookie and in the link's extra `state` parameter, builds the
//!   link URL with a rollback list and redirects the browser there (303).
//! - `GET /callback` reads the redirect with the runtime's strict `Redirect<LinkError>`
//!   extractor (feature `axum`), compares `state`
//!   with the cookie in constant time (the double-submit pattern: no server-side store, so no
//!   flood of `/connect` can evict a browser's state), clears the cookie, and answers a page
//!   with the error's on-screen title and text (or success). A malformed callback (a repeated
//!   or empty `error`) or a forged one (no state, one that does not match this browser's
//!   cookie, a replay after the cookie was cleared) gets a 400.
//!
//! Run it with `cargo run -p link-errors-web-example` and open <http://127.0.0.1:3000/>; see
//! `docs/web-example.md` for a local try against `link-errors simulate`.

#![deny(missing_docs)]

use axum::Router;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect as SeeOther, Response};
use axum::routing::get;
use axum_extra::extract::cookie::{Cookie, CookieJar, SameSite};
use link_errors::{LinkUrl, Redirect, RedirectRejection, Reported, Rollback, negotiate};
use maud::{DOCTYPE, Markup, html};
use subtle::ConstantTimeEq;

/// The Flanks Link error codes.
#[link_errors::spec("../../link-errors-spec.toml")]
pub enum LinkError {}

/// The extra link parameter (and cookie) that carries the state nonce.
pub const STATE: &str = "state";
/// The path the state cookie is sent to: the callback only.
const CALLBACK: &str = "/callback";
/// How long the state cookie lives: the user has this long to finish on the link page.
pub const STATE_TTL_MINUTES: i64 = 10;

/// The languages the pages can be shown in. The spec has no translations yet, so its texts
/// (and these pages) are English only: once it (or an overlay) declares `locales`, this becomes
/// `LinkError::LOCALES` and the texts their `_in(lang)` forms, in [`outcome`].
const PAGE_LOCALES: &[&str] = &["en"];

/// The language to answer in: the best of [`PAGE_LOCALES`] for the browser's
/// `Accept-Language`.
fn language(headers: &HeaderMap) -> &'static str {
    let accept = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    negotiate(accept, PAGE_LOCALES)
}

/// What the application is configured with.
#[derive(Debug, Clone)]
pub struct Config {
    /// The link token (Flanks issues it to the application).
    pub token: String,
    /// Which errors come back to `/callback`; the others stay on the Flanks screen.
    pub rollback: Rollback<LinkError>,
    /// The link page, if not the spec's (a sandbox, `link-errors simulate`, the tests).
    pub link_base: Option<String>,
    /// Mark the state cookie `Secure`: on whenever the application is served over HTTPS.
    pub secure_cookie: bool,
}

impl Default for Config {
    /// The errors the user can act on come back, and `ABORTED_BY_USER` arms the EXIT button
    /// on every other error, so that the user is never stuck on the vendor's screen.
    fn default() -> Self {
        Self {
            token: "demo-token".into(),
            rollback: Rollback::only([
                LinkError::InvalidCredentials,
                LinkError::InvalidSca,
                LinkError::CredentialsAlreadyExist,
                LinkError::AbortedByUser,
            ]),
            link_base: None,
            secure_cookie: false,
        }
    }
}

/// The application's routes.
pub fn app(config: Config) -> Router {
    Router::new()
        .route("/", get(index))
        .route("/connect", get(connect))
        .route(CALLBACK, get(callback))
        .with_state(std::sync::Arc::new(config))
}

type Shared = State<std::sync::Arc<Config>>;

/// 128 bits from the operating system's generator, hex.
fn nonce() -> Result<String, getrandom::Error> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes)?;
    Ok(format!("{:032x}", u128::from_be_bytes(bytes)))
}

async fn index(headers: HeaderMap) -> Markup {
    page(
        language(&headers),
        "Connect your bank",
        &html! { p { a href="/connect" { "Connect your bank account" } " through Flanks." } },
    )
}

async fn connect(State(config): Shared, headers: HeaderMap, jar: CookieJar) -> Response {
    let lang = language(&headers);
    let nonce = match nonce() {
        Ok(n) => n,
        Err(e) => return server_error(lang, "Cannot draw a state nonce", &e.to_string()),
    };
    let mut link = LinkUrl::<LinkError>::new(config.token.clone())
        .rollback(config.rollback)
        .param(STATE, nonce.clone());
    if let Some(base) = &config.link_base {
        link = link.base(base.clone());
    }
    let url = match link.build() {
        Ok(url) => url,
        // A configuration mistake (a bad base URL): ours, not the user's.
        Err(e) => return server_error(lang, "Cannot build the link", &e.to_string()),
    };
    // The nonce goes out twice: in the link (Flanks sends it back on the redirect) and in a
    // cookie only this browser holds. `Lax` lets the cookie ride on the top-level redirect
    // back from the vendor's site.
    let cookie = Cookie::build((STATE, nonce))
        .path(CALLBACK)
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(config.secure_cookie)
        .max_age(cookie::time::Duration::minutes(STATE_TTL_MINUTES));
    (jar.add(cookie), SeeOther::to(&url)).into_response()
}

async fn callback(
    headers: HeaderMap,
    jar: CookieJar,
    redirect: Result<Redirect<LinkError>, RedirectRejection>,
) -> Response {
    // The page may show what the vendor reported: no caching, and no Referer carrying the
    // callback's query (and its state) to whatever the page links to.
    let lang = language(&headers);
    let headers = [
        (header::REFERRER_POLICY, "no-referrer"),
        (header::CACHE_CONTROL, "no-store"),
    ];
    // Malformed: bad percent-encoding, a repeated or empty `error`, an error value that is
    // not code-shaped. The rejection says what and where without quoting the request.
    let redirect = match redirect {
        Ok(redirect) => redirect,
        Err(rejection) => {
            let why = format!("Malformed callback: {rejection}");
            return (headers, bad_request(lang, &why)).into_response();
        }
    };
    // Forged or replayed: the state must be the one in this browser's cookie. A mismatch
    // leaves the cookie alone, so a forged callback cannot cancel the user's real one.
    // `param` answers only for a parameter sent once: a second `state` is never ignored.
    let Some(state) = redirect.param(STATE) else {
        let why = "The callback has no single state: it did not come from a link we made.";
        return (headers, bad_request(lang, why)).into_response();
    };
    let ours = jar.get(STATE).map(Cookie::value).unwrap_or_default();
    if ours.is_empty() || !bool::from(ours.as_bytes().ct_eq(state.as_bytes())) {
        let why =
            "The callback's state does not match this browser's session, or was used already.";
        return (headers, bad_request(lang, why)).into_response();
    }
    // Used up: the browser drops the cookie, so the same callback cannot be replayed.
    let jar = jar.remove(Cookie::build(STATE).path(CALLBACK));
    (headers, jar, outcome(lang, redirect.error())).into_response()
}

/// The page for what the link page reported.
fn outcome(lang: &str, error: Option<&Reported<LinkError>>) -> Markup {
    let Some(error) = error else {
        return page(
            lang,
            "Connected",
            &html! { p { "Your bank account is connected." } },
        );
    };
    let (title, text) = match error {
        Reported::Known(LinkError::AbortedByUser) => (
            "Connection cancelled",
            "You left the bank connection. You can start again at any time.".to_owned(),
        ),
        // The vendor's own on-screen words where the spec has them, the message otherwise.
        Reported::Known(e) => (
            e.screen_title().unwrap_or("The connection failed"),
            e.screen_text().unwrap_or(e.message()).to_owned(),
        ),
        // A code newer than our spec: not lost, shown as sent, and worth a log line.
        Reported::Unknown(code) => {
            eprintln!("link error code not in the spec (update it?): {code:?}");
            (
                "The connection failed",
                format!("The bank connection reported an error we do not know yet ({code})."),
            )
        }
    };
    page(
        lang,
        title,
        &html! {
            @for p in text.split("\n\n") { p { (p) } }
            p.code { "Error code: " code { (error.code()) } }
            p { a href="/connect" { "Try again" } }
        },
    )
}

fn bad_request(lang: &str, why: &str) -> Response {
    let body = html! {
        p { (why) }
        p { a href="/connect" { "Start again" } }
    };
    (
        StatusCode::BAD_REQUEST,
        page(lang, "Invalid callback", &body),
    )
        .into_response()
}

fn server_error(lang: &str, title: &str, why: &str) -> Response {
    let body = html! { p { (why) } };
    (StatusCode::INTERNAL_SERVER_ERROR, page(lang, title, &body)).into_response()
}

/// A whole HTML page in `lang`; maud escapes every value written into it.
fn page(lang: &str, title: &str, body: &Markup) -> Markup {
    html! {
        (DOCTYPE)
        html lang=(lang) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) }
                style { "body{font-family:sans-serif;max-width:40em;margin:2em auto;padding:0 1em}" }
            }
            body {
                h1 { (title) }
                (body)
            }
        }
    }
}
