#!/usr/bin/env bash
# Compile time and expansion cost, written to target/compile-time/results.tsv:
# - `cargo build` wall time of one crate holding the same 10,000-code enum as link-errors
#   (`ours`), the same with 3 fields and 2 locales (`rich`), with strum's EnumString + Display +
#   AsRefStr + EnumIter (`strum`), and written by hand (`hand`), debug and release, median of 3
#   (the hand-written crate: 1 run in release),
#   dependencies already built, each a clean build of that crate;
# - the macro's work for that spec alone (src/bin/expand.rs), with peak memory;
# - a cold build of link-errors (the runtime, the macro and every dependency) in an empty
#   target dir.
# Usage: benches/compile-time.sh   (run.sh runs it and then writes BENCHMARKS.md)
#        EXPAND_ONLY=1 benches/compile-time.sh   the expansion alone again, on the same spec,
#        keeping the other rows of the last run (after a change to the macro's own speed)
#        COLD_ONLY=1 benches/compile-time.sh     the cold builds of link-errors and the
#        environment again, keeping the other rows of the last run (after a change to how
#        link-errors is built, not to the code it generates)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
work=$here/target/compile-time
out=$work/results.tsv
mkdir -p "$work"

now() { date +%s%N; }
# The expansion alone, 10,000 codes: time (its own report) and peak memory.
expansion() {
    /usr/bin/time -v "$here/target/release/expand" "$work/crates/ours/spec.toml" \
        > "$work/expand.txt" 2> "$work/expand-time.txt"
    sed "s/^/expand\t/" "$work/expand.txt" >> "$out"
    awk -F': ' '/Maximum resident set size/ { print "expand\tpeak_rss_kb\t" $2 }' \
        "$work/expand-time.txt" >> "$out"
}

if [ "${EXPAND_ONLY:-}" = 1 ]; then
    cargo build --release --quiet --manifest-path "$here/Cargo.toml" --bin expand
    grep -v '^expand' "$out" > "$out.kept"
    mv "$out.kept" "$out"
    expansion
    cat "$out"
    exit
fi
if [ "${COLD_ONLY:-}" = 1 ]; then
    if [ ! -f "$out" ] || [ "${QUICK:-}" = --quick ]; then
        echo "COLD_ONLY=1 measures the cold builds and keeps the rest of an earlier full run" >&2
        exit 1
    fi
    awk -F'\t' '$1 != "cold" && $1 != "env"' "$out" > "$out.kept"
    mv "$out.kept" "$out"
else
    : > "$out"
    cargo build --release --quiet --manifest-path "$here/Cargo.toml" --bin gen --bin expand
    "$here/target/release/gen" "$work/crates"

    cd "$work/crates"
    for profile in debug release; do
        flag=()
        [ "$profile" = release ] && flag=(--release)
        # Dependencies (and a first build of each crate), not timed.
        cargo build --quiet "${flag[@]}" -p bench-ours -p bench-rich -p bench-strum -p bench-hand
        # A clean build of the one crate each time (its artifacts and incremental state removed):
        # a touch-and-rebuild would time incremental reuse, not the cost of the expansion. The
        # median of 3, but the hand-written crate builds once in release: its 10,000-arm match
        # alone takes minutes in LLVM.
        for crate in ours rich strum hand; do
            runs=3
            [ "$profile/$crate" = release/hand ] && runs=1
            for _ in $(seq $runs); do
                cargo clean --quiet "${flag[@]}" -p "bench-$crate"
                rm -rf target/"$profile"/incremental/bench_"$crate"-*
                t0=$(now)
                cargo build --quiet "${flag[@]}" -p "bench-$crate"
                t1=$(now)
                echo $(( (t1 - t0) / 1000000 ))
            done | sort -n | sed -n "$(( (runs + 1) / 2 ))p" | sed "s/^/build\t$profile\t$crate\t/" >> "$out"
        done
    done

    expansion
fi

# Cold build of link-errors with its macro and every dependency (skipped with QUICK=--quick).
cd "$root"
[ "${QUICK:-}" = --quick ] || for profile in debug release; do
    flag=()
    [ "$profile" = release ] && flag=(--release)
    rm -rf "$work/cold"
    t0=$(now)
    CARGO_TARGET_DIR="$work/cold" cargo build --quiet "${flag[@]}" -p link-errors
    t1=$(now)
    echo -e "cold\t$profile\tlink-errors\t$(( (t1 - t0) / 1000000 ))" >> "$out"
done
rm -rf "$work/cold"
{
    echo -e "env\trustc\t$(rustc --version)"
    echo -e "env\tcpu\t$(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)"
    echo -e "env\tcores\t$(nproc)"
    # The crates users depend on; tools and examples may pull another syn, as applications do.
    syn=$(cargo tree -p link-errors -p link-errors-macros -p link-errors-codegen -e normal,build \
        --prefix none 2>/dev/null | { grep -o '^syn v[0-9.]*' || true; } | sort -u | tr '\n' ' ')
    echo -e "env\tsyn_versions\t${syn:-none}"
} >> "$out"
cat "$out"
