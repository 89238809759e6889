//! The enum's inherent `impl`: its constants (`ALL`, `CODES`, ...) and the lookups by code
//! (`index`, `code`, `message`, `screen`, `from_code`), then the locales' and fields' items.

use proc_macro2::{Ident, Literal, TokenStream};
use quote::quote;

use super::options::FromCode;
use super::tokens::{List, Paths, sparse_match};
use super::variants::Variants;
use super::{fields, locales};
use crate::codegen::model::Spec;

/// `impl #ident { ... }` with every item of `schema::GENERATED_ITEMS`, in
/// that order, then each field's accessors.
pub(super) fn inherent(
    spec: &Spec,
    ident: &Ident,
    v: &Variants<'_>,
    from_code: FromCode,
    p: &Paths,
) -> TokenStream {
    let constants = constants(spec, v, p);
    let by_index = by_index(spec, p);
    let screens = screens(v, p);
    let from_code = from_code(&v.keys, ident, &v.idents);
    let locales = locales::items(spec, &v.idents, p);
    let mut fields = TokenStream::new();
    for (i, f) in spec.fields.iter().enumerate() {
        fields.extend(fields::accessors(spec, ident, i, f, p));
    }
    p.fill(
        r"
        #[allow(deprecated, dead_code)]
        impl #ident {
            #constants
            #by_index
            #screens

            /// The code for a wire string: exact and case-sensitive; aliases accepted.
            #[must_use]
            pub fn from_code(code: &#str_) -> #option<Self> {
                #from_code
            }

            #locales

            #fields
        }
        ",
        &[
            ("ident", ident),
            ("constants", &constants),
            ("by_index", &by_index),
            ("screens", &screens),
            ("from_code", &from_code),
            ("locales", &locales),
            ("fields", &fields),
        ],
    )
}

/// `ALL`, `COUNT`, `CODES`, `EXIT_CODE` and `SCREEN_ONLY`.
fn constants(spec: &Spec, v: &Variants<'_>, p: &Paths) -> TokenStream {
    let rt = &p.rt;
    let count = Literal::usize_unsuffixed(spec.errors.len());
    let (mut all, mut codes) = (List::default(), List::default());
    for (e, v) in spec.errors.iter().zip(&v.idents) {
        all.push_tokens(quote!(Self::#v));
        codes.push(&e.code);
    }
    let mut screen_only = List::default();
    for s in &spec.screens {
        let (name, text) = (&s.name, &s.text);
        let title = p.opt_str(s.title.as_deref());
        screen_only.push_tokens(quote!(#rt::Screen::__new(#name, #title, #text)));
    }
    p.fill(
        r"
        /// Every code, in spec order.
        // Clippy takes a large constant for an array on the stack; the code here reads it
        // through a promoted borrow (see `code`), never by value.
        #[allow(clippy::large_stack_arrays)]
        pub const ALL: [Self; #count] = #all;
        /// How many codes the spec has.
        pub const COUNT: #usize_ = #count;
        /// The wire string of every code, in spec order.
        #[allow(clippy::large_stack_arrays)]
        pub const CODES: [&#str_; #count] = #codes;
        /// The code whose presence in the rollback list arms the EXIT button
        /// (`exit_button = true` in the spec), if any.
        pub const EXIT_CODE: #option<Self> = #exit_code;
        /// On-screen errors the vendor shows without a code (the spec's `[[screen]]`s).
        pub const SCREEN_ONLY: &[#rt::Screen] = &#screen_only;
        ",
        &[
            ("count", &count),
            ("all", &all),
            ("codes", &codes),
            ("exit_code", &v.exit_code),
            ("screen_only", &screen_only),
        ],
    )
}

/// `index`, `from_index`, `code` and `message`: a code's position and the tables it indexes.
fn by_index(spec: &Spec, p: &Paths) -> TokenStream {
    let n = spec.errors.len();
    let count = Literal::usize_unsuffixed(n);
    let mut messages = List::default();
    for e in &spec.errors {
        messages.push(&e.message);
    }
    // An empty enum (a spec whose every entry failed) cannot be cast; `match self {}` is its index.
    let index = if n == 0 {
        quote!(match self {})
    } else {
        let usize_ = &p.usize_;
        quote!(self as #usize_)
    };
    p.fill(
        r"
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
            static MESSAGES: [&#str_; #count] = #messages;
            MESSAGES[self.index()]
        }
        ",
        &[
            ("count", &count),
            ("index", &index),
            ("messages", &messages),
        ],
    )
}

/// `aliases`, `screen`, `screen_title` and `screen_text`: the sparse texts, a match over the
/// codes that have them.
fn screens(v: &Variants<'_>, p: &Paths) -> TokenStream {
    let option = &p.option;
    let aliases = sparse_match(&v.alias_arms, &quote!(&[]));
    let screen = sparse_match(&v.screen_arms, &quote!(#option::None));
    p.fill(
        r"
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
        ",
        &[("aliases", &aliases), ("screen", &screen)],
    )
}
