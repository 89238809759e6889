//! The protocol for a spec known only at run time, by wire strings instead of a generated
//! enum: for tools that load a spec while running (the `link-errors` command-line tool).
//!
//! [`LinkUrl::build`](crate::LinkUrl::build) and [`Redirect::parse`](crate::Redirect::parse)
//! are thin layers over these functions, so the encoding, the checks and the errors are the
//! same. An application with a generated enum should use those typed forms: they check the
//! codes at compile time and resolve what arrives into [`Reported`](crate::Reported).
//!
//! The [`LinkSpec`] may borrow the spec the tool has read: the errors own what they name.

use crate::code::LinkSpec;
pub use crate::url::RollbackCodes;
use crate::{LinkUrlError, RedirectError};

/// The link URL for `token`, as [`LinkUrl`](crate::LinkUrl) builds it: `base` (or the spec's
/// `url`), the token, the rollback, then `params` in order. The rollback's codes are written
/// as given, in the order given (the caller checks them against its spec).
///
/// ```
/// use link_errors::LinkSpec;
/// use link_errors::untyped::{RollbackCodes, link_url};
///
/// static LINK: LinkSpec = LinkSpec::DEFAULT.with_url("https://platform.flanks.io/link");
/// let codes = ["INVALID_CREDENTIALS", "INVALID_SCA"];
/// let url = link_url(&LINK, None, "xxx", RollbackCodes::Only(&codes), &[])?;
/// assert_eq!(
///     url,
///     "https://platform.flanks.io/link?token=xxx&rollback=INVALID_CREDENTIALS,INVALID_SCA"
/// );
/// # Ok::<(), link_errors::LinkUrlError>(())
/// ```
///
/// # Errors
/// As [`LinkUrl::build`](crate::LinkUrl::build): see [`LinkUrlError`].
pub fn link_url(
    link: &LinkSpec<'_>,
    base: Option<&str>,
    token: &str,
    rollback: RollbackCodes<'_>,
    params: &[(String, String)],
) -> Result<String, LinkUrlError> {
    crate::url::build_link(link, base, token, rollback, params)
}

/// What arrived at a redirect URI, as [`Redirect::parse`](crate::Redirect::parse) reads it:
/// the value of the spec's error parameter exactly as sent (not checked against any code
/// list), and every other parameter, decoded, in order, duplicates kept.
///
/// ```
/// use link_errors::LinkSpec;
/// use link_errors::untyped::parse_redirect;
///
/// static LINK: LinkSpec = LinkSpec::DEFAULT;
/// let r = parse_redirect(&LINK, "https://app.example/cb?error=INVALID_SCA&state=a+b")?;
/// assert_eq!(r.error.as_deref(), Some("INVALID_SCA"));
/// assert_eq!(r.extra, [("state".to_owned(), "a b".to_owned())]);
///
/// // A spec read at run time: the `LinkSpec` borrows its strings.
/// let error_param = String::from("reason");
/// let link = LinkSpec::DEFAULT.with_error_param(&error_param);
/// let err = parse_redirect(&link, "?reason=A&reason=B").unwrap_err();
/// assert!(err.to_string().contains("`reason` parameter twice"));
/// # Ok::<(), link_errors::RedirectError>(())
/// ```
///
/// # Errors
/// As [`Redirect::parse`](crate::Redirect::parse): see [`RedirectError`].
pub fn parse_redirect(link: &LinkSpec<'_>, input: &str) -> Result<UntypedRedirect, RedirectError> {
    let (error, extra) = crate::redirect::parse_query(link.error_param, input)?.finish_untyped();
    Ok(UntypedRedirect { error, extra })
}

/// The parameters of a redirect, read by [`parse_redirect`].
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct UntypedRedirect {
    /// The value of the spec's error parameter, exactly as sent, if the redirect has one
    /// (never empty: an empty one is an error).
    pub error: Option<String>,
    /// Every other parameter, decoded, in order, duplicates kept.
    pub extra: Vec<(String, String)>,
}
