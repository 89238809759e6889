#[link_errors::spec("specs/invalid_ident.toml")]
pub enum LinkError {}

fn main() {}
