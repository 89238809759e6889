//! What the expansion needs besides the spec.

use proc_macro2::{Ident, TokenStream};

/// Emits the body of `from_code(code: &str) -> Option<Self>` in `impl #ident`, from every wire
/// string (code or alias) paired with the index in `variants` of the variant it names. The
/// lookup the expansion uses unless told otherwise is this crate's perfect hash,
/// [`from_code`](crate::codegen::from_code); a caller may pass another with the same output
/// (the fuzz target passes it memoized).
pub type FromCode = fn(keys: &[(&str, usize)], ident: &Ident, variants: &[Ident]) -> TokenStream;

/// What the expansion needs besides the spec.
#[derive(Debug, Clone, Copy)]
pub struct Options<'a> {
    /// An absolute path that the expansion `include_bytes!`es, so that cargo rebuilds the
    /// crate when the spec changes. `None` for code written to disk by the CLI or build.rs.
    pub track: Option<&'a str>,
    /// The same for the overlay, if there is one.
    pub track_overlay: Option<&'a str>,
    /// The lookup in `from_code`: [`from_code`](crate::codegen::from_code) by default.
    pub from_code: FromCode,
}

impl Default for Options<'_> {
    /// Nothing tracked, and [`from_code`](crate::codegen::from_code) as the lookup.
    fn default() -> Self {
        Self {
            track: None,
            track_overlay: None,
            from_code: crate::codegen::dispatch::from_code,
        }
    }
}
