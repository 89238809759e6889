//! `from_code`: the wire string to the code, through a perfect hash built at expansion time.
//!
//! A string `match` compares arm after arm once lengths collide (380 ns at 1,000 codes of one
//! length); rustc's length switch helps only when lengths vary, and its jump mispredicts on
//! mixed input. Here every wire string (codes and aliases) gets its own slot of a static table
//! (`table.rs`), and a lookup is: a length range check, four word loads from the input, one
//! hash (`hash.rs`), a pilot load (large specs only), one table entry, a branch-free compare of
//! words, length and nothing else. No allocation, no `memcmp` up to 32 bytes, no runtime
//! dependency, the same few nanoseconds at 7 or 10,000 codes (see BENCHMARKS.md).
//!
//! The tables are byte-string literals: one token each, so that a 10,000-code spec costs the
//! compiler almost nothing to parse or const-evaluate (an array literal of 50,000 integers
//! would).

mod hash;
mod table;

use proc_macro2::{Ident, Literal, TokenStream};
use quote::quote;

use crate::model::Spec;
use table::{Key, Table};

/// The body of `from_code(code: &str) -> Option<Self>`.
pub fn from_code(spec: &Spec, variants: &[Ident]) -> TokenStream {
    debug_assert_eq!(spec.errors.len(), variants.len());
    let option = quote!(::core::option::Option);
    let keys: Vec<Key<'_>> = spec
        .errors
        .iter()
        .enumerate()
        .flat_map(|(index, e)| {
            std::iter::once(&e.code)
                .chain(&e.aliases)
                .map(move |wire| Key { wire, index })
        })
        .collect();
    if keys.is_empty() {
        return quote! {
            let _ = code;
            #option::None
        };
    }
    let table = Table::build(&keys);
    body(&table)
}

fn body(t: &Table<'_>) -> TokenStream {
    let u8_ = quote!(::core::primitive::u8);
    let u16_ = quote!(::core::primitive::u16);
    let u64_ = quote!(::core::primitive::u64);
    let usize_ = quote!(::core::primitive::usize);
    let str_ = quote!(::core::primitive::str);
    let option = quote!(::core::option::Option);
    let s = hash::seeds(t.seed);

    let (min, span) = (t.min, t.max - t.min);
    let helpers = hash::tokens::helpers();
    let words = hash::tokens::words(&s, t.max);
    let hash = hash::tokens::hash(&s);

    // The pilot: a constant with one bucket, else a `u16` from the pilot table.
    let nb = t.pilots.len() as u64;
    let pilots = if t.pilots.len() == 1 {
        let p = u64::from(t.pilots[0]);
        quote!(let __p: #u64_ = #p;)
    } else {
        let bytes: Vec<u8> = t.pilots.iter().flat_map(|p| p.to_le_bytes()).collect();
        let len = Literal::usize_unsuffixed(bytes.len());
        let lit = Literal::byte_string(&bytes);
        quote! {
            static __PILOTS: [#u8_; #len] = *#lit;
            let __bk = (((__h & 0xFFFF_FFFF) * #nb) >> 32) as #usize_;
            let __p = #u16_::from_le_bytes([__PILOTS[2 * __bk], __PILOTS[2 * __bk + 1]]) as #u64_;
        }
    };
    let k = hash::K;
    let m = t.slots.len() as u64;

    // The entry: `words` words, then length | index << 32.
    let stride = (t.words + 1) * 8;
    let entries = t.entries();
    let entries_len = Literal::usize_unsuffixed(entries.len());
    let entries = Literal::byte_string(&entries);
    let compare = [quote!(__x0), quote!(__x1), quote!(__x2), quote!(__x3)]
        .into_iter()
        .take(t.words)
        .enumerate()
        .map(|(i, x)| {
            let at = i * 8;
            quote!((__w8(__e, #at) ^ #x))
        });
    let meta_at = t.words * 8;
    // Past 32 bytes the words do not cover the string: compare it in full too.
    let long = (t.max > hash::COVERED).then(|| {
        let wires = t.slots.iter().map(|k| match k {
            Some(k) if k.wire.len() > hash::COVERED => k.wire,
            _ => "",
        });
        let m = Literal::usize_unsuffixed(t.slots.len());
        quote! {
            static __LONG: [&#str_; #m] = [#(#wires),*];
            if __n > 32 && __LONG[__s].as_bytes() != __b {
                return #option::None;
            }
        }
    });

    quote! {
        #helpers
        static __ENTRIES: [#u8_; #entries_len] = *#entries;
        let __b = code.as_bytes();
        let __n = __b.len();
        // Outside the keys' lengths (empty and overlong inputs too): not a code.
        if __n.wrapping_sub(#min) > #span {
            return #option::None;
        }
        #words
        #hash
        #pilots
        let __s = ((((__h >> 32) ^ (__p.wrapping_mul(#k) >> 32)) * #m) >> 32) as #usize_;
        let __e = &__ENTRIES[__s * #stride..__s * #stride + #stride];
        let __meta = __w8(__e, #meta_at);
        let __diff = #(#compare |)* ((__meta & 0xFFFF_FFFF) ^ (__n as #u64_));
        // Loaded before the test, so that hit or miss is a select and not a branch.
        let __v = Self::ALL[(__meta >> 32) as #usize_];
        #long
        if __diff == 0 {
            #option::Some(__v)
        } else {
            #option::None
        }
    }
}
