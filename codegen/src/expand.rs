//! Tokens: the enum, its tables and its trait impls.
//!
//! Generic logic (sets, rollback, URLs, redirects, the parse error) lives once in the runtime;
//! the expansion holds only what depends on the spec. Every path is absolute (`::core::...`,
//! the runtime through its hidden versioned module) so that user names cannot capture it.

use core::fmt::Write as _;

use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::{format_ident, quote};

use crate::head::EnumHead;
use crate::model::{ErrorDef, FieldDef, FieldType, FieldValue, Spec, Translation};

/// Emits the body of `from_code(code: &str) -> Option<Self>` in `impl #ident`, from every wire
/// string (code or alias) paired with the index in `variants` of the variant it names. The one
/// lookup there is, the perfect hash, is `link_errors_dispatch::from_code`: callers pass it in,
/// rather than this crate calling it, so that a clean build compiles the two crates side by side
/// instead of one after the other.
pub type FromCode = fn(keys: &[(&str, usize)], ident: &Ident, variants: &[Ident]) -> TokenStream;

/// What the expansion needs besides the spec.
#[derive(Debug, Clone, Copy)]
pub struct Options<'a> {
    /// The spec's path as the user wrote it, for the variants' docs.
    pub spec_name: &'a str,
    /// An absolute path that the expansion `include_bytes!`es, so that cargo rebuilds the
    /// crate when the spec changes. `None` for code written to disk by the CLI or build.rs.
    pub track: Option<&'a str>,
    /// The same for the overlay, if there is one.
    pub track_overlay: Option<&'a str>,
    /// The lookup in `from_code`: `link_errors_dispatch::from_code`.
    pub from_code: FromCode,
}

impl Options<'_> {
    /// No spec name, nothing tracked, and `from_code` as the lookup.
    #[must_use]
    pub fn new(from_code: FromCode) -> Self {
        Self {
            spec_name: "",
            track: None,
            track_overlay: None,
            from_code,
        }
    }
}

/// The enum with one variant per code of `spec`, and its whole API.
pub fn generate(head: &EnumHead, spec: &Spec, opts: &Options<'_>) -> TokenStream {
    let rt = quote!(::link_errors::__private_v0_1);
    let str_ = primitive("str");
    let usize_ = primitive("usize");
    let option = quote!(::core::option::Option);
    let result = quote!(::core::result::Result);
    let EnumHead { attrs, vis, ident } = head;
    let n = spec.errors.len();
    let count = Literal::usize_unsuffixed(n);

    let mut variants = Vec::with_capacity(n);
    // Aliases and screens are sparse: one arm per code that has them, not a table of N
    // mostly-empty entries for the compiler to type-check.
    let (mut alias_arms, mut screen_arms) = (Vec::new(), Vec::new());
    // Every wire string (code or alias) with its variant's index.
    let mut keys: Vec<(&str, usize)> = Vec::with_capacity(n);
    // The model lets one code at most arm the EXIT button.
    let mut exit_code = quote!(#option::None);
    for (index, e) in spec.errors.iter().enumerate() {
        let v = format_ident!("{}", e.variant);
        keys.push((&e.code, index));
        if !e.aliases.is_empty() {
            let a = &e.aliases;
            alias_arms.push(quote!(Self::#v => &[#(#a),*]));
            for alias in a {
                keys.push((alias, index));
            }
        }
        if let Some(text) = &e.screen_text {
            let code = &e.code;
            let title = opt_str(e.screen_title.as_deref());
            screen_arms.push(quote!(Self::#v => #option::Some(const { &#rt::Screen::__new(#code, #title, #text) })));
        }
        if e.exit_button {
            exit_code = quote!(#option::Some(Self::#v));
        }
        variants.push(v);
    }
    let variant_defs = spec.errors.iter().zip(&variants).map(|(e, v)| {
        let doc = variant_doc(e, &spec.fields, opts.spec_name);
        let lines = doc_lines(&doc);
        let deprecated = match &e.deprecated {
            None => quote!(),
            Some(None) => quote!(#[deprecated]),
            Some(Some(note)) => quote!(#[deprecated(note = #note)]),
        };
        quote!(#(#[doc = #lines])* #deprecated #v)
    });
    let codes = spec.errors.iter().map(|e| &e.code);
    let messages = spec.errors.iter().map(|e| &e.message);
    let aliases = sparse_match(&alias_arms, &quote!(&[]));
    let screen = sparse_match(&screen_arms, &quote!(#option::None));
    let names = variants.iter().map(ToString::to_string);
    let screen_only = spec.screens.iter().map(|s| {
        let (name, text) = (&s.name, &s.text);
        let title = opt_str(s.title.as_deref());
        quote!(#rt::Screen::__new(#name, #title, #text))
    });
    let link = {
        let link = &spec.link;
        let url = link.url.as_ref().map(|u| quote!(.with_url(#u)));
        let (token, rollback, all) = (&link.token_param, &link.rollback_param, &link.rollback_all);
        let (separator, error, reserved) = (&link.separator, &link.error_param, &link.reserved);
        // Every value named, whether or not it is the default.
        quote!(#rt::LinkSpec::DEFAULT #url
            .with_token_param(#token)
            .with_rollback_param(#rollback)
            .with_rollback_all(#all)
            .with_separator(#separator)
            .with_error_param(#error)
            .with_reserved(&[#(#reserved),*]))
    };
    // An empty enum (a spec whose every entry failed) cannot be cast; `match self {}` is its index.
    let index = if n == 0 {
        quote!(match self {})
    } else {
        quote!(self as #usize_)
    };
    let from_code = (opts.from_code)(&keys, ident, &variants);
    let (bits, all_bits) = bits(n);
    let locales_items = locales(spec, &variants);
    let field_items = spec
        .fields
        .iter()
        .enumerate()
        .map(|(i, f)| field(spec, i, f));
    let u8_ = primitive("u8");
    let track = |path: Option<&str>| {
        path.map(|path| quote!(const _: &[#u8_] = ::core::include_bytes!(#path);))
    };
    let (track, track_overlay) = (track(opts.track), track(opts.track_overlay));

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

            #locales_items

            #(#field_items)*
        }

        const _: () = {
            #track
            #track_overlay

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
                        #option::None => #result::Err(#rt::ParseCodeError::__new(s, &Self::CODES)),
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
                const LINK: &'static #rt::LinkSpec<'static> = &#link;
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

/// `LOCALES` and the `_in` methods. Without locales they answer with the only text; with them,
/// the first locale's text stays where `message()` reads it, and the other locales' texts are
/// in tables of their own, so no string is emitted twice.
fn locales(spec: &Spec, variants: &[proc_macro2::Ident]) -> TokenStream {
    let rt = quote!(::link_errors::__private_v0_1);
    let str_ = primitive("str");
    let option = quote!(::core::option::Option);
    let tags = &spec.locales;
    let others = spec.locale_count() - 1;
    let head = quote! {
        /// The locales the texts are in (BCP 47 tags), the language of `message()` first;
        /// empty when the spec declares none.
        pub const LOCALES: &'static [&'static #str_] = &[#(#tags),*];
    };
    let docs = quote! {
        /// The locale is looked up exactly, then with its last subtags dropped (`es-ES`
        /// finds `es`), ignoring ASCII case; when nothing matches, the first locale's text.
    };
    if others == 0 {
        return quote! {
            #head
            /// The message in `locale`: this spec has one language, so always
            /// [`message`](Self::message).
            #[inline]
            #[must_use]
            pub fn message_in(self, locale: &#str_) -> &'static #str_ {
                let _ = locale;
                self.message()
            }
            /// The screen's heading in `locale`: this spec has one language, so always
            /// [`screen_title`](Self::screen_title).
            #[inline]
            #[must_use]
            pub fn screen_title_in(self, locale: &#str_) -> #option<&'static #str_> {
                let _ = locale;
                self.screen_title()
            }
            /// The screen's text in `locale`: this spec has one language, so always
            /// [`screen_text`](Self::screen_text).
            #[inline]
            #[must_use]
            pub fn screen_text_in(self, locale: &#str_) -> #option<&'static #str_> {
                let _ = locale;
                self.screen_text()
            }
            /// [`SCREEN_ONLY`](Self::SCREEN_ONLY) in `locale`: this spec has one language, so
            /// always `SCREEN_ONLY`.
            #[inline]
            #[must_use]
            pub fn screen_only_in(locale: &#str_) -> &'static [#rt::Screen] {
                let _ = locale;
                Self::SCREEN_ONLY
            }
        };
    }
    let len = Literal::usize_unsuffixed(spec.errors.len() * others);
    let row = if others == 1 {
        quote!(self.index())
    } else {
        let per = Literal::usize_unsuffixed(others);
        quote!(self.index() * #per)
    };
    let mut messages = Vec::with_capacity(spec.errors.len() * others);
    for e in &spec.errors {
        for t in &e.translations {
            messages.push(&t.message);
        }
    }
    // An arm for each code whose every other locale has the text.
    let screen_arms = |text: fn(&Translation) -> Option<&String>| {
        let mut arms = Vec::new();
        for (e, v) in spec.errors.iter().zip(variants) {
            if e.translations.iter().all(|t| text(t).is_some()) {
                let texts = e.translations.iter().filter_map(text);
                arms.push(quote!(Self::#v => #option::Some([#(#texts),*][l - 1])));
            }
        }
        arms
    };
    let title = sparse_match(
        &screen_arms(|t| t.screen_title.as_ref()),
        &quote!(#option::None),
    );
    let text = sparse_match(
        &screen_arms(|t| t.screen_text.as_ref()),
        &quote!(#option::None),
    );
    let mut screen_only = Vec::with_capacity(others);
    for l in 0..others {
        let screens = spec.screens.iter().map(|s| {
            let t = &s.translations[l];
            let (name, text) = (&s.name, &t.text);
            let title = opt_str(t.title.as_deref());
            quote!(#rt::Screen::__new(#name, #title, #text))
        });
        screen_only.push(quote!(&[#(#screens),*]));
    }
    quote! {
        #head
        /// The message in `locale` ([`message`](Self::message) is the first locale's).
        #docs
        #[must_use]
        pub fn message_in(self, locale: &#str_) -> &'static #str_ {
            #[allow(clippy::large_stack_arrays)]
            static OTHERS: [&#str_; #len] = [#(#messages),*];
            match #rt::locale_index(Self::LOCALES, locale) {
                0 => self.message(),
                l => OTHERS[#row + l - 1],
            }
        }
        /// The screen's heading in `locale`, if the spec says.
        #docs
        #[must_use]
        pub fn screen_title_in(self, locale: &#str_) -> #option<&'static #str_> {
            match #rt::locale_index(Self::LOCALES, locale) {
                0 => self.screen_title(),
                l => { #title }
            }
        }
        /// The screen's text in `locale`, if the spec says.
        #docs
        #[must_use]
        pub fn screen_text_in(self, locale: &#str_) -> #option<&'static #str_> {
            match #rt::locale_index(Self::LOCALES, locale) {
                0 => self.screen_text(),
                l => { #text }
            }
        }
        /// [`SCREEN_ONLY`](Self::SCREEN_ONLY) in `locale`.
        #docs
        #[must_use]
        pub fn screen_only_in(locale: &#str_) -> &'static [#rt::Screen] {
            const OTHERS: &[&[#rt::Screen]] = &[#(#screen_only),*];
            match #rt::locale_index(Self::LOCALES, locale) {
                0 => Self::SCREEN_ONLY,
                l => OTHERS[l - 1],
            }
        }
    }
}

/// The accessor of field `i` (and `NAME_in` for a `text` field): a table of one value per
/// code, or the value itself when every code has the same.
fn field(spec: &Spec, index: usize, f: &FieldDef) -> TokenStream {
    let rt = quote!(::link_errors::__private_v0_1);
    let str_ = primitive("str");
    let option = quote!(::core::option::Option);
    let name = format_ident!("{}", f.name);
    let scalar = match f.ty {
        FieldType::String | FieldType::Text => quote!(&'static #str_),
        // The other types are named in a spec as Rust names them.
        ty => primitive(ty.name()),
    };
    let ty = if f.optional {
        quote!(#option<#scalar>)
    } else {
        scalar.clone()
    };
    // A static's references are `'static` already; clippy asks not to say it twice.
    let static_ty = match (f.ty, f.optional) {
        (FieldType::String | FieldType::Text, true) => quote!(#option<&#str_>),
        (FieldType::String | FieldType::Text, false) => quote!(&#str_),
        _ => ty.clone(),
    };
    let value = |v: &FieldValue, locale: usize| -> TokenStream {
        let inner = match v {
            FieldValue::Absent => return quote!(#option::None),
            FieldValue::Bool(b) => quote!(#b),
            FieldValue::Int(i) => {
                let lit = Literal::u128_unsuffixed(i.unsigned_abs());
                if *i < 0 { quote!(-#lit) } else { quote!(#lit) }
            }
            FieldValue::Str(s) => quote!(#s),
            FieldValue::Text(t) => {
                let s = &t[locale];
                quote!(#s)
            }
        };
        if f.optional {
            quote!(#option::Some(#inner))
        } else {
            inner
        }
    };
    let table = |locale: usize| -> TokenStream {
        let mut values = Vec::with_capacity(spec.errors.len());
        for e in &spec.errors {
            values.push(value(&e.values[index], locale));
        }
        if let Some((first, rest)) = values.split_first() {
            let first_text = first.to_string();
            if rest.iter().all(|v| v.to_string() == first_text) {
                return quote!({ let _ = self; #first });
            }
        }
        let count = Literal::usize_unsuffixed(spec.errors.len());
        quote!({
            #[allow(clippy::large_stack_arrays)]
            static VALUES: [#static_ty; #count] = [#(#values),*];
            VALUES[self.index()]
        })
    };
    let mut doc = f
        .doc
        .clone()
        .unwrap_or_else(|| format!("The `{}` field.", f.name));
    let _ = write!(
        doc,
        "

Field `{}` of type `{}`",
        f.name,
        f.ty.name()
    );
    match (&f.default, f.optional) {
        (Some(d), _) => {
            let _ = write!(doc, ", default {d}");
        }
        (None, true) => doc.push_str(", optional"),
        (None, false) => {}
    }
    if !f.one_of.is_empty() {
        let _ = write!(doc, ", one of {:?}", f.one_of);
    }
    doc.push('.');
    let lines = doc_lines(&doc);
    let first = table(0);
    let accessor = quote! {
        #(#[doc = #lines])*
        #[inline]
        #[must_use]
        pub const fn #name(self) -> #ty #first
    };
    if f.ty != FieldType::Text {
        return accessor;
    }
    let name_in = format_ident!("{}_in", f.name);
    let in_doc = format!(
        " [`{0}`](Self::{0}) in `locale`: exact, then with subtags dropped, then the first locale.",
        f.name
    );
    let others = spec.locale_count() - 1;
    if others == 0 {
        return quote! {
            #accessor
            #[doc = #in_doc]
            #[inline]
            #[must_use]
            pub fn #name_in(self, locale: &#str_) -> #ty {
                let _ = locale;
                self.#name()
            }
        };
    }
    let mut arms = Vec::with_capacity(others);
    for l in 1..=others {
        let body = table(l);
        let l = Literal::usize_unsuffixed(l);
        arms.push(quote!(#l => #body));
    }
    quote! {
        #accessor
        #[doc = #in_doc]
        #[must_use]
        pub fn #name_in(self, locale: &#str_) -> #ty {
            match #rt::locale_index(Self::LOCALES, locale) {
                #(#arms,)*
                _ => self.#name(),
            }
        }
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

/// `::core::primitive::{name}`: the path to a primitive type that no user type can shadow.
fn primitive(name: &str) -> TokenStream {
    let name = Ident::new(name, Span::call_site());
    quote!(::core::primitive::#name)
}

/// The lines of `doc`, each for a `#[doc]` of its own, as `///` comments would give: rustdoc
/// and readers see the same.
fn doc_lines(doc: &str) -> impl Iterator<Item = String> {
    doc.lines().map(|l| format!(" {l}"))
}

fn opt_str(s: Option<&str>) -> TokenStream {
    match s {
        Some(s) => quote!(::core::option::Option::Some(#s)),
        None => quote!(::core::option::Option::None),
    }
}

/// The variant's rustdoc: its message, its screen, where it comes from.
fn variant_doc(e: &ErrorDef, fields: &[FieldDef], spec_name: &str) -> String {
    let mut doc = format!("{}\n\nCode `{}`", e.message, e.code);
    if !e.aliases.is_empty() {
        doc.push_str(" (also accepted: ");
        for (i, a) in e.aliases.iter().enumerate() {
            let comma = if i > 0 { ", " } else { "" };
            let _ = write!(doc, "{comma}`{a}`");
        }
        doc.push(')');
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
    if !fields.is_empty() {
        doc.push_str("\n\nFields: ");
        for (i, (f, v)) in fields.iter().zip(&e.values).enumerate() {
            let comma = if i > 0 { ", " } else { "" };
            let _ = write!(doc, "{comma}`{}` = {v}", f.name);
        }
        doc.push('.');
    }
    let _ = write!(doc, "\n\n*Spec: `{spec_name}`, line {}.*", e.line);
    doc
}

/// The `CodeSet` storage for `n` codes, and its full mask, like enumset's: the smallest
/// integer that holds `n` bits, or an array of `u64`s beyond 128.
fn bits(n: usize) -> (TokenStream, TokenStream) {
    let int = |ty: &str, width: usize| {
        let mask = if n >= width {
            u128::MAX >> (128 - width)
        } else {
            (1u128 << n) - 1
        };
        let mask = Literal::u128_unsuffixed(mask);
        (primitive(ty), quote!(#mask))
    };
    match n {
        0..=8 => int("u8", 8),
        9..=16 => int("u16", 16),
        17..=32 => int("u32", 32),
        33..=64 => int("u64", 64),
        65..=128 => int("u128", 128),
        _ => {
            let words = n.div_ceil(64);
            let rest = n % 64;
            let last = if rest == 0 {
                u64::MAX
            } else {
                (1u64 << rest) - 1
            };
            let u64_ = primitive("u64");
            let full = (0..words - 1).map(|_| quote!(#u64_::MAX));
            let last = Literal::u64_unsuffixed(last);
            let len = Literal::usize_unsuffixed(words);
            (quote!([#u64_; #len]), quote!([#(#full,)* #last]))
        }
    }
}

#[cfg(test)]
mod tests {
    use proc_macro2::{Delimiter, TokenStream, TokenTree};

    use super::{Options, generate};
    use crate::schema::GENERATED_ITEMS;
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
        let head = EnumHead::named("E").unwrap();
        let plain = Spec::parse(
            "[[error]]\ncode = \"A\"\nmessage = \"A.\"\nscreen_text = \"On screen.\"\n",
        )
        .unwrap();
        let tokens = generate(
            &head,
            &plain,
            &Options::new(link_errors_dispatch::from_code),
        );
        assert_eq!(inherent_items(tokens, "E"), GENERATED_ITEMS);
        // With locales and fields: the same items, then each field's accessors.
        let rich = Spec::parse(
            "locales = [\"en\", \"es\"]\n[fields.advice]\ntype = \"text\"\n\
             [fields.retry]\ntype = \"bool\"\n\
             [[error]]\ncode = \"A\"\nmessage = { en = \"A.\", es = \"A es.\" }\n\
             advice = { en = \"Go.\", es = \"Ve.\" }\nretry = true\n",
        )
        .unwrap();
        let tokens = generate(&head, &rich, &Options::new(link_errors_dispatch::from_code));
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
        );
        assert_eq!(parsed.diagnostics.len(), 3, "{:?}", parsed.diagnostics);
        let variants: Vec<_> = parsed
            .spec
            .errors
            .iter()
            .map(|e| e.variant.as_str())
            .collect();
        assert_eq!(variants, ["CardDeclined", "Café", "AB", "Ok"]);
        let tokens = generate(
            &head,
            &parsed.spec,
            &Options::new(link_errors_dispatch::from_code),
        )
        .to_string();
        assert!(tokens.contains("CardDeclined"), "{tokens}");
    }
}
