//! `link-errors expand`'s output (checked in under `tests/expanded/`, kept equal to the binary's
//! output by `tests/cli.rs`) compiles, and behaves like the macro's enum of the same spec.

use link_errors::{CodeSet, ErrorCode, LinkUrl, Redirect, Reported, Rollback, untyped};

mod lower {
    pub mod expanded {
        #![allow(clippy::all, clippy::pedantic, missing_docs)]
        include!("expanded/lower.rs");
    }
    pub mod macro_ {
        #[link_errors::spec("tests/fixtures/lower.toml")]
        pub enum LinkError {}
    }
}

mod custom_param {
    pub mod expanded {
        #![allow(clippy::all, clippy::pedantic, missing_docs)]
        include!("expanded/custom_param.rs");
    }
    pub mod macro_ {
        #[link_errors::spec("tests/fixtures/custom_param.toml")]
        pub enum LinkError {}
    }
}

mod many {
    pub mod expanded {
        #![allow(clippy::all, clippy::pedantic, missing_docs)]
        include!("expanded/many.rs");
    }
    pub mod macro_ {
        // 150 codes ending in `_BANK_REFUSED`: clippy's style lint sees the shared postfix.
        #[link_errors::spec("tests/fixtures/many.toml")]
        #[allow(clippy::enum_variant_names)]
        pub enum LinkError {}
    }
}

/// Everything observable through the runtime's trait and types is the same for `A` and `B`.
fn same<A: ErrorCode + serde::Serialize, B: ErrorCode + serde::Serialize>(probes: &[&str]) {
    assert_eq!(A::COUNT, B::COUNT);
    assert_eq!(A::CODES, B::CODES);
    assert_eq!(A::LINK, B::LINK);
    assert_eq!(A::SCREEN_ONLY, B::SCREEN_ONLY);
    assert_eq!(A::EXIT_CODE.map(A::index), B::EXIT_CODE.map(B::index));
    for (a, b) in A::ALL.iter().zip(B::ALL) {
        assert_eq!(a.index(), b.index());
        assert_eq!(a.code(), b.code());
        assert_eq!(a.message(), b.message());
        assert_eq!(a.to_string(), b.to_string());
        assert_eq!(a.aliases(), b.aliases());
        assert_eq!(a.screen(), b.screen());
        assert_eq!(
            serde_json::to_string(a).unwrap(),
            serde_json::to_string(b).unwrap()
        );
        for wire in std::iter::once(a.code()).chain(a.aliases().iter().copied()) {
            assert_eq!(A::from_code(wire), Some(*a));
            assert_eq!(B::from_code(wire), Some(*b));
        }
    }
    for probe in probes {
        assert_eq!(
            A::from_code(probe).map(A::index),
            B::from_code(probe).map(B::index),
            "{probe}"
        );
    }
    // The protocol types over each enum give the same strings.
    let pick = |n: usize| (0..n).step_by(2);
    let ra: Rollback<A> = pick(A::COUNT).filter_map(A::from_index).collect();
    let rb: Rollback<B> = pick(B::COUNT).filter_map(B::from_index).collect();
    assert_eq!(ra.to_string(), rb.to_string());
    assert_eq!(ra.shows_exit_button(), rb.shows_exit_button());
    let ua = LinkUrl::<A>::new("t")
        .base("https://x.example/l")
        .rollback(ra)
        .param("state", "s 1")
        .build();
    let ub = LinkUrl::<B>::new("t")
        .base("https://x.example/l")
        .rollback(rb)
        .param("state", "s 1")
        .build();
    assert_eq!(ua, ub);
    assert_eq!(
        CodeSet::<A>::ALL.iter().map(A::code).collect::<Vec<_>>(),
        CodeSet::<B>::ALL.iter().map(B::code).collect::<Vec<_>>()
    );
    let extra = [("x".to_owned(), "1".to_owned())];
    for code in A::CODES.iter().chain(probes) {
        // What the vendor sends for this code, spelled by the spec: a probe that is not
        // code-shaped is refused by the builder as by the parsers (the runtime's tests).
        let Ok(query) = untyped::redirect_url(A::LINK, "/cb", Some(code), &extra) else {
            continue;
        };
        let (a, b) = (
            Redirect::<A>::parse(&query).unwrap(),
            Redirect::<B>::parse(&query).unwrap(),
        );
        match (a.error().unwrap(), b.error().unwrap()) {
            (Reported::Known(a), Reported::Known(b)) => assert_eq!(a.code(), b.code()),
            (Reported::Unknown(a), Reported::Unknown(b)) => assert_eq!(a, b),
            (a, b) => panic!("{query}: {a:?} vs {b:?}"),
        }
        assert_eq!(a.extra(), b.extra());
    }
}

const PROBES: &[&str] = &[
    "",
    "nope",
    "INVALID_REQUEST",
    "invalid_request ",
    "bad_request",
    "server_error",
    "E0150_BANK_REFUSED",
    "e0001_bank_refused",
    "DENIED",
    "denied",
];

#[test]
fn lower_case_codes() {
    use lower::expanded::LinkError as E;
    same::<lower::expanded::LinkError, lower::macro_::LinkError>(PROBES);
    assert_eq!(E::from_code("bad_request"), Some(E::InvalidRequest));
    assert_eq!(E::ProviderFailed.code(), "server.error");
    assert_eq!(E::EXIT_CODE, Some(E::Cancelled));
    assert_eq!(
        "acess-denied".parse::<E>().unwrap_err().suggestion(),
        Some("access-denied")
    );
    assert_eq!(E::AccessDenied.screen_title(), Some("Access denied"));
}

#[test]
fn custom_error_param() {
    use custom_param::expanded::LinkError as E;
    same::<custom_param::expanded::LinkError, custom_param::macro_::LinkError>(PROBES);
    let r = Redirect::<E>::parse("/cb?reason=QUIT&error=x").unwrap();
    assert!(r.error().unwrap().is_exit());
    assert_eq!(r.param("error"), Some("x"));
    assert_eq!(E::SCREEN_ONLY[0].title, Some("Down for maintenance"));
}

#[test]
fn one_hundred_fifty_codes() {
    use many::expanded::LinkError as E;
    same::<many::expanded::LinkError, many::macro_::LinkError>(PROBES);
    assert_eq!(E::COUNT, 150);
    assert_eq!(
        E::from_code("E0149_BANK_REFUSED"),
        Some(E::E0149BankRefused)
    );
    assert_eq!(E::ALL[77].code(), "E0077_BANK_REFUSED");
}
