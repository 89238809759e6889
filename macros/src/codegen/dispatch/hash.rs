//! The words and the hash both sides agree on: computed here at expansion time to place the
//! wire strings, and emitted as tokens so that the generated `from_code` computes exactly the
//! same at run time: each function here is followed by its `emit_` twin, which writes the same
//! computation over the lookup's local names (`template::local`).
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

use proc_macro2::{Literal, TokenStream};
use quote::ToTokens;

use super::template::rust;
use crate::codegen::template::join;

/// The longest string the hash reads (8 words), and so the longest wire string the main table
/// holds: its rows are at most one cache line. Longer codes go to the long table
/// (`plan::Long`).
pub const COVERED: usize = 64;
/// Words per key at most: [`COVERED`]` / 8`.
pub const MAX_WORDS: usize = COVERED / 8;
/// Chunks per key at most: [`COVERED`]` / 16`.
pub const MAX_CHUNKS: usize = COVERED / 16;

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
    let (mut state, mut seeds) = (seed, [0; 8]);
    for s in &mut seeds {
        state = state.wrapping_add(K);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        *s = z ^ (z >> 31);
    }
    seeds
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

/// The generated twins of [`w8`], [`small`] (if some input can be shorter than 8 bytes) and
/// [`fold`] (if the hash folds, see [`hash`]), and a 16-byte read (if keys are compared by
/// chunks): local functions of the lookup, and only those it calls.
pub fn emit_helpers(short_inputs: bool, chunks: bool, folds: bool) -> TokenStream {
    // `fn name(b: &[u8], o: usize) -> ty`: the little-endian `ty` of the `size` bytes at `o`
    // (`name` and `ty` are templates themselves: `#w8`, `#u64`).
    let read = |name: &str, ty: &str, size: usize| {
        rust!(
            "#[inline(always)]
            fn #name(b: &[#u8], o: #usize) -> #ty {
                let mut a = [0u8; #size];
                a.copy_from_slice(&b[o..o + #size]);
                #ty::from_le_bytes(a)
            }",
            name = rust!(name),
            ty = rust!(ty),
            size = Literal::usize_unsuffixed(size),
        )
    };
    let mut helpers = read("#w8", "#u64", 8);
    if short_inputs {
        helpers.extend(rust!(
            "#[inline(always)]
            fn #small(b: &[#u8]) -> #u64 {
                let n = b.len();
                if n >= 4 {
                    let mut a = [0u8; 4];
                    a.copy_from_slice(&b[..4]);
                    let mut z = [0u8; 4];
                    z.copy_from_slice(&b[n - 4..]);
                    (#u32::from_le_bytes(a) as #u64) | ((#u32::from_le_bytes(z) as #u64) << 32)
                } else if n > 0 {
                    (b[0] as #u64) | ((b[n / 2] as #u64) << 8) | ((b[n - 1] as #u64) << 16)
                } else {
                    0
                }
            }"
        ));
    }
    if chunks {
        helpers.extend(read("#w16", "#u128", 16));
    }
    if folds {
        helpers.extend(rust!(
            "#[inline(always)]
            fn #fold(a: #u64, b: #u64) -> #u64 {
                let p = (a as #u128) * (b as #u128);
                (p as #u64) ^ ((p >> 64) as #u64)
            }"
        ));
    }
    helpers
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

/// `let x: [u64; width] = ...;`, the [`words`] of the input (at most `8 * width` bytes).
/// `short_inputs`: some input reaching this can be shorter than 8 bytes; `long_inputs`: some
/// can be 8 bytes or longer.
pub fn emit_words(width: usize, short_inputs: bool, long_inputs: bool) -> TokenStream {
    let mut zeros = Vec::with_capacity(width);
    let mut at = Vec::with_capacity(width);
    for i in 0..width {
        let o = 8 * i;
        let o = match i {
            0 => rust!("0"),
            _ if i + 1 == width => rust!("#len - 8"),
            _ => rust!("if #o < #len - 8 { #o } else { #len - 8 }", o),
        };
        at.push(rust!("#w8(#input, #o)", o));
        if i > 0 {
            zeros.push(rust!("0"));
        }
    }
    let short = rust!("[#small(#input), #zeros]", zeros = join(zeros, ','));
    let long = rust!("[#at]", at = join(at, ','));
    let value = match (short_inputs, long_inputs) {
        (true, true) => rust!("if #len >= 8 { #long } else { #short }", long, short),
        (true, false) => short,
        (false, _) => long,
    };
    rust!("let #x: [#u64; #width] = #value;", width, value)
}

/// The first `count` 16-byte *chunks* a string is compared by when keys are long (at most
/// [`MAX_CHUNKS`]), zeros after them: for `n >= 16`, the bytes at `min(16 * i, n - 16)`, which
/// cover a string of at most `16 * count` bytes; for a shorter one, its first and last words
/// ([`words`]) every time, which cover it.
pub fn chunks(b: &[u8], count: usize, width: usize) -> [[u8; 16]; MAX_CHUNKS] {
    let n = b.len();
    let x = words(b, width);
    let mut chunks = [[0; 16]; MAX_CHUNKS];
    for (i, chunk) in chunks.iter_mut().enumerate().take(count) {
        if n >= 16 {
            let at = (16 * i).min(n - 16);
            chunk.copy_from_slice(&b[at..at + 16]);
        } else {
            chunk[..8].copy_from_slice(&x[0].to_le_bytes());
            chunk[8..].copy_from_slice(&x[width - 1].to_le_bytes());
        }
    }
    chunks
}

/// `let d: u64 = ...;`, zero exactly when the `count` [`chunks`] of the input (`src` at
/// `offsets`, see [`emit_chunk_words`]) equal the row's.
pub fn emit_chunk_diff(count: usize) -> TokenStream {
    let mut chunks = Vec::with_capacity(count);
    for i in 0..count {
        let at = 16 * i;
        chunks.push(rust!("(#w16(#row, #at) ^ #w16(#src, #offsets[#i]))", at, i));
    }
    // Folded to a word, not tested against zero: the test becomes a vector compare and a
    // mask, then a flag made a number again to join the length's test; the fold is two
    // moves and an `or`, a shorter chain for every lookup.
    rust!(
        "let #d: #u128 = #chunks;
        let #d: #u64 = (#d as #u64) | ((#d >> 64) as #u64);",
        chunks = join(chunks, '|'),
    )
}

/// `let d: u64 = ...;`, zero exactly when an input shorter than 16 bytes (words `x0` and
/// `xl`, see [`emit_short_chunk_words`]) equals the row, whose [`chunks`] are then those two
/// words.
pub fn emit_short_chunk_diff() -> TokenStream {
    rust!("let #d: #u64 = (#w8(#row, 0) ^ #x0) | (#w8(#row, 8) ^ #xl);")
}

/// The words a table of chunks hashes: its [`chunks`] as pairs of little-endian `u64` halves
/// (chunk `i` is words `2 * i` and `2 * i + 1`). They are the very bytes the compare loads, so
/// the generated code computes their offsets once for both. Word 0 is the first word and the
/// last is the last word (for a string of at least 8 bytes), as with [`words`].
pub fn chunk_words(b: &[u8], count: usize, width: usize) -> [u64; MAX_WORDS] {
    debug_assert!(2 * count <= MAX_WORDS);
    let mut x = [0; MAX_WORDS];
    for (i, c) in chunks(b, count, width)[..count].iter().enumerate() {
        let (lo, hi) = c.split_at(8);
        x[2 * i] = w8(lo, 0);
        x[2 * i + 1] = w8(hi, 0);
    }
    x
}

/// `let offsets: [usize; count] = ...; let x: [u64; 2 * count] = ...;`: where the `count`
/// chunks of `src` (its last at `last`, both bound by the caller) are, and their halves
/// ([`chunk_words`]), which the hash picks from and the compare ([`emit_chunk_diff`]) reads
/// again as chunks.
pub fn emit_chunk_words(count: usize) -> TokenStream {
    let mut at = Vec::with_capacity(count);
    // Each chunk's two halves, two elements of the list.
    let mut halves = Vec::with_capacity(count);
    for i in 0..count {
        let o = 16 * i;
        at.push(match i {
            0 => rust!("0"),
            _ if i + 1 == count => rust!("#last"),
            _ => rust!("if #o < #last { #o } else { #last }", o),
        });
        halves.push(rust!(
            "#w8(#src, #offsets[#i]), #w8(#src, #offsets[#i] + 8)",
            i
        ));
    }
    rust!(
        "let #src = &#src[..#last + 16];
        let #offsets: [#usize; #count] = [#at];
        let #x: [#u64; #words] = [#halves];",
        count,
        words = 2 * count,
        at = join(at, ','),
        halves = join(halves, ','),
    )
}

/// `let (x0, xl) = ...;`, the first and last words of an input shorter than 16 bytes (as
/// [`words`] has them); `small_inputs`: it can be shorter than 8 bytes.
fn emit_ends(small_inputs: bool) -> TokenStream {
    let ends = rust!("(#w8(#input, 0), #w8(#input, #len - 8))");
    let ends = if small_inputs {
        rust!("if #len >= 8 { #ends } else { (#small(#input), 0) }", ends)
    } else {
        ends
    };
    rust!("let (#x0, #xl): (#u64, #u64) = #ends;", ends)
}

/// `let x: [u64; 2 * count] = ...;`, the [`chunk_words`] of an input shorter than 16 bytes:
/// its first and last words, again and again.
pub fn emit_short_chunk_words(count: usize, small_inputs: bool) -> TokenStream {
    // Each chunk's two halves, two elements of the list.
    let mut halves = Vec::with_capacity(count);
    for _ in 0..count {
        halves.push(rust!("#x0, #xl"));
    }
    rust!(
        "#ends
        let #x: [#u64; #words] = [#halves];",
        ends = emit_ends(small_inputs),
        words = 2 * count,
        halves = join(halves, ','),
    )
}

/// Which words the hash reads, and how.
#[cfg_attr(test, derive(Debug, Clone, PartialEq, Eq))]
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

/// `constant ^ terms[0] ^ terms[1] ^ ...`, without the constant if it is zero (as for the
/// first seed, see [`secrets`]) and `terms` are not empty.
fn emit_xor(constant: u64, terms: Vec<TokenStream>) -> TokenStream {
    let mut all = Vec::with_capacity(terms.len() + 1);
    if constant != 0 || terms.is_empty() {
        all.push(constant.to_token_stream());
    }
    all.extend(terms);
    join(all, '^')
}

/// The two halves of [`combine`] as expressions of `x` and `len`, each after its constant
/// ([`emit_xor`]).
fn emit_halves(words: &[usize], [s0, s1]: [u64; 2]) -> (TokenStream, TokenStream) {
    let mut halves: [Vec<TokenStream>; 2] = [vec![], vec![rust!("#len as #u64")]];
    for (j, &i) in words.iter().enumerate() {
        let by = ROTATE * u32::try_from(j / 2).expect("at most 8 words");
        halves[j % 2].push(if by == 0 {
            rust!("#x[#i]", i)
        } else {
            rust!("#x[#i].rotate_left(#by)", i, by)
        });
    }
    let [a, b] = halves;
    (emit_xor(s0, a), emit_xor(s1, b))
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

/// `let s = ...;`, the slot of a table of one bucket: the [`digest`] times `multiplier`,
/// shifted to `slots` (a power of two), as [`tiny_slot`].
pub fn emit_tiny_slot(words: &[usize], multiplier: u64, slots: usize) -> TokenStream {
    let (a, b) = emit_halves(words, [0, 0]);
    rust!(
        "let __even: #u64 = #a;
        let __odd: #u64 = #b;
        let #s = ((__even ^ __odd.rotate_left(32)).wrapping_mul(#multiplier) >> #shift) as #usize;",
        a,
        b,
        multiplier,
        shift = 64 - slots.trailing_zeros(),
    )
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

/// `let h: u64 = ...;`, the [`hash`] of the words `x` and the length `len`.
pub fn emit_hash(pick: &Pick, s: &[u64; 8]) -> TokenStream {
    let words = &pick.words;
    if pick.one_multiply {
        let (a, b) = emit_halves(words, [s[0], s[1]]);
        return rust!("let #h: #u64 = #fold(#a, #b);", a, b);
    }
    let pairs = words.len().div_ceil(2);
    let mut folds = Vec::with_capacity(pairs);
    for j in 0..pairs {
        let (sa, sb) = (s[2 * j], s[2 * j + 1]);
        let a = emit_xor(sa, vec![rust!("#x[#i]", i = words[2 * j])]);
        let b = match words.get(2 * j + 1) {
            Some(&i) => vec![rust!("#x[#i]", i)],
            None => vec![],
        };
        let b = emit_xor(sb, b);
        let b = if j + 1 == pairs {
            rust!("#b ^ (#len as #u64)", b)
        } else {
            b
        };
        folds.push(rust!("#fold(#a, #b)", a, b));
    }
    rust!("let #h: #u64 = #folds;", folds = join(folds, '^'))
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

/// The pilot table (`static __PILOTS`, if more than one bucket) and the statements that find
/// the slot `s` of the hash `h` among `slots` ([`slot`]): `let __p = ...;`, the pilot's
/// part, a `u32` from the table, spread here rather than at run time (or a constant with one
/// bucket); then the high half moved by it, masked (a power of two of slots) or scaled.
pub fn emit_slot(pilots: &[u16], slots: usize) -> (Option<TokenStream>, TokenStream) {
    let m = slots as u64;
    let slot = if m.is_power_of_two() {
        rust!(
            "let #s = (((#h >> 32) ^ #p) & #mask) as #usize;",
            mask = m - 1
        )
    } else {
        rust!("let #s = ((((#h >> 32) ^ #p) * #m) >> 32) as #usize;", m)
    };
    if let [only] = pilots[..] {
        let only = u64::from(pilot_move(only));
        return (None, rust!("let #p: #u64 = #only; #slot", only, slot));
    }
    let mut bytes = Vec::with_capacity(4 * pilots.len());
    for &pilot in pilots {
        bytes.extend_from_slice(&pilot_move(pilot).to_le_bytes());
    }
    (
        // Aligned: a byte string alone may start anywhere, and a pilot across two cache lines
        // takes two loads.
        Some(rust!(
            "#[repr(align(64))]
            struct __Pilots([#u8; #size]);
            static __PILOTS: __Pilots = __Pilots(*#lit);",
            size = Literal::usize_unsuffixed(bytes.len()),
            lit = Literal::byte_string(&bytes),
        )),
        rust!(
            "let __bk = (((#h & 0xFFFF_FFFF) * #nb) >> 32) as #usize;
            let #p = #u32::from_le_bytes(__PILOTS.0.as_chunks::<4>().0[__bk]) as #u64;
            #slot",
            nb = pilots.len() as u64,
            slot,
        ),
    )
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
            let halves: Vec<u64> = chunks(&b, count, width)[..count]
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
