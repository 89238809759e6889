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
    /// The item is not an enum, has variants (they come from the spec) or generics.
    pub fn parse(item: TokenStream) -> syn::Result<Self> {
        let input: DeriveInput = syn::parse2(item)?;
        let Data::Enum(data) = &input.data else {
            return Err(syn::Error::new(
                input.ident.span(),
                "`#[link_errors::spec]` goes on an empty enum: `pub enum LinkError {}`",
            ));
        };
        if let Some(v) = data.variants.first() {
            return Err(syn::Error::new(
                v.span(),
                "the enum must be empty: its variants come from the spec",
            ));
        }
        if !input.generics.params.is_empty() || input.generics.where_clause.is_some() {
            return Err(syn::Error::new(
                input.generics.span(),
                "the enum cannot have generic parameters",
            ));
        }
        Ok(Self {
            attrs: input.attrs,
            vis: input.vis,
            ident: input.ident,
        })
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
