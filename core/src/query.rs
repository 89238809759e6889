//! The query layer under every type that reads or writes one: finding the query in what
//! arrived at a redirect URI, splitting it into pairs, walking a base URL's query, and writing
//! pairs after a base. The encoding itself is `link_errors_wire::form`.

use std::borrow::Cow;

use link_errors_wire::form::{DecodeError, encode_into, query_names};

/// The query part of what arrived at a redirect URI and its byte offset: a full URL, a path
/// with a query, or the query alone, with or without its `?`; the fragment is left out. Without
/// a `?`, input that starts like a URL or a path (`scheme://` or `/`) has no parameters, and
/// anything else is a query unless the text before its first `?` has no `=` or `&`
/// (`callback?error=X` is a path and a query).
pub(crate) fn query_of(input: &str) -> (&str, usize) {
    let s = input.split('#').next().unwrap_or_default();
    if let Some(q) = s.strip_prefix('?') {
        return (q, 1);
    }
    match s.find('?') {
        Some(q) if has_scheme(s) || s.starts_with('/') || !has_pair_syntax(&s[..q]) => {
            (&s[q + 1..], q + 1)
        }
        None if has_scheme(s) || s.starts_with('/') => ("", s.len()),
        _ => (s, 0),
    }
}

/// Whether `head` has a `=` or `&`: before the first `?`, one makes the input a bare query
/// (whose values may hold a `?`), not a URL or a path. (A byte test: a char-set pattern's
/// searchers are code every debug build of an application would compile.)
fn has_pair_syntax(head: &str) -> bool {
    head.as_bytes().iter().any(|&b| b == b'=' || b == b'&')
}

/// Whether `s` starts with `scheme://` (RFC 3986: a letter, then letters, digits, `+-.`).
pub(crate) fn has_scheme(s: &str) -> bool {
    let Some((scheme, rest)) = s.split_once(':') else {
        return false;
    };
    rest.starts_with("//")
        && matches!(scheme.bytes().next(), Some(b) if b.is_ascii_alphabetic())
        && scheme
            .as_bytes()
            .iter()
            .all(|&b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'-' | b'.'))
}

/// One `name=value` pair of a query, as written (not decoded), with where its parts start.
pub(crate) struct RawPair<'a> {
    /// The name; the whole pair when it has no `=`.
    pub(crate) name: &'a str,
    /// The value; `""` when the pair has no `=`.
    pub(crate) value: &'a str,
    /// Where the pair (its name) starts.
    pub(crate) at: usize,
    /// Where the value starts.
    pub(crate) value_at: usize,
}

/// The pairs of `query`, which starts at byte `at` of the input, in order; empty pairs
/// (`a=1&&b=2`) are skipped.
pub(crate) fn pairs(query: &str, mut at: usize) -> impl Iterator<Item = RawPair<'_>> {
    query.split('&').filter_map(move |pair| {
        let start = at;
        at += pair.len() + 1;
        if pair.is_empty() {
            return None;
        }
        Some(match pair.split_once('=') {
            Some((name, value)) => RawPair {
                name,
                value,
                at: start,
                value_at: start + name.len() + 1,
            },
            None => RawPair {
                name: pair,
                value: "",
                at: start,
                value_at: start + pair.len(),
            },
        })
    })
}

/// `url` without its fragment, and the fragment (without its `#`), if any.
pub(crate) fn split_fragment(url: &str) -> (&str, Option<&str>) {
    match url.split_once('#') {
        Some((head, fragment)) => (head, Some(fragment)),
        None => (url, None),
    }
}

/// The first decoded name of the query of `head` (a URL without its fragment) that `hit`
/// accepts.
pub(crate) fn find_name(
    head: &str,
    hit: impl Fn(&str) -> bool,
) -> Result<Option<Cow<'_, str>>, DecodeError> {
    let Some((_, query)) = head.split_once('?') else {
        return Ok(None);
    };
    for name in query_names(query) {
        let name = name?;
        if hit(&name) {
            return Ok(Some(name));
        }
    }
    Ok(None)
}

/// Writes pairs after a base URL: `?` before the first when the base has no query, `&` between
/// pairs and after a query that does not already end in `?` or `&`; then the fragment.
pub(crate) struct QueryWriter {
    out: String,
    sep: Option<char>,
}

impl QueryWriter {
    /// A writer after `head`, a base URL without its fragment.
    pub(crate) fn new(head: &str, capacity: usize) -> Self {
        let mut out = String::with_capacity(head.len() + capacity);
        out.push_str(head);
        // Bytes, not `str`'s char patterns: a debug build compiles a searcher for each (and
        // for `contains`, the whole substring search behind it).
        let sep = if !head.as_bytes().contains(&b'?') {
            Some('?')
        } else if matches!(head.as_bytes().last(), Some(b'?' | b'&')) {
            None
        } else {
            Some('&')
        };
        Self { out, sep }
    }

    /// Appends `name=value`, both form-encoded.
    pub(crate) fn pair(&mut self, name: &str, value: &str) {
        self.pair_with(name, |out| encode_into(value, out));
    }

    /// Appends `name=` form-encoded, then the value `write` writes itself.
    pub(crate) fn pair_with(&mut self, name: &str, write: impl FnOnce(&mut String)) {
        self.out.extend(self.sep.replace('&'));
        encode_into(name, &mut self.out);
        self.out.push('=');
        write(&mut self.out);
    }

    /// The URL, with `fragment` after the pairs.
    pub(crate) fn finish(mut self, fragment: Option<&str>) -> String {
        if let Some(f) = fragment {
            self.out.push('#');
            self.out.push_str(f);
        }
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_scheme_is_what_comes_before_the_first_colon_and_two_slashes() {
        for s in ["https://a", "x+y-z.1://", "A://b:c//"] {
            assert!(has_scheme(s), "{s}");
        }
        for s in [
            "", "://a", "1a://b", "a:b://c", "a b://c", "mailto:x", "a:/b", "/a://b",
        ] {
            assert!(!has_scheme(s), "{s}");
        }
    }

    #[test]
    fn pairs_say_where_they_start() {
        let got: Vec<_> = pairs("a=1&&flag&=&k=v=w", 1)
            .map(|p| (p.name, p.value, p.at, p.value_at))
            .collect();
        assert_eq!(
            got,
            [
                ("a", "1", 1, 3),
                ("flag", "", 6, 10),
                ("", "", 11, 12),
                ("k", "v=w", 13, 15)
            ]
        );
    }

    #[test]
    fn writer_joins_after_any_base() {
        for (head, want) in [
            ("https://a/l", "https://a/l?x=a+b&y=#f"),
            ("https://a/l?", "https://a/l?x=a+b&y=#f"),
            ("https://a/l?q=1", "https://a/l?q=1&x=a+b&y=#f"),
            ("https://a/l?q=1&", "https://a/l?q=1&x=a+b&y=#f"),
        ] {
            let mut w = QueryWriter::new(head, 0);
            w.pair("x", "a b");
            w.pair_with("y", |_| {});
            assert_eq!(w.finish(Some("f")), want);
        }
    }

    #[test]
    fn names_are_decoded() {
        let hit = |n: &str| n == "error";
        assert_eq!(
            find_name("/cb?a=1&%65rror=x", hit).unwrap().as_deref(),
            Some("error")
        );
        assert_eq!(find_name("/cb?a=1", hit).unwrap(), None);
        assert_eq!(find_name("/cb", hit).unwrap(), None);
        assert!(find_name("/cb?%zz", hit).is_err());
        assert_eq!(split_fragment("/a?b#c#d"), ("/a?b", Some("c#d")));
    }
}
