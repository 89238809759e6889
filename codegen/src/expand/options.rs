//! What the expansion needs besides the spec.

use proc_macro2::{Ident, TokenStream};

/// Emits the body of `from_code(code: &str) -> Option<Self>` in `impl #ident`, from every wire
/// string (code or alias) paired with the index in `variants` of the variant it names. The one
/// lookup there is, the perfect hash, is `link_errors_dispatch::from_code`: callers pass it in,
/// rather than this crate calling it, so that a clean build compiles the two crates side by side
/// instead of one after the other.
pub type FromCode = fn(keys: &[(&str, usize)], ident: &Ident, variants: &[Ident]) -> TokenStream;

/// What the expansion needs besides the spec.
#[derive(Debug, Clone, Copy)]
pub struct Options<'a> {
    /// An absolute path that the expansion `include_bytes!`es, so that cargo rebuilds the
    /// crate when the spec changes. `None` for code written to disk by the CLI or build.rs.
    pub track: Option<&'a str>,
    /// The same for the overlay, if there is one.
    pub track_overlay: Option<&'a str>,
    /// The lookup in `from_code`: `link_errors_dispatch::from_code`.
    pub from_code: FromCode,
}

impl Options<'_> {
    /// Nothing tracked, and `from_code` as the lookup.
    #[must_use]
    pub fn new(from_code: FromCode) -> Self {
        Self {
            track: None,
            track_overlay: None,
            from_code,
        }
    }
}
