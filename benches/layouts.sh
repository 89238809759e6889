#!/usr/bin/env bash
# What each layout decision of the generated `from_code` is worth: builds `layouts/` (every
# dispatch fixture and benchmark spec, timed by hand) once with `macros/src/codegen/dispatch/plan.rs`
# as it is and once per alternative below (one decision removed, by an edit to a copy of the
# source), runs the binaries in turn on each spec, ROUNDS times (default 7), pinned to one
# core, and prints per spec and kind the median time as it is and the median of each
# alternative's ratio to it in the same round (above 1.00x: the decision wins there; specs
# where an alternative changes nothing show the noise). Figures compare only within one run.
# BUILD=0 reuses the binaries of the last run; SPECS="a b" times only those specs.
# Every function and every branch is aligned (RUSTFLAGS below), so that where the linker
# happens to place a lookup in each binary does not show up as a difference between layouts.
#   benches/layouts.sh                 every alternative
#   benches/layouts.sh no-split ...    only these
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
work=${LAYOUTS_DIR:-${TMPDIR:-/tmp}/link-errors-layouts}
rounds=${ROUNDS:-7}
pin=${PIN:-taskset -c 1}
align='-C llvm-args=-align-all-functions=6 -C llvm-args=-x86-branches-within-32B-boundaries'

# name|sed expression on plan.rs (the decision removed)
alternatives=(
  'no-bytes|s/if keys.iter().all(|k| k.wire.len() == 1) {/if false {/'
  'no-split|s/^pub const TAIL_SHARE: usize = .*;/pub const TAIL_SHARE: usize = 1 << 40;/'
  'always-words|s/let chunked = .*;/let chunked = false;/'
  'chunks-past-16|s/let chunked = .*;/let chunked = max > 16;/'
  'no-one-bucket|s/^pub const ONE_BUCKET: usize = .*;/pub const ONE_BUCKET: usize = 0;/'
  'always-pow2|s/^pub const SPARSE_ROWS: usize = .*;/pub const SPARSE_ROWS: usize = usize::MAX;/'
  'always-scaled|s/^pub const SPARSE_ROWS: usize = .*;/pub const SPARSE_ROWS: usize = 0;/'
)
wanted=("$@")

mkdir -p "$work/bin" "$work/out"
rm -f "$work"/out/*
build() { # name [sed expression]
  rm -rf "$work/src"
  mkdir -p "$work/src"
  tar -C "$root" --exclude=./target --exclude=./benches/target --exclude=./.git -cf - . |
    tar -C "$work/src" -xf -
  local plan="$work/src/macros/src/codegen/dispatch/plan.rs"
  if [ -n "${2:-}" ]; then
    sed -i "$2" "$plan"
    if cmp -s "$plan" "$root/macros/src/codegen/dispatch/plan.rs"; then
      echo "$1: the edit changed nothing" >&2
      exit 1
    fi
  fi
  (cd "$work/src/benches" && CARGO_TARGET_DIR="$work/target" RUSTFLAGS="$align" \
    cargo build --release --quiet -p layouts)
  cp "$work/target/release/layouts" "$work/bin/$1"
}

names=(current)
[ "${BUILD:-1}" = 0 ] || build current
for alt in "${alternatives[@]}"; do
  name=${alt%%|*}
  if [ ${#wanted[@]} -gt 0 ] && [[ ! " ${wanted[*]} " =~ " $name " ]]; then continue; fi
  [ "${BUILD:-1}" = 0 ] || build "$name" "${alt#*|}"
  names+=("$name")
done
for round in $(seq "$rounds"); do
  for spec in ${SPECS:-$("$work/bin/current" specs)}; do
    for name in "${names[@]}"; do
      $pin "$work/bin/$name" run "$spec" >>"$work/out/$name.$round"
    done
  done
done
args=()
for name in "${names[@]:1}"; do args+=("$work/out/$name"); done
"$work/bin/current" compare "$work/out/current" "${args[@]}"
