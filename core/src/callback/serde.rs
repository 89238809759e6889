//! serde for [`Callback`]: from and to a map of parameters in arrival order (what
//! `serde_urlencoded`, and the query extractors built on it, read and write).

use core::fmt;
use core::marker::PhantomData;

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};

use super::Callback;
use super::error::{CallbackError, MAX_REDIRECT_LEN, Place};
use super::read::Accumulator;
use crate::code::ErrorCode;
use crate::reported::Reported;

/// From a map of parameters in arrival order, with the same rules as
/// [`Callback::parse`]. Positions in errors count parameters from 1, as the decoded map has no
/// byte offsets.
impl<'de, E: ErrorCode> serde::Deserialize<'de> for Callback<E> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(CallbackVisitor(PhantomData))
    }
}

struct CallbackVisitor<E>(PhantomData<E>);

impl<'de, E: ErrorCode> Visitor<'de> for CallbackVisitor<E> {
    type Value = Callback<E>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the query parameters of a redirect")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Callback<E>, A::Error> {
        let param = E::LINK.error_param;
        let refuse = |e: CallbackError| de::Error::custom(e.describe(Place::Parameters));
        let mut acc = Accumulator::default();
        let (mut n, mut len) = (0, 0);
        while let Some((name, value)) = map.next_entry::<String, String>()? {
            n += 1;
            len += name.len() + value.len();
            if len > MAX_REDIRECT_LEN {
                return Err(refuse(CallbackError::TooLong { len }));
            }
            acc.push(param, name.into(), value.into(), n)
                .map_err(|f| refuse(f.into_error(param)))?;
        }
        let (error, extra) = acc.finish::<E>().map_err(|f| refuse(f.into_error(param)))?;
        Ok(Callback { error, extra })
    }
}

/// The map `Deserialize` reads: the spec's error parameter with the reported code (the wire
/// string of a known one, the string as sent of an unknown one), if any, then every extra
/// parameter in order, duplicates kept.
impl<E: ErrorCode> serde::Serialize for Callback<E> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map =
            serializer.serialize_map(Some(self.extra.len() + usize::from(self.error.is_some())))?;
        if let Some(error) = &self.error {
            map.serialize_entry(E::LINK.error_param, Reported::code(error))?;
        }
        for (name, value) in &self.extra {
            map.serialize_entry(name, value)?;
        }
        map.end()
    }
}
