//! [`Fault`]: why one parameter was refused, wherever it was read from.

use super::error::CallbackError;

/// Why a parameter was refused, where positions are what the caller counts (bytes or
/// parameters).
#[derive(Clone, Copy)]
pub(crate) enum Fault {
    /// The error parameter again.
    Repeated { first: usize, second: usize },
    /// The error parameter without a value.
    Empty { at: usize },
    /// An error value that is neither a code of the spec nor code-shaped.
    NotACode {
        at: usize,
        len: usize,
        found: Option<char>,
    },
}

impl Fault {
    /// The error, for the error parameter `param`, positions kept as they are.
    pub(crate) fn into_error(self, param: &str) -> CallbackError {
        let param = param.to_owned();
        match self {
            Self::Repeated { first, second } => CallbackError::RepeatedError {
                param,
                first,
                second,
            },
            Self::Empty { at } => CallbackError::EmptyError { param, offset: at },
            Self::NotACode { at, len, found } => CallbackError::NotACode {
                param,
                offset: at,
                len,
                found,
            },
        }
    }
}
