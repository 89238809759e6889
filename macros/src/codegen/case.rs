//! `UpperCamelCase` and `snake_case`, as `heck` spells them (tested against it): a variant's
//! default name is part of a spec's contract, so the rule is pinned here rather than left to a
//! dependency on the way to the macro.

/// The words of `s`: split at every character that is not alphanumeric, then inside each part
/// before an uppercase letter that follows a lowercase one (`oauthError` → `oauth`, `Error`)
/// and before the last of a run of uppercase letters followed by a lowercase one (`HTTPError`
/// → `HTTP`, `Error`). Characters that are neither (digits) keep the case of the one before.
fn words(s: &str) -> Vec<&str> {
    #[derive(Clone, Copy, PartialEq)]
    enum Mode {
        /// No cased character since the last boundary.
        Boundary,
        /// The last cased character was lowercase.
        Lower,
        /// The last cased character was uppercase.
        Upper,
    }
    let mut words = Vec::new();
    // One pass over `s`: a character that is not alphanumeric ends a part, and the next word
    // starts after it.
    let mut chars = s.char_indices().peekable();
    let (mut start, mut mode) = (0, Mode::Boundary);
    while let Some((i, c)) = chars.next() {
        if !c.is_alphanumeric() {
            (start, mode) = (i + c.len_utf8(), Mode::Boundary);
            continue;
        }
        let (next_i, next) = match chars.peek() {
            Some(&(next_i, next)) if next.is_alphanumeric() => (next_i, next),
            _ => {
                words.push(&s[start..i + c.len_utf8()]);
                continue;
            }
        };
        let next_mode = if c.is_lowercase() {
            Mode::Lower
        } else if c.is_uppercase() {
            Mode::Upper
        } else {
            mode
        };
        if next_mode == Mode::Lower && next.is_uppercase() {
            words.push(&s[start..next_i]);
            (start, mode) = (next_i, Mode::Boundary);
        } else if mode == Mode::Upper && c.is_uppercase() && next.is_lowercase() {
            words.push(&s[start..i]);
            (start, mode) = (i, Mode::Boundary);
        } else {
            mode = next_mode;
        }
    }
    words
}

/// `word` in lowercase, with a final `Σ` as `ς`.
fn push_lower(out: &mut String, word: &str) {
    let mut chars = word.chars().peekable();
    while let Some(c) = chars.next() {
        if c == 'Σ' && chars.peek().is_none() {
            out.push('ς');
        } else {
            out.extend(c.to_lowercase());
        }
    }
}

/// `s` in `UpperCamelCase`: each word capitalized, the rest of it in lowercase, joined.
pub(crate) fn upper_camel(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in words(s) {
        let mut chars = word.chars();
        if let Some(first) = chars.next() {
            out.extend(first.to_uppercase());
            push_lower(&mut out, chars.as_str());
        }
    }
    out
}

/// `s` in `snake_case`: each word in lowercase, joined with `_`.
pub(crate) fn snake(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 4);
    for word in words(s) {
        // Every word is at least one character, in lowercase too.
        if !out.is_empty() {
            out.push('_');
        }
        push_lower(&mut out, word);
    }
    out
}

#[cfg(test)]
mod tests {
    use heck::{ToSnakeCase, ToUpperCamelCase};

    use super::{snake, upper_camel};

    #[test]
    fn spells_codes_as_the_spec_documents() {
        for (code, variant) in [
            ("INVALID_SCA", "InvalidSca"),
            ("oauth-error", "OauthError"),
            ("HTTPError", "HttpError"),
            ("E.TIMEOUT", "ETimeout"),
            ("http404", "Http404"),
            ("404", "404"),
            ("__A__b__", "AB"),
            ("", ""),
        ] {
            assert_eq!(upper_camel(code), variant, "{code:?}");
        }
        assert_eq!(snake("retryAfter"), "retry_after");
        assert_eq!(snake("Retry-After"), "retry_after");
    }

    proptest::proptest! {
        /// The same spelling as `heck`, whose rule the docs and earlier releases follow, on
        /// codes as specs write them and on any text at all.
        #[test]
        fn agrees_with_heck(
            code in "[A-Za-z0-9_.\\- ]{0,16}|[a-zA-Z0-9ΣσςßİıǅéÉ_\\-]{0,10}|\\PC{0,12}",
        ) {
            proptest::prop_assert_eq!(upper_camel(&code), code.to_upper_camel_case());
            proptest::prop_assert_eq!(snake(&code), code.to_snake_case());
        }
    }
}
