//! Templates: the fixed text of an emitter as Rust code with `#name` holes, parsed when the
//! macro runs.
//!
//! `quote!` compiles to one call (and its unwind path) per token, so its fixed text is what
//! this crate's own build pays most for; a template is one string. The expansion's emitters
//! (`expand`, with the paths of `Paths::fill`) and the lookup's (`dispatch`, with the names of
//! its `rust!`) both fill their templates here. The tokens are the same as
//! `quote!`'s: a `///` line becomes `#[doc = r"..."]` as rustc writes it for `quote!`, and
//! punctuation is joined only inside one operator (`::`, `=>`, `->`), as rustc lexes it. Holes
//! take whole token streams: a repetition is built by the caller and passed as one.

use proc_macro2::{Group, Punct, Spacing, TokenStream, TokenTree};
use quote::ToTokens;

/// The operators of more than one character that templates may join; rustc lexes a run of
/// punctuation into the longest of these, left to right.
const OPERATORS: &[&str] = &[
    "::", "->", "=>", "==", "!=", "<=", ">=", "&&", "||", "<<", ">>", "..", "+=", "-=", "*=", "/=",
    "%=", "^=", "&=", "|=", "<<=", ">>=", "...", "..=",
];

/// Where a template's `#name` that its holes do not give is looked up: the names a family of
/// templates shares (paths, locals).
pub(crate) type Names = fn(&str) -> Option<TokenStream>;

/// `template` parsed, each `#name` replaced by the tokens of `name` in `holes`.
///
/// # Panics
/// When the template is not valid tokens or names a hole `holes` does not have: a mistake in
/// this crate, which every expansion with that template shows.
pub(crate) fn fill(template: &str, holes: &[(&str, &dyn ToTokens)]) -> TokenStream {
    fill_with(template, holes, |_| None)
}

/// [`fill`], with each `#name` that `holes` does not give taken from `names`.
///
/// # Panics
/// As [`fill`], when neither `holes` nor `names` gives a name.
pub(crate) fn fill_with(
    template: &str,
    holes: &[(&str, &dyn ToTokens)],
    names: Names,
) -> TokenStream {
    let parsed = with_doc_attributes(template)
        .parse()
        .unwrap_or_else(|e| panic!("invalid template ({e}): {template}"));
    substitute(parsed, holes, names)
}

/// `items` with `separator` between them: `quote!`'s `#(#items),*` for `','`.
pub(crate) fn join(items: Vec<TokenStream>, separator: char) -> TokenStream {
    let mut out = TokenStream::new();
    let mut first = true;
    for item in items {
        if !first {
            out.extend([TokenTree::Punct(Punct::new(separator, Spacing::Alone))]);
        }
        first = false;
        out.extend(item);
    }
    out
}

/// `template` with each `///` line (a line whose first characters but blanks are `///`)
/// written as the attribute it stands for, as rustc writes it for a macro: `#[doc = r"..."]`,
/// with as many `#` as the text needs.
fn with_doc_attributes(template: &str) -> String {
    let mut out = String::with_capacity(template.len() + 64);
    for line in template.lines() {
        let Some(text) = line.trim_start().strip_prefix("///") else {
            out.push_str(line);
            out.push('\n');
            continue;
        };
        let (mut hashes, mut run) = (0, 0);
        for c in text.chars() {
            run = match c {
                '"' => 1,
                '#' if run > 0 => run + 1,
                _ => 0,
            };
            hashes = hashes.max(run);
        }
        let hashes = "#".repeat(hashes);
        out.push_str("#[doc = r");
        out.push_str(&hashes);
        out.push('"');
        out.push_str(text);
        out.push('"');
        out.push_str(&hashes);
        out.push_str("]\n");
    }
    out
}

fn substitute(tokens: TokenStream, holes: &[(&str, &dyn ToTokens)], names: Names) -> TokenStream {
    let trees: Vec<TokenTree> = tokens.into_iter().collect();
    let mut out = TokenStream::new();
    // The operator the punctuation so far belongs to.
    let mut op = String::new();
    let mut i = 0;
    while i < trees.len() {
        let tree = match &trees[i] {
            TokenTree::Punct(p) if p.as_char() == '#' => {
                if let Some(TokenTree::Ident(name)) = trees.get(i + 1) {
                    if let Some((_, value)) = holes.iter().find(|(n, _)| name == n) {
                        value.to_tokens(&mut out);
                    } else if let Some(value) = names(&name.to_string()) {
                        out.extend(value);
                    } else {
                        panic!("no value for `#{name}` in template");
                    }
                    i += 2;
                    continue;
                }
                TokenTree::Punct(Punct::new('#', Spacing::Alone))
            }
            TokenTree::Punct(p) if p.as_char() != '\'' => {
                op.push(p.as_char());
                let joins = match trees.get(i + 1) {
                    Some(TokenTree::Punct(next)) if p.spacing() == Spacing::Joint => {
                        op.push(next.as_char());
                        let joins = OPERATORS.contains(&op.as_str());
                        op.pop();
                        joins
                    }
                    _ => false,
                };
                if !joins {
                    op.clear();
                }
                let spacing = if joins {
                    Spacing::Joint
                } else {
                    Spacing::Alone
                };
                TokenTree::Punct(Punct::new(p.as_char(), spacing))
            }
            TokenTree::Group(g) => TokenTree::Group(Group::new(
                g.delimiter(),
                substitute(g.stream(), holes, names),
            )),
            other => other.clone(),
        };
        out.extend([tree]);
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use quote::{format_ident, quote};

    use super::fill;

    #[test]
    fn a_template_gives_the_tokens_quote_gives() {
        let (ty, name) = (quote!(::core::primitive::str), format_ident!("code"));
        let filled = fill(
            r##"
            /// A doc line.
            /// One with "quotes" and "#hashes".
            #[inline]
            pub fn #name<'a>(self, s: &'a #ty) -> ::core::option::Option<&'static #ty> {
                // A comment is dropped.
                match s {
                    "x" => Some(&[1, 2][..]),
                    _ if a >>= 1 && b != c || d <= e => None::<Vec<Vec<u8>>>,
                    _ => (..=3, -1, x as i32, <T as U>::V),
                }
            }
            "##,
            &[("ty", &ty), ("name", &name)],
        );
        let quoted = quote! {
            /// A doc line.
            /// One with "quotes" and "#hashes".
            #[inline]
            pub fn #name<'a>(self, s: &'a #ty) -> ::core::option::Option<&'static #ty> {
                // A comment is dropped.
                match s {
                    "x" => Some(&[1, 2][..]),
                    _ if a >>= 1 && b != c || d <= e => None::<Vec<Vec<u8>>>,
                    _ => (..=3, -1, x as i32, <T as U>::V),
                }
            }
        };
        assert_eq!(filled.to_string(), quoted.to_string());
    }

    #[test]
    #[should_panic(expected = "no value for `#missing`")]
    fn a_hole_without_a_value_is_a_mistake() {
        fill("fn f() -> #missing {}", &[]);
    }
}
