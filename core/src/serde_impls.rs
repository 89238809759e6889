//! serde for generated enums: a code serializes as its wire string.

use core::fmt;
use core::marker::PhantomData;

use serde::de::{self, Deserializer, Visitor};
use serde::ser::Serializer;

use crate::ErrorCode;

/// `Serialize` for a generated enum: the code's wire string.
///
/// # Errors
/// Whatever the serializer reports.
pub fn serialize<E: ErrorCode, S: Serializer>(code: E, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(code.code())
}

/// `Deserialize` for a generated enum: a wire string of the spec (or an alias).
///
/// # Errors
/// An unknown code is an `unknown variant` error that lists the expected codes.
pub fn deserialize<'de, E: ErrorCode, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<E, D::Error> {
    deserializer.deserialize_str(CodeVisitor(PhantomData))
}

struct CodeVisitor<E>(PhantomData<E>);

impl<E: ErrorCode> Visitor<'_> for CodeVisitor<E> {
    type Value = E;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an error code of the spec")
    }

    fn visit_str<Er: de::Error>(self, v: &str) -> Result<E, Er> {
        E::from_code(v).ok_or_else(|| Er::unknown_variant(v, E::CODES))
    }

    fn visit_bytes<Er: de::Error>(self, v: &[u8]) -> Result<E, Er> {
        match core::str::from_utf8(v) {
            Ok(s) => self.visit_str(s),
            Err(_) => Err(Er::invalid_value(de::Unexpected::Bytes(v), &self)),
        }
    }
}

/// `Serialize` for a `one_of` field's generated enum: its value, as `Display` writes it.
///
/// # Errors
/// Whatever the serializer reports.
pub fn serialize_value<T: fmt::Display, S: Serializer>(
    value: T,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.collect_str(&value)
}

/// `Deserialize` for a `one_of` field's generated enum: one of its values, by its `FromStr`.
///
/// # Errors
/// A string that is none of the values, with the `FromStr` error's message.
pub fn deserialize_value<'de, T, D>(deserializer: D) -> Result<T, D::Error>
where
    T: core::str::FromStr,
    T::Err: fmt::Display,
    D: Deserializer<'de>,
{
    deserializer.deserialize_str(ValueVisitor(PhantomData))
}

struct ValueVisitor<T>(PhantomData<T>);

impl<T> Visitor<'_> for ValueVisitor<T>
where
    T: core::str::FromStr,
    T::Err: fmt::Display,
{
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a value of the field's `one_of`")
    }

    fn visit_str<Er: de::Error>(self, v: &str) -> Result<T, Er> {
        v.parse().map_err(Er::custom)
    }
}
