//! Reads an unquoted value: a boolean, an integer, a float or a date-time, by TOML's grammar.

use crate::codegen::toml::datetime::check_datetime;
use crate::codegen::toml::{Value, all, count_while, is_digit, shown};

/// The value `text` writes, or what is wrong with it.
pub(crate) fn scalar(text: &str) -> Result<Value, String> {
    match text {
        "true" => return Ok(Value::Boolean(true)),
        "false" => return Ok(Value::Boolean(false)),
        "inf" | "+inf" => return Ok(Value::Float(f64::INFINITY)),
        "-inf" => return Ok(Value::Float(f64::NEG_INFINITY)),
        "nan" | "+nan" | "-nan" => return Ok(Value::Float(f64::NAN)),
        _ => {}
    }
    let bytes = text.as_bytes();
    let digits_then =
        |n: usize, sep: u8| bytes.len() > n && all(&bytes[..n], is_digit) && bytes[n] == sep;
    if digits_then(4, b'-') || digits_then(2, b':') {
        return check_datetime(text).map(|()| Value::Datetime);
    }
    let Some(&first) = bytes.first() else {
        return Err("expected a value".to_owned());
    };
    if !(first.is_ascii_digit() || matches!(first, b'+' | b'-' | b'.')) {
        return Err(format!(
            "{} is not a value; a string must be in quotes",
            shown(text)
        ));
    }
    let radix = match bytes {
        [b'0', b'x', ..] => 16,
        [b'0', b'o', ..] => 8,
        [b'0', b'b', ..] => 2,
        _ => 10,
    };
    if radix != 10 {
        return prefixed(&text[2..], radix).map(Value::Integer);
    }
    if !all(bytes, |b| !matches!(b, b'.' | b'e' | b'E')) {
        return float(text).map(Value::Float);
    }
    decimal(text).map(Value::Integer)
}

/// `digits` of an integer in `radix` after its `0x`, `0o` or `0b`.
fn prefixed(digits: &str, radix: u32) -> Result<Option<i128>, String> {
    let (name, allowed): (_, fn(u8) -> bool) = match radix {
        16 => ("hexadecimal", |b| b == b'_' || b.is_ascii_hexdigit()),
        8 => ("octal", |b| matches!(b, b'_' | b'0'..=b'7')),
        _ => ("binary", |b| matches!(b, b'_' | b'0' | b'1')),
    };
    if !all(digits.as_bytes(), allowed) {
        return Err(format!(
            "invalid {name} integer: only {name} digits and `_` may follow its prefix"
        ));
    }
    let clean = underscored(digits, &format!("{name} integer"))?;
    Ok(i128::from_str_radix(&clean, radix).ok())
}

/// A decimal integer, its sign included.
fn decimal(text: &str) -> Result<Option<i128>, String> {
    let unsigned = strip_sign(text);
    if !all(unsigned.as_bytes(), is_digit_or_underscore) {
        return Err(format!("invalid integer {}", shown(text)));
    }
    let clean = underscored(unsigned, "integer")?;
    no_leading_zero(&clean, "integer")?;
    let sign = if text.starts_with('-') { "-" } else { "" };
    Ok(format!("{sign}{clean}").parse().ok())
}

/// A float: an integer part, then a fraction, an exponent or both.
fn float(text: &str) -> Result<f64, String> {
    // A char-array search, as codegen makes too: both use one compiled copy.
    let unsigned = strip_sign(text);
    let (mantissa, exponent) = match unsigned.find(['e', 'E']) {
        Some(i) => (&unsigned[..i], Some(&unsigned[i + 1..])),
        None => (unsigned, None),
    };
    let (integer, fraction) = split(mantissa, |b| b != b'.');
    let digits = |part: &str, what: &str| -> Result<String, String> {
        if part.is_empty() || !all(part.as_bytes(), is_digit_or_underscore) {
            return Err(format!(
                "invalid float {}: expected digits in its {what}",
                shown(text)
            ));
        }
        underscored(part, "float")
    };
    let integer = digits(integer, "integer part")?;
    no_leading_zero(&integer, "float")?;
    let mut clean = format!("{}{integer}", if text.starts_with('-') { "-" } else { "" });
    if let Some(fraction) = fraction {
        clean.push('.');
        clean.push_str(&digits(fraction, "fraction")?);
    }
    if let Some(exponent) = exponent {
        let unsigned = strip_sign(exponent);
        clean.push('e');
        clean.push_str(&exponent[..exponent.len() - unsigned.len()]);
        clean.push_str(&digits(unsigned, "exponent")?);
    }
    Ok(clean.parse().unwrap_or(f64::NAN))
}

/// `digits` (ASCII) without its underscores, each of which must be between two digits.
fn underscored(digits: &str, what: &str) -> Result<String, String> {
    let bytes = digits.as_bytes();
    let mut misplaced = false;
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'_'
            && (i == 0 || i + 1 == bytes.len() || bytes[i - 1] == b'_' || bytes[i + 1] == b'_')
        {
            misplaced = true;
        }
    }
    if digits.is_empty() {
        return Err(format!("invalid {what}: expected digits"));
    }
    if misplaced {
        return Err(format!("invalid {what}: `_` must be between two digits"));
    }
    // `str::replace` and, above, `i128`'s parser are generic code that codegen compiles too; a
    // debug build compiles each once, here, and codegen shares this crate's copy.
    Ok(digits.replace('_', ""))
}

/// A digit or `_`.
fn is_digit_or_underscore(b: u8) -> bool {
    b == b'_' || b.is_ascii_digit()
}

/// `text` without its sign.
fn strip_sign(text: &str) -> &str {
    match text.as_bytes().first() {
        Some(b'+' | b'-') => &text[1..],
        _ => text,
    }
}

/// The run of bytes at the start of `text` that `keep` keeps, and the rest after the (ASCII)
/// byte that ends it, if there is one.
fn split(text: &str, keep: fn(u8) -> bool) -> (&str, Option<&str>) {
    let at = count_while(text.as_bytes(), keep);
    match text.get(at + 1..) {
        Some(after) => (&text[..at], Some(after)),
        None => (text, None),
    }
}

/// Decimal `digits` (underscores removed) of an integer or of a float's integer part.
fn no_leading_zero(digits: &str, what: &str) -> Result<(), String> {
    if digits.len() > 1 && digits.as_bytes()[0] == b'0' {
        Err(format!("invalid {what}: leading zeros are not allowed"))
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integers_fit_an_i128_exactly_to_its_bounds() {
        let int = |text: &str| match scalar(text) {
            Ok(Value::Integer(n)) => n,
            other => panic!("{text}: {other:?}"),
        };
        assert_eq!(int(&i128::MAX.to_string()), Some(i128::MAX));
        assert_eq!(int(&format!("+{}", i128::MAX)), Some(i128::MAX));
        assert_eq!(int(&i128::MIN.to_string()), Some(i128::MIN));
        assert_eq!(int("170141183460469231731687303715884105728"), None);
        assert_eq!(int("-170141183460469231731687303715884105729"), None);
        assert_eq!(int("-0"), Some(0));
        assert_eq!(int(&format!("0x{:x}", i128::MAX)), Some(i128::MAX));
        assert_eq!(int("0x8000_0000_0000_0000_0000_0000_0000_0000"), None);
        assert_eq!(int("0xDead_beef"), Some(0xdead_beef));
        assert_eq!(int("0o777"), Some(0o777));
        assert_eq!(int("0b1_0"), Some(2));
    }
}
