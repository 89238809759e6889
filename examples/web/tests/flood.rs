//! A flood of `/connect` between one browser's connect and its callback: the callback still
//! succeeds, and memory stays flat, because the server keeps no state between the two (the
//! nonce lives in the browser's cookie). Loopback only; bounded in count and time.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use link_errors::{Redirect, RedirectUrl};
use link_errors_web_example::{Config, LinkError, app};
use ureq::Agent;

const FLOOD: usize = 100_000;
const CLIENTS: usize = 4;
/// The whole flood must end within this (it takes a few seconds).
const DEADLINE: Duration = Duration::from_secs(180);

fn agent() -> Agent {
    Agent::config_builder()
        .max_redirects(0)
        .http_status_as_error(false)
        .timeout_global(Some(Duration::from_secs(10)))
        .build()
        .into()
}

/// Resident memory of this process (server and clients), from `/proc/self/statm`.
fn rss_bytes() -> u64 {
    let statm = std::fs::read_to_string("/proc/self/statm").unwrap();
    let pages: u64 = statm.split_whitespace().nth(1).unwrap().parse().unwrap();
    pages * 4096
}

#[test]
fn a_flood_of_connects_evicts_no_one() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.set_nonblocking(true).unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap();
        runtime.block_on(async {
            let listener = tokio::net::TcpListener::from_std(listener).unwrap();
            axum::serve(listener, app(Config::default())).await.unwrap();
        });
    });

    // The browser connects...
    let browser = agent();
    let mut r = browser.get(format!("{base}/connect")).call().unwrap();
    assert_eq!(r.status(), 303);
    let location = r.headers()["location"].to_str().unwrap().to_owned();
    let set_cookie = r.headers()["set-cookie"].to_str().unwrap().to_owned();
    let _ = r.body_mut().read_to_string();
    let state = Redirect::<LinkError>::parse(&location)
        .unwrap()
        .param("state")
        .unwrap()
        .to_owned();
    let cookie = set_cookie.split(';').next().unwrap().to_owned();

    // ...then the flood, from several keep-alive clients.
    let warm = rss_bytes();
    let started = Instant::now();
    let sent = AtomicUsize::new(0);
    std::thread::scope(|s| {
        for _ in 0..CLIENTS {
            s.spawn(|| {
                let client = agent();
                while sent.fetch_add(1, Ordering::Relaxed) < FLOOD {
                    assert!(started.elapsed() < DEADLINE, "the flood is too slow");
                    let mut r = client.get(format!("{base}/connect")).call().unwrap();
                    assert_eq!(r.status(), 303);
                    let _ = r.body_mut().read_to_string();
                }
            });
        }
    });
    let grown = rss_bytes().saturating_sub(warm);
    eprintln!(
        "{FLOOD} /connect in {:.1?}; resident memory grew {} KiB",
        started.elapsed(),
        grown / 1024
    );
    // A store of 100,000 nonces would hold several MiB; allocator noise stays well below.
    assert!(
        grown < 4 << 20,
        "memory grew {grown} bytes during the flood"
    );

    // The browser's callback still succeeds.
    let mut r = browser
        .get(
            RedirectUrl::<LinkError>::new(format!("{base}/callback"))
                .error(LinkError::InvalidSca)
                .param("state", &state)
                .build()
                .unwrap(),
        )
        .header("Cookie", &cookie)
        .call()
        .unwrap();
    assert_eq!(r.status(), 200);
    let body = r.body_mut().read_to_string().unwrap();
    assert!(body.contains("<h1>Authorization failed</h1>"), "{body}");
}
