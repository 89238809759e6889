//! The enums the integration tests share, generated as a user would generate them, by the
//! attribute `link_errors::spec` re-exports: named from its own crate, so that the tests run
//! with the runtime's `macros` feature off as well as on.
#![allow(dead_code)]

use link_errors_macros::spec;

/// Flanks' codes, from the workspace's spec.
#[spec("../link-errors-spec.toml")]
pub enum LinkError {}

/// 130 lower-case codes with every `[link]` setting renamed and no base URL.
#[spec("tests/specs/big.toml")]
pub enum Big {}

/// Lower-case codes whose separator (`|`) must be encoded in a URL.
#[spec("tests/specs/spaced.toml")]
pub enum Spaced {}

/// Codes whose separator is a space, as OAuth scopes are: `+` in a URL.
#[spec("tests/specs/scopes.toml")]
pub enum Scopes {}
