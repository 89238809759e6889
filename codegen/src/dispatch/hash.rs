//! The words and the hash both sides agree on: computed here at expansion time to place the
//! wire strings, and emitted as tokens (`tokens`, below) so that the generated `from_code`
//! computes exactly the same at run time.
//!
//! A string of `n` bytes (up to [`COVERED`]) is read as `w` little-endian `u64` *words*, where
//! `w` is the table's width (`ceil(longest key / 8)`, at least 1):
//! - `n >= 8`: word `i` is the 8 bytes at `min(8 * i, n - 8)`. The last word is always the
//!   string's last 8 bytes, and the words cover every byte of a string of at most `8 * w`.
//! - `n < 8`: one word (its first and last four bytes if `n >= 4`, else its first, middle and
//!   last byte), then zeros.
//!
//! So two strings of one length are equal exactly when their words are; tables of long keys
//! compare 16-byte [`chunks`] instead, which the compiler turns into vector compares, and hash
//! the chunks' halves ([`chunk_words`]), so that one set of offsets serves both. Either way
//! the generated code compares branch-free, with no `memcmp`. The hash reads only the few
//! words that tell the keys apart (the generator *picks* them: first and last, then more only
//! if needed, those at a fixed distance from either end first, as their loads need no clamped
//! offset), so a spec of names with long shared middles still hashes in one multiply.
//!
//! The mixer is the folded 64×64→128 multiply of wyhash/rapidhash over the picked words
//! combined into two halves ([`combine`]); a table of a dozen keys or fewer instead multiplies
//! one digest by a constant found for it ([`tiny_slot`]).

use proc_macro2::TokenStream;
use quote::quote;

use super::plan::COVERED;

/// Words per key at most: [`COVERED`]` / 8`.
pub const MAX_WORDS: usize = COVERED / 8;
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

/// The constants the hash of seed `seed` mixes in ([`hash`]): none (zeros) for seed 0, which
/// the table tries first, else [`seeds`]. The picked words of distinct keys are distinct inputs
/// to the multiply, and for most long codes its fold spreads them well enough with nothing
/// mixed in; then every lookup loads and `xor`s no constant, a few instructions fewer on a
/// path of about fifty. Where it does not (short codes, whose words are small numbers and
/// whose product keeps its high half near zero), seed 0 fails to place the keys and the next
/// seeds mix constants in, at the cost of one attempt at expansion time.
pub fn secrets(seed: u64) -> [u64; 8] {
    if seed == 0 { [0; 8] } else { seeds(seed) }
}

/// The little-endian word of the 8 bytes of `b` at `o`: how generated code reads the input.
pub fn w8(b: &[u8], o: usize) -> u64 {
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

/// The first `width` words of `b` (at most [`MAX_WORDS`]; `b` at most `8 * width` bytes),
/// zeros after them.
pub fn words(b: &[u8], width: usize) -> [u64; MAX_WORDS] {
    debug_assert!((1..=MAX_WORDS).contains(&width) && b.len() <= (8 * width).max(7));
    let n = b.len();
    let mut x = [0; MAX_WORDS];
    if n >= 8 {
        for (i, w) in x.iter_mut().enumerate().take(width) {
            *w = w8(b, (8 * i).min(n - 8));
        }
    } else {
        x[0] = small(b);
    }
    x
}

/// The `count` 16-byte *chunks* a string is compared by when keys are long: for `n >= 16`,
/// the bytes at `min(16 * i, n - 16)`, which cover a string of at most `16 * count` bytes;
/// for a shorter one, its first and last words ([`words`]) every time, which cover it.
pub fn chunks(b: &[u8], count: usize, width: usize) -> Vec<[u8; 16]> {
    let n = b.len();
    let x = words(b, width);
    (0..count)
        .map(|i| {
            let mut chunk = [0u8; 16];
            if n >= 16 {
                let at = (16 * i).min(n - 16);
                chunk.copy_from_slice(&b[at..at + 16]);
            } else {
                chunk[..8].copy_from_slice(&x[0].to_le_bytes());
                chunk[8..].copy_from_slice(&x[width - 1].to_le_bytes());
            }
            chunk
        })
        .collect()
}

/// The words a table of chunks hashes: its [`chunks`] as pairs of little-endian `u64` halves
/// (chunk `i` is words `2 * i` and `2 * i + 1`). They are the very bytes the compare loads, so
/// the generated code computes their offsets once for both. Word 0 is the first word and the
/// last is the last word (for a string of at least 8 bytes), as with [`words`].
pub fn chunk_words(b: &[u8], count: usize, width: usize) -> [u64; MAX_WORDS] {
    debug_assert!(2 * count <= MAX_WORDS);
    let mut x = [0; MAX_WORDS];
    for (i, c) in chunks(b, count, width).iter().enumerate() {
        let (lo, hi) = c.split_at(8);
        x[2 * i] = w8(lo, 0);
        x[2 * i + 1] = w8(hi, 0);
    }
    x
}

/// Which words the hash reads, and how.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pick {
    /// The words, by index.
    pub words: Vec<usize>,
    /// One multiply for all of them ([`combine`]), else one per pair of words (for the rare
    /// keys that the combination does not tell apart).
    pub one_multiply: bool,
}

/// How far each further pair of picked words is rotated before it is combined.
const ROTATE: u32 = 21;

/// The two halves that one multiply mixes: the picked words at even places into one and at
/// odd places into the other (the length too), each pair after the first rotated by another
/// [`ROTATE`] bits so that equal words in different places do not cancel.
pub fn combine(x: &[u64; MAX_WORDS], n: usize, words: &[usize]) -> (u64, u64) {
    let mut halves = [0, n as u64];
    for (j, &i) in words.iter().enumerate() {
        let by = ROTATE * u32::try_from(j / 2).expect("at most 8 words");
        halves[j % 2] ^= x[i].rotate_left(by);
    }
    (halves[0], halves[1])
}

/// One word of the two halves ([`combine`]), for tables of one bucket: their slot is this
/// digest times a multiplier found at expansion time ([`tiny_slot`]).
pub fn digest(x: &[u64; MAX_WORDS], n: usize, words: &[usize]) -> u64 {
    let (even, odd) = combine(x, n, words);
    even ^ odd.rotate_left(32)
}

/// The slot of a digest among `slots` (a power of two) for `multiplier`: the product's top
/// bits (multiplicative hashing).
pub fn tiny_slot(digest: u64, multiplier: u64, slots: usize) -> usize {
    debug_assert!(slots.is_power_of_two() && slots > 1);
    usize::try_from(digest.wrapping_mul(multiplier) >> (64 - slots.trailing_zeros()))
        .expect("below `slots`")
}

/// The hash of a string of `n` bytes from its words `x`.
pub fn hash(x: &[u64; MAX_WORDS], n: usize, pick: &Pick, s: &[u64; 8]) -> u64 {
    if pick.one_multiply {
        let (even, odd) = combine(x, n, &pick.words);
        return fold(even ^ s[0], odd ^ s[1]);
    }
    let words = &pick.words;
    let pairs = words.len().div_ceil(2);
    (0..pairs).fold(0, |h, j| {
        let first = x[words[2 * j]] ^ s[2 * j];
        let second = words.get(2 * j + 1).map_or(0, |&i| x[i]) ^ s[2 * j + 1];
        let second = if j + 1 == pairs {
            second ^ n as u64
        } else {
            second
        };
        h ^ fold(first, second)
    })
}

/// The bucket of a hash among `buckets`: the low half, scaled (Lemire's fastrange).
pub fn bucket(h: u64, buckets: usize) -> usize {
    usize::try_from(((h & 0xFFFF_FFFF) * buckets as u64) >> 32).expect("below `buckets`")
}

/// How a pilot moves its bucket's keys: the pilot, spread over 32 bits. The generated code
/// stores this, not the pilot.
pub fn pilot_move(pilot: u16) -> u32 {
    u32::try_from(u64::from(pilot).wrapping_mul(K) >> 32).expect("a high half")
}

/// The slot of a hash among `slots` for its bucket's pilot: the high half, moved by the pilot,
/// then masked (a power of two of slots) or scaled (Lemire's fastrange).
pub fn slot(h: u64, pilot: u16, slots: usize) -> usize {
    let x = (h >> 32) ^ u64::from(pilot_move(pilot));
    let x = if slots.is_power_of_two() {
        x & (slots as u64 - 1)
    } else {
        (x * slots as u64) >> 32
    };
    usize::try_from(x).expect("below `slots`")
}

/// The run-time half: local items and statements of the generated function, each the twin of
/// a function above.
pub mod tokens {
    use super::{TokenStream, quote};

    /// The local functions the body calls, and only those: `__w8`, `__small` (if some input
    /// can be shorter than 8 bytes), `__w16` (if keys are compared by chunks) and `__fold` (if
    /// the hash folds, see [`super::hash`]).
    pub fn helpers(short_inputs: bool, chunks: bool, fold: bool) -> TokenStream {
        let u8_ = quote!(::core::primitive::u8);
        let u32_ = quote!(::core::primitive::u32);
        let u64_ = quote!(::core::primitive::u64);
        let u128_ = quote!(::core::primitive::u128);
        let usize_ = quote!(::core::primitive::usize);
        let small = short_inputs.then(|| {
            quote! {
                #[inline(always)]
                fn __small(b: &[#u8_]) -> #u64_ {
                    let n = b.len();
                    if n >= 4 {
                        let mut a = [0u8; 4];
                        a.copy_from_slice(&b[..4]);
                        let mut z = [0u8; 4];
                        z.copy_from_slice(&b[n - 4..]);
                        (#u32_::from_le_bytes(a) as #u64_)
                            | ((#u32_::from_le_bytes(z) as #u64_) << 32)
                    } else if n > 0 {
                        (b[0] as #u64_) | ((b[n / 2] as #u64_) << 8) | ((b[n - 1] as #u64_) << 16)
                    } else {
                        0
                    }
                }
            }
        });
        let fold = fold.then(|| {
            quote! {
                #[inline(always)]
                fn __fold(a: #u64_, b: #u64_) -> #u64_ {
                    let p = (a as #u128_) * (b as #u128_);
                    (p as #u64_) ^ ((p >> 64) as #u64_)
                }
            }
        });
        let w16 = chunks.then(|| {
            quote! {
                #[inline(always)]
                fn __w16(b: &[#u8_], o: #usize_) -> #u128_ {
                    let mut a = [0u8; 16];
                    a.copy_from_slice(&b[o..o + 16]);
                    #u128_::from_le_bytes(a)
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
            #small
            #w16
            #fold
        }
    }

    /// `let __x: [u64; width] = ...;`, the words of `__b` (of `__n` bytes, at most
    /// `8 * width`). `short_inputs`: some input reaching this can be shorter than 8 bytes;
    /// `long_inputs`: some can be 8 bytes or longer.
    pub fn words(width: usize, short_inputs: bool, long_inputs: bool) -> TokenStream {
        let u64_ = quote!(::core::primitive::u64);
        let zeros = (1..width).map(|_| quote!(0));
        let short = quote!([__small(__b), #(#zeros),*]);
        let at = (0..width).map(|i| {
            let o = 8 * i;
            match i {
                0 => quote!(__w8(__b, 0)),
                _ if i + 1 == width => quote!(__w8(__b, __n - 8)),
                _ => quote!(__w8(__b, if #o < __n - 8 { #o } else { __n - 8 })),
            }
        });
        let long = quote!([#(#at),*]);
        let value = match (short_inputs, long_inputs) {
            (true, true) => quote!(if __n >= 8 { #long } else { #short }),
            (true, false) => short,
            (false, _) => long,
        };
        quote!(let __x: [#u64_; #width] = #value;)
    }

    /// `let (__x0, __xl) = ...;`, the first and last words of an input shorter than 16 bytes
    /// (as [`super::words`] has them); `small_inputs`: it can be shorter than 8 bytes.
    fn ends(small_inputs: bool) -> TokenStream {
        let u64_ = quote!(::core::primitive::u64);
        if small_inputs {
            quote! {
                let (__x0, __xl): (#u64_, #u64_) = if __n >= 8 {
                    (__w8(__b, 0), __w8(__b, __n - 8))
                } else {
                    (__small(__b), 0)
                };
            }
        } else {
            quote!(let (__x0, __xl): (#u64_, #u64_) = (__w8(__b, 0), __w8(__b, __n - 8));)
        }
    }

    /// `let __o: [usize; count] = ...; let __x: [u64; 2 * count] = ...;`: where the `count`
    /// chunks of `__src` (its last at `__last`) are, and their halves
    /// ([`super::chunk_words`]), which the hash picks from and the compare
    /// ([`chunk_diff`]) reads again as chunks.
    pub fn chunk_words(count: usize) -> TokenStream {
        let u64_ = quote!(::core::primitive::u64);
        let usize_ = quote!(::core::primitive::usize);
        let offsets = (0..count).map(|i| {
            let at = 16 * i;
            match i {
                0 => quote!(0),
                _ if i + 1 == count => quote!(__last),
                _ => quote!(if #at < __last { #at } else { __last }),
            }
        });
        let halves = (0..count).flat_map(|i| {
            [
                quote!(__w8(__src, __o[#i])),
                quote!(__w8(__src, __o[#i] + 8)),
            ]
        });
        let words = 2 * count;
        quote! {
            let __src = &__src[..__last + 16];
            let __o: [#usize_; #count] = [#(#offsets),*];
            let __x: [#u64_; #words] = [#(#halves),*];
        }
    }

    /// `let __x: [u64; 2 * count] = ...;`, the chunk words ([`super::chunk_words`]) of an
    /// input shorter than 16 bytes: its first and last words, again and again.
    pub fn short_chunk_words(count: usize, small_inputs: bool) -> TokenStream {
        let u64_ = quote!(::core::primitive::u64);
        let ends = ends(small_inputs);
        let words = 2 * count;
        let halves = (0..count).flat_map(|_| [quote!(__x0), quote!(__xl)]);
        quote! {
            #ends
            let __x: [#u64_; #words] = [#(#halves),*];
        }
    }

    /// `let __d: u64 = ...;`, zero exactly when the `count` chunks of the input (`__src` at
    /// `__o`, see [`chunk_words`]) equal the entry `__e`'s.
    pub fn chunk_diff(count: usize) -> TokenStream {
        let u64_ = quote!(::core::primitive::u64);
        let u128_ = quote!(::core::primitive::u128);
        let chunks = (0..count).map(|i| {
            let at = 16 * i;
            quote!((__w16(__e, #at) ^ __w16(__src, __o[#i])))
        });
        // Folded to a word, not tested against zero: the test becomes a vector compare and a
        // mask, then a flag made a number again to join the length's test; the fold is two
        // moves and an `or`, a shorter chain for every lookup.
        quote! {
            let __d: #u128_ = #(#chunks)|*;
            let __d: #u64_ = (__d as #u64_) | ((__d >> 64) as #u64_);
        }
    }

    /// `let __d: u64 = ...;`, zero exactly when an input shorter than 16 bytes (words `__x0`
    /// and `__xl`, see [`short_chunk_words`]) equals the entry `__e`, whose chunks are then
    /// those two words.
    pub fn short_chunk_diff() -> TokenStream {
        let u64_ = quote!(::core::primitive::u64);
        quote!(let __d: #u64_ = (__w8(__e, 0) ^ __x0) | (__w8(__e, 8) ^ __xl);)
    }

    /// `constant ^ terms[0] ^ terms[1] ^ ...`, without the constant if it is zero (as for the
    /// first seed, see [`super::secrets`]) and `terms` are not empty.
    fn xor(constant: u64, terms: Vec<TokenStream>) -> TokenStream {
        let constant = (constant != 0 || terms.is_empty()).then(|| quote!(#constant));
        let terms = constant.into_iter().chain(terms);
        quote!(#(#terms)^*)
    }

    /// The two halves of [`super::combine`] as expressions of `__x` and `__n`, each after
    /// its constant ([`xor`]).
    fn halves(words: &[usize], [s0, s1]: [u64; 2]) -> (TokenStream, TokenStream) {
        let u64_ = quote!(::core::primitive::u64);
        let mut halves: [Vec<TokenStream>; 2] = [vec![], vec![quote!(__n as #u64_)]];
        for (j, &i) in words.iter().enumerate() {
            let by = super::ROTATE * u32::try_from(j / 2).expect("at most 8 words");
            halves[j % 2].push(if by == 0 {
                quote!(__x[#i])
            } else {
                quote!(__x[#i].rotate_left(#by))
            });
        }
        let [a, b] = halves;
        (xor(s0, a), xor(s1, b))
    }

    /// `let __s = ...;`, the slot of a table of one bucket: the digest ([`super::digest`])
    /// times `multiplier`, shifted to `slots` (a power of two).
    pub fn tiny_slot(words: &[usize], multiplier: u64, slots: usize) -> TokenStream {
        let usize_ = quote!(::core::primitive::usize);
        let (a, b) = halves(words, [0, 0]);
        let shift = 64 - slots.trailing_zeros();
        let u64_ = quote!(::core::primitive::u64);
        quote! {
            let __even: #u64_ = #a;
            let __odd: #u64_ = #b;
            let __s = ((__even ^ __odd.rotate_left(32)).wrapping_mul(#multiplier) >> #shift) as #usize_;
        }
    }

    /// `let __h: u64 = ...;`, the hash of the words `__x` and the length `__n`.
    pub fn hash(pick: &super::Pick, s: &[u64; 8]) -> TokenStream {
        let u64_ = quote!(::core::primitive::u64);
        let words = &pick.words;
        if pick.one_multiply {
            let [s0, s1, ..] = *s;
            let (a, b) = halves(words, [s0, s1]);
            return quote!(let __h: #u64_ = __fold(#a, #b););
        }
        let pairs = words.len().div_ceil(2);
        let folds = (0..pairs).map(|j| {
            let (sa, sb) = (s[2 * j], s[2 * j + 1]);
            let a = words[2 * j];
            let a = xor(sa, vec![quote!(__x[#a])]);
            let b = xor(
                sb,
                words
                    .get(2 * j + 1)
                    .map(|&i| quote!(__x[#i]))
                    .into_iter()
                    .collect(),
            );
            let b = if j + 1 == pairs {
                quote!(#b ^ (__n as #u64_))
            } else {
                b
            };
            quote!(__fold(#a, #b))
        });
        quote!(let __h: #u64_ = #(#folds)^*;)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_cover_every_byte_up_to_their_width() {
        for width in 1..=MAX_WORDS {
            for n in 8..=8 * width {
                let b: Vec<u8> = (0..n).map(|i| u8::try_from(i + 1).unwrap()).collect();
                let mut seen = vec![false; n];
                let x = words(&b, width);
                for (i, &w) in x.iter().enumerate().take(width) {
                    let o = (8 * i).min(n - 8);
                    assert_eq!(w, w8(&b, o), "n = {n}");
                    seen[o..o + 8].iter_mut().for_each(|s| *s = true);
                }
                assert!(x[width..].iter().all(|&w| w == 0));
                assert_eq!(x[width - 1], w8(&b, n - 8), "the last word is the end");
                assert!(seen.iter().all(|&s| s), "n = {n}, width = {width}");
            }
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
            let width = a.len().div_ceil(8);
            for b in all.iter().filter(|b| b.len() == a.len()) {
                assert_eq!(words(a, width) == words(b, width), a == b, "{a:?} {b:?}");
            }
        }
    }

    #[test]
    fn chunk_words_are_the_halves_of_the_chunks_from_first_word_to_last() {
        for n in 1..=COVERED {
            let b: Vec<u8> = (0..n).map(|i| u8::try_from(i + 1).unwrap()).collect();
            let (count, width) = (n.div_ceil(16).max(2), n.div_ceil(8));
            let x = chunk_words(&b, count, width);
            let halves: Vec<u64> = chunks(&b, count, width)
                .iter()
                .flat_map(|c| [w8(&c[..8], 0), w8(&c[8..], 0)])
                .collect();
            assert_eq!(x[..2 * count], halves[..], "n = {n}");
            assert!(x[2 * count..].iter().all(|&w| w == 0));
            // The pick starts from the first and the last, as it does with words.
            let w = words(&b, width);
            assert_eq!((x[0], x[2 * count - 1]), (w[0], w[width - 1]), "n = {n}");
        }
    }

    #[test]
    fn the_hash_reads_the_picked_words_and_the_length() {
        let s = seeds(3);
        let x = [1, 2, 3, 4, 5, 6, 7, 8];
        let mut y = x;
        y[5] = 99;
        for one_multiply in [true, false] {
            let pick = |words: &[usize]| Pick {
                words: words.to_vec(),
                one_multiply,
            };
            let (two, three, one) = (pick(&[0, 7]), pick(&[0, 7, 5]), pick(&[0]));
            assert_eq!(hash(&x, 64, &two, &s), hash(&y, 64, &two, &s));
            assert_ne!(hash(&x, 64, &three, &s), hash(&y, 64, &three, &s));
            assert_ne!(hash(&x, 63, &two, &s), hash(&x, 64, &two, &s));
            assert_ne!(hash(&x, 5, &one, &s), hash(&x, 6, &one, &s));
        }
        // Equal words in two places do not cancel out.
        let z = [9, 9, 9, 9, 0, 0, 0, 0];
        assert_ne!(
            combine(&z, 8, &[0, 1, 2, 3]),
            combine(&[0; 8], 8, &[0, 1, 2, 3])
        );
    }

    #[test]
    fn slot_and_bucket_stay_in_range() {
        for h in [0, 1, u64::MAX, K, 0xFFFF_FFFF, 0xFFFF_FFFF_0000_0000] {
            assert!(bucket(h, 7) < 7);
            for p in [0, 1, u16::MAX] {
                assert!(slot(h, p, 13) < 13);
                assert!(slot(h, p, 16) < 16);
            }
        }
    }
}
