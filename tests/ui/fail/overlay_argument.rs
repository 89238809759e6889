// A malformed `overlay` argument is reported where it goes wrong, and the enum is still
// generated from the spec alone: the code below that uses the spec's variants compiles.
#[link_errors::spec("specs/flanks.toml", overlay "specs/overlaid-app.toml")]
pub enum NoEquals {}

#[link_errors::spec("specs/flanks.toml", overlay = specs)]
pub enum NotALiteral {}

#[link_errors::spec("specs/flanks.toml", overlay = b"specs/overlaid-app.toml")]
pub enum ByteString {}

#[link_errors::spec("specs/flanks.toml", = "specs/overlaid-app.toml")]
pub enum Unnamed {}

fn main() {
    let _ = NoEquals::InvalidCredentials;
    let _ = NotALiteral::InvalidCredentials;
    let _ = ByteString::InvalidCredentials;
    let _ = Unnamed::InvalidCredentials;
}
