#[link_errors::spec("specs/flanks.toml")]
pub struct LinkError;

fn main() {}
