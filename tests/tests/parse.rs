//! `from_code`, `FromStr` and `TryFrom<&str>`: exact, case-sensitive, aliases accepted, and an
//! error that keeps the input, names the expected codes and suggests the closest.

use link_errors::ParseCodeError;
use link_errors_tests::{ApiError, LinkError};
use proptest::prelude::*;

#[test]
fn every_code_parses_to_its_variant() {
    for e in LinkError::ALL {
        assert_eq!(LinkError::from_code(e.code()), Some(e));
        assert_eq!(e.code().parse::<LinkError>(), Ok(e));
        assert_eq!(LinkError::try_from(e.code()), Ok(e));
    }
    assert_eq!(
        LinkError::from_code("INVALID_SCA"),
        Some(LinkError::InvalidSca)
    );
    assert_eq!(
        LinkError::from_code("USER_INTERACTION_NEEDED"),
        Some(LinkError::UserInteractionNeeded)
    );
}

#[test]
fn parsing_is_exact() {
    for s in [
        "",
        "invalid_sca",
        "Invalid_Sca",
        " INVALID_SCA",
        "INVALID_SCA ",
        "INVALID_SC",
        "INVALID_SCAA",
        "INVALID-SCA",
        "INVALID_SCA\0",
        "ÍNVALID_SCA",
        "InvalidSca",
    ] {
        assert_eq!(LinkError::from_code(s), None, "{s:?}");
        assert!(s.parse::<LinkError>().is_err(), "{s:?}");
    }
}

#[test]
fn aliases_parse_to_their_code_and_codes_of_every_spelling_work() {
    assert_eq!(
        ApiError::from_code("bad_request"),
        Some(ApiError::InvalidRequest)
    );
    assert_eq!(
        ApiError::from_code("invalid_request"),
        Some(ApiError::InvalidRequest)
    );
    assert_eq!(
        ApiError::from_code("oauth-error"),
        Some(ApiError::OauthError)
    );
    assert_eq!(ApiError::from_code("v1.timeout"), Some(ApiError::Timeout));
    assert_eq!(ApiError::from_code("404"), Some(ApiError::NotFound));
    // An alias is accepted, never produced: the code stays the wire string.
    assert_eq!(ApiError::InvalidRequest.code(), "invalid_request");
    assert_eq!(ApiError::InvalidRequest.aliases(), ["bad_request"]);
    assert!(ApiError::OauthError.aliases().is_empty());
}

#[test]
fn the_error_carries_the_input_expected_codes_and_a_suggestion() {
    let err: ParseCodeError = "INVALID_SAC".parse::<LinkError>().unwrap_err();
    assert_eq!(err.input(), "INVALID_SAC");
    assert_eq!(err.expected(), LinkError::CODES);
    assert_eq!(err.suggestion(), Some("INVALID_SCA"));
    assert_eq!(
        err.to_string(),
        "unknown error code `INVALID_SAC`; did you mean `INVALID_SCA`? expected one of \
         `INVALID_CREDENTIALS`, `INVALID_SCA`, `CREDENTIALS_ALREADY_EXIST`, `INTERNAL_ERROR`, \
         `ABORTED_BY_USER`, `SCA_TYPE_NOT_ALLOWED`, `USER_INTERACTION_NEEDED`"
    );
    // Case is a likely slip: suggested, still not accepted.
    let err = LinkError::try_from("invalid_credentials").unwrap_err();
    assert_eq!(err.suggestion(), Some("INVALID_CREDENTIALS"));
    // Nothing close: no suggestion.
    let err = "PAYMENT_REQUIRED".parse::<LinkError>().unwrap_err();
    assert_eq!(err.suggestion(), None);
    assert!(
        err.to_string()
            .starts_with("unknown error code `PAYMENT_REQUIRED`; expected one of")
    );
    // It is an std error, and the input is shown escaped.
    let err: Box<dyn std::error::Error> = Box::new("a\nb".parse::<LinkError>().unwrap_err());
    assert!(err.to_string().starts_with("unknown error code `a\\nb`"));
}

fn naive(s: &str) -> Option<ApiError> {
    ApiError::ALL
        .into_iter()
        .find(|e| e.code() == s || e.aliases().contains(&s))
}

proptest! {
    #[test]
    fn from_code_agrees_with_a_linear_search(s in "\\PC{0,24}|[a-z0-9_.-]{0,20}|(invalid_request|404|bad_request)[a-z]?") {
        prop_assert_eq!(ApiError::from_code(&s), naive(&s));
        let flanks = LinkError::ALL.into_iter().find(|e| e.code() == s);
        prop_assert_eq!(LinkError::from_code(&s), flanks);
    }

    #[test]
    fn code_to_string_to_code(i in 0..LinkError::COUNT) {
        let e = LinkError::ALL[i];
        prop_assert_eq!(e.code().parse::<LinkError>(), Ok(e));
        prop_assert_eq!(LinkError::from_code(e.as_ref()), Some(e));
    }
}
