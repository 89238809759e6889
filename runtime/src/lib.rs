#![doc = include_str!("../README.md")]

// Every type and trait lives in `link-errors-core`, which does not depend on the macro: cargo
// builds it while the macro and its parsers build, and this crate, which has to wait for the
// macro, is left with nothing to compile but these re-exports (as `serde` over `serde_core`).
#[doc(inline)]
pub use link_errors_core::*;
#[cfg(feature = "macros")]
pub use link_errors_macros::spec;
