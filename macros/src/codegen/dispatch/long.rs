//! Codes longer than [`COVERED`] bytes: a perfect hash of their own, over every byte.
//!
//! Such codes are rare, but a spec of nothing else is valid, and a string `match` over
//! thousands of them compares arm after arm (tens of microseconds per lookup). The main table
//! reads a few words at fixed offsets and compares rows of at most 64 bytes; here the keys have
//! any length, and two of them may differ only far from both ends. So the hash ([`digest`])
//! reads the whole input, in 16-byte blocks whose folded multiplies are independent of each
//! other (the core runs them side by side), and the compare is one slice compare, made only if
//! the slot's key has the input's length. The keys are laid one after another, and each slot
//! holds its key's start and length: rows of the longest key's length would save that load,
//! but keys of any length would pad every row to the longest, and the load adds little to a
//! hash that reads every byte. Input longer than the longest key is turned away by the range
//! test before it is read.
//!
//! Placement is the main table's (`table::place`): buckets, pilots, one slot per key.

use proc_macro2::{Ident, Literal, TokenStream};
use quote::quote;

#[cfg(doc)]
use super::hash::COVERED;
use super::hash::{self, fold, seeds, w8};
use super::plan::{self, Key, Long};
use super::table;
use super::template::rust;
use crate::codegen::template::join;

/// The hash of a long key (at least 16 bytes) for the constants `s` of a seed.
///
/// Block `i` (the 16 bytes at `16 * i`, for every block that ends before the last 16 bytes)
/// folds its two words mixed with a constant of its own position, so that equal blocks at two
/// positions do not cancel out; the last 16 bytes fold with two more constants. The folds are
/// combined with `xor` and the length, and folded once more so that both halves (the bucket's
/// and the slot's) depend on every block.
pub fn digest(bytes: &[u8], s: &[u64; 8]) -> u64 {
    let len = bytes.len();
    debug_assert!(len >= 16, "long keys are at least 16 bytes");
    let mut acc = len as u64 ^ s[0];
    let mut position = s[1];
    let mut at = 0;
    while at + 16 < len {
        acc ^= fold(w8(bytes, at) ^ position, w8(bytes, at + 8) ^ s[2]);
        position = position.wrapping_add(hash::K);
        at += 16;
    }
    acc ^= fold(w8(bytes, len - 16) ^ s[3], w8(bytes, len - 8) ^ s[4]);
    fold(acc, s[5] | 1)
}

/// `let h: u64 = ...;`, the [`digest`] of the input for the constants of `seed`: the same
/// blocks, constants and folds.
fn emit_digest(seed: u64) -> TokenStream {
    let [s0, s1, s2, s3, s4, s5, ..] = seeds(seed);
    rust!(
        "let mut #h: #u64 = #len as #u64 ^ #s0;
        let mut __k: #u64 = #s1;
        let mut __o: #usize = 0;
        while __o + 16 < #len {
            #h ^= #fold(#w8(#input, __o) ^ __k, #w8(#input, __o + 8) ^ #s2);
            __k = __k.wrapping_add(#step);
            __o += 16;
        }
        #h ^= #fold(#w8(#input, #len - 16) ^ #s3, #w8(#input, #len - 8) ^ #s4);
        let #h = #fold(#h, #s5);",
        s0,
        s1,
        s2,
        s3,
        s4,
        s5 = s5 | 1,
        step = hash::K,
    )
}

/// The placed long keys: key `k` is in slot `hash::slot(h, pilots[hash::bucket(h, ..)], ..)`
/// of its [`digest`] `h` for the constants of `seed` ([`seeds`]).
#[cfg_attr(test, derive(Debug, Clone))]
pub struct LongTable<'a> {
    /// The seed whose constants the hash uses.
    pub seed: u64,
    /// One pilot per bucket.
    pub pilots: Vec<u16>,
    /// Which key each slot holds.
    pub slots: Vec<Option<Key<'a>>>,
    /// Shortest key.
    pub min: usize,
    /// Longest key.
    pub max: usize,
}

impl<'a> LongTable<'a> {
    /// Places the keys of `plan` (non-empty, distinct wire strings of at least 16 bytes).
    ///
    /// # Panics
    /// If no seed places them: distinct keys would need equal digests for every seed tried.
    pub fn build(plan: &Long<'a>) -> Self {
        let keys = &plan.keys[..];
        assert!(!keys.is_empty(), "a table needs keys");
        let n = keys.len();
        let (min, max) = plan::lengths(keys);
        assert!(min >= 16, "long keys are at least 16 bytes");
        let (buckets, slots) = (plan.buckets, plan.slots);
        // Seed 0's constants are not zero here: blocks of zero bytes are as valid as any.
        let mut hashes = Vec::with_capacity(n);
        for seed in 0..table::SEED_TRIES {
            let s = seeds(seed);
            hashes.clear();
            for k in keys {
                hashes.push(digest(k.wire.as_bytes(), &s));
            }
            if let Some((pilots, slots)) = table::place(keys, &hashes, buckets, slots) {
                return Self {
                    seed,
                    pilots,
                    slots,
                    min,
                    max,
                };
            }
        }
        panic!("no seed gives a perfect hash of {n} long keys");
    }

    /// What the generated code computes, in Rust: the variant index of `wire`, if any.
    #[cfg(test)]
    pub fn lookup(&self, wire: &str) -> Option<usize> {
        let n = wire.len();
        if n < self.min || n > self.max {
            return None;
        }
        let h = digest(wire.as_bytes(), &seeds(self.seed));
        let pilot = self.pilots[hash::bucket(h, self.pilots.len())];
        let key = self.slots[hash::slot(h, pilot, self.slots.len())]?;
        (key.wire == wire).then_some(key.index)
    }
}

/// Statements that return the variant (of `variants`, in enum `ident`) of `code` among the
/// long keys of `t`, or `None`: a range test, the [`digest`], the pilot, the slot, a slice
/// compare.
pub fn body(t: &LongTable<'_>, ident: &Ident, variants: &[Ident]) -> TokenStream {
    let slots_len = t.slots.len();
    let (pilots, slot) = hash::emit_slot(&t.pilots, slots_len);
    // The keys one after another; each slot's start, length and variant (an empty slot:
    // length 0, which no input reaching this table has). One fragment per slot: `quote!`, as a
    // template would be parsed again for each.
    let mut bytes = Vec::new();
    let mut entries = Vec::with_capacity(t.slots.len());
    for slot in &t.slots {
        let start = u32::try_from(bytes.len()).expect("long codes under 4 GiB");
        let (len, index) = match slot {
            Some(k) => {
                bytes.extend_from_slice(k.wire.as_bytes());
                let len = u32::try_from(k.wire.len()).expect("a code under 4 GiB");
                (len, k.index)
            }
            None => (0, 0),
        };
        let variant = &variants[index];
        entries.push(quote!((#start, #len, #ident::#variant)));
    }
    rust!(
        "#helpers
        #pilots
        static __KEYS: [#u8; #bytes_len] = *#bytes;
        static __SLOTS: [(#u32, #u32, #ident); #slots_len] = [#entries];
        let #input = code.as_bytes();
        let #len = #input.len();
        // Outside the keys' lengths, overlong input too: never read, let alone hashed.
        if #len.wrapping_sub(#min) > #span {
            return #Option::None;
        }
        #digest
        #slot
        let (__start, __len, __v) = __SLOTS[#s];
        let __key = &__KEYS[__start as #usize..][..__len as #usize];
        // The length first: a miss that lands on an empty slot or a key of another length
        // compares no bytes.
        if __len as #usize == #len && __key == #input {
            #Option::Some(__v)
        } else {
            #Option::None
        }",
        helpers = hash::emit_helpers(false, false, true),
        pilots,
        bytes_len = bytes.len(),
        bytes = Literal::byte_string(&bytes),
        ident,
        slots_len,
        entries = join(entries, ','),
        min = t.min,
        span = t.max - t.min,
        digest = emit_digest(t.seed),
        slot,
    )
}

#[cfg(test)]
mod tests {
    use super::super::plan::keys_of as keys;
    use super::super::plan::plan;
    use super::*;

    /// The planned long table of `wires`.
    fn planned(wires: &[String]) -> Long<'_> {
        plan(&keys(wires)).long.expect("keys past 64 bytes")
    }

    fn check(wires: &[String]) -> LongTable<'_> {
        let t = LongTable::build(&planned(wires));
        let naive = |s: &str| wires.iter().position(|w| w == s);
        for (i, w) in wires.iter().enumerate() {
            assert_eq!(t.lookup(w), Some(i), "{w}");
            // One byte changed anywhere; a byte more or fewer.
            for at in [0, w.len() / 2, w.len() - 1] {
                let mut near = w.clone().into_bytes();
                near[at] = if near[at] == b'#' { b'%' } else { b'#' };
                let near = String::from_utf8(near).unwrap();
                assert_eq!(t.lookup(&near), None, "{near}");
            }
            for other in [
                format!("{w}_"),
                w[1..].to_owned(),
                w[..w.len() - 1].to_owned(),
            ] {
                assert_eq!(t.lookup(&other), naive(&other), "{other}");
            }
        }
        assert_eq!(t.slots.iter().flatten().count(), wires.len());
        t
    }

    #[test]
    fn keys_that_differ_only_far_from_both_ends_are_placed() {
        // 200 bytes, the same but for 3 bytes in the middle.
        let wires: Vec<String> = (0..500)
            .map(|i| format!("{}{i:03}{}", "P".repeat(100), "S".repeat(97)))
            .collect();
        let t = check(&wires);
        assert!(t.pilots.len() > 1);
    }

    #[test]
    fn equal_blocks_at_other_positions_do_not_cancel() {
        // Each key is two 16-byte blocks, A and B, in some order and count: with a plain `xor`
        // of the blocks' folds, `AAB` and `BBB` (and any pair repeated) would cancel alike.
        let (a, b) = ("A".repeat(16), "B".repeat(16));
        let wires: Vec<String> = (0u32..64)
            .map(|bits| {
                (0..6)
                    .map(|i| {
                        if bits >> i & 1 == 1 {
                            a.as_str()
                        } else {
                            b.as_str()
                        }
                    })
                    .collect::<String>()
                    + "_END"
            })
            .collect();
        check(&wires);
    }

    #[test]
    fn a_few_keys_of_every_length_share_one_bucket() {
        let wires: Vec<String> = (65..75).map(|n| "X".repeat(n)).collect();
        let t = check(&wires);
        assert_eq!(t.pilots.len(), 1);
        assert!(t.slots.len().is_power_of_two());
        // Longer and shorter than every key: the range test.
        assert_eq!(t.lookup(&"X".repeat(64)), None);
        assert_eq!(t.lookup(&"X".repeat(75)), None);
    }

    #[test]
    fn the_digest_reads_every_byte_and_the_length() {
        let s = seeds(3);
        let base = vec![b'Q'; 100];
        let h = digest(&base, &s);
        for at in 0..base.len() {
            let mut other = base.clone();
            other[at] = b'R';
            assert_ne!(digest(&other, &s), h, "byte {at}");
        }
        assert_ne!(digest(&base[..99], &s), h);
        assert_ne!(digest(&base, &seeds(4)), h);
    }
}
