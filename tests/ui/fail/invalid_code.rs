#[link_errors::spec("specs/invalid_code.toml")]
pub enum LinkError {}

fn main() {}
