#!/usr/bin/env bash
# Benchmark: full builds of the synthetic corpus (shared/bench/gen.py) at
# several sizes, Quartier side by side with Hugo and Zola when they are on
# the PATH, runs alternating. Prints median wall time, CPU time (user+sys)
# and peak memory of RUNS page-only runs (--no-flyers --no-images: the peers
# make no PDFs and no share images), the ratio to the faster peer, and the
# whole job (printables included) apart: a cold full build, a rebuild after
# a one-file edit with the printables cache, and the cost per page and PDF.
#   bench/run.sh [OFFERINGS...]      default: 100 1000 5000 (× 10 languages)
# Environment: RUNS (default 5), WORK (default a fresh folder under /tmp; put
# it on tmpfs, e.g. WORK=/dev/shm/qbench, to measure without disk noise),
# BASELINE (another quartier binary, e.g. the previous revision's from
# bench/same-output.sh, run alternating as tool "baseline" on the same corpus),
# FULL=0 (page-only builds alone, without the whole job).
set -euo pipefail
source "$(dirname "$0")/common.sh" bench
runs="${RUNS:-5}"
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(100 1000 5000)
tools=(quartier)
command -v hugo >/dev/null 2>&1 && tools+=(hugo)
command -v zola >/dev/null 2>&1 && tools+=(zola)
[ -n "${BASELINE:-}" ] && tools+=(baseline)

median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# One timed build of tool $1 on site $2 into $3; appends "wall cpu kib" to $4.
timed() {
  local tool=$1 site=$2 out=$3 log=$4
  rm -rf "$out"
  case $tool in
    baseline) set -- "$BASELINE" build --root "$site" --output "$out" --quiet --no-flyers --no-images --today 2026-11-26 ;;
    quartier) set -- "$bin" build --root "$site" --output "$out" --quiet --no-flyers --no-images --today 2026-11-26 ;;
    hugo) set -- hugo --source "$site" --destination "$out" --quiet ;;
    zola) set -- zola --root "$site" build --output-dir "$out" --force ;;
  esac
  /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$@" >/dev/null 2>&1
  read -r wall user sys kib < "$work/time"
  echo "$wall $(awk "BEGIN{print $user + $sys}") $kib" >> "$log"
}

printf '%-9s %-9s %8s %8s %8s %9s %8s\n' offerings tool pages "wall s" "cpu s" "peak MiB" "vs peer"
for n in "${sizes[@]}"; do
  for t in "${tools[@]}"; do
    corpus=$t; [ "$t" = baseline ] && corpus=quartier
    python3 "$gen" --tool "$corpus" --offerings "$n" --out "$work/$t-$n" --force >/dev/null
    : > "$work/$t-$n.log"
  done
  for _ in $(seq "$runs"); do
    for t in "${tools[@]}"; do
      timed "$t" "$work/$t-$n" "$work/out-$t-$n" "$work/$t-$n.log"
    done
  done
  declare -A wall=() line=()
  for t in "${tools[@]}"; do
    mapfile -t rows < "$work/$t-$n.log"
    w=(); c=(); m=()
    for r in "${rows[@]}"; do read -r a b k <<<"$r"; w+=("$a"); c+=("$b"); m+=("$k"); done
    wall[$t]=$(median "${w[@]}")
    pages=$(find "$work/out-$t-$n" -name '*.html' | wc -l)
    [ "$t" = quartier ] && pages_q=$pages
    line[$t]=$(printf '%-9s %-9s %8s %8s %8s %9s' "$n" "$t" "$pages" "${wall[$t]}" "$(median "${c[@]}")" "$(( $(median "${m[@]}") / 1024 ))")
  done
  best=""
  for t in "${tools[@]}"; do
    [ "$t" = quartier ] || [ "$t" = baseline ] && continue
    if [ -z "$best" ] || awk "BEGIN{exit !(${wall[$t]} < $best)}"; then best=${wall[$t]}; fi
  done
  for t in "${tools[@]}"; do
    ratio="-"
    [ "$t" = quartier ] && [ -n "$best" ] && ratio=$(awk "BEGIN{printf \"%.2f×\", ${wall[quartier]} / $best}")
    [ "$t" = baseline ] && ratio=$(awk "BEGIN{printf \"new %.2f×\", ${wall[quartier]} / ${wall[baseline]}}")
    printf '%s %8s\n' "${line[$t]}" "$ratio"
  done
  [ "${FULL:-1}" = 0 ] && continue
  # The whole job, once: a cold full build with the printables (cache
  # emptied first), then a rebuild after editing one offering's German
  # summary, with the cache the cold build left.
  site="$work/quartier-$n" cache="$work/cache-$n" full="$work/out-full-$n"
  rm -rf "$cache" "$full"
  /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$bin" build --root "$site" --output "$full" \
    --quiet --cache "$cache" --today 2026-11-26 >/dev/null 2>&1
  read -r fwall fuser fsys fkib < "$work/time"
  pdfs=$(find "$full" -name '*.pdf' | wc -l)
  pngs=$(find "$full" -name 'share.png' | wc -l)
  # Everything the printables cache keeps: PDFs, share images, app icons.
  printables=$(( pdfs + $(find "$full" -name '*.png' | wc -l) ))
  printf '%-9s %-9s %8s %8s %8s %9s %s PDFs, %s share images\n' "$n" "full" "$pages_q" "$fwall" \
    "$(awk "BEGIN{print $fuser + $fsys}")" "$(( fkib / 1024 ))" "$pdfs" "$pngs"
  sheet=$(cd "$full" && find flyers -name 'offering-*.pdf' | sort | sed -n 1p)
  text="$site/content/$(dirname "${sheet#flyers/}")/$(basename "$sheet" .pdf)/de.md"
  if [ -n "$sheet" ] && [ -f "$text" ]; then
    cp "$text" "$work/edited.md"
    sed -i '0,/^summary: "/s//summary: "Neu: /' "$text"
    summary=$(/usr/bin/time -f '%e %U %S %M' -o "$work/time" "$bin" build --root "$site" \
      --output "$full" --cache "$cache" --today 2026-11-26 2>&1 | tail -1)
    read -r rwall ruser rsys rkib < "$work/time"
    kept=$(sed -n 's/.*(\([0-9]*\) kept from the last build.*/\1/p' <<<"$summary")
    printf '%-9s %-9s %8s %8s %8s %9s %s of %s printables laid out again\n' "$n" "rebuild" "$pages_q" \
      "$rwall" "$(awk "BEGIN{print $ruser + $rsys}")" "$(( rkib / 1024 ))" "$(( printables - ${kept:-0} ))" "$printables"
    cp "$work/edited.md" "$text"
  fi
  printf '%-9s %-9s page %.3f ms, PDF or share image %.1f ms (wall, 2 cores)\n' "$n" "cost" \
    "$(awk "BEGIN{print 1000 * ${wall[quartier]} / $pages_q}")" \
    "$(awk "BEGIN{print 1000 * ($fwall - ${wall[quartier]}) / ($pdfs + $pngs > 0 ? $pdfs + $pngs : 1)}")"
  rm -rf "$full"
done
