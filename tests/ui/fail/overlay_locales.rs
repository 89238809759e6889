// An overlay with two locales, as a new user wrote it: an invalid tag is one error (with its
// fix), a locale used but not declared is one error however many texts use it (how many, and
// the first), and a code without a `text` field declared in the overlay is told to add it as
// a table by locale under its overlay table. No follow-on errors: `advice` exists.
#[link_errors::spec("specs/two_locales.toml", overlay = "specs/two_locales-app.toml")]
pub enum Vendor {}

fn main() {
    let _: &str = Vendor::Failed.advice_in("de-DE");
    let _: &str = Vendor::Denied.message_in("de-DE");
}
