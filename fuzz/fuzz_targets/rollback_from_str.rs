//! `Rollback`'s `FromStr` on any string: an error or a rollback, never a panic; and what it
//! accepts survives `Display` and back.
#![no_main]

use libfuzzer_sys::fuzz_target;
use link_errors::{ErrorCode, Rollback};

#[link_errors::spec("../link-errors-spec.toml")]
pub enum LinkError {}

/// 130 lower-case codes, separator `;`, `all` for every code.
#[link_errors::spec("../runtime/tests/specs/big.toml")]
pub enum Big {}

fn check<E: ErrorCode>(input: &str) {
    match input.parse::<Rollback<E>>() {
        Ok(rollback) => assert_eq!(rollback.to_string().parse(), Ok(rollback)),
        Err(e) => {
            assert!(input.contains(e.code()));
            drop(e.to_string());
        }
    }
}

fuzz_target!(|data: &[u8]| {
    if let Ok(input) = std::str::from_utf8(data) {
        check::<LinkError>(input);
        check::<Big>(input);
    }
});
