//! `RedirectUrl` and `untyped::redirect_url`: what the vendor sends back, built with the
//! spec's parameter names; `Callback::parse` reads back exactly what was built.

mod common;

use common::{Big, LinkError, Spaced};
use link_errors::untyped::{parse_redirect, redirect_url};
use link_errors::{Callback, ErrorCode, MAX_CODE_LEN, RedirectUrl, RedirectUrlError, Reported};
use proptest::prelude::*;

fn pairs(p: &[(&str, &str)]) -> Vec<(String, String)> {
    p.iter().map(|&(a, b)| (a.into(), b.into())).collect()
}

#[test]
fn the_seed_redirect() {
    let url = RedirectUrl::<LinkError>::new("https://app.example/redirect_url")
        .error(LinkError::InvalidCredentials)
        .param("extraparams", "value")
        .build()
        .unwrap();
    assert_eq!(
        url,
        "https://app.example/redirect_url?error=INVALID_CREDENTIALS&extraparams=value"
    );
}

#[test]
fn the_spec_names_the_error_parameter() {
    let url = RedirectUrl::<Big>::new("/cb")
        .error(Big::OauthError)
        .param("error", "kept")
        .build()
        .unwrap();
    assert_eq!(url, "/cb?err=oauth-error&error=kept");
    let url = RedirectUrl::<Spaced>::new("/cb")
        .error(Spaced::OauthError)
        .build()
        .unwrap();
    assert_eq!(url, "/cb?reason=oauth-error");
}

#[test]
fn redirect_uris() {
    let build = |base: &str| {
        RedirectUrl::<LinkError>::new(base)
            .error(LinkError::InvalidSca)
            .param("s", "1")
            .build()
    };
    assert_eq!(build("").unwrap(), "?error=INVALID_SCA&s=1");
    assert_eq!(build("/cb?").unwrap(), "/cb?error=INVALID_SCA&s=1");
    assert_eq!(build("/cb?a=1").unwrap(), "/cb?a=1&error=INVALID_SCA&s=1");
    assert_eq!(build("/cb?a=1&").unwrap(), "/cb?a=1&error=INVALID_SCA&s=1");
    assert_eq!(
        build("https://app.example/cb#top").unwrap(),
        "https://app.example/cb?error=INVALID_SCA&s=1#top"
    );
    assert_eq!(
        RedirectUrl::<LinkError>::new("/cb").build().unwrap(),
        "/cb",
        "success with nothing to send is the redirect URI itself"
    );
    for (bad, why) in [
        ("callback", "absolute URL"),
        ("a=b", "absolute URL"),
        ("/c b", "whitespace"),
        ("/cb?%zz=1", "encoding"),
    ] {
        let e = build(bad).unwrap_err();
        assert!(
            matches!(e, RedirectUrlError::InvalidBase { .. }) && e.to_string().contains(why),
            "{bad}: {e}"
        );
    }
    assert_eq!(
        build("/cb?error=X"),
        Err(RedirectUrlError::ReservedInBase {
            base: "/cb?error=X".into(),
            name: "error".into()
        })
    );
    assert_eq!(
        build("/cb?error=X").unwrap_err().to_string(),
        "the query of redirect URI `/cb?error=X` already has `error`, the error parameter"
    );
}

#[test]
fn what_the_parser_would_refuse_is_not_built() {
    let unknown = |code: &str| {
        RedirectUrl::<LinkError>::new("/cb")
            .error(Reported::Unknown(code.into()))
            .build()
    };
    assert_eq!(unknown("NEW.code-2").unwrap(), "/cb?error=NEW.code-2");
    assert_eq!(
        unknown("<b>"),
        Err(RedirectUrlError::NotACode {
            code: "<b>".into(),
            found: Some('<')
        })
    );
    assert_eq!(
        unknown("a b").unwrap_err().to_string(),
        "`a b` is not a code: it contains U+0020 (codes are 1 to 128 ASCII letters, digits, `_`, `-` and `.`)"
    );
    assert!(matches!(
        unknown(""),
        Err(RedirectUrlError::NotACode { found: None, .. })
    ));
    assert!(unknown(&"A".repeat(MAX_CODE_LEN)).is_ok());
    assert!(matches!(
        unknown(&"A".repeat(MAX_CODE_LEN + 1)),
        Err(RedirectUrlError::NotACode { found: None, .. })
    ));
    let e = RedirectUrl::<LinkError>::new("/cb")
        .param("error", "x")
        .build()
        .unwrap_err();
    assert_eq!(
        e.to_string(),
        "extra redirect parameter `error` is the error parameter"
    );
    let link = LinkError::LINK;
    assert!(matches!(
        redirect_url(link, "/cb", Some("a/b"), &[]),
        Err(RedirectUrlError::NotACode { .. })
    ));
    let _: &dyn std::error::Error = &e;
}

/// A code the spec does not have, code-shaped.
fn unknown_code<E: ErrorCode>() -> impl Strategy<Value = String> {
    "[A-Za-z0-9_.-]{1,40}".prop_filter("not a code of the spec", |c| E::from_code(c).is_none())
}

fn reported<E: ErrorCode>() -> impl Strategy<Value = Option<Reported<E>>> {
    prop::option::of(prop_oneof![
        prop::sample::select(E::ALL).prop_map(Reported::Known),
        unknown_code::<E>().prop_map(Reported::Unknown),
    ])
}

fn params(error_param: &'static str) -> impl Strategy<Value = Vec<(String, String)>> {
    let name = any::<String>().prop_filter("not the error parameter", move |n| n != error_param);
    prop::collection::vec((name, any::<String>()), 0..6)
}

fn base() -> impl Strategy<Value = (String, Vec<(String, String)>)> {
    prop_oneof![
        Just((String::new(), vec![])),
        Just(("https://app.example/callback".to_owned(), vec![])),
        Just(("/cb?lang=en#frag".to_owned(), pairs(&[("lang", "en")]))),
    ]
}

fn round_trip<E: ErrorCode>(
    (base, base_params): (String, Vec<(String, String)>),
    error: Option<&Reported<E>>,
    extra: &[(String, String)],
) -> Result<(), TestCaseError> {
    let mut url = RedirectUrl::<E>::new(base.clone());
    if let Some(e) = error {
        url = url.error(e.clone());
    }
    for (n, v) in extra {
        url = url.param(n, v);
    }
    let built = url.build().unwrap();
    let back = Callback::<E>::parse(&built).unwrap();
    prop_assert_eq!(back.error(), error);
    let want: Vec<_> = base_params.iter().chain(extra).cloned().collect();
    prop_assert_eq!(back.extra(), &want[..]);

    // The untyped form writes the same bytes and reads the same back.
    let code = error.map(Reported::code);
    let untyped_url = redirect_url(E::LINK, &base, code, extra);
    prop_assert_eq!(untyped_url.as_ref(), Ok(&built));
    let untyped = parse_redirect(E::LINK, &built).unwrap();
    prop_assert_eq!(untyped.error.as_deref(), code);
    prop_assert_eq!(&untyped.extra[..], &want[..]);
    Ok(())
}

proptest! {
    /// `Callback::parse` is the inverse of `RedirectUrl::build`: the error and every extra
    /// parameter (any string, duplicates, empty names and values) come back as built.
    #[test]
    fn parse_reads_back_what_was_built(base in base(), error in reported::<LinkError>(), extra in params("error")) {
        round_trip(base, error.as_ref(), &extra)?;
    }

    #[test]
    fn with_another_error_parameter(base in base(), error in reported::<Big>(), extra in params("err")) {
        round_trip(base, error.as_ref(), &extra)?;
    }

    /// And the other way round: whatever `parse` accepts, `RedirectUrl` rebuilds to the same.
    #[test]
    fn what_parsed_rebuilds_the_same(s in "[?#/a-z=&%+0-9A-F_.-]{0,60}") {
        if let Ok(redirect) = Callback::<LinkError>::parse(&s) {
            let mut url = RedirectUrl::<LinkError>::new("/cb");
            if let Some(e) = redirect.error() {
                url = url.error(e.clone());
            }
            for (n, v) in redirect.extra() {
                url = url.param(n, v);
            }
            let built = url.build().unwrap();
            prop_assert_eq!(Callback::<LinkError>::parse(&built), Ok(redirect));
        }
    }

    #[test]
    fn build_never_panics(base in any::<String>(), code in any::<String>(), name in any::<String>(), value in any::<String>()) {
        let url = RedirectUrl::<LinkError>::new(base).error(Reported::Unknown(code)).param(name, value);
        match url.build() {
            Ok(built) => { Callback::<LinkError>::parse(&built).unwrap(); }
            Err(e) => { let _ = e.to_string(); }
        }
    }
}
