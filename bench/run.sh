#!/usr/bin/env bash
# Benchmark: full builds of the synthetic corpus (shared/bench/gen.py) at
# several sizes. Prints median wall time, CPU time and peak memory of N runs.
#   bench/run.sh [OFFERINGS...]      default: 100 1000 5000 (× 10 languages)
# Environment: RUNS (default 5), WORK (default a fresh folder under /tmp; put
# it on tmpfs, e.g. /dev/shm, to measure without disk noise).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
gen="$here/../shared/bench/gen.py"
[ -f "$gen" ] || { echo "bench: $gen not found" >&2; exit 1; }
runs="${RUNS:-5}"
work="${WORK:-$(mktemp -d /tmp/quartier-bench.XXXXXX)}"
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(100 1000 5000)
cargo build --release --quiet --manifest-path "$here/Cargo.toml"
bin="$here/target/release/quartier"
printf '%-10s %8s %10s %10s %12s\n' offerings pages "wall s" "cpu s" "peak MiB"
for n in "${sizes[@]}"; do
  site="$work/site-$n"
  python3 "$gen" --tool quartier --offerings "$n" --out "$site" --force >/dev/null
  walls=(); cpus=(); mems=()
  for _ in $(seq "$runs"); do
    rm -rf "$site/public"
    /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$bin" build --root "$site" --quiet 2>/dev/null
    read -r wall user sys kib < "$work/time"
    walls+=("$wall"); cpus+=("$(awk "BEGIN{print $user + $sys}")"); mems+=("$kib")
  done
  pages=$(find "$site/public" -name index.html | wc -l)
  median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
  printf '%-10s %8s %10s %10s %12s\n' "$n" "$pages" "$(median "${walls[@]}")" \
    "$(median "${cpus[@]}")" "$(( $(median "${mems[@]}") / 1024 ))"
done
