//! Tokens: the enum, its tables and its trait impls.
//!
//! Generic logic (sets, rollback, URLs, redirects, the parse error) lives once in the runtime;
//! the expansion holds only what depends on the spec. Every path is absolute (`::core::...`,
//! the runtime through its hidden versioned module) so that user names cannot capture it.
//!
//! One module per construct, each emitting its part from the model: [`variants`] (the enum),
//! [`tables`] (the inherent `impl`'s constants and lookups), [`locales`] (the `_in` methods),
//! [`fields`] (the accessors), [`one_of`] (the enums of `one_of` fields), [`impls`] (the trait
//! impls), [`problem`] (`[problem]`'s problem details). They share the paths they spell in
//! one [`Paths`] ([`tokens`]).

mod fields;
mod impls;
mod locales;
mod one_of;
mod options;
mod problem;
mod tables;
mod tokens;
mod variants;

use proc_macro2::TokenStream;
use quote::quote;

pub use self::options::{FromCode, Options};
use self::tokens::Paths;
use crate::codegen::head::EnumHead;
use crate::codegen::model::Spec;

/// The enum with one variant per code of `spec`, and its whole API; `spec_name` is the spec's
/// path as the user wrote it, for the variants' docs.
pub fn generate(head: &EnumHead, spec: &Spec, spec_name: &str, opts: &Options<'_>) -> TokenStream {
    let p = Paths::new();
    let v = variants::Variants::of(spec, &p);
    let declaration = variants::declaration(head, spec, spec_name, &v.idents);
    let inherent = tables::inherent(spec, &head.ident, &v, opts.from_code, &p);
    let impls = impls::trait_impls(spec, &head.ident, &v.idents, opts, &p);
    let problem = problem::problem(spec, &head.ident, &p);
    let one_of = one_of::enums(head, spec, &p);
    quote! {
        #declaration

        #one_of

        #inherent

        #impls

        #problem
    }
}

#[cfg(test)]
mod tests {
    use proc_macro2::{Delimiter, TokenStream, TokenTree};

    use super::{Options, generate};
    use crate::codegen::schema::GENERATED_ITEMS;
    use crate::codegen::{EnumHead, Spec};

    /// The names of the `fn`s and `const`s directly inside `impl NAME { ... }`.
    fn inherent_items(tokens: TokenStream, name: &str) -> Vec<String> {
        let trees: Vec<_> = tokens.into_iter().collect();
        let mut items = Vec::new();
        for w in trees.windows(3) {
            let [
                TokenTree::Ident(i),
                TokenTree::Ident(n),
                TokenTree::Group(body),
            ] = w
            else {
                continue;
            };
            if i != "impl" || n != name || body.delimiter() != Delimiter::Brace {
                continue;
            }
            let inner: Vec<_> = body.stream().into_iter().collect();
            for pair in inner.windows(2) {
                if let [TokenTree::Ident(kw), TokenTree::Ident(item)] = pair
                    && (kw == "fn" || kw == "const")
                    && item != "fn"
                {
                    items.push(item.to_string());
                }
            }
        }
        items
    }

    #[test]
    fn generated_items_are_what_generate_emits() {
        let head = EnumHead::named("E").unwrap();
        let plain = Spec::parse_strict(
            "[[error]]\ncode = \"A\"\nmessage = \"A.\"\nscreen_text = \"On screen.\"\n",
            None,
        )
        .unwrap();
        let opts = Options::default();
        let tokens = generate(&head, &plain, "", &opts);
        assert_eq!(inherent_items(tokens, "E"), GENERATED_ITEMS);
        // With locales and fields: the same items, then each field's accessors.
        let rich = Spec::parse_strict(
            "locales = [\"en\", \"es\"]\n[fields.advice]\ntype = \"text\"\n\
             [fields.retry]\ntype = \"bool\"\n\
             [[error]]\ncode = \"A\"\nmessage = { en = \"A.\", es = \"A es.\" }\n\
             advice = { en = \"Go.\", es = \"Ve.\" }\nretry = true\n",
            None,
        )
        .unwrap();
        let tokens = generate(&head, &rich, "", &opts);
        let mut want: Vec<_> = GENERATED_ITEMS.to_vec();
        want.extend(["advice", "advice_in", "retry"]);
        assert_eq!(inherent_items(tokens, "E"), want);
    }

    #[test]
    fn invalid_codes_that_keep_their_variant_still_generate() {
        // A code with characters codes cannot have keeps its variant (the check reports the
        // code): generating the enum around it must not fail, whatever the characters.
        let head = EnumHead::named("E").unwrap();
        let parsed = Spec::parse_best_effort(
            "[[error]]\ncode = \"card declined\"\nmessage = \"x\"\n\
             [[error]]\ncode = \"café\"\nmessage = \"y\"\n\
             [[error]]\ncode = \"a\\\"b\"\nmessage = \"z\"\n\
             [[error]]\ncode = \"OK\"\nmessage = \"w\"\n",
            None,
        );
        assert_eq!(parsed.diagnostics.len(), 3, "{:?}", parsed.diagnostics);
        let variants: Vec<_> = parsed
            .spec
            .errors
            .iter()
            .map(|e| e.variant.as_str())
            .collect();
        assert_eq!(variants, ["CardDeclined", "Café", "AB", "Ok"]);
        let opts = Options::default();
        let tokens = generate(&head, &parsed.spec, "", &opts).to_string();
        assert!(tokens.contains("CardDeclined"), "{tokens}");
    }
}
