#!/usr/bin/env bash
# Benchmark: the preview's edit-to-page time. Generates the synthetic corpus
# (shared/bench/gen.py) with OFFERINGS offerings (default 1000, i.e. about
# 10,000 pages), starts `quartier serve`, then EDITS times (default 10):
# appends a new word to one offering's German text and, as the preview's
# script in a browser does, waits for the next version and loads the page
# until it shows the word. Prints each time and the median, from the
# moment the file was written to the moment the changed page arrived.
#   bench/serve.sh [OFFERINGS]
# Environment: EDITS, WORK (default a fresh folder under /tmp).
set -euo pipefail
source "$(dirname "$0")/common.sh" serve
n="${1:-1000}"
edits="${EDITS:-10}"
site="$work/quartier-$n"
python3 "$gen" --tool quartier --offerings "$n" --out "$site" --force >/dev/null
file=$(find "$site/content" -path '*offering-00001/de.md' | head -1)
rel=${file#"$site/content/"}
url="de/${rel%/de.md}/"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$bin" serve --root "$site" --port "$port" --today 2026-11-26 2>"$work/serve.log" &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until curl -sf "http://127.0.0.1:$port/$url" >/dev/null; do sleep 0.1; done
pages=$(sed -n 's/reloaded \([0-9]*\) pages.*/\1/p' "$work/serve.log" | head -1)
echo "serve: $pages pages; editing content/$rel, fetching /$url"
# As a browser with the preview's script: it waits in
# /__quartier/state?since=V for the next version, then loads the page.
mapfile -t times < <(python3 - "$file" "$port" "/$url" "$edits" <<'PY'
import http.client, json, random, sys, time
path, port, url, edits = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
def get(u):
    conn.request("GET", u)
    return conn.getresponse().read()
version = json.loads(get("/__quartier/state"))["version"]
for i in range(1, edits + 1):
    word = f"bench{i}x{random.randrange(1 << 30)}".encode()
    start = time.perf_counter()
    with open(path, "ab") as f:
        f.write(b"\n" + word + b"\n")
    while True:
        version = json.loads(get(f"/__quartier/state?since={version}"))["version"]
        if word in get(url):
            break
    print(round((time.perf_counter() - start) * 1000))
    time.sleep(0.5)
PY
)
for i in "${!times[@]}"; do echo "edit $((i + 1)): ${times[$i]} ms"; done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
echo "median edit-to-page: $median ms (reloads: $(grep -o 'reloaded .* ms' "$work/serve.log" | tail -3 | tr '\n' ';'))"
