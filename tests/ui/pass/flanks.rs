/// The Flanks codes.
#[link_errors::spec("specs/flanks.toml")]
pub enum LinkError {}

fn main() {
    let e: LinkError = "INVALID_SCA".parse().unwrap();
    assert_eq!(e, LinkError::InvalidSca);
    match e {
        LinkError::InvalidCredentials
        | LinkError::InvalidSca
        | LinkError::CredentialsAlreadyExist
        | LinkError::InternalError
        | LinkError::AbortedByUser
        | LinkError::ScaTypeNotAllowed
        | LinkError::UserInteractionNeeded => {}
    }
}
