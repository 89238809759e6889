// A well-formed TOML document is also one without a key written twice, and without a dotted key
// that extends an inline table: both are reported as the TOML errors they are, on the literal.
#[link_errors::spec("specs/toml_structure.toml")]
pub enum LinkError {}

fn main() {}
