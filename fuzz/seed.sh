#!/usr/bin/env bash
# Seeds the spec_pipeline target's corpus with every spec and overlay of the repository (each
# spec alone, each overlay after the Flanks spec), as the stable replay of the target's
# properties makes them (tests/tests/fuzz_regressions.rs). Run from anywhere; the corpus is not
# committed.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
corpus=$root/fuzz/corpus/spec_pipeline
LINK_ERRORS_FUZZ_SEEDS=$corpus cargo test --quiet --manifest-path "$root/Cargo.toml" \
    -p link-errors-tests --test fuzz_regressions seeds_keep_the_properties
echo "$(ls "$corpus" | wc -l) inputs in $corpus"
