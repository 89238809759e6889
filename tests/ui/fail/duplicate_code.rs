#[link_errors::spec("specs/duplicate_code.toml")]
pub enum LinkError {}

fn main() {}
