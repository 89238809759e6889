//! The Flanks codes through `#[link_errors::spec]`, with the example overlay's fields and
//! Spanish texts: the app's `error.rs` in `benches/real-app.sh`.

/// The Link Error Codes.
#[link_errors::spec("link-errors-spec.toml", overlay = "link-errors-app.toml")]
pub enum LinkError {}

/// The error a callback's `error` parameter names.
pub fn parse(code: &str) -> Option<LinkError> {
    LinkError::from_code(code)
}
