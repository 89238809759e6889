#[link_errors::spec("specs/many_problems.toml")]
pub enum LinkError {}

fn main() {}
