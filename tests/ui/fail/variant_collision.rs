#[link_errors::spec("specs/variant_collision.toml")]
pub enum LinkError {}

fn main() {}
