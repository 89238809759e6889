//! `from_code`: the wire string to the code, through a perfect hash built at expansion time.
//!
//! A string `match` compares arm after arm once lengths collide (hundreds of nanoseconds at
//! 1,000 codes of one length); rustc's length switch helps only when lengths vary, and its jump
//! mispredicts on mixed input. Here every wire string (code or alias) of up to 64 bytes gets its
//! own slot of a static table (`table.rs`), and a lookup is: a length range test; a few 8-byte
//! loads and one multiply (`hash.rs`: the generator picks the words that tell the keys apart,
//! usually the first and the last); a pilot load (large specs only); and one slot, compared
//! branch-free: its row holds the key as 8-byte words (keys up to 32 bytes) or as 16-byte
//! chunks, which the compiler turns into vector compares; its length and variant sit side by
//! side in another table. A select, not a branch, returns the variant or `None`. No allocation,
//! no `memcmp`, no runtime dependency, a few nanoseconds at 7 or 10,000 codes, hit or miss (see
//! BENCHMARKS.md). Codes longer than 64 bytes (rare) go to a plain `match` behind a length test.
//!
//! The rows are a byte-string literal, one token, so that a 10,000-code spec costs the compiler
//! almost nothing to parse or const-evaluate (an array literal of 50,000 integers would).

mod hash;
mod table;

use proc_macro2::{Ident, Literal, TokenStream};
use quote::quote;

use crate::model::Spec;
use table::{Key, Table};

/// The body of `from_code(code: &str) -> Option<Self>` in `impl #ident`.
pub fn from_code(spec: &Spec, ident: &Ident, variants: &[Ident]) -> TokenStream {
    debug_assert_eq!(spec.errors.len(), variants.len());
    let option = quote!(::core::option::Option);
    let (short, long): (Vec<Key<'_>>, Vec<Key<'_>>) = spec
        .errors
        .iter()
        .enumerate()
        .flat_map(|(index, e)| {
            std::iter::once(&e.code)
                .chain(&e.aliases)
                .map(move |wire| Key { wire, index })
        })
        .partition(|k| k.wire.len() <= hash::COVERED);
    // Codes past `COVERED` bytes: a plain `match`, behind a length test that real input
    // (codes of a few words) always predicts.
    let long = (!long.is_empty()).then(|| {
        let covered = hash::COVERED;
        let arms = long.iter().map(|k| {
            let (wire, v) = (k.wire, &variants[k.index]);
            quote!(#wire => #option::Some(Self::#v),)
        });
        quote! {
            if code.len() > #covered {
                return match code {
                    #(#arms)*
                    _ => #option::None,
                };
            }
        }
    });
    if short.is_empty() {
        return quote! {
            #long
            let _ = code;
            #option::None
        };
    }
    let table = body(&Table::build(&short), ident, variants);
    quote! {
        #long
        #table
    }
}

fn body(t: &Table<'_>, ident: &Ident, variants: &[Ident]) -> TokenStream {
    let u8_ = quote!(::core::primitive::u8);
    let u64_ = quote!(::core::primitive::u64);
    let usize_ = quote!(::core::primitive::usize);
    let option = quote!(::core::option::Option);
    let (min, span) = (t.min, t.max - t.min);
    let (short_inputs, long_inputs) = (t.min < 8, t.max >= 8);
    let helpers = hash::tokens::helpers(short_inputs, t.chunks > 0, t.multiplier.is_none());
    let words = hash::tokens::words(t.width, short_inputs, long_inputs);

    let slot = match t.multiplier {
        Some(multiplier) => hash::tokens::tiny_slot(&t.pick.words, multiplier, t.slots.len()),
        None => {
            let hash = hash::tokens::hash(&t.pick, &hash::seeds(t.seed));
            let pilot = pilot(t);
            let m = t.slots.len() as u64;
            quote! {
                #hash
                #pilot
                let __s = ((((__h >> 32) ^ __p) * #m) >> 32) as #usize_;
            }
        }
    };

    // The slot: the key's words or chunks, its length and its variant, compared branch-free.
    let stride = t.stride();
    let (rows, lens) = t.entries();
    let rows_len = rows.len();
    let rows = Literal::byte_string(&rows);
    let slots_len = t.slots.len();
    let slot_variants = t.slots.iter().map(|k| &variants[k.map_or(0, |k| k.index)]);
    // With keys of one length, the range test has checked the length, and an empty slot's
    // row matches no input.
    let length = (t.min != t.max).then(|| quote!(((__len as #u64_) ^ (__n as #u64_)) |));
    // Each slot's key length and variant (the first in an empty slot), side by side: one load
    // finds both, with no index to load first and no bounds check.
    let slots = if t.min == t.max {
        quote! {
            static __VARIANTS: [#ident; #slots_len] = [#(#ident::#slot_variants),*];
            let __v = __VARIANTS[__s];
        }
    } else {
        let lens = lens.iter().map(|&l| Literal::u8_unsuffixed(l));
        quote! {
            static __SLOTS: [(#u8_, #ident); #slots_len] = [#((#lens, #ident::#slot_variants)),*];
            let (__len, __v) = __SLOTS[__s];
        }
    };
    let diff = if t.chunks > 0 {
        let chunks = hash::tokens::chunk_diff(t.chunks, t.width, t.short_inputs());
        quote! {
            #chunks
            let __diff = #length __d;
        }
    } else {
        let words = (0..t.width).map(|i| {
            let at = i * 8;
            quote!((__w8(__e, #at) ^ __x[#i]))
        });
        quote! {
            let __diff = #length #(#words)|*;
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
        #slot
        // Aligned so that no row straddles two cache lines, and chunks are aligned for vector
        // compares.
        #[repr(align(64))]
        struct __Rows([#u8_; #rows_len]);
        static __ROWS: __Rows = __Rows(*#rows);
        let __e = &__ROWS.0[__s * #stride..__s * #stride + #stride];
        #slots
        #diff
        // The variant is read before the test, and this is a select, not a branch: hits and
        // misses cost the same and mixed input does not mispredict.
        ::core::hint::select_unpredictable(__diff == 0, #option::Some(__v), #option::None)
    }
}

/// `let __p = ...;`, the pilot's part of the slot (`hash::slot`) of `__h`: a constant with one
/// bucket, else a `u32` from the pilot table, spread here rather than at run time.
fn pilot(t: &Table<'_>) -> TokenStream {
    let u8_ = quote!(::core::primitive::u8);
    let u32_ = quote!(::core::primitive::u32);
    let u64_ = quote!(::core::primitive::u64);
    let usize_ = quote!(::core::primitive::usize);
    let moves: Vec<u32> = t.pilots.iter().map(|&p| hash::pilot_move(p)).collect();
    if let [only] = moves[..] {
        let p = u64::from(only);
        return quote!(let __p: #u64_ = #p;);
    }
    let nb = t.pilots.len() as u64;
    let bytes: Vec<u8> = moves.iter().flat_map(|p| p.to_le_bytes()).collect();
    let len = Literal::usize_unsuffixed(bytes.len());
    let lit = Literal::byte_string(&bytes);
    quote! {
        static __PILOTS: [#u8_; #len] = *#lit;
        let __bk = (((__h & 0xFFFF_FFFF) * #nb) >> 32) as #usize_;
        let __p = #u32_::from_le_bytes(__PILOTS.as_chunks::<4>().0[__bk]) as #u64_;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::format_ident;

    /// The generated body for `wires`, as text.
    fn generated(wires: &[String]) -> String {
        let keys: Vec<Key<'_>> = wires
            .iter()
            .enumerate()
            .map(|(index, wire)| Key { wire, index })
            .collect();
        let variants: Vec<Ident> = (0..wires.len()).map(|i| format_ident!("V{i}")).collect();
        body(&Table::build(&keys), &format_ident!("E"), &variants).to_string()
    }

    #[test]
    fn every_local_helper_it_defines_is_used() {
        let codes = |n: usize, f: &dyn Fn(usize) -> String| (0..n).map(f).collect::<Vec<_>>();
        let mostly_long = {
            let mut w = codes(40, &|i| format!("{i}_{}", "X".repeat(40)));
            w.push("SHORT".into());
            w
        };
        let layouts = [
            codes(7, &|i| format!("CODE_{i}")),   // one multiply, words
            codes(7, &|i| format!("{i:05}")),     // short inputs only
            codes(100, &|i| format!("CODE_{i}")), // pilots, words
            codes(100, &|i| format!("{i}_{}", "X".repeat(20))), // chunks, no short input
            mostly_long,                          // chunks, a branch
            codes(50, &|i| "X".repeat(i + 1)),    // chunks, a copy
        ];
        for wires in &layouts {
            let code = generated(wires);
            for helper in ["__w8", "__small", "__w16", "__fold"] {
                if code.contains(&format!("fn {helper}")) {
                    let calls = code.matches(&format!("{helper} (")).count() - 1;
                    assert!(calls > 0, "{helper} is never called for {wires:?}");
                }
            }
        }
    }
}
