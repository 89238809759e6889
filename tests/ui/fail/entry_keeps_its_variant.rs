// An entry whose `code` is valid keeps its variant whatever else is wrong in it: the spec's
// four problems are the only errors, and code that names the variant compiles.
#[link_errors::spec("specs/entry_problems.toml")]
pub enum LinkError {}

#[allow(deprecated)]
fn main() {
    match LinkError::Timeout {
        LinkError::InvalidSca => {}
        LinkError::Timeout => {}
    }
}
