//! The checked-in expansion snapshots (`tests/snapshots/*.rs`, see `snapshots.rs`) compiled
//! as code: they are valid Rust, and they behave like the macro's own expansion.

// Generated code, compiled as source here: clippy's pedantic group is for code people write
// (the macro's own output is exempt as macro output).
#[allow(deprecated, dead_code, clippy::pedantic)]
mod flanks {
    include!("../snapshots/flanks.rs");
}

// Generated code, compiled as source here: clippy's pedantic group is for code people write
// (the macro's own output is exempt as macro output).
#[allow(deprecated, dead_code, clippy::pedantic)]
mod mixed {
    include!("../snapshots/mixed.rs");
}

// Generated code, compiled as source here: clippy's pedantic group is for code people write
// (the macro's own output is exempt as macro output).
#[allow(deprecated, dead_code, clippy::pedantic)]
mod hygiene {
    include!("../snapshots/hygiene.rs");
}

// Generated code, compiled as source here: clippy's pedantic group is for code people write
// (the macro's own output is exempt as macro output).
#[allow(deprecated, dead_code, clippy::pedantic)]
mod payments {
    include!("../snapshots/payments.rs");
}

// Generated code, compiled as source here: clippy's pedantic group is for code people write
// (the macro's own output is exempt as macro output).
#[allow(deprecated, dead_code, clippy::pedantic)]
mod problem {
    include!("../snapshots/problem.rs");
}

// Generated code, compiled as source here: clippy's pedantic group is for code people write
// (the macro's own output is exempt as macro output). Locales without screen texts: the `_in`
// methods of the screen's texts bind nothing they do not use.
#[allow(deprecated, dead_code, clippy::pedantic)]
#[deny(unused)]
mod locales {
    include!("../snapshots/locales.rs");
}

#[test]
fn the_problem_snapshot_answers_as_the_runtime_does() {
    let p = problem::Pay::CardDeclined.problem("es");
    assert_eq!((p.status(), p.title()), (402, "Tarjeta rechazada."));
    assert_eq!(p.type_uri(), "https://errors.example/card_declined");
    assert_eq!(problem::Pay::BadAmount.problem("en").detail(), None);
}

#[test]
fn compiled_snapshots_behave_like_the_macro() {
    use link_errors_tests::{ApiError, LinkError};
    for (snap, real) in flanks::LinkError::ALL.into_iter().zip(LinkError::ALL) {
        assert_eq!(
            (snap.code(), snap.message(), snap.screen()),
            (real.code(), real.message(), real.screen())
        );
        assert_eq!(
            flanks::LinkError::from_code(real.code()).map(flanks::LinkError::index),
            Some(real.index())
        );
    }
    for (snap, real) in mixed::ApiError::ALL.into_iter().zip(ApiError::ALL) {
        assert_eq!((snap.code(), snap.aliases()), (real.code(), real.aliases()));
    }
    assert_eq!(hygiene::Status::from_code("OK"), Some(hygiene::Status::Ok));
    let expired = payments::PayError::ExpiredCard;
    assert_eq!(expired.message_in("de-AT"), "Die Karte ist abgelaufen.");
    assert_eq!(expired.advice_in("fr"), "Check the expiry date.");
    assert_eq!((expired.http_status(), expired.delta()), (402, i32::MIN));
}
