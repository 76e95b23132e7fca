# Shared by the bench scripts (sourced): the repository, the corpus
# generator, a work folder (WORK, or a fresh one under /tmp named after
# $1) and a release build of quartier in $bin.
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
gen="$here/../shared/bench/gen.py"
[ -f "$gen" ] || { echo "bench: $gen not found" >&2; exit 1; }
work="${WORK:-$(mktemp -d "/tmp/quartier-$1.XXXXXX")}"
mkdir -p "$work"
cargo build --release --quiet --manifest-path "$here/Cargo.toml"
bin="$here/target/release/quartier"
