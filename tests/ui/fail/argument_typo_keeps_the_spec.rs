// A misspelt argument is one error: it is left out and the enum is generated from the spec, so
// the code below that uses the spec's variants compiles.
#[link_errors::spec("specs/flanks.toml", overlays = "specs/overlaid-app.toml")]
pub enum LinkError {}

fn main() {
    let _ = LinkError::InvalidCredentials.message();
    let _ = LinkError::UserInteractionNeeded;
}
