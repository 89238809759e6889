//! A small axum application with an error enum (`error.rs`: `#[link_errors::spec]`, a
//! `thiserror` derive, or neither), built clean by `benches/real-app.sh` to see what each adds.

mod error;

use axum::{Json, Router, extract::Query, http::StatusCode, routing::get};
use serde::{Deserialize, Serialize};

/// The query the Link page redirects back with.
#[derive(Deserialize)]
struct Callback {
    error: Option<String>,
    state: String,
}

/// What the callback answers.
#[derive(Serialize)]
struct Outcome {
    ok: bool,
    code: Option<String>,
    message: Option<String>,
    state: String,
}

async fn callback(Query(q): Query<Callback>) -> Result<Json<Outcome>, (StatusCode, String)> {
    let Some(code) = q.error else {
        return Ok(Json(Outcome { ok: true, code: None, message: None, state: q.state }));
    };
    match error::parse(&code) {
        Some(e) => Ok(Json(Outcome {
            ok: false,
            message: Some(e.to_string()),
            code: Some(code),
            state: q.state,
        })),
        None => Err((StatusCode::BAD_REQUEST, format!("unknown error code {code}"))),
    }
}

#[tokio::main]
async fn main() {
    let app = Router::new().route("/callback", get(callback));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:3000").await.unwrap();
    axum::serve(listener, app).await.unwrap();
}
