//! `link_errors_codegen::toml::parse` against `toml`'s `DeTable` on any text: it accepts exactly what
//! toml accepts, into the same tree, spans included; every error it reports is inside the
//! text; and it never panics.
#![no_main]

use core::ops::Range;
use std::collections::BTreeMap;

use libfuzzer_sys::fuzz_target;
use link_errors_codegen::toml::{Error, Table, Value, parse};
use toml::de::{DeTable, DeValue};

include!("../check/toml_oracle.rs");

fuzz_target!(|data: &[u8]| {
    if let Ok(doc) = std::str::from_utf8(data)
        && let Err(problem) = check_toml_oracle(doc)
    {
        panic!("{problem}");
    }
});
