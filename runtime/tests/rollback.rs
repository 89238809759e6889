//! `Rollback`: the query value both ways, the EXIT rule, serde, and round trips for any
//! rollback of three specs.

mod common;

use common::{Big, LinkError, Spaced};
use link_errors::{ErrorCode, ParseRollbackError, Rollback};
use proptest::prelude::*;

fn parse<E: ErrorCode>(s: &str) -> Result<Rollback<E>, ParseRollbackError> {
    s.parse()
}

#[test]
fn seed_values() {
    use LinkError::*;
    assert_eq!(
        Rollback::only([InvalidCredentials]).to_string(),
        "INVALID_CREDENTIALS"
    );
    assert_eq!(
        Rollback::only([InvalidSca, InvalidCredentials]).to_string(),
        "INVALID_CREDENTIALS,INVALID_SCA"
    );
    assert_eq!(Rollback::<LinkError>::all().to_string(), "true");
    assert_eq!(Rollback::<LinkError>::none().to_string(), "");
    assert_eq!(
        parse("INVALID_CREDENTIALS%2cINVALID_SCA"),
        Ok(Rollback::only([InvalidSca, InvalidCredentials]))
    );
}

#[test]
fn other_specs() {
    assert_eq!(
        Rollback::only([Big::Code129, Big::InvalidRequest]).to_string(),
        "invalid_request;code_129"
    );
    assert_eq!(parse::<Big>(" all "), Ok(Rollback::all()));
    assert_eq!(
        parse::<Big>("invalid-request; code_004"),
        Ok(Rollback::only([Big::InvalidRequest, Big::Code004]))
    );
    assert_eq!(
        Rollback::only([Spaced::OauthError, Spaced::Denied]).to_string(),
        "denied|oauth-error"
    );
    assert_eq!(
        parse::<Spaced>("denied%7Coauth-error"),
        Ok(Rollback::only([Spaced::Denied, Spaced::OauthError]))
    );
    assert_eq!(parse::<Spaced>("*").map(|r| r.is_all()), Ok(true));
}

#[test]
fn unknown_codes_are_named() {
    let e = parse::<LinkError>("INVALID_SCA,SCA_TYPE_NOT_ALOWED").unwrap_err();
    assert_eq!(e.code(), "SCA_TYPE_NOT_ALOWED");
    assert_eq!(e.suggestion(), Some("SCA_TYPE_NOT_ALLOWED"));
    assert!(
        e.to_string().contains("`SCA_TYPE_NOT_ALOWED` at byte 12"),
        "{e}"
    );
    let e = parse::<Big>("code_200").unwrap_err();
    assert_eq!(e.suggestion(), Some("code_020"));
    assert_eq!(parse::<Big>("ALL").unwrap_err().suggestion(), Some("all"));
    let _: &dyn std::error::Error = &e;
}

#[test]
fn exit_button_follows_the_spec() {
    use LinkError::*;
    let r = Rollback::only([AbortedByUser, InvalidCredentials]);
    assert!(r.shows_exit_button());
    assert!(r.exit_button_on(InternalError));
    assert!(!r.exit_button_on(InvalidCredentials));
    assert!(!Rollback::only([InvalidCredentials]).shows_exit_button());
    assert!(Rollback::<LinkError>::all().shows_exit_button());
    assert!(!Rollback::<LinkError>::none().shows_exit_button());
    // The exit code is data: `aborted.by.user` in the big spec, none in the spaced one.
    assert!(Rollback::only([Big::AbortedByUser]).exit_button_on(Big::Code100));
    assert!(!Rollback::<Spaced>::all().shows_exit_button());
}

#[test]
fn only_every_code_sends_the_list() {
    let every = Rollback::only(LinkError::ALL.iter().copied());
    assert_eq!(
        every.to_string(),
        "INVALID_CREDENTIALS,INVALID_SCA,CREDENTIALS_ALREADY_EXIST,INTERNAL_ERROR,ABORTED_BY_USER,SCA_TYPE_NOT_ALLOWED,USER_INTERACTION_NEEDED"
    );
    assert_ne!(every, Rollback::all());
    assert_eq!(every.codes(), Rollback::<LinkError>::all().codes());
}

#[cfg(feature = "serde")]
#[test]
fn serde_as_the_query_value() {
    type Query = Vec<(String, Rollback<LinkError>)>;
    let one = |r| vec![("rollback".to_owned(), r)];
    let r = Rollback::only([LinkError::InvalidSca, LinkError::InvalidCredentials]);
    let q = serde_urlencoded::to_string([("rollback", r)]).unwrap();
    assert_eq!(q, "rollback=INVALID_CREDENTIALS%2CINVALID_SCA");
    assert_eq!(serde_urlencoded::from_str::<Query>(&q).unwrap(), one(r));
    assert_eq!(
        serde_urlencoded::from_str::<Query>("rollback=true").unwrap(),
        one(Rollback::all())
    );
    assert_eq!(
        serde_urlencoded::from_str::<Query>("rollback=").unwrap(),
        one(Rollback::none())
    );
    let err = serde_urlencoded::from_str::<Query>("rollback=NOPE").unwrap_err();
    assert!(
        err.to_string().contains("unknown error code `NOPE`"),
        "{err}"
    );
}

fn rollback<E: ErrorCode>() -> impl Strategy<Value = Rollback<E>> {
    prop_oneof![
        Just(Rollback::all()),
        prop::collection::vec(prop::sample::select(E::ALL), 0..E::COUNT.min(20))
            .prop_map(Rollback::only),
    ]
}

proptest! {
    #[test]
    fn round_trips_flanks(r in rollback::<LinkError>()) {
        prop_assert_eq!(parse(&r.to_string()), Ok(r));
    }

    #[test]
    fn round_trips_big(r in rollback::<Big>()) {
        prop_assert_eq!(parse(&r.to_string()), Ok(r));
    }

    /// `push_to` appends exactly what `Display` writes.
    #[test]
    fn push_to_is_display(r in rollback::<Big>(), f in rollback::<LinkError>()) {
        let mut buf = String::from("x=");
        r.push_to(&mut buf);
        prop_assert_eq!(buf, format!("x={r}"));
        let mut buf = String::new();
        f.push_to(&mut buf);
        prop_assert_eq!(buf, f.to_string());
    }

    #[test]
    fn round_trips_spaced(r in rollback::<Spaced>()) {
        prop_assert_eq!(parse(&r.to_string()), Ok(r));
    }

    #[test]
    fn any_string_parses_or_errs(s in any::<String>(), t in "[A-Z_,%2Cc ]{0,40}") {
        for s in [&s, &t] {
            if let Err(e) = parse::<LinkError>(s) {
                let _ = e.to_string();
            }
            if let Err(e) = parse::<Big>(s) {
                let _ = e.to_string();
            }
        }
    }
}

#[test]
fn a_space_separator_reads_as_a_url_writes_it() {
    use common::Scopes;
    let both = Rollback::only([Scopes::B, Scopes::A]);
    // The decoded value has the space; a raw query has `+` or `%20`.
    assert_eq!(both.to_string(), "A B");
    for s in ["A B", "A+B", "A%20B", " B+A ", "A++B"] {
        assert_eq!(parse::<Scopes>(s), Ok(both), "{s}");
    }
    assert_eq!(parse::<Scopes>("A,B").unwrap_err().code(), "A,B");
}
