//! `LOCALES` and the `_in` methods. Without locales they answer with the only text; with them,
//! the first locale's text stays where `message()` reads it, and the other locales' texts are
//! in tables of their own, so no string is emitted twice.

use proc_macro2::{Ident, Literal, TokenStream};
use quote::quote;

use super::tokens::{List, Paths, sparse_match};
use crate::codegen::model::{Spec, Translation};

/// `LOCALES`, `message_in`, `screen_title_in`, `screen_text_in` and `screen_only_in`.
pub(super) fn items(spec: &Spec, variants: &[Ident], p: &Paths) -> TokenStream {
    let mut tags = List::default();
    for tag in &spec.locales {
        tags.push(tag);
    }
    let head = p.fill(
        r"
        /// The locales the texts are in (BCP 47 tags), the language of `message()` first;
        /// empty when the spec declares none.
        pub const LOCALES: &'static [&'static #str_] = &#tags;
        ",
        &[("tags", &tags)],
    );
    let methods = match spec.locale_count() - 1 {
        0 => one_language(p),
        others => translated(spec, variants, others, p),
    };
    quote!(#head #methods)
}

/// The `_in` methods of a spec with one language: each answers with the only text.
fn one_language(p: &Paths) -> TokenStream {
    p.fill(
        r"
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
        ",
        &[],
    )
}

/// The `_in` methods of a spec with `others` locales after the first: the first locale's text
/// where the plain method reads it, the others' from tables indexed by code and locale.
fn translated(spec: &Spec, variants: &[Ident], others: usize, p: &Paths) -> TokenStream {
    let docs = p.fill(
        r"
        /// The locale is looked up exactly, then with its last subtags dropped (`es-ES`
        /// finds `es`), ignoring ASCII case; when nothing matches, the first locale's text.
        ",
        &[],
    );
    let len = Literal::usize_unsuffixed(spec.errors.len() * others);
    let row = if others == 1 {
        quote!(self.index())
    } else {
        let per = Literal::usize_unsuffixed(others);
        quote!(self.index() * #per)
    };
    let mut messages = List::default();
    for e in &spec.errors {
        for t in &e.translations {
            messages.push(&t.message);
        }
    }
    let title = screen_text_match(spec, variants, |t| t.screen_title.as_ref(), p);
    let text = screen_text_match(spec, variants, |t| t.screen_text.as_ref(), p);
    let screen_only = screen_only_tables(spec, others, p);
    p.fill(
        r"
        /// The message in `locale` ([`message`](Self::message) is the first locale's).
        #docs
        #[must_use]
        pub fn message_in(self, locale: &#str_) -> &'static #str_ {
            #[allow(clippy::large_stack_arrays)]
            static OTHERS: [&#str_; #len] = #messages;
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
                #title
            }
        }
        /// The screen's text in `locale`, if the spec says.
        #docs
        #[must_use]
        pub fn screen_text_in(self, locale: &#str_) -> #option<&'static #str_> {
            match #rt::locale_index(Self::LOCALES, locale) {
                0 => self.screen_text(),
                #text
            }
        }
        /// [`SCREEN_ONLY`](Self::SCREEN_ONLY) in `locale`.
        #docs
        #[must_use]
        pub fn screen_only_in(locale: &#str_) -> &'static [#rt::Screen] {
            const OTHERS: &[&[#rt::Screen]] = &#screen_only;
            match #rt::locale_index(Self::LOCALES, locale) {
                0 => Self::SCREEN_ONLY,
                l => OTHERS[l - 1],
            }
        }
        ",
        &[
            ("docs", &docs),
            ("len", &len),
            ("messages", &messages),
            ("row", &row),
            ("title", &title),
            ("text", &text),
            ("screen_only", &screen_only),
        ],
    )
}

/// The arm of a screen text (`text` of a translation) in the locales after the first, `l`:
/// a match with an arm for each code whose every other locale has the text, or `None` for all
/// when no code has one (binding no `l`, which would be unused).
fn screen_text_match(
    spec: &Spec,
    variants: &[Ident],
    text: fn(&Translation) -> Option<&String>,
    p: &Paths,
) -> TokenStream {
    let option = &p.option;
    let mut arms = Vec::new();
    for (e, v) in spec.errors.iter().zip(variants) {
        let mut texts = List::default();
        for t in &e.translations {
            match text(t) {
                Some(t) => texts.push(t),
                None => break,
            }
        }
        if texts.len() == e.translations.len() {
            arms.push(quote!(Self::#v => #option::Some(#texts[l - 1])));
        }
    }
    if arms.is_empty() {
        return quote!(_ => #option::None);
    }
    let texts = sparse_match(&arms, &quote!(#option::None));
    quote!(l => { #texts })
}

/// `SCREEN_ONLY` in each locale after the first.
fn screen_only_tables(spec: &Spec, others: usize, p: &Paths) -> List {
    let rt = &p.rt;
    let mut tables = List::default();
    for l in 0..others {
        let mut screens = List::default();
        for s in &spec.screens {
            let t = &s.translations[l];
            let (name, text) = (&s.name, &t.text);
            let title = p.opt_str(t.title.as_deref());
            screens.push_tokens(quote!(#rt::Screen::__new(#name, #title, #text)));
        }
        tables.push_tokens(quote!(&#screens));
    }
    tables
}
