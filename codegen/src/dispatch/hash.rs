//! The hash both sides agree on: computed here at expansion time to place the wire strings,
//! and emitted as tokens (`tokens`, below) so that the generated `from_code` computes exactly
//! the same at run time.
//!
//! A string is read as its length `n` and little-endian `u64` *words* that cover every byte,
//! with no branch on the length beyond `n < 4`, `n < 8`:
//! - `n < 4`: its first, middle and last byte in one word; `4 <= n < 8`: its first and last
//!   four bytes in one word;
//! - short layouts (every key at most [`SHORT`] bytes): two 8-byte windows at `0` and `n - 8`,
//!   up to 16 bytes, or four at `0`, `min(8, n - 8)`, `max(n - 16, 0)` and `n - 8`;
//! - long layout: eight windows at `min(i * ceil((n - 8) / 7), n - 8)`, which cover every byte
//!   up to [`COVERED`]; past that, the bytes in between are folded into the hash too.
//!
//! So two strings of one length (up to `COVERED`) are equal exactly when their words are: the
//! generated code compares words, branch-free, and needs no `memcmp`.
//!
//! The mixer is the folded 64×64→128 multiply of wyhash/rapidhash: one `mul` per two words.

use proc_macro2::TokenStream;
use quote::quote;

/// Up to this length, four windows cover a key and the table holds the words themselves.
pub const SHORT: usize = 32;
/// Up to this length, the long layout's eight windows cover a key.
pub const COVERED: usize = 64;
/// Odd 64-bit constant (2^64 / φ) used to spread pilots and derive seeds.
pub const K: u64 = 0x9E37_79B9_7F4A_7C15;

/// The folded multiply.
pub fn fold(a: u64, b: u64) -> u64 {
    let p = u128::from(a) * u128::from(b);
    #[allow(clippy::cast_possible_truncation)] // Truncation is the point: low half ^ high half.
    let (lo, hi) = (p as u64, (p >> 64) as u64);
    lo ^ hi
}

/// The eight per-seed constants of seed `seed` (splitmix64).
pub fn seeds(seed: u64) -> [u64; 8] {
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

/// The one word of a string shorter than 8 bytes (0 for the empty string).
fn small(b: &[u8]) -> u64 {
    let n = b.len();
    if n >= 4 {
        w4(b, 0) | (w4(b, n - 4) << 32)
    } else if n > 0 {
        u64::from(b[0]) | (u64::from(b[n / 2]) << 8) | (u64::from(b[n - 1]) << 16)
    } else {
        0
    }
}

/// Short layout: two words.
pub fn words2(b: &[u8]) -> [u64; 2] {
    let n = b.len();
    if n >= 8 {
        [w8(b, 0), w8(b, n - 8)]
    } else {
        [small(b), 0]
    }
}

/// Short layout, 17 to 32 bytes: four words.
pub fn words4(b: &[u8]) -> [u64; 4] {
    let n = b.len();
    if n >= 8 {
        let o1 = if n < 16 { n - 8 } else { 8 };
        [w8(b, 0), w8(b, o1), w8(b, n - 8 - o1), w8(b, n - 8)]
    } else {
        [small(b), 0, 0, 0]
    }
}

/// Long layout: eight words.
pub fn words8(b: &[u8]) -> [u64; 8] {
    let n = b.len();
    if n >= 8 {
        let last = n - 8;
        let step = (n - 2) / 7;
        std::array::from_fn(|i| w8(b, (i * step).min(last)))
    } else {
        let mut x = [0; 8];
        x[0] = small(b);
        x
    }
}

/// Short layout: the hash.
pub fn hash2(x: &[u64; 2], n: usize, s: &[u64; 8]) -> u64 {
    fold(x[0] ^ s[0], x[1] ^ s[1] ^ n as u64)
}

/// Short layout, 17 to 32 bytes: the hash.
pub fn hash4(x: &[u64; 4], n: usize, s: &[u64; 8]) -> u64 {
    fold(x[0] ^ s[0], x[1] ^ s[1]) ^ fold(x[2] ^ s[2], x[3] ^ s[3] ^ n as u64)
}

/// Long layout: the hash; `middle` is [`middle`] past [`COVERED`] bytes, else 0.
pub fn hash8(x: &[u64; 8], n: usize, middle: u64, s: &[u64; 8]) -> u64 {
    fold(x[0] ^ s[0], x[1] ^ s[1])
        ^ fold(x[2] ^ s[2], x[3] ^ s[3])
        ^ fold(x[4] ^ s[4], x[5] ^ s[5])
        ^ fold(x[6] ^ s[6], x[7] ^ s[7] ^ n as u64)
        ^ middle
}

/// Every 8-byte chunk of a string longer than [`COVERED`], chained through the mixer.
pub fn middle(b: &[u8], s: &[u64; 8]) -> u64 {
    let n = b.len();
    let mut acc = s[0];
    let mut o = 0;
    while o < n - 8 {
        acc = fold(acc ^ w8(b, o), s[1]);
        o += 8;
    }
    fold(acc ^ w8(b, n - 8), s[2])
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

/// The run-time half: local items of the generated function, each the twin of a function
/// above.
pub mod tokens {
    use super::{TokenStream, quote};

    /// `__w8`, `__small`, `__fold`, `__words` (for `words` words: 2, 4 or 8), and `__middle`
    /// if some key is longer than [`super::COVERED`].
    pub fn helpers(words: usize, middle: Option<&[u64; 8]>) -> TokenStream {
        let u8_ = quote!(::core::primitive::u8);
        let u32_ = quote!(::core::primitive::u32);
        let u64_ = quote!(::core::primitive::u64);
        let u128_ = quote!(::core::primitive::u128);
        let usize_ = quote!(::core::primitive::usize);
        let words = if words == 8 {
            let at = (1..7usize)
                .map(|i| quote!(__w8(b, if #i * step < last { #i * step } else { last })));
            quote! {
                #[inline(always)]
                fn __words(b: &[#u8_]) -> [#u64_; 8] {
                    let n = b.len();
                    if n >= 8 {
                        let last = n - 8;
                        let step = (n - 2) / 7;
                        [__w8(b, 0), #(#at,)* __w8(b, last)]
                    } else {
                        [__small(b), 0, 0, 0, 0, 0, 0, 0]
                    }
                }
            }
        } else if words == 4 {
            quote! {
                #[inline(always)]
                fn __words(b: &[#u8_]) -> [#u64_; 4] {
                    let n = b.len();
                    if n >= 8 {
                        let o1 = if n < 16 { n - 8 } else { 8 };
                        [__w8(b, 0), __w8(b, o1), __w8(b, n - 8 - o1), __w8(b, n - 8)]
                    } else {
                        [__small(b), 0, 0, 0]
                    }
                }
            }
        } else {
            quote! {
                #[inline(always)]
                fn __words(b: &[#u8_]) -> [#u64_; 2] {
                    let n = b.len();
                    if n >= 8 { [__w8(b, 0), __w8(b, n - 8)] } else { [__small(b), 0] }
                }
            }
        };
        let middle = middle.map(|s| {
            let [s0, s1, s2, ..] = *s;
            quote! {
                #[inline(never)]
                fn __middle(b: &[#u8_]) -> #u64_ {
                    let n = b.len();
                    let mut acc: #u64_ = #s0;
                    let mut o = 0;
                    while o < n - 8 {
                        acc = __fold(acc ^ __w8(b, o), #s1);
                        o += 8;
                    }
                    __fold(acc ^ __w8(b, n - 8), #s2)
                }
            }
        });
        quote! {
            #[inline(always)]
            fn __w8(b: &[#u8_], o: #usize_) -> #u64_ {
                let mut a = [0u8; 8];
                a.copy_from_slice(&b[o..o + 8]);
                #u64_::from_le_bytes(a)
            }
            #[inline(always)]
            fn __small(b: &[#u8_]) -> #u64_ {
                let n = b.len();
                if n >= 4 {
                    let mut a = [0u8; 4];
                    a.copy_from_slice(&b[..4]);
                    let mut z = [0u8; 4];
                    z.copy_from_slice(&b[n - 4..]);
                    (#u32_::from_le_bytes(a) as #u64_) | ((#u32_::from_le_bytes(z) as #u64_) << 32)
                } else if n > 0 {
                    (b[0] as #u64_) | ((b[n / 2] as #u64_) << 8) | ((b[n - 1] as #u64_) << 16)
                } else {
                    0
                }
            }
            #[inline(always)]
            fn __fold(a: #u64_, b: #u64_) -> #u64_ {
                let p = (a as #u128_) * (b as #u128_);
                (p as #u64_) ^ ((p >> 64) as #u64_)
            }
            #words
            #middle
        }
    }

    /// The hash of `__x` (the words) and `__n`, as `__h`.
    pub fn hash(words: usize, middle: bool, s: &[u64; 8]) -> TokenStream {
        let u64_ = quote!(::core::primitive::u64);
        let [s0, s1, s2, s3, s4, s5, s6, s7] = *s;
        if words == 8 {
            let middle = middle.then(|| {
                quote! {
                    if __n > 64 {
                        __h ^= __middle(__b);
                    }
                }
            });
            quote! {
                #[allow(unused_mut)]
                let mut __h: #u64_ = __fold(__x[0] ^ #s0, __x[1] ^ #s1)
                    ^ __fold(__x[2] ^ #s2, __x[3] ^ #s3)
                    ^ __fold(__x[4] ^ #s4, __x[5] ^ #s5)
                    ^ __fold(__x[6] ^ #s6, __x[7] ^ #s7 ^ (__n as #u64_));
                #middle
            }
        } else if words == 4 {
            quote! {
                let __h: #u64_ = __fold(__x[0] ^ #s0, __x[1] ^ #s1)
                    ^ __fold(__x[2] ^ #s2, __x[3] ^ #s3 ^ (__n as #u64_));
            }
        } else {
            quote! {
                let __h: #u64_ = __fold(__x[0] ^ #s0, __x[1] ^ #s1 ^ (__n as #u64_));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_windows_cover_every_byte_up_to_64() {
        for n in 8..=COVERED {
            let b: Vec<u8> = (0..n).map(|i| u8::try_from(i + 1).unwrap()).collect();
            let step = (n - 2) / 7;
            let mut seen = vec![false; n];
            for (i, w) in words8(&b).into_iter().enumerate() {
                let o = (i * step).min(n - 8);
                assert_eq!(w, w8(&b, o), "n = {n}");
                seen[o..o + 8].iter_mut().for_each(|s| *s = true);
            }
            assert!(seen.iter().all(|&s| s), "n = {n}");
        }
    }

    #[test]
    fn words_tell_strings_of_one_length_apart() {
        let all: Vec<Vec<u8>> = (1..=COVERED)
            .flat_map(|n| {
                (0..n).map(move |at| {
                    let mut b = vec![b'x'; n];
                    b[at] = b'y';
                    b
                })
            })
            .collect();
        for a in &all {
            for b in all.iter().filter(|b| b.len() == a.len()) {
                assert_eq!(words8(a) == words8(b), a == b, "{a:?} {b:?}");
                if a.len() <= 16 {
                    assert_eq!(words2(a) == words2(b), a == b, "{a:?} {b:?}");
                }
                if a.len() <= SHORT {
                    assert_eq!(words4(a) == words4(b), a == b, "{a:?} {b:?}");
                }
            }
        }
    }

    #[test]
    fn the_middle_separates_long_strings() {
        let s = seeds(7);
        // 76 bytes: windows every 10 bytes leave bytes 28 and 29 out.
        let a = b"PREFIX______________________A_________________________________________SUFFIX";
        let b = b"PREFIX______________________B_________________________________________SUFFIX";
        assert_eq!(words8(a), words8(b));
        assert_ne!(middle(a, &s), middle(b, &s));
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
