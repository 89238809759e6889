//! `link_errors::untyped`'s rollback reader and redirect writer agree with the typed forms
//! (`Rollback`'s `FromStr`, `LinkUrl`'s encoding, `Callback::parse`) on any input, for specs
//! with different `[link]` settings.

mod common;

use common::{Big, LinkError, Scopes, Spaced};
use link_errors::untyped::{UntypedRollback, parse_redirect, parse_rollback, redirect_url};
use link_errors::{Callback, ErrorCode, Reported, Rollback};
use proptest::prelude::*;

/// What `parse_rollback` says of `s` with `E`'s spec, as the typed form would say it.
fn untyped<E: ErrorCode>(s: &str) -> Result<Rollback<E>, link_errors::ParseRollbackError> {
    let lookup = |c: &str| E::from_code(c).map(ErrorCode::index);
    parse_rollback(E::LINK, E::CODES, s, lookup).map(|r| match r {
        UntypedRollback::All => Rollback::all(),
        UntypedRollback::Only(list) => {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "ascending, once each");
            Rollback::only(list.into_iter().map(|i| E::ALL[i]))
        }
        _ => unreachable!(),
    })
}

fn agree<E: ErrorCode>(s: &str) -> Result<(), TestCaseError> {
    let typed = s.parse::<Rollback<E>>();
    let loose = untyped::<E>(s);
    prop_assert_eq!(&typed, &loose, "{:?}", s);
    if let Err(e) = loose {
        // The same error, so the same message: position, item and suggestion.
        prop_assert_eq!(e.to_string(), typed.unwrap_err().to_string());
    }
    Ok(())
}

#[test]
fn redirect_url_examples() {
    let link = LinkError::LINK;
    let extra = |pairs: &[(&str, &str)]| -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| ((*k).into(), (*v).into()))
            .collect()
    };
    let url = redirect_url(
        link,
        "https://app.example/cb",
        Some("INVALID_SCA"),
        &extra(&[("extraparams", "value")]),
    );
    assert_eq!(
        url.unwrap(),
        "https://app.example/cb?error=INVALID_SCA&extraparams=value"
    );
    let url = redirect_url(
        link,
        "https://app.example/cb?x=1#f",
        None,
        &extra(&[("a", "1"), ("a", "2")]),
    );
    assert_eq!(url.unwrap(), "https://app.example/cb?x=1&a=1&a=2#f");
    // Nothing to add: the redirect URI as the application wrote it.
    let url = redirect_url(link, "https://app.example/cb?", None, &[]);
    assert_eq!(url.unwrap(), "https://app.example/cb?");
    // Another spec's error parameter.
    let url = redirect_url(Big::LINK, "http://127.0.0.1:9/", Some("code_1"), &[]);
    assert_eq!(
        url.unwrap(),
        format!("http://127.0.0.1:9/?{}=code_1", Big::LINK.error_param)
    );
    // A path is what a test of the application's own routes gives; anything else would be
    // read back as a query.
    assert_eq!(
        redirect_url(link, "/cb", None, &extra(&[("a", "1")])).unwrap(),
        "/cb?a=1"
    );
    assert!(redirect_url(link, "relative", None, &[]).is_err());
    assert!(redirect_url(link, "https://app.example/a b", None, &[]).is_err());
}

proptest! {
    #[test]
    fn parse_rollback_agrees_with_from_str(s in any::<String>(), t in "[A-Za-z_,;|%2Cc *+]{0,40}") {
        for s in [&s, &t] {
            agree::<LinkError>(s)?;
            agree::<Big>(s)?;
            agree::<Spaced>(s)?;
            agree::<Scopes>(s)?;
        }
    }

    #[test]
    fn parse_rollback_reads_what_display_writes(codes in prop::collection::vec(prop::sample::select(&Big::ALL[..]), 0..20)) {
        let r = Rollback::only(codes);
        prop_assert_eq!(untyped::<Big>(&r.to_string()), Ok(r));
    }

    /// What the link page writes, the application reads back: the error and every extra
    /// parameter, in order, whatever their bytes.
    #[test]
    fn redirect_url_round_trips(
        error in prop::option::of(prop::sample::select(&LinkError::CODES[..])),
        extra in prop::collection::vec(("[^\u{0}]{1,8}", any::<String>()), 0..5),
    ) {
        let extra: Vec<(String, String)> = extra.into_iter().filter(|(k, _)| k != "error").collect();
        let url = redirect_url(LinkError::LINK, "https://app.example/cb?", error, &extra).unwrap();
        let back = Callback::<LinkError>::parse(&url).unwrap();
        let expected = error.map(|c| Reported::Known(LinkError::from_code(c).unwrap()));
        prop_assert_eq!(back.error(), expected.as_ref());
        prop_assert_eq!(back.extra(), &extra[..]);
        let loose = parse_redirect(LinkError::LINK, &url).unwrap();
        prop_assert_eq!(loose.error.as_deref(), error);
    }
}
