#[link_errors::spec("specs/error_not_array.toml")]
pub enum LinkError {}

fn main() {}
