//! The web example over real HTTP: the server on 127.0.0.1 on a free port, driven by a real
//! client (ureq, redirects not followed: the link page is the vendor's). Every request goes
//! to that address and has a timeout; the server stops when the test's guard drops.

use link_errors::{Callback, RedirectUrl, Reported};
use link_errors_testing::{Reply, Server, agent};
use link_errors_web_example::{Config, LinkError, app};
use ureq::Agent;

fn get(agent: &Agent, url: &str, cookie: Option<&str>) -> Reply {
    get_in(agent, url, cookie, None)
}

/// [`get`] with the browser's `Accept-Language`.
fn get_in(agent: &Agent, url: &str, cookie: Option<&str>, accept_language: Option<&str>) -> Reply {
    let headers: Vec<(&str, &str)> = [("Cookie", cookie), ("Accept-Language", accept_language)]
        .into_iter()
        .filter_map(|(name, value)| Some((name, value?)))
        .collect();
    link_errors_testing::get(agent, url, &headers)
}

/// `GET /connect`: the link URL's state and the cookie that binds it to this browser.
fn connect(agent: &Agent, base: &str) -> (String, String) {
    let r = get(agent, &format!("{base}/connect"), None);
    assert_eq!(r.status, 303, "{}", r.body);
    let location = r.header("location").unwrap();
    let link = Callback::<LinkError>::parse(location).unwrap();
    let state = link.param("state").unwrap().to_owned();
    assert_eq!(
        r.header("set-cookie").unwrap(),
        format!("state={state}; HttpOnly; SameSite=Lax; Path=/callback; Max-Age=600")
    );
    let cookie = format!("state={state}");
    (state, cookie)
}

/// What the link page sends the browser back to: the error (if any) under the spec's error
/// parameter, then the state, as the vendor encodes them.
fn callback_url(base: &str, error: Option<Reported<LinkError>>, state: &str) -> String {
    let mut url = RedirectUrl::<LinkError>::new(format!("{base}/callback"));
    if let Some(e) = error {
        url = url.error(e);
    }
    url.param("state", state).build().unwrap()
}

/// `s` as maud writes it into the page.
fn escaped(s: &str) -> String {
    maud::html! { (s) }.into_string()
}

/// The callback's page for `e` in `lang` ("en" or "es", with the page's own words for the
/// title of a code without a screen and for the links): the screen title and text (or the
/// message) and the advice in that language, and "Try again" exactly when `e.retry()`.
fn assert_error_page(body: &str, e: LinkError, lang: &str) {
    let (failed, cancelled, try_again, home, error_code) = match lang {
        "en" => (
            "The connection failed",
            "Connection cancelled",
            "Try again",
            "Back to the start",
            "Error code: ",
        ),
        _ => (
            "La conexión ha fallado",
            "Conexión cancelada",
            "Volver a intentarlo",
            "Volver al inicio",
            "Código de error: ",
        ),
    };
    assert!(body.contains(&format!("<html lang=\"{lang}\">")), "{body}");
    assert!(
        body.contains(&format!("{error_code}<code>{}</code>", e.code())),
        "{e:?}: {body}"
    );
    let advice = escaped(e.advice_in(lang));
    assert!(
        body.contains(&format!(
            "<p class=\"advice\"><strong>{advice}</strong></p>"
        )),
        "{e:?}: {body}"
    );
    if e == LinkError::AbortedByUser {
        assert!(body.contains(&format!("<h1>{cancelled}</h1>")), "{body}");
    } else {
        let title = e.screen_title_in(lang).unwrap_or(failed);
        let text = e.screen_text_in(lang).unwrap_or(e.message_in(lang));
        assert!(body.contains(&format!("<h1>{title}</h1>")), "{e:?}: {body}");
        let first = escaped(text.split("\n\n").next().unwrap());
        assert!(body.contains(&first), "{e:?}: {body}");
    }
    let again = format!("<a href=\"/connect\">{try_again}</a>");
    let back = format!("<a href=\"/\">{home}</a>");
    if e.retry() {
        assert!(
            body.contains(&again) && !body.contains(&back),
            "{e:?}: {body}"
        );
    } else {
        assert!(
            !body.contains(&again) && body.contains(&back),
            "{e:?}: {body}"
        );
    }
}

#[test]
fn connect_then_callback_over_http() {
    let server = Server::start(app(Config::default()));
    let base = server.base();
    let agent = agent();

    let home = get(&agent, &format!("{base}/"), None);
    assert_eq!(home.status, 200);
    assert!(home.body.contains("<a href=\"/connect\">"));

    // The link: the spec's page, the token, the rollback list, the nonce.
    let r = get(&agent, &format!("{base}/connect"), None);
    assert_eq!(r.status, 303);
    let location = r.header("location").unwrap();
    let prefix = "https://platform.flanks.io/link?token=demo-token&rollback=INVALID_CREDENTIALS,INVALID_SCA,CREDENTIALS_ALREADY_EXIST,ABORTED_BY_USER&state=";
    assert!(location.starts_with(prefix), "{location}");
    let nonce = &location[prefix.len()..];
    assert_eq!(nonce.len(), 32);
    assert!(nonce.bytes().all(|b| b.is_ascii_hexdigit()));
    let (other, _) = connect(&agent, base);
    assert_ne!(nonce, other, "a new nonce per session");

    // Every code of the spec: its on-screen title and text (or its message), its advice.
    for e in LinkError::ALL {
        let (state, cookie) = connect(&agent, base);
        let url = callback_url(base, Some(e.into()), &state);
        let r = get(&agent, &url, Some(&cookie));
        assert_eq!(r.status, 200, "{e:?}: {}", r.body);
        assert_error_page(&r.body, e, "en");
    }
    let (state, cookie) = connect(&agent, base);
    let url = callback_url(base, Some(LinkError::InvalidSca.into()), &state);
    let r = get(&agent, &url, Some(&cookie));
    assert!(r.body.contains("<h1>Authorization failed</h1><p>Log in 2FA value (sms, otp, token...) introduced is incorrect.</p><p class=\"advice\"><strong>The verification code was not accepted. Request a new one and try again.</strong></p>"), "{}", r.body);

    // Success: no error parameter; extra parameters do not matter.
    let (state, cookie) = connect(&agent, base);
    let r = get(
        &agent,
        &format!("{}&x=1", callback_url(base, None, &state)),
        Some(&cookie),
    );
    assert_eq!(r.status, 200);
    assert!(r.body.contains("<h1>Connected</h1>"), "{}", r.body);

    // A code newer than the spec: shown as sent, never lost.
    let (state, cookie) = connect(&agent, base);
    let new = Reported::Unknown("NEW_CODE.2".into());
    let r = get(
        &agent,
        &callback_url(base, Some(new), &state),
        Some(&cookie),
    );
    assert_eq!(r.status, 200);
    assert!(
        r.body.contains("<h1>The connection failed</h1>"),
        "{}",
        r.body
    );
    assert!(
        r.body.contains("Error code: <code>NEW_CODE.2</code>"),
        "{}",
        r.body
    );
    assert!(r.body.contains(">Try again</a>"), "{}", r.body);

    // A value that is not code-shaped is refused before the handler's `match`.
    let (state, cookie) = connect(&agent, base);
    let r = get(
        &agent,
        &format!("{base}/callback?error=NEW_CODE%3Cscript%3E&state={state}"),
        Some(&cookie),
    );
    assert_eq!(r.status, 400, "{}", r.body);
    assert!(!r.body.contains("<script>"), "{}", r.body);
}

#[test]
fn forged_and_malformed_callbacks_get_400() {
    let server = Server::start(app(Config::default()));
    let base = server.base();
    let agent = agent();
    let callback = |query: &str, cookie: Option<&str>| {
        get(&agent, &format!("{base}/callback?{query}"), cookie)
    };
    let refused = |r: Reply, why: &str| {
        assert_eq!(r.status, 400, "{}", r.body);
        assert!(r.body.contains("<h1>Invalid callback</h1>"), "{}", r.body);
        assert!(r.body.contains(why), "{why} in {}", r.body);
    };

    // No state at all.
    let no_state = RedirectUrl::<LinkError>::new(format!("{base}/callback"))
        .error(LinkError::InvalidSca)
        .build()
        .unwrap();
    refused(get(&agent, &no_state, None), "has no single state");
    // An empty state with an empty cookie.
    let empty = callback_url(base, Some(LinkError::InvalidSca.into()), "");
    refused(get(&agent, &empty, Some("state=")), "does not match");
    // A real state without its cookie (another browser), then with the wrong cookie.
    let (state, cookie) = connect(&agent, base);
    refused(callback(&format!("state={state}"), None), "does not match");
    refused(
        callback(&format!("state={state}"), Some("state=other")),
        "does not match",
    );
    // Those did not use it up: with its cookie it works, and the answer clears the cookie,
    // so the browser's replay carries none and is refused.
    let r = callback(&format!("state={state}"), Some(&cookie));
    assert_eq!(r.status, 200);
    let cleared = r.header("set-cookie").unwrap();
    assert!(
        cleared.starts_with("state=; Path=/callback; Max-Age=0;"),
        "{cleared}"
    );
    refused(callback(&format!("state={state}"), None), "used already");
    // The cookie is compared whole: a prefix or a longer value does not match.
    refused(
        callback(
            &format!("state={state}"),
            Some(&format!("state={}", &state[..31])),
        ),
        "does not match",
    );
    refused(
        callback(&format!("state={state}0"), Some(&cookie)),
        "does not match",
    );

    // Two states, one of them right: never reduced to either.
    let (state, cookie) = connect(&agent, base);
    refused(
        callback(&format!("state={state}&state=other"), Some(&cookie)),
        "has no single state",
    );
    refused(
        callback(&format!("state=other&state={state}"), Some(&cookie)),
        "has no single state",
    );

    // Malformed: the redirect's own rules, through the strict extractor.
    let (state, cookie) = connect(&agent, base);
    refused(
        callback(
            &format!("error=INVALID_SCA&error=INTERNAL_ERROR&state={state}"),
            Some(&cookie),
        ),
        "Malformed callback: invalid redirect: the `error` parameter is in the query twice",
    );
    refused(
        callback(&format!("error=&state={state}"), Some(&cookie)),
        "the `error` parameter at byte 0 of the query is empty",
    );
    // Rejected callbacks do not use the nonce up: the real redirect can still arrive.
    let url = callback_url(base, Some(LinkError::InternalError.into()), &state);
    let r = get(&agent, &url, Some(&cookie));
    assert_eq!(r.status, 200, "{}", r.body);
    assert!(r.body.contains("An unexpected error from the Flanks API."));
}

#[test]
fn pages_in_the_browsers_language() {
    let server = Server::start(app(Config::default()));
    let base = server.base();
    let agent = agent();
    let callback = |e: LinkError, accept_language: Option<&str>| {
        let (state, cookie) = connect(&agent, base);
        let url = callback_url(base, Some(e.into()), &state);
        let r = get_in(&agent, &url, Some(&cookie), accept_language);
        assert_eq!(r.status, 200, "{e:?}: {}", r.body);
        r.body
    };

    // Spanish asked for first: every code's texts and advice in Spanish.
    for e in LinkError::ALL {
        assert_error_page(&callback(e, Some("es-ES,es;q=0.9")), e, "es");
    }
    let body = callback(LinkError::InvalidSca, Some("es-ES,es;q=0.9"));
    assert!(
        body.contains("<h1>Autorización fallida</h1><p>El valor de doble factor introducido (sms, otp, token...) es incorrecto.</p><p class=\"advice\"><strong>El código de verificación no es válido. Solicita uno nuevo y vuelve a intentarlo.</strong></p><p class=\"code\">Código de error: <code>INVALID_SCA</code></p><p><a href=\"/connect\">Volver a intentarlo</a></p>"),
        "{body}"
    );
    // A code without a screen: its Spanish message under the page's Spanish title.
    let body = callback(LinkError::InternalError, Some("es"));
    assert!(
        body.contains(
            "<h1>La conexión ha fallado</h1><p>Un error inesperado de la API de Flanks.</p>"
        ),
        "{body}"
    );

    // No header, a language the overlay lacks, or English first: English.
    for accept_language in [
        None,
        Some("fr"),
        Some("fr-FR,fr;q=0.9"),
        Some("en,es;q=0.5"),
    ] {
        let body = callback(LinkError::InvalidSca, accept_language);
        assert_error_page(&body, LinkError::InvalidSca, "en");
        assert!(
            body.contains("The verification code was not accepted."),
            "{accept_language:?}: {body}"
        );
    }
    // Spanish refused outright (`q=0`) loses even as the only language named.
    let body = callback(LinkError::InvalidSca, Some("es;q=0"));
    assert!(body.contains("<html lang=\"en\">"), "{body}");

    // `retry` decides the link: on for a wrong password, off for an account already connected.
    assert!(LinkError::InvalidCredentials.retry() && !LinkError::CredentialsAlreadyExist.retry());
    let body = callback(LinkError::InvalidCredentials, None);
    assert!(
        body.contains("<a href=\"/connect\">Try again</a>"),
        "{body}"
    );
    let body = callback(LinkError::CredentialsAlreadyExist, None);
    assert!(!body.contains("Try again"), "{body}");
    assert!(
        body.contains("<a href=\"/\">Back to the start</a>"),
        "{body}"
    );
    let body = callback(LinkError::CredentialsAlreadyExist, Some("es-ES,es;q=0.9"));
    assert!(!body.contains("Volver a intentarlo"), "{body}");
    assert!(
        body.contains("Esta cuenta bancaria ya está conectada."),
        "{body}"
    );

    // The pages' own words too: home, success, a refused callback.
    let es = Some("es-ES,es;q=0.9");
    let home = get_in(&agent, &format!("{base}/"), None, es);
    assert!(
        home.body.contains("<h1>Conecta tu banco</h1>"),
        "{}",
        home.body
    );
    let (state, cookie) = connect(&agent, base);
    let ok = get_in(&agent, &callback_url(base, None, &state), Some(&cookie), es);
    assert!(ok.body.contains("<h1>Conectado</h1>"), "{}", ok.body);
    let replay = get_in(&agent, &callback_url(base, None, &state), None, es);
    assert_eq!(replay.status, 400);
    assert!(
        replay.body.contains("<h1>Retorno no válido</h1>"),
        "{}",
        replay.body
    );
    assert!(replay.body.contains("o ya se usó."), "{}", replay.body);
}

#[test]
fn other_configurations() {
    let server = Server::start(app(Config {
        token: "t k".into(),
        rollback: link_errors::Rollback::all(),
        link_base: Some("http://127.0.0.1:9/link?lang=en".into()),
        secure_cookie: true,
    }));
    let r = get(&agent(), &format!("{}/connect", server.base()), None);
    assert_eq!(r.status, 303);
    let location = r.header("location").unwrap();
    assert!(
        location.starts_with("http://127.0.0.1:9/link?lang=en&token=t+k&rollback=true&state="),
        "{location}"
    );

    // A base URL the runtime refuses: the server's mistake, a 500 that says why.
    let server = Server::start(app(Config {
        link_base: Some("ftp://files.example/".into()),
        ..Config::default()
    }));
    let r = get(&agent(), &format!("{}/connect", server.base()), None);
    assert_eq!(r.status, 500);
    assert!(
        r.body.contains("must start with `http://` or `https://`"),
        "{}",
        r.body
    );
}

/// A callback fetched by a frontend (`Accept: application/problem+json`), in `accept_language`.
fn get_json(
    agent: &Agent,
    url: &str,
    cookie: Option<&str>,
    accept_language: Option<&str>,
) -> Reply {
    let headers: Vec<(&str, &str)> = [
        (
            "Accept",
            Some("application/problem+json, application/json;q=0.9"),
        ),
        ("Cookie", cookie),
        ("Accept-Language", accept_language),
    ]
    .into_iter()
    .filter_map(|(name, value)| Some((name, value?)))
    .collect();
    link_errors_testing::get(agent, url, &headers)
}

/// `r` is an RFC 9457 problem details response in `lang`: its status, the headers, and a JSON
/// object of exactly `type` (a URI), `title` and `status` (the response's), `detail` if
/// `detail` is given, and the extension member `code` if `code` is given. Returns the `type`.
fn assert_problem(
    r: &Reply,
    status: u16,
    lang: &str,
    title: &str,
    detail: Option<&str>,
    code: Option<&str>,
) -> String {
    assert_eq!(r.status, status, "{}", r.body);
    assert_eq!(r.header("content-type"), Some("application/problem+json"));
    assert_eq!(r.header("content-language"), Some(lang));
    assert_eq!(r.header("vary"), Some("Accept, Accept-Language"));
    assert_eq!(r.header("cache-control"), Some("no-store"));
    let body: serde_json::Value = serde_json::from_str(&r.body).expect("a JSON body");
    let members = body.as_object().expect("a JSON object");
    let type_uri = members["type"].as_str().expect("`type` is a string");
    assert!(
        type_uri == "about:blank" || type_uri.starts_with("https://"),
        "{type_uri}"
    );
    assert_eq!(members["title"].as_str(), Some(title));
    assert_eq!(members["status"].as_u64(), Some(u64::from(status)));
    assert_eq!(members.get("detail").map(|d| d.as_str().unwrap()), detail);
    assert_eq!(members.get("code").map(|c| c.as_str().unwrap()), code);
    let mut names: Vec<_> = members.keys().map(String::as_str).collect();
    names.sort_unstable();
    let mut want = vec!["status", "title", "type"];
    want.extend(detail.map(|_| "detail"));
    want.extend(code.map(|_| "code"));
    want.sort_unstable();
    assert_eq!(names, want, "{}", r.body);
    type_uri.to_owned()
}

/// The overlay's `[problem]` words in `lang`: `en` for "en", `es` for "es".
fn in_lang<T>(lang: &str, en: T, es: T) -> T {
    if lang == "es" { es } else { en }
}

#[test]
fn callbacks_fetched_as_json_answer_problem_details_in_the_users_language() {
    let server = Server::start(app(Config::default()));
    let base = server.base();
    let agent = agent();
    for (accept_language, lang) in [
        (Some("es-ES,es;q=0.9,en;q=0.8"), "es"),
        (Some("en-GB"), "en"),
        (None, "en"),
    ] {
        // A known code: its `http_status`, its message and advice in the user's language, the
        // overlay's `type` with the code in it, and the code.
        let (state, cookie) = connect(&agent, base);
        let e = LinkError::InvalidSca;
        let url = callback_url(base, Some(e.into()), &state);
        let r = get_json(&agent, &url, Some(&cookie), accept_language);
        let type_uri = assert_problem(
            &r,
            422,
            lang,
            e.message_in(lang),
            Some(e.advice_in(lang)),
            Some("INVALID_SCA"),
        );
        assert_eq!(type_uri, "https://errors.example.com/bank-link/INVALID_SCA");
        // The answer used the state up, as a page would.
        assert!(
            r.header("set-cookie")
                .unwrap()
                .starts_with("state=; Path=/callback; Max-Age=0;")
        );

        // A code the spec does not have: the overlay's answer for it, with the code as sent.
        let (state, cookie) = connect(&agent, base);
        let url = callback_url(
            base,
            Some(Reported::Unknown("NEW_VENDOR_CODE".into())),
            &state,
        );
        let r = get_json(&agent, &url, Some(&cookie), accept_language);
        let (title, detail) = in_lang(
            lang,
            (
                "The connection failed",
                "The bank connection reported an error we do not know yet.",
            ),
            (
                "La conexión ha fallado",
                "La conexión con el banco ha devuelto un error que aún no conocemos.",
            ),
        );
        let type_uri = assert_problem(&r, 502, lang, title, Some(detail), Some("NEW_VENDOR_CODE"));
        assert_eq!(type_uri, "about:blank");

        // Malformed (`error` twice, one of them markup): the malformed answer, no code, and
        // nothing of the request in the body.
        let (state, cookie) = connect(&agent, base);
        let url = format!("{base}/callback?error=%3Cb%3E&error=INVALID_SCA&state={state}");
        let r = get_json(&agent, &url, Some(&cookie), accept_language);
        let (title, detail) = in_lang(
            lang,
            (
                "Invalid callback",
                "The callback is not a redirect from the link page.",
            ),
            (
                "Retorno no válido",
                "El retorno no es una redirección de la página del enlace.",
            ),
        );
        let type_uri = assert_problem(&r, 400, lang, title, Some(detail), None);
        assert_eq!(type_uri, "about:blank");
        assert!(
            !r.body.contains("<b>") && !r.body.contains("INVALID_SCA"),
            "{}",
            r.body
        );
        assert!(
            r.header("set-cookie").is_none(),
            "a refusal leaves the state alone"
        );
        // A forged one (a state this browser does not hold) answers the same.
        let url = callback_url(base, Some(LinkError::InvalidSca.into()), "forged");
        let r = get_json(&agent, &url, Some(&cookie), accept_language);
        assert_problem(&r, 400, lang, title, Some(detail), None);

        // Success: nothing to say.
        let url = callback_url(base, None, &state);
        let r = get_json(&agent, &url, Some(&cookie), accept_language);
        assert_eq!((r.status, r.body.as_str()), (204, ""));
    }
    // Without `Accept: ...json` the same callback is a page, still in the user's language.
    let (state, cookie) = connect(&agent, base);
    let url = callback_url(base, Some(LinkError::InvalidSca.into()), &state);
    let r = get_in(&agent, &url, Some(&cookie), Some("es"));
    assert_eq!(r.status, 200);
    assert!(r.header("content-type").unwrap().starts_with("text/html"));
    assert_error_page(&r.body, LinkError::InvalidSca, "es");
}
