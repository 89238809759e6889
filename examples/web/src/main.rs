//! `cargo run -p link-errors-web-example`, then open <http://127.0.0.1:3000/>.
//!
//! `LINK_ERRORS_WEB_ADDR` sets the address (default `127.0.0.1:3000`), `FLANKS_LINK_TOKEN`
//! the link token (default `demo-token`).

use link_errors_web_example::{Config, serve};

fn main() -> std::io::Result<()> {
    let addr = std::env::var("LINK_ERRORS_WEB_ADDR").unwrap_or_else(|_| "127.0.0.1:3000".into());
    let mut config = Config::default();
    if let Ok(token) = std::env::var("FLANKS_LINK_TOKEN") {
        config.token = token;
    }
    // A current-thread runtime built by hand: tokio's `macros` feature would pull a second syn.
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_io()
        .build()?;
    runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind(&addr).await?;
        println!("listening on http://{}/", listener.local_addr()?);
        serve(listener, config, std::future::pending()).await
    })
}
