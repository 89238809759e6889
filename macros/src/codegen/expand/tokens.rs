//! What every construct emits with: the absolute paths and templates filled with them, sparse
//! matches, doc lines, bracketed lists.

use proc_macro2::{Delimiter, Group, Ident, Punct, Spacing, Span, TokenStream, TokenTree};
use quote::{ToTokens, quote};

use crate::codegen::template;

/// The paths the expansion spells, absolute so that no user name can capture them.
pub(super) struct Paths {
    /// The runtime's hidden, versioned module: `::link_errors::__private_v0_1`.
    pub rt: TokenStream,
    /// `::core::option::Option`.
    pub option: TokenStream,
    /// `::core::result::Result`.
    pub result: TokenStream,
    /// `::core::primitive::str`.
    pub str_: TokenStream,
    /// `::core::primitive::usize`.
    pub usize_: TokenStream,
    /// `::core::primitive::u8`.
    pub u8_: TokenStream,
}

impl Paths {
    pub fn new() -> Self {
        Self {
            rt: template::fill("::link_errors::__private_v0_1", &[]),
            option: template::fill("::core::option::Option", &[]),
            result: template::fill("::core::result::Result", &[]),
            str_: Self::primitive("str"),
            usize_: Self::primitive("usize"),
            u8_: Self::primitive("u8"),
        }
    }

    /// `::core::primitive::{name}`: the path to a primitive type that no user type can shadow.
    pub fn primitive(name: &str) -> TokenStream {
        let name = Ident::new(name, Span::call_site());
        quote!(::core::primitive::#name)
    }

    /// `template` ([`template`]) filled: `#rt`, `#option`, `#result`, `#str_`, `#usize_` and
    /// `#u8_` are these paths, the other `#name`s are given in `holes`.
    pub fn fill(&self, template: &str, holes: &[(&str, &dyn ToTokens)]) -> TokenStream {
        let mut all: Vec<(&str, &dyn ToTokens)> = vec![
            ("rt", &self.rt),
            ("option", &self.option),
            ("result", &self.result),
            ("str_", &self.str_),
            ("usize_", &self.usize_),
            ("u8_", &self.u8_),
        ];
        all.extend_from_slice(holes);
        template::fill(template, &all)
    }

    /// `Option::Some("s")` or `Option::None`.
    pub fn opt_str(&self, s: Option<&str>) -> TokenStream {
        let option = &self.option;
        match s {
            Some(s) => quote!(#option::Some(#s)),
            None => quote!(#option::None),
        }
    }
}

/// The derives of a generated `Copy` enum (the codes' and each `one_of` field's): `Ord` is
/// declaration order.
pub(super) fn copy_derives() -> TokenStream {
    template::fill(
        r"
        #[derive(
            ::core::clone::Clone,
            ::core::marker::Copy,
            ::core::cmp::PartialEq,
            ::core::cmp::Eq,
            ::core::hash::Hash,
            ::core::cmp::PartialOrd,
            ::core::cmp::Ord
        )]
        ",
        &[],
    )
}

/// `match self { arms, _ => default }` for the codes that have a value, or just `default`
/// when none has (a lone wildcard arm is noise).
pub(super) fn sparse_match(arms: &[TokenStream], default: &TokenStream) -> TokenStream {
    if arms.is_empty() {
        return default.clone();
    }
    // The arms go into the braces as they are built: a hole would copy them all again.
    let mut body = TokenStream::new();
    for arm in arms {
        arm.to_tokens(&mut body);
        body.extend([comma()]);
    }
    body.extend(quote!(_ => #default,));
    let body = Group::new(Delimiter::Brace, body);
    template::fill(
        r"
        #[allow(unreachable_patterns)] // every code may have one
        match self #body
        ",
        &[("body", &body)],
    )
}

/// `doc` as `#[doc]` attributes, one per line, as `///` comments would give: rustdoc and
/// readers see the same.
pub(super) fn doc_attrs(doc: &str) -> TokenStream {
    let mut attrs = TokenStream::new();
    for line in doc.lines() {
        let line = format!(" {line}");
        attrs.extend(quote!(#[doc = #line]));
    }
    attrs
}

/// `[a, b, c]`, as `[#(#items),*]` writes it: built item by item, without `quote!`'s
/// repetition (generic code for each list the crate would compile). Its items are written once:
/// a containing stream copies the bracket group, which shares them.
#[derive(Default)]
pub(super) struct List {
    items: TokenStream,
    len: usize,
}

impl List {
    /// How many items the list has.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Adds `item`, after a comma unless it is the first.
    pub fn push(&mut self, item: &dyn ToTokens) {
        if self.len > 0 {
            self.items.extend([comma()]);
        }
        item.to_tokens(&mut self.items);
        self.len += 1;
    }

    /// Adds the tokens of `item`, moved in rather than copied.
    pub fn push_tokens(&mut self, item: TokenStream) {
        if self.len > 0 {
            self.items.extend([comma()]);
        }
        self.items.extend(item);
        self.len += 1;
    }
}

impl ToTokens for List {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        let group = Group::new(Delimiter::Bracket, self.items.clone());
        tokens.extend([TokenTree::Group(group)]);
    }
}

/// `,`, as `quote!` writes it.
pub(super) fn comma() -> TokenTree {
    TokenTree::Punct(Punct::new(',', Spacing::Alone))
}
