//! The enums the integration tests share, generated as a user would generate them.
#![allow(dead_code)]

/// Flanks' codes, from the workspace's spec.
#[link_errors::spec("../link-errors-spec.toml")]
pub enum LinkError {}

/// 130 lower-case codes with every `[link]` setting renamed and no base URL.
#[link_errors::spec("tests/specs/big.toml")]
pub enum Big {}

/// Lower-case codes whose separator (`|`) must be encoded in a URL.
#[link_errors::spec("tests/specs/spaced.toml")]
pub enum Spaced {}
