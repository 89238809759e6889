//! The enum of each `one_of` field: `<Enum><Field>`, one unit variant per value, with
//! `ALL`, `as_str()`, `Display`, `FromStr` and serde (the runtime's feature), and the codes
//! that use each value in its docs. The field's accessors return it.

use core::fmt::Write as _;

use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::{format_ident, quote};

use super::tokens::{List, Paths, copy_derives, doc_attrs};
use crate::codegen::case::upper_camel;
use crate::codegen::head::EnumHead;
use crate::codegen::model::{FieldDef, FieldType, FieldValue, Spec};
use crate::codegen::one_of::generated_variants;

/// Whether `def` gets an enum: a `string` field with a list of values.
pub(super) fn has_enum(def: &FieldDef) -> bool {
    def.ty == FieldType::String && !def.one_of.is_empty()
}

/// The name of `def`'s enum: the enum's name, then the field's in `UpperCamelCase`.
pub(super) fn enum_ident(ident: &Ident, def: &FieldDef) -> Ident {
    format_ident!("{ident}{}", upper_camel(&def.name))
}

/// `<Enum><Field>::<Variant>`, the variant of `value` (one of `def.one_of`).
pub(super) fn value_path(ident: &Ident, def: &FieldDef, value: &str) -> TokenStream {
    let ty = enum_ident(ident, def);
    let variants = generated_variants(&def.one_of);
    let mut name = &variants[0];
    for (v, generated) in def.one_of.iter().zip(&variants) {
        if v == value {
            name = generated;
            break;
        }
    }
    let variant = Ident::new(name, Span::call_site());
    quote!(#ty::#variant)
}

/// Every `one_of` field's enum, in field order.
pub(super) fn enums(head: &EnumHead, spec: &Spec, p: &Paths) -> TokenStream {
    let mut out = TokenStream::new();
    for (index, def) in spec.fields.iter().enumerate() {
        if has_enum(def) {
            out.extend(one(head, spec, index, def, p));
        }
    }
    out
}

/// The enum of `spec.fields[index]`.
fn one(head: &EnumHead, spec: &Spec, index: usize, def: &FieldDef, p: &Paths) -> TokenStream {
    let ty = enum_ident(&head.ident, def);
    let result = &p.result;
    let (mut variants, mut all, mut as_str, mut from_str, mut values) = (
        TokenStream::new(),
        List::default(),
        TokenStream::new(),
        TokenStream::new(),
        List::default(),
    );
    for (v, value) in generated_variants(&def.one_of).iter().zip(&def.one_of) {
        let v = Ident::new(v, Span::call_site());
        let doc = format!(" `\"{value}\"`");
        variants.extend(quote!(#[doc = #doc] #v,));
        all.push_tokens(quote!(Self::#v));
        as_str.extend(quote!(Self::#v => #value,));
        from_str.extend(quote!(#value => #result::Ok(Self::#v),));
        values.push(value);
    }
    p.fill(
        r"
        #docs
        #derives
        #[derive(::core::fmt::Debug)]
        #vis enum #ty {
            #variants
        }

        impl #ty {
            /// Every value, in the order `one_of` lists them.
            pub const ALL: [Self; #count] = #all;

            /// The value as the spec writes it.
            #[must_use]
            pub const fn as_str(self) -> &'static #str_ {
                match self {
                    #as_str
                }
            }
        }

        const _: () = {
            #[automatically_derived]
            impl ::core::fmt::Display for #ty {
                fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    f.write_str(self.as_str())
                }
            }

            #[automatically_derived]
            impl ::core::str::FromStr for #ty {
                type Err = #rt::ParseValueError;

                fn from_str(s: &#str_) -> #result<Self, Self::Err> {
                    match s {
                        #from_str
                        _ => #result::Err(#rt::ParseValueError::__new(#field, s, &#values)),
                    }
                }
            }

            #rt::impl_serde_value!(#ty);
        };
        ",
        &[
            ("docs", &doc_attrs(&doc(&head.ident, spec, index, def))),
            ("derives", &copy_derives()),
            ("vis", &head.vis),
            ("ty", &ty),
            ("count", &Literal::usize_unsuffixed(def.one_of.len())),
            ("variants", &variants),
            ("all", &all),
            ("as_str", &as_str),
            ("from_str", &from_str),
            ("field", &def.name),
            ("values", &values),
        ],
    )
}

/// The enum's rustdoc: which field it is, then each value with the codes that have it.
fn doc(ident: &Ident, spec: &Spec, index: usize, def: &FieldDef) -> String {
    let mut doc = format!(
        "The values of field `{}` of [`{ident}`] (its accessor [`{ident}::{}`] returns one).",
        def.name, def.name
    );
    if let Some(d) = &def.doc {
        let _ = write!(doc, "\n\n{d}");
    }
    doc.push('\n');
    for v in &def.one_of {
        let default = match &def.default {
            Some(FieldValue::Str(d)) if d == v => " (the default)",
            _ => "",
        };
        let _ = write!(doc, "\n- `\"{v}\"`{default}: ");
        let mut used = false;
        for e in &spec.errors {
            if matches!(&e.values[index], FieldValue::Str(s) if s == v) {
                let comma = if used { ", " } else { "" };
                let _ = write!(doc, "{comma}`{}`", e.code);
                used = true;
            }
        }
        doc.push_str(if used { "." } else { "no code." });
    }
    doc
}
