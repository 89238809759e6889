#[link_errors::spec("specs/flanks.toml")]
pub enum LinkError {
    Mine,
}

fn main() {}
