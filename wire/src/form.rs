//! `application/x-www-form-urlencoded` encoding and strict decoding of query components: how
//! the link, the redirect and a base URL's query are written and read. Written here rather
//! than pulled from a crate: it is a few dozen lines and the runtime stays lean.

use std::borrow::Cow;

/// Bytes the form encoding leaves as they are (WHATWG URL, "application/x-www-form-urlencoded
/// percent-encode set" complement); space becomes `+`, everything else `%XX`.
fn form_safe(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'*' | b'-' | b'.' | b'_')
}

const HEX: &[u8; 16] = b"0123456789ABCDEF";

/// Appends `s` form-encoded to `out`.
pub fn encode_into(s: &str, out: &mut String) {
    for &b in s.as_bytes() {
        if form_safe(b) {
            out.push(char::from(b));
        } else {
            escape(b, out);
        }
    }
}

/// Appends a byte the form encoding does not leave as it is: a space as `+`, anything else as
/// `%XX`.
fn escape(b: u8, out: &mut String) {
    if b == b' ' {
        out.push('+');
    } else {
        out.push('%');
        out.push(char::from(HEX[usize::from(b >> 4)]));
        out.push(char::from(HEX[usize::from(b & 0xf)]));
    }
}

/// Whether `b` can be written in a query value as it is: it cannot be mistaken for a `&`, `=`,
/// `+`, `#` or `%` of the query's own syntax.
fn query_literal(b: u8) -> bool {
    form_safe(b)
        || matches!(
            b,
            b'!' | b'$' | b'\'' | b'(' | b')' | b',' | b';' | b':' | b'@' | b'/' | b'?' | b'~'
        )
}

/// The rollback separator `sep` as a query value carries it: each byte that cannot be mistaken
/// for the query's own syntax as it is (Flanks documents `,`), a space as `+` (as a URL writes
/// a space), anything else as `%XX`. Borrowed when nothing needs encoding. A reader accepts
/// each byte of the separator literally, as `%XX`, and a space also as `+`
/// ([`separator_at`]), so this is what a link writes and what a rollback value reads back.
///
/// ```
/// use link_errors_wire::form::separator;
/// assert_eq!(separator(","), ",");
/// assert_eq!(separator(" "), "+");
/// assert_eq!(separator(", "), ",+");
/// assert_eq!(separator("|"), "%7C");
/// ```
pub fn separator(sep: &str) -> Cow<'_, str> {
    if sep.as_bytes().iter().all(|&b| query_literal(b)) {
        return Cow::Borrowed(sep);
    }
    let mut out = String::with_capacity(sep.len() * 3);
    for &b in sep.as_bytes() {
        if query_literal(b) {
            out.push(char::from(b));
        } else {
            escape(b, &mut out);
        }
    }
    Cow::Owned(out)
}

/// The length of the separator `sep` at the start of `s`, where each of its bytes may be
/// written literally or as `%XX` (either case), and a space also as `+`: how a rollback value
/// that comes from a raw query or a decoded one is split. `None` if it is not there (or `sep`
/// is empty).
///
/// ```
/// use link_errors_wire::form::separator_at;
/// assert_eq!(separator_at(b"+B", b" "), Some(1));
/// assert_eq!(separator_at(b"%20B", b" "), Some(3));
/// assert_eq!(separator_at(b"%2c+B", b", "), Some(4));
/// assert_eq!(separator_at(b"B", b" "), None);
/// ```
pub fn separator_at(s: &[u8], sep: &[u8]) -> Option<usize> {
    let mut i = 0;
    for &b in sep {
        let c = *s.get(i)?;
        if c == b || (c == b'+' && b == b' ') {
            i += 1;
        } else if c == b'%' && s.get(i + 1..).and_then(hex_pair) == Some(b) {
            i += 3;
        } else {
            return None;
        }
    }
    (i > 0).then_some(i)
}

/// Why a component did not decode; `at` is the byte offset within the component.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DecodeError {
    /// A `%` not followed by two hex digits.
    Percent {
        /// Where the `%` is.
        at: usize,
    },
    /// The decoded bytes are not UTF-8.
    Utf8 {
        /// Where the first bad sequence starts.
        at: usize,
    },
}

/// The byte that the two hex digits (either case) at the start of `h` spell, the `XX` of a
/// `%XX`; `None` if `h` does not start with two hex digits.
pub fn hex_pair(h: &[u8]) -> Option<u8> {
    let digit = |b: &u8| char::from(*b).to_digit(16);
    let (hi, lo) = (digit(h.first()?)?, digit(h.get(1)?)?);
    u8::try_from(hi << 4 | lo).ok()
}

/// Decodes a form-encoded component: `+` is a space, `%XX` a byte. Strict: a stray `%` or
/// bytes that are not UTF-8 once decoded are errors (browsers repair both; a redirect that
/// needs repair was not written by the vendor).
///
/// # Errors
/// A `%` not followed by two hex digits, or decoded bytes that are not UTF-8.
pub fn decode(s: &str) -> Result<Cow<'_, str>, DecodeError> {
    let bytes = s.as_bytes();
    if !bytes.iter().any(|&b| b == b'%' || b == b'+') {
        return Ok(Cow::Borrowed(s));
    }
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'+' => out.push(b' '),
            b'%' => match bytes.get(i + 1..).and_then(hex_pair) {
                Some(byte) => {
                    out.push(byte);
                    i += 2;
                }
                None => return Err(DecodeError::Percent { at: i }),
            },
            _ => out.push(b),
        }
        i += 1;
    }
    String::from_utf8(out).map(Cow::Owned).map_err(|e| {
        // Map the offset in the decoded bytes back to the input.
        let bad = e.utf8_error().valid_up_to();
        DecodeError::Utf8 {
            at: source_offset(bytes, bad),
        }
    })
}

/// The name of each `name=value` pair of `query` (a query without its `?`), decoded, in order;
/// a pair without `=` is all name. An empty pair gives an empty name.
///
/// ```
/// use link_errors_wire::form::query_names;
/// let names: Result<Vec<_>, _> = query_names("a=1&%62&&c+d=x=y").collect();
/// assert_eq!(names.unwrap(), ["a", "b", "", "c d"]);
/// ```
pub fn query_names(query: &str) -> impl Iterator<Item = Result<Cow<'_, str>, DecodeError>> {
    query
        .split('&')
        .map(|pair| decode(pair.split_once('=').map_or(pair, |(name, _)| name)))
}

/// The input offset of the byte at `decoded` in the decoded output.
fn source_offset(bytes: &[u8], decoded: usize) -> usize {
    let (mut i, mut n) = (0, 0);
    while n < decoded && i < bytes.len() {
        i += if bytes[i] == b'%' { 3 } else { 1 };
        n += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_pairs() {
        assert_eq!(hex_pair(b"2C"), Some(b','));
        assert_eq!(hex_pair(b"2c,"), Some(b','));
        assert_eq!(hex_pair(b"ff"), Some(0xff));
        for bad in [&b""[..], b"2", b"2G", b"G2", b"+1"] {
            assert_eq!(hex_pair(bad), None, "{bad:?}");
        }
    }

    fn enc(s: &str) -> String {
        let mut out = String::new();
        encode_into(s, &mut out);
        out
    }

    #[test]
    fn encodes_like_forms() {
        assert_eq!(enc("INVALID_SCA"), "INVALID_SCA");
        assert_eq!(enc("a b&c=d+e%f"), "a+b%26c%3Dd%2Be%25f");
        assert_eq!(enc("ñ,#"), "%C3%B1%2C%23");
        assert_eq!(enc("*-._~"), "*-._%7E");
    }

    #[test]
    fn decodes_strictly() {
        assert_eq!(decode("a+b%2c%2C").unwrap(), "a b,,");
        assert!(matches!(decode("plain").unwrap(), Cow::Borrowed("plain")));
        assert_eq!(decode("%C3%B1").unwrap(), "ñ");
        assert_eq!(decode("ab%"), Err(DecodeError::Percent { at: 2 }));
        assert_eq!(decode("ab%4"), Err(DecodeError::Percent { at: 2 }));
        assert_eq!(decode("%zz"), Err(DecodeError::Percent { at: 0 }));
        assert_eq!(decode("a+%FF"), Err(DecodeError::Utf8 { at: 2 }));
        assert_eq!(decode("ñ%C3"), Err(DecodeError::Utf8 { at: 2 }));
    }

    #[test]
    fn separators_as_a_query_writes_them() {
        for (sep, written) in [
            (",", ","),
            (";", ";"),
            (" ", "+"),
            (", ", ",+"),
            ("&", "%26"),
            ("+", "%2B"),
            ("#", "%23"),
            ("ñ", "%C3%B1"),
        ] {
            assert_eq!(separator(sep), written, "{sep:?}");
            let read = format!("A{written}B");
            assert_eq!(
                separator_at(&read.as_bytes()[1..], sep.as_bytes()),
                Some(written.len())
            );
            assert_eq!(decode(written).unwrap(), sep);
        }
    }

    proptest::proptest! {
        /// Any separator the rule allows, written as a link writes it, is found again where
        /// it was written, and decodes back to itself; items made of code characters never
        /// hold it.
        #[test]
        fn separators_round_trip(sep in "[^A-Za-z0-9_.%\\-\\p{Cc}]{1,4}", item in "[A-Za-z0-9_.-]{1,8}") {
            proptest::prop_assume!(crate::link::check_separator(&sep).is_ok());
            let written = separator(&sep);
            let value = format!("{item}{written}{item}");
            let at = item.len();
            proptest::prop_assert_eq!(separator_at(&value.as_bytes()[at..], sep.as_bytes()), Some(written.len()));
            proptest::prop_assert_eq!(decode(&written).unwrap(), sep.as_str());
            for i in 0..at {
                proptest::prop_assert_eq!(separator_at(&value.as_bytes()[i..], sep.as_bytes()), None);
            }
        }
    }
}
