// Variants written in the enum are one error: they are left out and the enum is generated from
// the spec, so the code below that uses the spec's variants compiles.
#[link_errors::spec("specs/flanks.toml")]
pub enum LinkError {
    Mine,
}

fn main() {
    let _ = LinkError::InvalidCredentials.message();
    let _ = LinkError::UserInteractionNeeded;
}
