//! Locale lookup for the generated `_in` methods.

/// The index in `locales` of the best match for `tag`: the tag itself, then the tag with its
/// last subtag dropped, and so on (`es-ES` finds `es`; RFC 4647 "lookup"), ignoring ASCII case;
/// `0`, the first locale, when nothing matches. Allocates nothing.
#[inline]
#[must_use]
pub fn locale_index(locales: &[&str], tag: &str) -> usize {
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
    use super::locale_index;

    #[test]
    fn exact_then_shorter_then_first() {
        let l = ["en", "es", "pt-BR"];
        assert_eq!(locale_index(&l, "es"), 1);
        assert_eq!(locale_index(&l, "ES"), 1);
        assert_eq!(locale_index(&l, "es-ES"), 1);
        assert_eq!(locale_index(&l, "pt-BR-x-foo"), 2);
        assert_eq!(locale_index(&l, "pt"), 0);
        assert_eq!(locale_index(&l, "fr"), 0);
        assert_eq!(locale_index(&l, ""), 0);
        assert_eq!(locale_index(&[], "es"), 0);
    }

    proptest::proptest! {
        #[test]
        fn always_an_index_of_the_list_or_zero(tag in "\\PC{0,24}", n in 1usize..4) {
            let all = ["en", "es", "pt-BR", "de-CH"];
            let i = locale_index(&all[..n], &tag);
            proptest::prop_assert!(i < n);
        }
    }
}
