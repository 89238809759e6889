//! A field's accessors: `NAME()` and, for a `text` field, `NAME_in(locale)`. Each reads a
//! table of one value per code, or is the value itself when every code has the same.

use core::fmt::Write as _;

use proc_macro2::{Ident, Literal, TokenStream};
use quote::{ToTokens, format_ident, quote};

use super::one_of;
use super::tokens::{List, Paths, doc_attrs};
use crate::codegen::model::{FieldDef, FieldType, FieldValue, Spec};

/// The accessors of `spec.fields[index]`.
pub(super) fn accessors(
    spec: &Spec,
    ident: &Ident,
    index: usize,
    def: &FieldDef,
    p: &Paths,
) -> TokenStream {
    let f = Field::new(spec, ident, index, def, p);
    let localized = if def.ty == FieldType::Text {
        f.localized()
    } else {
        TokenStream::new()
    };
    p.fill(
        r"
        #docs
        #[inline]
        #[must_use]
        pub const fn #name(self) -> #ty #first
        #localized
        ",
        &[
            ("docs", &doc_attrs(&doc(def))),
            ("name", &format_ident!("{}", def.name)),
            ("ty", &f.ty),
            ("first", &f.table(0)),
            ("localized", &localized),
        ],
    )
}

/// One field, with the Rust types its accessors return and its tables hold.
struct Field<'a> {
    spec: &'a Spec,
    /// The enum's name (a `one_of` field's values are of `<Enum><Field>`).
    ident: &'a Ident,
    index: usize,
    def: &'a FieldDef,
    p: &'a Paths,
    /// The accessor's return type.
    ty: TokenStream,
    /// The type of the table's elements: `ty`, less the `'static` a static's references have.
    static_ty: TokenStream,
}

impl<'a> Field<'a> {
    fn new(
        spec: &'a Spec,
        ident: &'a Ident,
        index: usize,
        def: &'a FieldDef,
        p: &'a Paths,
    ) -> Self {
        let Paths { str_, option, .. } = p;
        let scalar = match def.ty {
            _ if one_of::has_enum(def) => {
                let ty = one_of::enum_ident(ident, def);
                quote!(#ty)
            }
            FieldType::String | FieldType::Text => quote!(&'static #str_),
            // The other types are named in a spec as Rust names them.
            ty => Paths::primitive(ty.name()),
        };
        let ty = if def.optional {
            quote!(#option<#scalar>)
        } else {
            scalar.clone()
        };
        // A static's references are `'static` already; clippy asks not to say it twice.
        let static_ty = match (def.ty, def.optional) {
            _ if one_of::has_enum(def) => ty.clone(),
            (FieldType::String | FieldType::Text, true) => quote!(#option<&#str_>),
            (FieldType::String | FieldType::Text, false) => quote!(&#str_),
            _ => ty.clone(),
        };
        Self {
            spec,
            ident,
            index,
            def,
            p,
            ty,
            static_ty,
        }
    }

    /// A code's value, in `locale` for a `text` field.
    fn value(&self, v: &FieldValue, locale: usize) -> TokenStream {
        let option = &self.p.option;
        let inner = match v {
            FieldValue::Absent => return quote!(#option::None),
            FieldValue::Bool(b) => quote!(#b),
            FieldValue::Int(i) => {
                let lit = Literal::u128_unsuffixed(i.unsigned_abs());
                if *i < 0 { quote!(-#lit) } else { quote!(#lit) }
            }
            FieldValue::Float(x) => {
                // Finite (checked), so the literal is a number; always with a `.` or exponent.
                let lit = Literal::f64_unsuffixed(x.abs());
                if x.is_sign_negative() {
                    quote!(-#lit)
                } else {
                    quote!(#lit)
                }
            }
            FieldValue::Str(s) if one_of::has_enum(self.def) => {
                one_of::value_path(self.ident, self.def, s)
            }
            FieldValue::Str(s) => quote!(#s),
            FieldValue::Text(t) => {
                let s = &t[locale];
                quote!(#s)
            }
        };
        if self.def.optional {
            quote!(#option::Some(#inner))
        } else {
            inner
        }
    }

    /// The accessor's body in `locale`: the one value when every code has it, else a table.
    fn table(&self, locale: usize) -> TokenStream {
        let errors = &self.spec.errors;
        let mut values = List::default();
        let (mut first, mut first_text, mut same) = (None, String::new(), true);
        for e in errors {
            let value = self.value(&e.values[self.index], locale);
            match &first {
                None => {
                    first_text = value.to_string();
                    first = Some(value.clone());
                }
                Some(_) => same = same && value.to_string() == first_text,
            }
            values.push_tokens(value);
        }
        if let (Some(first), true) = (first, same) {
            return quote!({ let _ = self; #first });
        }
        let count = Literal::usize_unsuffixed(errors.len());
        let static_ty = &self.static_ty;
        quote!({
            #[allow(clippy::large_stack_arrays)]
            static VALUES: [#static_ty; #count] = #values;
            VALUES[self.index()]
        })
    }

    /// `NAME_in(locale)` of a `text` field.
    fn localized(&self) -> TokenStream {
        let field = &self.def.name;
        let in_doc = format!(
            " [`{field}`](Self::{field}) in `locale`: exact, then with subtags dropped, then the first locale."
        );
        let holes: [(&str, &dyn ToTokens); 4] = [
            ("in_doc", &in_doc),
            ("name", &format_ident!("{field}")),
            ("name_in", &format_ident!("{field}_in")),
            ("ty", &self.ty),
        ];
        let others = self.spec.locale_count() - 1;
        if others == 0 {
            return self.p.fill(
                r"
                #[doc = #in_doc]
                #[inline]
                #[must_use]
                pub fn #name_in(self, locale: &#str_) -> #ty {
                    let _ = locale;
                    self.#name()
                }
                ",
                &holes,
            );
        }
        let mut arms = TokenStream::new();
        for l in 1..=others {
            let body = self.table(l);
            let l = Literal::usize_unsuffixed(l);
            arms.extend(quote!(#l => #body,));
        }
        let mut holes = holes.to_vec();
        holes.push(("arms", &arms));
        self.p.fill(
            r"
            #[doc = #in_doc]
            #[must_use]
            pub fn #name_in(self, locale: &#str_) -> #ty {
                match #rt::locale_index(Self::LOCALES, locale) {
                    #arms
                    _ => self.#name(),
                }
            }
            ",
            &holes,
        )
    }
}

/// The accessor's rustdoc: the field's own doc, then its type, default and allowed values.
fn doc(f: &FieldDef) -> String {
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
    doc
}
