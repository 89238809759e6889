//! [`LinkUrl`]: the URL that sends a user to the link page.

use core::fmt;
use core::marker::PhantomData;

use link_errors_wire::base_url::{self, BaseUrlError};
use link_errors_wire::form::{encode_into, separator};

use crate::code::{ErrorCode, LinkSpec};
use crate::query::{QueryWriter, split_fragment};
use crate::rollback::Rollback;

/// A builder for the link page's URL: base, token, rollback, then extra parameters in the
/// order given (the vendor passes them back on the redirect).
///
/// Names and values are percent-encoded as `application/x-www-form-urlencoded` (a space is
/// `+`), except the separator inside the rollback list, which is written literally as the
/// vendor documents it (unless it is a character with a meaning in a query, such as `&`).
/// A base that already has a query is extended with `&`; a fragment in the base stays at the
/// end, after the parameters.
///
/// ```
/// use link_errors::{LinkUrl, Rollback};
///
/// #[link_errors::spec("../link-errors-spec.toml")]
/// pub enum LinkError {}
///
/// let url = LinkUrl::<LinkError>::new("xxx")
///     .rollback(Rollback::only([LinkError::InvalidCredentials, LinkError::InvalidSca]))
///     .build()?;
/// assert_eq!(
///     url,
///     "https://platform.flanks.io/link?token=xxx&rollback=INVALID_CREDENTIALS,INVALID_SCA"
/// );
///
/// let url = LinkUrl::<LinkError>::new("xxx")
///     .base("https://sandbox.example/link?lang=en")
///     .param("user id", "42&43")
///     .build()?;
/// assert_eq!(url, "https://sandbox.example/link?lang=en&token=xxx&user+id=42%2643");
/// # Ok::<(), link_errors::LinkUrlError>(())
/// ```
pub struct LinkUrl<E: ErrorCode> {
    token: String,
    rollback: Rollback<E>,
    params: Vec<(String, String)>,
    base: Option<String>,
    _codes: PhantomData<fn() -> E>,
}

impl<E: ErrorCode> LinkUrl<E> {
    /// A link with this token, no rollback, no extra parameter, and the spec's base URL.
    ///
    /// ```
    /// # #[link_errors::spec("../link-errors-spec.toml")] pub enum LinkError {}
    /// let url = link_errors::LinkUrl::<LinkError>::new("xxx").build().unwrap();
    /// assert_eq!(url, "https://platform.flanks.io/link?token=xxx");
    /// ```
    #[must_use]
    pub fn new(token: impl Into<String>) -> Self {
        Self {
            token: token.into(),
            rollback: Rollback::none(),
            params: Vec::new(),
            base: None,
            _codes: PhantomData,
        }
    }

    /// Which errors redirect back (replaces an earlier call). [`Rollback::none()`] adds no
    /// parameter at all.
    ///
    /// ```
    /// # #[link_errors::spec("../link-errors-spec.toml")] pub enum LinkError {}
    /// # use link_errors::{LinkUrl, Rollback};
    /// let url = LinkUrl::<LinkError>::new("xxx").rollback(Rollback::all()).build().unwrap();
    /// assert_eq!(url, "https://platform.flanks.io/link?token=xxx&rollback=true");
    /// ```
    #[must_use]
    pub fn rollback(mut self, rollback: Rollback<E>) -> Self {
        self.rollback = rollback;
        self
    }

    /// Adds an extra parameter, after those added before; the vendor sends it back on the
    /// redirect. A name may repeat. It may not be empty or one the link itself uses
    /// ([`LinkSpec::is_reserved`](crate::LinkSpec::is_reserved)): [`build`](Self::build)
    /// fails then.
    ///
    /// ```
    /// # #[link_errors::spec("../link-errors-spec.toml")] pub enum LinkError {}
    /// # use link_errors::LinkUrl;
    /// let url = LinkUrl::<LinkError>::new("xxx").param("state", "a b").param("state", "ñ").build().unwrap();
    /// assert!(url.ends_with("?token=xxx&state=a+b&state=%C3%B1"));
    /// ```
    #[must_use]
    pub fn param(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.params.push((name.into(), value.into()));
        self
    }

    /// Uses `url` instead of the spec's `[link] url` (a sandbox, another region). It must be
    /// an absolute `http`/`https` URL with a host; it may have a query and a fragment.
    ///
    /// ```
    /// # #[link_errors::spec("../link-errors-spec.toml")] pub enum LinkError {}
    /// # use link_errors::LinkUrl;
    /// let url = LinkUrl::<LinkError>::new("xxx").base("http://localhost:8080/link#top").build().unwrap();
    /// assert_eq!(url, "http://localhost:8080/link?token=xxx#top");
    /// ```
    #[must_use]
    pub fn base(mut self, url: impl Into<String>) -> Self {
        self.base = Some(url.into());
        self
    }

    /// The URL.
    ///
    /// # Errors
    /// An empty token; an extra parameter with an empty name or a name the link uses; no base
    /// URL (the spec has none and [`base`](Self::base) was not called); a base that is not an
    /// absolute `http`/`https` URL with a host, or whose query already sets a parameter the
    /// link uses. See [`LinkUrlError`].
    ///
    /// ```
    /// # #[link_errors::spec("../link-errors-spec.toml")] pub enum LinkError {}
    /// # use link_errors::{LinkUrl, LinkUrlError};
    /// let err = LinkUrl::<LinkError>::new("xxx").param("rollback", "true").build().unwrap_err();
    /// assert_eq!(err, LinkUrlError::ReservedParam { name: "rollback".into() });
    /// ```
    pub fn build(&self) -> Result<String, LinkUrlError> {
        // Spec order, once each: what `Rollback`'s `Display` writes.
        let codes: Vec<&str>;
        let rollback = if self.rollback.is_all() {
            RollbackCodes::All
        } else if self.rollback.is_none() {
            RollbackCodes::None
        } else {
            codes = self.rollback.codes().iter().map(E::code).collect();
            RollbackCodes::Only(&codes)
        };
        build_link(
            E::LINK,
            self.base.as_deref(),
            &self.token,
            rollback,
            &self.params,
        )
    }
}

/// Which errors a link redirects, by wire string: the rollback of a link built without a
/// generated enum (`untyped::link_url`, with the `untyped` feature).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RollbackCodes<'a> {
    /// No `rollback` parameter: every error stays on the vendor's screen.
    None,
    /// The spec's `rollback_all` value: every error redirects.
    All,
    /// These codes, written in this order, joined by the spec's separator.
    Only(&'a [&'a str]),
}

/// [`LinkUrl::build`] without the enum: the one implementation behind it and
/// `untyped::link_url`, compiled once rather than per enum.
pub(crate) fn build_link(
    link: &LinkSpec<'_>,
    base: Option<&str>,
    token: &str,
    rollback: RollbackCodes<'_>,
    params: &[(String, String)],
) -> Result<String, LinkUrlError> {
    if token.is_empty() {
        return Err(LinkUrlError::EmptyToken);
    }
    for (index, (name, _)) in params.iter().enumerate() {
        if name.is_empty() {
            return Err(LinkUrlError::EmptyParamName { index });
        }
        if link.is_reserved(name) {
            return Err(LinkUrlError::ReservedParam { name: name.clone() });
        }
    }
    let base = base.or(link.url).ok_or(LinkUrlError::MissingBase)?;
    base_url::check(base, &|name| link.is_reserved(name)).map_err(|e| match e {
        BaseUrlError::Reserved { name } => LinkUrlError::ReservedInBase {
            base: base.to_owned(),
            name,
        },
        e => LinkUrlError::InvalidBase {
            base: base.to_owned(),
            reason: e.reason(),
        },
    })?;
    let (head, fragment) = split_fragment(base);
    let mut out = QueryWriter::new(head, token.len() + 64);
    out.pair(link.token_param, token);
    match rollback {
        RollbackCodes::None => {}
        RollbackCodes::All => out.pair(link.rollback_param, link.rollback_all),
        RollbackCodes::Only(codes) => out.pair_with(link.rollback_param, |out| {
            for (i, code) in codes.iter().enumerate() {
                if i > 0 {
                    out.push_str(&separator(link.separator));
                }
                encode_into(code, out);
            }
        }),
    }
    for (name, value) in params {
        out.pair(name, value);
    }
    Ok(out.finish(fragment))
}

impl<E: ErrorCode> Clone for LinkUrl<E> {
    fn clone(&self) -> Self {
        Self {
            token: self.token.clone(),
            rollback: self.rollback,
            params: self.params.clone(),
            base: self.base.clone(),
            _codes: PhantomData,
        }
    }
}

/// Redacts the token: it is a credential and must not reach logs.
///
/// ```
/// # #[link_errors::spec("../link-errors-spec.toml")] pub enum LinkError {}
/// let url = link_errors::LinkUrl::<LinkError>::new("s3cr3t");
/// assert!(!format!("{url:?}").contains("s3cr3t"));
/// ```
impl<E: ErrorCode> fmt::Debug for LinkUrl<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("LinkUrl")
            .field("base", &self.base.as_deref().or(E::LINK.url))
            .field("token", &format_args!("<redacted>"))
            .field("rollback", &self.rollback)
            .field("params", &self.params)
            .finish()
    }
}

/// Why [`LinkUrl::build`] failed.
///
/// ```
/// # #[link_errors::spec("../link-errors-spec.toml")] pub enum LinkError {}
/// # use link_errors::{LinkUrl, LinkUrlError};
/// let err = LinkUrl::<LinkError>::new("xxx").base("ftp://files.example/").build().unwrap_err();
/// assert!(matches!(err, LinkUrlError::InvalidBase { .. }));
/// assert_eq!(
///     err.to_string(),
///     "invalid base URL `ftp://files.example/` for the link: it must start with `http://` or `https://`"
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum LinkUrlError {
    /// The token is empty.
    EmptyToken,
    /// The extra parameter at `index` (counting from 0, in the order added) has an empty name.
    EmptyParamName {
        /// Its position among the extra parameters.
        index: usize,
    },
    /// An extra parameter uses a name the link or its redirect uses itself (token, rollback,
    /// error, or one the spec reserves).
    ReservedParam {
        /// The parameter's name.
        name: String,
    },
    /// Neither the spec nor [`LinkUrl::base`] gives a base URL.
    MissingBase,
    /// The base URL is not an absolute `http`/`https` URL with a host.
    InvalidBase {
        /// The base URL.
        base: String,
        /// What is wrong with it.
        reason: &'static str,
    },
    /// The base URL's query already sets a parameter the link sets.
    ReservedInBase {
        /// The base URL.
        base: String,
        /// The parameter's name.
        name: String,
    },
}

impl fmt::Display for LinkUrlError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::EmptyToken => f.write_str("the link token is empty"),
            Self::EmptyParamName { index } => {
                write!(f, "extra link parameter #{index} (counting from 0) has an empty name")
            }
            Self::ReservedParam { name } => write!(
                f,
                "extra link parameter `{}` collides with a parameter the link or its redirect uses",
                name.escape_debug()
            ),
            Self::MissingBase => f.write_str(
                "the link has no base URL: the spec has no `[link] url`; set one with `LinkUrl::base`",
            ),
            Self::InvalidBase { base, reason } => {
                write!(f, "invalid base URL `{}` for the link: {reason}", base.escape_debug())
            }
            Self::ReservedInBase { base, name } => write!(
                f,
                "the query of base URL `{}` already has `{}`, a parameter the link sets",
                base.escape_debug(),
                name.escape_debug()
            ),
        }
    }
}

impl std::error::Error for LinkUrlError {}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_enum::{Big, Flanks, Spaced};

    #[test]
    fn other_specs() {
        let url = LinkUrl::<Spaced>::new("k/1")
            .rollback(Rollback::only([Spaced::Oauth, Spaced::Denied]))
            .param("x", "")
            .build()
            .unwrap();
        assert_eq!(
            url,
            "http://localhost:8080/connect?v=2&key=k%2F1&redirect_on=denied,+oauth-error&x="
        );
        assert_eq!(
            LinkUrl::<Big>::new("t").build(),
            Err(LinkUrlError::MissingBase)
        );
        let url = LinkUrl::<Big>::new("t")
            .base("https://x.example/?")
            .rollback(Rollback::only([Big::ALL[0], Big::ALL[1]]))
            .build()
            .unwrap();
        assert_eq!(
            url,
            "https://x.example/?t=t&on_error=invalid_request;oauth-error"
        );
        let err = |p: &str| {
            LinkUrl::<Big>::new("t")
                .base("https://x.example")
                .param(p, "v")
                .build()
                .unwrap_err()
        };
        for p in ["t", "on_error", "err", "lang"] {
            assert_eq!(err(p), LinkUrlError::ReservedParam { name: p.into() });
        }
        assert_eq!(err(""), LinkUrlError::EmptyParamName { index: 0 });
    }

    #[test]
    fn bases() {
        let build = |b: &str| LinkUrl::<Flanks>::new("x").base(b).build();
        assert_eq!(
            build("https://a.example/l?q=1&").unwrap(),
            "https://a.example/l?q=1&token=x"
        );
        assert_eq!(
            build("https://a.example/l?q=1#f?g").unwrap(),
            "https://a.example/l?q=1&token=x#f?g"
        );
        assert_eq!(
            build("HTTPS://u:p@[::1]:443").unwrap(),
            "HTTPS://u:p@[::1]:443?token=x"
        );
        for (bad, why) in [
            ("", "http"),
            ("platform.flanks.io/link", "http"),
            ("ftp://a.example", "http"),
            ("https:///link", "no host"),
            ("https://a.example:99999/", "port"),
            ("https://a.example:8o/", "port"),
            ("https://a.example:+443/", "port"),
            ("https:a.example//x", "http"),
            ("https:/a.example", "http"),
            ("https://a b.example/", "whitespace"),
            ("https://a.example/\n", "whitespace"),
            ("https://[::1/", "IPv6"),
            ("https://a<b/", "host"),
        ] {
            let e = build(bad).unwrap_err();
            assert!(
                matches!(e, LinkUrlError::InvalidBase { .. }) && e.to_string().contains(why),
                "{bad}: {e}"
            );
        }
        assert!(matches!(
            build("https://a.example/?token=1"),
            Err(LinkUrlError::ReservedInBase { .. })
        ));
        assert!(matches!(
            build("https://a.example/?%ZZ"),
            Err(LinkUrlError::InvalidBase { .. })
        ));
        assert_eq!(
            LinkUrl::<Flanks>::new("").build(),
            Err(LinkUrlError::EmptyToken)
        );
    }

    #[test]
    fn debug_redacts() {
        let d = format!("{:?}", LinkUrl::<Flanks>::new("s3cr3t").param("a", "b"));
        assert!(
            !d.contains("s3cr3t") && d.contains("<redacted>") && d.contains("\"a\""),
            "{d}"
        );
    }
}
