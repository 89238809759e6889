#[link_errors::spec("specs/flanks.toml")]
pub enum LinkError<T> {}

fn main() {}
