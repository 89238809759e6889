//! [`Reported`]: the error a redirect reports, known to the spec or not.

use crate::code::ErrorCode;

/// The error a redirect reports, as sent by the vendor.
///
/// ```
/// # #[link_errors::spec("../link-errors-spec.toml")] pub enum LinkError {}
/// use link_errors::{Callback, Reported};
///
/// let r = Callback::<LinkError>::parse("?error=NEW_VENDOR_CODE").unwrap();
/// assert_eq!(r.error(), Some(&Reported::Unknown("NEW_VENDOR_CODE".into())));
/// assert_eq!(r.error().unwrap().code(), "NEW_VENDOR_CODE");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Reported<E> {
    /// A code of the spec (an alias resolves to its code).
    Known(E),
    /// A code the spec does not have (newer than the spec, most likely), exactly as sent.
    /// What the parsers put here is code-shaped (see [`MAX_CODE_LEN`](crate::MAX_CODE_LEN)); still, escape it
    /// like any text when you write it into HTML.
    Unknown(String),
}

impl<E: ErrorCode> From<E> for Reported<E> {
    fn from(e: E) -> Self {
        Self::Known(e)
    }
}

impl<E: ErrorCode> Reported<E> {
    /// The wire string: the code of a known error, the string as sent for an unknown one.
    ///
    /// ```
    /// # #[link_errors::spec("../link-errors-spec.toml")] pub enum LinkError {}
    /// # use link_errors::Reported;
    /// assert_eq!(Reported::Known(LinkError::InvalidSca).code(), "INVALID_SCA");
    /// ```
    pub fn code(&self) -> &str {
        match self {
            Self::Known(e) => e.code(),
            Self::Unknown(s) => s,
        }
    }

    /// The code, if the spec knows it.
    ///
    /// ```
    /// # #[link_errors::spec("../link-errors-spec.toml")] pub enum LinkError {}
    /// # use link_errors::Reported;
    /// assert_eq!(Reported::Known(LinkError::InvalidSca).known(), Some(LinkError::InvalidSca));
    /// assert_eq!(Reported::<LinkError>::Unknown("X".into()).known(), None);
    /// ```
    pub fn known(&self) -> Option<E> {
        match self {
            Self::Known(e) => Some(*e),
            Self::Unknown(_) => None,
        }
    }

    /// Whether the user pressed the EXIT button: the error is the spec's
    /// [`EXIT_CODE`](ErrorCode::EXIT_CODE) (Flanks: `ABORTED_BY_USER`).
    ///
    /// ```
    /// # #[link_errors::spec("../link-errors-spec.toml")] pub enum LinkError {}
    /// # use link_errors::Reported;
    /// assert!(Reported::Known(LinkError::AbortedByUser).is_exit());
    /// ```
    pub fn is_exit(&self) -> bool {
        self.known().is_some_and(|e| Some(e) == E::EXIT_CODE)
    }
}
