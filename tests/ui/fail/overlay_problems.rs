// Every problem an overlay can have, each naming the overlay's own file, line and column, in
// one build with the spec's: `locales` that differ from the spec's, a field declared in both,
// an unknown code or screen (with a suggestion), a translation or value given in both files,
// an unknown key (the declared fields suggested), a required field of the overlay's that a
// code lacks, a value of the wrong type.
#[link_errors::spec("specs/overlaid.toml", overlay = "specs/overlaid-app.toml")]
pub enum LinkError {}

fn main() {
    let e = LinkError::InvalidCredentials;
    let _: bool = e.retry();
    let _: &str = e.advice_in("es");
    let _: u16 = LinkError::InternalError.status();
}
