//! `Callback`: the seed's example, every accepted form, errors that say what and where,
//! `Deserialize` through `serde_urlencoded`, and no panic on any input.

mod common;

use common::{Big, LinkError, Spaced};
use link_errors::{Callback, CallbackError, ErrorCode, MAX_CODE_LEN, MAX_REDIRECT_LEN, Reported};
use proptest::prelude::*;
use std::fmt::Write;

fn pairs(p: &[(&str, &str)]) -> Vec<(String, String)> {
    p.iter().map(|&(a, b)| (a.into(), b.into())).collect()
}

#[test]
fn seed_example_verbatim() {
    let r =
        Callback::<LinkError>::parse("redirect_url?error=INVALID_CREDENTIALS&extraparams=value")
            .unwrap();
    assert_eq!(
        r.error(),
        Some(&Reported::Known(LinkError::InvalidCredentials))
    );
    assert_eq!(r.extra(), pairs(&[("extraparams", "value")]));
}

#[test]
fn every_form_gives_the_same() {
    let want = Callback::<LinkError>::parse("error=INVALID_SCA&state=a b").unwrap();
    for input in [
        "https://app.example/callback?error=INVALID_SCA&state=a+b",
        "https://app.example/callback?error=INVALID_SCA&state=a%20b#fragment&error=X",
        "/callback?error=INVALID_SCA&state=a+b",
        "callback?error=INVALID_SCA&state=a+b",
        "?error=INVALID_SCA&state=a+b",
        "error=INVALID_SCA&state=a+b",
        "&error=INVALID_SCA&&state=a+b&",
        "%65rror=INVALID%5FSCA&state=a+b",
    ] {
        assert_eq!(
            Callback::<LinkError>::parse(input).as_ref(),
            Ok(&want),
            "{input}"
        );
    }
}

#[test]
fn nothing_sent_is_lost() {
    let r = Callback::<LinkError>::parse("?a=1&flag&error=CODE_FROM_2030&a=2&next=/x?y=z&=&k==")
        .unwrap();
    assert_eq!(r.error(), Some(&Reported::Unknown("CODE_FROM_2030".into())));
    assert_eq!(
        r.extra(),
        pairs(&[
            ("a", "1"),
            ("flag", ""),
            ("a", "2"),
            ("next", "/x?y=z"),
            ("", ""),
            ("k", "=")
        ])
    );
    // An unknown code keeps its exact spelling (aliases: see `other_specs`).
    let r = Callback::<LinkError>::parse("error=invalid_sca").unwrap();
    assert_eq!(r.error().unwrap().code(), "invalid_sca");
    assert!(
        Callback::<LinkError>::parse("error=ABORTED_BY_USER")
            .unwrap()
            .error()
            .unwrap()
            .is_exit()
    );
}

#[test]
fn other_specs() {
    let r = Callback::<Big>::parse("https://app.example/cb?error=kept&err=invalid-request&lang=en")
        .unwrap();
    assert_eq!(r.error(), Some(&Reported::Known(Big::InvalidRequest)));
    assert_eq!(r.extra(), pairs(&[("error", "kept"), ("lang", "en")]));
    assert!(
        Callback::<Big>::parse("err=aborted.by.user")
            .unwrap()
            .error()
            .unwrap()
            .is_exit()
    );
    let r = Callback::<Spaced>::parse("reason=oauth-error").unwrap();
    assert_eq!(r.error(), Some(&Reported::Known(Spaced::OauthError)));
    assert!(!r.error().unwrap().is_exit());
}

#[test]
fn errors_say_what_and_where() {
    let err = |s: &str| Callback::<LinkError>::parse(s).unwrap_err();
    assert_eq!(
        err("/cb?error=INVALID_SCA&x=1&error=INTERNAL_ERROR"),
        CallbackError::RepeatedError {
            param: "error".into(),
            first: 4,
            second: 26
        }
    );
    assert_eq!(
        err("/cb?error=A&error=B").to_string(),
        "the `error` parameter is in the redirect twice, at bytes 4 and 12"
    );
    assert_eq!(
        err("?x=1&error="),
        CallbackError::EmptyError {
            param: "error".into(),
            offset: 5
        }
    );
    assert_eq!(
        err("?x=1&error=").to_string(),
        "the `error` parameter at byte 5 of the redirect is empty"
    );
    assert_eq!(
        err("?x=%4"),
        CallbackError::InvalidPercentEncoding {
            offset: 3,
            found: "%4".into()
        }
    );
    assert_eq!(
        err("?x=ok&y=%C3%28"),
        CallbackError::InvalidUtf8 {
            offset: 8,
            text: "%C3%28".into()
        }
    );
    assert_eq!(
        err("?x=ok&y=%C3%28").to_string(),
        "the text at byte 8 of the redirect is not UTF-8 once percent-decoded, in `%C3%28`"
    );
    let long = format!("?x={}", "y".repeat(MAX_REDIRECT_LEN));
    assert_eq!(
        err(&long),
        CallbackError::TooLong {
            len: MAX_REDIRECT_LEN + 3
        }
    );
    assert!(
        err(&long)
            .to_string()
            .contains("over the limit of 65536 bytes")
    );
    let _: &dyn std::error::Error = &err("?error=");
}

#[test]
fn a_parameter_given_twice_has_no_single_value() {
    let r = Callback::<LinkError>::parse("?state=n0nce&state=other").unwrap();
    assert_ne!(r.param("state"), Some("n0nce"));
    assert_eq!(r.param("state"), None);
    assert_eq!(r.params("state").collect::<Vec<_>>(), ["n0nce", "other"]);
    let r = Callback::<LinkError>::parse("?state=other&x=1&state=n0nce").unwrap();
    assert_eq!(r.param("state"), None);
    let r = Callback::<LinkError>::parse("?state=n0nce&x=1&x=1").unwrap();
    assert_eq!(r.param("state"), Some("n0nce"));
    assert_eq!(r.param("x"), None, "even two equal values are refused");
    assert_eq!(r.param("y"), None);
    assert_eq!(r.params("y").count(), 0);
    // The error parameter is not an extra: `param` never sees it.
    let r = Callback::<LinkError>::parse("?error=INVALID_SCA").unwrap();
    assert_eq!(r.param("error"), None);
}

#[test]
fn an_error_that_is_not_code_shaped_is_refused() {
    let err = |s: &str| Callback::<LinkError>::parse(s).unwrap_err();
    assert_eq!(
        err("?state=1&error=%3Cscript%3Ealert(1)%3C/script%3E"),
        CallbackError::NotACode {
            param: "error".into(),
            offset: 9,
            len: 25,
            found: Some('<')
        }
    );
    assert_eq!(
        err("?error=%3Cscript%3E").to_string(),
        "the `error` parameter at byte 1 of the redirect is not a code: it contains U+003C \
         (codes are 1 to 128 ASCII letters, digits, `_`, `-` and `.`)"
    );
    for bad in [
        "a+b", "a%20b", "%C3%B1", "a%00", "x%0Ay", "a,b", "%22", "A'B",
    ] {
        assert!(
            matches!(err(&format!("error={bad}")), CallbackError::NotACode { .. }),
            "{bad}"
        );
    }
    let long = "A".repeat(MAX_CODE_LEN + 1);
    assert_eq!(
        err(&format!("error={long}")),
        CallbackError::NotACode {
            param: "error".into(),
            offset: 0,
            len: MAX_CODE_LEN + 1,
            found: None
        }
    );
    assert!(
        err(&format!("error={long}"))
            .to_string()
            .contains("it is 129 bytes long")
    );
    // Every character of the alphabet, at the length bound.
    for ok in ["a-b.c_D9", &"z".repeat(MAX_CODE_LEN)] {
        let r = Callback::<LinkError>::parse(&format!("error={ok}")).unwrap();
        assert_eq!(r.error(), Some(&Reported::Unknown(ok.to_string())));
    }
    // Extra parameters may hold anything: only the error is a code.
    let r = Callback::<LinkError>::parse("error=INVALID_SCA&state=%3Cb%3E").unwrap();
    assert_eq!(r.param("state"), Some("<b>"));
    // The same rule on the custom error parameter, and without an enum.
    assert!(matches!(
        Callback::<Big>::parse("err=a%2Fb"),
        Err(CallbackError::NotACode { param, .. }) if param == "err"
    ));
    let link = LinkError::LINK;
    assert!(matches!(
        link_errors::untyped::parse_redirect(link, "?error=a%2Fb"),
        Err(CallbackError::NotACode { param, .. }) if param == "error"
    ));
    assert_eq!(
        link_errors::untyped::parse_redirect(link, "?error=NEW.code-1")
            .unwrap()
            .error
            .as_deref(),
        Some("NEW.code-1")
    );
}

#[cfg(feature = "serde")]
#[test]
fn deserialize_through_serde_urlencoded() {
    let r: Callback<LinkError> = serde_urlencoded::from_str(
        "error=INVALID_CREDENTIALS&extraparams=value&extraparams=2&flag",
    )
    .unwrap();
    assert_eq!(
        r.error(),
        Some(&Reported::Known(LinkError::InvalidCredentials))
    );
    assert_eq!(
        r.extra(),
        pairs(&[("extraparams", "value"), ("extraparams", "2"), ("flag", "")])
    );
    assert_eq!(
        r,
        Callback::parse("error=INVALID_CREDENTIALS&extraparams=value&extraparams=2&flag").unwrap()
    );

    let r: Callback<Big> = serde_urlencoded::from_str("err=brand_new&error=x").unwrap();
    assert_eq!(r.error(), Some(&Reported::Unknown("brand_new".into())));
    assert_eq!(r.extra(), pairs(&[("error", "x")]));

    let e = serde_urlencoded::from_str::<Callback<LinkError>>("error=A&x=1&error=B").unwrap_err();
    assert_eq!(
        e.to_string(),
        "the `error` parameter is in the redirect twice, as parameters 1 and 3"
    );
    let e = serde_urlencoded::from_str::<Callback<LinkError>>("x=1&error=").unwrap_err();
    assert_eq!(
        e.to_string(),
        "the `error` parameter (parameter 2) is empty"
    );
    let long = format!("x={}", "y".repeat(MAX_REDIRECT_LEN));
    assert!(serde_urlencoded::from_str::<Callback<LinkError>>(&long).is_err());
    // Not code-shaped: refused here too, where the lenient decoding would have let it by.
    let e =
        serde_urlencoded::from_str::<Callback<LinkError>>("x=1&error=%3Cscript%3E").unwrap_err();
    assert_eq!(
        e.to_string(),
        "the `error` parameter (parameter 2) is not a code: it contains U+003C \
         (codes are 1 to 128 ASCII letters, digits, `_`, `-` and `.`)"
    );
    let e = serde_urlencoded::from_str::<Callback<LinkError>>("error=%FF").unwrap_err();
    assert!(
        e.to_string().contains("is not a code: it contains U+FFFD"),
        "{e}"
    );
}

/// `Serialize` writes the map `Deserialize` reads: the error parameter with the code, then the
/// extra parameters in order.
#[cfg(feature = "serde")]
#[test]
fn serialize_as_the_parameters() {
    let r = Callback::<LinkError>::parse("?state=a+b&error=INVALID_SCA&state=2").unwrap();
    assert_eq!(
        serde_urlencoded::to_string(&r).unwrap(),
        "error=INVALID_SCA&state=a+b&state=2"
    );
    assert_eq!(
        serde_json::to_string(&Callback::<Big>::parse("?err=brand_new&x=1").unwrap()).unwrap(),
        r#"{"err":"brand_new","x":"1"}"#
    );
    assert_eq!(
        serde_urlencoded::to_string(Callback::<LinkError>::parse("").unwrap()).unwrap(),
        ""
    );
}

/// The former names (`Redirect`, `RedirectError`, which DESIGN.md uses) still compile, as
/// deprecated aliases of `Callback` and `CallbackError`.
#[test]
#[allow(deprecated)]
fn former_names_still_work() {
    use link_errors::{Redirect, RedirectError};
    let r: Redirect<LinkError> = Redirect::parse("?error=INVALID_SCA").unwrap();
    assert_eq!(r.error(), Some(&Reported::Known(LinkError::InvalidSca)));
    let e: RedirectError = Redirect::<LinkError>::parse("?error=").unwrap_err();
    assert!(matches!(e, RedirectError::EmptyError { .. }));
}

/// The code-shape rule, written out on its own as the oracle for the parser.
fn code_shaped(s: &str) -> bool {
    (1..=MAX_CODE_LEN).contains(&s.len())
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"_-.".contains(&b))
}

proptest! {
    /// Whatever the request holds, the error's message holds none of it but plain ASCII
    /// (letters, digits, `%+-._~*`), and stays short: it is safe to show and log as it is.
    #[test]
    fn messages_are_safe_to_show(
        value in prop_oneof![any::<String>(), "[a-z=&%<>\"' \n]{0,300}", "error=[<>%A-F0-9]{0,40}"],
    ) {
        if let Err(e) = Callback::<LinkError>::parse(&value) {
            let message = e.to_string();
            prop_assert!(message.len() < 260, "{}", message);
            prop_assert!(
                !message.chars().any(|c| c.is_control() || "<>&\"'".contains(c) || !c.is_ascii()),
                "{}",
                message
            );
        }
    }

    /// Whatever the value, the parser's answer is the rule's: a code of the spec, or a
    /// code-shaped unknown, or `NotACode`; on both entry points.
    #[test]
    fn unknowns_are_always_code_shaped(
        value in prop_oneof![any::<String>(), "[A-Za-z0-9_.-]{1,140}", "[A-Za-z0-9_. <>%-]{1,20}"],
    ) {
        let mut query = String::from("error=");
        for b in value.bytes() {
            write!(query, "%{b:02X}").unwrap();
        }
        let parsed = Callback::<LinkError>::parse(&query);
        #[cfg(feature = "serde")]
        {
            let de = serde_urlencoded::from_str::<Callback<LinkError>>(&query);
            prop_assert_eq!(de.is_ok(), parsed.is_ok());
            if let (Ok(a), Ok(b)) = (&de, &parsed) {
                prop_assert_eq!(a, b);
            }
        }
        match parsed {
            Ok(r) => match r.error().unwrap() {
                Reported::Known(e) => prop_assert!(LinkError::from_code(&value) == Some(*e)),
                Reported::Unknown(code) => {
                    prop_assert_eq!(code, &value);
                    prop_assert!(code_shaped(code));
                }
            },
            Err(CallbackError::NotACode { .. }) => prop_assert!(!code_shaped(&value)),
            Err(CallbackError::EmptyError { .. }) => prop_assert!(value.is_empty()),
            Err(e) => prop_assert!(false, "{e}"),
        }
    }

    #[test]
    fn any_string_parses_or_errs(s in any::<String>()) {
        if let Err(e) = Callback::<LinkError>::parse(&s) {
            let _ = e.to_string();
        }
        let _ = Callback::<Big>::parse(&s);
    }

    #[test]
    fn query_like_strings_parse_or_err(s in "[?#/:a-z=&%+0-9A-Fñ]{0,60}") {
        match Callback::<LinkError>::parse(&s) {
            Ok(r) => { let _ = (r.error(), r.extra()); }
            Err(e) => { let _ = e.to_string(); }
        }
    }

    #[cfg(feature = "serde")]
    #[test]
    fn deserialize_never_panics(s in "[a-z=&%+0-9A-F]{0,60}") {
        let _ = serde_urlencoded::from_str::<Callback<LinkError>>(&s);
    }

    /// Serialized through `serde_urlencoded` and read back (by `Deserialize` and by `parse`),
    /// a callback is the same: its reported code, known or not, and its extra pairs.
    #[cfg(feature = "serde")]
    #[test]
    fn serialize_round_trips(
        error in prop::option::of(prop_oneof![
            (0..LinkError::COUNT).prop_map(|i| LinkError::ALL[i].code().to_owned()),
            "[A-Za-z0-9_.-]{1,20}",
        ]),
        extra in prop::collection::vec(("[a-z ñ&=+%]{0,6}", ".{0,8}"), 0..4),
    ) {
        let mut url = link_errors::RedirectUrl::<LinkError>::new("");
        if let Some(code) = &error {
            url = url.error(LinkError::from_code(code).map_or_else(|| Reported::Unknown(code.clone()), Reported::Known));
        }
        for (name, value) in &extra {
            if name != "error" {
                url = url.param(name.clone(), value.clone());
            }
        }
        let callback = Callback::<LinkError>::parse(&url.build().unwrap()).unwrap();
        let written = serde_urlencoded::to_string(&callback).unwrap();
        prop_assert_eq!(&serde_urlencoded::from_str::<Callback<LinkError>>(&written).unwrap(), &callback);
        prop_assert_eq!(&Callback::<LinkError>::parse(&written).unwrap(), &callback);
    }
}
