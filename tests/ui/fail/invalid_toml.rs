#[link_errors::spec("specs/invalid_toml.toml")]
pub enum LinkError {}

fn main() {}
