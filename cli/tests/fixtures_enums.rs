//! The macro's enums of the CLI's fixtures (`tests/fixtures/`): lower-case codes, renamed
//! `[link]` settings, 150 codes. `tests/cli.rs` checks that `link-errors expand` prints this
//! same expansion.

use link_errors::Callback;

mod lower {
    #[link_errors::spec("tests/fixtures/lower.toml")]
    pub enum LinkError {}
}

mod custom_param {
    #[link_errors::spec("tests/fixtures/custom_param.toml")]
    pub enum LinkError {}
}

mod many {
    // 150 codes ending in `_BANK_REFUSED`: clippy's style lint sees the shared postfix.
    #[link_errors::spec("tests/fixtures/many.toml")]
    #[allow(clippy::enum_variant_names)]
    pub enum LinkError {}
}

#[test]
fn lower_case_codes() {
    use lower::LinkError as E;
    assert_eq!(E::from_code("bad_request"), Some(E::InvalidRequest));
    assert_eq!(E::ProviderFailed.code(), "server.error");
    assert_eq!(E::EXIT_CODE, Some(E::Cancelled));
    assert_eq!(
        "acess-denied".parse::<E>().unwrap_err().suggestion(),
        Some("access-denied")
    );
    assert_eq!(E::AccessDenied.screen_title(), Some("Access denied"));
}

#[test]
fn custom_error_param() {
    use custom_param::LinkError as E;
    let r = Callback::<E>::parse("/cb?reason=QUIT&error=x").unwrap();
    assert!(r.error().unwrap().is_exit());
    assert_eq!(r.param("error"), Some("x"));
    assert_eq!(E::SCREEN_ONLY[0].title, Some("Down for maintenance"));
}

#[test]
fn one_hundred_fifty_codes() {
    use many::LinkError as E;
    assert_eq!(E::COUNT, 150);
    assert_eq!(
        E::from_code("E0149_BANK_REFUSED"),
        Some(E::E0149BankRefused)
    );
    assert_eq!(E::ALL[77].code(), "E0077_BANK_REFUSED");
}
