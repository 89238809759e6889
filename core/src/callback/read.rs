//! Reading a callback: the query's pairs decoded ([`read_query`]) and collected by an
//! [`Accumulator`], which keeps the error parameter's value as its wire string until the caller
//! resolves it against an enum (or not, for `untyped`).

use std::borrow::Cow;

use link_errors_wire::code::check_shape;
use link_errors_wire::form::{DecodeError, decode};

use super::error::{CallbackError, MAX_REDIRECT_LEN};
use super::fault::Fault;
use crate::code::ErrorCode;
use crate::query::pairs;
use crate::reported::Reported;

/// The error and the extra parameters of a callback.
pub(crate) type Parts<R> = (Option<R>, Vec<(String, String)>);

/// Reads the pairs of `query`, the query part of `input` starting at byte `at`: decoded,
/// with byte offsets into `input` in errors. The one reader behind
/// [`Callback::parse`](crate::Callback::parse), `from_query` and `untyped::parse_redirect`.
pub(crate) fn read_query<'a>(
    error_param: &str,
    input: &'a str,
    (query, at): (&'a str, usize),
) -> Result<Accumulator<'a>, CallbackError> {
    if input.len() > MAX_REDIRECT_LEN {
        return Err(CallbackError::TooLong { len: input.len() });
    }
    let mut acc = Accumulator::default();
    for pair in pairs(query, at) {
        let name = decode_at(input, pair.at, pair.name)?;
        let value = decode_at(input, pair.value_at, pair.value)?;
        acc.push(error_param, name, value, pair.at)
            .map_err(|f| f.into_error(error_param))?;
    }
    Ok(acc)
}

/// `component`, which starts at byte `at` of `input`, decoded.
fn decode_at<'a>(
    input: &str,
    at: usize,
    component: &'a str,
) -> Result<Cow<'a, str>, CallbackError> {
    decode(component).map_err(|e| match e {
        DecodeError::Percent { at: i } => {
            // The `%` and at most two more characters.
            let rest = &component[i..];
            let end = rest
                .char_indices()
                .nth(3)
                .map_or(rest.len(), |(cut, _)| cut);
            CallbackError::InvalidPercentEncoding {
                offset: at + i,
                found: rest[..end].to_owned(),
            }
        }
        DecodeError::Utf8 { at: i } => CallbackError::InvalidUtf8 {
            offset: at + i,
            text: input[at..at + component.len()].to_owned(),
        },
    })
}

/// The parameters so far: the error parameter's value and where it was, and every other
/// parameter in order.
#[derive(Default)]
pub(crate) struct Accumulator<'a> {
    error: Option<(Cow<'a, str>, usize)>,
    extra: Vec<(String, String)>,
}

impl<'a> Accumulator<'a> {
    /// Takes one decoded parameter, at position `at`: the error parameter once, non-empty;
    /// any other as it is.
    pub(crate) fn push(
        &mut self,
        error_param: &str,
        name: Cow<'a, str>,
        value: Cow<'a, str>,
        at: usize,
    ) -> Result<(), Fault> {
        if name != error_param {
            self.extra.push((name.into_owned(), value.into_owned()));
            return Ok(());
        }
        if let Some((_, first)) = self.error {
            return Err(Fault::Repeated { first, second: at });
        }
        if value.is_empty() {
            return Err(Fault::Empty { at });
        }
        self.error = Some((value, at));
        Ok(())
    }

    /// Resolves the error against the enum. Only a code the spec does not have is checked
    /// for its shape: the spec's own codes are code-shaped by construction, so a known code
    /// costs nothing more.
    pub(crate) fn finish<E: ErrorCode>(self) -> Result<Parts<Reported<E>>, Fault> {
        let error = match self.error {
            None => None,
            Some((code, at)) => Some(match E::from_code(&code) {
                Some(e) => Reported::Known(e),
                None => {
                    shaped(&code, at)?;
                    Reported::Unknown(code.into_owned())
                }
            }),
        };
        Ok((error, self.extra))
    }

    /// The error's wire string, as sent (checked for its shape: there is no enum to resolve
    /// it against), and the other parameters.
    #[cfg(feature = "untyped")]
    pub(crate) fn finish_untyped(self) -> Result<Parts<String>, Fault> {
        let error = match self.error {
            None => None,
            Some((code, at)) => {
                shaped(&code, at)?;
                Some(code.into_owned())
            }
        };
        Ok((error, self.extra))
    }
}

/// `code`, the error value at `at`, is code-shaped.
fn shaped(code: &str, at: usize) -> Result<(), Fault> {
    check_shape(code).map_err(|found| Fault::NotACode {
        at,
        len: code.len(),
        found,
    })
}
