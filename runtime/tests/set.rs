//! `CodeSet` against a `BTreeSet` model, for a one-word and a three-word bit store.

mod common;

use std::collections::BTreeSet;

use common::{Big, LinkError};
use link_errors::{CodeSet, ErrorCode};
use proptest::prelude::*;

#[test]
fn debug_lists_codes_in_spec_order() {
    let set: CodeSet<LinkError> = [LinkError::UserInteractionNeeded, LinkError::InvalidSca]
        .into_iter()
        .collect();
    assert_eq!(format!("{set:?}"), "{INVALID_SCA, USER_INTERACTION_NEEDED}");
    let big: CodeSet<Big> = [Big::Code129, Big::OauthError, Big::Code064]
        .into_iter()
        .collect();
    assert_eq!(format!("{big:?}"), "{oauth-error, code_064, code_129}");
    assert_eq!(CodeSet::<Big>::ALL.len(), 130);
    assert_eq!(CodeSet::<Big>::ALL.iter().last(), Some(Big::Code129));
}

#[test]
fn set_is_copy_and_small() {
    assert_eq!(size_of::<CodeSet<LinkError>>(), 1);
    assert_eq!(size_of::<CodeSet<Big>>(), 24);
    let a = CodeSet::<LinkError>::ALL;
    let b = a;
    assert_eq!(a, b);
}

fn check<E: ErrorCode>(left: &[usize], right: &[usize]) {
    let to_set = |v: &[usize]| v.iter().map(|&i| E::ALL[i]).collect::<CodeSet<E>>();
    let to_model = |v: &[usize]| v.iter().map(|&i| E::ALL[i]).collect::<BTreeSet<E>>();
    let (sa, sb, ma, mb) = (to_set(left), to_set(right), to_model(left), to_model(right));
    let list = |set: CodeSet<E>| set.iter().collect::<Vec<_>>();
    let model = |set: BTreeSet<E>| set.into_iter().collect::<Vec<_>>();
    assert_eq!(list(sa), model(ma.clone()));
    assert_eq!(sa.len(), ma.len());
    assert_eq!(sa.iter().len(), ma.len());
    assert_eq!(list(sa | sb), model(&ma | &mb));
    assert_eq!(list(sa & sb), model(&ma & &mb));
    assert_eq!(list(sa - sb), model(&ma - &mb));
    assert_eq!(sa.complement().len(), E::COUNT - ma.len());
    assert_eq!(sa.is_subset(sb), ma.is_subset(&mb));
    let mut grown = sa;
    for &i in right {
        let had = grown.contains(E::ALL[i]);
        assert_eq!(grown.insert(E::ALL[i]), !had);
    }
    assert_eq!(grown, sa | sb);
    let mut m = sa;
    m |= sb;
    assert_eq!(m, sa | sb);
    m -= sb;
    assert_eq!(m, sa - sb);
    m &= sa;
    assert_eq!(m, sa - sb);
    let mut e = sa;
    e.extend(sb);
    assert_eq!(e, sa | sb);
    for x in sb {
        assert!(e.remove(x));
        assert!(!e.contains(x));
    }
    assert_eq!(e, sa - sb);
}

proptest! {
    #[test]
    fn matches_btreeset_small(a in prop::collection::vec(0..7usize, 0..10), b in prop::collection::vec(0..7usize, 0..10)) {
        check::<LinkError>(&a, &b);
    }

    #[test]
    fn matches_btreeset_multi_word(a in prop::collection::vec(0..130usize, 0..40), b in prop::collection::vec(0..130usize, 0..40)) {
        check::<Big>(&a, &b);
    }
}
