//! With the runtime's `serde` feature: a code serializes as its wire string and deserializes
//! from it (aliases too); anything else is an error that lists the expected codes.

use link_errors_tests::{ApiError, LinkError};

#[test]
fn serializes_as_the_code() {
    assert_eq!(
        serde_json::to_string(&LinkError::InvalidSca).unwrap(),
        "\"INVALID_SCA\""
    );
    assert_eq!(
        serde_json::to_string(&ApiError::Timeout).unwrap(),
        "\"v1.timeout\""
    );
    let all = serde_json::to_string(&LinkError::ALL).unwrap();
    assert!(all.starts_with("[\"INVALID_CREDENTIALS\",\"INVALID_SCA\","));
}

#[test]
fn deserializes_from_the_code_and_aliases() {
    for e in LinkError::ALL {
        let json = serde_json::to_string(&e).unwrap();
        assert_eq!(serde_json::from_str::<LinkError>(&json).unwrap(), e);
    }
    assert_eq!(
        serde_json::from_str::<ApiError>("\"bad_request\"").unwrap(),
        ApiError::InvalidRequest
    );
}

#[test]
fn unknown_or_mistyped_input_is_a_clear_error() {
    let err = serde_json::from_str::<LinkError>("\"INVALID_SAC\"")
        .unwrap_err()
        .to_string();
    assert!(
        err.starts_with("unknown variant `INVALID_SAC`, expected one of `INVALID_CREDENTIALS`"),
        "{err}"
    );
    let err = serde_json::from_str::<LinkError>("42")
        .unwrap_err()
        .to_string();
    assert!(err.contains("an error code of the spec"), "{err}");
}
