#!/usr/bin/env bash
# A local try of the whole flow: `link-errors simulate` stands in for the Flanks link page on
# http://localhost:3001/link, and the web example runs on http://127.0.0.1:3000/ with that
# page as its link base. Two sites, as in production: the redirect back is cross-site.
# Stop both with Ctrl-C. Ports: APP_PORT (3000) and SIM_PORT (3001).
set -euo pipefail
cd "$(dirname "$0")/../.."

APP_PORT="${APP_PORT:-3000}"
SIM_PORT="${SIM_PORT:-3001}"
cargo build -p link-errors-cli -p link-errors-web-example
target_dir="$(cargo metadata --format-version 1 --no-deps | sed -n 's/.*"target_directory":"\([^"]*\)".*/\1/p')"

"$target_dir/debug/link-errors" simulate link-errors-spec.toml --overlay link-errors-app.toml \
    --redirect-uri "http://127.0.0.1:$APP_PORT/callback" --addr "127.0.0.1:$SIM_PORT" &
simulator=$!
FLANKS_LINK_BASE="http://localhost:$SIM_PORT/link" \
    "$target_dir/debug/link-errors-web-example" --addr "127.0.0.1:$APP_PORT" &
app=$!
trap 'kill "$simulator" "$app" 2>/dev/null || true' EXIT INT TERM
echo "open http://127.0.0.1:$APP_PORT/ (Ctrl-C stops both)"
wait -n
