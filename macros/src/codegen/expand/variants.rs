//! The enum itself: one documented variant per code, and what the other constructs need to
//! know about the variants (their names, their wire strings, their sparse arms).

use core::fmt::Write as _;

use proc_macro2::{Delimiter, Group, Ident, TokenStream};
use quote::{format_ident, quote};

use super::tokens::{List, Paths, copy_derives, doc_attrs};
use crate::codegen::head::EnumHead;
use crate::codegen::model::{ErrorDef, FieldDef, Spec};
use crate::codegen::template;

/// The variants of a spec's enum, with the per-code facts read in one pass over the codes.
pub(super) struct Variants<'s> {
    /// Each code's variant name, in spec order.
    pub idents: Vec<Ident>,
    /// Every wire string (code or alias) with its variant's index.
    pub keys: Vec<(&'s str, usize)>,
    /// `Self::V => &["alias", ...]` for each code with aliases.
    pub alias_arms: Vec<TokenStream>,
    /// `Self::V => Some(&Screen)` for each code with a screen.
    pub screen_arms: Vec<TokenStream>,
    /// `Some(Self::V)` for the code that arms the EXIT button, else `None`.
    pub exit_code: TokenStream,
}

impl<'s> Variants<'s> {
    /// Reads the variants off `spec`'s codes.
    pub fn of(spec: &'s Spec, p: &Paths) -> Self {
        let (rt, option) = (&p.rt, &p.option);
        let n = spec.errors.len();
        let mut out = Self {
            idents: Vec::with_capacity(n),
            keys: Vec::with_capacity(n),
            // Aliases and screens are sparse: one arm per code that has them, not a table of N
            // mostly-empty entries for the compiler to type-check.
            alias_arms: Vec::new(),
            screen_arms: Vec::new(),
            // The model lets one code at most arm the EXIT button.
            exit_code: quote!(#option::None),
        };
        for (index, e) in spec.errors.iter().enumerate() {
            let v = format_ident!("{}", e.variant);
            out.keys.push((&e.code, index));
            if !e.aliases.is_empty() {
                let mut aliases = List::default();
                for alias in &e.aliases {
                    aliases.push(alias);
                    out.keys.push((alias, index));
                }
                out.alias_arms.push(quote!(Self::#v => &#aliases));
            }
            if let Some(text) = &e.screen_text {
                let code = &e.code;
                let title = p.opt_str(e.screen_title.as_deref());
                out.screen_arms.push(quote!(Self::#v => #option::Some(const { &#rt::Screen::__new(#code, #title, #text) })));
            }
            if e.exit_button {
                out.exit_code = quote!(#option::Some(Self::#v));
            }
            out.idents.push(v);
        }
        out
    }
}

/// The enum's declaration: the user's attributes and visibility, the derives, one documented
/// (and maybe deprecated) variant per code.
pub(super) fn declaration(
    head: &EnumHead,
    spec: &Spec,
    spec_name: &str,
    variants: &[Ident],
) -> TokenStream {
    let mut user_attrs = TokenStream::new();
    for attr in &head.attrs {
        user_attrs.extend(attr.clone());
    }
    let mut defs = TokenStream::new();
    for (e, v) in spec.errors.iter().zip(variants) {
        defs.extend(doc_attrs(&variant_doc(e, &spec.fields, spec_name)));
        match &e.deprecated {
            None => {}
            Some(None) => defs.extend(quote!(#[deprecated])),
            Some(Some(note)) => defs.extend(quote!(#[deprecated(note = #note)])),
        }
        defs.extend(quote!(#v,));
    }
    // The variants go into the braces as they are built: a hole would copy them all again.
    let defs = Group::new(Delimiter::Brace, defs);
    template::fill(
        r"
        #user_attrs
        #derives
        // The vendor names the codes; a shared prefix or suffix is not the user's to fix.
        #[allow(clippy::enum_variant_names)]
        #vis enum #ident #defs
        ",
        &[
            ("user_attrs", &user_attrs),
            ("derives", &copy_derives()),
            ("vis", &head.vis),
            ("ident", &head.ident),
            ("defs", &defs),
        ],
    )
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
