//! `LinkUrl`: the seed's links byte for byte, other specs, errors, and extra parameters that
//! come back out of `Callback` exactly.

mod common;

use common::{Big, LinkError, Spaced};
use link_errors::{Callback, ErrorCode, LinkUrl, LinkUrlError, Rollback};
use proptest::prelude::*;

#[test]
fn seed_links_verbatim() {
    use LinkError::*;
    let link = |r| {
        LinkUrl::<LinkError>::new("xxx")
            .rollback(r)
            .build()
            .unwrap()
    };
    assert_eq!(
        link(Rollback::only([InvalidCredentials])),
        "https://platform.flanks.io/link?token=xxx&rollback=INVALID_CREDENTIALS"
    );
    assert_eq!(
        link(Rollback::only([InvalidCredentials, InvalidSca])),
        "https://platform.flanks.io/link?token=xxx&rollback=INVALID_CREDENTIALS,INVALID_SCA"
    );
    assert_eq!(
        link(Rollback::all()),
        "https://platform.flanks.io/link?token=xxx&rollback=true"
    );
    assert_eq!(
        link(Rollback::none()),
        "https://platform.flanks.io/link?token=xxx"
    );
}

#[test]
fn encodes_names_and_values() {
    let url = LinkUrl::<LinkError>::new("a+b/c")
        .param("extraparams", "value")
        .param("redirect to", "https://app.example/cb?x=1&y=ñ")
        .param("extraparams", "")
        .build()
        .unwrap();
    assert_eq!(
        url,
        "https://platform.flanks.io/link?token=a%2Bb%2Fc&extraparams=value\
         &redirect+to=https%3A%2F%2Fapp.example%2Fcb%3Fx%3D1%26y%3D%C3%B1&extraparams="
    );
}

#[test]
fn other_specs() {
    let url = LinkUrl::<Spaced>::new("k")
        .rollback(Rollback::only([Spaced::OauthError, Spaced::Denied]))
        .build()
        .unwrap();
    // The spec's base keeps its query; `|` means nothing in a query but is not a safe
    // character either, so it is encoded.
    assert_eq!(
        url,
        "http://localhost:8080/connect?v=2&key=k&redirect_on=denied%7Coauth-error"
    );
    assert_eq!(
        LinkUrl::<Big>::new("k").build(),
        Err(LinkUrlError::MissingBase)
    );
    let url = LinkUrl::<Big>::new("k")
        .base("https://x.example/start#step-2")
        .rollback(Rollback::only([Big::Code129, Big::InvalidRequest]))
        .param("token", "not reserved here")
        .build()
        .unwrap();
    assert_eq!(
        url,
        "https://x.example/start?t=k&on_error=invalid_request;code_129&token=not+reserved+here#step-2"
    );
}

#[test]
fn errors() {
    let flanks = |name: &str| LinkUrl::<LinkError>::new("xxx").param(name, "v").build();
    for name in ["token", "rollback", "error"] {
        assert_eq!(
            flanks(name),
            Err(LinkUrlError::ReservedParam { name: name.into() })
        );
    }
    let big = |name: &str| {
        LinkUrl::<Big>::new("k")
            .base("https://x.example")
            .param(name, "v")
            .build()
    };
    for name in ["t", "on_error", "err", "lang"] {
        assert_eq!(
            big(name),
            Err(LinkUrlError::ReservedParam { name: name.into() })
        );
    }
    assert_eq!(
        LinkUrl::<Spaced>::new("k").param("state", "1").build(),
        Err(LinkUrlError::ReservedParam {
            name: "state".into()
        })
    );
    assert_eq!(
        LinkUrl::<LinkError>::new("").build(),
        Err(LinkUrlError::EmptyToken)
    );
    let e = LinkUrl::<LinkError>::new("x")
        .base("https://")
        .build()
        .unwrap_err();
    assert_eq!(
        e.to_string(),
        "invalid base URL `https://` for the link: it has no host"
    );
    let e = LinkUrl::<LinkError>::new("x")
        .base("https://a.example/?token=1")
        .build()
        .unwrap_err();
    assert_eq!(
        e.to_string(),
        "the query of base URL `https://a.example/?token=1` already has `token`, a parameter the link sets"
    );
    let e = LinkUrl::<Big>::new("x").build().unwrap_err();
    assert!(e.to_string().contains("no base URL"), "{e}");
    let _: &dyn std::error::Error = &e;
}

#[test]
fn debug_redacts_the_token() {
    let link = LinkUrl::<LinkError>::new("tok-3141").rollback(Rollback::all());
    let debug = format!("{link:?}");
    assert!(!debug.contains("tok-3141"), "{debug}");
    assert!(debug.contains("Rollback::All"), "{debug}");
    let debug = format!("{:?}", LinkUrl::<LinkError>::new("tok-3141"));
    assert!(debug.contains("rollback: Rollback::None"), "{debug}");
    assert!(!debug.contains("Only"), "{debug}");
}

fn params() -> impl Strategy<Value = Vec<(String, String)>> {
    let name = any::<String>().prop_filter("usable name", |n| {
        !n.is_empty() && !LinkError::LINK.is_reserved(n)
    });
    prop::collection::vec((name, any::<String>()), 0..8)
}

proptest! {
    /// What the application puts on the link is what `Callback` gives back: the vendor copies
    /// the parameters onto the redirect, which is modelled here by parsing the link itself.
    #[test]
    fn extra_params_survive(
        token in ".+",
        codes in prop::collection::vec(prop::sample::select(<LinkError as ErrorCode>::ALL), 0..4),
        extra in params(),
    ) {
        let rollback = Rollback::only(codes);
        let mut link = LinkUrl::<LinkError>::new(token.clone()).rollback(rollback);
        for (n, v) in &extra {
            link = link.param(n, v);
        }
        let url = link.build().unwrap();
        let back = Callback::<LinkError>::parse(&url).unwrap();
        prop_assert!(back.error().is_none());
        let mut want = vec![("token".to_owned(), token)];
        if !rollback.is_none() {
            want.push(("rollback".to_owned(), rollback.to_string()));
        }
        want.extend(extra.iter().cloned());
        prop_assert_eq!(back.extra(), &want[..]);
        prop_assert_eq!(back.param("rollback").unwrap_or("").parse(), Ok(rollback));

        // And on a redirect the vendor encodes its own way (here: serde_urlencoded).
        let mut redirect = String::from("https://app.example/cb?error=INVALID_SCA");
        for (n, v) in &extra {
            redirect.push('&');
            redirect.push_str(&serde_urlencoded::to_string([(n, v)]).unwrap());
        }
        let back = Callback::<LinkError>::parse(&redirect).unwrap();
        prop_assert_eq!(back.extra(), &extra[..]);
    }

    #[test]
    fn build_never_panics(base in any::<String>(), token in any::<String>(), name in any::<String>(), value in any::<String>()) {
        let _ = LinkUrl::<LinkError>::new(token.clone()).base(base.clone()).param(name.clone(), value.clone()).build();
        let _ = LinkUrl::<Big>::new(token).base(base).param(name, value).build().map_err(|e| e.to_string());
    }

    #[test]
    fn base_like_strings_never_panic(base in "(https?|ftp|)(://)?(\\[[0-9a-f:]*\\]?|[a-z@:.%0-9]*)(:[0-9]{0,6})?[/?#&=a-z]*") {
        if let Err(e) = LinkUrl::<LinkError>::new("t").base(base).build() {
            let _ = e.to_string();
        }
    }
}

#[test]
fn a_space_separator_is_written_as_a_url_writes_a_space() {
    use common::Scopes;
    let url = LinkUrl::<Scopes>::new("k")
        .base("https://vendor.example/link")
        .rollback(Rollback::only([Scopes::B, Scopes::A]))
        .build()
        .unwrap();
    assert_eq!(url, "https://vendor.example/link?token=k&rollback=A+B");
    let back = link_errors::untyped::parse_redirect(Scopes::LINK, &url).unwrap();
    let (_, value) = back.extra.iter().find(|(n, _)| n == "rollback").unwrap();
    assert_eq!(value.parse(), Ok(Rollback::only([Scopes::A, Scopes::B])));
}
