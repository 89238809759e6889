#[link_errors::spec("specs/problem_status.toml")]
pub enum LinkError {}

fn main() {}
