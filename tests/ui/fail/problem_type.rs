#[link_errors::spec("specs/problem_type.toml")]
pub enum LinkError {}

fn main() {}
