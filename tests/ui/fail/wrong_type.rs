#[link_errors::spec("specs/wrong_type.toml")]
pub enum LinkError {}

fn main() {}
