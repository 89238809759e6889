//! The build.rs route gives the macro's API: the same variants (an exhaustive `match` over
//! the macro's names compiles), constants, methods, traits and runtime types.

use link_errors::{Callback, ErrorCode, LinkUrl, Reported, Rollback};
use link_errors_build_example::LinkError;

/// The macro's enum of the same spec.
#[link_errors::spec("../../link-errors-spec.toml")]
pub enum MacroError {}

/// Compiles only if the build.rs enum has exactly the macro's variants.
fn advice(e: LinkError) -> &'static str {
    match e {
        LinkError::InvalidCredentials => "check your user name and password",
        LinkError::InvalidSca => "check the code your bank sent you",
        LinkError::CredentialsAlreadyExist => "these credentials are connected already",
        LinkError::InternalError => "try again later",
        LinkError::AbortedByUser => "you left the bank connection",
        LinkError::ScaTypeNotAllowed => "choose another way to confirm",
        LinkError::UserInteractionNeeded => "log in to your bank's website first",
    }
}

/// The same mapping from the macro's enum, to compare.
fn macro_advice(e: MacroError) -> &'static str {
    advice(LinkError::ALL[e.index()])
}

#[test]
fn same_tables_and_methods() {
    assert_eq!(LinkError::COUNT, MacroError::COUNT);
    assert_eq!(LinkError::CODES, MacroError::CODES);
    assert_eq!(
        <LinkError as ErrorCode>::LINK,
        <MacroError as ErrorCode>::LINK
    );
    assert_eq!(LinkError::SCREEN_ONLY, MacroError::SCREEN_ONLY);
    assert_eq!(LinkError::EXIT_CODE, Some(LinkError::AbortedByUser));
    assert_eq!(MacroError::EXIT_CODE, Some(MacroError::AbortedByUser));
    for (a, b) in LinkError::ALL.into_iter().zip(MacroError::ALL) {
        assert_eq!(a.index(), b.index());
        assert_eq!(a.code(), b.code());
        assert_eq!(a.message(), b.message());
        assert_eq!(a.to_string(), b.to_string());
        assert_eq!(a.as_ref(), b.as_ref());
        assert_eq!(a.screen_title(), b.screen_title());
        assert_eq!(a.screen_text(), b.screen_text());
        assert_eq!(a.aliases(), b.aliases());
        assert_eq!(LinkError::from_code(a.code()), Some(a));
        assert_eq!(a.code().parse::<LinkError>(), Ok(a));
        assert_eq!(LinkError::try_from(a.code()), Ok(a));
        assert_eq!(LinkError::from_index(a.index()), Some(a));
        assert_eq!(advice(a), macro_advice(b));
        assert_eq!(
            serde_json::to_string(&a).unwrap(),
            serde_json::to_string(&b).unwrap()
        );
        assert_eq!(
            serde_json::from_str::<LinkError>(&format!("\"{}\"", a.code())).unwrap(),
            a
        );
    }
    let (a, b) = (
        "INVALID_SAC".parse::<LinkError>().unwrap_err(),
        "INVALID_SAC".parse::<MacroError>().unwrap_err(),
    );
    assert_eq!(a.to_string(), b.to_string());
    assert_eq!(a.suggestion(), Some("INVALID_SCA"));
    // Derives: ordering follows the spec, hashing and copying work.
    assert!(LinkError::InvalidCredentials < LinkError::UserInteractionNeeded);
    let set: std::collections::HashSet<LinkError> = LinkError::ALL.into_iter().collect();
    assert_eq!(set.len(), LinkError::COUNT);
}

#[test]
fn same_protocol() {
    let rollback = Rollback::only([LinkError::InvalidCredentials, LinkError::InvalidSca]);
    let url = LinkUrl::<LinkError>::new("xxx")
        .rollback(rollback)
        .build()
        .unwrap();
    assert_eq!(
        url,
        "https://platform.flanks.io/link?token=xxx&rollback=INVALID_CREDENTIALS,INVALID_SCA"
    );
    let macro_rollback = Rollback::only([MacroError::InvalidCredentials, MacroError::InvalidSca]);
    assert_eq!(rollback.to_string(), macro_rollback.to_string());
    assert!(Rollback::only([LinkError::AbortedByUser]).shows_exit_button());

    let r =
        Callback::<LinkError>::parse("redirect_url?error=INVALID_CREDENTIALS&extraparams=value")
            .unwrap();
    assert_eq!(
        r.error(),
        Some(&Reported::Known(LinkError::InvalidCredentials))
    );
    assert_eq!(r.param("extraparams"), Some("value"));
    let r = Callback::<LinkError>::parse("?error=NEW_CODE").unwrap();
    assert_eq!(r.error(), Some(&Reported::Unknown("NEW_CODE".into())));
}
