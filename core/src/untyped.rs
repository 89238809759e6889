//! The protocol for a spec known only at run time, by wire strings instead of a generated
//! enum: for tools that load a spec while running (the `link-errors` command-line tool, which
//! turns on the `untyped` feature this module is behind). It is no public API otherwise.
//!
//! [`LinkUrl::build`](crate::LinkUrl::build) and [`Callback::parse`](crate::Callback::parse)
//! are thin layers over the same functions, so the encoding, the checks and the errors are the
//! same. An application with a generated enum should use those typed forms: they check the
//! codes at compile time and resolve what arrives into [`Reported`](crate::Reported).
//!
//! The [`LinkSpec`] may borrow the spec the tool has read: the errors own what they name.

use crate::callback::CallbackError;
use crate::callback::read::read_query;
use crate::code::LinkSpec;
use crate::query::query_of;
use crate::redirect_url::RedirectUrlError;
pub use crate::url::RollbackCodes;
use crate::url::{LinkUrlError, build_link};

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
    build_link(link, base, token, rollback, params)
}

/// What arrived at a redirect URI, as [`Callback::parse`](crate::Callback::parse) reads it:
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
/// assert!(err.to_string().contains("`reason` parameter is in the redirect twice"));
/// # Ok::<(), link_errors::CallbackError>(())
/// ```
///
/// # Errors
/// As [`Callback::parse`](crate::Callback::parse): see [`CallbackError`].
pub fn parse_redirect(link: &LinkSpec<'_>, input: &str) -> Result<UntypedRedirect, CallbackError> {
    let param = link.error_param;
    let (error, extra) = read_query(param, input, query_of(input))?
        .finish_untyped()
        .map_err(|f| f.into_error(param))?;
    Ok(UntypedRedirect { error, extra })
}

/// The parameters of a redirect, read by [`parse_redirect`].
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct UntypedRedirect {
    /// The value of the spec's error parameter, exactly as sent, if the redirect has one.
    /// It is code-shaped ([`MAX_CODE_LEN`](crate::MAX_CODE_LEN)): anything else is an error.
    pub error: Option<String>,
    /// Every other parameter, decoded, in order, duplicates kept.
    pub extra: Vec<(String, String)>,
}

/// The URL the link page redirects to, as [`RedirectUrl`](crate::RedirectUrl) builds it:
/// `redirect_uri`, then `error` (if any) under the spec's `error_param`, then `params` in
/// order. The error is written as given (the caller checks it against its spec); it must be
/// code-shaped ([`MAX_CODE_LEN`](crate::MAX_CODE_LEN)), as [`parse_redirect`] requires.
///
/// ```
/// use link_errors::LinkSpec;
/// use link_errors::untyped::{parse_redirect, redirect_url};
///
/// static LINK: LinkSpec = LinkSpec::DEFAULT
///     .with_token_param("t")
///     .with_rollback_param("on_error")
///     .with_rollback_all("all")
///     .with_separator(";")
///     .with_error_param("err");
/// let params = [("state".to_owned(), "a b".to_owned())];
/// let url = redirect_url(&LINK, "https://app.example/cb", Some("oauth-error"), &params)?;
/// assert_eq!(url, "https://app.example/cb?err=oauth-error&state=a+b");
/// let back = parse_redirect(&LINK, &url)?;
/// assert_eq!((back.error.as_deref(), &back.extra[..]), (Some("oauth-error"), &params[..]));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
/// As [`RedirectUrl::build`](crate::RedirectUrl::build): see [`RedirectUrlError`].
pub fn redirect_url(
    link: &LinkSpec<'_>,
    redirect_uri: &str,
    error: Option<&str>,
    params: &[(String, String)],
) -> Result<String, RedirectUrlError> {
    crate::redirect_url::build_redirect_untyped(link.error_param, redirect_uri, error, params)
}

/// Which codes a rollback value redirects, read by [`parse_rollback`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum UntypedRollback {
    /// The spec's `rollback_all` value: every error, including codes the caller does not know.
    All,
    /// The positions (in the caller's code list) of the codes named, ascending, once each;
    /// empty for an empty value.
    Only(Vec<usize>),
}

/// Reads a rollback value as [`Rollback`](crate::Rollback)'s `FromStr` does (same separator,
/// trimming and `rollback_all` rules, same error), with `lookup` giving the position of a
/// code (or alias) in `codes`, the caller's spec-ordered list of wire strings, which also
/// serves for "did you mean".
///
/// ```
/// use link_errors::LinkSpec;
/// use link_errors::untyped::{UntypedRollback, parse_rollback};
///
/// static LINK: LinkSpec = LinkSpec::DEFAULT;
/// static CODES: [&str; 2] = ["A", "B"];
/// let lookup = |s: &str| CODES.iter().position(|c| *c == s);
/// assert_eq!(parse_rollback(&LINK, &CODES, "B, A,B", lookup), Ok(UntypedRollback::Only(vec![0, 1])));
/// assert_eq!(parse_rollback(&LINK, &CODES, " true", lookup), Ok(UntypedRollback::All));
/// assert_eq!(parse_rollback(&LINK, &CODES, "A,C", lookup).unwrap_err().code(), "C");
/// ```
///
/// # Errors
/// The first item that is not a code, as [`ParseRollbackError`](crate::ParseRollbackError).
pub fn parse_rollback<'a>(
    link: &LinkSpec<'a>,
    codes: &[&'a str],
    value: &str,
    mut lookup: impl FnMut(&str) -> Option<usize>,
) -> Result<UntypedRollback, crate::ParseRollbackError> {
    let mut found = Vec::new();
    let all = crate::rollback::parse_items(link, value, |code| {
        lookup(code).map(|i| found.push(i)).is_some()
    })
    .map_err(|(at, code)| {
        crate::ParseRollbackError::new(link, codes.iter().copied(), value, at, code)
    })?;
    if all {
        return Ok(UntypedRollback::All);
    }
    found.sort_unstable();
    found.dedup();
    Ok(UntypedRollback::Only(found))
}
