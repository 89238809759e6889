#[link_errors::spec("specs/empty_value.toml")]
pub enum LinkError {}

fn main() {}
