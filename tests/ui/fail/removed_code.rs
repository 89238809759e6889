// A code removed from the spec breaks the build where it is used.
#[link_errors::spec("specs/flanks.toml")]
pub enum LinkError {}

fn main() {
    let _ = LinkError::InvalidPassword;
}
