// The point of the crate: when the spec gains a code, every exhaustive match says so.
#[link_errors::spec("specs/flanks.toml")]
pub enum LinkError {}

fn handle(e: LinkError) -> &'static str {
    match e {
        LinkError::InvalidCredentials => "ask again",
        LinkError::InvalidSca => "retry 2FA",
        LinkError::CredentialsAlreadyExist => "already connected",
        LinkError::InternalError => "try later",
        LinkError::AbortedByUser => "cancelled",
        LinkError::ScaTypeNotAllowed => "other 2FA",
    }
}

fn main() {
    let _ = handle(LinkError::InvalidSca);
}
