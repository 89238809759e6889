//! The expansion of a few specs, pretty-printed and checked in under `tests/snapshots/`, so a
//! change to the generated code shows up in review. `snapshots_compile.rs` compiles them, which
//! proves they are valid Rust that behaves like the macro's output.
//!
//! Regenerate with `SNAPSHOTS=overwrite cargo test -p link-errors-tests --test snapshots` and
//! read the diff.

use std::path::Path;

use link_errors_codegen::{EnumHead, Options, Sources};

/// (snapshot name, spec path relative to the tests crate, overlay path, enum name)
const CASES: &[(&str, &str, Option<&str>, &str)] = &[
    ("flanks", "../link-errors-spec.toml", None, "LinkError"),
    ("mixed", "ui/specs/mixed.toml", None, "ApiError"),
    ("hygiene", "ui/specs/hygiene.toml", None, "Status"),
    (
        "payments",
        "ui/specs/payments.toml",
        Some("ui/specs/payments-app.toml"),
        "PayError",
    ),
    ("problem", "ui/specs/problem.toml", None, "Pay"),
    ("locales", "ui/specs/locales_no_screens.toml", None, "Codes"),
];

fn expand(spec_path: &str, overlay: Option<&str>, name: &str) -> String {
    let read = |path: &str| {
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap()
    };
    let source = read(spec_path);
    let overlay = overlay.map(|o| (o, read(o)));
    let sources = Sources {
        spec: (spec_path, &source),
        overlay: overlay.as_ref().map(|(o, text)| (*o, text.as_str())),
    };
    let head = EnumHead::named(name).unwrap();
    let out = link_errors_codegen::expand_spec(sources, &head, &Options::default());
    assert!(out.diagnostics.is_empty(), "{}", out.render());
    let file: syn::File = syn::parse2(out.tokens).unwrap();
    format!(
        "// @generated from `{spec_path}` by link-errors-codegen; see tests/snapshots.rs.\n\n{}",
        prettyplease::unparse(&file)
    )
}

#[test]
fn expansions_match_the_snapshots() {
    let overwrite = std::env::var_os("SNAPSHOTS").is_some_and(|v| v == "overwrite");
    let mut stale = Vec::new();
    for (snapshot, spec, overlay, name) in CASES {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("snapshots/{snapshot}.rs"));
        let actual = expand(spec, *overlay, name);
        if overwrite {
            std::fs::write(&path, actual).unwrap();
        } else if std::fs::read_to_string(&path).ok().as_deref() != Some(actual.as_str()) {
            stale.push(snapshot);
        }
    }
    assert!(
        stale.is_empty(),
        "snapshots {stale:?} differ from the expansion: run \
         `SNAPSHOTS=overwrite cargo test -p link-errors-tests --test snapshots` and review the diff"
    );
}
