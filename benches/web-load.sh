#!/usr/bin/env bash
# Requests per second of the web example's /connect and /callback against a bare axum 303,
# the routes taking turns over several rounds, each figure a median
# (examples/web/benches/load.rs), written into BENCHMARKS.md between the web-load markers
# (inserted before "## Commands" the first time; benches/run.sh keeps the block).
# Run it on an otherwise idle machine.
set -euo pipefail
cd "$(dirname "$0")/.."

table=$(cargo bench --quiet -p link-errors-web-example --bench load)
rustc=$(rustc --version | cut -d' ' -f2)
section=$(cat <<MD
<!-- web-load:begin -->
## The web example: requests per second

\`examples/web\` in release (rustc $rustc), \`benches/web-load.sh\`: each route is hit for a fixed time by keep-alive clients on loopback; the bare route is the floor of axum, hyper and the client on this machine, measured in the same run.

$table
<!-- web-load:end -->
MD
)
python3 - "$section" <<'PY'
import re, sys
section = sys.argv[1]
path = "BENCHMARKS.md"
text = open(path).read()
pattern = re.compile(r"<!-- web-load:begin -->.*?<!-- web-load:end -->\n?", re.S)
if pattern.search(text):
    text = pattern.sub(lambda _: section + "\n", text)
else:
    text = text.replace("## Commands", section + "\n\n## Commands", 1)
open(path, "w").write(text)
PY
echo "wrote BENCHMARKS.md"
