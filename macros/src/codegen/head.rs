//! The user's item: an empty enum whose name, visibility and attributes we keep.
//!
//! Read from the token trees directly, as the arguments are (`args.rs`): an enum head is a few
//! tokens, and the macro crate builds without `syn`.

use std::fmt;

use proc_macro2::{Delimiter, Ident, Span, TokenStream, TokenTree};
use quote::{quote, quote_spanned};

use crate::codegen::ident::{is_ident, is_raw_ident};

/// What the generated enum keeps of the user's: attributes (docs included), visibility, name.
#[derive(Clone)]
pub struct EnumHead {
    /// Attributes and doc comments, each `#[...]` as written.
    pub attrs: Vec<TokenStream>,
    /// `pub`, `pub(crate)`, or nothing.
    pub vis: TokenStream,
    /// The enum's name.
    pub ident: Ident,
}

/// A mistake in what the attribute is given (its arguments, or the item it is on), and where.
#[derive(Debug, Clone)]
pub struct InputError {
    /// The token the message is about.
    pub span: Span,
    /// What is wrong.
    pub message: String,
}

impl InputError {
    /// The mistake `message`, about the token at `span`.
    pub fn new(span: Span, message: impl Into<String>) -> Self {
        Self {
            span,
            message: message.into(),
        }
    }

    /// The error as the compiler reports it: a `compile_error!` at its span.
    pub fn to_compile_error(&self) -> TokenStream {
        let message = &self.message;
        quote_spanned!(self.span=> ::core::compile_error! { #message })
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for InputError {}

const NOT_AN_ENUM: &str = "`#[link_errors::spec]` goes on an empty enum: `pub enum LinkError {}`";

fn is_keyword(tree: Option<&TokenTree>, keyword: &str) -> bool {
    matches!(tree, Some(TokenTree::Ident(i)) if i == keyword)
}

pub(crate) fn span_of(tree: Option<&TokenTree>) -> Span {
    tree.map_or_else(Span::call_site, TokenTree::span)
}

impl EnumHead {
    /// Reads the item the attribute is on.
    ///
    /// # Errors
    /// The item is not an enum, has variants (they come from the spec) or generics. When it
    /// is an enum, the error comes with the head recovered from it, so that the caller can
    /// still emit the enum and keep follow-on errors away.
    pub fn parse(item: TokenStream) -> Result<Self, (InputError, Option<Self>)> {
        let trees: Vec<TokenTree> = item.into_iter().collect();
        let mut at = 0;
        let mut attrs = Vec::new();
        // Outer attributes: `#` then a bracketed group (doc comments arrive in this form).
        while let (Some(TokenTree::Punct(p)), Some(TokenTree::Group(g))) =
            (trees.get(at), trees.get(at + 1))
        {
            if p.as_char() != '#' || g.delimiter() != Delimiter::Bracket {
                break;
            }
            attrs.push(quote!(#p #g));
            at += 2;
        }
        let mut vis = TokenStream::new();
        if is_keyword(trees.get(at), "pub") {
            vis.extend([trees[at].clone()]);
            at += 1;
            if let Some(TokenTree::Group(g)) = trees.get(at)
                && g.delimiter() == Delimiter::Parenthesis
            {
                vis.extend([trees[at].clone()]);
                at += 1;
            }
        }
        if !is_keyword(trees.get(at), "enum") {
            // `struct Name` and `union Name`: point at the name, as for a misplaced derive.
            let kind = trees.get(at);
            let name = if is_keyword(kind, "struct") || is_keyword(kind, "union") {
                trees.get(at + 1).or(kind)
            } else {
                kind
            };
            return Err((InputError::new(span_of(name), NOT_AN_ENUM), None));
        }
        at += 1;
        let ident = match trees.get(at) {
            Some(TokenTree::Ident(i)) => i.clone(),
            other => return Err((InputError::new(span_of(other), NOT_AN_ENUM), None)),
        };
        at += 1;
        let head = Self { attrs, vis, ident };
        let problem = match trees.get(at) {
            Some(TokenTree::Punct(p)) if p.as_char() == '<' => Some(InputError::new(
                p.span(),
                "the enum cannot have generic parameters",
            )),
            Some(TokenTree::Ident(w)) if w == "where" => Some(InputError::new(
                w.span(),
                "the enum cannot have generic parameters",
            )),
            Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Brace => {
                g.stream().into_iter().next().map(|first| {
                    InputError::new(
                        first.span(),
                        "the enum must be empty: its variants come from the spec",
                    )
                })
            }
            other => Some(InputError::new(span_of(other), NOT_AN_ENUM)),
        };
        match problem {
            Some(e) => Err((e, Some(head))),
            None => Ok(head),
        }
    }

    /// `pub enum {name} {}`, for code generated outside a macro (CLI, build.rs). A raw
    /// identifier (`r#type`) is kept raw.
    ///
    /// # Errors
    /// `name` is not an identifier.
    pub fn named(name: &str) -> Result<Self, InputError> {
        let ident = match name.strip_prefix("r#") {
            Some(raw) if is_raw_ident(raw) => Ident::new_raw(raw, Span::call_site()),
            None if is_ident(name) => Ident::new(name, Span::call_site()),
            _ => {
                let message = format!("`{name}` is not a Rust identifier");
                return Err(InputError::new(Span::call_site(), message));
            }
        };
        Ok(Self {
            attrs: Vec::new(),
            vis: quote!(pub),
            ident,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::EnumHead;
    use quote::quote;

    fn message(item: proc_macro2::TokenStream) -> (String, bool) {
        let (e, head) = EnumHead::parse(item).err().expect("an error");
        (e.message, head.is_some())
    }

    #[test]
    fn keeps_attributes_visibility_and_name() {
        let head = EnumHead::parse(quote! {
            /// Docs.
            #[allow(dead_code)]
            pub(crate) enum LinkError {}
        })
        .ok()
        .unwrap();
        assert_eq!(head.attrs.len(), 2);
        assert_eq!(head.vis.to_string(), quote!(pub(crate)).to_string());
        assert_eq!(head.ident, "LinkError");
        assert!(
            EnumHead::parse(quote!(
                enum E {}
            ))
            .ok()
            .unwrap()
            .vis
            .is_empty()
        );
    }

    #[test]
    fn refuses_what_is_not_an_empty_enum() {
        for item in [
            quote!(
                pub struct E;
            ),
            quote!(union U { a: u8 }),
            quote!(
                fn f() {}
            ),
            quote!(),
        ] {
            let (msg, recovered) = message(item);
            assert!(msg.contains("goes on an empty enum"), "{msg}");
            assert!(!recovered);
        }
        // An enum: the head is recovered, so the caller can still emit it.
        for (item, says) in [
            (
                quote!(
                    enum E<T> {}
                ),
                "generic",
            ),
            (
                quote!(
                    enum E
                    where
                        u8: Copy, {}
                ),
                "generic",
            ),
            (
                quote!(
                    enum E {
                        A,
                    }
                ),
                "must be empty",
            ),
        ] {
            let (msg, recovered) = message(item);
            assert!(msg.contains(says), "{msg}");
            assert!(recovered);
        }
    }

    #[test]
    fn names_are_identifiers() {
        assert_eq!(
            EnumHead::named("LinkError").ok().unwrap().ident,
            "LinkError"
        );
        assert_eq!(
            EnumHead::named("r#type").ok().unwrap().ident.to_string(),
            "r#type"
        );
        for bad in ["type", "r#self", "1x", "a b", ""] {
            assert!(EnumHead::named(bad).is_err(), "{bad}");
        }
    }
}
