//! Choosing a locale for an HTTP `Accept-Language` header.
//!
//! The header is read as [RFC 9110 §12.5.4] says (language ranges with optional q-values) and
//! matched with [RFC 4647] lookup, so that a web handler can show an error in the user's
//! language from the locales a spec declares.
//!
//! [RFC 9110 §12.5.4]: https://www.rfc-editor.org/rfc/rfc9110#section-12.5.4
//! [RFC 4647]: https://www.rfc-editor.org/rfc/rfc4647

/// The best of `available` for an HTTP `Accept-Language` header.
///
/// ```
/// use link_errors::negotiate;
///
/// let available = &["en", "es", "pt-BR"];
/// assert_eq!(negotiate("es-ES,es;q=0.9,en;q=0.8", available), "es"); // `es-ES` finds `es`
/// assert_eq!(negotiate("fr, pt;q=0.5", available), "pt-BR");         // `pt` finds `pt-BR`
/// assert_eq!(negotiate("en;q=0.1, es", available), "es");            // by q-value
/// assert_eq!(negotiate("fr", available), "en");                      // nothing matches
/// assert_eq!(negotiate("*, en;q=0", available), "es");               // anything but English
/// assert_eq!(negotiate("", available), "en");
/// ```
///
/// How it chooses:
///
/// - The header is a comma-separated list of language ranges (`es-ES`, `es`, `*`), each with an
///   optional weight (`;q=0.8`; 1 when absent). Ranges are tried from the highest weight down;
///   ranges of equal weight in the order they were sent. A part that does not parse (a bad
///   range, a bad q-value, another parameter) is ignored; no input makes this panic.
/// - A range is matched by [RFC 4647 lookup](https://www.rfc-editor.org/rfc/rfc4647#section-3.4):
///   the range itself, then the range with its last subtag dropped, and so on (`es-ES` finds
///   `es`). If that finds nothing, the first available tag that the range is a prefix of
///   (`pt` finds `pt-BR`: a browser asking for a language would rather have a regional variant
///   of it than another language). Tags compare ignoring ASCII case; the tag is returned as
///   `available` spells it. This prefix step is the one difference from the lookup of the
///   generated `_in` methods (exact, then dropping subtags, then the first locale), which are
///   given a locale, not a list of preferences: pass them what `negotiate` returns.
/// - `*` matches the first available tag that the header does not rule out.
/// - `q=0` means "not acceptable": a tag matched by a range of weight 0 (and by no more specific
///   range of a higher weight) is never chosen while another tag is left.
/// - When nothing matches, the first of `available` that is not ruled out; if every tag is ruled
///   out, the first of `available`; if `available` is empty, `""`.
///
/// The answer is always a member of `available` (or `""` when it is empty), so it can be given
/// straight to a generated enum's `_in` methods: `e.message_in(negotiate(header, E::LOCALES))`.
#[must_use]
pub fn negotiate(accept_language: &str, available: &[&'static str]) -> &'static str {
    let mut ranges = Vec::new();
    for part in accept_language.split(',') {
        if let Some(range) = Range::parse(part) {
            ranges.push(range);
        }
    }
    // The tag found by the heaviest range that finds one; of equal weights, the first sent.
    let mut best: Option<(u16, &'static str)> = None;
    for range in &ranges {
        if range.q == 0 || best.is_some_and(|(q, _)| q >= range.q) {
            continue;
        }
        if let Some(tag) = find(range.tag, available, &ranges) {
            best = Some((range.q, tag));
        }
    }
    match best {
        Some((_, tag)) => tag,
        None => first_acceptable(available, &ranges)
            .or(available.first().copied())
            .unwrap_or(""),
    }
}

/// The tag one range finds: by lookup, else the first tag it is a prefix of.
fn find(range: &str, available: &[&'static str], ranges: &[Range<'_>]) -> Option<&'static str> {
    if range == "*" {
        return first_acceptable(available, ranges);
    }
    lookup(range, available, ranges).or_else(|| {
        available
            .iter()
            .copied()
            .find(|tag| is_prefix(range, tag) && acceptable(tag, ranges))
    })
}

/// The first of `available` that the header does not rule out.
fn first_acceptable(available: &[&'static str], ranges: &[Range<'_>]) -> Option<&'static str> {
    available.iter().copied().find(|t| acceptable(t, ranges))
}

/// One language range of the header with its weight, in thousandths (`q=0.5` is 500).
struct Range<'a> {
    tag: &'a str,
    q: u16,
}

impl<'a> Range<'a> {
    /// `range [ OWS ";" OWS "q=" qvalue ]`, or `None` when the part is malformed or empty.
    fn parse(part: &'a str) -> Option<Self> {
        let mut pieces = part.split(';');
        let tag = trim_ows(pieces.next()?);
        if !is_range(tag) {
            return None;
        }
        let q = match (pieces.next(), pieces.next()) {
            (None, _) => 1000,
            (Some(weight), None) => {
                let weight = trim_ows(weight);
                let value = weight
                    .strip_prefix("q=")
                    .or_else(|| weight.strip_prefix("Q="))?;
                qvalue(value)?
            }
            // More than one parameter: not a language range of RFC 9110.
            (Some(_), Some(_)) => return None,
        };
        Some(Self { tag, q })
    }
}

/// `text` without the optional white space (RFC 9110 §5.6.3: spaces and tabs) around it.
/// Bytes are compared, not chars: a char-set pattern's searchers are code that every debug
/// build of an application would compile.
fn trim_ows(text: &str) -> &str {
    let is_ows = |b: &u8| *b == b' ' || *b == b'\t';
    let bytes = text.as_bytes();
    let mut start = 0;
    while bytes.get(start).is_some_and(is_ows) {
        start += 1;
    }
    let mut end = bytes.len();
    while end > start && is_ows(&bytes[end - 1]) {
        end -= 1;
    }
    // Spaces and tabs are ASCII: both cuts are on character boundaries.
    &text[start..end]
}

/// `language-range` of RFC 4647 §2.1: `*`, or `1*8ALPHA *("-" 1*8alphanum)`.
fn is_range(tag: &str) -> bool {
    if tag == "*" {
        return true;
    }
    // The primary subtag is letters only.
    let mut allowed: fn(&u8) -> bool = u8::is_ascii_alphabetic;
    for subtag in tag.split('-') {
        if !(1..=8).contains(&subtag.len()) || !subtag.as_bytes().iter().all(allowed) {
            return false;
        }
        allowed = u8::is_ascii_alphanumeric;
    }
    true
}

/// `qvalue` of RFC 9110 §12.4.2 in thousandths: `0[.ddd]` or `1[.000]`.
fn qvalue(text: &str) -> Option<u16> {
    let (int, frac) = text.split_once('.').unwrap_or((text, ""));
    if frac.len() > 3 {
        return None;
    }
    let mut thousandths = 0;
    for place in 0..3 {
        // Missing digits are zeros: `0.5` is 500.
        let digit = frac.as_bytes().get(place).copied().unwrap_or(b'0');
        if !digit.is_ascii_digit() {
            return None;
        }
        thousandths = thousandths * 10 + u16::from(digit - b'0');
    }
    match int {
        "0" => Some(thousandths),
        "1" if thousandths == 0 => Some(1000),
        _ => None,
    }
}

/// RFC 4647 lookup of one range: the range, then shorter and shorter truncations of it.
fn lookup(range: &str, available: &[&'static str], ranges: &[Range<'_>]) -> Option<&'static str> {
    let mut range = range;
    loop {
        for &tag in available {
            if tag.eq_ignore_ascii_case(range) && acceptable(tag, ranges) {
                return Some(tag);
            }
        }
        range = truncate(range)?;
    }
}

/// `range` without its last subtag, and without a single-character subtag (a singleton such as
/// `x`) left at the end by that (RFC 4647 §3.4, step 3); `None` when nothing is left.
fn truncate(range: &str) -> Option<&str> {
    let rest = &range[..last_dash(range)?];
    match last_dash(rest) {
        // A singleton: one character after the dash.
        Some(cut) if rest.len() - cut == 2 => Some(&rest[..cut]),
        _ => Some(rest),
    }
}

/// Where the last `-` of `tag` is (a byte search: a reverse char search is code every debug
/// build would compile).
fn last_dash(tag: &str) -> Option<usize> {
    tag.as_bytes().iter().rposition(|&b| b == b'-')
}

/// Basic filtering (RFC 4647 §3.3.1): `range` is `tag` or a prefix of it ending at a `-`.
fn is_prefix(range: &str, tag: &str) -> bool {
    if range == "*" || tag.eq_ignore_ascii_case(range) {
        return true;
    }
    // A `-` at the cut is ASCII, so the cut is on a character boundary.
    tag.as_bytes().get(range.len()) == Some(&b'-') && tag[..range.len()].eq_ignore_ascii_case(range)
}

/// Whether the header leaves `tag` acceptable: the most specific range that matches it (the
/// longest; `*` least of all) does not have weight 0. A tag no range matches is acceptable.
/// Of equally specific ranges, one of weight 0 is enough.
fn acceptable(tag: &str, ranges: &[Range<'_>]) -> bool {
    let mut most_specific = None;
    let mut ruled_out = false;
    for range in ranges {
        if !is_prefix(range.tag, tag) {
            continue;
        }
        let specificity = if range.tag == "*" {
            0
        } else {
            range.tag.len() + 1
        };
        if most_specific.is_none_or(|s| specificity > s) {
            most_specific = Some(specificity);
            ruled_out = false;
        }
        if most_specific == Some(specificity) && range.q == 0 {
            ruled_out = true;
        }
    }
    !ruled_out
}

#[cfg(test)]
mod tests {
    use super::{negotiate, qvalue, truncate};

    const AVAILABLE: &[&str] = &["en", "es", "pt-BR"];

    #[test]
    fn weights_order_the_ranges() {
        assert_eq!(negotiate("en;q=0.5, es;q=0.9", AVAILABLE), "es");
        assert_eq!(negotiate("en;q=0.5, es;q=0.5", AVAILABLE), "en");
        assert_eq!(negotiate("es;q=0.500, en;q=0.501", AVAILABLE), "en");
        assert_eq!(negotiate("fr, es;q=1.000", AVAILABLE), "es");
    }

    #[test]
    fn lookup_drops_subtags_and_filtering_finds_longer_tags() {
        assert_eq!(negotiate("es-419", AVAILABLE), "es");
        assert_eq!(negotiate("ES-es", AVAILABLE), "es");
        assert_eq!(negotiate("pt", AVAILABLE), "pt-BR");
        assert_eq!(negotiate("pt-br", AVAILABLE), "pt-BR");
        assert_eq!(negotiate("pt-PT", AVAILABLE), "en"); // lookup never widens `pt-PT` to `pt-BR`
        assert_eq!(
            negotiate("es-x-private", &["en", "es-x-private"]),
            "es-x-private"
        );
        assert_eq!(negotiate("es-a-ext-ES", &["en", "es"]), "es");
    }

    #[test]
    fn zero_weight_rules_a_tag_out() {
        assert_eq!(negotiate("en;q=0", AVAILABLE), "es");
        assert_eq!(negotiate("*;q=0.1, en;q=0", AVAILABLE), "es");
        assert_eq!(negotiate("es;q=0, es-419", &["es-419", "en"]), "es-419");
        assert_eq!(negotiate("es-ES;q=0, es", AVAILABLE), "es"); // rules out only `es-ES`
        assert_eq!(negotiate("*;q=0", AVAILABLE), "en"); // everything out: the first
        assert_eq!(negotiate("en;q=0, es;q=0, pt;q=0", AVAILABLE), "en");
        // The same range with and without weight 0: ruled out, whichever comes first.
        assert_eq!(negotiate("en, en;q=0", AVAILABLE), "es");
        assert_eq!(negotiate("EN;q=0, en", AVAILABLE), "es");
    }

    #[test]
    fn malformed_parts_are_ignored() {
        for header in [
            "es;q=2, en",
            "es;q=0.1234, en",
            "es;q=x, en",
            "es;q=, en",
            "es;r=1, en",
            "es;q=1;q=1, en",
            "españa, en",
            "toolongsubtag, en",
            "-es, en",
            "es-, en",
            "es--ES, en",
            ";q=1, en",
            ",,, en",
            "es q=1, en",
        ] {
            assert_eq!(negotiate(header, AVAILABLE), "en", "{header}");
        }
        assert_eq!(negotiate(" \tes ; q=0.9 ", AVAILABLE), "es");
        assert_eq!(negotiate("es;Q=1", AVAILABLE), "es");
    }

    #[test]
    fn nothing_available_is_the_empty_string() {
        assert_eq!(negotiate("en", &[]), "");
    }

    #[test]
    fn qvalues_are_thousandths() {
        assert_eq!(qvalue("0"), Some(0));
        assert_eq!(qvalue("0.5"), Some(500));
        assert_eq!(qvalue("0.05"), Some(50));
        assert_eq!(qvalue("0.999"), Some(999));
        assert_eq!(qvalue("1"), Some(1000));
        assert_eq!(qvalue("1.0"), Some(1000));
        assert_eq!(qvalue("1."), Some(1000));
        assert_eq!(qvalue("1.001"), None);
        assert_eq!(qvalue(".5"), None);
        assert_eq!(qvalue("0.+5"), None);
    }

    #[test]
    fn truncation_drops_singletons_too() {
        assert_eq!(truncate("zh-Hant-CN-x-private1"), Some("zh-Hant-CN"));
        assert_eq!(truncate("zh-Hant-CN"), Some("zh-Hant"));
        assert_eq!(truncate("zh"), None);
    }
}
