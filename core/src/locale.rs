//! [`Locale`]: the language to answer a request in, negotiated from its `Accept-Language`
//! among a generated enum's locales (an axum extractor with the `axum` feature).

use core::fmt;
use core::marker::PhantomData;
use core::ops::Deref;

use crate::code::ErrorCode;
use crate::negotiate::negotiate;

/// The best of `E`'s [`LOCALES`](ErrorCode::LOCALES) for a request: what [`negotiate`] picks
/// from its `Accept-Language` (the same rules), always one of `E::LOCALES` (or `""` for a spec
/// that declares none), ready for the generated `_in` methods and for
/// [`problem`](crate::ProblemDetails::problem).
///
/// With the `axum` feature it is an extractor that never rejects: with no `Accept-Language`,
/// or one that does not parse, it gives the first locale. Several `Accept-Language` headers
/// are read as one list, as HTTP says. A response whose words depend on it varies with the
/// request's `Accept-Language`: send `Vary: Accept-Language` with it, so that a cache does not
/// give one user's language to another.
///
/// ```
/// # #[link_errors::spec("../link-errors-spec.toml", overlay = "../link-errors-app.toml")]
/// # pub enum LinkError {}
/// use link_errors::Locale;
///
/// let locale = Locale::<LinkError>::from_accept_language("es-ES,es;q=0.9,en;q=0.8");
/// assert_eq!(locale.as_str(), "es");
/// assert_eq!(LinkError::InvalidSca.message_in(&locale), "La autenticación reforzada (SCA) proporcionada no es válida.");
/// assert_eq!(&*Locale::<LinkError>::from_accept_language("fr"), "en");
/// ```
pub struct Locale<E> {
    tag: &'static str,
    codes: PhantomData<fn() -> E>,
}

impl<E: ErrorCode> Locale<E> {
    /// The best of `E::LOCALES` for an `Accept-Language` header's value, by [`negotiate`].
    #[must_use]
    pub fn from_accept_language(accept_language: &str) -> Self {
        Self {
            tag: negotiate(accept_language, E::LOCALES),
            codes: PhantomData,
        }
    }

    /// The first of `E::LOCALES`: the language of the spec's plain strings.
    #[must_use]
    pub fn first() -> Self {
        Self::from_accept_language("")
    }
}

impl<E> Locale<E> {
    /// The chosen tag, as `E::LOCALES` spells it.
    #[must_use]
    pub fn as_str(&self) -> &'static str {
        self.tag
    }
}

impl<E> Deref for Locale<E> {
    type Target = str;

    fn deref(&self) -> &str {
        self.tag
    }
}

impl<E> AsRef<str> for Locale<E> {
    fn as_ref(&self) -> &str {
        self.tag
    }
}

// By hand: the derives would ask `E` for what only the tag needs.
impl<E> Clone for Locale<E> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<E> Copy for Locale<E> {}

impl<E> PartialEq for Locale<E> {
    fn eq(&self, other: &Self) -> bool {
        self.tag == other.tag
    }
}

impl<E> Eq for Locale<E> {}

impl<E> fmt::Debug for Locale<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Locale").field(&self.tag).finish()
    }
}

impl<E> fmt::Display for Locale<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag)
    }
}

#[cfg(feature = "axum")]
mod extract {
    use core::convert::Infallible;

    use axum_core::extract::FromRequestParts;
    use http::header::ACCEPT_LANGUAGE;
    use http::request::Parts;

    use super::Locale;
    use crate::code::ErrorCode;

    /// Negotiates the request's `Accept-Language` headers (joined into one list; a value that
    /// is not visible ASCII is skipped) against `E::LOCALES`. Never rejects.
    impl<E: ErrorCode, S: Send + Sync> FromRequestParts<S> for Locale<E> {
        type Rejection = Infallible;

        async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
            let mut values = parts
                .headers
                .get_all(ACCEPT_LANGUAGE)
                .iter()
                .filter_map(|v| v.to_str().ok());
            let Some(first) = values.next() else {
                return Ok(Self::first());
            };
            let Some(second) = values.next() else {
                return Ok(Self::from_accept_language(first));
            };
            let mut joined = format!("{first},{second}");
            for v in values {
                joined.push(',');
                joined.push_str(v);
            }
            Ok(Self::from_accept_language(&joined))
        }
    }
}

#[cfg(all(test, feature = "axum"))]
mod tests {
    use axum_core::extract::FromRequestParts;

    use super::Locale;
    use crate::test_enum::Pay;

    fn extract(headers: &[&str]) -> Locale<Pay> {
        let mut request = http::Request::get("/");
        for h in headers {
            request = request.header("accept-language", *h);
        }
        let (mut parts, ()) = request.body(()).unwrap().into_parts();
        let runtime = tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap();
        runtime
            .block_on(Locale::<Pay>::from_request_parts(&mut parts, &()))
            .unwrap()
    }

    #[test]
    fn the_extractor_negotiates_as_negotiate_does() {
        assert_eq!(extract(&[]).as_str(), "en");
        assert_eq!(extract(&["es-ES,es;q=0.9"]).as_str(), "es");
        assert_eq!(extract(&["fr"]).as_str(), "en");
        assert_eq!(extract(&["%%%;q=zz"]).as_str(), "en");
        // Two headers are one list: the heavier range of either wins.
        assert_eq!(extract(&["en;q=0.2", "es"]).as_str(), "es");
        assert_eq!(extract(&["es;q=0"]).as_str(), "en");
    }

    proptest::proptest! {
        /// The extractor chooses what `negotiate` chooses, for any header.
        #[test]
        fn the_extractor_is_negotiate(header in "[a-zA-Z*;=.,0-9 -]{0,40}") {
            let expected = crate::negotiate(&header, <Pay as crate::ErrorCode>::LOCALES);
            let mut request = http::Request::get("/");
            if let Ok(value) = http::HeaderValue::from_str(&header) {
                request = request.header("accept-language", value);
            } else {
                return Ok(());
            }
            let (mut parts, ()) = request.body(()).unwrap().into_parts();
            let runtime = tokio::runtime::Builder::new_current_thread().build().unwrap();
            let locale = runtime
                .block_on(Locale::<Pay>::from_request_parts(&mut parts, &()))
                .unwrap();
            proptest::prop_assert_eq!(locale.as_str(), expected);
        }
    }

    #[test]
    fn a_header_that_is_not_text_is_skipped() {
        let mut request = http::Request::get("/");
        request = request.header(
            "accept-language",
            http::HeaderValue::from_bytes(b"es\xff").unwrap(),
        );
        request = request.header("accept-language", "es;q=0.5, en;q=0.1");
        let (mut parts, ()) = request.body(()).unwrap().into_parts();
        let runtime = tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap();
        let locale = runtime
            .block_on(Locale::<Pay>::from_request_parts(&mut parts, &()))
            .unwrap();
        assert_eq!(&*locale, "es");
    }
}
