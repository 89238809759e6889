//! Reads an unquoted value: a boolean, an integer, a float or a date-time, by TOML's grammar.

use crate::datetime::check_datetime;
use crate::{Value, shown};

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
    let digits_then = |n: usize, sep: u8| {
        bytes.len() > n && bytes[..n].iter().all(u8::is_ascii_digit) && bytes[n] == sep
    };
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
    if text.contains(['.', 'e', 'E']) {
        return float(text).map(Value::Float);
    }
    decimal(text).map(Value::Integer)
}

/// `digits` of an integer in `radix` after its `0x`, `0o` or `0b`.
fn prefixed(digits: &str, radix: u32) -> Result<Option<i128>, String> {
    let name = match radix {
        16 => "hexadecimal",
        8 => "octal",
        _ => "binary",
    };
    if !digits.chars().all(|c| c == '_' || c.is_digit(radix)) {
        return Err(format!(
            "invalid {name} integer: only {name} digits and `_` may follow its prefix"
        ));
    }
    let clean = underscored(digits, &format!("{name} integer"))?;
    Ok(i128::from_str_radix(&clean, radix).ok())
}

/// A decimal integer, its sign included.
fn decimal(text: &str) -> Result<Option<i128>, String> {
    let unsigned = text.strip_prefix(['+', '-']).unwrap_or(text);
    if !unsigned.bytes().all(|b| b == b'_' || b.is_ascii_digit()) {
        return Err(format!("invalid integer {}", shown(text)));
    }
    let clean = underscored(unsigned, "integer")?;
    no_leading_zero(&clean, "integer")?;
    let sign = if text.starts_with('-') { "-" } else { "" };
    Ok(format!("{sign}{clean}").parse().ok())
}

/// A float: an integer part, then a fraction, an exponent or both.
fn float(text: &str) -> Result<f64, String> {
    let unsigned = text.strip_prefix(['+', '-']).unwrap_or(text);
    let (mantissa, exponent) = match unsigned.find(['e', 'E']) {
        Some(i) => (&unsigned[..i], Some(&unsigned[i + 1..])),
        None => (unsigned, None),
    };
    let (integer, fraction) = match mantissa.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (mantissa, None),
    };
    let digits = |part: &str, what: &str| -> Result<String, String> {
        if part.is_empty() || !part.bytes().all(|b| b == b'_' || b.is_ascii_digit()) {
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
        let unsigned = exponent.strip_prefix(['+', '-']).unwrap_or(exponent);
        clean.push('e');
        clean.push_str(&exponent[..exponent.len() - unsigned.len()]);
        clean.push_str(&digits(unsigned, "exponent")?);
    }
    Ok(clean.parse().unwrap_or(f64::NAN))
}

/// `digits` without its underscores, each of which must be between two digits.
fn underscored(digits: &str, what: &str) -> Result<String, String> {
    let bytes = digits.as_bytes();
    let misplaced = bytes.iter().enumerate().any(|(i, &b)| {
        b == b'_'
            && (i == 0 || i + 1 == bytes.len() || bytes[i - 1] == b'_' || bytes[i + 1] == b'_')
    });
    if digits.is_empty() {
        return Err(format!("invalid {what}: expected digits"));
    }
    if misplaced {
        return Err(format!("invalid {what}: `_` must be between two digits"));
    }
    Ok(digits.replace('_', ""))
}

/// Decimal `digits` (underscores removed) of an integer or of a float's integer part.
fn no_leading_zero(digits: &str, what: &str) -> Result<(), String> {
    if digits.len() > 1 && digits.starts_with('0') {
        Err(format!("invalid {what}: leading zeros are not allowed"))
    } else {
        Ok(())
    }
}
