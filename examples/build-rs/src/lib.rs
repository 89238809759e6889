//! The build.rs route of `link-errors`: `build.rs` writes the enum that
//! `#[link_errors::spec("../../link-errors-spec.toml")]` would generate to `OUT_DIR`, and this
//! file includes it. The API is the macro's: see `tests/same_api.rs`.
//!
//! ```
//! use link_errors_build_example::LinkError;
//!
//! assert_eq!(LinkError::InvalidSca.code(), "INVALID_SCA");
//! assert_eq!("INVALID_SCA".parse::<LinkError>(), Ok(LinkError::InvalidSca));
//! ```

#![deny(missing_docs)]

/// The generated code. Like any generated file it is held to rustc's lints, not to clippy's
/// style advice (long hash constants, upper-case codes in docs): clippy is for code we write.
#[allow(clippy::all, clippy::pedantic)]
mod generated {
    include!(concat!(env!("OUT_DIR"), "/link_errors.rs"));
}

pub use generated::LinkError;
