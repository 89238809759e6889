//! A web application that sends its users to the Flanks Link page and handles the redirect
//! back, as a user of `link-errors` would write it (axum, no macros).
//!
//! - `GET /connect` makes a state nonce for this browser, remembers it (server side, single
//!   use, ten minutes) and in a cookie, builds the link URL with a rollback list and the
//!   nonce as the extra `state` parameter, and redirects the browser there (303).
//! - `GET /callback` reads the redirect with `Query<Redirect<LinkError>>`, checks that `state`
//!   is a nonce this server issued to this browser and not used yet, and answers a page with
//!   the error's on-screen title and text (or success). A malformed callback (a repeated or
//!   empty `error`) or a forged one (no state, a wrong one, a replayed one) gets a 400.
//!
//! Run it with `cargo run -p link-errors-web-example` and open <http://127.0.0.1:3000/>.

#![deny(missing_docs)]

use std::collections::HashMap;
use std::collections::hash_map::RandomState;
use std::fmt::Write as _;
use std::hash::{BuildHasher, Hasher};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::task::Poll;
use std::time::{Duration, Instant, SystemTime};

use axum::Router;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use hyper::server::conn::http1;
use hyper_util::rt::TokioIo;
use hyper_util::service::TowerToHyperService;
use link_errors::{LinkUrl, Redirect, Reported, Rollback};

/// The Flanks Link error codes.
#[link_errors::spec("../../link-errors-spec.toml")]
pub enum LinkError {}

/// The extra link parameter (and cookie) that carries the state nonce.
pub const STATE: &str = "state";
/// How long a nonce stays valid: the user has this long to finish on the link page.
pub const NONCE_TTL: Duration = Duration::from_secs(10 * 60);
/// At most this many nonces wait for their callback; beyond it the oldest are dropped, so a
/// flood of `/connect` cannot grow memory without bound.
pub const MAX_PENDING: usize = 10_000;

/// What the application is configured with.
#[derive(Debug, Clone)]
pub struct Config {
    /// The link token (Flanks issues it to the application).
    pub token: String,
    /// Which errors come back to `/callback`; the others stay on the Flanks screen.
    pub rollback: Rollback<LinkError>,
    /// The link page, if not the spec's (a sandbox; the tests).
    pub link_base: Option<String>,
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
        }
    }
}

struct App {
    config: Config,
    pending: Mutex<HashMap<String, Instant>>,
    counter: AtomicU64,
}

/// The application's routes.
pub fn app(config: Config) -> Router {
    let state = Arc::new(App {
        config,
        pending: Mutex::new(HashMap::new()),
        counter: AtomicU64::new(0),
    });
    Router::new()
        .route("/", get(index))
        .route("/connect", get(connect))
        .route("/callback", get(callback))
        .with_state(state)
}

/// Serves `app(config)` on `listener` (HTTP/1.1) until `shutdown` completes; connections
/// already accepted finish on their own tasks.
///
/// # Errors
/// Accepting a connection fails.
pub async fn serve(
    listener: tokio::net::TcpListener,
    config: Config,
    shutdown: impl Future<Output = ()>,
) -> std::io::Result<()> {
    let router = app(config);
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        // Accept, or stop: `tokio::select!` without tokio's macros.
        let next = std::future::poll_fn(|cx| {
            if shutdown.as_mut().poll(cx).is_ready() {
                return Poll::Ready(None);
            }
            listener.poll_accept(cx).map(Some)
        });
        let Some(accepted) = next.await else {
            return Ok(());
        };
        let (stream, _) = accepted?;
        let service = TowerToHyperService::new(router.clone());
        tokio::spawn(async move {
            // A client that goes away mid-request is its own business.
            let _ = http1::Builder::new()
                .serve_connection(TokioIo::new(stream), service)
                .await;
        });
    }
}

impl App {
    /// 128 unpredictable bits, hex. `RandomState` is seeded from the OS's randomness once per
    /// process and keyed `SipHash` is a PRF, so outputs cannot be guessed from earlier ones; a
    /// counter and the time make every input distinct. (An application that already depends
    /// on `getrandom` or `rand` can use that instead.)
    fn nonce(&self) -> String {
        let n = self.counter.fetch_add(1, Ordering::Relaxed);
        let now = SystemTime::now()
            .duration_since(SystemTime::UNIX_EPOCH)
            .unwrap_or_default()
            .as_nanos();
        let mut out = String::with_capacity(32);
        for half in 0..2u8 {
            let mut h = RandomState::new().build_hasher();
            h.write_u64(n);
            h.write_u128(now);
            h.write_u8(half);
            let _ = write!(out, "{:016x}", h.finish());
        }
        out
    }

    fn remember(&self, nonce: &str) {
        let mut pending = self.pending.lock().unwrap_or_else(PoisonError::into_inner);
        let now = Instant::now();
        pending.retain(|_, issued| now.duration_since(*issued) < NONCE_TTL);
        while pending.len() >= MAX_PENDING {
            let oldest = pending
                .iter()
                .min_by_key(|(_, issued)| **issued)
                .map(|(k, _)| k.clone());
            match oldest {
                Some(k) => pending.remove(&k),
                None => break,
            };
        }
        pending.insert(nonce.to_owned(), now);
    }

    /// Whether `nonce` was issued, is fresh, and was not used yet; it is used up either way.
    fn redeem(&self, nonce: &str) -> bool {
        let mut pending = self.pending.lock().unwrap_or_else(PoisonError::into_inner);
        pending
            .remove(nonce)
            .is_some_and(|issued| issued.elapsed() < NONCE_TTL)
    }
}

async fn index() -> Html<String> {
    page(
        "Connect your bank",
        "<p><a href=\"/connect\">Connect your bank account</a> through Flanks.</p>",
    )
}

async fn connect(State(app): State<Arc<App>>) -> Response {
    let nonce = app.nonce();
    let mut link = LinkUrl::<LinkError>::new(app.config.token.clone())
        .rollback(app.config.rollback)
        .param(STATE, nonce.clone());
    if let Some(base) = &app.config.link_base {
        link = link.base(base.clone());
    }
    match link.build() {
        Ok(url) => {
            app.remember(&nonce);
            // The cookie binds the nonce to this browser: a callback carrying a nonce issued
            // to someone else is refused.
            let cookie = format!(
                "{STATE}={nonce}; Path=/callback; HttpOnly; SameSite=Lax; Max-Age={}",
                NONCE_TTL.as_secs()
            );
            (
                StatusCode::SEE_OTHER,
                [(header::LOCATION, url), (header::SET_COOKIE, cookie)],
            )
                .into_response()
        }
        // A configuration mistake (a bad base URL): ours, not the user's.
        Err(e) => (
            StatusCode::INTERNAL_SERVER_ERROR,
            page(
                "Cannot build the link",
                &format!("<p>{}</p>", escape(&e.to_string())),
            ),
        )
            .into_response(),
    }
}

/// The value of cookie `name`, if the request has it.
fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

fn bad_request(why: &str) -> Response {
    (
        StatusCode::BAD_REQUEST,
        page(
            "Invalid callback",
            &format!(
                "<p>{}</p><p><a href=\"/connect\">Start again</a></p>",
                escape(why)
            ),
        ),
    )
        .into_response()
}

async fn callback(
    State(app): State<Arc<App>>,
    headers: HeaderMap,
    query: Result<Query<Redirect<LinkError>>, QueryRejection>,
) -> Response {
    // Malformed: a repeated or empty `error`, or a query that is not one.
    let redirect = match query {
        Ok(Query(redirect)) => redirect,
        Err(rejection) => {
            return bad_request(&format!("Malformed callback: {}", rejection.body_text()));
        }
    };
    // Forged or replayed: the state must be one this server issued to this browser, unused.
    let Some(state) = redirect.param(STATE) else {
        return bad_request("The callback has no state: it did not come from a link we made.");
    };
    if cookie(&headers, STATE) != Some(state) || !app.redeem(state) {
        return bad_request(
            "The callback's state does not match this browser's session, or was used already.",
        );
    }
    let Some(error) = redirect.error() else {
        return page("Connected", "<p>Your bank account is connected.</p>").into_response();
    };
    let (title, text) = match error {
        Reported::Known(LinkError::AbortedByUser) => (
            "Connection cancelled".to_owned(),
            "You left the bank connection. You can start again at any time.".to_owned(),
        ),
        // The vendor's own on-screen words where the spec has them, the message otherwise.
        Reported::Known(e) => (
            e.screen_title()
                .unwrap_or("The connection failed")
                .to_owned(),
            e.screen_text().unwrap_or(e.message()).to_owned(),
        ),
        // A code newer than our spec: not lost, shown as sent, and worth a log line.
        Reported::Unknown(code) => {
            eprintln!("link error code not in the spec (update it?): {code:?}");
            (
                "The connection failed".to_owned(),
                format!("The bank connection reported an error we do not know yet ({code})."),
            )
        }
    };
    let mut body = String::new();
    for p in text.split("\n\n") {
        let _ = write!(body, "<p>{}</p>", escape(p));
    }
    page(
        &title,
        &format!(
            "{body}<p class=\"code\">Error code: <code>{}</code></p><p><a href=\"/connect\">Try again</a></p>",
            escape(error.code())
        ),
    )
    .into_response()
}

/// A whole HTML page.
fn page(title: &str, body: &str) -> Html<String> {
    Html(format!(
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{t}</title></head>\
         <body><h1>{t}</h1>{body}</body></html>\n",
        t = escape(title)
    ))
}

/// Text made safe for HTML: a callback's parameters are whatever the browser sent.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}
