# What the build benchmarks share (`cold-build.sh`, `real-app.sh`), sourced by each: the
# link-errors dependency as a user outside the repository gets it, the alternating clean builds
# with their wall and CPU time, medians, the `--timings` reports, and writing a section of
# BENCHMARKS.md. Each script sets `work` (its directory under benches/target) before calling.
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
# Wall, user and system seconds of what `time` runs (bash's keyword: nothing to install).
TIMEFORMAT='%R %U %S'

# The commits to measure: the script's arguments (any git revision: a branch, a tag, a hash),
# HEAD without any. Sets `revs` (full hashes) and `names` (as given, for the tables).
read_revs() {
    names=("$@")
    [ ${#names[@]} -gt 0 ] || names=(HEAD)
    revs=()
    for n in "${names[@]}"; do
        revs+=("$(git -C "$root" rev-parse --verify "$n^{commit}")")
    done
}

# The dependency line of link-errors at commit REV, as a user outside the repository gets it:
# a git dependency, fetched from this repository's own git directory (offline: `file://`), which
# cargo builds as it builds a crate from crates.io (no incremental state; a path dependency
# would build with it, about a tenth slower cold). Only committed work can be measured.
git_dep() {
    local git
    git=$(cd "$root" && cd "$(git rev-parse --git-common-dir)" && pwd)
    echo "link-errors = { git = \"file://$git\", rev = \"$1\" }"
}

# new_crate DIR NAME DEPENDENCIES: a crate of its own workspace (its own lock file) at DIR,
# without sources (the caller copies them); its dependencies are fetched before any timing.
new_crate() {
    mkdir -p "$1/src"
    cat > "$1/Cargo.toml" <<TOML
[package]
name = "$2"
version = "0.0.0"
edition = "2024"
publish = false

[dependencies]
$3

[workspace]
TOML
}

load() { cut -d' ' -f1 /proc/loadavg; }

# alternate RUNS SUBJECT...: RUNS clean debug builds of each crate $work/SUBJECT, from an empty
# target directory each time, the subjects taking turns (each run starting one further along,
# so that no subject is always the first after a pause) so that a busy moment of a shared
# machine falls on all of them. Writes $work/times.tsv (subject, run, wall ms, CPU ms: user and
# system of every process the build ran) and sets `load_before` and `load_after`.
alternate() {
    local runs=$1 s run i t
    shift
    local subjects=("$@") n=$#
    for s in "${subjects[@]}"; do
        cargo fetch --quiet --manifest-path "$work/$s/Cargo.toml"
    done
    exec 3>&2
    load_before=$(load)
    : > "$work/times.tsv"
    for run in $(seq "$runs"); do
        for i in $(seq 0 $((n - 1))); do
            s=${subjects[$(((i + run - 1) % n))]}
            rm -rf "$work/$s/target"
            # `time` reports on the group's stderr, captured; cargo's own goes to the terminal (3).
            t=$( { time cargo build --quiet --offline --manifest-path "$work/$s/Cargo.toml" 2>&3; } 2>&1 )
            echo "$t" | awk -v s="$s" -v run="$run" \
                '{ printf "%s\t%s\t%d\t%d\n", s, run, $1 * 1000, ($2 + $3) * 1000 }' >> "$work/times.tsv"
            echo "run $run/$runs: $s $(tail -n1 "$work/times.tsv" | cut -f3,4)" >&2
        done
    done
    load_after=$(load)
}

# timings SUBJECT: one more clean build of $work/SUBJECT with `cargo build --timings`; its
# report stays in $work/SUBJECT/target/cargo-timings/cargo-timing.html.
timings() {
    rm -rf "$work/$1/target"
    cargo build --quiet --offline --timings --manifest-path "$work/$1/Cargo.toml"
}
critical_path() {
    cargo build --quiet --release --manifest-path "$here/Cargo.toml" -p critical-path
    "$here/target/release/critical-path" "$@"
}
report_of() { echo "$work/$1/target/cargo-timings/cargo-timing.html"; }

# median SUBJECT [COLUMN]: the median of a column of times.tsv (3 wall, the default; 4 CPU), ms.
median() { awk -F'\t' -v s="$1" -v c="${2:-3}" '$1 == s { print $c }' "$work/times.tsv" |
    sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
# every SUBJECT: each build's wall time in seconds, in the order they ran.
every() { awk -F'\t' -v s="$1" '$1 == s { printf "%s%.1f", sep, $3 / 1000; sep = ", " }' "$work/times.tsv"; }
secs() { awk -v ms="$1" 'BEGIN { printf "%.2f s", ms / 1000 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
machine() {
    echo "Load average (1 minute) before and after the builds: $load_before and $load_after, on $(nproc) cores; the builds ran at niceness $(nice). A load above the core count means other work shared the cores: every build then takes longer, and the wall-time ratios lean towards the ratios of the CPU times. The CPU time is that of every process a build ran (user and system); on $(nproc) cores a build that keeps every core busy cannot end before that time divided by $(nproc) has passed. $(rustc --version)."
}

# write_section NAME TEXT: TEXT (which starts with `<!-- NAME: written` and ends with
# `<!-- NAME: end -->`) in place of that section of BENCHMARKS.md, or before "## Commands" the
# first time; the rest of the file is left as it is (benches/src/bin/report.rs keeps it too).
write_section() {
    local md=$root/BENCHMARKS.md
    NAME=$1 SECTION=$2 awk '
        index($0, "<!-- " ENVIRON["NAME"] ": written") == 1 { skip = 1; print ENVIRON["SECTION"]; done = 1 }
        skip && $0 == "<!-- " ENVIRON["NAME"] ": end -->" { skip = 0; next }
        skip { next }
        /^## Commands/ && !done { print ENVIRON["SECTION"]; print ""; done = 1 }
        { print }
    ' "$md" > "$md.new"
    mv "$md.new" "$md"
}

# ours PACKAGE DEPENDENCIES: a crate per commit measured (`read_revs`), each with link-errors
# at that commit besides DEPENDENCIES, named PACKAGE-0, PACKAGE-1...; its directory is
# $work/link-errors, or $work/link-errors@NAME with several commits. Appends them to `subjects`.
ours() {
    local i s
    for i in "${!revs[@]}"; do
        s=link-errors
        [ ${#revs[@]} -eq 1 ] || s="link-errors@${names[$i]//\//_}"
        subjects+=("$s")
        new_crate "$work/$s" "$1-$i" "${2:+$2$'\n'}$(git_dep "${revs[$i]}")"
    done
}
# commits: the commits measured, as "NAME = HASH, ...".
commits() {
    local i out=""
    for i in "${!revs[@]}"; do out+="${out:+, }${names[$i]} = ${revs[$i]:0:10}"; done
    echo "$out"
}

# finish NAME SECTION: keeps SECTION in $work/section.md and, for one commit, writes it into
# BENCHMARKS.md (`write_section`); prints every build's times and the section.
finish() {
    echo "$2" > "$work/section.md"
    [ ${#revs[@]} -gt 1 ] || write_section "$1" "$2"
    cat "$work/times.tsv"
    echo "$2"
}
