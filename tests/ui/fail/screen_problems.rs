#[link_errors::spec("specs/screen_problems.toml")]
pub enum LinkError {}

fn main() {}
