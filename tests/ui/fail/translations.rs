// Every problem of translations in a spec, in one build: a locale listed twice, a missing
// translation (code, text and locale named), a translation for an undeclared locale (with
// the nearest declared one), a screen without its first locale's text.
#[link_errors::spec("specs/translations.toml")]
pub enum PayError {}

fn main() {
    let _ = PayError::Declined.message_in("es");
    let _ = PayError::Expired.screen_text_in("es");
}
