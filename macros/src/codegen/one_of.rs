//! The variant names of a `one_of` field's enum, decided once for the check (which reports a
//! value that makes no name, or two that make the same) and for generation (which must emit
//! valid, distinct variants whatever the check said, so that a spec with a mistake still
//! gives an enum and no follow-on errors).

use crate::codegen::case::upper_camel;
use crate::codegen::ident::is_ident;

/// Why a value makes no variant of its own.
#[cfg_attr(test, derive(Debug, Clone, PartialEq, Eq))]
pub(crate) enum Unnamed {
    /// Its `UpperCamelCase` form (given) is not an identifier.
    NotIdent(String),
    /// It makes the same name (given) as the value at that index, earlier in the list.
    Collides(usize, String),
}

/// Each value's variant name in the order of `values`: the value in `UpperCamelCase`, or why it
/// makes none.
pub(crate) fn variant_names(values: &[String]) -> Vec<Result<String, Unnamed>> {
    let mut out: Vec<Result<String, Unnamed>> = Vec::with_capacity(values.len());
    for v in values {
        let name = upper_camel(v);
        let named = if !is_ident(&name) || name == "Self" {
            Err(Unnamed::NotIdent(name))
        } else if let Some(first) = named_before(&out, &name) {
            Err(Unnamed::Collides(first, name))
        } else {
            Ok(name)
        };
        out.push(named);
    }
    out
}

/// Where `name` is among the names `so_far` gives.
fn named_before(so_far: &[Result<String, Unnamed>], name: &str) -> Option<usize> {
    for (i, n) in so_far.iter().enumerate() {
        if matches!(n, Ok(earlier) if earlier == name) {
            return Some(i);
        }
    }
    None
}

/// The variants generation emits: each value's name, and for a value that makes none (the
/// check reports it) a stand-in no value can make, so the enum still compiles.
pub(crate) fn generated_variants(values: &[String]) -> Vec<String> {
    let names = variant_names(values);
    let mut variants = Vec::with_capacity(names.len());
    for (i, n) in names.iter().enumerate() {
        variants.push(match n {
            Ok(name) => name.clone(),
            Err(_) => format!("__Unnamed{i}"),
        });
    }
    variants
}

/// A value that would make an identifier, for the help of one that makes none.
pub(crate) fn suggest_value(value: &str) -> String {
    let mut kept = String::with_capacity(value.len());
    for c in value.chars() {
        if c.is_ascii_alphanumeric() || "_- ".contains(c) {
            kept.push(c);
        }
    }
    if kept.as_bytes().first().is_some_and(u8::is_ascii_alphabetic) {
        kept
    } else {
        format!("v{kept}")
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::{Unnamed, generated_variants, suggest_value, variant_names};
    use crate::codegen::ident::is_ident;

    proptest! {
        /// Whatever the values, generation gets one identifier per value, all distinct, and a
        /// value's own name exactly when the check finds nothing to say about it.
        #[test]
        fn generated_variants_are_distinct_identifiers(
            values in proptest::collection::vec("[a-zA-Z0-9_ .-]{0,6}|\\PC{0,4}", 0..8)
        ) {
            let generated = generated_variants(&values);
            prop_assert_eq!(generated.len(), values.len());
            for (i, (g, named)) in generated.iter().zip(variant_names(&values)).enumerate() {
                prop_assert!(is_ident(g), "{:?}", g);
                prop_assert!(!generated[..i].contains(g), "{:?} twice", g);
                if let Ok(name) = named {
                    prop_assert_eq!(g, &name);
                }
            }
        }
    }

    fn owned(values: &[&str]) -> Vec<String> {
        values.iter().map(|&v| v.to_owned()).collect()
    }

    #[test]
    fn names_stand_ins_and_suggestions() {
        assert_eq!(
            variant_names(&owned(&[
                "info",
                "needs-review",
                "404",
                "needs_review",
                "self",
                ""
            ])),
            [
                Ok("Info".to_owned()),
                Ok("NeedsReview".to_owned()),
                Err(Unnamed::NotIdent("404".to_owned())),
                Err(Unnamed::Collides(1, "NeedsReview".to_owned())),
                Err(Unnamed::NotIdent("Self".to_owned())),
                Err(Unnamed::NotIdent(String::new())),
            ]
        );
        let generated = generated_variants(&owned(&["a", "404", "A"]));
        assert_eq!(generated, ["A", "__Unnamed1", "__Unnamed2"]);
        for v in ["404", "", "é", "-x", "a b"] {
            let s = suggest_value(v);
            assert!(
                is_ident(&crate::codegen::case::upper_camel(&s)),
                "{v:?} -> {s:?}"
            );
        }
    }
}
