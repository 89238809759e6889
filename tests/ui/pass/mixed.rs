// Lower-case, dashed and dotted codes, `variant` overrides, aliases, a deprecated code, a
// custom error parameter: the whole API works the same.
#![deny(warnings)]

/// Errors of an imaginary identity provider.
#[link_errors::spec("specs/mixed.toml")]
#[allow(clippy::enum_variant_names)]
pub enum ApiError {}

impl Default for ApiError {
    fn default() -> Self {
        Self::InvalidRequest
    }
}

fn main() {
    assert_eq!(ApiError::COUNT, 5);
    assert_eq!(ApiError::from_code("oauth-error"), Some(ApiError::OauthError));
    assert_eq!(ApiError::from_code("v1.timeout"), Some(ApiError::Timeout));
    assert_eq!(ApiError::from_code("404"), Some(ApiError::NotFound));
    assert_eq!(ApiError::from_code("bad_request"), Some(ApiError::InvalidRequest));
    assert_eq!(ApiError::InvalidRequest.code(), "invalid_request");
    assert_eq!(ApiError::default().aliases(), ["bad_request"]);
    assert_eq!(ApiError::from_code("INVALID_REQUEST"), None);
}
