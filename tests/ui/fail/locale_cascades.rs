// One error per mistake in `locales`, no follow-on errors: `locales` that differ between the
// spec and the overlay are reported once (translations are not then checked against both
// sets); an invalid tag keeps its place (the first stays the language of plain strings) and,
// when `_` for `-` makes it valid (`fr_CA`), stands for that tag, so its texts are not
// reported as undeclared; a translation into `fr` where `fr-CA` is declared suggests `fr-CA`.
#[link_errors::spec("specs/locales_differ.toml", overlay = "specs/locales_differ-app.toml")]
pub enum One {}

#[link_errors::spec("specs/locale_cascades.toml", overlay = "specs/locale_cascades-app.toml")]
pub enum Two {}

fn main() {
    let _: &str = One::A.advice_in("fr");
    let _ = Two::B.message_in("fr-CA");
}
