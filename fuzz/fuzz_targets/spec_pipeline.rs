//! The macro's whole pipeline on any spec text and optional overlay text: read, check and
//! generate, as `#[link_errors::spec]` runs it on what a developer wrote. The input is the
//! spec, then optionally a NUL byte and the overlay.
//!
//! It must never panic (a panic in the macro is an internal compiler error on the user's
//! screen); the code it generates, for a good spec and for the best-effort enum of a bad one,
//! must always parse as a Rust file; and every input it refuses must come with a diagnostic.
#![no_main]

use std::cell::RefCell;
use std::collections::{BTreeSet, HashMap};
use std::hash::{DefaultHasher, Hash, Hasher};
use std::sync::Mutex;

use libfuzzer_sys::fuzz_target;
use link_errors_codegen::{EnumHead, Options, Sources, Spec, expand_spec};
use proc_macro2::{Ident, TokenStream};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let (spec, overlay) = match text.split_once('\0') {
        Some((spec, overlay)) => (spec, Some(overlay)),
        None => (text, None),
    };
    let sources = Sources {
        spec: ("spec.toml", spec),
        overlay: overlay.map(|o| ("app.toml", o)),
    };
    let head = EnumHead::named("LinkError").expect("a valid identifier");
    let expansion = expand_spec(sources, &head, &Options::new(from_code));
    // The strict parse refuses exactly what the pipeline has diagnostics for, and a refusal
    // always says why.
    match Spec::parse_strict(spec, overlay) {
        Ok(_) => assert!(
            expansion.diagnostics.is_empty(),
            "accepted with diagnostics"
        ),
        Err(diagnostics) => {
            assert!(!diagnostics.is_empty(), "refused without a diagnostic");
            assert!(
                !expansion.diagnostics.is_empty(),
                "refused by one parse only"
            );
        }
    }
    // Every diagnostic renders as the macro and the CLI render it: its spans inside its file.
    for d in &expansion.diagnostics {
        assert!(!d.message.is_empty(), "a diagnostic with no message");
        let _ = d.message_in(&expansion.sources);
    }
    let _ = expansion.render();
    let tokens = expansion.tokens;
    // Parsing the output is most of an execution's time, and most mutations of a spec give an
    // output already seen (the same best-effort enum), so each distinct output is parsed once.
    let text = tokens.to_string();
    if PARSED.lock().unwrap().insert(hash(&text)) {
        if let Err(e) = syn::parse2::<syn::File>(tokens) {
            panic!("generated code does not parse: {e}\n{text}");
        }
    }
});

static PARSED: Mutex<BTreeSet<u64>> = Mutex::new(BTreeSet::new());

thread_local! {
    /// `from_code`'s output for each set of wire strings, variants and enum name seen.
    static LOOKUPS: RefCell<HashMap<String, TokenStream>> = RefCell::new(HashMap::new());
}

/// `link_errors_dispatch::from_code`, remembered: building a perfect hash is most of the time
/// of an execution whose codes were seen before, and its output depends on its input alone.
fn from_code(keys: &[(&str, usize)], ident: &Ident, variants: &[Ident]) -> TokenStream {
    let key = format!("{keys:?} {ident} {variants:?}");
    LOOKUPS.with_borrow_mut(|seen| {
        // Bounded, so that a long run stays within libFuzzer's memory limit.
        if seen.len() >= 4096 {
            seen.clear();
        }
        seen.entry(key)
            .or_insert_with(|| link_errors_dispatch::from_code(keys, ident, variants))
            .clone()
    })
}

fn hash(text: &str) -> u64 {
    let mut h = DefaultHasher::new();
    text.hash(&mut h);
    h.finish()
}
