#[link_errors::spec("specs/empty_spec.toml")]
pub enum LinkError {}

fn main() {}
