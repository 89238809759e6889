//! `from_code`: the wire string to the code.

use proc_macro2::{Ident, TokenStream};
use quote::quote;

use crate::model::Spec;

/// The body of `from_code(code: &str) -> Option<Self>`.
pub fn from_code(spec: &Spec, variants: &[Ident]) -> TokenStream {
    let arms = spec.errors.iter().zip(variants).map(|(e, v)| {
        let wires = std::iter::once(&e.code).chain(&e.aliases);
        quote!(#(#wires)|* => ::core::option::Option::Some(Self::#v))
    });
    quote! {
        match code {
            #(#arms,)*
            _ => ::core::option::Option::None,
        }
    }
}
