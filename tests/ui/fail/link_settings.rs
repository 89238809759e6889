#[link_errors::spec("specs/link_settings.toml")]
pub enum LinkError {}

fn main() {}
