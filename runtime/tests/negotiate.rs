//! `negotiate` on arbitrary headers: never a panic, always a member of `available`.

use link_errors::negotiate;
use proptest::prelude::*;

/// Tags that share prefixes and case variants, so that lookup and filtering both get exercised.
const TAGS: &[&str] = &[
    "en",
    "en-GB",
    "es",
    "es-419",
    "pt-BR",
    "zh-Hant-TW",
    "de-x-formal",
];

/// A header of plausible parts: ranges drawn from the tags (truncated, recased) and junk.
fn header() -> impl Strategy<Value = String> {
    let range = prop_oneof![
        proptest::sample::select(TAGS).prop_map(str::to_owned),
        proptest::sample::select(TAGS).prop_map(str::to_ascii_uppercase),
        proptest::sample::select(TAGS).prop_map(|t| t.split('-').next().unwrap_or(t).to_owned()),
        Just("*".to_owned()),
        "[a-zA-Z0-9*;=.,\\- \t]{0,12}",
    ];
    let weight = prop_oneof![
        Just(String::new()),
        (0u16..=1000).prop_map(|q| format!(";q={}.{:03}", q / 1000, q % 1000)),
        "[;qQ=0-9. ]{0,8}",
    ];
    proptest::collection::vec((range, weight), 0..8).prop_map(|parts| {
        parts
            .into_iter()
            .map(|(r, w)| r + &w)
            .collect::<Vec<_>>()
            .join(",")
    })
}

fn available() -> impl Strategy<Value = Vec<&'static str>> {
    proptest::sample::subsequence(TAGS, 0..=TAGS.len()).prop_shuffle()
}

proptest! {
    #[test]
    fn any_string_gives_a_member_of_available(header in any::<String>(), available in available()) {
        let chosen = negotiate(&header, &available);
        prop_assert!(available.contains(&chosen) || available.is_empty() && chosen.is_empty());
    }

    #[test]
    fn a_plausible_header_gives_a_member_of_available(header in header(), available in available()) {
        let chosen = negotiate(&header, &available);
        prop_assert!(available.contains(&chosen) || available.is_empty() && chosen.is_empty());
    }

    /// A tag listed alone, in any case, is found whenever it is available.
    #[test]
    fn an_available_tag_asked_for_is_chosen(tag in proptest::sample::select(TAGS), upper in any::<bool>()) {
        let asked = if upper { tag.to_ascii_uppercase() } else { tag.to_owned() };
        prop_assert_eq!(negotiate(&asked, TAGS), tag);
    }

    /// A tag ruled out by `q=0` is never chosen while another one is left.
    #[test]
    fn a_zero_weight_tag_is_never_chosen(header in header(), out in proptest::sample::select(TAGS)) {
        // `zz` stays acceptable (nothing in the header can name it), so one tag is always left;
        // the appended exclusion is the most specific range for `out` unless the header names
        // `out` itself, with a weight that may win.
        let lower = header.to_ascii_lowercase();
        prop_assume!(!lower.contains('*') && !lower.contains("zz") && !lower.contains(&out.to_ascii_lowercase()));
        let available: Vec<&str> = TAGS.iter().copied().chain(["zz"]).collect();
        let chosen = negotiate(&format!("{header},{out};q=0"), &available);
        prop_assert_ne!(chosen, out);
    }
}
