// A missing overlay names the path it looked for, on the overlay's literal, and is the only
// error: the enum is generated from the spec alone, so the code below that uses the spec's
// variants compiles.
#[link_errors::spec("specs/flanks.toml", overlay = "specs/no-such-overlay.toml")]
pub enum LinkError {}

#[link_errors::spec("specs/flanks.toml", extra = "x")]
pub enum Other {}

fn main() {
    let _ = LinkError::from_code("X");
    let _ = LinkError::InvalidCredentials.message();
    let _ = Other::UserInteractionNeeded;
}
