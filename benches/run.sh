#!/usr/bin/env bash
# Every benchmark, then BENCHMARKS.md at the repository root.
#   benches/run.sh           criterion (all groups), compile time, expansion, cold builds
#   benches/run.sh --quick   the same without the cold builds of link-errors
# (web-load.sh: the web example's requests per second, kept in BENCHMARKS.md by report)
# (layouts.sh: what each layout decision of `from_code` is worth, printed, not in BENCHMARKS.md)
#   (the cold build against thiserror, benches/cold-build.sh, and an application's build,
#   benches/real-app.sh, run last when not --quick)
# Run it on an otherwise idle machine: the figures are only comparable within one run.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cd "$here"
cargo build --release --benches --bins
cargo bench --bench lookup -- --noplot
QUICK=${1:-} ./compile-time.sh
bash "$here/web-load.sh"
cargo run --release --quiet --bin report
[ "${1:-}" = --quick ] || { ./cold-build.sh && ./real-app.sh; }
