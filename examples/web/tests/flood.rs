//! A flood of `/connect` between one browser's connect and its callback: the callback still
//! succeeds, and memory stays flat, because the server keeps no state between the two (the
//! nonce lives in the browser's cookie). Loopback only; bounded in count and time.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use link_errors::{Callback, RedirectUrl};
use link_errors_testing::{Server, agent, get};
use link_errors_web_example::{Config, LinkError, app};

const FLOOD: usize = 100_000;
const CLIENTS: usize = 4;
/// The whole flood must end within this (it takes a few seconds).
const DEADLINE: Duration = Duration::from_secs(180);

/// Resident memory of this process (server and clients), from `/proc/self/statm`.
fn rss_bytes() -> u64 {
    let statm = std::fs::read_to_string("/proc/self/statm").unwrap();
    let pages: u64 = statm.split_whitespace().nth(1).unwrap().parse().unwrap();
    pages * 4096
}

#[test]
fn a_flood_of_connects_evicts_no_one() {
    let server = Server::start(app(Config::default()));
    let base = server.base();

    // The browser connects...
    let browser = agent();
    let r = get(&browser, &format!("{base}/connect"), &[]);
    assert_eq!(r.status, 303);
    let state = Callback::<LinkError>::parse(r.header("location").unwrap())
        .unwrap()
        .param("state")
        .unwrap()
        .to_owned();
    let cookie = r.header("set-cookie").unwrap().split(';').next().unwrap();

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
    let callback = RedirectUrl::<LinkError>::new(format!("{base}/callback"))
        .error(LinkError::InvalidSca)
        .param("state", &state)
        .build()
        .unwrap();
    let r = get(&browser, &callback, &[("Cookie", cookie)]);
    assert_eq!(r.status, 200);
    assert!(
        r.body.contains("<h1>Authorization failed</h1>"),
        "{}",
        r.body
    );
}
