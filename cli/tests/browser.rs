//! The whole flow in a real browser: headless Chromium driven through chromedriver
//! (fantoccini), the web example (`examples/web`) on `127.0.0.1` and `link-errors simulate`
//! on `localhost`: two sites, so the state cookie must survive a cross-site round trip as it
//! does in production. Loopback only.
//!
//! Needs Debian's `chromium` and `chromium-driver`; `bash .ci/test` installs them when they
//! are missing. A screenshot of each final page goes to `target/tmp/browser/`. One browser has
//! its language set to Spanish, and gets the application's pages in Spanish.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::Sim;
use fantoccini::{Client, ClientBuilder, Locator};
use link_errors_web_example::{Config, app};

/// A child process, killed on drop.
struct Process(Child);

impl Drop for Process {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// chromedriver; asked to shut down (and so to close its browsers) on drop.
struct Driver {
    url: String,
    _process: Process,
}

impl Drop for Driver {
    fn drop(&mut self) {
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .timeout_global(Some(Duration::from_secs(5)))
            .build()
            .into();
        let _ = agent.get(format!("{}/shutdown", self.url)).call();
    }
}

fn free_port() -> u16 {
    let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    l.local_addr().unwrap().port()
}

fn find(program: &str) -> Option<PathBuf> {
    std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|p| p.join(program))
            .find(|p| p.is_file())
    })
}

fn start_driver() -> Driver {
    let bin = find("chromedriver").expect(
        "chromedriver is not installed: `bash .ci/test` installs Debian's chromium and \
         chromium-driver (apt-get install chromium chromium-driver)",
    );
    let port = free_port();
    let process = Process(
        Command::new(bin)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    let url = format!("http://127.0.0.1:{port}");
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(Duration::from_secs(2)))
        .build()
        .into();
    let started = Instant::now();
    while agent.get(format!("{url}/status")).call().is_err() {
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "chromedriver did not start"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    Driver {
        url,
        _process: process,
    }
}

fn profile(name: &str) -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("chromium-profile-{name}-{}", std::process::id()))
}

/// A new browser with a profile of its own: its own cookies. `languages` is what the browser
/// sends as `Accept-Language` (Chromium's `intl.accept_languages` preference, as a user sets
/// it in the settings), English when `None`.
async fn browser(driver: &Driver, name: &str, languages: Option<&str>) -> Client {
    let profile = profile(name);
    let _ = std::fs::remove_dir_all(&profile);
    let caps = serde_json::json!({
        "browserName": "chrome",
        "goog:chromeOptions": {
            "binary": find("chromium").unwrap_or_else(|| "/usr/bin/chromium".into()),
            "args": [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--window-size=900,700",
                format!("--user-data-dir={}", profile.display()),
            ],
            "prefs": { "intl.accept_languages": languages.unwrap_or("en-US,en") },
        },
    });
    let serde_json::Value::Object(caps) = caps else {
        unreachable!()
    };
    let connector = hyper_util::client::legacy::connect::HttpConnector::new();
    ClientBuilder::new(connector)
        .capabilities(caps)
        .connect(&driver.url)
        .await
        .expect("a Chromium session")
}

async fn heading(c: &Client) -> String {
    c.wait()
        .at_most(Duration::from_secs(10))
        .for_element(Locator::Css("h1"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
}

async fn text(c: &Client) -> String {
    c.find(Locator::Css("body"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
}

async fn click(c: &Client, css: &str) {
    c.find(Locator::Css(css))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
}

async fn screenshot(c: &Client, name: &str) {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("browser");
    std::fs::create_dir_all(&dir).unwrap();
    let png = c.screenshot().await.unwrap();
    std::fs::write(dir.join(format!("{name}.png")), png).unwrap();
}

async fn host(c: &Client) -> String {
    c.current_url()
        .await
        .unwrap()
        .host_str()
        .unwrap()
        .to_owned()
}

/// From the application's home page to the simulated link page.
async fn connect(c: &Client, app: &str) {
    c.goto(app).await.unwrap();
    click(c, "a[href='/connect']").await;
    assert_eq!(heading(c).await, "Link page (simulated)");
    assert_eq!(
        host(c).await,
        "localhost",
        "the link page is on the other site"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_whole_flow_in_chromium() {
    // The application on 127.0.0.1, in-process.
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let app_port = listener.local_addr().unwrap().port();
    let origin = format!("http://127.0.0.1:{app_port}");

    // The simulator, redirecting to the application's callback, with the application's overlay
    // (its pages in the browser's language too).
    let sim = Sim::start_with(
        &[
            "../link-errors-spec.toml",
            "--overlay",
            "../link-errors-app.toml",
        ],
        &format!("{origin}/callback"),
    );
    let sim_port = sim.origin.rsplit(':').next().unwrap();
    let config = Config {
        link_base: Some(format!("http://localhost:{sim_port}/link")),
        ..Config::default()
    };
    tokio::spawn(async move { axum::serve(listener, app(config)).await });

    let started = Instant::now();
    let driver = start_driver();
    let c = browser(&driver, "a", None).await;

    // A listed code: straight back to the application, which shows that error's texts.
    connect(&c, &origin).await;
    screenshot(&c, "0-link-page").await;
    click(&c, "#INVALID_SCA").await;
    assert_eq!(heading(&c).await, "Authorization failed");
    assert_eq!(host(&c).await, "127.0.0.1");
    let body = text(&c).await;
    assert!(body.contains("Log in 2FA value (sms, otp, token...) introduced is incorrect."));
    assert!(body.contains("The verification code was not accepted."));
    assert!(body.contains("Error code: INVALID_SCA"));
    screenshot(&c, "1-listed-code").await;

    // An unlisted code: the simulator's screen, then EXIT: the application's "cancelled".
    connect(&c, &origin).await;
    click(&c, "#INTERNAL_ERROR").await;
    assert_eq!(heading(&c).await, "INTERNAL_ERROR");
    assert!(
        text(&c)
            .await
            .contains("An unexpected error from the Flanks API.")
    );
    screenshot(&c, "2-simulator-screen").await;
    click(&c, "#exit").await;
    assert_eq!(heading(&c).await, "Connection cancelled");
    screenshot(&c, "3-exit-cancelled").await;

    // Success: "connected". Then the same callback again: the cookie is gone, so 400.
    connect(&c, &origin).await;
    click(&c, "#success").await;
    assert_eq!(heading(&c).await, "Connected");
    screenshot(&c, "4-connected").await;
    let callback = c.current_url().await.unwrap();
    c.goto(callback.as_str()).await.unwrap();
    assert_eq!(heading(&c).await, "Invalid callback");
    assert!(text(&c).await.contains("or was used already"));
    screenshot(&c, "5-replay-refused").await;

    // Another browser's state: B has a state of its own, then follows A's link.
    connect(&c, &origin).await;
    let a_link = c.current_url().await.unwrap();
    let b = browser(&driver, "b", None).await;
    connect(&b, &origin).await;
    b.goto(a_link.as_str()).await.unwrap();
    click(&b, "#success").await;
    assert_eq!(heading(&b).await, "Invalid callback");
    assert!(
        text(&b)
            .await
            .contains("does not match this browser's session")
    );
    screenshot(&b, "6-other-browser-refused").await;
    b.close().await.unwrap();
    // A's own state was not touched by B's attempt.
    click(&c, "#success").await;
    assert_eq!(heading(&c).await, "Connected");
    c.close().await.unwrap();

    // A browser set to Spanish: the application answers in Spanish, with the error's texts
    // and advice from the overlay and the page's own words.
    let es = browser(&driver, "es", Some("es-ES,es")).await;
    connect(&es, &origin).await;
    // The simulator's page, with the overlay, is in Spanish too.
    let lang = es.find(Locator::Css("html")).await.unwrap();
    assert_eq!(lang.attr("lang").await.unwrap().as_deref(), Some("es"));
    screenshot(&es, "7-spanish-link-page").await;
    click(&es, "#INVALID_CREDENTIALS").await;
    assert_eq!(heading(&es).await, "Credenciales no válidas");
    let lang = es.find(Locator::Css("html")).await.unwrap();
    assert_eq!(lang.attr("lang").await.unwrap().as_deref(), Some("es"));
    let body = text(&es).await;
    assert!(
        body.contains("Las credenciales introducidas podrían no ser válidas"),
        "{body}"
    );
    assert!(
        body.contains("Revisa tu usuario y contraseña y vuelve a intentarlo."),
        "{body}"
    );
    assert!(
        body.contains("Código de error: INVALID_CREDENTIALS"),
        "{body}"
    );
    assert!(body.contains("Volver a intentarlo"), "{body}");
    screenshot(&es, "8-spanish").await;
    es.close().await.unwrap();
    for name in ["a", "b", "es"] {
        let _ = std::fs::remove_dir_all(profile(name));
    }

    eprintln!("browser part: {:.1?}", started.elapsed());
}
