//! `Callback::parse` on any string: an error or a redirect, never a panic; an unknown code is
//! code-shaped; and what it accepts comes out the same when parsed again from a query rebuilt
//! from its parts, by hand and with `RedirectUrl`.
#![no_main]

use std::fmt::Write;

use libfuzzer_sys::fuzz_target;
use link_errors::{Callback, ErrorCode, MAX_CODE_LEN, RedirectUrl, Reported};

#[link_errors::spec("../link-errors-spec.toml")]
pub enum LinkError {}

/// 130 lower-case codes, error parameter `err`: another spelling of the protocol.
#[link_errors::spec("../runtime/tests/specs/big.toml")]
pub enum Big {}

fn check<E: ErrorCode>(input: &str) {
    match Callback::<E>::parse(input) {
        Ok(redirect) => {
            if let Some(error) = redirect.error() {
                assert!(!error.code().is_empty());
            }
            if let Some(Reported::Unknown(code)) = redirect.error() {
                assert!(code.len() <= MAX_CODE_LEN);
                assert!(
                    code.bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b"_-.".contains(&b))
                );
            }
            let mut url = RedirectUrl::<E>::new("/cb");
            if let Some(error) = redirect.error() {
                url = url.error(error.clone());
            }
            for (name, value) in redirect.extra() {
                url = url.param(name, value);
            }
            let built = url.build().expect("what parsed can be built");
            if built.len() <= link_errors::MAX_REDIRECT_LEN {
                assert_eq!(Callback::<E>::parse(&built).as_ref(), Ok(&redirect));
            }
            // Rebuild the query with every value percent-encoded; it must parse the same.
            let mut query = String::from("?");
            let error = redirect
                .error()
                .map(|e| (E::LINK.error_param.to_owned(), e.code().to_owned()));
            for (name, value) in error.iter().chain(redirect.extra()) {
                for part in [name, value] {
                    for b in part.bytes() {
                        write!(query, "%{b:02X}").unwrap();
                    }
                    query.push('=');
                }
                query.pop();
                query.push('&');
            }
            if query.len() <= link_errors::MAX_REDIRECT_LEN {
                let again = Callback::<E>::parse(&query).expect("a rebuilt query parses");
                assert_eq!(again, redirect);
            }
        }
        Err(e) => drop(e.to_string()),
    }
}

fuzz_target!(|data: &[u8]| {
    if let Ok(input) = std::str::from_utf8(data) {
        check::<LinkError>(input);
        check::<Big>(input);
    }
});
