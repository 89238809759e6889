//! The traits and types behind [`link-errors`](https://docs.rs/link-errors): what the
//! `#[link_errors::spec]` attribute's generated code relies on (through
//! `::link_errors::__private_v0_1`), and the protocol around it (rollback lists, link URLs,
//! redirects, locale negotiation).
//!
//! This is an internal crate, like `serde_core` beside `serde`: `link-errors` re-exports all of
//! it, and it exists so that it compiles while the proc-macro does. It has no stability promise
//! of its own (`link-errors` pins its exact version). Depend on `link-errors` instead.

mod bits;
mod code;
mod locale;
mod negotiate;
mod parse;
#[cfg(feature = "serde")]
mod serde_impls;
mod value;

pub use code::{ErrorCode, LinkSpec, Screen};
pub use locale::Locale;
pub use negotiate::negotiate;
pub use parse::ParseCodeError;
pub use value::ParseValueError;

// The protocol: rollback lists, link URLs and callbacks, over one query layer.
#[cfg(feature = "axum")]
mod axum;
mod callback;
mod problem;
mod query;
mod redirect_url;
mod reported;
mod rollback;
mod set;
#[cfg(feature = "untyped")]
pub mod untyped;
mod url;

pub use callback::{Callback, CallbackError, MAX_REDIRECT_LEN};
pub use link_errors_wire::code::MAX_CODE_LEN;
pub use problem::{ABOUT_BLANK, PROBLEM_JSON, Problem, ProblemDetails};
pub use redirect_url::{RedirectUrl, RedirectUrlError};
pub use reported::Reported;

#[cfg(feature = "axum")]
pub use crate::axum::CallbackRejection;
pub use rollback::{ParseRollbackError, Rollback};
pub use set::{CodeSet, CodeSetIter};
pub use url::{LinkUrl, LinkUrlError};

/// The former name of [`Callback`], which clashed with `axum::response::Redirect` in every
/// handler that uses both.
#[deprecated(since = "0.1.0", note = "renamed to `Callback`")]
pub type Redirect<E> = Callback<E>;

/// The former name of [`CallbackError`].
#[deprecated(since = "0.1.0", note = "renamed to `CallbackError`")]
pub type RedirectError = CallbackError;

/// The former name of [`CallbackRejection`].
#[cfg(feature = "axum")]
#[deprecated(since = "0.1.0", note = "renamed to `CallbackRejection`")]
pub type RedirectRejection = CallbackRejection;

// The unit tests' enums come from the macro, as users' do: generated code names the runtime
// `::link_errors`, which this line makes resolve to this crate, where its items are.
#[cfg(test)]
extern crate self as link_errors;

/// The enums of the unit tests: Flanks' codes with an alias; three codes separated by a space;
/// 130 codes (a set of `[u64; 3]`) with every `[link]` setting renamed; payment codes in two
/// locales with `[problem]`.
#[cfg(test)]
mod test_enum {
    #[link_errors_macros::spec("tests/specs/flanks-alias.toml")]
    pub enum Flanks {}

    #[link_errors_macros::spec("tests/specs/space.toml")]
    pub enum Spaced {}

    #[link_errors_macros::spec("../runtime/tests/specs/big.toml")]
    pub enum Big {}

    #[link_errors_macros::spec("../tests/ui/specs/problem.toml")]
    pub enum Pay {}
}

/// What generated code reaches through `::link_errors::__private_v0_1`: the user depends on
/// `link-errors` alone, and a version bump changes the name, so a macro and a runtime of
/// different versions fail loudly instead of mismatching.
#[doc(hidden)]
pub mod __private_v0_1 {
    pub use crate::bits::BitStore;
    pub use crate::code::{ErrorCode, LinkSpec, Screen, Sealed};
    pub use crate::parse::ParseCodeError;
    pub use crate::problem::{Problem, ProblemDetails, ProblemSpec, ProblemText};
    #[cfg(feature = "serde")]
    pub use crate::serde_impls::{deserialize, deserialize_value, serialize, serialize_value};
    pub use crate::value::ParseValueError;
    pub use link_errors_wire::locale::index as locale_index;
    #[cfg(feature = "serde")]
    pub use serde;

    /// What the runtime adds to every generated enum, which the generated code asks for by
    /// this macro's name: the seal of `ErrorCode` (which carries the enum's `LOCALES` to the
    /// trait), and `Serialize`/`Deserialize` when the `serde` feature is on. The feature is the
    /// runtime's, so the choice is made here and not in the user's crate, whose features the
    /// generated code cannot see.
    #[macro_export]
    #[doc(hidden)]
    macro_rules! __link_errors_serde_v0_1 {
        ($ty:ty) => {
            #[automatically_derived]
            impl $crate::__private_v0_1::Sealed for $ty {
                const ENUM_LOCALES: &'static [&'static ::core::primitive::str] = <$ty>::LOCALES;
            }
            $crate::__private_v0_1::serde_impls!(
                $ty,
                $crate::__private_v0_1::serialize,
                $crate::__private_v0_1::deserialize
            );
        };
    }

    pub use __link_errors_serde_v0_1 as impl_serde;

    /// `Serialize`/`Deserialize` for the enum of a `one_of` field (as its value) when the
    /// `serde` feature is on, asked for by this macro's name as [`impl_serde`] is.
    #[macro_export]
    #[doc(hidden)]
    macro_rules! __link_errors_serde_value_v0_1 {
        ($ty:ty) => {
            $crate::__private_v0_1::serde_impls!(
                $ty,
                $crate::__private_v0_1::serialize_value,
                $crate::__private_v0_1::deserialize_value
            );
        };
    }

    /// `Serialize` and `Deserialize` for `$ty` by the two functions given, with the `serde`
    /// feature; nothing without it.
    #[cfg(feature = "serde")]
    #[macro_export]
    #[doc(hidden)]
    macro_rules! __link_errors_serde_impls_v0_1 {
        ($ty:ty, $serialize:path, $deserialize:path) => {
            #[automatically_derived]
            impl $crate::__private_v0_1::serde::Serialize for $ty {
                fn serialize<__S: $crate::__private_v0_1::serde::Serializer>(
                    &self,
                    serializer: __S,
                ) -> ::core::result::Result<__S::Ok, __S::Error> {
                    $serialize(*self, serializer)
                }
            }
            #[automatically_derived]
            impl<'de> $crate::__private_v0_1::serde::Deserialize<'de> for $ty {
                fn deserialize<__D: $crate::__private_v0_1::serde::Deserializer<'de>>(
                    deserializer: __D,
                ) -> ::core::result::Result<Self, __D::Error> {
                    $deserialize(deserializer)
                }
            }
        };
    }

    /// Without the `serde` feature: no serde impls.
    #[cfg(not(feature = "serde"))]
    #[macro_export]
    #[doc(hidden)]
    macro_rules! __link_errors_serde_impls_v0_1 {
        ($($_:tt)*) => {};
    }

    pub use __link_errors_serde_impls_v0_1 as serde_impls;
    pub use __link_errors_serde_value_v0_1 as impl_serde_value;
}
