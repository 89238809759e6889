#[link_errors::spec("specs/bad_variant.toml")]
pub enum LinkError {}

fn main() {}
