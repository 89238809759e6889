//! Locale tags: which tags a spec may declare, and which declared locale a requested tag
//! finds.

/// Whether `tag` is a BCP 47 tag as far as lookup needs: a language of 2 to 8 letters, then
/// subtags of 1 to 8 letters or digits, separated by `-`.
///
/// ```
/// use link_errors_wire::locale::is_tag;
/// assert!(is_tag("pt-BR") && is_tag("es-419") && is_tag("zh-Hant-TW"));
/// assert!(!is_tag("en_US") && !is_tag("e") && !is_tag("en-"));
/// ```
#[must_use]
pub fn is_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let lang = parts.next().unwrap_or("");
    (2..=8).contains(&lang.len())
        && lang.as_bytes().iter().all(u8::is_ascii_alphabetic)
        && parts.all(|p| {
            (1..=8).contains(&p.len()) && p.as_bytes().iter().all(u8::is_ascii_alphanumeric)
        })
}

/// The index in `locales` of the best match for `tag`: the tag itself, then the tag with its
/// last subtag dropped, and so on (`es-ES` finds `es`; RFC 4647 "lookup"), ignoring ASCII case;
/// `0`, the first locale, when nothing matches. Allocates nothing.
///
/// ```
/// use link_errors_wire::locale::index;
/// assert_eq!(index(&["en", "es"], "es-ES"), 1);
/// assert_eq!(index(&["en", "es"], "fr"), 0);
/// ```
#[inline]
#[must_use]
pub fn index(locales: &[&str], tag: &str) -> usize {
    let mut tag = tag.trim_ascii().as_bytes();
    loop {
        for (i, l) in locales.iter().enumerate() {
            if l.as_bytes().eq_ignore_ascii_case(tag) {
                return i;
            }
        }
        match tag.iter().rposition(|&b| b == b'-') {
            Some(cut) => tag = &tag[..cut],
            None => return 0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{index, is_tag};

    #[test]
    fn exact_then_shorter_then_first() {
        let l = ["en", "es", "pt-BR"];
        assert_eq!(index(&l, "es"), 1);
        assert_eq!(index(&l, "ES"), 1);
        assert_eq!(index(&l, "es-ES"), 1);
        assert_eq!(index(&l, "pt-BR-x-foo"), 2);
        assert_eq!(index(&l, "pt"), 0);
        assert_eq!(index(&l, "fr"), 0);
        assert_eq!(index(&l, ""), 0);
        assert_eq!(index(&[], "es"), 0);
    }

    #[test]
    fn tags() {
        for ok in ["en", "es", "pt-BR", "zh-Hant-TW", "es-419"] {
            assert!(is_tag(ok), "{ok}");
        }
        for bad in [
            "",
            "e",
            "en_US",
            "en-",
            "-en",
            "toolonglang",
            "en-toolongsub",
            "é",
        ] {
            assert!(!is_tag(bad), "{bad}");
        }
    }

    proptest::proptest! {
        #[test]
        fn always_an_index_of_the_list_or_zero(tag in "\\PC{0,24}", n in 1usize..4) {
            let all = ["en", "es", "pt-BR", "de-CH"];
            let i = index(&all[..n], &tag);
            proptest::prop_assert!(i < n);
        }
    }
}
