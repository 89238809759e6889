//! `code()`, `message()`, `from_code`, `CodeSet` operations, rollback parsing and formatting
//! into a reused buffer allocate nothing. One test in this binary, so the count is only its.

mod common;

use std::alloc::System;
use std::fmt::Write;
use std::hint::black_box;

use common::{Big, LinkError};
use link_errors::{CodeSet, ErrorCode, Rollback};
use stats_alloc::{INSTRUMENTED_SYSTEM, Region, StatsAlloc};

#[global_allocator]
static GLOBAL: &StatsAlloc<System> = &INSTRUMENTED_SYSTEM;

fn exercise<E: ErrorCode>(buf: &mut String) -> usize {
    let mut n = 0;
    for &e in E::ALL {
        n += e.code().len() + e.message().len();
        n += usize::from(E::from_code(black_box(e.code())) == Some(e));
    }
    n += usize::from(E::from_code(black_box("NOT_A_CODE")).is_none());

    let mut set = CodeSet::<E>::new();
    for &e in E::ALL.iter().step_by(2) {
        set.insert(e);
    }
    let all = CodeSet::<E>::ALL;
    let odd = all - set;
    n += (set | odd).len() + (set & odd).len() + set.complement().len();
    n += set.iter().filter(|&e| odd.contains(e)).count();
    set.remove(E::ALL[0]);
    let collected: CodeSet<E> = odd.iter().chain(set).collect();
    n += usize::from(collected == all - CodeSet::from(E::ALL[0]));

    for r in [
        Rollback::none(),
        Rollback::all(),
        Rollback::only(E::ALL.iter().take(3).copied()),
        Rollback::from(set),
    ] {
        buf.clear();
        write!(buf, "{r}").unwrap();
        n += buf.len();
        n += usize::from(buf.parse::<Rollback<E>>() == Ok(r));
        buf.clear();
        r.push_to(buf);
        n += buf.len();
        n += usize::from(r.redirects(E::ALL[1]) || r.shows_exit_button());
    }
    n
}

#[test]
fn no_allocation() {
    let mut buf = String::with_capacity(4096);
    // Warm up anything lazily initialised outside the code under test.
    black_box(exercise::<LinkError>(&mut buf) + exercise::<Big>(&mut buf));

    let region = Region::new(GLOBAL);
    let three = Rollback::only([
        LinkError::InvalidSca,
        LinkError::InvalidCredentials,
        LinkError::InternalError,
    ]);
    buf.clear();
    write!(buf, "{three}").unwrap();
    let n = exercise::<LinkError>(&mut buf) + exercise::<Big>(&mut buf);
    let code = LinkError::InvalidSca.code().len() + LinkError::InvalidSca.message().len();
    let found = LinkError::from_code(black_box("INVALID_SCA"));
    let stats = region.change();

    black_box((n, code, found));
    assert_eq!(
        (stats.allocations, stats.reallocations),
        (0, 0),
        "allocated: {stats:?}"
    );
}
