//! The expansion of a few specs, pretty-printed and checked in under `tests/snapshots/`, so a
//! change to the generated code shows up in review. `snapshots_compile.rs` compiles them, which
//! proves they are valid Rust that behaves like the macro's output.
//!
//! Regenerate with `SNAPSHOTS=overwrite cargo test -p link-errors-tests --test snapshots` and
//! read the diff.

use std::path::Path;

use link_errors_codegen::{EnumHead, Options, Spec, generate};

/// (snapshot name, spec path relative to the tests crate, enum name)
const CASES: &[(&str, &str, &str)] = &[
    ("flanks", "../link-errors-spec.toml", "LinkError"),
    ("mixed", "ui/specs/mixed.toml", "ApiError"),
    ("hygiene", "ui/specs/hygiene.toml", "Status"),
];

fn expand(spec_path: &str, name: &str) -> String {
    let source =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(spec_path)).unwrap();
    let spec = Spec::parse(&source).unwrap();
    let opts = Options {
        spec_name: spec_path,
        track: None,
    };
    let tokens = generate(&EnumHead::named(name).unwrap(), &spec, &opts);
    let file: syn::File = syn::parse2(tokens).unwrap();
    format!(
        "// @generated from `{spec_path}` by link-errors-codegen; see tests/snapshots.rs.\n\n{}",
        prettyplease::unparse(&file)
    )
}

#[test]
fn expansions_match_the_snapshots() {
    let overwrite = std::env::var_os("SNAPSHOTS").is_some_and(|v| v == "overwrite");
    let mut stale = Vec::new();
    for (snapshot, spec, name) in CASES {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("snapshots/{snapshot}.rs"));
        let actual = expand(spec, name);
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
