// The README's examples use the attribute, so they are the crate's docs (and doctests) where it
// exists; without the `macros` feature the enum comes from `link-errors-build`.
#![cfg_attr(feature = "macros", doc = include_str!("../README.md"))]
#![cfg_attr(
    not(feature = "macros"),
    doc = "Typed, spec-synced error codes for the Flanks Link page, built without the \
           `#[link_errors::spec]` attribute (the `macros` feature is off): generate the enum \
           with `link-errors-build` from `build.rs` and `include!` it."
)]

// Every type and trait lives in `link-errors-core`, which does not depend on the macro: cargo
// builds it while the macro and its parsers build, and this crate, which has to wait for the
// macro, is left with nothing to compile but these re-exports (as `serde` over `serde_core`).
#[doc(inline)]
pub use link_errors_core::*;
#[cfg(feature = "macros")]
pub use link_errors_macros::spec;
