#!/usr/bin/env bash
# Seeds the spec_pipeline target's corpus with every spec and overlay in the repository: each
# spec alone, and each overlay after the Flanks spec (the target's input is a spec, then
# optionally a NUL byte and an overlay). Run from anywhere; the corpus is not committed.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
corpus=$root/fuzz/corpus/spec_pipeline
mkdir -p "$corpus"
n=0
while IFS= read -r -d '' file; do
    n=$((n + 1))
    if grep -q '^\[\[error\]\]' "$file"; then
        cp "$file" "$corpus/seed-$n"
    else
        { cat "$root/link-errors-spec.toml"; printf '\0'; cat "$file"; } > "$corpus/seed-$n"
    fi
done < <(find "$root" -name '*.toml' ! -name 'Cargo.toml' ! -path '*/target/*' \
    ! -path "$root/fuzz/*" ! -path "$root/.git/*" -print0)
echo "$n seeds in $corpus"
