#[link_errors::spec("specs/exit_button_twice.toml")]
pub enum LinkError {}

fn main() {}
