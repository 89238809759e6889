#![deny(deprecated)]
// `deprecated = "..."` in the spec: using the variant warns (here denied), the generated
// code itself does not.
#[link_errors::spec("specs/mixed.toml")]
pub enum ApiError {}

fn main() {
    let _ = ApiError::OldCode;
}
