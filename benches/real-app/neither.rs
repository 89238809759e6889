//! The 7 Flanks codes as a hand-written enum, with neither link-errors nor thiserror: the app's
//! own build in `benches/real-app.sh` (messages as in `link-errors-spec.toml`).

use std::fmt;

/// The Link Error Codes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LinkError {
    InvalidCredentials,
    InvalidSca,
    CredentialsAlreadyExist,
    InternalError,
    AbortedByUser,
    ScaTypeNotAllowed,
    UserInteractionNeeded,
}

impl fmt::Display for LinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::InvalidCredentials => "The provided credentials are invalid.",
            Self::InvalidSca => "The provided SCA is invalid.",
            Self::CredentialsAlreadyExist => "The credentials provided already exist in our system.",
            Self::InternalError => "An unexpected error from the Flanks API.",
            Self::AbortedByUser => {
                "This is an special error code. If any other error happens and the redirection is \
                 not configured for said error, the user will have an \"EXIT\" button if rollback \
                 for ABORTED_BY_USER is set. When pressing the \"EXIT\" button, the user will be \
                 redirected like any other kind of error, but the error code will be ABORTED_BY_USER."
            }
            Self::ScaTypeNotAllowed => {
                "The two-factor authentication method provided is not allowed on the account."
            }
            Self::UserInteractionNeeded => {
                "The account has some pending checks/tasks that need the user to access the \
                 official website and complete them."
            }
        })
    }
}

impl std::error::Error for LinkError {}
