#[link_errors::spec("specs/no-such-spec.toml")]
pub enum LinkError {}

fn main() {}
