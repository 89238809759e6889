//! `ALL`, `COUNT`, `CODES`, `index`: spec order everywhere, and `Ord` follows it.

use link_errors::ErrorCode;
use link_errors_tests::{ApiError, LinkError};

#[test]
fn all_is_in_spec_order() {
    assert_eq!(LinkError::COUNT, 7);
    assert_eq!(LinkError::ALL.len(), LinkError::COUNT);
    assert_eq!(
        LinkError::CODES,
        [
            "INVALID_CREDENTIALS",
            "INVALID_SCA",
            "CREDENTIALS_ALREADY_EXIST",
            "INTERNAL_ERROR",
            "ABORTED_BY_USER",
            "SCA_TYPE_NOT_ALLOWED",
            "USER_INTERACTION_NEEDED",
        ]
    );
    let codes: Vec<_> = LinkError::ALL.iter().map(|e| e.code()).collect();
    assert_eq!(codes, LinkError::CODES);
    assert!(LinkError::ALL.is_sorted(), "Ord follows spec order");
}

#[test]
fn index_and_from_index_are_inverse() {
    for (i, e) in LinkError::ALL.into_iter().enumerate() {
        assert_eq!(e.index(), i);
        assert_eq!(LinkError::from_index(i), Some(e));
    }
    assert_eq!(LinkError::from_index(LinkError::COUNT), None);
    assert_eq!(LinkError::from_index(usize::MAX), None);
}

#[test]
fn the_trait_sees_the_same_tables() {
    fn check<E: ErrorCode>() {
        assert_eq!(E::ALL.len(), E::COUNT);
        assert_eq!(E::CODES.len(), E::COUNT);
        for (i, &e) in E::ALL.iter().enumerate() {
            assert_eq!(e.index(), i);
            assert_eq!(e.code(), E::CODES[i]);
            assert_eq!(E::from_code(e.code()), Some(e));
            assert_eq!(E::from_index(i), Some(e));
        }
    }
    check::<LinkError>();
    check::<ApiError>();
}

#[test]
fn const_context() {
    const CODE: &str = LinkError::InvalidSca.code();
    const MESSAGE: &str = LinkError::InvalidSca.message();
    const TITLE: Option<&str> = LinkError::InvalidSca.screen_title();
    const FIRST: Option<LinkError> = LinkError::from_index(0);
    assert_eq!(CODE, "INVALID_SCA");
    assert_eq!(MESSAGE, "The provided SCA is invalid.");
    assert_eq!(TITLE, Some("Authorization failed"));
    assert_eq!(FIRST, Some(LinkError::InvalidCredentials));
}
