#!/usr/bin/env bash
# What adding the dependency costs: a clean debug `cargo build` of a fresh crate holding the 7
# Flanks codes as one `#[link_errors::spec]` enum, against the same crate with a
# `thiserror`-derived enum (`cold-build/*.rs`). link-errors is a git dependency on the commit
# measured, as a user outside the repository gets it (`lib.sh`). Each build starts from an empty
# target directory, dependencies included; the crates alternate, 3 builds each, and the medians
# and their ratio go into the "Cold build against thiserror" section of BENCHMARKS.md (the rest
# of that file is left as it is), with the CPU time each build took (user and system, of every
# process it ran): on 2 cores a build that keeps both busy ends about when half its CPU time has
# passed, whatever the order of its units.
# One more build of each, with `cargo build --timings`, gives the critical path of each (the
# chain of units that decided when the build ended; `critical-path/`), also in the section; its
# reports stay in benches/target/cold-build/*/target/cargo-timings.
#   benches/cold-build.sh [REV]            HEAD (or commit REV), and write BENCHMARKS.md
#   RUNS=5 benches/cold-build.sh           more builds each (the median is kept)
#   benches/cold-build.sh REV REV...       commits (branches, hashes) against each other and
#                                          thiserror, in one run: the table is printed and kept
#                                          in benches/target/cold-build/section.md only
# Only committed work is measured (a git dependency); `nice -n -10 benches/cold-build.sh` gives
# the builds the cores first where other work runs (the section says at which niceness).
set -euo pipefail
work=$(cd "$(dirname "$0")" && pwd)/target/cold-build
source "$(dirname "$0")/lib.sh"
runs=${RUNS:-3}
read_revs "$@"

# One crate per subject, each its own workspace and lock file, resolved before timing.
rm -rf "$work"
subjects=()
ours cold-link-errors ""
for s in "${subjects[@]}"; do
    cp "$root/link-errors-spec.toml" "$work/$s/"
    cp "$here/cold-build/link-errors.rs" "$work/$s/src/lib.rs"
done
new_crate "$work/thiserror" cold-thiserror 'thiserror = "2"'
cp "$here/cold-build/thiserror.rs" "$work/thiserror/src/lib.rs"
subjects+=(thiserror)

alternate "$runs" "${subjects[@]}"
declare -A path
for s in "${subjects[@]}"; do
    timings "$s"
    path[$s]=$(critical_path "$(report_of "$s")")
done

peer=$(median thiserror)
peer_cpu=$(median thiserror 4)
rows=""
for s in "${subjects[@]}"; do
    if [ "$s" = thiserror ]; then
        rows+="| thiserror | $(secs "$peer") | $(every thiserror) | | | $(secs "$peer_cpu") | |"
    else
        r=$(ratio "$(median "$s")" "$peer")
        mark=$(awk -v r="$r" 'BEGIN { print (r <= 1.0) ? "✅" : "❌" }')
        rows+="| $s | $(secs "$(median "$s")") | $(every "$s") | $r | $mark | $(secs "$(median "$s" 4)") | $(ratio "$(median "$s" 4)" "$peer_cpu") |"$'\n'
    fi
done
paths=""
for s in "${subjects[@]}"; do paths+="- $s: ${path[$s]}"$'\n'; done
syn_features=$(cargo tree --quiet --offline --manifest-path "$work/${subjects[0]}/Cargo.toml" \
    -e normal,build -f '{p} {f}' --prefix none | awk '$1 == "syn" { print $2, $NF; exit }')
syn_features=${syn_features:-none}

section=$(cat <<MD
<!-- cold-build: written by benches/cold-build.sh -->
## Cold build against thiserror

What adding the dependency costs: a clean debug \`cargo build\` of a fresh crate whose only item is the 7 Flanks codes as one \`#[link_errors::spec]\` enum, against the same crate with a \`thiserror\`-derived enum (the same variants and messages; \`benches/cold-build/\`). link-errors is a git dependency on the commit measured ($(commits)), as a user outside the repository gets it: cargo builds it as a crate from crates.io, without incremental state. Each build starts from an empty target directory and builds every dependency; the crates alternate, $runs builds each, median. \`syn\` in the link-errors crate's tree: $syn_features.

| crate | median | every build | ÷ thiserror | | CPU time, median | ÷ thiserror |
|---|---:|---|---:|---|---:|---:|
$rows

The critical path of one more build of each, with \`cargo build --timings\` (each unit with when it started and ended; a unit that starts later than the one before it ends waited for a free core):

$paths
$(machine)
<!-- cold-build: end -->
MD
)
finish cold-build "$section"
