// One typo, one error: a misspelt or missing `message` in `[[error]]`, a misspelt `message`
// in the overlay's `[codes.C]` and a misspelt screen name in `[screens.NAME]` are each
// reported once, and what they meant to give (the `en` message, the `fr` translations) is not
// then reported missing too; nor is a screen whose `text` is misspelt unknown to the overlay.
#[link_errors::spec("specs/typo_cascades.toml", overlay = "specs/typo_cascades-app.toml")]
pub enum LinkError {}

fn main() {
    let _ = LinkError::A.message_in("fr");
    let _ = LinkError::C.message();
}
