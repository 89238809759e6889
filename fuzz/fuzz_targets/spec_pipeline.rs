//! The macro's whole pipeline on any spec text and optional overlay text: read, check and
//! generate, as `#[link_errors::spec]` runs it on what a developer wrote. The input is the
//! spec, then optionally a NUL byte and the overlay. The properties are in
//! `check/spec_pipeline.rs`, which the stable test suite also runs on the seeds and on every
//! input found here (`fuzz/regressions/spec_pipeline/`).
#![no_main]

use std::cell::RefCell;
use std::collections::{BTreeSet, HashMap};
use std::hash::{DefaultHasher, Hash, Hasher};

use libfuzzer_sys::fuzz_target;
use link_errors_codegen::Options;
use proc_macro2::{Ident, TokenStream};

include!("../check/spec_pipeline.rs");

fuzz_target!(|data: &[u8]| {
    // Parsing the output is most of an execution's time, and most mutations of a spec give an
    // output already seen (the same best-effort enum), so each distinct output is parsed once.
    let mut first_time = |text: &str| PARSED.with_borrow_mut(|seen| seen.insert(hash(text)));
    check_spec_pipeline(
        data,
        &Options {
            from_code,
            ..Options::default()
        },
        &mut first_time,
    );
});

thread_local! {
    /// The hashes of the outputs already parsed.
    static PARSED: RefCell<BTreeSet<u64>> = const { RefCell::new(BTreeSet::new()) };
    /// `from_code`'s output for each set of wire strings, variants and enum name seen.
    static LOOKUPS: RefCell<HashMap<String, TokenStream>> = RefCell::new(HashMap::new());
}

/// `link_errors_codegen::from_code`, remembered: building a perfect hash is most of the time
/// of an execution whose codes were seen before, and its output depends on its input alone.
fn from_code(keys: &[(&str, usize)], ident: &Ident, variants: &[Ident]) -> TokenStream {
    let key = format!("{keys:?} {ident} {variants:?}");
    LOOKUPS.with_borrow_mut(|seen| {
        // Bounded, so that a long run stays within libFuzzer's memory limit.
        if seen.len() >= 4096 {
            seen.clear();
        }
        seen.entry(key)
            .or_insert_with(|| link_errors_codegen::from_code(keys, ident, variants))
            .clone()
    })
}

fn hash(text: &str) -> u64 {
    let mut h = DefaultHasher::new();
    text.hash(&mut h);
    h.finish()
}
