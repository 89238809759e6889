//! `cargo run -p link-errors-web-example`, then open <http://127.0.0.1:3000/>.
//!
//! `--help` lists the settings; each can also come from the environment.

use clap::Parser;
use link_errors_web_example::{Config, app};

/// A web application that connects bank accounts through the Flanks Link page.
#[derive(Debug, Parser)]
struct Args {
    /// Where to listen.
    #[arg(long, env = "LINK_ERRORS_WEB_ADDR", default_value = "127.0.0.1:3000")]
    addr: String,
    /// The link token Flanks issued to the application.
    #[arg(long, env = "FLANKS_LINK_TOKEN", default_value = "demo-token")]
    token: String,
    /// The link page, instead of the spec's (for example `link-errors simulate`'s).
    #[arg(long, env = "FLANKS_LINK_BASE")]
    link_base: Option<String>,
    /// Mark the state cookie `Secure` (serve over HTTPS).
    #[arg(long, env = "LINK_ERRORS_WEB_SECURE_COOKIE")]
    secure_cookie: bool,
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let args = Args::parse();
    let config = Config {
        token: args.token,
        link_base: args.link_base,
        secure_cookie: args.secure_cookie,
        ..Config::default()
    };
    let listener = tokio::net::TcpListener::bind(&args.addr).await?;
    println!("listening on http://{}/", listener.local_addr()?);
    axum::serve(listener, app(config))
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await
}
