//! The 7 Flanks codes through `#[link_errors::spec]`: measured against `thiserror.rs` by
//! `benches/cold-build.sh`.

/// The Link Error Codes.
#[link_errors::spec("link-errors-spec.toml")]
pub enum LinkError {}
