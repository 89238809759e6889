//! The workspace's test support (not published): an axum application served on a free port of
//! 127.0.0.1 for the length of a test, and the HTTP client the tests talk to it with; and the
//! repository's spec and overlay files, which several tests run over. Used as a dev-dependency
//! by the runtime's, the CLI's, the tests crate's and the web example's tests and benchmarks.
//!
//! ```
//! use axum::{Router, routing::get};
//! use link_errors_testing::{Server, agent, get as http_get};
//!
//! let server = Server::start(Router::new().route("/", get(|| async { "hello" })));
//! let reply = http_get(&agent(), &format!("{}/", server.base()), &[]);
//! assert_eq!((reply.status, reply.body.as_str()), (200, "hello"));
//! ```

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::thread::JoinHandle;
use std::time::Duration;

use axum::Router;
use tokio::sync::oneshot;
use ureq::Agent;
use ureq::http::HeaderMap;

/// An axum application served on a free port of 127.0.0.1, on a tokio runtime of its own with
/// two worker threads, in a background thread. Two workers serve a few concurrent clients on
/// any machine, and keep what a test measures (memory, requests per second) from growing with
/// the machine's cores. Dropping it shuts the server down gracefully (it stops accepting,
/// finishes the requests in flight and closes idle connections) and waits for it.
pub struct Server {
    base: String,
    stop: Option<oneshot::Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

impl Server {
    /// Serves `router` until the returned guard drops.
    ///
    /// # Panics
    ///
    /// When no port of 127.0.0.1 can be bound. The server's thread panics when the runtime
    /// cannot start or serving fails; dropping the guard then returns all the same.
    pub fn start(router: Router) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").expect("a free port of 127.0.0.1");
        listener
            .set_nonblocking(true)
            .expect("a non-blocking listener");
        let base = format!("http://{}", listener.local_addr().expect("a bound address"));
        let (stop, stopped) = oneshot::channel::<()>();
        let thread = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_multi_thread()
                .worker_threads(2)
                .enable_all()
                .build()
                .expect("a tokio runtime");
            runtime.block_on(async {
                let listener = tokio::net::TcpListener::from_std(listener).expect("a listener");
                axum::serve(listener, router)
                    .with_graceful_shutdown(async {
                        let _ = stopped.await;
                    })
                    .await
                    .expect("the server runs");
            });
        });
        Self {
            base,
            stop: Some(stop),
            thread: Some(thread),
        }
    }

    /// Where the server listens, without a trailing slash: `http://127.0.0.1:PORT`.
    pub fn base(&self) -> &str {
        &self.base
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// The tests' HTTP client: redirects are not followed (a 303 is the reply under test), an
/// error status is a reply rather than an error, and each request gives up after 10 seconds.
/// An agent keeps connections alive between requests; make one per simulated browser.
pub fn agent() -> Agent {
    Agent::config_builder()
        .max_redirects(0)
        .http_status_as_error(false)
        .timeout_global(Some(Duration::from_secs(10)))
        .build()
        .into()
}

/// A reply, read whole.
pub struct Reply {
    /// The status code.
    pub status: u16,
    /// The response's headers.
    pub headers: HeaderMap,
    /// The body, as UTF-8.
    pub body: String,
}

impl Reply {
    /// The value of the header `name` (case-insensitive), when the reply has one.
    ///
    /// # Panics
    ///
    /// When the value is not visible ASCII.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .get(name)
            .map(|v| v.to_str().expect("a header value of visible ASCII"))
    }
}

/// `GET url` with `agent` and the request headers `headers` (name, value), read whole.
///
/// # Panics
///
/// When the request fails (no connection, a timeout, a malformed reply) or the body is not
/// UTF-8: a test has nothing else to check then.
pub fn get(agent: &Agent, url: &str, headers: &[(&str, &str)]) -> Reply {
    let mut request = agent.get(url);
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let mut response = request.call().unwrap_or_else(|e| panic!("GET {url}: {e}"));
    Reply {
        status: response.status().as_u16(),
        headers: response.headers().clone(),
        body: response
            .body_mut()
            .read_to_string()
            .unwrap_or_else(|e| panic!("GET {url}: the body: {e}")),
    }
}

/// Every TOML file of the repository but the manifests, in path order: the specs and overlays
/// of the project, its examples and its tests (fixtures that are not specs included). Symlinks
/// (the runtime's copies of the bundled files), and what the build, the tools and the fuzzer
/// make (`target`, `node_modules`, `fuzz`), are left out.
///
/// # Panics
/// If the repository cannot be read.
#[must_use]
pub fn repository_tomls() -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).expect("the repository is readable") {
            let path = entry.expect("the repository is readable").path();
            let name = path.file_name().unwrap_or_default().to_string_lossy();
            if path.is_symlink() {
                continue;
            }
            if path.is_dir() {
                if !["target", "node_modules", ".git", "fuzz"].contains(&name.as_ref()) {
                    walk(&path, out);
                }
            } else if path.extension().is_some_and(|e| e == "toml") && name != "Cargo.toml" {
                out.push(path);
            }
        }
    }
    let mut out = Vec::new();
    walk(&repository(), &mut out);
    out.sort();
    out
}

/// The repository's root.
///
/// # Panics
/// Never: this crate is a folder of the repository.
#[must_use]
pub fn repository() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the testing crate is in the repository")
        .to_owned()
}
