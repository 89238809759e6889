#!/usr/bin/env bash
# What adding link-errors costs a real application, one that already builds `syn`: a clean
# debug `cargo build` of a small axum application (tokio's `#[tokio::main]`, serde's derive, one
# handler that uses the error enum; `real-app/main.rs`) with its error enum from
# `#[link_errors::spec]` (the Flanks spec and the example overlay, link-errors a git dependency
# on the commit measured: `lib.sh`), from a `thiserror` derive, or written by hand (neither:
# the app's own build). The three alternate, 3 builds each, median; what link-errors and
# thiserror each add goes into the "A real application" section of BENCHMARKS.md, in seconds
# and as a share of the app's own build (the target: link-errors at most 6.5%), with the unit
# times of the crates each brings in, from one more build of each with `cargo build --timings`
# (its reports stay in benches/target/real-app/*/target/cargo-timings).
#   benches/real-app.sh [REV]            HEAD (or commit REV), and write BENCHMARKS.md
#   RUNS=5 benches/real-app.sh           more builds each (the median is kept)
#   benches/real-app.sh REV REV...       commits (branches, hashes) against each other, thiserror
#                                        and neither, in one run: the table is printed and kept
#                                        in benches/target/real-app/section.md only
set -euo pipefail
work=$(cd "$(dirname "$0")" && pwd)/target/real-app
source "$(dirname "$0")/lib.sh"
runs=${RUNS:-3}
read_revs "$@"
target=6.5

# The application's own dependencies, the same for every subject.
app_deps='axum = "0.8.9"
serde = { version = "1.0.228", features = ["derive"] }
tokio = { version = "1.54.1", features = ["macros", "rt-multi-thread", "net"] }'

rm -rf "$work"
subjects=()
ours app-link-errors "$app_deps"
for s in "${subjects[@]}"; do
    cp "$root/link-errors-spec.toml" "$root/link-errors-app.toml" "$work/$s/"
    cp "$here/real-app/link-errors.rs" "$work/$s/src/error.rs"
done
new_crate "$work/thiserror" app-thiserror "$app_deps"$'\n''thiserror = "2"'
cat "$here/cold-build/thiserror.rs" "$here/real-app/parse.rs" > "$work/thiserror/src/error.rs"
new_crate "$work/neither" app-neither "$app_deps"
cat "$here/real-app/neither.rs" "$here/real-app/parse.rs" > "$work/neither/src/error.rs"
subjects+=(thiserror neither)
for s in "${subjects[@]}"; do cp "$here/real-app/main.rs" "$work/$s/src/"; done

alternate "$runs" "${subjects[@]}"
for s in "${subjects[@]}"; do
    timings "$s"
    critical_path --units "$(report_of "$s")" | sort > "$work/$s/units.tsv"
done

# added SUBJECT: the units of SUBJECT's build that the app's own build has not (by name), the
# slowest first, as "name 0.00 s, ...", and their sum; and the app crate's own unit.
added() {
    awk -F'\t' 'NR == FNR { own[$1] = 1; next } !($1 in own) && $1 !~ /^app-/' \
        "$work/neither/units.tsv" "$work/$1/units.tsv" | sort -t$'\t' -k2,2nr |
        awk -F'\t' '{ printf "%s%s %.2f s", sep, $1, $2; sep = ", "; sum += $2 }
                    END { printf "\t%.2f s", sum }'
}
app_unit() { awk -F'\t' '$1 ~ /^app-/ { printf "%.2f s", $2 }' "$work/$1/units.tsv"; }

own=$(median neither)
own_cpu=$(median neither 4)
rows=""
units=""
for s in "${subjects[@]}"; do
    m=$(median "$s")
    c=$(median "$s" 4)
    if [ "$s" = neither ]; then
        rows+="| neither (the app's own build) | $(secs "$m") | $(every "$s") | | | | $(secs "$c") | | |"
        units+="| neither | | | $(app_unit "$s") |"
        continue
    fi
    share=$(awk -v a="$m" -v b="$own" 'BEGIN { printf "%.1f", (a - b) * 100 / b }')
    cpu_share=$(awk -v a="$c" -v b="$own_cpu" 'BEGIN { printf "%.1f", (a - b) * 100 / b }')
    mark=""
    [ "$s" = thiserror ] || mark=$(awk -v p="$share" -v t="$target" 'BEGIN { print (p <= t) ? "✅" : "❌" }')
    rows+="| $s | $(secs "$m") | $(every "$s") | $(secs $((m - own))) | $share % | $mark | $(secs "$c") | $(secs $((c - own_cpu))) | $cpu_share % |"$'\n'
    IFS=$'\t' read -r list sum <<< "$(added "$s")"
    units+="| $s | $sum | $list | $(app_unit "$s") |"$'\n'
done

section=$(cat <<MD
<!-- real-app: written by benches/real-app.sh -->
## A real application: what adding link-errors costs

A clean debug \`cargo build\` of a small axum application (\`#[tokio::main]\`, serde's derive, one handler that parses the callback's error code and answers with its message; \`benches/real-app/\`), which builds \`syn\` already, with its error enum from \`#[link_errors::spec]\` (the Flanks spec and the example overlay), from a \`thiserror\` derive, or written by hand (*neither*: the app's own build). link-errors is a git dependency on the commit measured ($(commits)), as a user outside the repository gets it. Each build starts from an empty target directory; the three alternate, $runs builds each, median. *Adds* is the median less the app's own; the target is at most $target % for link-errors. The CPU time (user and system, of every process a build ran) is the steadier figure when other work shares the machine: the wall times then vary with what else ran.

| error enum | median | every build | adds | ÷ the app's own | | CPU time, median | CPU adds | ÷ the app's own |
|---|---:|---|---:|---:|---|---:|---:|---:|
$rows

Where it goes, from one more build of each with \`cargo build --timings\`: the units that build has and the app's own has not, with their unit times (a unit's time grows when it shares the cores with others, and units overlap: their sum is not wall time), and the app crate's own unit.

| error enum | added units, sum | added units | the app crate |
|---|---:|---|---:|
$units

$(machine)
<!-- real-app: end -->
MD
)
finish real-app "$section"
