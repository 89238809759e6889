//! `Display` is the message, `AsRef<str>` and `code()` the wire string, `Debug` the variant;
//! the spec's other data (screens, EXIT rule, link settings) is reachable.

#![allow(deprecated)]

use link_errors::ErrorCode;
use link_errors_tests::{ApiError, LinkError};

#[test]
fn display_is_the_message_and_as_ref_the_code() {
    assert_eq!(
        LinkError::InvalidCredentials.to_string(),
        "The provided credentials are invalid."
    );
    assert_eq!(
        LinkError::InvalidSca.message(),
        "The provided SCA is invalid."
    );
    assert_eq!(LinkError::InternalError.as_ref(), "INTERNAL_ERROR");
    assert_eq!(format!("{:?}", LinkError::AbortedByUser), "AbortedByUser");
    for e in LinkError::ALL {
        assert_eq!(e.to_string(), e.message());
        assert_eq!(<LinkError as AsRef<str>>::as_ref(&e), e.code());
    }
}

#[test]
fn it_is_an_std_error() {
    let err: Box<dyn std::error::Error + Send + Sync> = Box::new(LinkError::InvalidSca);
    assert_eq!(err.to_string(), "The provided SCA is invalid.");
    assert!(err.source().is_none());
    assert_eq!(
        err.downcast_ref::<LinkError>(),
        Some(&LinkError::InvalidSca)
    );
}

#[test]
fn screens_titles_and_texts() {
    let s = LinkError::CredentialsAlreadyExist.screen().unwrap();
    assert_eq!(s.name, "CREDENTIALS_ALREADY_EXIST");
    assert_eq!(s.title, Some("Duplicated credentials"));
    assert!(
        s.text
            .starts_with("To avoid session collisions, credentials must be unique")
    );
    assert!(s.text.contains("connected.\n\nIf you want the user"));
    assert_eq!(
        LinkError::InvalidSca.screen_title(),
        Some("Authorization failed")
    );
    assert_eq!(
        LinkError::InvalidSca.screen_text(),
        Some("Log in 2FA value (sms, otp, token...) introduced is incorrect.")
    );
    assert_eq!(LinkError::InternalError.screen(), None);
    assert_eq!(LinkError::InternalError.screen_title(), None);
    assert_eq!(
        LinkError::InvalidCredentials.screen().unwrap().to_string(),
        "Invalid credentials\n\nCredentials provided might be invalid, user must review introduced credentials."
    );
    let [invalid_link] = LinkError::SCREEN_ONLY else {
        panic!("one screen-only error")
    };
    assert_eq!(invalid_link.name, "INVALID_LINK");
    assert_eq!(invalid_link.title, None);
    assert_eq!(
        invalid_link.to_string(),
        "Invalid provided link, please generate a new one."
    );
    assert!(ApiError::SCREEN_ONLY.is_empty());
}

#[test]
fn exit_rule_and_link_settings_come_from_the_spec() {
    assert_eq!(LinkError::EXIT_CODE, Some(LinkError::AbortedByUser));
    assert_eq!(
        <LinkError as ErrorCode>::EXIT_CODE,
        Some(LinkError::AbortedByUser)
    );
    assert_eq!(ApiError::EXIT_CODE, None);
    let link = LinkError::LINK;
    assert_eq!(link.url, Some("https://platform.flanks.io/link"));
    assert_eq!(
        (
            link.token_param,
            link.rollback_param,
            link.rollback_all,
            link.separator,
            link.error_param
        ),
        ("token", "rollback", "true", ",", "error")
    );
    assert!(link.is_reserved("token") && link.is_reserved("error") && !link.is_reserved("state"));
    // Defaults fill in what a spec leaves out.
    let api = ApiError::LINK;
    assert_eq!(api.url, Some("https://auth.example.com/connect"));
    assert_eq!(
        (api.error_param, api.token_param, api.separator),
        ("err", "token", ",")
    );
    // A spec without `[link]` gets the runtime's defaults: the two agree on them.
    #[link_errors::spec("specs/dispatch_one.toml")]
    enum NoLink {}
    assert_eq!(NoLink::LINK, &link_errors::LinkSpec::DEFAULT);
}

#[test]
fn deprecated_codes_still_work() {
    assert_eq!(ApiError::from_code("OLD_CODE"), Some(ApiError::OldCode));
    assert_eq!(ApiError::OldCode.message(), "Replaced by invalid_request.");
}
