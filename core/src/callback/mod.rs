//! [`Callback`]: what arrives at the application's redirect URI, read in layers: the query
//! layer (`crate::query`) splits it into pairs, [`read`] decodes them and collects the error
//! parameter, [`fault`] says what a refused parameter did wrong and [`error`] phrases every
//! refusal in one table, for `Display`, serde and the axum rejection alike.

mod error;
mod fault;
pub(crate) mod read;
#[cfg(feature = "serde")]
mod serde;

#[cfg(feature = "axum")]
pub(crate) use self::error::Place;
pub use self::error::{CallbackError, MAX_REDIRECT_LEN};

use self::read::read_query;
use crate::code::ErrorCode;
use crate::query::query_of;
use crate::reported::Reported;

/// The parameters of a request to the application's redirect URI: the reported error, if
/// any, and every other parameter, decoded, in order, duplicates kept.
///
/// ```
/// use link_errors::{Callback, Reported};
///
/// #[link_errors::spec("../link-errors-spec.toml")]
/// pub enum LinkError {}
///
/// let r = Callback::<LinkError>::parse(
///     "https://app.example/callback?error=INVALID_CREDENTIALS&extraparams=value",
/// )?;
/// assert_eq!(r.error(), Some(&Reported::Known(LinkError::InvalidCredentials)));
/// assert_eq!(r.extra(), [("extraparams".to_owned(), "value".to_owned())]);
/// # Ok::<(), link_errors::CallbackError>(())
/// ```
///
/// With the `serde` feature it is also `Deserialize` from a map of parameters, so a web
/// framework's query extractor (`Query<Callback<LinkError>>`) gives it directly; the framework
/// then does the percent-decoding, and its rules for malformed input apply instead of
/// [`parse`](Self::parse)'s. It is `Serialize` as the same map: the error parameter with the
/// reported code, if any, then the extra parameters in order.
///
/// It is named for the request it reads, the one your callback (the redirect URI) receives, so
/// that it and axum's `Redirect` response can be used in one handler without renaming.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Callback<E> {
    error: Option<Reported<E>>,
    extra: Vec<(String, String)>,
}

impl<E: ErrorCode> Callback<E> {
    /// Parses what arrived at the redirect URI: a full URL (`https://app.example/cb?error=X`),
    /// a path with a query (`/cb?error=X`), or the query alone, with or without its `?`. The
    /// fragment is ignored. Without a `?`, input that starts like a URL or a path (`scheme://`
    /// or `/`) has no parameters, and anything else is a query unless the text before its
    /// first `?` has no `=` or `&` (`callback?error=X` is a path and a query).
    ///
    /// `+` decodes to a space and `%XX` to a byte, in names and values; a parameter without
    /// `=` has the value `""`; empty pairs (`a=1&&b=2`) are skipped.
    ///
    /// # Errors
    /// Input longer than [`MAX_REDIRECT_LEN`], a `%` not followed by two hex digits, text
    /// that is not UTF-8 once decoded, an error parameter that is empty or repeated, and an
    /// error value that is neither a code of the spec nor code-shaped ([`MAX_CODE_LEN`](crate::MAX_CODE_LEN)).
    /// See [`CallbackError`].
    ///
    /// ```
    /// # #[link_errors::spec("../link-errors-spec.toml")] pub enum LinkError {}
    /// # use link_errors::{Callback, CallbackError};
    /// let r = Callback::<LinkError>::parse("state=a+b%21&flag&state=2#frag").unwrap();
    /// assert_eq!(r.error(), None);
    /// assert_eq!(r.params("state").collect::<Vec<_>>(), ["a b!", "2"]);
    /// assert_eq!(r.param("flag"), Some(""));
    /// assert_eq!(r.extra().len(), 3);
    ///
    /// let err = Callback::<LinkError>::parse("?error=INVALID_SCA&error=INTERNAL_ERROR").unwrap_err();
    /// assert_eq!(err, CallbackError::RepeatedError { param: "error".into(), first: 1, second: 19 });
    /// ```
    pub fn parse(input: &str) -> Result<Self, CallbackError> {
        Self::read(input, query_of(input))
    }

    /// Parses a query string alone, without its `?` (what `http::Uri::query` gives), with the
    /// rules of [`parse`](Self::parse); every character is the query's, so `a?b=1` is the
    /// parameter `a?b`, where `parse` would read a path `a`. Offsets in errors count from
    /// the query's first byte. The axum extractor (feature `axum`) uses it.
    ///
    /// # Errors
    /// As [`parse`](Self::parse): see [`CallbackError`].
    ///
    /// ```
    /// # #[link_errors::spec("../link-errors-spec.toml")] pub enum LinkError {}
    /// # use link_errors::Callback;
    /// let r = Callback::<LinkError>::from_query("next=a?b&error=INVALID_SCA").unwrap();
    /// assert_eq!(r.param("next"), Some("a?b"));
    /// let r = Callback::<LinkError>::from_query("cb?error=INVALID_SCA").unwrap();
    /// assert_eq!((r.error(), r.param("cb?error")), (None, Some("INVALID_SCA")));
    /// ```
    pub fn from_query(query: &str) -> Result<Self, CallbackError> {
        Self::read(query, (query, 0))
    }

    /// The error the redirect reports, if any (the spec's `error_param`).
    ///
    /// ```
    /// # #[link_errors::spec("../link-errors-spec.toml")] pub enum LinkError {}
    /// # use link_errors::{Callback, Reported};
    /// let r = Callback::<LinkError>::parse("/cb?error=ABORTED_BY_USER").unwrap();
    /// assert!(r.error().is_some_and(Reported::is_exit));
    /// assert_eq!(Callback::<LinkError>::parse("/cb").unwrap().error(), None);
    /// ```
    pub fn error(&self) -> Option<&Reported<E>> {
        self.error.as_ref()
    }

    /// Every parameter other than the error, decoded, in order, duplicates kept.
    ///
    /// ```
    /// # #[link_errors::spec("../link-errors-spec.toml")] pub enum LinkError {}
    /// # use link_errors::Callback;
    /// let r = Callback::<LinkError>::parse("a=1&error=INVALID_SCA&a=2").unwrap();
    /// assert_eq!(r.extra(), [("a".into(), "1".into()), ("a".into(), "2".into())]);
    /// ```
    pub fn extra(&self) -> &[(String, String)] {
        &self.extra
    }

    /// The value of the extra parameter called `name`, if it was sent exactly once: `None`
    /// when it is missing **or repeated**, so that `state=n0nce&state=other` never passes a
    /// check of one value against `Some("n0nce")`. [`params`](Self::params) gives every value.
    ///
    /// ```
    /// # #[link_errors::spec("../link-errors-spec.toml")] pub enum LinkError {}
    /// # use link_errors::Callback;
    /// let r = Callback::<LinkError>::parse("?state=n0nce&user=42&user=43").unwrap();
    /// assert_eq!(r.param("state"), Some("n0nce"));
    /// assert_eq!(r.param("user"), None); // given twice: ambiguous
    /// assert_eq!(r.param("missing"), None);
    /// ```
    pub fn param(&self, name: &str) -> Option<&str> {
        let mut values = self.extra.iter().filter(|(n, _)| n == name);
        let first = values.next().map(|(_, v)| v.as_str());
        if values.next().is_some() {
            return None;
        }
        first
    }

    /// Every value of the extra parameter called `name`, in order (none if it is missing).
    ///
    /// ```
    /// # #[link_errors::spec("../link-errors-spec.toml")] pub enum LinkError {}
    /// # use link_errors::Callback;
    /// let r = Callback::<LinkError>::parse("?user=42&x=1&user=43").unwrap();
    /// assert_eq!(r.params("user").collect::<Vec<_>>(), ["42", "43"]);
    /// assert_eq!(r.params("missing").count(), 0);
    /// ```
    pub fn params<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.extra
            .iter()
            .filter(move |(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// [`parse`](Self::parse) and [`from_query`](Self::from_query): `(query, at)` is the query
    /// part of `input` and its offset.
    fn read(input: &str, query: (&str, usize)) -> Result<Self, CallbackError> {
        let param = E::LINK.error_param;
        let (error, extra) = read_query(param, input, query)?
            .finish::<E>()
            .map_err(|f| f.into_error(param))?;
        Ok(Self { error, extra })
    }

    /// The error and the extra parameters, by value.
    ///
    /// ```
    /// # #[link_errors::spec("../link-errors-spec.toml")] pub enum LinkError {}
    /// # use link_errors::Callback;
    /// let (error, extra) = Callback::<LinkError>::parse("?x=1").unwrap().into_parts();
    /// assert!(error.is_none() && extra.len() == 1);
    /// ```
    pub fn into_parts(self) -> (Option<Reported<E>>, Vec<(String, String)>) {
        (self.error, self.extra)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_enum::{Big, Flanks};

    fn parse(s: &str) -> Result<Callback<Flanks>, CallbackError> {
        Callback::parse(s)
    }

    fn pairs(p: &[(&str, &str)]) -> Vec<(String, String)> {
        p.iter().map(|&(a, b)| (a.into(), b.into())).collect()
    }

    #[test]
    fn seed_redirect() {
        let r = parse("redirect_url?error=INVALID_CREDENTIALS&extraparams=value").unwrap();
        assert_eq!(
            r.error(),
            Some(&Reported::Known(Flanks::InvalidCredentials))
        );
        assert_eq!(r.extra(), pairs(&[("extraparams", "value")]));
    }

    #[test]
    fn forms() {
        let want = parse("error=INVALID_SCA&a=1").unwrap();
        for s in [
            "https://app.example/cb?error=INVALID_SCA&a=1#x",
            "/cb?error=INVALID_SCA&a=1",
            "?error=INVALID_SCA&a=1",
            "error=INVALID_SCA&&a=1&",
            "cb?error=INVALID_SCA&a=1",
            "error=INVALID_CREDS&a=1"
                .replace("INVALID_CREDS", "INVALID_SCA")
                .as_str(),
        ] {
            assert_eq!(parse(s).as_ref(), Ok(&want), "{s}");
        }
        let r = parse("error=INVALID_CREDS").unwrap();
        assert_eq!(r.error().unwrap().code(), "INVALID_CREDENTIALS");
        assert_eq!(parse("https://app.example/cb").unwrap().extra(), []);
        assert_eq!(
            parse("").unwrap(),
            Callback {
                error: None,
                extra: vec![]
            }
        );
        let r = parse("next=/a?b&flag&k=v=w&%65rror=NEW&=").unwrap();
        assert_eq!(r.error(), Some(&Reported::Unknown("NEW".into())));
        assert_eq!(
            r.extra(),
            pairs(&[("next", "/a?b"), ("flag", ""), ("k", "v=w"), ("", "")])
        );
    }

    #[test]
    fn errors_say_where() {
        assert_eq!(
            parse("?a=%e2%82&error=X"),
            Err(CallbackError::InvalidUtf8 {
                offset: 3,
                text: "%e2%82".into()
            })
        );
        assert_eq!(
            parse("?%zz=1"),
            Err(CallbackError::InvalidPercentEncoding {
                offset: 1,
                found: "%zz".into()
            })
        );
        // Three characters, not bytes, of what follows.
        assert_eq!(
            parse("?a=%zñé"),
            Err(CallbackError::InvalidPercentEncoding {
                offset: 3,
                found: "%zñ".into()
            })
        );
        assert_eq!(
            parse("/cb?a=1&error="),
            Err(CallbackError::EmptyError {
                param: "error".into(),
                offset: 8
            })
        );
        assert_eq!(
            parse("error"),
            Err(CallbackError::EmptyError {
                param: "error".into(),
                offset: 0
            })
        );
        let long = "a".repeat(MAX_REDIRECT_LEN + 1);
        assert_eq!(
            parse(&long),
            Err(CallbackError::TooLong {
                len: MAX_REDIRECT_LEN + 1
            })
        );
        assert!(parse(&long[1..]).is_ok());
        assert_eq!(
            parse("?a=ñ%").unwrap_err().to_string(),
            "invalid percent-encoding at byte 5 of the redirect: `%` must be followed by two hexadecimal digits, and the text ends there"
        );
    }

    #[test]
    fn custom_error_param() {
        let r = Callback::<Big>::parse("?error=x&err=oauth-error&err2=").unwrap();
        assert_eq!(r.error(), Some(&Reported::Known(Big::ALL[1])));
        assert_eq!(r.extra(), pairs(&[("error", "x"), ("err2", "")]));
        assert!(
            Callback::<Big>::parse("?err=aborted.by.user")
                .unwrap()
                .error()
                .unwrap()
                .is_exit()
        );
        assert_eq!(
            Callback::<Big>::parse("err=a&err=b")
                .unwrap_err()
                .to_string(),
            "the `err` parameter is in the redirect twice, at bytes 0 and 6"
        );
    }
}
