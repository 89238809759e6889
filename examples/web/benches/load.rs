//! Requests per second of the web example's `/connect` and `/callback`, and of a bare axum
//! route answering a fixed 303 (the floor: axum, hyper and this client on this machine),
//! measured in one run. The server runs in-process on 127.0.0.1; keep-alive clients on
//! threads of their own send requests for a fixed time each. Loopback only.
//!
//! The three routes take turns, round after round, and each figure is the median of its
//! rounds: a busy moment of the machine falls on one round of each route, not on one route.
//!
//! `benches/web-load.sh` runs it and writes its table into BENCHMARKS.md;
//! `cargo bench -p link-errors-web-example --bench load` prints the table alone.
//! `LOAD_ROUNDS` (default 5), `LOAD_SECONDS` (per route and round, default 2) and
//! `LOAD_CLIENTS` (default 4) set the run.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use axum::Router;
use axum::http::{StatusCode, header};
use axum::routing::get;
use link_errors::{Callback, RedirectUrl};
use link_errors_testing::{Server, agent};
use link_errors_web_example::{Config, LinkError, app};

const LINK: &str = "https://platform.flanks.io/link?token=demo-token&rollback=INVALID_CREDENTIALS,INVALID_SCA,CREDENTIALS_ALREADY_EXIST,ABORTED_BY_USER&state=00000000000000000000000000000000";

fn env(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// Requests per second for `url` (with `cookie`), each answer checked for `status`.
fn measure(url: &str, cookie: Option<&str>, status: u16, clients: u64, time: Duration) -> f64 {
    let done = AtomicU64::new(0);
    let stop = AtomicBool::new(false);
    let started = Instant::now();
    std::thread::scope(|s| {
        for _ in 0..clients {
            s.spawn(|| {
                let client = agent();
                while !stop.load(Ordering::Relaxed) {
                    let mut request = client.get(url);
                    if let Some(c) = cookie {
                        request = request.header("Cookie", c);
                    }
                    let mut r = request.call().unwrap();
                    assert_eq!(r.status().as_u16(), status, "{url}");
                    let _ = r.body_mut().read_to_string().unwrap();
                    done.fetch_add(1, Ordering::Relaxed);
                }
            });
        }
        std::thread::sleep(time);
        stop.store(true, Ordering::Relaxed);
    });
    #[allow(clippy::cast_precision_loss)]
    let rps = done.load(Ordering::Relaxed) as f64 / started.elapsed().as_secs_f64();
    rps
}

/// The median of `values`, which is not empty.
fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

fn main() {
    let rounds = env("LOAD_ROUNDS", 5).max(1);
    let seconds = env("LOAD_SECONDS", 2);
    let clients = env("LOAD_CLIENTS", 4);
    let time = Duration::from_secs(seconds);

    let floor = get(|| async { (StatusCode::SEE_OTHER, [(header::LOCATION, LINK)]) });
    let server = Server::start(
        Router::new()
            .route("/floor", floor)
            .merge(app(Config::default())),
    );
    let base = server.base();

    // One browser's state, reused: the server keeps none, so each callback does all the work.
    let r = link_errors_testing::get(&agent(), &format!("{base}/connect"), &[]);
    let cookie = r.header("set-cookie").unwrap().split(';').next().unwrap();
    let redirect = Callback::<LinkError>::parse(r.header("location").unwrap()).unwrap();
    let state = redirect.param("state").unwrap();
    let callback = RedirectUrl::<LinkError>::new(format!("{base}/callback"))
        .error(LinkError::InvalidSca)
        .param("state", state)
        .build()
        .unwrap();

    let (floor_url, connect_url) = (format!("{base}/floor"), format!("{base}/connect"));
    let (mut floor, mut connect, mut back) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..rounds {
        floor.push(measure(&floor_url, None, 303, clients, time));
        connect.push(measure(&connect_url, None, 303, clients, time));
        back.push(measure(&callback, Some(cookie), 200, clients, time));
    }
    let (floor, connect, callback) = (median(floor), median(connect), median(back));

    println!("| route | requests per second | ÷ bare axum 303 |");
    println!("|---|---:|---:|");
    println!("| bare axum route, a fixed 303 (the floor) | {floor:.0} | 1.00 |");
    println!(
        "| `GET /connect` (nonce, `LinkUrl`, cookie, 303) | {connect:.0} | {:.2} |",
        connect / floor
    );
    println!(
        "| `GET /callback?error=INVALID_SCA&state=…` with its cookie (parse, compare, page) | {callback:.0} | {:.2} |",
        callback / floor
    );
    println!();
    println!(
        "{clients} keep-alive clients (ureq, one thread each); the routes take turns, {rounds} rounds of {seconds} s each, and each figure is the median of its rounds; server and clients in one process on {} cores.",
        std::thread::available_parallelism().map_or(0, std::num::NonZero::get)
    );
}
