//! The perfect hash: every wire string gets its own slot, found at expansion time.
//!
//! `PTHash`'s scheme (Pibiri & Trani, SIGIR 2021): keys are split by hash into buckets of about
//! [`LAMBDA`] keys (or fewer: their number is rounded up to a power of two); buckets, largest
//! first, each search the smallest *pilot* that sends all their keys to free slots. A lookup is
//! then one hash, one pilot load, one slot load. A dozen keys or fewer need no pilot: their
//! digests times one multiplier, searched here, land in distinct slots.

use super::hash::{self, COVERED};
use super::plan::{Key, LAMBDA, Shape, lengths, stride};

/// Seeds tried before giving up (never reached in practice; each try is a fresh hash).
pub(super) const SEED_TRIES: u64 = 1_000;

/// A built table: key `k` with hash `h` (for seed `seed`) is in slot
/// `hash::slot(h, pilots[hash::bucket(h, pilots.len())], slots.len())`, or, with a
/// `multiplier`, in `hash::tiny_slot(digest, multiplier, slots.len())`.
#[cfg_attr(test, derive(Debug, Clone))]
pub struct Table<'a> {
    /// The seed whose constants ([`hash::secrets`]) the hash uses.
    pub seed: u64,
    /// Words per key ([`hash::words`]).
    pub width: usize,
    /// Chunks per key ([`hash::chunks`]) if keys are compared by chunks, else 0 (compared by
    /// words): the [`Shape`]'s `compare`.
    pub chunks: usize,
    /// Inputs under 16 bytes take a path of their own: the [`Shape`]'s `short_path`.
    pub short_path: bool,
    /// For a table of one bucket, the multiplier that sends each key's digest to its own slot
    /// ([`hash::tiny_slot`]); then `seed` and `pilots` are unused.
    pub multiplier: Option<u64>,
    /// The words the hash reads, and how ([`hash::hash`]).
    pub pick: hash::Pick,
    /// One pilot per bucket.
    pub pilots: Vec<u16>,
    /// Which key each slot holds.
    pub slots: Vec<Option<Key<'a>>>,
    /// Shortest wire string.
    pub min: usize,
    /// Longest wire string.
    pub max: usize,
}

impl<'a> Table<'a> {
    /// Places the keys of `shape` as it says.
    ///
    /// # Panics
    /// If no seed places them, which would take a hash far weaker than this one.
    pub fn build(shape: &Shape<'a>) -> Self {
        let keys = &shape.keys[..];
        assert!(!keys.is_empty(), "a table needs keys");
        let n = keys.len();
        let (min, max) = lengths(keys);
        assert!(max <= COVERED, "keys of at most {COVERED} bytes");
        let (width, chunks, short_path) = (shape.width, shape.compare.chunks(), shape.short_path);
        let chunked = chunks > 0;
        let (buckets, slots) = (shape.buckets, shape.slots);
        let mut words = Vec::with_capacity(n);
        for k in keys {
            words.push(hashed(k.wire.as_bytes(), width, chunks));
        }
        let hashed_width = if chunked { 2 * chunks } else { width };
        let pick = pick(keys, &words, hashed_width, &fixed_words(width, chunks));
        if buckets == 1
            && let Some((multiplier, slots)) = tiny(keys, &words, &pick, slots)
        {
            return Self {
                seed: 0,
                width,
                chunks,
                short_path,
                multiplier: Some(multiplier),
                pick,
                pilots: vec![0],
                slots,
                min,
                max,
            };
        }
        let mut hashes = Vec::with_capacity(n);
        for seed in 0..SEED_TRIES {
            let s = hash::secrets(seed);
            hashes.clear();
            for (k, x) in keys.iter().zip(&words) {
                hashes.push(hash::hash(x, k.wire.len(), &pick, &s));
            }
            if let Some((pilots, slots)) = place(keys, &hashes, buckets, slots) {
                return Self {
                    seed,
                    width,
                    chunks,
                    short_path,
                    multiplier: None,
                    pick,
                    pilots,
                    slots,
                    min,
                    max,
                };
            }
        }
        panic!("no seed gives a perfect hash of {n} keys");
    }

    /// The slot `wire` hashes to (whether or not it holds `wire`).
    #[cfg(test)]
    pub fn slot_of(&self, wire: &str) -> usize {
        let x = hashed(wire.as_bytes(), self.width, self.chunks);
        if let Some(multiplier) = self.multiplier {
            let digest = hash::digest(&x, wire.len(), &self.pick.words);
            return hash::tiny_slot(digest, multiplier, self.slots.len());
        }
        let h = hash::hash(&x, wire.len(), &self.pick, &hash::secrets(self.seed));
        let pilot = self.pilots[hash::bucket(h, self.pilots.len())];
        hash::slot(h, pilot, self.slots.len())
    }

    /// What the generated code computes, in Rust: the variant index of `wire`, if any.
    #[cfg(test)]
    pub fn lookup(&self, wire: &str) -> Option<usize> {
        let n = wire.len();
        if n < self.min || n > self.max {
            return None;
        }
        let key = self.slots[self.slot_of(wire)]?;
        let (b, k) = (wire.as_bytes(), key.wire.as_bytes());
        let same = k.len() == n
            && if self.chunks > 0 {
                hash::chunks(b, self.chunks, self.width) == hash::chunks(k, self.chunks, self.width)
            } else {
                hash::words(b, self.width) == hash::words(k, self.width)
            };
        same.then_some(key.index)
    }

    /// Bytes per row: the key's words or chunks, padded to a power of two so that no row
    /// straddles two cache lines.
    pub fn stride(&self) -> usize {
        stride(self.width, self.chunks)
    }

    /// The rows, [`Self::stride`] bytes each, holding the keys' words or chunks; and the
    /// keys' lengths, a byte each. An empty slot has the length `0xFF`, which no input reaching
    /// the table has, and a row of `0xFF` bytes, which no input's words or chunks are (they
    /// hold its first byte, and no UTF-8 byte is `0xFF`).
    pub fn entries(&self) -> (Vec<u8>, Vec<u8>) {
        let mut rows = Vec::with_capacity(self.slots.len() * self.stride());
        let mut lens = Vec::with_capacity(self.slots.len());
        for slot in &self.slots {
            let start = rows.len();
            match slot {
                Some(k) => {
                    let b = k.wire.as_bytes();
                    if self.chunks > 0 {
                        for c in &hash::chunks(b, self.chunks, self.width)[..self.chunks] {
                            rows.extend_from_slice(c);
                        }
                    } else {
                        for w in &hash::words(b, self.width)[..self.width] {
                            rows.extend_from_slice(&w.to_le_bytes());
                        }
                    }
                    rows.resize(start + self.stride(), 0);
                    lens.push(u8::try_from(b.len()).expect("a key of at most 64 bytes"));
                }
                None => {
                    rows.resize(start + self.stride(), 0xFF);
                    lens.push(0xFF);
                }
            }
        }
        (rows, lens)
    }
}

/// The words the hash picks from: the [`hash::chunk_words`] of a table of chunks, else the
/// [`hash::words`].
fn hashed(b: &[u8], width: usize, chunks: usize) -> [u64; hash::MAX_WORDS] {
    if chunks > 0 {
        hash::chunk_words(b, chunks, width)
    } else {
        hash::words(b, width)
    }
}

/// The words the hash reads: the first and the last (which tell apart most specs, even with
/// shared prefixes or suffixes), then, while two keys give the multiply the same input, the
/// word that separates the most keys. All `width` words ([`hashed`]) tell the keys apart; if
/// even they do not once combined for one multiply, one multiply per pair of words.
///
/// Words at a fixed distance from either end (`fixed`, see [`fixed_words`]) come first: their
/// loads wait only for the input, while the others wait for a clamped offset, which would
/// lengthen every lookup's chain by that select. The others join only if the fixed ones
/// cannot tell the keys apart.
fn pick(
    keys: &[Key<'_>],
    words: &[[u64; hash::MAX_WORDS]],
    width: usize,
    fixed: &[usize],
) -> hash::Pick {
    let all: Vec<usize> = (0..width).collect();
    for &one_multiply in &[true, false] {
        let distinct = |picked: &[usize]| distinct(keys, words, picked, one_multiply);
        let start: Vec<usize> = if width == 1 {
            vec![0]
        } else {
            vec![0, width - 1]
        };
        // Whether the words `from`, with the first and the last, tell every key apart.
        let tell_apart = |from: &[usize]| {
            let mut every = start.clone();
            for &i in from {
                if !start.contains(&i) {
                    every.push(i);
                }
            }
            distinct(&every) == keys.len()
        };
        let from = if tell_apart(fixed) {
            fixed
        } else if tell_apart(&all) {
            &all
        } else {
            continue;
        };
        let mut picked = start;
        while distinct(&picked) < keys.len() {
            picked.push(most_telling(&picked, from, &distinct));
        }
        return hash::Pick {
            words: picked,
            one_multiply,
        };
    }
    unreachable!("all the words of distinct keys tell them apart")
}

/// How many of the keys the words `picked` tell apart, combined for one multiply or as they
/// are.
fn distinct(
    keys: &[Key<'_>],
    words: &[[u64; hash::MAX_WORDS]],
    picked: &[usize],
    one_multiply: bool,
) -> usize {
    let mut seen = Seen::new(keys.len());
    for (k, x) in keys.iter().zip(words) {
        let n = k.wire.len();
        let mut y = [0; hash::MAX_WORDS + 1];
        if one_multiply {
            (y[0], y[1]) = hash::combine(x, n, picked);
        } else {
            y[0] = n as u64;
            for (j, &i) in picked.iter().enumerate() {
                y[j + 1] = x[i];
            }
        }
        seen.insert(y);
    }
    seen.values.len()
}

/// The distinct values given to [`distinct`]: a set by open addressing (each value's slot is
/// found from a hash of it, then the next ones in turn). Sorting the values and counting the
/// runs would compile one more sort into this crate, about a tenth of its code.
struct Seen {
    /// The values, each once.
    values: Vec<[u64; hash::MAX_WORDS + 1]>,
    /// For each slot, the index in `values` of the value there, or `usize::MAX` when empty.
    slots: Vec<usize>,
}

impl Seen {
    /// A set with room for `n` values, and twice as many slots.
    fn new(n: usize) -> Self {
        Self {
            values: Vec::with_capacity(n),
            slots: vec![usize::MAX; (2 * n).next_power_of_two()],
        }
    }

    /// Adds `y` if it is not in the set yet.
    fn insert(&mut self, y: [u64; hash::MAX_WORDS + 1]) {
        let mask = self.slots.len() - 1;
        let mut h = 0;
        for &w in &y {
            h = hash::fold(h ^ w, hash::K);
        }
        #[allow(clippy::cast_possible_truncation)] // The low bits pick the slot.
        let mut at = h as usize & mask;
        loop {
            match self.slots[at] {
                usize::MAX => {
                    self.slots[at] = self.values.len();
                    self.values.push(y);
                    return;
                }
                i if self.values[i] == y => return,
                _ => at = (at + 1) & mask,
            }
        }
    }
}

/// The word of `from`, not yet `picked`, that tells the most keys apart with them; ties go to
/// the earliest word.
fn most_telling(picked: &[usize], from: &[usize], distinct: &dyn Fn(&[usize]) -> usize) -> usize {
    let mut best = None;
    for &i in from {
        if picked.contains(&i) {
            continue;
        }
        let mut more = picked.to_vec();
        more.push(i);
        let score = (distinct(&more), std::cmp::Reverse(i));
        if best.is_none_or(|(top, _)| score > top) {
            best = Some((score, i));
        }
    }
    let (_, best) = best.expect("these words tell the keys apart");
    best
}

/// The words ([`hashed`]) at a fixed distance from the start or the end of every input
/// reaching the table: the first and the last of [`hash::words`], the halves of the first and
/// last chunk of [`hash::chunk_words`].
fn fixed_words(width: usize, chunks: usize) -> Vec<usize> {
    if chunks > 0 {
        vec![0, 1, 2 * chunks - 2, 2 * chunks - 1]
    } else if width == 1 {
        vec![0]
    } else {
        vec![0, width - 1]
    }
}

/// A multiplier that sends every key to its own slot of `slots` (a power of two) by its
/// digest, and those slots; `None` if the digests are not distinct (the picked words were
/// chosen for the full hash) or no multiplier tried works.
#[allow(clippy::type_complexity)]
fn tiny<'a>(
    keys: &[Key<'a>],
    words: &[[u64; hash::MAX_WORDS]],
    pick: &hash::Pick,
    slots: usize,
) -> Option<(u64, Vec<Option<Key<'a>>>)> {
    if !pick.one_multiply {
        return None;
    }
    let mut digests = Vec::with_capacity(keys.len());
    for (k, x) in keys.iter().zip(words) {
        let digest = hash::digest(x, k.wire.len(), &pick.words);
        // Keys of one digest share a slot whatever the multiplier.
        if digests.contains(&digest) {
            return None;
        }
        digests.push(digest);
    }
    (0..SEED_TRIES).find_map(|seed| {
        let multiplier = hash::seeds(seed)[0] | 1;
        let mut table: Vec<Option<Key<'a>>> = vec![None; slots];
        for (k, &d) in keys.iter().zip(&digests) {
            let at = hash::tiny_slot(d, multiplier, slots);
            if table[at].is_some() {
                return None;
            }
            table[at] = Some(*k);
        }
        Some((multiplier, table))
    })
}

/// Pilots and slots for keys of hashes `hashes`, or `None` if some bucket finds no pilot.
#[allow(clippy::type_complexity)]
pub(super) fn place<'a>(
    keys: &[Key<'a>],
    hashes: &[u64],
    buckets: usize,
    slots: usize,
) -> Option<(Vec<u16>, Vec<Option<Key<'a>>>)> {
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); buckets];
    let mut largest = 0;
    for (i, &h) in hashes.iter().enumerate() {
        let b = hash::bucket(h, buckets);
        members[b].push(i);
        largest = largest.max(members[b].len());
    }
    // Two keys with one hash share a bucket, and no pilot parts them: try the next seed at
    // once. Compared within each bucket (a few keys) rather than by sorting every hash, which
    // would compile one more sort into this crate.
    for m in &members {
        for (j, &k) in m.iter().enumerate() {
            if m[..j].iter().any(|&i| hashes[i] == hashes[k]) {
                return None;
            }
        }
    }
    let mut pilots = vec![0u16; buckets];
    let mut table: Vec<Option<Key<'a>>> = vec![None; slots];
    let mut taken: Vec<usize> = Vec::with_capacity(LAMBDA * 4);
    // Largest first (by size, from the largest down; empty buckets need no pilot), ties by
    // index: deterministic, so a spec always expands the same way.
    for size in (1..=largest).rev() {
        for (b, keys_here) in members.iter().enumerate() {
            if keys_here.len() != size {
                continue;
            }
            let mut found = None;
            for p in 0..=u16::MAX {
                if fits(keys_here, hashes, p, &table, &mut taken) {
                    found = Some(p);
                    break;
                }
            }
            let found = found?;
            pilots[b] = found;
            for &i in keys_here {
                table[hash::slot(hashes[i], found, slots)] = Some(keys[i]);
            }
        }
    }
    Some((pilots, table))
}

/// Whether pilot `p` sends the keys of a bucket (`members`, their indexes in `hashes`) each
/// to a slot of its own that is free in `table`; `taken` is room for the slots found.
fn fits(
    members: &[usize],
    hashes: &[u64],
    p: u16,
    table: &[Option<Key<'_>>],
    taken: &mut Vec<usize>,
) -> bool {
    taken.clear();
    for &i in members {
        let at = hash::slot(hashes[i], p, table.len());
        if table[at].is_some() || taken.contains(&at) {
            return false;
        }
        taken.push(at);
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codegen::dispatch::plan::keys_of as keys;
    use crate::codegen::dispatch::plan::shape;

    fn check(wires: &[String]) {
        let keys = keys(wires);
        let t = Table::build(&shape(&keys));
        for k in &keys {
            let at = t.slot_of(k.wire);
            assert_eq!(t.slots[at].map(|s| s.wire), Some(k.wire), "{}", k.wire);
            assert_eq!(t.lookup(k.wire), Some(k.index), "{}", k.wire);
        }
        assert_eq!(t.slots.iter().flatten().count(), keys.len());
        let (rows, lens) = t.entries();
        assert_eq!(rows.len(), t.slots.len() * t.stride());
        assert_eq!(lens.len(), t.slots.len());
    }

    #[test]
    fn the_set_of_distinct_values_keeps_each_value_once() {
        // 300 values, 100 of them distinct, some differing only in their last word.
        let value = |i: u64| {
            let mut y = [i % 50; hash::MAX_WORDS + 1];
            y[hash::MAX_WORDS] = i % 100 / 50;
            y
        };
        let mut seen = Seen::new(300);
        for i in 0..300 {
            seen.insert(value(i));
        }
        let mut want: Vec<[u64; hash::MAX_WORDS + 1]> = (0..300).map(value).collect();
        want.sort_unstable();
        want.dedup();
        assert_eq!((seen.values.len(), want.len()), (100, 100));
    }

    #[test]
    fn one_key() {
        check(&["A".into()]);
    }

    const FLANKS: [&str; 7] = [
        "INVALID_CREDENTIALS",
        "INVALID_SCA",
        "CREDENTIALS_ALREADY_EXIST",
        "INTERNAL_ERROR",
        "ABORTED_BY_USER",
        "SCA_TYPE_NOT_ALLOWED",
        "USER_INTERACTION_NEEDED",
    ];

    #[test]
    fn flanks_codes() {
        let wires: Vec<String> = FLANKS.iter().map(ToString::to_string).collect();
        check(&wires);
        let keys = keys(&wires);
        let t = Table::build(&shape(&keys));
        assert_eq!(t.pilots.len(), 1);
        for miss in [
            "",
            "INVALID_SCB",
            "INVALID_CREDENTIALZ",
            "invalid_sca",
            "É",
            "A",
        ] {
            assert_eq!(t.lookup(miss), None, "{miss}");
        }
    }

    #[test]
    fn the_first_seed_mixes_in_no_constant_and_the_next_ones_do() {
        // Realistic codes: the first seed places them.
        let codes: Vec<String> = (0..100).map(|i| format!("CODE_{i}_NOT_FOUND")).collect();
        let t = table(&codes);
        assert_eq!((t.seed, t.pilots.len() > 1), (0, true));
        assert_eq!(hash::secrets(0), [0; 8]);
        assert!(hash::secrets(1).iter().all(|&s| s != 0));
        // Two keys whose halves (first word; length and last word) multiply to one product
        // hash alike with no constant mixed in: a later seed, which mixes some in, separates
        // them.
        let ones = 0x0101_0101_0101_0101_u64;
        let key = |first: u64, last: u64| {
            let mut k = first.to_le_bytes().to_vec();
            k.extend((last ^ 16).to_le_bytes());
            String::from_utf8(k).expect("ASCII")
        };
        let mut wires = vec![key(3 * ones, ones), key(ones, 3 * ones)];
        wires.extend((0..20).map(|i| format!("FILLER_CODE_{i:04}")));
        let t = table(&wires);
        let h = |w: &str, seed| {
            let words = hashed(w.as_bytes(), t.width, t.chunks);
            hash::hash(&words, w.len(), &t.pick, &hash::secrets(seed))
        };
        assert_eq!(h(&wires[0], 0), h(&wires[1], 0));
        assert!(t.seed > 0);
        assert_ne!(h(&wires[0], t.seed), h(&wires[1], t.seed));
        check(&wires);
    }

    /// The table of `wires` (leaked: a test's tables live as long as it).
    fn table<S: AsRef<str>>(wires: &[S]) -> Table<'static> {
        let wires: &'static [String] =
            Vec::leak(wires.iter().map(|w| w.as_ref().to_string()).collect());
        Table::build(&shape(&keys(wires)))
    }

    #[test]
    fn the_layout_follows_the_lengths() {
        // Up to 32 bytes with some under 16: words, as many as the longest needs.
        let t = table(&["INVALID_SCA", "CREDENTIALS_ALREADY_EXIST"]);
        assert_eq!((t.width, t.chunks, t.stride()), (4, 0, 32));
        let t = table(&["A", "ABC"]);
        assert_eq!((t.width, t.chunks, t.stride()), (1, 0, 8));
        // All 16 bytes or longer: chunks, no short input.
        let t = table(&["ACCOUNT_NOT_FOUND", "ACCOUNT_NOT_FOUND_IN_THE_BANK"]);
        assert_eq!((t.chunks, t.stride(), t.short_path), (2, 32, false));
        // Past 32 bytes: chunks, and a path of their own for short inputs.
        let mut wires: Vec<String> = (0..16).map(|i| format!("{i}_{}", "X".repeat(40))).collect();
        wires.push("SHORT".into());
        let t = table(&wires);
        assert_eq!((t.chunks, t.stride(), t.short_path), (3, 64, true));
    }

    #[test]
    fn the_hash_reads_first_and_last_unless_keys_need_more() {
        let t = table(&FLANKS);
        assert_eq!(t.pick.words, [0, 3]);
        assert!(t.pick.one_multiply);
        // A dozen keys or fewer: one multiply by a found constant, no seeds, no pilot.
        assert!(t.multiplier.is_some());
        let many: Vec<String> = (0..100).map(|i| format!("CODE_{i}")).collect();
        assert!(table(&many).multiplier.is_none());
        // Same length, first and last eight bytes: only a middle word tells them apart.
        let t = table(&["ACCOUNT_A_NOT_FOUND!", "ACCOUNT_B_NOT_FOUND!", "X"]);
        assert_eq!((t.chunks, t.pick.words.as_slice()), (0, &[0, 2, 1][..]));
        // Keys compared by chunks hash the halves of their chunks: bytes 0, 8, 8 and 16 here.
        let t = table(&["ACCOUNT_A_NOT_FOUND_HERE", "ACCOUNT_B_NOT_FOUND_HERE"]);
        assert_eq!((t.chunks, t.pick.words.as_slice()), (2, &[0, 3, 1][..]));
    }

    #[test]
    fn the_hash_prefers_words_at_a_fixed_distance_from_an_end() {
        // 48-byte keys, three chunks: words 0 and 1 are bytes 0 and 8, words 4 and 5 bytes 32
        // and 40 (from the end: `n - 16`, `n - 8`); words 2 and 3 (bytes 16 and 24) sit at a
        // clamped offset. Word 2 alone tells these four keys apart, words 1 and 4 together do.
        let key = |w1: u8, w2: u8, w4: u8| {
            let mut b = [b'X'; 48];
            (b[8], b[16], b[32]) = (w1, w2, w4);
            String::from_utf8(b.to_vec()).unwrap()
        };
        let keys = [
            key(b'A', b'A', b'A'),
            key(b'A', b'B', b'B'),
            key(b'B', b'C', b'A'),
            key(b'B', b'D', b'B'),
        ];
        let t = table(&keys);
        assert_eq!((t.chunks, t.pick.words.as_slice()), (3, &[0, 5, 1, 4][..]));
        // When those words cannot tell the keys apart, a clamped one joins.
        let t = table(&[key(b'A', b'A', b'A'), key(b'A', b'B', b'A')]);
        assert_eq!(t.pick.words, [0, 5, 2]);
        // Tables of words: the first and the last are the fixed ones.
        assert_eq!(fixed_words(4, 0), [0, 3]);
        assert_eq!(fixed_words(1, 0), [0]);
        assert_eq!(fixed_words(6, 3), [0, 1, 4, 5]);
        assert_eq!(fixed_words(4, 2), [0, 1, 2, 3]);
    }

    #[test]
    fn empty_slots_match_no_input() {
        let t = table(&["AB", "ABCDEFGHIJKLMNOPQRSTUVWXYZ_0123456789"]);
        let (rows, lens) = t.entries();
        let empty: Vec<usize> = (0..t.slots.len())
            .filter(|&s| t.slots[s].is_none())
            .collect();
        assert!(!empty.is_empty());
        for s in empty {
            assert_eq!(lens[s], 0xFF);
            assert!(
                rows[s * t.stride()..(s + 1) * t.stride()]
                    .iter()
                    .all(|&b| b == 0xFF)
            );
        }
    }

    #[test]
    fn ten_thousand_of_one_length() {
        let wires: Vec<String> = (0..10_000).map(|i| format!("{i:05}")).collect();
        check(&wires);
    }

    #[test]
    fn slots_are_a_power_of_two_while_the_rows_stay_small() {
        // 8-byte rows: 16,384 slots for 10,000 keys, 128 KiB of rows.
        let short: Vec<String> = (0..10_000).map(|i| format!("{i:05}")).collect();
        let t = table(&short);
        assert_eq!((t.slots.len(), t.stride()), (16_384, 8));
        // 64-byte rows: a power of two would take 1 MiB, so about 9 slots for 8 keys.
        let long: Vec<String> = (0..10_000).map(|i| format!("{i:040}")).collect();
        let t = table(&long);
        assert_eq!((t.slots.len(), t.stride()), (11_251, 64));
        // Both place every key.
        check(&long);
    }

    #[test]
    fn ten_thousand_long_with_shared_prefix_and_suffix() {
        let wires: Vec<String> = (0..10_000)
            .map(|i| format!("ACCOUNT_{}_{i}_NOT_FOUND_IN_THE_UPSTREAM_PROVIDER", i % 7))
            .collect();
        check(&wires);
    }

    #[test]
    fn ten_thousand_of_varied_lengths_up_to_64() {
        let wires: Vec<String> = (0..10_000)
            .map(|i| format!("{}_{i}", "ACCOUNT_NOT_FOUND".repeat(i % 4)))
            .collect();
        check(&wires);
    }

    #[test]
    fn every_length_up_to_64_and_near_misses() {
        let wires: Vec<String> = (1..=64)
            .flat_map(|n| {
                (0..5u8).map(move |v| format!("{}{}", "x".repeat(n - 1), char::from(b'a' + v)))
            })
            .collect();
        check(&wires);
        let keys = keys(&wires);
        let t = Table::build(&shape(&keys));
        for n in 1..=65 {
            for v in 5..8u8 {
                let miss = format!("{}{}", "x".repeat(n - 1), char::from(b'a' + v));
                assert_eq!(t.lookup(&miss), None, "{miss}");
            }
            let miss = format!("y{}", "x".repeat(n - 1));
            assert_eq!(t.lookup(&miss), None, "{miss}");
        }
    }
}
