#[link_errors::spec("specs/unknown_key.toml")]
pub enum LinkError {}

fn main() {}
