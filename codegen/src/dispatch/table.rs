//! The perfect hash: every wire string gets its own slot, found at expansion time.
//!
//! `PTHash`'s scheme (Pibiri & Trani, SIGIR 2021): keys are split by hash into buckets of about
//! [`LAMBDA`] keys; buckets, largest first, each search the smallest *pilot* that sends all
//! their keys to free slots. A lookup is then one hash, one pilot load, one slot load. Small
//! specs use a single bucket (no pilot table at all).

use super::hash;

/// Average keys per bucket: `PTHash`'s sweet spot between pilot-table size and search time.
const LAMBDA: usize = 4;
/// Up to this many keys, one bucket and a sparse table: no pilot load at run time.
const ONE_BUCKET: usize = 12;
/// Seeds tried before giving up (never reached in practice; each try is a fresh hash).
const SEED_TRIES: u64 = 1_000;

/// A wire string and the index of the variant it names.
#[derive(Debug, Clone, Copy)]
pub struct Key<'a> {
    /// The wire string (code or alias).
    pub wire: &'a str,
    /// Its variant's index in spec order.
    pub index: usize,
}

/// A built table: for seed `seed`, key `k` with hash `h` is in slot
/// `hash::slot(h, pilots[hash::bucket(h, pilots.len())], slots.len())`.
#[derive(Debug, Clone)]
pub struct Table<'a> {
    /// The seed whose constants ([`hash::seeds`]) the hash uses.
    pub seed: u64,
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
    /// Places `keys` (non-empty, distinct wire strings).
    ///
    /// # Panics
    /// If no seed places them, which would take a hash far weaker than this one.
    pub fn build(keys: &[Key<'a>]) -> Self {
        assert!(!keys.is_empty(), "a table needs keys");
        let n = keys.len();
        let (buckets, slots) = if n <= ONE_BUCKET {
            (1, (2 * n).next_power_of_two())
        } else {
            (n.div_ceil(LAMBDA), n + n / 8 + 1)
        };
        let min = keys.iter().map(|k| k.wire.len()).min().unwrap_or(0);
        let max = keys.iter().map(|k| k.wire.len()).max().unwrap_or(0);
        let words = words_for(max);
        for seed in 0..SEED_TRIES {
            if let Some((pilots, slots)) = place(keys, words, seed, buckets, slots) {
                return Self {
                    seed,
                    pilots,
                    slots,
                    min,
                    max,
                };
            }
        }
        panic!("no seed gives a perfect hash of {n} keys");
    }

    /// How many words a key is read as: 2 (up to 16 bytes) or 4 (up to 32), kept in the
    /// table's entries, or 8, kept in a pool.
    pub fn words(&self) -> usize {
        words_for(self.max)
    }

    /// Whether keys are long (eight words, kept in a pool).
    pub fn long(&self) -> bool {
        self.words() == 8
    }

    /// The slot `wire` hashes to (whether or not it holds `wire`).
    #[cfg(test)]
    pub fn slot_of(&self, wire: &str) -> usize {
        let h = key_hash(wire.as_bytes(), self.words(), &hash::seeds(self.seed));
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
            && match self.words() {
                8 => hash::words8(b) == hash::words8(k) && (n <= hash::COVERED || b == k),
                4 => hash::words4(b) == hash::words4(k),
                _ => hash::words2(b) == hash::words2(k),
            };
        same.then_some(key.index)
    }

    /// Short layouts: the table's entries as bytes, each the key's words (one if every key is
    /// under 8 bytes, else two or four) and then its length in the low and its variant index in the
    /// high half of one more word. Empty slots are zero, a length no input reaches.
    pub fn short_entries(&self) -> (usize, Vec<u8>) {
        let words = if self.max < 8 { 1 } else { self.words() };
        let mut out = Vec::with_capacity(self.slots.len() * (words + 1) * 8);
        for slot in &self.slots {
            let (x, meta) = match slot {
                Some(k) => {
                    let b = k.wire.as_bytes();
                    let x = if self.words() == 4 {
                        hash::words4(b)
                    } else {
                        let [a, b] = hash::words2(b);
                        [a, b, 0, 0]
                    };
                    (x, k.wire.len() as u64 | ((k.index as u64) << 32))
                }
                None => ([0; 4], 0),
            };
            for w in &x[..words] {
                out.extend_from_slice(&w.to_le_bytes());
            }
            out.extend_from_slice(&meta.to_le_bytes());
        }
        (words, out)
    }

    /// Long layout: each slot's entry, the offset of its record in the pool in the low and its
    /// key's length in the high half; and the pool, records of the variant index (`u32`) and
    /// the key's bytes, padded so that reading `max` bytes after any record stays inside.
    /// Empty slots are zero, a length no input reaches.
    pub fn long_entries(&self) -> (Vec<u8>, Vec<u8>) {
        let mut entries = Vec::with_capacity(self.slots.len() * 8);
        let mut pool = Vec::new();
        for slot in &self.slots {
            let entry = match slot {
                Some(k) => {
                    let at = pool.len() as u64;
                    pool.extend_from_slice(
                        &u32::try_from(k.index)
                            .expect("under 2^32 codes")
                            .to_le_bytes(),
                    );
                    pool.extend_from_slice(k.wire.as_bytes());
                    at | ((k.wire.len() as u64) << 32)
                }
                None => 0,
            };
            entries.extend_from_slice(&entry.to_le_bytes());
        }
        pool.resize(pool.len() + 4 + self.max, 0);
        (entries, pool)
    }
}

/// Words per key for keys of at most `max` bytes.
fn words_for(max: usize) -> usize {
    match max {
        0..=16 => 2,
        17..=hash::SHORT => 4,
        _ => 8,
    }
}

/// The hash of a key in its layout.
fn key_hash(b: &[u8], words: usize, s: &[u64; 8]) -> u64 {
    let n = b.len();
    match words {
        8 => {
            let middle = if n > hash::COVERED {
                hash::middle(b, s)
            } else {
                0
            };
            hash::hash8(&hash::words8(b), n, middle, s)
        }
        4 => hash::hash4(&hash::words4(b), n, s),
        _ => hash::hash2(&hash::words2(b), n, s),
    }
}

/// Pilots and slots for `keys` with `seed`, or `None` if some bucket finds no pilot.
#[allow(clippy::type_complexity)]
fn place<'a>(
    keys: &[Key<'a>],
    words: usize,
    seed: u64,
    buckets: usize,
    slots: usize,
) -> Option<(Vec<u16>, Vec<Option<Key<'a>>>)> {
    let s = hash::seeds(seed);
    let hashes: Vec<u64> = keys
        .iter()
        .map(|k| key_hash(k.wire.as_bytes(), words, &s))
        .collect();
    // Two keys with one hash can share no bucket's pilot: try the next seed at once.
    let mut sorted = hashes.clone();
    sorted.sort_unstable();
    if sorted.windows(2).any(|w| w[0] == w[1]) {
        return None;
    }
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); buckets];
    for (i, &h) in hashes.iter().enumerate() {
        members[hash::bucket(h, buckets)].push(i);
    }
    let mut order: Vec<usize> = (0..buckets).collect();
    // Largest first, ties by index: deterministic, so a spec always expands the same way.
    order.sort_by_key(|&b| (std::cmp::Reverse(members[b].len()), b));
    let mut pilots = vec![0u16; buckets];
    let mut table: Vec<Option<Key<'a>>> = vec![None; slots];
    let mut taken: Vec<usize> = Vec::with_capacity(LAMBDA * 4);
    for b in order {
        let keys_here = &members[b];
        if keys_here.is_empty() {
            break;
        }
        let found = (0..=u16::MAX).find(|&p| {
            taken.clear();
            keys_here.iter().all(|&i| {
                let at = hash::slot(hashes[i], p, slots);
                let free = table[at].is_none() && !taken.contains(&at);
                taken.push(at);
                free
            })
        })?;
        pilots[b] = found;
        for &i in keys_here {
            table[hash::slot(hashes[i], found, slots)] = Some(keys[i]);
        }
    }
    Some((pilots, table))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(wires: &[String]) -> Vec<Key<'_>> {
        wires
            .iter()
            .enumerate()
            .map(|(index, wire)| Key { wire, index })
            .collect()
    }

    fn check(wires: &[String]) {
        let keys = keys(wires);
        let t = Table::build(&keys);
        for k in &keys {
            let at = t.slot_of(k.wire);
            assert_eq!(t.slots[at].map(|s| s.wire), Some(k.wire), "{}", k.wire);
            assert_eq!(t.lookup(k.wire), Some(k.index), "{}", k.wire);
        }
        assert_eq!(t.slots.iter().flatten().count(), keys.len());
        if t.long() {
            assert_eq!(t.long_entries().0.len(), t.slots.len() * 8);
        } else {
            let (words, entries) = t.short_entries();
            assert_eq!(entries.len(), t.slots.len() * (words + 1) * 8);
        }
    }

    #[test]
    fn one_key() {
        check(&["A".into()]);
    }

    #[test]
    fn flanks_codes() {
        let wires = [
            "INVALID_CREDENTIALS",
            "INVALID_SCA",
            "CREDENTIALS_ALREADY_EXIST",
            "INTERNAL_ERROR",
            "ABORTED_BY_USER",
            "SCA_TYPE_NOT_ALLOWED",
            "USER_INTERACTION_NEEDED",
        ];
        let wires: Vec<String> = wires.iter().map(ToString::to_string).collect();
        check(&wires);
        let keys = keys(&wires);
        let t = Table::build(&keys);
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
    fn ten_thousand_of_one_length() {
        let wires: Vec<String> = (0..10_000).map(|i| format!("{i:05}")).collect();
        check(&wires);
    }

    #[test]
    fn ten_thousand_long_with_shared_prefix_and_suffix() {
        let wires: Vec<String> = (0..10_000)
            .map(|i| format!("ACCOUNT_{}_{i}_NOT_FOUND_IN_THE_UPSTREAM_PROVIDER", i % 7))
            .collect();
        check(&wires);
    }

    #[test]
    fn ten_thousand_of_varied_lengths_up_to_100() {
        let wires: Vec<String> = (0..10_000)
            .map(|i| format!("{}_{i}", "ACCOUNT_NOT_FOUND".repeat(i % 6)))
            .collect();
        check(&wires);
    }

    #[test]
    fn every_length_up_to_80_and_near_misses() {
        let wires: Vec<String> = (1..=80)
            .flat_map(|n| {
                (0..5u8).map(move |v| format!("{}{}", "x".repeat(n - 1), char::from(b'a' + v)))
            })
            .collect();
        check(&wires);
        let keys = keys(&wires);
        let t = Table::build(&keys);
        for n in 1..=81 {
            for v in 5..8u8 {
                let miss = format!("{}{}", "x".repeat(n - 1), char::from(b'a' + v));
                assert_eq!(t.lookup(&miss), None, "{miss}");
            }
            let miss = format!("y{}", "x".repeat(n - 1));
            assert_eq!(t.lookup(&miss), None, "{miss}");
        }
    }
}
