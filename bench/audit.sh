#!/usr/bin/env bash
# Lighthouse audit of the demo site (not a test; cargo test does not run it).
# Builds the demo site, serves it as a host would (compressed, under its
# base path, 404.html for missing paths) and runs Lighthouse (npm
# lighthouse, pinned in bench/audit/package.json) in Debian's Chromium on
# one page of every kind in each language, plus the language chooser and
# the 404 page: mobile, performance, accessibility, best practices, SEO.
# Prints a table of scores and the audits that cost points; the raw reports
# and details.md (the failing elements) stay in the output folder.
#   bench/audit.sh [--readme] [--langs de,ar,fa] [--kinds home,search]
# --readme puts the table into README.md between <!-- audit:start --> and
# <!-- audit:end -->.
# Environment: QUARTIER (a quartier binary; default: cargo build --release),
# LANGS (default de,ar,fa), KINDS (default all), AUDIT_OUT (default
# target/audit), CHROMIUM (default /usr/bin/chromium).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
audit="$here/bench/audit"
langs="${LANGS:-de,ar,fa}"
kinds="${KINDS:-}"
readme=false
usage() { sed -n '2,15s/^# \{0,1\}//p' "$0"; }
while [ $# -gt 0 ]; do
  case "$1" in
    --readme) readme=true ;;
    --langs) langs="${2:?--langs needs a list}"; shift ;;
    --kinds) kinds="${2:?--kinds needs a list}"; shift ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; exit 2 ;;
  esac
  shift
done

command -v node >/dev/null || { echo "audit: node not found" >&2; exit 1; }
chromium="${CHROMIUM:-/usr/bin/chromium}"
[ -x "$chromium" ] || { echo "audit: $chromium not found (apt-get install chromium)" >&2; exit 1; }
if [ -n "${QUARTIER:-}" ]; then
  bin="$QUARTIER"
else
  cargo build --release --quiet --manifest-path "$here/Cargo.toml"
  bin="$here/target/release/quartier"
fi
if [ ! -d "$audit/node_modules/lighthouse" ] || [ "$audit/package-lock.json" -nt "$audit/node_modules/.package-lock.json" ]; then
  npm ci --prefix "$audit" --no-audit --no-fund --loglevel=error
fi

out="${AUDIT_OUT:-$here/target/audit}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
rm -rf "$out/site" "$out/reports"
"$bin" build --root "$here" --output "$out/site" --no-flyers --quiet

start=$(date +%s)
args=("$out/site" "$out" --langs "$langs")
[ -z "$kinds" ] || args+=(--kinds "$kinds")
CHROMIUM="$chromium" node "$audit/run.mjs" "${args[@]}"
echo "audit: $(( $(date +%s) - start )) s; reports in $out/reports, failing elements in $out/details.md" >&2
if $readme; then
  node "$audit/readme.mjs" "$here/README.md" "$out/summary.md"
fi
