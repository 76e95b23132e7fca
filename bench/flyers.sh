#!/usr/bin/env bash
# Benchmark: time to lay out and write every flyer of a site (default: the
# demo site in this repository), median of RUNS full builds. The flyer phase
# runs first in a build and is timed by Quartier itself.
#   bench/flyers.sh [SITE]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
site="${1:-$here}"
runs="${RUNS:-5}"
out="$(mktemp -d /tmp/quartier-flyers.XXXXXX)"
trap 'rm -rf "$out"' EXIT
cargo build --release --quiet --manifest-path "$here/Cargo.toml"
times=()
for _ in $(seq "$runs"); do
  line=$("$here/target/release/quartier" build --root "$site" --output "$out/public" --no-cache --today 2026-11-26 2>&1 | grep '^built')
  times+=("$(echo "$line" | sed -E 's/.* flyers \(([0-9.]+) s\).*/\1/')")
  flyers=$(echo "$line" | sed -E 's/.*pages, ([0-9]+) flyers.*/\1/')
done
median=$(printf '%s\n' "${times[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
echo "flyers: $flyers, median of $runs builds: $median s ($(awk "BEGIN{printf \"%.1f\", $median * 1000 / $flyers}") ms per flyer)"
