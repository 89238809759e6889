//! Tokens: the enum, its tables and its trait impls.
//!
//! Generic logic (sets, rollback, URLs, redirects, the parse error) lives once in the runtime;
//! the expansion holds only what depends on the spec. Every path is absolute (`::core::...`,
//! the runtime through its hidden versioned module) so that user names cannot capture it.

use core::fmt::Write as _;

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};

use crate::dispatch;
use crate::head::EnumHead;
use crate::model::{ErrorDef, Spec};

/// The names of the items `generate` puts in the enum's inherent `impl`, in the order it emits
/// them. A variant or a field may not take one (a field's accessor would clash with it); a
/// test below checks the list against the emitted tokens.
pub(crate) const GENERATED_ITEMS: &[&str] = &[
    "ALL",
    "COUNT",
    "CODES",
    "EXIT_CODE",
    "SCREEN_ONLY",
    "index",
    "from_index",
    "code",
    "message",
    "aliases",
    "screen",
    "screen_title",
    "screen_text",
    "from_code",
];

/// What the expansion needs besides the spec.
#[derive(Debug, Clone, Default)]
pub struct Options<'a> {
    /// The spec's path as the user wrote it, for the variants' docs.
    pub spec_name: &'a str,
    /// An absolute path that the expansion `include_bytes!`es, so that cargo rebuilds the
    /// crate when the spec changes. `None` for code written to disk by the CLI or build.rs.
    pub track: Option<&'a str>,
}

/// The enum with one variant per code of `spec`, and its whole API.
pub fn generate(head: &EnumHead, spec: &Spec, opts: &Options<'_>) -> TokenStream {
    let rt = quote!(::link_errors::__private_v0_1);
    let str_ = quote!(::core::primitive::str);
    let usize_ = quote!(::core::primitive::usize);
    let option = quote!(::core::option::Option);
    let result = quote!(::core::result::Result);
    let EnumHead { attrs, vis, ident } = head;
    let n = spec.errors.len();
    let count = Literal::usize_unsuffixed(n);

    let variants: Vec<_> = spec
        .errors
        .iter()
        .map(|e| format_ident!("{}", e.variant))
        .collect();
    let variant_defs = spec.errors.iter().zip(&variants).map(|(e, v)| {
        let doc = variant_doc(e, opts.spec_name);
        let deprecated = match &e.deprecated {
            None => quote!(),
            Some(None) => quote!(#[deprecated]),
            Some(Some(note)) => quote!(#[deprecated(note = #note)]),
        };
        // One `#[doc]` per line, as `///` comments would give: rustdoc and readers see the same.
        let lines = doc.lines().map(|l| format!(" {l}"));
        quote!(#(#[doc = #lines])* #deprecated #v)
    });
    let codes = spec.errors.iter().map(|e| &e.code);
    let messages = spec.errors.iter().map(|e| &e.message);
    // Aliases and screens are sparse: one arm per code that has them, not a table of N
    // mostly-empty entries for the compiler to type-check.
    let with_aliases = spec
        .errors
        .iter()
        .zip(&variants)
        .filter(|(e, _)| !e.aliases.is_empty());
    let alias_arms: Vec<_> = with_aliases
        .map(|(e, v)| {
            let a = &e.aliases;
            quote!(Self::#v => &[#(#a),*])
        })
        .collect();
    let aliases = sparse_match(&alias_arms, &quote!(&[]));
    let with_screens = spec.errors.iter().zip(&variants);
    let screen_arms: Vec<_> = with_screens
        .filter_map(|(e, v)| {
            let text = e.screen_text.as_ref()?;
            let code = &e.code;
            let title = opt_str(e.screen_title.as_deref());
            Some(quote!(Self::#v => #option::Some(const { &#rt::Screen::__new(#code, #title, #text) })))
        })
        .collect();
    let screen = sparse_match(&screen_arms, &quote!(#option::None));
    let names = variants.iter().map(ToString::to_string);
    let screen_only = spec.screens.iter().map(|s| {
        let (name, text) = (&s.name, &s.text);
        let title = opt_str(s.title.as_deref());
        quote!(#rt::Screen::__new(#name, #title, #text))
    });
    let exit_code = match spec
        .errors
        .iter()
        .zip(&variants)
        .find(|(e, _)| e.exit_button)
    {
        Some((_, v)) => quote!(#option::Some(Self::#v)),
        None => quote!(#option::None),
    };
    let link = {
        let link = &spec.link;
        let url = opt_str(link.url.as_deref());
        let params = [
            &link.token_param,
            &link.rollback_param,
            &link.rollback_all,
            &link.separator,
            &link.error_param,
        ];
        let reserved = &link.reserved;
        quote!(#rt::LinkSpec::new(#url, #(#params,)* &[#(#reserved),*]))
    };
    // An empty enum (a spec whose every entry failed) cannot be cast; `match self {}` is its index.
    let index = if n == 0 {
        quote!(match self {})
    } else {
        quote!(self as #usize_)
    };
    let from_code = dispatch::from_code(spec, ident, &variants);
    let (bits, all_bits) = bits(n);
    let track = opts.track.map(|path| {
        quote!(
            const _: &[::core::primitive::u8] = ::core::include_bytes!(#path);
        )
    });

    quote! {
        #(#attrs)*
        #[derive(
            ::core::clone::Clone,
            ::core::marker::Copy,
            ::core::cmp::PartialEq,
            ::core::cmp::Eq,
            ::core::hash::Hash,
            ::core::cmp::PartialOrd,
            ::core::cmp::Ord
        )]
        // The vendor names the codes; a shared prefix or suffix is not the user's to fix.
        #[allow(clippy::enum_variant_names)]
        #vis enum #ident {
            #(#variant_defs,)*
        }

        #[allow(deprecated, dead_code)]
        impl #ident {
            /// Every code, in spec order.
            // Clippy takes a large constant for an array on the stack; the code here reads it
            // through a promoted borrow (see `code`), never by value.
            #[allow(clippy::large_stack_arrays)]
            pub const ALL: [Self; #count] = [#(Self::#variants),*];
            /// How many codes the spec has.
            pub const COUNT: #usize_ = #count;
            /// The wire string of every code, in spec order.
            #[allow(clippy::large_stack_arrays)]
            pub const CODES: [&#str_; #count] = [#(#codes),*];
            /// The code whose presence in the rollback list arms the EXIT button
            /// (`exit_button = true` in the spec), if any.
            pub const EXIT_CODE: #option<Self> = #exit_code;
            /// On-screen errors the vendor shows without a code (the spec's `[[screen]]`s).
            pub const SCREEN_ONLY: &[#rt::Screen] = &[#(#screen_only),*];

            /// The position of this code in spec order (`ALL[e.index()] == e`).
            #[inline]
            #[must_use]
            pub const fn index(self) -> #usize_ {
                #index
            }

            /// The code at `index` in spec order.
            #[inline]
            #[must_use]
            pub const fn from_index(index: #usize_) -> #option<Self> {
                // Through a borrow, which is promoted to a static: indexing the constant itself
                // copies the whole array first in unoptimised builds (rust-lang/rust#82457).
                let all: &'static [Self; #count] = &Self::ALL;
                if index < #count { #option::Some(all[index]) } else { #option::None }
            }

            /// The wire string, as sent in `rollback` and received in `error`.
            #[inline]
            #[must_use]
            pub const fn code(self) -> &'static #str_ {
                let codes: &'static [&'static #str_; #count] = &Self::CODES;
                codes[self.index()]
            }

            /// The description of the code (also its `Display` text).
            #[inline]
            #[must_use]
            pub const fn message(self) -> &'static #str_ {
                static MESSAGES: [&#str_; #count] = [#(#messages),*];
                MESSAGES[self.index()]
            }

            /// Extra wire strings [`from_code`](Self::from_code) accepts for this code.
            #[inline]
            #[must_use]
            pub const fn aliases(self) -> &'static [&'static #str_] {
                #aliases
            }

            /// What the vendor's page shows for this error, if the spec says.
            #[inline]
            #[must_use]
            pub const fn screen(self) -> #option<&'static #rt::Screen> {
                #screen
            }

            /// The heading the vendor's page shows for this error, if the spec says.
            #[inline]
            #[must_use]
            pub const fn screen_title(self) -> #option<&'static #str_> {
                match self.screen() {
                    #option::Some(s) => s.title,
                    #option::None => #option::None,
                }
            }

            /// The text the vendor's page shows for this error, if the spec says.
            #[inline]
            #[must_use]
            pub const fn screen_text(self) -> #option<&'static #str_> {
                match self.screen() {
                    #option::Some(s) => #option::Some(s.text),
                    #option::None => #option::None,
                }
            }

            /// The code for a wire string: exact and case-sensitive; aliases accepted.
            #[must_use]
            pub fn from_code(code: &#str_) -> #option<Self> {
                #from_code
            }
        }

        const _: () = {
            #track

            // As derived (the variant's name), from a table: a derived `Debug` is an N-arm match
            // that costs the compiler more than everything else here at 10,000 codes.
            #[automatically_derived]
            impl ::core::fmt::Debug for #ident {
                fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    // rustc leaves `#[automatically_derived]` `Debug` impls out of dead-code
                    // analysis, so it would call this table unused in code written to disk.
                    #[allow(dead_code)]
                    static NAMES: [&#str_; #count] = [#(#names),*];
                    f.write_str(NAMES[self.index()])
                }
            }

            #[automatically_derived]
            impl ::core::fmt::Display for #ident {
                /// The code's message.
                fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    f.write_str(self.message())
                }
            }

            #[automatically_derived]
            impl ::core::error::Error for #ident {}

            #[automatically_derived]
            impl ::core::convert::AsRef<#str_> for #ident {
                fn as_ref(&self) -> &#str_ {
                    self.code()
                }
            }

            #[automatically_derived]
            impl ::core::str::FromStr for #ident {
                type Err = #rt::ParseCodeError;
                // `Self::Err` would be ambiguous with a variant named `Err`.
                fn from_str(s: &#str_) -> #result<Self, #rt::ParseCodeError> {
                    match Self::from_code(s) {
                        #option::Some(code) => #result::Ok(code),
                        #option::None => #result::Err(#rt::ParseCodeError::new(s, &Self::CODES)),
                    }
                }
            }

            #[automatically_derived]
            impl<'a> ::core::convert::TryFrom<&'a #str_> for #ident {
                type Error = #rt::ParseCodeError;
                fn try_from(s: &'a #str_) -> #result<Self, #rt::ParseCodeError> {
                    ::core::str::FromStr::from_str(s)
                }
            }

            #[automatically_derived]
            impl #rt::ErrorCode for #ident {
                const COUNT: #usize_ = #count;
                const ALL: &[Self] = &#ident::ALL;
                const CODES: &[&#str_] = &#ident::CODES;
                const LINK: &#rt::LinkSpec = &#link;
                const EXIT_CODE: #option<Self> = #ident::EXIT_CODE;
                const SCREEN_ONLY: &[#rt::Screen] = #ident::SCREEN_ONLY;
                type Bits = #bits;
                const ALL_BITS: #bits = #all_bits;
                #[inline]
                fn index(self) -> #usize_ {
                    #ident::index(self)
                }
                #[inline]
                fn code(self) -> &'static #str_ {
                    #ident::code(self)
                }
                #[inline]
                fn message(self) -> &'static #str_ {
                    #ident::message(self)
                }
                #[inline]
                fn aliases(self) -> &'static [&'static #str_] {
                    #ident::aliases(self)
                }
                #[inline]
                fn screen(self) -> #option<&'static #rt::Screen> {
                    #ident::screen(self)
                }
                #[inline]
                fn from_code(code: &#str_) -> #option<Self> {
                    #ident::from_code(code)
                }
            }

            #rt::impl_serde!(#ident);
        };
    }
}

/// `match self { arms, _ => default }` for the codes that have a value, or just `default`
/// when none has (a lone wildcard arm is noise).
fn sparse_match(arms: &[TokenStream], default: &TokenStream) -> TokenStream {
    if arms.is_empty() {
        return default.clone();
    }
    quote! {
        #[allow(unreachable_patterns)] // every code may have one
        match self {
            #(#arms,)*
            _ => #default,
        }
    }
}

fn opt_str(s: Option<&str>) -> TokenStream {
    match s {
        Some(s) => quote!(::core::option::Option::Some(#s)),
        None => quote!(::core::option::Option::None),
    }
}

/// The variant's rustdoc: its message, its screen, where it comes from.
fn variant_doc(e: &ErrorDef, spec_name: &str) -> String {
    let mut doc = format!("{}\n\nCode `{}`", e.message, e.code);
    if !e.aliases.is_empty() {
        let list: Vec<_> = e.aliases.iter().map(|a| format!("`{a}`")).collect();
        let _ = write!(doc, " (also accepted: {})", list.join(", "));
    }
    doc.push('.');
    if e.exit_button {
        doc.push_str(
            " In the rollback list, it arms the EXIT button on errors that are not redirected.",
        );
    }
    if let Some(text) = &e.screen_text {
        doc.push_str("\n\nOn screen: ");
        if let Some(title) = &e.screen_title {
            let _ = write!(doc, "**{title}**. ");
        }
        doc.push_str(&text.replace('\n', " "));
    }
    let _ = write!(doc, "\n\n*Spec: `{spec_name}`, line {}.*", e.line);
    doc
}

/// The `CodeSet` storage for `n` codes, and its full mask, like enumset's: the smallest
/// integer that holds `n` bits, or an array of `u64`s beyond 128.
fn bits(n: usize) -> (TokenStream, TokenStream) {
    let int = |ty: TokenStream, width: usize| {
        let mask = if n >= width {
            u128::MAX >> (128 - width)
        } else {
            (1u128 << n) - 1
        };
        let mask = Literal::u128_unsuffixed(mask);
        (ty, quote!(#mask))
    };
    match n {
        0..=8 => int(quote!(::core::primitive::u8), 8),
        9..=16 => int(quote!(::core::primitive::u16), 16),
        17..=32 => int(quote!(::core::primitive::u32), 32),
        33..=64 => int(quote!(::core::primitive::u64), 64),
        65..=128 => int(quote!(::core::primitive::u128), 128),
        _ => {
            let words = n.div_ceil(64);
            let rest = n % 64;
            let last = if rest == 0 {
                u64::MAX
            } else {
                (1u64 << rest) - 1
            };
            let full = (0..words - 1).map(|_| quote!(::core::primitive::u64::MAX));
            let last = Literal::u64_unsuffixed(last);
            let len = Literal::usize_unsuffixed(words);
            (
                quote!([::core::primitive::u64; #len]),
                quote!([#(#full,)* #last]),
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use proc_macro2::{Delimiter, TokenStream, TokenTree};

    use super::{GENERATED_ITEMS, Options, generate};
    use crate::{EnumHead, Spec};

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
        let spec = Spec::parse(
            "[[error]]\ncode = \"A\"\nmessage = \"A.\"\nscreen_text = \"On screen.\"\n",
        )
        .unwrap();
        let head = EnumHead::named("E").unwrap();
        let tokens = generate(&head, &spec, &Options::default());
        assert_eq!(inherent_items(tokens, "E"), GENERATED_ITEMS);
    }
}
