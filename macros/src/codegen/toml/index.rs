//! The index of a large table's keys: where each key is in the table's entries.
//!
//! A hash table of entry positions that is never more than half full, probed in order from a
//! key's FNV-1a hash. It is small and written here, not `std`'s `HashMap`, because the parser
//! needs only "add" and "find", and a `HashMap` brings its hasher and table code into every
//! build of this crate.

use crate::codegen::toml::{Item, Key};

/// Where each of a table's keys is in its entries.
#[derive(Debug, Clone, Default)]
pub(crate) struct Index {
    /// Each key's position in the entries plus one, at its slot; `0` for an empty slot. Its
    /// length is a power of two, or zero before the first key is added.
    slots: Vec<usize>,
}

impl Index {
    /// Where `name` is in `entries`, which this index indexes.
    pub(crate) fn get(&self, entries: &[(Key, Item)], name: &str) -> Option<usize> {
        if self.slots.is_empty() {
            return None;
        }
        self.slots[self.slot(entries, name)].checked_sub(1)
    }

    /// Adds the last of `entries`, whose key no other entry has; the others are indexed.
    pub(crate) fn add_last(&mut self, entries: &[(Key, Item)]) {
        let mut first = entries.len() - 1;
        if entries.len() * 2 > self.slots.len() {
            self.slots = vec![0; (entries.len() * 4).next_power_of_two()];
            first = 0;
        }
        for (at, (key, _)) in entries.iter().enumerate().skip(first) {
            let slot = self.slot(entries, &key.name);
            self.slots[slot] = at + 1;
        }
    }

    /// The slot of `name`: the one holding its position, or the empty one where it goes.
    fn slot(&self, entries: &[(Key, Item)], name: &str) -> usize {
        let mask = self.slots.len() - 1;
        let mut slot = fnv1a(name) & mask;
        loop {
            match self.slots[slot] {
                0 => return slot,
                at if entries[at - 1].0.name == name => return slot,
                _ => slot = (slot + 1) & mask,
            }
        }
    }
}

/// The 32-bit FNV-1a hash of `name`.
fn fnv1a(name: &str) -> usize {
    let mut hash: u32 = 0x811c_9dc5;
    for &b in name.as_bytes() {
        hash = (hash ^ u32::from(b)).wrapping_mul(0x0100_0193);
    }
    hash as usize
}
