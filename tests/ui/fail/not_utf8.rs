// A spec that is not UTF-8 is an error that says so, not a panic.
#[link_errors::spec("specs/not_utf8.toml")]
pub enum LinkError {}

fn main() {}
