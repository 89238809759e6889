//! The user's item: an empty enum whose name, visibility and attributes we keep.

use proc_macro2::TokenStream;
use syn::spanned::Spanned as _;
use syn::{Attribute, Data, DeriveInput, Ident, Visibility};

/// What the generated enum keeps of the user's: attributes (docs included), visibility, name.
#[derive(Clone)]
pub struct EnumHead {
    /// Attributes and doc comments, emitted as written.
    pub attrs: Vec<Attribute>,
    /// `pub`, `pub(crate)`, or nothing.
    pub vis: Visibility,
    /// The enum's name.
    pub ident: Ident,
}

impl EnumHead {
    /// Reads the item the attribute is on.
    ///
    /// # Errors
    /// The item is not an enum, has variants (they come from the spec) or generics. When it
    /// is an enum, the error comes with the head recovered from it, so that the caller can
    /// still emit the enum and keep follow-on errors away.
    pub fn parse(item: TokenStream) -> Result<Self, (syn::Error, Option<Self>)> {
        let input: DeriveInput = syn::parse2(item).map_err(|e| (e, None))?;
        let Data::Enum(data) = &input.data else {
            let msg = "`#[link_errors::spec]` goes on an empty enum: `pub enum LinkError {}`";
            return Err((syn::Error::new(input.ident.span(), msg), None));
        };
        let problem = if let Some(v) = data.variants.first() {
            Some(syn::Error::new(
                v.span(),
                "the enum must be empty: its variants come from the spec",
            ))
        } else if !input.generics.params.is_empty() || input.generics.where_clause.is_some() {
            Some(syn::Error::new(
                input.generics.span(),
                "the enum cannot have generic parameters",
            ))
        } else {
            None
        };
        let head = Self {
            attrs: input.attrs,
            vis: input.vis,
            ident: input.ident,
        };
        match problem {
            Some(e) => Err((e, Some(head))),
            None => Ok(head),
        }
    }

    /// `pub enum {name} {}`, for code generated outside a macro (CLI, build.rs).
    ///
    /// # Errors
    /// `name` is not an identifier.
    pub fn named(name: &str) -> syn::Result<Self> {
        Ok(Self {
            attrs: Vec::new(),
            vis: syn::parse_quote!(pub),
            ident: syn::parse_str(name)?,
        })
    }
}
