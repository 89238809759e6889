//! "Did you mean": the one suggester, used by the compile-time checks of a spec, by the
//! runtime's parse errors and by the CLI, so that the three suggest the same code for the same
//! typo.
//!
//! ```
//! use link_errors_wire::suggest::closest;
//!
//! let codes = ["INVALID_CREDENTIALS", "INVALID_SCA", "INTERNAL_ERROR"];
//! assert_eq!(closest("INVALID_SAC", codes), Some("INVALID_SCA"));
//! assert_eq!(closest("invalid_sca", codes), Some("INVALID_SCA"));
//! assert_eq!(closest("SOMETHING_ELSE", codes), None);
//! ```

/// The candidate closest to `input`: an exact match ignoring ASCII case first, else the one
/// with the smallest edit distance (the first of equals), if that distance is at most a third
/// of the input's length (at least 1), so that unrelated names get no suggestion; else the
/// one candidate that begins with the input or that the input begins with, ignoring ASCII
/// case, when the shorter of the two has at least 3 characters (`warn` for `warning`).
pub fn closest<'a, I>(input: &str, candidates: I) -> Option<&'a str>
where
    I: IntoIterator<Item = &'a str>,
{
    // Generic only to collect: the searches are compiled once, not once per caller.
    let candidates: Vec<&'a str> = candidates.into_iter().collect();
    closest_in(input, &candidates)
}

/// [`closest`] over a slice, which leaves the caller no generic code to compile.
pub fn closest_in<'a>(input: &str, candidates: &[&'a str]) -> Option<&'a str> {
    // Plain loops: an adapter chain here is compiled into every crate that builds this one.
    for &c in candidates {
        if c.eq_ignore_ascii_case(input) {
            return Some(c);
        }
    }
    let limit = (input.chars().count() / 3).max(1);
    let mut near: Option<(usize, &'a str)> = None;
    for &c in candidates {
        let d = distance(input, c);
        let nearer = match near {
            Some((best, _)) => d < best,
            None => d <= limit,
        };
        if nearer {
            near = Some((d, c));
        }
    }
    if let Some((_, c)) = near {
        return Some(c);
    }
    only_prefix(input, candidates)
}

/// The one candidate that is a prefix of `input` or has it as a prefix, ignoring ASCII case,
/// the shorter being at least 3 characters; `None` when none is or several are.
fn only_prefix<'a>(input: &str, candidates: &[&'a str]) -> Option<&'a str> {
    let lower = input.to_ascii_lowercase();
    let mut found = None;
    for &candidate in candidates {
        let c = candidate.to_ascii_lowercase();
        let (short, long) = if c.len() < lower.len() {
            (&c, &lower)
        } else {
            (&lower, &c)
        };
        if short.chars().count() >= 3 && long.starts_with(short.as_str()) {
            if found.is_some() {
                return None;
            }
            found = Some(candidate);
        }
    }
    found
}

/// The optimal string alignment distance between `a` and `b`, in characters: the fewest
/// insertions, deletions, substitutions and swaps of two neighbours that turn one into the
/// other, no substring edited twice. A swap is one typo, not two.
///
/// ```
/// assert_eq!(link_errors_wire::suggest::distance("INVALID_SAC", "INVALID_SCA"), 1);
/// assert_eq!(link_errors_wire::suggest::distance("code", "mode"), 1);
/// assert_eq!(link_errors_wire::suggest::distance("", "abc"), 3);
/// ```
#[must_use]
pub fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    // Three rows of the classic table: the one before the previous is needed for swaps.
    let mut before = vec![0; b.len() + 1];
    let mut previous = vec![0; b.len() + 1];
    let mut current = vec![0; b.len() + 1];
    // The first row: from nothing to each prefix of `b`, one insertion per character.
    for (j, d) in previous.iter_mut().enumerate() {
        *d = j;
    }
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
        // Each row moves up one; the oldest is reused for the next.
        (before, previous, current) = (previous, current, before);
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

    #[test]
    fn the_one_name_a_short_input_begins() {
        let levels = ["info", "warning", "fatal"];
        assert_eq!(closest("warn", levels), Some("warning"));
        assert_eq!(closest("INFORMATION", levels), Some("info"));
        // Two names begin with it, or it is too short to say: no suggestion.
        assert_eq!(
            closest("INVALID", ["INVALID_SCA", "INVALID_CREDENTIALS"]),
            None
        );
        assert_eq!(closest("wa", ["warning", "fatal"]), None);
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
