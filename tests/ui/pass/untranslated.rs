// `allow_untranslated = true`: a text without a translation answers in the first locale.
#[link_errors::spec("specs/untranslated.toml")]
pub enum AppError {}

fn main() {
    assert_eq!(AppError::Timeout.message_in("es-MX"), "Tiempo agotado.");
    assert_eq!(AppError::NewCode.message_in("es"), "Not translated yet.");
    assert_eq!(AppError::Timeout.advice_in("es"), "Inténtalo más tarde.");
    assert_eq!(AppError::NewCode.advice_in("es"), "Call us.");
}
