#!/usr/bin/env bash
# Build benchmark over a generated corpus: the seed articles repeated under
# new ids until the corpus reaches SIZE_MB. Reports extraction-and-load rate,
# quads per second and peak RSS of `depeche build`, and the time Oxigraph's
# own bulk loader takes for the same quads.
#
#   scripts/bench.sh [SIZE_MB ...]      (default: 10 50)
#
# Extraction alone (no store) is measured by `cargo bench --bench pipeline`.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(10 50)
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/depeche/target}"
cargo build --release --quiet --bin depeche --example bulk_load
bin="$CARGO_TARGET_DIR/release/depeche"
loader="$CARGO_TARGET_DIR/release/examples/bulk_load"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

printf '%8s %7s %10s %9s %9s %11s %9s %10s %7s\n' MB docs quads build_s MB/s quads/s peak_MB bulk_s ratio
for mb in "${sizes[@]}"; do
  corpus="$work/corpus-$mb"
  mkdir -p "$corpus"
  python3 - "$corpus" "$mb" data/corpus <<'PY'
import os, shutil, sys
out, mb, seeds = sys.argv[1], float(sys.argv[2]), sys.argv[3]
texts = sorted(f for f in os.listdir(seeds) if f.endswith(".txt"))
total, i = 0, 0
while total < mb * 1e6:
    f = texts[i % len(texts)]
    stem = f[:-4]
    new = f"gen{i:07d}_{stem}"
    shutil.copy(os.path.join(seeds, f), os.path.join(out, new + ".txt"))
    meta = os.path.join(seeds, stem + ".meta.toml")
    if os.path.exists(meta):
        shutil.copy(meta, os.path.join(out, new + ".meta.toml"))
    total += os.path.getsize(os.path.join(seeds, f))
    i += 1
PY
  bytes=$(cat "$corpus"/*.txt | wc -c)
  docs=$(ls "$corpus" | grep -c '\.txt$')
  db="$work/db-$mb"
  /usr/bin/time -f '%e %M' -o "$work/time" "$bin" --store "$db" build --quiet --json "$corpus" > "$work/report.json"
  read -r secs rss_kb < "$work/time"
  quads=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["quads_written"])' "$work/report.json")
  read -r bulk_quads bulk_secs < <("$loader" "$db" "$work/bulk-$mb")
  python3 - "$bytes" "$docs" "$quads" "$secs" "$rss_kb" "$bulk_secs" <<'PY'
import sys
b, d, q, s, rss, bulk = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4]), int(sys.argv[5]), float(sys.argv[6])
print(f"{b/1e6:8.1f} {d:7d} {q:10d} {s:9.2f} {b/1e6/s:9.2f} {q/s:11.0f} {rss/1024:9.0f} {bulk:10.2f} {s/bulk:7.2f}")
PY
  rm -rf "$db" "$work/bulk-$mb" "$corpus"
done
