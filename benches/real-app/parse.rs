
/// The error a callback's `error` parameter names (appended to the thiserror and hand-written
/// enums by `benches/real-app.sh`).
pub fn parse(code: &str) -> Option<LinkError> {
    Some(match code {
        "INVALID_CREDENTIALS" => LinkError::InvalidCredentials,
        "INVALID_SCA" => LinkError::InvalidSca,
        "CREDENTIALS_ALREADY_EXIST" => LinkError::CredentialsAlreadyExist,
        "INTERNAL_ERROR" => LinkError::InternalError,
        "ABORTED_BY_USER" => LinkError::AbortedByUser,
        "SCA_TYPE_NOT_ALLOWED" => LinkError::ScaTypeNotAllowed,
        "USER_INTERACTION_NEEDED" => LinkError::UserInteractionNeeded,
        _ => return None,
    })
}
