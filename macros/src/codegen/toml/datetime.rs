//! Checks a date-time's fields, as `toml_datetime` does: widths, ranges and the days of each
//! month.

use crate::codegen::toml::{count_while, is_digit};

/// Checks a date-time's fields (the lexer only finds its extent), as `toml_datetime`
/// does. `Err` says what is wrong.
pub(crate) fn check_datetime(text: &str) -> Result<(), String> {
    let mut tokens = DatetimeTokens(text);
    let Some((Tok::Digits, first)) = tokens.next() else {
        return Err(invalid(None, Some("year or hour")));
    };
    let date = match tokens.next_kind() {
        Some(Tok::Dash) => true,
        Some(Tok::Colon) => {
            tokens = DatetimeTokens(text);
            false
        }
        _ => return Err(invalid(None, Some("`-` (YYYY-MM) or `:` (HH:MM)"))),
    };
    if date {
        check_date(&mut tokens, first)?;
    }
    let time = if date {
        match tokens.next_kind() {
            Some(Tok::T | Tok::Space) => true,
            Some(_) => {
                return Err(invalid(
                    Some("date-time"),
                    Some("`T` between date and time"),
                ));
            }
            None => false,
        }
    } else {
        true
    };
    if time {
        check_time(&mut tokens)?;
    }
    if date && time {
        check_offset(&mut tokens)?;
    }
    if tokens.0.is_empty() {
        Ok(())
    } else {
        Err(invalid(None, None))
    }
}

/// The month and day after a date's `year` and its `-`: widths, and a day the month has.
fn check_date(tokens: &mut DatetimeTokens<'_>, year: &str) -> Result<(), String> {
    let month = tokens.expect(Tok::Digits, "date", "month")?;
    tokens.expect(Tok::Dash, "date", "`-` (MM-DD)")?;
    let day = tokens.expect(Tok::Digits, "date", "day")?;
    width(year, 4, "date", "a four-digit year (YYYY)")?;
    width(month, 2, "date", "a two-digit month (MM)")?;
    width(day, 2, "date", "a two-digit day (DD)")?;
    let (year, month, day) = (number(year), number(month), number(day));
    if !(1..=12).contains(&month) {
        return Err(invalid(Some("date"), Some("month between 01 and 12")));
    }
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let (days, expected) = match month {
        2 if leap => (29, "day between 01 and 29"),
        2 => (28, "day between 01 and 28"),
        4 | 6 | 9 | 11 => (30, "day between 01 and 30"),
        _ => (31, "day between 01 and 31"),
    };
    if !(1..=days).contains(&day) {
        return Err(invalid(Some("date"), Some(expected)));
    }
    Ok(())
}

/// `HH:MM[:SS[.fraction]]`: widths, and each field in its range.
fn check_time(tokens: &mut DatetimeTokens<'_>) -> Result<(), String> {
    let hour = tokens.expect(Tok::Digits, "time", "hour")?;
    tokens.expect(Tok::Colon, "time", "`:` (HH:MM)")?;
    let minute = tokens.expect(Tok::Digits, "time", "minute")?;
    let mut second = None;
    if tokens.peek() == Some(Tok::Colon) {
        tokens.next();
        second = Some(tokens.expect(Tok::Digits, "time", "second")?);
        if tokens.peek() == Some(Tok::Dot) {
            tokens.next();
            tokens.expect(Tok::Digits, "time", "nanosecond")?;
        }
    }
    width(hour, 2, "time", "a two-digit hour (HH)")?;
    width(minute, 2, "time", "a two-digit minute (MM)")?;
    if let Some(second) = second {
        width(second, 2, "time", "a two-digit second (SS)")?;
    }
    if number(hour) > 23 {
        return Err(invalid(Some("time"), Some("hour between 00 and 23")));
    }
    if number(minute) > 59 {
        return Err(invalid(Some("time"), Some("minute between 00 and 59")));
    }
    if let Some(second) = second
        && number(second) > 60
    {
        return Err(invalid(Some("time"), Some("second between 00 and 60")));
    }
    Ok(())
}

/// A date-time's offset, if it has one: `Z`, or `+HH:MM` / `-HH:MM` in range.
fn check_offset(tokens: &mut DatetimeTokens<'_>) -> Result<(), String> {
    match tokens.next_kind() {
        None | Some(Tok::Z) => Ok(()),
        Some(Tok::Plus | Tok::Dash) => {
            let hours = tokens.expect(Tok::Digits, "offset", "hour")?;
            tokens.expect(Tok::Colon, "offset", "`:` (HH:MM)")?;
            let minutes = tokens.expect(Tok::Digits, "offset", "minute")?;
            width(hours, 2, "offset", "a two-digit hour (HH)")?;
            width(minutes, 2, "offset", "a two-digit minute (MM)")?;
            if number(hours) > 23 {
                return Err(invalid(Some("offset"), Some("hour between 00 and 23")));
            }
            if number(minutes) > 59 {
                return Err(invalid(Some("offset"), Some("minute between 00 and 59")));
            }
            Ok(())
        }
        Some(_) => Err(invalid(Some("offset"), Some("`Z`, +OFFSET, -OFFSET"))),
    }
}

/// The message for an invalid `what` (a date-time by default), with what was `expected`.
fn invalid(what: Option<&str>, expected: Option<&str>) -> String {
    let mut message = format!("invalid {}", what.unwrap_or("datetime"));
    if let Some(expected) = expected {
        message.push_str(", expected ");
        message.push_str(expected);
    }
    message
}

/// `digits` must be `len` wide, else the `what` is invalid and `expected` says how.
fn width(digits: &str, len: usize, what: &str, expected: &str) -> Result<(), String> {
    if digits.len() == len {
        Ok(())
    } else {
        Err(invalid(Some(what), Some(expected)))
    }
}

/// The value of a run of at most four digits (a [`Tok::Digits`], its width checked by `width`
/// first).
fn number(digits: &str) -> u32 {
    let mut n = 0;
    for digit in digits.bytes() {
        n = n * 10 + u32::from(digit - b'0');
    }
    n
}

/// What a piece of a date-time is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Tok {
    Digits,
    Dash,
    Colon,
    Dot,
    T,
    Space,
    Z,
    Plus,
    Other,
}

/// The pieces of a date-time: runs of digits and single separators.
struct DatetimeTokens<'s>(&'s str);

impl<'s> DatetimeTokens<'s> {
    /// The kind of the next piece, without reading it.
    fn peek(&self) -> Option<Tok> {
        Self(self.0).next_kind()
    }

    /// The kind of the next piece.
    fn next_kind(&mut self) -> Option<Tok> {
        self.next().map(|(kind, _)| kind)
    }

    /// The next piece, which must be a `kind`: its text.
    fn expect(&mut self, kind: Tok, what: &str, expected: &str) -> Result<&'s str, String> {
        match self.next() {
            Some((k, text)) if k == kind => Ok(text),
            _ => Err(invalid(Some(what), Some(expected))),
        }
    }
}

impl<'s> Iterator for DatetimeTokens<'s> {
    type Item = (Tok, &'s str);

    fn next(&mut self) -> Option<Self::Item> {
        let (kind, len) = match self.0.as_bytes().first()? {
            b'0'..=b'9' => (Tok::Digits, count_while(self.0.as_bytes(), is_digit)),
            b'-' => (Tok::Dash, 1),
            b':' => (Tok::Colon, 1),
            b'.' => (Tok::Dot, 1),
            b'T' | b't' => (Tok::T, 1),
            b' ' => (Tok::Space, 1),
            b'Z' | b'z' => (Tok::Z, 1),
            b'+' => (Tok::Plus, 1),
            _ => (Tok::Other, self.0.len()),
        };
        let (text, rest) = self.0.split_at(len);
        self.0 = rest;
        Some((kind, text))
    }
}
