//! "Did you mean": the one suggester of `link-errors`, used by the compile-time checks of a spec
//! (`link-errors-codegen`), by the runtime's parse errors (`link-errors`) and by the CLI, so
//! that the three suggest the same code for the same typo.
//!
//! This is an internal crate of `link-errors`, with no stability promise of its own: depend on
//! `link-errors`.
//!
//! ```
//! use link_errors_suggest::closest;
//!
//! let codes = ["INVALID_CREDENTIALS", "INVALID_SCA", "INTERNAL_ERROR"];
//! assert_eq!(closest("INVALID_SAC", codes), Some("INVALID_SCA"));
//! assert_eq!(closest("invalid_sca", codes), Some("INVALID_SCA"));
//! assert_eq!(closest("SOMETHING_ELSE", codes), None);
//! ```

/// The candidate closest to `input`: an exact match ignoring ASCII case first, else the one
/// with the smallest edit distance (the first of equals), if that distance is at most a third
/// of the input's length (at least 1), so that unrelated names get no suggestion.
pub fn closest<'a, I>(input: &str, candidates: I) -> Option<&'a str>
where
    I: IntoIterator<Item = &'a str> + Clone,
{
    if let Some(c) = candidates
        .clone()
        .into_iter()
        .find(|c| c.eq_ignore_ascii_case(input))
    {
        return Some(c);
    }
    let limit = (input.chars().count() / 3).max(1);
    candidates
        .into_iter()
        .map(|c| (distance(input, c), c))
        .filter(|&(d, _)| d <= limit)
        .min_by_key(|&(d, _)| d)
        .map(|(_, c)| c)
}

/// The optimal string alignment distance between `a` and `b`, in characters: the fewest
/// insertions, deletions, substitutions and swaps of two neighbours that turn one into the
/// other, no substring edited twice. A swap is one typo, not two.
///
/// ```
/// assert_eq!(link_errors_suggest::distance("INVALID_SAC", "INVALID_SCA"), 1);
/// assert_eq!(link_errors_suggest::distance("code", "mode"), 1);
/// assert_eq!(link_errors_suggest::distance("", "abc"), 3);
/// ```
#[must_use]
pub fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    // Three rows of the classic table: the one before the previous is needed for swaps.
    let mut before: Vec<usize> = vec![0; b.len() + 1];
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current: Vec<usize> = vec![0; b.len() + 1];
    for i in 1..=a.len() {
        current[0] = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut d = (previous[j] + 1)
                .min(current[j - 1] + 1)
                .min(previous[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(before[j - 2] + 1);
            }
            current[j] = d;
        }
        std::mem::swap(&mut before, &mut previous);
        std::mem::swap(&mut previous, &mut current);
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::{closest, distance};
    use proptest::prelude::*;

    #[test]
    fn nearest_known_name() {
        let keys = ["code", "message", "variant"];
        assert_eq!(closest("mesage", keys), Some("message"));
        assert_eq!(closest("Code", keys), Some("code"));
        assert_eq!(closest("colour", keys), None);
        assert_eq!(closest("", keys), None);
        // Equally near: the first candidate, so the answer does not depend on anything else.
        assert_eq!(closest("ab", ["ax", "xb"]), Some("ax"));
    }

    proptest! {
        /// The same distance as strsim's optimal string alignment, on short strings over a
        /// small alphabet (where swaps and repeats are common) and on any text.
        #[test]
        fn same_as_strsim(a in "[ab_C]{0,8}", b in "[ab_C]{0,8}", c in ".{0,6}", d in ".{0,6}") {
            prop_assert_eq!(distance(&a, &b), strsim::osa_distance(&a, &b));
            prop_assert_eq!(distance(&c, &d), strsim::osa_distance(&c, &d));
        }
    }
}
