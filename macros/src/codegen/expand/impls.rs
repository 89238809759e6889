//! The trait impls, in one `const _: () = { ... };` block: the standard traits (`Debug`,
//! `Display`, `Error`, `AsRef<str>`, `FromStr`, `TryFrom<&str>`), the runtime's `ErrorCode`
//! with the link's settings and the `CodeSet` storage, serde's, and the constants that make
//! cargo rebuild when the spec or the overlay changes.

use proc_macro2::{Ident, Literal, TokenStream};
use quote::quote;

use super::options::Options;
use super::tokens::{List, Paths};
use crate::codegen::model::{Link, Spec};

/// `const _: () = { ... };` with every trait impl of the enum `ident`.
pub(super) fn trait_impls(
    spec: &Spec,
    ident: &Ident,
    variants: &[Ident],
    opts: &Options<'_>,
    p: &Paths,
) -> TokenStream {
    let track = |path: Option<&str>| {
        path.map(|path| {
            p.fill(
                "const _: &[#u8_] = ::core::include_bytes!(#path);",
                &[("path", &path)],
            )
        })
    };
    let (track, track_overlay) = (track(opts.track), track(opts.track_overlay));
    p.fill(
        r"
        const _: () = {
            #track
            #track_overlay

            #std_impls

            #error_code

            #rt::impl_serde!(#ident);
        };
        ",
        &[
            ("track", &track),
            ("track_overlay", &track_overlay),
            ("std_impls", &std_impls(spec, ident, variants, p)),
            ("error_code", &error_code(spec, ident, p)),
            ("ident", ident),
        ],
    )
}

/// `Debug` (the variant's name, as derived), `Display` (the message), `Error`, `AsRef<str>`
/// (the code), `FromStr` and `TryFrom<&str>` (by code or alias).
fn std_impls(spec: &Spec, ident: &Ident, variants: &[Ident], p: &Paths) -> TokenStream {
    let count = Literal::usize_unsuffixed(spec.errors.len());
    let mut names = List::default();
    for v in variants {
        names.push(&v.to_string());
    }
    p.fill(
        r"
        // As derived (the variant's name), from a table: a derived `Debug` is an N-arm match
        // that costs the compiler more than everything else here at 10,000 codes.
        #[automatically_derived]
        impl ::core::fmt::Debug for #ident {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                // rustc leaves `#[automatically_derived]` `Debug` impls out of dead-code
                // analysis, so it would call this table unused in code written to disk.
                #[allow(dead_code)]
                static NAMES: [&#str_; #count] = #names;
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
        ",
        &[("ident", ident), ("count", &count), ("names", &names)],
    )
}

/// The runtime's `ErrorCode`: the tables, the link's settings and the `CodeSet` storage, and
/// the lookups forwarded to the inherent methods.
fn error_code(spec: &Spec, ident: &Ident, p: &Paths) -> TokenStream {
    let count = Literal::usize_unsuffixed(spec.errors.len());
    let link = link(&spec.link, p);
    let (bits, all_bits) = bits(spec.errors.len());
    p.fill(
        r"
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
        ",
        &[
            ("ident", ident),
            ("count", &count),
            ("link", &link),
            ("bits", &bits),
            ("all_bits", &all_bits),
        ],
    )
}

/// The spec's `[link]` settings as a `LinkSpec` expression.
fn link(link: &Link, p: &Paths) -> TokenStream {
    let url = match &link.url {
        Some(u) => quote!(.with_url(#u)),
        None => TokenStream::new(),
    };
    let mut reserved = List::default();
    for r in &link.reserved {
        reserved.push(r);
    }
    // Every value named, whether or not it is the default.
    p.fill(
        r"
        #rt::LinkSpec::DEFAULT #url
            .with_token_param(#token)
            .with_rollback_param(#rollback)
            .with_rollback_all(#all)
            .with_separator(#separator)
            .with_error_param(#error)
            .with_reserved(&#reserved)
        ",
        &[
            ("url", &url),
            ("token", &link.token_param),
            ("rollback", &link.rollback_param),
            ("all", &link.rollback_all),
            ("separator", &link.separator),
            ("error", &link.error_param),
            ("reserved", &reserved),
        ],
    )
}

/// The `CodeSet` storage for `n` codes, and its full mask, like enumset's: the smallest
/// integer that holds `n` bits, or an array of `u64`s beyond 128.
fn bits(n: usize) -> (TokenStream, TokenStream) {
    let (ty, width) = match n {
        0..=8 => ("u8", 8),
        9..=16 => ("u16", 16),
        17..=32 => ("u32", 32),
        33..=64 => ("u64", 64),
        65..=128 => ("u128", 128),
        _ => return words(n),
    };
    let mask = if n >= width {
        u128::MAX >> (128 - width)
    } else {
        (1u128 << n) - 1
    };
    let mask = Literal::u128_unsuffixed(mask);
    (Paths::primitive(ty), quote!(#mask))
}

/// [`bits`] beyond 128 codes: an array of `u64`s, the last one's mask only as wide as the codes
/// left.
fn words(n: usize) -> (TokenStream, TokenStream) {
    let words = n.div_ceil(64);
    let rest = n % 64;
    let last = if rest == 0 {
        u64::MAX
    } else {
        (1u64 << rest) - 1
    };
    let u64_ = Paths::primitive("u64");
    let mut full = TokenStream::new();
    for _ in 0..words - 1 {
        full.extend(quote!(#u64_::MAX,));
    }
    let last = Literal::u64_unsuffixed(last);
    let len = Literal::usize_unsuffixed(words);
    (quote!([#u64_; #len]), quote!([#full #last]))
}
