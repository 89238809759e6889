// The properties the macro's pipeline keeps for any spec and overlay text: the body of the
// `spec_pipeline` fuzz target, and of the stable replay of its seeds and regressions
// (`tests/tests/fuzz_regressions.rs`), which `include!` this file so that both check the same.

/// Runs the pipeline on `data` (a spec, then optionally a NUL byte and an overlay), as
/// `#[link_errors::spec]` runs it, and panics if a property fails:
///
/// - the pipeline does not panic (a panic in the macro is an internal compiler error on the
///   user's screen);
/// - the strict parse refuses exactly what the pipeline has diagnostics for, and every refusal
///   comes with a diagnostic that renders;
/// - the generated code, for a good spec and for the best-effort enum of a bad one, parses as
///   a Rust file, checked by `syn`'s full parser when `parse_output` says this output has not
///   been checked yet.
fn check_spec_pipeline(
    data: &[u8],
    opts: &link_errors_codegen::Options<'_>,
    parse_output: &mut dyn FnMut(&str) -> bool,
) {
    use link_errors_codegen::{EnumHead, Sources, Spec, expand_spec};

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
    let expansion = expand_spec(sources, &head, opts);
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
    for d in &expansion.diagnostics {
        assert!(!d.message.is_empty(), "a diagnostic with no message");
        let _ = d.message_in(&expansion.sources);
    }
    let _ = expansion.render();
    let text = expansion.tokens.to_string();
    if parse_output(&text)
        && let Err(e) = syn::parse2::<syn::File>(expansion.tokens)
    {
        panic!("generated code does not parse: {e}\n{text}");
    }
}
