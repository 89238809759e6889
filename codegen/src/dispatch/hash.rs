//! The hash both sides agree on: computed here at expansion time to place the wire strings,
//! and emitted as tokens (`tokens`, right below each function it mirrors) so that the
//! generated `from_code` computes exactly the same at run time.
//!
//! A string is read as its length `n` and four little-endian `u64` *words*: overlapping
//! 8-byte windows at `0`, `min(8, n - 8)`, `max(n - 16, 0)` and `n - 8` for `n >= 8`, which
//! cover every byte up to `n = 32`; two 4-byte windows packed in one word for `4 <= n < 8`;
//! the first, middle and last byte for `n < 4`. So two strings of one length up to 32 bytes
//! are equal exactly when their words are: the generated code compares words, not bytes, and
//! needs no `memcmp`. Longer strings fold their middle into the third word (seeded, so that a
//! new seed separates any two) and are compared in full as well.
//!
//! The mixer is the folded 64×64→128 multiply of wyhash/rapidhash: one `mul` per pair of words.

use proc_macro2::TokenStream;
use quote::quote;

/// Strings up to this length are covered by their words.
pub const COVERED: usize = 32;
/// Odd 64-bit constant (2^64 / φ) used to spread pilots and derive seeds.
pub const K: u64 = 0x9E37_79B9_7F4A_7C15;

/// The folded multiply.
pub fn fold(a: u64, b: u64) -> u64 {
    let p = u128::from(a) * u128::from(b);
    #[allow(clippy::cast_possible_truncation)] // Truncation is the point: low half ^ high half.
    let (lo, hi) = (p as u64, (p >> 64) as u64);
    lo ^ hi
}

/// The four per-seed constants of seed `seed` (splitmix64).
pub fn seeds(seed: u64) -> [u64; 4] {
    let mut state = seed;
    std::array::from_fn(|_| {
        state = state.wrapping_add(K);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    })
}

fn w8(b: &[u8], o: usize) -> u64 {
    let mut a = [0u8; 8];
    a.copy_from_slice(&b[o..o + 8]);
    u64::from_le_bytes(a)
}

fn w4(b: &[u8], o: usize) -> u64 {
    let mut a = [0u8; 4];
    a.copy_from_slice(&b[o..o + 4]);
    u64::from(u32::from_le_bytes(a))
}

/// The words of `b` (see the module docs); `s` is the seed's constants, used only past
/// [`COVERED`] bytes.
pub fn words(b: &[u8], s: &[u64; 4]) -> [u64; 4] {
    let n = b.len();
    if n >= 8 {
        let o1 = if n < 16 { n - 8 } else { 8 };
        let o3 = n - 8;
        let o2 = o3 - o1;
        let mut x2 = w8(b, o2);
        if n > COVERED {
            x2 ^= middle(b, s);
        }
        [w8(b, 0), w8(b, o1), x2, w8(b, o3)]
    } else if n >= 4 {
        [w4(b, 0) | (w4(b, n - 4) << 32), 0, 0, 0]
    } else if n > 0 {
        let x = u64::from(b[0]) | (u64::from(b[n / 2]) << 8) | (u64::from(b[n - 1]) << 16);
        [x, 0, 0, 0]
    } else {
        [0; 4]
    }
}

/// Bytes `16..n - 16` of a string longer than [`COVERED`], chained through the mixer.
fn middle(b: &[u8], s: &[u64; 4]) -> u64 {
    let n = b.len();
    let mut acc = s[2];
    let mut o = 16;
    while o < n - 16 {
        acc = fold(acc ^ w8(b, o.min(n - 24)), s[3]);
        o += 8;
    }
    acc
}

/// The 64-bit hash of a string from its words and length.
pub fn hash(x: &[u64; 4], n: usize, s: &[u64; 4]) -> u64 {
    fold(x[0] ^ s[0], x[1] ^ s[1]) ^ fold(x[2] ^ s[2], x[3] ^ s[3] ^ n as u64)
}

/// The bucket of a hash among `buckets`: the low half, scaled (Lemire's fastrange).
pub fn bucket(h: u64, buckets: usize) -> usize {
    usize::try_from(((h & 0xFFFF_FFFF) * buckets as u64) >> 32).expect("below `buckets`")
}

/// The slot of a hash among `slots` for its bucket's pilot: the high half, moved by the pilot.
pub fn slot(h: u64, pilot: u16, slots: usize) -> usize {
    let x = (h >> 32) ^ (u64::from(pilot).wrapping_mul(K) >> 32);
    usize::try_from((x * slots as u64) >> 32).expect("below `slots`")
}

/// Tokens for the run-time half: helper functions and the statements that bind `__n` and
/// `__x0..__x3` for `__b: &[u8]`, for a spec whose wire strings are at most `max` bytes.
pub mod tokens {
    use super::{COVERED, TokenStream, quote};

    /// `__w8`, `__w4` and `__fold`, as local items of the generated function.
    pub fn helpers() -> TokenStream {
        let u8_ = quote!(::core::primitive::u8);
        let u32_ = quote!(::core::primitive::u32);
        let u64_ = quote!(::core::primitive::u64);
        let u128_ = quote!(::core::primitive::u128);
        let usize_ = quote!(::core::primitive::usize);
        quote! {
            #[inline(always)]
            fn __w8(b: &[#u8_], o: #usize_) -> #u64_ {
                let mut a = [0u8; 8];
                a.copy_from_slice(&b[o..o + 8]);
                #u64_::from_le_bytes(a)
            }
            #[inline(always)]
            fn __w4(b: &[#u8_], o: #usize_) -> #u64_ {
                let mut a = [0u8; 4];
                a.copy_from_slice(&b[o..o + 4]);
                #u32_::from_le_bytes(a) as #u64_
            }
            #[inline(always)]
            fn __fold(a: #u64_, b: #u64_) -> #u64_ {
                let p = (a as #u128_) * (b as #u128_);
                (p as #u64_) ^ ((p >> 64) as #u64_)
            }
        }
    }

    /// `let __x0.. = words(__b)`, with the seed constants `s`; `max` is the longest wire
    /// string (the middle loop is emitted only when some string needs it).
    pub fn words(s: &[u64; 4], max: usize) -> TokenStream {
        let u64_ = quote!(::core::primitive::u64);
        let covered = COVERED;
        let (s2, s3) = (s[2], s[3]);
        let middle = (max > COVERED).then(|| {
            quote! {
                if __n > #covered {
                    let mut acc: #u64_ = #s2;
                    let mut o = 16;
                    while o < __n - 16 {
                        let at = if o < __n - 24 { o } else { __n - 24 };
                        acc = __fold(acc ^ __w8(__b, at), #s3);
                        o += 8;
                    }
                    x2 ^= acc;
                }
            }
        });
        quote! {
            let (__x0, __x1, __x2, __x3): (#u64_, #u64_, #u64_, #u64_) = if __n >= 8 {
                let o1 = if __n < 16 { __n - 8 } else { 8 };
                let o3 = __n - 8;
                #[allow(unused_mut)]
                let mut x2 = __w8(__b, o3 - o1);
                #middle
                (__w8(__b, 0), __w8(__b, o1), x2, __w8(__b, o3))
            } else if __n >= 4 {
                (__w4(__b, 0) | (__w4(__b, __n - 4) << 32), 0, 0, 0)
            } else {
                // `__n` is at least 1: the caller rejected shorter strings.
                let x = (__b[0] as #u64_)
                    | ((__b[__n / 2] as #u64_) << 8)
                    | ((__b[__n - 1] as #u64_) << 16);
                (x, 0, 0, 0)
            };
        }
    }

    /// `__h`, the hash of the words and the length.
    pub fn hash(s: &[u64; 4]) -> TokenStream {
        let u64_ = quote!(::core::primitive::u64);
        let [s0, s1, s2, s3] = *s;
        quote! {
            let __h: #u64_ = __fold(__x0 ^ #s0, __x1 ^ #s1)
                ^ __fold(__x2 ^ #s2, __x3 ^ #s3 ^ (__n as #u64_));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bytes_of(words: [u64; 4], n: usize) -> Vec<u8> {
        // Reassemble a string of length 8..=32 from its windows, as a check that they cover it.
        let o1 = if n < 16 { n - 8 } else { 8 };
        let mut out = vec![None; n];
        for (o, w) in [
            (0, words[0]),
            (o1, words[1]),
            (n - 8 - o1, words[2]),
            (n - 8, words[3]),
        ] {
            for (i, byte) in w.to_le_bytes().into_iter().enumerate() {
                out[o + i] = Some(byte);
            }
        }
        out.into_iter()
            .map(|b| b.expect("every byte covered"))
            .collect()
    }

    #[test]
    fn windows_cover_every_byte_up_to_32() {
        let s = seeds(1);
        for n in 8..=COVERED {
            let b: Vec<u8> = (0..n).map(|i| b'a' + u8::try_from(i).unwrap()).collect();
            assert_eq!(bytes_of(words(&b, &s), n), b, "n = {n}");
        }
    }

    #[test]
    fn short_strings_are_distinct() {
        let s = seeds(1);
        let all: Vec<Vec<u8>> = (1..8usize)
            .flat_map(|n| {
                (0..3u8).map(move |v| {
                    (0..n)
                        .map(|i| b'0' + v + u8::try_from(i).unwrap())
                        .collect()
                })
            })
            .collect();
        for a in &all {
            for b in &all {
                let same = words(a, &s) == words(b, &s) && a.len() == b.len();
                assert_eq!(same, a == b, "{a:?} {b:?}");
            }
        }
    }

    #[test]
    fn long_strings_differ_in_the_middle() {
        let s = seeds(7);
        let a = b"PREFIX__________A_________________SUFFIX";
        let b = b"PREFIX__________B_________________SUFFIX";
        assert_ne!(words(a, &s), words(b, &s));
    }

    #[test]
    fn slot_and_bucket_stay_in_range() {
        for h in [0, 1, u64::MAX, K, 0xFFFF_FFFF, 0xFFFF_FFFF_0000_0000] {
            assert!(bucket(h, 7) < 7);
            for p in [0, 1, u16::MAX] {
                assert!(slot(h, p, 13) < 13);
            }
        }
    }
}
