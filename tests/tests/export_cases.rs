//! The shared table of cases (`tests/export/cases.json`) answered by the Rust crate: locale
//! lookup (`message_in`), `negotiate`, parsing with aliases, and what a redirect may report.
//! `cli/tests/export.rs` runs the same table through the exported TypeScript module, so the
//! two sides give the same answers.

use link_errors::{Reported, negotiate};
use serde_json::Value;

/// The second spec of the export tests, in three locales.
#[link_errors::spec("export/payments.toml")]
pub enum Payments {}

fn cases(name: &str) -> Vec<(String, Option<String>)> {
    let text = include_str!("../export/cases.json");
    let all: Value = serde_json::from_str(text).expect("cases.json is JSON");
    let list = all[name].as_array().expect("a list of cases");
    list.iter()
        .map(|case| {
            let input = case[0].as_str().expect("the input is a string").to_owned();
            (input, case[1].as_str().map(str::to_owned))
        })
        .collect()
}

#[test]
fn the_table_is_for_this_spec() {
    let text = include_str!("../export/cases.json");
    let all: Value = serde_json::from_str(text).unwrap();
    let locales: Vec<&str> = (all["locales"].as_array().unwrap().iter())
        .map(|l| l.as_str().unwrap())
        .collect();
    assert_eq!(locales, Payments::LOCALES);
}

#[test]
fn lookup() {
    for (tag, expected) in cases("lookup") {
        let expected = expected.expect("a lookup always finds a locale");
        for e in Payments::ALL {
            assert_eq!(
                e.message_in(&tag),
                e.message_in(&expected),
                "message_in({tag:?})"
            );
        }
    }
}

#[test]
fn negotiate_() {
    for (header, expected) in cases("negotiate") {
        let got = negotiate(&header, Payments::LOCALES);
        assert_eq!(Some(got), expected.as_deref(), "negotiate({header:?})");
    }
}

#[test]
fn parse() {
    for (input, expected) in cases("parse") {
        let got = Payments::from_code(&input).map(Payments::code);
        assert_eq!(got, expected.as_deref(), "from_code({input:?})");
    }
}

#[test]
fn reported() {
    for (input, expected) in cases("reported") {
        let query = format!("error={input}");
        let got = link_errors::Callback::<Payments>::parse(&query)
            .ok()
            .and_then(|r| {
                r.error().map(|e| match e {
                    Reported::Known(_) => "known",
                    Reported::Unknown(_) => "unknown",
                })
            });
        assert_eq!(got, expected.as_deref(), "Callback::parse({query:?})");
    }
}

/// An `f64` field: a `const fn` returning the spec's number, its default where a code sets none.
#[test]
fn f64_fields() {
    const WAIT: f64 = Payments::GatewayTimeout.backoff_seconds();
    assert!((WAIT - 1.5).abs() < f64::EPSILON);
    assert!(Payments::CardDeclined.backoff_seconds().abs() < f64::EPSILON);
}
