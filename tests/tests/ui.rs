//! Compile-pass and compile-fail cases of `#[link_errors::spec]`, one small file per message.
//!
//! trybuild builds each case in a crate under `<target>/tests/trybuild/link-errors-tests/`,
//! whose `Cargo.toml` is where a spec path is resolved from. So the fixtures in `ui/specs/`
//! are copied there first, and a case names its spec as `specs/NAME.toml`: the path in the
//! `.stderr` files stays short and the same on every machine and target directory.
//!
//! Regenerate the `.stderr` files with `TRYBUILD=overwrite cargo test --test ui` and read the diff.

use std::path::Path;

#[test]
fn ui() {
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR"));
    let project = tmp
        .parent()
        .unwrap()
        .join("tests/trybuild/link-errors-tests");
    let specs = project.join("specs");
    std::fs::create_dir_all(&specs).unwrap();
    for entry in std::fs::read_dir("ui/specs").unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, specs.join(path.file_name().unwrap())).unwrap();
    }
    let t = trybuild::TestCases::new();
    t.pass("ui/pass/*.rs");
    t.compile_fail("ui/fail/*.rs");
}
