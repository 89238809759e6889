//! The bundled spec against the vendor's page (`tests/seed/flanks-link-errors.txt`, a copy of
//! the Flanks "Link Errors" page): every code, message, on-screen text and link setting on the
//! page is in the spec and reachable through the API; nothing is lost or reworded.

use link_errors::ErrorCode;
use link_errors_tests::LinkError;

const PAGE: &str = include_str!("../seed/flanks-link-errors.txt");

/// The page's text between two headings, as non-empty trimmed lines.
fn section(from: &str, to: &str) -> Vec<&'static str> {
    let start = PAGE.find(from).unwrap() + from.len();
    let end = start + PAGE[start..].find(to).unwrap();
    PAGE[start..end]
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect()
}

#[test]
fn every_code_and_message_in_page_order() {
    let bullets: Vec<(&str, &str)> = PAGE
        .lines()
        .filter_map(|l| l.trim().strip_prefix('•'))
        .map(|l| {
            let (code, message) = l.split_once(':').unwrap();
            (code.trim(), message.trim())
        })
        .collect();
    assert_eq!(bullets.len(), 7);
    let spec: Vec<(&str, &str)> = LinkError::ALL
        .iter()
        .map(|e| (e.code(), e.message()))
        .collect();
    assert_eq!(spec, bullets);
}

#[test]
fn every_platform_error_is_on_a_screen() {
    let lines = section("Platform Errors", "Tracking Back Errors via Redirect");
    let screens: Vec<_> = LinkError::ALL
        .iter()
        .filter_map(|e| e.screen())
        .chain(LinkError::SCREEN_ONLY)
        .collect();
    // Each line of the section is a screen's title or a paragraph of its text, verbatim.
    for line in &lines {
        let found = screens
            .iter()
            .any(|s| s.title == Some(line) || s.text.split("\n\n").any(|p| p == *line));
        assert!(found, "not in the spec: {line:?}");
    }
    // And the spec adds nothing that is not on the page.
    for s in &screens {
        assert!(s.title.is_none_or(|t| lines.contains(&t)), "{s:?}");
        assert!(s.text.split("\n\n").all(|p| lines.contains(&p)), "{s:?}");
    }
    // The screens hang on the codes the page's wording names.
    assert_eq!(
        LinkError::InvalidCredentials.screen_title(),
        Some("Invalid credentials")
    );
    assert_eq!(
        LinkError::InvalidSca.screen_title(),
        Some("Authorization failed")
    );
    assert_eq!(
        LinkError::CredentialsAlreadyExist.screen_title(),
        Some("Duplicated credentials")
    );
    assert_eq!(LinkError::SCREEN_ONLY[0].text, lines[0]);
}

#[test]
fn the_link_settings_spell_the_pages_examples() {
    let link = LinkError::LINK;
    let base = link.url.unwrap();
    let token = format!("{base}?{}=xxx", link.token_param);
    let one = format!("{token}&{}=INVALID_CREDENTIALS", link.rollback_param);
    let two = format!("{one}{}INVALID_SCA", link.separator);
    for url in [&one, &two] {
        assert!(
            PAGE.contains(&format!("{url}\n")) || PAGE.contains(&format!("{url} ")),
            "{url}"
        );
    }
    assert!(PAGE.contains(&format!("{}={}", link.rollback_param, link.rollback_all)));
    assert!(PAGE.contains(&format!(
        "redirect_url?{}=INVALID_CREDENTIALS&extraparams=value",
        link.error_param
    )));
}

#[test]
fn the_exit_rule_is_data_on_the_code_the_page_names() {
    assert_eq!(LinkError::EXIT_CODE, Some(LinkError::AbortedByUser));
    assert_eq!(<LinkError as ErrorCode>::EXIT_CODE, LinkError::EXIT_CODE);
    assert!(
        LinkError::AbortedByUser
            .message()
            .contains("the user will have an \"EXIT\" button")
    );
}
