//! The `spec_pipeline` fuzz target's properties (`fuzz/check/spec_pipeline.rs`) on stable, so
//! that every run of the test suite keeps them without nightly: over the fuzzer's seeds (every
//! spec and overlay of the repository) and over every input it found that once broke one
//! (`fuzz/regressions/spec_pipeline/`, one file each, named after what it broke).
//!
//! The seeds are made here, in one place: `fuzz/seed.sh` runs this test with
//! `LINK_ERRORS_FUZZ_SEEDS=DIR` to write them into the fuzzer's corpus.

use std::path::{Path, PathBuf};

include!("../../fuzz/check/spec_pipeline.rs");

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_owned()
}

/// Each spec alone, and each overlay after the Flanks spec, in a stable order.
fn seeds() -> Vec<(PathBuf, Vec<u8>)> {
    let files = link_errors_testing::repository_tomls();
    let flanks = std::fs::read(root().join("link-errors-spec.toml")).unwrap();
    files
        .into_iter()
        .map(|file| {
            let text = std::fs::read(&file).unwrap();
            let is_spec = text
                .split(|&b| b == b'\n')
                .any(|l| l.starts_with(b"[[error]]"));
            let seed = if is_spec {
                text
            } else {
                [flanks.as_slice(), b"\0", text.as_slice()].concat()
            };
            (file, seed)
        })
        .collect()
}

fn check(name: &Path, data: &[u8]) {
    let opts = link_errors_codegen::Options::default();
    let run = std::panic::catch_unwind(|| check_spec_pipeline(data, &opts, &mut |_| true));
    assert!(
        run.is_ok(),
        "{} breaks the pipeline (above)",
        name.display()
    );
}

#[test]
fn seeds_keep_the_properties() {
    let seeds = seeds();
    assert!(seeds.len() > 50, "{} seeds", seeds.len());
    if let Some(dir) = std::env::var_os("LINK_ERRORS_FUZZ_SEEDS") {
        std::fs::create_dir_all(&dir).unwrap();
        for (i, (_, seed)) in seeds.iter().enumerate() {
            std::fs::write(Path::new(&dir).join(format!("seed-{i}")), seed).unwrap();
        }
    }
    for (file, seed) in &seeds {
        check(file, seed);
    }
}

#[test]
fn regressions_keep_the_properties() {
    let dir = root().join("fuzz/regressions/spec_pipeline");
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if !path.file_name().unwrap().to_string_lossy().starts_with('.') {
            check(&path, &std::fs::read(&path).unwrap());
        }
    }
}
