//! Problem details ([RFC 9457]): what an HTTP API answers for an error, declared once by a
//! spec's (or an overlay's) `[problem]` table.
//!
//! The generated enum of a spec with `[problem]` implements [`ProblemDetails`] with tables
//! only (each code's status, its message and detail per locale, the `type` template and the
//! two answers without a code); building a [`Problem`], writing it and answering with it is
//! here, once.
//!
//! [RFC 9457]: https://www.rfc-editor.org/rfc/rfc9457

use std::borrow::Cow;

use link_errors_wire::locale;

use crate::code::ErrorCode;
use crate::reported::Reported;

/// The media type of a problem details body.
pub const PROBLEM_JSON: &str = "application/problem+json";

/// The `type` of a problem that has no type of its own: the status says it all.
pub const ABOUT_BLANK: &str = "about:blank";

/// What a `[problem]` table declares besides each code's values: the `type` template and the
/// answers for a code the spec does not know and for a malformed callback. Generated code
/// builds it; it is no API.
#[doc(hidden)]
#[derive(Debug)]
pub struct ProblemSpec {
    /// The `type` URI of a code: `about:blank`, or a URI in which `{code}` stands for the code.
    pub type_template: &'static str,
    /// The answer for a code the spec does not have.
    pub unknown: ProblemText,
    /// The answer for a callback the strict parser refuses.
    pub malformed: ProblemText,
}

/// A status and its texts, one per locale of the enum (one when it declares none).
#[doc(hidden)]
#[derive(Debug)]
pub struct ProblemText {
    /// The HTTP status, 400 to 599.
    pub status: u16,
    /// The `title`, per locale.
    pub title: &'static [&'static str],
    /// The `detail`, per locale; empty when there is none.
    pub detail: &'static [&'static str],
}

impl ProblemText {
    fn problem(&self, locales: &'static [&'static str], locale: &str) -> Problem {
        let i = locale::index(locales, locale);
        Problem {
            status: self.status,
            type_uri: Cow::Borrowed(ABOUT_BLANK),
            title: self.title.get(i).copied().unwrap_or_default(),
            detail: self.detail.get(i).copied(),
            code: None,
            language: locales.get(i).copied(),
        }
    }
}

/// A generated enum whose spec (or overlay) has a `[problem]` table: each code answers an
/// HTTP request as a [`Problem`]. Implemented by the `#[link_errors::spec]` attribute only.
///
/// The enum has the same [`problem`](Self::problem) as an inherent method, so most code needs
/// no import of this trait; [`Reported::problem`] and
/// [`CallbackRejection::problem`](crate::CallbackRejection::problem) (feature `axum`) answer
/// for an unknown code and for a malformed callback.
pub trait ProblemDetails: ErrorCode {
    /// The `[problem]` table's settings.
    #[doc(hidden)]
    const PROBLEM: &'static ProblemSpec;

    /// The HTTP status of this code: the value of the field `[problem]`'s `status_field` names.
    fn problem_status(self) -> u16;

    /// The `detail` of this code in `locale`: the field `[problem]`'s `detail_field` names, if
    /// it names one and this code has a value.
    fn problem_detail_in(self, locale: &str) -> Option<&'static str>;

    /// The `title`: the code's message in `locale` (the generated `message_in`).
    fn problem_title_in(self, locale: &str) -> &'static str;

    /// The problem details of a callback that is not a valid redirect, in `locale`:
    /// `[problem]`'s `malformed_status`, `malformed_title` and `malformed_detail`, type
    /// `about:blank`, and no `code`. [`CallbackRejection::problem`](crate::CallbackRejection::problem)
    /// answers with it; so can an application's own refusals of a callback (a state that does
    /// not match, say).
    #[must_use]
    fn malformed_problem(locale: &str) -> Problem {
        Self::PROBLEM.malformed.problem(Self::LOCALES, locale)
    }

    /// This code's problem details in `locale` (as the generated `_in` methods choose it: pass
    /// what [`negotiate`](crate::negotiate) or [`Locale`](crate::Locale) gives): its status,
    /// its `type` URI, its message as `title`, its detail, and the code as the extension
    /// member `code`.
    #[must_use]
    fn problem(self, locale: &str) -> Problem {
        let code = self.code();
        let template = Self::PROBLEM.type_template;
        let type_uri = if template.contains("{code}") {
            Cow::Owned(template.replace("{code}", code))
        } else {
            Cow::Borrowed(template)
        };
        Problem {
            status: self.problem_status(),
            type_uri,
            title: self.problem_title_in(locale),
            detail: self.problem_detail_in(locale),
            code: Some(Cow::Borrowed(code)),
            language: Self::LOCALES
                .get(locale::index(Self::LOCALES, locale))
                .copied(),
        }
    }
}

impl<E: ProblemDetails> Reported<E> {
    /// The problem details of what the redirect reported, in `locale`: a known code's own
    /// ([`ProblemDetails::problem`]); for a code the spec does not have, `[problem]`'s
    /// `unknown_status`, `unknown_title` and `unknown_detail`, type `about:blank`, with the
    /// code as sent in the extension member `code`.
    #[must_use]
    pub fn problem(&self, locale: &str) -> Problem {
        match self {
            Self::Known(e) => e.problem(locale),
            Self::Unknown(code) => {
                let mut p = E::PROBLEM.unknown.problem(E::LOCALES, locale);
                p.code = Some(Cow::Owned(code.clone()));
                p
            }
        }
    }
}

#[cfg(feature = "axum")]
impl crate::CallbackRejection {
    /// The refusal as problem details for `E`'s `[problem]`, in `locale`: its
    /// `malformed_status`, `malformed_title` and `malformed_detail`, type `about:blank`, and no
    /// `code`: nothing of the request is echoed. The answer is opt-in: as a response, the
    /// rejection itself stays the plain-text 400 (whose words, like these, quote nothing).
    ///
    /// ```
    /// # #[link_errors::spec("../tests/ui/specs/problem.toml")] pub enum Pay {}
    /// use link_errors::{Callback, CallbackRejection};
    ///
    /// let rejection = CallbackRejection::from(Callback::<Pay>::parse("?error=a&error=b").unwrap_err());
    /// let p = rejection.problem::<Pay>("es");
    /// assert_eq!((p.status(), p.title(), p.code()), (400, "Retorno no válido", None));
    /// ```
    #[must_use]
    pub fn problem<E: ProblemDetails>(&self, locale: &str) -> Problem {
        E::malformed_problem(locale)
    }
}

/// An error as problem details ([RFC 9457]): `type`, `title`, `status`, `detail`, and the
/// code as the extension member `code`. Made by [`ProblemDetails::problem`] (the generated
/// enum's `problem`), [`Reported::problem`] and `CallbackRejection::problem`.
///
/// With the `axum` feature it is a response: its status, `Content-Type:
/// application/problem+json`, `Content-Language` (the locale its texts are in) and the JSON
/// body, written by `serde_json`. With `serde` or `axum` it is `Serialize`, as that body.
///
/// ```
/// # #[link_errors::spec("../tests/ui/specs/problem.toml")] pub enum Pay {}
/// let p = Pay::CardDeclined.problem("es");
/// assert_eq!(p.status(), 402);
/// assert_eq!(p.type_uri(), "https://errors.example/card_declined");
/// assert_eq!(p.title(), "Tarjeta rechazada.");
/// assert_eq!(p.detail(), Some("Prueba con otra tarjeta."));
/// assert_eq!(p.code(), Some("card_declined"));
/// assert_eq!(p.language(), Some("es"));
/// ```
///
/// [RFC 9457]: https://www.rfc-editor.org/rfc/rfc9457
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    status: u16,
    type_uri: Cow<'static, str>,
    title: &'static str,
    detail: Option<&'static str>,
    code: Option<Cow<'static, str>>,
    language: Option<&'static str>,
}

impl Problem {
    /// The HTTP status, 400 to 599 (the build checks every value `[problem]` can give).
    #[must_use]
    pub fn status(&self) -> u16 {
        self.status
    }

    /// The `type` member: a URI that identifies the problem type, `about:blank` when none does
    /// (an unknown code, a malformed callback, or a `[problem]` without `type`).
    #[must_use]
    pub fn type_uri(&self) -> &str {
        &self.type_uri
    }

    /// The `title` member: the code's message, or `[problem]`'s title for an answer without a
    /// known code, in [`language`](Self::language).
    #[must_use]
    pub fn title(&self) -> &'static str {
        self.title
    }

    /// The `detail` member, if there is one.
    #[must_use]
    pub fn detail(&self) -> Option<&'static str> {
        self.detail
    }

    /// The extension member `code`: the code, as sent for an unknown one; none for a malformed
    /// callback (whose bytes a response never echoes).
    #[must_use]
    pub fn code(&self) -> Option<&str> {
        self.code.as_deref()
    }

    /// The locale the texts are in (one of the enum's `LOCALES`), for `Content-Language`;
    /// `None` when the spec declares no locales.
    #[must_use]
    pub fn language(&self) -> Option<&'static str> {
        self.language
    }
}

#[cfg(any(feature = "serde", feature = "axum"))]
impl serde::Serialize for Problem {
    /// As RFC 9457's JSON object: `type`, `title`, `status`, then `detail` and `code` when
    /// there are.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let len = 3 + usize::from(self.detail.is_some()) + usize::from(self.code.is_some());
        let mut map = serializer.serialize_map(Some(len))?;
        map.serialize_entry("type", &*self.type_uri)?;
        map.serialize_entry("title", self.title)?;
        map.serialize_entry("status", &self.status)?;
        if let Some(detail) = self.detail {
            map.serialize_entry("detail", detail)?;
        }
        if let Some(code) = &self.code {
            map.serialize_entry("code", &**code)?;
        }
        map.end()
    }
}

#[cfg(feature = "axum")]
mod response {
    use axum_core::response::{IntoResponse, Response};
    use http::header::CONTENT_LANGUAGE;
    use http::{HeaderValue, StatusCode};

    use super::{PROBLEM_JSON, Problem};
    use crate::axum::respond;

    /// The status, `Content-Type: application/problem+json`, `Content-Language` when the spec
    /// declares locales, and the JSON body.
    impl IntoResponse for Problem {
        fn into_response(self) -> Response {
            let status =
                StatusCode::from_u16(self.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
            // A map of strings and a number: writing it cannot fail.
            let body = serde_json::to_vec(&self).unwrap_or_default();
            let mut response = respond(status, HeaderValue::from_static(PROBLEM_JSON), body);
            if let Some(language) = self.language.and_then(|l| HeaderValue::from_str(l).ok()) {
                response.headers_mut().insert(CONTENT_LANGUAGE, language);
            }
            response
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{ABOUT_BLANK, ProblemDetails};
    use crate::Reported;
    use crate::test_enum::Pay;

    #[test]
    fn a_code_answers_with_its_status_type_texts_and_code() {
        let p = Pay::CardDeclined.problem("es-ES");
        assert_eq!(p.status(), 402);
        assert_eq!(p.type_uri(), "https://errors.example/card_declined");
        assert_eq!(p.title(), "Tarjeta rechazada.");
        assert_eq!(p.detail(), Some("Prueba con otra tarjeta."));
        assert_eq!(p.code(), Some("card_declined"));
        assert_eq!(p.language(), Some("es"));
        // No detail where the field has no value; the field's default status.
        let p = Pay::BadAmount.problem("fr");
        assert_eq!(
            (p.status(), p.detail(), p.language()),
            (400, None, Some("en"))
        );
        assert_eq!(p.title(), "The amount is not valid.");
        // The trait's method is the inherent one.
        assert_eq!(
            ProblemDetails::problem(Pay::RateLimited, "en"),
            Pay::RateLimited.problem("en")
        );
    }

    #[test]
    fn an_unknown_code_answers_with_the_unknown_texts() {
        let p = Reported::<Pay>::Unknown("NEW_CODE".into()).problem("es");
        assert_eq!(p.status(), 502);
        assert_eq!(p.type_uri(), ABOUT_BLANK);
        assert_eq!(p.title(), "Error desconocido");
        assert_eq!(
            p.detail(),
            Some("El proveedor ha devuelto un error que aún no conocemos.")
        );
        assert_eq!(p.code(), Some("NEW_CODE"));
        let known = Reported::Known(Pay::RateLimited).problem("en");
        assert_eq!(known, Pay::RateLimited.problem("en"));
    }

    #[cfg(feature = "axum")]
    #[test]
    fn a_problem_is_a_problem_json_response() {
        use axum_core::response::IntoResponse as _;

        let response = Pay::CardDeclined.problem("es").into_response();
        assert_eq!(response.status(), 402);
        let headers = response.headers();
        assert_eq!(headers["content-type"], "application/problem+json");
        assert_eq!(headers["content-language"], "es");
        let body = serde_json::to_value(Pay::CardDeclined.problem("es")).unwrap();
        assert_eq!(
            body,
            serde_json::json!({
                "type": "https://errors.example/card_declined",
                "title": "Tarjeta rechazada.",
                "status": 402,
                "detail": "Prueba con otra tarjeta.",
                "code": "card_declined",
            })
        );
        // A malformed callback: no `code`, nothing of the request.
        let rejection = crate::CallbackRejection::from(
            crate::Callback::<Pay>::parse("?error=%3Cscript%3E").unwrap_err(),
        );
        let body = serde_json::to_string(&rejection.problem::<Pay>("en")).unwrap();
        assert_eq!(
            body,
            r#"{"type":"about:blank","title":"Invalid callback","status":400}"#
        );
    }
}
