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
