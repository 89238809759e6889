#!/usr/bin/env bash
# What adding the dependency costs: a clean debug `cargo build` of a fresh crate holding the 7
# Flanks codes as one `#[link_errors::spec]` enum, against the same crate with a
# `thiserror`-derived enum (`cold-build/*.rs`). Each build starts from an empty target
# directory, dependencies included; the two crates alternate, 3 builds each, and the medians
# and their ratio go into the "Cold build against thiserror" section of BENCHMARKS.md (the rest
# of that file is left as it is), with the CPU time each build took (user and system, of every
# process it ran): on 2 cores a build that keeps both busy ends about when half its CPU time has
# passed, whatever the order of its units. Both build with CARGO_INCREMENTAL=0: a dependency from
# crates.io builds without incremental state, while a path dependency (as link-errors is here)
# would build with it, which costs a cold build about a tenth more.
# One more build of each, with `cargo build --timings`, gives the critical path of each (the
# chain of units that decided when the build ended; `critical-path/`), also in the section; its
# reports stay in benches/target/cold-build/*/target/cargo-timings.
#   benches/cold-build.sh            measure and write BENCHMARKS.md
#   RUNS=5 benches/cold-build.sh     more builds each (the median is kept)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
work=$here/target/cold-build
runs=${RUNS:-3}
subjects=(link-errors thiserror)

export CARGO_INCREMENTAL=0
# Wall, user and system seconds of what `time` runs (bash's keyword: nothing to install).
TIMEFORMAT='%R %U %S'


# One crate per subject, each its own workspace and lock file, resolved before timing.
for s in "${subjects[@]}"; do
    dir=$work/$s
    mkdir -p "$dir/src"
    case $s in
        link-errors) dep="link-errors = { path = \"$root/runtime\" }"
                     cp "$root/link-errors-spec.toml" "$dir/" ;;
        thiserror) dep='thiserror = "2"' ;;
    esac
    cat > "$dir/Cargo.toml" <<TOML
[package]
name = "cold-$s"
version = "0.0.0"
edition = "2024"
publish = false

[dependencies]
$dep

[workspace]
TOML
    cp "$here/cold-build/$s.rs" "$dir/src/lib.rs"
    cargo fetch --quiet --manifest-path "$dir/Cargo.toml"
done

# Alternate the subjects so that a busy moment of a shared machine falls on both.
exec 3>&2
load() { cut -d' ' -f1 /proc/loadavg; }
load_before=$(load)
: > "$work/times.tsv"
for run in $(seq "$runs"); do
    for s in "${subjects[@]}"; do
        rm -rf "$work/$s/target"
        # `time` reports on the group's stderr, captured; cargo's own goes to the terminal (3).
        t=$( { time cargo build --quiet --offline --manifest-path "$work/$s/Cargo.toml" 2>&3; } 2>&1 )
        # Milliseconds: wall, then CPU (user + system).
        echo "$t" | awk -v s="$s" -v run="$run" \
            '{ printf "%s\t%s\t%d\t%d\n", s, run, $1 * 1000, ($2 + $3) * 1000 }' >> "$work/times.tsv"
    done
done
load_after=$(load)
cargo build --quiet --release --manifest-path "$here/Cargo.toml" -p critical-path
declare -A path
for s in "${subjects[@]}"; do
    rm -rf "$work/$s/target"
    cargo build --quiet --offline --timings --manifest-path "$work/$s/Cargo.toml"
    path[$s]=$("$here/target/release/critical-path" "$work/$s/target/cargo-timings/cargo-timing.html")
done

# median SUBJECT COLUMN: the median of a column of times.tsv (3 wall, 4 CPU).
median() { awk -F'\t' -v s="$1" -v c="${2:-3}" '$1 == s { print $c }' "$work/times.tsv" |
    sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
all() { awk -F'\t' -v s="$1" '$1 == s { printf "%s%.1f", sep, $3 / 1000; sep = ", " }' "$work/times.tsv"; }
ours=$(median link-errors)
peer=$(median thiserror)
ratio=$(awk -v a="$ours" -v b="$peer" 'BEGIN { printf "%.2f", a / b }')
ours_cpu=$(median link-errors 4)
peer_cpu=$(median thiserror 4)
cpu_ratio=$(awk -v a="$ours_cpu" -v b="$peer_cpu" 'BEGIN { printf "%.2f", a / b }')
mark=$(awk -v r="$ratio" 'BEGIN { print (r <= 1.0) ? "✅" : "❌" }')
secs() { awk -v ms="$1" 'BEGIN { printf "%.2f s", ms / 1000 }'; }
syn_features=$(cargo tree --quiet --offline --manifest-path "$work/link-errors/Cargo.toml" \
    -e normal,build -f '{p} {f}' --prefix none | awk '$1 == "syn" { print $2, $NF; exit }')

section=$(cat <<MD
<!-- cold-build: written by benches/cold-build.sh -->
## Cold build against thiserror

What adding the dependency costs: a clean debug \`cargo build\` of a fresh crate whose only item is the 7 Flanks codes as one \`#[link_errors::spec]\` enum, against the same crate with a \`thiserror\`-derived enum (the same variants and messages; \`benches/cold-build/\`). Each build starts from an empty target directory and builds every dependency, without incremental state (as for a dependency from crates.io: link-errors is a path dependency here, which cargo would build incrementally); the two crates alternate, $runs builds each, median. \`syn\` in the link-errors crate's tree: $syn_features.

| crate | median | every build | link-errors ÷ thiserror | | CPU time, median | link-errors ÷ thiserror |
|---|---:|---|---:|---|---:|---:|
| link-errors | $(secs "$ours") | $(all link-errors) | $ratio | $mark | $(secs "$ours_cpu") | $cpu_ratio |
| thiserror | $(secs "$peer") | $(all thiserror) | | | $(secs "$peer_cpu") | |

The critical path of one more build of each, with \`cargo build --timings\` (each unit with when it started and ended; a unit that starts later than the one before it ends waited for a free core):

- link-errors: ${path[link-errors]}
- thiserror: ${path[thiserror]}

Load average (1 minute) before and after the builds: $load_before and $load_after, on $(nproc) cores; the builds ran at niceness $(nice). A load above the core count means other work shared the cores: both builds then take longer, and the ratio leans towards the ratio of the CPU times rather than of the critical paths. The CPU time is that of every process a build ran (user and system); on $(nproc) cores a build that keeps every core busy cannot end before that time divided by $(nproc) has passed.
<!-- cold-build: end -->
MD
)

# Replace the section between its markers, or add it before the list of commands.
md=$root/BENCHMARKS.md
SECTION=$section awk '
    /^<!-- cold-build: written/ { skip = 1; print ENVIRON["SECTION"]; done = 1 }
    skip && /^<!-- cold-build: end -->/ { skip = 0; next }
    skip { next }
    /^## Commands/ && !done { print ENVIRON["SECTION"]; print ""; done = 1 }
    { print }
' "$md" > "$md.new"
mv "$md.new" "$md"
cat "$work/times.tsv"
echo "link-errors $(secs "$ours"), thiserror $(secs "$peer"): ${ratio}x"
