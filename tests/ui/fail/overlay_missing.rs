// A missing overlay names the path it looked for, on the overlay's literal.
#[link_errors::spec("specs/flanks.toml", overlay = "specs/no-such-overlay.toml")]
pub enum LinkError {}

#[link_errors::spec("specs/flanks.toml", overlay = "specs/flanks.toml", extra = "x")]
pub enum Other {}

fn main() {
    let _ = LinkError::from_code("X");
    let _ = Other::ALL;
}
