//! `from_code`: the wire string to the code, through a perfect hash built at expansion time.
//!
//! A string `match` compares arm after arm once lengths collide (hundreds of nanoseconds at
//! 1,000 codes of one length); rustc's length switch helps only when lengths vary, and its jump
//! mispredicts on mixed input. Here every wire string (codes and aliases) gets its own slot of
//! a static table (`table.rs`), and a lookup is: a length range check, the input's words (two
//! or eight overlapping 8-byte loads, `hash.rs`), one hash, a pilot load (large specs only),
//! one table entry (with short keys, the key's words are in it; with long ones, in a pool next
//! to its variant index), a branch-free compare of words and length, and a select. No
//! allocation, no `memcmp` up to 64 bytes, no runtime dependency, a few nanoseconds at 7 or
//! 10,000 codes, hit or miss (see BENCHMARKS.md).
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
    let u32_ = quote!(::core::primitive::u32);
    let u64_ = quote!(::core::primitive::u64);
    let usize_ = quote!(::core::primitive::usize);
    let option = quote!(::core::option::Option);
    let s = hash::seeds(t.seed);
    let long = t.long();
    let middle = t.max > hash::COVERED;

    let (min, span) = (t.min, t.max - t.min);
    let helpers = hash::tokens::helpers(t.words(), middle.then_some(&s));
    let words = quote!(let __x = __words(__b););
    let hash = hash::tokens::hash(t.words(), middle, &s);

    // The pilot: a constant with one bucket, else a `u16` from the pilot table.
    let nb = t.pilots.len() as u64;
    let pilot = if t.pilots.len() == 1 {
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

    // Hit or miss: `__diff == 0` and the variant index `__i`.
    let check = if long {
        let (entries, pool) = t.long_entries();
        let (entries_len, pool_len) = (entries.len(), pool.len());
        let (entries, pool) = (Literal::byte_string(&entries), Literal::byte_string(&pool));
        let diff = (0..8usize).map(|i| quote!((__x[#i] ^ __y[#i])));
        // Past 64 bytes the words do not cover the string: compare it in full too.
        let full = middle.then(|| {
            quote! {
                if __n > 64 && __k != __b {
                    __diff = 1;
                }
            }
        });
        quote! {
            static __ENTRIES: [#u8_; #entries_len] = *#entries;
            // Records of a `u32` variant index and the key's bytes, padded.
            static __POOL: [#u8_; #pool_len] = *#pool;
            let __meta = __w8(&__ENTRIES, __s * 8);
            let __at = (__meta & 0xFFFF_FFFF) as #usize_;
            let __rec = &__POOL[__at..__at + 4 + __n];
            let __k = &__rec[4..];
            let __y = __words(__k);
            #[allow(unused_mut)]
            let mut __diff = ((__meta >> 32) ^ (__n as #u64_)) | #(#diff)|*;
            #full
            let __i = #u32_::from_le_bytes([__rec[0], __rec[1], __rec[2], __rec[3]]) as #usize_;
        }
    } else {
        let (words, entries) = t.short_entries();
        let stride = (words + 1) * 8;
        let entries_len = entries.len();
        let entries = Literal::byte_string(&entries);
        let diff = (0..words).map(|i| {
            let at = i * 8;
            quote!((__w8(__e, #at) ^ __x[#i]))
        });
        let meta_at = words * 8;
        quote! {
            static __ENTRIES: [#u8_; #entries_len] = *#entries;
            let __e = &__ENTRIES[__s * #stride..__s * #stride + #stride];
            let __meta = __w8(__e, #meta_at);
            let __diff = ((__meta & 0xFFFF_FFFF) ^ (__n as #u64_)) | #(#diff)|*;
            let __i = (__meta >> 32) as #usize_;
        }
    };

    quote! {
        #helpers
        let __b = code.as_bytes();
        let __n = __b.len();
        // Outside the keys' lengths (empty and overlong inputs too): not a code.
        if __n.wrapping_sub(#min) > #span {
            return #option::None;
        }
        #words
        #hash
        #pilot
        let __s = ((((__h >> 32) ^ (__p.wrapping_mul(#k) >> 32)) * #m) >> 32) as #usize_;
        #check
        // Read before the test, and a select, not a branch: hits and misses cost the same and
        // mixed input does not mispredict.
        let __v = Self::ALL[__i];
        ::core::hint::select_unpredictable(__diff == 0, #option::Some(__v), #option::None)
    }
}
