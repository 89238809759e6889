// A locale that is not a BCP 47 tag, a translation for a locale that is not declared, and a
// text given by locale in a spec that declares no locales.
#[link_errors::spec("specs/bad_locales.toml")]
pub enum One {}

#[link_errors::spec("specs/no_locales.toml")]
pub enum Two {}

fn main() {
    let _ = One::A.message_in("en");
    let _ = Two::A.message_in("en");
}
