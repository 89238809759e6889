//! "Did you mean": the nearest of a few known names.

/// The candidate closest to `input`: an exact match ignoring ASCII case first, else the one
/// with the smallest edit distance, if that is at most a third of the input's length (at
/// least 1), so that unrelated names get no suggestion.
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
        .map(|c| (strsim::damerau_levenshtein(input, c), c))
        .filter(|&(d, _)| d <= limit)
        .min_by_key(|&(d, _)| d)
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::closest;

    #[test]
    fn nearest_known_key() {
        let keys = ["code", "message", "variant"];
        assert_eq!(closest("mesage", keys), Some("message"));
        assert_eq!(closest("Code", keys), Some("code"));
        assert_eq!(closest("colour", keys), None);
    }
}
