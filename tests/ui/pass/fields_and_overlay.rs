// Typed fields in a spec and an overlay, two locales, and every accessor they generate.
#[link_errors::spec("specs/payments.toml", overlay = "specs/payments-app.toml")]
pub enum PayError {}

const STATUS: u16 = PayError::CardDeclined.http_status();

fn main() {
    use PayError::*;
    assert_eq!(PayError::LOCALES, ["en", "de"]);
    assert_eq!(STATUS, 402);
    assert_eq!(RateLimited.http_status(), 429);
    assert_eq!(CardDeclined.severity(), PayErrorSeverity::Warning);
    assert_eq!(ExpiredCard.severity(), PayErrorSeverity::Fatal);
    assert_eq!(ExpiredCard.delta(), i32::MIN);
    assert_eq!(RateLimited.delta(), -1);
    assert!(CardDeclined.retry() && ExpiredCard.retry() && !RateLimited.retry());
    assert_eq!(CardDeclined.help_url(), Some("https://shop.example/help/cards"));
    assert_eq!(RateLimited.help_url(), None);

    assert_eq!(ExpiredCard.message(), "The card has expired.");
    assert_eq!(ExpiredCard.message_in("de"), "Die Karte ist abgelaufen.");
    assert_eq!(ExpiredCard.message_in("de-AT"), "Die Karte ist abgelaufen.");
    assert_eq!(ExpiredCard.message_in("DE"), "Die Karte ist abgelaufen.");
    assert_eq!(ExpiredCard.message_in("fr"), "The card has expired.");
    assert_eq!(ExpiredCard.to_string(), "The card has expired.");
    assert_eq!(RateLimited.advice(), "Wait a minute.");
    assert_eq!(RateLimited.advice_in("de-CH"), "Warten Sie eine Minute.");
    assert_eq!(CardDeclined.screen_title_in("de"), Some("Abgelehnt"));
    assert_eq!(CardDeclined.screen_text_in("en"), Some("Try another card."));
    assert_eq!(ExpiredCard.screen_text_in("de"), None);
    assert_eq!(PayError::screen_only_in("de")[0].text, "Wartungsarbeiten.");
    assert_eq!(PayError::screen_only_in("en")[0].text, "Down for maintenance.");
}
