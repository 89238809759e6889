//! The web example over real HTTP: the server on 127.0.0.1 on a free port, driven by a real
//! client (ureq, redirects not followed: the link page is the vendor's). Every request goes
//! to that address and has a timeout; the server stops when the test's guard drops.

use std::time::Duration;

use link_errors::Redirect;
use link_errors_web_example::{Config, LinkError, app};
use ureq::Agent;

/// A running server; dropping it shuts the server down.
struct Server {
    base: String,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Server {
    fn start(config: Config) -> Self {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.set_nonblocking(true).unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let thread = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .unwrap();
            runtime.block_on(async {
                let listener = tokio::net::TcpListener::from_std(listener).unwrap();
                axum::serve(listener, app(config))
                    .with_graceful_shutdown(async {
                        let _ = stopped.await;
                    })
                    .await
                    .unwrap();
            });
        });
        Self {
            base,
            stop: Some(stop),
            thread: Some(thread),
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.stop.take().unwrap().send(());
        let _ = self.thread.take().unwrap().join();
    }
}

struct Reply {
    status: u16,
    location: Option<String>,
    cookie: Option<String>,
    body: String,
}

fn agent() -> Agent {
    Agent::config_builder()
        .max_redirects(0)
        .http_status_as_error(false)
        .timeout_global(Some(Duration::from_secs(10)))
        .build()
        .into()
}

fn get(agent: &Agent, url: &str, cookie: Option<&str>) -> Reply {
    let mut request = agent.get(url);
    if let Some(c) = cookie {
        request = request.header("Cookie", c);
    }
    let mut response = request.call().unwrap();
    let header = |name: &str| {
        response
            .headers()
            .get(name)
            .map(|v| v.to_str().unwrap().to_owned())
    };
    let (location, cookie) = (header("location"), header("set-cookie"));
    Reply {
        status: response.status().as_u16(),
        location,
        cookie,
        body: response.body_mut().read_to_string().unwrap(),
    }
}

/// `GET /connect`: the link URL's state and the cookie that binds it to this browser.
fn connect(agent: &Agent, base: &str) -> (String, String) {
    let r = get(agent, &format!("{base}/connect"), None);
    assert_eq!(r.status, 303, "{}", r.body);
    let location = r.location.unwrap();
    let link = Redirect::<LinkError>::parse(&location).unwrap();
    let state = link.param("state").unwrap().to_owned();
    assert_eq!(
        r.cookie.unwrap(),
        format!("state={state}; HttpOnly; SameSite=Lax; Path=/callback; Max-Age=600")
    );
    let cookie = format!("state={state}");
    (state, cookie)
}

#[test]
fn connect_then_callback_over_http() {
    let server = Server::start(Config::default());
    let base = server.base.as_str();
    let agent = agent();

    let home = get(&agent, &format!("{base}/"), None);
    assert_eq!(home.status, 200);
    assert!(home.body.contains("<a href=\"/connect\">"));

    // The link: the spec's page, the token, the rollback list, the nonce.
    let r = get(&agent, &format!("{base}/connect"), None);
    assert_eq!(r.status, 303);
    let location = r.location.unwrap();
    let prefix = "https://platform.flanks.io/link?token=demo-token&rollback=INVALID_CREDENTIALS,INVALID_SCA,CREDENTIALS_ALREADY_EXIST,ABORTED_BY_USER&state=";
    assert!(location.starts_with(prefix), "{location}");
    let nonce = &location[prefix.len()..];
    assert_eq!(nonce.len(), 32);
    assert!(nonce.bytes().all(|b| b.is_ascii_hexdigit()));
    let (other, _) = connect(&agent, base);
    assert_ne!(nonce, other, "a new nonce per session");

    // Every code of the spec: its on-screen title and text, or its message.
    for e in LinkError::ALL {
        let (state, cookie) = connect(&agent, base);
        let url = format!("{base}/callback?error={}&state={state}", e.code());
        let r = get(&agent, &url, Some(&cookie));
        assert_eq!(r.status, 200, "{e:?}: {}", r.body);
        assert!(
            r.body
                .contains(&format!("Error code: <code>{}</code>", e.code())),
            "{}",
            r.body
        );
        match e {
            LinkError::AbortedByUser => {
                assert!(
                    r.body.contains("<h1>Connection cancelled</h1>"),
                    "{}",
                    r.body
                );
            }
            _ => {
                let title = e.screen_title().unwrap_or("The connection failed");
                let text = e.screen_text().unwrap_or(e.message());
                assert!(r.body.contains(&format!("<h1>{title}</h1>")), "{}", r.body);
                let first = text.split("\n\n").next().unwrap().replace('"', "&quot;");
                assert!(r.body.contains(&first), "{e:?}: {}", r.body);
            }
        }
    }
    let (state, cookie) = connect(&agent, base);
    let r = get(
        &agent,
        &format!("{base}/callback?error=INVALID_SCA&state={state}"),
        Some(&cookie),
    );
    assert!(r.body.contains("<h1>Authorization failed</h1><p>Log in 2FA value (sms, otp, token...) introduced is incorrect.</p>"), "{}", r.body);

    // Success: no error parameter; extra parameters do not matter.
    let (state, cookie) = connect(&agent, base);
    let r = get(
        &agent,
        &format!("{base}/callback?state={state}&x=1"),
        Some(&cookie),
    );
    assert_eq!(r.status, 200);
    assert!(r.body.contains("<h1>Connected</h1>"), "{}", r.body);

    // A code newer than the spec: shown as sent, never lost.
    let (state, cookie) = connect(&agent, base);
    let r = get(
        &agent,
        &format!("{base}/callback?error=NEW_CODE.2&state={state}"),
        Some(&cookie),
    );
    assert_eq!(r.status, 200);
    assert!(
        r.body.contains("<h1>The connection failed</h1>"),
        "{}",
        r.body
    );
    assert!(r.body.contains("(NEW_CODE.2)"), "{}", r.body);

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
    let server = Server::start(Config::default());
    let base = server.base.as_str();
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
    refused(callback("error=INVALID_SCA", None), "has no single state");
    // An empty state with an empty cookie.
    refused(
        callback("error=INVALID_SCA&state=", Some("state=")),
        "does not match",
    );
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
    let cleared = r.cookie.unwrap();
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
    let r = callback(
        &format!("error=INTERNAL_ERROR&state={state}"),
        Some(&cookie),
    );
    assert_eq!(r.status, 200, "{}", r.body);
    assert!(r.body.contains("An unexpected error from the Flanks API."));
}

#[test]
fn other_configurations() {
    let server = Server::start(Config {
        token: "t k".into(),
        rollback: link_errors::Rollback::all(),
        link_base: Some("http://127.0.0.1:9/link?lang=en".into()),
        secure_cookie: true,
    });
    let r = get(&agent(), &format!("{}/connect", server.base), None);
    assert_eq!(r.status, 303);
    let location = r.location.unwrap();
    assert!(
        location.starts_with("http://127.0.0.1:9/link?lang=en&token=t+k&rollback=true&state="),
        "{location}"
    );

    // A base URL the runtime refuses: the server's mistake, a 500 that says why.
    let server = Server::start(Config {
        link_base: Some("ftp://files.example/".into()),
        ..Config::default()
    });
    let r = get(&agent(), &format!("{}/connect", server.base), None);
    assert_eq!(r.status, 500);
    assert!(
        r.body.contains("must start with `http://` or `https://`"),
        "{}",
        r.body
    );
}
