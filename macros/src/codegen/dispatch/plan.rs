//! Every decision about the shape of `from_code`, made in one place: [`plan`] looks at the wire
//! strings and returns a [`Plan`], plain data that the emitters (`lib.rs` for the one-byte
//! table, the split and the hashed table; `long.rs` for codes past [`COVERED`] bytes) turn into
//! code without deciding anything themselves. Every threshold is a constant of this file, with
//! the reason for its value, but for [`COVERED`], the most the hash reads (`hash.rs`). The wire
//! strings come in as [`Key`]s, the type every other module takes them as.
//!
//! The decisions, in the order a lookup meets them:
//!
//! 1. Codes past [`COVERED`] bytes go to a table of their own ([`Long`]), reached through the
//!    main table's range test.
//! 2. Codes that are all one byte need no hash: the byte indexes a table ([`Layout::Bytes`]).
//! 3. A few codes past a chunk boundary get a table of their own behind a length test, so that
//!    the others compare fewer chunks ([`Layout::Split`], [`TAIL_SHARE`]).
//! 4. A hashed table compares 8-byte words or 16-byte chunks ([`Compare`], [`CHUNKS_PAST`]);
//!    inputs under 16 bytes in a table of chunks take a path of their own
//!    ([`Shape::short_path`]).
//! 5. A dozen keys or fewer share one bucket, found by one multiplier ([`ONE_BUCKET`]); more
//!    have buckets of about [`LAMBDA`] keys and a pilot each.
//! 6. Slots are a power of two (a mask) while the rows stay small, else about 9 slots for 8
//!    keys (a multiply) ([`SPARSE_ROWS`]).
//!
//! Each of these is here because it makes lookups quicker on the code sets it applies to than
//! the plan without it, in an order the branch predictor cannot learn (`benches/layouts.sh`
//! builds the lookup both ways and times them side by side). The long table has one layout:
//! its keys laid one after another (`long.rs` says why).

use super::hash::COVERED;

/// A table is split when at most one key in this many is longer than a chunk boundary that
/// the others stay within: rarer than that, the branch to the tail's table is predicted, and
/// every other lookup compares one or two chunks fewer (within 32 bytes, words instead of
/// chunks and no branch for inputs under 16 bytes, which is where the split gains most).
pub const TAIL_SHARE: usize = 64;
/// Tables whose longest key is longer than this compare 16-byte chunks (which the compiler
/// turns into vector compares), not 8-byte words; so do tables whose keys are all longer than
/// 16 bytes (two words or more each, where one chunk compare replaces two word compares).
/// Not lower: up to four words, with keys under 16 bytes among them, comparing words is
/// quicker than chunks and the branch that inputs under 16 bytes then need. Not higher: past
/// four words, the word compares cost more than that branch.
pub const CHUNKS_PAST: usize = 32;
/// Up to this many keys, one bucket and a sparse table: one multiplier that sends each key to
/// its own slot is quick to find, and a lookup neither finds a bucket nor loads its pilot,
/// a large share of a lookup this small.
pub const ONE_BUCKET: usize = 12;
/// Average keys per bucket: `PTHash`'s sweet spot between pilot-table size and search time.
pub const LAMBDA: usize = 5;
/// Tables of pilots have a power-of-two slot count if their rows then take at most this many
/// bytes (small enough to stay in a typical L2 cache beside the rest of the program, where
/// the mask's speed over a multiply shows), else about 9 slots for 8 keys: past it, the extra
/// rows of a power of two (up to as many again as the keys) cost more in cache misses than
/// the mask saves.
pub const SPARSE_ROWS: usize = 256 * 1024;

/// A wire string and the index of the variant it names.
#[cfg_attr(test, derive(Debug))]
#[derive(Clone, Copy)]
pub struct Key<'a> {
    /// The wire string (code or alias).
    pub wire: &'a str,
    /// Its variant's index in spec order.
    pub index: usize,
}

/// The shortest and the longest of `keys` (non-empty).
pub(super) fn lengths(keys: &[Key<'_>]) -> (usize, usize) {
    let (mut min, mut max) = (usize::MAX, 0);
    for k in keys {
        (min, max) = (min.min(k.wire.len()), max.max(k.wire.len()));
    }
    (min, max)
}

/// Bytes per row of a table of `width` words or `chunks` chunks
/// ([`Table::stride`](super::table::Table::stride)).
pub(super) fn stride(width: usize, chunks: usize) -> usize {
    if chunks > 0 { 16 * chunks } else { 8 * width }.next_power_of_two()
}

/// How `from_code` finds a code: a table of the codes of up to [`COVERED`] bytes, and one of
/// the longer codes; either may be absent, not both (a spec has codes).
#[cfg_attr(test, derive(Debug, Clone))]
pub struct Plan<'a> {
    /// The codes of up to [`COVERED`] bytes.
    pub main: Option<Layout<'a>>,
    /// The codes past [`COVERED`] bytes.
    pub long: Option<Long<'a>>,
}

/// The shape of a table of keys of up to [`COVERED`] bytes.
#[cfg_attr(test, derive(Debug, Clone))]
pub enum Layout<'a> {
    /// Every key is one byte: the byte indexes a table of 256 variants.
    Bytes(Vec<Key<'a>>),
    /// One hashed table.
    Table(Shape<'a>),
    /// A hashed table of the keys up to `cut` bytes, whose range test sends longer input to
    /// the table of the others (`tail`, in a cold function).
    Split {
        /// The keys up to `cut` bytes.
        rest: Shape<'a>,
        /// The chunk boundary.
        cut: usize,
        /// The keys past it.
        tail: Box<Layout<'a>>,
    },
}

/// A hashed table's decisions.
#[cfg_attr(test, derive(Debug, Clone))]
pub struct Shape<'a> {
    /// Its keys (non-empty, distinct).
    pub keys: Vec<Key<'a>>,
    /// Words per key (`hash::words`): the longest key's, rounded up.
    pub width: usize,
    /// How a row is compared with the input.
    pub compare: Compare,
    /// Inputs under 16 bytes take a path of their own (a table of chunks with short keys).
    /// Its alternative, copying their first and last words to the stack to read them as a
    /// chunk, looks branch-free but is not faster: the 16-byte load of two 8-byte stores
    /// cannot be forwarded, and every lookup waits for it, even with inputs in an order the
    /// branch predictor cannot learn (`benches/`).
    pub short_path: bool,
    /// How many buckets (one: a multiplier, no pilot load) and slots.
    pub buckets: usize,
    /// How many slots: a power of two when [`SPARSE_ROWS`] allows or with one bucket.
    pub slots: usize,
}

/// How a hashed table compares a row with the input.
#[cfg_attr(test, derive(Debug))]
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Compare {
    /// `width` 8-byte words.
    Words,
    /// This many 16-byte chunks.
    Chunks(usize),
}

impl Compare {
    /// Chunks per key, 0 for words (as `table::Table::chunks`).
    pub fn chunks(self) -> usize {
        match self {
            Self::Words => 0,
            Self::Chunks(n) => n,
        }
    }
}

/// The table of codes past [`COVERED`] bytes (`long.rs`), its keys laid one after another.
#[cfg_attr(test, derive(Debug, Clone))]
pub struct Long<'a> {
    /// Its keys (non-empty, distinct, longer than [`COVERED`] bytes).
    pub keys: Vec<Key<'a>>,
    /// How many buckets and slots, as for a [`Shape`] (never a multiplier: its hash reads
    /// every byte, and one bucket has one constant pilot).
    pub buckets: usize,
    /// How many slots.
    pub slots: usize,
}

/// The plan for `keys`: every wire string (code or alias) of a spec, each with its variant.
pub fn plan<'a>(keys: &[Key<'a>]) -> Plan<'a> {
    let (short, long) = split_by_length(keys, COVERED);
    Plan {
        main: (!short.is_empty()).then(|| layout(&short)),
        long: (!long.is_empty()).then(|| long_table(long)),
    }
}

/// The layout of `keys` (non-empty, each at most [`COVERED`] bytes).
pub fn layout<'a>(keys: &[Key<'a>]) -> Layout<'a> {
    // Every key one byte long.
    if lengths(keys) == (1, 1) {
        return Layout::Bytes(keys.to_vec());
    }
    let Some(cut) = tail_cut(keys) else {
        return Layout::Table(shape(keys));
    };
    let (rest, tail) = split_by_length(keys, cut);
    Layout::Split {
        rest: shape(&rest),
        cut,
        tail: Box::new(layout(&tail)),
    }
}

/// `keys` of at most `cut` bytes, and the longer ones.
fn split_by_length<'a>(keys: &[Key<'a>], cut: usize) -> (Vec<Key<'a>>, Vec<Key<'a>>) {
    let (mut short, mut long) = (Vec::new(), Vec::new());
    for &k in keys {
        if k.wire.len() <= cut {
            short.push(k);
        } else {
            long.push(k);
        }
    }
    (short, long)
}

/// The length past which `keys` are better off in a table of their own, if any: the shortest
/// chunk boundary (32 or 48 bytes) below the longest key that at most one key in
/// [`TAIL_SHARE`] passes. Every lookup compares as many chunks as the longest key needs, so a
/// handful of long keys would otherwise cost every input one or two more compares.
pub fn tail_cut(keys: &[Key<'_>]) -> Option<usize> {
    let (_, max) = lengths(keys);
    for c in 2..max.div_ceil(16) {
        let cut = 16 * c;
        let mut past = 0;
        for k in keys {
            past += usize::from(k.wire.len() > cut);
        }
        if past > 0 && past * TAIL_SHARE <= keys.len() {
            return Some(cut);
        }
    }
    None
}

/// The shape of one hashed table of `keys` (non-empty, each at most [`COVERED`] bytes).
pub fn shape<'a>(keys: &[Key<'a>]) -> Shape<'a> {
    let n = keys.len();
    let (min, max) = lengths(keys);
    let width = max.div_ceil(8).max(1);
    let chunked = max > CHUNKS_PAST || (min >= 16 && max > 16);
    let compare = if chunked {
        Compare::Chunks(max.div_ceil(16))
    } else {
        Compare::Words
    };
    let (buckets, slots) = if n <= ONE_BUCKET {
        (1, (2 * n).next_power_of_two())
    } else {
        // Powers of two: the bucket is then a shift of the hash, and the slot a mask, not a
        // multiply; but a slot count rounded up may be nearly twice the keys, so only while
        // the rows stay small.
        let dense = n + n / 8 + 1;
        let sparse = dense.next_power_of_two();
        let rows = sparse * stride(width, compare.chunks());
        (
            n.div_ceil(LAMBDA).next_power_of_two(),
            if rows <= SPARSE_ROWS { sparse } else { dense },
        )
    };
    Shape {
        keys: keys.to_vec(),
        width,
        compare,
        short_path: chunked && min < 16,
        buckets,
        slots,
    }
}

/// The table of `keys` past [`COVERED`] bytes.
fn long_table(keys: Vec<Key<'_>>) -> Long<'_> {
    let n = keys.len();
    // As the main table's: a dozen keys or fewer share one bucket (a constant pilot) in a
    // sparse table; more have buckets of about `LAMBDA` keys and about 9 slots for 8 keys.
    let (buckets, slots) = if n <= ONE_BUCKET {
        (1, (2 * n).next_power_of_two())
    } else {
        (n.div_ceil(LAMBDA).next_power_of_two(), n + n / 8 + 1)
    };
    Long {
        keys,
        buckets,
        slots,
    }
}

/// `wires` as keys, each naming the variant of its own index (for tests).
#[cfg(test)]
pub fn keys_of(wires: &[String]) -> Vec<Key<'_>> {
    wires
        .iter()
        .enumerate()
        .map(|(index, wire)| Key { wire, index })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `n` distinct codes of `len` bytes each, tagged so that groups differ.
    fn of_length(n: usize, len: usize, tag: char) -> Vec<String> {
        (0..n)
            .map(|i| {
                let head = format!("{tag}{i}_");
                format!("{head}{}", "X".repeat(len - head.len()))
            })
            .collect()
    }

    fn with(groups: &[(usize, usize)]) -> Vec<String> {
        groups
            .iter()
            .zip('A'..)
            .flat_map(|(&(n, len), tag)| of_length(n, len, tag))
            .collect()
    }

    fn planned(groups: &[(usize, usize)]) -> Plan<'static> {
        let wires: &'static [String] = Vec::leak(with(groups));
        plan(&keys_of(wires))
    }

    fn main_shape(p: &Plan<'_>) -> Shape<'static> {
        match &p.main {
            Some(Layout::Table(s)) => Shape {
                keys: Vec::new(),
                ..s.clone()
            },
            other => panic!("one table, not {other:?}"),
        }
    }

    #[test]
    fn one_byte_codes_index_a_table() {
        let wires: Vec<String> = ["A", "B", "7"].map(String::from).to_vec();
        let p = plan(&keys_of(&wires));
        assert!(matches!(p.main, Some(Layout::Bytes(ref k)) if k.len() == 3));
        assert!(p.long.is_none());
        // With one longer code, they hash like any other.
        let wires: Vec<String> = ["A", "B", "CD"].map(String::from).to_vec();
        assert!(matches!(
            plan(&keys_of(&wires)).main,
            Some(Layout::Table(_))
        ));
    }

    #[test]
    fn a_few_codes_compare_words_in_one_bucket() {
        let s = main_shape(&planned(&[(7, 12)]));
        assert_eq!(
            (s.compare, s.width, s.short_path),
            (Compare::Words, 2, false)
        );
        assert_eq!((s.buckets, s.slots), (1, 16));
        let s = main_shape(&planned(&[(ONE_BUCKET + 1, 12)]));
        assert!(s.buckets > 1, "{s:?}");
    }

    #[test]
    fn long_or_all_long_keys_compare_chunks() {
        // Past 32 bytes: chunks, and inputs under 16 bytes take their own path.
        let s = main_shape(&planned(&[(5, 10), (5, 40)]));
        assert_eq!((s.compare, s.short_path), (Compare::Chunks(3), true));
        // All of 17 to 32 bytes: chunks, no short path.
        let s = main_shape(&planned(&[(5, 17), (5, 32)]));
        assert_eq!((s.compare, s.short_path), (Compare::Chunks(2), false));
        // Up to 32 bytes with some short: words.
        assert_eq!(
            main_shape(&planned(&[(5, 8), (5, 32)])).compare,
            Compare::Words
        );
    }

    #[test]
    fn slots_are_a_power_of_two_while_the_rows_stay_small() {
        let s = main_shape(&planned(&[(1_000, 20)]));
        assert!(s.slots.is_power_of_two() && s.slots >= 1_000, "{s:?}");
        // 10,000 keys of 64-byte rows: a power of two would take 1 MiB; about 9 for 8 instead.
        let s = main_shape(&planned(&[(10_000, 60)]));
        assert_eq!(s.slots, 10_000 + 10_000 / 8 + 1);
        assert_eq!(s.buckets, 10_000usize.div_ceil(LAMBDA).next_power_of_two());
    }

    #[test]
    fn a_few_long_keys_get_a_table_of_their_own() {
        let cut = |groups: &[(usize, usize)]| tail_cut(&keys_of(&with(groups)));
        // One key in 64 past 48 bytes: the rest compare three chunks.
        assert_eq!(cut(&[(63, 40), (1, 55)]), Some(48));
        // One in 63 is too many: the branch would mispredict.
        assert_eq!(cut(&[(62, 40), (1, 55)]), None);
        // The shortest boundary that few keys pass.
        assert_eq!(cut(&[(126, 20), (1, 40), (1, 60)]), Some(32));
        assert_eq!(cut(&[(100, 20), (60, 40), (2, 60)]), Some(48));
        // Nothing to gain below 33 bytes (at most two chunks, or words).
        assert_eq!(cut(&[(640, 10), (1, 32)]), None);
        // A spec of a few codes never splits.
        assert_eq!(cut(&[(6, 20), (1, 50)]), None);
        // The plan: the rest in three chunks, the tail in a table of its own.
        match planned(&[(63, 40), (1, 55)]).main {
            Some(Layout::Split { rest, cut, tail }) => {
                assert_eq!(
                    (cut, rest.keys.len(), rest.compare),
                    (48, 63, Compare::Chunks(3))
                );
                assert!(matches!(*tail, Layout::Table(ref t) if t.keys.len() == 1));
            }
            other => panic!("a split, not {other:?}"),
        }
    }

    #[test]
    fn codes_past_64_bytes_have_a_table_of_their_own() {
        let p = planned(&[(5, 20), (40, 80)]);
        assert!(matches!(p.main, Some(Layout::Table(ref t)) if t.keys.len() == 5));
        let long = p.long.expect("a long table");
        assert_eq!((long.keys.len(), long.buckets), (40, 8));
        // Nothing but long codes: no main table.
        assert!(planned(&[(3, 70)]).main.is_none());
    }
}
