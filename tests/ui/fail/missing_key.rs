#[link_errors::spec("specs/missing_key.toml")]
pub enum LinkError {}

fn main() {}
