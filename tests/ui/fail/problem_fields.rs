#[link_errors::spec("specs/problem_fields.toml")]
pub enum LinkError {}

fn main() {}
