//! `Redirect`: the seed's example, every accepted form, errors that say what and where,
//! `Deserialize` through `serde_urlencoded`, and no panic on any input.

mod common;

use common::{Big, LinkError, Spaced};
use link_errors::{MAX_REDIRECT_LEN, Redirect, RedirectError, Reported};
use proptest::prelude::*;

fn pairs(p: &[(&str, &str)]) -> Vec<(String, String)> {
    p.iter().map(|&(a, b)| (a.into(), b.into())).collect()
}

#[test]
fn seed_example_verbatim() {
    let r =
        Redirect::<LinkError>::parse("redirect_url?error=INVALID_CREDENTIALS&extraparams=value")
            .unwrap();
    assert_eq!(
        r.error(),
        Some(&Reported::Known(LinkError::InvalidCredentials))
    );
    assert_eq!(r.extra(), pairs(&[("extraparams", "value")]));
}

#[test]
fn every_form_gives_the_same() {
    let want = Redirect::<LinkError>::parse("error=INVALID_SCA&state=a b").unwrap();
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
            Redirect::<LinkError>::parse(input).as_ref(),
            Ok(&want),
            "{input}"
        );
    }
}

#[test]
fn nothing_sent_is_lost() {
    let r = Redirect::<LinkError>::parse("?a=1&flag&error=CODE_FROM_2030&a=2&next=/x?y=z&=&k==")
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
    let r = Redirect::<LinkError>::parse("error=invalid_sca%20").unwrap();
    assert_eq!(r.error().unwrap().code(), "invalid_sca ");
    assert!(
        Redirect::<LinkError>::parse("error=ABORTED_BY_USER")
            .unwrap()
            .error()
            .unwrap()
            .is_exit()
    );
}

#[test]
fn other_specs() {
    let r = Redirect::<Big>::parse("https://app.example/cb?error=kept&err=invalid-request&lang=en")
        .unwrap();
    assert_eq!(r.error(), Some(&Reported::Known(Big::InvalidRequest)));
    assert_eq!(r.extra(), pairs(&[("error", "kept"), ("lang", "en")]));
    assert!(
        Redirect::<Big>::parse("err=aborted.by.user")
            .unwrap()
            .error()
            .unwrap()
            .is_exit()
    );
    let r = Redirect::<Spaced>::parse("reason=oauth-error").unwrap();
    assert_eq!(r.error(), Some(&Reported::Known(Spaced::OauthError)));
    assert!(!r.error().unwrap().is_exit());
}

#[test]
fn errors_say_what_and_where() {
    let err = |s: &str| Redirect::<LinkError>::parse(s).unwrap_err();
    assert_eq!(
        err("/cb?error=INVALID_SCA&x=1&error=INTERNAL_ERROR"),
        RedirectError::RepeatedError {
            param: "error".into(),
            first: 4,
            second: 26
        }
    );
    assert_eq!(
        err("/cb?error=A&error=B").to_string(),
        "the redirect has the `error` parameter twice, at bytes 4 and 12"
    );
    assert_eq!(
        err("?x=1&error="),
        RedirectError::EmptyError {
            param: "error".into(),
            offset: 5
        }
    );
    assert_eq!(
        err("?x=1&error=").to_string(),
        "the redirect's `error` parameter at byte 5 is empty"
    );
    assert_eq!(
        err("?x=%4"),
        RedirectError::InvalidPercentEncoding {
            offset: 3,
            found: "%4".into()
        }
    );
    assert_eq!(
        err("?x=ok&y=%C3%28"),
        RedirectError::InvalidUtf8 {
            offset: 8,
            text: "%C3%28".into()
        }
    );
    assert_eq!(
        err("?x=ok&y=%C3%28").to_string(),
        "the redirect's text at byte 8 is not UTF-8 once percent-decoded, in `%C3%28`"
    );
    let long = format!("?x={}", "y".repeat(MAX_REDIRECT_LEN));
    assert_eq!(
        err(&long),
        RedirectError::TooLong {
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

#[cfg(feature = "serde")]
#[test]
fn deserialize_through_serde_urlencoded() {
    let r: Redirect<LinkError> = serde_urlencoded::from_str(
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
        Redirect::parse("error=INVALID_CREDENTIALS&extraparams=value&extraparams=2&flag").unwrap()
    );

    let r: Redirect<Big> = serde_urlencoded::from_str("err=brand_new&error=x").unwrap();
    assert_eq!(r.error(), Some(&Reported::Unknown("brand_new".into())));
    assert_eq!(r.extra(), pairs(&[("error", "x")]));

    let e = serde_urlencoded::from_str::<Redirect<LinkError>>("error=A&x=1&error=B").unwrap_err();
    assert_eq!(
        e.to_string(),
        "the redirect has the `error` parameter twice, as parameters 1 and 3"
    );
    let e = serde_urlencoded::from_str::<Redirect<LinkError>>("x=1&error=").unwrap_err();
    assert_eq!(
        e.to_string(),
        "the redirect's `error` parameter (parameter 2) is empty"
    );
    let long = format!("x={}", "y".repeat(MAX_REDIRECT_LEN));
    assert!(serde_urlencoded::from_str::<Redirect<LinkError>>(&long).is_err());
}

proptest! {
    #[test]
    fn any_string_parses_or_errs(s in any::<String>()) {
        if let Err(e) = Redirect::<LinkError>::parse(&s) {
            let _ = e.to_string();
        }
        let _ = Redirect::<Big>::parse(&s);
    }

    #[test]
    fn query_like_strings_parse_or_err(s in "[?#/:a-z=&%+0-9A-Fñ]{0,60}") {
        match Redirect::<LinkError>::parse(&s) {
            Ok(r) => { let _ = (r.error(), r.extra()); }
            Err(e) => { let _ = e.to_string(); }
        }
    }

    #[cfg(feature = "serde")]
    #[test]
    fn deserialize_never_panics(s in "[a-z=&%+0-9A-F]{0,60}") {
        let _ = serde_urlencoded::from_str::<Redirect<LinkError>>(&s);
    }
}
