//! The link's parameters: their default names and values (what a spec without a `[link]`
//! table gets), and which query names a link and its redirect use themselves.

/// The default query parameter that carries the link token.
pub const TOKEN_PARAM: &str = "token";
/// The default query parameter that carries the rollback list.
pub const ROLLBACK_PARAM: &str = "rollback";
/// The default rollback value that redirects every error.
pub const ROLLBACK_ALL: &str = "true";
/// The default separator between codes in the rollback list.
pub const SEPARATOR: &str = ",";
/// The default query parameter that carries the code on the redirect.
pub const ERROR_PARAM: &str = "error";

/// Whether `name` is a parameter the link or its redirect uses itself: one of `own` (the
/// token, rollback and error parameters) or one of `reserved` (the names the vendor reserves).
/// An extra parameter, or a name already in the base URL's query, may not be one of them.
///
/// ```
/// use link_errors_wire::link::{ERROR_PARAM, ROLLBACK_PARAM, TOKEN_PARAM, is_reserved};
/// let own = [TOKEN_PARAM, ROLLBACK_PARAM, ERROR_PARAM];
/// assert!(is_reserved("rollback", own, &["lang"]) && is_reserved("lang", own, &["lang"]));
/// assert!(!is_reserved("state", own, &["lang"]));
/// ```
pub fn is_reserved<S: AsRef<str>>(name: &str, own: [&str; 3], reserved: &[S]) -> bool {
    own.contains(&name) || reserved.iter().any(|r| r.as_ref() == name)
}
