//! `simulate`: a local stand-in for the vendor's link page, driven by a spec read at run time,
//! so that an application can try every outcome (each code, success, the EXIT button) without
//! the vendor's sandbox.
//!
//! The rules are the seed's, read from the spec's data: a code the link's rollback covers (or
//! every code under the `rollback_all` value) redirects to the redirect URI with the error
//! parameter and the link's extra parameters; any other code shows its screen, with an EXIT
//! link when the code marked `exit_button` is covered. The link's query is read, the rollback
//! parsed and the redirect URL written by the runtime (`link_errors::untyped`), so the
//! simulator reads and writes exactly what `LinkUrl` and `Callback` do.
//!
//! The server is stateless: every outcome link carries the link's own query, read again on
//! each request.
//!
//! With an overlay that declares locales, the spec's texts (screens, messages) are shown in the
//! locale `link_errors::negotiate` picks from the request's `Accept-Language`, looked up as the
//! generated `_in` methods look it up. The simulator's own words stay English, marked so.

use std::fmt::Write as _;
use std::io::Write as _;

use axum::Router;
use axum::extract::rejection::PathRejection;
use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use clap::ArgMatches;
use link_errors::LinkSpec;
use link_errors::untyped::{UntypedRollback, parse_redirect, parse_rollback, redirect_url};
use link_errors_codegen::Spec;
use link_errors_wire::base_url;
use maud::{DOCTYPE, Markup, html};

use crate::codes::{locale_index, localized};
use crate::protocol::{link_spec, lookup, reserved};
use crate::{Failure, Output, arg};

/// Where the outcome links live: a prefix of the simulator's own, beside the link page.
const OUTCOME: &str = "/_simulate";

/// The spec and settings every request reads.
struct Sim {
    spec: &'static Spec,
    link: LinkSpec<'static>,
    codes: Vec<&'static str>,
    redirect_uri: String,
    /// The link page's path (`[link] url`'s path, `/link` without one).
    path: String,
    /// Parameter names of the spec URL's own query: part of the link page's address, not
    /// extra parameters of the link.
    base_params: Vec<String>,
    /// The spec's locales, the first the language of its plain strings; empty without any.
    locales: Vec<&'static str>,
    /// The spec with its texts in each of `locales`, in that order (one, the spec as written,
    /// when it declares none).
    localized: Vec<Spec>,
}

/// The spec's texts in the language chosen for one request.
struct Shown<'a> {
    spec: &'a Spec,
    /// The chosen locale's tag, for `lang` attributes.
    lang: &'a str,
}

/// The language of the simulator's own words, and of every page when the spec declares no
/// locales.
const EN: &str = "en";

/// A link, as the link page read it.
struct Link {
    token: String,
    rollback: UntypedRollback,
    extra: Vec<(String, String)>,
    /// The query as received, carried on to the outcome links.
    query: String,
}

impl Link {
    /// Whether the link's rollback redirects the code at `index`.
    fn covers(&self, index: usize) -> bool {
        match &self.rollback {
            UntypedRollback::All => true,
            UntypedRollback::Only(list) => list.contains(&index),
            _ => false,
        }
    }
}

/// Why a request to the link page (or an outcome) cannot go on.
enum Refusal {
    /// The vendor's own answer: the invalid-link screen (no token, a malformed rollback).
    InvalidLink(String),
    /// A request no link would make (bad percent-encoding, a repeated parameter).
    BadRequest(String),
}

/// Serves the link page for `spec`, read with its overlay (if any) and checked by the caller.
pub(crate) fn run(spec: Spec, m: &ArgMatches) -> Result<Output, Failure> {
    let redirect_uri = arg(m, "redirect-uri").to_owned();
    // The server answers from this one spec until the process ends: it lives as long.
    let spec: &'static Spec = Box::leak(Box::new(spec));
    let link = link_spec(spec, Box::leak(reserved(spec).into_boxed_slice()));
    // The browser follows the redirect from the simulator's page: a path would lead back to
    // the simulator, so only an absolute http(s) URL will do, by the rule of a link's base
    // (the builder below checks its query for the error parameter).
    if let Err(e) = base_url::check(&redirect_uri, &|_| false) {
        return Err(Failure::trouble(format!(
            "error: --redirect-uri `{redirect_uri}`: {e}"
        )));
    }
    redirect_url(&link, &redirect_uri, None, &[])
        .map_err(|e| Failure::trouble(format!("error: --redirect-uri: {e}")))?;
    let (path, base_params) = page_address(&link, spec.link.url.as_deref());
    let codes = spec.errors.iter().map(|e| e.code.as_str()).collect();
    let locales = spec.locales.iter().map(String::as_str).collect();
    let localized = (0..spec.locale_count())
        .map(|i| localized(spec, i))
        .collect();
    let sim = Sim {
        spec,
        link,
        codes,
        redirect_uri,
        path,
        base_params,
        locales,
        localized,
    };
    let addr = arg(m, "addr");
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_io()
        .build()
        .map_err(|e| Failure::trouble(format!("error: cannot start the server: {e}")))?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(addr)
            .await
            .map_err(|e| Failure::trouble(format!("error: --addr `{addr}`: {e}")))?;
        let local = listener
            .local_addr()
            .map_err(|e| Failure::trouble(format!("error: {e}")))?;
        // The first line says where: a test that binds port 0 reads it.
        // Write errors are ignored: whoever started the server may not read its output.
        let mut out = std::io::stdout();
        let _ = writeln!(out, "link page: http://{local}{}", sim.path);
        let _ = writeln!(out, "redirects to: {}", sim.redirect_uri);
        let _ = out.flush();
        axum::serve(listener, router(sim))
            .await
            .map_err(|e| Failure::trouble(format!("error: the server stopped: {e}")))?;
        Ok(String::new().into())
    })
}

/// The link page's path and the (decoded) names in its URL's query.
fn page_address(link: &LinkSpec<'_>, url: Option<&str>) -> (String, Vec<String>) {
    let Some(url) = url else {
        return ("/link".into(), Vec::new());
    };
    let head = url.split(['?', '#']).next().unwrap_or_default();
    let after_scheme = head.split_once("://").map_or(head, |(_, rest)| rest);
    let path = after_scheme
        .find('/')
        .map_or("/", |i| &after_scheme[i..])
        .to_owned();
    // The spec passed the checks, so its URL's query reads; an unreadable one has no names.
    let names = parse_redirect(link, url)
        .map(|q| q.extra.into_iter().map(|(name, _)| name).collect())
        .unwrap_or_default();
    (path, names)
}

fn router(sim: Sim) -> Router {
    let translated = !sim.locales.is_empty();
    // The link page is matched in the fallback: the spec's path is data, not route syntax.
    let router = Router::new()
        .route(&format!("{OUTCOME}/success"), get(success))
        .route(&format!("{OUTCOME}/error/{{code}}"), get(error))
        .route(&format!("{OUTCOME}/screen/{{name}}"), get(screen_only))
        .fallback(link_page_or_not_found)
        .with_state(std::sync::Arc::new(sim));
    if !translated {
        return router;
    }
    // The pages depend on the request's language: caches must tell them apart.
    router.layer(axum::middleware::map_response(
        async |mut response: Response| {
            response
                .headers_mut()
                .insert(header::VARY, HeaderValue::from_static("accept-language"));
            response
        },
    ))
}

type Shared = State<std::sync::Arc<Sim>>;

impl Sim {
    /// The spec's texts in the locale the request's `Accept-Language` picks; the spec as
    /// written when it declares no locales.
    fn shown(&self, headers: &HeaderMap) -> Shown<'_> {
        if self.locales.is_empty() {
            return Shown {
                spec: &self.localized[0],
                lang: EN,
            };
        }
        // Several header lines are one list; a line that is not text is left out.
        let accept = headers
            .get_all(header::ACCEPT_LANGUAGE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .collect::<Vec<_>>()
            .join(",");
        let tag = link_errors::negotiate(&accept, &self.locales);
        Shown {
            spec: &self.localized[locale_index(self.spec, tag)],
            lang: tag,
        }
    }

    /// Reads the link's query with the runtime's parser (percent-decoding, limits), then
    /// takes out the token and the rollback.
    fn read(&self, query: Option<String>) -> Result<Link, Refusal> {
        let query = query.unwrap_or_default();
        let parsed = parse_redirect(&self.link, &query)
            .map_err(|e| Refusal::BadRequest(format!("the link's query is malformed: {e}")))?;
        let l = &self.spec.link;
        if parsed.error.is_some() {
            return Err(Refusal::BadRequest(format!(
                "the link has `{}`, which only the redirect back carries",
                l.error_param
            )));
        }
        let mut token = None;
        let mut rollback = None;
        let mut extra = Vec::new();
        for (name, value) in parsed.extra {
            let slot = if name == l.token_param {
                &mut token
            } else if name == l.rollback_param {
                &mut rollback
            } else {
                if !self.base_params.contains(&name) {
                    extra.push((name, value));
                }
                continue;
            };
            if slot.replace(value).is_some() {
                return Err(Refusal::BadRequest(format!(
                    "the link has `{name}` more than once"
                )));
            }
        }
        let token = token.filter(|t| !t.is_empty()).ok_or_else(|| {
            Refusal::InvalidLink(format!("The link has no `{}` parameter.", l.token_param))
        })?;
        let rollback = match rollback {
            None => UntypedRollback::Only(Vec::new()),
            Some(value) => parse_rollback(&self.link, &self.codes, &value, |s| {
                lookup(self.spec, s).map(|(i, _)| i)
            })
            .map_err(|e| Refusal::InvalidLink(format!("Its `{}`: {e}.", l.rollback_param)))?,
        };
        Ok(Link {
            token,
            rollback,
            extra,
            query,
        })
    }

    /// The code that arms the EXIT button, if the link's rollback covers it.
    fn exit_code(&self, link: &Link) -> Option<&str> {
        let (i, e) = self
            .spec
            .errors
            .iter()
            .enumerate()
            .find(|(_, e)| e.exit_button)?;
        link.covers(i).then_some(e.code.as_str())
    }

    /// 303 to the redirect URI with `error` (none on success) and the link's extras.
    fn redirect(&self, link: &Link, error: Option<&str>) -> Response {
        match redirect_url(&self.link, &self.redirect_uri, error, &link.extra) {
            Ok(url) => (StatusCode::SEE_OTHER, [(header::LOCATION, url)]).into_response(),
            // Checked at start-up; a refusal here is a bug worth a clear page, not a panic.
            Err(e) => page(
                StatusCode::INTERNAL_SERVER_ERROR,
                EN,
                "Cannot redirect",
                None,
                html! { p { (e) } },
            ),
        }
    }

    /// A screen the user stays on: its title and text (in `lang`), and EXIT when armed.
    fn screen(
        &self,
        link: &Link,
        lang: &str,
        title: &str,
        text: &str,
        code: Option<&str>,
    ) -> Response {
        let exit = self.exit_code(link);
        page(
            StatusCode::OK,
            lang,
            title,
            None,
            html! {
                (paragraphs(text))
                @if let Some(code) = code {
                    p.code lang=(EN) { "Error code: " code { (code) } }
                }
                @if let Some(exit) = exit {
                    p { a #exit .button lang=(EN) href=(outcome_href(&format!("error/{exit}"), &link.query)) { "EXIT" } }
                }
            },
        )
    }
}

impl Shown<'_> {
    /// The page for a link the simulator does not take, in the request's language.
    fn refuse(&self, refusal: Refusal) -> Response {
        match refusal {
            Refusal::InvalidLink(why) => {
                let screen = self
                    .spec
                    .screens
                    .iter()
                    .find(|s| s.name.eq_ignore_ascii_case("INVALID_LINK"));
                // The simulator's stand-ins for what the spec does not say are English.
                let (title, title_lang, text, lang) = match screen {
                    Some(s) => match &s.title {
                        Some(title) => (title.as_str(), None, s.text.as_str(), self.lang),
                        None => ("Invalid link", Some(EN), s.text.as_str(), self.lang),
                    },
                    None => (
                        "Invalid link",
                        None,
                        "The link is not valid (the spec has no INVALID_LINK screen).",
                        EN,
                    ),
                };
                page(
                    StatusCode::BAD_REQUEST,
                    lang,
                    title,
                    title_lang,
                    html! {
                        (paragraphs(text))
                        p.sim lang=(EN) { "Simulator: " (why) }
                    },
                )
            }
            Refusal::BadRequest(why) => page(
                StatusCode::BAD_REQUEST,
                EN,
                "Bad request",
                None,
                html! {
                    p { "This request is not one a link makes: " (why) "." }
                },
            ),
        }
    }
}

fn link_page(State(sim): Shared, headers: &HeaderMap, RawQuery(query): RawQuery) -> Response {
    let shown = sim.shown(headers);
    let link = match sim.read(query) {
        Ok(link) => link,
        Err(r) => return shown.refuse(r),
    };
    let exit = sim.exit_code(&link);
    let l = &sim.spec.link;
    let rollback = match &link.rollback {
        UntypedRollback::All => format!("every error (`{}`)", l.rollback_all),
        UntypedRollback::Only(list) if list.is_empty() => "no error".to_owned(),
        UntypedRollback::Only(list) => list
            .iter()
            .map(|&i| sim.codes[i])
            .collect::<Vec<_>>()
            .join(", "),
        _ => String::new(),
    };
    // The page is the simulator's (English); each outcome shows its text from the spec, in
    // the chosen language.
    let lang = shown.lang;
    page(
        StatusCode::OK,
        lang,
        "Link page (simulated)",
        Some(EN),
        html! {
            div lang=(EN) {
                p { "Token: " code { (link.token) } }
                p { "Redirects back: " (rollback) }
                @if !link.extra.is_empty() {
                    p { "Extra parameters: "
                        @for (name, value) in &link.extra { code { (name) "=" (value) } " " }
                    }
                }
                p { "Choose what happens:" }
                ul.outcomes {
                    li { a #success href=(outcome_href("success", &link.query)) { "Success" } " (redirects back)" }
                    @for (i, e) in shown.spec.errors.iter().enumerate() {
                        li {
                            a id=(e.code) href=(outcome_href(&format!("error/{}", e.code), &link.query)) { (e.code) }
                            @if link.covers(i) { " (redirects back)" }
                            @else if exit.is_some() { " (its screen, with EXIT)" }
                            @else { " (its screen)" }
                            ": " span.text lang=(lang) { (e.message) }
                        }
                    }
                    @for s in &shown.spec.screens {
                        li {
                            a id=(s.name) href=(outcome_href(&format!("screen/{}", s.name), &link.query)) { (s.name) }
                            @if exit.is_some() { " (screen without a code, with EXIT)" }
                            @else { " (screen without a code)" }
                            ": " span.text lang=(lang) { (s.title.as_deref().unwrap_or(&s.text)) }
                        }
                    }
                }
            }
        },
    )
}

async fn success(State(sim): Shared, headers: HeaderMap, RawQuery(query): RawQuery) -> Response {
    match sim.read(query) {
        Ok(link) => sim.redirect(&link, None),
        Err(r) => sim.shown(&headers).refuse(r),
    }
}

async fn error(
    State(sim): Shared,
    headers: HeaderMap,
    code: Result<Path<String>, PathRejection>,
    RawQuery(query): RawQuery,
) -> Response {
    let Path(code) = match code {
        Ok(code) => code,
        Err(e) => return bad_path(&e),
    };
    let shown = sim.shown(&headers);
    let link = match sim.read(query) {
        Ok(link) => link,
        Err(r) => return shown.refuse(r),
    };
    let Some((i, e)) = lookup(sim.spec, &code) else {
        return not_in_spec("code", &code);
    };
    if link.covers(i) {
        return sim.redirect(&link, Some(&e.code));
    }
    // Its texts in the chosen language: the localized copies keep the spec's order.
    let e = &shown.spec.errors[i];
    let title = e.screen_title.as_deref().unwrap_or(&e.code);
    let text = e.screen_text.as_deref().unwrap_or(&e.message);
    sim.screen(&link, shown.lang, title, text, Some(&e.code))
}

async fn screen_only(
    State(sim): Shared,
    headers: HeaderMap,
    name: Result<Path<String>, PathRejection>,
    RawQuery(query): RawQuery,
) -> Response {
    let Path(name) = match name {
        Ok(name) => name,
        Err(e) => return bad_path(&e),
    };
    let shown = sim.shown(&headers);
    let link = match sim.read(query) {
        Ok(link) => link,
        Err(r) => return shown.refuse(r),
    };
    let Some(s) = shown.spec.screens.iter().find(|s| s.name == name) else {
        return not_in_spec("screen", &name);
    };
    let title = s.title.as_deref().unwrap_or(&s.name);
    sim.screen(&link, shown.lang, title, &s.text, None)
}

/// A path segment that is not text (invalid percent-encoding or UTF-8).
fn bad_path(e: &PathRejection) -> Response {
    page(
        StatusCode::BAD_REQUEST,
        EN,
        "Bad request",
        None,
        html! { p { "This request is not one a link makes: " (e.body_text()) "." } },
    )
}

fn not_in_spec(what: &str, name: &str) -> Response {
    page(
        StatusCode::NOT_FOUND,
        EN,
        "Not found",
        None,
        html! { p { "The spec has no " (what) " " code { (name) } "." } },
    )
}

async fn link_page_or_not_found(
    sim: Shared,
    uri: Uri,
    headers: HeaderMap,
    query: RawQuery,
) -> Response {
    if uri.path() == sim.path {
        return link_page(sim, &headers, query);
    }
    page(
        StatusCode::NOT_FOUND,
        EN,
        "Not found",
        None,
        html! { p { "The simulator serves the link page and its outcomes only." } },
    )
}

/// An outcome link, carrying the link's query as received (already URL-encoded).
fn outcome_href(outcome: &str, query: &str) -> String {
    let mut href = format!("{OUTCOME}/{outcome}");
    if !query.is_empty() {
        let _ = write!(href, "?{query}");
    }
    href
}

/// A spec text: paragraphs split on blank lines.
fn paragraphs(text: &str) -> Markup {
    html! { @for p in text.split("\n\n") { p { (p) } } }
}

/// A page in `lang`, its title in `title_lang` when that differs.
fn page(
    status: StatusCode,
    lang: &str,
    title: &str,
    title_lang: Option<&str>,
    body: Markup,
) -> Response {
    let title_lang = title_lang.filter(|t| *t != lang);
    let markup = html! {
        (DOCTYPE)
        html lang=(lang) {
            head {
                meta charset="utf-8";
                title { (title) }
                style { (maud::PreEscaped(STYLE)) }
            }
            body {
                p.banner lang=(EN) { "link-errors simulate: a local stand-in for the link page" }
                h1 lang=[title_lang] { (title) }
                (maud::PreEscaped(body.into_string()))
            }
        }
    };
    (status, markup).into_response()
}

const STYLE: &str = "body{font-family:sans-serif;max-width:40em;margin:2em auto;padding:0 1em}\
    .banner{color:#555;font-size:.85em;border-bottom:1px solid #ccc;padding-bottom:.5em}\
    .sim{color:#555;font-size:.9em}.button{display:inline-block;padding:.4em 1.2em;\
    background:#333;color:#fff;text-decoration:none;border-radius:4px}";
