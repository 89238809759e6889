//! [`CodeSet`]: a `Copy` bitset of codes.

use core::fmt;
use core::hash::{Hash, Hasher};
use core::iter::FusedIterator;
use core::marker::PhantomData;
use core::ops::{BitAnd, BitAndAssign, BitOr, BitOrAssign, Sub, SubAssign};

use crate::bits::BitStore;
use crate::code::ErrorCode;

/// A set of codes of one enum: a bitset, `Copy`, one bit per code (the smallest integer that
/// holds them all, an array of `u64` beyond 128 codes). Iteration is in spec order.
///
/// ```
/// use link_errors::CodeSet;
///
/// #[link_errors::spec("../link-errors-spec.toml")]
/// pub enum LinkError {}
///
/// let mut set: CodeSet<LinkError> = [LinkError::InvalidSca, LinkError::InvalidCredentials]
///     .into_iter()
///     .collect();
/// assert!(set.contains(LinkError::InvalidSca));
/// assert!(set.insert(LinkError::InternalError));
/// assert_eq!(set.len(), 3);
/// // Spec order, whatever the order of insertion.
/// assert_eq!(
///     format!("{set:?}"),
///     "{INVALID_CREDENTIALS, INVALID_SCA, INTERNAL_ERROR}"
/// );
/// let rest = CodeSet::ALL - set;
/// assert_eq!(rest.len(), LinkError::COUNT - 3);
/// assert!((rest & set).is_empty());
/// ```
#[derive(Clone, Copy)]
pub struct CodeSet<E: ErrorCode> {
    bits: E::Bits,
    // `fn() -> E`: the set owns no `E`, so it is `Send`/`Sync` whatever `E` is.
    _codes: PhantomData<fn() -> E>,
}

impl<E: ErrorCode> CodeSet<E> {
    /// No code.
    ///
    /// ```
    /// # #[link_errors::spec("../link-errors-spec.toml")] pub enum LinkError {}
    /// assert!(link_errors::CodeSet::<LinkError>::EMPTY.is_empty());
    /// ```
    pub const EMPTY: Self = Self::from_bits(<E::Bits as BitStore>::EMPTY);

    /// Every code of the spec.
    ///
    /// ```
    /// # #[link_errors::spec("../link-errors-spec.toml")] pub enum LinkError {}
    /// assert_eq!(link_errors::CodeSet::<LinkError>::ALL.len(), LinkError::COUNT);
    /// ```
    pub const ALL: Self = Self::from_bits(E::ALL_BITS);

    const fn from_bits(bits: E::Bits) -> Self {
        Self {
            bits,
            _codes: PhantomData,
        }
    }

    /// An empty set (the same as [`EMPTY`](Self::EMPTY)).
    ///
    /// ```
    /// # #[link_errors::spec("../link-errors-spec.toml")] pub enum LinkError {}
    /// let mut set = link_errors::CodeSet::new();
    /// set.insert(LinkError::InvalidSca);
    /// assert_eq!(set.len(), 1);
    /// ```
    #[must_use]
    pub const fn new() -> Self {
        Self::EMPTY
    }

    /// Adds `code`; returns whether it was not in the set yet.
    ///
    /// ```
    /// # #[link_errors::spec("../link-errors-spec.toml")] pub enum LinkError {}
    /// let mut set = link_errors::CodeSet::new();
    /// assert!(set.insert(LinkError::InvalidSca));
    /// assert!(!set.insert(LinkError::InvalidSca));
    /// ```
    pub fn insert(&mut self, code: E) -> bool {
        let new = !self.contains(code);
        self.bits.set(code.index());
        new
    }

    /// Removes `code`; returns whether it was in the set.
    ///
    /// ```
    /// # #[link_errors::spec("../link-errors-spec.toml")] pub enum LinkError {}
    /// let mut set = link_errors::CodeSet::ALL;
    /// assert!(set.remove(LinkError::InvalidSca));
    /// assert!(!set.contains(LinkError::InvalidSca));
    /// ```
    pub fn remove(&mut self, code: E) -> bool {
        let had = self.contains(code);
        self.bits.clear(code.index());
        had
    }

    /// Whether `code` is in the set.
    ///
    /// ```
    /// # #[link_errors::spec("../link-errors-spec.toml")] pub enum LinkError {}
    /// assert!(link_errors::CodeSet::ALL.contains(LinkError::AbortedByUser));
    /// ```
    pub fn contains(&self, code: E) -> bool {
        self.bits.get(code.index())
    }

    /// How many codes the set holds.
    ///
    /// ```
    /// # #[link_errors::spec("../link-errors-spec.toml")] pub enum LinkError {}
    /// let set: link_errors::CodeSet<_> = [LinkError::InvalidSca, LinkError::InvalidSca].into_iter().collect();
    /// assert_eq!(set.len(), 1);
    /// ```
    pub fn len(&self) -> usize {
        self.bits.count()
    }

    /// Whether the set holds no code.
    ///
    /// ```
    /// # #[link_errors::spec("../link-errors-spec.toml")] pub enum LinkError {}
    /// assert!(link_errors::CodeSet::<LinkError>::new().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.bits == <E::Bits as BitStore>::EMPTY
    }

    /// The codes, in spec order.
    ///
    /// ```
    /// # #[link_errors::spec("../link-errors-spec.toml")] pub enum LinkError {}
    /// let set: link_errors::CodeSet<_> = [LinkError::InvalidSca, LinkError::InvalidCredentials].into_iter().collect();
    /// let codes: Vec<&str> = set.iter().map(|e| e.code()).collect();
    /// assert_eq!(codes, ["INVALID_CREDENTIALS", "INVALID_SCA"]);
    /// ```
    pub fn iter(&self) -> CodeSetIter<E> {
        CodeSetIter {
            bits: self.bits,
            next: 0,
            left: self.len(),
            _codes: PhantomData,
        }
    }

    /// The codes in either set (also `a | b`).
    ///
    /// ```
    /// # #[link_errors::spec("../link-errors-spec.toml")] pub enum LinkError {}
    /// # use link_errors::CodeSet;
    /// let a: CodeSet<_> = [LinkError::InvalidSca].into_iter().collect();
    /// let b: CodeSet<_> = [LinkError::InternalError].into_iter().collect();
    /// assert_eq!(a.union(b), a | b);
    /// assert_eq!((a | b).len(), 2);
    /// ```
    #[must_use]
    pub fn union(self, other: Self) -> Self {
        Self::from_bits(self.bits.or(other.bits))
    }

    /// The codes in both sets (also `a & b`).
    ///
    /// ```
    /// # #[link_errors::spec("../link-errors-spec.toml")] pub enum LinkError {}
    /// # use link_errors::CodeSet;
    /// let a: CodeSet<_> = [LinkError::InvalidSca, LinkError::InternalError].into_iter().collect();
    /// let b: CodeSet<_> = [LinkError::InternalError].into_iter().collect();
    /// assert_eq!(a.intersection(b), b);
    /// assert_eq!(a & b, b);
    /// ```
    #[must_use]
    pub fn intersection(self, other: Self) -> Self {
        Self::from_bits(self.bits.and(other.bits))
    }

    /// The codes in `self` and not in `other` (also `a - b`).
    ///
    /// ```
    /// # #[link_errors::spec("../link-errors-spec.toml")] pub enum LinkError {}
    /// # use link_errors::CodeSet;
    /// let b: CodeSet<_> = [LinkError::InternalError].into_iter().collect();
    /// let rest = CodeSet::ALL.difference(b);
    /// assert!(!rest.contains(LinkError::InternalError));
    /// assert_eq!(rest, CodeSet::ALL - b);
    /// ```
    #[must_use]
    pub fn difference(self, other: Self) -> Self {
        Self::from_bits(self.bits.and_not(other.bits))
    }

    /// Every code of the spec that is not in the set.
    ///
    /// ```
    /// # #[link_errors::spec("../link-errors-spec.toml")] pub enum LinkError {}
    /// # use link_errors::CodeSet;
    /// assert_eq!(CodeSet::<LinkError>::EMPTY.complement(), CodeSet::ALL);
    /// ```
    #[must_use]
    pub fn complement(self) -> Self {
        Self::ALL.difference(self)
    }

    /// Whether every code of `self` is in `other`.
    ///
    /// ```
    /// # #[link_errors::spec("../link-errors-spec.toml")] pub enum LinkError {}
    /// # use link_errors::CodeSet;
    /// let a: CodeSet<_> = [LinkError::InvalidSca].into_iter().collect();
    /// assert!(a.is_subset(CodeSet::ALL));
    /// assert!(!CodeSet::ALL.is_subset(a));
    /// ```
    pub fn is_subset(self, other: Self) -> bool {
        self.difference(other).is_empty()
    }
}

// Written by hand: derives would bound `E` and its `Bits` more than needed.
impl<E: ErrorCode> PartialEq for CodeSet<E> {
    fn eq(&self, other: &Self) -> bool {
        self.bits == other.bits
    }
}
impl<E: ErrorCode> Eq for CodeSet<E> {}
impl<E: ErrorCode> Hash for CodeSet<E> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.bits.hash(state);
    }
}
impl<E: ErrorCode> Default for CodeSet<E> {
    fn default() -> Self {
        Self::EMPTY
    }
}

/// Lists the codes like a set: `{INVALID_CREDENTIALS, INVALID_SCA}`.
impl<E: ErrorCode> fmt::Debug for CodeSet<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        struct Code(&'static str);
        impl fmt::Debug for Code {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.0)
            }
        }
        f.debug_set()
            .entries(self.iter().map(|e| Code(e.code())))
            .finish()
    }
}

impl<E: ErrorCode> FromIterator<E> for CodeSet<E> {
    fn from_iter<I: IntoIterator<Item = E>>(iter: I) -> Self {
        let mut set = Self::EMPTY;
        set.extend(iter);
        set
    }
}

impl<E: ErrorCode> Extend<E> for CodeSet<E> {
    fn extend<I: IntoIterator<Item = E>>(&mut self, iter: I) {
        for code in iter {
            self.bits.set(code.index());
        }
    }
}

impl<E: ErrorCode> From<E> for CodeSet<E> {
    fn from(code: E) -> Self {
        let mut set = Self::EMPTY;
        set.insert(code);
        set
    }
}

impl<E: ErrorCode> IntoIterator for CodeSet<E> {
    type Item = E;
    type IntoIter = CodeSetIter<E>;
    fn into_iter(self) -> CodeSetIter<E> {
        self.iter()
    }
}

impl<E: ErrorCode> IntoIterator for &CodeSet<E> {
    type Item = E;
    type IntoIter = CodeSetIter<E>;
    fn into_iter(self) -> CodeSetIter<E> {
        self.iter()
    }
}

macro_rules! set_op {
    ($op:ident $f:ident, $assign:ident $af:ident, $method:ident) => {
        impl<E: ErrorCode> $op for CodeSet<E> {
            type Output = Self;
            fn $f(self, other: Self) -> Self {
                self.$method(other)
            }
        }
        impl<E: ErrorCode> $assign for CodeSet<E> {
            fn $af(&mut self, other: Self) {
                *self = self.$method(other);
            }
        }
    };
}
set_op!(BitOr bitor, BitOrAssign bitor_assign, union);
set_op!(BitAnd bitand, BitAndAssign bitand_assign, intersection);
set_op!(Sub sub, SubAssign sub_assign, difference);

/// The codes of a [`CodeSet`], in spec order.
///
/// ```
/// # #[link_errors::spec("../link-errors-spec.toml")] pub enum LinkError {}
/// let mut it = link_errors::CodeSet::<LinkError>::ALL.iter();
/// assert_eq!(it.len(), LinkError::COUNT);
/// assert_eq!(it.next(), Some(LinkError::ALL[0]));
/// ```
pub struct CodeSetIter<E: ErrorCode> {
    bits: E::Bits,
    next: usize,
    left: usize,
    _codes: PhantomData<fn() -> E>,
}

impl<E: ErrorCode> Clone for CodeSetIter<E> {
    fn clone(&self) -> Self {
        Self { ..*self }
    }
}

impl<E: ErrorCode> fmt::Debug for CodeSetIter<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("CodeSetIter")
            .field(&self.clone().collect::<CodeSet<E>>())
            .finish()
    }
}

impl<E: ErrorCode> Iterator for CodeSetIter<E> {
    type Item = E;

    fn next(&mut self) -> Option<E> {
        let i = self.bits.next_set(self.next)?;
        self.next = i + 1;
        self.left -= 1;
        E::from_index(i)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.left, Some(self.left))
    }
}

impl<E: ErrorCode> ExactSizeIterator for CodeSetIter<E> {}
impl<E: ErrorCode> FusedIterator for CodeSetIter<E> {}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_enum::{Big, Flanks};

    #[test]
    fn small_set() {
        let mut s = CodeSet::<Flanks>::new();
        assert!(s.is_empty());
        assert!(s.insert(Flanks::InvalidSca));
        assert!(!s.insert(Flanks::InvalidSca));
        s.insert(Flanks::InvalidCredentials);
        assert_eq!(format!("{s:?}"), "{INVALID_CREDENTIALS, INVALID_SCA}");
        assert_eq!(s.iter().len(), 2);
        assert!(s.remove(Flanks::InvalidSca));
        assert!(!s.remove(Flanks::InvalidSca));
        assert_eq!(s.len(), 1);
        assert_eq!(CodeSet::<Flanks>::ALL.len(), 7);
        assert_eq!(CodeSet::<Flanks>::ALL.complement(), CodeSet::EMPTY);
        assert_eq!(format!("{:?}", CodeSet::<Flanks>::EMPTY), "{}");
    }

    #[test]
    fn multi_word_set() {
        let all = CodeSet::<Big>::ALL;
        assert_eq!(all.len(), 130);
        assert_eq!(all.iter().collect::<Vec<_>>(), Big::ALL);
        let high: CodeSet<Big> = Big::ALL[60..].iter().copied().collect();
        let low: CodeSet<Big> = Big::ALL[..70].iter().copied().collect();
        assert_eq!((high & low).len(), 10);
        assert_eq!((high | low), all);
        assert_eq!((all - high).iter().collect::<Vec<_>>(), &Big::ALL[..60]);
        assert_eq!(all.iter().last(), Some(Big::ALL[129]));
        let mut it = high.iter();
        it.nth(69);
        assert_eq!(it.next(), None);
        assert_eq!(it.len(), 0);
    }
}
