//! Bit storage behind [`CodeSet`](crate::CodeSet), sized per enum like enumset's.

use core::fmt::Debug;
use core::hash::Hash;

/// Bit storage for a [`CodeSet`](crate::CodeSet): `u8` to `u128`, or `[u64; N]` beyond 128
/// codes. The generated enum picks the smallest that holds all its codes.
///
/// Sealed: it is implemented here for exactly those types.
pub trait BitStore: Copy + Eq + Ord + Hash + Debug + sealed::Sealed + 'static {
    /// No bit set.
    const EMPTY: Self;
    /// Whether bit `i` is set.
    fn get(&self, i: usize) -> bool;
    /// Sets bit `i`.
    fn set(&mut self, i: usize);
    /// Clears bit `i`.
    fn clear(&mut self, i: usize);
    /// Bits set in either.
    #[must_use]
    fn or(self, other: Self) -> Self;
    /// Bits set in both.
    #[must_use]
    fn and(self, other: Self) -> Self;
    /// Bits set in `self` and not in `other`.
    #[must_use]
    fn and_not(self, other: Self) -> Self;
    /// How many bits are set.
    fn count(&self) -> usize;
    /// The lowest set bit at or above `from`, if any.
    fn next_set(&self, from: usize) -> Option<usize>;
}

mod sealed {
    pub trait Sealed {}
}

macro_rules! int_store {
    ($($t:ty),*) => {$(
        impl sealed::Sealed for $t {}
        impl BitStore for $t {
            const EMPTY: Self = 0;
            #[inline]
            fn get(&self, i: usize) -> bool {
                (*self >> i) & 1 == 1
            }
            #[inline]
            fn set(&mut self, i: usize) {
                *self |= 1 << i;
            }
            #[inline]
            fn clear(&mut self, i: usize) {
                *self &= !(1 << i);
            }
            #[inline]
            fn or(self, other: Self) -> Self {
                self | other
            }
            #[inline]
            fn and(self, other: Self) -> Self {
                self & other
            }
            #[inline]
            fn and_not(self, other: Self) -> Self {
                self & !other
            }
            #[inline]
            fn count(&self) -> usize {
                self.count_ones() as usize
            }
            #[inline]
            fn next_set(&self, from: usize) -> Option<usize> {
                if from >= <$t>::BITS as usize {
                    return None;
                }
                let rest = *self >> from;
                (rest != 0).then(|| from + rest.trailing_zeros() as usize)
            }
        }
    )*};
}
int_store!(u8, u16, u32, u64, u128);

impl<const N: usize> sealed::Sealed for [u64; N] {}
impl<const N: usize> BitStore for [u64; N] {
    const EMPTY: Self = [0; N];
    #[inline]
    fn get(&self, i: usize) -> bool {
        self[i / 64].get(i % 64)
    }
    #[inline]
    fn set(&mut self, i: usize) {
        self[i / 64].set(i % 64);
    }
    #[inline]
    fn clear(&mut self, i: usize) {
        self[i / 64].clear(i % 64);
    }
    #[inline]
    fn or(mut self, other: Self) -> Self {
        for (a, b) in self.iter_mut().zip(other) {
            *a |= b;
        }
        self
    }
    #[inline]
    fn and(mut self, other: Self) -> Self {
        for (a, b) in self.iter_mut().zip(other) {
            *a &= b;
        }
        self
    }
    #[inline]
    fn and_not(mut self, other: Self) -> Self {
        for (a, b) in self.iter_mut().zip(other) {
            *a &= !b;
        }
        self
    }
    #[inline]
    fn count(&self) -> usize {
        self.iter().map(|w| w.count_ones() as usize).sum()
    }
    fn next_set(&self, from: usize) -> Option<usize> {
        let mut word = from / 64;
        let mut bit = from % 64;
        while word < N {
            if let Some(b) = self[word].next_set(bit) {
                return Some(word * 64 + b);
            }
            word += 1;
            bit = 0;
        }
        None
    }
}
