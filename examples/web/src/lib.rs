//! A web application that sends its users to the Flanks Link page and handles the redirect
//! back, as a user of `link-errors` writes it on axum.
//!
//! - `GET /connect` draws a state nonce from the operating system's generator, puts it in an
//!   `HttpOnly`, `SameSite=Lax` cookie and in the link's extra `state` parameter, builds the
//!   link URL with a rollback list and redirects the browser there (303).
//! - `GET /callback` reads the redirect with the runtime's strict `Callback<LinkError>`
//!   extractor (feature `axum`), compares `state`
//!   with the cookie in constant time (the double-submit pattern: no server-side store, so no
//!   flood of `/connect` can evict a browser's state), clears the cookie, and answers a page
//!   with the error's on-screen title and text, the overlay's advice, and "Try again" when
//!   the overlay's `retry` says so (or success). A malformed callback (a repeated or empty
//!   `error`) or a forged one (no state, one that does not match this browser's cookie, a
//!   replay after the cookie was cleared) gets a 400.
//! - The same `/callback`, asked for JSON (`Accept: application/problem+json` or
//!   `application/json`, a frontend's `fetch`), answers problem details (RFC 9457) from the
//!   overlay's `[problem]`: the code's status (`http_status`), message and advice for a known
//!   code, the `[problem]` answers for an unknown code and for a malformed or forged callback,
//!   and `204 No Content` for success.
//!
//! Every answer is in the language the [`Locale`] extractor negotiates from the request's
//! `Accept-Language` among [`LinkError::LOCALES`] (English, Spanish): the errors' texts from
//! the spec and the overlay (`link-errors-app.toml`), the pages' own words from one table
//! here.
//!
//! Run it with `cargo run -p link-errors-web-example` and open <http://127.0.0.1:3000/>; see
//! `docs/web-example.md` for a local try against `link-errors simulate`.

#![deny(missing_docs)]

use std::convert::Infallible;

use axum::Router;
use axum::extract::{OptionalFromRequestParts, State};
use axum::http::request::Parts;
use axum::http::{HeaderName, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use axum_extra::extract::cookie::{Cookie, CookieJar, SameSite};
use link_errors::{
    Callback, CallbackRejection, LinkUrl, Locale, ProblemDetails as _, Reported, Rollback,
};
use maud::{DOCTYPE, Markup, html};
use subtle::ConstantTimeEq;

/// The Flanks Link error codes, with what each means to this application (its `advice` and
/// `retry`) and their Spanish texts from the example overlay, `link-errors-app.toml`.
#[link_errors::spec("../../link-errors-spec.toml", overlay = "../../link-errors-app.toml")]
pub enum LinkError {}

/// The extra link parameter (and cookie) that carries the state nonce.
pub const STATE: &str = "state";
/// The path the state cookie is sent to: the callback only.
const CALLBACK: &str = "/callback";
/// How long the state cookie lives: the user has this long to finish on the link page.
pub const STATE_TTL_MINUTES: i64 = 10;

/// The pages' own words (the texts that belong to no error code), in one language.
///
/// They live here rather than in the overlay: an overlay's texts belong to the spec's codes
/// and screens, and it cannot add any, while these are the application's pages ("Connected"
/// has no code at all).
#[derive(Debug)]
struct Words {
    /// The locale these words are in: the entry of [`LinkError::LOCALES`] at the same index.
    locale: &'static str,
    home_title: &'static str,
    home_link: &'static str,
    home_rest: &'static str,
    connected: &'static str,
    connected_text: &'static str,
    cancelled: &'static str,
    failed: &'static str,
    error_code: &'static str,
    try_again: &'static str,
    start_again: &'static str,
    home: &'static str,
    malformed: &'static str,
    no_state: &'static str,
    wrong_state: &'static str,
    no_nonce: &'static str,
    no_link: &'static str,
}

/// The pages' words in each of [`LinkError::LOCALES`], in that order. The array's length is
/// the number of locales, and a constant below checks each entry's tag: a locale added
/// to (or reordered in) the overlay does not build until its words are here.
const WORDS: [Words; LinkError::LOCALES.len()] = [
    Words {
        locale: "en",
        home_title: "Connect your bank",
        home_link: "Connect your bank account",
        home_rest: " through Flanks.",
        connected: "Connected",
        connected_text: "Your bank account is connected.",
        cancelled: "Connection cancelled",
        failed: "The connection failed",
        error_code: "Error code: ",
        try_again: "Try again",
        start_again: "Start again",
        home: "Back to the start",
        malformed: "Malformed callback: ",
        no_state: "The callback has no single state: it did not come from a link we made.",
        wrong_state: "The callback's state does not match this browser's session, or was used already.",
        no_nonce: "Cannot draw a state nonce",
        no_link: "Cannot build the link",
    },
    Words {
        locale: "es",
        home_title: "Conecta tu banco",
        home_link: "Conecta tu cuenta bancaria",
        home_rest: " a través de Flanks.",
        connected: "Conectado",
        connected_text: "Tu cuenta bancaria está conectada.",
        cancelled: "Conexión cancelada",
        failed: "La conexión ha fallado",
        error_code: "Código de error: ",
        try_again: "Volver a intentarlo",
        start_again: "Empezar de nuevo",
        home: "Volver al inicio",
        malformed: "Retorno mal formado: ",
        no_state: "El retorno no tiene un único estado: no viene de un enlace nuestro.",
        wrong_state: "El estado del retorno no corresponde a la sesión de este navegador, o ya se usó.",
        no_nonce: "No se puede generar el estado",
        no_link: "No se puede construir el enlace",
    },
];

// Each entry of `WORDS` is in the locale at its index of `LinkError::LOCALES`, checked when the
// example builds.
const _: () = {
    const fn same(a: &str, b: &str) -> bool {
        let (a, b) = (a.as_bytes(), b.as_bytes());
        if a.len() != b.len() {
            return false;
        }
        let mut i = 0;
        while i < a.len() {
            if a[i] != b[i] {
                return false;
            }
            i += 1;
        }
        true
    }
    let mut i = 0;
    while i < WORDS.len() {
        assert!(
            same(WORDS[i].locale, LinkError::LOCALES[i]),
            "WORDS must have one entry per locale of LinkError::LOCALES, in that order"
        );
        i += 1;
    }
};

/// The pages' words in `lang` (one of [`LinkError::LOCALES`], as [`Locale`] answers).
fn words(lang: &str) -> &'static Words {
    let i = LinkError::LOCALES
        .iter()
        .position(|l| *l == lang)
        .unwrap_or(0);
    &WORDS[i]
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

async fn index(lang: Locale<LinkError>) -> Response {
    let w = words(&lang);
    let body = html! { p { a href="/connect" { (w.home_link) } (w.home_rest) } };
    (VARY, page(&lang, w.home_title, &body)).into_response()
}

async fn connect(State(config): Shared, lang: Locale<LinkError>, jar: CookieJar) -> Response {
    let nonce = match nonce() {
        Ok(n) => n,
        Err(e) => return server_error(&lang, words(&lang).no_nonce, &e.to_string()),
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
        Err(e) => return server_error(&lang, words(&lang).no_link, &e.to_string()),
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
    (jar.add(cookie), Redirect::to(&url)).into_response()
}

/// The page may show what the vendor reported: no caching, and no Referer carrying the
/// callback's query (and its state) to whatever the page links to. The answer depends on the
/// request's `Accept-Language` and `Accept`.
const CALLBACK_HEADERS: [(HeaderName, &str); 3] = [
    (header::REFERRER_POLICY, "no-referrer"),
    (header::CACHE_CONTROL, "no-store"),
    (header::VARY, "Accept, Accept-Language"),
];

/// What a page in the user's language varies with.
const VARY: [(HeaderName, &str); 1] = [(header::VARY, "Accept-Language")];

async fn callback(
    lang: Locale<LinkError>,
    accept: Option<WantsJson>,
    jar: CookieJar,
    redirect: Result<Callback<LinkError>, CallbackRejection>,
) -> Response {
    let json = accept.is_some();
    let answer = match redirect {
        // Malformed: bad percent-encoding, a repeated or empty `error`, an error value that is
        // not code-shaped. Neither answer quotes the request.
        Err(rejection) if json => rejection.problem::<LinkError>(&lang).into_response(),
        Err(rejection) => {
            let why = format!("{}{rejection}", words(&lang).malformed);
            bad_request(&lang, &why)
        }
        Ok(redirect) => match state_matches(&redirect, &jar) {
            Err(_) if json => LinkError::malformed_problem(&lang).into_response(),
            Err(why) => bad_request(&lang, why(words(&lang))),
            // Used up: the browser drops the cookie, so the same callback cannot be replayed.
            Ok(()) => {
                let jar = jar.remove(Cookie::build(STATE).path(CALLBACK));
                let body = match redirect.error() {
                    Some(e) if json => e.problem(&lang).into_response(),
                    None if json => StatusCode::NO_CONTENT.into_response(),
                    error => outcome(&lang, error).into_response(),
                };
                (jar, body).into_response()
            }
        },
    };
    (CALLBACK_HEADERS, answer).into_response()
}

/// Forged or replayed: the state must be the one in this browser's cookie. A mismatch leaves
/// the cookie alone, so a forged callback cannot cancel the user's real one. `param` answers
/// only for a parameter sent once: a second `state` is never ignored. The error is the
/// page's words for why.
fn state_matches(
    redirect: &Callback<LinkError>,
    jar: &CookieJar,
) -> Result<(), fn(&Words) -> &'static str> {
    let Some(state) = redirect.param(STATE) else {
        return Err(|w| w.no_state);
    };
    let ours = jar.get(STATE).map(Cookie::value).unwrap_or_default();
    if ours.is_empty() || !bool::from(ours.as_bytes().ct_eq(state.as_bytes())) {
        return Err(|w| w.wrong_state);
    }
    Ok(())
}

/// An `Accept` header that asks for JSON (`application/problem+json` or `application/json`):
/// a frontend's `fetch`, which gets problem details instead of a page.
#[derive(Debug, Clone, Copy)]
pub struct WantsJson;

impl<S: Send + Sync> OptionalFromRequestParts<S> for WantsJson {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Option<Self>, Infallible> {
        let json = parts
            .headers
            .get_all(header::ACCEPT)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .filter_map(|range| range.split(';').next())
            .any(|t| {
                let t = t.trim();
                t.eq_ignore_ascii_case(link_errors::PROBLEM_JSON)
                    || t.eq_ignore_ascii_case("application/json")
            });
        Ok(json.then_some(Self))
    }
}

/// The page for what the link page reported, in `lang`: the vendor's on-screen words for the
/// error (its message where it has none) and the overlay's advice, with "Try again" when the
/// overlay says the user can.
fn outcome(lang: &str, error: Option<&Reported<LinkError>>) -> Markup {
    let w = words(lang);
    let Some(error) = error else {
        return page(lang, w.connected, &html! { p { (w.connected_text) } });
    };
    let (title, text, advice, retry) = match error {
        // The user left: the vendor's message for this code is about the EXIT button, written
        // for developers, so the page says only what the user can do now.
        Reported::Known(e @ LinkError::AbortedByUser) => {
            (w.cancelled, None, Some(e.advice_in(lang)), e.retry())
        }
        Reported::Known(e) => (
            e.screen_title_in(lang).unwrap_or(w.failed),
            Some(e.screen_text_in(lang).unwrap_or(e.message_in(lang))),
            Some(e.advice_in(lang)),
            e.retry(),
        ),
        // A code newer than our spec: not lost, shown as sent, and worth a log line. Whether
        // it can be retried is unknown; trying again costs the user nothing. Its words are
        // the overlay's `[problem]` answer for an unknown code.
        Reported::Unknown(code) => {
            eprintln!("link error code not in the spec (update it?): {code:?}");
            let problem = error.problem(lang);
            (problem.title(), problem.detail(), None, true)
        }
    };
    page(
        lang,
        title,
        &html! {
            @if let Some(text) = text {
                @for p in text.split("\n\n") { p { (p) } }
            }
            @if let Some(advice) = advice { p.advice { strong { (advice) } } }
            p.code { (w.error_code) code { (error.code()) } }
            @if retry {
                p { a href="/connect" { (w.try_again) } }
            } @else {
                p { a href="/" { (w.home) } }
            }
        },
    )
}

/// A refused callback's page: the overlay's `[problem]` title for it, and why.
fn bad_request(lang: &str, why: &str) -> Response {
    let w = words(lang);
    let body = html! {
        p { (why) }
        p { a href="/connect" { (w.start_again) } }
    };
    let title = LinkError::malformed_problem(lang).title();
    (StatusCode::BAD_REQUEST, page(lang, title, &body)).into_response()
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
