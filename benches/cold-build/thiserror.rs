//! The 7 Flanks codes as a `thiserror` enum: the peer of `#[link_errors::spec]` in
//! `benches/cold-build.sh` (messages as in `link-errors-spec.toml`).

/// The Link Error Codes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, thiserror::Error)]
pub enum LinkError {
    /// `INVALID_CREDENTIALS`
    #[error("The provided credentials are invalid.")]
    InvalidCredentials,
    /// `INVALID_SCA`
    #[error("The provided SCA is invalid.")]
    InvalidSca,
    /// `CREDENTIALS_ALREADY_EXIST`
    #[error("The credentials provided already exist in our system.")]
    CredentialsAlreadyExist,
    /// `INTERNAL_ERROR`
    #[error("An unexpected error from the Flanks API.")]
    InternalError,
    /// `ABORTED_BY_USER`
    #[error(
        "This is an special error code. If any other error happens and the redirection is not \
         configured for said error, the user will have an \"EXIT\" button if rollback for \
         ABORTED_BY_USER is set. When pressing the \"EXIT\" button, the user will be redirected \
         like any other kind of error, but the error code will be ABORTED_BY_USER."
    )]
    AbortedByUser,
    /// `SCA_TYPE_NOT_ALLOWED`
    #[error("The two-factor authentication method provided is not allowed on the account.")]
    ScaTypeNotAllowed,
    /// `USER_INTERACTION_NEEDED`
    #[error(
        "The account has some pending checks/tasks that need the user to access the official \
         website and complete them."
    )]
    UserInteractionNeeded,
}
