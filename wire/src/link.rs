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

/// Why a string cannot be the rollback separator: what [`check_separator`] found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SeparatorError {
    /// It is empty.
    Empty,
    /// It contains a character a code can contain, so splitting the rollback list would be
    /// ambiguous.
    CodeChar(char),
    /// It contains `%`, which a reader takes for the start of a `%XX`, or a control character,
    /// which nobody can see in a spec or a URL.
    Unreadable(char),
}

impl core::fmt::Display for SeparatorError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            Self::Empty => f.write_str("it is empty"),
            Self::CodeChar(c) => write!(f, "it contains `{c}`, which codes can contain"),
            Self::Unreadable('%') => {
                f.write_str("it contains `%`, which a URL reader takes for an escape")
            }
            Self::Unreadable(c) => write!(
                f,
                "it contains the control character {}",
                crate::shown::Codepoint(*c)
            ),
        }
    }
}

/// The rule for the rollback separator: at least one character, none of them one a code can
/// contain ([`is_code_char`](crate::code::is_code_char)), `%` or a control character. Anything
/// else goes, a space included: a link writes it as a URL does
/// ([`form::separator`](crate::form::separator)) and a reader accepts it written either way.
///
/// ```
/// use link_errors_wire::link::{SeparatorError, check_separator};
/// assert_eq!(check_separator(" "), Ok(()));
/// assert_eq!(check_separator(", "), Ok(()));
/// assert_eq!(check_separator(""), Err(SeparatorError::Empty));
/// assert_eq!(check_separator("-"), Err(SeparatorError::CodeChar('-')));
/// assert_eq!(check_separator("\t"), Err(SeparatorError::Unreadable('\t')));
/// ```
///
/// # Errors
/// The first thing that breaks the rule.
pub fn check_separator(sep: &str) -> Result<(), SeparatorError> {
    if sep.is_empty() {
        return Err(SeparatorError::Empty);
    }
    for c in sep.chars() {
        if crate::code::is_code_char(c) {
            return Err(SeparatorError::CodeChar(c));
        }
        if c == '%' || c.is_control() {
            return Err(SeparatorError::Unreadable(c));
        }
    }
    Ok(())
}
