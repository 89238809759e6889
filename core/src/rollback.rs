//! [`Rollback`]: which errors the link page redirects back to the application.

use core::fmt;
use core::str::FromStr;

use link_errors_wire::suggest::closest;

use crate::code::{ErrorCode, LinkSpec};
use crate::set::CodeSet;
use link_errors_wire::form::separator_at;

/// Which errors the link page sends back to the application's redirect URI instead of showing
/// them on screen: the `rollback` parameter of the link.
///
/// `Display` gives the query value and `FromStr` parses it back:
///
/// | made with | `Display` (Flanks) |
/// |---|---|
/// | [`Rollback::none()`] | `""`: the link gets no `rollback` parameter |
/// | [`Rollback::all()`] | `true` (the spec's `rollback_all`) |
/// | [`Rollback::only(codes)`](Rollback::only) | the codes in spec order, once each, joined by the spec's separator |
///
/// `only` with every code of the spec is **not** `all()`: it sends the explicit list, which
/// redirects exactly the codes the spec knows, while `true` also redirects codes the vendor
/// adds later. The two are therefore unequal (`PartialEq` compares what is sent); compare
/// [`codes()`](Self::codes) to ask whether they redirect the same known codes.
///
/// ```
/// use link_errors::Rollback;
///
/// #[link_errors::spec("../link-errors-spec.toml")]
/// pub enum LinkError {}
///
/// let r = Rollback::only([LinkError::InvalidSca, LinkError::InvalidCredentials]);
/// assert_eq!(r.to_string(), "INVALID_CREDENTIALS,INVALID_SCA");
/// assert!(r.redirects(LinkError::InvalidSca));
/// assert!(!r.redirects(LinkError::InternalError));
/// assert_eq!("INVALID_CREDENTIALS, INVALID_SCA".parse::<Rollback<LinkError>>(), Ok(r));
///
/// assert_eq!(Rollback::<LinkError>::all().to_string(), "true");
/// assert_ne!(Rollback::only(LinkError::ALL), Rollback::all());
/// assert_eq!(Rollback::only(LinkError::ALL).codes(), Rollback::all().codes());
/// ```
#[derive(Clone, Copy)]
pub struct Rollback<E: ErrorCode>(Kind<E>);

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Kind<E: ErrorCode> {
    All,
    Only(CodeSet<E>),
}

impl<E: ErrorCode> Rollback<E> {
    /// Redirect nothing: every error stays on the vendor's screen (the default).
    ///
    /// ```
    /// # #[link_errors::spec("../link-errors-spec.toml")] pub enum LinkError {}
    /// # use link_errors::Rollback;
    /// let r = Rollback::<LinkError>::none();
    /// assert!(r.is_none());
    /// assert_eq!(r.to_string(), "");
    /// ```
    #[must_use]
    pub const fn none() -> Self {
        Self(Kind::Only(CodeSet::EMPTY))
    }

    /// Redirect every error, including codes newer than the spec (`rollback=true`).
    ///
    /// ```
    /// # #[link_errors::spec("../link-errors-spec.toml")] pub enum LinkError {}
    /// # use link_errors::Rollback;
    /// let r = Rollback::<LinkError>::all();
    /// assert!(r.is_all());
    /// assert_eq!(r.to_string(), "true");
    /// ```
    #[must_use]
    pub const fn all() -> Self {
        Self(Kind::All)
    }

    /// Redirect exactly these codes (duplicates are fine; an empty list is
    /// [`none()`](Self::none)).
    ///
    /// ```
    /// # #[link_errors::spec("../link-errors-spec.toml")] pub enum LinkError {}
    /// # use link_errors::Rollback;
    /// let r = Rollback::only([LinkError::InvalidSca, LinkError::InvalidSca]);
    /// assert_eq!(r.to_string(), "INVALID_SCA");
    /// assert_eq!(Rollback::<LinkError>::only([]), Rollback::none());
    /// ```
    #[must_use]
    pub fn only(codes: impl IntoIterator<Item = E>) -> Self {
        Self(Kind::Only(codes.into_iter().collect()))
    }

    /// Whether nothing is redirected.
    ///
    /// ```
    /// # #[link_errors::spec("../link-errors-spec.toml")] pub enum LinkError {}
    /// # use link_errors::Rollback;
    /// assert!("".parse::<Rollback<LinkError>>().unwrap().is_none());
    /// ```
    pub fn is_none(&self) -> bool {
        matches!(self.0, Kind::Only(s) if s.is_empty())
    }

    /// Whether this is [`all()`](Self::all) (and not a list of every code).
    ///
    /// ```
    /// # #[link_errors::spec("../link-errors-spec.toml")] pub enum LinkError {}
    /// # use link_errors::Rollback;
    /// assert!("true".parse::<Rollback<LinkError>>().unwrap().is_all());
    /// assert!(!Rollback::only(LinkError::ALL).is_all());
    /// ```
    pub fn is_all(&self) -> bool {
        matches!(self.0, Kind::All)
    }

    /// The codes of the spec that are redirected ([`CodeSet::ALL`] for [`all()`](Self::all)).
    ///
    /// ```
    /// # #[link_errors::spec("../link-errors-spec.toml")] pub enum LinkError {}
    /// # use link_errors::{CodeSet, Rollback};
    /// assert_eq!(Rollback::<LinkError>::all().codes(), CodeSet::ALL);
    /// assert_eq!(Rollback::only([LinkError::InvalidSca]).codes().len(), 1);
    /// ```
    pub fn codes(&self) -> CodeSet<E> {
        match self.0 {
            Kind::All => CodeSet::ALL,
            Kind::Only(s) => s,
        }
    }

    /// Whether the error `code` is redirected to the application.
    ///
    /// ```
    /// # #[link_errors::spec("../link-errors-spec.toml")] pub enum LinkError {}
    /// # use link_errors::Rollback;
    /// assert!(Rollback::all().redirects(LinkError::InternalError));
    /// assert!(!Rollback::none().redirects(LinkError::InternalError));
    /// ```
    pub fn redirects(&self, code: E) -> bool {
        match self.0 {
            Kind::All => true,
            Kind::Only(s) => s.contains(code),
        }
    }

    /// Whether the EXIT button is enabled: the spec marks a code `exit_button = true`
    /// ([`ErrorCode::EXIT_CODE`]; Flanks: `ABORTED_BY_USER`) and this rollback redirects it.
    ///
    /// An enabled button shows on every error the rollback does *not* redirect, and pressing
    /// it redirects with the exit code; see [`exit_button_on`](Self::exit_button_on) for one
    /// error. With [`all()`](Self::all) the button is enabled but every code is redirected, so
    /// it can show only on the errors without a code ([`ErrorCode::SCREEN_ONLY`]).
    ///
    /// ```
    /// # #[link_errors::spec("../link-errors-spec.toml")] pub enum LinkError {}
    /// # use link_errors::Rollback;
    /// assert!(Rollback::only([LinkError::AbortedByUser]).shows_exit_button());
    /// assert!(!Rollback::only([LinkError::InvalidSca]).shows_exit_button());
    /// ```
    pub fn shows_exit_button(&self) -> bool {
        E::EXIT_CODE.is_some_and(|exit| self.redirects(exit))
    }

    /// Whether the user sees an EXIT button on the error `code`: the button is
    /// [enabled](Self::shows_exit_button) and `code` itself is not redirected.
    ///
    /// ```
    /// # #[link_errors::spec("../link-errors-spec.toml")] pub enum LinkError {}
    /// # use link_errors::Rollback;
    /// let r = Rollback::only([LinkError::AbortedByUser, LinkError::InvalidSca]);
    /// assert!(r.exit_button_on(LinkError::InternalError));
    /// assert!(!r.exit_button_on(LinkError::InvalidSca)); // redirected straight away
    /// ```
    pub fn exit_button_on(&self, code: E) -> bool {
        self.shows_exit_button() && !self.redirects(code)
    }
}

/// Compares what is sent: [`Rollback::all()`] differs from a list of every code.
impl<E: ErrorCode> PartialEq for Rollback<E> {
    fn eq(&self, other: &Self) -> bool {
        self.0 == other.0
    }
}
impl<E: ErrorCode> Eq for Rollback<E> {}
impl<E: ErrorCode> core::hash::Hash for Rollback<E> {
    fn hash<H: core::hash::Hasher>(&self, state: &mut H) {
        self.0.hash(state);
    }
}
impl<E: ErrorCode> Default for Rollback<E> {
    fn default() -> Self {
        Self::none()
    }
}
impl<E: ErrorCode> From<CodeSet<E>> for Rollback<E> {
    fn from(codes: CodeSet<E>) -> Self {
        Self(Kind::Only(codes))
    }
}
impl<E: ErrorCode> FromIterator<E> for Rollback<E> {
    fn from_iter<I: IntoIterator<Item = E>>(codes: I) -> Self {
        Self::only(codes)
    }
}

/// `Rollback::None`, `Rollback::All` or `Rollback::Only({INVALID_SCA, ...})`, after the
/// constructors.
///
/// ```
/// # #[link_errors::spec("../link-errors-spec.toml")] pub enum LinkError {}
/// # use link_errors::Rollback;
/// assert_eq!(format!("{:?}", Rollback::<LinkError>::none()), "Rollback::None");
/// assert_eq!(format!("{:?}", Rollback::only([LinkError::InvalidSca])), "Rollback::Only({INVALID_SCA})");
/// ```
impl<E: ErrorCode> fmt::Debug for Rollback<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.0 {
            Kind::All => f.write_str("Rollback::All"),
            Kind::Only(s) if s.is_empty() => f.write_str("Rollback::None"),
            Kind::Only(s) => write!(f, "Rollback::Only({s:?})"),
        }
    }
}

/// The query value, decoded: `""`, the spec's `rollback_all`, or the codes in spec order
/// joined by the spec's separator. Writes `&'static str`s only: formatting allocates nothing
/// beyond the buffer.
impl<E: ErrorCode> fmt::Display for Rollback<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.each_piece(|piece| f.write_str(piece))
    }
}

impl<E: ErrorCode> Rollback<E> {
    /// Appends the query value (what `Display` writes) to `out` with `push_str`s only: the
    /// fastest way to fill a reused buffer, with no formatting machinery in between.
    ///
    /// ```
    /// # #[link_errors::spec("../link-errors-spec.toml")] pub enum LinkError {}
    /// # use link_errors::Rollback;
    /// let mut buf = String::from("rollback=");
    /// Rollback::only([LinkError::InvalidSca, LinkError::InvalidCredentials]).push_to(&mut buf);
    /// assert_eq!(buf, "rollback=INVALID_CREDENTIALS,INVALID_SCA");
    /// ```
    pub fn push_to(&self, out: &mut String) {
        let _ = self.each_piece(|piece| {
            out.push_str(piece);
            Ok::<(), core::convert::Infallible>(())
        });
    }

    /// Hands the query value to `put` as `&'static str` pieces: the all-value, or codes and
    /// separators. A plain loop: an iterator adaptor chain here cost twice the time.
    fn each_piece<Er>(
        &self,
        mut put: impl FnMut(&'static str) -> Result<(), Er>,
    ) -> Result<(), Er> {
        match self.0 {
            Kind::All => put(E::LINK.rollback_all),
            Kind::Only(set) => {
                let mut codes = set.iter();
                if let Some(first) = codes.next() {
                    put(first.code())?;
                    for code in codes {
                        put(E::LINK.separator)?;
                        put(code.code())?;
                    }
                }
                Ok(())
            }
        }
    }
}

/// Parses a rollback value: the spec's `rollback_all` (the whole value, surrounding spaces
/// allowed) is [`all()`](Rollback::all); otherwise codes (or aliases) separated by the spec's
/// separator, each trimmed, empty items skipped, duplicates fine; an empty value is
/// [`none()`](Rollback::none). The separator may also come percent-encoded (`%2C` or `%2c`,
/// `+` for a space separator), as it does in a raw query string.
impl<E: ErrorCode> FromStr for Rollback<E> {
    type Err = ParseRollbackError;

    fn from_str(value: &str) -> Result<Self, ParseRollbackError> {
        let mut set = CodeSet::EMPTY;
        let all = parse_items(E::LINK, value, |code| {
            E::from_code(code).map(|e| set.insert(e)).is_some()
        })
        .map_err(|(at, code)| {
            ParseRollbackError::new(E::LINK, E::CODES.iter().copied(), value, at, code)
        })?;
        Ok(if all {
            Self::all()
        } else {
            Self(Kind::Only(set))
        })
    }
}

/// The reading behind [`Rollback`]'s `FromStr` and
/// [`untyped::parse_rollback`](crate::untyped::parse_rollback): `Ok(true)` for the spec's
/// `rollback_all`; otherwise hands `accept` every item (trimmed, empty ones skipped) and gives
/// `Ok(false)`, or the byte offset and text of the first item `accept` refuses.
pub(crate) fn parse_items<'v>(
    link: &LinkSpec<'_>,
    value: &'v str,
    mut accept: impl FnMut(&str) -> bool,
) -> Result<bool, (usize, &'v str)> {
    if value.trim() == link.rollback_all {
        return Ok(true);
    }
    let mut start = 0;
    loop {
        let (end, next) = next_separator(value, start, link.separator);
        let item = &value[start..end];
        let code = item.trim();
        if !code.is_empty() && !accept(code) {
            return Err((start + (item.len() - item.trim_start().len()), code));
        }
        match next {
            Some(n) => start = n,
            None => return Ok(false),
        }
    }
}

/// The end of the item starting at `from`, and where the next one starts if a separator
/// (literal or percent-encoded) ends it.
fn next_separator(s: &str, from: usize, sep: &str) -> (usize, Option<usize>) {
    for i in from..s.len() {
        if let Some(n) = separator_at(&s.as_bytes()[i..], sep.as_bytes())
            && s.is_char_boundary(i)
            && s.is_char_boundary(i + n)
        {
            return (i, Some(i + n));
        }
    }
    (s.len(), None)
}

/// A rollback value with an item that is not a code of the spec: the error of
/// [`Rollback`]'s `FromStr`. It names the item, where it is, and the closest code.
///
/// ```
/// # #[link_errors::spec("../link-errors-spec.toml")] pub enum LinkError {}
/// # use link_errors::Rollback;
/// let err = "INVALID_CREDENTIALS,INVALID_SAC".parse::<Rollback<LinkError>>().unwrap_err();
/// assert_eq!(err.code(), "INVALID_SAC");
/// assert_eq!(err.offset(), 20);
/// assert_eq!(err.suggestion(), Some("INVALID_SCA"));
/// assert_eq!(
///     err.to_string(),
///     "unknown error code `INVALID_SAC` at byte 20 of rollback value \
///      `INVALID_CREDENTIALS,INVALID_SAC`; did you mean `INVALID_SCA`?"
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseRollbackError {
    value: String,
    at: usize,
    len: usize,
    suggestion: Option<String>,
    rollback_all: String,
    separator: String,
}

impl ParseRollbackError {
    pub(crate) fn new<'a>(
        link: &LinkSpec<'a>,
        codes: impl Iterator<Item = &'a str> + Clone,
        value: &str,
        at: usize,
        code: &str,
    ) -> Self {
        // `rollback_all` is a candidate only when it would have been the whole value.
        let all = (code.len() == value.trim().len()).then_some(link.rollback_all);
        Self {
            value: value.to_owned(),
            at,
            len: code.len(),
            suggestion: closest(code, codes.chain(all)).map(str::to_owned),
            rollback_all: link.rollback_all.to_owned(),
            separator: link.separator.to_owned(),
        }
    }

    /// The rollback value that was parsed.
    ///
    /// ```
    /// # #[link_errors::spec("../link-errors-spec.toml")] pub enum LinkError {}
    /// # use link_errors::Rollback;
    /// let err = " INVALID_SCA,nope".parse::<Rollback<LinkError>>().unwrap_err();
    /// assert_eq!(err.value(), " INVALID_SCA,nope");
    /// ```
    pub fn value(&self) -> &str {
        &self.value
    }

    /// The item that is not a code, trimmed.
    ///
    /// ```
    /// # #[link_errors::spec("../link-errors-spec.toml")] pub enum LinkError {}
    /// # use link_errors::Rollback;
    /// let err = "INVALID_SCA, nope ".parse::<Rollback<LinkError>>().unwrap_err();
    /// assert_eq!(err.code(), "nope");
    /// ```
    pub fn code(&self) -> &str {
        self.value
            .get(self.at..self.at + self.len)
            .unwrap_or_default()
    }

    /// The byte offset of [`code`](Self::code) in [`value`](Self::value).
    ///
    /// ```
    /// # #[link_errors::spec("../link-errors-spec.toml")] pub enum LinkError {}
    /// # use link_errors::Rollback;
    /// let err = "INVALID_SCA, nope".parse::<Rollback<LinkError>>().unwrap_err();
    /// assert_eq!(&err.value()[err.offset()..], "nope");
    /// ```
    pub fn offset(&self) -> usize {
        self.at
    }

    /// The code (or `rollback_all` value) closest to the item, if one is close enough to be a
    /// likely typo.
    ///
    /// ```
    /// # #[link_errors::spec("../link-errors-spec.toml")] pub enum LinkError {}
    /// # use link_errors::Rollback;
    /// let err = "invalid_sca".parse::<Rollback<LinkError>>().unwrap_err();
    /// assert_eq!(err.suggestion(), Some("INVALID_SCA"));
    /// let err = "TRUE".parse::<Rollback<LinkError>>().unwrap_err();
    /// assert_eq!(err.suggestion(), Some("true"));
    /// ```
    pub fn suggestion(&self) -> Option<&str> {
        self.suggestion.as_deref()
    }
}

/// How much of the rollback value `Display` quotes: it came from outside and may be long.
const QUOTED: usize = 120;

impl fmt::Display for ParseRollbackError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let code = self.code();
        if code == self.rollback_all {
            write!(
                f,
                "`{}` (every code) must be the whole rollback value",
                self.rollback_all
            )?;
        } else {
            write!(f, "unknown error code `{}`", code.escape_debug())?;
        }
        f.write_str(" at byte ")?;
        fmt::Display::fmt(&self.at, f)?;
        f.write_str(" of rollback value `")?;
        match self.value.char_indices().nth(QUOTED) {
            Some((cut, _)) => write!(
                f,
                "{}`... ({} bytes)",
                self.value[..cut].escape_debug(),
                self.value.len()
            )?,
            None => write!(f, "{}`", self.value.escape_debug())?,
        }
        match self.suggestion.as_deref() {
            Some(s) if s != code => write!(f, "; did you mean `{s}`?"),
            _ if code == self.rollback_all => Ok(()),
            _ => write!(
                f,
                "; expected codes of the spec separated by `{}`, or `{}`",
                self.separator.escape_debug(),
                self.rollback_all
            ),
        }
    }
}

impl std::error::Error for ParseRollbackError {}

#[cfg(feature = "serde")]
mod serde_impls {
    use core::fmt;
    use core::marker::PhantomData;

    use serde::de::{self, Deserializer, Visitor};
    use serde::ser::Serializer;

    use super::Rollback;
    use crate::code::ErrorCode;

    /// As the query value: `"INVALID_CREDENTIALS,INVALID_SCA"`, `"true"` or `""`.
    impl<E: ErrorCode> serde::Serialize for Rollback<E> {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            serializer.collect_str(self)
        }
    }

    /// From the query value, as [`FromStr`](core::str::FromStr) parses it.
    impl<'de, E: ErrorCode> serde::Deserialize<'de> for Rollback<E> {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            struct V<E>(PhantomData<E>);
            impl<E: ErrorCode> Visitor<'_> for V<E> {
                type Value = Rollback<E>;
                fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                    f.write_str("a rollback value: codes of the spec, or the rollback_all value")
                }
                fn visit_str<Er: de::Error>(self, v: &str) -> Result<Rollback<E>, Er> {
                    v.parse().map_err(Er::custom)
                }
            }
            deserializer.deserialize_str(V(PhantomData))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_enum::{Big, Flanks, Spaced};

    fn parse<E: ErrorCode>(s: &str) -> Result<Rollback<E>, ParseRollbackError> {
        s.parse()
    }

    #[test]
    fn display_forms() {
        use Flanks::*;
        assert_eq!(Rollback::<Flanks>::none().to_string(), "");
        assert_eq!(Rollback::<Flanks>::all().to_string(), "true");
        let r = Rollback::only([InvalidSca, InvalidCredentials, InvalidSca]);
        assert_eq!(r.to_string(), "INVALID_CREDENTIALS,INVALID_SCA");
        assert_eq!(
            format!("{r:?}"),
            "Rollback::Only({INVALID_CREDENTIALS, INVALID_SCA})"
        );
        assert_eq!(
            Rollback::only(Spaced::ALL.iter().copied()).to_string(),
            "denied, expired, oauth-error"
        );
        assert_eq!(
            Rollback::only([Big::ALL[129], Big::ALL[0]]).to_string(),
            "invalid_request;code_129"
        );
        assert_eq!(Rollback::<Big>::all().to_string(), "all");
    }

    #[test]
    fn parses_forms() {
        use Flanks::*;
        assert_eq!(parse::<Flanks>(""), Ok(Rollback::none()));
        assert_eq!(parse::<Flanks>("  "), Ok(Rollback::none()));
        assert_eq!(parse::<Flanks>(" true "), Ok(Rollback::all()));
        let two = Rollback::only([InvalidSca, InvalidCredentials]);
        for s in [
            "INVALID_CREDENTIALS,INVALID_SCA",
            " INVALID_SCA , INVALID_CREDENTIALS ,",
            "INVALID_SCA%2CINVALID_CREDS%2cINVALID_SCA",
            ",,INVALID_SCA,,INVALID_CREDENTIALS",
        ] {
            assert_eq!(parse::<Flanks>(s), Ok(two), "{s}");
        }
        assert_eq!(
            parse::<Spaced>("denied,+oauth-error%2c%20denied"),
            Ok(Rollback::only([Spaced::Denied, Spaced::Oauth]))
        );
        assert_eq!(parse::<Spaced>("*"), Ok(Rollback::all()));
        assert_eq!(
            parse::<Big>("code_129;invalid-request%3Bcode_064"),
            Ok(Rollback::only([Big::ALL[0], Big::ALL[64], Big::ALL[129]]))
        );
        assert!(parse::<Big>("all").unwrap().is_all());
    }

    #[test]
    fn errors_name_the_item() {
        let e = parse::<Flanks>("INVALID_SCA, INVALID_SAC").unwrap_err();
        assert_eq!(
            (e.code(), e.offset(), e.suggestion()),
            ("INVALID_SAC", 13, Some("INVALID_SCA"))
        );
        let e = parse::<Flanks>("TRUE").unwrap_err();
        assert_eq!(e.suggestion(), Some("true"));
        assert_eq!(
            e.to_string(),
            "unknown error code `TRUE` at byte 0 of rollback value `TRUE`; did you mean `true`?"
        );
        let e = parse::<Flanks>("INVALID_SCA,true").unwrap_err();
        assert_eq!(
            e.to_string(),
            "`true` (every code) must be the whole rollback value at byte 12 of rollback value `INVALID_SCA,true`"
        );
        let e = parse::<Flanks>("nope").unwrap_err();
        assert_eq!(
            e.to_string(),
            "unknown error code `nope` at byte 0 of rollback value `nope`; expected codes of the spec separated by `,`, or `true`"
        );
        let long = "x".repeat(500);
        assert!(
            parse::<Flanks>(&long)
                .unwrap_err()
                .to_string()
                .contains("`... (500 bytes)")
        );
    }

    #[test]
    fn exit_button() {
        use Flanks::*;
        let r = Rollback::only([AbortedByUser]);
        assert!(
            r.shows_exit_button()
                && r.exit_button_on(InvalidSca)
                && !r.exit_button_on(AbortedByUser)
        );
        assert!(Rollback::<Flanks>::all().shows_exit_button());
        assert!(!Rollback::<Flanks>::all().exit_button_on(InvalidSca));
        assert!(!Rollback::<Spaced>::all().shows_exit_button());
        assert!(Rollback::only([Big::ALL[3]]).exit_button_on(Big::ALL[100]));
    }

    #[test]
    fn only_every_code_is_not_all() {
        let every = Rollback::only(Flanks::ALL.iter().copied());
        assert_ne!(every, Rollback::all());
        assert_eq!(every.codes(), Rollback::<Flanks>::all().codes());
        assert_eq!(parse::<Flanks>(&every.to_string()), Ok(every));
    }
}
