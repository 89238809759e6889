//! Enums shared by the integration tests: the bundled Flanks spec and a spec with every kind of
//! code spelling (`ui/specs/mixed.toml`).

/// The Flanks Link error codes, from the bundled spec.
#[link_errors::spec("../link-errors-spec.toml")]
pub enum LinkError {}

/// Lower-case, dashed and dotted codes, `variant` overrides, aliases and a deprecated code.
#[link_errors::spec("ui/specs/mixed.toml")]
pub enum ApiError {}
