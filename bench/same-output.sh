#!/usr/bin/env bash
# Byte identity of the output: builds revision REV (default: HEAD) and the
# working tree, lets both binaries build the same sites — the demo, every
# test fixture and the 1,000-offering bench corpus — for the same date, and
# compares the trees file by file. Where bytes differ in an XML or iCalendar
# file, the two files are compared parsed (bench/same-output.py) and the
# difference is printed; any other difference fails.
#   bench/same-output.sh [REV] [OFFERINGS]     default: HEAD 1000
# Environment: WORK (default a fresh folder under /tmp).
set -euo pipefail
rev="${1:-HEAD}"
offerings="${2:-1000}"
source "$(dirname "$0")/common.sh" same-output
new="$work/quartier-new"
cp "$bin" "$new"

# The old binary: a worktree of REV built with a copy of our release
# dependencies (so only Quartier itself is compiled), cached by commit.
sha="$(git -C "$here" rev-parse "$rev^{commit}")"
cache="$here/target/same-output"
old="$cache/quartier-$sha"
if [ ! -x "$old" ]; then
  mkdir -p "$cache"
  if [ ! -d "$cache/target/release" ]; then
    mkdir -p "$cache/target"
    cp -a "$here/target/release" "$cache/target/release"
  fi
  tree="$cache/tree"
  git -C "$here" worktree remove --force "$tree" 2>/dev/null || rm -rf "$tree"
  git -C "$here" worktree prune
  git -C "$here" worktree add --detach --quiet "$tree" "$sha"
  cargo build --release --quiet --manifest-path "$tree/Cargo.toml" --target-dir "$cache/target"
  cp "$cache/target/release/quartier" "$old"
  git -C "$here" worktree remove --force "$tree"
fi

sites=("$here" "$here"/tests/fixtures/*/)
python3 "$gen" --tool quartier --offerings "$offerings" --out "$work/corpus" --force >/dev/null
sites+=("$work/corpus")
status=0
for site in "${sites[@]}"; do
  [ -f "$site/site.yaml" ] || continue
  name="$(basename "$site")"
  for side in old new; do
    exe=$old; [ $side = new ] && exe=$new
    rm -rf "$work/$side-$name"
    if ! "$exe" build --root "$site" --output "$work/$side-$name" --today 2026-11-26 --quiet \
        >"$work/$side-$name.log" 2>&1; then
      echo "$name: the $side binary failed to build:" >&2
      cat "$work/$side-$name.log" >&2
      status=1
    fi
  done
  if ! cmp -s "$work/old-$name.log" "$work/new-$name.log"; then
    echo "$name: the messages differ:"
    diff "$work/old-$name.log" "$work/new-$name.log" || true
    status=1
  fi
  differ=$(diff -rq "$work/old-$name" "$work/new-$name" || true)
  if [ -z "$differ" ]; then
    echo "$name: identical ($(find "$work/new-$name" -type f | wc -l) files)"
    continue
  fi
  while read -r line; do
    case "$line" in
      Files\ *\ and\ *\ differ)
        a=$(awk '{print $2}' <<<"$line"); b=$(awk '{print $4}' <<<"$line")
        case "$a" in
          *.xml|*.ics|*.xlf)
            python3 "$here/bench/same-output.py" "$a" "$b" || status=1 ;;
          *) echo "$name: differs: ${a#"$work/old-$name/"}"; status=1 ;;
        esac ;;
      *) echo "$name: $line"; status=1 ;;
    esac
  done <<<"$differ"
done
[ $status = 0 ] && echo "same output as $rev (${sha:0:10})" || echo "OUTPUT DIFFERS from $rev (${sha:0:10})"
exit $status
