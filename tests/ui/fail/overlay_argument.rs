// A malformed argument after the spec's path is reported where it goes wrong, and the enum is
// generated from the spec alone: the code below that uses the spec's variants compiles.
#[link_errors::spec("specs/flanks.toml", overlay "specs/overlaid-app.toml")]
pub enum NoEquals {}

#[link_errors::spec("specs/flanks.toml", overlay = specs)]
pub enum NotALiteral {}

#[link_errors::spec("specs/flanks.toml", overlay = b"specs/overlaid-app.toml")]
pub enum ByteString {}

#[link_errors::spec("specs/flanks.toml", = "specs/overlaid-app.toml")]
pub enum Unnamed {}

#[link_errors::spec("specs/flanks.toml" overlay = "specs/payments-app.toml")]
pub enum NoComma {}

#[link_errors::spec("specs/payments.toml", overlay = "specs/payments-app.toml", overlay = "x.toml")]
pub enum Twice {}

fn main() {
    let _ = NoEquals::InvalidCredentials;
    let _ = NotALiteral::InvalidCredentials;
    let _ = ByteString::InvalidCredentials;
    let _ = Unnamed::InvalidCredentials;
    let _ = NoComma::InvalidCredentials;
    let _ = Twice::CardDeclined;
}
